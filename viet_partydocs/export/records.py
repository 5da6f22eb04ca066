"""``Doc`` → the ``annotate`` JSONL record, the output contract every exporter reads.

::

    {"id": str, "text": str,
     "paragraphs": [{"start", "end", "role", "themes": [chosen], "theme_scores": {theme: score}}],
     "entities": [{"start", "end", "label", "text", "attrs": {...}}]}

Offsets are character offsets into ``text``; ``text`` is the input, unchanged.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ..attributes import PARAGRAPHS_KEY

__all__ = ["doc_to_record"]


def doc_to_record(doc: Doc, doc_id: str) -> dict[str, Any]:
    """The JSON-ready record of an annotated ``doc``."""
    paragraphs = [
        {
            "start": p.start_char,
            "end": p.end_char,
            "role": p._.role,
            "themes": list(p._.themes or []),
            "theme_scores": dict(p._.theme_scores or {}),
        }
        for p in doc.spans.get(PARAGRAPHS_KEY, [])
    ]
    entities = [
        {
            "start": e.start_char,
            "end": e.end_char,
            "label": e.label_,
            "text": e.text,
            "attrs": dict(e._.attrs or {}),
        }
        for e in doc.ents
    ]
    return {"id": doc_id, "text": doc.text, "paragraphs": paragraphs, "entities": entities}
