"""``vpd_doc_codes``: DOC_CODE entities with parsed attributes on ``span._.doc_code`` (stub, being built)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..attributes import register_extensions

__all__ = ["DocCodeRecognizer", "make_doc_codes"]


class DocCodeRecognizer:
    """Adds DOC_CODE spans to ``doc.ents`` without touching the entities already there."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("vpd_doc_codes", default_config={}, assigns=["doc.ents", "span._.doc_code"])
def make_doc_codes(nlp: Language, name: str) -> DocCodeRecognizer:
    return DocCodeRecognizer()
