"""Times of an article: DATE and TIME entities resolved against the publication date or the article's own dates.

Each text is parsed by the project's pipeline; where a test relies on how the model tags a phrase, the
helper says which entities it found, so a test that stops proving anything says so.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from storyline.extract.nlp import parse
from storyline.extract.times import resolve_times
from storyline.model import TimeExpr

# a Wednesday, mid-morning
PUBLISHED = datetime(2026, 3, 11, 9, 30)


def times(text: str, published: datetime | None = PUBLISHED) -> list[TimeExpr]:
    return resolve_times(parse(text), published)


def time_of(text: str, phrase: str, published: datetime | None = PUBLISHED) -> TimeExpr:
    """The one time expression whose text is `phrase`."""
    found = times(text, published)
    matching = [t for t in found if t.text == phrase]
    assert len(matching) == 1, [t.text for t in found]
    return matching[0]


def resolved(expr: TimeExpr) -> tuple[str | None, str | None, str | None]:
    return expr.value, expr.end_value, expr.granularity


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The ferry Marisol sank on Wednesday off the coast of Velmora.", "Wednesday", "2026-03-11"),
        ("The captain was arrested on Tuesday, police said.", "Tuesday", "2026-03-10"),
        ("The harbour master resigned on Thursday after the inquiry.", "Thursday", "2026-03-05"),
        ("Rescuers worked late on Monday night to free the crew.", "Monday night", "2026-03-09"),
        # a modal with "have" looks back
        ("The ferry should have sailed on Tuesday, the operator said.", "Tuesday", "2026-03-10"),
        ("The harbour report was due on Tuesday.", "Tuesday", "2026-03-10"),
        # a refusal made then, not speech to come
        ("The harbour master wouldn't say Tuesday when the ferry would sail.", "Tuesday", "2026-03-10"),
    ],
)
def test_a_weekday_is_the_latest_such_day_on_or_before_publication(text: str, phrase: str, value: str) -> None:
    assert resolved(time_of(text, phrase)) == (value, None, "day")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The harbour board will meet on Friday to choose a new pilot.", "Friday", "2026-03-13"),
        ("The captain said he would appear in court on Monday.", "Monday", "2026-03-16"),
        ("Salvage work is scheduled to start on Tuesday.", "Tuesday", "2026-03-17"),
        ("More rain was forecast for Friday in the valley.", "Friday", "2026-03-13"),  # the day forecast
        ("Residents should stay away from the river until Saturday.", "Saturday", "2026-03-14"),
        ("The crews will have cleared the quay by Monday.", "Monday", "2026-03-16"),  # "will have" is still ahead
        ("The new harbour master is to take over on Friday.", "Friday", "2026-03-13"),  # "is to": what is set
        ("A verdict in the pilot's case is due on Friday.", "Friday", "2026-03-13"),
        ("Saturday's final will be played at the harbour stadium.", "Saturday", "2026-03-14"),
        # what a speaker urged others to do is still to come when urged
        ("The union urged dockers to return to the quay on Friday.", "Friday", "2026-03-13"),
        # the reference's own weekday is that day, in the day's paper
        ("The harbour board will meet on Wednesday evening to choose a pilot.", "Wednesday", "2026-03-11"),
        # a weekday owning what was done
        ("Monday's ruling will reshape the port, the union said.", "Monday", "2026-03-09"),
    ],
)
def test_a_weekday_in_a_clause_that_looks_ahead_is_the_next_such_day_or_the_day_itself(
    text: str, phrase: str, value: str
) -> None:
    assert resolved(time_of(text, phrase)) == (value, None, "day")


def test_a_weekend_is_the_last_one_unless_it_is_still_to_come() -> None:
    assert resolved(time_of("Crowds gathered on the quay over the weekend.", "the weekend")) == (
        "2026-03-07",
        "2026-03-08",
        "days",
    )
    assert resolved(time_of("Residents should stay away from the river until the weekend.", "the weekend")) == (
        "2026-03-14",
        "2026-03-15",
        "days",
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # published on a Wednesday: Thursday is a day ahead, six behind
        ("The mayor declared three days of mourning starting Thursday.", "2026-03-12"),
        ("The council imposed a curfew beginning Thursday, the port said.", "2026-03-12"),
        # Monday is two days behind, five ahead: mourning that started then
        ("The mayor declared three days of mourning starting Monday.", "2026-03-09"),
        # the paper's own day is that day
        ("The mayor declared three days of mourning starting Wednesday.", "2026-03-11"),
    ],
)
def test_a_weekday_something_starts_on_is_the_nearer_of_the_last_and_the_next(text: str, value: str) -> None:
    [day] = [t for t in times(text) if t.granularity == "day"]
    assert day.value == value


def test_a_past_and_a_future_weekday_in_one_sentence() -> None:
    found = {t.text: t.value for t in times("Police said on Tuesday that the crew would be questioned on Thursday.")}
    assert found == {"Tuesday": "2026-03-10", "Thursday": "2026-03-12"}


def test_relative_words_count_back_from_publication() -> None:
    text = (
        "The harbour was closed yesterday. The storm hit two days ago. The inquiry began last week. "
        "This year the port budget fell; last month it rose."
    )
    found = {t.text: resolved(t) for t in times(text)}
    assert found["yesterday"] == ("2026-03-10", None, "day")
    assert found["two days ago"] == ("2026-03-09", None, "day")
    assert found["last week"] == ("2026-03-02", "2026-03-08", "week")  # Monday to Sunday
    assert found["This year"] == ("2026", None, "year")
    assert found["last month"] == ("2026-02", None, "month")
    # a bound is no period: kept with its text, no value
    assert time_of("The ferry sank more than two weeks ago.", "more than two weeks ago").value is None
    assert resolved(time_of("The ferry sank about two weeks ago.", "about two weeks ago"))[2] == "week"


def test_full_dates_win_over_their_weekday() -> None:
    text = "The tram line opened on Friday, February 6, 2025, a year late."
    assert time_of(text, "Friday, February 6, 2025,").value == "2025-02-06"


def test_a_weekday_beside_its_date_is_that_date() -> None:
    # the model makes two entities of it; alone, "Saturday" would be the 7th, the latest before publication
    text = "Ferry services were partly restored by Saturday afternoon [February 28, 2026] after the cable fault."
    assert time_of(text, "Saturday").value == "2026-02-28"
    assert time_of(text, "February 28").value == "2026-02-28"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "end_value"),
    [
        ("The council declared two days of mourning — on March 5 and 6 — for the victims.", "March 5 and 6",
         "2026-03-05", "2026-03-06"),
        ("Dock strikes took place between March 3 and 5 across the port.", "between March 3 and 5",
         "2026-03-03", "2026-03-05"),
        ("Police cleared the camp from February 27 to March 2.", "February 27 to March 2",
         "2026-02-27", "2026-03-02"),
    ],
)  # fmt: skip
def test_day_intervals_are_completed_and_resolved(text: str, phrase: str, value: str, end_value: str) -> None:
    expr = time_of(text, phrase)
    assert resolved(expr) == (value, end_value, "days")
    assert text[expr.start : expr.end] == phrase


def test_a_number_after_a_date_that_counts_something_is_not_a_day() -> None:
    expr = time_of("The ferry capsized on March 5 and 6 people were hurt.", "March 5")
    assert resolved(expr) == ("2026-03-05", None, "day")


def test_months_and_years_keep_their_precision() -> None:
    text = "The ferry line opened in August 2019 after a deal signed in 2008."
    found = {t.text: resolved(t) for t in times(text)}
    assert found == {"August 2019": ("2019-08", None, "month"), "2008": ("2008", None, "year")}


@pytest.mark.parametrize(
    ("text", "phrase", "value", "end_value"),
    [
        ("Trade with the islands grew in the early 2000s.", "the early 2000s", "2000", "2003"),
        ("Trade with the islands collapsed in the 1990s.", "the 1990s", "1990", "1999"),
        ("The port boomed in the late 1980s.", "the late 1980s", "1987", "1989"),
        ("The port boomed again in the mid-1970s.", "the mid-1970s", "1974", "1976"),
    ],
)
def test_decades_and_their_thirds(text: str, phrase: str, value: str, end_value: str) -> None:
    assert resolved(time_of(text, phrase)) == (value, end_value, "decade")


@pytest.mark.parametrize(
    ("text", "phrase", "value", "end_value"),
    [
        ("Ferry traffic fell by a third in the first half of 2025.", "the first half of 2025", "2025-01", "2025-06"),
        ("Profits may recover in the second half of this year.", "the second half of this year", "2026-07", "2026-12"),
        ("Cargo will rise in the second half of the year, the board said.", "the second half of the year", "2026-07",
         "2026-12"),
        ("Cargo volumes rose in the third quarter of 2025.", "the third quarter of 2025", "2025-07", "2025-09"),
        ("Cargo will rise in the third quarter of the year, the board said.", "the third quarter of the year",
         "2026-07", "2026-09"),
    ],
)  # fmt: skip
def test_halves_and_quarters_of_a_year(text: str, phrase: str, value: str, end_value: str) -> None:
    assert resolved(time_of(text, phrase)) == (value, end_value, "month")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The home side led 2-0 in the first half.", "the first half"),
        ("The Harriers scored twice in the fourth quarter to win 21-14.", "the fourth quarter"),
    ],
)
def test_a_half_or_quarter_without_a_year_is_no_date(text: str, phrase: str) -> None:
    """A match's periods, and a company's fiscal quarters, are not the calendar's."""
    assert resolved(time_of(text, phrase)) == (None, None, None)


