"""Quotation spans: marks of every kind outlets use, apostrophes left alone, one lookup per character."""

from __future__ import annotations

from storyline.extract.nlp import parse
from storyline.extract.quotations import Quotes, doc_quotes, quotations


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quotations(text)]


def test_a_straight_mark_after_a_word_closes_and_cannot_open_a_quotation() -> None:
    text = 'The mural reads "Tidewater Forever.” Its painter, a woman 5\'10" tall, signed it in May.'
    assert quoted(text) == ['"Tidewater Forever.”']


def test_single_quotes_are_speech_and_apostrophes_inside_words_are_not() -> None:
    text = "The skipper's log says 'we turned back at dawn' and the crew's log agrees."
    assert quoted(text) == ["'we turned back at dawn'"]


def test_a_quotation_left_open_runs_to_the_end_of_its_paragraph_only() -> None:
    text = "“We will sail at dawn, and we will not come back until the nets are full.\nThe harbour was quiet."
    assert quoted(text) == ["“We will sail at dawn, and we will not come back until the nets are full."]


def test_guillemets_and_doubled_apostrophes_open_and_close_quotations() -> None:
    text = "«Pas encore», dit-il. ''Not yet,'' he said."
    assert quoted(text) == ["«Pas encore»", "''Not yet,''"]


def test_quotes_find_the_quotation_at_before_and_after_a_character() -> None:
    quotes = Quotes([(5, 10), (20, 30)])
    assert (quotes.at(5), quotes.at(9), quotes.at(10), quotes.at(25)) == ((5, 10), (5, 10), None, (20, 30))
    assert (quotes.before(15), quotes.before(10), quotes.before(4)) == ((5, 10), (5, 10), None)
    assert (quotes.after(11), quotes.after(20), quotes.after(31)) == ((20, 30), (20, 30), None)


def test_a_document_s_quotations_are_found_once() -> None:
    doc = parse("“Nets are full,” the skipper said.")
    assert doc_quotes(doc) is doc_quotes(doc)
    assert doc_quotes(doc).spans == [(0, 16)]
