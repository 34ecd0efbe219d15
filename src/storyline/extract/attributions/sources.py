"""Who speaks: the source of a cue, found from its subject, or where the parser hung the speaker elsewhere."""

from __future__ import annotations

from spacy.tokens import Span, Token

from storyline.extract.attribution_cues import (
    CLAUSE_CUES,
)
from storyline.extract.attributions.grammar import (
    _clause_cue,
    _has_subject,
    _medium,
    _next_word,
    _spaced_dash,
    _subtree,
)
from storyline.extract.attributions.lexicon import (
    AFTER_QUOTE,
    ARTICLES,
    BETWEEN,
    CIRCUMSTANCES,
    EXPLETIVES,
    FEELINGS,
    FINITE,
    GATHERINGS,
    HELD,
    HELD_PREPS,
    NOUN_MODIFIERS,
    OBJECT_PRONOUNS,
    OCCASIONS,
    PHRASE_INNER,
    QUANTIFIERS,
    QUOTE_ENDS,
    RECIPIENT_OBJECT,
    SAID_NOUNS,
    SEPARATORS,
    SHARES,
    SHOWING,
    VERB_MODIFIERS,
    WHERE,
)
from storyline.extract.nlp import doc_text, noun_phrase
from storyline.extract.quotations import CLOSERS, Quotes, doc_quotes
from storyline.extract.speakers import PRONOUNS
from storyline.extract.times import LABELS as WHEN
from storyline.stories.text import after_dateline


def _source(verb: Token) -> Span | None:
    """The speaker phrase: the subject, the agent of a passive, or the subject the verb shares."""
    if (felt := _felt(verb)) is not None:
        return _on_verb_line(_subtree(felt[0]), verb)
    if verb.pos_ == "NOUN":
        return _noun_source(verb)
    quotes = doc_quotes(verb.doc)
    # not words of a quotation before the verb, which the parser may make its subject ("“Very good reporter,” Vorn,
    # the harbour master, said")
    subjects = [
        c
        for c in verb.children
        if c.dep_ == "nsubj" and c.lower_ not in EXPLETIVES and not _quoted_away(c, verb, quotes)
    ]
    if subjects and _extraposed(verb):
        subjects = [c for c in subjects if c.lower_ != "it"]  # "it is assumed that", "it is important to note"
    if _fronted_subject(verb) is not None:
        # "“Safety,” said Grimm": the one after the verb, or the one the parser gave the clause after it
        subjects = [c for c in subjects if c.i > verb.i] or [_speaker_after(verb)]
    if subjects:
        subject = max(subjects, key=lambda c: c.i if c.i < verb.i else -c.i)  # the nearest before the verb
        if (denier := _reduced_relative(subject, verb)) is not None:
            return denier
        if (named := _apposed_subject(subject, verb)) is not None:
            return _on_verb_line(verb.doc[_subtree(named).start : _subtree(subject).end], verb)
        return _on_verb_line(_subtree(subject), verb)
    if (named := _named_after_quotation(verb, quotes)) is not None:
        return _on_verb_line(_subtree(named), verb)
    if (going := _participle_subject(verb)) is not None:
        return _on_verb_line(going, verb)
    if (inverted := _inverted_subject(verb)) is not None:
        return _subtree(inverted)
    if (perfect := _perfect_subject(verb)) is not None:
        return _on_verb_line(_subtree(perfect), verb)
    if (stranded := _stranded_subject(verb)) is not None:
        return stranded
    if (named := _compound_subject(verb)) is not None:
        return named
    if (headless := _headless_subject(verb)) is not None:
        return headless
    if (subordinate := _subordinate_subject(verb)) is not None:
        return _subtree(subordinate)
    for child in verb.children:
        if child.dep_ == "agent" and (verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children)):
            return None if (agent := _object_of(child)) is None else _subtree(agent)  # not "said by telephone"
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    if (reduced := _reduced_subject(verb)) is not None:
        return _subtree(reduced)
    if (described := _described_subject(verb)) is not None:
        return described
    if (joined := _dangling_conjunct(verb)) is not None:
        return _on_verb_line(_subtree(joined), verb)
    if (listed := _listed_after(verb)) is not None:
        return _subtree(listed)
    if verb.dep_ == "acl" and _quoted_away(verb.head, verb, quotes):
        # "“Too much hate,” she said, blaming …": the participle the parser hung on the quotation's words goes on
        # with the clause that reports them
        quote = quotes.at(verb.head.idx)
        reporting = next((c for c in verb.head.children if _reporting(c, quote, quotes)), None)
        subject = _plain_subject(reporting) if reporting is not None else None
        return _on_verb_line(_subtree(subject), reporting) if subject is not None else None
    if verb.dep_ == "conj" and _describes_doer(verb.head):
        return _source(verb.head)  # "Hispanics telling their stories and criticizing Trump": the same Hispanics
    if _describes_doer(verb):
        medium = verb.head.head
        if verb.head.dep_ == "pobj" and _medium(medium) and medium.head.pos_ == "VERB":
            return _source(medium.head)  # "Swift posted on Twitter accusing …": not Twitter
        if verb.head.dep_ == "dobj" and verb.head.lemma_.lower() in GATHERINGS and medium.pos_ == "VERB":
            return _source(medium)  # "the senator opened a rally blasting Clinton": the senator blasts, not the rally
        if (taker := _purpose_of(verb)) is not None:
            return _source(taker)  # "took pains to say", "had the courage to say": the one who took or had them
        return noun_phrase(_members(verb.head))  # "a man yelled", "a group backing Bush"
    if (finite := _finite_taken_for_participle(verb)) is not None:
        return finite
    if verb.tag_ == "VBN" and verb.dep_ == "advcl":
        return None  # "Asked about the plan, she said": the one asked is not the source of the question
    if (told := _told_to(verb)) is not None:
        return _subtree(told)
    if (doer := _with_doer(verb)) is not None:
        return _subtree(doer)
    if (earlier := _earlier_clause_subject(verb, quotes)) is not None:
        return _subtree(earlier)
    if (shown := _shown_doing(verb)) is not None:
        return _on_verb_line(_subtree(shown), verb)
    head = verb
    outside = quotes.at(verb.idx) is None
    # "said X and added Y", "he said, adding that", "went on to say", "began by saying", "in addition to stating",
    # "Durbin, noting …, said" (the parser's root on the participle), "gestured, then leaned in and boomed" (a verb
    # the parser hung loose, as "dep", on another); not a finite verb of an adverbial clause
    # ("when workers arriving … refused"): it has a subject of its own
    for _ in range(5):
        if (
            head.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "prep", "pobj", "acomp", "oprd", "parataxis", "dep")
            or head.head.i == head.i
        ):
            break
        if (head.dep_ == "advcl" and head.tag_ in FINITE) or (head.dep_ == "parataxis" and head.head.i > head.i):
            return None  # nor a parenthetical "many argue" before what it reports
        head = head.head
        mistagged = head.pos_ == "ADJ" and any(c.dep_ == "dobj" for c in head.children)  # "surprised Trump by …"
        if head.pos_ not in ("VERB", "AUX") and not mistagged:
            continue
        subject = (
            _set_in_speaker(verb, head)
            or _plain_subject(head)
            or _passive_speaker(head)
            or _shared_passive_subject(verb, head)
            or _dangling_conjunct(head)
            or _inverted_subject(head)
            or _earlier_clause_subject(head, quotes)
        )
        if outside and subject is not None and (quote := quotes.at(subject.idx)) is not None:
            # "she stated, “… an absence of action would have turned Libya into Syria,” adding …": the parser
            # hung the participle on the quotation's words; its speaker is the subject of the verb that the
            # quotation hangs on, or, when the quotation holds the sentence's root, of the reporting clause
            # the parser hung on that root or on the participle ("“…,” he said, also alluding to …")
            while quotes.at(head.idx) == quote and head.head.i != head.i:
                head = head.head
            if quotes.at(head.idx) == quote:
                head = next((c for c in (*head.children, *verb.children) if _reporting(c, quote, quotes)), verb)
            subject = _plain_subject(head)
        if subject is not None and subject.lower_ == "it" and head.lemma_ == "be":
            return None  # "it is important to note", "it is worth noting"
        if subject is not None:
            return _on_verb_line(_subtree(subject), head)
        if verb.dep_ == "conj" and head.i == verb.head.i and (stranded := _stranded_subject(head)) is not None:
            return stranded  # "…, Ohio, Ana Lind railed against them and explained …"
    if (reporter := _continues(verb)) is not None:
        return _source(reporter)  # "Clark said Brooks had begun making calls - there are two - but said …"
    return None


