"""``vpd_officials``: OFFICIAL entities with parsed attributes on ``span._.official`` (stub, being built)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..attributes import register_extensions

__all__ = ["OfficialRecognizer", "make_officials"]


class OfficialRecognizer:
    """Adds OFFICIAL spans to ``doc.ents`` without touching the entities already there."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("vpd_officials", default_config={}, assigns=["doc.ents", "span._.official"])
def make_officials(nlp: Language, name: str) -> OfficialRecognizer:
    return OfficialRecognizer()
