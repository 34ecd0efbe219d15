"""Times of one article: spaCy's DATE and TIME entities resolved to ISO values against a reference day.

News dates are mostly relative ("on Wednesday", "two days ago") or lack a year ("January 5 and 6"), so each
is read against a reference day: the publication date, or without one the latest full date the article
itself gives. Compiled patterns read the shapes news uses; dateparser reads only what is left and looks like
a date, because it is slower and misreads durations ("7 years" becomes seven years ago). Readings are
memoized by (text, reference day): the same expressions recur across the articles of a story.

The small model also tags things that are no points in time: ordinal names ("the 23rd States") are
dropped; durations and ages ("two days of mourning", "six-month", "54") are kept as granularity "duration".
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from itertools import pairwise
from math import ceil
from typing import NamedTuple

from dateparser.date import DateDataParser
from dateutil.relativedelta import MO, TH, TU, relativedelta
from spacy.tokens import Doc, Span, Token

from storyline.extract.attribution_cues import CLAUSE_CUES
from storyline.extract.entities import names_a_street
from storyline.extract.nlp import doc_text
from storyline.extract.quotations import doc_quotes
from storyline.model import TimeExpr, ends_before

LABELS = frozenset({"DATE", "TIME"})
# a date without a year may lie this far after the reference: announced mourning days, funerals, votes
FUTURE_DAYS = 7
# ... and this far when its clause is not in the past tense: "faces a May 19 due date" weeks ahead
AHEAD_DAYS = 60
# ... and this far in a clause of what is to come: "will open on March 3" is the next March 3
COMING_DAYS = 366
BACKGROUND_DAYS = 60  # a time that ends this long before the article narrates the past
# what is set for a day and spoken of before it comes as often as after: "the Nov. 8 election" in a July article
# is this November's, "the March 15 primary" this March's; the nearer of the two is meant
SCHEDULED = frozenset({
    "ballot", "caucus", "ceremony", "concert", "convention", "deadline", "debate", "election", "episode", "final",
    "game", "hearing", "inauguration", "match", "meeting", "primary", "quarterfinal", "race", "rally",
    "referendum", "runoff", "semifinal", "sentencing", "speech", "summit", "trial", "vote",
})  # fmt: skip
# nouns a holiday may name the time of: "the Christmas holidays", "the Thanksgiving weekend"
TIME_NOUNS = frozenset({
    "day", "eve", "night", "morning", "afternoon", "evening", "week", "weekend", "season", "holiday", "break",
    "recess", "vacation", "period", "time", "deadline", "rush",
})  # fmt: skip
# words before a day that put it after the clause's time: "ahead of Nov. 8", "until Dec. 1"
LOOKING_AHEAD = frozenset({"ahead", "until", "till"})
# words before a season, month or day that say which one: "this summer", "last June"
WHICH = frozenset({"this", "last", "next", "past", "coming", "previous", "preceding"})
# what may stand between a clock time and its day: "3 a.m. Saturday", "Saturday at 3 a.m."
ADJACENT_WORDS = frozenset({",", "on", "at", "of"})
# parts of speech after "January 5 and 6" that make the 6 a count of something
COUNTED_POS = frozenset({"NOUN", "PROPN", "ADJ"})
# coarser units rank higher; a shift ("two days later") needs an anchor at least as fine as itself
RANK = {"day": 0, "days": 0, "week": 1, "month": 2, "year": 3, "decade": 4, "century": 5}

# fmt: off
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11,
    "dec": 12,
}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a couple of": 2, "couple of": 2, "a": 1, "an": 1,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# "the fourteenth century"
CENTURIES = {
    word: n
    for n, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first".split(),
        1,
    )
}
# first and last month of a season, northern hemisphere; winter runs into the next year
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 14)}
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year day": (1, 1),
    "new year eve": (12, 31), "halloween": (10, 31),
}
# holidays whose day changes each year, as the step from January 1 to it; US ones, as the news read here is mostly
# American. Election Day is the Tuesday after November's first Monday
_THANKSGIVING = relativedelta(month=11, weekday=TH(4))
MOVABLE_HOLIDAYS = {
    "election day": relativedelta(month=11, day=2, weekday=TU), "thanksgiving": _THANKSGIVING,
    "thanksgiving day": _THANKSGIVING, "labor day": relativedelta(month=9, weekday=MO),
    "memorial day": relativedelta(month=5, day=31, weekday=MO(-1)), "mlk day": relativedelta(month=1, weekday=MO(3)),
}
PARTS = {
    "early": "early", "beginning of": "early", "start of": "early", "mid": "mid", "middle of": "mid",
    "late": "late", "end of": "late",
}
RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1, "day before yesterday": -2,
    "day after tomorrow": 2,
}
STEPS = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "this": 0, "current": 0, "same": 0, "that": 0,
         "next": 1, "following": 1}
# words after an ordinal that keep it a time ("the first day", "the 12th of May"); others make it a name
ORDINAL_TIME_WORDS = frozenset({
    "second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade", "century",
    "quarter", "half", "of", "full", "this", "last", "next", *SEASONS,
})
# fmt: on

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.)"
_DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])"
_DAY = _DAY_NUMBER + r"(?:st|nd|rd|th)?"
_YEAR = r"(?:1\d|20|21)\d\d"
_COMPOUND = r"(?:twenty|thirty|forty|fifty)-(?:one|two|three|four|five|six|seven|eight|nine)"
_NUM = rf"(?:\d+|{_COMPOUND}|{'|'.join(NUMBERS)})"
_TO = r" ?(?:-|and|to|through|thru|until|till) ?"
# an optional year after a month or a day: ", 2026", " of last year"
_YEAR_SPEC = r"(?:,? (?:of )?(?P<year>" + _YEAR + r")|,? (?:of )?(?P<yrel>last|this|next) year)?"
# after a part of a year, "of the year" is the current one ("January of the year" is often "… the war ended")
_PART_YEAR_SPEC = _YEAR_SPEC + r"(?P<current> of the year)?"
_OF_THE_YEAR = re.compile(r"\bof the year$")
_DAY_PARTS = r"(?: (?:morning|afternoon|evening|night|overnight))?"
_UNIT = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|year|decade|century|centurie|term)"
# "41/2 years" is 4½ years where a fraction lost its character
_QUANT = r"(?:\d+(?:[.,]\d+|1/2)?(?:-plus)?|" + _NUM + r"|several|few|a few|many|some|dozens of|hundreds of|half an?)"
_QUALIFIERS = (
    r"(?:(?:about|around|roughly|nearly|almost|approximately|some|over|under|more than|less than|fewer than|"
    r"at least|at most|up to|as long as|as many as|as much as|just|only|another|an additional|additional|extra|"
    r"full|whole|entire|single|the|these|those|past|last|next|first|final|for|within) )*"
)

_LEAD = re.compile(
    r"^(?:(?:on|in|at|by|since|from|until|till|through|during|between|around|about|circa|approximately|as of|"
    r"as early as|as late as|sometime|some time|the|another|earlier|later|before|after|of) )+"
)
_PART = re.compile(r"(?P<part>early|mid|late|beginning of|start of|middle of|end of)(?: |-)(?:the )?")
_ORDINAL_NOUN = re.compile(
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?P<word>[a-z]+)\b.*"
)
_CLOCK = re.compile(
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))? ?(?P<ampm>[ap])\.?m\b\.?|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)"
    r"|\b(?P<word>noon|midday|midnight)\b|(?P<oc>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve) o'clock"
)
_CLOCK_FILLER = re.compile(
    r"\b(?:about|around|approximately|nearly|shortly|just|at|by|before|after|until|till|from|to|on|local time|"
    r"in the (?:morning|afternoon|evening)|at night|gmt|utc|eastern|pacific|central|mountain|e\.?t\.?|[ecmp][sd]t)"
    r"\b\.?|,"
)
_SHIFT = re.compile(
    r"(?P<n>" + _NUM + r") (?P<unit>day|week|month|year)s? (?P<dir>later|after|afterwards?|on|earlier|before|prior)"
)
_SHIFT_NEXT = re.compile(
    r"(?P<rel>next|following|previous|preceding|same|that) (?P<unit>day|morning|afternoon|evening|night|week|month|"
    r"year)|(?P<unit_>day|night|morning) (?P<rel_>before|after)"
)
# "two to three weeks", "seven and a half years", "48-hour"
_COUNTED_UNITS = rf"{_QUANT}(?: (?:or|to|-) {_QUANT})?(?: and a half)?[ -]{_UNIT}s?"
_DURATION = re.compile(
    rf"(?!(?:these|those|the) days$){_QUALIFIERS}(?:{_COUNTED_UNITS}|{_UNIT}s|half[- ]century|{_UNIT}s?-long)"
    r"(?:[- ](?:long|old|plus))*(?: (?:of|and) .*)?"
)
_AGE = re.compile(r"\d{1,3}|\d0s|(?:ages?|aged)(?: of)? \d.*")
_LOOKS_DATED = re.compile(r"\b" + _MONTH + r"(?:\W|$)|\d[/.]\d|fortnight")
_HAS_YEAR = re.compile(r"\b" + _YEAR + r"\b")
# an expression that says which year it means: "last February", "the end of May last year", "next March"
_SAYS_WHICH = re.compile(r"\b(?:" + "|".join(sorted(WHICH)) + r")\b", re.IGNORECASE)
# a day of the calendar ("May 19", "Christmas"), not one counted from the reference ("Tuesday", "last weekend")
_HOLIDAY_NAMES = "|".join([*HOLIDAYS, *map(re.escape, MOVABLE_HOLIDAYS)])
_A_HOLIDAY = re.compile("(?:an? )?(?:" + _HOLIDAY_NAMES + ")")
_CALENDAR_DAY = re.compile(r"\b(?:" + _MONTH + "|" + _HOLIDAY_NAMES + r")(?!\w)", re.IGNORECASE)
# the rest of a day interval spaCy leaves out of the entity: "January 5" + " and 6"
_ENDS_WITH_DAY = re.compile(r"\b" + _MONTH + r" " + _DAY + r"$", re.IGNORECASE)
_MORE_DAYS = re.compile(r"\s?(?:-|–|—|and|to|through|until|till)\s?" + _DAY + r"\b(?:,? " + _YEAR + r"\b)?", re.I)


@dataclass(frozen=True, slots=True)
class _Period:
    """An inclusive stretch of days and the unit it was named in."""

    first: date
    last: date
    unit: str  # day | days | week | month | year | decade | century
    holiday: str | None = None  # a movable holiday's name: the same day in another year is not the same date


@dataclass(frozen=True, slots=True)
class _Reading:
    """What an expression says before the article's other dates are known."""

    period: _Period | None = None
    granularity: str | None = None  # without a period: duration | time | None
    clock: time | None = None
    shift: tuple[int, str] | None = None  # (n, unit) from the previous date of the article
    drop: bool = False