def _named_after_quotation(verb: Token, quotes: Quotes) -> Token | None:
    """ "“Very good reporter,” Vorn, the harbour master, said", "“We had busier markets,” Ada Varga, wearing an
    apron, said": the parser made the quotation's words the verb's subject or clause and hung the speaker after the
    closing quote on them, as an apposition or an object."""
    for words in verb.children:
        quote = quotes.at(words.idx)
        if words.dep_ in ("nsubj", "ccomp") and quote is not None and _quoted_away(words, verb, quotes):
            return next((c for c in words.children if c.dep_ in AFTER_QUOTE and quote[1] <= c.idx < verb.idx), None)
    return None


def _participle_subject(verb: Token) -> Span | None:
    """ "Voters in six states going to the polls on Tuesday said …": the parser made the participle a clause that
    is the verb's subject, with the voters for its own subject; the whole phrase speaks (not "Choosing her signals
    that …", a clause with no subject of its own)."""
    clause = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < verb.i), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None) if clause else None
    return None if subject is None else verb.doc[subject.left_edge.i : clause.right_edge.i + 1]


def _quoted_away(word: Token, verb: Token, quotes: Quotes) -> bool:
    """Whether a word lies in a quoted utterance ("“…,”", "“…?”") that closes before the verb, the verb outside
    it; not a quoted title or phrase ("“Lilyhammer” follows a mobster")."""
    quote = quotes.at(word.idx)
    if quote is None or quote[1] > verb.idx or quotes.at(verb.idx) is not None:
        return False
    return doc_text(verb.doc)[quote[0] : quote[1]].rstrip("”\"'’").endswith(tuple(QUOTE_ENDS))


def _set_in_speaker(verb: Token, head: Token) -> Token | None:
    """ "The ID was found on a pillow, he said, and alleged the suspect later dressed her": a verb of saying joined
    after a reporting clause set into the sentence goes on with that clause's speaker."""
    if verb.dep_ != "conj" or verb.head.i != head.i or not _clause_cue(verb):
        return None
    clauses = (c for c in head.children if c.dep_ == "parataxis" and head.i < c.i < verb.i)
    return next((s for c in clauses if (s := _plain_subject(c)) is not None), None)


