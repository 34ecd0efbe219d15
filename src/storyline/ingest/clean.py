"""Remove the boilerplate that body extraction lets through in plain text.

Works paragraph by paragraph and only drops whole paragraphs that match a
known kind of page furniture, so article prose is never cut mid-way. What is
removed is returned with its position in the clean text, to be shown struck
through and never analysed.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from storyline.model import Removal

_SHARE = re.compile(
    r"^(share|compartir)( this( article| story| page| post)?)?\s*(@\S+|(on|via|with|en) \w+|:.*)?\s*$"
    r"|^(share|tweet|email|print|copy link)"
    r"(\s*[|/·•,]\s*(share|tweet|email|print|copy link|facebook|twitter|x|linkedin|whatsapp))+$"
    r"|^(facebook|twitter|whatsapp|linkedin)(\s*[|/·•,]?\s*(facebook|twitter|x|whatsapp|linkedin|email|reddit))+$",
    re.I,
)
_RELATED = re.compile(
    r"^(related|read more|read also|also read|read next|see also|more on this story|recommended"
    r"|watch|listen|video|in pictures|photos"
    r"|relacionad[oa]s?|lee también|te puede interesar)\s*[:>\-–]"
    r"|^also on [\w-]+(\.[\w-]+)*\.[a-z]{2,10}\b",  # "Also on rt.com Journalists threatened with …"
    re.I,
)
# the heading of a block of other articles' headlines: "Most read", "Trending now", "More from Velmora Post"
_HEADLINE_LIST = re.compile(
    r"^(most (read|popular|viewed|shared|watched|commented)|trending( now| stories)?|top stories|popular now"
    r"|more (stories|news|headlines)|more (from|on) [\w .'’&-]{1,40}|latest (news|stories|headlines)"
    r"|editor['’]?s['’]? picks|you (may|might) also like|what to read next|recommended( for you)?)\s*:?$",
    re.I,
)
# an item of such a block: "1. Fuel prices rise for third month", "• Kesto United sign new coach"
_LISTED_HEADLINE = re.compile(r"^(\d{1,2}[.)]|[-•*·▪])?\s*(?P<headline>\S.*)$")
_LISTED_HEADLINE_WORDS = 16
_NEWSLETTER = re.compile(
    r"(sign up (for|to)|subscribe to) (our|the|his|her|their)\b.{0,40}\b(newsletter|briefing|alerts?|digest)"
    r"|^get (our|the) .{0,40}newsletter|(delivered|right) (straight )?(to|in) your inbox"
    r"|^enter your e-?mail( address)?\s*:?$"  # the sign-up form's label
    r"|suscr[ií]bete a (nuestro|el) bolet[ií]n",
    re.I,
)
# a notice about the article itself: the body is the corrected text, and "An earlier version said …" no voice
_CORRECTION = re.compile(
    r"^(corrections? (and|&) clarifications?|editor['’]s note)\s*[:—–-]"
    # "Correction, Nov. 15, 2019:", "Correction added March 3:"
    r"|^(correction|clarification)s?( added)?(,? (on )?[a-z]{3,9}\.? \d{1,2}(,? \d{4})?)?\s*[:—–-]"
    r"|^(an earlier|a previous) version of this (article|story|report|post)\b"
    # "This article has been amended to …", "This story was corrected on 20 May 2031 to …"
    r"|^this (article|story|report|post) (has been|was) (updated|corrected|amended)\b",
    re.I,
)
# the page's own time stamp on a line of its own: "Updated at 1:23 p.m.", "Last updated: 3 November 2031, 10:02"
_WHEN_WORD = (
    r"(\d{1,4}(st|nd|rd|th)?|[ap]\.?m\.?|ago|hours?|minutes?|days?|at|on|gmt|utc|[ecmp][sd]?t|bst|cet|eat|wat"
    r"|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)"
)
_TIMESTAMP = re.compile(rf"^(last )?(updated|published|posted)\s*:?\s*({_WHEN_WORD}[\s,:/|-]*){{1,8}}$", re.I)
_COPYRIGHT = re.compile(r"^(©|\(c\)|copyright\b)|\ball rights reserved\b", re.I)
_COOKIE = re.compile(
    r"\b(we|this (web)?site) uses? cookies\b|\baccept (all )?cookies\b|\bcookie (policy|settings)\b", re.I
)
_CAPTION = re.compile(
    r"\((photo|image|picture|video|credit|file photo|foto|imagen)\s*(:|by)\s*[^)]{2,80}\)\s*$"
    r"|^(photo|image|picture|caption|credit)\s*:\s"
    r"|\b(getty images|afp via getty|ap photo|reuters/[a-z]|shutterstock|epa-efe)\b"
    r"|, (left|right|center|centre|second (from )?(left|right)),",
    re.I,
)
_NAME = r"(?-i:[A-Z][\w.'’-]*)(?: (?-i:[A-Z][\w.'’-]*)){0,3}"
# a closing credit: "Eilperin reported from Washington.", "Ann Lee and Ivo Marsh contributed reporting."
_CREDIT = (
    rf"{_NAME}(?:(?:, {_NAME})*,? and {_NAME})? (?:reported|contributed)(?: reporting)?"
    rf"(?: to this (?:report|story|article))?(?: from {_NAME}(?:, {_NAME})?)?\."
)
_BIO = re.compile(
    rf"^(?:{_CREDIT}\s*){{1,3}}$|^\(?(?:additional )?reporting by (?-i:[A-Z])"
    rf"|^({_NAME}\s*[—–-]\s*)?\d+\+? years? (in|of|at|covering|as|reporting)\b"
    # "Jane Doe is a staff reporter ...": a name opening the paragraph, not a clause inside prose
    rf"|^{_NAME} (is|was) (an? |the )?"
    # the outlet's own: "… is the Velmora Times's harbour correspondent"
    r"((?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,3}['’]s? )?"
    r"(senior |staff |freelance |award-winning |contributing |chief )*([a-z-]+ ){0,2}"
    r"(reporter|journalist|correspondent|writer|editor|columnist)\b(?!.{0,40}\bsaid\b)"
    # "Ines Dalca covers transport for The Velmora Times.": a beat at an outlet
    rf"|^{_NAME} (covers|writes about|reports on) [^.]{{1,120}}? for (the )?(?-i:[A-Z])"
    r"|^about the (author|writer|reporter)s?\b"
    r"|^(follow|contact) (him|her|them|the author)\b"
    # a closing contact line: "… may be reached at ann@example.com. Follow her on Twitter @ann"
    r"|\bmay be reached at\b|\bfollow (him|her|them|us) (on twitter|@)"
    r"|\bloves (chasing|writing|covering)\b",
    re.I,
)

_SOCIAL = re.compile(
    r"^(follow|like|find|subscribe to|join) (us|him|her|them|@\w+|[\w .,&'’@()-]{1,60}?) (on|at) "
    r"(twitter|facebook|instagram|youtube|linkedin|tiktok|threads|bluesky|x|whatsapp|telegram|google news)\b"
    r"|^join our (whatsapp|telegram) (channel|group)\b"
    r"|^follow @\w+"
    r"|^(you can (also )?)?subscribe to (this|our|the|[\w.'’ -]{1,40}?’s|[\w.'’ -]{1,40}?'s) newsletters?\b"
    # a reader prompt closing its paragraph: "Do you support Ada Voss? Like the page:", "… Share and comment below."
    r"|(^|[?!.]\s+)(like (the|our) page|share and comment( below)?|comment and share|share your thoughts( below)?)"
    r"\s*[:.!]?\s*$",
    re.I,
)
# a line of a style sheet or a script that a plain-text source kept: ".bio-text {", "font-size:15px;", "}",
# "@media screen and (max-width: 600px) {", "(adsbygoogle = window.adsbygoogle || []).push({});"
_CODE = re.compile(
    r"^[.#@]?[a-z][\w-]*((\s*[>+~,]\s*|\s+)[.#:]?[a-z][\w-]*|[.#:][a-z][\w-]*)*\s*(\([^()]*\)\s*)?\{$"
    r"|^\}+[.;]?$"
    r"|^(?-i:-?[a-z]+(-[a-z]+)*)\s*:\s*[^;{}]{1,80};$"  # a property in lower case, as style sheets write it
    r"|^[^\n]*(window\.|document\.|function\s*\(|=>|\.push\()[^\n]*[;{}]$",
    re.I,
)
# a hover card the page shows over a name, glued into the text: "Rep. Ada VossAda VossLatest headlines … MORE";
# a name's words are bounded so that a long run of letters cannot make the search quadratic
_CARD = re.compile(
    r"(?P<name>[A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){1,3})(?P<card>(?P=name)(?:[^\n]{0,1000}? MORE\b)?)"
)

_BIO_LIMIT = 400
# a paragraph in quotation marks and nothing else: "“We will not go back.”"
_QUOTATION = re.compile(r"[\"“”„«](?P<inner>[^\"“”„«»]+)[\"“”»]")
# words: a short phrase may well be said twice ("“No.”"), or head a section quoting a letter ("“We write with
# urgency”")
_PULL_QUOTE_MIN = 6
_BYLINE_LIMIT = 120
_BYLINE_AT = 3  # a byline stands among the text's first paragraphs, under the headline or its standfirst
# "By Marta Quell", "BY ANN LEE AND IVO MARSH", "By Ines Dalca, Staff Writer | Coastline Wire"
_BYLINE = re.compile(r"^by\s+(?P<names>[^.!?]+?)\s*$", re.I)
_PERSON = re.compile(r"(?-i:[A-Z][\w'’-]*\.?)(?: (?:(?-i:[A-Z][\w'’-]*\.?)|de|del|da|van|von|bin|al|la|le)){1,3}", re.I)
_NOT_FIRST_NAMES = frozenset(
    {"the", "our", *(m.lower() for m in calendar.month_name[1:]), *(d.lower() for d in calendar.day_name)}
)
# words of a post or an outlet after the names: "By Ann Lee, Staff Writer", "By Ann Lee, Coastline Wire"
_NOT_NAME_WORDS = frozenset(
    "staff writer reporter correspondent editor contributor columnist news wire times post press agency service "
    "herald journal tribune daily weekly online digital".split()
)

_RULES: tuple[tuple[str, re.Pattern[str], int], ...] = (
    # (reason, pattern, longest paragraph in characters the rule may remove)
    ("share", _SHARE, 120),
    ("code", _CODE, 300),
    ("social", _SOCIAL, 400),
    ("related", _RELATED, 400),
    ("newsletter", _NEWSLETTER, 300),
    ("cookie", _COOKIE, 400),
    ("correction", _CORRECTION, 600),
    ("copyright", _COPYRIGHT, 200),
    ("timestamp", _TIMESTAMP, 60),
    ("caption", _CAPTION, 600),
    ("bio", _BIO, _BIO_LIMIT),
)


# what follows an author's name opening a paragraph about them: "Jane Doe — 6 years…", "Jane Doe is…"
_AFTER_AUTHOR = re.compile(r"\s*([—–-]|,|\(|(is|was|has|covers|writes|reports|joined|contributed)\b)", re.I)


def _about_author(text: str, authors: Sequence[str]) -> bool:
    """A short paragraph opening with the byline's name, as a bio or a contributor line does."""
    folded = text.casefold()
    return len(text) <= _BIO_LIMIT and any(
        folded.startswith(name) and _AFTER_AUTHOR.match(text, len(name))
        for name in (a.strip().casefold() for a in authors)
        if len(name.split()) > 1
    )


