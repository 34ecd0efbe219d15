"""A compact multimap from 64-bit keys to integer ids: the inverted indexes of this stage.

Postings live in two numpy arrays sorted by key (ids of a key in the order they were added)
plus a small dict of recent additions merged in when it grows, so 100k articles' postings
take tens of megabytes, not hundreds, and a lookup is a binary search: O(log n) whatever
the store's size.
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
        """Fold the recent additions into the sorted arrays: one linear pass, no re-sort of the old ones."""
        if not self.pending:
            return
        keys = np.fromiter((k for k, vs in self.recent.items() for _ in vs), dtype=np.uint64, count=self.pending)
        ids = np.fromiter((v for vs in self.recent.values() for v in vs), dtype=np.int32, count=self.pending)
        order = np.argsort(keys, kind="stable")  # within a key, ids stay in the order they were added
        keys, ids = keys[order], ids[order]
        at = np.searchsorted(self.keys, keys, side="right")  # after the older ids of the same key
        self.keys, self.ids = np.insert(self.keys, at, keys), np.insert(self.ids, at, ids)
        self.recent, self.pending = {}, 0

    def lookup(self, keys: list[int], last: int | None = None) -> list[list[int]]:
        """The ids under each key, oldest first; with `last`, only the newest `last` of each.

        One vectorized binary search for all keys: an article asks for a few dozen at once.
        """
        wanted = np.array(keys, dtype=np.uint64)
        los = np.searchsorted(self.keys, wanted, side="left").tolist()
        his = np.searchsorted(self.keys, wanted, side="right").tolist()
        found = []
        for key, lo, hi in zip(keys, los, his, strict=True):
            recent = self.recent.get(key, [])
            if last is None:
                found.append(self.ids[lo:hi].tolist() + recent)
            else:  # a common key holds many ids: read only the newest, never the whole run
                found.append((self.ids[max(lo, hi - last) : hi].tolist() + recent)[-last:])
        return found

    def nbytes(self) -> int:
        return int(self.keys.nbytes + self.ids.nbytes) + 120 * self.pending
