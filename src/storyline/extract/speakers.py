"""Who a source names: the person or body an attribution's source span stands for.

A name is looked up among the article's entities (the mention under the phrase's head, a name in apposition,
a surname the model left untagged); "he", "she" and a bare "who" go to the person last made the subject of a
sentence, by the pronoun their own clauses call them; "the justice" or "the Republican nominee" to the one
person the article gives that title. Anything else is the phrase itself ("officials", "a grand jury").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.extract.entities import GENDERED, TITLES, names_a_measure
from storyline.extract.nlp import doc_text, noun_phrase
from storyline.extract.places import country_code, demonym_country, fold
from storyline.extract.times import LABELS as WHEN
from storyline.model import Entity

PRONOUNS = frozenset({"he", "she"})
_FEMININE = frozenset({"she", "her", "hers", "herself"})
FEMININE_HONORIFICS = frozenset({"ms", "mrs", "miss"})
RELATIVES = frozenset({"who", "which", "that"})
_AGE_AFTER_NAME = re.compile(r"(?:, | \()(\d{1,3})(?=[,)])")  # "Ada Lind, 52," "Ada Lind (52)"
_AGE_WORD = re.compile(r"the (\d{1,3})-year-old(?: [a-z]+)?", re.I)  # "the 52-year-old", "the 52-year-old nurse"
# Verbs that put out a statement, letter or speech: "issued a statement saying …", "figures published by …"
PUBLISHING = frozenset("release issue send post publish write sign deliver give put tweet".split())
# what puts out results or figures, beside publishing them: "results announced by the electoral commission"
ISSUING = PUBLISHING | {"announce", "compile"}
SPELLED_AS = frozenset({"NOUN", "ADJ", "ADV", "VERB"})  # what a surname may be tagged as in its other sense
EXAMPLES = frozenset({"including", "like"})  # "officials, including the minister, said": the officials speak
# titles written short before a name, as a description spells them: "Sen. Ada Voss" is "the senator"
SPELLED_OUT = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "maj": "major",
    "sgt": "sergeant",
    "dr": "doctor",
    "prof": "professor",
}
COURT_TITLES = frozenset({"justice"})  # not a title that starts a name ("Justice Department")
TENURE = frozenset({"former", "ex", "late", "outgoing", "incoming", "future", "previous"})  # when it was held
# nouns that head the names of bodies, so that "the union" is the one union the article named
INSTITUTIONS = frozenset(
    "union ministry department agency authority commission committee council court police army navy military "
    "mission office service bureau board university hospital institute foundation association federation "
    "league embassy parliament assembly senate party tribunal".split()
)
RECENT_SENTENCES = 3  # how far back "he" or "she" may find the person it stands for


class Speakers:
    """Names the sources of one article's attributions, asked in text order (the people its sentences have
    made their subjects so far are the antecedents of a "he" or "she")."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.mentions = _mention_index(entities)
        self.people = _People(entities)
        self.subjects = _subject_people(doc, self.mentions, self.people)
        self.sentence_starts = [s.start_char for s in doc.sents]
        self.people.know([person for _, person in self.subjects])
        self.people.titled = _titled(doc, self.mentions)
        self.people.aged = _aged(doc, self.mentions)
        self.cursor = 0
        self.phrases: list[str] = []  # the phrases that named unnamed speakers so far
        # the common nouns that headed a named body's phrase ("the rescue charity SOS Mer"), with the speaker: a
        # later "the charity" is the same one
        self.heads: dict[str, tuple[str, str, bool]] = {}

    def name(self, source: Span | None, at: int, said: tuple[int, int] = (0, 0)) -> tuple[str | None, str | None]:
        """(speaker, entity id) of the source of a cue at character `at` that says the characters `said`. The people
        its own words make subjects are no antecedents of its "he" ("No shots were fired when Orozco was taken into
        custody, he added"); they come before the speaker among the people named so far."""
        held = []
        while self.cursor < len(self.subjects) and self.subjects[self.cursor][0] < at:
            start, subject = self.subjects[self.cursor]
            if not _is_pronoun_at(self.doc, start):
                if said[0] <= start < said[1]:
                    held.append(subject)
                else:
                    self.people.add(subject)
            self.cursor += 1
        sentence = bisect_right(self.sentence_starts, at) - 1
        named = None if source is None else _speaker(source, self.mentions, self.people, sentence)
        for subject in held:
            self.people.add(subject)
        if named is None:
            return None, None
        head = source.root if source is not None else None
        if head is not None and head.pos_ == "NOUN" and not head.ent_type_:
            if named[1] is not None and not named[2]:  # a person's title names them already (`_described`)
                self.heads.setdefault(head.lower_, named)
            elif source[0].lower_ == "the" and len(source) == 2 and head.lower_ in self.heads:
                named = self.heads[head.lower_]  # "the charity", after "the rescue charity SOS Mer"
        speaker, entity, person = named
        if person:
            self.people.add(_Person(speaker, entity, sentence))
        if entity is None:
            speaker = _named_before(speaker, self.phrases)
            self.phrases.append(speaker)
        return speaker, entity