def byline_names(paragraph: str) -> list[str]:
    """The names a byline paragraph gives, in order; none for any other paragraph ("By Tuesday, the water had
    receded." names no one). Commas list names only before an "and"; the names stop at a post or an outlet."""
    text = paragraph.strip()
    match = _BYLINE.match(text) if len(text) <= _BYLINE_LIMIT else None
    if match is None:
        return []
    head = re.split(r"\s*(?:\||[—–]|\s-\s)\s*", match["names"])[0]
    listed = re.search(r"\band\b|&", head, re.I)
    parts = re.split(r"\s*(?:,|&|\band\b)\s*", head, flags=re.I) if listed else head.split(",")[:1]
    names: list[str] = []
    for part in (p.strip() for p in parts):
        words = part.lower().split()
        if not _PERSON.fullmatch(part) or words[0] in _NOT_FIRST_NAMES or _NOT_NAME_WORDS.intersection(words):
            break
        names.append(part.title() if part.isupper() else part)
    return names


def _reason(paragraph: str, last: bool, authors: Sequence[str] = ()) -> str | None:
    text = paragraph.strip()
    if not text:
        return None
    if last and _about_author(text, authors):
        return "bio"
    if last and byline_names(text):
        return "byline"  # some outlets sign at the end: "By Ines Dalca"
    for reason, pattern, limit in _RULES:
        if len(text) > limit or not pattern.search(text):
            continue
        if reason == "bio" and not last:
            continue  # bios sit at the end; elsewhere the pattern is prose about a journalist
        return reason
    return None


