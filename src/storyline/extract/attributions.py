"""Who said what: attributions (source, cue, content) read off the one spaCy parse of an article.

A cue is a word the cue model (attribution_cues.py, trained on PolNeAR) scores high enough, or
"according to", or a name before a colon; its subject is the source and its clausal complement,
object, or the quotation standing next to it is the content. Spans follow PolNeAR's
conventions so the evaluation can score them: content keeps its quote marks,
the cue keeps its verb group (auxiliaries, negation, "said in a statement:"),
and a quotation that continues in the next sentences belongs to the same
attribution. Only the outermost attribution is kept when one nests in another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.extract.attribution_cues import (
    CLAUSE_CUES,
    CueModel,
    is_candidate,
    lemma_feature,
    probabilities,
    spelled,
)
from storyline.extract.attribution_cues import weights as cue_weights
from storyline.extract.entities import VERB_LEADS
from storyline.extract.nlp import doc_text, noun_phrase
from storyline.extract.places import geocode, major_city
from storyline.extract.quotations import CLOSERS, Quotes, doc_quotes
from storyline.extract.speakers import PRONOUNS, RELATIVES, Speakers
from storyline.extract.times import LABELS as WHEN
from storyline.model import Attribution, Entity, TextSpan
from storyline.stories.text import after_dateline

RAISING = frozenset({"seem", "appear"})  # "X seems to Y": the author's hedge, no source (unless Y reports)
# Verbs whose infinitive complement, when it reports, is the report: "seemed to urge", "continued to question"
CARRIERS = RAISING | {"continue"}
HEARSAY = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})  # an unnamed source's claim
POLLS = frozenset({"poll", "survey"})  # "In a new poll, Trump leads": the poll says so
# Verbs that report speech only when a quotation is what they carry: "“…,” he continued." but not
# "he continued to campaign".
QUOTING = frozenset("speak talk continue observe charge quip muse exclaim retort scoff sigh laugh read".split())
# Verbs whose bare object is not what is said but the one told ("told reporters").
RECIPIENT_OBJECT = frozenset("tell ask inform assure remind urge warn thank congratulate".split())
TOLD = frozenset("story tale joke truth lie anecdote".split())  # what one tells, not whom
SUPPORT = frozenset("support backing endorsement weight".split())  # thrown behind someone ("his weight behind Ryan")
# feelings: who is "troubled by" something, or whom something "alarmed", holds the view, and the something is what
# it is of
FEELINGS = frozenset(
    "trouble frustrate rattle concern worry bother disturb alarm surprise shock disappoint encourage impress intrigue "
    "anger upset offend outrage dismay puzzle annoy irritate delight please thrill stun horrify appal appall "
    "infuriate unnerve embolden reassure hearten sadden".split()
)
HELD = frozenset("convince persuade split divide satisfy".split())  # "voters are split on it": a view the subject holds
HELD_PREPS = frozenset("with about over on at of".split())
SETTING_PREPS = frozenset("in on at during".split())
# nouns whose "that" clause is their own ("insisted on the claim that …"), not a verb's words the parser hung there
PROPOSITIONS = frozenset(
    "fact claim idea notion belief view assertion allegation suggestion argument hope fear".split()
)
# a bare answer is what was said: "said so", "did not explain why", "would not say when"
ANSWERS = frozenset({"yes", "no", "so", "why", "how", "when", "where"})
NAMING = frozenset({"call"})  # says something only when it names its object something ("called it a betrayal")
# Prepositions that link a cue verb to its content: "called for", "pointed to", "talked about".
CONTENT_PREPS = frozenset("about for to on against of with at over into".split())
MOMENTS = frozenset("point first time outset moment start end beginning once last".split())  # "at one point"
# "has drawn harsh criticism from", "faced questions from", "won praise from": what others said of the subject
RECEIVING = frozenset("draw receive face earn attract garner win get elicit provoke spark invite".split())
REACTIONS = frozenset(
    "criticism praise condemnation fire rebuke backlash ire scorn outrage applause support questions calls "
    "complaints warnings accusations attacks endorsement endorsements pushback flak blowback ridicule derision "
    "criticisms praises".split()
)
# "apologized to his supporters for the breach": whom it was said to, and what it was said of
TO_HEARER = frozenset("apologize complain confess boast brag vent open".split())
TOPIC_PREPS = frozenset("about for over on of against".split())
ASKED_MARKS = frozenset({"for", "if", "whether"})  # "called for X to resign", "asked if X would resign"
# Nouns naming the medium of a statement: "said in a statement", "wrote on Twitter".
MEDIA = frozenset(
    "statement interview email e-mail tweet twitter facebook post release letter speech conference call "
    "briefing message op-ed column essay video appearance address memo report".split()
)
GATHERINGS = frozenset("rally event meeting debate hearing forum session".split())  # where one speaks
# Parts of speech a clause can open with after its "that": "reported that the agreement …"
CLAUSE_OPENERS = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"})
# Verbs that put out a statement, letter or speech: "issued a statement saying …"
PUBLISHING = frozenset("release issue send post publish write sign deliver give put tweet".split())
ON_MEDIA = frozenset(
    "twitter facebook call video program show radio television air podcast".split()
)  # "on Twitter", "on a conference call", "on Glenn Beck's radio program"
EXPLETIVES = frozenset({"there"})
NOUN_MODIFIERS = frozenset({"compound", "amod", "det", "nummod", "quantmod", "punct"})
OCCASIONS = frozenset("take have find make use seize miss get".split())  # "took the opportunity to say"
SHOWING = frozenset("leave have keep find see hear catch show watch quote".split())  # "shows Trump saying"
SHARES = frozenset("proportion percent percentage share number majority minority half third quarter plurality".split())
QUANTIFIERS = frozenset("many some most few several others both all".split())  # "Many fear …": many people
ARTICLES = frozenset("the a an this that these those".split())
OPENERS = frozenset({"advmod", "neg", "cc", "punct", "intj", "dep"})  # what may come before an imperative
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
WHERE = frozenset({"GPE", "LOC", "FAC"})
DASHES = frozenset({"-", "--", "–", "—"})
BREAKS = DASHES | {":", ";"}  # between clauses of a sentence
SEPARATORS = BREAKS - {":"} | {","}
OBJECT_PRONOUNS = frozenset("me us him her them it".split())
REFLEXIVES = frozenset("myself yourself himself herself itself ourselves yourselves themselves".split())
QUOTE_ENDS = frozenset(",?!—")
VERB_MODIFIERS = frozenset({"advmod", "prep", "npadvmod", "punct", "aux", "neg"})
PHRASE_INNER = frozenset({"pobj", "prep", "compound", "amod", "det", "poss", "case", "nummod", "punct"})
# Verbs of force: PolNeAR's annotators sometimes draw them as cues of a stance ("attacked Clinton's record"), so
# the cue model may take "Police fired tear gas" for one; who does them is a side of an event, not a speaker.
FORCE = frozenset("attack kill fire shoot strike bomb raid storm shell capture seize arrest detain disperse".split())
CONTRASTS = frozenset({"though", "although", "whereas", "while"})  # "…, though critics doubt it"
# words that open a clause of when, why or on what condition: "…, she said, when she was asked"
CIRCUMSTANCES = frozenset("when while after before because since if as until once".split())
# labels a headline or a page's metadata opens with before a colon ("BREAKING: …", "BYLINE: …", "h/t: …"): no
# source ("Poll:" and "Report:" are: PolNeAR's annotators draw them)
RUBRICS = frozenset(
    {
        "breaking",
        "breaking news",
        "watch",
        "video",
        "photos",
        "update",
        "updated",
        "exclusive",
        "live",
        "just in",
        "the latest",
        "analysis",
        "opinion",
        "editorial",
        "explainer",
        "factbox",
        "fact check",
        "correction",
        "clarification",
        "listen",
        "read more",
        "editor's note",
        "editor’s note",
        "developing",
        "q&a",
        "note",
        "summary",
        "recap",
        "warning",
        "disclaimer",
        "disclosure",
        "tip",
        "pro tip",
        "more",
        "related",
        "see also",
        "look",
        "wow",
        "boom",
        "busted",
        "bombshell",
        "revealed",
        "byline",
        "twitter",
        "h/t",
        "h/t/",
        "hat tip",
        # a page's share and contact buttons
        "email",
        "e-mail",
        "share",
        "share this",
        "contact",
        "like the page",
        "like us on facebook",
    }
)
# The cue model's weight of a verb's lemma from which the verb reports by its word ("seemed to urge", not "seemed
# to match"); chosen on train, cross-fitted (0.2-0.5 alike)
REPORTING_LEMMA = 0.3
CUE_THRESHOLD = 0.4  # cue-model probability; chosen on articles 700-839 of train (model fitted on the rest)

_BETWEEN = re.compile(r"^[\s,:;—–-]*$")
_CUT = " ,;:\n\t—–-"
_LINE_END_COLON = re.compile(r".?[ \t]*:[ \t]*\n\s*")


@dataclass(slots=True)
class _Found:
    """An attribution in token and character terms before it becomes a model object."""

    kind: str
    source: Span | None
    cue: tuple[int, int]  # characters
    content: tuple[int, int]  # characters
    cue_token: Token


# --- finding attributions ------------------------------------------------------------------


def _chars(tokens: list[Token] | Span) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _next_word(token: Token) -> Token | None:
    return token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None


def _subtree(token: Token) -> Span:
    """The token's phrase, without a conjunction the parser left hanging at its end ("the boy, who was wearing a hat
    and [said …]")."""
    doc, end = token.doc, token.right_edge.i
    while end > token.i and doc[end].dep_ == "cc" and not (doc[end].lower_ == "but" and doc[end - 1].lower_ == "all"):
        end -= 1  # (the "but" of "Manafort all but begged" is "almost")
    return doc[token.left_edge.i : end + 1]


