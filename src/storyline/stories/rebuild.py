"""Re-clustering: every stored article placed again, from stored annotations, never re-parsed.

Unlike the incremental pass, a rebuild knows every article before it starts, so word and
entity rarity (IDF) are taken from the whole collection from the first article on.
"""

from __future__ import annotations

from storyline.stories.cluster import Assignment, Settings, StoryIndex
from storyline.stories.features import ArticleFeatures


def recluster(items: list[ArticleFeatures], settings: Settings | None = None) -> tuple[StoryIndex, list[Assignment]]:
    """Stories for `items` (in arrival order) built from scratch."""
    index = StoryIndex(settings)
    index.warm(items)
    return index, [index.assign(f) for f in items]