def _headline_lists(paragraphs: list[str], reasons: list[str | None]) -> list[int]:
    """A "Most read" heading and the headlines listed under it: other articles, whose titles would be read as
    this one's headings and figures ("1. Fuel prices rise for third month")."""
    found: list[int] = []
    for i, paragraph in enumerate(paragraphs):
        if (found and i <= found[-1]) or reasons[i] is not None or not _HEADLINE_LIST.match(paragraph.strip()):
            continue  # (a heading inside a block already taken ends where that block does)
        found.append(i)
        for j in range(i + 1, len(paragraphs)):
            item = _LISTED_HEADLINE.match(paragraphs[j].strip())
            headline = item["headline"] if item else ""
            prose = headline.endswith((".", "”", '"', ";"))  # a sentence: the article again, or another block
            if reasons[j] is not None or prose or len(headline.split()) > _LISTED_HEADLINE_WORDS:
                break
            found.append(j)
    return found


def _pull_quotes(paragraphs: list[str], reasons: list[str | None]) -> list[int]:
    """Paragraphs that are nothing but a quotation the article gives elsewhere in full: a pull quote set in the
    page's design, which would count the speaker's words twice (and without their speaker). Of two such
    paragraphs alike, the first stays."""
    quoted = {
        i: _words_of(match["inner"])
        for i, paragraph in enumerate(paragraphs)
        if reasons[i] is None and (match := _QUOTATION.fullmatch(paragraph.strip()))
    }
    if not quoted:
        return []
    # one search over the joined paragraphs (words hold no line break, so no match runs across two), not one per
    # pair: a text of thousands of quotations would otherwise take minutes
    body = "\n".join(_words_of(p) for i, p in enumerate(paragraphs) if i not in quoted)
    earlier = "\n".join(quoted.values())  # the quotations in order: one before another ends before its offset
    found, offset = [], 0
    for i, words in quoted.items():
        if len(words.split()) >= _PULL_QUOTE_MIN and (words in body or earlier.find(words, 0, offset) != -1):
            found.append(i)
        offset += len(words) + 1
    return found


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _without_cards(paragraph: str) -> tuple[str, list[tuple[int, str]]]:
    """The paragraph without the hover cards glued into it, and each card with where it stood."""
    parts: list[str] = []
    cards: list[tuple[int, str]] = []
    start = length = 0
    for m in _CARD.finditer(paragraph):
        parts.append(paragraph[start : m.start("card")])
        length += m.start("card") - start
        cards.append((length, m["card"]))
        start = m.end()
    parts.append(paragraph[start:])
    return "".join(parts), cards


