"""Numbers in an article: value and bounds, what they count, their kind and the casualty role they play.

Everything is read off the article's one spaCy parse (tokens, entities, dependencies, lemmas); nothing is
parsed again. Vague quantities follow ACLED's conservative coding: "dozens" is 12, "hundreds" 100,
"thousands" 1000 (and "tens" 10, "scores" 20 by the same rule), each as value and low end with no upper
bound; a range "between 10 and 15" has its low end as best value. Roles are only given to counts, from
the casualty cue nearest the counted noun in its own clause, so durations, ages and money never get one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from number_parser import parse_number, parse_ordinal
from spacy.tokens import Doc, Span, Token

from storyline.extract.entities import LOCATIVES
from storyline.extract.nlp import doc_text
from storyline.extract.times import long_before
from storyline.model import Quantity, TextSpan, TimeExpr


def _words(text: str) -> frozenset[str]:
    """A word list written as one string, to keep the tables below readable."""
    return frozenset(text.split())


# ACLED: the smallest number a vague plural can mean; plural "tens"/"scores" only count when "of" follows
_VAGUE = {"dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1000, "millions": 1_000_000}
_NEED_OF = frozenset({"scores", "tens"})
_FACTORS = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# what a pair of numbers joined by a dash tallies rather than bounds: "an 18-30 start", "a 5-4 ruling"
_TALLIES = frozenset("record start mark season win victory loss defeat lead score vote ruling decision finish".split())
_FRACTIONS = {"half": 0.5, "quarter": 0.25}  # of a round number: "half a million", "a quarter of a million"
_VULGAR_VALUES = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_VULGAR = re.compile(rf"(\d*)([{''.join(_VULGAR_VALUES)}])")  # "4½", "½"
_FRACTION_STARTS = frozenset({"a", "an", *_FRACTIONS})

# bound cues before a number and how they turn it into value, low and high
_BOUND_CUES = {
    **dict.fromkeys(("more than", "over", "upwards of", "in excess of", "just over", "well over", "above"), "above"),
    # a comparison as the predicate: "the toll is likely to be higher than 40"
    **dict.fromkeys(("higher than", "greater than", "larger than"), "above"),
    **dict.fromkeys(("lower than", "smaller than"), "below"),
    **dict.fromkeys(("at least", "no fewer than", "no less than", "a minimum of", "several", "a few", "many"), "from"),
    **dict.fromkeys(("up to", "as many as", "at most", "no more than", "a maximum of"), "to"),
    **dict.fromkeys(("fewer than", "less than", "under", "below"), "below"),
    **dict.fromkeys(("nearly", "almost", "close to", "just under", "just shy of"), "near"),
    **dict.fromkeys(("about", "around", "approximately", "roughly", "some", "an estimated", "circa"), "about"),
}
# longest first, so "just under" wins over "under"
_BOUNDS = sorted(((tuple(cue.split()), bound) for cue, bound in _BOUND_CUES.items()), key=lambda cb: -len(cb[0]))
_BOUND_ENDS = frozenset(cue[-1] for cue, _ in _BOUNDS)  # cheap first test on the word before a number

_MONTHS = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_CALENDAR = _MONTHS | _words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight "
    "ago later earlier a.m. p.m. am pm noon midnight gmt utc o'clock"
)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_YEAR_PREPS = _words("in since until till by before after during")
_TIME_UNITS = _words("second minute hour day night week weekend fortnight month year decade century")
_CURRENCY_SIGNS = _words("$ € £ ¥ ₹ ₽")
_CURRENCIES = _words(
    "dollar euro pound peso yuan rupee yen franc rouble ruble bolivar bolívar naira shilling rand dinar riyal lira cent"
    " krone kroner krona kronor zloty forint hryvnia dirham rial baht ringgit kwacha cedi birr"
)
_UNITS = _words(
    "km kilometre kilometer mile metre meter kg kilogram tonne ton litre liter acre hectare barrel degree foot inch"
)
_PERCENT = _words("% percent pct")
# a person a single victim is named as: "a woman was killed" counts one
_PERSON_NOUNS = _words(
    "man woman boy girl child teenager teen baby infant toddler youth person pedestrian cyclist motorist driver "
    "passenger student teacher worker employee officer policeman policewoman soldier commander fighter militant "
    "rebel gunman attacker suspect prisoner inmate protester demonstrator activist journalist reporter "
    "photographer civilian resident villager farmer fisherman miner guard firefighter rescuer medic paramedic "
    "doctor nurse patient priest pilot sailor tourist bystander neighbour neighbor friend relative victim "
    "official mayor judge lawyer politician leader member volunteer refugee migrant pensioner technician deputy "
    "trooper sergeant captain lieutenant constable agent guardsman marine receptionist clerk cashier manager "
    "secretary accountant shopkeeper vendor trader contractor candidate lawmaker legislator senator councillor "
    "councilor governor businessman businesswoman engineer pastor imam monk nun singer musician "
    "grandmother grandfather mother father son daughter wife husband brother sister nephew niece cousin"
)
# what deals the blow when "hurt" is active: "the blast hurt 12"
_HARMS = _words(
    "blast explosion bomb bombing attack assault fire blaze crash collision shelling airstrike storm quake "
    "earthquake tornado hurricane typhoon cyclone flood landslide avalanche stampede riot clash gunman attacker"
)
_ANIMALS = _words("animal pet dog puppy collie cat kitten horse cow cattle sheep goat pig bird")
# counted nouns that are never the victims themselves ("people from 3 countries"); "three counts of vehicular
# homicide" are charges, "two helicopters were evacuating the injured" no evacuees, "13 shots" no dead, "30,000
# emails that are missing" no missing persons, "10,000 jobs disappeared" no missing, "two trials have been held"
# no arrests
_NOT_PEOPLE = _ANIMALS | _words(
    "country nation nationality city town village province state region district continent emirate count charge "
    "helicopter plane aircraft vehicle truck boat ship car bus ambulance building house home school hospital shop "
    "shot bullet round email message document file record letter page ballot vote dollar weapon gun rifle "
    "job post position seat trial hearing meeting session debate election primary rally event summit conference "
    "street avenue road boulevard lane highway"  # an address: "found at 24 Independent Street"
)

# casualty cues by lemma (and by surface form, for adjectives the lemmatizer leaves as they are)
_ROLE_CUES = {
    "killed": "kill killing die dead death toll fatality murder slay massacre execute perish behead slaughter drown",
    "injured": "injure injured wound wounded hurt hospitalise hospitalize injury maim",
    "arrested": "arrest arrested detain detained apprehend jail imprison detainee custody detention",
    "missing": "missing unaccounted disappear disappearance abduct kidnap abduction kidnapping",
    "displaced": "displace displaced displacement evacuate evacuation homeless flee evacuee refugee uproot",
}
_CUES = {word: role for role, words in _ROLE_CUES.items() for word in words.split()}
_CUE_NOUNS = _words(
    "death toll fatality murder killing massacre injury arrest detention custody disappearance abduction kidnapping"
)
_FATAL = _words("fatally fatal")
_EXCEEDING = _words("pass top exceed surpass")  # "the toll passed 1,200": more than 1,200
# where the displaced shelter: "tens of thousands sheltered in schools"; not "sheltered in place"
_REFUGES = _words("school camp tent mosque church temple building centre center shelter stadium hall")
_MOVING = _words("move relocate transfer evacuate")
_FREEING = _words("free release rescue liberate")
_DWELLING = _words("live reside stay host house")
_CAPTIVES = _words("hostage captive")
_CAPTORS = _words("captor kidnapper abductor gunman militant bandit rebel insurgent jihadist terrorist pirate gang")
_LIFE_VERBS = _words("claim take cost lose")  # "claimed 9 lives"
# words beside "bodies" that keep them the dead's: "three charred bodies", "two more bodies"
_OF_THE_DEAD = _words("charred burned burnt decomposed mutilated dead lifeless unidentified more")
_PARENTS = _words("father mother parent dad mom mum grandfather grandmother grandparent")
# a killing tried, not done: "attempting to murder three people", "the attempted murder of two officers"
_ATTEMPTS = _words("attempt try plot intend plan threaten conspire conspiracy want seek")
_INTRANSITIVE = _words("die perish drown flee disappear")  # a subject of these is the victim, not the doer
_PASS_PREPS = _words("of to at among including")  # "deaths of 32", "toll rose to 14", "including 5 children"
# nouns a number reaches through "of" without changing what it counts: "a total of 649 people were arrested"
_CONTAINERS = _words("total number group crowd tally count figure handful batch")
_NEGATORS = _words("no none nobody neither never not n't")
_COMPLEMENTS = _words("amod acl relcl acomp oprd xcomp")
_STEPS = _words("nummod quantmod compound nmod nsubj nsubjpass dobj pobj attr appos conj npadvmod oprd dative")
_NOUN_MODS = _words("amod compound nmod")
# a verb of care whose complement makes its subject a casualty: "taken to hospital", "treated for burns"
_CARE_VERBS = _words(
    "take rush carry bring fly airlift admit transfer send evacuate remain stay lie be recover treat leave"
)  # "leave": "left three protesters with gunshot wounds"
_CARE_PLACES = _words("hospital clinic")
_INJURIES = _words("injury wound burn fracture trauma")
# verbs that link their subject to a state: "who went missing", "who remain in hospital"
_LINKING = _words("be go remain stay become")
# verbs that say what is known or feared of their object: "11 people reported missing", "20 feared dead"
_PRESUMING = _words("report fear believe presume confirm declare list")
_PASSING = {"relcl": _LINKING, "acl": _PRESUMING}  # the clauses whose verb passes on its complement's state
_MAX_STEPS = 8
_INCREMENTS = _words("another additional further")  # "another two", "a further three"
_INCREMENTS_AFTER = _words("more new additional further")  # "three more", "12 new deaths"
_RISES = _words("rise climb increase jump grow go")  # "rose by five": by how much, not to what
_SHARE_PRONOUNS = _words("them those these whom us")  # "six of them"
_INCLUDING = _words("include including among")  # "the dead include eight loaders", "including five children"
# a home left behind makes the leavers displaced: "left their homes", "forced from their homes"
_HOMES = _words("home house village")
_LEAVING = _words("leave abandon flee")
_DRIVING = _words("force drive chase")


@dataclass(slots=True)
class _Phrase:
    """Token ranges of one number phrase: the number itself (core) and the whole phrase with its cues."""

    start: int
    end: int
    core_start: int
    core_end: int
    value: float | None
    low: float | None
    high: float | None
    money: bool = False
    percent: bool = False
    ordinal: bool = False


# what joins the parts of one toll: "a soldier and two civilians", "five soldiers, ten militants and a child", and
# the tolls of places: "40 people in Nairobi and 12 in Kisumu", "40 people there and 12 in Kisumu"
_JOINED = re.compile(
    r"(?:\s+(?:there|(?:in|at|near|outside) (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*))?\s*(?:,|,? and|,? as well as)\s*"
)


def vague(quantity: Quantity) -> bool:
    """A vague plural ("dozens of students", "tens of thousands"): its value is the least it can mean, not a count."""
    return vague_words(quantity.text)


def vague_words(text: str) -> bool:
    """The words of a figure are a vague plural: "dozens", "tens of thousands"."""
    return bool(text) and text.split()[0].casefold() in _VAGUE


def joined_tolls(quantities: Iterable[Quantity], role: str, text: str) -> list[list[Quantity]]:
    """Whole counts of one role that the text joins into one toll ("A soldier and two civilians were killed": three
    dead, not two), in runs of two or more, each in text order."""
    runs: list[list[Quantity]] = []
    for quantity in sorted((q for q in quantities if q.total(role)), key=lambda q: q.start):
        last = runs[-1][-1] if runs else None
        after = (last.counted.end if last.counted else last.end) if last is not None else None
        if after is not None and after <= quantity.start and _JOINED.fullmatch(text, after, quantity.start):
            runs[-1].append(quantity)
        else:
            runs.append([quantity])
    # "at least three people, a man and two women": a toll and its parts after it, not four parts
    return [run for run in runs if len(run) > 1 and run[0].value != sum(q.value or 0 for q in run[1:])]


def extract_quantities(
    doc: Doc,
    people: Iterable[tuple[int, int]] = (),
    times: list[TimeExpr] | None = None,
    reference: date | None = None,
    english: bool = True,
) -> list[Quantity]:
    """Every quantity of the article in text order; calendar numbers (years, days of a month) are left out.
    One person named as killed counts one (`_victims`): `people` are the character spans of the article's
    person names, as the entity stage corrected them (the model tags many names ORG or GPE). `times`, resolved
    against `reference` (the day the article speaks from), date the figures of long ago (`_date_figures`). The
    casualty cues are English words: in another language every role is "other" (German "die" is no death)."""
    ents = _entity_index(doc)
    found: list[Quantity] = []
    i = 0
    while i < len(doc):
        phrase = _phrase_at(doc, i)
        if phrase is None:
            i += 1
            continue
        quantity = _quantity(doc, phrase, ents)
        if quantity is not None:
            found.append(quantity)
        i = phrase.end
    if not english:
        for quantity in found:
            quantity.role = "other"
        return found
    victims = _victims(doc, [span for start, end in people if (span := doc.char_span(start, end)) is not None])
    victims += _pairs(doc)
    _date_figures(doc, found + victims, times or [], reference)
    _running_totals(doc, found, times or [])
    if victims:
        text = doc_text(doc)
        totals = [q for q in found if q.total(q.role)]
        for victim in victims:
            # "a firefighter was among the 17 killed": one of a toll given; but "a soldier and two civilians" are
            # three, the toll's parts joined
            joined = any(joined_tolls([victim, q], victim.role, text) for q in totals if q.role == victim.role)
            victim.part = victim.part or (any(q.role == victim.role for q in totals) and not joined)
        found = sorted(found + victims, key=lambda q: q.start)
    return found


def _victims(doc: Doc, people: list[Span]) -> list[Quantity]:
    """One killed person the article names without a number: "a woman was struck and killed", "Chohan was
    pronounced dead", "charged with killing Grigoropoulos". The quantity is the article "a" (or the name)."""
    named = {span.root.i: span for span in people}

    def one_of(tok: Token) -> Span | None:
        """The name, or the "a" of "a woman", that makes the word one person."""
        if tok.tag_ not in ("NN", "NNP"):
            return None
        if tok.i in named:
            return named[tok.i]
        if _is_person_noun(tok) and not tok.ent_type_:
            if any(c.dep_ == "amod" and _is_ordinal_token(c) for c in tok.children):
                return None  # "a third person died": the toll's third, not a toll of one
            article = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
            return doc[article.i : article.i + 1] if article is not None else None
        return None

    found = []
    counted: set[int] = set()  # a later person of "Tom Tennant and Bill Hakim" is counted with the first
    for tok in doc:
        one = one_of(tok)
        if one is None or tok.i in counted or (tok.dep_ in ("conj", "appos") and one_of(tok.head) is not None):
            continue  # an apposition is its head's person
        if tok.dep_ == "compound":
            continue  # a name modifying a noun: "a Marr administration official" is the official
        if one.start > 0 and doc[one.start - 1].lower_ in LOCATIVES:
            continue  # a place the model took for a person: "dead in the shipwreck off Lampedusa"
        if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() not in _INTRANSITIVE:
            verb = tok.head  # "Gomes intended to kill", "Gomes killed two": who acted; "saw Horton killed": no
            if _cue(verb) is None or (any(c.dep_ == "dobj" for c in verb.children) and not _lost_life(verb)):
                continue
        if tok.dep_ == "appos" and {tok.head.lemma_.lower(), *(c.lemma_.lower() for c in tok.head.lefts)} & _ANIMALS:
            continue  # "the family's pet collie, Fenn"
        if _role(tok, range(one.start, max(one.end, tok.i + 1))) != "killed" and not _killed_in_relative(tok):
            continue
        if _death_after_conjuncts(tok):
            continue
        together = [tok]
        # "Hakim, a bomb technician, and Capt. Tennant were killed": the parser joins Tennant to the apposition
        beside = [c for a in tok.children if a.dep_ == "appos" for c in a.conjuncts if c.i in named]
        for c in sorted({*tok.conjuncts, *beside}, key=lambda t: t.i):
            if c.i <= tok.i or not (one_of(c) or _is_person_noun(c)):
                continue
            counted.add(c.i)
            # "his mother, Alice, and sister, Kathryn": a name after a comma is the person noun before it
            previous = together[-1]
            if not (c.i in named and named[c.i].start == previous.i + 2 and doc[previous.i + 1].text == ","):
                together.append(c)
        counted.update(a.i for member in together for a in member.children if a.dep_ == "appos")
        last = together[-1]
        found.append(
            Quantity(
                start=one.start_char,
                end=last.idx + len(last) if len(together) > 1 else one.end_char,
                text=doc_text(doc)[one.start_char : last.idx + len(last)] if len(together) > 1 else one.text,
                value=len(together),
                low=len(together),
                high=len(together),
                counted=TextSpan(doc[one.end].idx, tok.idx + len(tok), doc[one.end : tok.i + 1].text)
                if one.end <= tok.i
                else None,
                kind="count",
                role="killed",
                part=_included(tok),
            )
        )
    return found


