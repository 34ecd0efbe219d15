"""Which attributions stand: the outermost of nested ones, one per content, and quotations that run on."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from storyline.extract.attributions.contents import _as_reported, _parenthetical
from storyline.extract.attributions.cues import _fronted_hearsay
from storyline.extract.attributions.grammar import _Found, _has_subject, _spaced_dash
from storyline.extract.attributions.lexicon import CAPITAL_TURN, CONTRASTS, SEPARATORS
from storyline.extract.attributions.sources import _continues, _joined_clause
from storyline.extract.nlp import doc_text
from storyline.extract.quotations import Quotes
from storyline.extract.speakers import RELATIVES


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
    transcript = source.text.isupper() and len(CAPITAL_TURN.findall(text)) > 1
    if not (transcript or any(t.ent_type_ == "PERSON" for t in source) or _surname(source)):
        return False
    before = text[: source.start_char].rstrip(" ")
    if before and not before.endswith("\n") and not (source.start > 0 and _spaced_dash(source.doc[source.start - 1])):
        return False
    said = {w.casefold() for w in re.findall(r"\w+", text[found.content[0] : found.content[1]])}
    return source[-1].text.casefold() not in said


def _surname(source: Span) -> bool:
    """A name the model left untagged ("Gingrich: Trump Must Decide …") whose last word ends the name of a person
    the article tags elsewhere ("Newt Gingrich")."""
    return any(e.label_ == "PERSON" and e[-1].text == source[-1].text for e in source.doc.ents)


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
        said = max(attribution.content[1], attribution.cue[1])
        end = _sentence_end(doc, said)
        opened = quotes.at(end - 1)
        if opened and text[said : opened[0]].rstrip().endswith((".", "!", "?")):
            end = opened[0]  # the parser ended the sentence after the next quotation's opening mark ("he said. ''")
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


def _turn_label(found: _Found) -> bool:
    """ "Q: …", "A: …": an interview's turns, spoken by those the transcript's heading names, not by a letter."""
    return found.source is not None and found.cue_token.text == ":" and len(found.source.text) == 1