def _trim(doc: Doc, start: int, end: int, quotes: Quotes) -> tuple[int, int]:
    """Character span without edge punctuation, except quote marks that close a quotation it holds."""
    text = doc_text(doc)
    start = after_dateline(text, start)  # "MOMBASA, Kenya — At least nine…": the dateline is not what was said
    while start < end and (text[start] in _CUT or text[start] in ".?!" or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _CUT + "." or text[end - 1].isspace()):
        end -= 1
    quote = quotes.at(start)
    if quote and quote[0] == start and quote[1] > end and quote[1] - end <= 2:
        end = quote[1]  # keep ",”" or ".”" that closes the quotation
    return start, end


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
    if (subordinate := _subordinate_subject(verb)) is not None:
        return _subtree(subordinate)
    for child in verb.children:
        if child.dep_ == "agent":
            return None if (agent := _object_of(child)) is None else _subtree(agent)
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


AFTER_QUOTE = ("appos", "npadvmod", "dobj")  # how the parser hangs a speaker named after a quotation on its words


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
    after = quote[1] <= start and _BETWEEN.match(text[quote[1] : start])
    return bool(after or (end <= quote[0] and _BETWEEN.match(text[end : quote[0]])))


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


def _cue_tokens(verb: Token, content_prep: Token | None) -> list[Token]:
    """The verb group: auxiliaries, negation and adverbs before the verb; particle, medium, day, colon after."""
    doc = verb.doc
    start = verb.i
    for child in sorted((c for c in verb.children if c.i < verb.i), key=lambda c: -c.i):
        adjacent = child.dep_ in ("aux", "auxpass", "neg") or (child.dep_ == "advmod" and child.i == start - 1)
        if adjacent and all(doc[j].dep_ in VERB_LEADS for j in range(child.i + 1, start)):
            start = child.i
    by = verb.head if verb.dep_ == "pcomp" and verb.head.lower_ == "by" else None
    if by is not None and by.head.pos_ == "VERB" and by.head.i == by.i - 1 == verb.i - 2:
        start = by.head.i  # "responded by saying", "concluded by implying": the act the saying was
    end = verb.i
    for child in sorted((c for c in verb.children if c.i > verb.i), key=lambda c: c.i):
        if child.i != end + 1:
            break
        if child.dep_ in ("prt", "neg") or (child.dep_ == "npadvmod" and child.ent_type_ in WHEN):
            end = child.i
        elif child.dep_ == "prep" and (child is content_prep or _medium(child)):
            # the medium without the clause its noun may govern: "in a statement [that …]"
            clause = _medium_clause(verb) if child is not content_prep else None
            end = child.i if child is content_prep else (clause.i - 1 if clause is not None else child.right_edge.i)
        else:
            break
    if content_prep is not None and content_prep.i == end + 1:
        end = content_prep.i  # a marker that is not the verb's own dependent: "called for"
    elif content_prep is not None and content_prep.i == end + 2 and _after_reflexive(content_prep):
        end = content_prep.i  # "distanced himself from"
    elif content_prep is not None:  # the adjective and its preposition: "are confident in", "was quick [to …]"
        adjective = content_prep if content_prep.dep_ == "acomp" else content_prep.head
        if adjective.dep_ == "acomp" and adjective.head.i == verb.i and adjective.left_edge.i == end + 1:
            end = content_prep.i
    if end + 1 < len(doc) and doc[end + 1].text == ":":
        end += 1
    return list(doc[start : end + 1])


def _medium(prep: Token) -> bool:
    """ "in a statement", "on Twitter"; but "commenting on her speech" is about the speech."""
    media = MEDIA if prep.lower_ == "in" else ON_MEDIA if prep.lower_ == "on" else frozenset()
    return any(c.dep_ == "pobj" and c.lower_ in media for c in prep.children)


def _borrowed(verb: Token, source: Span | None) -> bool:
    """Whether the source is the subject of another verb that this one continues ("he said, adding …")."""
    return source is not None and source.root.dep_ == "nsubj" and source.root.head.i != verb.i


def _group_edges(verb: Token, cue: list[Token], source: Span | None, quotes: Quotes) -> tuple[int, int]:
    """Characters spanned by source, cue and the verb's other non-clausal dependents (recipient, time, place)."""
    first, last = cue[0], cue[-1]
    if source is not None and source.end <= verb.i and source.start < first.i:
        first = source[0]
    for child in verb.children:
        clausal = child.dep_ in ("ccomp", "xcomp", "parataxis", "conj", "cc", "punct", "advcl")
        if child.i > last.i and not clausal and quotes.at(child.idx) is None:
            last = child.right_edge
    return first.idx, last.idx + len(last)


def _adjacent_quotes(
    doc: Doc,
    start: int,
    end: int,
    quotes: Quotes,
    sentence: Span | None = None,
    before_too: bool = True,
    paragraph_before: bool = False,
) -> tuple[int, int] | None:
    """Quotations standing right before and/or right after the source-and-cue group (within sentence if given:
    a verb with a complement of its own does not say the quotation that ends the sentence before). Only after
    it for a verb that continues another ("“…,” he said, adding, “…”"; "as “fantastic,” telling reporters").
    A quotation that closed the paragraph before is a new paragraph's words ("“…”\n\nBoos rained down") only for
    a bare reporting line (paragraph_before: "“…”\n\nVorn wrote on Twitter.")."""
    text = doc_text(doc)
    before, after = quotes.before(start), quotes.after(end)
    gap = text[before[1] : start] if before else ""
    left = before if before_too and before and _BETWEEN.match(gap) and (paragraph_before or "\n" not in gap) else None
    right = after if after and _BETWEEN.match(text[end : after[0]]) else None
    if sentence is not None:
        left = left if left and left[1] > sentence.start_char else None
        right = right if right and right[0] < sentence.end_char else None
    if left and right:
        return left[0], right[1]
    return left or right


def _parenthetical(verb: Token) -> bool:
    """A reporting clause set into what it reports: "The plan, she said, is dead", "As Crane said, …"; not a
    progressive the parser took for one ("Based on polling, Vorn is looking to have a good night, though …")."""
    head = verb.head
    if head.i == verb.i:
        return False
    if verb.dep_ == "parataxis" and head.dep_ == "ROOT":
        return True  # also when the parser took the sentence for a noun phrase ("The hashtag, he said, accompanied …")
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "parataxis":
        return True
    if verb.dep_ == "ccomp" and head.i > verb.i and verb.tag_ != "VBG":
        # not a clause with its own say before a verb with its own: "Democrats framed gun control as …;
        # Republicans have argued that …"
        children = _first_children(verb)
        says = "ccomp" in children or "xcomp" in children or _own_object(verb, children) is not None
        return not (says and any(c.dep_ == "ccomp" and c.i > head.i for c in head.children))
    as_said = any(c.lower_ == "as" and c.dep_ == "mark" for c in verb.children)
    return (verb.dep_ == "advcl" and head.i > verb.i and as_said) or _trailing(verb)


def _as_reported(verb: Token) -> bool:
    """ "…, as police have said.", "…, as she told reporters.": a speech verb set off after what it reports, saying
    nothing of its own (not "as bad as she said", "as the crowd applauded", "as Vorn explained it")."""
    if verb.dep_ != "advcl" or verb.head.i > verb.i or verb.lemma_ not in CLAUSE_CUES:
        return False
    if verb.head.pos_ not in ("VERB", "AUX"):
        return False  # "HP, as Gizmodo explained, is rare": hung on the subject, the clause is not before it
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and not _addressed(verb, obj):
        return False
    if any(c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in verb.children):
        return False  # "…, as most of the companies reported in-line or better than expected results": a cause
    first = verb.left_edge
    return first.lower_ == "as" and first.dep_ == "mark" and first.i > 0 and first.nbor(-1).text in SEPARATORS