def _pairs(doc: Doc) -> list[Quantity]:
    """ "Both" as a casualty count of two: "both were pronounced dead", "both men were arrested", "killed both of
    his parents". Only in a casualty role: "both sides" counts nothing worth a slot."""
    found = []
    for tok in doc:
        if tok.lower_ != "both":
            continue
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            anchor, noun = tok, None
        elif tok.dep_ in ("det", "predet") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
            anchor = noun = tok.head
        else:
            continue
        role = _role(anchor, range(tok.i, anchor.i + 1))
        if role == "other":
            continue
        counted = _noun_span(noun, tok.i) if noun is not None else None
        found.append(Quantity(tok.idx, tok.idx + len(tok), tok.text, 2, 2, 2, counted, "count", role))
    return found


def _killed_in_relative(tok: Token) -> bool:
    """ "a vigil for Tomas Varga, 16, who was shot dead": the person's own relative clause says they were killed
    (but not "who killed three", nor "who was not hurt")."""
    for clause in tok.children:
        if clause.dep_ != "relcl" or _negated(clause) or _attempted(clause):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in ("who", "that"):
            continue
        undergone = subject.dep_ == "nsubjpass" or clause.lemma_.lower() in _INTRANSITIVE
        if undergone and (_cue(clause) or _complement_cue(clause)) == "killed":
            return True
    return False


