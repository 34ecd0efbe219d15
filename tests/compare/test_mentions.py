"""Event-mention alignment: trigger matching, the average-link grouping, and the evidence it weighs."""

from __future__ import annotations

import numpy as np

from storyline.compare.facts import average_link
from storyline.compare.mentions import MentionRef, article_similarity, cluster_mentions, same_trigger, trigger_stem


def test_trigger_stem_takes_off_one_suffix() -> None:
    assert trigger_stem("shootings") == "shoot"
    assert trigger_stem("Checks") == "check"
    assert trigger_stem("die") == "die"  # too short to lose anything


def test_same_trigger_up_to_inflection_and_derivation() -> None:
    assert same_trigger("shoot", "shooting")
    assert same_trigger("nominate", "nominee")
    assert same_trigger("die", "dies")
    assert not same_trigger("pass", "passenger")
    assert not same_trigger("kill", "murder")


def test_average_link_merges_on_the_mean_similarity() -> None:
    sim = np.array([[1, 0.9, 0.1, 0], [0.9, 1, 0.2, 0], [0.1, 0.2, 1, 0.6], [0, 0, 0.6, 1]])
    assert average_link(sim, 0.5) == [[0, 1], [2, 3]]
    assert average_link(sim, 0.65) == [[0, 1], [2], [3]]
    assert average_link(sim, 0.05) == [[0, 1, 2, 3]]  # the mean of the cross pairs is 0.075
    assert average_link(sim + 1, 1.5) == [[0, 1], [2, 3]]  # shifted similarities, shifted threshold
    assert average_link(np.ones((1, 1)), 0.5) == [[0]]
    assert average_link(np.zeros((0, 0)), 0.5) == []


def _ref(article: str, sentence: int, text: str, trigger: str, words: str = "") -> MentionRef:
    return MentionRef(article=article, sentence=sentence, text=text, trigger=trigger, words=words or trigger)


def test_mentions_of_one_event_join_across_articles_and_like_events_of_other_stories_do_not() -> None:
    articles = {
        "a": "A strong earthquake shook Velmora on Monday. The quake toppled the old clock tower in Velmora.",
        "b": "The earthquake in Velmora toppled its clock tower. Rescuers searched Velmora after the quake.",
        "c": "An earthquake struck the Quay islands far away, where fishermen reported no damage at the harbour.",
    }
    refs = [
        _ref("a", 0, "A strong earthquake shook Velmora on Monday.", "earthquake"),
        _ref("a", 1, "The quake toppled the old clock tower in Velmora.", "topple", "toppled"),
        _ref("b", 0, "The earthquake in Velmora toppled its clock tower.", "earthquake"),
        _ref("b", 0, "The earthquake in Velmora toppled its clock tower.", "topple", "toppled"),
        _ref("b", 1, "Rescuers searched Velmora after the quake.", "quake"),
        _ref("c", 0, "An earthquake struck the Quay islands far away.", "earthquake"),
    ]
    groups = cluster_mentions(refs, articles)
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    assert group_of[0] == group_of[2] == group_of[4]  # "quake" and "earthquake" share a cue class
    assert group_of[1] == group_of[3]
    assert group_of[2] != group_of[3]  # one sentence, two events
    assert group_of[5] != group_of[0]  # the other story's earthquake


def test_article_similarity_counts_shared_entities() -> None:
    texts = ["The minister resigned on Friday.", "The minister resigned on Friday.", "The minister resigned on Friday."]
    entities = [["PERSON:ana ruiz"], ["PERSON:ana ruiz"], ["PERSON:li wei"]]
    plain = article_similarity(texts)
    assert plain[0, 1] == plain[0, 2]
    blended = article_similarity(texts, entities, 0.4)
    assert blended[0, 1] > blended[0, 2]
