"""kill -9 in the middle of an ingest: the store stays consistent and a re-run completes it, exactly once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa

from storyline import store
from storyline.pipeline import BATCH_SIZE

STORYLINE = Path(sys.executable).with_name("storyline")
FILES = 300
WORDS = ["harbour", "ferry", "council", "tram", "bridge", "market", "storm", "boat", "mayor", "island", "quay"]


def write_corpus(folder: Path) -> None:
    rng = random.Random(7)
    folder.mkdir()
    for n in range(FILES):
        paragraphs = [
            ". ".join(" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() for _ in range(5)) + "."
            for _ in range(6)
        ]
        body = "\n\n".join([f"The Velmora council met for the {n}th time this year.", *paragraphs])
        (folder / f"story-{n:03d}.txt").write_text(f"Story number {n}\n\n{body}\n")


def scalar(engine: sa.Engine, query: str) -> int:
    with engine.connect() as connection:
        return connection.execute(sa.text(query)).scalar_one()


def check_consistent(engine: sa.Engine, db_url: str) -> None:
    if db_url.startswith("sqlite:///"):
        with sqlite3.connect(db_url.removeprefix("sqlite:///")) as connection:
            assert connection.execute("pragma integrity_check").fetchall() == [("ok",)]
            assert connection.execute("pragma foreign_key_check").fetchall() == []
    orphan_revisions = "select count(*) from article_revisions r left join articles a on a.id = r.article_id"
    assert scalar(engine, orphan_revisions + " where a.id is null") == 0
    bare_articles = "select count(*) from articles a left join article_revisions r on r.article_id = a.id"
    assert scalar(engine, bare_articles + " where r.id is null") == 0
    assert scalar(engine, "select count(*) from articles") == scalar(engine, "select count(*) from article_revisions")


def run(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(STORYLINE), "ingest", *args, "--no-extract"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )


def test_kill_9_mid_ingest_then_rerun(db_url: str, tmp_path: Path):
    write_corpus(tmp_path / "in")
    engine = store.connect(db_url)
    try:
        process = run([str(tmp_path / "in"), "--db", db_url, "--quiet"])
        # wait for the first batch to be committed, then kill the process in the middle of the next ones
        deadline = time.monotonic() + 60
        stored = 0
        while process.poll() is None and time.monotonic() < deadline:
            stored = scalar(engine, "select count(*) from articles")
            if stored >= BATCH_SIZE:
                process.send_signal(signal.SIGKILL)
                break
            time.sleep(0.002)
        process.communicate(timeout=30)
        assert process.returncode == -signal.SIGKILL, "the ingest ended before it could be killed mid-run"
        assert BATCH_SIZE <= stored < FILES

        engine.dispose()
        check_consistent(engine, db_url)
        after_kill = scalar(engine, "select count(*) from articles")
        assert after_kill % BATCH_SIZE == 0, "a batch was stored in part"
        assert BATCH_SIZE <= after_kill < FILES

        rerun = run([str(tmp_path / "in"), "--db", db_url])
        _, stderr = rerun.communicate(timeout=120)
        assert rerun.returncode == 0, stderr
        new = FILES - after_kill
        assert stderr.strip().splitlines()[-1] == (
            f"{new} ingested ({new} new, 0 revised), {after_kill} skipped as duplicates, 0 failed"
        )
        check_consistent(engine, db_url)
        assert scalar(engine, "select count(*) from articles") == FILES
        assert scalar(engine, "select count(distinct title) from articles") == FILES
        assert scalar(engine, "select count(*) from article_revisions") == FILES
        assert scalar(engine, "select max(revision) from articles") == 1
    finally:
        engine.dispose()
