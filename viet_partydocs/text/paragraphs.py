"""Paragraph boundaries (annotation guide §1): blocks between line breaks, whitespace trimmed."""

from __future__ import annotations

import re

from .normalize import LINE_BREAKS

__all__ = ["paragraph_offsets"]

_BLOCK = re.compile(f"[^{LINE_BREAKS}]+")
#: Invisible characters that do not make a block a paragraph: zero-width space/joiners, word
#: joiner, byte-order mark. Trimmed from paragraph edges like whitespace.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def paragraph_offsets(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` character offsets of the paragraphs of ``text``: blocks between line
    breaks, without the whitespace and invisible characters at their edges; blocks with nothing
    visible are not paragraphs.

    >>> paragraph_offsets("Tiêu đề\\n\\n  Đoạn một.  \\n \\nĐoạn hai.")
    [(0, 7), (11, 20), (25, 34)]
    """
    out = []
    for m in _BLOCK.finditer(text):
        block = m.group()
        lead = len(block) - len(_lstrip(block))
        stripped = _rstrip(block[lead:])
        if stripped:
            start = m.start() + lead
            out.append((start, start + len(stripped)))
    return out


def _lstrip(s: str) -> str:
    while s and (s[0].isspace() or s[0] in _INVISIBLE):
        s = s.lstrip().lstrip(_INVISIBLE)
    return s


def _rstrip(s: str) -> str:
    while s and (s[-1].isspace() or s[-1] in _INVISIBLE):
        s = s.rstrip().rstrip(_INVISIBLE)
    return s
