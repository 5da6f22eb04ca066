"""``vpd_organisations``: ORG entities with parsed attributes on ``span._.organisation`` (stub, being built)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..attributes import register_extensions

__all__ = ["OrganisationRecognizer", "make_organisations"]


class OrganisationRecognizer:
    """Adds ORG spans to ``doc.ents`` without touching the entities already there."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("vpd_organisations", default_config={}, assigns=["doc.ents", "span._.organisation"])
def make_organisations(nlp: Language, name: str) -> OrganisationRecognizer:
    return OrganisationRecognizer()
