"""The ECB+ clustering evaluation: reading the XML, the gold stories, the metrics, the annotation cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.eval import ecbplus
from storyline.ingest import IngestError
from storyline.model import Annotations

ROOT = Path(__file__).parents[2]
DEV = ROOT.parent / "shared" / "data" / "ecbplus-dev"


def write_document(path: Path, sentences: list[list[str]]) -> Path:
    tokens = "".join(
        f'<token t_id="{s * 100 + i}" sentence="{s}" number="{i}">{t}</token>'
        for s, words in enumerate(sentences)
        for i, t in enumerate(words)
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'<Document doc_name="{path.name}">{tokens}<Markables/><Relations/></Document>', encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    ferry = [["http", ":", "//velmoratimes.example/ferry"], ["Ferry", "terminal", "burns"]]
    ferry.append(["A", "fire", "``", "gutted", "''", "the", "terminal", "(", "Velmora", ")", "on", "Monday", "."])
    write_document(tmp_path / "1" / "1_1ecb.xml", ferry)
    write_document(tmp_path / "1" / "1_2ecbplus.xml", [["Fishermen", "blocked", "the", "harbour", "."]])
    return tmp_path


def test_a_document_reads_as_an_article_with_its_gold_story(corpus: Path):
    (first, gold_first), (second, gold_second) = ecbplus.read_corpus(corpus)
    assert (first.id, first.url, first.title) == ("1_1ecb", "http://velmoratimes.example/ferry", "Ferry terminal burns")
    assert first.text == "A fire “gutted” the terminal (Velmora) on Monday."
    assert (gold_first, gold_second) == ("1ecb", "1ecbplus")
    assert second.title is None and second.text == "Fishermen blocked the harbour."


def test_the_metrics_on_known_clusterings():
    gold = {"a": "1ecb", "b": "1ecb", "c": "1ecbplus", "d": "2ecb"}
    perfect = ecbplus.scores(gold, {"a": "x", "b": "x", "c": "y", "d": "z"})
    assert perfect["bcubed_f1"] == perfect["pairwise_f1"] == perfect["ari"] == 1.0
    assert perfect["topics_split_kept"] == 1 and perfect["topics"] == 2
    merged = ecbplus.scores(gold, {"a": "x", "b": "x", "c": "x", "d": "z"})
    # a, b: precision 2/3, c: 1/3, d: 1 -> 2/3; recall 1
    assert merged["bcubed_precision"] == pytest.approx(2 / 3, abs=1e-4) and merged["bcubed_recall"] == 1.0
    assert merged["pairwise_f1"] == pytest.approx(0.5) and merged["ari"] < 1.0
    assert merged["topics_split_kept"] == 0 and (merged["gold_stories"], merged["predicted_stories"]) == (3, 2)


def test_the_annotation_cache_is_reused_and_dropped_when_the_annotators_change(corpus, tmp_path, monkeypatch):
    import storyline.extract

    annotated: list[str] = []

    def annotate_many(articles, n_process=1):
        for article in articles:
            annotated.append(article.id)
            yield Annotations(article.id, article.content_hash)

    monkeypatch.setattr(storyline.extract, "annotate_many", annotate_many)
    articles = [a for a, _ in ecbplus.read_corpus(corpus)]
    cache = tmp_path / "cache" / "ecbplus.jsonl"
    assert set(ecbplus.annotate_cached(articles, cache)) == {"1_1ecb", "1_2ecbplus"}
    assert set(ecbplus.annotate_cached(articles, cache)) == {"1_1ecb", "1_2ecbplus"}
    assert annotated == ["1_1ecb", "1_2ecbplus"]  # the second run read the cache
    monkeypatch.setattr(ecbplus, "_extraction_fingerprint", lambda: "another")
    ecbplus.annotate_cached(articles, cache)
    assert len(annotated) == 4
    assert json.loads(cache.read_text(encoding="utf-8").splitlines()[0]) == {"extraction": "another"}


def test_an_article_whose_extraction_fails_fails_the_evaluation(corpus, tmp_path, monkeypatch):
    """Ingestion reports such an article and goes on; an evaluation scores every article or none."""
    import storyline.extract

    def annotate_many(articles, n_process=1):
        for article in articles:
            yield IngestError(article.id, "extraction failed: IndexError: span index out of range")

    monkeypatch.setattr(storyline.extract, "annotate_many", annotate_many)
    articles = [a for a, _ in ecbplus.read_corpus(corpus)]
    with pytest.raises(IngestError, match="extraction failed"):
        ecbplus.annotate_cached(articles, tmp_path / "ecbplus.jsonl")


def test_the_command_prints_both_runs(cli, corpus, monkeypatch):
    import storyline.extract

    def annotate_many(articles, n_process=1):
        for article in articles:
            yield Annotations(article.id, article.content_hash)

    monkeypatch.setattr(storyline.extract, "annotate_many", annotate_many)
    result = cli("eval", "clustering", "--ecbplus", corpus, "--json", "--seed", 3, "--seed", 4)
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    assert [r["seed"] for r in found["runs"]] == [3, 4]
    assert found["mean"]["incremental"]["bcubed_f1"] == found["mean"]["recluster"]["bcubed_f1"] == 1.0


@pytest.mark.slow
def test_clustering_on_the_ecbplus_dev_topics(tmp_path):
    result = ecbplus.evaluate(DEV, [1], cache=tmp_path / "annotations.jsonl")
    run = result["runs"][0]
    assert run["articles"] == 772 and run["incremental"]["gold_stories"] == 66
    # measured 0.856 incremental, 0.846 re-clustered (docs/figures.md); the target is 0.90
    assert run["incremental"]["bcubed_f1"] >= 0.83 and run["recluster"]["bcubed_f1"] >= 0.83
    assert run["incremental"]["topics_split_kept"] >= 20
