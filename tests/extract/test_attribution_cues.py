"""The trained cue model: it finds cues no word list named, and its training is reproducible to the byte."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from storyline.extract.attribution_cues import CueModel, features, is_candidate, probabilities, spelled, weights
from storyline.extract.attribution_training import blocks, fit, fit_model, save
from storyline.extract.attributions import CUE_THRESHOLD, extract_attributions, words
from storyline.extract.nlp import parse


def _parts(text: str) -> list[tuple[str | None, str, str]]:
    return [
        (a.source.text if a.source else None, a.cue.text, a.content.text) for a in extract_attributions(parse(text), [])
    ]


def _scores(doc: Doc) -> dict[str, float]:
    """The shipped model's probability for each candidate word, by its text."""
    candidates = [(token, quoted) for token, quoted in words(doc) if is_candidate(token)]
    scored = probabilities(candidates, weights())
    return {token.text: scored[token.i] for token, _ in candidates}


def test_a_cue_phrase_outside_the_speech_verbs_is_found_with_its_source_and_content() -> None:
    found = _parts("Amos Pike made the case that the shelter needs more beds.")
    assert found == [("Amos Pike", "made", "the case that the shelter needs more beds")]


def test_a_verb_of_motion_is_not_a_cue_and_a_verb_of_saying_is() -> None:
    doc = parse("The ferry left the harbor at noon, and the captain warned that a storm was coming.")
    score = _scores(doc)
    assert score["left"] < 0.2 < 0.8 < score["warned"]
    assert _parts(doc.text) == [("the captain", "warned", "that a storm was coming")]


def test_what_hangs_on_an_object_or_an_adjective_tells_a_stance_from_a_plain_statement() -> None:
    def score(text: str, word: str) -> float:
        return _scores(parse(text))[word]

    # "angry about the cranes", "concern about the cranes": what the stance is about makes it one
    assert score("Pilots are angry.", "are") < CUE_THRESHOLD < score("Pilots are angry about the new cranes.", "are")
    assert score("Varga voiced concern.", "voiced") < CUE_THRESHOLD < score("Varga voiced concern about it.", "voiced")


def test_a_british_spelling_is_weighed_as_the_american_one_the_model_learned() -> None:
    def score(text: str) -> float:
        doc = parse(text)
        return _scores(doc)[doc[1].text]

    british, american = (
        score("Varga characterised the plan as reckless."),
        score("Varga characterized the plan as reckless."),
    )
    assert british > CUE_THRESHOLD and abs(british - american) < 0.05
    assert spelled("characterise", weights().words) == "characterize"
    assert spelled("promise", weights().words) == "promise"  # an American word in its own right
    assert spelled("characterise", None) == "characterise"  # training reads the corpus as it is spelled
    assert _parts("While the mayor emphasised the cost, the pilots stayed home.") == [
        ("the mayor", "emphasised", "the cost")
    ]
    # a hedge carries a verb the model weighs as reporting, in either spelling
    assert _parts("Varga seemed to criticise the harbour plan.") == [
        ("Varga", "seemed to criticise", "the harbour plan")
    ]


def test_weights_given_in_place_of_the_shipped_ones_decide_which_words_are_cues() -> None:
    doc = parse("Mayor Alma Quill grumbled about the late bridge.")
    never, grumbling = {"bias": -30.0}, {"bias": -30.0, "l=grumble": 60.0}
    assert extract_attributions(doc, [], CueModel(never, never)) == []
    # either stage makes a cue: the second adds what the first missed and takes away none of its cues
    doubtful = {"bias": -2.0}  # every word at 12% in the first stage: the second looks again
    for model in (CueModel(doubtful, grumbling), CueModel(grumbling, never)):
        assert [a.cue.text for a in extract_attributions(doc, [], model)] == ["grumbled about"]
    # but not at a word the first stage puts under SECOND_LOOK
    assert extract_attributions(doc, [], CueModel(never, grumbling)) == []