# --- periods ---------------------------------------------------------------------------------


def _day(d: date) -> _Period:
    return _Period(d, d, "day")


def _days(first: date, last: date) -> _Period:
    return _Period(first, last, "days")


def _week(d: date) -> _Period:
    monday = d - timedelta(days=d.weekday())
    return _Period(monday, monday + timedelta(days=6), "week")


def _months(year: int, month: int, last_year: int | None = None, last_month: int | None = None) -> _Period:
    """Whole months from (year, month) to (last_year, last_month); months past 12 run into the next year."""
    last_year, last_month = last_year or year, last_month or month
    last_year, last_month = last_year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    end = date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
    return _Period(date(year, month, 1), end, "month")


def _years(first: int, last: int, unit: str = "year") -> _Period:
    return _Period(date(first, 1, 1), date(last, 12, 31), unit)


def _add_months(d: date, n: int) -> date:
    year, month = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _third(n: int, part: str) -> tuple[int, int]:
    """Zero-based first and last of n items in the early, mid or late third (early 2000s: 2000..2003)."""
    head, tail = ceil(n / 3), n // 3
    return {"early": (0, head - 1), "mid": (head, n - tail - 1), "late": (n - tail, n - 1)}[part]


def _part(period: _Period, part: str) -> _Period:
    """The early, mid or late third of a month, year, decade or century; other periods stay whole."""
    if period.unit == "month" and period.first.month == period.last.month:
        i, j = _third(period.last.day, part)
        return _days(period.first + timedelta(days=i), period.first + timedelta(days=j))
    if period.unit == "year" and period.first.year == period.last.year:
        i, j = _third(12, part)
        return _months(period.first.year, i + 1, period.first.year, j + 1)
    if period.unit in ("decade", "century"):
        i, j = _third(period.last.year - period.first.year + 1, part)
        return _years(period.first.year + i, period.first.year + j, period.unit)
    return period


def _render(period: _Period) -> tuple[str, str | None]:
    """ISO value and end value: days as dates, months as YYYY-MM, years and longer as YYYY."""
    if period.unit == "day":
        return period.first.isoformat(), None
    if period.unit in ("days", "week"):
        return period.first.isoformat(), period.last.isoformat()
    if period.unit == "month":
        first, last = period.first.isoformat()[:7], period.last.isoformat()[:7]
        return first, last if last != first else None
    first, last = f"{period.first.year:04d}", f"{period.last.year:04d}"
    return first, last if last != first or period.unit != "year" else None


SEPTEMBER_11 = date(2001, 9, 11)
_SEPTEMBER_11 = re.compile(r"sept?\.? 11|september 11")

# --- dates against a reference day -------------------------------------------------------------


def _recent(reference: date, month: int, day: int) -> date | None:
    """The month and day in the year that puts it closest before the reference, or just after it; a leap day,
    which comes every four years, is the nearest one up to next year's ("by Feb. 29", ten days ahead, not four
    years back)."""
    if (month, day) == (2, 29):
        years = range(reference.year - 4, reference.year + 2)
        return min((date(y, 2, 29) for y in years if calendar.isleap(y)), key=lambda d: abs(d - reference))
    return _latest(reference, lambda year: date(year, month, day))


