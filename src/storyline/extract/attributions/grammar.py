"""Readings of the parse and of character spans that the source, content, cue and nesting rules all share."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.extract.attribution_cues import (
    CLAUSE_CUES,
)
from storyline.extract.attributions.lexicon import CUT, DASHES, MEDIA, ON_MEDIA
from storyline.extract.nlp import doc_text
from storyline.extract.quotations import Quotes, doc_quotes
from storyline.extract.speakers import PUBLISHING
from storyline.stories.text import after_dateline


@dataclass(slots=True)
class _Found:
    """An attribution in token and character terms before it becomes a model object."""

    kind: str
    source: Span | None
    cue: tuple[int, int]  # characters
    content: tuple[int, int]  # characters
    cue_token: Token


def _chars(tokens: list[Token] | Span) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _next_word(token: Token) -> Token | None:
    return token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None


def _subtree(token: Token) -> Span:
    """The token's phrase, without a conjunction the parser left hanging at its end ("the boy, who was wearing a hat
    and [said …]")."""
    doc, end = token.doc, token.right_edge.i
    while end > token.i and doc[end].dep_ == "cc" and not (doc[end].lower_ == "but" and doc[end - 1].lower_ == "all"):
        end -= 1  # (the "but" of "Manafort all but begged" is "almost")
    return doc[token.left_edge.i : end + 1]


def _trim(doc: Doc, start: int, end: int, quotes: Quotes) -> tuple[int, int]:
    """Character span without edge punctuation, except quote marks that close a quotation it holds."""
    text = doc_text(doc)
    start = after_dateline(text, start)  # "MOMBASA, Kenya — At least nine…": the dateline is not what was said
    while start < end and (text[start] in CUT or text[start] in ".?!" or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in CUT + "." or text[end - 1].isspace()):
        end -= 1
    quote = quotes.at(start)
    if quote and quote[0] == start and quote[1] > end and quote[1] - end <= 2:
        end = quote[1]  # keep ",”" or ".”" that closes the quotation
    return start, end


def _medium(prep: Token) -> bool:
    """ "in a statement", "on Twitter"; but "commenting on her speech" is about the speech."""
    media = MEDIA if prep.lower_ == "in" else ON_MEDIA if prep.lower_ == "on" else frozenset()
    return any(c.dep_ == "pobj" and c.lower_ in media for c in prep.children)


def _has_subject(verb: Token) -> bool:
    """A subject of any kind: a word, a passive's, a clause, or an expletive "there"/"it"."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def _ends_sentence(token: Token) -> bool:
    """ "… rose to 42 percent in Monday's poll.": a poll named at the end of the sentence is the source of what the
    whole sentence says."""
    rest = token.doc[token.right_edge.i + 1 : token.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def _spaced_dash(token: Token) -> bool:
    """A dash between words ("BLUE - Jones"), not a hyphen inside one ("text-align", "Seitz-Wald")."""
    return token.text in DASHES and bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)


def words(doc: Doc, quotes: Quotes | None = None) -> Iterator[tuple[Token, bool]]:
    """Words outside quotations (speech reported inside one is nested: only the outer one counts), each
    with whether a quotation touches its sentence."""
    quotes = quotes or doc_quotes(doc)
    for sentence in doc.sents:
        after = quotes.after(sentence.start_char)
        quoted = quotes.at(sentence.start_char) is not None or (after is not None and after[0] < sentence.end_char)
        for token in sentence:
            if quotes.at(token.idx) is None:
                yield token, quoted


def _clause_cue(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_ in CLAUSE_CUES and any(c.dep_ == "ccomp" for c in token.children)


def _puts_out(verb: Token, obj: Token) -> bool:
    """Whether the verb puts out a statement, letter or speech ("issued a statement"), which then speaks."""
    return verb.lemma_ in PUBLISHING and obj.lemma_.lower() in MEDIA
