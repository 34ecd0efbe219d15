"""Full-text search over articles and dossier facts: SQLite FTS5, PostgreSQL text search, LIKE elsewhere.

The tables and triggers come from migration 0005. A query is reduced to its words, each matched as
a prefix, all required; snippets come back as plain text with the offsets of the matched stretches,
so every caller escapes the text itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Engine, text

MAX_TERMS = 12
START, STOP = "\x02", "\x03"  # match markers inside snippets; stripped before anything leaves this module
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(slots=True)
class Hit:
    kind: str  # article | fact
    id: str  # article id, or story id for a fact
    title: str
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)  # [start, end) in snippet
    fact: int | None = None  # index into the story's facts
    score: float = 0.0


def terms(query: str) -> list[str]:
    return [t.casefold() for t in _WORD.findall(query or "")][:MAX_TERMS]


def _split_marks(marked: str) -> tuple[str, list[tuple[int, int]]]:
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    length, start = 0, None
    for piece in re.split(f"([{START}{STOP}])", marked):
        if piece == START:
            start = length
        elif piece == STOP:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        else:
            out.append(piece)
            length += len(piece)
    return "".join(out), spans


def _like_snippet(body: str, words: list[str], width: int = 160) -> tuple[str, list[tuple[int, int]]]:
    lower = body.casefold()
    positions = [lower.find(w) for w in words if lower.find(w) >= 0]
    first = min(positions) if positions else 0
    begin = max(0, first - width // 3)
    snippet = ("…" if begin else "") + body[begin : begin + width] + ("…" if begin + width < len(body) else "")
    spans = []
    low_snip = snippet.casefold()
    for w in words:
        for m in re.finditer(re.escape(w), low_snip):
            spans.append((m.start(), m.end()))
    return snippet, sorted(spans)


# Each ranked query yields (id, fact index or NULL, title, marked snippet, score), best first; the placeholders
# are the same for both databases: :match, :start/:stop or :options, :limit, :offset.
_RANKED = {
    ("article", "sqlite"): (
        "SELECT i.article_id, NULL, a.title, snippet(article_search, -1, :start, :stop, '…', 24), "
        "-bm25(article_search) AS score "
        "FROM article_search JOIN article_search_ids AS i ON i.rowid = article_search.rowid "
        "JOIN articles AS a ON a.id = i.article_id "
        "WHERE article_search MATCH :match ORDER BY score DESC LIMIT :limit OFFSET :offset"
    ),
    ("article", "postgresql"): (
        "SELECT a.id, NULL, a.title, ts_headline('simple', a.text, q, :options), "
        "ts_rank(to_tsvector('simple', coalesce(a.title, '') || ' ' || a.text), q) AS score "
        "FROM articles AS a, to_tsquery('simple', :match) AS q "
        "WHERE to_tsvector('simple', coalesce(a.title, '') || ' ' || a.text) @@ q "
        "ORDER BY score DESC, a.id LIMIT :limit OFFSET :offset"
    ),
    ("fact", "sqlite"): (
        "SELECT i.story_id, i.fact, d.title, snippet(fact_search, -1, :start, :stop, '…', 24), "
        "-bm25(fact_search) AS score "
        "FROM fact_search JOIN fact_search_ids AS i ON i.rowid = fact_search.rowid "
        "JOIN dossiers AS d ON d.story_id = i.story_id "
        "WHERE fact_search MATCH :match ORDER BY score DESC LIMIT :limit OFFSET :offset"
    ),
    ("fact", "postgresql"): (
        "SELECT f.story_id, f.fact, d.title, ts_headline('simple', f.text || ' ' || f.sources, q, :options), "
        "ts_rank(f.document, q) AS score "
        "FROM fact_search AS f JOIN dossiers AS d ON d.story_id = f.story_id, "
        "to_tsquery('simple', :match) AS q "
        "WHERE f.document @@ q ORDER BY score DESC, f.story_id, f.fact LIMIT :limit OFFSET :offset"
    ),
}


def _ranked(engine: Engine, kind: str, words: list[str], limit: int, offset: int) -> list[Hit] | None:
    """The database's own ranked full-text search, or None where it has none (then callers scan)."""
    dialect = engine.dialect.name
    sql = _RANKED.get((kind, dialect))
    if sql is None:
        return None
    if dialect == "sqlite":
        params: dict[str, object] = {"match": " ".join(f'"{w}"*' for w in words), "start": START, "stop": STOP}
    else:
        params = {
            "match": " & ".join(f"{w}:*" for w in words),
            "options": f"StartSel={START}, StopSel={STOP}, MaxWords=30, MinWords=12, MaxFragments=1",
        }
    with engine.connect() as connection:
        rows = connection.execute(text(sql), {**params, "limit": limit, "offset": offset}).all()
    hits = []
    for id_, fact, title, marked, score in rows:
        snippet, spans = _split_marks(marked)
        hits.append(Hit(kind, id_, title or "", snippet, spans, None if fact is None else int(fact), float(score)))
    return hits


def search_articles(engine: Engine, query: str, limit: int = 20, offset: int = 0) -> list[Hit]:
    words = terms(query)
    if not words:
        return []
    hits = _ranked(engine, "article", words, limit, offset)
    if hits is not None:
        return hits
    # any other database: a plain scan
    clause = " AND ".join(f"lower(coalesce(title, '') || ' ' || text) LIKE :w{n}" for n in range(len(words)))
    params: dict[str, object] = {f"w{n}": f"%{w}%" for n, w in enumerate(words)}
    with engine.connect() as connection:
        rows = connection.execute(
            text(f"SELECT id, title, text FROM articles WHERE {clause} ORDER BY id LIMIT :limit OFFSET :offset"),
            {**params, "limit": limit, "offset": offset},
        ).all()
    return [Hit("article", r[0], r[1] or "", *_like_snippet(r[2], words)) for r in rows]


def search_facts(engine: Engine, query: str, limit: int = 20, offset: int = 0) -> list[Hit]:
    words = terms(query)
    if not words:
        return []
    hits = _ranked(engine, "fact", words, limit, offset)
    if hits is not None:
        return hits
    # any other database: scan the dossiers in Python
    from storyline.store import load_dossiers

    out = []
    for dossier in load_dossiers(engine):
        for n, fact in enumerate(dossier.facts):
            body = " ".join([fact.text, *(s.text for s in fact.sources)])
            if all(w in body.casefold() for w in words):
                out.append(Hit("fact", dossier.id, dossier.title, *_like_snippet(body, words), fact=n))
    return out[offset : offset + limit]
