"""WARC reader: the HTML responses, each at its target URI; a truncated archive is an error, not a crash."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.ingest import IngestError, ReadOptions
from storyline.ingest.sources import read_path
from storyline.model import Article


def html_page(title: str, outlet: str, sentence: str, paragraphs: int = 3) -> str:
    body = "".join(f"<p>{sentence} This is paragraph {n} of the report.</p>" for n in range(1, paragraphs + 1))
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title}</title>'
        f'<meta property="og:site_name" content="{outlet}">'
        '<meta property="article:published_time" content="2025-10-01T12:00:00+00:00">'
        f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def write_warc(path: Path, records: list[tuple[str, str, str, bytes]], compress: bool = True) -> Path:
    """records: (uri, status line, content type, body) as HTTP responses, plus one request record."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=compress)
        for uri, status, content_type, body in records:
            request = writer.create_warc_record(
                uri,
                "request",
                payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True),
            )
            writer.write_record(request)
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
    return path


SENTENCE = "Divers found the wreck of the schooner Marit off Skarn Point on Wednesday, ninety years after it sank."
RECORDS = [
    (
        "https://quaygazette.example/2025/10/01/marit-wreck",
        "200 OK",
        "text/html; charset=utf-8",
        html_page("Wreck of the Marit found", "The Quay Gazette", SENTENCE).encode(),
    ),
    ("https://quaygazette.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    ("https://quaygazette.example/gone", "404 Not Found", "text/html", b"<html><body><p>Not found</p></body></html>"),
    (
        "https://velmoratimes.example/2025/10/02/marit-bell",
        "200 OK",
        "text/html; charset=iso-8859-1",
        html_page(
            "Bell of the Marit raised", "The Velmora Times", "The bell was raised by the café owner's son."
        ).encode("latin-1"),
    ),
]


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_html_responses_are_read_and_the_rest_skipped(tmp_path: Path, compress: bool):
    path = write_warc(tmp_path / ("crawl.warc.gz" if compress else "crawl.warc"), RECORDS, compress=compress)
    results = list(read_path(str(path), ReadOptions()))
    assert all(isinstance(r, Article) for r in results), results
    assert [a.url for a in results] == [
        "https://quaygazette.example/2025/10/01/marit-wreck",
        "https://velmoratimes.example/2025/10/02/marit-bell",
    ]
    wreck, bell = results
    assert wreck.title == "Wreck of the Marit found"
    assert wreck.outlet == "The Quay Gazette"
    assert wreck.published is not None and wreck.published.isoformat() == "2025-10-01T12:00:00+00:00"
    assert "ninety years after it sank" in wreck.text
    assert wreck.source == f"{path}#https://quaygazette.example/2025/10/01/marit-wreck"
    assert "café owner's son" in bell.text  # decoded with the record's declared charset


def test_a_truncated_warc_is_one_error_after_the_records_before_the_cut(tmp_path: Path):
    records = [
        (
            f"https://quaygazette.example/2025/10/{n:02d}/story",
            "200 OK",
            "text/html",
            html_page(f"Story {n}", "The Quay Gazette", f"Story {n} about the harbour.", paragraphs=n).encode(),
        )
        for n in range(1, 9)
    ]
    whole = write_warc(tmp_path / "whole.warc.gz", records).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(EOFError):  # records of unequal sizes: the half falls inside a record, not between two
        gzip.decompress(cut.read_bytes())
    results = list(read_path(str(cut), ReadOptions()))
    articles = [r for r in results if isinstance(r, Article)]
    errors = [r for r in results if isinstance(r, IngestError)]
    assert 1 <= len(articles) < 8
    assert [a.title for a in articles] == [f"Story {n}" for n in range(1, len(articles) + 1)]
    assert len(errors) == 1 and results[-1] is errors[0]
    assert errors[0].item == str(cut)
    assert errors[0].reason.startswith("truncated or corrupt WARC")


def test_a_file_that_is_not_a_warc_is_an_error(tmp_path: Path):
    path = tmp_path / "notes.warc"
    path.write_text("These are my notes about the harbour, not an archive.\n")
    results = list(read_path(str(path), ReadOptions()))
    assert len(results) == 1 and isinstance(results[0], IngestError)
    assert results[0].reason == "not a WARC or ARC archive"


def test_an_uncompressed_warc_cut_inside_a_record_is_an_error(tmp_path: Path):
    whole = write_warc(tmp_path / "whole.warc", RECORDS[:1] * 3, compress=False).read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole[: whole.rindex(b"ninety years")])  # inside the last response's HTML
    results = list(read_path(str(cut), ReadOptions()))
    assert [type(r).__name__ for r in results] == ["Article", "Article", "IngestError"]
    assert results[-1].reason.startswith("truncated or corrupt WARC (the record for")


def test_an_archive_without_html_pages_is_an_error(tmp_path: Path):
    path = write_warc(tmp_path / "images.warc.gz", RECORDS[1:3])
    results = list(read_path(str(path), ReadOptions()))
    assert len(results) == 1 and isinstance(results[0], IngestError)
    assert results[0].reason == "no HTML response records in the archive"
