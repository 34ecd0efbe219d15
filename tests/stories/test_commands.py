"""`storyline stories`, `story ID` and `recluster` over a store holding the Velmora week."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline import store

from .velmora import REPORTS, write_corpus

FIRE = REPORTS[0].article().id
COPY = REPORTS[1].article().id


@pytest.fixture
def db(cli, tmp_path: Path, hand_annotator) -> Path:
    path = tmp_path / "store.db"
    result = cli("ingest", *write_corpus(tmp_path / "corpus", REPORTS), "--db", path)
    assert result.exit_code == 0, result.stderr
    return path


def test_stories_json_lists_each_story_latest_first(cli, db):
    result = cli("stories", "--json", "--db", db)
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["id"], r["articles"], r["last_day"]) for r in rows] == [
        (FIRE, 4, "2025-06-07"),
        (REPORTS[3].article().id, 2, "2025-06-06"),
    ]
    assert set(rows[0]) == {
        "id",
        "title",
        "first_day",
        "last_day",
        "articles",
        "sources",
        "entities",
        "places",
        "event_type",
    }
    table = cli("stories", "--db", db)
    assert table.exit_code == 0 and FIRE in table.stdout and "2 stories" in table.stdout


def test_story_json_by_id_prefix_and_by_article(cli, db):
    result = cli("story", FIRE[:6], "--json", "--db", db)
    assert result.exit_code == 0, result.stderr
    story = json.loads(result.stdout)
    assert story["id"] == FIRE and story["first_day"] == "2025-06-02" and story["sources"] == 3
    assert [a["id"] for a in story["articles"]] == [r.article().id for r in REPORTS if r.key.startswith("F")]
    assert story["syndication_groups"] == [{"id": FIRE, "articles": [FIRE, COPY]}]
    assert {a["id"]: a["copy_of"] for a in story["articles"]}[COPY] == FIRE
    # an article's id finds its story too
    assert json.loads(cli("story", COPY, "--json", "--db", db).stdout)["id"] == FIRE
    text = cli("story", FIRE, "--db", db)
    assert text.exit_code == 0 and "Anselm Brodic" in text.stdout and "4 articles" in text.stdout


def test_an_unknown_story_is_a_clear_error(cli, db):
    result = cli("story", "nosuchstory", "--db", db)
    assert result.exit_code == 1
    assert result.errors == ["error no story matches 'nosuchstory'"]
    assert result.stdout == ""


def test_recluster_command_rebuilds_the_stories(cli, db):
    before = json.loads(cli("stories", "--json", "--db", db).stdout)
    result = cli("recluster", "--db", db)
    assert result.exit_code == 0, result.stderr
    assert "2 stories" in result.stderr
    assert json.loads(cli("stories", "--json", "--db", db).stdout) == before


def test_recluster_builds_again_the_stored_dossiers_and_drops_those_of_stories_gone(cli, db):
    assert cli("dossier", "--db", db, "--format", "json").exit_code == 0  # dossiers stored for every story
    engine = store.connect(f"sqlite:///{db}")
    with store.transaction(engine) as session:  # a dossier of a story that no longer exists
        orphan = store.load_dossiers(engine)[0]
        orphan.id = "gone"
        store.save_dossier(session, orphan)
    result = cli("recluster", "--db", db)
    assert result.exit_code == 0, result.stderr
    assert "2 stories, 2 dossiers rebuilt" in result.stderr
    stories = {s["id"] for s in json.loads(cli("stories", "--json", "--db", db).stdout)}
    assert store.dossier_ids(engine) == stories
