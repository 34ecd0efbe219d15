"""A story without any headline is titled from its first article's lead."""

from __future__ import annotations

import pytest

from storyline.store.stories import lead_title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ferry service resumes. Crews worked overnight.", "Ferry service resumes"),
        # the first clause, when the sentence is long
        (
            "Velmora has confirmed the deaths of nine of its dockers, who were described by the port authority as "
            "part of the night shift, during a fire at the Quay.",
            "Velmora has confirmed the deaths of nine of its dockers",
        ),
        # a dateline says where, not what
        ("QUAY HARBOUR, Velmora (Coastline Wire) — Nine dead in warehouse fire.", "Nine dead in warehouse fire"),
        # no clause ends early enough: cut at a word
        (
            "An unprecedented inspection of every crane and gantry along the northern quay that followed the collapse "
            "of a loading arm found cracks.",
            "An unprecedented inspection of every crane and gantry along the northern quay that followed the…",
        ),
        ("", None),
    ],
)
def test_a_lead_becomes_a_title_of_at_most_a_hundred_characters(text: str, title: str | None) -> None:
    assert lead_title(text) == title
    assert title is None or len(title) <= 100
