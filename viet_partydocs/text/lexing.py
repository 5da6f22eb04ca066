"""A text as *pieces* — syllables, numbers, punctuation marks — with their normalised forms.

Pure text (no spaCy, no domain data): the ORG and OFFICIAL rules read a :class:`Lexed` instead of
``Doc`` tokens, because the word segmenter may glue or split words across the names they look
for. Pieces come from :data:`viet_partydocs.text.protect.PIECES`; each carries its normalised form
(:func:`~viet_partydocs.text.normalize.norm_key`: NFC, one tone placement, ``Đ`` for ``Ð``, lower
case), its capitalisation and what separates it from the piece before, so NFD input, old-style
tone marks, ``Ð`` and no-break spaces lex to the same norms as the usual spelling.

Dotted abbreviations (``TP.``, ``Q.``) are cut by :class:`DotRules` given by the caller.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple, Optional, Sequence

from .normalize import LINE_BREAKS, norm_key
from .protect import PIECES

__all__ = ["Lexed", "lex", "piece_info", "TokenIndex", "DotRules", "NO_DOT_RULES"]


class DotRules(NamedTuple):
    """How abbreviations written with a dot are cut into pieces.

    ``glue``: words as written (``TP``, ``Q``) joined with a ``.`` right after them into one piece
    (``TP.``) — only when a capitalised word or a number follows on the same line (``TP. Cần Thơ``,
    ``Q. 8``); otherwise the ``.`` ends a sentence and stays a piece of its own.
    ``split``: normalised prefixes (``tp.``) cut off a dotted abbreviation written without a space
    (``TP.Vinh`` → ``TP.`` + ``Vinh``). ``whole``: normalised dotted abbreviations never cut
    (``tp.hcm``).
    """

    glue: frozenset[str] = frozenset()
    split: frozenset[str] = frozenset()
    whole: frozenset[str] = frozenset()


NO_DOT_RULES = DotRules()


@lru_cache(maxsize=200_000)
def piece_info(t: str) -> tuple[str, int]:
    """``(norm, cap)`` of a piece's text (``cap`` as in :class:`Lexed`)."""
    if not t[0].isupper():
        return norm_key(t), 0
    letters = [c for c in t if c.isalpha()]
    return norm_key(t), 2 if len(letters) > 1 and all(c.isupper() for c in letters) else 1


class TokenIndex:
    """``tok[k]``: the index of the ``Doc`` token that holds piece ``k`` (computed when asked;
    ``k`` itself when no token offsets are known)."""

    __slots__ = ("starts", "token_starts")

    def __init__(self, starts: Sequence[int], token_starts: Optional[Sequence[int]]) -> None:
        self.starts = starts
        self.token_starts = token_starts

    def __getitem__(self, k: int) -> int:
        if self.token_starts is None:
            return k
        return bisect_right(self.token_starts, self.starts[k]) - 1


class Lexed:
    """The pieces of a text: parallel lists, one entry per syllable / number / punctuation mark.

    ``gap[i]``: what separates piece ``i`` from the one before (0 nothing, 1 spaces, 2 a line
    break or the start of the text). ``cap[i]``: 0 lower case, 1 capitalised, 2 all capitals (two
    letters or more). ``tok[i]``: index of the word token the piece belongs to (pieces of one
    segmenter word share it).
    """

    __slots__ = ("text", "starts", "ends", "texts", "norms", "kinds", "cap", "gap", "tok", "n")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.texts: list[str] = []
        self.norms: list[str] = []
        self.kinds: list[str] = []
        self.cap: list[int] = []
        self.gap: list[int] = []
        self.tok: TokenIndex = TokenIndex(self.starts, None)
        self.n = 0

    def _add(self, start: int, end: int, kind: str, gap: int) -> None:
        t = self.text[start:end]
        norm, cap = piece_info(t)
        self.starts.append(start)
        self.ends.append(end)
        self.texts.append(t)
        self.norms.append(norm)
        self.kinds.append(kind)
        self.cap.append(cap)
        self.gap.append(gap)
        self.n += 1


def _capital_or_number_after(text: str, pos: int) -> bool:
    """Whether the first non-space character from ``pos``, on the same line, is a capital or a digit."""
    n = len(text)
    while pos < n and text[pos].isspace():
        if text[pos] in LINE_BREAKS:
            return False
        pos += 1
    return pos < n and (text[pos].isupper() or text[pos].isdigit())


def lex(text: str, token_starts: Optional[Sequence[int]] = None, rules: DotRules = NO_DOT_RULES) -> Lexed:
    """Cut ``text`` into pieces (see :class:`Lexed`); ``token_starts`` are the ``Doc`` token offsets."""
    out = Lexed(text)
    starts, ends, texts, norms, kinds, caps, gaps = (
        out.starts, out.ends, out.texts, out.norms, out.kinds, out.cap, out.gap)
    glue, split, whole = rules
    gap = 2
    pending: Optional[tuple[int, int, str, int]] = None  # a glue word waiting for its "."
    info = piece_info
    for m in PIECES.finditer(text):
        kind = m.lastgroup or "other"
        if kind == "space":
            g = m.group()
            if gap != 2:
                gap = 1 if g == " " or not any(c in LINE_BREAKS for c in g) else 2
            if pending is not None:
                out._add(*pending)
                pending = None
            continue
        s, e = m.span()
        t = m.group()
        if pending is not None:
            ps, pe, pk, pg = pending
            pending = None
            if t == "." and gap == 0 and _capital_or_number_after(text, e):
                out._add(ps, e, "word", pg)  # "TP." "Q." "H."
                gap = 0
                continue
            out._add(ps, pe, pk, pg)
        if kind == "word":
            if t in glue:
                pending = (s, e, kind, gap)
                gap = 0
                continue
        elif kind == "abbr":
            dot = t.find(".")
            low = norm_key(t)
            if dot > 0 and low[: dot + 1] in split and low not in whole and dot + 1 < len(t):
                out._add(s, s + dot + 1, "word", gap)
                out._add(s + dot + 1, e, "word", 0)
                gap = 0
                continue
        norm, cap = info(t)
        starts.append(s)
        ends.append(e)
        texts.append(t)
        norms.append(norm)
        kinds.append(kind)
        caps.append(cap)
        gaps.append(gap)
        out.n += 1
        gap = 0
    if pending is not None:
        out._add(*pending)
    out.tok = TokenIndex(out.starts, token_starts)
    return out