def _latest(reference: date, day_in: Callable[[int], date]) -> date | None:
    """The latest of a yearly day (`day_in` a year) up to a week after the reference."""
    limit = reference + timedelta(days=FUTURE_DAYS)
    for year in range(reference.year + 1, reference.year - 8, -1):
        try:
            candidate = day_in(year)
        except ValueError:  # no such day ("April 31")
            continue
        if candidate <= limit:
            return candidate
    return None


def _weekday(reference: date, weekday: int, relation: str | None) -> date:
    """News convention: a bare weekday is the latest such day on or before the reference."""
    if relation == "next":
        return reference + timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)
    back = (reference.weekday() - weekday) % 7
    return reference - timedelta(days=back or (7 if relation == "last" else 0))


def _number(word: str) -> int:
    """A count in digits or words: "3", "three", "twenty-two"."""
    return int(word) if word.isdigit() else sum(NUMBERS[part] for part in word.split("-"))


def _ordinal(word: str) -> int:
    return int(word.rstrip("stndrh")) if word[0].isdigit() else ORDINALS[word]


def _year_of(m: re.Match[str], reference: date | None) -> int | None:
    """The year a pattern's year group gives, explicitly or relative to the reference."""
    if m["year"]:
        return int(m["year"])
    if m["yrel"] and reference:
        return reference.year + STEPS[m["yrel"]]
    if m.groupdict().get("current") and reference:
        return reference.year
    return None


def _month_day(month: int, day: int, m: re.Match[str], reference: date | None) -> date | None:
    year = _year_of(m, reference)
    if year is None:
        return _recent(reference, month, day) if reference else None
    return date(year, month, day)


def _recent_year(m: re.Match[str], reference: date | None, month: int) -> int | None:
    """The pattern's year, else the year of the latest such month up to the reference."""
    year = _year_of(m, reference)
    if year is None and reference:
        start = _recent(reference, month, 1)
        year = start.year if start else None
    return year


# --- the patterns: each handler reads a match against the reference day (None: unknown) ---------


def _iso(m: re.Match[str], reference: date | None) -> _Period | None:
    return _day(date(int(m["y"]), int(m["mo"]), int(m["d"])))


def _date(m: re.Match[str], reference: date | None) -> _Period | None:
    found = _month_day(MONTHS[m["month"][:3]], _ordinal(m["day"]), m, reference)
    return _day(found) if found else None


def _day_range(m: re.Match[str], reference: date | None) -> _Period | None:
    first = _month_day(MONTHS[m["month"][:3]], _ordinal(m["day"]), m, reference)
    if first is None:
        return None
    last = date(first.year, MONTHS[m["month2"][:3]] if m["month2"] else first.month, _ordinal(m["day2"]))
    if last < first:
        last = last.replace(year=last.year + 1)
    return _days(first, last) if (last - first).days <= 62 else None


def _month_year(month: int, relation: str, reference: date) -> int:
    """'Last March' is before the current month, 'next March' after it, 'this March' in the reference's year."""
    if relation == "this":
        return reference.year
    if relation == "next":
        return reference.year + (1 if month <= reference.month else 0)
    return reference.year - (1 if month >= reference.month else 0)


def _month(m: re.Match[str], reference: date | None) -> _Period | None:
    month = MONTHS[m["month"][:3]]
    if m["mrel"] and reference and not m["year"]:
        year = _month_year(month, m["mrel"], reference)
    else:
        year = _recent_year(m, reference, month)
    if year is None:
        return None
    if m["month2"]:
        last = MONTHS[m["month2"][:3]]
        return _months(year, month, year, last + (12 if last < month else 0))
    return _months(year, month)


def _season(m: re.Match[str], reference: date | None) -> _Period | None:
    """A season: of the year named, else "this" one (the year's; of the two winters a year touches, the nearer),
    the "next" to begin, or the latest begun."""
    first, last = SEASONS[m["season"]]
    if not m["year"] and m["srel"] in ("this", "next") and reference:
        seasons = [_months(year, first, year, last) for year in range(reference.year - 1, reference.year + 2)]
        if m["srel"] == "next":
            return next(s for s in seasons if s.first > reference)
        this_year = [s for s in seasons if reference.year in (s.first.year, s.last.year)]
        return min(this_year, key=lambda s: max((s.first - reference).days, (reference - s.last).days, 0))
    year = _recent_year(m, reference, first)
    if year is None:
        return None
    if not m["year"] and m["srel"] == "last" and reference and _months(year, first, year, last).last >= reference:
        year -= 1  # "last summer" said during the summer
    return _months(year, first, year, last)


def _holiday(m: re.Match[str], reference: date | None) -> _Period | None:
    found = _month_day(*HOLIDAYS[m["holiday"]], m, reference)
    return _day(found) if found else None


def _movable_day(name: str, year: int) -> _Period:
    day = date(year, 1, 1) + MOVABLE_HOLIDAYS[name]
    return _Period(day, day, "day", name)


def _movable(m: re.Match[str], reference: date | None) -> _Period | None:
    """A movable holiday in the pattern's year, else the latest one up to a week after the reference, as for a
    day of the calendar (the tense rules may take it to the next year's). Election Day alone is the coming one:
    the news speaks of the election ahead; a past one it names without its year may be any before."""
    name, year = m["movable"], _year_of(m, reference)
    if year is not None or reference is None:
        return _movable_day(name, year) if year else None
    if name == "election day":
        day = _movable_day(name, reference.year)
        return day if day.first >= reference else _movable_day(name, reference.year + 1)
    found = _latest(reference, lambda year: _movable_day(name, year).first)
    return _movable_day(name, found.year) if found else None


def _quarter(m: re.Match[str], reference: date | None) -> _Period | None:
    """A quarter of a named year. "The fourth quarter" alone is a game's or a company's fiscal one
    more often than the calendar's, so it is no date."""
    quarter = _ordinal(m["q"]) if m["q"] else int(m["qn"])
    year = _year_of(m, reference)
    return _months(year, 3 * quarter - 2, year, 3 * quarter) if year else None


def _half(m: re.Match[str], reference: date | None) -> _Period | None:
    """A half of a named year; "the first half" alone, like a quarter, is as often a match's."""
    first = 1 if m["h"] in ("first", "1st") else 7
    year = _year_of(m, reference)
    return _months(year, first, year, first + 5) if year else None


def _weekday_day(m: re.Match[str], reference: date | None) -> _Period | None:
    return _day(_weekday(reference, WEEKDAYS[m["wd"][:3]], m["rel"])) if reference else None


def _weekday_range(m: re.Match[str], reference: date | None) -> _Period | None:
    if reference is None:
        return None
    first, last = WEEKDAYS[m["wd"][:3]], WEEKDAYS[m["wd2"][:3]]
    end = _weekday(reference, last, None)
    return _days(end - timedelta(days=(last - first) % 7), end)


def _weekend(m: re.Match[str], reference: date | None) -> _Period | None:
    if reference is None:
        return None
    saturday = _weekday(reference, 5, "next" if m["rel"] == "next" else None)
    if m["rel"] == "last" and reference.weekday() >= 5:
        saturday -= timedelta(days=7)  # said on a weekend: the one before
    return _days(saturday, saturday + timedelta(days=1))


