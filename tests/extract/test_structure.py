"""Paragraphs, sentences and headings: the units claims are made of."""

from __future__ import annotations

from storyline.extract.nlp import parse
from storyline.extract.structure import headings, sentences


def test_the_sentences_of_one_quotation_are_one_and_paragraphs_still_cut() -> None:
    text = (
        "Dockers win a hearing\n\n"
        '"Our members did nothing but sing. We are not going anywhere," the union leader said. '
        "The union met on Monday.\n\n"
        "The port reopened."
    )
    doc = parse(text)
    found = [text[s:e] for s, e in sentences(doc, headings(text))]
    assert found == [
        '"Our members did nothing but sing. We are not going anywhere," the union leader said.',
        "The union met on Monday.",
        "The port reopened.",
    ]
