"""Who said what across outlets, and the words each outlet chooses for the same event."""

from __future__ import annotations

import re
from collections import Counter

from storyline.extract.namings import DOERS, FAMILIES, PEOPLE
from storyline.extract.places import country_code, demonym_country, fold
from storyline.extract.quotations import quotations
from storyline.extract.speakers import ARTICLES
from storyline.model import Annotations, Article, Attribution, FramingTerm, Statement, Voice

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
# pronouns, possessives and quantifiers that the cue model takes for sources ("my", "some", "no one said"): no one
# a reader could name
UNNAMED = frozenset([
    *"i me we us you he him she her they them it this that these those who which what my our your his its their "
    "some someone somebody anyone anybody everyone everybody nobody none everything something anything".split(),
    "no one", "not everyone", "not everything",
])  # fmt: skip

HOLE = " … "  # where a content that ran around its own cue or speaker, or between quotations, was cut


def named(speaker: str | None) -> str | None:
    """The speaker, unless it is a bare pronoun left unresolved ("I", "he"), which names nobody to a reader."""
    return None if not speaker or speaker.casefold() in UNNAMED else speaker


def framing(articles: list[Article], annotations: dict[str, Annotations]) -> list[FramingTerm]:
    """How each outlet names the happenings of a story, their doers and the people they befall (`extract.namings`),
    in its own voice or only in quotes."""
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for article in articles:
        ann = annotations.get(article.id)
        if ann is None:
            continue
        text = article.text
        quoted = quotations(text)
        quoted += [(a.content.start, a.content.end) for a in ann.attributions if a.kind in ("direct", "post")]
        # an earlier happening the article recalls is named in its own words: "the deadliest since a collision in 2023"
        past = [(c.start, c.end) for c in ann.claims if c.background]
        for naming in ann.namings:
            if not naming.title and any(s <= naming.start < e for s, e in past):
                continue
            body = (article.title or "") if naming.title else text
            term = " ".join(body[naming.start : naming.end].split()).casefold()
            inside = not naming.title and any(s <= naming.start < e for s, e in quoted)
            counts[(naming.noun, article.label, term, "quoted" if inside else "own")] += 1
    main = _main_families(counts)
    terms = [
        FramingTerm(
            referent=noun,
            outlet=outlet,
            term=term,
            count=n,
            voice=voice,
            loaded=any(word in LOADED or word.removesuffix("s") in LOADED for word in re.split(r"\s+", term)),
        )
        for (noun, outlet, term, voice), n in counts.items()
        if any(noun in nouns for nouns in main)
    ]
    own = {(t.outlet, t.term) for t in terms if t.voice == "own"}
    # a term an outlet also uses in its own voice is its own wording, not only a quoted one
    terms = [t for t in terms if t.voice == "own" or (t.outlet, t.term) not in own]
    terms.sort(key=lambda t: (t.referent, t.outlet, t.voice, -t.count, t.term))
    return terms


def _main_families(counts: Counter[tuple[str, str, str, str]]) -> list[frozenset[str]]:
    """The kinds of happening the story is about, of its doers and of the people it befalls: named by the most
    outlets, then most often.
    Another kind is something an article mentions in passing ("days after a deadly warehouse fire" in a strike
    story)."""
    main = []
    for families in (FAMILIES, DOERS, PEOPLE):
        score: dict[str, tuple[int, int]] = {}
        for family, nouns in families.items():
            named = [(outlet, n) for (noun, outlet, _, _), n in counts.items() if noun in nouns]
            if named:
                score[family] = (len({outlet for outlet, _ in named}), sum(n for _, n in named))
        best = max(score.values(), default=None)
        main += [families[family] for family, value in score.items() if value == best]
    return main


_COLLECTIVES = frozenset({"group", "team", "coalition"})
_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<rest>.+)$")


def _people(word: str) -> bool:
    """A demonym in the plural ("Cubans", "Filipinos"), which names people; not a country named in the plural
    ("the Philippines") nor a demonym that is its own plural ("Swiss", "Chinese")."""
    return word.endswith("s") and demonym_country(word[:-1]) is not None and country_code(word) is None


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
        if code and _people(word):
            code = None  # "Cubans displayed a flag": people of the country, not its state
        if code:
            countries.add(code)
        elif fold(word) not in ARTICLES:
            words.append(fold(word))
    if len(words) > 2 and words[0] in _COLLECTIVES and words[1] == "of":
        words = words[2:]  # "a group of local medics" are the local medics
    return "phrase:" + " ".join(words) + "|" + ",".join(sorted(countries))


