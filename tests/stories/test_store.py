"""Stories in the store, on SQLite and PostgreSQL: assigned by `ingest` and `extract` inside the
batch transaction, kept across processes, idempotent, and rebuilt by `recluster` without parsing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import sqlalchemy as sa

from storyline import pipeline, store
from storyline.store import stories as story_store

from .velmora import REPORTS, write_corpus

KEYS = [r.key for r in REPORTS]


@pytest.fixture
def paths(tmp_path: Path) -> dict[str, Path]:
    return dict(zip(KEYS, write_corpus(tmp_path / "corpus", REPORTS), strict=True))


def memberships(engine: sa.Engine) -> dict[str, str]:
    """Report key -> the key of the report that opened its story."""
    key = {r.article().id: r.key for r in REPORTS}
    with engine.connect() as connection:
        rows = connection.execute(sa.text("select article_id, story_id from story_articles")).all()
    return {key[article]: key[story] for article, story in rows}


def sequence(engine: sa.Engine) -> list[tuple[str, int]]:
    with engine.connect() as connection:
        return [
            tuple(r) for r in connection.execute(sa.text("select article_id, seq from story_articles order by seq"))
        ]


EXPECTED = {"F1": "F1", "F1-copy": "F1", "F2": "F1", "F3": "F1", "P1": "P1", "P2": "P1"}


def test_ingest_places_each_article_in_a_story_as_it_arrives(engine, paths, hand_annotator):
    summary = pipeline.ingest([str(p) for p in paths.values()], engine, batch_size=2)
    assert summary.ingested == 6 and hand_annotator() == 6
    assert memberships(engine) == EXPECTED
    listed = {s["id"]: s for s in story_store.list_stories(engine)}
    fire = listed[REPORTS[0].article().id]
    assert (fire["first_day"], fire["last_day"], fire["articles"]) == ("2025-06-02", "2025-06-07", 4)
    assert fire["title"] in {r.title for r in REPORTS if r.key.startswith("F")}
    assert fire["sources"] == 3  # four outlets, but The Harbour Ledger runs The Velmora Times's text
    assert "Anselm Brodic" in fire["entities"] and fire["places"][0]["name"] == "Velmora"
    protest = listed[REPORTS[3].article().id]
    assert (protest["first_day"], protest["last_day"], protest["sources"]) == ("2025-06-05", "2025-06-06", 2)
    assert {"Mirela Tavcar", "Oskar Vlahovic"} <= set(protest["entities"])
    for story in listed.values():  # a person's full name and surname are keys of one name, listed once
        assert len(story["entities"]) == len(set(story["entities"]))


def test_stories_persist_a_new_process_goes_on_from_the_store(db_url, paths, hand_annotator):
    first = store.connect(db_url)
    pipeline.ingest([str(paths[k]) for k in ("F1", "F1-copy", "F2", "P1")], first)
    first.dispose()
    story_store.forget()  # what a new process starts with: nothing but the store
    second = store.connect(db_url)
    pipeline.ingest([str(paths[k]) for k in ("P2", "F3")], second)
    assert memberships(second) == EXPECTED
    story = story_store.get_story(second, REPORTS[0].article().id)
    assert story is not None
    copy = {a["id"]: a for a in story["articles"]}[REPORTS[1].article().id]
    assert copy["syndication_group"] == REPORTS[0].article().id and copy["copy_of"] == REPORTS[0].article().id
    assert story["syndication_groups"] == [
        {"id": REPORTS[0].article().id, "articles": [r.article().id for r in REPORTS[:2]]}
    ]
    second.dispose()


def test_ingesting_again_assigns_nothing_new(engine, paths, hand_annotator):
    inputs = [str(p) for p in paths.values()]
    pipeline.ingest(inputs, engine)
    before = sequence(engine)
    again = pipeline.ingest(inputs, engine)
    assert again.duplicates == 6 and hand_annotator() == 6
    # re-annotating every article re-saves features but moves nothing
    pipeline.extract(engine, [r.article().id for r in REPORTS])
    assert hand_annotator() == 12
    assert sequence(engine) == before and memberships(engine) == EXPECTED


def test_extract_places_articles_ingested_without_extraction(engine, paths, hand_annotator):
    pipeline.ingest([str(p) for p in paths.values()], engine, extract=False)
    assert memberships(engine) == {}
    assert pipeline.extract(engine).annotated == 6
    assert memberships(engine) == EXPECTED


def test_a_failed_batch_leaves_no_story_behind(engine, paths, hand_annotator, monkeypatch):
    pipeline.ingest([str(paths["F1"])], engine)

    def crash(*_args, **_kwargs):
        raise RuntimeError("disk full")

    with monkeypatch.context() as patch, pytest.raises(RuntimeError):
        patch.setattr(story_store, "summarize", crash)
        pipeline.ingest([str(paths["P1"]), str(paths["F2"])], engine)
    assert memberships(engine) == {"F1": "F1"}
    # the process's index forgot the rolled-back assignments: the retry places them as if new
    pipeline.ingest([str(paths[k]) for k in ("P1", "F2")], engine)
    assert memberships(engine) == {"F1": "F1", "P1": "P1", "F2": "F1"}


def test_recluster_rebuilds_the_same_stories_without_parsing(engine, paths, hand_annotator, monkeypatch):
    import storyline.extract
    import storyline.extract.nlp

    pipeline.ingest([str(paths[k]) for k in KEYS if k != "F3"], engine)
    listed = story_store.list_stories(engine)

    def no_parsing(*_args, **_kwargs):
        raise AssertionError("recluster parsed a text")

    with monkeypatch.context() as patch:
        patch.setattr(storyline.extract.nlp, "parse_many", no_parsing)
        patch.setattr(storyline.extract, "annotate_many", no_parsing)
        assert pipeline.recluster(engine) == 2
        assert story_store.list_stories(engine) == listed
        assert pipeline.recluster(engine) == 2  # and again: a stable result
        assert story_store.list_stories(engine) == listed
    assert story_store.syndication_groups(engine) == {
        REPORTS[0].article().id: REPORTS[0].article().id,
        REPORTS[1].article().id: REPORTS[0].article().id,
    }
    # the next article goes on from the rebuilt stories
    pipeline.ingest([str(paths["F3"])], engine)
    assert memberships(engine) == EXPECTED


def stored_vectors(engine: sa.Engine) -> dict[str, bytes | None]:
    with engine.connect() as connection:
        return dict(connection.execute(sa.text("select article_id, embedding from story_features")).all())


def test_the_embedding_is_computed_once_on_ingest_and_reused_by_recluster(engine, paths, hand_annotator, monkeypatch):
    import storyline.embeddings

    embedded: list[str] = []

    def fake_embed(texts):
        """A direction of its own for each text embedded: no two articles are paraphrases."""
        vectors = np.zeros((len(texts), 8), np.float32)
        for row, text in enumerate(texts):
            vectors[row, len(embedded)] = 1.0
            embedded.append(text)
        return vectors

    monkeypatch.setattr(storyline.embeddings, "embed", fake_embed)
    pipeline.ingest([str(p) for p in paths.values()], engine)
    assert len(embedded) == 6 and all(text.startswith(r.title) for text, r in zip(embedded, REPORTS, strict=True))
    stored = stored_vectors(engine)
    assert all(v is not None and len(v) == 8 * 2 for v in stored.values())  # float16

    def no_embedding(_texts):
        raise AssertionError("recluster embedded a text")

    monkeypatch.setattr(storyline.embeddings, "embed", no_embedding)
    assert pipeline.recluster(engine) == 2
    assert memberships(engine) == EXPECTED and stored_vectors(engine) == stored


def test_an_article_left_alone_moves_to_its_grown_story_and_its_own_story_ends(engine, paths, hand_annotator):
    """The second look in the store: the membership moves, the ended story and its dossier go."""
    from storyline.stories import Settings

    ids = {r.key: r.article().id for r in REPORTS}
    story_store.forget(engine)
    with store.transaction(engine) as session:
        story_store.story_index(session, Settings(threshold=0.66))  # strict: F3 alone does not join F2
    pipeline.ingest([str(paths["F2"]), str(paths["F3"])], engine, batch_size=1)
    assert memberships(engine) == {"F2": "F2", "F3": "F3"}
    pipeline.compare(engine)
    assert store.dossier_ids(engine) == {ids["F3"], ids["F2"]}
    summary = pipeline.ingest([str(paths["F1"])], engine)  # F1 joins F3, whose grown story takes in F2
    assert memberships(engine) == {"F2": "F3", "F3": "F3", "F1": "F3"}
    assert summary.reshaped == [ids["F3"]]  # F3's story took in F2, though F2 was not read
    assert [s["id"] for s in story_store.list_stories(engine)] == [ids["F3"]]
    assert store.dossier_ids(engine) == {ids["F3"]}