def test_the_month_is_a_month_the_sentence_named() -> None:
    text = "The port said it would reopen the berths in May 2026 and finish the repairs by the end of the month."
    assert resolved(time_of(text, "the end of the month")) == ("2026-05-22", "2026-05-31", "days")
    # a day named with its year is no month to refer to: the end of the month is the reference's
    text = "The quay was closed on June 3, 2025, and the port will reopen it by the end of the month."
    assert resolved(time_of(text, "the end of the month")) == ("2026-03-22", "2026-03-31", "days")


def test_another_before_a_date_is_read_past() -> None:
    text = "In another Jan. 17, 2025 email, the harbour master asked for a new pilot."
    assert resolved(time_of(text, "another Jan. 17, 2025")) == ("2025-01-17", None, "day")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The harbour was walled during the fourteenth century, when plague emptied the town.",
            "the fourteenth century",
        ),
        ("The harbour was walled in the 14th century, when plague emptied the town.", "the 14th century"),
    ],
)
def test_centuries_in_figures_or_words(text: str, phrase: str) -> None:
    assert resolved(time_of(text, phrase)) == ("1300", "1399", "century")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # before publication: last year's December
        ("The ferry service was suspended on December 30 after the storm.", "December 30", "2025-12-30"),
        # a few days after publication: this year's, as for an announced date
        ("The harbour board said the service would resume on March 14.", "March 14", "2026-03-14"),
        # weeks after publication: the latest one before it, in a clause in the past tense
        ("The quay was rebuilt on April 20 by the harbour board.", "April 20", "2025-04-20"),
        # ... but this year's in a clause that is not: a deadline, a vote weeks ahead
        ("Velmora faces an April 20 due date on debt it says it cannot repay.", "April 20", "2026-04-20"),
        ("The vote on April 20 will decide the matter, officials said.", "April 20", "2026-04-20"),
        # ... but no more than 60 days: a day months ahead is in a clause that says so
        ("Police say the fire on August 20 is still under investigation.", "August 20", "2025-08-20"),
    ],
)
def test_a_date_without_a_year_takes_the_year_its_clause_points_to(text: str, phrase: str, value: str) -> None:
    assert resolved(time_of(text, phrase)) == (value, None, "day")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a day without a year beside a full date in a sentence that narrates: that date's year
        ("Deputy Lena Ortiz was killed June 24, 2005 while investigating a June 20 shooting in Lenby.", "June 20",
         "2005-06-20"),
        # ... not a birth's, nor in a clause in the present
        ("Born March 29, 1928, in Lenby; died December 19 at a clinic in Velmora.", "December 19", "2025-12-19"),
        ("Velmora Port was sold in June 2018; the state remains a shareholder as of March 20.", "March 20",
         "2026-03-20"),
    ],
)  # fmt: skip
def test_a_day_without_a_year_beside_a_full_date_takes_its_year(text: str, phrase: str, value: str) -> None:
    assert time_of(text, phrase).value == value