def _death_after_conjuncts(tok: Token) -> bool:
    """ "Joe Biden and his late son, who died of cancer": a relative clause of death after the persons joined to
    the first is the nearest one's, though the parser hangs it on the first; whose it is stays open."""
    last = max((c.i for c in tok.conjuncts if c.i > tok.i), default=None)
    return last is not None and any(
        clause.dep_ == "relcl" and clause.i > last and (_cue(clause) or _complement_cue(clause)) == "killed"
        for clause in tok.children
    )


def _is_person_noun(tok: Token) -> bool:
    return tok.tag_ in ("NN", "NNP") and tok.lemma_.lower() in _PERSON_NOUNS


def _entity_index(doc: Doc) -> list[Span | None]:
    """The entity each token belongs to, so lookups stay O(1) per token."""
    index: list[Span | None] = [None] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            index[i] = ent
    return index


def figure_verb(doc: Doc, quantity: Quantity) -> Token | None:
    """The verb whose clause a figure stands in: "killed" of "killed six people"."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    return next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None) if span is not None else None


def _date_figures(doc: Doc, quantities: list[Quantity], times: list[TimeExpr], reference: date | None) -> None:
    """Mark the figures whose own clause happened long before the article (`Quantity.earlier`): in "raised new
    questions, days after attacks that killed 130 people in Paris in November, before the June vote" the 130 are
    November's, though the sentence also looks ahead. A time counts when it is an adverbial of the figure's verb
    ("killed … in November", "died Tuesday") or heads its clause ("in 2018, when 100 people died"), not when it
    dates a noun ("the toll of the 2010 quake rose to 300")."""
    if reference is None:
        return
    verbs: dict[int, list[TimeExpr]] = {}
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        for verb in _dated_verbs(span.root) if span is not None and time.value else ():
            verbs.setdefault(verb.i, []).append(time)
    if not verbs:
        return
    for quantity in quantities:
        if quantity.role == "other" and quantity.measure is None:
            continue
        verb = figure_verb(doc, quantity)
        dated = verbs.get(verb.i, []) if verb is not None else []
        quantity.earlier = bool(dated) and long_before(dated, reference)
        # the latest end, a month or year standing for its last day
        ends = [t.end_value or t.value or "" for t in dated]
        quantity.dated = max(ends, key=lambda end: end.ljust(10, "~")) if ends else None


# what a running total counts from: "since the start of the election campaign", "since the war began"
_PERIOD_STARTS = frozenset("start beginning outbreak onset launch".split())
_STARTING = frozenset("begin start erupt break".split())
_PERIODS = frozenset({"month", "year", "decade", "century"})


def _running_totals(doc: Doc, quantities: list[Quantity], times: list[TimeExpr]) -> None:
    """Mark as `earlier` the figures that count over a period rather than one happening: "at least 22 candidates
    have been killed since the start of the campaign", "since January", "since the war began"; not a toll risen
    "since Tuesday", the happening's own."""
    for quantity in quantities:
        if quantity.role == "other" or quantity.earlier:
            continue
        verb = figure_verb(doc, quantity)
        if verb is not None and any(_counts_since(c, times) for c in verb.children):
            quantity.earlier = True


def _counts_since(child: Token, times: list[TimeExpr]) -> bool:
    """A "since" dependent that opens a period: a start ("since the start of X"), a month or longer ("since
    2019"), a beginning ("since the war began")."""
    if child.dep_ == "advcl":
        since = any(c.dep_ == "mark" and c.lower_ == "since" for c in child.children)
        return since and child.lemma_.lower() in _STARTING
    if child.dep_ != "prep" or child.lower_ != "since":
        return False
    for start in (c for c in child.children if c.dep_ == "pobj"):
        if start.lemma_.lower() in _PERIOD_STARTS:
            return True
        if any(t.start <= start.idx < t.end and t.granularity in _PERIODS for t in times):
            return True
    return False


def _dated_verbs(root: Token) -> list[Token]:
    """The verbs a time expression dates: the one it is an adverbial of ("died Tuesday", "killed … in
    November"), a "when" clause on it ("in March, when 22 people died"), and the relative clause of a happening
    it dates ("a bombing on Friday that killed 12", "an air strike last week that killed three")."""
    verbs = [
        clause
        for clause in root.children
        if clause.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)
    ]
    if root.dep_ in ("npadvmod", "poss"):
        head = root.head
    elif root.dep_ == "pobj" and root.head.dep_ == "prep":
        head = root.head.head
    else:
        return verbs
    if head.pos_ in ("VERB", "AUX") and root.dep_ != "poss":
        verbs.append(head)
    elif head.pos_ == "NOUN":
        verbs.extend(clause for clause in head.children if clause.dep_ == "relcl")
    return verbs


# --- finding number phrases ---------------------------------------------------------------------------


@cache
def _word_ordinal(word: str) -> int | None:
    """Value of an ordinal word ("third", "twenty-third"); None for cardinals, which parse_ordinal also takes."""
    if not word.endswith(("first", "second", "third", "th")) or parse_number(word) is not None:
        return None  # (in this order: parse_number fails on "4½")
    return parse_ordinal(word)


def _is_number(tok: Token) -> bool:
    """A token that is (part of) a number; pronoun "one" and ordinal words outside ORDINAL entities are not."""
    low = tok.lower_
    if low in _VAGUE:
        following = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        return tok.pos_ != "VERB" and (low not in _NEED_OF or (following is not None and following.lower_ == "of"))
    if low == "dozen" or _VULGAR.fullmatch(low):
        return True
    if not tok.like_num:
        return False
    if low == "one" and (tok.pos_ != "NUM" or any(c.dep_ in ("det", "amod", "poss") for c in tok.children)):
        return False  # the pronoun: "a Cuban one", "the new one"
    return _word_ordinal(low) is None or tok.ent_type_ == "ORDINAL"


def _core_end(doc: Doc, start: int) -> int:
    """End of the run of tokens that spell one number: "thirty - two", "1.5 million", "tens of thousands"."""
    end = start + 1
    while end < len(doc):
        tok, prev = doc[end], doc[end - 1]
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        joins_words = tok.lower_ in ("-", "and") and nxt is not None and nxt.is_alpha and _is_number(nxt)
        if tok.text == "-" and not prev.is_alpha:
            # but a whole number and its fraction: "a 2-1/2 year sentence"
            joins_words = prev.like_num and nxt is not None and re.fullmatch(r"\d+/\d+", nxt.text) is not None
        if tok.lower_ == "and" and prev.lower_ not in _FACTORS:
            joins_words = False
        vague_of = tok.lower_ == "of" and prev.lower_ in _VAGUE and nxt is not None and nxt.lower_ in _VAGUE
        if joins_words or vague_of:
            end += 2
        elif _is_number(tok) and not _is_ordinal_token(prev):
            end += 1
        else:
            break
    return end


def _is_ordinal_token(tok: Token) -> bool:
    return bool(re.fullmatch(r"\d+(st|nd|rd|th)", tok.lower_)) or _word_ordinal(tok.lower_) is not None


def _fraction_at(doc: Doc, i: int) -> tuple[int, float] | None:
    """A fraction of a round number starting at token i, with its end and value: "half a million", "a quarter
    of a million", "two and a half thousand"; or a whole number and a fraction of one: "four and a half months"."""
    words = [t.lower_ for t in doc[i : i + 6]]
    whole, k = 0.0, 0
    if words[1:3] == ["and", "a"] and _is_number(doc[i]):
        whole, k = _value(words[:1]) or 0.0, 3
    elif words[0] in ("a", "an"):
        k = 1
    if words[k : k + 1] == [] or words[k] not in _FRACTIONS:
        return None
    fraction, k = _FRACTIONS[words[k]], k + 1
    if whole and words[k : k + 1] != [] and words[k] not in _FACTORS and words[k] not in ("of", "a", "an"):
        return i + k, whole + fraction  # "four and a half months"
    k += words[k : k + 1] == ["of"]
    k += words[k : k + 1] in (["a"], ["an"])
    if k >= len(words) or words[k] not in _FACTORS:
        return None
    return i + k + 1, (whole + fraction) * _FACTORS[words[k]]


