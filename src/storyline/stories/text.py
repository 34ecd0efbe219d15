"""Words of an article's clean text as stable hashed terms, and its word shingles.

Terms are hashed into a fixed space (a hashing vectorizer) so an article's vector never
depends on what else is stored: vectors stay valid as the store grows, and the IDF that
weights them is applied only when two vectors are compared.
"""

from __future__ import annotations

import math
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterator
from functools import cache

TERM_BITS = 20
TERM_SPACE = 1 << TERM_BITS
TITLE_WEIGHT = 2  # a headline word counts as this many body words
LEAD_CHARS = 300  # the lead names the event: who, what, where
LEAD_WEIGHT = 1  # a lead word counts this many times more than a later one
MAX_TERMS = 300  # the strongest terms of an article kept in its vector

# "MOMBASA, Kenya (Coastline Wire) — ", "CLEVELAND - ": where a story was filed, before its first sentence
DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,30}(?:,\s[A-Z][\w .'-]{1,30})?(?:\s\([^)]{1,40}\))?\s[—–-]\s+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]|(?:19|20)\d\d(?!\d)")

# words every news story uses, on top of the stop words of the languages read
_NEWS_WORDS = """
said says say saying told tell according reported reports report reporting news statement added
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks day days
month months year years time times night morning afternoon evening ago last next earlier later
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr am pm edt est gmt utc
people one two three four five six seven eight nine ten first second third new also
http https www com html htm article story index php org net
dijo dice según informó lunes martes miércoles jueves viernes sábado domingo hoy ayer semana año
"""


@cache
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.es.stop_words import STOP_WORDS as ES

    return frozenset(fold(w) for w in (*EN, *ES, *_NEWS_WORDS.split()))


def fold(text: str) -> str:
    """Lower case without accents: "Díaz" and "DIAZ" are one word."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Content words, folded, with possessives and apostrophes removed; stop words dropped."""
    stop = stop_words()
    found = []
    for match in _WORD.finditer(fold(text)):
        word = match.group().replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        word = word.replace("'", "")
        if len(word) > 1 and word not in stop:
            found.append(_stem(word))
    return found


def _stem(word: str) -> str:
    """A light plural folding, enough for "fires"/"fire", "protesters"/"protester"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def term_id(word: str) -> int:
    return zlib.crc32(word.encode("utf-8")) & (TERM_SPACE - 1)


def term_vector(title: str | None, text: str, limit: int = MAX_TERMS) -> dict[int, float]:
    """Sublinear term frequencies (1 + log tf) of the headline and body, hashed; the strongest `limit` kept."""
    counts: Counter[int] = Counter(term_id(w) for w in words(text))
    lead = text[:LEAD_CHARS].rsplit(" ", 1)[0] if len(text) > LEAD_CHARS else text
    for word in words(title or "") * TITLE_WEIGHT + words(lead) * LEAD_WEIGHT:
        counts[term_id(word)] += 1
    weights = {t: 1.0 + math.log(c) for t, c in counts.items()}
    if len(weights) > limit:
        weights = dict(sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:limit])
    return weights


def shingles(text: str, size: int = 5) -> set[str]:
    """Word `size`-shingles of the text, all words kept (copies are judged on their wording)."""
    tokens = re.findall(r"\w+", fold(text))
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


_LINE_START = re.compile(r"^[ \t]*(?=[A-Z])", re.MULTILINE)


def line_datelines(text: str) -> Iterator[re.Match[str]]:
    """The datelines that open the text's lines ("CUSCO —", "MOMBASA, Kenya —"), in order."""
    for line in _LINE_START.finditer(text):
        if (match := DATELINE.match(text, line.end())) is not None:
            yield match


def after_dateline(text: str, start: int = 0) -> int:
    """Where the words begin when a line opens with a dateline at `start`; `start` otherwise."""
    if start and text[start - 1] != "\n":
        return start
    match = DATELINE.match(text, start)
    return match.end() if match else start
