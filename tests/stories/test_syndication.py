"""Copies of one text: a wire story republished, lightly edited or revised, against different texts."""

from __future__ import annotations

from storyline.stories import SyndicationIndex, signature
from storyline.stories.syndication import jaccard

from .velmora import FIRE_TEXT, REPORTS, WITNESSES

FOLLOW_UP = next(r.text for r in REPORTS if r.key == "F2")
PROTEST = next(r.text for r in REPORTS if r.key == "P1")
EDITED = "(The Velmora Times) " + FIRE_TEXT.replace("about two hundred", "some 200").replace(WITNESSES, "")
REVISED = FIRE_TEXT + "\nA second pier was closed on Monday evening as a precaution."


def test_a_light_edit_and_a_revision_are_copies_a_different_text_is_not():
    original = signature(FIRE_TEXT)
    assert original is not None
    for copy in (EDITED, REVISED):
        assert jaccard(original, signature(copy)) >= 0.5
    # the same event in other words (the follow-up) and another event in the same harbour are not copies
    for other in (FOLLOW_UP, PROTEST):
        assert jaccard(original, signature(other)) < 0.2


def test_copies_form_one_group_named_after_the_first():
    index = SyndicationIndex()
    assert index.match(signature(FIRE_TEXT)) is None
    index.record("wire", signature(FIRE_TEXT))
    for article, text in (("paper", EDITED), ("update", REVISED)):
        copy = index.match(signature(text))
        assert copy is not None and copy.group == "wire" and copy.similarity >= 0.5
        index.record(article, signature(text), copy.group)
    assert index.match(signature(FOLLOW_UP)) is None
    index.record("follow-up", signature(FOLLOW_UP))
    assert index.members == {"wire": ["wire", "paper", "update"]}
    assert index.groups == {"wire": "wire", "paper": "wire", "update": "wire"}


def test_a_copy_of_a_copy_joins_the_first_group():
    index = SyndicationIndex()
    index.record("wire", signature(FIRE_TEXT))
    index.record("paper", signature(EDITED), "wire")
    copy = index.match(signature(EDITED + " Ferries resume on Tuesday."))
    assert copy is not None and copy.of == "paper" and copy.group == "wire"


def test_a_text_too_short_to_judge_has_no_signature():
    assert signature("Ferry sailings suspended after fire.") is None
    index = SyndicationIndex()
    index.record("short", None)
    assert index.match(None) is None and len(index) == 0
