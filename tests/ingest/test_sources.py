"""Dispatch: directories walked, formats recognised, bytes decoded, bad files named with their reason."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from storyline.ingest import IngestError, ReadOptions, read_inputs
from storyline.ingest.decode import decode, looks_binary
from storyline.ingest.sources import expand, read_path
from storyline.model import Article

FIXTURES = Path(__file__).parents[1] / "fixtures"
BODY = "The Velmora ferry will run a winter timetable from Monday, with crossings every forty minutes.\n"
LATIN1 = (
    "Café Núñez reopens on the quay\n\n"
    "The café owned by José Núñez reopened on Saturday, after the storm had torn off its façade. "
    "Über forty regulars came, and the pâtisserie counter was empty by noon.\n"
)
CP1252 = (
    "Harbour fees rise again\n\n"
    "“We cannot keep paying more,” said a skipper — who asked not to be named — adding that "
    "the board’s plan would cost each boat €300 a year.\n"
)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def only(path: Path, options: ReadOptions | None = None) -> Article | IngestError:
    results = list(read_path(str(path), options or ReadOptions()))
    assert len(results) == 1, results
    return results[0]


def test_directories_are_walked_in_order_skipping_hidden_files_and_other_suffixes(tmp_path: Path):
    for name in [
        "b.txt",
        "a.html",
        "sub/c.jsonl",
        "sub/deeper/d.rss",
        "e.warc.gz",
        "f.xml",
        "g.htm",
        "h.atom",
        "i.ndjson",
        "j.text",
        "README.md",
        "notes.md",
        "photo.png",
        "data.json",
        ".hidden.txt",
        ".git/objects/x.txt",
        "sub/.cache/y.html",
    ]:
        write(tmp_path / name, "x")
    walked = [str(Path(p).relative_to(tmp_path)) for p in expand([str(tmp_path)])]
    assert walked == [
        "a.html",
        "b.txt",
        "e.warc.gz",
        "f.xml",
        "g.htm",
        "h.atom",
        "i.ndjson",
        "j.text",
        "sub/c.jsonl",
        "sub/deeper/d.rss",
    ]


def test_files_and_urls_named_explicitly_are_kept_whatever_their_name(tmp_path: Path):
    notes = write(tmp_path / "README.md", "x")
    assert list(expand([str(notes), "https://news.example/a", "missing.txt"])) == [
        str(notes),
        "https://news.example/a",
        "missing.txt",
    ]


def test_the_format_is_recognised_from_the_content(tmp_path: Path):
    html_in_txt = write(
        tmp_path / "page.txt",
        f"<!DOCTYPE html><html><head><title>Ferry</title></head><body><article><p>{BODY}</p></article></body></html>",
    )
    article = only(html_in_txt)
    assert isinstance(article, Article) and article.text == BODY.strip()
    assert article.title == "Ferry"
    feed_in_xml = FIXTURES / "velmora-times.rss"
    assert len(list(read_path(str(feed_in_xml), ReadOptions()))) == 2
    gz = write(tmp_path / "story.txt.gz", gzip.compress(f"Winter timetable\n\n{BODY}".encode()))
    article = only(gz)
    assert isinstance(article, Article) and article.title == "Winter timetable"


def test_a_whole_directory_reads_every_format(tmp_path: Path):
    for name in ["with-header.txt", "no-header.txt", "lantern-ferry.html", "articles.jsonl", "quay-gazette.atom"]:
        write(tmp_path / name, (FIXTURES / name).read_bytes())
    results = list(read_inputs([str(tmp_path)]))
    assert all(isinstance(r, Article) for r in results), [r for r in results if isinstance(r, IngestError)]
    assert len(results) == 1 + 2 + 1 + 1 + 2


@pytest.mark.parametrize(("text", "encoding"), [(LATIN1, "latin-1"), (CP1252, "cp1252")])
def test_legacy_encodings_are_decoded_with_the_right_characters(tmp_path: Path, text: str, encoding: str):
    path = write(tmp_path / f"{encoding}.txt", text.encode(encoding))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    article = only(path)
    assert isinstance(article, Article), article
    title, _, body = text.partition("\n\n")
    assert article.title == title
    assert article.text == body.strip()
    assert article.raw == text


def test_utf8_with_a_byte_order_mark():
    assert decode(b"\xef\xbb\xbfCaf\xc3\xa9", "x") == "Café"


def test_a_declared_charset_is_tried_first():
    assert decode("Núñez".encode("latin-1"), "x", "iso-8859-1") == "Núñez"
    assert decode("Núñez".encode(), "x", "no-such-charset") == "Núñez"


def test_binary_content_is_refused(tmp_path: Path):
    png = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    error = only(png)
    assert isinstance(error, IngestError)
    assert (error.item, error.reason) == (str(png), "binary content, not text")
    assert looks_binary(bytes(range(1, 9)) * 20)
    assert not looks_binary(b"Tabs\tand\r\nnew lines\fare text")


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \n"], ids=["empty", "blank"])
def test_an_empty_file_is_refused(tmp_path: Path, content: bytes):
    error = only(write(tmp_path / "empty.txt", content))
    assert isinstance(error, IngestError) and error.reason == "empty input"


def test_a_file_over_the_size_cap_is_refused_before_reading(tmp_path: Path):
    path = write(tmp_path / "long.txt", f"A long story\n\n{BODY * 100}")
    size = path.stat().st_size
    error = only(path, ReadOptions(max_bytes=size - 1))
    assert isinstance(error, IngestError)
    assert error.reason == f"file of {size} bytes is over the size cap of {size - 1}"
    assert isinstance(only(path, ReadOptions(max_bytes=size)), Article)


def test_a_missing_path_is_named(tmp_path: Path):
    missing = tmp_path / "nowhere" / "story.txt"
    error = only(missing)
    assert isinstance(error, IngestError)
    assert (error.item, error.reason) == (str(missing), "no such file or directory")


def test_a_corrupt_gzip_is_refused(tmp_path: Path):
    data = gzip.compress(BODY.encode() * 50)
    error = only(write(tmp_path / "story.txt.gz", data[: len(data) // 2]))
    assert isinstance(error, IngestError) and error.reason.startswith("corrupt gzip")
