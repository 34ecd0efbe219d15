"""Sentence embeddings: unit vectors from the packaged model, and texts embedded lately not embedded again."""

from __future__ import annotations

import numpy as np

from storyline import embeddings


def test_vectors_are_unit_length_and_close_for_paraphrases() -> None:
    vectors = embeddings.embed(["Fire destroys a Velmora warehouse", "A blaze guts a Velmora depot", "Budget passed"])
    assert vectors.shape == (3, embeddings.DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert embeddings.embed([]).shape == (0, embeddings.DIMENSIONS)


def test_a_text_embedded_lately_costs_the_model_nothing(monkeypatch) -> None:
    first = embeddings.embed(["The Quay Island ferry sank at dawn."])
    model, calls = embeddings._model(), []

    class Counting:
        def encode(self, texts: list[str], **options: object) -> np.ndarray:
            calls.append(list(texts))
            return model.encode(texts, **options)

    monkeypatch.setattr(embeddings, "_model", Counting)
    again = embeddings.embed(["The Quay Island ferry sank at dawn.", "The harbour reopened.", "The harbour reopened."])
    assert calls == [["The harbour reopened."]]
    assert np.array_equal(again[0], first[0]) and np.array_equal(again[1], again[2])
