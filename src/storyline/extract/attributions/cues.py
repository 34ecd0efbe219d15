"""Where attributions start: each word the cue model or a fixed cue ("according to", a colon, "reportedly") makes
a cue, with its source and content."""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from storyline.extract.attribution_cues import (
    CLAUSE_CUES,
    CueModel,
    is_candidate,
    lemma_feature,
    probabilities,
    spelled,
)
from storyline.extract.attributions.contents import (
    _borrowed,
    _content,
    _cue_tokens,
    _expand_to_quotes,
    _group_edges,
    _within_paragraph,
)
from storyline.extract.attributions.grammar import (
    _chars,
    _clause_cue,
    _ends_sentence,
    _Found,
    _next_word,
    _puts_out,
    _spaced_dash,
    _subtree,
    _trim,
    words,
)
from storyline.extract.attributions.lexicon import (
    CARRIERS,
    CUE_THRESHOLD,
    CUT,
    EXPLETIVES,
    FINITE,
    HEARSAY,
    MAX_COLON_SOURCE,
    OPENERS,
    POLLS,
    QUOTING,
    RAISING,
    REACTIONS,
    RECEIVING,
    REPORTING_LEMMA,
    RUBRICS,
)
from storyline.extract.attributions.sources import _object_of, _source
from storyline.extract.entities import VERB_LEADS, in_title_case
from storyline.extract.nlp import doc_text
from storyline.extract.places import geocode, major_city
from storyline.extract.quotations import Quotes


def _verb_attribution(verb: Token, quotes: Quotes) -> _Found | None:
    if _lets(verb) or _connective(verb) or _turned_up(verb) or _imperative(verb):
        return None
    if _reaction(verb) is not None:
        # "drawn criticism from X" is X's; with no "from", "The plan has drawn criticism" names no one who criticized
        # it, and the plan said nothing
        return _drawn(verb)
    if verb.dep_ == "dobj" and _reaction(verb.head) is not None:
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
    content = _without_aside(verb.doc, content, quotes)
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


def _without_aside(doc: Doc, content: tuple[int, int], quotes: Quotes) -> tuple[int, int]:
    """ "criticized the levy, which the board called unfair", "will campaign in Lenby, where she grew up": a relative
    clause set off by a comma at the end of what is said is the writer's aside about its last noun, not part of it;
    a quotation is cut by no one."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or quotes.at(content[0]) is not None:
        return content
    for token in span:
        comma = token.left_edge.i - 1
        if token.dep_ != "relcl" or comma <= span.start or doc[comma].text != ",":
            continue
        if all(t.is_punct for t in doc[token.right_edge.i + 1 : span.end]):  # it ends what is said
            return content[0], doc[comma].idx
    return content


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


def _reaction(verb: Token) -> tuple[Token, Token] | None:
    """The reaction a verb says its subject drew, and that subject: "criticism" and "The proposal" of "The proposal
    has drawn harsh criticism"."""
    if verb.lemma_ not in RECEIVING or verb.pos_ != "VERB":
        return None
    said = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in REACTIONS), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None if said is None or subject is None else (said, subject)


def _drawn(verb: Token) -> _Found | None:
    """ "The proposal has drawn harsh criticism from fellow hopefuls": those it came from said it, of the proposal;
    the cue runs over the verb and its object."""
    if (reaction := _reaction(verb)) is None:
        return None
    said, subject = reaction
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


def _framed_clause(token: Token, source: Span, quotes: Quotes, clause: Token) -> tuple[int, int] | None:
    """The clause a source phrase ("according to X", "in X's poll") hangs on, without the phrase itself."""
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    span = _subtree(clause) if clause.pos_ in ("VERB", "AUX") else token.sent
    start, end = _expand_to_quotes(_chars(span), quotes)
    phrase = (token.idx, source.end_char)  # the clause's words are the content, not the phrase itself
    if phrase[0] <= start < phrase[1]:
        start = phrase[1]
    elif start < phrase[0] and not doc_text(token.doc)[phrase[1] : end].strip(CUT + ".!?"):
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
    if _rubric(prefix):
        return None  # "BREAKING: …", "WATCH: …", "Editor's note:": a page's label
    if prefix[0].pos_ == "CCONJ":
        return None  # "Plus: …", "And with good reason: …": the text goes on; no name opens it
    if _dateline(prefix):
        return None  # "NEW DELHI: …", "New Delhi / Mumbai: …": where the story is told from
    opened = prefix[0].is_bracket or (first > 0 and doc[first - 1].is_bracket and doc[first - 1].is_left_punct)
    if opened or any(t.like_num for t in prefix) or token.ent_type_ == "WORK_OF_ART":
        # "[The Palace: Tale of …]", "Hurricanes 4, Blackhawks 2:", "Euro 2020 qualifying:", "The X Men: First
        # Class": a title
        return None
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


