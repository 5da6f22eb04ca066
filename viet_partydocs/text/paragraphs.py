"""Paragraph boundaries (annotation guide §1): blocks between line breaks, whitespace trimmed."""

from __future__ import annotations

import re

from .normalize import LINE_BREAKS

__all__ = ["paragraph_offsets"]

_BLOCK = re.compile(f"[^{LINE_BREAKS}]+")


def paragraph_offsets(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` character offsets of the paragraphs of ``text``.

    >>> paragraph_offsets("Tiêu đề\\n\\n  Đoạn một.  \\n \\nĐoạn hai.")
    [(0, 7), (11, 20), (25, 34)]
    """
    out = []
    for m in _BLOCK.finditer(text):
        block = m.group()
        stripped = block.strip()
        if stripped:
            start = m.start() + (len(block) - len(block.lstrip()))
            out.append((start, start + len(stripped)))
    return out