def test_training_learns_which_features_mark_a_cue_and_writes_the_same_bytes_twice(tmp_path: Path) -> None:
    rows = [(["bias", "l=say"], True), (["bias", "l=walk"], False)] * 20 + [(["bias", "l=once"], True)]
    learned = fit(rows)
    assert learned["l=say"] > 0 > learned["l=walk"]
    assert "l=once" not in learned  # seen once: dropped
    # both stages, the second from what a first stage that never saw the article says of the words around a word
    texts = ["Vorn said the pier is safe.", "Vorn walked to the pier.", "Lind said the ferry left.", "Lind left early."]
    articles = [[(t, features(t, False), t.lemma_ == "say") for t in parse(text) if is_candidate(t)] for text in texts]
    model = fit_model(articles * 5)
    assert model.words["l=say"] > 0 and model.context["l=say"] > 0
    assert any(f.startswith("x:") for f in model.context) and not any(f.startswith("x:") for f in model.words)
    save(model, tmp_path / "a.json.gz")
    save(fit_model(articles * 5), tmp_path / "b.json.gz")
    assert (tmp_path / "a.json.gz").read_bytes() == (tmp_path / "b.json.gz").read_bytes()


def test_a_noun_cue_takes_its_possessor_or_its_by_phrase_as_source() -> None:
    # the preposition that links a cue to its content belongs to the cue, as PolNeAR draws it
    assert _parts("Her criticism of the plan was sharp.") == [("Her", "criticism of", "the plan")]
    found = _parts("The claim by Rosa Lin that the dam leaks was false.")
    assert [(source, cue) for source, cue, _ in found] == [("Rosa Lin", "claim")]
    assert found[0][2].startswith("that the dam leaks")


def test_the_question_asked_is_the_content_not_the_one_asked() -> None:
    found = _parts("Rosa Lin asked the council a simple question about the budget.")
    assert found == [("Rosa Lin", "asked", "a simple question about the budget")]


def test_where_and_when_something_was_said_is_not_what_was_said() -> None:
    assert _parts("The mayor said Tuesday in Dover.") == []


def test_it_is_a_source_when_it_says_something_and_no_one_when_it_only_seems() -> None:
    found = _parts("The ministry published its figures on Monday. It said that exports rose by a third.")
    assert ("It", "said", "that exports rose by a third") in found
    assert _parts("It seems that the ferry is late.") == [(None, "seems", "that the ferry is late")]


def test_an_accusation_holds_the_one_accused_and_the_charge() -> None:
    found = _parts("Senator Hal Brook accused the mayor of hiding the report.")
    assert found == [("Senator Hal Brook", "accused", "the mayor of hiding the report")]


def test_a_reporting_clause_set_into_what_it_reports_is_the_attribution_not_the_clause_around_it() -> None:
    found = _parts("The new ferry, Ida Marsh said, will carry twice as many cars.")
    assert [(source, cue) for source, cue, _ in found] == [("Ida Marsh", "said")]
    assert "will carry twice as many cars" in found[0][2]
    found = _parts("Nobody knew which papers to keep, said Tom Vale, who runs the clinic.")
    assert [(cue, content) for _, cue, content in found] == [("said", "Nobody knew which papers to keep")]


def test_reportedly_attributes_its_clause_to_no_one_named() -> None:
    found = _parts("The harbor master has reportedly resigned over the delays.")
    assert found == [(None, "reportedly", "The harbor master has reportedly resigned over the delays")]


def test_a_capitalised_name_the_tagger_took_for_an_adjective_still_heads_a_headline_quote() -> None:
    found = _parts("Bright: Ferry Fares Will Rise Again\n\nThe council met on Monday.")
    assert found == [("Bright", ":", "Ferry Fares Will Rise Again")]


def test_cross_fitting_blocks_cover_every_item_once_in_order() -> None:
    assert blocks(10, 3) == [(0, 3), (3, 6), (6, 10)]
    assert [i for start, end in blocks(7, 7) for i in range(start, end)] == list(range(7))
