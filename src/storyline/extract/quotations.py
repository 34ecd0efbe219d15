"""Quotation spans of an article's text: where quoted speech starts and ends, marks included.

Outlets mix their marks (curly, straight, doubled apostrophes, guillemets, British single quotes), so a
quotation closes on the mark that matches its opening or on any closing double mark; a quotation left
open runs to the end of its paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from storyline.extract.nlp import doc_text

_OPEN = {"“": "”", "«": "»", "„": "“", '"': '"', "''": "''", "``": "''"}
CLOSERS = frozenset({"”", '"', "''"})  # outlets mix them: "…,” and “…," each close what they opened
_QUOTE_MARK = re.compile(r"''|``|[“”«»„\"]")
_SINGLE = re.compile(r"(?<![\w’'])[‘'](?=\S)|(?<=\S)[’'](?![\w’'])")


def quotations(text: str) -> list[tuple[int, int]]:
    """Outermost quoted stretches, marks included; a quote left open runs to the end of its paragraph."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        spans.extend((offset + s, offset + e) for s, e in _paragraph_quotes(paragraph))
        offset += len(paragraph) + 1
    return spans


def _paragraph_quotes(paragraph: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None
    for mark in _QUOTE_MARK.finditer(paragraph):
        char = mark.group()
        if opened is None:
            if char in _OPEN and not (char == '"' and _closes(paragraph, mark.start(), mark.end())):
                opened = (mark.start(), _OPEN[char])
        elif char == opened[1] or (opened[1] in CLOSERS and char in CLOSERS):
            found.append((opened[0], mark.end()))
            opened = None
    if opened is not None and len(paragraph) - opened[0] > 1:
        found.append((opened[0], len(paragraph.rstrip())))
    return found or _single_quotes(paragraph)


def _closes(paragraph: str, start: int, end: int) -> bool:
    """A straight mark after a word and before a space or stop closes a quotation; it cannot open one."""
    after_word = start > 0 and not paragraph[start - 1].isspace()
    return after_word and (end == len(paragraph) or paragraph[end] in " \t,.;:!?)")


def _single_quotes(paragraph: str) -> list[tuple[int, int]]:
    """Single-quoted speech, as British outlets write it; apostrophes inside words are left alone."""
    found, start = [], None
    for mark in _SINGLE.finditer(paragraph):
        opening = mark.start() == 0 or not paragraph[mark.start() - 1].strip() or paragraph[mark.start() - 1] in "(["
        if start is None and opening and mark.group() in "‘'":
            start = mark.start()
        elif start is not None and not opening and " " in paragraph[start : mark.start()]:
            found.append((start, mark.end()))
            start = None
    return found


class Quotes:
    """Sorted quotation spans with lookup by character."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def at(self, char: int) -> tuple[int, int] | None:
        i = bisect_right(self.starts, char) - 1
        if i >= 0 and self.spans[i][0] <= char < self.spans[i][1]:
            return self.spans[i]
        return None

    def before(self, char: int) -> tuple[int, int] | None:
        """The last quotation ending at or before char."""
        i = bisect_right(self.starts, char) - 1
        while i >= 0 and self.spans[i][1] > char:
            i -= 1
        return self.spans[i] if i >= 0 else None

    def after(self, char: int) -> tuple[int, int] | None:
        i = bisect_right(self.starts, char - 1)
        return self.spans[i] if i < len(self.spans) else None


def doc_quotes(doc: Doc) -> Quotes:
    """The quotations of a parsed article, found once per document for every stage that reads them."""
    quotes = doc.user_data.get("storyline.quotes")
    if quotes is None:
        quotes = doc.user_data["storyline.quotes"] = Quotes(quotations(doc_text(doc)))
    return quotes
