"""Claims: checkable sentences with their speaker, hedges and slots; headings and filler are not claims."""

from __future__ import annotations

from datetime import UTC, datetime

from spacy.tokens import Doc

from storyline.extract import annotate
from storyline.extract.attributions import extract_attributions, is_act
from storyline.extract.nlp import parse
from storyline.model import Annotations, Article, Attribution, TextSpan

TEXT = (
    "Ferry disaster off Quay Island\n\n"
    "At least 14 passengers were killed when the ferry Lantern capsized off Quay Island on Monday, "
    "the coast guard said.\n\n"
    "The captain was reportedly arrested two days later.\n\n"
    "What happens next?\n\n"
    "Rescuers pulled 40 survivors from the water."
)


def annotated() -> tuple[Article, Annotations]:
    article = Article(
        url="https://velmora-times.example/ferry",
        title="Ferry disaster off Quay Island",
        text=TEXT,
        outlet="Velmora Times",
        published=datetime(2026, 3, 11, 9, 0, tzinfo=UTC),
    )
    return article, annotate(parse(article.text), article)


def _outlets(doc: Doc) -> Annotations:
    """The annotations of an untitled article of the Velmora Times whose text is the parsed one."""
    return annotate(doc, Article(url=None, title=None, text=doc.text, outlet="Velmora Times"))


def test_each_checkable_sentence_is_a_claim_with_its_offsets() -> None:
    article, ann = annotated()
    texts = [c.text for c in ann.claims]
    assert any(t.startswith("At least 14 passengers were killed") for t in texts)
    assert any(t.startswith("Rescuers pulled 40 survivors") for t in texts)
    for claim in ann.claims:
        assert article.text[claim.start : claim.end] == claim.text


def test_a_short_sentence_that_gives_a_figure_is_a_claim_and_one_that_gives_nothing_is_not() -> None:
    text = "Riot police broke up the march in Lenby on Saturday. Police arrested 40 people. Nobody knows why."
    assert [c.text for c in _outlets(parse(text)).claims] == [
        "Riot police broke up the march in Lenby on Saturday.",
        "Police arrested 40 people.",
    ]
    # but a short piece that ends no sentence is a fragment of one the page broke
    assert [c.text for c in _outlets(parse("The Senate resolves to:\n\nThe march ended at noon.")).claims] == [
        "The march ended at noon."
    ]


def test_headings_and_questions_are_not_claims() -> None:
    _, ann = annotated()
    texts = [c.text for c in ann.claims]
    assert "Ferry disaster off Quay Island" not in texts
    assert not any(t.startswith("What happens next") for t in texts)


def test_a_reported_claim_has_its_speaker_and_the_outlets_own_has_none() -> None:
    _, ann = annotated()
    killed = next(c for c in ann.claims if c.text.startswith("At least 14"))
    assert killed.speaker is not None and "coast guard" in killed.speaker.lower()
    rescued = next(c for c in ann.claims if c.text.startswith("Rescuers"))
    assert rescued.speaker is None


def test_slots_carry_the_roles_of_quantities_and_the_resolved_day() -> None:
    _, ann = annotated()
    killed = next(c for c in ann.claims if c.text.startswith("At least 14"))
    roles = {ann.quantities[i].role: ann.quantities[i] for i in killed.quantities}
    assert roles["killed"].value == 14 and roles["killed"].low == 14
    assert [ann.times[i].value for i in killed.times] == ["2026-03-09"]
    places = [e for e in ann.entities if e.id in killed.places]
    assert [p.name for p in places] == ["Quay Island"] or places == []  # a fictional island may not geocode


def test_hedges_are_kept() -> None:
    _, ann = annotated()
    arrested = next(c for c in ann.claims if c.text.startswith("The captain"))
    assert "reportedly" in arrested.hedges


def test_a_sentence_whose_main_verb_is_a_cue_is_that_speakers_claim_however_little_its_content_covers() -> None:
    text = (
        "Port officials, including harbour master Ines Varga and two of her deputies from the northern terminal, "
        "acknowledged that a crane failed, with Varga stating that repair costs were “modest” but asserting that "
        "there were no injuries at the quay on Monday."
    )
    article = Article(url=None, title=None, text=text, outlet="Velmora Times")
    [claim] = annotate(parse(text), article).claims
    assert claim.speaker == "Port officials"


