"""A compact multimap from 64-bit keys to integer ids: the inverted indexes of this stage.

Postings live in two sorted numpy arrays (keys, ids) plus a small dict of recent additions
merged in when it grows, so 100k articles' postings take tens of megabytes, not hundreds,
and a lookup is a binary search: O(log n) whatever the store's size.
"""

from __future__ import annotations

import hashlib

import numpy as np

MERGE_AT = 20_000


def key_of(text: str) -> int:
    """A stable 64-bit key for a string (Python's own hash is salted per process)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


class MultiMap:
    def __init__(self) -> None:
        self.keys = np.zeros(0, dtype=np.uint64)
        self.ids = np.zeros(0, dtype=np.int32)
        self.recent: dict[int, list[int]] = {}
        self.pending = 0

    def __len__(self) -> int:
        return len(self.keys) + self.pending

    def add(self, key: int, value: int) -> None:
        self.recent.setdefault(key, []).append(value)
        self.pending += 1
        if self.pending >= MERGE_AT:
            self.merge()

    def merge(self) -> None:
        if not self.pending:
            return
        keys = np.fromiter((k for k, vs in self.recent.items() for _ in vs), dtype=np.uint64, count=self.pending)
        ids = np.fromiter((v for vs in self.recent.values() for v in vs), dtype=np.int32, count=self.pending)
        keys, ids = np.concatenate([self.keys, keys]), np.concatenate([self.ids, ids])
        order = np.lexsort((ids, keys))  # by key, then id: the last ids of a key are the newest
        self.keys, self.ids = keys[order], ids[order]
        self.recent, self.pending = {}, 0

    def get(self, key: int, last: int | None = None) -> list[int]:
        """The ids under `key`, oldest first; with `last`, only the newest `last` of them."""
        lo = int(np.searchsorted(self.keys, np.uint64(key), side="left"))
        hi = int(np.searchsorted(self.keys, np.uint64(key), side="right"))
        found = self.ids[lo:hi].tolist() + self.recent.get(key, [])
        return found[-last:] if last is not None else found

    def nbytes(self) -> int:
        return int(self.keys.nbytes + self.ids.nbytes) + 120 * self.pending