def _shared_passive_subject(verb: Token, head: Token) -> Token | None:
    """ "Dock officials were angered by the deal and predicted it would …": the subject of a passive is that of the
    verb joined to it as well."""
    if verb.dep_ != "conj" or verb.head.i != head.i or verb.tag_ == "VBN":
        return None  # "were mocked and criticized": the second passive too, told of the same ones
    if verb.lemma_ in RECIPIENT_OBJECT and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None  # "had been contacted and told that …": told, with no one it told, is passive as well
    if any(c.dep_ == "expl" or c.lower_ in EXPLETIVES for c in verb.children):
        return None  # "were charged …, and there were complaints": the clause has a subject of its own
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _finite_taken_for_participle(verb: Token) -> Span | None:
    """ "A Quinnipiac University poll found last week that …": the sentence's verb, which the parser took for a
    participle describing the noun before it and left the sentence without a verb; that noun's phrase speaks."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head.dep_ != "ROOT" or head.i > verb.i:
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return head.doc[head.left_edge.i : verb.i]


def _describes_doer(verb: Token) -> bool:
    """ "a group backing Bush", "Anyone expecting Trump to pivot", "those backing other candidates": a participle
    after the one who does it."""
    head = verb.head
    doer = head.pos_ in ("NOUN", "PROPN", "PRON", "DET")
    return verb.dep_ == "acl" and verb.tag_ != "VBN" and head.i < verb.i and doer


def _purpose_of(verb: Token) -> Token | None:
    """The verb whose object an infinitive describes, when it takes a thing one uses to speak ("took pains to say",
    "seized the chance to say"), not someone ("hired a lawyer to argue it": the lawyer argues)."""
    noun = verb.head
    if verb.tag_ != "VB" or not _infinitive(verb):
        return None
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.ent_type_ or noun.head.lemma_ not in OCCASIONS:
        return None
    return noun.head


def _members(noun: Token) -> Token:
    """Who a share stands for: "the proportion of GOP voters saying …" is the voters saying it."""
    if noun.lemma_.lower() not in SHARES:
        return noun
    return next((o for c in noun.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), noun)


def _shown_doing(verb: Token) -> Token | None:
    """ "The killings have left 62 percent of voters saying …", "a video shows Trump saying …": a participle right
    after the object of a verb of leaving or showing is what the object does."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.lemma_ not in SHOWING or head.i > verb.i:
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == verb.i), None)
    return None if obj is None else _members(obj)


def _fronted_subject(verb: Token) -> Token | None:
    """ "Couple exposure with a lightning rod and Clevelanders get nervous, said Christine Link": the parser made
    the reported words a subject of the verb too, before it and cut off from it by a comma; returns them."""
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not before or _speaker_after(verb) is None:
        return None
    gap = verb.doc[before[-1].right_edge.i + 1 : verb.i]
    return before[-1] if any(t.text == "," for t in gap) and all(t.is_punct for t in gap) else None


def _speaker_after(verb: Token) -> Token | None:
    """The speaker after the verb: its own subject ("…, said Christine Link") or the one the parser gave the reported
    clause, set off by commas ("Any fair reading of his actions, said Ada Varga, an expert, would see …")."""
    own = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if own is not None or clause is None:
        return own
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    # set off by commas: "Ada Varga, an expert,", not "said the problem was …"
    return subject if subject is not None and subject.right_edge.text == "," else None


def _perfect_subject(verb: Token) -> Token | None:
    """ "He's said the same thing", "she's argued that …": the parser read the "'s" of "has" as a passive's "is";
    a verb with an object or clause of its own after it is active, and its "passive" subject says it."""
    children = _first_children(verb)
    aux, subject = children.get("auxpass"), children.get("nsubjpass")
    if aux is None or aux.lower_ not in ("'s", "’s") or subject is None or subject.lower_ in ("it", "that"):
        return None
    return subject if any(c.dep_ in ("dobj", "ccomp") and c.i > verb.i for c in verb.children) else None


