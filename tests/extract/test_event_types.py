"""The event sub-type classifier: the shipped weights on unmistakable sentences, batching, the weights' round trip."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import numpy as np
import pytest

from storyline.extract.event_types import ACLED, BLANK, WEIGHTS, classify, fit, load, shipped, train

ACLED_EVENT_TYPES = {
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
}


@pytest.mark.parametrize(
    ("text", "code", "event_type", "sub_event_type"),
    [
        (
            "Hundreds of nurses marched peacefully through the centre of Velmora on Tuesday, carrying banners "
            "and chanting for better pay.",
            "PEACE_PROTEST",
            "Protests",
            "Peaceful protest",
        ),
        (
            "Fighter jets carried out airstrikes on a rebel camp near the border, killing twelve militants.",
            "AIR_STRIKE",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        (
            "A magnitude 6.8 earthquake struck the coastal province overnight, flattening hundreds of homes.",
            "NATURAL_DISASTER",
            "Natural disaster",
            "Natural disaster",
        ),
        (
            "A suicide bomber blew himself up at a crowded checkpoint in the capital, killing nine people.",
            "SUIC_BOMB",
            "Explosions/Remote violence",
            "Suicide bomb",
        ),
        (
            "Gunmen kidnapped a village chief and his two sons from their home on Sunday night.",
            "ABDUCT_DISSAP",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        (
            "Police arrested three men in connection with the murder of a local trader.",
            "ARREST",
            "Strategic developments",
            "Arrests",
        ),
    ],
)
def test_the_shipped_model_labels_unmistakable_sentences(
    text: str, code: str, event_type: str, sub_event_type: str
) -> None:
    [(got_code, got_type, got_sub_type, confidence)] = classify([text])
    assert (got_code, got_type, got_sub_type) == (code, event_type, sub_event_type)
    assert confidence > 0.5


def test_one_tuple_per_text_with_a_probability_and_the_batch_agrees_with_single_calls() -> None:
    texts = [
        "Warplanes bombed insurgent positions outside the town overnight.",
        "",
        "Unknown attackers hurled a hand grenade into a bar in the port district.",
        "zzz qqq",
        "The foreign ministers of the two countries met in Lisbon for talks on trade.",
    ]
    results = classify(texts)
    assert len(results) == len(texts)
    for code, event_type, sub_event_type, confidence in results:
        assert (event_type, sub_event_type) == ACLED[code]
        assert 0.0 <= confidence <= 1.0
    assert results == [classify([t])[0] for t in texts]  # rows are normalised one by one, not across the batch


def test_empty_input_and_blank_texts() -> None:
    assert classify([]) == []
    assert classify(["", "   \n"]) == [BLANK, BLANK]
    assert BLANK[0] == "OTHER" and BLANK[3] == 0.0


def test_every_shipped_label_has_an_acled_name() -> None:
    model = shipped()
    assert set(model.labels.tolist()) == set(ACLED)
    acled_codes = {code for code, (event_type, _) in ACLED.items() if event_type in ACLED_EVENT_TYPES}
    assert len(acled_codes) == 24  # the CASE 2021 "seen" types, less OTHER


def test_the_weights_are_small_plain_arrays_that_load_fast() -> None:
    assert WEIGHTS.stat().st_size < 3_000_000
    with np.load(WEIGHTS, allow_pickle=False) as z:  # raises on any pickled object
        assert {"labels", "coef", "intercept", "temperature"} <= set(z.files)
    started = time.perf_counter()
    load(WEIGHTS)
    assert time.perf_counter() - started < 0.5


TINY = {
    "PEACE_PROTEST": [
        "Teachers marched through the square holding banners and singing.",
        "Students held a peaceful march with banners to the town hall.",
        "Farmers marched with banners and placards along the main road.",
        "Nurses staged a peaceful march, singing and waving banners.",
    ],
    "AIR_STRIKE": [
        "Jets bombed the hillside camp in an air strike at dawn.",
        "An air strike by jets hit the depot near the river.",
        "Military jets launched an air strike on the valley.",
        "The air strike by two jets destroyed a bridge.",
    ],
    "NATURAL_DISASTER": [
        "Floods swept through the lowland villages after heavy rain.",
        "Heavy rain caused floods across the delta on Monday.",
        "The floods and rain cut off roads to the northern towns.",
        "After days of rain, floods covered the rice fields.",
    ],
}


def test_training_on_a_tiny_file_round_trips_through_the_weights(tmp_path: Path) -> None:
    tsv, out = tmp_path / "tiny.tsv", tmp_path / "weights" / "tiny.npz"
    rows = [(text, label) for label, texts in TINY.items() for text in texts]
    with open(tsv, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(["id", "EventSnippet", "SubType"])
        writer.writerows((i, text, label) for i, (text, label) in enumerate(rows, 1))
    summary = train(tsv, out)
    assert summary["labels"] == 3 and summary["examples"] == 12 and Path(summary["path"]) == out
    model = load(out)
    texts = [text for text, _ in rows]
    assert [code for code, *_ in classify(texts, model)] == [label for _, label in rows]
    fresh = fit(texts, [label for _, label in rows])
    assert np.allclose(model.probabilities(texts), fresh.probabilities(texts), atol=1e-3)  # float16 coefficients
    assert model.meta["examples"] == 12 and len(model.meta["trained_on_sha256"]) == 64
