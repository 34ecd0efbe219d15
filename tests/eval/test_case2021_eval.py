"""The event sub-type classifier on the CASE 2021 task 2 dev file (slow: embeds 510 snippets, trains five models)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.eval.case2021 import cross_validate, detection, evaluate

CASE2021 = Path(__file__).resolve().parents[3] / "shared" / "data" / "case2021-task2-dev" / "dev_half_with_labels.tsv"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CASE2021.exists(), reason=f"the CASE 2021 dev file is not at {CASE2021}"),
]


def test_a_fresh_model_cross_validates_at_its_measured_level() -> None:
    result = cross_validate(CASE2021, folds=5, seed=0)
    assert result["snippets"] == 510 and len(result["per_label"]) == 30
    assert result["weighted_f1"] >= 0.78  # 0.811 when written
    assert result["macro_f1"] >= 0.73  # 0.766 when written
    assert sum(label["support"] for label in result["per_label"].values()) == 510
    sparse = result["without_embeddings"]  # the head article extraction uses
    assert sparse["weighted_f1"] >= 0.75  # 0.772 when written
    assert sparse["weighted_f1"] < result["weighted_f1"]


def test_the_shipped_weights_were_trained_on_this_file() -> None:
    result = evaluate(CASE2021)
    assert result["seen_in_training"], "the shipped weights are stale: storyline train event-types --case2021 ..."
    assert result["accuracy"] > 0.95 and result["without_embeddings"]["accuracy"] > 0.95


POLNEAR = CASE2021.parents[1] / "polnear"


@pytest.mark.skipif(not POLNEAR.exists(), reason=f"PolNeAR is not at {POLNEAR}")
def test_the_detector_keeps_event_reports_and_flags_little_political_news() -> None:
    result = detection(CASE2021, POLNEAR)
    assert result["auc"] >= 0.99  # 0.9951 when written
    assert result["snippets_kept"] >= 0.9  # 0.9333 when written
    assert result["polnear_train_flagged"] <= 0.02  # 0.0092 when written
    assert result["polnear_dev_flagged_by_shipped"] <= 0.03  # 0.0173 when written