def test_a_sentence_that_tells_of_something_and_reports_someone_on_the_side_is_the_outlets_claim() -> None:
    text = (
        "A strike by ferry crews at the Velmora terminal entered its second day on Saturday, with the Velmora "
        "Seamen's Union saying its members would stay off work until the operator agreed to talks. "
        "The injured were taken to the harbour clinic, where officials said several were in a serious condition. "
        "About 400 crew members did not report for the morning shift, the union said on Saturday. "
        "Mayor Tom Dale continues to insist the pier is safe, saying the repairs were finished in May."
    )
    doc = parse(text)
    annotations = _outlets(doc)
    assert len(annotations.attributions) == 5
    # the first two tell of a strike and of the injured, and are still claims since they report someone on the side;
    # the third is the union's own, and the fourth the mayor's, whose "saying" goes on from his own clause
    assert [(c.text.split()[1], c.speaker) for c in annotations.claims] == [
        ("strike", None),
        ("injured", None),
        ("400", "Velmora Seamen's Union"),
        ("Tom", "Tom Dale"),
    ]


def test_an_act_of_force_is_no_statement_and_its_claim_is_the_outlets() -> None:
    text = "Police fired tear gas at dockers at the Velmora terminal gate on Friday."
    doc = parse(text)
    assert [a.cue.text for a in extract_attributions(doc, []) if a.cue] == ["fired"], "pick a text the model misreads"
    annotations = _outlets(doc)
    assert annotations.attributions == []
    assert [c.speaker for c in annotations.claims] == [None]


def test_a_verb_that_does_with_its_bare_object_is_no_statement_but_one_that_says_or_describes_is() -> None:
    text = (
        "A powerful earthquake hit southern Velmora on Monday. Forward Jon Dale sank a free throw with a minute left. "
        "The Quay cable experienced an outage on Tuesday. The council condemned the raid. Officials saw the plan as "
        "a risk."
    )
    doc = parse(text)
    found = [a.cue.text for a in extract_attributions(doc, []) if a.cue]
    assert found == ["hit", "sank", "experienced", "condemned", "saw"], "pick a text the model misreads"
    annotations = _outlets(doc)
    assert [(a.speaker, a.cue.text if a.cue else None) for a in annotations.attributions] == [
        ("The council", "condemned"),
        ("Officials", "saw"),
    ]
    assert [c.speaker for c in annotations.claims][:3] == [None, None, None]
    # what a verb is of, or a charge, is said by someone, whatever the verb's word
    said = (
        "Senator Ana Ruiz spoke out about the raid on Monday. The captain confessed to the theft. Ana Ruiz raised "
        "questions about the judgment of the harbour master. The ministry has charged Jon Dale with smuggling."
    )
    article = Article(url=None, title=None, text=said, outlet="Velmora Times")
    assert [a.cue.text for a in annotate(parse(said), article).attributions if a.cue] == [
        "spoke out about",
        "confessed to",
        "raised",
        "has charged",
    ]
    # a bid or a quotation in the object's clause is said too ("begged" weighs next to nothing as a cue)
    for text, content, act in (
        ("Ines Varga begged the council for the ferry.", "the council", True),
        ("Ines Varga begged the council to keep the ferry running.", "the council to keep the ferry running", False),
        ('Ines Varga begged lawmakers "not to close" the quay.', 'lawmakers "not to close" the quay', False),
        ('Ines Varga begged the council for "a hearing".', 'the council for "a hearing"', False),
    ):
        cue, start = text.index("begged"), text.index(content)
        attribution = Attribution(
            kind="indirect",
            source=None,
            cue=TextSpan(cue, cue + 6, "begged"),
            content=TextSpan(start, start + len(content), content),
            speaker="Ines Varga",
        )
        assert is_act(parse(text), attribution) is act, text


def test_who_appoints_or_sets_talk_off_acts_and_its_sentence_stays_the_outlets() -> None:
    text = (
        "The Velmora high court appointed Ines Varga as interim mayor on Monday. The closures have sparked debates "
        "in Lenby about the future of the ferry. For the island, the closure raises questions about internal ferry "
        "routes, the reliance on foreign crews and the cost of fuel. The plan provoked outrage from dockworkers on "
        "Tuesday. Critics raised concerns about the cost."
    )
    doc = parse(text)
    found = [a.speaker for a in extract_attributions(doc, [])]
    assert found == ["The Velmora high court", "The closures", "the closure", "dockworkers", "Critics"], found
    annotations = _outlets(doc)
    # those the plan drew outrage from, and critics who raise concerns, speak; a court, closures and a closure do not
    assert [a.speaker for a in annotations.attributions] == ["dockworkers", "Critics"]
    speakers = {c.text.split()[1]: c.speaker for c in annotations.claims}
    assert speakers["Velmora"] is None and speakers["closures"] is None and speakers["plan"] == "dockworkers"


