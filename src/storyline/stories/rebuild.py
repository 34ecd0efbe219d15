"""Re-clustering: every stored article placed again, from stored annotations, never re-parsed.

Unlike the incremental pass, a rebuild knows every article before it starts, so word and
entity rarity (IDF) are taken from the whole collection from the first article on, and an
article left alone in the first pass gets a second look at the stories that grew after it.
"""

from __future__ import annotations

from storyline.stories.cluster import Assignment, Settings, StoryIndex
from storyline.stories.features import ArticleFeatures


def recluster(items: list[ArticleFeatures], settings: Settings | None = None) -> tuple[StoryIndex, list[Assignment]]:
    """Stories for `items` (in arrival order) built from scratch."""
    index = StoryIndex(settings)
    index.warm(items)
    first = [index.assign(f) for f in items]
    moves = _rejoins(index, items, first)
    if not moves:
        return index, first
    final = StoryIndex(settings)
    final.warm(items)
    placed = []
    for f, a in zip(items, first, strict=True):
        story, score = moves.get(f.id, (a.story, a.score))
        opened = story not in final.by_id
        final.add(f, story, a.copy.group if a.copy else None)
        placed.append(Assignment(article=f.id, story=story, opened=opened, score=0.0 if opened else score, copy=a.copy))
    return final, placed


def _rejoins(index: StoryIndex, items: list[ArticleFeatures], first: list[Assignment]) -> dict[str, tuple[str, float]]:
    """Articles alone in a story that score above `rejoin_threshold` against a larger story, with its id.

    An article that arrived before the rest of its story's reports was scored against too little:
    the story as finally built (its later reports, summed) often matches it well.
    """
    moves: dict[str, tuple[str, float]] = {}
    for f, a in zip(items, first, strict=True):
        if len(index.by_id[a.story].members) != 1:
            continue
        best = index.best_story(f, index.settings.rejoin_threshold, min_members=2)
        if best is not None:
            moves[f.id] = (best[1].id, round(best[0], 4))
    return moves