def _told_to(verb: Token) -> Token | None:
    """ "The release of the emails led the party chair to announce her resignation", "prompted some allies to
    worry": the object of the verb an infinitive complements is who does it, not that verb's subject (not so for a
    clause of purpose: "held a press conference to announce …")."""
    if verb.dep_ != "xcomp" or not _infinitive(verb):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _continues(word: Token) -> Token | None:
    """ "Khalif said the rhetoric has been patronizing, noting her remarks", "she said she regretted her remarks and
    promised to stay out of it": a participle after a comma, or a verb in the reporting verb's tense joined by
    "and", that the parser hung on the clause a verb reports continues that verb, not the clause, as does a participle
    joined to what a reporting participle governs ("urging voters to see it and promising …"); returns the verb.
    Not when it has a subject of its own, nor a participle when the clause's subject is a name ("the official said
    Reid quieted the room, telling his colleagues …": Reid told them); a verb joined by "and" goes on even then
    ("Ms. Khan said Mr. Trump was ignorant of Islam and criticized him for …")."""
    clause = _joined_clause(word)  # "said her father has been an advocate and would do the same, saying …"
    verb = clause.head
    if word.tag_ == "VBG" == verb.tag_ and word.dep_ == "conj":
        return verb  # "urging voters to see the big picture and promising to …": the participles go together
    if _of_noun(clause):
        verb = verb.head  # "rejected the idea that he would be a drag, saying …"
    elif clause.dep_ != "ccomp":
        return None
    if not verb.i < clause.i < word.i:
        return None
    start = word.left_edge.i
    before = start - 1
    while before > 0 and word.doc[before].text in CLOSERS:  # "… “expanded the party,” claiming that …"
        before -= 1
    participle = word.dep_ == "advcl" and word.tag_ == "VBG" and word.doc[before].text in SEPARATORS
    # the tense in the verb or in its auxiliary: "said that … but did not suggest it"
    tenses = {word.tag_, *(c.tag_ for c in word.children if c.dep_ == "aux")}
    if tenses == {"VBN"} and not _auxiliaries(word) and not _auxiliaries(clause):
        tenses.add("VBD")  # a bare participle joined to a bare past is a past misread: "heard … and suspected"
    if tenses == {"VB"} and not any(c.tag_ in ("MD", "TO") or c.lemma_ == "do" for c in clause.children):
        tenses.add("VBP")  # nor modal nor "to" nor "do" makes it bare: "fear that she has missed it and warn that"
    if not participle and not (word.dep_ == "conj" and verb.tag_ in tenses and clause.dep_ == "ccomp"):
        return None  # (a verb joined to the clause of a noun goes on with the clause: "that she knew and wanted")
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
        return None
    heads = (clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass")))  # "Henry became infuriated"
    subject = next((c for head in heads for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    named = subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ == "PERSON")
    # after a quotation that ends the clause, the one quoted goes on ("told Newsmax that Romney “had a crazy
    # policy,” adding, “…”": Trump adds)
    quoted = word.doc[before + 1].text in CLOSERS
    return None if named and word.dep_ != "conj" and not quoted else verb


def _joined_clause(word: Token) -> Token:
    """The clause a word hangs on, past the conjuncts before it: the first of the clauses joined there."""
    clause = word.head
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    return clause


def _auxiliaries(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _of_noun(clause: Token) -> bool:
    """ "the idea that …", "accusations that …": a that-clause of the object of a verb, which it rejects or makes."""
    noun = clause.head
    return (
        clause.dep_ == "acl"
        and noun.dep_ == "dobj"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def _reporting(clause: Token, quote: tuple[int, int], quotes: Quotes) -> bool:
    """A clause with a subject of its own right beside the quotation: "he said" in "“…,” he said" or
    "he said, “…”"."""
    subject = _plain_subject(clause)
    if clause.dep_ not in ("parataxis", "conj") or quotes.at(clause.idx) is not None or subject is None:
        return False
    text, start, end = doc_text(clause.doc), min(subject.left_edge.idx, clause.idx), clause.idx + len(clause)
    after = quote[1] <= start and BETWEEN.match(text[quote[1] : start])
    return bool(after or (end <= quote[0] and BETWEEN.match(text[end : quote[0]])))


def _passive_speaker(verb: Token) -> Token | None:
    """ "Silverman was joined on stage and joked, “…”": a person a passive verb is told of, who may go on to speak."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.lower_ in PRONOUNS | {"they"}):
        return None
    return subject


def _plain_subject(verb: Token) -> Token | None:
    """The verb's subject, if it is a word (not "there", not a dateline the parser took for one, nor words set off
    before another subject by a dash or a closing quotation mark: "Velmora (HPA) – Mayor Vorn has taken …")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in EXPLETIVES and not _a_dateline(c)]
    # nor a place or a time taken for a subject besides the real one ("In Salem, New Hampshire, Trump went …")
    while len(subjects) > 1 and (_set_off(subjects[0]) or subjects[0].ent_type_ in WHEN | WHERE):
        subjects.pop(0)
    return subjects[0] if subjects else None


def _set_off(phrase: Token) -> bool:
    """A phrase that ends at a spaced dash or a closing quotation mark, or right before one."""
    last = phrase.right_edge
    return any(_spaced_dash(t) or t.text in CLOSERS for t in (last, _next_word(last)) if t is not None)


def _first_children(word: Token, skip: Token | None = None) -> dict[str, Token]:
    """The first child of each dependency (a second ccomp is the parser's run-on), leaving out one word."""
    children: dict[str, Token] = {}
    for child in word.children:
        if skip is None or child.i != skip.i:
            children.setdefault(child.dep_, child)
    return children


def _felt(verb: Token) -> tuple[Token, Token, Token | None] | None:
    """The one a feeling is told of (who holds the view), what moved it (what the view is of, not its source) and
    the passive's "by": "Tiegen was troubled by Clinton's handling of …", "Sanders's attacks alarmed her
    supporters"."""
    if verb.lemma_ not in FEELINGS | HELD:
        return None
    children = _first_children(verb)
    if "nsubjpass" in children and "agent" in children and (cause := _object_of(children["agent"])) is not None:
        return children["nsubjpass"], cause, children["agent"]
    holder = children.get("nsubjpass")
    if holder is None and "auxpass" in children:  # "Not everyone is convinced": the parser hangs it on the "is"
        holder = next((c for c in children["auxpass"].children if c.dep_ == "nsubj"), None)
    if holder is not None and "auxpass" in children:  # "officials were thrilled with the editorial"
        if "ccomp" in children:
            return holder, children["ccomp"], None  # "is convinced the issue will …"
        about = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in HELD_PREPS), None)
        cause = next((c for c in about.children if c.dep_ in ("pobj", "pcomp")), None) if about is not None else None
        if cause is not None:  # "split on the question", "split on whether …"
            return holder, cause, about
    if verb.lemma_ in HELD:
        return None  # "the debate convinced many that …" is the clause's, as any verb's
    if "auxpass" in children or "prt" in children or verb.lemma_ == "encourage":
        return None  # "encouraged a fast", "encouraged voters to stay home" urge; "rattled off a point" recites
    subject, obj = children.get("nsubj"), children.get("dobj")
    if subject is not None and obj is not None and subject.i < verb.i < obj.i:
        return obj, subject, None
    return None


