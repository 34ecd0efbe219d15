"""Stories: copies of one text (syndication) and articles about one real-world event (story clusters)."""

from storyline.stories.cluster import Assignment, Rejoin, Settings, StoryIndex, StorySplit, StoryState, cluster
from storyline.stories.features import ArticleFeatures, embed_features, features
from storyline.stories.rebuild import recluster
from storyline.stories.syndication import Copy, SyndicationIndex, signature

__all__ = [
    "ArticleFeatures",
    "Assignment",
    "Copy",
    "Rejoin",
    "Settings",
    "StoryIndex",
    "StorySplit",
    "StoryState",
    "SyndicationIndex",
    "cluster",
    "embed_features",
    "features",
    "recluster",
    "signature",
]