def _trailing(verb: Token) -> bool:
    """ "The dead include eight loaders, relatives told the Courier.", "…, said the chief executive.": a reporting
    clause after a comma at the sentence's end (and its paragraph's: the line break is no word), which the parser
    joined to the main verb as a conjunct; it says nothing of its own (at most whom it told)."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or not _ends_sentence(verb):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "cc") or (c.dep_ == "advcl" and c.i < verb.i) for c in verb.children):
        return False  # not a clause of its own: "…, and though they speak little, their faces said a lot."
    if any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_ not in RECIPIENT_OBJECT:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    # "…, said the company's chief executive." (not "…, and soon after wrote his first novel")
    first = verb.left_edge if subject.i > verb.i else subject.left_edge
    return first.i > 0 and verb.doc[first.i - 1].text == ","


def _content(
    verb: Token, group: tuple[int, int], quotes: Quotes, borrowed: bool = False
) -> tuple[tuple[int, int], Token | None] | None:
    """Content characters, and the preposition that links it when there is one.

    A quotation in the verb's sentence comes first, then the verb's own complement, then a
    quotation standing next to the sentence ("“…” Cruz said." after a line break), then a prepositional object.
    """
    doc = verb.doc
    # (no arc crosses a line break: `nlp.sentence_starts` starts a sentence there)
    children = _first_children(verb, skip=_reduced_subject(verb))
    if (clause := _fronted_clause(verb, children)) is not None:
        children["ccomp"] = clause
    else:
        children.pop("ccomp", None)
    if (felt := _felt(verb)) is not None:
        return _chars(_subtree(felt[1])), felt[2]  # "was troubled by the remarks": what the feeling is of
    if (complement := _adjective_complement(verb, children)) is not None:
        return complement
    if (raised := _raised(verb, children)) is not None:
        return raised, None
    quoted = _adjacent_quotes(doc, *group, quotes, verb.sent, before_too=not borrowed)
    if (topic := _asked_about(verb)) is not None:
        return topic  # "when asked about the plan: “…”": the quotation answers, or names the show it was asked on
    own = _own_object(verb, children)
    if quoted and own is not None and (quoted[0] > own.idx or "\n" in doc_text(doc)[quoted[1] : group[0]]):
        quoted = None  # "pointed to the record. “…”": a quotation beyond the verb's own object is not its content
    if quoted and own is not None and verb.dep_ in ("advcl", "xcomp", "conj") and _verb_between(verb, quoted[1]):
        quoted = None  # "“…,” he said, crediting the software": the quotation is the verb's before; this says its own
    if quoted and own is not None and verb.tag_ == "VBG" and quoted[1] <= verb.idx and _continues(verb) is not None:
        quoted = None  # "argue that “there is precedent,” citing an instance": the quotation is what they argue
    if quoted and (own is not None or "xcomp" in children or "ccomp" in children) and _in_modifier(verb, quoted[0]):
        quoted = None  # "Citing their “reveries about …,” Will urged Republicans to …": the fronted clause's words
    if quoted and (reporter := _reported_after(verb, quoted, children)) is not None:
        # "declared the need for calm: “…,” she said": the quotation is hers who reports it after it, and so is the
        # clause the parser hung on the verb from inside the quotation or from her reporting verb; the object
        # before the colon is the verb's own, not an introduction to the quotation
        for dep in ("ccomp", "xcomp"):
            if (clause := children.get(dep)) is not None and (
                clause.i == reporter.i or quoted[0] <= clause.idx < quoted[1]
            ):
                del children[dep]
        quoted, own = None, children["dobj"]
    if quoted and _says_quotation(verb, quoted):
        return quoted, None
    if (fronted := _fronted_subject(verb)) is not None:
        return _chars(_subtree(fronted)), None
    if "ccomp" in children:
        obj = children.get("dobj") if verb.lemma_ not in RECIPIENT_OBJECT else None  # "told reporters …" is to whom
        return _chars(_clause_with_subject(children["ccomp"], obj)), None
    if (clause_start := _that_clause(verb, children)) is not None:
        return _chars(doc[clause_start.i : verb.sent.end]), None
    if (clause_start := _medium_clause(verb)) is not None:
        return _chars(doc[clause_start.i : verb.sent.end]), None
    if (told := _clause_after_hearer(verb, children)) is not None:
        return _chars(told), None
    if (block := _next_paragraph(verb, group)) is not None:
        return block, None
    # not when it says something itself ("Comey called it careless, but said …", "As Obama covered the ground, …");
    # "as Gaiman put it" says nothing but the words it frames
    put_it = verb.lemma_ == "put" and own is not None and own.lower_ == "it"
    if (_parenthetical(verb) and "xcomp" not in children and (own is None or put_it)) or _as_reported(verb):
        head = verb.head
        if head.i > verb.i or _goes_on(head, verb):
            return _chars(_subtree(head)), None  # "The plan, she said, is dead.", and as the parser may hang it
        return _chars(doc[head.left_edge.i : verb.left_edge.i]), None  # "The plan is dead, she said."
    if "xcomp" in children:
        xcomp = _subtree(children["xcomp"])
        if "dobj" in children and children["dobj"].i < xcomp.start:
            # "declared two days of mourning to honour the dead", "urged voters to stay home": both say it
            return _chars(doc[children["dobj"].left_edge.i : xcomp.end]), None
        subject = children.get("nsubjpass") or (children.get("nsubj") if verb.lemma_ in RAISING else None)
        if subject is None:
            return _chars(xcomp), None
        return _chars(doc[min(subject.left_edge.i, xcomp.start) : max(subject.right_edge.i + 1, xcomp.end)]), None
    if "dobj" in children and not _addressed(verb, children["dobj"]):
        obj = children["dobj"]
        following = quotes.after(obj.idx)
        if (
            verb.lemma_ in NAMING
            and "oprd" not in children
            and _bare_apposition(obj) is None  # "called her son her hero": the parser's apposition is the name
            and not _adjective_after(obj)  # "called the squabble with the agency unusual"
            and not ("prt" in children and children["prt"].lower_ == "out")  # "called out Trump" criticises him
            and (following is None or following[0] >= verb.sent.end_char)
            and not any(quotes.at(t.idx) for t in _subtree(obj))  # "calls her “an able mayor”", one phrase parsed
        ):
            return None  # "called the strike", "called an election": convened, not named
        inner = following if own is None else None
        if inner is not None and _BETWEEN.match(doc_text(doc)[obj.idx + len(obj) : inner[0]]):
            return inner, None  # "issued the following statement: “…”": the statement is the quotation
        reason = next((c for c in verb.children if _charged(c, obj) and _charge(obj, c)), None)
        # "accused Trump of lying", "described them as heroes": the charge or the description is what is said,
        # and the one it is about belongs to it
        end = _short_of_verbs(children["oprd"]) if "oprd" in children else (reason or obj).right_edge
        return _chars(doc[min(obj.left_edge.i, end.i) : max(obj.right_edge.i, end.i) + 1]), None
    if (named := _named_alone(verb, children, quotes)) is not None:
        return _chars(_subtree(named)), None
    prep = _content_prep(verb)
    if prep is not None and "nsubjpass" in children and prep[0].lower_ not in TOPIC_PREPS | {"with", "as"}:
        return _chars(_subtree(children["nsubjpass"])), None  # "Two marches are planned for the opening day"
    if prep is not None:
        lead = _leading_quote(doc, group[0], quotes) if verb.dep_ == "ROOT" and not borrowed else None
        return (lead, None) if lead is not None else (_chars(_subtree(prep[1])), prep[0])
    for child in verb.children:  # "called for the president to resign": "for" marks a clause, not a noun
        mark = next((c for c in child.children if c.dep_ == "mark" and c.lower_ in ASKED_MARKS), None)
        if child.dep_ == "advcl" and mark is not None and mark.i > verb.i:
            if mark.lower_ == "for":
                return _chars(doc[mark.i + 1 : child.right_edge.i + 1]), mark
            if verb.lemma_ == "ask":  # "asked the mayor if she would resign": the question
                return _chars(doc[mark.i : child.right_edge.i + 1]), None
    quoted = _adjacent_quotes(doc, *group, quotes, before_too=not borrowed, paragraph_before=verb.lemma_ in CLAUSE_CUES)
    if quoted:
        return quoted, None
    if (answer := _answer(verb)) is not None:
        return _chars([answer]), None
    found = _fallback_content(verb)
    if found is None and (that := _stray_that(verb)) is not None:
        return _chars(doc[that.i : verb.right_edge.i + 1]), None
    if found is None and "nsubjpass" in children:
        return _chars(_subtree(children["nsubjpass"])), None  # "The plan was announced": what was announced
    if found is None and (lead := _lead(verb)) is not None:
        return _chars(lead), None
    return found


def _asked_about(verb: Token) -> tuple[tuple[int, int], Token] | None:
    """ "asked about the ferry plan": what a question was about, and the "about" that links it."""
    prep = _content_prep(verb) if verb.lemma_ == "ask" else None
    return None if prep is None or prep[0].lower_ != "about" else (_chars(_subtree(prep[1])), prep[0])


def _short_of_verbs(word: Token) -> Token:
    """The last word of a phrase short of a verb the parser joined to it: "called it “shameful” and called on leaders
    …" names it shameful only."""
    joined = [c for c in word.rights if c.dep_ == "conj" and c.tag_ in FINITE]
    if not joined:
        return word.right_edge
    stop = min(t.i for c in joined for t in c.subtree)
    cc = [c.i for c in word.rights if c.dep_ == "cc" and c.i < stop]
    return word.doc[(min(cc) if cc else stop) - 1]  # (a comma before "and" is trimmed off with the content)


def _stray_that(verb: Token) -> Token | None:
    """ "noting that at one point he had trailed by 50 points", "saying in his statement only that he was …": the
    "that" opening what a cue says, however the parser hung the clause after it."""
    for word in verb.doc[verb.i + 1 : verb.right_edge.i]:
        if word.pos_ in ("VERB", "AUX") or word.lower_ in ("so", "such"):
            return None  # nor what came of it: "wrote so quickly that nobody noticed"
        if word.lower_ == "that" and word.dep_ != "det":  # not "announced that same day"
            following = word.nbor()  # a clause's first word or a preposition, not a particle ("backed that up")
            opens = following.pos_ in CLAUSE_OPENERS or following.tag_ == "IN"
            # and a clause with a verb, not a sentence the splitter cut short ("that while the ID.")
            clause = verb.doc[word.i : verb.right_edge.i + 1]
            return word if opens and any(t.pos_ in ("VERB", "AUX") for t in clause) else None
    return None


def _lead(verb: Token) -> Span | None:
    """ "…, a girl was pepper-sprayed by a bystander, police said.", "Sorry, Sanders said.": a plain speech verb that
    closes its sentence after its subject and a comma reports what leads up to the comma, however the parser hung
    it."""
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)  # the nearest
    if verb.dep_ not in ("ROOT", "advcl") or verb.lemma_ not in CLAUSE_CUES or subject is None:
        return None
    if any(not (t.is_punct or t.is_space) for t in verb.doc[verb.i + 1 : verb.sent.end]):
        return None
    comma = subject.left_edge.i - 1
    if comma <= verb.sent.start or verb.doc[comma].text != ",":
        return None  # not "And then she said."
    lead = verb.doc[verb.sent.start : comma]
    setting = _circumstances(verb)
    return None if all(t.i in setting or t.is_punct for t in lead) else lead  # not "On Friday, police said."


def _goes_on(head: Token, verb: Token) -> bool:
    """Whether what a reporting clause is set into goes on after it ("It was, he said, one of the bitterest
    failures", "…, he said, and everyone started running"); not a verb of saying joined after it without a subject
    of its own, which goes on reporting ("…, he said, and alleged the suspect later dressed her")."""
    reporting: set[int] = set()
    for child in head.rights:
        if child.i > verb.i and child.dep_ == "conj" and _clause_cue(child) and _plain_subject(child) is None:
            reporting.update(t.i for t in child.subtree)
            reporting.update(c.i for c in head.children if c.dep_ == "cc" and verb.i < c.i < child.i)
    tail = verb.doc[verb.right_edge.i + 1 : head.right_edge.i + 1]
    return any(not (t.is_punct or t.is_space) and t.i not in reporting for t in tail)


def _bare_apposition(obj: Token) -> Token | None:
    """A noun set right after the object with no comma between ("her son her hero", "the master “the port's best
    recruiter”"), which the parser calls an apposition: after "called", the name given."""
    return next(
        (
            c
            for c in obj.children
            if c.dep_ == "appos"
            and c.i > obj.i
            and obj.doc[c.left_edge.i - 1].text not in _CUT
            and c.lower_ not in REFLEXIVES  # "calling major donors himself"
        ),
        None,
    )


