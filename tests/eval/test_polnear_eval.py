"""Attributions on the PolNeAR dev split (slow: parses 84 articles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.eval.polnear import evaluate

POLNEAR = Path(__file__).resolve().parents[3] / "shared" / "data" / "polnear"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (POLNEAR / "data" / "dev").exists(), reason=f"PolNeAR is not at {POLNEAR}"),
]


def test_dev_attributions_score_at_their_measured_level() -> None:
    result = evaluate(POLNEAR, "dev")
    assert result["articles"] == 84
    assert result["overlap"]["attribution"]["f1"] >= 0.69  # 0.705 when written
    assert result["exact"]["attribution"]["f1"] >= 0.38  # 0.400 when written
    assert result["overlap"]["cue"]["p"] >= 0.84  # 0.866 when written