def _phrase_at(doc: Doc, i: int) -> _Phrase | None:
    """The number phrase whose number starts at token i, with its bound cue, currency and percent sign."""
    tok = doc[i]
    fraction = _fraction_at(doc, i) if tok.lower_ in _FRACTION_STARTS or tok.like_num else None
    if fraction is not None:
        end, value = fraction
        phrase = _Phrase(i, end, i, end, value, value, value)
        _attach_unit(doc, phrase)
        _attach_bound(doc, phrase)
        return phrase
    article = tok.lower_ in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ in _FACTORS
    if not (article or _is_number(tok)):
        return None
    if tok.lower_ == "one" and i > 0 and doc[i - 1].lower_ in ("no", "every", "any", "each"):
        return None
    core_end = _core_end(doc, i + 1 if article else i)
    words = [t.lower_ for t in doc[i:core_end]]
    ordinal = _is_ordinal_token(doc[core_end - 1])
    value = _ordinal_value(words) if ordinal else _value(words)
    phrase = _Phrase(i, core_end, i, core_end, value, value, value, ordinal=ordinal)
    if words[0] in _VAGUE:
        phrase.high = None
    if not ordinal:
        _attach_unit(doc, phrase)
        _attach_range(doc, phrase)
        _attach_bound(doc, phrase)
    return phrase


def _ordinal_value(words: list[str]) -> float | None:
    digits = re.match(r"\d+", words[-1])
    return float(digits.group()) if digits else _word_ordinal("".join(words))


def _value(words: list[str]) -> float | None:
    """Value of the words of one number: parse_number for word numbers, else multiply factors ("1.5 million")."""
    words = ["one" if w in ("a", "an") else w for w in words]
    if all(w.isalpha() or w == "-" for w in words) and not any(w in _VAGUE or w == "dozen" for w in words):
        return _parse_words(" ".join(words))
    value: float | None = None
    for word in words:
        factor = _VAGUE.get(word) or _FACTORS.get(word)
        if factor is not None:
            value = (1 if value is None else value) * factor
        elif word not in ("-", "and", "of"):
            number = _parse_digits(word)
            if number is None:
                return None
            value = number if value is None else value + number
    return value


@cache
def _parse_words(text: str) -> float | None:
    number = parse_number(text)
    return None if number is None else float(number)


def _parse_digits(word: str) -> float | None:
    """Digits with thousands commas or a fraction ("1,200", "1.5", "3/4", "4½"); number words fall back to
    parsing."""
    if vulgar := _VULGAR.fullmatch(word):
        return float(vulgar[1] or 0) + _VULGAR_VALUES[vulgar[2]]
    if "/" in word:
        top, _, bottom = word.partition("/")
        return float(top) / float(bottom) if top.isdigit() and bottom.isdigit() and int(bottom) else None
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return _parse_words(word)


def _attach_range(doc: Doc, phrase: _Phrase) -> None:
    """ "between 10 and 15", "10 to 15 protesters", "30-40 people": one phrase from 10 to 15 whose best value is the
    low end (ACLED). A range without "between" needs a rising pair before what it counts: "rose from 10 to 15"
    is a change, "a 3-2 win" a score, "a 9-14 record" a tally and "$5 - million" one sum."""
    start, end = phrase.start, phrase.end
    if end + 1 >= len(doc) or not _is_number(doc[end + 1]) or phrase.value is None:
        return
    between = start > 0 and doc[start - 1].lower_ == "between" and doc[end].lower_ == "and"
    joined = doc[end].lower_ in ("to", "-", "–") and not (start > 0 and doc[start - 1].lower_ == "from")
    if not (between or joined):
        return
    upper_end = _core_end(doc, end + 1)
    upper = _value([t.lower_ for t in doc[end + 1 : upper_end]])
    if upper is None:
        return
    after = doc[upper_end] if upper_end < len(doc) else None
    counts = after is not None and after.is_alpha and after.pos_ in ("NOUN", "ADJ")
    counts = counts and after.lemma_.lower() not in _TALLIES
    if phrase.percent and after is not None and after.lower_ in _PERCENT:
        upper_end, counts = upper_end + 1, True  # "80% to 90%"
    if not between and not (upper > phrase.value and counts and doc[end + 1].lower_ not in _FACTORS):
        return
    phrase.start, phrase.end, phrase.core_end = start - between, upper_end, upper_end
    phrase.low, phrase.high = phrase.value, upper


def _attach_bound(doc: Doc, phrase: _Phrase) -> None:
    """Apply a bound cue standing before the number: "more than 30" is at least 31 with no upper bound, and so is
    what a toll "passed" or "topped"."""
    start = phrase.start
    exceeds = start > 0 and doc[start - 1].lemma_.lower() in _EXCEEDING and doc[start - 1].pos_ == "VERB"
    if phrase.value is not None and exceeds and _core_head(doc, phrase).head.i == start - 1:
        _bound(phrase, "above", phrase.value)
        return
    if phrase.value is None or start == 0 or doc[start - 1].lower_ not in _BOUND_ENDS or doc[start].is_sent_start:
        return
    if doc[start].lower_ == "between":
        return  # a range carries its own bounds
    ranged = phrase.low is not None and phrase.high is not None and phrase.high > phrase.low
    for words, bound in _BOUNDS:
        begin = start - len(words)
        if begin < 0 or tuple(t.lower_ for t in doc[begin:start]) != words:
            continue
        if any(doc[j].is_sent_start for j in range(begin + 1, start)):
            continue
        if words == ("over",) and phrase.end < len(doc) and doc[phrase.end].lemma_.lower() in _TIME_UNITS:
            continue  # "over 2 weeks" spans a time, it does not bound it
        phrase.start = begin
        if not ranged:  # "some 10 to 15": the range keeps its ends
            _bound(phrase, bound, phrase.value)
        return


def _bound(phrase: _Phrase, bound: str, n: float) -> None:
    """Value and bounds of a bounded number n; "more than" a whole number starts at the next one."""
    step = 1 if n == int(n) else 0
    if bound == "above":
        phrase.value, phrase.low, phrase.high = n + step, n + step, None
    elif bound == "from":
        phrase.low, phrase.high = n, None
    elif bound == "to":
        phrase.low, phrase.high = None, n
    elif bound == "below":
        phrase.value, phrase.low, phrase.high = n - step, None, n - step
    elif bound == "near":
        phrase.low, phrase.high = None, n
    else:
        phrase.low, phrase.high = None, None


def _attach_unit(doc: Doc, phrase: _Phrase) -> None:
    """Take in a currency sign before or a percent sign after the number."""
    before = phrase.core_start - 1
    if before >= 0 and doc[before].text in _CURRENCY_SIGNS:
        phrase.money = True
        phrase.core_start = before
        phrase.start = min(phrase.start, before)
    after = phrase.core_end
    if after < len(doc) and doc[after].lower_ in _PERCENT:
        phrase.percent, phrase.core_end, phrase.end = True, after + 1, after + 1
    elif after + 1 < len(doc) and doc[after].lower_ == "per" and doc[after + 1].lower_ == "cent":
        phrase.percent, phrase.core_end, phrase.end = True, after + 2, after + 2


# --- reading a phrase: what it counts, its kind and role ------------------------------------------------


def _quantity(doc: Doc, phrase: _Phrase, ents: list[Span | None]) -> Quantity | None:
    head = _core_head(doc, phrase)
    if _is_calendar(doc, phrase, head, ents):
        return None
    if phrase.ordinal and phrase.end < len(doc) and doc[phrase.end].text == "-":
        return None  # "third-party", "first-hand": an adjective, not a rank
    noun, of_pobj = _counted_noun(head, phrase)
    is_age, owner = _age(doc, phrase, head, noun)
    kind = _kind(phrase, head, noun, ents, is_age)
    counted = _noun_span(noun, -1 if of_pobj else phrase.core_end - 1) if noun is not None else None
    if kind == "age":
        counted = owner
    role = "other"
    people = (noun is None or noun.lemma_.lower() not in _NOT_PEOPLE) and not _of_which(head)
    if kind == "count" and people and not _children(doc, phrase):
        cue = _cue(noun) if of_pobj and noun is not None else None  # "hundreds of injured", "12 of the dead"
        walked = _role(noun if noun is not None and not of_pobj else head, range(phrase.start, phrase.end))
        role = walked if walked == "killed" else cue or walked  # "two of the wounded died" are dead
    span = doc[phrase.start : phrase.end]
    return Quantity(
        part=kind == "count" and (_part(doc, phrase, head, noun) or (role == "killed" and _were_wounded(noun))),
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        value=_tidy(phrase.value),
        low=_tidy(phrase.low),
        high=_tidy(phrase.high),
        counted=counted,
        kind=kind,
        role=role,
        measure=_measure(head, noun, kind, span) if role == "other" and kind not in _UNMEASURED else None,
    )