ARTICLES = frozenset({"the", "a", "an"})  # a phrase's words without these name its speaker
# words that make another office of the same title: "the vice president" is not "the president"
_OTHER_RANK = frozenset("vice deputy prime former assistant acting ex".split())
# words of a phrase about someone else: "the brother of the accused gunman" is no gunman
_LINKS = frozenset("of for from at with in on by to and".split())


def _named_before(phrase: str, earlier: list[str]) -> str:
    """A phrase with an article, or the fuller one the article named the same speaker by before: "the ministry" after
    "the defence ministry", "a spokesman" after "a police spokesman"; only when one earlier phrase ends so."""
    words = _words(phrase)
    if not words or phrase.split()[0].casefold() not in ARTICLES:
        return phrase  # a name, or a phrase that says which one ("Police", "officials", "No member of the team")
    fuller = {
        p
        for p in earlier
        if len(_words(p)) > len(words)
        and _words(p)[-len(words) :] == words
        and not set(_words(p)) & (_OTHER_RANK | _LINKS)
    }
    return fuller.pop() if len(fuller) == 1 else phrase


def _words(phrase: str) -> list[str]:
    return [w for w in phrase.casefold().split() if w not in ARTICLES]


def _mention_index(entities: list[Entity]) -> list[tuple[int, int, Entity]]:
    return sorted((m.start, m.end, e) for e in entities for m in e.mentions)


def _entity_at(mentions: list[tuple[int, int, Entity]], token: Token) -> Entity | None:
    i = bisect_right(mentions, (token.idx, float("inf"))) - 1
    while i >= 0 and mentions[i][1] > token.idx:
        if mentions[i][0] <= token.idx:
            return mentions[i][2]
        i -= 1
    return None


def _phrase(source: Span) -> str:
    """The source's noun phrase without appositions, clauses, examples or times: "officials", "Cuba's
    government", "a grand jury" (of "a grand jury in December"), "a prison statement" (of "… statement Monday").
    Who put out a statement stays: "figures published by the health ministry" are not just "figures"."""
    if _AGE_WORD.fullmatch(source.text):
        return source.text  # "the 30-year-old": the model's DATE is an age, no time to drop
    head = source.root
    drop = {
        t.i
        for c in head.children
        if (c.dep_ in ("appos", "relcl", "acl", "punct", "advcl") and not _after_and(c) and not _issued_by(c))
        or (c.dep_ == "prep" and (c.lower_ in EXAMPLES or any(p.ent_type_ in WHEN for p in c.children)))
        or (c.dep_ == "npadvmod" and c.ent_type_ in WHEN)
        or c.dep_ == "case"  # a possessor's "'s": "the mayor's assertion that …" is the mayor's
        for t in c.subtree
    }
    # of the issuing clause only the issuer: "a poll published by Ethnos on Sunday" is "a poll published by Ethnos"
    drop |= {t.i for c in head.children if _issued_by(c) for g in c.children if g.dep_ != "agent" for t in g.subtree}
    # a time the parser hung on the noun: "Just before 8am crews requested …" is the crews
    drop |= {x.i for t in source if t.ent_type_ == "TIME" and t.i != head.i for x in t.subtree}
    # a clause set off by a comma on a noun inside the phrase: "A spokesperson for the authority, who asked not to
    # be named, said" is the spokesperson for the authority
    drop |= {
        x.i
        for t in source
        for c in t.children
        if c.dep_ == "relcl" and c.left_edge.i > source.start and source.doc[c.left_edge.i - 1].text == ","
        for x in c.subtree
    }
    words = [t for t in source if t.i not in drop]
    # a space wherever a dropped stretch closed up two words ("allies, including …, said" -> "allies said")
    text = "".join(t.text + (" " if t.whitespace_ or t.i + 1 in drop else "") for t in words)
    phrase = " ".join(text.split()).strip(" ,") or source.text
    return "us" if phrase in ("'s", "’s") else phrase  # the "us" of "let's say"


