"""Re-clustering: every stored article placed again, from stored annotations, never re-parsed.

Unlike the incremental pass, a rebuild knows every article before it starts, so word and
entity rarity (IDF) are taken from the whole collection from the first article on.
"""

from __future__ import annotations

from storyline.stories.cluster import Assignment, Settings, StoryIndex, cluster
from storyline.stories.features import ArticleFeatures


def recluster(items: list[ArticleFeatures], settings: Settings | None = None) -> tuple[StoryIndex, list[Assignment]]:
    """Stories for `items` (in arrival order) built from scratch: each article's assignment, where it ended."""
    index, first = cluster(items, settings, warm=True)
    placed = []
    for f, a in zip(items, first, strict=True):
        story = index.stories[index.story_of[f.id]]
        opened = story.members[0] == f.id
        placed.append(
            Assignment(article=f.id, story=story.id, opened=opened, score=0.0 if opened else a.score, copy=a.copy)
        )
    return index, placed
