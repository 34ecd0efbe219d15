"""The PolNeAR scorer: overlap is one shared token, a whole attribution needs all three parts, annotators average."""

from __future__ import annotations

from pathlib import Path

import pytest

import storyline.eval.polnear as polnear
import storyline.extract.attribution_training as training
from storyline.eval.polnear import (
    Spans,
    Tokens,
    agreement,
    article_counts,
    evaluate,
    exact,
    overlap,
    part_counts,
    predicted,
    read_ann,
)
from storyline.extract.attribution_cues import CueModel
from storyline.model import Attribution, TextSpan

TEXT = "Mayor Alma Quill said the bridge will reopen in May."


def _tokens(text: str = TEXT) -> Tokens:
    bounds, start = [], None
    for i, char in enumerate(text + " "):
        if char.isalnum() and start is None:
            start = i
        elif not char.isalnum() and start is not None:
            bounds.append((start, i))
            start = None
        if char == ".":
            bounds.append((i, i + 1))
    return Tokens(bounds)


GOLD = Spans(source=((0, 16),), cue=((17, 21),), content=((22, 51),))


def test_read_ann_links_the_three_parts_and_reads_a_sourceless_attribution() -> None:
    ann = (
        "T1\tSource 0 16\tMayor Alma Quill\n"
        "T2\tCue 17 21\tsaid\n"
        "T3\tContent 22 51\tthe bridge will reopen in May\n"
        "T4\tAttribution 17 21\tsaid\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T5\tCue 17 21\tsaid\n"
        "T6\tContent 22 32\tthe bridge\n"
        "T7\tAttribution-no-source 17 21\tsaid\n"
        "E2\tAttribution-no-source:T7 Content:T6 Cue:T5\n"
        "T8\tDiscard 38 51\treopen in May\n"
        "E3\tAttribution:T4\n"  # brat's trigger-only twin of E1: nothing to match
    )
    attributions, discarded = read_ann(ann, TEXT)
    assert attributions == [GOLD, Spans(source=None, cue=((17, 21),), content=((22, 32),))]
    assert discarded == [(38, 51)]


def test_overlap_needs_one_shared_token_and_exact_the_same_characters() -> None:
    tokens = _tokens()
    assert overlap(((0, 5),), ((6, 16),), tokens) == 0  # "Mayor" and "Alma Quill" share no token
    assert overlap(((0, 10),), ((6, 16),), tokens) > 0  # both hold "Alma"
    assert overlap(((0, 8),), ((8, 16),), tokens) > 0  # a cut inside a token still shares it
    assert exact(((0, 16),), ((0, 16),), tokens) == 1
    assert exact(((0, 16),), ((6, 16),), tokens) == 0
    assert overlap(None, None, tokens) == 1 and overlap(None, ((0, 5),), tokens) == 0


def test_a_whole_attribution_matches_only_when_source_cue_and_content_all_match() -> None:
    tokens = _tokens()
    right = Spans(source=((6, 16),), cue=((17, 21),), content=((26, 32),))
    wrong_source = Spans(source=((38, 44),), cue=((17, 21),), content=((22, 51),))
    counts = part_counts([GOLD], [right], overlap, tokens)
    assert counts["attribution"].tp == 1
    counts = part_counts([GOLD], [wrong_source], overlap, tokens)
    assert counts["attribution"].tp == 0 and counts["attribution"].fp == 1 and counts["attribution"].fn == 1
    assert counts["cue"].tp == 1 and counts["content"].tp == 1 and counts["source"].tp == 0
    assert part_counts([GOLD], [right], exact, tokens)["attribution"].tp == 0


def test_one_prediction_matches_one_truth_only() -> None:
    counts = part_counts([GOLD, GOLD], [GOLD], overlap, _tokens())
    assert (counts["attribution"].tp, counts["attribution"].fn, counts["attribution"].fp) == (1, 1, 0)


def test_two_annotators_are_scored_separately_and_averaged() -> None:
    other = Spans(source=((0, 5),), cue=((38, 44),), content=((48, 51),))
    counts = article_counts([([GOLD], []), ([other], [])], [GOLD], overlap, _tokens())
    assert counts["attribution"].tp == 0.5
    assert counts["attribution"].fp == 0.5 and counts["attribution"].fn == 0.5


def test_predictions_inside_text_an_annotator_discarded_are_not_counted_against_them() -> None:
    counts = article_counts([([], [(0, 51)])], [GOLD], overlap, _tokens())
    assert counts["attribution"].fp == 0