def _adjective_after(obj: Token) -> bool:
    """An adjective closing the object phrase after its noun, which the parser hung on the noun: after "called", what
    the object is called."""
    last = obj.right_edge
    return last.dep_ == "amod" and last.pos_ == "ADJ" and last.head.i < last.i


def _named_alone(verb: Token, children: dict[str, Token], quotes: Quotes) -> Token | None:
    """ "called her “third-rate”", "called Clinton, his rival, an ISIS “co-founder”": the parser made the one named
    and the name one noun phrase, the verb's "oprd". It names when the phrase quotes the name; without a quotation
    it is whom was called ("called a delegate, Clara Powers, and encouraged her")."""
    named = children.get("oprd")
    if verb.lemma_ not in NAMING or named is None or "dobj" in children:
        return None
    if "prt" in children and children["prt"].lower_ == "out":
        return named  # "called out Trump", with the one criticised parsed as a name
    return named if any(quotes.at(t.idx) is not None for t in _subtree(named)) else None


def _leading_quote(doc: Doc, start: int, quotes: Quotes) -> tuple[int, int] | None:
    """ "“Who do they think they are?” Quill said of the ferry company": a quotation opening its sentence and
    breaking off on a comma, question or exclamation right before the speaker and cue is what they said (the parser
    may end a sentence there, out of the verb's reach); the preposition only tells what of."""
    text = doc_text(doc)
    before = quotes.before(start)
    if before is None or "\n" in text[before[1] : start] or not _BETWEEN.match(text[before[1] : start]):
        return None
    preceding = text[: before[0]].rstrip()
    if preceding and not preceding.endswith(tuple(".?!:”\"’'")):
        return None  # a title or a scare quote inside a sentence ("said on “Meet the Press,” Quill pointed to …")
    return before if text[before[0] : before[1]].rstrip("”\"'’ ").endswith((",", "?", "!")) else None


def _adjective_complement(verb: Token, children: dict[str, Token]) -> tuple[tuple[int, int], Token | None] | None:
    """ "Some Democrats are confident in the operation", "was unsure why the battle stopped", "are quick to point out
    that …": what a view told by "be" and an adjective is of, and the word that links it (the preposition, or the
    adjective itself); not a quotation beside the sentence."""
    adjective = children.get("acomp")
    if verb.lemma_ != "be" or adjective is None or adjective.pos_ != "ADJ":
        return None
    for child in adjective.children:
        if child.i < adjective.i:
            continue
        if child.dep_ == "prep" and (obj := next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)):
            return _chars(_subtree(obj)), child
        if child.dep_ in ("ccomp", "xcomp"):
            return _chars(_subtree(child)), adjective
    return None


def _raised(verb: Token, children: dict[str, Token]) -> tuple[int, int] | None:
    """ "New Hampshire seems stable", "Quill seemed certain to leave", "seemed like a different candidate": the
    author's hedge on the subject and what it seems, together."""
    subject = children.get("nsubj")
    if verb.lemma_ not in RAISING or subject is None or subject.lower_ in ("it", *EXPLETIVES):
        return None
    like = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "like"), None)
    complement = children.get("acomp") or children.get("oprd") or children.get("attr") or like
    if complement is None or not subject.i < verb.i < complement.i:
        return None  # "So stable seems the harbour": inverted, not this reading
    return _chars(verb.doc[subject.left_edge.i : complement.right_edge.i + 1])


