"""How each outlet names the happening: the noun with its own modifiers, as the parse shows them."""

from __future__ import annotations

from storyline.compare.voices import framing
from storyline.extract.annotate import annotate_many
from storyline.model import Article, FramingTerm


def terms_of(text: str, title: str | None = None) -> list[tuple[str, int, str, bool]]:
    article = Article(url=None, title=title, outlet="Velmora Times", text=text)
    annotations = {article.id: next(annotate_many([article]))}
    return sorted((t.term, t.count, t.voice, t.loaded) for t in framing([article], annotations))


def test_terms_keep_their_own_modifiers_and_nothing_before_them() -> None:
    terms = terms_of(
        "The United States military operation ended at dawn. Police detained Arlo Penn following clashes. "
        'Residents called it a "brutal crackdown" and a cold-blooded raid. Critics condemned Velmora\'s invasion.'
    )
    assert terms == [
        ("brutal crackdown", 1, "quoted", True),
        ("clashes", 1, "own", False),
        ("cold-blooded raid", 1, "own", True),
        ("invasion", 1, "own", True),
        ("united states military operation", 1, "own", False),
    ]


def test_a_dateline_the_parser_hung_on_the_first_noun_is_no_part_of_its_term() -> None:
    terms = terms_of("GOMA, Democratic Republic of Congo — M23 rebels took control of the town of Sake on Sunday.")
    assert [t[0] for t in terms] == ["m23 rebels"]


def test_a_body_named_by_an_event_noun_is_not_a_framing_of_the_event() -> None:
    text = (
        "The raid on the Quay killed two dockers. The United Nations Harbour Mission said the raid broke the truce, "
        "and the U.N. mission will visit on Monday."
    )
    assert {term for term, *_ in terms_of(text)} == {"raid"}


def test_a_month_is_no_march() -> None:
    text = "Velmora gets most of its rain between January and March. The march to the harbour went ahead on Monday."
    assert terms_of(text) == [("march", 1, "own", False)]  # the walk to the harbour; the month is a date


def test_verbs_of_the_same_spelling_are_no_naming() -> None:
    terms = terms_of(
        "Officers opened fire on the crowd. Youths set tyres on fire. A fire broke out in the warehouse. "
        "Parents rally in the square every week.",
        title="Dockers hold peaceful demonstration as police fire tear gas",
    )
    assert terms == [("fire", 1, "own", False), ("peaceful demonstration", 1, "own", True)]


def test_a_verb_the_parser_took_for_a_plural_modifier_is_no_naming() -> None:
    terms = terms_of("The flood reached the square by noon.", title="Storm floods town as river rises")
    assert terms == [("flood", 1, "own", False), ("storm", 1, "own", False)]  # the headline's "floods" is its verb


def test_a_noun_that_modifies_a_role_or_service_names_no_happening() -> None:
    terms = terms_of(
        "Two guards were hurt when fire reached the night shift. Chief fire officer Ana Loy said the blaze "
        "began in a store room, and fire crews worked until dawn. The fire death toll rose to three. Port operations "
        "resumed."
    )
    assert terms == [("blaze", 1, "own", False), ("fire", 2, "own", False)]
    terms = terms_of("Riot police broke up the protest in Lenby. Officers in riot gear arrested 40 people.")
    assert terms == [("protest", 1, "own", False)]


def test_an_article_in_another_language_has_no_english_namings() -> None:
    article = Article(url=None, title=None, outlet="Diario Velmora", text="La marcha fue un desastre.", language="es")
    assert next(annotate_many([article])).namings == []


def story_terms(*reports: tuple[str, str]) -> list[FramingTerm]:
    """The framing of a story of untitled articles, one per (outlet, text)."""
    articles = [Article(url=None, title=None, outlet=outlet, text=text) for outlet, text in reports]
    annotations = dict(zip((a.id for a in articles), annotate_many(articles), strict=True))
    return framing(articles, annotations)


def test_a_happening_of_another_kind_mentioned_in_passing_is_no_framing_of_the_story() -> None:
    terms = story_terms(
        ("Velmora Times", "The dockers' strike entered its second day, days after a deadly warehouse fire."),
        ("Quay Courier", "The walkout at the quay continued as the union held a rally."),
    )
    assert {t.term for t in terms} == {"strike", "walkout", "rally"}


