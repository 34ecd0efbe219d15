"""The bundled examples end to end (`storyline ingest examples/` with the real extraction): the Daily
Meridian copy shares the Coastline Wire's syndication group, and each fictional event is one story."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from storyline import pipeline, store
from storyline.store import stories as story_store

ROOT = Path(__file__).parents[2]
SEEDS = ROOT.parent / "shared" / "data" / "seeds"
WIRE = "https://coastlinewire.example/africa/2026/03/10/mombasa-port-warehouse-fire"
COPY = "https://dailymeridian.example/world/africa/nine-dead-after-blaze-guts-mombasa-port-warehouse"


def event_of(article) -> str:
    """Which fictional event an article reports, read off its URL or headline (examples/README.md)."""
    label = (article.url or article.title or "").lower()
    for event, words in (
        ("D", ("wayra",)),
        ("C", ("arequipa",)),
        ("B", ("riot", "dockworkers")),
        ("A", ("fire", "blaze")),
    ):
        if any(word in label for word in words):
            return event
    raise AssertionError(f"no event for {label}")


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sa.Engine]:
    story_store.forget()
    engine = store.connect(f"sqlite:///{tmp_path_factory.mktemp('examples') / 'store.db'}")
    summary = pipeline.ingest([str(ROOT / "examples")], engine)
    assert summary.ingested == 14 and not summary.failed
    yield engine
    engine.dispose()


def test_each_fictional_event_is_one_story(examples):
    articles = store.list_articles(examples)
    events: dict[str, set[str]] = {}
    for article in articles:
        events.setdefault(event_of(article), set()).add(article.id)
    stories = {frozenset(story_store.story_members(examples, s["id"])) for s in story_store.list_stories(examples)}
    # A (the fire) and B (the protest) are the same city and week, and still two stories
    assert stories == {frozenset(ids) for ids in events.values()}
    assert sorted(len(ids) for ids in events.values()) == [2, 3, 3, 6]


def test_a_recluster_keeps_each_fictional_event_one_story(examples):
    articles = store.list_articles(examples)
    before = {frozenset(story_store.story_members(examples, s["id"])) for s in story_store.list_stories(examples)}
    pipeline.recluster(examples)
    after = {frozenset(story_store.story_members(examples, s["id"])) for s in story_store.list_stories(examples)}
    events: dict[str, set[str]] = {}
    for article in articles:
        events.setdefault(event_of(article), set()).add(article.id)
    assert after == before == {frozenset(ids) for ids in events.values()}


def test_the_syndicated_copy_shares_its_originals_group(examples):
    by_url = {a.url: a.id for a in store.list_articles(examples)}
    wire, copy = by_url[WIRE], by_url[COPY]
    groups = story_store.syndication_groups(examples)
    assert groups == {wire: wire, copy: wire}
    story = story_store.get_story(examples, wire)
    assert story is not None and story["syndication_groups"] == [{"id": wire, "articles": [wire, copy]}]
    # six articles from five outlets, the copy and its wire counted once: four independent sources
    assert (len(story["articles"]), story["sources"]) == (6, 4)
    # the fire broke out late on Monday 9 March (examples/README.md); the last report is of the 12th
    assert (story["first_day"], story["last_day"]) == ("2026-03-09", "2026-03-12")
    assert any(p["name"] == "Mombasa" for p in story["places"])


@pytest.mark.slow
def test_the_seed_articles_are_one_story(tmp_path: Path):
    engine = store.connect(f"sqlite:///{tmp_path / 'seeds.db'}")
    pipeline.ingest([str(SEEDS)], engine)
    stories = story_store.list_stories(engine)
    assert [s["articles"] for s in stories] == [2]
    assert stories[0]["sources"] == 2
    engine.dispose()


def test_no_example_keeps_its_authors_bio(examples):
    """The Andes Chronicle page closes with its reporter's bio, which is furniture, not a fact of the floods."""
    articles = store.list_articles(examples)
    [andes] = [a for a in articles if a.outlet == "Andes Chronicle"]
    assert [r.reason for r in andes.removed if "Ccama" in r.text] == ["bio"]
    assert not any("years covering" in a.text for a in articles)
