"""Small helpers shared by the entity components (no factory here)."""

from __future__ import annotations

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc

__all__ = ["doc_text"]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built from the token array (``doc.text`` creates a ``Token`` per token)."""
    strings = doc.vocab.strings
    return "".join([strings[o] + " " if sp else strings[o] for o, sp in doc.to_array([ORTH, SPACY]).tolist()])
