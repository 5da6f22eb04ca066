"""``vpd_candidates``: set aside the statistical recogniser's entities as candidates.

spaCy's ``ner`` component (pipe ``vpd_ner``, trained by ``viet-partydocs train``) writes its
predictions to ``doc.ents``. This component, right after it, moves them to
``doc.spans[spans_key]`` and empties ``doc.ents``, so the rule components run on a clean slate
and ``vpd_entity_merge`` can combine rules and model under one documented policy.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["CandidateCollector", "make_candidates", "CANDIDATES_KEY"]

CANDIDATES_KEY = "vpd_candidates"


class CandidateCollector:
    def __init__(self, spans_key: str = CANDIDATES_KEY) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = list(doc.ents)
        doc.set_ents([], default="missing")
        return doc


@Language.factory("vpd_candidates", default_config={"spans_key": CANDIDATES_KEY}, assigns=["doc.spans", "doc.ents"])
def make_candidates(nlp: Language, name: str, spans_key: str) -> CandidateCollector:
    return CandidateCollector(spans_key)