def _says_quotation(verb: Token, quoted: tuple[int, int]) -> bool:
    """Whether an adjacent quotation is the verb's content rather than a clause of its: yes without a clause, or
    when a clause lies in it and no other clause runs into it. A title between verb and clause ("said on “This
    Week” that") is not; the parser's run-on clause before a dash is not the verb's ("Clinton suggested that … -
    “…,” she said"); a clause that opens before the quotation and goes on in it is ("Bringing in Jackman is “a
    stretch …,” Pond said")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    inside = {c.i for c in clauses if quoted[0] <= c.idx < quoted[1]}
    if not clauses:
        return True
    introduced = doc_text(verb.doc)[: quoted[0]].rstrip().endswith(tuple(BREAKS))
    if introduced and quoted[1] <= verb.idx and _speech_verb_after(verb.sent, quoted) == verb:
        return True  # "Rhimes declared the need for calm: “…,” she said", with the quotation hung on "declared"
    return bool(inside) and (
        introduced or not any(c.left_edge.idx <= quoted[0] <= c.right_edge.idx for c in clauses if c.i not in inside)
    )


def _reported_after(verb: Token, quoted: tuple[int, int], children: dict[str, Token]) -> Token | None:
    """Another's reporting clause after the quotation that follows the verb's own object: "declared the need for
    calm: “…,” she said", "posted a message: “…,” she wrote"; not "scolded him: “…,” she said", where the
    quotation is the scolding."""
    obj = children.get("dobj")
    if obj is None or quoted[0] < verb.idx or _addressed(verb, obj) or obj.lower_ in OBJECT_PRONOUNS:
        return None
    reporter = _speech_verb_after(verb.sent, quoted)
    return reporter if reporter is not None and reporter.i != verb.i else None


def _speech_verb_after(sentence: Span, quoted: tuple[int, int]) -> Token | None:
    """The plain speech verb whose reporting clause closes a quotation: "“…,” she said", "“…,” said the mayor"."""
    text = doc_text(sentence.doc)
    first = next((t for t in sentence if t.idx >= quoted[1] and not t.is_punct), None)
    if first is None or not _BETWEEN.match(text[quoted[1] : first.idx]):
        return None
    if first.lemma_ in CLAUSE_CUES and first.pos_ == "VERB":
        return first if any(c.dep_ == "nsubj" and c.i > first.i for c in first.children) else None
    verb = first.head if first.dep_ == "nsubj" else None
    if verb is None or verb.lemma_ not in CLAUSE_CUES or first.left_edge.idx < quoted[1]:
        return None
    between = verb.doc[first.right_edge.i + 1 : verb.i]
    return verb if all(t.dep_ in ("advmod", "aux") for t in between) else None


def _fronted_clause(verb: Token, children: dict[str, Token]) -> Token | None:
    """Which clause the verb reports when the parser hung one before it on the verb. A quotation is, unless a colon
    or dash cuts it off ("“…,” said the woman, who …", where her clause hangs on "said" too). Otherwise a clause
    after the verb is ("Not only are the caucuses months away, no one knows what the field will look like"), and
    none is when the verb has a complement of its own after it ("There is a divide: most Democrats oppose the
    idea"); a time, place or audience is none ("…, she said at the time")."""
    first = children.get("ccomp")
    if first is None or first.i > verb.i:
        return first
    doc = verb.doc
    if doc_quotes(doc).at(first.idx) is not None and not any(t.text in BREAKS for t in doc[first.i : verb.i]):
        return first
    after = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if after is not None and after.left_edge.lower_ not in CIRCUMSTANCES:
        return after
    own = children.get("xcomp") or _own_object(verb, children) or _answer(verb)
    if own is not None and (speaker := _inverted_subject(verb)) is not None and speaker.i == own.i:
        return first  # "“… in front of the tire,” recalled Benson.": the speaker the parser took for the object
    if own is not None and own.dep_ == "pobj" and (verb.lemma_ in CLAUSE_CUES or own.head.lower_ == "to"):
        own = None  # "…, she said at the time", "…, he proclaimed to a cheering crowd": where and to whom
    if own is not None and own.i > verb.i:
        return None
    return first


def _in_modifier(verb: Token, char: int) -> bool:
    """Whether the word at a character of the verb's sentence lies inside an adverbial clause or phrase before the
    verb, one that opens before it (not a quotation that is all of it: "“Let me be clear …,” he asserted")."""
    word = next((t for t in verb.sent if t.idx == char), None)
    while word is not None and word.head.i != word.i and word.head.i != verb.i:
        word = word.head
    if word is None or word.head.i != verb.i or word.i > verb.i or word.dep_ not in ("advcl", "prep"):
        return False
    return word.left_edge.idx < char


def _verb_between(verb: Token, char: int) -> bool:
    """Whether another verb of the sentence stands between a character before the verb and the verb."""
    return any(t.pos_ == "VERB" and char <= t.idx for t in verb.doc[verb.sent.start : verb.i])


def _clause_with_subject(clause: Token, obj: Token | None) -> Span:
    """A finite clause and its subject: in "critics who argue it complicated the rules" the parser takes "it" for
    the verb's object and leaves the clause without a subject; the words just before the clause are its subject."""
    span = _subtree(clause)
    finite = clause.tag_ in FINITE or any(c.dep_ == "aux" for c in clause.children)
    if obj is not None and finite and not _has_subject(clause) and obj.right_edge.i + 1 == span.start:
        return clause.doc[obj.left_edge.i : span.end]
    return span


def _has_subject(verb: Token) -> bool:
    """A subject of any kind: a word, a passive's, a clause, or an expletive "there"/"it"."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def _charged(word: Token, obj: Token) -> bool:
    """A preposition after the object, also one the parser took for the recipient ("cast a vote for him", "gave
    support to his ambitions"), but not the speaker again ("made a name for himself")."""
    if word.i < obj.i:
        return False
    return word.dep_ == "prep" or (word.dep_ == "dative" and not any(c.lower_ in REFLEXIVES for c in word.children))


def _charge(obj: Token, prep: Token) -> bool:
    """A preposition after the object that says what of it or whom it concerns: "of lying", "for the delays", "as
    heroes", "took a whack at Trump", "distanced himself from Bush", "put the figure at fewer than 250", whom support
    goes to ("threw his weight behind Ryan"); not when or where ("on Tuesday", "at the White House", "on Twitter");
    or one whose noun the parser gave that "of" ("accuses contractors at the port of keeping men on daily rates")."""
    if prep.lower_ in ("as", "of") or (prep.lower_ == "behind" and obj.lemma_.lower() in SUPPORT):
        return True
    if prep.lower_ in CONTENT_PREPS and not _medium(prep):
        target = _object_of(prep)
        if target is None:
            return True
        return target.ent_type_ not in WHEN and not (prep.lower_ in ("at", "on") and target.ent_type_ in WHERE)
    return any(t.lower_ == "of" and any(c.dep_ == "pcomp" for c in t.children) for t in prep.subtree)


def _that_clause(verb: Token, children: dict[str, Token]) -> Token | None:
    """ "reported that the agreement provided for…" parsed as the pronoun "that" for object and the clause
    left hanging elsewhere: the "that" opening a clause, when a subject follows it."""
    obj = children.get("dobj")
    if obj is None or obj.lower_ != "that" or any(True for _ in obj.children) or obj.i + 1 >= verb.sent.end:
        return None
    following = verb.doc[obj.i + 1]
    return obj if following.pos_ in CLAUSE_OPENERS else None


def _medium_clause(verb: Token) -> Token | None:
    """ "said in a statement that operations had resumed", "said during a news conference that he may wait",
    parsed as a statement or a conference that says so: the "that" opening the clause the noun governs."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and _setting(verb, c)):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_ not in PROPOSITIONS):
            for clause in (c for c in noun.subtree if c.dep_ in ("acl", "relcl") and c.i > noun.i):
                # "that" as the parser may hang it: a mark, or an adverb of the clause ("at the time that …")
                mark = next((m for m in clause.children if m.dep_ in ("mark", "advmod") and m.lower_ == "that"), None)
                if mark is not None:
                    return mark
    return None


def _clause_after_hearer(verb: Token, children: dict[str, Token]) -> Span | None:
    """ "telling reporters on Monday she viewed the council as responsible", parsed with the clause hung on another
    verb: the clause that opens with a subject right after whom the verb addresses (and its own time or place) is
    what was told."""
    hearer = children.get("dobj")
    if hearer is None or not _addressed(verb, hearer):
        return None
    doc, after, setting = verb.doc, hearer.right_edge.i + 1, _circumstances(verb)
    while after in setting:
        after += 1
    subjects = (t for t in doc[after : verb.sent.end] if t.left_edge.i == after and t.dep_ in ("nsubj", "nsubjpass"))
    subject = next(subjects, None)
    return None if subject is None else doc[after : subject.head.right_edge.i + 1]


def _setting(verb: Token, prep: Token) -> bool:
    """Where or when a verb of saying spoke ("at a rally", "during the debate"), or the medium it spoke in."""
    return _medium(prep) or (verb.lemma_ in CLAUSE_CUES and prep.lower_ in SETTING_PREPS)


def _next_paragraph(verb: Token, group: tuple[int, int]) -> tuple[int, int] | None:
    """ "Hewitt writes:" closing a line: what is said is the paragraph below (a block quotation)."""
    text = doc_text(verb.doc)
    colon = _LINE_END_COLON.match(text, group[1] - 1)
    if colon is None:
        return None
    start = colon.end()
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    return (start, stop) if start < stop else None


def _content_prep(verb: Token) -> tuple[Token, Token] | None:
    """The preposition that links a cue to its content ("pointed to", "talked about") and its object; not the
    medium ("said on Twitter"), nor whom it was said to when it was said of something ("apologized to his
    supporters for the breach", "complained to officials about the crest")."""
    found = []
    for child in verb.children:
        if (
            child.dep_ == "prep"
            and child.i > verb.i
            and (child.lower_ in CONTENT_PREPS or child.lower_ == "upon" or _after_reflexive(child))
            and not _medium(child)
        ):
            if child.lower_ == "to" and verb.lemma_ in CLAUSE_CUES | QUOTING and verb.lemma_ != "admit":
                continue  # "said to a crowd", "wrote to the attorney general": to whom; but "admitted to lying"
            prep = _past_place(verb, child)
            if prep is None:
                continue
            # "upon arriving" is when, not what: "remarked upon the story" takes a noun
            objects = [c for c in prep.children if c.dep_ == "pobj" or (c.dep_ == "pcomp" and prep.lower_ != "upon")]
            # "at one point", "spoke at the White House about …": when or where, not what at
            moment = (
                prep.lower_ == "at"
                and bool(objects)
                and (objects[0].lemma_.lower() in MOMENTS or objects[0].ent_type_ in WHERE)
            )
            if objects and objects[0].ent_type_ not in WHEN and not moment:  # "announced on Friday" says no Friday
                found.append((prep, objects[0]))
    if len(found) > 1 and found[1][0].lower_ in TOPIC_PREPS and _hearer(verb, found[0][0]):
        return found[1]
    return found[0] if found else None


def _hearer(verb: Token, prep: Token) -> bool:
    """Whether a preposition names whom the verb spoke to or with, before what it spoke of ("apologized to his
    supporters for the breach", "talked with the mayor about the pier")."""
    return (prep.lower_ == "to" and verb.lemma_ in TO_HEARER) or (prep.lower_ == "with" and verb.lemma_ in QUOTING)


def _past_place(verb: Token, prep: Token) -> Token | None:
    """ "predicted at the debate", "asked at a briefing": after a verb of saying, "at" is where (but "laughed at",
    "hinted at" are what at); what was asked may hang on the place ("asked at the conference about the merger")."""
    if prep.lower_ != "at" or verb.lemma_ not in CLAUSE_CUES | RECIPIENT_OBJECT:
        return prep
    return next((p for o in prep.children for p in o.children if p.dep_ == "prep" and p.lower_ == "about"), None)


def _after_reflexive(prep: Token) -> bool:
    """ "distanced himself from": a preposition right after the speaker named again, which links what is said."""
    return prep.i > 0 and prep.nbor(-1).lower_ in REFLEXIVES


def _addressed(verb: Token, obj: Token) -> bool:
    """Whether the object is whom the verb addresses ("told reporters"), not what it says ("told the story"), or the
    speaker again ("distanced himself from the bill")."""
    if obj.lower_ in REFLEXIVES:  # but "calls himself a socialist", "describes himself as pro-life" describe him
        return not any(
            c.dep_ in ("oprd", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children
        )
    return verb.lemma_ in RECIPIENT_OBJECT and obj.lemma_.lower() not in TOLD


def _own_object(verb: Token, children: dict[str, Token]) -> Token | None:
    """What the verb itself says, when it says something: its object or a prepositional object. Not a
    statement put out to introduce its quotation ("issued the following statement: “…”"); but "questioned her
    statements" says something of them."""
    if "dobj" in children and not _addressed(verb, children["dobj"]):
        own = children["dobj"]
    elif (prep := _content_prep(verb)) is not None:
        own = prep[1]
    else:
        return None
    if _puts_out(verb, own) or own.lower_ == "following" or _colon_after(verb, own):
        return None
    return own


def _colon_after(verb: Token, own: Token) -> bool:
    """Whether a colon follows the verb's object, past the verb's own adverbs ("worded it even more carefully:")."""
    doc = verb.doc
    adverbs = {t.i for c in verb.children if c.dep_ == "advmod" and c.i > own.i for t in c.subtree}
    after = own.right_edge.i + 1
    while after < len(doc) and after in adverbs:
        after += 1
    return after < len(doc) and doc[after].text == ":"


# What else can hold the content of a cue the model found: "asked them a question", "was critical of it",
# "his pledge to leave". Not a bare prepositional phrase: "said Tuesday in Dover" says nothing about Dover.
FALLBACK_DEPS = ("dobj", "acomp", "attr", "acl", "relcl", "dative")


def _fallback_content(verb: Token) -> tuple[tuple[int, int], Token | None] | None:
    children = [c for c in verb.children if c.i > verb.i]
    # the first of each kind, but the last for verbs whose first object is the one told ("asked her a question")
    after = {c.dep_: c for c in (children if verb.lemma_ in RECIPIENT_OBJECT else reversed(children))}
    for dep in FALLBACK_DEPS:
        if dep in after:
            return _chars(_subtree(after[dep])), None
    return None


def _answer(verb: Token) -> Token | None:
    """ "46 percent of voters said yes", "55 percent said so", "did not explain why": the answer is what was said
    (not the "so" of "said so many things", which the parser hangs on "many")."""
    answer = _next_word(verb)
    return answer if answer is not None and answer.head.i == verb.i and answer.lower_ in ANSWERS else None


def _expand_to_quotes(span: tuple[int, int], quotes: Quotes) -> tuple[int, int]:
    """Widen a content span whose edge falls inside a quotation to the whole quotation."""
    start, end = span
    first, last = quotes.at(start), quotes.at(max(start, end - 1))
    return (first[0] if first else start, last[1] if last else end)


def _within_paragraph(text: str, content: tuple[int, int], cue: list[Token]) -> tuple[int, int]:
    """Cut content at the line break after the cue: the parser sometimes runs a clause into the next paragraph."""
    cut = text.find("\n", max(content[0], cue[-1].idx), content[1])
    return (content[0], cut) if cut >= 0 else content


def _verb_attribution(verb: Token, quotes: Quotes) -> _Found | None:
    if _lets(verb) or _connective(verb) or _turned_up(verb) or _imperative(verb):
        return None
    if (drawn := _drawn(verb)) is not None:
        return drawn
    if verb.dep_ == "dobj" and _drawn(verb.head) is not None:
        return None  # the "criticism" of "faced criticism from": the verb's attribution holds it
    source = _source(verb)
    if verb.lemma_ in RAISING:
        source = None
    if source is not None and _demonstrative(source, verb):
        return None  # "That shows how hard it will be", "That has convinced some activists": the writer infers it
    cue = _cue_tokens(verb, None)
    if source is not None and source.start <= cue[-1].i and cue[0].i < source.end:
        cue = [verb]
    found = _content(verb, _group_edges(verb, cue, source, quotes), quotes, _borrowed(verb, source))
    if found is None:
        return None
    content, prep = found
    if source is not None and content[0] < source.start_char < content[1] <= source.end_char + 1:
        content = (content[0], source.start_char)  # "“…,” Gene Sperling, an adviser, said": not its speaker too
    if prep is not None:
        cue = _cue_tokens(verb, prep)
    content = _trim(verb.doc, *_within_paragraph(doc_text(verb.doc), _expand_to_quotes(content, quotes), cue), quotes)
    if content[0] >= content[1]:
        return None
    quote = quotes.at(content[0])
    kind = "direct" if quote and quote[0] == content[0] and quote[1] >= content[1] - 1 else "indirect"
    if kind == "indirect" and quotes.at(content[0]) and quotes.at(content[1] - 1):
        kind = "direct"  # a split quotation around its speaker
    if kind != "direct" and verb.lemma_ in QUOTING and not _speaks_of(verb, prep):
        return None
    if kind == "direct" and content[1] <= cue[0].idx:
        content = _expand_to_quotes((_quoted_clause_start(verb.doc, content), content[1]), quotes)
    return _Found(kind, source, _chars(cue), content, verb)


def _demonstrative(source: Span, verb: Token) -> bool:
    """A bare "that" or "this" for the verb's subject: something said or done before, not someone."""
    word = source[0]
    return len(source) == 1 and word.tag_ == "DT" and word.lower_ in ("that", "this") and word.head.i == verb.i


def _quoted_clause_start(doc: Doc, quoted: tuple[int, int]) -> int:
    """ "The endorsement “was early enough,” she said.": a quotation that goes on a clause begun before it holds
    that clause's start, its subject and what leads up to it."""
    span = doc.char_span(*quoted, alignment_mode="expand")
    first = next((t for t in span if not t.is_punct), None) if span is not None else None
    if first is None:
        return quoted[0]
    head = first
    while head.head.i != head.i and span.start <= head.head.i < span.end:
        head = head.head
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < span.start for c in head.children):
        return quoted[0]
    lead = [c.left_edge.i for c in head.children if c.i < span.start and c.dep_ not in ("advcl", "punct")]
    return doc[max(min(lead), first.sent.start)].idx


def _drawn(verb: Token) -> _Found | None:
    """ "The proposal has drawn harsh criticism from fellow hopefuls": those it came from said it, of the proposal;
    the cue runs over the verb and its object."""
    if verb.lemma_ not in RECEIVING or verb.pos_ != "VERB":
        return None
    said = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in REACTIONS), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if said is None or subject is None:
        return None
    origin = next((c for c in (*said.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "from"), None)
    if origin is None or (speaker := _object_of(origin)) is None:
        return None
    cue = [t for t in _cue_tokens(verb, None) if t.i < verb.i] + list(verb.doc[verb.i : said.i + 1])
    return _Found("indirect", _subtree(speaker), _chars(cue), _chars(_subtree(subject)), verb)


def _speaks_of(verb: Token, prep: Token | None) -> bool:
    """Whether a verb of speaking names what it was of: "talked about the plan", "spoke out against the bill",
    "talked up her strategy" (promoted it), "charged that …", "was charged with assault" (an accusation by no one
    named); not "spoke to reporters", "talked for an hour"."""
    if prep is not None:
        return prep.lower_ in ("about", "of", "on", "against") or (verb.lemma_ == "charge" and prep.lower_ == "with")
    if verb.lemma_ == "charge" and _accuses(verb):
        return True  # "prosecutors charged the officer with murder"
    if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return True  # "Critics charge that she skewed …", "She continued that an official had said …"
    if verb.lemma_ == "talk" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children):
        return True  # "talked politics on Fox", not "talked her into it"
    return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) and any(
        c.dep_ == "dobj" for c in verb.children
    )


def _accuses(verb: Token) -> bool:
    """Whom the verb accuses and a "with" of what ("charged Zimmerman with murder"); not "was charged with assault",
    which only tells the charge, nor "charged the captain last week"."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children
    )


def _connective(verb: Token) -> bool:
    """ "That said, …", "That being said, …", "Having said that, …": a turn in the writer's argument, no report."""
    if verb.lemma_ != "say" or verb.dep_ == "relcl":  # but "a headline that said, “…”"
        return False
    said = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    end = max((verb.i, *(c.i for c in said)))
    doc = verb.doc
    return bool(said) and all(c.lower_ == "that" for c in said) and end + 1 < len(doc) and doc[end + 1].text == ","


def _turned_up(verb: Token) -> bool:
    """ "Officers showed up at her door": arriving, not showing anything (but "polls show Clinton up by 10")."""
    after = _next_word(verb)
    return verb.lemma_ == "show" and after is not None and after.dep_ == "prt" and after.lower_ == "up"


def _imperative(verb: Token) -> bool:
    """ "Call it viral fundraising.", "Just ask former senator Evan Bayh.", "Remember: …": the writer addressing the
    reader, whose words these are (PolNeAR's annotators draw one in five)."""
    if verb.tag_ != "VB" or verb.dep_ != "ROOT":
        return False
    # it opens its sentence, no subject or auxiliary before it ("Or just ask him"); not "“…,” read one", a past
    # tense the tagger took for it
    return all(t.dep_ in OPENERS and not t.is_quote for t in verb.doc[verb.sent.start : verb.i])


def _lets(verb: Token) -> bool:
    """ "Let's talk about it", "let's say they …": a suggestion to the reader, no report of speech."""
    return verb.head.lemma_.lower() == "let" and any(
        c.dep_ == "nsubj" and c.lower_ in ("'s", "’s", "us") for c in verb.children
    )


def _according_to(token: Token, quotes: Quotes) -> _Found | None:
    """ "according to X": X is the source, the clause the phrase hangs on is the content."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    named = _object_of(to) if to is not None else None
    if named is None:
        return None
    source = _subtree(named)
    if (trailing := _trailing_according(token, source)) is not None:
        return trailing
    content = _framed_clause(token, source, quotes, token.head)
    return None if content is None else _Found("according_to", source, (token.idx, to.idx + len(to)), content, token)


def _in_poll(token: Token, quotes: Quotes) -> _Found | None:
    """ "In a new Fox News poll, Trump leads by 12 points": a poll or survey in a phrase before the verb is the
    source of the verb's clause, as "according to" would be; one that closes the sentence is the source of the
    sentence, and one poll after the verb elsewhere of the verb's clause ("led by nine points in a poll released
    Monday, his best showing"). Not polls after the verb ("was running third in most polls in Iowa")."""
    poll = next((c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() in POLLS), None)
    if poll is None:
        return None
    # the verb of the clause, past its object ("held a lead … in a CNN poll", "took 6 percent of the vote in a poll");
    # not past a phrase of its own ("Despite his standing in the polls, Brel won"): that is what the poll measured
    verb = token.head
    while verb.pos_ in ("NOUN", "PROPN") and (
        verb.dep_ == "dobj" or (verb.dep_ == "pobj" and verb.head.head.pos_ in ("NOUN", "PROPN"))
    ):
        verb = verb.head if verb.dep_ != "pobj" else verb.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    closing = verb.i < token.i
    if closing and verb.lemma_ in CLAUSE_CUES:
        return None  # "…, after half said so in the earlier poll": those asked say it, in the poll
    if closing and poll.tag_ != "NN":
        return None
    right = max((c.right_edge.i for c in poll.rights if c.dep_ not in ("appos", "punct")), default=poll.i)
    source = token.doc[poll.left_edge.i : right + 1]  # not a remark after a comma ("…, a collapse driven by …")
    whole = closing and _ends_sentence(token)
    content = _framed_clause(token, source, quotes, token.sent.root if whole else verb)
    if content is not None and closing:
        content = _trim(token.doc, content[0], min(content[1], token.idx), quotes)  # what the sentence says before
    if content is None or content[0] >= content[1]:
        return None
    return _Found("according_to", source, (token.idx, token.idx + len(token)), content, token)


def _ends_sentence(token: Token) -> bool:
    """ "… rose to 42 percent in Monday's poll.": a poll named at the end of the sentence is the source of what the
    whole sentence says."""
    rest = token.doc[token.right_edge.i + 1 : token.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def _framed_clause(token: Token, source: Span, quotes: Quotes, clause: Token) -> tuple[int, int] | None:
    """The clause a source phrase ("according to X", "in X's poll") hangs on, without the phrase itself."""
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    span = _subtree(clause) if clause.pos_ in ("VERB", "AUX") else token.sent
    start, end = _expand_to_quotes(_chars(span), quotes)
    phrase = (token.idx, source.end_char)  # the clause's words are the content, not the phrase itself
    if phrase[0] <= start < phrase[1]:
        start = phrase[1]
    elif start < phrase[0] and not doc_text(token.doc)[phrase[1] : end].strip(_CUT + ".!?"):
        end = phrase[0]
    content = _trim(token.doc, start, end, quotes)
    return content if content[0] < content[1] else None


def _trailing_according(token: Token, source: Span) -> _Found | None:
    """ "The plan was dropped, according to an email kept secret.": after a comma closing the main clause, the
    parser hangs the phrase on a verb of its own object's clause; the main clause is the content and the
    rest of the sentence is the source."""
    doc, sentence = token.doc, token.sent
    if token.i == sentence.start or doc[token.i - 1].text != "," or token.head.i < token.i:
        return None
    if sentence.root.i > token.i:
        return None
    end = sentence.end
    while doc[end - 1].is_space:  # a paragraph's last sentence keeps its line break
        end -= 1
    end = max(end - 1 if doc[end - 1].is_punct else end, source.end)
    content = (sentence.start_char, doc[token.i - 1].idx)
    to = doc[token.i + 1]
    return _Found("according_to", doc[source.start : end], (token.idx, to.idx + len(to)), content, token)


_CAPITAL_TURN = re.compile(r"^[A-Z][A-Z.' -]*:", re.MULTILINE)
MAX_COLON_SOURCE = 6  # tokens: "Republican pollster Daron Shaw:", "NY Daily News:"


def _colon(token: Token, quotes: Quotes) -> _Found | None:
    """ "Graham: Trump's rhetoric destroying GOP" and "pollster Daron Shaw: “…”": a bare name before a
    colon is the source, what follows it the content. A verb before the colon makes it a clause, not a name."""
    doc, text = token.doc, doc_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    first = max(token.sent.start, doc.char_span(line_start, token.idx, alignment_mode="expand").start)
    dash = next((t for t in reversed(doc[first : token.i]) if _spaced_dash(t)), None)
    if dash is not None and _quoted_after(token, quotes):
        first = dash.i + 1  # "RED STATES OUTNUMBER BLUE - Jeffrey M. Jones: “…”": a rubric, then who speaks
        line_start = doc[first].idx
    prefix = doc[first : token.i]
    if not 0 < len(prefix) <= MAX_COLON_SOURCE or any(t.pos_ in ("VERB", "AUX") for t in prefix):
        return None
    if prefix[0].lower_ == "dear":
        return None  # "Dear Abby: My husband and I …": whom the letter is to
    if " ".join(prefix.text.split()).casefold() in RUBRICS:
        return None  # "BREAKING: …", "WATCH: …", "Editor's note:" (a no-break space or not): a page's label
    if prefix[0].pos_ == "CCONJ":
        return None  # "Plus: …", "And with good reason: …": the text goes on; no name opens it
    if _dateline(prefix):
        return None  # "NEW DELHI: …", "New Delhi / Mumbai: …": where the story is told from
    if prefix[0].is_bracket or any(t.like_num for t in prefix):
        return None  # "[The Palace: Tale of …]", "Hurricanes 4, Blackhawks 2:", "Euro 2020 qualifying:": a title
    named = any(t.pos_ == "PROPN" for t in prefix) or all(t.text[:1].isupper() for t in prefix)
    if not named and (prefix[-1].pos_ != "NOUN" or prefix.text.islower()):
        return None  # "text-align: center", a style sheet's rule left in the text, is no one speaking
    if not named and not any(t.dep_ == "poss" or t.lower_ == "from" for t in prefix):
        # "The goal: …", "Good news: …": the author's own lead-in; but "Their argument: …", "From the report: …"
        return None
    after = token.i + 1
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after >= len(doc):
        return None
    if prefix.start_char == line_start:  # a headline or a line of its own: the rest of the line
        end = text.find("\n", token.idx)
        end = len(text) if end < 0 else end
    else:
        end = doc[after].sent.end_char
    content = _trim(doc, *_expand_to_quotes((doc[after].idx, end), quotes), quotes)
    if content[0] >= content[1] or _roll(doc.char_span(*content, alignment_mode="expand")):
        return None
    return _Found("direct" if quotes.at(doc[after].idx) else "indirect", prefix, _chars([token]), content, token)


def _quoted_after(token: Token, quotes: Quotes) -> bool:
    following = next((t for t in token.doc[token.i + 1 :] if not t.is_space), None)
    return following is not None and quotes.at(following.idx) is not None


def _spaced_dash(token: Token) -> bool:
    """A dash between words ("BLUE - Jones"), not a hyphen inside one ("text-align", "Seitz-Wald")."""
    return token.text in DASHES and bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)


def _roll(content: Span | None) -> bool:
    """A list of names or a figure, not a statement: "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …" (a
    panel's members by state), "Clinton: 2,316." (a tally)."""
    words = [t for t in content or () if not t.is_punct and not t.is_space]
    commas = sum(t.text == "," for t in content or ())
    if words and all(t.like_num for t in words):
        return True
    return commas >= 2 and all(t.pos_ == "PROPN" or t.lower_ == "and" for t in words)


def _dateline(prefix: Span) -> bool:
    """Place names alone opening the article before a colon, as many papers write a dateline: tagged places
    ("New Delhi / Mumbai:"), capitals the gazetteer knows ("KAMPALA:", which the model seldom tags) or, in
    title case, the own names of cities of a million people or more ("Mombasa:"); not a smaller city's name
    ("Warren: …", "Graham: …": a headline's speaker, though towns bear those names too)."""
    if any(not t.is_space for t in prefix.doc[: prefix.start]):
        return False
    places = [t for t in prefix if t.ent_type_ in ("GPE", "LOC")]
    if places and all(t.ent_type_ in ("GPE", "LOC") or t.is_punct or t.lower_ == "and" for t in prefix):
        return True
    upper = prefix.text.isupper()
    parts = re.split(r"\s*(?:/|,|\band\b)\s*", prefix.text.title() if upper else prefix.text)
    # capitals are read as places wherever the gazetteer has them; title case only as a great city's own name
    return all(part and (geocode(part, "GPE") is not None if upper else major_city(part)) for part in parts)


def words(doc: Doc, quotes: Quotes | None = None) -> Iterator[tuple[Token, bool]]:
    """Words outside quotations (speech reported inside one is nested: only the outer one counts), each
    with whether a quotation touches its sentence."""
    quotes = quotes or doc_quotes(doc)
    for sentence in doc.sents:
        after = quotes.after(sentence.start_char)
        quoted = quotes.at(sentence.start_char) is not None or (after is not None and after[0] < sentence.end_char)
        for token in sentence:
            if quotes.at(token.idx) is None:
                yield token, quoted


def _hearsay(adverb: Token, quotes: Quotes) -> _Found | None:
    """ "Clinton has reportedly won": someone unnamed says the clause the adverb modifies."""
    clause = adverb.head
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    doc = adverb.doc
    span = _subtree(clause)
    if span.start == adverb.i:  # "Reportedly, he made…": the clause after the adverb and its comma
        after = adverb.i + 1 + (adverb.i + 1 < len(doc) and doc[adverb.i + 1].is_punct)
        span = doc[after : span.end]
    content = _trim(doc, *_chars(span), quotes)
    return _Found("indirect", None, _chars([adverb]), content, adverb) if content[0] < content[1] else None


def _fronted_hearsay(token: Token) -> bool:
    """ "Reportedly, he made the comments": the adverb frames the whole clause, subject and verb included."""
    return token.lower_ in HEARSAY and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i for c in token.head.children
    )


