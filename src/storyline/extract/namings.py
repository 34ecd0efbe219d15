"""The noun phrases that name a happening, those who did it or those it befell, read from the parse: the material
of the dossier's framing.

An outlet shows how it frames an event by the noun it names it with and the words it puts before
that noun ("riot", "peaceful demonstration", "warehouse inferno"), and the doers as much ("gunmen",
"armed bandits", "terrorists"; "protesters", "rioters"), and the people it befalls where their name is
contested ("migrants", "asylum seekers", "illegal immigrants"). The parse tells a noun from the
verb of the same spelling ("police fire tear gas", "parents rally"), a noun naming the happening from
one that modifies a role or service ("chief fire officer", "fire crews"), and the noun's own modifiers
from the words that merely precede it ("draw continuing fire", not "condemning Russia's invasion").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from storyline.extract.nlp import doc_text
from storyline.model import Naming
from storyline.stories.text import after_dateline

# Nouns that name a happening, singular, by the kind of happening they can name; some name several ("strike":
# an air strike or a walkout; "clash", "crackdown"). An outlet's choice among the nouns of one kind is its framing.
FAMILIES: dict[str, frozenset[str]] = {
    "force": frozenset(
        """operation raid attack strike airstrike aggression intervention mission action assault invasion incursion
        bombing offensive massacre killing crackdown clash explosion blast""".split()
    ),
    "protest": frozenset(
        """protest demonstration riot unrest march rally walkout disturbance stoppage strike action crackdown
        clash""".split()
    ),
    "disaster": frozenset(
        """fire blaze inferno wildfire flood flooding deluge earthquake quake tremor storm hurricane typhoon cyclone
        tornado landslide mudslide avalanche tsunami eruption disaster catastrophe tragedy accident crash collision
        derailment collapse explosion blast shipwreck""".split()
    ),
    "abduction": frozenset("abduction kidnapping kidnap hostage-taking".split()),
}
# Nouns that name the doers of a happening, by the kind of doer; an outlet's choice among them is its framing too.
# The state's forces are left out: "police" and "soldiers" are what they are called whoever reports.
DOERS: dict[str, frozenset[str]] = {
    "armed": frozenset(
        """gunman attacker assailant militant fighter rebel insurgent terrorist jihadist extremist bandit kidnapper
        separatist guerrilla militia gang paramilitary""".split()
    ),
    "crowd": frozenset("protester demonstrator rioter mob marcher".split()),
}
# Nouns that name the people a happening befalls where the name itself is contested: "migrants", "asylum seekers"
# or "illegal immigrants"; "hostages", "prisoners" or "detainees".
PEOPLE: dict[str, frozenset[str]] = {
    "migration": frozenset("migrant immigrant refugee seeker alien".split()),
    "captivity": frozenset("hostage captive prisoner detainee".split()),
}
DOER_NOUNS = frozenset().union(*DOERS.values())
# nouns of persons, whose own modifiers make their naming: a modifier of another noun they are not ("rebel forces")
PERSON_NOUNS = DOER_NOUNS | frozenset().union(*PEOPLE.values())
# plurals not made by adding "s"
_PLURALS = {"gunmen": "gunman", "militias": "militia", "tornadoes": "tornado", "paramilitaries": "paramilitary"}
# the forms found in text, with the plurals that name a happening too ("operations" seldom does: "port operations")
NOUNS = (
    frozenset().union(*FAMILIES.values(), PERSON_NOUNS)
    | frozenset(
        "attacks strikes airstrikes bombings protests demonstrations riots marches rallies clashes floods killings "
        "abductions kidnappings earthquakes quakes tremors storms hurricanes typhoons cyclones landslides mudslides "
        "avalanches tsunamis eruptions wildfires accidents crashes collisions explosions blasts".split()
    )
    | frozenset(f"{noun}s" for noun in PERSON_NOUNS)
    | frozenset(_PLURALS)
)
# "chief fire officer", "fire crews", "riot police": a noun the event noun modifies that is about
# something else ("fire death toll" and "protest leaders" still name the fire and the protest)
OTHER_HEADS = frozenset(
    """officer officers chief chiefs fighter fighters crew crews engine engines truck trucks brigade brigades
    station stations service services department departments safety alarm alarms exit exits hazard hazards
    hydrant hydrants extinguisher extinguishers escape escapes code codes marshal inspector inspectors gas shots
    rounds bullets agency agencies ministry management relief warning warnings defences defenses insurance police
    gear shield shields squad squads unit units van vans""".split()
)
MODIFIERS = frozenset({"amod", "compound", "nmod", "npadvmod"})  # not det, poss or nummod: "the", "Russia's", "two"
NOT_NAMES = frozenset({"DATE", "TIME", "ORG"})  # "March" the month; "the U.N. mission" is a body
# "on fire", "opened fire", "caught fire", "set fire to", "under fire": burning, shooting or blame, not a happening
FIRE_HEADS = frozenset({"on", "open", "return", "catch", "set", "under"})
_WORD = re.compile(r"[^\W\d_]+")


def _noun(token: Token) -> str | None:
    """The noun of a happening or of its doers a token is, singular ("protests" -> "protest", "gunmen" -> "gunman"),
    when it is one."""
    word = token.lower_
    if word not in NOUNS:
        return None
    if word in _PLURALS:
        return _PLURALS[word]
    if word.endswith("ies"):
        return word[:-3] + "y"  # "rallies"
    if word.endswith(("shes", "ches")):
        return word[:-2]  # "clashes", "marches"
    return word[:-1] if word.endswith("s") and word[:-1] in NOUNS else word


def _start(token: Token) -> int:
    """The first token of the run of the noun's own modifiers that ends right before it; not a dateline the parser
    hung on it ("GOMA, Democratic Republic of Congo — M23 rebels" names "M23 rebels")."""
    start = token.i
    for child in reversed(list(token.lefts)):
        if child.dep_ not in MODIFIERS or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    doc = token.doc
    words = after_dateline(doc_text(doc), doc[start].idx) if start == 0 or "\n" in doc[start - 1].text else 0
    while start < token.i and doc[start].idx < words:
        start += 1
    return start


def headline(title: str, body: str) -> str:
    """A headline In Title Case in sentence case, for the parser: a word the article writes in lower case is
    lowered ("Frustrated Parents Rally Nationwide" -> "Frustrated parents rally nationwide"; the small model
    parses the first as one noun phrase). Names stay as they are, and so does the headline's length, so
    offsets into this text are offsets into the headline."""
    words = list(_WORD.finditer(title))
    capitalized = [w for w in words[1:] if w.group()[0].isupper()]
    if len(words) < 4 or len(capitalized) < 0.8 * (len(words) - 1):
        return title
    lowered = {w.group().lower() for w in _WORD.finditer(body) if w.group().islower()}
    out = list(title)
    for w in capitalized:
        low = w.group().lower()
        if low in lowered and len(low) == len(w.group()):
            out[w.start() : w.end()] = low
    return "".join(out)


def namings(doc: Doc, title: bool = False) -> list[Naming]:
    """Each noun naming a happening or its doers, with the modifiers before it, as character offsets into the
    parsed text."""
    found = []
    for token in doc:
        noun = _noun(token)
        if noun is None or token.pos_ not in ("NOUN", "PROPN"):
            continue
        modifier = token.dep_ == "compound" and token.head.i > token.i
        if noun in PERSON_NOUNS and token.dep_ in MODIFIERS and token.head.i > token.i:
            continue  # "rebel forces", "gang members", "migrant boat": the persons are named by the head
        if noun == "seeker" and not any(c.lower_ == "asylum" for c in token.lefts):
            continue  # "asylum seekers", not "job seekers"
        # "fire crews"; a plural modifies no singular noun: it is the verb misread ("Storm floods town")
        if modifier and (token.head.lower_ in OTHER_HEADS or (token.tag_ == "NNS" and token.head.tag_ == "NN")):
            continue
        if noun == "fire" and token.head.lemma_ in FIRE_HEADS:
            continue
        if noun == "blast" and any(c.lower_ == "full" for c in token.children):
            continue  # "the heater ran at full blast"
        if token.lower_ == "hostage" and token.head.lemma_ in ("hold", "take", "keep"):
            continue  # "holding the main port hostage", "took 12 tourists hostage": the idiom, not a naming
        if noun == "fighter" and any(c.dep_ == "compound" and c.lower_ == "fire" for c in token.children):
            continue  # "fire fighters"
        start = _start(token)
        if title and noun in PERSON_NOUNS:
            # a headline's verb read as a noun before its object: "police charge marchers" names the marchers
            while start < token.i and doc[start].pos_ == "NOUN":
                start += 1
        # an organization before doers is theirs ("Hamas gunmen"), before a happening a body ("the U.N. mission")
        barred = NOT_NAMES - {"ORG"} if noun in PERSON_NOUNS else NOT_NAMES
        if any(t.ent_type_ in barred for t in doc[start : token.i + 1]):
            continue
        found.append(Naming(doc[start].idx, token.idx + len(token), noun, title))
    return found
