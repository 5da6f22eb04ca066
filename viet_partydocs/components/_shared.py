"""Small helpers shared by the entity components (no factory here)."""

from __future__ import annotations

from ..doctext import doc_has_digit, doc_text, strings_of

__all__ = ["doc_text", "doc_has_digit", "strings_of"]
