"""Who said what across outlets: an article with no known outlet is named by where it was read from."""

from __future__ import annotations

import pytest

from storyline.compare.voices import _said, phrase_key, voices
from storyline.extract import annotate
from storyline.extract.nlp import parse
from storyline.model import Article, Attribution, TextSpan

TEXT = "Harbour master Ines Varga said on Monday that the ferry would resume in May."


@pytest.mark.parametrize(
    ("outlet", "url", "source", "label"),
    [
        ("Velmora Times", None, "/data/a.txt", "Velmora Times"),
        (None, "https://quay-gazette.example/ferry", "", "quay-gazette.example"),
        (None, None, "/data/dispatches/ferry-report.txt", "ferry-report.txt"),
        (None, None, "/data/feed.jsonl#12", "feed.jsonl"),
    ],
)
def test_an_article_is_labelled_by_its_outlet_else_by_where_it_was_read(
    outlet: str | None, url: str | None, source: str, label: str
) -> None:
    assert Article(url=url, title=None, text=TEXT, outlet=outlet, source=source).label == label


def test_a_voice_names_an_outlet_less_article_by_its_file_in_its_outlets_and_statements() -> None:
    article = Article(url=None, title=None, text=TEXT, source="/data/dispatches/ferry-report.txt")
    [voice] = voices([article], {article.id: annotate(parse(TEXT), article)})
    assert voice.outlets == ["ferry-report.txt"]
    assert [s.outlet for s in voice.statements] == ["ferry-report.txt"]


def test_a_statement_carried_word_for_word_by_a_copy_is_listed_once_with_both_outlets() -> None:
    from storyline.views.dossier import carried_by

    copy = TEXT + " Harbour master Ines Varga said the new pier was finished."
    articles = [
        Article(url=None, title=None, text=TEXT, outlet="Velmora Times"),
        Article(url=None, title=None, text=copy, outlet="Quay Gazette"),
    ]
    [voice] = voices(articles, {a.id: annotate(parse(a.text), a) for a in articles})
    assert voice.outlets == ["Velmora Times", "Quay Gazette"]
    assert [(s.outlet, s.also) for s in voice.statements] == [("Velmora Times", ["Quay Gazette"]), ("Quay Gazette", [])]
    assert carried_by(voice.statements[0]) == "Velmora Times (also Quay Gazette)"
    assert carried_by(voice.statements[1]) == "Quay Gazette"


def test_phrases_naming_one_unnamed_speaker_are_one_voice() -> None:
    texts = {
        "Quay Gazette": "The Chilean government said on Monday that the port of Arica would reopen in May.",
        "Velmora Times": "Chile's government said the port of Arica would reopen in May, after repairs.",
        "Harbor Ledger": "Chilean officials said the repairs would cost more than planned.",
    }
    articles = [Article(url=None, title=None, text=text, outlet=outlet) for outlet, text in texts.items()]
    annotations = {a.id: annotate(parse(a.text), a) for a in articles}
    by_outlets = {tuple(v.outlets) for v in voices(articles, annotations)}
    assert by_outlets == {("Quay Gazette", "Velmora Times"), ("Harbor Ledger",)}


def test_a_phrase_naming_no_country_is_the_story_s_one_phrase_that_does() -> None:
    texts = {
        "Quay Gazette": "The Italian coast guard said on Friday that 40 people had been rescued off Lampedusa.",
        "Velmora Times": "The coast guard said the search for the missing would go on through the night.",
    }
    articles = [Article(url=None, title=None, text=text, outlet=outlet) for outlet, text in texts.items()]
    annotations = {a.id: annotate(parse(a.text), a) for a in articles}
    [voice] = voices(articles, annotations)
    assert (voice.speaker, voice.outlets) == ("The Italian coast guard", ["Quay Gazette", "Velmora Times"])
    # with two countries' coast guards in the story, which one spoke is left open
    texts["Harbor Ledger"] = "The Tunisian coast guard said it had stopped three boats leaving Sfax."
    articles = [Article(url=None, title=None, text=text, outlet=outlet) for outlet, text in texts.items()]
    annotations = {a.id: annotate(parse(a.text), a) for a in articles}
    assert len(voices(articles, annotations)) == 3


