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


def test_the_lines_opening_the_text_that_spell_out_its_title_are_headings() -> None:
    one = "Harbour Board Sacks Pilot Over Ferry Grounding.\n\nThe Velmora harbour board sacked its pilot on Monday."
    two = (
        "Harbour board sacks pilot;\n\n"
        "Grounding 'was avoidable,' inquiry finds.\n\n"
        "The Velmora harbour board sacked its chief pilot on Monday."
    )
    assert headings(one, "Harbour Board Sacks Pilot Over Ferry Grounding") == [(0, 47)]
    assert headings(two, "Harbour board sacks pilot; Grounding 'was avoidable,' inquiry finds") == [(0, 26), (28, 69)]
    # without the title, or with another, a line ending a sentence is text
    assert headings(one) == [] and headings(one, "Ferry Grounded") == []
    # a first sentence that opens with the title's words is no heading
    lead = "Harbour Board Sacks Pilot over the grounding of the Marisol ferry on Monday.\n\nThe board met."
    assert headings(lead, "Harbour Board Sacks Pilot") == []
