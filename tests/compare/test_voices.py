"""Who said what across outlets: an article with no known outlet is named by where it was read from."""

from __future__ import annotations

import pytest

from storyline.compare.voices import voices
from storyline.extract import annotate
from storyline.extract.nlp import parse
from storyline.model import Article

TEXT = "Harbour master Ines Varga said on Monday that the ferry would resume in May."


@pytest.mark.parametrize(
    ("outlet", "url", "source", "label"),
    [
        ("Velmora Times", None, "/data/a.txt", "Velmora Times"),
        (None, "https://quay-gazette.example/ferry", "", "quay-gazette.example"),
        (None, None, "/data/dispatches/ferry-report.txt", "ferry-report.txt"),
        (None, None, "/data/feed.jsonl#12", "feed.jsonl"),
    ],
)
def test_an_article_is_labelled_by_its_outlet_else_by_where_it_was_read(
    outlet: str | None, url: str | None, source: str, label: str
) -> None:
    assert Article(url=url, title=None, text=TEXT, outlet=outlet, source=source).label == label


def test_a_voice_names_an_outlet_less_article_by_its_file_in_its_outlets_and_statements() -> None:
    article = Article(url=None, title=None, text=TEXT, source="/data/dispatches/ferry-report.txt")
    [voice] = voices([article], {article.id: annotate(parse(TEXT), article)})
    assert voice.outlets == ["ferry-report.txt"]
    assert [s.outlet for s in voice.statements] == ["ferry-report.txt"]
