"""``vpd_paragraphs``: the document's paragraphs as spans (annotation guide §1).

A paragraph is a block of text between line breaks; blocks that are empty or only whitespace
are not paragraphs. Each paragraph span starts at its first and ends after its last
non-whitespace character, and is stored in ``doc.spans["paragraphs"]`` in document order. Later
components give each a role and themes (``span._.role``, ``span._.themes``,
``span._.theme_scores``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..attributes import PARAGRAPHS_KEY, register_extensions
from ..text.paragraphs import paragraph_offsets
from ._shared import doc_text

__all__ = ["ParagraphSplitter", "make_paragraphs"]


class ParagraphSplitter:
    """Writes ``doc.spans[spans_key]``: one span per paragraph."""

    def __init__(self, spans_key: str = PARAGRAPHS_KEY) -> None:
        register_extensions()
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end in paragraph_offsets(doc_text(doc)):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "vpd_paragraphs",
    default_config={"spans_key": PARAGRAPHS_KEY},
    assigns=["doc.spans"],
)
def make_paragraphs(nlp: Language, name: str, spans_key: str) -> ParagraphSplitter:
    """Factory: ``nlp.add_pipe("vpd_paragraphs")``."""
    return ParagraphSplitter(spans_key)