def _clause_cue(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_ in CLAUSE_CUES and any(c.dep_ == "ccomp" for c in token.children)


def _candidates(doc: Doc, quotes: Quotes, model: CueModel) -> list[_Found]:
    found = []
    taken: set[int] = set()
    listed = list(words(doc, quotes))
    cue = probabilities([(token, quoted) for token, quoted in listed if is_candidate(token)], model)
    for token, _ in listed:
        if token.i in taken:
            continue  # a word of a cue found already: "seemed to suggest", "issued a statement saying", "his view:"
        if token.lower_ == "according" and token.dep_ == "prep":
            candidate = _according_to(token, quotes)
        elif token.lower_ == "in" and token.dep_ == "prep":
            candidate = _in_poll(token, quotes)
        elif token.text == ":":
            candidate = _colon(token, quotes)
        elif token.lower_ in HEARSAY and token.dep_ == "advmod":
            candidate = _hearsay(token, quotes)
        elif (
            is_candidate(token)
            and not _prefix(token)
            and (_clause_cue(token) or _drawn(token) is not None or cue[token.i] >= CUE_THRESHOLD)
        ):
            candidate = (
                _raised_report(token, quotes, model.words)
                or _medium_report(token, quotes)
                or _verb_attribution(token, quotes)
            )
        else:
            continue
        if candidate is not None:
            found.append(candidate)
            taken.update(t.i for t in doc.char_span(*candidate.cue, alignment_mode="expand") or ())
    return found


def _raised_report(verb: Token, quotes: Quotes, table: Mapping[str, float]) -> _Found | None:
    """ "Rubio seemed to urge the opposite tactic", "She appeared to imply that …", "Trump continued to question …": a
    hedge or a continuation of a verb that reports by its very word is that verb's report, its subject the speaker
    and the hedge part of the cue; not one that merely happens ("seemed to match the mood", "continued to rise").
    Going on doing a thing is doing it, so a continuation needs only a verb the model leans to at all ("continued
    to complain"); a hedge may be the writer's own ("seemed to know little"), so it needs one that reports."""
    if verb.lemma_ not in CARRIERS:
        return None
    said = _raised_verb(verb)
    if said is None or not _reports_by_word(said, table, 0.0 if verb.lemma_ == "continue" else REPORTING_LEMMA):
        return None
    found = _verb_attribution(said, quotes)
    if found is None or found.source is None or found.source.root.lower_ in ("it", *EXPLETIVES):
        return None
    found.cue = (_cue_tokens(verb, None)[0].idx, found.cue[1])
    return found


def _medium_report(verb: Token, quotes: Quotes) -> _Found | None:
    """ "released a statement Wednesday saying the pier is safe", "issued a statement condemning the attack": what
    the statement does is what was said, and the verb, its medium and the participle together are the cue."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _puts_out(verb, obj):
        return None  # not "defended his call, saying …", where both say something
    participle = next(
        (c for c in (*verb.rights, *obj.rights) if c.dep_ in ("advcl", "xcomp", "acl") and c.tag_ == "VBG"), None
    )
    if participle is None:
        return None
    found = _verb_attribution(participle, quotes)
    if found is None:
        return None
    return _Found(found.kind, _source(verb), (_cue_tokens(verb, None)[0].idx, found.cue[1]), found.content, participle)


def _puts_out(verb: Token, obj: Token) -> bool:
    """Whether the verb puts out a statement, letter or speech ("issued a statement"), which then speaks."""
    return verb.lemma_ in PUBLISHING and obj.lemma_.lower() in MEDIA


def _reports_by_word(verb: Token, table: Mapping[str, float], bar: float) -> bool:
    """Whether the cue model weighs the verb's lemma alone above the bar, whatever its place in the parse."""
    return table.get(lemma_feature(spelled(verb.lemma_.lower(), table)), 0.0) > bar


def _raised_verb(verb: Token) -> Token | None:
    """The verb "seemed to" hedges, right after it (not "seems as crazy as the story that led her to write it")."""
    said = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i), None)
    between = verb.doc[verb.i + 1 : said.i] if said is not None else ()
    return said if all(t.dep_ in VERB_LEADS for t in between) else None


