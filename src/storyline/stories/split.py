"""Splitting a story that grew over two events: two groups of articles far apart, told by a normalized cut.

Greedy assignment joins an article to the best story as it stands, so two similar events
(two jewel heists in one city, a coach fired years after he was hired) merge when an early
report of the second scores above the threshold against the first. Once a story has grown,
its members show it: the spectral bipartition of their pairwise similarities puts each event
on one side, and the two sides are far less alike than each side is within itself.
A split needs both sides of a few articles, their mean similarity across well below the mean
within (`ratio`) and low in absolute terms, and a sign in time that they are two events: a year
named by two or more articles of one side that is not the year the other side names most.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from storyline.stories.features import ArticleFeatures


@dataclass(frozen=True, slots=True)
class Weights:
    """How two articles' similarity is composed: the story score's own mix (see `Settings`)."""

    text: float
    embedding: float
    embedding_floor: float


def similarities(
    members: list[ArticleFeatures],
    term_vector: Callable[[ArticleFeatures], tuple[np.ndarray, np.ndarray]],
    entity_idf: Callable[[str], float],
    weights: Weights,
) -> np.ndarray:
    """Pairwise similarity of the members: text and entity cosines mixed, plus the embedding above its floor.

    `term_vector` gives an article's term ids and TF-IDF weights, as the story score reads them."""
    n = len(members)
    text = _cosines([dict(zip(*(part.tolist() for part in term_vector(f)), strict=True)) for f in members])
    entities = _cosines([_entities(f, entity_idf) for f in members])
    has_entities = np.array([bool(f.entities) for f in members])
    both = has_entities[:, None] & has_entities[None, :]
    s = np.where(both, weights.text * text + (1 - weights.text) * entities, text)
    vectors = [f.embedding for f in members]
    if all(v is not None for v in vectors) and n:
        e = np.vstack(vectors).astype(np.float32)
        e /= np.maximum(np.linalg.norm(e, axis=1, keepdims=True), 1e-9)
        s = s + weights.embedding * np.maximum(0.0, e @ e.T - weights.embedding_floor)
    return s


def _entities(f: ArticleFeatures, entity_idf: Callable[[str], float]) -> dict[str, float]:
    return {key: weight * entity_idf(key) for key, (_, weight) in f.entities.items()}


def _cosines(vectors: list[dict]) -> np.ndarray:
    """Cosine similarity of sparse vectors given as dicts, through one sparse product."""
    columns: dict = {}
    rows, cols, values = [], [], []
    for i, v in enumerate(vectors):
        for key, value in v.items():
            rows.append(i)
            cols.append(columns.setdefault(key, len(columns)))
            values.append(value)
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(len(vectors), max(1, len(columns))), dtype=np.float64)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1))).ravel()
    matrix = sparse.diags(1.0 / np.maximum(norms, 1e-12)) @ matrix
    return (matrix @ matrix.T).toarray()


@dataclass(frozen=True, slots=True)
class Split:
    """The members (indexes into the story's member list) of each side, and how far apart the sides are."""

    keep: list[int]  # the side holding the story's first article: it keeps the story's id
    move: list[int]
    ratio: float  # mean similarity across the sides over the mean within them
    across: float


def bipartition(s: np.ndarray) -> tuple[list[int], list[int]]:
    """The two sides of the normalized cut: the sign of the normalized Laplacian's second eigenvector."""
    w = np.maximum(s, 1e-6)
    np.fill_diagonal(w, 0.0)
    d = 1.0 / np.sqrt(w.sum(axis=1))
    laplacian = np.eye(len(w)) - d[:, None] * w * d[None, :]
    _, vectors = np.linalg.eigh(laplacian)
    fiedler = vectors[:, 1]
    side = fiedler > 0 if fiedler[0] > 0 else fiedler <= 0  # the first member is on the `keep` side
    return [i for i in range(len(w)) if side[i]], [i for i in range(len(w)) if not side[i]]


def find_split(
    members: list[ArticleFeatures], s: np.ndarray, *, min_side: int, max_ratio: float, max_across: float
) -> Split | None:
    """The split of a story whose members `s` says are two groups, or None when they are one."""
    if len(members) < 2 * min_side:
        return None
    keep, move = bipartition(s)
    if len(keep) < min_side or len(move) < min_side:
        return None
    within = np.concatenate([s[np.ix_(side, side)][np.triu_indices(len(side), 1)] for side in (keep, move)])
    across = float(s[np.ix_(keep, move)].mean())
    ratio = across / max(float(within.mean()), 1e-9)
    if ratio >= max_ratio or across >= max_across:
        return None
    if not _years_differ([members[i] for i in keep], [members[i] for i in move]):
        return None
    return Split(keep=keep, move=move, ratio=round(ratio, 4), across=round(across, 4))


def _years_differ(a: list[ArticleFeatures], b: list[ArticleFeatures]) -> bool:
    """One side's year, named by two of its articles or more, is not the year the other side names most.

    Without it the two sides are more often one event told from two angles (the arrest and the
    trial, the quake and the relief) than two events: reports of one event name the same year.
    """
    modal = [Counter(f.year for f in side if f.year is not None).most_common(1) for side in (a, b)]
    years = [m[0] if m else (None, 0) for m in modal]
    return any(count >= 2 and year != years[1 - i][0] for i, (year, count) in enumerate(years))