def test_a_month_in_a_clause_that_supposes_does_not_take_the_year_of_a_date_beside_it() -> None:
    # written in December: "may wait until February" is the coming February, not the one after the election
    text = (
        "Expected to fund the party in the November 2026 election, Ada Voss said on Friday that she may wait "
        "until February's primaries to decide whom to back."
    )
    assert time_of(text, "February", datetime(2025, 12, 20)).value == "2026-02"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # something scheduled is spoken of before it comes as often as after: the nearer one is meant
        ("The parties are raising money to sway the July 30 election.", "July 30", "2026-07-30"),
        ("The parties are still arguing about the October 2 vote.", "October 2", "2025-10-02"),
        ("Lawyers for the port are preparing for the hearing on July 30.", "July 30", "2026-07-30"),
        # ... in a past-tense clause too, which names the coming one as readily as the last
        ("The ad ran 15 days before the island caucuses on April 2.", "April 2", "2026-04-02"),
        ("The ad ran on the eve of the island caucuses on February 2.", "February 2", "2026-02-02"),
        # ... or where the parser hangs the day on the verb, or the event on the day
        ("Asked how he would fare if he won the election on July 30, he laughed.", "July 30", "2026-07-30"),
        ("Four candidates are competing before the island's primary July 30.", "July 30", "2026-07-30"),
        (
            "Okafor is pushing toward securing the nomination before the party's convention in July, but rivals have"
            " other plans.",
            "July",
            "2026-07",
        ),
        # a clause that looks ahead to the day, or a present tense that is no speech
        ("Candidates are touring the islands ahead of July 30.", "July 30", "2026-07-30"),
        (
            "“Our job is to find the money,” Okafor said. “That’s what we’re doing between now and July 30.”",
            "July 30",
            "2026-07-30",
        ),
        # ... but a scheduled month told of in the past tense is the last one
        ("At the first debate in August, Okafor staged a walkout.", "August", "2025-08"),
        ("The remark prompted the island council to call a debate in August on the ferry fares.", "August", "2025-08"),
        ("On August 1, that changes.", "August 1", "2026-08-01"),
        ("The new ferry fares take effect on August 1.", "August 1", "2026-08-01"),
        # ... but "last" says which one it is
        ("Islanders still talk about the vote last July.", "last July", "2025-07"),
        (
            "Demand remains weak after the end of March last year.",
            "the end of March last year",
            "2025-03-22",
        ),
    ],
)
def test_a_scheduled_day_without_a_year_is_the_nearer_one(text: str, phrase: str, value: str) -> None:
    assert time_of(text, phrase).value == value