def _prefix(token: Token) -> bool:
    """The "re" of "re-elected", which the tokenizer splits off at the hyphen and the tagger may take for a verb."""
    hyphen = _next_word(token)
    if token.whitespace_ or hyphen is None or hyphen.text != "-" or hyphen.whitespace_:
        return False
    joined = _next_word(hyphen)
    return joined is not None and joined.is_alpha


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _outermost(found: list[_Found]) -> list[_Found]:
    """Drop attributions whose cue lies in another's content; "according to", "in a poll" and a "Reportedly,"
    before the subject win over the clause they frame (their content), otherwise the shallower cue in the parse
    wins."""
    kept: list[_Found] = []

    def rank(f: _Found) -> tuple[bool, bool, int, int]:
        framing = f.kind == "according_to" and not _reported_clause(f.cue_token)
        framing = framing or _fronted_hearsay(f.cue_token) or _turn(f)
        return (not framing, not _parenthetical(f.cue_token), _depth(f.cue_token), f.cue[0])

    for candidate in sorted(found, key=rank):
        outer = next((k for k in kept if k.content[0] <= candidate.cue[0] < k.content[1]), None)
        continued = _continues(candidate.cue_token)
        own = outer is not None and _goes_on_saying(candidate, outer)
        if outer is not None and (own or (continued is not None and _reported_by(continued, outer.cue_token))):
            end = candidate.cue_token.left_edge
            # back over what joins them: "said …, adding", "… and added", a no-break space
            while (end := end.nbor(-1)).text in SEPARATORS or end.dep_ == "cc" or end.is_space:
                pass
            outer.content = (outer.content[0], end.idx + len(end))
            candidate.source = candidate.source if own else outer.source
        elif outer is not None and not any(
            nested(candidate.cue_token) for nested in (_relative_report, _contrast, _as_reported)
        ):
            continue
        inner = [k for k in kept if candidate.content[0] <= k.cue[0] < candidate.content[1] and _clash(candidate, k)]
        if inner and not _reports_reports(candidate, inner):
            continue
        kept.append(candidate)
    return sorted(kept, key=lambda f: f.cue[0])


