"""Train the attribution cue model on PolNeAR's train split; `storyline train attribution` runs this.

Every verb, noun, auxiliary and adjective outside quotations is an example; it is positive when it
heads a cue some annotator drew (the cue's token whose head lies outside the cue). Features seen
fewer than MIN_COUNT times are dropped, so the shipped table stays small. The second stage learns
from first-stage probabilities the way it will meet them, on articles the first stage did not see:
each of INNER_FOLDS blocks is scored by a first stage fitted on the others. liblinear is
deterministic, and the JSON is written with sorted keys, rounded weights and a fixed gzip time,
so the same split gives the same bytes.
"""

from __future__ import annotations

import gzip
import itertools
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token

from storyline.eval.polnear import Spans, Tokens, load_split
from storyline.extract.attribution_cues import CueModel, context_features, features, is_candidate, probability
from storyline.extract.attributions import words
from storyline.extract.nlp import parse_many

C = 0.3  # chosen on articles 700-839 of train with the model fitted on the first 700
MIN_COUNT = 2
DIGITS = 4
INNER_FOLDS = 5

Example = tuple[Token, list[str], bool]  # a candidate word, its features, whether it heads a gold cue


def cue_head(doc: Doc, tokens: Tokens, cue: Sequence[tuple[int, int]] | None) -> Token | None:
    """The token of a cue span whose syntactic head lies outside it."""
    inside = tokens.of(tuple(cue) if cue else None)
    for i in sorted(inside):
        if doc[i].head.i not in inside or doc[i].head.i == i:
            return doc[i]
    return None


def examples(doc: Doc, readings: Iterable[list[Spans]]) -> list[Example]:
    """Each candidate word of one article with its features and whether it heads a gold cue."""
    tokens = Tokens([(t.idx, t.idx + len(t)) for t in doc])
    heads = {h.i for gold in readings for g in gold if (h := cue_head(doc, tokens, g.cue)) is not None}
    return [(t, features(t, quoted), t.i in heads) for t, quoted in words(doc) if is_candidate(t)]


def fit_model(articles: Sequence[list[Example]], c: float = C) -> CueModel:
    """Both stages from the examples of each article."""
    first = fit([(f, y) for article in articles for _, f, y in article], c)
    rows: list[tuple[list[str], bool]] = []
    for start, end in blocks(len(articles), INNER_FOLDS):
        unseen = fit([(f, y) for i, article in enumerate(articles) if not start <= i < end for _, f, y in article], c)
        for article in articles[start:end]:
            scored = {t.i: probability(f, unseen) for t, f, _ in article}
            around = context_features([t for t, _, _ in article], scored)
            rows.extend((f + more, y) for (_, f, y), more in zip(article, around, strict=True))
    return CueModel(first, fit(rows, c))


def blocks(n: int, folds: int) -> list[tuple[int, int]]:
    """`folds` consecutive (start, end) blocks of n items, as even as they divide: the folds of cross-fitting."""
    return list(itertools.pairwise(n * k // folds for k in range(folds + 1)))


def fit(rows: Sequence[tuple[list[str], bool]], c: float = C) -> dict[str, float]:
    """Logistic regression over binary features; returns feature -> weight, the intercept under "bias"."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats, _ in rows for f in set(feats))
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    indices, indptr = [], [0]
    for feats, _ in rows:
        indices.extend(sorted({vocabulary[f] for f in feats if f in vocabulary}))
        indptr.append(len(indices))
    matrix = sparse.csr_matrix(
        (np.ones(len(indices)), np.array(indices, dtype=np.int32), np.array(indptr, dtype=np.int32)),
        shape=(len(rows), len(vocabulary)),
    )
    labels = np.array([label for _, label in rows])
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000).fit(matrix, labels)
    weights = {f: round(float(w), DIGITS) for f, w in zip(vocabulary, model.coef_[0], strict=True)}
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), DIGITS)
    return {f: w for f, w in weights.items() if w}


def save(model: CueModel, path: Path) -> None:
    payload = json.dumps({"words": model.words, "context": model.context}, sort_keys=True, separators=(",", ":"))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
        handle.write(payload.encode())


def train(polnear_dir: Path, out: Path) -> dict:
    """Parse the train split once, fit the cue model, write its weights; a summary of what was learned."""
    articles = [a for a in load_split(Path(polnear_dir), "train") if a[2]]
    docs = parse_many(text for _, text, _ in articles)
    rows = [examples(doc, [gold for gold, _ in readings]) for (_, _, readings), doc in zip(articles, docs, strict=True)]
    model = fit_model(rows)
    save(model, out)
    return {
        "articles": len(articles),
        "examples": sum(len(article) for article in rows),
        "positives": sum(label for article in rows for _, _, label in article),
        "features": len(model.words) + len(model.context),
        "bytes": out.stat().st_size,
        "out": str(out),
    }