def _roll(content: Span | None) -> bool:
    """A list of names or a figure, not a statement: "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …" (a
    panel's members by state), "Clinton: 2,316." (a tally), "Portions: 1 green, 2 red, 1 tsp" (items with no
    finite verb among them, unquoted)."""
    if not content:
        return False
    words = [t for t in content if not t.is_punct and not t.is_space]
    if words and all(t.like_num for t in words):
        return True
    if sum(t.text == "," for t in content) < 2:
        return False
    if all(t.pos_ == "PROPN" or t.lower_ == "and" for t in words):
        return True
    return not content[0].is_quote and not any(t.tag_ in FINITE for t in content)


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
        elif token.pos_ == "PROPN" and _reports_in_headline(token, model.words):
            candidate = _headline_report(token, quotes)
        elif (
            is_candidate(token)
            and not _prefix(token)
            and not _labels(token)
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
    bar = 0.0 if verb.lemma_ == "continue" else REPORTING_LEMMA
    if said is None or not _reports_by_word(said.lemma_.lower(), table, bar):
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


def _reports_by_word(lemma: str, table: Mapping[str, float], bar: float) -> bool:
    """Whether the cue model weighs the lemma alone above the bar, whatever its word's place in the parse."""
    return table.get(lemma_feature(spelled(lemma, table)), 0.0) > bar


def _raised_verb(verb: Token) -> Token | None:
    """The verb "seemed to" hedges, right after it (not "seems as crazy as the story that led her to write it")."""
    said = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i), None)
    between = verb.doc[verb.i + 1 : said.i] if said is not None else ()
    return said if all(t.dep_ in VERB_LEADS for t in between) else None


def _rubric(words: Span) -> bool:
    """A page's label ("BREAKING", "Editor's note", with a no-break space or not), which names no one."""
    return " ".join(words.text.split()).casefold() in RUBRICS


def _labels(token: Token) -> bool:
    """The "note" of "Editor's note: …": the last word of a label before its colon, whose possessor would
    otherwise speak the editor's words."""
    colon = _next_word(token)
    return colon is not None and colon.text == ":" and _rubric(token.doc[token.left_edge.i : token.i + 1])


def _prefix(token: Token) -> bool:
    """The "re" of "re-elected", which the tokenizer splits off at the hyphen and the tagger may take for a verb."""
    hyphen = _next_word(token)
    if token.whitespace_ or hyphen is None or hyphen.text != "-" or hyphen.whitespace_:
        return False
    joined = _next_word(hyphen)
    return joined is not None and joined.is_alpha


def _stems(word: str) -> tuple[str, ...]:
    """The lemmas an inflected verb may have ("endorses", "slammed", "questioned", "worries")."""
    if len(word) < 4:
        return ()  # "Ted", "Mrs"; "says" is one
    if word.endswith(("ies", "ied")):
        return (word[:-3] + "y",)
    if word.endswith("es"):
        return word[:-1], word[:-2]
    if word.endswith("s"):
        return (word[:-1],)
    if word.endswith("ed"):
        doubled = (word[:-3],) if word[-3] == word[-4] else ()  # "slammed"
        return word[:-1], word[:-2], *doubled
    return ()


def _reports_in_headline(token: Token, table: Mapping[str, float]) -> bool:
    """A verb of a title-case headline the tagger took for part of a name ("Carly Fiorina Endorses Ted Cruz"): an
    inflected form of a lemma the cue model weighs as reporting by itself, not a word inside a place's or an
    organisation's name ("the United States")."""
    if token.ent_iob_ == "I" and token.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
        return False
    reports = any(_reports_by_word(stem, table, REPORTING_LEMMA) for stem in _stems(token.lower_))
    return reports and in_title_case(doc_text(token.doc), token.idx)


def _headline_report(token: Token, quotes: Quotes) -> _Found | None:
    """The name right before the verb is the speaker (after any colon, comma, quote mark or dash), the words after
    it up to the next colon are what was said."""
    sentence = token.sent
    start = max((t.i + 1 for t in sentence if t.i < token.i and (t.is_punct or t.is_quote)), default=sentence.start)
    end = min((t.i for t in sentence if t.i > token.i and t.text == ":"), default=sentence.end)
    doc = token.doc
    source = doc[start : token.i]
    if not source or not any(t.pos_ == "PROPN" for t in source) or source[-1].pos_ not in ("PROPN", "NOUN"):
        return None
    content = _trim(doc, *_chars(doc[token.i + 1 : end]), quotes) if token.i + 1 < end else (0, 0)
    if content[0] >= content[1]:
        return None
    return _Found("indirect", source, _chars([token]), content, token)
