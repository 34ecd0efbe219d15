"""The shared spaCy pipeline."""

from __future__ import annotations

from storyline.extract.nlp import parse


def test_a_line_break_always_ends_a_sentence() -> None:
    doc = parse("Harbour Plan Faces Delay\nThe council met on Monday in Brindlemoor\n\nIt will meet again in May.")
    assert [s.text.strip() for s in doc.sents] == [
        "Harbour Plan Faces Delay",
        "The council met on Monday in Brindlemoor",
        "It will meet again in May.",
    ]


def test_a_title_s_period_does_not_end_the_sentence() -> None:
    text = "Trooper Ivo Marsh and Capt. Tom Rell of the Lenby Police Department were killed when a bomb exploded."
    doc = parse(text)
    assert [s.text for s in doc.sents] == [text]
    assert "Capt." in [t.text for t in doc]