def test_a_request_to_stay_unnamed_is_no_statement_and_its_clause_no_part_of_the_speaker() -> None:
    text = (
        "A spokesperson for the port authority, who asked not to be named because she was not authorised to speak, "
        "said the offer remained open. Two officials requested anonymity. A clerk asked that her name not be used, "
        "and said the ledger was lost."
    )
    doc = parse(text)
    found = [(a.speaker, a.cue.text) for a in extract_attributions(doc, []) if a.cue]
    assert found == [
        ("the port authority", "asked"),
        ("A spokesperson for the port authority", "said"),
        ("Two officials", "requested"),
        ("A clerk", "asked"),
        ("A clerk", "said"),
    ], found
    annotations = _outlets(doc)
    assert [(a.speaker, a.cue.text) for a in annotations.attributions] == [
        ("A spokesperson for the port authority", "said"),
        ("A clerk", "said"),
    ]
    # a clause without a comma tells which one: it stays
    text = "The mother of the boy who drowned said the ferry had no life jackets."
    assert [a.speaker for a in extract_attributions(parse(text), [])] == ["The mother of the boy who drowned"]


def test_what_no_one_said_is_no_statement() -> None:
    text = (
        "No group has claimed responsibility for the raid on the Lenby depot. No one answered calls to the port. "
        "Nobody from the ministry answered calls. No fewer than 20 witnesses said the gunmen fled."
    )
    doc = parse(text)
    found = [a.speaker for a in extract_attributions(doc, []) if a.cue]
    assert found == ["No group", "No one", "Nobody from the ministry", "No fewer than 20 witnesses"], found
    annotations = _outlets(doc)
    assert [a.speaker for a in annotations.attributions] == ["No fewer than 20 witnesses"]
    # parsed with "No" as the witnesses' determiner, they are still twenty
    text = "No fewer than 20 witnesses said the gunmen fled."
    doc = parse(text)
    assert doc[0].dep_ == "det" and doc[0].head.text == "witnesses", "pick a text the parser reads so"
    annotations = _outlets(doc)
    assert [a.speaker for a in annotations.attributions] == ["No fewer than 20 witnesses"]


def test_a_request_left_unanswered_is_no_statement_but_a_reply_is() -> None:
    text = (
        "The port authority did not respond to a request for comment. The ferry company did not immediately reply "
        "to emails seeking comment. The mayor didn't answer questions about the quay. The army did not respond to "
        "the attack. The mayor responded to questions from reporters at the quay."
    )
    doc = parse(text)
    found = [a.speaker for a in extract_attributions(doc, []) if a.cue]
    assert len(found) == 5, found
    annotations = _outlets(doc)
    assert [a.speaker for a in annotations.attributions] == ["The army", "The mayor"]


def test_what_a_crowd_shows_is_no_statement_but_what_it_chants_is() -> None:
    text = (
        "In a show of support, dockers displayed a union flag at a rally in Lenby on Monday, supporting Ines Varga "
        "after her arrest. Mourners carried her portrait and chanted that the port must close. Mourners waved flags, "
        'chanting that the guards must go. Mourners waved flags, chanting "Free Varga". Dockers waved flags as they '
        "demanded a pay rise."
    )
    doc = parse(text)
    found = [(a.speaker, a.cue.text) for a in extract_attributions(doc, []) if a.cue]
    assert found == [
        ("dockers", "displayed"),
        ("dockers", "supporting"),
        ("Mourners", "chanted"),
        ("Mourners", "chanting"),
        ("Mourners", "chanting"),
        ("they", "demanded"),
    ], found
    annotations = _outlets(doc)
    assert [(a.cue.text, a.content.text) for a in annotations.attributions] == [
        ("chanted", "that the port must close"),
        ("chanting", "that the guards must go"),
        ("chanting", '"Free Varga"'),
        ("demanded", "a pay rise"),  # a clause of its own: what they demanded, not how they showed it
    ]


def test_a_claim_about_an_earlier_disaster_narrates_the_past_and_so_does_the_sentence_that_continues_it() -> None:
    text = (
        "A ferry capsized off Quay Island on Monday, killing 14 passengers, the coast guard said.\n\n"
        "In March 2019 a storm sank the Orlin ferry in the same strait, killing 212 people.\n\n"
        "It also destroyed most of the harbour at Lenby.\n\n"
        "Rescuers pulled 40 survivors from the water on Monday night."
    )
    assert _backgrounds(text, datetime(2026, 3, 11, 9, tzinfo=UTC)) == {
        "A": False,
        "In": True,
        "It": True,
        "Rescuers": False,
    }


def _backgrounds(text: str, published: datetime) -> dict[str, bool]:
    """Whether each claim of an article published then narrates the past, by the claim's first word."""
    article = Article(url=None, title=None, text=text, outlet="Velmora Times")
    article.published = published
    return {c.text.split()[0]: c.background for c in annotate(parse(text), article).claims}


