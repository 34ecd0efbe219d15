"""Who said what across outlets, and the words each outlet chooses for the same event."""

from __future__ import annotations

import re
from collections import Counter

from storyline.extract.places import country_code, demonym_country, fold
from storyline.model import Annotations, Article, FramingTerm, Statement, Voice

# nouns that name the story's main happening; an outlet's choice among them is its framing
EVENT_NOUNS = {
    "operation",
    "raid",
    "attack",
    "attacks",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "aggression",
    "intervention",
    "mission",
    "action",
    "assault",
    "invasion",
    "incursion",
    "bombing",
    "bombings",
    "offensive",
    "protest",
    "protests",
    "demonstration",
    "demonstrations",
    "riot",
    "riots",
    "unrest",
    "march",
    "rally",
    "walkout",
    "clash",
    "clashes",
    "disturbance",
    "stoppage",
    "fire",
    "blaze",
    "inferno",
    "tragedy",
    "disaster",
    "flood",
    "floods",
    "flooding",
    "deluge",
    "catastrophe",
    "massacre",
    "killing",
    "killings",
    "crackdown",
}
LOADED = {
    "aggression",
    "massacre",
    "slaughter",
    "invasion",
    "regime",
    "terror",
    "terrorist",
    "terrorism",
    "thugs",
    "mob",
    "riot",
    "riots",
    "rioters",
    "cold-blooded",
    "brutal",
    "barbaric",
    "heroic",
    "criminal",
    "illegal",
    "lawless",
    "inferno",
    "carnage",
    "bloodbath",
    "crackdown",
    "unprovoked",
    "savage",
    "cowardly",
    "peaceful",
    "violent",
    "chaos",
    "chaotic",
    "tragedy",
    "catastrophe",
    "narco-terrorism",
    "imperialist",
    "puppet",
}
_STOP = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "of",
    "and",
    "or",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "as",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "has",
    "have",
    "had",
    "it",
    "they",
    "during",
    "after",
    "before",
    "from",
    "into",
    "over",
    "while",
    "which",
    "who",
    "what",
    "s",
    "said",
    "says",
    "also",
    "would",
    "could",
    "will",
    "not",
    "no",
    "following",
    "including",
    "amid",
    "against",
    "between",
    "under",
    "about",
    "than",
    "but",
    "when",
    "where",
    "because",
    "if",
    "since",
    "until",
    "then",
    # verbs a headline puts before the happening it names: "Dockworkers hold peaceful demonstration"
    "hold",
    "holds",
    "held",
    "stage",
    "stages",
    "staged",
    "launch",
    "launches",
    "launched",
}
# "police fire tear gas", "opened fire on", "set tyres on fire": the verb, shooting or burning, not the name
# of the happening
_FIRE_AS_ACT = re.compile(
    r"(?:open|opened|opening|return|returned|on|caught|catch|catches|catching)\s+fire\b|\bfire[sd]?\s+(?:tear|at|on|into|shots|rubber|live|warning|water)\b",
    re.I,
)
# "chief fire officer", "protest leaders": the noun names what the next word is about, not the happening
_COMPOUND_HEADS = frozenset(
    "officer officers chief chiefs fighter fighters crew crews engine engines brigade brigades station stations "
    "service services department departments safety alarm alarms exit exits hazard hazards marshal inspector "
    "inspectors leader leaders organiser organisers organizer organizers group groups movement".split()
)
_CAPITALIZED_BEFORE = re.compile(r"[A-Z][\w.’'-]*[^\S\n]+$")
# up to two words before the noun, on its line; a word closing a sentence or clause ends the run (`_term`)
_TERM = re.compile(
    r"((?:[\w.,;:’'-]+[^\S\n]+){0,2})\b(" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")\b"
    r"(?![^\S\n]+(?:" + "|".join(sorted(_COMPOUND_HEADS)) + r")\b)",
    re.I,
)
_ABBREVIATION = re.compile(r"(?:\w\.){2,}$")  # "U.S.", "U.N.": a period that ends no sentence
_QUOTE = re.compile(r"“[^”]{1,600}”|\"[^\"]{1,600}\"")


def _same_clause(modifiers: str) -> str:
    """The words before the noun that follow the last sentence or clause end among them ("the night shift.
    Chief" -> "Chief")."""
    run = modifiers.split()
    for i in range(len(run) - 1, -1, -1):
        if run[i][-1] in ",;:!?" or (run[i][-1] == "." and not _ABBREVIATION.search(run[i])):
            return " ".join(run[i + 1 :])
    return modifiers


def _term(modifiers: str, noun: str, cut_name: bool = False) -> str:
    """The noun with the modifiers right before it; `cut_name`: the window starts inside a longer name."""
    words = [w for w in modifiers.split() if w.casefold() not in _STOP and not w[0].isdigit()]
    # keep only the modifiers adjacent to the noun
    kept: list[str] = []
    for word in reversed(modifiers.split()):
        if word not in words:
            break
        kept.insert(0, word)
    if cut_name and len(kept) == len(modifiers.split()):
        # "[United] States military operation": drop the name's tail rather than show half of it
        while kept and kept[0][0].isupper():
            kept.pop(0)
    return " ".join([*kept, noun]).strip(" ,.;:").casefold()


