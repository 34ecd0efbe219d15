"""Independent sources: an outlet counts once, and so does a syndication group."""

from __future__ import annotations

import re

from storyline.model import Article


def independent_sources(articles: list[Article], syndication: dict[str, str | None]) -> dict[str, str]:
    """Map each article id to the key of its independent source (union of outlet and copy group)."""
    parent = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    first_by_key: dict[str, str] = {}
    for article in articles:
        keys = []
        if article.outlet:
            keys.append("outlet:" + article.outlet.casefold().split(" — ")[0].strip())
        if syndication.get(article.id):
            keys.append(f"copy:{syndication[article.id]}")
        for key in keys:
            if key in first_by_key:
                union(article.id, first_by_key[key])
            else:
                first_by_key[key] = article.id
    return {a.id: find(a.id) for a in articles}


def relayed_sources(articles: list[Article], sources: dict[str, str]) -> dict[str, str]:
    """Each outlet of the story by the words that name it ("lenby wire"), with its independent source: a claim
    another outlet says it took from it ("…, the Lenby Wire reported", "according to the Lenby Wire") is that
    source's, not a second one."""
    return {_words(a.outlet): sources[a.id] for a in articles if a.outlet and _words(a.outlet)}


def claim_source(own: str, speaker: str | None, relayed: dict[str, str]) -> str:
    """The independent source of a claim: the outlet its speaker names, if the story has it, else its article's."""
    if not speaker:
        return own
    said = f" {_words(speaker)} "
    return next((source for name, source in relayed.items() if f" {name} " in said), own)


def _words(name: str) -> str:
    words = re.findall(r"\w+", name.casefold())
    return " ".join(words[1:] if words[:1] == ["the"] else words)