def _relative_day(m: re.Match[str], reference: date | None) -> _Period | None:
    return _day(reference + timedelta(days=RELATIVE_DAYS[m["word"]])) if reference else None


def _ago(m: re.Match[str], reference: date | None) -> _Period | None:
    """ "two weeks ago", "about a month ago": that week or month; "more than two weeks ago" is no period, only a
    bound."""
    if reference is None or m["q"] in ("more than", "less than", "over"):
        return None
    n, unit = _number(m["n"]), m["unit"]
    if unit == "day":
        return _day(reference - timedelta(days=n))
    if unit == "week":
        return _week(reference - timedelta(weeks=n))
    if unit == "month":
        back = _add_months(reference, -n)
        return _months(back.year, back.month)
    year = reference.year - n * (10 if unit == "decade" else 1)
    return _years(year, year)


def _calendar(m: re.Match[str], reference: date | None) -> _Period | None:
    """This, last or next week, month, year, decade or century."""
    if reference is None:
        return None
    step, unit = STEPS[m["rel"]], m["unit"]
    if unit == "week":
        return _week(reference + timedelta(weeks=step))
    if unit == "month":
        moved = _add_months(reference, step)
        return _months(moved.year, moved.month)
    if unit == "year":
        return _years(reference.year + step, reference.year + step)
    size = 10 if unit == "decade" else 100
    start = reference.year // size * size + step * size
    return _years(start, start + size - 1, unit)


def _year(m: re.Match[str], reference: date | None) -> _Period | None:
    first = int(m["y1"])
    if not m["y2"]:
        return _years(first, first)
    last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
    return _years(first, last) if first < last <= first + 100 else None


def _decade(m: re.Match[str], reference: date | None) -> _Period | None:
    """'The 1990s' and "the '90s" are decades; 'the 1800s' and 'the 1900s' are centuries."""
    if m["short"]:
        now = reference.year if reference else 2000  # without a reference, "the '20s" are the 1920s
        start = now // 100 * 100 + int(m["short"]) * 10
        start -= 100 if start > now else 0
        return _years(start, start + 9, "decade")
    start = int(m["decade"]) * 10
    if start % 100 == 0 and start < 2000:
        return _years(start, start + 99, "century")
    return _years(start, start + 9, "decade")


def _century(m: re.Match[str], reference: date | None) -> _Period | None:
    start = ((int(m["c"]) if m["c"] else CENTURIES[m["cw"]]) - 1) * 100
    return _years(start, start + 99, "century")


def _day_of_month(m: re.Match[str], reference: date | None) -> _Period | None:
    """'On the 12th': the latest such day of a month up to the reference, or just after it (a clause that looks
    ahead takes the next one: `_next_day_of_month`)."""
    if reference is None:
        return None
    day, limit = _ordinal(m["day"]), reference + timedelta(days=FUTURE_DAYS)
    for back in range(4):
        start = _add_months(limit.replace(day=1), -back)
        if day <= calendar.monthrange(start.year, start.month)[1] and start.replace(day=day) <= limit:
            return _day(start.replace(day=day))
    return None


def _next_day_of_month(day: int, reference: date) -> _Period | None:
    """The first day of that number on or after the reference: "the court will rule on the 14th"."""
    for ahead in range(3):
        start = _add_months(reference.replace(day=1), ahead)
        if day <= calendar.monthrange(start.year, start.month)[1] and start.replace(day=day) >= reference:
            return _day(start.replace(day=day))
    return None


# fmt: off
PATTERNS = [(re.compile(pattern), handler) for pattern, handler in [
    (r"(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)", _iso),
    (r"(?:" + _WEEKDAY + r",? )?(?P<month>" + _MONTH + r") (?P<day>" + _DAY + r")" + _TO + r"(?:(?P<month2>"
     + _MONTH + r") )?(?P<day2>" + _DAY + r")" + _YEAR_SPEC, _day_range),
    (r"(?P<day>" + _DAY + r")" + _TO + r"(?P<day2>" + _DAY + r") (?:of )?(?P<month>" + _MONTH + r")(?P<month2>)"
     + _YEAR_SPEC, _day_range),
    (r"(?:" + _WEEKDAY + r",? )?(?P<month>" + _MONTH + r") (?P<day>" + _DAY + r")" + _YEAR_SPEC + _DAY_PARTS,
     _date),
    (r"(?:" + _WEEKDAY + r",? )?(?:the )?(?P<day>" + _DAY + r") (?:of )?(?P<month>" + _MONTH + r")" + _YEAR_SPEC,
     _date),
    (r"(?:(?P<mrel>last|this|next) )?(?P<month>" + _MONTH + r")(?:" + _TO + r"(?P<month2>" + _MONTH + r"))?"
     + _YEAR_SPEC, _month),
    (r"(?:(?P<srel>last|this|next) )?(?P<season>" + "|".join(SEASONS) + r")" + _YEAR_SPEC, _season),
    (r"(?P<holiday>" + "|".join(HOLIDAYS) + r")" + _YEAR_SPEC, _holiday),
    (r"(?P<movable>" + "|".join(map(re.escape, MOVABLE_HOLIDAYS)) + r")" + _YEAR_SPEC, _movable),
    (r"(?:(?P<q>first|second|third|fourth|[1-4](?:st|nd|rd|th)) quarter|q(?P<qn>[1-4]))" + _PART_YEAR_SPEC, _quarter),
    (r"(?P<h>first|second|1st|2nd) half" + _PART_YEAR_SPEC, _half),
    (r"(?:(?P<rel>last|this|next) )?(?:(?:early|late) (?:on )?)?(?P<wd>" + _WEEKDAY + r")" + _DAY_PARTS,
     _weekday_day),
    (r"(?P<wd>" + _WEEKDAY + r")" + _TO + r"(?P<wd2>" + _WEEKDAY + r")", _weekday_range),
    (r"(?:(?P<rel>last|this|next) )?weekend", _weekend),
    (r"(?P<word>today|tonight|yesterday|tomorrow|day before yesterday|day after tomorrow)" + _DAY_PARTS,
     _relative_day),
    (r"(?P<word>this|last) (?:morning|afternoon|evening|night)", _relative_day),
    (r"(?:(?P<q>about|around|nearly|almost|roughly|some|more than|less than|just|only|over) )?(?P<n>" + _NUM
     + r") (?P<unit>day|week|month|year|decade)s? ago", _ago),
    (r"(?P<rel>last|previous|this|current|next) (?P<unit>week|month|year|decade|century)", _calendar),
    (r"(?:(?:calendar |fiscal )?year |fy ?)?(?P<y1>" + _YEAR + r")(?:" + _TO + r"(?P<y2>" + _YEAR + r"|\d\d))?",
     _year),
    (r"(?P<decade>1\d\d|20\d)0'?s|'(?P<short>\d)0s", _decade),
    (r"(?:(?P<c>1?\d|2[01])(?:st|nd|rd|th)|(?P<cw>" + "|".join(CENTURIES) + r"))[ -]century", _century),
    (r"(?P<day>" + _DAY_NUMBER + r"(?:st|nd|rd|th))", _day_of_month),
]]
# fmt: on


