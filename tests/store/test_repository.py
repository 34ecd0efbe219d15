"""The store on SQLite and PostgreSQL: schema, idempotency, revisions, syndication, one transaction per batch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.config import Config
from alembic.script import ScriptDirectory

from storyline import store
from storyline.model import Annotations, Article, Entity, Mention, Removal
from storyline.pipeline import ingest
from storyline.store.database import MIGRATIONS

BODY = (
    "The harbour board of Velmora agreed on Thursday to dredge the old fishing basin for the first time in thirty "
    "years, after two trawlers ran aground there in the spring."
)
EAT = timezone(timedelta(hours=3))


def make(
    text: str = BODY,
    url: str | None = "https://quaygazette.example/2025/03/06/dredging",
    outlet: str | None = "The Quay Gazette",
    title: str | None = "Old fishing basin to be dredged",
    published: datetime | None = datetime(2025, 3, 6, 18, 30, tzinfo=EAT),
    **kwargs: object,
) -> Article:
    return Article(url=url, title=title, text=text, outlet=outlet, published=published, **kwargs)  # type: ignore[arg-type]


def count(engine: sa.Engine, table: str) -> int:
    with engine.connect() as connection:
        return connection.execute(sa.text(f"select count(*) from {table}")).scalar_one()


def head_revision() -> str:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


def test_migrations_create_the_schema(engine: sa.Engine, db_url: str):
    inspector = sa.inspect(engine)
    assert {"articles", "article_revisions", "annotations", "entity_index", "alembic_version"} <= set(
        inspector.get_table_names()
    )
    columns = {c["name"] for c in inspector.get_columns("articles")}
    assert {"id", "url", "outlet", "title", "authors", "published", "language", "text", "words"} <= columns
    assert {"content_hash", "source", "raw", "removed", "revision", "ingested"} <= columns
    foreign = inspector.get_foreign_keys("article_revisions")
    assert [(f["referred_table"], f["constrained_columns"]) for f in foreign] == [("articles", ["article_id"])]
    with engine.connect() as connection:
        assert connection.execute(sa.text("select version_num from alembic_version")).scalar_one() == head_revision()
    # connecting again migrates nothing and keeps what is stored
    store.save_batch(engine, [make()])
    again = store.connect(db_url)
    assert count(again, "articles") == 1 and count(again, "alembic_version") == 1
    again.dispose()


def test_an_article_comes_back_as_it_was_stored(engine: sa.Engine):
    original = make(
        authors=["Lotte Brenn", "Ari Voss"],
        language="en",
        source="gazette.jsonl:3",
        raw='{"text": "..."}',
        removed=[Removal(at=0, text="Share this @quaygazette.example", reason="share")],
    )
    assert store.save_batch(engine, [original]) == [store.Outcome.ADDED]
    (stored,) = store.list_articles(engine)
    assert stored.id == original.id
    assert (stored.url, stored.title, stored.text, stored.outlet) == (
        original.url,
        original.title,
        original.text,
        original.outlet,
    )
    assert stored.authors == ["Lotte Brenn", "Ari Voss"]
    assert (stored.language, stored.source, stored.raw) == ("en", "gazette.jsonl:3", '{"text": "..."}')
    assert stored.removed == original.removed
    # the same instant, timezone-aware, on both backends (SQLite keeps no zone of its own)
    assert stored.published == datetime(2025, 3, 6, 15, 30, tzinfo=UTC)
    assert stored.published.tzinfo is not None


def test_articles_are_listed_by_publication_time_undated_last(engine: sa.Engine):
    late = make(url="https://a.example/late", text=BODY + " Late.", published=datetime(2025, 3, 7, 1, 0, tzinfo=UTC))
    # earlier as an instant although its clock time reads later
    early = make(url="https://a.example/early", text=BODY + " Early.", published=datetime(2025, 3, 7, 3, 0, tzinfo=EAT))
    undated = make(url="https://a.example/undated", text=BODY + " Undated.", published=None)
    store.save_batch(engine, [undated, late, early])
    assert [a.url for a in store.list_articles(engine)] == [early.url, late.url, undated.url]
    assert [a.url for a in store.list_articles(engine, [late.id, undated.id])] == [late.url, undated.url]


def test_get_article_by_id_prefix_or_url(engine: sa.Engine):
    first, second = make(), make(url="https://a.example/other", text=BODY + " Other.")
    store.save_batch(engine, [first, second])
    assert store.get_article(engine, first.id).url == first.url
    assert store.get_article(engine, first.id[:6]).id == first.id
    assert store.get_article(engine, second.url).id == second.id
    assert store.get_article(engine, "") is None  # a prefix of both: ambiguous
    assert store.get_article(engine, "nothing-like-this") is None


def test_ingesting_the_same_articles_again_adds_nothing(engine: sa.Engine):
    batch = [make(), make(url="https://a.example/b", text=BODY + " Second."), make(url=None, text=BODY + " Third.")]
    assert store.save_batch(engine, batch) == [store.Outcome.ADDED] * 3
    again = [make(), make(url="https://a.example/b", text=BODY + " Second."), make(url=None, text=BODY + " Third.")]
    assert store.save_batch(engine, again) == [store.Outcome.DUPLICATE] * 3
    assert count(engine, "articles") == 3 and count(engine, "article_revisions") == 3


def test_url_variants_are_the_same_article(engine: sa.Engine):
    store.save_batch(engine, [make(url="https://quaygazette.example/2025/03/06/dredging")])
    variant = make(url="http://www.quaygazette.example/2025/03/06/dredging/?utm_source=rss&utm_medium=feed")
    assert store.save_batch(engine, [variant]) == [store.Outcome.DUPLICATE]


def test_a_changed_page_is_a_new_revision_and_both_are_kept(engine: sa.Engine):
    first = make()
    updated_text = BODY + " The board said on Friday that the work would cost about two million crowns."
    updated = make(text=updated_text, title="Dredging to cost two million crowns")
    assert store.save_batch(engine, [first]) == [store.Outcome.ADDED]
    assert store.save_batch(engine, [updated]) == [store.Outcome.REVISED]
    assert updated.id == first.id

    revisions = store.revisions(engine, first.id)
    assert [(r.revision, r.text, r.title) for r in revisions] == [
        (1, BODY, "Old fishing basin to be dredged"),
        (2, updated_text, "Dredging to cost two million crowns"),
    ]
    assert revisions[0].content_hash == first.content_hash and revisions[1].content_hash == updated.content_hash
    (row,) = store.list_articles(engine)
    assert (row.text, row.title, row.content_hash) == (
        updated_text,
        "Dredging to cost two million crowns",
        updated.content_hash,
    )
    with engine.connect() as connection:
        assert connection.execute(sa.text("select revision from articles")).scalar_one() == 2

    # the old version seen again is a known revision: nothing changes, the article keeps showing the latest
    assert store.save_batch(engine, [make()]) == [store.Outcome.DUPLICATE]
    assert store.list_articles(engine)[0].text == updated_text
    assert count(engine, "articles") == 1 and count(engine, "article_revisions") == 2


def test_a_layout_change_only_is_not_a_revision(engine: sa.Engine):
    store.save_batch(engine, [make()])
    relaid = make(text=BODY.replace(", after", ",\n\nafter").upper())
    assert store.save_batch(engine, [relaid]) == [store.Outcome.DUPLICATE]


def test_the_same_text_under_another_outlet_is_kept_as_a_syndicated_copy(engine: sa.Engine):
    wire = make(url="https://coastwire.example/a/123", outlet="Coast Wire")
    copy = make(url="https://velmoratimes.example/news/dredging", outlet="The Velmora Times")
    assert store.save_batch(engine, [wire, copy]) == [store.Outcome.ADDED, store.Outcome.ADDED]
    assert wire.id != copy.id
    assert sorted(a.outlet for a in store.list_articles(engine)) == ["Coast Wire", "The Velmora Times"]


def test_the_same_text_at_another_url_of_the_same_outlet_is_a_duplicate(engine: sa.Engine):
    store.save_batch(engine, [make()])
    amp = make(url="https://quaygazette.example/amp/2025/03/06/dredging")
    assert store.save_batch(engine, [amp]) == [store.Outcome.DUPLICATE]


@pytest.mark.parametrize("outlet", ["The Quay Gazette", "Someone Else", None])
def test_the_same_text_without_a_url_is_a_duplicate(engine: sa.Engine, outlet: str | None):
    store.save_batch(engine, [make()])
    assert store.save_batch(engine, [make(url=None, outlet=outlet)]) == [store.Outcome.DUPLICATE]
    assert store.save_batch(engine, [make(url=None, outlet=outlet)]) == [store.Outcome.DUPLICATE]
    assert count(engine, "articles") == 1


def test_duplicates_and_revisions_within_one_batch(engine: sa.Engine):
    changed = make(text=BODY + " Updated.")
    outcomes = store.save_batch(engine, [make(), make(), make(url=None), changed])
    assert outcomes == [store.Outcome.ADDED, store.Outcome.DUPLICATE, store.Outcome.DUPLICATE, store.Outcome.REVISED]
    assert count(engine, "articles") == 1 and count(engine, "article_revisions") == 2


def test_a_failing_save_rolls_back_its_whole_batch(engine: sa.Engine):
    store.save_batch(engine, [make(url="https://a.example/kept", text=BODY + " Kept.")])
    broken = make(url="https://a.example/broken", text=BODY + " Broken.", authors=[object()])  # not JSON
    with pytest.raises((sa.exc.StatementError, TypeError)):  # SQLAlchemy wraps it on SQLite, psycopg does not
        store.save_batch(engine, [make(url="https://a.example/first", text=BODY + " First."), broken])
    assert [a.url for a in store.list_articles(engine)] == ["https://a.example/kept"]
    assert count(engine, "article_revisions") == 1


def write_stories(folder: Path, numbers: range) -> None:
    folder.mkdir(exist_ok=True)
    for n in numbers:
        (folder / f"story-{n:02d}.txt").write_text(f"Story {n}\n\n{BODY} This is story number {n}.\n")


def test_one_transaction_per_batch_in_the_pipeline(engine: sa.Engine, tmp_path: Path, monkeypatch):
    write_stories(tmp_path / "in", range(1, 8))
    save = store.save_article

    def failing_on_story_5(session, article):  # type: ignore[no-untyped-def]
        outcome = save(session, article)  # written and flushed inside the batch's transaction ...
        if article.title == "Story 5":
            raise RuntimeError("disk on fire")  # ... and then the batch fails
        return outcome

    monkeypatch.setattr(store, "save_article", failing_on_story_5)
    with pytest.raises(RuntimeError, match="disk on fire"):
        ingest([str(tmp_path / "in")], engine, batch_size=3, extract=False)
    # batch 1 (stories 1-3) is kept; batch 2 (stories 4-6) is gone, story 4 too although it was saved first
    assert sorted(a.title for a in store.list_articles(engine)) == ["Story 1", "Story 2", "Story 3"]
    assert count(engine, "article_revisions") == 3

    monkeypatch.setattr(store, "save_article", save)
    summary = ingest([str(tmp_path / "in")], engine, batch_size=3, extract=False)
    assert (len(summary.added), summary.duplicates, summary.failed) == (4, 3, [])
    assert count(engine, "articles") == 7


def test_the_pipeline_summary_counts_everything(engine: sa.Engine, tmp_path: Path):
    write_stories(tmp_path / "in", range(1, 4))
    (tmp_path / "in" / "copy-of-1.txt").write_text(f"Story 1\n\n{BODY} This is story number 1.\n")
    (tmp_path / "in" / "empty.txt").write_text("")
    errors: list[str] = []
    summary = ingest(
        [str(tmp_path / "in"), str(tmp_path / "missing.txt")], engine, on_error=errors.append, extract=False
    )
    assert (len(summary.added), len(summary.revised), summary.duplicates, len(summary.failed)) == (3, 0, 1, 2)
    assert summary.line() == "3 ingested (3 new, 0 revised), 1 skipped as duplicates, 2 failed"
    assert [e.item for e in errors] == [str(tmp_path / "in" / "empty.txt"), str(tmp_path / "missing.txt")]

    # a text without URL is known by its text: an edited copy is another article
    (tmp_path / "in" / "story-02.txt").write_text(f"Story 2\n\n{BODY} This is story number 2, corrected.\n")
    # a page with a URL is known by its URL: an edited copy is a new revision
    header = "---\nurl: https://quaygazette.example/dredging\n---\nDredging\n\n"
    (tmp_path / "in" / "with-url.txt").write_text(f"{header}{BODY}\n")
    summary = ingest([str(tmp_path / "in")], engine, extract=False)
    assert (len(summary.added), len(summary.revised), summary.duplicates, len(summary.failed)) == (2, 0, 3, 1)
    (tmp_path / "in" / "with-url.txt").write_text(f"{header}{BODY} Corrected on Friday.\n")
    summary = ingest([str(tmp_path / "in")], engine, extract=False)
    assert (len(summary.added), len(summary.revised), summary.duplicates, len(summary.failed)) == (0, 1, 4, 1)
    assert [r.revision for r in store.revisions(engine, summary.revised[0])] == [1, 2]
    assert [r.revision for r in store.revisions(engine, summary.revised[0])] == [1, 2]


def test_awkward_metadata_is_stored_on_every_backend(engine: sa.Engine, tmp_path: Path):
    """Values PostgreSQL refuses (over-long outlet or language, NUL characters) must not sink a batch."""
    path = tmp_path / "odd.jsonl"
    path.write_text(
        '{"url": "https://a.example/1", "outlet": "' + "Velmora " * 40 + '", "language": "english-united-kingdom", '
        '"title": "Nul\\u0000 title", "text": "' + BODY + ' With a NUL \\u0000 inside."}\n'
    )
    summary = ingest([str(path)], engine, extract=False)
    assert summary.failed == [] and len(summary.added) == 1
    (stored,) = store.list_articles(engine)
    assert len(stored.outlet) == 200 and stored.outlet.startswith("Velmora Velmora")
    assert stored.language == "en"  # not a language tag: detected instead
    assert "\x00" not in stored.text and stored.text.endswith("With a NUL  inside.")
    assert stored.title == "Nul title"


def test_annotations_round_trip_and_go_stale_on_a_new_revision(engine: sa.Engine):
    article = make()
    store.save_batch(engine, [article])
    assert store.stale_article_ids(engine) == [article.id]
    entity = Entity(
        id="e1",
        name="Velmora",
        type="GPE",
        key="GPE:velmora",
        mentions=[Mention(start=17, end=24, text="Velmora", label="GPE")],
    )
    annotations = Annotations(article_id=article.id, content_hash=article.content_hash, entities=[entity])
    with store.transaction(engine) as session:
        store.save_annotations(session, annotations)
    assert store.load_annotations(engine, [article.id]) == {article.id: annotations}
    assert store.stale_article_ids(engine) == []
    with store.transaction(engine) as session:  # saving again replaces, it does not add
        store.save_annotations(session, annotations)
    assert count(engine, "annotations") == 1 and count(engine, "entity_index") == 1

    store.save_batch(engine, [make(text=BODY + " Updated on Friday.")])
    assert store.stale_article_ids(engine) == [article.id]