def framing(articles: list[Article], annotations: dict[str, Annotations]) -> list[FramingTerm]:
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for article in articles:
        text = article.text
        quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
        ann = annotations.get(article.id)
        organizations: list[tuple[int, int]] = []
        if ann:
            quoted += [(a.content.start, a.content.end) for a in ann.attributions if a.kind == "direct"]
            # "the U.N. mission", "the Fact-Finding Mission": a body that bears the noun, not the happening;
            # "between January and March": a date
            organizations = [(m.start, m.end) for e in ann.entities if e.type == "ORG" for m in e.mentions]
            organizations += [(t.start, t.end) for t in ann.times]
        sources = [(article.title or "", False), (text, True)]
        for body, offsets in sources:
            acts = [(m.start(), m.end()) for m in _FIRE_AS_ACT.finditer(body)]
            for match in _TERM.finditer(body):
                noun = match.group(2).casefold()
                if any(s <= match.start(2) < e for s, e in acts):
                    continue
                before = match.group(1).rstrip()
                modifiers = _same_clause(before)
                start = match.start(1) + len(before) - len(modifiers)
                if offsets and any(s < match.end(2) and start < e for s, e in organizations):
                    continue
                cut_name = modifiers == before and _CAPITALIZED_BEFORE.search(
                    body, max(0, match.start(1) - 40), match.start(1)
                )
                term = _term(modifiers, noun, bool(cut_name))
                inside = offsets and any(s <= match.start(2) < e for s, e in quoted)
                counts[(noun.rstrip("s") or noun, article.label, term, "quoted" if inside else "own")] += 1
    terms = [
        FramingTerm(
            referent=noun,
            outlet=outlet,
            term=term,
            count=n,
            voice=voice,
            loaded=any(word in LOADED for word in re.split(r"\s+", term)),
        )
        for (noun, outlet, term, voice), n in counts.items()
    ]
    own = {(t.outlet, t.term) for t in terms if t.voice == "own"}
    # a term an outlet also uses in its own voice is its own wording, not only a quoted one
    terms = [t for t in terms if t.voice == "own" or (t.outlet, t.term) not in own]
    terms.sort(key=lambda t: (t.referent, t.outlet, t.voice, -t.count, t.term))
    return terms


_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<rest>.+)$")
_DETERMINERS = frozenset({"the", "a", "an"})


def phrase_key(speaker: str) -> str:
    """One key for the ways a phrase names the same unnamed speaker: "the Cuban government" and "Cuba's
    government" are "government" of CU. A country, as a possessor or a capitalized adjective or name, is set
    apart as its code; the rest is the folded words without articles ("us" stays a pronoun)."""
    text = speaker.strip()
    countries = set()
    if (match := _POSSESSIVE.match(text)) and (code := country_code(match["owner"])):
        countries.add(code)
        text = match["rest"]
    words = []
    for word in text.split():
        code = (demonym_country(word) or country_code(word)) if word[:1].isupper() else None
        if code:
            countries.add(code)
        elif fold(word) not in _DETERMINERS:
            words.append(fold(word))
    return "phrase:" + " ".join(words) + "|" + ",".join(sorted(countries))


def voices(articles: list[Article], annotations: dict[str, Annotations]) -> list[Voice]:
    """Each speaker's statements across the story; the same words in several articles are listed once."""
    grouped: dict[str, Voice] = {}
    said: dict[tuple[str, tuple[str | None, str]], Statement] = {}
    for article in articles:
        ann = annotations.get(article.id)
        if ann is None:
            continue
        keys = {e.id: e.key for e in ann.entities}
        for a in ann.attributions:
            if not a.speaker:
                continue
            entity_key = keys.get(a.entity) if a.entity else None
            key = entity_key or phrase_key(a.speaker)
            voice = grouped.setdefault(key, Voice(speaker=a.speaker, entity_key=entity_key, outlets=[], statements=[]))
            if len(a.speaker) > len(voice.speaker) and entity_key:
                voice.speaker = a.speaker
            outlet = article.label
            if outlet not in voice.outlets:
                voice.outlets.append(outlet)
            words = (a.cue.text if a.cue else None, " ".join(a.content.text.split()))
            if (same := said.get((key, words))) is not None:  # a syndicated copy: one statement, its outlets
                if outlet != same.outlet and outlet not in same.also:
                    same.also.append(outlet)
                continue
            said[(key, words)] = statement = Statement(
                article=article.id,
                outlet=article.label,
                kind=a.kind,
                cue=a.cue.text if a.cue else None,
                content=a.content.text,
                start=a.content.start,
                end=a.content.end,
                cue_start=a.cue.start if a.cue else None,
            )
            voice.statements.append(statement)
    return sorted(grouped.values(), key=lambda v: (-len(v.outlets), -len(v.statements), v.speaker))
