"""Paragraphs, sentences and headings of a parsed article.

Sentences never cross a paragraph break, and headings (short lines without
closing punctuation, like "Cuba Confirms Losses: Who the Victims Were") are
kept apart so they are neither claims nor sources of entities.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from storyline.extract.nlp import doc_text
from storyline.extract.quotations import doc_quotes

_PARAGRAPH = re.compile(r"[^\n]+")
_CLOSING = (".", "!", "?", "”", '"', "’", "'", ")", ":", ";", "…")
MAX_HEADING_WORDS = 14


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def is_heading(line: str) -> bool:
    """A short line that does not end a sentence: a section heading, a kicker or a label."""
    stripped = line.strip()
    return bool(stripped) and len(stripped.split()) <= MAX_HEADING_WORDS and not stripped.endswith(_CLOSING)


def headings(text: str) -> list[tuple[int, int]]:
    return [(start, end) for start, end in paragraphs(text) if is_heading(text[start:end])]


def sentences(doc: Doc, heads: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans from the parser, cut at paragraph breaks, headings left out; the sentences of one
    quotation are one ("“Our members did nothing but sing. We are not going anywhere,” he said."), so a claim
    is never half a quotation."""
    text = doc_text(doc)
    quotes = doc_quotes(doc).spans
    spans: list[tuple[int, int]] = []
    skip = set(heads)
    for para_start, para_end in paragraphs(text):
        if (para_start, para_end) in skip:
            continue
        first = len(spans)
        for sent in doc.char_span(para_start, para_end, alignment_mode="expand").sents:
            start, end = max(sent.start_char, para_start), min(sent.end_char, para_end)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end <= start:
                continue
            if len(spans) > first and any(q_start < spans[-1][1] and start < q_end for q_start, q_end in quotes):
                spans[-1] = (spans[-1][0], end)  # the quotation open at the last sentence's end runs on into this
            else:
                spans.append((start, end))
    return spans