def test_a_split_quote_is_cut_around_its_speaker_and_cue() -> None:
    text = "“The bridge,” Quill said, “will reopen.”"
    assert _pieces(text, "said") == ((0, 13), (26, 40))
    # a quotation that goes on after the speaker's clause has ended: the rest of that clause is no part of either
    for rest in ("", " in a statement", " to the town’s council"):
        text = f"“The bridge is shut,” Quill said{rest}. “It will reopen.”"
        assert _pieces(text, "said") == ((0, 21), (text.index("“It"), len(text)))
    # words after the speaker's clause that no quotation follows stay; a content the speaker is no part of is whole
    text = "“The bridge is shut,” Quill said, adding that repairs run late. Crews wait."
    assert _pieces(text, "said") == ((0, 21), (34, len(text)))
    text = "Quill told the council: The bridge is shut. “It will reopen.”"
    assert _pieces(text, "told", content_from=24) == ((24, len(text)),)


def _pieces(text: str, cue: str, content_from: int = 0) -> tuple[tuple[int, int], ...] | None:
    """The content pieces the scorer makes of Quill's words by `cue`, whose content runs from `content_from` to the
    end of the text."""
    source, said = text.index("Quill"), text.index(cue)
    attribution = Attribution(
        kind="direct",
        source=TextSpan(source, source + len("Quill"), "Quill"),
        cue=TextSpan(said, said + len(cue), cue),
        content=TextSpan(content_from, len(text), text[content_from:]),
        speaker="Quill",
    )
    return predicted(attribution, text).content


def _write_article(root: Path, name: str, readings: list[str], text: str = TEXT) -> None:
    (root / "data" / "train" / "text").mkdir(parents=True, exist_ok=True)
    (root / "data" / "train" / "attributions").mkdir(parents=True, exist_ok=True)
    (root / "data" / "train" / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
    for annotator, ann in enumerate(readings):
        (root / "data" / "train" / "attributions" / f"{name}_{annotator}.ann").write_text(ann, encoding="utf-8")


WHOLE = (
    "T1\tSource 0 16\tMayor Alma Quill\nT2\tCue 17 21\tsaid\nT3\tContent 22 51\tx\n"
    "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
)
PASSIVE = "T4\tCue 38 44\treopen\nT5\tContent 48 51\tMay\nE2\tAttribution-no-source:T4 Content:T5 Cue:T4\n"


def test_agreement_scores_each_reading_against_the_others_on_articles_read_twice(tmp_path: Path) -> None:
    _write_article(tmp_path, "shared", [WHOLE + PASSIVE, WHOLE])
    _write_article(tmp_path, "alone", [PASSIVE])  # one reader: nothing to agree with
    result = agreement(tmp_path)
    assert (result["articles"], result["readings"]) == (1, 2)
    # the first reader against the second: 1 hit, 1 extra; the second against the first: 1 hit, 1 missed
    assert result["overlap"]["attribution"] == {"p": 0.6667, "r": 0.6667, "f1": 0.6667}
    assert result["overlap"]["source"]["f1"] == 1.0


def test_cross_fitting_scores_each_fold_with_a_model_that_never_saw_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    things = ("bridge", "tunnel", "ferry", "harbor")
    for thing in things:  # "Mayor Alma Quill said the <thing> will reopen in May.": the same offsets each time
        _write_article(tmp_path, thing, [WHOLE], TEXT.replace("bridge", thing).replace("ferry", "ferry "))
    fitted: list[set[str]] = []

    def spy(articles: list[list[training.Example]]) -> CueModel:
        fitted.append(
            {f[2:] for article in articles for _, features, _ in article for f in features if f[2:] in things}
        )
        saying = {"bias": -30.0, "l=say": 60.0}
        return CueModel(saying, saying)

    monkeypatch.setattr(training, "fit_model", spy)
    result = evaluate(tmp_path, "train", folds=2)
    # folds are the sorted articles in two blocks: bridge + ferry, then harbor + tunnel
    assert fitted == [{"harbor", "tunnel"}, {"bridge", "ferry"}]
    assert result["folds"] == 2 and result["articles"] == 4
    assert result["overlap"]["cue"]["f1"] == 1.0  # the spy's model, not the shipped one, found "said"
    with pytest.raises(ValueError, match="use train, not dev"):
        evaluate(tmp_path, "dev", folds=2)

    def no_parse(texts: object, n_process: int = 1) -> object:
        raise AssertionError("parsed before the folds were checked")
        yield

    monkeypatch.setattr(polnear, "parse_many", no_parse)
    with pytest.raises(ValueError, match="folds must be between 2 and the 4 articles, not 5"):
        evaluate(tmp_path, "train", folds=5)