def _goes_on_saying(inner: _Found, outer: _Found) -> bool:
    """ "Rubio said the real extremist is Clinton, and he railed against the moderators": a reporting verb with its
    own subject joined to the clause another reports is a report of its own when the speaker is the same, by name
    or as "he"/"she"; the clause before it is what the first verb reports. Not a second "that"- or wh-clause,
    which the first verb reports too ("said that … and that she had spoken", "what he says and how experts say")."""
    word, source, speaker = inner.cue_token, inner.source, outer.source
    if word.dep_ != "conj" or source is None or speaker is None or not _has_subject(word):
        return False
    if word.left_edge.tag_ in ("WDT", "WP", "WRB") or any(c.dep_ == "mark" for c in word.children):
        return False
    if not (source.root.lower_ in ("he", "she") or source.root.text == speaker.root.text):
        return False
    return _reported_by(_joined_clause(word), outer.cue_token)


def _reported_clause(token: Token) -> bool:
    """ "said that according to its count, the party has won": a phrase inside a that-clause, which the verb before
    it reports whole."""
    clause = token.head
    return token.i < clause.i and any(
        c.dep_ == "mark" and c.lower_ == "that" and c.i < token.i for c in clause.children
    )


def _reported_by(clause: Token, verb: Token) -> bool:
    """The verb itself, or a clause it reports through clauses ("said the warning was a sign that …")."""
    while clause.i != verb.i and clause.dep_ in ("ccomp", "acomp"):
        clause = clause.head
    return clause.i == verb.i


def _reports_reports(outer: _Found, inner: list[_Found]) -> bool:
    """ "Eggleston expressed concern and said it could hurt the strategy, people familiar with the session said": a
    reporting clause after what it reports names another speaker, whose reports it holds; not one that tags its
    own speaker's words again ("Feinstein said “…,” she said")."""
    source = outer.source
    if source is None or source.root.pos_ == "PRON" or outer.content[1] > outer.cue[0]:
        return False
    return all(k.source is None or k.source.text.lower() != source.text.lower() for k in inner)


def _turn(found: _Found) -> bool:
    """ "TAPPER: Do you think he has campaigned as a healer?": a name opening its line before a colon frames
    all the line says, a transcript's turn, also the "I think" inside it. Not a topic ("Superdelegates: Clinton
    is backed by …, according to the AP"), nor a person the line then tells of by name ("Bernie Sanders: Credit
    scores. On his website, Senator Bernie Sanders calls for …")."""
    source = found.source
    if found.cue_token.text != ":" or source is None or _turn_label(found):
        return False
    text = doc_text(source.doc)
    # a name in capitals speaks in a transcript, where such names open several lines; one alone is a dateline or
    # an outlet ("NEW DELHI: Their dream shattered, … Some said …")
    transcript = source.text.isupper() and len(_CAPITAL_TURN.findall(text)) > 1
    if not (transcript or any(t.ent_type_ == "PERSON" for t in source)):
        return False
    before = text[: source.start_char].rstrip(" ")
    if before and not before.endswith("\n") and not (source.start > 0 and _spaced_dash(source.doc[source.start - 1])):
        return False
    said = {w.casefold() for w in re.findall(r"\w+", text[found.content[0] : found.content[1]])}
    return source[-1].text.casefold() not in said


def _relative_report(verb: Token) -> bool:
    """ "a bill, which critics said was discriminatory": a relative clause whose subject is someone (not the
    relative pronoun) reports that someone's words, also inside another's content."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVES for c in verb.children)


def _contrast(verb: Token) -> bool:
    """ "officials warned they could sell off assets, though many observers doubt they would": a clause set against
    the reported one is a report of its own, also inside another's content, and so is a report within that clause
    ("…, while her rival has soared in the polls by saying that …")."""
    for clause in (verb, *verb.ancestors):
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRASTS for c in clause.children):
            return True
        if clause.dep_ == "ccomp":
            return False  # (a clause the outer verb reports ends the search)
    return False


def _clash(outer: _Found, inner: _Found) -> bool:
    """An accepted cue inside this content: fine only when it is this one's own speaker and cue (split quote)."""
    return not (outer.cue[0] <= inner.cue[0] < outer.cue[1])


def _continue_quotes(doc: Doc, found: list[_Found], quotes: Quotes) -> None:
    """A direct quotation goes on in the quotations that follow it with nothing else between."""
    text = doc_text(doc)
    taken = [f.content for f in found]
    for index, attribution in enumerate(found):
        if attribution.kind != "direct":
            continue
        limit = found[index + 1].cue[0] if index + 1 < len(found) else len(text)
        end = _sentence_end(doc, max(attribution.content[1], attribution.cue[1]))
        while (nxt := quotes.after(end)) and nxt[1] <= limit and not text[end : nxt[0]].strip(" \n\t."):
            if any(s <= nxt[0] < e for s, e in taken) or not _whole_sentences(doc, nxt):
                break
            attribution.content = (attribution.content[0], nxt[1])
            end = nxt[1]


def _one_per_content(found: list[_Found]) -> list[_Found]:
    """One speaker per passage: when two cues claim the same words ("said he would “rebuild the pier,” the crowd
    cheered"), the nearer one says them."""

    def distance(f: _Found) -> int:
        (start, end), (cue_start, cue_end) = f.content, f.cue
        return max(start - cue_end, cue_start - end, 0)

    nearest: dict[tuple[int, int], _Found] = {}
    for f in found:
        if f.content not in nearest or distance(f) < distance(nearest[f.content]):
            nearest[f.content] = f
    return [f for f in found if nearest[f.content] is f]


def _sentence_end(doc: Doc, char: int) -> int:
    span = doc.char_span(char - 1, char, alignment_mode="expand")
    return span[0].sent.end_char if span is not None else char


def _whole_sentences(doc: Doc, quote: tuple[int, int]) -> bool:
    """A quotation that is a sentence of its own (it ends where its sentence ends)."""
    end_char = _sentence_end(doc, quote[1])
    return not doc_text(doc)[quote[1] : end_char].strip(" .\n")


# --- speakers ------------------------------------------------------------------------------


def _attributions(doc: Doc, found: list[_Found], entities: list[Entity]) -> list[Attribution]:
    speakers = Speakers(doc, entities)
    out = []
    for f in found:
        speaker, entity = speakers.name(_named_part(f), f.cue[0], f.content)
        out.append(
            Attribution(
                kind=f.kind,
                source=_text_span(doc, f.source.start_char, f.source.end_char) if f.source is not None else None,
                cue=_text_span(doc, *f.cue),
                content=_text_span(doc, *f.content),
                speaker=speaker,
                entity=entity,
            )
        )
    return out


def _turn_label(found: _Found) -> bool:
    """ "Q: …", "A: …": an interview's turns, spoken by those the transcript's heading names, not by a letter."""
    return found.source is not None and found.cue_token.text == ":" and len(found.source.text) == 1


def _named_part(found: _Found) -> Span | None:
    """The part of the source that names the speaker. A source the parse ran over its own cue ("A majority of
    voters expect Clinton to win …, 44 percent to 34" as one subject) names the cue's own subject, or no one."""
    source = found.source
    if _turn_label(found):
        return None
    if source is None or not source.start_char <= found.cue[0] < source.end_char:
        return source
    cue = found.cue_token
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
    if subject is None:
        return None
    inside, end = {t.i for t in subject.subtree}, subject.i + 1
    while end < cue.i and end in inside:  # the subject's words up to the cue, not what the parse hung on it after
        end += 1
    return subject.doc[subject.left_edge.i : end]


def _text_span(doc: Doc, start: int, end: int) -> TextSpan:
    """The span without the spaces at its edges (a no-break space, a line break) that a phrase's tokens hold."""
    text = doc_text(doc)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return TextSpan(start, end, text[start:end])


def is_act(doc: Doc, attribution: Attribution) -> bool:
    """The attribution's cue is a verb of force: its source did something rather than said it."""
    if attribution.cue is None:
        return False
    cue = doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
    return cue is not None and any(t.lemma_.lower() in FORCE for t in cue)


def extract_attributions(doc: Doc, entities: list[Entity], cues: CueModel | None = None) -> list[Attribution]:
    """Attributions of an article in text order; speakers resolved to entities where the source names one.
    `cues` replaces the shipped cue model's weights (cross-fitting scores train with models fitted without it)."""
    quotes = doc_quotes(doc)
    found = _outermost(_candidates(doc, quotes, cue_weights() if cues is None else cues))
    _continue_quotes(doc, found, quotes)
    return _attributions(doc, _one_per_content(found), entities)
