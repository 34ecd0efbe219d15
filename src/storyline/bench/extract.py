"""Extraction speed against the bare spaCy pass over the same texts, in the same run."""

from __future__ import annotations

import time
from pathlib import Path

from storyline.extract.annotate import annotate_many
from storyline.extract.nlp import nlp, parse_many
from storyline.ingest import IngestError, read_inputs
from storyline.model import Article


def load_corpus(paths: list[Path]) -> list[Article]:
    return [r for r in read_inputs([str(p) for p in paths]) if not isinstance(r, IngestError)]


def _rate(count: int, words: int, seconds: float) -> dict[str, float]:
    return {
        "seconds": round(seconds, 3),
        "articles_per_s": round(count / seconds, 2),
        "words_per_s": round(words / seconds, 1),
    }


def bench(paths: list[Path], repeat: int = 3, n_process: int = 1) -> dict[str, object]:
    """Best of `repeat` runs for each: the bare parse of the texts, and what ingestion runs (`annotate_many`: the
    parse of texts and headlines, and every annotator)."""
    articles = load_corpus(paths)
    texts = [a.text for a in articles]
    words = sum(a.words for a in articles)
    nlp()  # model load is a one-time cost, not part of either figure
    next(annotate_many(articles[:1]))  # warm the annotators' tables too
    bare, full = float("inf"), float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for _doc in parse_many(texts, n_process=n_process):
            pass
        bare = min(bare, time.perf_counter() - started)
        started = time.perf_counter()
        for _annotations in annotate_many(articles, n_process=n_process):
            pass
        full = min(full, time.perf_counter() - started)
    return {
        "articles": len(articles),
        "words": words,
        "spacy": _rate(len(articles), words, bare),
        "extraction": _rate(len(articles), words, full),
        "ratio": round(full / bare, 3),
    }