def _object_of(prep: Token) -> Token | None:
    """The noun a preposition (or a passive's "by") governs."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _inverted_subject(verb: Token) -> Token | None:
    """ "“…,” added Gowdy.": the speaker after a verb that follows its quotation, which the parser took for the
    verb's object (or an adverb). Only a phrase that ends the sentence, or that a participle or a relative clause
    follows ("added Murphy, referring to …", "asked the boy, who …"), and not whom one told ("“…,” told him")."""
    if verb.tag_ not in FINITE | {"VB"} or (verb.lemma_ in RECIPIENT_OBJECT and verb.lemma_ != "ask"):
        return None  # but "“…?” asked the boy": the one asking; "“…,” read one": a past the tagger took for a base
    doc = verb.doc
    before = [t for t in doc[verb.sent.start : verb.i] if not t.is_space][-3:]
    if before and before[-1].text == ",":
        before = before[:-1]  # "“…”, added Gowdy"
    elif len(before) > 1 and before[-2].text not in QUOTE_ENDS:
        return None  # "“Entertainment Tonight” broadcast a segment": the quotation is the subject
    if not before or not before[-1].is_quote or doc[before[-1].i - 1].whitespace_:
        return None  # not after a closing quotation mark
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None and (name := _next_word(verb)) is not None:  # "said Skelly, explaining …": taken for an adverb
        named = name.pos_ == "PROPN" or (name.is_title and name.ent_type_ not in WHEN)
        obj = name if name.head.i == verb.i and name.dep_ in ("advmod", "npadvmod") and named else None
    if obj is None:
        return _subject_of_later_verb(verb)
    if (obj.pos_ == "PRON" and obj.lower_ in OBJECT_PRONOUNS) or obj.ent_type_ in WHEN:
        return None  # not "“…,” said Tuesday"
    rest = doc[obj.right_edge.i + 1 : verb.sent.end]
    if len(rest) > 1 and rest[0].text == "," and rest[1].head.i == verb.i and rest[1].tag_ == "VBG":
        return obj  # "“…,” added Murphy, referring to …"
    comma = (after := _next_word(obj)) is not None and after.text == ","
    if comma and any(c.dep_ == "relcl" for c in obj.children):
        return obj  # "“…?” asked the boy, who was wearing a hat and said …": the one it describes
    # where and when it was said may follow ("added the mayor at a meeting of the board")
    setting = _circumstances(verb)
    return obj if all((t.is_punct and not t.is_quote) or t.is_space or t.i in setting for t in rest) else None


def _circumstances(verb: Token) -> set[int]:
    """The words of the verb's own prepositional and noun phrases of time and place ("at the meeting", "Tuesday")."""
    return {t.i for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree}


def _subject_of_later_verb(verb: Token) -> Token | None:
    """ "“…,” said the woman, who did not want to be named": the phrase right after the verb, which the parser
    made the subject of a verb after it."""
    if (word := _next_word(verb)) is None:
        return None
    while word.dep_ in ("compound", "amod", "det", "nmod") and word.head.i > word.i:
        word = word.head
    if word.dep_ in ("nsubj", "nsubjpass") and word.pos_ in ("NOUN", "PROPN") and word.head.i > word.i:
        return word
    return None


def _stranded_subject(verb: Token) -> Span | None:
    """ "“…,” Gene Sperling, a Clinton adviser, said": a subject the parser hung on a word before it (as an
    attribute, a conjunct or an apposition), which leaves the main verb without one. The phrase right before the
    verb (past the verb's own adverbs, prepositions and commas) is the subject when it starts a clause; of the
    phrases that hold that word, the widest that does ("the candidate", not "hosts Joe Scarborough and Mika
    Brzezinski, the candidate")."""
    if any(c.dep_ in ("csubj", "expl") for c in verb.children):
        return None  # "Choosing her signals that …": a clause is the subject
    doc, i = verb.doc, verb.i - 1
    # but "“They were rivals,” William Daley, Obama's chief of staff, said", joined to the quotation, and "It was no
    # accident — Brendan Buck, a spokesman, told POLITICO", joined to the clause before a dash, and "Facebook built
    # the tool, a spokeswoman, Ada Varga, said", joined to it by a comma alone (not "…, Ohio; clashed", nor "and")
    joined = verb.dep_ in ("conj", "parataxis") and (
        _quoted_head(verb)
        or any(_spaced_dash(t) for t in doc[verb.head.i + 1 : verb.i])
        or (doc[verb.i - 1].text == "," and not _coordinated(verb))
    )
    if verb.dep_ != "ROOT" and not joined:
        return None
    while i >= verb.sent.start:
        if (aside := _aside(doc[i], verb)) is not None:
            i = aside.left_edge.i - 1  # "Texas, leading a coalition of 13 states, asked": past the participle
        elif doc[i].is_punct or doc[i].is_space or (doc[i].head.i == verb.i and doc[i].dep_ in VERB_MODIFIERS):
            i = doc[i].left_edge.i - 1 if doc[i].head.i == verb.i else i - 1
        else:
            break
    if i < verb.sent.start:
        return None
    chain = [doc[i]]
    while (word := chain[-1]).head.i < verb.i and word.head.i != word.i:
        if word.dep_ in PHRASE_INNER or _coordinated(word) or _describes_name(word):
            chain.append(word.head)
        elif (described := _described_noun(word, verb)) is not None:
            chain.append(described)
        else:
            break
    word = next((word for word in reversed(chain) if _stranded(word, verb)), None)
    return None if word is None else doc[_phrase_start(word) : word.right_edge.i + 1]