# --- reading one expression -----------------------------------------------------------------------


def _normalize(text: str) -> str:
    """Lower case, plain quotes and dashes, no possessive, no leading preposition or article."""
    text = " ".join(text.lower().replace("’", "'").replace("–", "-").replace("—", "-").split())
    text = re.sub(r"(?<=[a-z])'s\b", "", text).replace("this past ", "last ")
    return _LEAD.sub("", text.strip(" ,;:"))


def _match(text: str, reference: date | None) -> _Period | None:
    """The period of the first pattern the whole text matches; an impossible date ("June 31") is none."""
    for pattern, handler in PATTERNS:
        m = pattern.fullmatch(text)
        if m:
            try:
                return handler(m, reference)
            except ValueError:
                return None
    return None


def _shift(text: str) -> tuple[int, str] | None:
    """'Two days later', 'the next day': an offset from the article's previous date."""
    m = _SHIFT.fullmatch(text)
    if m:
        sign = -1 if m["dir"] in ("earlier", "before", "prior") else 1
        return sign * _number(m["n"]), m["unit"]
    m = _SHIFT_NEXT.fullmatch(text)
    if m is None:
        return None
    if m["unit_"]:
        return (-1 if m["rel_"] == "before" else 1), "day"
    return STEPS[m["rel"]], m["unit"] if m["unit"] in ("week", "month", "year") else "day"


@lru_cache(maxsize=64)
def _parser(reference: date | None) -> DateDataParser:
    settings = {"PREFER_DATES_FROM": "past"}
    if reference:
        settings["RELATIVE_BASE"] = datetime.combine(reference, time(12))
    return DateDataParser(languages=["en"], settings=settings)


def _dateparse(text: str, reference: date | None) -> _Period | None:
    """dateparser for the shapes the patterns leave (numeric dates, 'a fortnight ago')."""
    if not _LOOKS_DATED.search(text) or (reference is None and not _HAS_YEAR.search(text)):
        return None
    data = _parser(reference).get_date_data(text)
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    periods = {"day": _day(d), "week": _week(d), "month": _months(d.year, d.month), "year": _years(d.year, d.year)}
    return periods.get(data.period)


def _read_date(text: str, reference: date | None) -> _Reading:
    part = _PART.match(text)
    core = _LEAD.sub("", text[part.end() :]) if part else text
    if part and core in ("week", "month", "year"):
        core = "this " + core  # "by the end of the year"
    period = _match(core, reference)
    if period:
        return _Reading(period=_part(period, PARTS[part["part"]]) if part else period)
    shift = _shift(core)
    if shift:
        return _Reading(shift=shift)
    if _AGE.fullmatch(core) or (not part and _DURATION.fullmatch(core)):
        return _Reading(granularity="duration")  # "the early hours" is neither a duration nor a date
    return _Reading(period=_dateparse(core, reference))


def _clock(m: re.Match[str], text: str) -> time | None:
    if m["word"]:
        return time(0) if m["word"] == "midnight" else time(12)
    if m["h24"]:
        return time(int(m["h24"]), int(m["m24"]))
    if m["oc"]:
        hour, minute, pm = _number(m["oc"]), 0, bool(re.search(r"afternoon|evening|night", text))
    else:
        hour, minute, pm = int(m["h"]), int(m["m"] or 0), m["ampm"] == "p"
    return time(hour % 12 + 12 * pm, minute) if 1 <= hour <= 12 and minute < 60 else None


def _read_clock(text: str, m: re.Match[str], reference: date | None) -> _Reading:
    """A clock time, on the day the rest of the expression names if it names one."""
    clock = _clock(m, text)
    rest = " ".join(_CLOCK_FILLER.sub(" ", _CLOCK.sub(" ", text)).split())
    period = _read_date(_LEAD.sub("", rest), reference).period if rest else None
    if clock and period and period.unit == "day":
        return _Reading(period=period, clock=clock)
    return _Reading(granularity="time", clock=clock)


@lru_cache(maxsize=65536)
def _read(text: str, reference: date | None) -> _Reading:
    """One entity's text read against a reference day; memoized, as stories repeat their dates."""
    norm = _normalize(text)
    ordinal = _ORDINAL_NOUN.fullmatch(norm)
    if ordinal and ordinal["word"] not in ORDINAL_TIME_WORDS:
        return _Reading(drop=True)  # "the 23rd States": a name with a number in it
    clock = _CLOCK.search(norm)
    return _read_clock(norm, clock, reference) if clock else _read_date(norm, reference)


# --- the article -------------------------------------------------------------------------------


class _Span(NamedTuple):
    start: int  # characters
    end: int
    text: str
    label: str
    tokens: tuple[int, int]


def _more_days(doc: Doc, ent: Span) -> str:
    """The text after an entity that completes its day interval ("January 5" + " and 6"), else "".

    Not before a noun: in "on March 5 and 6 people died" the 6 counts people.
    """
    if ent.end == len(doc) or not _ENDS_WITH_DAY.search(ent.text):
        return ""
    tail = doc[ent.end - 1].whitespace_ + doc[ent.end : ent.end + 4].text  # " and 6, 2026"
    more = _MORE_DAYS.match(tail)
    if more is None:
        return ""
    after = next((t for t in doc[ent.end : ent.end + 5] if t.idx >= ent.end_char + more.end()), None)
    return "" if after is not None and after.pos_ in COUNTED_POS else more[0]


def _spans(doc: Doc) -> list[_Span]:
    """DATE and TIME entities, day intervals completed where spaCy stopped short.

    Reads entity and token texts only: Doc.text joins every token on each access.
    """
    ents = [_with_which(_before_run_on(e)) for e in doc.ents if e.label_ in LABELS]
    spans = []
    for i, ent in enumerate(ents):
        more = _more_days(doc, ent)
        if i + 1 < len(ents) and ent.end_char + len(more) > ents[i + 1].start_char:
            more = ""  # the next entity starts inside: "January 5 to 2026"
        spans.append(_Span(ent.start_char, ent.end_char + len(more), ent.text + more, ent.label_, (ent.start, ent.end)))
    return spans


def _with_which(ent: Span) -> Span:
    """The entity with the word before it that says which one it is, when the tagger left that word out: "this
    summer's convention" is this summer's, not last summer's."""
    if ent.start == 0:
        return ent
    which = ent.doc[ent.start - 1]
    if which.lower_ not in WHICH or which.head.i not in range(ent.start, ent.end):
        return ent
    return ent.doc[ent.start - 1 : ent.end]


# a dash between spaces, and what names a day on either side of it: a month, a weekday or a year
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_NAMES_A_DATE = re.compile(r"\b(?:" + _MONTH + "|" + _WEEKDAY + "|" + _YEAR + r")(?!\w)", re.IGNORECASE)


