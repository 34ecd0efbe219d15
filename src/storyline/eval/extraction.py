"""Article-body extraction scored as the article-extraction benchmark scores it.

Per page: word 4-gram multisets of truth and prediction give TP/FP/FN, normalized
so long pages weigh no more than short ones; precision and recall are averaged over
pages and F1 is taken from the two averages.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from statistics import mean

from storyline.ingest import IngestError, ReadOptions
from storyline.ingest.sources import read_path

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text or "")
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words)


def page_counts(truth: str, prediction: str) -> tuple[float, float, float]:
    true, pred = shingles(truth), shingles(prediction)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def score(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    precision = mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    return {"f1": 2 * precision * recall / (precision + recall), "precision": precision, "recall": recall}


def extract_page(path: Path) -> str:
    """The clean text Storyline stores for a page: reader, extraction and boilerplate removal."""
    results = list(read_path(str(path), ReadOptions(max_bytes=50_000_000)))
    return next((r.text for r in results if not isinstance(r, IngestError)), "")


def evaluate(benchmark: Path) -> dict[str, float | int]:
    truth = json.loads((benchmark / "ground-truth.json").read_text(encoding="utf-8"))
    counts = []
    for key, record in sorted(truth.items()):
        prediction = extract_page(benchmark / "html" / f"{key}.html.gz")
        counts.append(page_counts(record.get("articleBody", ""), prediction))
    return {**score(counts), "pages": len(counts)}