def strip_boilerplate(text: str, authors: Sequence[str] = ()) -> tuple[str, list[Removal]]:
    """Return the text without boilerplate paragraphs, and what was removed where; `authors`, the byline's
    names (given, or read from a byline opening the text), tell a bio that opens with one."""
    paragraphs = [p for p in re.split(r"\n\s*\n|\n", text.strip()) if p.strip()]
    kept: list[str] = []
    removed: list[Removal] = []
    offset = 0
    reasons = [_reason(paragraph, last=False) for paragraph in paragraphs]
    for i, paragraph in enumerate(paragraphs[:_BYLINE_AT]):
        if reasons[i] is None and (names := byline_names(paragraph)):
            reasons[i], authors = "byline", [*authors, *names]
            break
    for i in _headline_lists(paragraphs, reasons):
        reasons[i] = "related"
    for i in _pull_quotes(paragraphs, reasons):
        reasons[i] = "pullquote"
    # a bio sits at the end: among the last two paragraphs, or followed by nothing but furniture
    for i in range(len(paragraphs) - 1, -1, -1):
        if reasons[i] is None:
            reasons[i] = _reason(paragraphs[i], last=True, authors=authors)
            if reasons[i] is None and i < len(paragraphs) - 2:
                break
    for paragraph, reason in zip(paragraphs, reasons, strict=True):
        if reason:
            removed.append(Removal(at=offset, text=paragraph.strip(), reason=reason))
            continue
        body, cards = _without_cards(paragraph.strip())
        removed.extend(Removal(at=offset + at, text=card, reason="card") for at, card in cards)
        kept.append(body)
        offset += len(body) + 2
    clean = "\n\n".join(kept)
    # furniture after the last kept paragraph stood at the end of the text, not past it
    return clean, [r if r.at <= len(clean) else Removal(len(clean), r.text, r.reason) for r in removed]