@pytest.mark.parametrize(
    ("published", "value"),
    [
        (datetime(2028, 2, 19), "2028-02-29"),
        (datetime(2027, 3, 1), "2028-02-29"),
        (datetime(2026, 3, 11), "2024-02-29"),
    ],
)
def test_a_leap_day_without_a_year_is_the_nearest_one(published: datetime, value: str) -> None:
    text = "The court ordered the ministry to finish releasing the files by Feb. 29."
    assert time_of(text, "Feb. 29", published).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value", "granularity"),
    [
        # a clause of what is to come: the next such day or month, however far
        ("The ferry line will reopen on August 20, the harbour board said.", "August 20", "2026-08-20", "day"),
        ("The new ferries are expected to arrive in January.", "January", "2027-01", "month"),
        ("The new harbour master is to take over on August 1.", "August 1", "2026-08-01", "day"),
        # ... but not what "would" happen, a plan told in the past, or a noun's plans
        ("The board vowed that the ferry would reopen on January 31.", "January 31", "2026-01-31", "day"),
        ("The board canceled a fare rise planned for January 31.", "January 31", "2026-01-31", "day"),
        ("The board shelved its plans for a new quay on January 31.", "January 31", "2026-01-31", "day"),
        # a day of the month named alone: the next one when the clause looks ahead, else the last
        ("The harbour court will rule on the 2nd.", "the 2nd", "2026-04-02", "day"),
        ("The harbour court ruled on the 2nd.", "the 2nd", "2026-03-02", "day"),
        ("The board vowed that the ferry would sail on the 2nd.", "the 2nd", "2026-03-02", "day"),
        # ... nor the tense of a quotation the day is not in
        ("In her column on March 2, “The port must change,” the mayor argued.", "March 2", "2026-03-02", "day"),
        # ... nor an expression that names no month: last weekend is the last one
        ("The prize will be presented in the last weekend of the festival.", "the last weekend", "2026-03-07", None),
        # a month a few weeks ahead in a clause not in the past
        ("Talks on the harbour lease resume in April.", "April", "2026-04", "month"),
        # "since" speaks of the past, the perfect not of its date ("has given him a deadline")
        ("The judge has given the ferry line a March 19 deadline.", "March 19", "2026-03-19", "day"),
        ("Traffic at the quay is the heaviest since April.", "April", "2025-04", "month"),
        ("The quay was rebuilt in May.", "May", "2025-05", "month"),
    ],
)
def test_a_day_or_month_without_a_year_is_read_ahead_when_its_clause_looks_ahead(
    text: str, phrase: str, value: str, granularity: str | None
) -> None:
    expr = time_of(text, phrase)
    assert expr.value == value and granularity in (None, expr.granularity)