def _voice_key(entity_key: str | None, speaker: str) -> str:
    """One key for a speaker however the articles name and type it: an entity by its name ("Seacom" a person in
    one article and an organisation in the next, "The Hollywood Reporter" and "Hollywood Reporter"), and a phrase
    that is only a name ("the Colts", left unlinked) by the same key as the entity of that name."""
    # the key's name is folded to lower case: capitals again, so that a country in it reads as one ("Indian Navy")
    key = phrase_key(entity_key.split(":", 1)[1].title() if entity_key else speaker)
    return key.removeprefix("phrase:").removesuffix("|") if key.endswith("|") else key


def _said(attribution: Attribution, text: str) -> str:
    """What was said, with what a relative pronoun opening it stands for in its place: "the fine, which the board
    called unfair" says "the fine … unfair"."""
    said = _unframed(attribution, text)
    pronoun = attribution.content.text.split(maxsplit=1)[0]
    if attribution.refers is not None and said.startswith(pronoun):
        return attribution.refers.text + said[len(pronoun) :]
    return said


def _unframed(attribution: Attribution, text: str) -> str:
    """What was said, without its own speaker and cue when the content runs around them: "“A,” she said, “B.”"
    is "“A,” … “B.”", and "the levy was described by the board as unfair" is "the levy … as unfair"."""
    content = attribution.content
    holes = sorted(
        (_agent(p.start, text) if p is attribution.source else p.start, p.end)
        for p in (attribution.source, attribution.cue)
        if p is not None and content.start <= p.start and p.end <= content.end
    )
    if not holes:
        return content.text
    spans = quotations(content.text)
    if spans and spans[0][0] == 0:  # "“A,” she told the Courier. “B.”": the quotations, not what the reporter wrote
        return HOLE.join(content.text[start:end] for start, end in spans)  # between them
    pieces, start = [], content.start
    for hole_start, hole_end in holes:
        pieces.append(text[start:hole_start])
        start = max(start, hole_end)
    pieces.append(text[start : content.end])
    kept = [piece.lstrip(" ,.;\n").rstrip(" ,;\n") for piece in pieces]
    return HOLE.join(piece for piece in kept if piece)


def _agent(start: int, text: str) -> int:
    """Where a passive's speaker starts with the "by" before it ("by the board")."""
    return start - 3 if text[max(0, start - 3) : start] == "by " else start


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
            if not a.speaker or (a.entity is None and a.speaker.casefold() in UNNAMED):
                continue  # "he" left unresolved names nobody; across articles it would join strangers into one voice
            entity_key = keys.get(a.entity) if a.entity else None
            key = _voice_key(entity_key, a.speaker)
            voice = grouped.setdefault(key, Voice(speaker=a.speaker, entity_key=entity_key, outlets=[], statements=[]))
            if entity_key and (voice.entity_key is None or len(a.speaker) > len(voice.speaker)):
                voice.speaker, voice.entity_key = a.speaker, voice.entity_key or entity_key  # a name over a phrase
            outlet = article.label
            if outlet not in voice.outlets:
                voice.outlets.append(outlet)
            content = _said(a, article.text)
            words = (a.cue.text if a.cue else None, " ".join(content.split()))
            if (same := said.get((key, words))) is not None:  # a syndicated copy: one statement, its outlets
                if outlet != same.outlet and outlet not in same.also:
                    same.also.append(outlet)
                continue
            said[(key, words)] = statement = Statement(
                article=article.id,
                outlet=article.label,
                kind=a.kind,
                cue=a.cue.text if a.cue else None,
                content=content,
                start=a.content.start,
                end=a.content.end,
                cue_start=a.cue.start if a.cue else None,
            )
            voice.statements.append(statement)
    _merge_countryless(grouped)
    return sorted(grouped.values(), key=lambda v: (-len(v.outlets), -len(v.statements), v.speaker))


def _merge_countryless(grouped: dict[str, Voice]) -> None:
    """A phrase that names no country is the story's one phrase of the same words that does: "the coast guard" of
    one outlet is "the Italian coast guard" of another, unless the story has two countries' coast guards."""
    countries: dict[str, list[str]] = {}
    for key in grouped:
        if key.startswith("phrase:"):
            countries.setdefault(key.removeprefix("phrase:").rsplit("|", 1)[0], []).append(key)
    for key in [k for k in grouped if not k.startswith("phrase:") and len(countries.get(k, ())) == 1]:
        voice, into = grouped.pop(key), grouped[countries[key][0]]
        into.outlets += [outlet for outlet in voice.outlets if outlet not in into.outlets]
        into.statements += voice.statements
