"""The noun phrases naming a happening, and the headline casing the parser reads them in."""

from __future__ import annotations

from storyline.extract.namings import headline


def test_a_title_case_headline_is_lowered_where_the_article_writes_the_word_in_lower_case() -> None:
    body = "Parents held a rally in Velmora; the harbour stayed shut."
    title = "Parents Rally In Velmora As Harbour Stays Shut"
    lowered = headline(title, body)
    assert lowered == "Parents rally in Velmora As harbour Stays shut"
    assert len(lowered) == len(title)  # offsets into it are offsets into the headline


def test_a_headline_in_sentence_case_is_left_alone() -> None:
    title = "Riot at Velmora port gate as police fire tear gas"
    assert headline(title, "the riot at the port gate") == title