def test_durations_and_ages_are_not_points_in_time() -> None:
    text = (
        "The council declared two days of mourning. The mayor, 54, served 7 years in office and ordered a "
        "six-month review after 48 hours of talks and decades of neglect."
    )
    found = {t.text: resolved(t) for t in times(text)}
    for phrase in ("two days", "54", "7 years", "six-month", "48 hours", "decades"):
        assert found[phrase] == (None, None, "duration"), phrase


def test_an_ordinal_name_tagged_date_is_dropped() -> None:
    text = "The minister spoke with Ana Reyes, the governor, during the 12th States of the Tarn Alliance in Kessing."
    assert ("the 12th States", "DATE") in [(e.text, e.label_) for e in parse(text).ents]
    assert all(t.text != "the 12th States" for t in times(text))


def test_without_publication_date_the_article_gives_the_reference() -> None:
    text = (
        "The ferry Marisol sank off Velmora on Tuesday. Its owners confirmed the losses on March 6, 2026, "
        "and the council declared two days of mourning — on March 8 and 9 — for the crew. "
        "The ferry line had opened in August 2019."
    )
    found = {t.text: resolved(t) for t in times(text, published=None)}
    assert found["March 8 and 9"] == ("2026-03-08", "2026-03-09", "days")
    assert found["Tuesday"] == ("2026-03-03", None, "day")  # the reference is March 6, a Friday
    assert found["August 2019"] == ("2019-08", None, "month")


def test_without_any_reference_relative_dates_stay_unresolved() -> None:
    text = "The ferry sank on Tuesday, and the line had opened in August 2019."
    found = {t.text: resolved(t) for t in times(text, published=None)}
    assert found["Tuesday"][0] is None
    assert found["August 2019"] == ("2019-08", None, "month")


def test_a_birth_date_is_no_reference() -> None:
    text = "Ada Voss, the swimmer who became a film star, died on Thursday in Lenby. Voss was born on December 2, 1920."
    found = {t.text: resolved(t) for t in times(text, published=None)}
    assert found["December 2, 1920"] == ("1920-12-02", None, "day")
    assert found["Thursday"][0] is None  # not the Thursday before her birth


def test_a_shift_counts_from_the_previous_date_of_the_article() -> None:
    text = "The ferry sank on March 2, 2026. Two days later, divers found the hull."
    assert resolved(time_of(text, "Two days later")) == ("2026-03-04", None, "day")
    assert time_of("Two days later, divers found the hull.", "Two days later").value is None


def test_a_clock_time_takes_the_day_next_to_it() -> None:
    text = "The storm hit the quay at 3 a.m. on Saturday."
    assert resolved(time_of(text, "3 a.m.")) == ("2026-03-07T03:00", None, "time")


def test_offsets_point_into_the_text() -> None:
    text = "Rescuers worked late on Monday night. The council declared mourning for March 5 and 6 in the capital."
    for expr in times(text):
        assert text[expr.start : expr.end] == expr.text


def test_a_house_number_the_model_took_for_a_year_is_no_time() -> None:
    text = "Tomas Varga was arrested late Tuesday night at 2088 Alder Street."
    assert ("2088", "DATE") in [(e.text, e.label_) for e in parse(text).ents], "the model no longer tags it a date"
    assert "2088" not in [t.text for t in times(text)]


