"""How each outlet names the happening: the noun with its own modifiers, never half a name or a preposition."""

from __future__ import annotations

from storyline.compare.voices import framing
from storyline.extract import annotate
from storyline.extract.nlp import parse
from storyline.model import Article


def test_terms_keep_modifiers_but_not_half_names_or_prepositions() -> None:
    article = Article(
        url=None,
        title=None,
        outlet="Velmora Times",
        text="The United States military operation ended at dawn. Police detained Arlo Penn following clashes. "
        'Residents called it a "brutal crackdown" and a peaceful march.',
    )
    terms = {(t.term, t.voice, t.loaded) for t in framing([article], {})}
    assert ("military operation", "own", False) in terms
    assert ("clashes", "own", False) in terms
    assert ("brutal crackdown", "quoted", True) in terms
    assert ("peaceful march", "own", True) in terms
    assert not any("states" in t or "following" in t for t, _, _ in terms)


def test_a_body_named_by_an_event_noun_is_not_a_framing_of_the_event() -> None:
    text = (
        "The raid on the Quay killed two dockers. The United Nations Harbour Mission said the raid broke the truce, "
        "and the U.N. mission will visit on Monday."
    )
    article = Article(url=None, title=None, outlet="Velmora Times", text=text)
    annotations = {article.id: annotate(parse(text), article)}
    assert {t.term for t in framing([article], annotations)} == {"raid"}


def test_a_month_is_no_march() -> None:
    text = "Velmora gets most of its rain between January and March. The march to the harbour went ahead on Monday."
    article = Article(url=None, title=None, outlet="Velmora Times", text=text)
    terms = [(t.term, t.count) for t in framing([article], {article.id: annotate(parse(text), article)})]
    assert terms == [("march", 1)]  # the walk to the harbour; the month is a date


def test_fire_as_a_verb_and_a_headline_verb_are_no_framing() -> None:
    article = Article(
        url=None,
        title="Dockers hold peaceful demonstration as police fire tear gas",
        outlet="Velmora Times",
        text="Officers opened fire on the crowd. Youths set tyres on fire. A fire broke out in the warehouse.",
    )
    assert sorted((t.term, t.count) for t in framing([article], {})) == [("fire", 1), ("peaceful demonstration", 1)]


def test_a_term_stays_in_its_sentence_and_a_title_is_no_framing() -> None:
    article = Article(
        url=None,
        title=None,
        outlet="Velmora Times",
        text="Two guards were hurt when fire reached the night shift. Chief fire officer Ana Loy said the blaze "
        "began in a store room, and fire crews worked until dawn.\nU.S. raid teams were not involved.",
    )
    assert {t.term for t in framing([article], {})} == {"fire", "blaze", "u.s. raid"}