_UNMEASURED = frozenset({"ordinal", "age", "duration"})
_VOTES = _words("vote ballot")
_QUAKES = _words("earthquake quake tremor aftershock")
# units of land a fire burns, and the verbs that say it did: "burned more than 10,000 hectares of forest"
_AREAS = _words("hectare acre")
_SQUARE_AREAS = _words("kilometre kilometer mile")  # after "square"
_BURNING = _words("burn scorch char blacken consume ravage")
# units of length by the name a depth is given in
_LENGTHS = {
    "km": "km", "kilometre": "km", "kilometer": "km", "mile": "miles", "metre": "m", "meter": "m", "m": "m",
    "foot": "feet", "feet": "feet",
}  # fmt: skip
# a storm's winds in the units outlets give them, each its own measure
_WINDS = _words("wind gust")
_SPEED_UNITS = {
    "km/h": frozenset({"km/h", "kph", "kmh", "km per hour", "kilometres per hour", "kilometers per hour"}),
    "mph": frozenset({"mph", "miles per hour"}),
    "knots": frozenset({"knots"}),
}
_SPELLINGS = sorted((spelled for spellings in _SPEED_UNITS.values() for spelled in spellings), key=len, reverse=True)
_SPEED = re.compile(r"\s*(" + "|".join(re.escape(spelled) for spelled in _SPELLINGS) + r")\b", re.IGNORECASE)
# verbs that bring a measure to a figure: "turnout rose to 64%", "inflation stood at 7%"
_REACHING = _words("rise fall climb drop jump reach stand increase decrease surge slip dip")


def _measure(head: Token, noun: Token | None, kind: str, phrase: Span) -> str | None:
    """What the figure measures where the text says it in a form outlets share: a quake's magnitude ("a 6.1-magnitude
    earthquake", "magnitude 5.9", "a magnitude of 6.2", "the quake measured 6.0"), the noun a sum is of ("a ransom
    of 40 million kroner"), or the common noun a figure is the value or the estimate of ("Turnout was 64%",
    "inflation rose to 7.2%", "police put turnout at 58%"). Not a container's "the number was 30", which says nothing
    of what is counted, nor what may be ("turnout could reach 70%")."""
    doc = head.doc
    clause = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if clause is not None and _modal(clause):
        return None  # what may be, not what is: "a magnitude 6 quake can cause severe damage", "turnout could reach"
    if noun is not None and noun.lemma_.lower() == "magnitude":
        return "magnitude"
    if noun is not None and (area := _burned_area(noun)):
        return area
    if noun is not None and (speed := _wind_speed(noun, phrase)):
        return speed
    if noun is not None and (depth := _depth(noun)):
        return depth
    if head.i > 0 and doc[head.i - 1].lower_ == "magnitude":
        return "magnitude"
    if head.dep_ == "nummod" and head.head.text == "%":
        head = head.head
    if kind == "percent" and noun is not None and noun.lemma_.lower() in _VOTES:
        return _vote_share(head)
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ == "of" and governor.head.lemma_.lower() == "magnitude":
        return "magnitude"
    amount = noun if kind == "money" and noun is not None and noun.dep_ == "pobj" else head  # "… of 40 million kroner"
    of, owner = amount.head, amount.head.head
    inside = phrase.start <= owner.i < phrase.end  # "millions of dollars": the number's own word
    if kind == "money" and amount.dep_ == "pobj" and of.lower_ == "of" and owner.pos_ == "NOUN" and not inside:
        # "a ransom of 40 million kroner", "a fine of 2 million euros": the sum is the noun's
        return _measure_name(owner, of) if owner.lemma_.lower() not in _CONTAINERS else None
    if kind == "money" and (paid := _sum_of(noun if noun is not None else head)) is not None:
        return _measure_name(paid)
    if (head.dep_, governor.lemma_) in (("attr", "be"), ("dobj", "measure"), ("npadvmod", "measure")):
        verb = governor
    elif head.dep_ == "pobj" and governor.lower_ in ("to", "at") and governor.head.lemma_.lower() in _REACHING:
        verb = governor.head
    elif head.dep_ == "pobj" and governor.lower_ == "at" and governor.head.lemma_.lower() in _ESTIMATING:
        # "police put turnout at 58%": the estimate's object is what it measures
        estimated = next((c for c in governor.head.children if c.dep_ == "dobj"), None)
        measured = estimated is not None and estimated.pos_ == "NOUN" and estimated.lemma_.lower() not in _CONTAINERS
        return _measure_name(estimated) if measured else None
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # a common noun; opening the sentence alone the model may take it for a name ("Turnout" tagged a person)
    alone = subject is not None and subject.i == subject.sent.start and all(c.dep_ == "prep" for c in subject.children)
    alone = alone and kind in ("percent", "money")  # "Smith was 64" is an age
    if subject is None or not ((subject.pos_ == "NOUN" and not subject.ent_type_) or alone):
        return None
    if _is_person_noun(subject):
        return None  # "the boy was 12": an age
    lemma = subject.lemma_.lower()
    if verb.lemma_ == "measure":
        return "magnitude" if lemma in _QUAKES else None
    return None if lemma in _CONTAINERS else _measure_name(subject)


def _vote_share(share: Token) -> str | None:
    """A candidate's or a party's share of the vote, by the name that won it ("Lazarus Chakwera won 52.4% of the
    vote", "Mutharika won with 51.8 percent of the vote"): "vote share of chakwera". Not a share no name won."""
    verb = share.head.head if share.dep_ == "pobj" and share.head.lower_ == "with" else share.head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # "won the election with 52.4% of the vote"
    if share.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
        return None
    # the nearest before the verb: not a dateline the parser took for a subject ("LILONGWE — … Chakwera won")
    subject = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
    if subject is not None and subject.lower_ in ("he", "she", "it") and verb.dep_ in ("advcl", "conj"):
        # "Chakwera was declared the winner after he took 53.1%": the pronoun is the subject of the clause it is in
        outer = verb.head
        subject = next((c for c in outer.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < outer.i), None)
    if subject is None or not (subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "NORP")):
        return None
    return f"vote share of {subject.lower_}"


def _sum_of(money: Token) -> Token | None:
    """The kind of thing a sum is paid or taken as, after "in" or before "worth": "1.1 million euros in bribes",
    "$3 million in damages", "bribes worth 1.2 million euros". A bare noun: one thing with an article is one of
    several a story may value ("an eight-year deal worth $184 million" and another team's "a seven-year deal worth
    $140 million"), as is a time ("in a month")."""

    def kind(noun: Token | None) -> bool:
        bare = noun is not None and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
        return bare and noun.pos_ == "NOUN" and not noun.ent_type_ and noun.lemma_.lower() not in _CONTAINERS

    for prep in (c for c in money.children if c.dep_ == "prep" and c.lower_ == "in"):
        if kind(paid := next((p for p in prep.children if p.dep_ == "pobj"), None)):
            return paid
    worth = money.head
    if money.dep_ in ("npadvmod", "pobj") and worth.lower_ == "worth" and kind(before := worth.doc[worth.i - 1]):
        return before  # "bribes worth 1.2 million euros", however the parser hangs "worth"
    return None


def _wind_speed(unit: Token, phrase: Span) -> str | None:
    """A storm's winds or gusts, by the unit they are given in ("maximum sustained winds of 150 km/h", "winds of 150
    kilometres per hour", "gusts reached 180 km/h"): "wind speed, km/h". Speeds in other units are another
    measure."""
    match = _SPEED.match(doc_text(unit.doc), phrase.end_char)
    if match is None:
        return None
    if unit.dep_ == "nmod" and unit.head.lower_ == "h":
        unit = unit.head  # "km / h", the parser's two nouns
    if unit.dep_ == "pobj" and unit.head.lower_ == "of":
        owner: Token | None = unit.head.head  # "winds of 150 km/h"
    elif unit.dep_ in ("dobj", "attr") and unit.head.lemma_.lower() in _REACHING | {"be", "hit", "top"}:
        owner = next((c for c in unit.head.children if c.dep_ == "nsubj"), None)  # "gusts reached 180 km/h"
    else:
        owner = None
    if owner is None or owner.lemma_.lower() not in _WINDS:
        return None
    unit_name = next(name for name, spelled in _SPEED_UNITS.items() if match.group(1).casefold() in spelled)
    return f"{owner.lemma_.lower()} speed, {unit_name}"


def _depth(unit: Token) -> str | None:
    """How deep something lies, by its unit ("struck at a depth of 10 km", "35 kilometres deep"): "depth, km"."""
    name = _LENGTHS.get(unit.lemma_.lower())
    deep = unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.lemma_.lower() == "depth"
    return f"depth, {name}" if name and (deep or (unit.dep_ == "npadvmod" and unit.head.lower_ == "deep")) else None


