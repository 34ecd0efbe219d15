"""Copies of one text: wire stories republished by several outlets, light edits, revisions.

Each article's clean text becomes a MinHash signature (datasketch) over its word 5-shingles;
locality-sensitive hashing in bands finds earlier articles likely to share most shingles,
and the estimated Jaccard similarity decides. Copies form groups (union of pairs); a group
counts as one independent source. The group id is the id of its earliest member.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from storyline.stories.multimap import MultiMap
from storyline.stories.text import shingles

NUM_PERM = 64
BANDS, ROWS = 16, 4  # (1/16) ** (1/4) = 0.5: pairs above ~0.5 Jaccard collide in some band
THRESHOLD = 0.5  # estimated Jaccard of 5-shingles at which two texts are copies
MIN_SHINGLES = 8  # texts shorter than this have no signature: too short to call copies
_BAND_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5], np.uint64)


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (uint32) of the text's word 5-shingles, or None for a text too short."""
    from datasketch import MinHash

    found = shingles(text)
    if len(found) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch([s.encode("utf-8") for s in found])
    return minhash.hashvalues.astype(np.uint32)


def band_keys(sig: np.ndarray) -> list[int]:
    rows = sig.astype(np.uint64).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        mixed = (rows * _BAND_MIX[:ROWS]).sum(axis=1) + np.arange(BANDS, dtype=np.uint64) * np.uint64(0x100000001B3)
    return mixed.tolist()


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


@dataclass(slots=True)
class Copy:
    """An article found to copy an earlier one."""

    group: str  # the group id: the earliest member's article id
    of: str  # the earlier article it matched best
    similarity: float  # estimated Jaccard of their 5-shingles


class SyndicationIndex:
    """Signatures of every article seen, in bands, and the copy groups found so far."""

    def __init__(self) -> None:
        self.bands = MultiMap()
        self.articles: list[str] = []  # article ids by position
        self.signatures: list[np.ndarray] = []
        self.groups: dict[str, str] = {}  # article id -> group id, for articles with a copy
        self.members: dict[str, list[str]] = {}  # group id -> article ids

    def __len__(self) -> int:
        return len(self.articles)

    def find(self, sig: np.ndarray | None) -> tuple[str, float] | None:
        """The stored article most similar to `sig` above the threshold, with its similarity."""
        if sig is None:
            return None
        candidates = {p for found in self.bands.lookup(band_keys(sig)) for p in found}
        best: tuple[str, float] | None = None
        for position in sorted(candidates):
            similarity = jaccard(sig, self.signatures[position])
            if similarity >= THRESHOLD and (best is None or similarity > best[1]):
                best = (self.articles[position], similarity)
        return best

    def match(self, sig: np.ndarray | None) -> Copy | None:
        """The copy relation a new text would have with the stored ones, if it copies any."""
        found = self.find(sig)
        if found is None:
            return None
        return Copy(group=self.groups.get(found[0], found[0]), of=found[0], similarity=round(found[1], 3))

    def record(self, article_id: str, sig: np.ndarray | None, group: str | None = None) -> None:
        """Index an article: in `group` when it is a copy (the group's first member joins too), else alone."""
        if group is not None:
            if group not in self.members:
                self.members[group] = [group] if group != article_id else []
                self.groups[group] = group
            if article_id not in self.members[group]:
                self.members[group].append(article_id)
            self.groups[article_id] = group
        if sig is not None:
            position = len(self.signatures)
            self.signatures.append(sig)
            self.articles.append(article_id)
            for key in band_keys(sig):
                self.bands.add(key, position)

    def nbytes(self) -> int:
        return self.bands.nbytes() + len(self.signatures) * (NUM_PERM * 4 + 112)
