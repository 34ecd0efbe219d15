"""Who said what: attributions (source, cue, content) read off the one spaCy parse of an article.

A cue is a word the cue model (attribution_cues.py, trained on PolNeAR) scores high enough, or
"according to", or a name before a colon; its subject is the source and its clausal complement,
object, or the quotation standing next to it is the content. Spans follow PolNeAR's
conventions so the evaluation can score them: content keeps its quote marks,
the cue keeps its verb group (auxiliaries, negation, "said in a statement:"),
and a quotation that continues in the next sentences belongs to the same
attribution. Only the outermost attribution is kept when one nests in another.

The parts, in the order the data flows: `cues` finds each cue and asks `sources` for its speaker and `contents` for
its words and content; `nesting` settles which of the attributions found stand; this module names the speakers.
`lexicon` and `grammar` hold the word lists and the readings of the parse they share.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from storyline.extract.attribution_cues import CueModel
from storyline.extract.attribution_cues import weights as cue_weights
from storyline.extract.attributions.cues import _candidates, _reports_by_word, _speaks_of
from storyline.extract.attributions.grammar import _Found, words
from storyline.extract.attributions.lexicon import (
    ABOUT,
    ACTING_LEMMA,
    ANONYMITY,
    CUE_THRESHOLD,
    DEEDS,
    EMBLEMS,
    RELATIVE_PRONOUNS,
    REPLIES,
    SETTING_OFF,
    UNANSWERED,
)
from storyline.extract.attributions.nesting import _continue_quotes, _one_per_content, _outermost, _turn_label
from storyline.extract.attributions.posts import embedded_posts
from storyline.extract.nlp import doc_text
from storyline.extract.quotations import doc_quotes
from storyline.extract.speakers import Speakers
from storyline.model import Attribution, Entity, TextSpan

__all__ = ["CUE_THRESHOLD", "extract_attributions", "is_act", "words"]


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
                refers=_refers(doc, f.content, f.cue[0]),
            )
        )
    return out


def _refers(doc: Doc, content: tuple[int, int], cue: int) -> TextSpan | None:
    """The noun phrase a relative pronoun opening the content stands for, which the content leaves out: "12 of its
    pilots" of "12 of its pilots, who were described by the board as …". The report is in a clause on a noun before
    its cue; a "that" after the cue ("said in a statement that …") opens what was said, whatever the parser hung it
    on."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or span[0].tag_ not in ("WDT", "WP") or span[0].lower_ not in RELATIVE_PRONOUNS:
        return None  # not "what" ("said what he saw"): it stands for nothing before it
    # the clause the pronoun opens, past what it reports ("who officials said was drunk"); not a question's "who"
    clause = next((t for t in span[0].ancestors if t.dep_ == "relcl"), None)
    if clause is None or clause.head.idx >= cue:
        return None
    head = clause.head
    if head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
        # the whole phrase: "12 of its pilots, who …" are the 12, and the "who" of "the man in the car, who …" the
        # man, whom the parser may leave for the car
        head = head.head.head
    phrase = doc[head.left_edge.i : clause.left_edge.i]
    while len(phrase) and (phrase[-1].is_punct or phrase[-1].is_space):
        phrase = phrase[:-1]
    # not the words the parser let the noun's phrase open with: "So, the record, which …", "Even the letter, which …"
    while len(phrase) and (phrase[0].is_punct or phrase[0].pos_ in ("CCONJ", "ADV", "ADP", "INTJ", "SCONJ")):
        phrase = phrase[1:]
    return _text_span(doc, phrase.start_char, phrase.end_char) if len(phrase) else None


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
    """The attribution's source did something rather than said it: its cue is a verb of force or of appointing, its
    source set others' talk off (`_sets_talk_off`), or its verb does with its bare object for content (`_done`).
    PolNeAR's annotators draw such acts as stances; they are no one's words in a dossier, and neither is a request
    to stay unnamed ("who asked not to be named"), what no one said ("No group has claimed responsibility"), a
    request left unanswered (`_unanswered`) or what a crowd shows (`_shows`)."""
    if attribution.cue is None:
        return False
    if ANONYMITY.match(attribution.content.text) or _no_one(doc, attribution.source):
        return True
    cue = doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
    if cue is None:
        return False
    if any(t.lemma_.lower() in DEEDS for t in cue):
        return True
    verb = next((t for t in cue if t.pos_ == "VERB"), None)
    if verb is not None and (_shows(verb) or _unanswered(verb, attribution.content.text)):
        return True
    return _sets_talk_off(cue, verb, attribution.source) or (verb is not None and _done(doc, verb, attribution.content))


