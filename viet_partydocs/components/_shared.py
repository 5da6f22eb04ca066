"""Small helpers shared by the entity components (no factory here)."""

from __future__ import annotations

from ..doctext import doc_text, has_digit, string_lookup

__all__ = ["doc_text", "has_digit", "string_lookup"]