def test_a_headline_in_title_case_is_read_in_the_article_s_own_casing() -> None:
    body = "Parents held a rally on Thursday; the protests were violent at times. Velmora Harbour Board stayed shut."
    assert terms_of(body, title="Frustrated Parents Rally As Velmora Harbour Board Stays Shut") == [
        ("protests", 1, "own", False),  # "rally" is what the parents do in the headline, as the body shows
        ("rally", 1, "own", False),
    ]
    assert ("violent protests", 1, "own", True) in terms_of(body, title="Harbour Quiet Again After Violent Protests")


def test_the_doers_are_framed_by_the_noun_each_outlet_names_them_with() -> None:
    terms = story_terms(
        ("Velmora Times", "Armed bandits seized 30 travellers near Oska. Fire fighters found two of them."),
        ("Quay Courier", "Gunmen kidnapped 30 travellers near Oska, and rebel forces denied a role."),
        ("Oska Post", "Terrorists abducted 30 travellers near Oska, said Ana Loy, a rights activist."),
    )
    doers = {(t.outlet, t.term, t.loaded) for t in terms if t.referent in ("bandit", "gunman", "terrorist")}
    assert doers == {
        ("Velmora Times", "armed bandits", False),
        ("Quay Courier", "gunmen", False),
        ("Oska Post", "terrorists", True),
    }
    # fire fighters, rebel forces and an activist are no doers of it
    assert {t.term for t in terms} == {"armed bandits", "gunmen", "terrorists"}


def test_doers_keep_the_name_of_their_group_and_lose_a_headline_verb_read_as_a_noun() -> None:
    assert ("hamas gunmen", 1, "own", False) in terms_of("Hamas gunmen raided a border post near Oska on Monday.")
    terms = terms_of(
        "Marchers filled the square in Oska on Saturday.", title="Protest turns violent as police charge marchers"
    )
    assert [t for t in terms if "marchers" in t[0]] == [("marchers", 2, "own", False)]


def test_a_quake_is_framed_by_its_nouns_and_not_by_the_agency_that_counts_its_dead() -> None:
    terms = terms_of(
        "A powerful earthquake struck Oska on Monday. The disaster agency said the quake and two strong tremors "
        "destroyed 300 homes."
    )
    assert {term for term, *_ in terms} == {"powerful earthquake", "quake", "strong tremors"}


def test_the_people_a_happening_befalls_are_named_in_contested_words() -> None:
    terms = terms_of(
        "At least 27 migrants drowned off Lampedusa on Friday. The asylum seekers had paid smugglers in Sfax. "
        '"The refugees called for help," a charity said. Job seekers queued at the port, beside a migrant boat.'
    )
    assert [(term, voice) for term, _, voice, _ in terms] == [
        ("asylum seekers", "own"),
        ("migrants", "own"),
        ("refugees", "quoted"),
    ]


def test_held_hostage_is_an_idiom_and_hostages_are_people() -> None:
    terms = terms_of("Dockers are holding the main port hostage. Gunmen took 12 tourists hostage in Lenby.")
    assert [term for term, *_ in terms] == ["gunmen"]
    terms = terms_of("The hostages were freed in Lenby on Monday.")
    assert [term for term, *_ in terms] == ["hostages"]


def test_an_earlier_happening_a_background_sentence_recalls_is_no_naming_of_this_one() -> None:
    from datetime import UTC, datetime

    article = Article(
        url=None,
        title=None,
        outlet="Velmora Times",
        published=datetime(2026, 12, 2, tzinfo=UTC),
        text="A fire destroyed the Lenby market on Monday, killing four traders. "
        "In 2019, a flood killed 12 people in the same valley.",
    )
    annotations = {article.id: next(annotate_many([article]))}
    assert [t.term for t in framing([article], annotations)] == ["fire"]


def test_an_accident_is_named_as_one_outlet_chooses() -> None:
    terms = terms_of(
        "The derailment near Cuttack killed 14 passengers. Officials said the crash was an accident. "
        "A radio in the cab played at full blast."
    )
    assert [term for term, *_ in terms] == ["accident", "crash", "derailment"]


def test_a_paramilitary_is_named_as_an_armed_doer() -> None:
    terms = terms_of("Paramilitaries shelled the camp near El Fasher on Tuesday, killing nine people.")
    assert [term for term, *_ in terms] == ["paramilitaries"]
