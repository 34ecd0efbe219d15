"""What is said: a cue's words (its verb group) and the content it carries (clause, object, quotation)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from storyline.extract.attribution_cues import (
    CLAUSE_CUES,
)
from storyline.extract.attributions.grammar import (
    _chars,
    _clause_cue,
    _ends_sentence,
    _has_subject,
    _medium,
    _next_word,
    _puts_out,
    _subtree,
)
from storyline.extract.attributions.lexicon import (
    ANSWERS,
    ASKED_MARKS,
    BETWEEN,
    BREAKS,
    CIRCUMSTANCES,
    CLAUSE_OPENERS,
    CONTENT_PREPS,
    CUT,
    EXPLETIVES,
    FALLBACK_DEPS,
    FINITE,
    LINE_END_COLON,
    MOMENTS,
    NAMING,
    OBJECT_PRONOUNS,
    PROPOSITIONS,
    QUOTING,
    RAISING,
    RECIPIENT_OBJECT,
    REFLEXIVES,
    SEPARATORS,
    SETTING_PREPS,
    SUPPORT,
    TO_HEARER,
    TOLD,
    TOPIC_PREPS,
    WHERE,
)
from storyline.extract.attributions.sources import (
    _circumstances,
    _continues,
    _felt,
    _first_children,
    _fronted_subject,
    _inverted_subject,
    _object_of,
    _plain_subject,
    _reduced_subject,
)
from storyline.extract.entities import VERB_LEADS
from storyline.extract.nlp import doc_text
from storyline.extract.quotations import Quotes, doc_quotes
from storyline.extract.times import LABELS as WHEN


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
    left = before if before_too and before and BETWEEN.match(gap) and (paragraph_before or "\n" not in gap) else None
    right = after if after and BETWEEN.match(text[end : after[0]]) else None
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
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or _hung_subject(verb)
    if subject is None:
        return False
    # "…, said the company's chief executive." (not "…, and soon after wrote his first novel")
    first = verb.left_edge if subject.i > verb.i else subject.left_edge
    return first.i > 0 and verb.doc[first.i - 1].text == ","


def _hung_subject(verb: Token) -> Token | None:
    """The subject of a trailing reporting verb that the parser hung on the clause before it, set off by commas: "…,
    including six children, a coast guard spokeswoman, Giulia Ferraro, told reporters." (the spokeswoman a conjunct
    of the children)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or any(c.i < verb.i or c.dep_ == "nsubj" for c in verb.children):
        return None
    noun = doc[verb.i - 2]
    while noun.dep_ in ("appos", "compound", "flat") and noun.head.i < noun.i:
        noun = noun.head  # from the name to the description it stands beside
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i else None


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
        end = min(verb.left_edge.i, hung.left_edge.i) if (hung := _hung_subject(verb)) else verb.left_edge.i
        return _chars(doc[head.left_edge.i : end]), None  # "The plan is dead, she said."
    if "xcomp" in children:
        xcomp = _subtree(children["xcomp"])
        if "dobj" in children and children["dobj"].i < xcomp.start:
            # "declared two days of mourning to honour the dead", "urged voters to stay home": both say it
            return _chars(doc[children["dobj"].left_edge.i : xcomp.end]), None
        subject = children.get("nsubjpass") or (children.get("nsubj") if verb.lemma_ in RAISING else None)
        if subject is None:
            return _chars(xcomp), None
        return _chars(doc[min(subject.left_edge.i, xcomp.start) : max(subject.right_edge.i + 1, xcomp.end)]), None
    if (described := _described_as(verb, children)) is not None:
        return described
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
        if inner is not None and BETWEEN.match(doc_text(doc)[obj.idx + len(obj) : inner[0]]):
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


def _described_as(verb: Token, children: dict[str, Token]) -> tuple[tuple[int, int], Token | None] | None:
    """ "The levy is widely seen as a burden", "The ferries are considered unsafe", "The fund will be dubbed the
    Harbour Fund": a passive verb of seeing or naming says that its subject is what follows the verb, so both are
    what is said (the cue between them is cut out where it is scored), and "as" belongs to the cue."""
    subject = children.get("nsubjpass")
    if subject is None:
        return None
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ == "as":
            if any(c.dep_ == "pcomp" and c.lemma_ in CLAUSE_CUES for c in child.children):
                return None  # "was quoted by the agency as saying that …": the saying is the subject's report
            return _chars(verb.doc[subject.left_edge.i : child.right_edge.i + 1]), child
        if child.dep_ == "oprd":
            return _chars(verb.doc[subject.left_edge.i : child.right_edge.i + 1]), None
    return None


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
            and obj.doc[c.left_edge.i - 1].text not in CUT
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
    if before is None or "\n" in text[before[1] : start] or not BETWEEN.match(text[before[1] : start]):
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
    if first is None or not BETWEEN.match(text[quoted[1] : first.idx]):
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
    """A finite clause and its subject. In "critics who argue it complicated the rules" the parser takes "it" for
    the verb's object and leaves the clause without a subject; the words just before the clause are its subject. A
    report in a relative clause reports a clause whose subject is the relative pronoun ("which she said was unfair")
    or the noun right before the report ("a decision they say was unfair")."""
    span = _subtree(clause)
    finite = clause.tag_ in FINITE or any(c.dep_ == "aux" for c in clause.children)
    if not finite or _has_subject(clause):
        return span
    if obj is not None and obj.right_edge.i + 1 == span.start:
        return clause.doc[obj.left_edge.i : span.end]
    verb = clause.head
    if verb.dep_ != "relcl":
        return span
    first = verb.left_edge
    if first.tag_ in ("WDT", "WP") or first.lower_ == "that":
        return clause.doc[first.i : span.end]  # "the levy, which she said was unfair": its relative pronoun
    if first.i == verb.head.i + 1:
        # "a decision they say was unfair": the noun the report hangs on, right before it
        return clause.doc[verb.head.left_edge.i : span.end]
    return span


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
    colon = LINE_END_COLON.match(text, group[1] - 1)
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