@pytest.mark.parametrize(
    ("phrase", "published", "value", "end_value"),
    [
        ("this summer", datetime(2026, 5, 19), "2026-06", "2026-08"),
        ("this summer", datetime(2026, 1, 10), "2026-06", "2026-08"),
        ("next summer", datetime(2026, 5, 19), "2026-06", "2026-08"),
        ("next summer", datetime(2026, 7, 1), "2027-06", "2027-08"),
        ("this winter", datetime(2026, 1, 10), "2025-12", "2026-02"),
        ("this winter", datetime(2026, 10, 20), "2026-12", "2027-02"),
        ("last summer", datetime(2026, 5, 19), "2025-06", "2025-08"),
    ],
)
def test_this_next_and_last_season(phrase: str, published: datetime, value: str, end_value: str) -> None:
    expr = time_of(f"The islanders will remember {phrase} for the ferry strike.", phrase, published)
    assert (expr.value, expr.end_value) == (value, end_value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Since 9/11, security at the port has been tightened.", "9/11", "2001-09-11"),
        ("The island's ties with the Gulf frayed after the Sept. 11 attacks.", "Sept. 11", "2001-09-11"),
        # ... but a September 11 of no attacks is the nearest one, as any day without a year
        ("The deadline for the filing is Sept. 11, the court said.", "Sept. 11", "2026-09-11"),
    ],
)
def test_the_attacks_of_september_11_are_named_without_their_year(text: str, phrase: str, value: str) -> None:
    assert time_of(text, phrase, datetime(2026, 8, 20)).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "published", "value"),
    [
        # each in its own year's place: the fourth Thursday of November, the first Monday of September, ...
        (
            "The ferry runs again after Thanksgiving, the port said.",
            "Thanksgiving",
            datetime(2026, 11, 30),
            "2026-11-26",
        ),
        ("By Labor Day, the mill had hired forty hands.", "Labor Day", datetime(2026, 1, 20), "2025-09-01"),
        ("The quay reopens on Memorial Day 2027.", "Memorial Day 2027", datetime(2026, 12, 1), "2027-05-31"),
        ("The council offices are shut on MLK Day.", "MLK Day", datetime(2026, 12, 1), "2027-01-18"),
        # the election ahead, however far: the Tuesday after the first Monday of November
        (
            "As Election Day nears, the harbour board keeps its counsel.",
            "Election Day",
            datetime(2026, 2, 9),
            "2026-11-03",
        ),
        (
            "Voters in Lowmere will go to the polls on Election Day.",
            "Election Day",
            datetime(2027, 11, 3),
            "2028-11-07",
        ),
        # a later year's is on its own weekday, not the same date a year on
        ("The ferry stops running on Thanksgiving.", "Thanksgiving", datetime(2026, 11, 1), "2026-11-26"),
        (
            "The vote count after Election Day starts at the harbour hall.",
            "Election Day",
            datetime(2026, 11, 4),
            "2027-11-02",
        ),
    ],
)
def test_a_movable_holiday_is_that_year_s_day(text: str, phrase: str, published: datetime, value: str) -> None:
    assert time_of(text, phrase, published).value == value


def test_an_election_day_told_of_as_past_is_not_said_which() -> None:
    expr = time_of("By Election Day, the mayor had lost most of his support.", "Election Day", datetime(2026, 8, 10))
    assert expr.value is None
    # ... also where the tagger takes the past tense for a participle
    text = "“Vote for Ada!” Brell tweeted before Election Day."
    assert [t.tag_ for t in parse(text) if t.text == "tweeted"] == ["VBN"], "the tagger now reads a past tense"
    assert time_of(text, "Election Day", datetime(2019, 11, 19)).value is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Lorries of Christmas trees from Brenmoor were stopped at the border.", "Christmas"),
        ("The mayor spoke in a Labor Day interview with the Lowmere Courier.", "a Labor Day"),
    ],
)
def test_a_holiday_naming_a_kind_of_thing_is_no_time(text: str, phrase: str) -> None:
    assert all(phrase not in expr.text for expr in times(text, datetime(2026, 9, 28)))


def test_a_holiday_naming_the_time_of_a_thing_stays_a_time() -> None:
    expr = time_of("The ferry is full over the Christmas break.", "Christmas", datetime(2026, 12, 1))
    assert expr.value == "2026-12-25"


