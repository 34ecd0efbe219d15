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
    assert result["overlap"]["attribution"]["f1"] >= 0.72  # 0.734 when written
    assert result["exact"]["attribution"]["f1"] >= 0.41  # 0.426 when written
    assert result["overlap"]["cue"]["p"] >= 0.84  # 0.866 when written
    agreement = result["annotator_agreement"]
    assert agreement["articles"] == 18  # 16 train and 2 dev articles read by five or six annotators
    assert 0.75 <= agreement["overlap"]["attribution"]["f1"] <= 0.83  # 0.789 when written