def _before_run_on(ent: Span) -> Span:
    """The entity up to a spaced dash when the tagger ran a date on into the clause after it: "the end of February
    - after the caucuses" is the end of February. Not a range ("January - March", "1995 - 99") or a clock
    ("Dec. 18 - 11:14 pm")."""
    dash = _SPACED_DASH.search(ent.text)
    if dash is None or not _NAMES_A_DATE.search(ent.text[: dash.start()]):
        return ent
    tail = ent.text[dash.end() :]
    if _NAMES_A_DATE.search(tail) or any(c.isdigit() for c in tail):
        return ent
    return ent.doc.char_span(ent.start_char, ent.start_char + dash.start(), ent.label_) or ent


_BARE_DAY = re.compile(r"(?:the )?" + _DAY_NUMBER + r"(?:st|nd|rd|th)")
_BARE_WEEKDAY = re.compile(r"(?:(?:early|late) (?:on )?)?" + _WEEKDAY + _DAY_PARTS + "|(?:the )?weekend")
_FUTURE_AUX = {"will", "'ll", "wo", "shall", "would", "'d", "should", "must"}  # "should stay away until …"
_WILL = {"will", "'ll", "wo", "shall"}  # "will have spoken by Monday" is still ahead; "should have left Monday" is not
_FUTURE_VERBS = {"schedule", "plan", "due", "expect", "set", "forecast", "predict"}  # "is scheduled to meet on Monday"
# verbs that ask someone to act, whose infinitive is still to come when they are said: "urged protesters to return
# to the streets on Thursday"
_DIRECTIVES = {"urge", "ask", "call", "tell", "order", "invite", "encourage", "instruct"}


def path_to_verb(root: Token) -> list[Token]:
    """From a time expression's root up through its preposition to the verb that governs it (at most four steps;
    the last token is the verb, or where the walk stopped)."""
    path = [root]
    while len(path) < 5 and path[-1].pos_ not in ("VERB", "AUX") and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _future(path: list[Token]) -> bool:
    """Whether the clause that holds the expression (`path`: up to its verb) speaks of what is still to come
    ("will meet on Monday")."""
    *below, token = path
    # reached through "for": "forecast for Wednesday" is the day forecast, not the forecast's
    purpose = any(t.dep_ == "prep" and t.lower_ == "for" for t in below)
    verbs = [token, token.head] if token.dep_ in ("xcomp", "ccomp") else [token]
    for verb in verbs:
        auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if auxiliaries & _FUTURE_AUX and (auxiliaries & _WILL or not auxiliaries & {"have", "'ve"}):
            return not _refused(verb, auxiliaries)
        if verb.lemma_ in _FUTURE_VERBS and (token is not verb or purpose):
            return True
        if verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children):
            return True
        infinitive = verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP"):
            return infinitive  # "is to take over on Jan. 1"
        if verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children):
            return True  # "the vote is due on Friday"
        if infinitive and verb.head.lemma_ in _DIRECTIVES:
            return True
    return False


def _still_to_come(span: _Span, path: list[Token], reference: date | None) -> bool:
    """Whether a bare weekday in a clause that looks ahead is a later day than the reference. Not the reference's
    own weekday: "On Thursday night, she will deliver her speech" in Thursday's paper is that night. Not a
    weekday owning what was done ("Monday's decision will reverberate"), unless it is of something scheduled
    ("Tuesday's primary will settle it"). A weekday something starts on ("declared three days of mourning starting
    Monday") is the nearer of the last and the next."""
    named = re.search(_WEEKDAY, _normalize(span.text))
    if path[-1].tag_ == "VBG" and path[-1].lemma_ in ("start", "begin") and named and reference is not None:
        ahead = (WEEKDAYS[named.group()[:3]] - reference.weekday()) % 7
        if 0 < ahead < 7 - ahead:
            return True
    if not _future(path):
        return False
    if named and reference is not None and WEEKDAYS[named.group()[:3]] == reference.weekday():
        return False
    root = path[0]
    owner = root.head if root.dep_ == "poss" else None
    return owner is None or owner.lemma_.lower() in SCHEDULED


def _refused(verb: Token, auxiliaries: set[str]) -> bool:
    """ "wouldn't say Tuesday how …", "would not comment on Monday": a refusal made then, not speech to come."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated and bool(auxiliaries & {"would", "'d"}) and verb.lemma_ in CLAUSE_CUES | {"comment", "discuss"}


def _birth(doc: Doc, span: _Span) -> bool:
    """The date is someone's birth: "born on December 2, 1920", "(born December 2, 1920)", "birth on …"."""
    root = doc[span.tokens[0] : span.tokens[1]].root
    before = doc[max(span.tokens[0] - 2, 0) : span.tokens[0]]  # "Born March 29, 1928, in the Bronx; died …"
    return any(t.lemma_.lower() in ("bear", "born", "birth") for t in [root, *list(root.ancestors)[:3], *before])


def _coming(doc: Doc, span: _Span, path: list[Token]) -> bool:
    """Whether the clause plainly looks ahead ("will open on March 3", "is scheduled for Feb. 14"): not what
    "would" happen (a vow made before, "would leave on October 31"), nor a plan told in the past ("canceled
    tariffs planned for Oct. 15"), nor a noun ("its plans for an offering on September 30")."""
    verb = path[-1]
    if verb.pos_ not in ("VERB", "AUX") or not _future(path) or _quoted_apart(doc, span, verb):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # a participle takes the tense of the clause it sits in
        governor = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)
        return governor is None or governor.tag_ != "VBD"
    return True


def _quoted_apart(doc: Doc, span: _Span, verb: Token) -> bool:
    """The verb is inside a quotation the expression is not in: the quote's tense is not the narration's ("In his
    column on Aug. 10, “The piling on must stop,” he wrote")."""
    quotes = doc_quotes(doc)
    return (quotes.at(span.start) is None) != (quotes.at(verb.idx) is None)


def _past(path: list[Token]) -> bool:
    """Whether the expression speaks of the past: its clause in the past tense ("was rebuilt on April 20"), or
    it follows "since" ("the highest since December"). Not the day of something scheduled, which a past-tense
    clause names whether it is still to come or not ("the ad ran 15 days before the caucuses on Feb. 1")."""
    *below, verb = path
    if any(t.lower_ == "since" for t in below):
        return True
    return not _of_scheduled(path) and _in_past_tense(verb)


