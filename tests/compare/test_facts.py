"""Who a fact is attributed to: each speaker once, however the outlets phrase or spell it."""

from __future__ import annotations

from storyline.compare.facts import _speakers


def test_a_speaker_phrased_or_spelled_two_ways_is_named_once() -> None:
    names = ["the Cuban government", "Cuba’s government", None, "Miguel Díaz-Canel", "Miguel Diaz-Canel", "Officials"]
    assert _speakers(names) == ["Miguel Díaz-Canel", "Officials", "the Cuban government"]
