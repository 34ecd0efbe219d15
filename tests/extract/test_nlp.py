"""The shared spaCy pipeline."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from storyline.extract.nlp import nlp, parse


def test_a_line_break_always_ends_a_sentence() -> None:
    doc = parse("Harbour Plan Faces Delay\nThe council met on Monday in Brindlemoor\n\nIt will meet again in May.")
    assert [s.text.strip() for s in doc.sents] == [
        "Harbour Plan Faces Delay",
        "The council met on Monday in Brindlemoor",
        "It will meet again in May.",
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Trooper Ivo Marsh and Capt. Tom Rell of the Lenby Police Department were killed when a bomb exploded.",
         "Capt."),
        ("The candidate also discussed Pres. Ada Voss's press conference in Lenby on Monday.", "Pres."),
        ("The harbour deal was signed by Amb. Ivo Marsh in Lenby on Monday.", "Amb."),
        ("The motion was backed by Atty. Gen. Tom Rell and the council on Monday.", "Atty."),
    ],
)  # fmt: skip
def test_a_title_s_period_does_not_end_the_sentence(text: str, title: str) -> None:
    doc = parse(text)
    assert [s.text for s in doc.sents] == [text]
    assert title in [t.text for t in doc]


@pytest.mark.parametrize(
    "text",
    [
        '"The pier will hold," said harbour spokesman Navy Capt. Ivo Marsh, who was asked about the storm.',
        "He accused then-Fed Chair Tomas R. Vell of trying to debase the dollar.",
    ],
)
def test_no_sentence_starts_inside_a_name_after_its_title_or_middle_initial(text: str) -> None:
    # the parser is told before it parses (it splits such names only now and then, so the rule is read off too)
    assert [s.text for s in parse(text).sents] == [text]
    doc = _before_the_parser(text)
    name = next(t for t in doc if t.text in ("Capt.", "R.")).i + 1
    assert doc[name].is_sent_start is False


def test_a_single_capital_after_a_common_word_may_end_a_sentence() -> None:
    doc = _before_the_parser("The ferry crew chose option B. The captain agreed.")
    assert doc[6].text == "The" and doc[6].is_sent_start is None
    assert len(list(parse(doc.text).sents)) == 2


def _before_the_parser(text: str) -> Doc:
    doc = nlp().make_doc(text)
    for name, component in nlp().pipeline:
        if name == "parser":
            return doc
        doc = component(doc)
    raise AssertionError("no parser")


@pytest.mark.parametrize(
    ("text", "name", "subject"),
    [
        ("Prime Minister Ada May spoke in Lenby. May said the ferry deal was dead.", "May", "May"),
        ("In his column, Will acknowledges the mayor's appeal as a forceful persona.", "Will", "Will"),
        ("Lenby Courier columnist Tomas Will wrote that the bridge was too costly.", "Will", "Tomas Will"),
    ],
)
def test_a_capitalised_modal_before_a_past_or_third_person_verb_is_the_name_of_its_subject(
    text: str, name: str, subject: str
) -> None:
    doc = parse(text)
    token = [t for t in doc if t.text == name][-1]
    assert (token.pos_, token.dep_) == ("PROPN", "nsubj")
    assert doc[token.left_edge.i : token.i + 1].text.endswith(subject)


@pytest.mark.parametrize("text", ["Lenby Will Win the Cup, Fans Say", "Will the council close the bridge?"])
def test_a_modal_before_a_bare_verb_stays_a_modal(text: str) -> None:
    assert [t.tag_ for t in parse(text) if t.text == "Will"] == ["MD"]


def test_a_capitalised_modal_before_the_subject_of_a_past_verb_is_a_first_name() -> None:
    doc = parse("Will Artino scored 14 points off the bench.")
    will, artino = doc[0], doc[1]
    assert (will.pos_, will.dep_, will.head.i) == ("PROPN", "compound", artino.i)


def test_the_noun_a_dateline_was_parsed_into_is_a_chunk_of_the_words_after_it() -> None:
    from storyline.extract.nlp import noun_chunks

    doc = parse("GOMA, Democratic Republic of Congo — M23 rebels took control of Sake.\n\nLENBY — The army left.")
    chunks = [c.text for c in noun_chunks(doc)]
    assert "M23 rebels" in chunks and chunks == sorted(chunks, key=lambda text: doc.text.index(text))
    assert not any("GOMA" in c and "rebels" in c for c in chunks)