@pytest.mark.parametrize(
    ("first", "second", "speaker", "key"),
    [
        # the model tags "The Colts" as an organisation in one report and leaves it a bare phrase in the next
        (
            "The Colts said on Monday that the stadium would reopen in May.",
            "Colts said the stadium would reopen in May, after repairs to the roof.",
            "Colts",
            "ORG:colts",
        ),
        # and a force named by its country however each article writes it
        (
            "The Indian Navy said on Monday that its frigate had foiled an attack on a tanker.",
            "The Indian navy said the frigate had chased the pirates for an hour.",
            "Indian Navy",
            "ORG:indian navy",
        ),
    ],
)
def test_a_name_linked_in_one_article_and_not_in_another_is_one_voice(
    first: str, second: str, speaker: str, key: str
) -> None:
    articles = [
        Article(url=None, title=None, text=first, outlet="Lenby Post"),
        Article(url=None, title=None, text=second, outlet="Lenby Times"),
    ]
    annotations = {a.id: annotate(parse(a.text), a) for a in articles}
    assert [x.entity is None for a in articles for x in annotations[a.id].attributions] == [False, True]
    [voice] = voices(articles, annotations)
    assert (voice.speaker, voice.entity_key, voice.outlets) == (speaker, key, ["Lenby Post", "Lenby Times"])


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("the Cuban government", "Cuba’s government", True),
        ("U.S. officials", "US officials", True),
        ("Venezuelan officials", "officials", False),
        ("the Cuban government", "the Cuban presidency", False),
        ("us", "the United States", False),
        ("Cubans", "Cuba", False),  # people of the country, not its state
        ("Filipinos", "the Philippines", False),
        ("Swiss officials", "Switzerland's officials", True),
        # a group of them are they
        ("a group of local medics", "Local medics", True),
    ],
)
def test_a_phrase_key_sets_a_country_apart_however_it_is_named(a: str, b: str, same: bool) -> None:
    assert (phrase_key(a) == phrase_key(b)) is same


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ('"The pier is finished,"', '"The ferry returns in May."'),
        ('“The pier is finished,"', '"The ferry returns in May.”'),  # an outlet that mixes its marks
    ],
)
def test_a_quotation_running_around_its_speaker_is_shown_without_the_speaker(first: str, second: str) -> None:
    text = f"{first} harbour master Ines Varga said. {second}"
    article = Article(url=None, title=None, text=text, outlet="Velmora Times")
    annotations = annotate(parse(text), article)
    [attribution] = annotations.attributions
    assert "Varga" in attribution.content.text  # one content stretch around its speaker, as PolNeAR draws it
    [voice] = voices([article], {article.id: annotations})
    assert [s.content for s in voice.statements] == [f"{first} … {second}"]


def test_reported_words_around_their_speaker_keep_their_own_words_beside_a_quoted_one() -> None:
    text = 'The pier stays shut, Varga said, calling the repairs "endless."'
    said_at, cue_at = text.index("Varga"), text.index("said")
    attribution = Attribution(
        kind="indirect",
        source=TextSpan(said_at, said_at + 5, "Varga"),
        cue=TextSpan(cue_at, cue_at + 4, "said"),
        content=TextSpan(0, len(text), text),
        speaker="Varga",
    )
    assert _said(attribution, text) == 'The pier stays shut … calling the repairs "endless."'


def test_a_pronoun_left_unresolved_is_no_voice() -> None:
    texts = ['"The pier is finished," he said.', '"The ferry is late," he said.']
    articles = [Article(url=None, title=None, text=t, outlet=f"Outlet {i}") for i, t in enumerate(texts)]
    annotations = {a.id: annotate(parse(a.text), a) for a in articles}
    assert all(at.speaker == "he" for a in annotations.values() for at in a.attributions)
    assert voices(articles, annotations) == []  # not one voice "he" saying both


def test_a_quantifier_or_a_possessive_is_no_voice() -> None:
    texts = ["No one said the pier was finished.", "Some say the ferry is late."]
    articles = [Article(url=None, title=None, text=t, outlet=f"Outlet {i}") for i, t in enumerate(texts)]
    annotations = {a.id: annotate(parse(a.text), a) for a in articles}
    speakers = {at.speaker for a in annotations.values() for at in a.attributions}
    assert speakers & {"No one", "Some"}, speakers
    assert voices(articles, annotations) == []


def test_a_passive_report_is_shown_without_its_agent_s_by() -> None:
    text = "The crews, who were described by the board as unpaid volunteers, left the quay."
    content_at, cue_at, source_at = text.index("who"), text.index("were"), text.index("the board")
    attribution = Attribution(
        kind="indirect",
        source=TextSpan(source_at, source_at + 9, "the board"),
        cue=TextSpan(cue_at, cue_at + 14, "were described"),
        content=TextSpan(content_at, text.index(", left"), text[content_at : text.index(", left")]),
        speaker="the board",
    )
    assert _said(attribution, text) == "who … as unpaid volunteers"


def test_a_relative_pronoun_opening_what_was_said_is_shown_as_what_it_stands_for() -> None:
    text = (
        "The crews, who were described by the board as unpaid volunteers, left the quay. "
        "The ferry captain, who officials said was drunk, was fired. "
        "The man in the blue car, whom police identified as Jon Dale, fled."
    )
    article = Article(url=None, title=None, text=text, outlet="Velmora Times")
    said = {
        v.speaker: [s.content for s in v.statements]
        for v in voices([article], {article.id: annotate(parse(text), article)})
    }
    assert said == {
        "the board": ["The crews … as unpaid volunteers"],
        "officials": ["The ferry captain … was drunk"],
        "police": ["The man in the blue car … as Jon Dale"],  # the man the parser hung the clause's "whom" off
    }
