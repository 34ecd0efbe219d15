"""`storyline bench stories`: the synthetic stores and the figures it prints, at a size small enough to run here."""

from __future__ import annotations

import json

from storyline.bench.stories import Corpus, build, probes


def test_a_synthetic_store_has_stories_copies_and_fresh_articles():
    corpus = Corpus(seed=3)
    index = build(corpus, 600)
    assert len(index.story_of) == 600
    assert 60 < len(index.stories) < 400  # events of a few articles each
    assert index.syndication.members  # near-copies were found as copies
    fresh = probes(corpus, 20)
    placed = [index.assign(f) for f in fresh]
    joined = [a for a in placed if not a.opened]
    assert joined and len(joined) < len(placed)  # some continue a recent event, some open one


def test_the_command_reports_latency_and_memory_per_size(cli):
    result = cli("bench", "stories", "--sizes", "300,600", "--probes", "30", "--json")
    assert result.exit_code == 0, result.stderr
    sizes = json.loads(result.stdout)["sizes"]
    assert [s["articles"] for s in sizes] == [300, 600]
    for size in sizes:
        assert 0 < size["p50_ms"] <= size["p99_ms"] <= size["max_ms"]
        assert size["rss_growth_mb"] >= 0 and size["index_mb"] > 0
    assert cli("bench", "stories", "--sizes", "many").exit_code != 0
