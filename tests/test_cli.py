"""The command line: help everywhere, ingest's error lines, summary and exit status, and `articles --json`."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
import typer
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.cli import app
from storyline.ingest import ReadOptions
from storyline.ingest.sources import read_path
from storyline.model import Article

FIXTURES = Path(__file__).parent / "fixtures"
STORYLINE = Path(sys.executable).with_name("storyline")
BODY = "The Velmora ferry will run a winter timetable from Monday, with crossings every forty minutes."
LATIN1 = (
    "Café Núñez reopens\n\nThe café owned by José Núñez reopened on Saturday after the storm tore off its façade.\n"
)
CP1252 = "Fees rise\n\n“We cannot keep paying more,” said a skipper — who asked not to be named — on Monday.\n"


def command_paths() -> list[list[str]]:
    def walk(command: object, path: list[str]) -> list[list[str]]:
        found = [path]
        for name, sub in getattr(command, "commands", {}).items():  # a group (typer vendors its own click)
            found += walk(sub, [*path, name])
        return found

    return walk(typer.main.get_command(app), [])


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p) or "storyline")
def test_help_on_every_command(cli, path: list[str]):
    result = cli(*path, "--help")
    assert result.exit_code == 0, result.stderr
    assert "Usage:" in result.stdout and "--help" in result.stdout


def test_the_expected_commands_exist():
    paths = {" ".join(p) for p in command_paths()}
    assert {"ingest", "articles"} <= paths


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["eval", "attribution", "--polnear", "{dir}"], "no PolNeAR dev articles"),
        (["train", "attribution", "--polnear", "{dir}", "--out", "{dir}/cues.json.gz"], "no PolNeAR train articles"),
        (["eval", "clustering", "--ecbplus", "{dir}"], "no ECB+ XML files"),
        (["eval", "event-types", "--case2021", "{dir}/missing.tsv"], "missing.tsv"),
    ],
)
def test_an_evaluation_set_that_is_not_there_is_a_one_line_error(cli, tmp_path: Path, args: list[str], names: str):
    result = cli(*(a.format(dir=tmp_path) for a in args))
    assert result.exit_code == 2
    assert names in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "cues.json.gz").exists()


def test_ingest_then_articles_json(cli, tmp_path: Path):
    db = tmp_path / "s.db"
    inputs = [
        FIXTURES / name for name in ("with-header.txt", "lantern-ferry.html", "articles.jsonl", "velmora-times.rss")
    ]
    result = cli("ingest", *inputs, "--db", db, "--no-extract")
    assert result.exit_code == 0, result.stderr
    assert result.errors == []
    assert result.summary == "6 ingested (6 new, 0 revised), 0 skipped as duplicates, 0 failed"

    listed = cli("articles", "--json", "--db", db)
    assert listed.exit_code == 0
    rows = json.loads(listed.stdout)
    assert len(rows) == 6
    assert set(rows[0]) == {"id", "outlet", "title", "published", "url", "language", "words"}
    by_title = {row["title"]: row for row in rows}
    tram = by_title["Tram line to Velmora harbour opens a year late"]
    assert tram["outlet"] == "The Velmora Times"
    assert datetime.fromisoformat(tram["published"]) == datetime.fromisoformat("2025-04-02T07:15:00-03:00")
    assert tram["language"] == "en" and tram["words"] > 50
    assert by_title["Ferry service to Corran Isle resumes after storm repairs"]["outlet"] == "The Lantern Post"
    assert {row["outlet"] for row in rows} == {"The Velmora Times", "The Lantern Post", "The Quay Gazette"}
    assert all(row["published"] for row in rows)
    published = [datetime.fromisoformat(row["published"]) for row in rows]
    assert published == sorted(published)

    again = cli("ingest", *inputs, "--db", db, "--no-extract")
    assert again.exit_code == 0
    assert again.summary == "0 ingested (0 new, 0 revised), 6 skipped as duplicates, 0 failed"

    table = cli("articles", "--db", db)
    assert table.exit_code == 0 and "6 articles" in table.stdout and "The Lantern Post" in table.stdout


def test_the_database_comes_from_storyline_db(cli, tmp_path: Path, monkeypatch):
    db = tmp_path / "from-env.db"
    monkeypatch.setenv("STORYLINE_DB", str(db))
    assert cli("ingest", FIXTURES / "no-header.txt", "--no-extract", "--quiet").exit_code == 0
    assert db.exists()
    assert len(json.loads(cli("articles", "--json").stdout)) == 1


def truncated_warc(path: Path) -> Path:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    ends = []  # each record is its own gzip member: cut inside the fourth, whatever the members' sizes
    for n in range(1, 7):
        page = f"<html><body><article><p>{BODY} Page {n}. " + "More words here. " * n + "</p></article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"https://velmoratimes.example/{n}", "response", payload=io.BytesIO(page.encode()), http_headers=headers
        )
        writer.write_record(record)
        ends.append(buffer.tell())
    data = buffer.getvalue()
    path.write_bytes(data[: (ends[2] + ends[3]) // 2])
    with pytest.raises(EOFError):
        gzip.decompress(path.read_bytes())
    return path


def test_bad_input_is_reported_one_line_each_and_the_batch_goes_on(cli, tmp_path: Path, server):
    db = tmp_path / "s.db"
    # stored before: must survive the bad batch
    before = cli("ingest", FIXTURES / "with-header.txt", FIXTURES / "articles.jsonl", "--db", db, "--no-extract")
    assert before.exit_code == 0

    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a-good.txt").write_text(f"Winter timetable\n\n{BODY}\n")
    (batch / "b-empty.txt").write_bytes(b"")
    (batch / "c-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (batch / "d-malformed.html").write_text("<html><head><title>Fire</title></head><body><div><p></div></bo")
    (batch / "e-latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (batch / "f-cp1252.txt").write_bytes(CP1252.encode("cp1252"))
    (batch / "g-huge.txt").write_text(f"Huge\n\n{BODY * 200}\n")
    (batch / "h-feed.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>The Quay Gazette</title>'
        "<item><title>Nothing here</title></item>"
        "<item><title>Board meets</title><link>https://quaygazette.example/board</link>"
        f"<description><![CDATA[<p>{BODY * 10}</p>]]></description></item></channel></rss>"
    )
    truncated_warc(batch / "i-cut.warc.gz")
    (batch / "notes[draft].txt").write_bytes(b"")
    missing = tmp_path / "no-such-file.txt"
    slow = server.add("/slow", "<html><body><p>late</p></body></html>", delay=3.0)
    not_found = server.url("/missing")
    broken = server.add("/broken", "oops", status=500, content_type="text/plain")

    result = cli(
        "ingest",
        batch,
        missing,
        slow,
        not_found,
        broken,
        "--db",
        db,
        "--no-extract",
        "--max-size",
        "5000",
        "--timeout",
        "0.3",
        "--allow-private",
    )
    assert result.exit_code == 1
    errors = result.errors
    expected = {
        f"{batch / 'b-empty.txt'}: empty input",
        f"{batch / 'c-binary.txt'}: binary content, not text",
        f"{batch / 'd-malformed.html'}: no article text found in the HTML",
        f"{batch / 'g-huge.txt'}: file of {(batch / 'g-huge.txt').stat().st_size} bytes is over the size cap of 5000",
        f"{batch / 'h-feed.rss'}#entry1: entry has no content and no fetchable link",
        f"{batch / 'notes[draft].txt'}: empty input",
        f"{missing}: no such file or directory",
        f"{slow}: timed out after 0.3 s",
        f"{not_found}: HTTP 404 Not Found",
        f"{broken}: HTTP 500 Internal Server Error",
    }
    warc_errors = [e for e in errors if "i-cut.warc.gz" in e]
    assert len(warc_errors) == 1 and warc_errors[0].startswith(f"error {batch / 'i-cut.warc.gz'}: truncated or corrupt")
    assert {e.removeprefix("error ") for e in errors} - {warc_errors[0].removeprefix("error ")} == expected
    assert len(errors) == len(expected) + 1  # one line per bad item, nothing twice
    assert all(line.startswith("error ") for line in result.stderr.strip().splitlines()[:-1])

    # the pages before the cut are kept
    warc_articles = sum(isinstance(r, Article) for r in read_path(str(batch / "i-cut.warc.gz"), ReadOptions()))
    assert warc_articles >= 1
    good = 1 + 2 + 1 + warc_articles  # a-good, the two legacy encodings, the good feed entry, the WARC's first page
    assert result.summary == f"{good} ingested ({good} new, 0 revised), 0 skipped as duplicates, {len(errors)} failed"

    listed = json.loads(cli("articles", "--json", "--db", db).stdout)
    assert len(listed) == 3 + good
    rows = {row["title"]: row for row in listed}
    # nothing stored before is lost
    assert "Tram line to Velmora harbour opens a year late" in rows
    assert "Last keeper of the Skarn lighthouse retires" in rows
    # the legacy encodings came in with the right characters
    assert "Café Núñez reopens" in rows and "Fees rise" in rows


def test_the_legacy_encodings_keep_their_characters_in_the_store(cli, tmp_path: Path):
    (tmp_path / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (tmp_path / "cp1252.txt").write_bytes(CP1252.encode("cp1252"))
    db = tmp_path / "s.db"
    assert cli("ingest", tmp_path, "--db", db, "--no-extract").exit_code == 0
    from storyline import store

    texts = {a.title: a.text for a in store.list_articles(store.connect(str(db)))}
    assert texts["Café Núñez reopens"] == LATIN1.split("\n\n")[1].strip()
    assert texts["Fees rise"] == CP1252.split("\n\n")[1].strip()
    assert "“We cannot keep paying more,” said a skipper — who" in texts["Fees rise"]


def test_a_loopback_url_is_refused_without_allow_private(cli, tmp_path: Path, server):
    url = server.add("/page", f"<html><body><article><p>{BODY}</p></article></body></html>")
    result = cli("ingest", url, "--db", tmp_path / "s.db", "--no-extract")
    assert result.exit_code == 1
    assert result.errors == [f"error {url}: refusing private or loopback address 127.0.0.1 (use --allow-private)"]
    assert server.requests == []
    allowed = cli("ingest", url, "--db", tmp_path / "s.db", "--no-extract", "--allow-private")
    assert allowed.exit_code == 0 and allowed.summary.startswith("1 ingested")


def test_quiet_prints_no_summary_but_still_the_errors(cli, tmp_path: Path):
    result = cli(
        "ingest", FIXTURES / "no-header.txt", tmp_path / "missing.txt", "--db", tmp_path / "s.db", "-q", "--no-extract"
    )
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"error {tmp_path / 'missing.txt'}: no such file or directory"]


def test_the_installed_command_in_a_subprocess(tmp_path: Path, server):
    """Real stderr of a run that lasts over a second: the error line and the summary, and nothing else."""
    slow = server.add("/slow", f"<html><body><article><p>{BODY}</p></article></body></html>", delay=1.2)
    (tmp_path / "empty.txt").write_text("")
    command = [str(STORYLINE), "ingest", slow, str(FIXTURES / "no-header.txt"), str(tmp_path / "empty.txt")]
    result = subprocess.run(
        [*command, "--db", str(tmp_path / "s.db"), "--no-extract", "--allow-private"],
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k != "COLUMNS"},
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"error {tmp_path / 'empty.txt'}: empty input",
        "2 ingested (2 new, 0 revised), 0 skipped as duplicates, 1 failed",
    ]


@pytest.mark.parametrize(
    ("first", "last", "shown"),
    [
        ("2026-03-13", "2026-03-14", "2026-03-13/14"),
        ("2026-03-30", "2026-04-02", "2026-03-30/04-02"),
        ("2025-12-30", "2026-01-02", "2025-12-30/2026-01-02"),
        ("2026-03-13", "2026-03-13", "2026-03-13"),
        (None, "2026-03-13", "2026-03-13"),
        (None, None, ""),
    ],
)
def test_a_story_span_is_an_iso_interval_shortened_to_what_differs(first, last, shown):
    from storyline.cli import _span

    assert _span(first, last) == shown


def test_an_article_whose_extraction_fails_is_reported_and_the_batch_goes_on(cli, tmp_path: Path, monkeypatch):
    """A text that trips a fault in an annotator costs that article its annotations, not the batch: it is stored,
    named in an error line, and `storyline extract` tries it again."""
    import importlib

    from storyline import store

    annotate_module = importlib.import_module("storyline.extract.annotate")  # the package's `annotate` hides it
    real = annotate_module.annotate

    def faulty(doc, article, title=None):
        if "lighthouse" in article.text:
            raise IndexError("span index out of range")
        return real(doc, article, title)

    monkeypatch.setattr(annotate_module, "annotate", faulty)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ferry.txt").write_text(f"Ferry timetable\n\n{BODY}\n")
    (folder / "lighthouse.txt").write_text("Lighthouse\n\nThe old lighthouse on Corran Isle will be repainted.\n")
    db = tmp_path / "s.db"

    result = cli("ingest", folder, "--db", db)
    assert result.exit_code == 1
    [error] = result.errors
    assert "lighthouse.txt" in error and "extraction failed: IndexError: span index out of range" in error
    assert result.summary == "2 ingested (2 new, 0 revised), 0 skipped as duplicates, 1 failed"
    engine = store.connect(f"sqlite:///{db}")
    [stale] = store.stale_article_ids(engine)
    assert "lighthouse" in next(a.text for a in store.list_articles(engine, [stale]))

    again = cli("extract", "--db", db)
    assert again.exit_code == 1 and len(again.errors) == 1 and "1 failed" in again.stderr
    monkeypatch.setattr(annotate_module, "annotate", real)
    fixed = cli("extract", "--db", db)
    assert fixed.exit_code == 0 and "1 articles annotated" in fixed.stderr
    assert store.stale_article_ids(engine) == []
