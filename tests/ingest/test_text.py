"""Plain-text reader: front-matter header, or the title from the first line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storyline.ingest import IngestError, ReadOptions
from storyline.ingest.sources import read_path
from storyline.ingest.text import parse_front_matter, read_text
from storyline.model import Article, article_id

FIXTURES = Path(__file__).parents[1] / "fixtures"


def read_one(path) -> Article:
    results = list(read_path(str(path), ReadOptions()))
    assert len(results) == 1
    assert isinstance(results[0], Article), results[0]
    return results[0]


def test_front_matter_header_gives_the_metadata():
    path = FIXTURES / "with-header.txt"
    article = read_one(path)
    assert article.title == "Tram line to Velmora harbour opens a year late"
    assert article.outlet == "The Velmora Times"
    assert article.authors == ["Ines Dalca", "Piet Rautio"]
    assert article.published == datetime(2025, 4, 2, 10, 15, tzinfo=UTC)
    assert article.published.utcoffset() == timedelta(hours=-3)
    assert article.language == "en"
    assert article.url == "https://velmoratimes.example/city/2025/04/02/harbour-tram-opens?utm_source=rss"
    # the id hashes the normalized URL: tracking parameters, scheme and "www." do not matter
    assert article.id == article_id("http://www.velmoratimes.example/city/2025/04/02/harbour-tram-opens/", "")
    assert article.text.startswith("The long-delayed tram line")
    assert "---" not in article.text and "title:" not in article.text
    assert article.text.endswith("a bakery on Quay Street.")
    assert article.raw == path.read_text(encoding="utf-8")
    assert article.source == str(path)


def test_without_header_the_first_line_is_the_title():
    article = read_one(FIXTURES / "no-header.txt")
    assert article.title == "Velmora council votes to keep the night market"
    assert article.text.startswith("The city council of Velmora voted")
    assert article.url is None and article.outlet is None and article.published is None
    assert article.authors == []
    assert article.language == "en"  # detected
    assert article.id == article_id(None, article.text)  # no URL: the hash of the text


def test_a_first_line_that_is_a_sentence_is_not_a_title():
    article = read_one(FIXTURES / "first-line-sentence.txt")
    assert article.title is None
    assert article.text.startswith("The harbour ferry will run on a winter timetable")


def test_share_line_on_top_gives_the_outlet_and_is_not_the_title():
    text = (
        "Share this @velmoranews.example\n\n"
        "Velmora opens a second night market on the east bank of the river, with sixty stalls and a stage for bands.\n"
    )
    article = read_text(text, "share.txt")
    assert article.outlet == "velmoranews.example"
    assert article.title is None
    assert "Share this" not in article.text
    assert [(r.reason, r.text) for r in article.removed] == [("share", "Share this @velmoranews.example")]


def test_header_keys_are_case_insensitive_and_date_is_an_alias():
    meta, body = parse_front_matter("---\nTitle: A\nDate: 2025-01-02\nsite: Some Site\n---\nBody here.\n")
    assert meta == {"title": "A", "date": "2025-01-02", "site": "Some Site"}
    assert body == "Body here.\n"
    article = read_text(
        "---\nTitle: Harbour fees\nDate: 2025-01-02\nsite: The Quay Gazette\n---\n"
        "The harbour board raised mooring fees by a tenth on Thursday, the first rise in six years.\n",
        "alias.txt",
    )
    assert article.title == "Harbour fees"
    assert article.outlet == "The Quay Gazette"
    assert article.published == datetime(2025, 1, 2, tzinfo=UTC)  # a date without zone is taken as UTC


def test_a_header_without_its_rules_is_a_header_of_known_keys_up_to_a_blank_line():
    body = "The harbour board raised mooring fees by a tenth on Thursday, the first rise in six years.\n"
    article = read_text(f"Title: Harbour fees\nOutlet: The Quay Gazette\nPublished: 2025-01-02\n\n{body}", "bare.txt")
    assert (article.title, article.outlet, article.text) == ("Harbour fees", "The Quay Gazette", body.strip())
    assert article.published == datetime(2025, 1, 2, tzinfo=UTC)
    # one such line, or lines of other keys, are the article's own first lines
    assert parse_front_matter(f"Title: Harbour fees\n\n{body}") == ({}, f"Title: Harbour fees\n\n{body}")
    assert parse_front_matter(f"Note: one\nAlso: two\n\n{body}")[0] == {}


def test_too_short_text_is_refused():
    with pytest.raises(IngestError) as caught:
        read_text("Just a title\n\nToo short.", "short.txt")
    assert caught.value.item == "short.txt"
    assert caught.value.reason == "article text too short (2 words; at least 5)"  # the first line is its title


def test_a_text_of_furniture_only_is_refused_saying_so():
    with pytest.raises(IngestError) as caught:
        read_text("Harbour notes\n\nShare this article\n\n.card {\nwidth:100%;\n}", "furniture.txt")
    assert caught.value.item == "furniture.txt"
    assert caught.value.reason == "no article text left once page furniture was removed (code, share)"


def test_the_language_is_detected_when_not_given():
    text = (
        "El ayuntamiento de Velmora abre el nuevo puente\n\n"
        "El nuevo puente sobre el río Velm se abrió el miércoles por la mañana, con un año de retraso, "
        "y los camiones de más de doce toneladas no podrán cruzarlo, según informó el ayuntamiento.\n"
    )
    article = read_text(text, "puente.txt")
    assert article.language == "es"
    assert article.title == "El ayuntamiento de Velmora abre el nuevo puente"


def test_a_time_stamp_on_the_first_line_dates_the_article_and_the_next_line_titles_it():
    text = (
        "Posted: Mar 9, 2026 8:20 AM ET Last Updated: Mar 9, 2026 6:05 PM ET\n"
        "Ferry runs aground off Quay Island\n"
        "The harbour ferry Lantern ran aground off Quay Island early on Monday, and all 60 passengers were "
        "brought ashore by the coast guard.\n"
    )
    article = read_text(text, "ferry.txt")
    assert article.title == "Ferry runs aground off Quay Island"
    assert article.published == datetime(2026, 3, 9, 13, 20, tzinfo=UTC)  # the first stamp, posted, in ET
    assert article.text.startswith("The harbour ferry Lantern")


def test_a_time_stamp_line_anywhere_in_the_body_is_cut_and_dates_an_undated_article_by_its_publication():
    body = (
        "The harbour ferry Lantern ran aground off Quay Island early on Monday, and all 60 passengers were "
        "brought ashore by the coast guard."
    )
    text = (
        f"Ferry runs aground off Quay Island\n\n{body}\n\nUpdated: March 10, 2026\n\nPosted on March 9, 2026 8:20 AM\n"
    )
    article = read_text(text, "ferry.txt")
    assert article.text == body and [r.reason for r in article.removed] == ["timestamp", "timestamp"]
    assert article.published == datetime(2026, 3, 9, 8, 20, tzinfo=UTC)  # posted, not updated
    # a date given with the article stands
    given = read_text(f"---\npublished: 2026-03-11T09:00:00Z\n---\n{text}", "ferry.txt")
    assert given.published == datetime(2026, 3, 11, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Updated: November 11, 2025 20:09 IST", datetime(2025, 11, 11, 14, 39, tzinfo=UTC)),
        ("Last Updated: Monday, 28 November 2025, 02:24 GMT", datetime(2025, 11, 28, 2, 24, tzinfo=UTC)),
        ("11/28/25", datetime(2025, 11, 28, tzinfo=UTC)),
        ("Saturday, August 24, 2024", datetime(2024, 8, 24, tzinfo=UTC)),
        # a headline, or a stamp without its day and year, stays what it is
        ("March 2024 floods kill 30 in Velmora", None),
        ("Updated at 5 pm", None),
        ("2019", None),
    ],
)
def test_a_line_that_is_only_a_time_stamp_gives_its_time(line, expected):
    from storyline.ingest.article import time_stamp

    assert time_stamp(line) == expected


def test_a_time_stamp_given_as_the_title_dates_the_article_instead():
    from storyline.ingest.jsonl import read_jsonl

    line = '{"title": "Updated: March 10, 2026 09:15 GMT", "text": "The Velmora night market will stay open."}'
    [article] = list(read_jsonl(line, "stamps.jsonl"))
    assert article.title is None
    assert article.published == datetime(2026, 3, 10, 9, 15, tzinfo=UTC)


def test_a_time_stamp_opening_the_body_dates_the_article_and_is_no_part_of_its_text():
    from storyline.ingest.jsonl import read_jsonl

    body = "03/10/26 09:15 PM ET\\n\\nThe Velmora night market will stay open until midnight through the spring."
    [article] = list(read_jsonl('{"title": "Night market hours", "text": "' + body + '"}', "stamps.jsonl"))
    assert article.published == datetime(2026, 3, 11, 2, 15, tzinfo=UTC)
    assert article.text.startswith("The Velmora night market")