def _unanswered(verb: Token, content: str) -> bool:
    """ "did not respond to a request for comment", "did not return calls": a source that said nothing."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated and verb.lemma_.lower() in REPLIES and UNANSWERED.search(content) is not None


def _shows(verb: Token) -> bool:
    """ "Cubans displayed a Venezuelan flag …, supporting Nicolás Maduro": what a crowd shows, and the stance its
    showing takes with a bare object, are no one's words; what it chants while it shows them is ("waved flags,
    chanting that …", "chanting “Justice now”")."""
    if _shows_emblem(verb):
        return True
    said = any(c.dep_ == "ccomp" for c in verb.children) or any(t.is_quote for t in verb.subtree)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not said and _shows_emblem(verb.head)


def _shows_emblem(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in EMBLEMS for c in verb.children)


def _no_one(doc: Doc, source: TextSpan | None) -> bool:
    """ "No group has claimed responsibility", "Nobody answered": a source that is no one said nothing."""
    span = None if source is None else doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    denied = any(
        c.dep_ == "det" and c.lower_ == "no" and doc[c.i + 1].tag_ not in ("JJR", "RBR") for c in head.children
    )
    return denied or head.lower_ in ("nobody", "none")  # but "No fewer than 20 witnesses said" are twenty


def _sets_talk_off(cue: Span, verb: Token | None, source: TextSpan | None) -> bool:
    """ "The deaths have sparked debates about …", "the incident raises questions about …": the source is the verb's
    subject and caused talk it did not utter. "Raise" also means to voice ("Ana Ruiz raised questions"): it sets off
    only from a thing, "it" or a singular noun no entity names."""
    if verb is None and cue.root.dep_ == "dobj":
        verb = cue.root.head  # the noun cue "questions about" of "raises questions about"
    subject = None if verb is None else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if source is None or subject is None or not source.start <= subject.idx < source.end:
        return False
    if verb.lemma_ in SETTING_OFF:
        return True
    return verb.lemma_ == "raise" and (subject.lower_ == "it" or (subject.tag_ == "NN" and not subject.ent_type_))


def _done(doc: Doc, verb: Token, content: TextSpan) -> bool:
    """ "sank a free throw", "experienced an outage", "hit southern Iran": a verb whose word leans against reporting
    (the cue model weighs its lemma no more than ACTING_LEMMA) with its bare direct object for content. Not one that
    quotes, bids ("begged lawmakers not to …"), describes ("saw him as a rival") or tells what it was about ("raised
    questions about", "charged him with")."""
    said = doc.char_span(content.start, content.end, alignment_mode="expand")
    if said is None or said.root.dep_ != "dobj":
        return False
    if any(t.is_quote or t.tag_ == "TO" or t.lower_ == "as" for t in said) or _speaks_of(verb, None):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ABOUT for c in (*verb.children, *said.root.children)):
        return False
    return not _reports_by_word(verb.lemma_.lower(), cue_weights().words, ACTING_LEMMA)


def extract_attributions(doc: Doc, entities: list[Entity], cues: CueModel | None = None) -> list[Attribution]:
    """Attributions of an article in text order; speakers resolved to entities where the source names one.
    `cues` replaces the shipped cue model's weights (cross-fitting scores train with models fitted without it)."""
    quotes = doc_quotes(doc)
    found = _outermost(_candidates(doc, quotes, cue_weights() if cues is None else cues))
    _continue_quotes(doc, found, quotes)
    posts = embedded_posts(doc)
    # a post holds its own words: what a cue inside it reports is the account's, inside the account's post
    found = [f for f in found if not any(p.content[0] <= f.cue[0] < p.content[1] for p in posts)]
    found = sorted([*found, *posts], key=lambda f: f.cue[0])
    return _attributions(doc, _one_per_content(found), entities)