def _issued_by(clause: Token) -> bool:
    """ "released by the army", "published by the health ministry", "announced by the electoral commission": the
    issuer of what the source is."""
    return clause.dep_ == "acl" and clause.lemma_.lower() in ISSUING and any(c.dep_ == "agent" for c in clause.children)


def _after_and(child: Token) -> bool:
    """An "apposition" right after "and" is a conjunct the parser misread: "the Commission for Elections and
    Referenda" keeps "Referenda"."""
    edge = child.left_edge.i
    return edge > 0 and child.doc[edge - 1].dep_ == "cc"


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for: "the mission, which said" -> mission, "the senator, whose spokesman
    said" -> senator."""
    whose = pronoun.lower_ == "whose"
    clause = pronoun.head.head if whose else pronoun.head
    if (whose or pronoun.lower_ in RELATIVES) and clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    return None


@dataclass(slots=True)
class _Person:
    name: str
    entity: str | None
    sentence: int
    pronoun: str | None = None  # "he" or "she", when the clause that made them its subject says


class _People:
    """The people an article has made the subject of its sentences, latest last, and the pronoun each was
    last called by: "he" goes to the latest person not already called "she"."""

    def __init__(self, entities: list[Entity]) -> None:
        self.seen: list[_Person] = []
        self.called: dict[str, str] = {}
        by_surname: dict[str, list[Entity]] = {}
        for e in entities:
            if e.type == "PERSON" and len(e.name.split()) > 1:
                by_surname.setdefault(fold(e.name.split()[-1]), []).append(e)
        self.surnames = {name: found[0] for name, found in by_surname.items() if len(found) == 1}
        self.single = {fold(e.name): e for e in entities if e.type == "PERSON" and len(e.name.split()) == 1}
        self.titled: dict[str, dict[str, tuple[Entity, set[str]]]] = {}  # title -> who has it, after what
        self.aged: dict[str, Entity] = {}  # age -> the one person the article gives it ("Ada Lind, 52,")

    def add(self, person: _Person) -> None:
        self.seen.append(person)

    def know(self, subjects: list[_Person]) -> None:
        """Take the pronoun each person's own clauses call them by, wherever in the article, if they agree."""
        said: dict[str, set[str]] = {}
        for person in subjects:
            if person.pronoun is not None:
                said.setdefault(person.name, set()).add(person.pronoun)
        self.called.update({name: kinds.pop() for name, kinds in said.items() if len(kinds) == 1})

    def antecedent(self, pronoun: str, sentence: int) -> _Person | None:
        for person in reversed(self.seen):
            if sentence - person.sentence > RECENT_SENTENCES:
                return None
            if pronoun == "who" or self.called.get(person.name, pronoun) == pronoun:
                if pronoun != "who":
                    self.called[person.name] = pronoun
                return person
        return None


