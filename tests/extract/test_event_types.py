"""The event sub-type classifier: both shipped heads on unmistakable sentences, batching, the weights' round trip."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import numpy as np
import pytest

from storyline.embeddings import embed
from storyline.extract.event_types import (
    ACLED,
    BLANK,
    WEIGHTS,
    _cue_features,
    _cues,
    classify,
    fit,
    load,
    read_claims,
    reporting,
    shipped,
    train,
)
from storyline.extract.events import EVENT_REPORT, MIN_CONFIDENCE

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
@pytest.mark.parametrize("embeddings", [False, True], ids=["sparse", "dense"])
def test_the_shipped_model_labels_unmistakable_sentences(
    text: str, code: str, event_type: str, sub_event_type: str, embeddings: bool
) -> None:
    [(got_code, got_type, got_sub_type, confidence)] = classify([text], embeddings=embeddings)
    assert (got_code, got_type, got_sub_type) == (code, event_type, sub_event_type)
    assert confidence > (0.4 if embeddings else 0.5)  # the dense head spreads more on "arrested ... murder"


def test_who_takes_ground_is_a_feature_but_not_a_coreference_class() -> None:
    rebels = "Rebels seized the hill town of Ostrava Nova after a night of fighting."
    troops = "Government troops recaptured the hill town of Ostrava Nova from the rebels."
    assert "cue:NSA_TAKE" in _cue_features(rebels) and "cue:GOV_TAKE" not in _cue_features(rebels)
    assert "cue:GOV_TAKE" in _cue_features(troops) and "cue:NSA_TAKE" not in _cue_features(troops)
    assert not any(c.endswith("_TAKE") for c in _cues(rebels) + _cues(troops))  # compare.mentions' classes
    assert [classify([t], embeddings=True)[0][0] for t in (rebels, troops)] == [
        "NON_STATE_ACTOR_OVERTAKES_TER",
        "GOV_REGAINS_TERIT",
    ]


@pytest.mark.parametrize(
    ("text", "riot"),
    [
        ("Youths threw bricks and bottles at riot police outside the port gate.", True),
        ("Two petrol bombs were thrown at the customs office overnight.", True),
        ("Ada Marsh threw for 310 yards and two scores as Lenby State won on Saturday.", False),
        ("The two captains threw punches before the referee stepped in.", False),
    ],
)
def test_throwing_is_a_riot_s_cue_only_with_something_thrown(text: str, riot: bool) -> None:
    assert ("cue:VIOL_DEMONSTR" in _cue_features(text)) is riot


@pytest.mark.parametrize(
    ("text", "rally"),
    [
        ("Thousands rallied outside the parliament in Lenby to demand new elections.", True),
        ("Supporters of the jailed mayor held a rally in the square on Sunday.", True),
        ("The Harriers rallied from 15 points down to beat the Falcons.", False),
        ("Marta Quill rallied to win the final set 7-5.", False),
    ],
)
def test_a_comeback_is_no_rally(text: str, rally: bool) -> None:
    assert ("cue:PEACE_PROTEST" in _cues(text)) is rally


@pytest.mark.parametrize(
    ("text", "disrupted"),
    [
        ("Soldiers recovered weapons and ammunition from a rebel hideout near Lenby.", True),
        ("Police seized 40 rifles at a checkpoint outside the port.", True),
        ("Divers recovered 18 bodies from the capsized ferry by Sunday evening.", False),
        ("Rescuers recovered two more victims from the rubble.", False),
    ],
)
def test_recovering_is_a_cue_of_disrupted_weapons_only_with_weapons(text: str, disrupted: bool) -> None:
    assert ("cue:DISR_WEAP" in _cues(text)) is disrupted


def test_a_match_report_is_no_event() -> None:
    lead = "Ada Marsh threw for three touchdowns and ran for another as Lenby State beat Harwick 38-10 on Saturday."
    (code, _, _, probability), report = read_claims([lead])[0]
    assert probability < MIN_CONFIDENCE or report < EVENT_REPORT, (code, probability, report)


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
    dense = classify(texts, embeddings=True)
    singles = [classify([t], embeddings=True)[0] for t in texts]
    assert [r[:3] for r in dense] == [r[:3] for r in singles]
    assert np.allclose([r[3] for r in dense], [r[3] for r in singles], atol=1e-3)  # padding within a batch


def test_empty_input_and_blank_texts() -> None:
    assert classify([]) == []
    assert classify(["", "   \n"]) == [BLANK, BLANK]
    assert classify(["", "   \n"], embeddings=True) == [BLANK, BLANK]
    assert BLANK[0] == "OTHER" and BLANK[3] == 0.0


def test_the_detector_tells_a_report_of_an_event_from_talk() -> None:
    events = [
        "Police fired tear gas at hundreds of dockworkers marching on the port gate and arrested 23 of them.",
        "At least nine people were killed when fire swept through a warehouse beside the port late on Monday.",
        "A suicide bomber blew himself up at a crowded checkpoint in the capital, killing nine people.",
    ]
    talk = [
        "The senator said the tax plan would hurt families in her state and called it unfair.",
        "Polls suggest the race has tightened in the last week, and both campaigns are spending heavily.",
        '"I have loaded ships since 2011," said the docker, a father of five.',
    ]
    found = reporting([*events, *talk, "", "  "])
    assert all(p >= 0.5 for p in found[:3]) and all(p < 0.5 for p in found[3:6]), found
    assert found[6:] == [0.0, 0.0]
    assert reporting([]) == []


def test_every_shipped_label_has_an_acled_name() -> None:
    model = shipped()
    assert set(model.labels.tolist()) == set(ACLED) and model.dense is not None
    acled_codes = {code for code, (event_type, _) in ACLED.items() if event_type in ACLED_EVENT_TYPES}
    assert len(acled_codes) == 24  # the CASE 2021 "seen" types, less OTHER


def test_the_weights_are_small_plain_arrays_that_load_fast() -> None:
    assert WEIGHTS.stat().st_size < 3_000_000
    with np.load(WEIGHTS, allow_pickle=False) as z:  # raises on any pickled object
        assert {
            "labels",
            "coef",
            "intercept",
            "temperature",
            "dense_coef",
            "dense_temperature",
            "detector_coef",
        } <= set(z.files)
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


OTHERS = [
    "The council will debate the budget for the new library next month, its chairman said.",
    "Candidates for mayor spent the weekend shaking hands outside the market in Velmora.",
    "A survey of voters suggests the tram project remains popular among younger residents.",
    "The finance committee approved a modest rise in the price of parking permits on Thursday.",
]


def test_training_on_a_tiny_file_round_trips_through_the_weights(tmp_path: Path) -> None:
    tsv, out = tmp_path / "tiny.tsv", tmp_path / "weights" / "tiny.npz"
    rows = [(text, label) for label, texts in TINY.items() for text in texts]
    with open(tsv, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(["id", "EventSnippet", "SubType"])
        writer.writerows((i, text, label) for i, (text, label) in enumerate(rows, 1))
    news = tmp_path / "polnear" / "data" / "train" / "text"
    news.mkdir(parents=True)
    (news / "a.txt").write_text(" ".join(OTHERS[:2]), encoding="utf-8")
    (news / "b.txt").write_text(" ".join(OTHERS[2:]), encoding="utf-8")
    summary = train(tsv, tmp_path / "polnear", out)
    assert summary["labels"] == 3 and summary["examples"] == 12 and Path(summary["path"]) == out
    assert summary["other_sentences"] == len(OTHERS)
    assert summary["descriptions"] == 6  # two per label the file uses, none for the other 27
    model = load(out)
    texts, labels = [text for text, _ in rows], [label for _, label in rows]
    assert [code for code, *_ in classify(texts, model)] == labels
    assert [code for code, *_ in classify(texts, model, embeddings=True)] == labels
    vectors = embed(texts)
    fresh = fit(texts, labels, vectors=vectors)
    assert np.allclose(model.probabilities(texts), fresh.probabilities(texts), atol=1e-3)  # float16 coefficients
    assert np.allclose(model.probabilities(texts, vectors), fresh.probabilities(texts, vectors), atol=1e-3)
    assert model.meta["examples"] == 12 and len(model.meta["trained_on_sha256"]) == 64
    assert np.allclose(
        model.reporting(texts + OTHERS), fresh_detector(texts, labels).reporting(texts + OTHERS), atol=1e-3
    )
    assert fit(texts, labels).dense is None  # no vectors, no dense head
    assert fit(texts, labels).detector is None  # no other sentences, no detector


def fresh_detector(texts: list[str], labels: list[str]):
    return fit(texts, labels, others=OTHERS)