def _subordinate_subject(verb: Token) -> Token | None:
    """ "…, as Patti Davis, Reagan's daughter, attacked Trump", "after Chairman Gowdy earlier touted progress": the
    parser took the conjunction for a preposition and the clause's subject for its object."""
    if verb.dep_ != "advcl" or verb.tag_ not in FINITE:
        return None  # not "went before reporters to denounce it": an infinitive has no subject of its own
    if _has_subject(verb):
        return None
    for prep in (c for c in verb.head.children if c.dep_ == "prep" and c.lower_ in CIRCUMSTANCES and c.i < verb.i):
        subject = _object_of(prep)
        if subject is None or subject.right_edge.i + 1 != verb.left_edge.i:
            continue
        # a phrase with a verb in it is no misread subject ("began at 7 a.m., when drivers arriving … refused")
        return None if any(t.pos_ in ("VERB", "AUX") for t in subject.subtree) else subject
    return None


def _with_doer(verb: Token) -> Token | None:
    """ "The conversation ended with Maddow asking Clinton whether …": the one "with" names right before a
    participle does it, however the parser hung the participle."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    doer = verb.nbor(-1)
    return doer if doer.dep_ == "pobj" and doer.head.lower_ == "with" else None


def _earlier_clause_subject(verb: Token, quotes: Quotes) -> Token | None:
    """ "Kasich offered the man a job, then says he'll welcome advice": a verb right after a clause that the parser
    made its complement, with another complement after it, shares that clause's subject (not a quotation's:
    "“Republicans are frustrated,” said …" names its speaker after the verb)."""
    before = [c for c in verb.lefts if c.dep_ == "ccomp"]
    after = next((c for c in verb.rights if c.dep_ in ("ccomp", "dobj", "xcomp")), None)
    if not before or after is None:
        return None
    named = _plain_subject(after)
    if named is not None and named.left_edge.i == verb.i + 1:
        edge = verb.doc[named.right_edge.i : named.right_edge.i + 2]
        if any(t.text == "," for t in edge):
            return None  # "…, said terminal manager Jasper Hall, ready to …": the speaker after the verb
    # only the verb's adverbs and times between: ", then says", ", last week said"
    adverbs = {t.i for c in verb.lefts if c.dep_ in ("advmod", "npadvmod") for t in c.subtree}
    if any(not t.is_punct and t.i not in adverbs for t in verb.doc[before[-1].right_edge.i + 1 : verb.i]):
        return None
    if any(c.dep_ == "conj" for c in before[-1].children):
        return None  # "Few would admit this, but Murphy (…) says …": the clause's own conjunct holds the speaker
    subject = _plain_subject(before[-1])
    if subject is None or subject.lower_ in ("it", *EXPLETIVES) or quotes.at(subject.idx) is not None:
        return None
    return subject


def _compound_subject(verb: Token) -> Span | None:
    """ "…, Federal Election Commission records show.", "Dems hope …", "About 4 in 10 say …", "Less than a third
    agreed …": the parser hung the subject's words on the verb as compounds, a number or a measure (the tagger may
    have taken "records" for a verb too)."""
    words = [
        c
        for c in verb.children
        if (c.dep_ == "compound" and c.i < verb.i)
        or (c.dep_ in ("nummod", "npadvmod") and c.right_edge.i == verb.i - 1 and c.ent_type_ not in WHEN)
    ]
    if not words:
        return None
    return verb.doc[min(w.left_edge.i for w in words) : verb.i]


def _described_noun(word: Token, verb: Token) -> Token | None:
    """The noun that a relative clause or participle holding the word describes ("an intelligence source, who
    was not authorized to speak on the record,")."""
    for ancestor in word.ancestors:
        if ancestor.i >= verb.i:
            return None
        if ancestor.dep_ in ("relcl", "acl") and ancestor.head.pos_ in ("NOUN", "PROPN") and ancestor.head.i < word.i:
            return ancestor.head
    return None


def _quoted_head(verb: Token) -> bool:
    """Whether the verb hangs on words of a quotation before it."""
    quote = doc_quotes(verb.doc).at(verb.head.idx)
    return quote is not None and quote[1] <= verb.idx


def _coordinated(word: Token) -> bool:
    """ "Trump and his supporters": a conjunct joined by a conjunction, not a list's comma."""
    return word.dep_ == "conj" and any(c.dep_ == "cc" and word.head.i < c.i < word.i for c in word.head.children)


def _describes_name(word: Token) -> bool:
    """ "Gene Sperling, a top adviser": an apposition that says what a named person is."""
    return word.dep_ == "appos" and word.ent_type_ != "PERSON" and word.head.ent_type_ in ("PERSON", "ORG")


def _stranded(word: Token, verb: Token) -> bool:
    """A noun phrase that starts a clause, hung where no subject goes: on a word before the verb as an attribute,
    conjunct or apposition, or on the verb itself as a name the parser took for an adverb ("But Bill Skelly …")."""
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    if word.head.i == verb.i:
        if word.dep_ not in ("advmod", "npadvmod", "dep") or word.ent_type_ not in ("PERSON", "ORG"):
            return False
    elif word.dep_ not in ("attr", "conj", "appos") and not _second_object(word):
        return False
    start = _phrase_start(word)
    before = word.doc[start - 1] if start > word.sent.start else None
    return before is None or before.is_punct or (before.dep_ == "cc" and before.i == word.sent.start)


def _aside(word: Token, verb: Token) -> Token | None:
    """The participle clause of the verb that holds the word, when commas set it off before the verb."""
    clause = next((a for a in (word, *word.ancestors) if a.head.i == verb.i), None)
    if clause is None or clause.i == verb.i or clause.dep_ != "advcl" or clause.tag_ not in ("VBG", "VBN"):
        return None
    start = clause.left_edge.i
    return clause if start > verb.sent.start and verb.doc[start - 1].text == "," and clause.i < verb.i else None


def _second_object(word: Token) -> bool:
    """ "At an event in Lenby, Ohio, Ana Lind railed against …": a second object of one preposition, which the
    parser gave it when the phrase ran into the subject."""
    return word.dep_ == "pobj" and any(c.dep_ in ("pobj", "pcomp") and c.i < word.i for c in word.head.children)


def _phrase_start(word: Token) -> int:
    """Where the phrase of a word starts: its left edge, but not inside a quotation before it ("“… hunky-dory,”
    Gene Sperling": the parser hung the quotation's last words on the name)."""
    doc = word.doc
    marks = [t.i for t in doc[word.left_edge.i : word.i] if t.is_quote and doc[t.i - 1].is_punct and t.whitespace_]
    return marks[-1] + 1 if marks else word.left_edge.i


def _a_dateline(subject: Token) -> bool:
    """A subject that is all dateline, which the parser may take for a second subject: "BUFFALO, N.Y. — …, Wild
    coach Bruce Boudreau expressed confidence …, saying …"."""
    start = subject.left_edge.idx
    end = after_dateline(doc_text(subject.doc), start)
    return start < end and subject.right_edge.idx < end


def _reduced_subject(verb: Token) -> Token | None:
    """A subject the parser took for a clause before the verb (the verb has a clause after it too): "Drivers stuck in
    the queue said the standoff had cost them" (a participle right before the verb), "Jeffrey Salkin, a rabbi
    helping to organize the boycott, said …" and "One attendee, who spoke on the condition of anonymity, said …" (a
    subject set off by a comma, then a comma before the verb: what follows the subject is no clause of its own),
    "Activists clamoring to block him say …" (a participle with its subject, right before the verb)."""
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    before = [c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i < verb.i]
    if not before:
        return None
    clause = before[0]
    gap = [t.text for t in verb.doc[clause.right_edge.i + 1 : verb.i]]
    if clause.dep_ == "advcl":
        reduced = clause.tag_ == "VBG" and _plain_subject(clause) is not None
        return clause if reduced and not gap else None
    if clause.tag_ in ("VBN", "VBD") and not gap:
        return clause
    subject = _plain_subject(clause)
    aside = subject is not None and any(t.text == "," for t in verb.doc[subject.i : clause.i])
    return clause if aside and gap == [","] else None


def _headless_subject(verb: Token) -> Span | None:
    """ "“…,” the 52-year-old said": the parser hung the words of a subject without a noun on the verb itself, as a
    determiner and its modifiers, right before it; they are the subject."""
    det = next((c for c in verb.children if c.dep_ == "det" and c.i < verb.i), None)
    if det is None:
        return None
    words = verb.doc[det.i : verb.i]
    if len(words) < 2 or any(not det.i <= t.head.i <= verb.i for t in words):
        return None
    return words


def _described_subject(verb: Token) -> Span | None:
    """ "Majorities of Democrats going to the polls Tuesday say …", "Activists clamoring to block him say …": the
    parser made the participle after the subject the sentence's verb, with the verb of saying hanging off it; the
    subject and its participle phrase speak."""
    head = verb.head
    if verb.dep_ != "dep" or head.i > verb.i or head.tag_ not in ("VBG", "VBN"):
        return None
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    subject = _plain_subject(head)
    if subject is None or subject.i > head.i:
        return None
    return verb.doc[subject.left_edge.i : verb.i]


def _dangling_conjunct(verb: Token) -> Token | None:
    """ "Pastor Cranston stood at his pulpit and, citing Exodus, endorsed Cruz", "But she has promised …, opposed the
    deal": the parser hung a clause before the verb that it should have joined to it, with a conjunction and no
    conjunct; the verb shares that clause's subject."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None or any(c.dep_ == "conj" for c in clause.children):
        return None
    if not any(c.dep_ == "cc" for c in clause.children):
        return None
    subject = _plain_subject(clause)
    dummy = subject is not None and subject.lower_ == "it" and clause.lemma_ == "be"
    return None if dummy else subject  # "But it is unclear whether …, has said": no one is "it"


def _listed_after(verb: Token) -> Token | None:
    """ "when Kelly speculated about the cost, referred to her divisiveness": a finite verb that the parser hung
    beside the clause right before it (comma included) rather than joining it; the verb shares that clause's
    subject."""
    if verb.dep_ != "advcl" or verb.tag_ not in FINITE:
        return None
    before = next((c for c in verb.head.children if c.dep_ == "advcl" and c.right_edge.i == verb.left_edge.i - 1), None)
    return None if before is None else _plain_subject(before)


def _extraposed(verb: Token) -> bool:
    """A clause standing for a dummy "it" subject: a passive or "be" with a clause after it."""
    clause = any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children)
    dummy = verb.lemma_ == "be" or any(c.dep_ == "auxpass" for c in verb.children)
    return clause and dummy


def _noun_source(noun: Token) -> Span | None:
    """The one whose statement, view or call a noun cue names: "Trump's remarks", "her call for", or the
    subject of the verb that takes it ("she voiced support")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    # a verb the tagger took for a noun: it takes a clause or object, or heads the sentence with a preposition after
    # it ("Merkel talks about …", "The findings point to …")
    verbal = any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in noun.children) or (
        noun.dep_ == "ROOT" and any(c.dep_ == "prep" and c.i > noun.i for c in noun.children)
    )
    if owner is None and verbal:
        owner = next((c for c in noun.children if c.dep_ == "nsubj"), None)
        if owner is None and (named := _compound_subject(noun)) is not None:
            return named  # "Trump estimates that he spent …"
        if owner is None and (before := _named_before(noun)) is not None:
            return before  # "Many fear …", "Some view …": the words before it
    if owner is not None:  # ("Trump claims he's worth $10 billion", "Super PAC blasts Trump")
        return _subtree(owner)
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
    if by is not None and (agent := _object_of(by)) is not None:
        return _subtree(agent)
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        return _source(noun.head)
    if noun.dep_ == "dobj" and noun.head.dep_ == "ROOT" and noun.head.is_title and noun.head.i == noun.i - 1:
        return noun.doc[noun.head.left_edge.i : noun.head.i + 1]  # "Trump calls for …", the name read as a verb
    return None