def _speaker(
    source: Span, mentions: list[tuple[int, int, Entity]], people: _People, sentence: int
) -> tuple[str, str | None, bool]:
    """(speaker, entity id, is a person) for one source span."""
    if len(source) > 1 and source[0].lower_ == "whose" and (owner := _antecedent(source[0])) is not None:
        name, _, _ = _speaker(noun_phrase(owner), mentions, people, sentence)
        return f"{name}'s {_phrase(source[1:])}", None, False  # someone of theirs, not they
    head = source.root
    if len(source) == 1 and (antecedent := _antecedent(head)) is not None:
        head, source = antecedent, noun_phrase(antecedent)
    entity = _entity_at(mentions, head) or _named_in_apposition(head, mentions) or _surname(source, people)
    if entity is not None and entity.type != "PERSON" and fold(entity.name) == head.lower_:
        entity = _described(source, people) or entity  # a title the model took for a name: "Justice vows …"
    if entity is not None and entity.type != "PERSON" and demonym_country(head.text):
        return _phrase(source), None, False  # "Cubans displayed a flag": a people, not the state of Cuba
    if entity is not None:
        given = _given_names(head) if len(entity.name.split()) == 1 and fold(head.text) == fold(entity.name) else []
        name = " ".join([*(t.text for t in given), entity.name])  # the fuller name the article first gave
        return name, entity.id, entity.type == "PERSON"
    # "he", "she", or a "who" the parse left without its noun: the person last the subject of a sentence
    pronoun = len(source) == 1 and (head.lower_ in PRONOUNS or head.lower_ == "who")
    if pronoun and (person := people.antecedent(head.lower_, sentence)) is not None:
        return person.name, person.entity, True
    if (titled := _described(source, people) or _of_age(source, people)) is not None:
        return titled.name, titled.id, True
    if (body := _institution(source, mentions)) is not None:
        return body.name, body.id, False
    return _phrase(source), None, head.ent_type_ == "PERSON"


def _described(source: Span, people: _People) -> Entity | None:
    """The person a definite description ending in a title names: the one the article gives that title ("the
    justice", "The Supreme Court justice" or a headline's "Justice" after "Supreme Court Justice Ruth Bader
    Ginsburg"), or, among several, the one whose title shares the most of its words ("the Republican nominee"
    beside "Republican nominee Donald Trump" and "Democratic nominee Hillary Clinton")."""
    head = source.root
    if not (source[0].lower_ == "the" or len(source) == 1) or head.tag_ not in ("NN", "NNP"):
        return None
    words = {t.lower_ for t in source if t.i < head.i and t.pos_ in ("ADJ", "PROPN", "NOUN")}
    # not one whose title says otherwise: "the Democratic nominee" is no "Republican nominee", and "the former
    # president" no "President Barack Obama" (only the one the article calls a former president)
    holders = [
        (e, m)
        for e, m in people.titled.get(head.lower_, {}).values()
        if (not words or not m or words & m) and words & TENURE <= m
    ]
    if len(holders) == 1:
        return holders[0][0]
    shared = sorted(((len(words & modifiers), n) for n, (_, modifiers) in enumerate(holders)), reverse=True)
    if shared and shared[0][0] > 0 and shared[1][0] < shared[0][0]:
        return holders[shared[0][1]][0]
    return None


def _of_age(source: Span, people: _People) -> Entity | None:
    """ "the 52-year-old" (or "the 52-year-old nurse") is the one person the article gave that age: "Ada Lind,
    52," or "Ada Lind (52)"."""
    age = _AGE_WORD.fullmatch(source.text)
    return people.aged.get(age.group(1)) if age else None


def _aged(doc: Doc, mentions: list[tuple[int, int, Entity]]) -> dict[str, Entity]:
    """Each age the article gives right after one person's name, when only one person has it."""
    text = doc_text(doc)
    found: dict[str, set[str]] = {}
    people: dict[str, Entity] = {}
    for _, end, entity in mentions:
        if entity.type == "PERSON" and (age := _AGE_AFTER_NAME.match(text, end)):
            found.setdefault(age.group(1), set()).add(entity.id)
            people[entity.id] = entity
    return {age: people[next(iter(ids))] for age, ids in found.items() if len(ids) == 1}