def _in_past_tense(verb: Token) -> bool:
    """ "was rebuilt", "had hired": a past or past perfect verb, whatever the clause is about."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True  # a past tense the tagger took for a participle: "Trump tweeted before Election Day"
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in verb.children)


def _told_as_past(verb: Token) -> bool:
    """Whether the verb, or one it hangs on, is in the past tense: "prompted Parliament to call a debate"."""
    return any(_in_past_tense(v) for v in [verb, *list(verb.ancestors)[:3]])


def _nearest(path: list[Token]) -> bool:
    """Whether a day without a year is the nearer of last and next year's, not the latest past one: the day of
    something scheduled ("the Nov. 8 election", "the hearing on May 3"), one the clause looks ahead to ("ahead of
    Nov. 8"), or one a present-tense verb other than speech is on ("On Dec. 1, that changes")."""
    above = path[1:]  # the words from the expression up to its verb
    if not above:
        return False
    if any(t.lower_ in LOOKING_AHEAD for t in above) or _of_scheduled(path):
        return True
    if any(c.lower_ == "now" for c in path[0].lefts):
        return True  # "between now and Nov. 8"
    verb = above[-1]
    return (
        len(above) <= 2
        and verb.tag_ in ("VBZ", "VBP")
        and verb.lemma_ not in CLAUSE_CUES
        and not any(c.dep_ == "ccomp" for c in verb.children)
    )


def _of_scheduled(path: list[Token]) -> bool:
    """Whether the day is that of something scheduled: "the Nov. 8 election", "the hearing on May 3", also where the
    parser hangs the day on the verb ("won the election on Nov. 8", "securing the nomination before the convention
    in July") or the event on the day ("the state's primary Aug. 30")."""
    start = path[0].left_edge
    before = start.nbor(-1) if start.i > 0 else None
    if before is not None and before.lower_ in ("on", "of") and before.i > 0:
        before = before.nbor(-1)
    elif before is not None and before.lower_ == "in" and before.i > 0 and not _told_as_past(path[-1]):
        before = before.nbor(-1)  # "the convention in July"; but "lit into him at a debate in August" is past
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in SCHEDULED:
        return True
    if any(c.lemma_.lower() in SCHEDULED for c in path[0].lefts):  # "the state's primary Aug. 30"
        return True
    above = path[1:]
    if not above:
        return False
    owner = above[1] if above[0].lower_ in ("on", "of") and len(above) > 1 else above[0]
    return owner.pos_ == "NOUN" and owner.lemma_.lower() in SCHEDULED


def _ahead(period: _Period, reference: date, horizon: int = AHEAD_DAYS) -> _Period:
    """A day or month without a year read into last year, when the same one this year is at most `horizon` days
    ahead: that one ("talks resume in December", written in November)."""
    if period.unit not in ("day", "days", "month") or period.last >= reference:
        return period
    later = _years_on(period, 1)
    return later if later is not None and 0 < (later.first - reference).days <= horizon else period


def _told(path: list[Token]) -> bool:
    """Whether the expression's clause narrates, neither in the present nor looking ahead: "remains a shareholder
    as of March 20" is this year's, whatever year the sentence named before; nor supposing, as a modal does, of
    the verb or of the one an infinitive serves ("may wait until February's primaries to decide")."""
    verb = path[-1]
    while verb.tag_ == "VB" and verb.head.i != verb.i and any(c.tag_ == "TO" for c in verb.children):
        verb = verb.head
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    supposed = any(c.tag_ == "MD" for c in verb.children) and not auxiliaries & {"have", "'ve"}
    return path[-1].tag_ not in ("VBZ", "VBP") and not _future(path) and not supposed


def _beside(period: _Period, day: date) -> _Period:
    """A day or month without a year in the year that puts it nearest a full date its sentence gives: "was killed
    June 24, 2005 while investigating a June 20 shooting" is June 20, 2005, whatever the article's own date."""
    if period.unit not in ("day", "days", "month"):
        return period
    shifts = (day.year - period.first.year + n for n in (-1, 0, 1))
    moved = [m for m in (_years_on(period, n) for n in shifts) if m is not None]
    return min(moved, key=lambda m: abs((m.first - day).days), default=period)


def _years_on(period: _Period, years: int) -> _Period | None:
    """The period as many years on (or back), None where a February 29 has no counterpart."""
    if period.holiday:
        return _movable_day(period.holiday, period.first.year + years)
    try:
        return _Period(
            period.first.replace(year=period.first.year + years),
            period.last.replace(year=period.last.year + years),
            period.unit,
        )
    except ValueError:  # February 29
        return None


def _reference_in_text(doc: Doc, spans: list[_Span]) -> date | None:
    """Without a publication date: the latest date the article gives in full, year included, that is no one's
    birth ("was born on December 2, 1920" would date an obituary eighty years early)."""
    periods = [_read(span.text, None).period for span in spans if not _birth(doc, span)]
    return max((p.last for p in periods if p and p.unit in ("day", "days")), default=None)


def _shifted(anchor: _Period | None, shift: tuple[int, str]) -> _Period | None:
    """The previous date moved by a shift, when the previous date is as precise as the shift."""
    n, unit = shift
    if anchor is None or RANK[anchor.unit] > RANK[unit]:
        return None
    if unit == "day":
        return _day(anchor.first + timedelta(days=n))
    if unit == "week":
        moved = anchor.first + timedelta(weeks=n)
        return _day(moved) if RANK[anchor.unit] == 0 else _week(moved)
    if unit == "month":
        moved = _add_months(anchor.first, n)
        return _months(moved.year, moved.month)
    return _years(anchor.first.year + n, anchor.first.year + n)


def _expr(span: _Span, reading: _Reading, period: _Period | None) -> TimeExpr:
    if period is None:
        return TimeExpr(span.start, span.end, span.text, span.label, None, None, reading.granularity)
    value, end_value = _render(period)
    if reading.clock:
        return TimeExpr(span.start, span.end, span.text, span.label, f"{value}T{reading.clock:%H:%M}", None, "time")
    return TimeExpr(span.start, span.end, span.text, span.label, value, end_value, period.unit)


def _adjacent(doc: Doc, a: _Span, b: _Span) -> bool:
    between = doc[a.tokens[1] : b.tokens[0]]
    return len(between) <= 2 and all(token.lower_ in ADJACENT_WORDS for token in between)


def _attach_clocks(doc: Doc, items: list[tuple[_Span, TimeExpr, _Reading]]) -> None:
    """'3 a.m. Saturday' comes as two entities: a clock time without a day takes its neighbour's day."""
    for (a_span, a, a_reading), (b_span, b, b_reading) in pairwise(items):
        if not _adjacent(doc, a_span, b_span):
            continue
        for timed, clock, other in ((a, a_reading.clock, b), (b, b_reading.clock, a)):
            if clock and timed.value is None and other.granularity == "day":
                timed.value = f"{other.value}T{clock:%H:%M}"


def resolve_times(doc: Doc, published: datetime | None) -> list[TimeExpr]:
    """DATE and TIME entities with ISO values, resolved against the publication date or the article's own."""
    spans = _spans(doc)
    reference = published.date() if published else _reference_in_text(doc, spans)
    items: list[tuple[_Span, TimeExpr, _Reading]] = []
    anchor: _Period | None = None
    dated: tuple[int, date] | None = None  # the sentence and day of the last expression that named its year
    month: tuple[int, date] | None = None  # the same for the last month named with its year ("January 2016")
    for span in spans:
        text = span.text
        norm = _normalize(text)
        if _is_address(doc, span) or _names_a_kind(doc, span, norm):
            continue
        sentence = doc[span.tokens[0]].sent.start
        path = path_to_verb(doc[span.tokens[0] : span.tokens[1]].root)  # the tense rules read the clause through it
        if _BARE_WEEKDAY.fullmatch(norm) and _still_to_come(span, path, reference):
            # a weekday or weekend still to come is the next such day, not the last
            text = "next " + norm.removeprefix("the ")
            norm = _normalize(text)
        reading = _read(text, reference)
        if month and month[0] == sentence and _part_of_the_month(norm):
            reading = _read(text, month[1])  # "in January 2016 … by the end of the month": January's end
        if reading.drop:
            continue
        period = reading.period or (_shifted(anchor, reading.shift) if reading.shift else None)
        nine_eleven = _nine_eleven(doc, span, norm)
        if nine_eleven:
            period = _day(SEPTEMBER_11)
        # a day or month whose year is left to the reader ("June 20", not "June 20, 2005" nor "last June")
        open_year = bool(_CALENDAR_DAY.search(norm)) and not _HAS_YEAR.search(text)
        open_year = open_year and not _SAYS_WHICH.search(text) and not nine_eleven
        if period and period.holiday == "election day" and open_year and _in_past_tense(path[-1]):
            period = None  # told of as past, it may be any election before: which is not said
        if period and open_year and dated and dated[0] == sentence and _told(path):
            period = _beside(period, dated[1])
        elif period and reference and open_year and not _past(path):
            if _coming(doc, span, path):
                horizon = COMING_DAYS
            elif _nearest(path):
                horizon = (reference - period.last).days  # ahead by no more than it would lie behind
            else:
                horizon = AHEAD_DAYS
            period = _ahead(period, reference, horizon)
        elif period and reference and _BARE_DAY.fullmatch(norm) and _coming(doc, span, path):
            period = _next_day_of_month(period.first.day, reference) or period
        if period and reference and period.first > reference and _OF_THE_YEAR.search(norm) and _past(path):
            period = _years_on(period, -1) or period  # "raised in the second half of the year", written in January
        elif period and reading.shift and published and period.first > reference and _past(path):
            period = None  # "landed at 7 a.m. that day" is no day after publication, whatever date came last
        expr = _expr(span, reading, period)
        expr.dates = path[-1].lemma_.lower()
        items.append((span, expr, reading))
        if period and RANK[period.unit] <= RANK["year"]:
            anchor = period
        if period and _HAS_YEAR.search(text) and RANK[period.unit] <= RANK["month"] and not _birth(doc, span):
            dated = (sentence, period.first)
            if period.unit == "month" and period.first.month == period.last.month:
                month = (sentence, period.first)
    _shift_from_next(doc, items)
    _attach_clocks(doc, items)
    _attach_weekdays(doc, items)
    return [expr for _, expr, _ in items]


# what may stand between a weekday and its date: "Saturday 8 October", "Saturday afternoon [8 October 2011]"
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_DAY_PART = re.compile(r"(?:the |in the )?" + _PART_OF_DAY)
_BESIDE = re.compile(r"[\s,(\[]*(?:(?:in the )?" + _PART_OF_DAY + r"[\s,(\[]*)?", re.I)


def _part_of_the_month(norm: str) -> bool:
    """ "The end of the month", which a month named earlier in the sentence is the month of."""
    part = _PART.match(norm)
    return part is not None and norm[part.end() :] == "month"


def _nine_eleven(doc: Doc, span: _Span, norm: str) -> bool:
    """The day of the attacks on New York and Washington, which the news names without its year: "since 9/11",
    "the Sept. 11 attacks", "the September 11 terrorist attacks". `norm` is the expression normalized."""
    if norm == "9/11":
        return True
    after = doc[span.tokens[1] : span.tokens[1] + 2]
    return bool(_SEPTEMBER_11.fullmatch(norm)) and any(t.lemma_.lower() == "attack" for t in after)


def _is_address(doc: Doc, span: _Span) -> bool:
    """A house number the model took for a year: "arrested at 2088 Philip Street"."""
    if not span.text.isdigit():
        return False
    after = doc[span.tokens[1] : span.tokens[1] + 3]
    return any(names_a_street(t) for t in after)


def _names_a_kind(doc: Doc, span: _Span, norm: str) -> bool:
    """A holiday naming a kind of thing, not a day: "Christmas trees", "a Halloween display", "Christmas cards"
    (but "the Christmas holidays", "the Labor Day weekend" are times). `norm` is the expression normalized."""
    if not _A_HOLIDAY.fullmatch(norm):
        return False
    last = doc[span.tokens[1] - 1]  # a holiday's name ends in its head ("Christmas Eve", "Labor Day")
    head = last.head
    return (
        last.dep_ == "compound"
        and not span.tokens[0] <= head.i < span.tokens[1]
        and head.pos_ == "NOUN"
        and head.lemma_.lower() not in TIME_NOUNS
    )


def _attach_weekdays(doc: Doc, items: list[tuple[_Span, TimeExpr, _Reading]]) -> None:
    """'Saturday 8 October 2011' comes as two entities: the weekday names the date beside it, not the latest
    Saturday before the reference."""
    text = doc_text(doc)
    dated = [(span, expr) for span, expr, _ in items if not _DAY_PART.fullmatch(_normalize(span.text))]
    for (a_span, a), (b_span, b) in pairwise(dated):
        if not _BESIDE.fullmatch(text[a_span.end : b_span.start]):
            continue
        for weekday, day in ((a, b), (b, a)):
            bare = _BARE_WEEKDAY.fullmatch(_normalize(weekday.text))
            if not bare or _BARE_WEEKDAY.fullmatch(_normalize(day.text)) or day.granularity != "day" or not day.value:
                continue
            if _weekday_of(weekday.text) in (None, date.fromisoformat(day.value[:10]).weekday()):
                weekday.value, weekday.end_value, weekday.granularity = day.value[:10], None, "day"


def _shift_from_next(doc: Doc, items: list[tuple[_Span, TimeExpr, _Reading]]) -> None:
    """A shift ending in "after" or "before" that runs into a day counts from that day, not from the last date
    the article named: "the day after | Monday's debate" is the Tuesday."""
    text = doc_text(doc)
    for (span, expr, reading), (after, day, _) in pairwise(items):
        runs_into = span.text.lower().endswith(("after", "before")) and not text[span.end : after.start].strip()
        if reading.shift and runs_into and day.granularity == "day" and day.value:
            shifted = _expr(span, reading, _shifted(_day(date.fromisoformat(day.value[:10])), reading.shift))
            expr.value, expr.end_value, expr.granularity = shifted.value, shifted.end_value, shifted.granularity


def _weekday_of(text: str) -> int | None:
    """The weekday a bare weekday names (None for "the weekend"): one that is not its neighbour's day ("the day
    after Monday's debate") does not name it."""
    found = re.search(_WEEKDAY, _normalize(text))
    return WEEKDAYS[found.group()[:3]] if found else None


def long_before(times: list[TimeExpr], reference: date | None) -> bool:
    """Every one of the times ends long before the reference day ("in December 2003"): what they date is the past
    the article recalls, not its news."""
    if reference is None or not times:
        return False
    cutoff = (reference - timedelta(days=BACKGROUND_DAYS)).isoformat()
    ends = [t.end_value or t.value or "" for t in times]
    return all(end and ends_before(end, cutoff) for end in ends)
