"""Re-clustering: every stored article placed again, from stored annotations, never re-parsed.

Unlike the incremental pass, a rebuild knows every article before it starts, so word and
entity rarity (IDF) are taken from the whole collection from the first article on, and an
article left alone in the first pass gets a second look at the stories that grew after it.
"""

from __future__ import annotations

from storyline.stories.cluster import Assignment, Settings, StoryIndex, cluster
from storyline.stories.features import ArticleFeatures


def recluster(items: list[ArticleFeatures], settings: Settings | None = None) -> tuple[StoryIndex, list[Assignment]]:
    """Stories for `items` (in arrival order) built from scratch: each article's assignment, where it ended."""
    index, first = cluster(items, settings, warm=True)
    moves = _rejoins(index, items)
    final = StoryIndex(settings)
    final.warm(items)
    placed = []
    for f, a in zip(items, first, strict=True):
        story, score = moves.get(f.id, (index.story_id(f.id), a.score))
        opened = story not in final.by_id
        final.add(f, story, a.copy.group if a.copy else None)
        placed.append(Assignment(article=f.id, story=story, opened=opened, score=0.0 if opened else score, copy=a.copy))
    return final, placed


def _rejoins(index: StoryIndex, items: list[ArticleFeatures]) -> dict[str, tuple[str, float]]:
    """Articles alone in a story that score above `rejoin_threshold` against a larger story, with its id.

    An article that arrived before the rest of its story's reports was scored against too little:
    the story as finally built (its later reports, summed) often matches it well.
    """
    moves: dict[str, tuple[str, float]] = {}
    for f in items:
        if len(index.stories[index.story_of[f.id]].members) != 1:
            continue
        best = index.best_story(f, index.settings.rejoin_threshold, min_members=2)
        if best is not None:
            moves[f.id] = (best[1].id, round(best[0], 4))
    return moves