def _named_before(noun: Token) -> Span | None:
    """The words the parser hung before a sentence's verb it took for a noun, when they name someone ("Merkel talks
    about …") or how many ("Many fear …", "Two-thirds support …"), not an article's phrase ("The only hope …")."""
    words = noun.doc[noun.left_edge.i : noun.i]
    if noun.dep_ != "ROOT" or not 0 < len(words) <= 3 or any(t.dep_ not in NOUN_MODIFIERS for t in words):
        return None
    named = any(t.pos_ in ("PROPN", "NUM") or t.lower_ in QUANTIFIERS for t in words)
    return words if named and words[0].lower_ not in ARTICLES else None


def _reduced_relative(subject: Token, verb: Token) -> Span | None:
    """ "…, a charge Kigali has repeatedly denied": who says what the noun names, in a relative clause without
    "that". The parser makes the name the charge's apposition ("charge" the subject) or makes the charge a
    compound of the name; either way the speaker is the name alone."""
    doc = subject.doc
    after = doc[subject.i + 1] if subject.i + 1 < verb.i else None
    if subject.lemma_.lower() in SAID_NOUNS and after is not None and after.dep_ == "appos" and after.pos_ == "PROPN":
        return _subtree(after) if after.head.i == subject.i else None
    said = [c for c in subject.lefts if c.dep_ == "compound" and c.lemma_.lower() in SAID_NOUNS]
    if subject.pos_ == "PROPN" and said and any(c.dep_ == "det" for c in said[-1].lefts):
        return doc[said[-1].i + 1 : subject.i + 1]
    return None