def _burned_area(unit: Token) -> str | None:
    """The land a fire burned, by its unit, where the unit is what was burned ("the blaze has burned about 9,500
    hectares", "more than 12,000 acres were scorched", "charred 40 square kilometres"): "hectares burned". Not land
    of other kinds ("the park covers 500 hectares")."""
    lemma = unit.lemma_.lower()
    square = lemma in _SQUARE_AREAS and any(c.dep_ == "amod" and c.lower_ == "square" for c in unit.children)
    if not (lemma in _AREAS or square) or unit.dep_ not in ("dobj", "nsubjpass"):
        return None
    if unit.head.lemma_.lower() not in _BURNING:
        return None
    return f"{'square ' if square else ''}{lemma}s burned"


def _measure_name(noun: Token, figure: Token | None = None) -> str:
    """A measure by its noun and where or what of it the noun says: "turnout", "turnout in lenby" (a district's
    turnout is not the country's), "damage to the church"; not the preposition that holds the `figure` itself."""
    named = [noun.lemma_.lower()]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c != figure):
        named += [prep.lower_, *(p.lower_ for p in prep.children if p.dep_ == "pobj")]
    return " ".join(named)


_ESTIMATING = _words("put estimate place")


def _modal(verb: Token) -> bool:
    """ "can cause", "could reach": a verb with a modal."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _were_wounded(noun: Token | None) -> bool:
    """ "two wounded soldiers died overnight": the dead of a toll that grew, counted with the wounded before; a part
    of it, not the toll."""
    return noun is not None and any(c.dep_ == "amod" and _cue(c) == "injured" for c in noun.children)


def _of_which(head: Token) -> bool:
    """ "17 of which had been held": a share of things, as "which" never stands for people."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ == "which" for p in c.children) for c in head.children
    )


def _children(doc: Doc, phrase: _Phrase) -> bool:
    """A parent's children, not casualties: "the deputy and father of two", "father to two boys"."""
    before = doc[max(0, phrase.start - 2) : phrase.start]
    return len(before) == 2 and before[1].lower_ in ("of", "to") and before[0].lemma_.lower() in _PARENTS


def _part(doc: Doc, phrase: _Phrase, head: Token, noun: Token | None) -> bool:
    """A count that is a part of a total rather than the total: an increment ("three more", "another two", "rose
    by five") or a share ("six of them", "the dead include eight loaders", "including five children"). A toll is
    compared across outlets by its totals only."""
    after = doc[phrase.core_end] if phrase.core_end < len(doc) else None
    if (
        after is not None
        and after.lower_ in _INCREMENTS_AFTER
        and not (after.i + 1 < len(doc) and doc[after.i + 1].lower_ == "than")
    ):
        return True  # "three more", "12 new deaths", "five additional victims"
    if phrase.start > 0 and doc[phrase.start - 1].lower_ in _INCREMENTS:
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.lemma_.lower() in _RISES:
        return True  # "the toll rose by five"
    for child in head.children:
        # "six of them"; "one of the bosses arrested", "two of the injured"; not "32 of its nationals"
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(c.lower_ in _SHARE_PRONOUNS or _the_group(c) for c in child.children)
        ):
            return True
    return _included(noun if noun is not None else head)


def _included(word: Token) -> bool:
    """The word names some of a toll, not all: "the dead include eight loaders, four guards and a clerk",
    "including five children", "Among the dead were two…"."""
    while word.dep_ == "conj" and word.head.i != word.i:  # "eight loaders, four guards and a clerk"
        word = word.head
    governor = word.head
    if governor.lemma_.lower() in _INCLUDING or governor.lower_ in _INCLUDING:
        # but "was among the 12 killed" names the total its subject is a part of
        return not (governor.lower_ == "among" and word.dep_ == "pobj")
    return any(c.dep_ == "prep" and c.lower_ == "among" for c in governor.children)


def _the_group(word: Token) -> bool:
    """A group known to the reader, of which a number is a share: "the bosses", "the 40 injured"."""
    return word.dep_ == "pobj" and any(c.dep_ == "det" and c.lower_ == "the" for c in word.children)


def _tidy(number: float | None) -> float | None:
    """Whole numbers as int, so 32 shows as 32 rather than 32.0."""
    return int(number) if number is not None and number == int(number) else number


def _core_head(doc: Doc, phrase: _Phrase) -> Token:
    """The number's syntactic head: the token of the core attached outside it."""
    for tok in doc[phrase.core_start : phrase.core_end]:
        if not phrase.core_start <= tok.head.i < phrase.core_end or tok.head.i == tok.i:
            return tok
    return doc[phrase.core_end - 1]


def _is_calendar(doc: Doc, phrase: _Phrase, head: Token, ents: list[Span | None]) -> bool:
    """Years, days of a month and clock times belong to dates, not quantities."""
    first = doc[phrase.core_start]
    if _counts_plural(first):
        return False  # "2000 homes" is a count even when tagged DATE; "the 2019 elections" is not
    ent = ents[first.i]
    if ent is not None and ent.label_ in ("DATE", "TIME"):
        return any(t.lower_ in _CALENDAR or _YEAR.fullmatch(t.text) for t in ent)
    if head.head.lower_ in _MONTHS:
        return True  # "January 5 and 6": the parser makes 6 a conjunct of January
    after = doc[phrase.core_end] if phrase.core_end < len(doc) else None
    if after is not None and after.lower_ in _MONTHS and after.is_title:
        return True  # "the 26 September referendum" when the entity recognizer missed the date
    single = phrase.core_end - phrase.core_start == 1
    return single and bool(_YEAR.fullmatch(first.text)) and head.head.lower_ in _YEAR_PREPS


def _counts_plural(tok: Token) -> bool:
    """A bare number before a plural noun counts it: "2000 homes" (not "the 2019 elections", "Prix 2018 races")."""
    noun = tok.head
    if tok.dep_ != "nummod" or noun.tag_ not in ("NNS", "NNPS") or noun.lemma_.lower() in _TIME_UNITS:
        return False
    return tok.i == 0 or (tok.nbor(-1).dep_ not in ("det", "poss", "case") and tok.nbor(-1).pos_ != "PROPN")


def _counted_noun(head: Token, phrase: _Phrase) -> tuple[Token | None, bool]:
    """The noun the number quantifies: its "of" object ("32 of its nationals") or the noun it modifies."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and (pobj.pos_ in ("NOUN", "PROPN", "ADJ") or pobj.tag_ == "VBN"):
                return pobj, True  # "dozens of protesters", "hundreds of injured"
    governor = head.head
    modifies = head.dep_ in ("nummod", "compound", "amod", "quantmod", "npadvmod") and governor.i >= phrase.core_end
    return (governor, False) if modifies and governor.pos_ in ("NOUN", "PROPN") else (None, False)


def _kind(phrase: _Phrase, head: Token, noun: Token | None, ents: list[Span | None], is_age: bool) -> str:
    """count | duration | money | percent | age | ordinal | other, from signs, entity label and counted noun."""
    lemma = noun.lemma_.lower() if noun is not None else ""
    label = ent.label_ if (ent := ents[phrase.core_start]) is not None else ""
    if phrase.ordinal:
        return "ordinal"
    if phrase.percent or label == "PERCENT":
        return "percent"
    if phrase.money or lemma in _CURRENCIES or label == "MONEY":
        return "money"
    if is_age:
        return "age"
    if lemma in _TIME_UNITS:
        return "duration"
    if lemma in _UNITS or label == "QUANTITY":
        return "other"
    if head.dep_ in ("nummod", "appos") and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN"):
        return "other"  # a label, not an amount: "Route 9", "Resolution 2334"
    return "count"


def _age(doc: Doc, phrase: _Phrase, head: Token, noun: Token | None) -> tuple[bool, TextSpan | None]:
    """Whether the number is an age ("aged 34", "a 34-year-old", "Lopes, 34,"), and whose age it is."""
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    if before is not None and before.lower_ in ("aged", "age"):
        return True, _aged_owner(before)
    if before is not None and before.lower_ == "of" and phrase.start > 1 and doc[phrase.start - 2].lower_ == "age":
        return True, None  # "at the age of 91"
    # "died Thursday at 91": a bare number after a death verb's "at" is the age of the one who died
    if noun is None and head.dep_ == "pobj" and head.head.lower_ == "at":
        verb = head.head.head
        if verb.lemma_.lower() in ("die", "pass") and verb.pos_ == "VERB":
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            return True, _noun_span(subject, -1) if subject is not None and subject.pos_ != "PRON" else None
    if noun is not None and noun.lemma_.lower() == "year":
        after = next((t for t in doc[noun.i + 1 : noun.i + 3] if t.text != "-"), None)
        old = noun.head if noun.head.lower_ == "old" else after
        if old is not None and old.lower_ == "old":
            return True, _noun_span(old.head, old.i) if old.dep_ == "amod" else None
    if head.dep_ == "conj" and head.head.like_num and head.head.i < head.i:
        # "aged 17 and 22", "his two sons, 17 and 22,": the ages joined to the first
        first = head.head
        if first.i > 0 and doc[first.i - 1].lower_ in ("aged", "age"):
            return True, _aged_owner(doc[first.i - 1])
        if _apposed_age(first, [head]):
            return True, _noun_span(first.head, -1)
    if phrase.value and phrase.value < 120 and _apposed_age(head, list(head.conjuncts)):
        return True, _noun_span(head.head, -1)
    return False, None


def _aged_owner(aged: Token) -> TextSpan | None:
    """Whose age "aged" gives: the noun it modifies ("the farmer, aged 34")."""
    owner = aged.head if aged.dep_ in ("amod", "acl") and aged.head.pos_ in ("NOUN", "PROPN") else None
    return _noun_span(owner, -1) if owner is not None else None


def _apposed_age(number: Token, joined: list[Token]) -> bool:
    """A bare number set off by commas beside a name or a person noun is an age: "Lopes, 34,", "his two sons, 17
    and 22,"."""
    doc, governor = number.doc, number.head
    person = governor.pos_ == "PROPN" or (governor.pos_ == "NOUN" and governor.lemma_.lower() in _PERSON_NOUNS)
    if number.dep_ != "appos" or not person:
        return False
    last = max([number, *joined], key=lambda t: t.i)
    return doc[number.i - 1].text == "," and last.i + 1 < len(doc) and doc[last.i + 1].text == ","


