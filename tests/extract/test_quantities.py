"""Quantities read off one spaCy parse: values and bounds, counted noun, kind and casualty role."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.extract.nlp import parse
from storyline.extract.quantities import extract_quantities
from storyline.model import Quantity


def quantities(text: str) -> list[Quantity]:
    return extract_quantities(parse(text))


def quantity(text: str, phrase: str) -> Quantity:
    """The one quantity whose phrase text is `phrase`."""
    found = [q for q in quantities(text) if q.text == phrase]
    assert len(found) == 1, [q.text for q in quantities(text)]
    return found[0]


def counted(q: Quantity) -> str | None:
    return q.counted.text if q.counted else None


@pytest.mark.parametrize(
    ("text", "phrase", "value", "low", "high"),
    [
        ("Dozens of protesters were arrested after the march in Velmora.", "Dozens", 12, 12, None),
        ("Scores of families fled the flooding along the Tarn valley.", "Scores", 20, 20, None),
        ("Hundreds of fishermen were left homeless by the cyclone.", "Hundreds", 100, 100, None),
        ("Thousands of residents were evacuated from Port Alder.", "Thousands", 1000, 1000, None),
        ("Tens of thousands of residents were displaced by the fire.", "Tens of thousands", 10_000, 10_000, None),
        ("A dozen officers were hurt during the riot in Kessing.", "A dozen", 12, 12, 12),
        ("More than 30 people died in the crash near Orlin, officials said.", "More than 30", 31, 31, None),
        ("More than a dozen people were wounded in the stampede.", "More than a dozen", 13, 13, None),
        ("At least 12 fishermen remain missing after the storm.", "At least 12", 12, 12, None),
        ("Up to 40 villagers were evacuated from the valley.", "Up to 40", 40, None, 40),
        ("Nearly 50 students were hospitalised with food poisoning.", "Nearly 50", 50, None, 50),
        ("Almost 50 miners were trapped underground at Grell.", "Almost 50", 50, None, 50),
        ("Around 200 people were detained in the capital.", "Around 200", 200, None, None),
        ("About 200 people gathered outside the ministry.", "About 200", 200, None, None),
        ("Fewer than 10 people attended the hearing.", "Fewer than 10", 9, None, 9),
        ("Between 10 and 15 guards were injured in the clashes.", "Between 10 and 15", 10, 10, 15),
        ("10 to 15 protesters were arrested in Lenby.", "10 to 15", 10, 10, 15),
        ("Some 10 to 15 protesters were arrested in Lenby.", "Some 10 to 15", 10, 10, 15),
        ("Around 30-40 people were killed in the raid.", "Around 30-40", 30, 30, 40),
        ("Turnout was 40% to 45% in the Lenby wards.", "40% to 45%", 40, 40, 45),
        ("Several thousand people marched through Orlin.", "Several thousand", 1000, 1000, None),
        ("Over 300 people were arrested at the stadium.", "Over 300", 301, 301, None),
        # what a toll passed or topped it is more than; not what a driver passed
        ("The death toll in Orlin passed 1,200 on Sunday.", "1,200", 1201, 1201, None),
        ("The driver passed 3 lorries on the coast road.", "3", 3, 3, 3),
        # a comparison as the predicate bounds the figure
        ("The death toll in Orlin was above 40 on Sunday.", "above 40", 41, 41, None),
        ("The death toll is likely to be higher than 40, the charity said.", "higher than 40", 41, 41, None),
        ("Turnout in Lenby was lower than 30 percent.", "lower than 30 percent", 29, None, 29),
    ],
)
def test_vague_quantities_and_bounds(text: str, phrase: str, value: float, low: float | None, high: float | None):
    q = quantity(text, phrase)
    assert (q.value, q.low, q.high) == (value, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "The Lenby Wolves won a 3-2 victory over the Harbour Kings.",  # a score
        "The council voted 5 to 4 for the tram.",  # a vote
        "The toll rose from 10 to 15 deaths on Monday.",  # a change
        "The Lenby Wolves lost 2 to 3 on Sunday.",  # nothing counted after it
        "After a 9-14 start, the Lenby Wolves rallied.",  # a tally of wins and losses
        "Lenby (0-1): Blakely 15 points.",  # a record in a box score ("):" tagged a noun)
    ],
)
def test_two_numbers_that_are_no_range_stay_two(text: str):
    assert len([q for q in quantities(text) if q.kind == "count"]) == 2


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The death toll rose from 10 to 15 on Monday.", {"10": "other", "15": "killed"}),
        ("The number of dead climbed from 22 to 31 overnight.", {"22": "other", "31": "killed"}),
        ("Arrests rose from 40 to 65 after the march.", {"40": "other", "65": "arrested"}),
        ("Visitors from 3 countries came to the Lenby fair.", {"3": "other"}),
    ],
)
def test_a_toll_that_rose_from_one_figure_to_another_is_the_second(text: str, figures: dict[str, str]):
    assert {q.text: q.role for q in quantities(text)} == figures


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Thirty-two miners were rescued from the Halden shaft.", "Thirty-two", 32),
        ("Seventeen protesters were detained by the police.", "Seventeen", 17),
        ("The ferry carried one hundred and twenty passengers.", "one hundred and twenty", 120),
        ("Two dozen soldiers were flown to the border post.", "Two dozen", 24),
        ("The shelter now houses 1,200 people.", "1,200", 1200),
        ("Some 1.5 million people have fled the fighting.", "Some 1.5 million", 1_500_000),
        ("The floods left half a million people homeless in the delta.", "half a million", 500_000),
        ("A quarter of a million residents were moved inland.", "A quarter of a million", 250_000),
        ("Two and a half thousand dockworkers joined the strike.", "Two and a half thousand", 2_500),
    ],
)
def test_numbers_in_words_and_digits(text: str, phrase: str, value: float):
    q = quantity(text, phrase)
    assert q.value == value
    assert q.kind == "count"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("He served 4½ months in a Lenby prison.", "4½", 4.5),
        ("He served four and a half months in a Lenby prison.", "four and a half", 4.5),
        ("He served 9 months of a 2-1/2 year sentence.", "2-1/2", 2.5),
        ("He was sentenced to 2 1/2 years.", "2 1/2", 2.5),
        ("The storm dumped 1½ inches of rain on Orlin.", "1½", 1.5),
    ],
)
def test_a_whole_number_and_a_fraction_are_one_figure(text: str, phrase: str, value: float) -> None:
    assert quantity(text, phrase).value == value


def test_exact_number_has_equal_bounds_and_exact_offsets():
    text = "Officials in Varno said 32 Cuban nationals were killed in the raid."
    (q,) = quantities(text)
    assert (q.value, q.low, q.high) == (32, 32, 32)
    assert text[q.start : q.end] == q.text == "32"
    assert q.counted is not None
    assert text[q.counted.start : q.counted.end] == q.counted.text == "Cuban nationals"
    assert (q.kind, q.role) == ("count", "killed")


@pytest.mark.parametrize(
    ("text", "phrase", "noun"),
    [
        ("The island confirmed the deaths of 32 of its nationals in the strike.", "32", "nationals"),
        ("Dozens of protesters were arrested after the march.", "Dozens", "protesters"),
        ("The storm destroyed two confidential archives in Lenby.", "two", "confidential archives"),
        ("None of the 12 crew members was hurt.", "12", "crew members"),
        ("Officials said the 32 killed were members of the palace guard.", "32", None),
    ],
)
def test_counted_noun(text: str, phrase: str, noun: str | None):
    assert counted(quantity(text, phrase)) == noun


@pytest.mark.parametrize(
    ("text", "phrase", "role"),
    [
        ("Thirty-two miners were killed in the collapse at Halden.", "Thirty-two", "killed"),
        ("Rebels killed 17 people in the village of Marwen on Tuesday.", "17", "killed"),
        ("The death toll rose to 14 on Sunday.", "14", "killed"),
        ("The blast left 17 dead in the market.", "17", "killed"),
        ("The blast claimed 9 lives in the market.", "9", "killed"),
        ("The island confirmed the deaths of 32 of its nationals in the strike.", "32", "killed"),
        ("Officials said the 32 killed were members of the palace guard.", "32", "killed"),
        ("Police said 17 people were found dead near the dam.", "17", "killed"),
        ("The number of dead has reached 25, officials said.", "25", "killed"),
        ("Seventeen guards were wounded in the ambush.", "Seventeen", "injured"),
        ("Three children drowned when their boat capsized.", "Three", "killed"),
        ("Police revised the death toll down to 7 on Tuesday.", "7", "killed"),
        # sheltering in a refuge is displacement; sheltering in place is not
        ("Some 3,000 villagers sheltered in a school overnight.", "Some 3,000", "displaced"),
        ("Some 3,000 villagers sheltered in place overnight.", "Some 3,000", "other"),
        ("The crowd of 300 drowned out the speeches.", "300", "other"),
        ("Two people died and 5 were injured in the fire.", "5", "injured"),
        ("A dozen officers were hurt during the riot.", "A dozen", "injured"),
        # "hurt" in the active voice harms only where a blow is dealt
        ("The blast hurt 12 people at the depot.", "12", "injured"),
        ("The housing crisis that hurt millions of families is over.", "millions", "other"),
        ("The tariffs have hurt thousands of farmers in the valley.", "thousands", "other"),
        ("This is one reason the senator is hurting with young voters.", "one", "other"),
        ("Nearly 50 students were hospitalised with food poisoning.", "Nearly 50", "injured"),
        ("Police arrested 40 demonstrators outside the court.", "40", "arrested"),
        ("Around 200 people were detained in the capital.", "Around 200", "arrested"),
        ("Police said 40 were held overnight at the station.", "40", "arrested"),
        ("Police said 40 had been held overnight at the station.", "40", "arrested"),
        ("The campaign has held more than 300 town halls in the state.", "more than 300", "other"),
        ("At least 12 fishermen remain missing after the storm.", "At least 12", "missing"),
        ("The clerk could not find the 3,000 ballots that are missing.", "3,000", "other"),
        # "went missing", parsed as an adverbial clause; a linking verb's relative clause says what befell them
        ("Twelve fishermen went missing after the storm.", "Twelve", "missing"),
        ("The 12 fishermen who went missing were found on Sunday.", "12", "missing"),
        ("Three stewards who remain in hospital are stable.", "Three", "injured"),
        ("The four men who were in custody escaped on Friday.", "four", "arrested"),
        ("The two stewards who are not missing spoke to reporters.", "two", "other"),
        # jobs that disappear and trials that are held are no people
        ("Nearly 10,000 manufacturing jobs disappeared from the valley.", "Nearly 10,000", "other"),
        ("Two trials have been held before a federal judge in Lenby.", "Two", "other"),
        ("Two men have been held since Friday.", "Two", "arrested"),
        # whom a noun of death names died, wherever they were held
        (
            "Doctors cited the deaths of at least three children in border custody last year.",
            "at least three",
            "killed",
        ),
        (
            "The judge's death left the court's eight remaining members evenly divided along party lines, and a case"
            " stalled.",
            "eight",
            "other",
        ),
        # "which" stands for things, "whom" for people
        ("The port held nine fairs, six of which were held in the old market.", "six", "other"),
        ("Twelve people were arrested, six of whom were held overnight.", "six", "arrested"),
        ("A dozen officers were hurt, and 3 remain unaccounted for.", "3", "missing"),
        # the abducted are missing; a hostage count alone says nothing of whether they are still held
        ("Gunmen abducted 23 pupils from a boarding school in Lenby.", "23", "missing"),
        ("Armed men kidnapped three aid workers near the border.", "three", "missing"),
        ("The kidnapping of four engineers was condemned by the union.", "four", "missing"),
        ("Twelve hostages were freed on Friday.", "Twelve", "other"),
        # held by captors, or as hostages, is missing; held by the police or the army is custody
        ("Gunmen held 20 travellers hostage for two days.", "20", "missing"),
        ("The 11 pupils still held by their kidnappers are all boys.", "11", "missing"),
        ("About 101 hostages are still held in the tunnels.", "About 101", "missing"),
        ("Three suspects are being held by the army.", "Three", "arrested"),
        # a verb of report or fear before the cue: what is known or feared of them
        ("Rescuers searched for 11 people reported missing in the district.", "11", "missing"),
        ("There were 20 people feared dead.", "20", "killed"),
        ("He named 3 people not reported missing.", "3", "other"),
        ("Police questioned 12 people reported to be witnesses.", "12", "other"),
        ("Tens of thousands of residents were displaced by the fire.", "Tens of thousands", "displaced"),
        ("Up to 40 villagers were evacuated from the valley.", "Up to 40", "displaced"),
        ("The fire left 2,300 people homeless in Dunmere.", "2,300", "displaced"),
        ("Scores of families fled the flooding along the Tarn.", "Scores", "displaced"),
        # a home left behind: the leavers are displaced, not doers
        ("The blaze forced about 3,000 people to leave their homes near Lenby.", "about 3,000", "displaced"),
        ("About 3,000 people left their homes as the river rose.", "About 3,000", "displaced"),
        ("The fighting has driven 10,000 villagers from their homes.", "10,000", "displaced"),
        ("Five people left the house before it collapsed.", "Five", "other"),
        ("Five people left the harbour on the morning ferry.", "Five", "other"),
        ("Gunmen killed 12 villagers, including 5 children.", "5", "killed"),
        ("A total of 649 individuals were arrested in the sweep.", "649", "arrested"),
        ("The observatory also reported hundreds of injured.", "hundreds", "injured"),
        ("One marcher was taken to hospital with a broken arm.", "One", "injured"),
        ("Two stewards were treated for burns at the scene.", "Two", "injured"),
        ("Nine passengers remain in hospital.", "Nine", "injured"),
        ("The clashes left 3 protesters with gunshot wounds.", "3", "injured"),
        ("The fire left 5 people with severe burns.", "5", "injured"),
        ("Two patients with severe burns died overnight.", "Two", "killed"),
        ("The storm left 200 families with no power.", "200", "other"),
        ("Police rounded up 200 people after the match.", "200", "arrested"),
        ("The shepherd rounded up 40 sheep.", "40", "other"),
        # a verb joined to the subject's own that shares the subject tells its fate
        ("Eleven people were pulled from the rubble and were treated for injuries.", "Eleven", "injured"),
        ("Three climbers reached the summit and died on the descent.", "Three", "killed"),
        ("Five soldiers stormed the post and killed two guards.", "Five", "other"),
        ("Ten people were questioned and two were hospitalised.", "Ten", "other"),
        ("Two men fled and were later arrested in Lenby.", "Two", "arrested"),
        ("Hundreds fled and took shelter in schools.", "Hundreds", "displaced"),
        ("The 3 nurses worked in the hospital for years.", "3", "other"),
        ("The 40 passengers were taken to the port.", "40", "other"),
        ("The 5 suspects were charged with assault.", "5", "other"),
        ("Police in Dunmere have three men in custody.", "three", "arrested"),
        ("The ferry carried 40 passengers across the lake.", "40", "other"),
        ("The death of Tomas Brell, a father of seven, shocked the town.", "seven", "other"),
        # a number the parser joins to a noun and its own verb is not told by that verb
        ("At least 27 migrants drowned and 40 were rescued off Orlin.", "40", "other"),
        ("At least 27 migrants drowned and 40 were rescued off Orlin.", "At least 27", "killed"),
        # the toll a clause completing the subject's verb states; not a forecast of change
        ("The death toll is likely to be higher than 40, the charity said.", "higher than 40", "killed"),
        ("The death toll was believed to be 40 on Sunday.", "40", "killed"),
        ("The death toll is expected to rise to 40.", "40", "other"),
        # survival denied to all is death
        ("None of the 62 passengers and crew survived.", "62", "killed"),
        ("There were no survivors among the 58 passengers on the ferry.", "58", "killed"),
        ("Three passengers did not survive.", "Three", "killed"),
        ("Two passengers survived the crash.", "Two", "other"),
        ("None of the 12 hostages was hurt.", "12", "other"),
        # a participle after a bounded number is its own fate, not the verb's it is joined to
        ("Three people were killed and at least 180 arrested on Tuesday.", "at least 180", "arrested"),
        # refugees moved to a refuge by the news are displaced; a standing population of refugees is not
        ("Eleven people lost their lives in the crash.", "Eleven", "killed"),
        # the freed of those abducted are no longer missing
        ("The army said it had freed 137 pupils abducted from a school in Lenby.", "137", "other"),
        ("Forty kidnapped villagers were released on Sunday.", "Forty", "other"),
        ("Parents said at least 15 children abducted from the school were still missing.", "at least 15", "missing"),
        ("Authorities moved more than 750,000 people to shelters.", "more than 750,000", "displaced"),
        ("About a million refugees live in the camps near Orlin.", "About a million", "other"),
        ("The camps are home to about 400,000 refugees.", "about 400,000", "other"),
        ("About 3,000 refugees crossed into Orlin on Monday.", "About 3,000", "displaced"),
    ],
)
def test_role(text: str, phrase: str, role: str):
    q = quantity(text, phrase)
    assert (q.kind, q.role) == ("count", role)


@pytest.mark.parametrize(
    ("text", "phrase", "unit"),
    [
        ("The council declared two days of national mourning for the victims.", "two", "days"),
        ("The mayor imposed a 48-hour curfew after 6 people were killed.", "48", "hour"),
        ("The road to the mine was closed for 48 hours.", "48", "hours"),
        ("The court granted the company a six-month reprieve.", "six", "month"),
        ("The two suspects were held for 3 days.", "3", "days"),
        ("Fighting in the hills went on over 2 weeks.", "2", "weeks"),
    ],
)
def test_durations_are_never_casualties(text: str, phrase: str, unit: str):
    q = quantity(text, phrase)
    assert (q.kind, q.role, counted(q)) == ("duration", "other", unit)


def test_duration_and_casualty_in_one_sentence():
    found = {q.text: q for q in quantities("The mayor imposed a 48-hour curfew after 6 people were killed.")}
    assert (found["48"].kind, found["48"].role) == ("duration", "other")
    assert (found["6"].kind, found["6"].role) == ("count", "killed")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("No deaths were reported among the 40 passengers.", "40"),
        ("None of the 12 crew members was hurt.", "12"),
        ("Forty people were not hurt when the bridge gave way.", "Forty"),
        ("Half of the 300 passengers were hurt in the crash.", "300"),
        # a parent's children, and killings tried but not done
        ("The ferryman, a father of two, was killed when the boat capsized.", "two"),
        ("The ferryman and father to two boys died on the quay.", "two"),
        ("He shot the guard, in addition to attempting to murder three other people.", "three"),
        ("He was convicted of the attempted murder of two officers.", "two"),
    ],
)
def test_negated_or_partitive_numbers_are_not_casualties(text: str, phrase: str):
    assert quantity(text, phrase).role == "other"


def test_nationality_and_places_are_not_victims():
    found = {q.text: q for q in quantities("The storm killed 6 people from 3 countries.")}
    assert found["6"].role == "killed"
    assert (found["3"].role, counted(found["3"])) == ("other", "countries")
    found = {q.text: q for q in quantities("Citizens of 4 countries were among the 20 dead.")}
    assert (found["4"].role, found["20"].role) == ("other", "killed")


def test_the_doer_is_not_the_victim():
    found = {q.text: q for q in quantities("The 3 gunmen killed 12 villagers.")}
    assert (found["3"].role, found["12"].role) == ("other", "killed")


@pytest.mark.parametrize(
    ("text", "phrase", "value", "owner"),
    [
        ("The farmer, aged 34, was among the dead.", "34", 34, "farmer"),
        ("A 29-year-old woman was injured in the blast.", "29", 29, "woman"),
        ("A 34-year-old was arrested at the border.", "34", 34, None),
        ("Maria Lopes, 34, was among those injured.", "34", 34, "Maria Lopes"),
        # ages joined to the first, beside a name or a person noun
        ("His two half-brothers, 17 and 22, were also arrested.", "22", 22, "brothers"),
        ("His two half-brothers, 17 and 22, were also arrested.", "17", 17, "brothers"),
        ("Two men, aged 17 and 22, were arrested in Lenby.", "22", 22, "men"),
        # a death at an age is one death, not 88 of them
        ("Ada Voss died on Tuesday at 88.", "88", 88, "Ada Voss"),
        ("Ada Voss, who died at 88, wrote nine novels.", "88", 88, None),
        ("She passed away at the age of 88 in her home.", "88", 88, None),
    ],
)
def test_ages(text: str, phrase: str, value: float, owner: str | None):
    q = quantity(text, phrase)
    assert (q.kind, q.value, q.role, counted(q)) == ("age", value, "other", owner)


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed on 12 June 2025 in Orlin.",
        "The war began in 2019 and ended in March.",
        "The memorial opens on January 5 and 6.",
        "The report was published two days ago.",
        "A man was detained ahead of the 26 September referendum.",
    ],
)
def test_no_quantities_inside_dates(text: str):
    assert quantities(text) == []


def test_year_like_number_before_plural_noun_is_a_count():
    q = quantity("The flood of 1998 destroyed 2000 homes in the valley.", "2000")
    assert (q.kind, counted(q)) == ("count", "homes")


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "value"),
    [
        ("Prices at the market rose 5% in a week.", "5%", "percent", 5),
        ("The council spent $3 million on repairs.", "$3 million", "money", 3_000_000),
        ("She finished 23rd in the race at Orlin.", "23rd", "ordinal", 23),
        ("The convoy used Route 9 to reach the camp.", "9", "other", 9),
    ],
)
def test_other_kinds(text: str, phrase: str, kind: str, value: float):
    q = quantity(text, phrase)
    assert (q.kind, q.value, q.role) == (kind, value, "other")


def test_hyphenated_ordinal_and_pronoun_one_are_not_quantities():
    assert quantities("A third-party audit praised the new one.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "role"),
    [
        ("Two more ferrymen died on Friday, bringing the toll to 11.", "11", "killed"),
        ("Officials put the death toll at 40.", "40", "killed"),
        ("The ministry put the number of injured at 60.", "60", "injured"),
        ("The number of people killed rose to 14.", "14", "killed"),
        # the parser makes "confirmed" the verb and "rose" its clause; a verb of report passes on the state
        ("The number of people confirmed dead after a ferry sank off Orlin rose to 19 on Thursday.", "19", "killed"),
        ("The number of people reported missing rose to 30.", "30", "missing"),
        # ... or "rose" a loose dependent of "confirmed", or an adverbial clause of it, or "confirmed" its subject
        ("The number of people confirmed dead rose to 17 on Friday.", "17", "killed"),
        ("The number of people confirmed dead in Thursday's shipwreck off Tarvo rose to 17 on Friday.", "17", "killed"),
        (
            "ROME — The number of people confirmed dead in the shipwreck off Lampedusa rose to 17 on Friday, "
            "officials said.",
            "17",
            "killed",
        ),
        ("The number of tourists reported in the town rose to 300.", "300", "other"),
        ("They brought the boats to 12 harbours.", "12", "other"),
        # some of the wounded who died are dead; those discharged are still the wounded
        ("The toll rose to 11 after two of the wounded died in hospital overnight.", "two", "killed"),
        ("Three of the injured were discharged on Monday.", "Three", "injured"),
    ],
)
def test_a_toll_named_by_the_object_or_subject_gives_the_role(text: str, phrase: str, role: str) -> None:
    assert quantity(text, phrase).role == role


@pytest.mark.parametrize(
    ("text", "phrase", "role", "part"),
    [
        ("The toll rose to 11 after two wounded soldiers died overnight.", "two", "killed", True),
        ("Two injured men later died in hospital.", "Two", "killed", True),
        ("Two wounded soldiers were flown to the capital.", "Two", "injured", False),
        ("Two injured men attacked a guard.", "Two", "injured", False),
    ],
)
def test_the_wounded_who_died_are_dead_of_a_toll_counted_before(text: str, phrase: str, role: str, part: bool) -> None:
    q = quantity(text, phrase)
    assert (q.role, q.part) == (role, part)


@pytest.mark.parametrize(
    ("text", "phrase", "role"),
    [
        ("Divers had recovered 18 bodies from the ferry by dawn.", "18", "killed"),
        ("The bodies of 12 ferrymen washed ashore near the quay.", "12", "killed"),
        ("Police found three charred bodies in the van.", "three", "killed"),
        ("Two regulatory bodies opened an inquiry into the port.", "Two", "other"),
        ("One body was found on the quay and two lay in the water.", "One", "killed"),
        # an address in a sentence about bodies is no toll
        ("The bodies of two ferrymen were found at 24 Harbour Road on Tuesday.", "24", "other"),
    ],
)
def test_bodies_counted_are_the_dead_but_bodies_that_govern_are_not(text: str, phrase: str, role: str) -> None:
    assert quantity(text, phrase).role == role


@pytest.mark.parametrize(
    ("text", "phrase", "part"),
    [
        ("The toll rose to 17 after three more injured dockers died in hospital.", "three", True),
        ("The toll rose to 17 after three more injured dockers died in hospital.", "17", False),
        ("Another two ferrymen were killed on Friday.", "two", True),
        ("The ministry reported 12 new deaths on Sunday.", "12", True),
        ("The death toll rose by five to 31 on Sunday.", "five", True),
        ("The death toll rose by five to 31 on Sunday.", "31", False),
        ("Forty-one people were injured. Six of them remain in hospital.", "Six", True),
        ("The dead include eight loaders, four guards and a clerk.", "four", True),
        ("At least 12 people were killed, including five children.", "five", True),
        ("At least 12 people were killed, including five children.", "At least 12", False),
        ("Among the dead were a ferryman and his two sons, police said.", "two", True),
        ("Velmora confirmed the deaths of 32 of its sailors.", "32", False),
        # "also" sets a count beside another role's as often as beside earlier ones of its own: a total
        ("Ten people were killed. As many as 80 people were also wounded.", "As many as 80", False),
        # a share of a group the reader knows
        ("One of the dock bosses arrested in the raid has hanged himself.", "One", True),
        ("Police named 12 of the dead on Monday.", "12", True),
        ("More than 30 people died on the quay.", "More than 30", False),
        # the total its subject is one of
        ("A ferryman was among the 12 killed on the quay.", "12", False),
    ],
)
def test_a_part_of_a_total_is_told_from_the_total(text: str, phrase: str, part: bool) -> None:
    assert quantity(text, phrase).part is part


def _killed(text: str) -> list[tuple[str, float | None, bool]]:
    """The killed counts of a whole annotation, which hands the corrected person names to the quantity stage."""
    from storyline.extract import annotate
    from storyline.model import Article

    article = Article(url=None, title=None, text=text, outlet="Velmora Times")
    return [(q.text, q.value, q.part) for q in annotate(parse(text), article).quantities if q.role == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A driver struck and killed a woman outside the Velmora market on Friday.", [("a", 1, False)]),
        ("Police said a 17-year-old boy died after being stabbed in Lenby on Friday.", [("a", 1, False)]),
        ("A gunman killed a teacher at the school in Orlin, police said.", [("a", 1, False)]),
        (
            "Police said Jorge Almeida was pronounced dead at the Port Alder hospital on Friday.",
            [("Jorge Almeida", 1, False)],
        ),
        # people named together are counted together
        (
            "Captain Tomas Varga and bomb technician Ilse Marr were killed in the blast at the Lenby bank.",
            [("Tomas Varga and bomb technician", 2, False)],  # the parser hangs "Ilse Marr" on "Varga"
        ),
        (
            "The blast killed a police officer and a bomb disposal technician.",
            [("a police officer and a bomb disposal technician", 2, False)],
        ),
        # ... also when the parser joins the second to the first one's apposition
        (
            "Senior Trooper William Hakes, a bomb squad technician with the Lenby State Police, and Capt. Tom "
            "Tennison of the Orlin Police Department were killed when a bomb exploded at a bank branch.",
            [
                (
                    "Trooper William Hakes, a bomb squad technician with the Lenby State Police, and Capt. Tom "
                    "Tennison",
                    2,
                    False,
                )
            ],
        ),
        # a name after a comma is the person noun before it, not one more
        (
            "Tomas Varga was charged with the murder of his mother, Ilse Varga, and sister, Mira Varga, in Lenby.",
            [("Ilse Varga, and sister", 2, False)],
        ),
        # an aide to someone is not that someone; who means to kill kills no one; a pet is no person
        (
            "Anton Berg, an aide to Governor Ilse Marr and her deputy, died of natural causes.",
            [("Anton Berg", 1, False)],
        ),
        ("Prosecutors believe Tomas Varga intended to kill one other person that night.", []),
        # a place the model tags a person is no victim ("off" parsed as the verb's particle, the island its object)
        (
            "The number of people confirmed dead in Thursday's shipwreck off Lampedusa rose to 17 on Friday after "
            "divers recovered eight more bodies.",
            [("17", 17, False), ("eight", 8, True)],
        ),
        ("Tomas Varga pleaded guilty to threatening to assault and murder a Lenby official.", []),
        # a name modifying a noun is not the person; the one found guilty in a death is not the dead
        (
            "Anton Berg, a high-ranking Marr administration official who served a prison term, has died.",
            [("Anton Berg", 1, False)],
        ),
        ("Tomas Varga, 20 was found guilty in murder of Ilse Marr at the Lenby court.", [("Ilse Marr", 1, False)]),
        # "fatally" and "fatal" make a shooting a killing; a person's own relative clause can say it
        ("Police said two officers fatally shot the teenager, Tomas Varga, on Saturday.", [("Tomas Varga", 1, False)]),
        ("A witness saw the fatal police shooting of 16-year-old Tomas Varga in Lenby.", [("Tomas Varga", 1, False)]),
        ("The fatal stabbing of two men shocked Lenby on Friday.", [("two", 2, False)]),
        # "to death" makes a stabbing or a beating a killing
        ("Tomas Varga was stabbed to death outside a clinic in Lenby.", [("Tomas Varga", 1, False)]),
        ("Two men were beaten to death in Lenby on Friday.", [("Two", 2, False)]),
        (
            "Rioters gathered after a vigil for Tomas Varga, 16, who was shot dead by two officers in Lenby.",
            [("Tomas Varga", 1, False)],
        ),
        # who kills is not killed
        ("Police arrested Tomas Varga, who killed three people in Lenby.", [("three", 3, False)]),
        ("Police arrested the 3 gunmen who killed 12 villagers near Lenby.", [("12", 12, False)]),
        # a name is no cue, whatever it means
        ("The Lenby Wolves were led by efforts from guards Tomas Slaughter and Anton Berg.", []),
        (
            "A bullet went through her arm and she saw Ilse Marr killed outside the Lenby school.",
            [("Ilse Marr", 1, False)],
        ),
        ("The family's pet collie, Fenn, was also killed in the fire at the Lenby farm.", []),
        # the parser conjoins "two men" to "died": they are the wounded
        (
            "A receptionist died and two men, both partners of the firm, underwent surgery at the Lenby hospital.",
            [("A", 1, False)],
        ),
        # one of a toll the article gives in figures
        (
            "Seventeen people died in the warehouse fire, and a firefighter was killed when the roof fell.",
            [("Seventeen", 17, False), ("a", 1, True)],
        ),
        # a clause of death after two persons joined is the nearer one's, though the parser hangs it on the first
        (
            "She gave a shout out to Vice President Tomas Varga and his late son Anton Varga, the former Attorney"
            " General of Delaware, who died of cancer last year.",
            [("Anton Varga", 1, False)],
        ),
        # not killed, or not a person
        ("A man was arrested after the fire at the Velmora market on Friday.", []),
        ("The council killed a plan to close the Velmora night market.", []),
        ("A woman was not hurt when the ferry hit the quay at Port Alder.", []),
        # the toll's third is no toll of one
        ("A third person died in hospital in Lenby on Monday.", []),
        ("A candidate for mayor was shot dead at a rally in Lenby on Wednesday.", [("A", 1, False)]),
        ("A firefighter lost his life in the Lenby blaze.", [("A", 1, False)]),
        # some of a toll the text does not give
        ("The dead included two guards and a cashier from the Lenby bank.", [("two", 2, True), ("a", 1, True)]),
        ("Among the dead was a nurse from Lenby.", [("a", 1, True)]),
    ],
)
def test_one_person_named_as_killed_counts_one(text: str, expected: list[tuple[str, float, bool]]) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The driver was charged with three counts of criminal vehicular homicide.", "three"),
        ("The Red Crescent said two helicopters were evacuating injured from Quay Island.", "two"),
        ("In Lenby, one of the seven emirates of the federation, offices were evacuated.", "one"),
        ("The nine pro-death jurors asked the three holdouts to reconsider.", "nine"),
    ],
)
def test_charges_vehicles_and_places_are_no_casualties(text: str, phrase: str) -> None:
    assert quantity(text, phrase).role == "other"


def test_an_article_in_another_language_gets_no_casualty_roles() -> None:
    from storyline.extract import annotate
    from storyline.model import Article

    text = "Seit 2021 können die 73 Millionen Versicherten die Akte nutzen, doch nur die wenigsten tun es."
    as_english = annotate(parse(text), Article(url=None, title=None, text=text, language="en"))
    assert any(q.role == "killed" for q in as_english.quantities), "English cues no longer misread this: pick another"
    german = annotate(parse(text), Article(url=None, title=None, text=text, language="de"))
    assert german.quantities and all(q.role == "other" for q in german.quantities)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers reached two climbers on the Orlin ridge on Sunday. Both were dead.", [("Both", "killed", None)]),
        ("Both men were pronounced dead at the scene in Lenby.", [("Both", "killed", "men")]),
        ("Both were arrested at the Velmora depot on Monday.", [("Both", "arrested", None)]),
        ("Both gunmen killed the guard before fleeing.", []),  # who acted
        ("Both sides claimed victory in Lenby.", []),
        ("Both drivers were not hurt in the crash.", []),
    ],
)
def test_both_counts_two_in_a_casualty_role(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = [q for q in quantities(text) if q.text.lower() == "both"]
    assert [(q.text, q.role, counted(q)) for q in found] == expected
    assert all(q.value == q.low == q.high == 2 and not q.part for q in found)


def test_a_victim_is_no_part_of_a_toll_of_long_ago() -> None:
    """A man found dead is one death of the news, though the article recalls a fire that killed 100 in 2018:
    "in 2018, when … died" dates that toll, and an earlier event's toll holds no one of today's."""
    from storyline.extract.times import resolve_times

    text = (
        "Two firefighters were injured and an elderly man was found dead near the village of Oska on Monday.\n\n"
        "Velmora has suffered fires before, including in 2018, when more than 100 people died near Lenby."
    )
    doc = parse(text)
    published = datetime(2031, 7, 21, tzinfo=UTC)
    found = extract_quantities(doc, [], resolve_times(doc, published), published.date())
    old, man = next(q for q in found if q.text == "more than 100"), next(q for q in found if q.text == "an")
    assert old.earlier and not old.total("killed")
    assert man.role == "killed" and not man.part


@pytest.mark.parametrize(
    ("text", "running"),
    [
        ("At least 22 candidates have been killed since the start of the campaign, a monitor said.", True),
        ("Since January, 22 candidates have been killed in the province.", True),
        ("At least 46 people have died since the war began.", True),
        ("The toll has risen to 46 since Tuesday.", False),
        ("At least 41 inmates were killed on Tuesday when a gang attacked a cell block.", False),
    ],
)
def test_a_toll_counted_over_a_period_is_no_toll_of_the_news(text: str, running: bool) -> None:
    from storyline.extract.times import resolve_times

    doc = parse(text)
    published = datetime(2031, 6, 12, tzinfo=UTC)
    [toll] = [q for q in extract_quantities(doc, [], resolve_times(doc, published), published.date()) if q.value]
    assert toll.role == "killed" and toll.earlier == running and toll.total("killed") != running


def test_a_toll_in_the_clause_of_a_dated_happening_carries_that_time() -> None:
    """ "an air strike … last week that killed three children": the week dates the strike and the clause on it;
    the toll of the attack the sentence reports carries no time of its own."""
    from storyline.extract.times import resolve_times

    text = (
        "Nine people were killed in an attack on a checkpoint near Tarvo. A spokesman said the attack was revenge "
        "for an air strike on the village of Sela last week that killed three children, and for a raid on Friday "
        "that killed two farmers."
    )
    doc = parse(text)
    published = datetime(2031, 6, 10, tzinfo=UTC)  # a Tuesday
    found = extract_quantities(doc, [], resolve_times(doc, published), published.date())
    assert [(q.value, q.dated) for q in found] == [(9, None), (3, "2031-06-08"), (2, "2031-06-06")]
    nine, three, _ = found
    assert three.total("killed") and not three.earlier  # days before, not long before: the event's day decides
    assert not three.total("killed", since="2031-06-09") and three.total("killed", since="2031-06-08")
    assert nine.total("killed", since="2031-06-09")


def test_both_is_a_part_of_a_toll_the_article_gives() -> None:
    [seven, both] = quantities("Seven people were killed in the Lenby blast. Both brothers died in hospital.")
    assert seven.total("killed") and both.role == "killed" and both.part


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        ("A magnitude 5.9 quake struck the region, the institute said.", "5.9", "magnitude"),
        ("A 6.1-magnitude earthquake struck off the coast on Monday.", "6.1", "magnitude"),
        ("The quake had a magnitude of 6.2, according to the survey.", "6.2", "magnitude"),
        ("The earthquake measured 6.0 on the Richter scale.", "6.0", "magnitude"),
        ("Turnout was 64%, the commission said.", "64%", "turnout"),
        ("Voter turnout rose to 61% in the second round.", "61%", "turnout"),
        ("Inflation stood at 7.2% in May.", "7.2%", "inflation"),
        # a container says nothing of what it counts, a person's figure is an age, a casualty's is a toll
        ("The number was 30 by Friday.", "30", None),
        ("The boy was 12 when the war began.", "12", None),
        ("Smith was 64.", "64", None),
        ("The death toll rose to 14.", "14", None),
        ("The ship was carrying 2,000 tonnes of grain.", "2,000", None),
        # a district's turnout is not the country's; an estimate's object is what it measures
        ("Turnout in Blantyre was 40%.", "40%", "turnout in blantyre"),
        ("Police put turnout at 58%.", "58%", "turnout"),
        # a sum is the noun's it is "of", in any currency; a container's is nothing's
        ("The attackers demanded a ransom of 40 million kroner.", "40 million", "ransom"),
        ("The court imposed a fine of $2 million.", "$2 million", "fine"),
        ("Donors gave a total of $3 million.", "$3 million", None),
        # ... or the noun it was paid or taken as
        ("He was convicted of taking 1.1 million euros in bribes.", "1.1 million", "bribe"),
        ("He was found guilty of accepting bribes worth 1.2 million euros.", "1.2 million", "bribe"),
        ("The company paid $3 million in damages.", "$3 million", "damage"),
        ("The minister earned 3,000 euros in a month.", "3,000", None),
        ("The club offered him an eight-year deal worth $184 million.", "$184 million", None),
        ("Donors gave $3 million in total.", "$3 million", None),
        ("Pirates are raking in millions of dollars in ransom.", "millions", None),
        # a storm's winds, by the unit they are given in
        ("It made landfall with maximum sustained winds of 150 km/h.", "150", "wind speed, km/h"),
        ("The storm brought winds of 150 kilometres per hour.", "150", "wind speed, km/h"),
        ("Gusts reached 180 km/h on the coast.", "180", "gust speed, km/h"),
        ("Winds topped 200 km/h in Leyte.", "200", "wind speed, km/h"),
        ("The storm packed winds of up to 95 mph.", "up to 95", "wind speed, mph"),
        ("The car was doing 150 km/h when it crashed.", "150", None),
        # how deep something lies, by its unit
        ("The quake struck at a depth of 10 km, the institute said.", "10", "depth, km"),
        ("The earthquake was 35 kilometres deep.", "35", "depth, km"),
        ("The road runs for 10 km along the coast.", "10", None),
        # a share of the vote is the share of the name that won it
        ("Lazarus Chakwera won 52.4% of the vote, the commission said.", "52.4%", "vote share of chakwera"),
        ("President Mutharika won with 51.8 percent of the vote.", "51.8 percent", "vote share of mutharika"),
        (
            "LILONGWE — Lazarus Chakwera won the election with 52.4% of the vote.",
            "52.4%",
            "vote share of chakwera",
        ),
        ("Chakwera was declared the winner after he took 53.1% of the vote.", "53.1%", "vote share of chakwera"),
        ("The opposition party received 30% of the vote.", "30%", None),
        ("About 40% of the vote was counted.", "About 40%", None),
        # a crowd is no measure to compare: a story holds several gatherings, a day apart or a city apart
        ("About 80,000 people marched through central Lenby on Saturday.", "About 80,000", None),
        ("Police put the crowd at 25,000.", "25,000", None),
        # the land a fire burned, by its unit; not land of other kinds
        ("The blaze has burned more than 10,000 hectares of pine forest.", "more than 10,000", "hectares burned"),
        ("More than 12,000 acres were scorched by Friday.", "More than 12,000", "acres burned"),
        ("The fire charred 40 square kilometres of scrub.", "40", "square kilometres burned"),
        ("The park covers 500 hectares.", "500", None),
        ("Farmers planted 300 hectares of wheat.", "300", None),
        # what may be is no measure of what is
        ("A magnitude 6 quake can cause severe damage.", "6", None),
        ("Turnout could reach 70%, officials said.", "70%", None),
    ],
)
def test_what_a_figure_measures(text: str, phrase: str, measure: str | None) -> None:
    assert quantity(text, phrase).measure == measure