def _apposed_subject(subject: Token, verb: Token) -> Token | None:
    """The name a subject is an apposition of, when the parser hung both on the verb: "Daso Varga, the spokesman for
    the police command, said", read as two subjects or with the name as an adverbial noun, is one source."""
    start = _subtree(subject).start
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "npadvmod")
            and c.pos_ == "PROPN"  # a name: not "One after another, mining companies said"
            and c.ent_type_ not in WHEN  # not "Friday, Trump said"
            and _subtree(c).end == start - 1
            and c.doc[start - 1].text == ","
        ),
        None,
    )


def _on_verb_line(source: Span, verb: Token) -> Span:
    """Cut a subject that reaches over a line break (a timestamp or headline above) to the verb's line, without
    a dateline, and one the parser grew over a speech participle: in "with Trump stating losses were high but
    asserting…" it reads "Trump stating losses" as one noun phrase, whose speaker is "Trump"."""
    breaks = [t.i for t in source if t.i < verb.i and "\n" in t.text]
    if breaks and breaks[-1] + 1 < source.end:
        source = source.doc[breaks[-1] + 1 : source.end]
    text = doc_text(source.doc)
    words = after_dateline(text, text.rfind("\n", 0, source.start_char) + 1)  # "CLEVELAND - Donald Trump"
    if words > source.start_char:  # also a source that opens inside it: "[MYRTLE BEACH,] S.C. - Sen. Ted Cruz"
        source = source.doc[next((t.i for t in source if t.idx >= words), source.start) : source.end]
    speech = next((t for t in source[1:] if t.tag_ == "VBG" and t.lemma_ in CLAUSE_CUES), None)
    source = source.doc[source.start : speech.i] if speech is not None else source
    return _after_quotation(source)


def _after_quotation(source: Span) -> Span:
    """A subject without the quotation before it, which the parser may hang on it ("“It's unanimous,”
    councilmember Mark Levine said"), and without the closing mark or stop of the sentence before."""
    doc, end = source.doc, source.end
    start = _phrase_start(source.root) if source.root.left_edge.i == source.start else source.start
    while start + 1 < end and _closing(doc[start]):
        start += 1
    return doc[start:end]


def _closing(token: Token) -> bool:
    """Punctuation that ends the words before it: attached to them, and not an opening quotation mark."""
    doc = token.doc
    attached = token.i > 0 and not (doc[token.i - 1].whitespace_ or doc[token.i - 1].is_space)
    return token.is_punct and attached and not (token.is_quote and not token.whitespace_)