def _noun_span(noun: Token, after: int) -> TextSpan:
    """The noun with the adjectives and compounds just before it, none at or before token index `after`."""
    doc = noun.doc
    start = noun.i
    while start - 1 > after:
        left = doc[start - 1]
        if left.dep_ not in _NOUN_MODS or not start - 1 < left.head.i <= noun.i:
            break
        start -= 1
    span = doc[start : noun.i + 1]
    return TextSpan(span.start_char, span.end_char, span.text)


# --- casualty role ----------------------------------------------------------------------------------


def _cue(tok: Token) -> str | None:
    """The casualty role a word signals: "killed", "dead", "toll", "lives" claimed, "held" in custody."""
    if tok.ent_type_ == "PERSON":
        return None  # a name: "guards Tomas Slaughter and Anton Berg"
    lemma = tok.lemma_.lower()
    if lemma == "life":
        return "killed" if tok.head.lemma_.lower() in _LIFE_VERBS else None
    if _lost_life(tok):
        return "killed"
    if lemma == "hold" and _held_captive(tok):
        return "missing"
    if lemma == "hold":  # "40 were held", "the men held at the station"; not "has held 100 town halls"
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        return "arrested" if tok.tag_ == "VBN" and (passive or not perfect) else None
    if lemma == "round" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return "arrested"  # "police rounded up 200 people"
    if lemma == "hurt" and _hurt_figuratively(tok):
        return None
    if lemma == "drown" and any(c.dep_ == "prt" for c in tok.children):
        return None  # "drowned out the speeches"
    if _uprooted(tok):
        return "displaced"
    if lemma == "shelter" and tok.pos_ == "VERB" and _in_refuge(tok):
        return "displaced"
    if lemma in _MOVING and tok.pos_ == "VERB" and _in_refuge(tok, ("to", "into")):
        return "displaced"  # "authorities moved 750,000 people to shelters"
    if lemma == "refugee" and _standing(tok):
        return None
    if lemma == "body":  # "18 bodies were recovered", "the bodies of 12 migrants"; not "two regulatory bodies"
        described = any(c.dep_ in ("amod", "compound") and c.lemma_.lower() not in _OF_THE_DEAD for c in tok.children)
        return None if described else "killed"
    if any(c.dep_ in ("advmod", "amod") and c.lower_ in _FATAL for c in tok.children):
        return "killed"  # "fatally shot", "the fatal stabbing of two men"
    if any(
        c.dep_ == "prep" and c.lower_ == "to" and any(p.lemma_.lower() == "death" for p in c.children)
        for c in tok.children
    ):
        return "killed"  # "stabbed to death", "beaten to death"
    return _CUES.get(lemma) or _CUES.get(tok.lower_)


def _in_refuge(verb: Token, prepositions: tuple[str, ...] = ("in", "at")) -> bool:
    """ "sheltered in schools and government buildings", "moved 750,000 people to shelters": people who left home
    for a refuge."""
    return any(
        prep.dep_ == "prep" and prep.lower_ in prepositions and any(p.lemma_.lower() in _REFUGES for p in prep.children)
        for prep in verb.children
    )


def _standing(noun: Token) -> bool:
    """Refugees counted as a population, not as the displaced of the news: "about a million refugees live in the
    camps", "the camps host 500,000 refugees", "are home to 500,000 refugees"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to":
        return head.head.lemma_.lower() == "home"
    return noun.dep_ in ("nsubj", "dobj") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _DWELLING


def _held_captive(verb: Token) -> bool:
    """ "held 20 people hostage", "101 hostages still held", "the pupils held by their kidnappers": held by
    captors, so missing, not in custody."""
    for child in verb.children:
        if child.lemma_.lower() in _CAPTIVES:
            return True
        if child.dep_ == "agent" and any(p.lemma_.lower() in _CAPTORS for p in child.children):
            return True
    return False


def _uprooted(verb: Token) -> bool:
    """ "forcing 3,000 people to leave their homes", "driven from their homes": the verb takes people from their
    own homes ("left the house before it collapsed" is no flight)."""
    lemma = verb.lemma_.lower()
    if lemma not in _LEAVING and lemma not in _DRIVING:
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and lemma in _LEAVING and child.lemma_.lower() in _HOMES:
            return any(c.dep_ == "poss" for c in child.children)
        if child.dep_ == "prep" and child.lower_ == "from":
            return any(p.dep_ == "pobj" and p.lemma_.lower() in _HOMES for p in child.children)
    return False


def _hurt_figuratively(verb: Token) -> bool:
    """ "the housing crisis that hurt millions", "he is hurting with millennials": "hurt" in the active voice, with
    an object or in the progressive, by what deals no blow. Not "were hurt", "12 hurt in the blast", "the blast
    hurt 12", nor a headline's "five hurt"."""
    if verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ in ("acl", "amod"):
        return False
    if verb.tag_ != "VBG" and not any(c.dep_ == "dobj" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subject = verb.head
    return subject is None or subject.lemma_.lower() not in _HARMS


def _none_survived(tok: Token) -> bool:
    """Survival denied to all: "did not survive", "none of the 62 survived", "no survivors among the 58"."""
    if tok.lemma_.lower() == "survive" and tok.pos_ == "VERB":
        return any(c.dep_ == "neg" or (c.dep_ == "nsubj" and c.lower_ in ("none", "nobody")) for c in tok.children)
    if tok.lower_ == "none" and tok.dep_ == "nsubj":
        return tok.head.lemma_.lower() == "survive" and not _negated(tok.head)
    return tok.lemma_.lower() == "survivor" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _negated(tok: Token) -> bool:
    """ "no deaths", "none of the 12", "were not hurt"."""
    return tok.lower_ in _NEGATORS or any(
        c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in _NEGATORS) for c in tok.children
    )


def _complement_cue(tok: Token, joined: Token | None = None) -> str | None:
    """A cue among the word's modifiers and complements: "17 people killed", "among the dead", "in custody". Coming
    from a conjunct `joined`, not those between the word and it: "27 migrants drowned and 40 were rescued" (the
    parser joins 40 to "migrants") tells how the migrants fared, not the 40."""
    for child in tok.children:
        if joined is not None and tok.i < child.i < joined.i:
            continue
        # a noun as a modifier names a kind, not a casualty: "the nine pro-death jurors"
        kind = child.pos_ == "NOUN" or (child.lemma_.lower() in _CUE_NOUNS and child.pos_ != "VERB")  # not "arrested"
        if child.dep_ in _COMPLEMENTS and not kind and not _negated(child) and not _acts_on_another(child):
            role = _cue(child)
            if role:
                return role
        if child.dep_ == "advcl" and child.pos_ == "ADJ" and tok.lemma_.lower() == "go":
            role = _cue(child)  # "went missing", parsed as an adverbial clause
            if role:
                return role
        # a clause whose verb passes on its complement's state: "the 12 fishermen who went missing", "three who
        # remain in hospital"; "11 people reported missing", "20 people feared dead"
        if child.lemma_.lower() in _PASSING.get(child.dep_, ()) and not _negated(child):
            role = _complement_cue(child)
            if role:
                return role
        if child.dep_ == "prep" and child.lower_ in ("among", "in", "into"):
            for pobj in child.children:
                role = _cue(pobj) or (_complement_cue(pobj) if child.lower_ == "among" else None)
                if role == "killed" and child.lower_ != "among":
                    continue  # "found guilty in the murder of X" is the accused, not the dead
                if role:
                    return role
        if child.dep_ == "prep" and tok.lemma_.lower() in _CARE_VERBS and not _negated(tok):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if child.lower_ in ("to", "in", "into") and pobj.lemma_.lower() in _CARE_PLACES:
                    return "injured"  # "taken to hospital", "remain in hospital"
                if child.lower_ in ("with", "for") and pobj.lemma_.lower() in _INJURIES:
                    return "injured"  # "treated for a leg injury", "with gunshot wounds"
        if (
            child.dep_ == "prep"
            and child.lower_ == "with"
            and (tok.lemma_.lower() in _PERSON_NOUNS or tok.lower_ == "people")
            and any(p.dep_ == "pobj" and p.lemma_.lower() in _INJURIES for p in child.children)
            and _cue(tok.head) != "killed"  # "three patients with severe burns had died": they died
        ):
            return "injured"  # "three men with stab wounds", "left five people with severe burns"
    return None


