"""The main job on the bundled examples: stories, fact statuses, the reconciled toll, views and exports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from pydantic import TypeAdapter

from storyline.model import DossierDocument
from storyline.views.dossier import dossier_schema

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def analyzed(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict]:
    from typer.testing import CliRunner

    from storyline.cli import app

    db = str(tmp_path_factory.mktemp("analyze") / "store.db")
    result = CliRunner().invoke(app, ["analyze", str(EXAMPLES), "--db", db, "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    return db, json.loads(result.stdout)


def story_with(document: dict, words: str) -> dict:
    [story] = [s for s in document["stories"] if any(words in (a["title"] or "") for a in s["articles"])]
    return story


def test_the_json_follows_the_published_schema(analyzed: tuple[str, dict]) -> None:
    _, document = analyzed
    TypeAdapter(DossierDocument).validate_python(document)
    published = json.loads((ROOT / "docs" / "dossier.schema.json").read_text(encoding="utf-8"))
    assert published == dossier_schema(), "docs/dossier.schema.json is stale: regenerate it from dossier_schema()"


def test_the_rising_toll_is_an_update_and_the_syndicated_copy_counts_once(analyzed: tuple[str, dict]) -> None:
    _, document = analyzed
    fire = story_with(document, "warehouse")
    outlets = {a["outlet"] for a in fire["articles"]}
    assert {"The Daily Meridian", "Harbor Ledger", "Kilindini Courier", "Savanna Times"} <= outlets
    groups = [a["syndication_group"] for a in fire["articles"] if a["syndication_group"]]
    assert len(groups) == 2 and len(set(groups)) == 1
    assert fire["independent_sources"] < len(fire["articles"])
    [toll] = [f for f in fire["facts"] if f["slot"] == "killed"]
    assert toll["status"] == "updated"
    assert toll["values"] == sorted(toll["values"]) and toll["values"][0] == 9 and toll["values"][-1] == 17
    [event] = fire["events"]
    assert event["location"]["name"] == "Mombasa" and event["location"]["country"] == "KE"
    assert (event["fatalities"]["low"], event["fatalities"]["best"], event["fatalities"]["high"]) == (9, 17, 17)
    assert event["date"] == "2026-03-09"  # the fire broke out late on Monday 9 March (examples/README.md)
    for source in toll["sources"]:
        assert source["start"] < source["end"] and source["text"]


def test_the_protest_in_the_same_city_and_week_is_its_own_story(analyzed: tuple[str, dict]) -> None:
    _, document = analyzed
    protest = story_with(document, "Dockworkers")
    fire = story_with(document, "warehouse")
    assert protest["id"] != fire["id"]
    [arrests] = [f for f in protest["facts"] if f["slot"] == "arrested"]
    assert arrests["status"] == "corroborated" and arrests["independent_sources"] >= 2
    assert not protest["events"][0]["fatalities"]["best"]


def test_the_protest_met_with_tear_gas_is_a_protest_with_intervention_its_crowd_first(
    analyzed: tuple[str, dict],
) -> None:
    _, document = analyzed
    [event] = story_with(document, "Dockworkers")["events"]
    assert (event["event_type"], event["sub_event_type"], event["date"]) == (
        "Protests",
        "Protest with intervention",
        "2026-03-13",
    )
    assert [a["name"] for a in event["actors"]] == ["Protesters (Kenya)", "Police Forces of Kenya"]
    from typer.testing import CliRunner

    from storyline.cli import app

    listed = json.loads(CliRunner().invoke(app, ["stories", "--json", "--db", analyzed[0]]).stdout)
    [row] = [s for s in listed if s["id"] == story_with(document, "Dockworkers")["id"]]
    assert row["event_type"] == "Protest with intervention"  # the list shows the dossier's reconciled type
    [injured] = [f for f in story_with(document, "Dockworkers")["facts"] if f["slot"] == "injured"]
    assert injured["values"] == [1] and injured["independent_sources"] >= 2  # "taken to hospital", "treated for"


def test_dossier_markdown_and_html_render_the_stored_story(analyzed: tuple[str, dict], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    db, document = analyzed
    fire = story_with(document, "warehouse")
    runner = CliRunner()
    markdown = runner.invoke(app, ["dossier", fire["id"][:8], "--db", db, "--format", "markdown"])
    assert markdown.exit_code == 0, markdown.output
    assert fire["title"] in markdown.stdout and "updated" in markdown.stdout
    page = tmp_path / "fire.html"
    html = runner.invoke(app, ["dossier", fire["id"], "--db", db, "--format", "html", "--out", str(page)])
    assert html.exit_code == 0, html.output
    assert page.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    missing = runner.invoke(app, ["dossier", "no-such-story", "--db", db])
    assert missing.exit_code == 1 and "no story matches" in missing.stderr


def test_exports_carry_acled_columns_and_our_figures(analyzed: tuple[str, dict], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    db, document = analyzed
    runner = CliRunner()
    target = tmp_path / "events.csv"
    result = runner.invoke(app, ["export", "--format", "acled-csv", "--out", str(target), "--db", db])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == sum(len(s["events"]) for s in document["stories"])
    for column in ("event_date", "event_type", "sub_event_type", "actor1", "country", "location", "latitude"):
        assert column in rows[0]
    fire = next(r for r in rows if r["location"] == "Mombasa" and r["fatalities_best"] == "17")
    # ACLED's column: a toll that rose over the days is revised to its latest figure (rival figures would give the
    # most conservative one)
    assert fire["fatalities"] == fire["fatalities_best"] == "17" and fire["fatalities_low"] == "9"
    assert fire["fatalities_high"] == "17" and fire["country"] == "Kenya"
    parquet = tmp_path / "events.parquet"
    assert runner.invoke(app, ["export", "--format", "parquet", "--out", str(parquet), "--db", db]).exit_code == 0
    assert pq.read_table(parquet).num_rows == len(rows)
    bad = runner.invoke(app, ["export", "--format", "xlsx", "--out", str(tmp_path / "x"), "--db", db])
    assert bad.exit_code == 2


def test_analyze_again_adds_nothing_and_prints_the_same_stories(analyzed: tuple[str, dict]) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    db, document = analyzed
    again = CliRunner().invoke(app, ["analyze", str(EXAMPLES), "--db", db, "--format", "json"])
    assert again.exit_code == 0, again.output
    assert "0 ingested" in again.stderr
    assert sorted(s["id"] for s in json.loads(again.stdout)["stories"]) == sorted(s["id"] for s in document["stories"])


def test_ingest_and_extract_build_again_the_stored_dossiers_they_change(tmp_path: Path) -> None:
    """A stored dossier follows what its story rests on: an article joining the story (ingest), or annotations
    stored again (`extract --all`, as after an upgrade that adds to what extraction stores)."""
    import sqlite3

    from typer.testing import CliRunner

    from storyline.cli import app

    runner = CliRunner()
    db = str(tmp_path / "store.db")
    first = runner.invoke(app, ["analyze", str(EXAMPLES / "html"), "--db", db, "--format", "json", "--quiet"])
    assert first.exit_code == 0, first.output
    [floods] = [s for s in json.loads(first.stdout)["stories"] if "Arequipa" in s["title"]]
    assert len(floods["articles"]) == 1

    mourning = EXAMPLES / "text" / "arequipa-mourning-no-header.txt"
    assert runner.invoke(app, ["ingest", str(mourning), "--db", db]).exit_code == 0
    stored = json.loads(runner.invoke(app, ["dossier", floods["id"], "--db", db, "--format", "json"]).stdout)
    assert len(stored["stories"][0]["articles"]) == 2  # the stored dossier, not one rebuilt on asking

    with sqlite3.connect(db) as connection:  # annotations as an older Storyline stored them: no namings
        for article_id, data in connection.execute("SELECT article_id, data FROM annotations").fetchall():
            connection.execute(
                "UPDATE annotations SET data = ? WHERE article_id = ?",
                (json.dumps({k: v for k, v in json.loads(data).items() if k != "namings"}), article_id),
            )
    assert runner.invoke(app, ["dossier", "--db", db, "--rebuild"]).exit_code == 0
    blank = json.loads(runner.invoke(app, ["dossier", floods["id"], "--db", db, "--format", "json"]).stdout)
    assert blank["stories"][0]["framing"] == []
    extracted = runner.invoke(app, ["extract", "--all", "--db", db])
    assert extracted.exit_code == 0 and "dossiers rebuilt" in extracted.stderr
    again = json.loads(runner.invoke(app, ["dossier", floods["id"], "--db", db, "--format", "json"]).stdout)
    assert {t["term"] for t in again["stories"][0]["framing"]} >= {"flash floods"}
