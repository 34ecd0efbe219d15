"""Posts a page embeds from a social network: the post's text, then a line signing it with the account.

"— Rep. Ada Voss (@adavoss) November 19, 2031" under a paragraph says that paragraph is the account's words, not
the outlet's. The cue is the handle, the source the account's name, the content the paragraph above.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc

from storyline.extract.attributions.grammar import _Found
from storyline.extract.nlp import doc_text
from storyline.extract.structure import paragraphs

# the signature's name stops short of the handle; a date may follow it, as the networks print one
SIGNATURE = re.compile(
    r"[—–-]{1,2}\s*(?P<name>[^\s()@—–-][^()\n]{0,80}?)\s*(?P<handle>\(@\w{1,30}\))"
    r"(?:\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}))?\s*"
)


def embedded_posts(doc: Doc) -> list[_Found]:
    """Each signed post: the paragraph above a signature line, said by the account the line names."""
    text = doc_text(doc)
    spans = paragraphs(text)
    found = []
    for (start, end), (sign_start, sign_end) in pairwise(spans):
        signature = SIGNATURE.fullmatch(text, sign_start, sign_end)
        if signature is None or SIGNATURE.fullmatch(text, start, end):
            continue
        source = doc.char_span(*signature.span("name"), alignment_mode="expand")
        cue = doc.char_span(*signature.span("handle"), alignment_mode="expand")
        if source is None or cue is None:
            continue
        found.append(_Found("post", source, signature.span("handle"), (start, end), cue[0]))
    return found
