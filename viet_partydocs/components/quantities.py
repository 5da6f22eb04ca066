"""``vpd_quantities``: QUANTITY entities with parsed attributes on ``span._.quantity`` (stub, being built)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..attributes import register_extensions

__all__ = ["QuantityRecognizer", "make_quantities"]


class QuantityRecognizer:
    """Adds QUANTITY spans to ``doc.ents`` without touching the entities already there."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("vpd_quantities", default_config={}, assigns=["doc.ents", "span._.quantity"])
def make_quantities(nlp: Language, name: str) -> QuantityRecognizer:
    return QuantityRecognizer()