def _institution(source: Span, mentions: list[tuple[int, int, Entity]]) -> Entity | None:
    """The organisation a definite description names: "the union" after "the Coast Dockworkers' Union", "the
    U.N. mission" after "the United Nations Support Mission". It is the one named before it whose name has the
    description's noun for its head and every word before that noun, or its initials. Only nouns that head
    names of bodies ("union", "ministry"): "the company" is as often a company named otherwise ("Amazon")."""
    head = source.root
    if source[0].lower_ != "the" or head.tag_ not in ("NN", "NNS") or fold(head.text) not in INSTITUTIONS:
        return None
    words = [fold(t.text) for t in source[1 : head.i - source.start] if t.pos_ in ("ADJ", "PROPN", "NOUN")]
    found = {
        entity.id: entity
        for start, _, entity in mentions
        if start < source.start_char
        and entity.type in ("ORG", "FAC")
        and entity.name[:1].isupper()  # a name, not "police" the model tagged as one
        and _name_head(entity.name) == fold(head.text)
        and all(_in_name(word, entity.name) for word in words)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _name_head(name: str) -> str:
    """The noun a body's name is named for: "union" of "Coast Dockworkers' Union", "ministry" of "Ministry of
    Health"."""
    return fold(name.split(" of ")[0].split()[-1])


def _in_name(word: str, name: str) -> bool:
    """A description's word is in the name, or its country ("Kenyan" in "Kenya Ports Authority"), or its letters
    are the initials of words in a row ("un" of "United Nations")."""
    words = re.split(r"[\s-]+", fold(name))  # "fact" and "finding" of "Fact-Finding", as the tokenizer splits them
    if word in words or ((code := demonym_country(word)) is not None and code in map(country_code, words)):
        return True
    initials = "".join(w[0] for w in words if w)
    return len(word) > 1 and word.isalpha() and word in initials


def _titled(doc: Doc, mentions: list[tuple[int, int, Entity]]) -> dict[str, dict[str, tuple[Entity, set[str]]]]:
    """Each title word a person is named with ("Justice" of "Supreme Court Justice Ruth Bader Ginsburg"), with the
    people it names and the words before it in their titles ({"supreme", "court"})."""
    found: dict[str, dict[str, tuple[Entity, set[str]]]] = {}
    for start, _, entity in mentions:
        first = doc.char_span(start, start + 1, alignment_mode="expand")
        if entity.type != "PERSON" or first is None or first.start == 0:
            continue
        word = doc[first.start - 1]
        title = SPELLED_OUT.get(word.lower_.rstrip("."), word.lower_.rstrip("."))
        if word.pos_ not in ("NOUN", "PROPN") or (title not in TITLES and title not in COURT_TITLES):
            continue
        before, i = set(), word.i - 1
        while i >= 0 and doc[i].pos_ in ("ADJ", "PROPN", "NOUN") and doc[i].sent == word.sent:
            before.add(doc[i].lower_)
            i -= 1
        found.setdefault(title, {}).setdefault(entity.id, (entity, set()))[1].update(before)
    return found


def _surname(source: Span, people: _People) -> Entity | None:
    """A bare surname the model left untagged ("…," Paredes said) names the person the article called so, and a
    full name it left untagged ("Giorgos Kyrtsos, publisher of …, said") the person it calls by that surname."""
    # the tagger reads a capitalized surname as a common noun or the word it spells ("Sanders supports …", "says
    # Early", "said Young"), but a capitalized "He" is no Liu He; a clause on the name is not part of it ("Lind,
    # who took office in 2019, said"), but another name is ("Salazar and Lock said" are two)
    head = source.root
    name = [t for t in source if t.i == head.i or (t.head.i == head.i and t.dep_ in ("compound", "conj"))]
    if all(t.pos_ == "PROPN" or (t.is_title and t.pos_ in SPELLED_AS) for t in name) and len(name) <= 2:
        found = people.surnames.get(fold(" ".join(t.text for t in name)))
        if found is not None:
            return found
    named = head.pos_ == "PROPN" and not head.ent_type_ and _given_names(head)
    return people.single.get(fold(head.text)) if named else None


def _given_names(head: Token) -> list[Token]:
    """The untagged proper nouns compounded before a surname: "Giorgos" of "Giorgos Kyrtsos"."""
    return [
        c
        for c in head.lefts
        if c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_ and c.lower_.rstrip(".") not in TITLES
    ]


def _named_in_apposition(head: Token, mentions: list[tuple[int, int, Entity]]) -> Entity | None:
    """The person or body an apposition names: "Its operations manager, Daniel Mutua, said" is Daniel Mutua
    speaking, and "the rescue charity SOS Mer said" the charity of that name."""
    for child in head.children:
        entity = _entity_at(mentions, child) if child.dep_ == "appos" else None
        if entity is None:
            continue
        # a body's name right after the noun, or after its comma; not the first of several ("three groups, the
        # Center for Biological Diversity, Greenpeace and …")
        beside = child.left_edge.i == head.i + 1 or (child.left_edge.i == head.i + 2 and head.nbor().text == ",")
        one = head.tag_ == "NN" and not child.conjuncts
        if entity.type == "PERSON" or (entity.type == "ORG" and head.pos_ == "NOUN" and beside and one):
            return entity
    return None


def _subject_people(doc: Doc, mentions: list[tuple[int, int, Entity]], people: _People) -> list[tuple[int, _Person]]:
    """People who are the subject of a sentence, as antecedents for "he" and "she"; also by a bare surname the model
    left untagged ("Page avoided the camera lens"), as a source is."""
    found = []
    for index, sentence in enumerate(doc.sents):
        for token in sentence:
            if token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            # "the singer Mara Quill", parsed with the noun as the head, is Mara Quill
            named = (_entity_at(mentions, c) for c in token.children if c.dep_ in ("compound", "appos"))
            entity = _entity_at(mentions, token) or next((e for e in named if e and e.type == "PERSON"), None)
            phrase = doc[token.left_edge.i : token.right_edge.i + 1]
            if entity is None:
                entity = _surname(phrase, people)
            if entity is not None and entity.type == "PERSON":
                found.append((token.idx, _Person(entity.name, entity.id, index, _pronoun(token) or _addressed(token))))
            elif entity is None and token.ent_type_ == "PERSON" and not names_a_measure(token):
                found.append((token.idx, _Person(_phrase(phrase), None, index, _pronoun(token) or _addressed(token))))
    return found


def _addressed(subject: Token) -> str | None:
    """The pronoun the honorific before a name implies: "Ms. Mendes" is "she", "Mr. Gomes" "he"."""
    honorific = next((c.lower_.rstrip(".") for c in subject.lefts if c.dep_ == "compound"), None)
    return "she" if honorific in FEMININE_HONORIFICS else "he" if honorific == "mr" else None


def _pronoun(subject: Token) -> str | None:
    """The pronoun a person's own clause calls them by ("Reid checked herself in", "Ruiz said he would"), when
    every gendered word in it agrees, so that a later "he" does not go to a woman."""
    words: set[str] = set()
    stack = [c for c in subject.head.children if c.i != subject.i]
    while stack:
        token = stack.pop()
        words.add(token.lower_)
        own_subject = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not own_subject:
            stack.extend(token.children)
        elif token.dep_ == "ccomp" and token.i > subject.i:
            # "Ruiz said he would": the reported clause's subject, not the rest of it; not a pronoun before the
            # name, which stands for someone named earlier ("But she became nervous, Perlo explained")
            words.update(c.lower_ for c in own_subject)
    kinds = {"she" if w in _FEMININE else "he" for w in words & GENDERED}
    return kinds.pop() if len(kinds) == 1 else None


def _is_pronoun_at(doc: Doc, char: int) -> bool:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and span[0].lower_ in PRONOUNS
