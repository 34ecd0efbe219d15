"""JSON Lines reader: one article per line, from its text or its HTML; a bad line fails alone."""

from __future__ import annotations

import json
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from storyline.ingest import IngestError, ReadOptions
from storyline.ingest.jsonl import read_jsonl
from storyline.ingest.sources import read_path
from storyline.model import Article

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_text_and_html_lines():
    path = FIXTURES / "articles.jsonl"
    results = list(read_path(str(path), ReadOptions()))
    assert all(isinstance(r, Article) for r in results), results
    text_line, html_line = results

    assert text_line.url == "https://quaygazette.example/2025/05/03/lighthouse-keeper-retires"
    assert text_line.title == "Last keeper of the Skarn lighthouse retires"
    assert text_line.outlet == "The Quay Gazette"
    assert text_line.authors == ["Lotte Brenn", "Ari Voss"]
    assert text_line.published == datetime(2025, 5, 3, 15, 45, tzinfo=UTC)
    assert text_line.language == "en"
    assert text_line.text.startswith("Henrik Skarn, who has kept the lighthouse")
    assert "Share this" not in text_line.text
    assert [r.reason for r in text_line.removed] == ["share"]
    assert text_line.source == f"{path}:1"
    assert json.loads(text_line.raw)["title"] == text_line.title  # the raw line is kept

    assert html_line.url == "https://velmoratimes.example/harbour/2025/05/04/fish-market-fire"
    assert html_line.title == "Fire damages Velmora fish market"  # from the page, the line has none
    assert html_line.outlet == "The Velmora Times"
    assert html_line.authors == ["Ines Dalca"]
    assert html_line.published == datetime(2025, 5, 4, tzinfo=UTC)  # "date" is an alias of "published"
    assert html_line.language == "en"
    assert "two tonnes of fish" in html_line.text and "<p>" not in html_line.text
    assert html_line.source == f"{path}:2"


def test_a_bad_line_fails_alone_and_is_named_by_its_number():
    good = json.dumps({"text": "The Velmora ferry timetable changes on Monday, with fewer crossings at night."})
    lines = [good, "{not json", "", "[1, 2]", json.dumps({"title": "No body"}), good.replace("Monday", "Tuesday")]
    results = list(read_jsonl("\n".join(lines), "feed.jsonl"))
    assert [type(r).__name__ for r in results] == ["Article", "IngestError", "IngestError", "IngestError", "Article"]
    errors = [r for r in results if isinstance(r, IngestError)]
    assert [e.item for e in errors] == ["feed.jsonl:2", "feed.jsonl:4", "feed.jsonl:5"]
    assert errors[0].reason.startswith("invalid JSON")
    assert errors[1].reason == "a JSON line must be an object"
    assert errors[2].reason == "the JSON line has neither 'text' nor 'html'"
    assert results[4].source == "feed.jsonl:6"


def test_mojibake_is_undone_and_the_raw_line_kept() -> None:
    garbled = "José Peña".encode().decode("cp1252")  # UTF-8 read as Windows-1252 upstream
    line = {
        "url": "https://quaygazette.example/2025/05/06/mayor",
        "title": f"{garbled} elected mayor of Velmora",
        "text": f"{garbled} was elected mayor of Velmora on Sunday. The harbour board congratulated {garbled}.",
        "authors": [garbled],
    }
    [article] = read_jsonl(json.dumps(line), "garbled.jsonl")
    assert garbled == "JosÃ© PeÃ±a"
    assert article.title == "José Peña elected mayor of Velmora" and article.authors == ["José Peña"]
    assert article.text.count("José Peña") == 2 and "Ã" not in article.text
    assert json.loads(article.raw)["text"] == line["text"]  # what was read is kept as it came
    # mojibake decomposed after the damage ("Ã" as "A" and a combining tilde) is undone too
    line["text"] = unicodedata.normalize("NFD", line["text"])
    [decomposed] = read_jsonl(json.dumps(line), "decomposed.jsonl")
    assert decomposed.text == article.text
    # text that is fine stays byte for byte, accents and all
    line["text"] = "Ãlvaro Núñez, 32, of São Tomé, said: “It’s fine.”"
    [clean] = read_jsonl(json.dumps(line), "clean.jsonl")
    assert clean.text == line["text"]