def _shared_verb_cue(verb: Token) -> str | None:
    """A cue of a verb joined to the subject's own that shares its subject: "Eleven people were pulled from the
    rubble and were being treated for injuries"."""
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and not _negated(conj):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
                continue  # "… were arrested and two were killed": a subject of its own
            if any(c.dep_ == "dobj" for c in conj.children) and conj.lemma_.lower() not in _INTRANSITIVE:
                continue  # "… attacked the post and killed two guards": the subject did it
            if role := _cue(conj) or _complement_cue(conj):
                return role
    return None


def _acts_on_another(clause: Token) -> bool:
    """A relative clause whose subject does the deed to someone else: "the gunman, who killed three"."""
    return clause.dep_ == "relcl" and _is_agent(clause, next((c for c in clause.children if c.dep_ == "nsubj"), None))


def _noun_cue(noun: Token) -> str | None:
    """A cue in a noun phrase that names a count: "the death toll", "the number of people killed"."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    counted = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    # "the number of people killed rose to 14": the cue qualifies what the noun counts
    # (the parser may hang the participle on the noun itself: "number … killed")
    qualifiers = [a for p in (noun, *counted) for a in p.children if a.dep_ in ("acl", "relcl", "amod")]
    # "the number of people reported missing": a verb of report passes on its complement's state
    passing = [_complement_cue(a) for a in qualifiers if a.lemma_.lower() in _PASSING.get(a.dep_, ())]
    return next((r for r in [*map(_cue, words + counted + qualifiers), *passing] if r), None)


def _subject_cue(verb: Token, came: Token | None) -> str | None:
    """A cue in the clause's subject when the number is elsewhere: "the death toll rose to 14". Not what a death
    leaves behind ("Scalia's death left the court's eight remaining members divided")."""
    if verb.lemma_.lower() == "leave":
        return None
    subjects = [
        c
        for c in verb.children
        if (came is None or c.i != came.i) and c.dep_ in ("nsubj", "nsubjpass") and not _negated(c)
    ]
    if not subjects and verb.dep_ == "xcomp" and verb.lemma_ == "be":
        # "the toll is believed to be 40", "is likely to be higher than 40": the subject of the verb (or of the
        # adjective's verb) the clause completes; not a forecast of change ("is expected to rise to 40")
        return _subject_cue(verb.head.head if verb.head.dep_ == "acomp" else verb.head, None)
    if not subjects:
        # "the number of people confirmed dead rose to 19", parsed with "rose" a clause of "confirmed" or
        # "confirmed" the clausal subject of "rose": the count is the subject of "confirmed", and its complement
        # says what it counts
        clauses = [c for c in verb.children if c.dep_ == "csubj"]
        if verb.dep_ in ("ccomp", "conj", "dep", "advcl") and verb.head.pos_ == "VERB":
            clauses.append(verb.head)
        counts = [
            (c, head)
            for head in clauses
            for c in head.children
            if c.dep_ == "nsubj" and c.lemma_.lower() in _CONTAINERS
        ]
        return next((r for c, head in counts if (r := _noun_cue(c) or _complement_cue(head))), None)
    return next((r for r in map(_noun_cue, subjects) if r), None)


def _object_cue(verb: Token, came: Token | None) -> str | None:
    """A cue in the verb's object when the number is what it is brought to: "bringing the toll to 11", "put the
    number of injured at 60"."""
    if came is None or came.dep_ != "prep" or came.lower_ not in ("to", "at"):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and not _negated(c)]
    return next((r for r in map(_noun_cue, objects) if r), None)


def _dead_of(noun: Token) -> bool:
    """The noun is whose death a noun of death names ("the deaths of three children"), or the subject of a verb of
    dying: "two wounded soldiers died overnight" are dead, not wounded."""
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        return noun.head.lemma_.lower() in _INTRANSITIVE and _cue(noun.head) == "killed"
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and _cue(noun.head.head) == "killed"


def _attempted(cue: Token) -> bool:
    first = cue
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head  # "threatening to assault and murder an official": both are threatened
    if first.dep_ in ("pobj", "pcomp") and first.head.lower_ == "to":
        first = first.head  # "threatening to assault", with "to" parsed as a preposition
    if first.dep_ in ("xcomp", "prep") and first.head.lemma_.lower() in _ATTEMPTS:
        return True
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _ATTEMPTS for c in cue.children)


def _lost_life(verb: Token) -> bool:
    """ "Eleven people lost their lives": the subject is who died, not a doer."""
    return verb.lemma_.lower() == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children)


def _is_agent(verb: Token, came: Token | None) -> bool:
    """The number is the doer, not the victim: "3 gunmen killed 12 villagers"."""
    if came is None or came.dep_ != "nsubj" or verb.lemma_.lower() in _INTRANSITIVE or _uprooted(verb):
        return False
    if _lost_life(verb):
        return False
    return any(c.dep_ == "dobj" for c in verb.children)


def _role(anchor: Token, phrase: range) -> str:
    """The casualty role of a count (`_walk`); those freed of the missing are missing no more: "freed 137 pupils
    abducted from a school", "forty kidnapped villagers were released"."""
    role = _walk(anchor, phrase)
    return "other" if role == "missing" and _freed(anchor) else role


def _freed(anchor: Token) -> bool:
    noun = anchor
    while noun.dep_ in ("nummod", "npadvmod", "amod", "compound") and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _FREEING


def _walk(anchor: Token, phrase: range) -> str:
    """Walk from the counted word up to its clause's verb; the first casualty cue met decides the role."""
    cur, came = anchor, None
    for _ in range(_MAX_STEPS):
        if cur.i in phrase and cur is not anchor:
            came, cur = cur, cur.head  # a bound cue parsed as the number's head: "over 300 were arrested"
            continue
        if _none_survived(cur):
            return "killed"
        if _negated(cur):
            return "other"
        if cur.dep_ == "conj" and cur.pos_ in ("NOUN", "PROPN") and cur.head.pos_ in ("VERB", "AUX"):
            return "other"  # a noun the parser conjoined to a verb: "a receptionist died and two men underwent surgery"
        if cur.dep_ == "prt" and came is not None and came.dep_ == "prep":
            cur = cur.head  # "revised the toll down to 7": the figure reaches the verb by its particle's "to"
            continue
        if cur.dep_ in ("prep", "agent") and came is not None:
            rise = cur.lower_ == "from" and came.lower_ == "to" and cur.head.lemma_.lower() in _RISES
            if cur.lower_ not in _PASS_PREPS and not rise:
                return "other"  # "people from 3 countries"; but "rose from 10 to 15" reaches the rise by its "to"
            whole = cur.head.lower_ in ("none", "all")  # "none of the 62 passengers survived"
            if cur.lower_ == "of" and not (_cue(cur.head) or cur.head.lemma_.lower() in _CONTAINERS or whole):
                return "other"  # "half of the 300 passengers", "a father of seven"; but "the deaths of 32"
            if cur.lower_ == "to" and cur.head.pos_ in ("NOUN", "PROPN") and not _cue(cur.head):
                return "other"  # "an aide to John Mitchell"; but "the toll rose to 14", "a rise in the toll to 14"
        else:
            role = _cue(cur) or _complement_cue(cur, came if came is not None and came.dep_ == "conj" else None)
            if role == "killed" and _attempted(cur):
                return "other"
            if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT":
                role = role or _subject_cue(cur, came) or _object_cue(cur, came)
                subject = came is not None and came.dep_ in ("nsubj", "nsubjpass")
                # the fate a joined verb tells, also after a flight: "Two men fled and were later arrested"
                if role in (None, "displaced") and subject and (shared := _shared_verb_cue(cur)):
                    return shared
                return "other" if role is None or _is_agent(cur, came) else role
            if role and role != "killed" and _dead_of(cur):
                return "killed"  # "the deaths of three children in CBP custody": they died there
            if role:
                return role
            if cur.dep_ not in _STEPS:
                return "other"
        came, cur = cur, cur.head
    return "other"
