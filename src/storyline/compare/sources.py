"""Independent sources: an outlet counts once, and so does a syndication group."""

from __future__ import annotations

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