def test_a_time_after_since_reaches_the_news_and_does_not_make_a_claim_narrate_the_past() -> None:
    text = (
        "Rescue teams recovered the bodies of 18 miners near Orlin on Thursday, the ministry said.\n\n"
        "The toll of 18 makes it the deadliest mining accident in Velmora since 2019, when 21 miners died.\n\n"
        "In 2019 a flood at the Lenby mine killed 21 miners."
    )
    assert _backgrounds(text, datetime(2031, 3, 6, 9, tzinfo=UTC)) == {"Rescue": False, "The": False, "In": True}


def test_a_figure_its_own_clause_dates_long_before_the_article_is_no_toll_of_its_news() -> None:
    text = (
        "The blast in Lenby raised new fears, weeks after raids that killed 41 people in Corvath in November, "
        "before the vote in June.\n\n"
        "Officials said six people were killed in the blast on Tuesday.\n\n"
        "The toll of the 2019 flood rose to 300 on Monday, officials said."
    )
    article = Article(
        url=None, title=None, text=text, outlet="Velmora Times", published=datetime(2026, 3, 12, tzinfo=UTC)
    )
    ann = annotate(parse(text), article)
    figures = {q.value: q for q in ann.quantities if q.role == "killed"}
    # November's raids are long past though the sentence looks ahead to June; a noun's year dates no figure
    assert figures[41].earlier and not figures[6].earlier and not figures[300].earlier
    assert not figures[41].total("killed") and figures[6].total("killed")


def test_a_post_the_page_embeds_is_said_by_the_account_that_signs_it() -> None:
    post = "The harbour has been shut for ten days and the fishermen have lost a fortune. pic.twitter.com/x1y2z3"
    text = (
        "The mayor of Lenby said on Tuesday that the harbour would reopen within a week.\n\n"
        f"{post}\n\n— Piet Rautio (@prautio) November 18, 2031\n\n"
        "We will reopen on the 25th, as we said. The divers finished their work today, the engineers say.\n\n"
        "— Ada Voss (@adavoss) 19 November 2031\n\n"
        "The harbour master said the divers had found no damage."
    )
    ann = _outlets(parse(text))
    posts = [(a.speaker, a.cue.text, a.content.text) for a in ann.attributions if a.kind == "post"]
    assert posts[0] == ("Piet Rautio", "(@prautio)", post)
    assert posts[1][:2] == ("Ada Voss", "(@adavoss)") and posts[1][2].startswith("We will reopen")
    speakers = {c.text: c.speaker for c in ann.claims}
    assert speakers["The harbour has been shut for ten days and the fishermen have lost a fortune."] == "Piet Rautio"
    # the cue inside the post is the account's words, not a report of the engineers'
    assert speakers["The divers finished their work today, the engineers say."] == "Ada Voss"
    assert speakers["The harbour master said the divers had found no damage."] == "The harbour master"
    assert not any("@" in c.text for c in ann.claims)  # the signature lines are no claims


def test_a_dash_and_a_handle_inside_prose_sign_no_post() -> None:
    text = (
        "The fishermen have lost a fortune this month.\n\n"
        "The union's account — run by Piet Rautio (@prautio) since May — posted a photograph of the empty quay."
    )
    assert not [a for a in _outlets(parse(text)).attributions if a.kind == "post"]


def test_the_outlet_telling_its_own_work_makes_no_claim() -> None:
    text = (
        "A ferry sank off Chios on Thursday and 12 people were missing, the coast guard said.\n\n"
        "The Harbour Gazette has contacted the ferry operator for comment.\n\n"
        "The Harbour Gazette's world desk is following the story.\n\n"
        "The Harbour Gazette revealed last month that the ferry had failed two inspections.\n\n"
        "The captain of a passing ship said he saw no lifeboats."
    )
    article = Article(url=None, title=None, text=text, outlet="Harbour Gazette")
    claims = [c.text for c in annotate(parse(text), article).claims]
    assert not any("comment" in c or "world desk" in c for c in claims)
    assert any("revealed" in c for c in claims) and any("lifeboats" in c for c in claims)
    # an outlet with a short name is matched as a word, not inside another
    article = Article(url=None, title=None, text=text, outlet="AP")
    assert any("captain" in c for c in (c.text for c in annotate(parse(text), article).claims))
    # nor is a dateline before the subject the outlet's own work
    dateline = "CLEVELAND, Ohio – The Velm Brothers will try to tour the Gulf coast in 2027."
    article = Article(url=None, title=None, text=dateline, outlet="Cleveland")
    assert [c.text for c in annotate(parse(dateline), article).claims] == [dateline]