def test_a_holiday_weeks_ahead_is_this_year_s() -> None:
    expr = time_of("The harbour board has said it wants a deal by Christmas.", "Christmas", datetime(2026, 12, 11))
    assert expr.value == "2026-12-25"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "end_value"),
    [
        # the tagger runs a date on past a dash into the clause after it: the date ends at the dash
        (
            "The files will not be released until the end of April - after the island's first vote.",
            "the end of April",
            "2026-04-21",
            "2026-04-30",
        ),
        (
            "In May 2023 - four months after the governor left office - the staff asked again.",
            "May 2023",
            "2023-05",
            None,
        ),
        # ... but a range across a dash is one expression
        ("The quay was shut from January - March while it was rebuilt.", "January - March", "2026-01", "2026-03"),
    ],
)
def test_a_date_ends_at_a_dash_the_tagger_ran_it_on_past(
    text: str, phrase: str, value: str, end_value: str | None
) -> None:
    expr = time_of(text, phrase)
    assert (expr.value, expr.end_value) == (value, end_value)
    assert text[expr.start : expr.end] == phrase


def test_which_season_a_word_the_tagger_left_out_says() -> None:
    text = "Supporters hope to become delegates ahead of this summer's convention in Lenby."
    assert "summer" in [e.text for e in parse(text).ents], "the tagger no longer leaves the 'this' out"
    expr = time_of(text, "this summer", datetime(2026, 4, 6))
    assert (expr.value, expr.end_value) == ("2026-06", "2026-08")


def test_a_half_that_lost_its_character_is_part_of_a_duration() -> None:
    text = "Prosecutors sought a penalty of 41/2 years for the hacker in Lenby."
    assert resolved(time_of(text, "41/2 years", datetime(2016, 9, 3))) == (None, None, "duration")


def test_an_infinitive_that_heads_its_sentence_is_read_without_end() -> None:
    # the clause is its own root: reading it must stop there (it once went round it for ever)
    assert time_of("To meet in January 2027 and again on February 2.", "February 2").value == "2027-02-02"


def test_a_shift_that_runs_into_a_day_counts_from_it_and_a_weekday_names_only_its_own_day() -> None:
    # written on a Friday, after a Thursday named first: "the day after Monday's debate" is the Tuesday
    text = "The mayor spoke on Thursday. She raised $2 million on the day after Monday's debate."
    found = {t.text: t.value for t in times(text, datetime(2026, 3, 13))}
    assert found == {"Thursday": "2026-03-12", "the day after": "2026-03-10", "Monday": "2026-03-09"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a part of "the year" still to come, told as past: last year's
        ("The mayor's fund raised more in the second half of the year than in the first.", "2025-07"),
        ("By the end of the year, the ferry line had doubled its fares.", "2025-09"),
        # ... not when the clause looks ahead
        ("The port expects to hire more in the second half of the year.", "2026-07"),
    ],
)
def test_a_part_of_the_year_still_to_come_told_as_past_is_last_year_s(text: str, value: str) -> None:
    [found] = times(text, datetime(2026, 1, 29))
    assert found.value == value


def test_that_day_told_as_past_is_no_day_after_publication() -> None:
    # the last date named lies ahead ("On Dec. 1, that changes"); a past "that day" is not it
    text = (
        "Managers are not paid for overtime. On Dec. 1, that changes.\n\nThe plane landed in Lenby at 7 a.m. that day."
    )
    found = {t.text: t.value for t in times(text, datetime(2026, 7, 6))}
    assert found["Dec. 1"] == "2026-12-01" and found["that day"] is None
    # ... while a past one follows the date before it
    text = "The ferry sank on June 2. The plane landed in Lenby at 7 a.m. that day."
    assert {t.text: t.value for t in times(text, datetime(2026, 7, 6))}["that day"] == "2026-06-02"


@pytest.mark.parametrize(
    ("text", "phrase", "dates"),
    [
        ("Thirty-two miners were trapped in the colliery on Monday night.", "Monday night", "trap"),
        ("Rescuers were digging on Tuesday to reach the miners.", "Tuesday", "dig"),
        ("The attack on Monday killed five guards.", "Monday", "kill"),
    ],
)
def test_a_time_knows_the_word_it_dates(text: str, phrase: str, dates: str) -> None:
    assert time_of(text, phrase).dates == dates
