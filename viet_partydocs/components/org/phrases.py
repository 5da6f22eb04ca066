"""The genre's lexer and longest-match phrase tables, shared by the ORG and OFFICIAL rules."""

from __future__ import annotations

from typing import Any, Optional

from ...patterns import organisations as P
from ...text.lexing import DotRules, Lexed, lex
from ...text.normalize import norm_key

__all__ = ["DOT_RULES", "lex_text", "phrase_key", "Phrases"]

#: ``TP.``/``Q.``/``H.`` … (abbreviated level words) glued to their dot; ``TP.HCM`` kept whole.
DOT_RULES = DotRules(
    glue=frozenset(k[:-1].upper() for k in P.PLACE_ABBREVIATIONS if k.endswith(".")),
    split=frozenset(k for k in P.PLACE_ABBREVIATIONS if k.endswith(".")),
    whole=frozenset(k for k in P.ABBREVIATIONS if "." in k),
)


def lex_text(text: str, token_starts: Optional[list[int]] = None) -> Lexed:
    """:func:`~viet_partydocs.text.lexing.lex` with the dot rules of the genre."""
    return lex(text, token_starts, DOT_RULES)


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The norms of ``phrase`` as it is lexed in running text."""
    if "." in phrase and " " not in phrase:
        return (norm_key(phrase),)  # "T.Ư", "TP.": one piece in running text
    return tuple(lex_text(phrase).norms)


class Phrases:
    """Longest-match lookup of phrases (tuples of norms) starting or ending at a piece."""

    def __init__(self) -> None:
        self.table: dict[tuple[str, ...], Any] = {}
        self.lengths: dict[str, list[int]] = {}  # first norm → phrase lengths, longest first
        self._last: Optional[dict[str, list[tuple[tuple[str, ...], Any]]]] = None

    @classmethod
    def of(cls, words: Any) -> "Phrases":
        """A table of ``words``, each its own value."""
        ph = cls()
        for w in words:
            ph.add(w, w)
        return ph

    def add(self, phrase: str, value: Any) -> None:
        key = phrase_key(phrase)
        self.add_key(key, value)
        if "-" in key:  # "Phòng không - Không quân" is also written with an en dash
            self.add_key(tuple("–" if x == "-" else x for x in key), value)

    def add_key(self, k: tuple[str, ...], value: Any) -> None:
        if not k:
            return
        self.table.setdefault(k, value)
        self._last = None
        lens = self.lengths.setdefault(k[0], [])
        if len(k) not in lens:
            lens.append(len(k))
            lens.sort(reverse=True)

    def match(self, lx: Lexed, i: int, end: Optional[int] = None) -> Optional[tuple[int, Any]]:
        """``(end, value)`` of the longest phrase at piece ``i`` (no line break inside), or None."""
        lens = self.lengths.get(lx.norms[i]) if i < lx.n else None
        if not lens:
            return None
        stop = lx.n if end is None else end
        norms, gap = lx.norms, lx.gap
        for L in lens:
            j = i + L
            if j > stop:
                continue
            if L > 1 and any(gap[k] == 2 for k in range(i + 1, j)):
                continue
            v = self.table.get(tuple(norms[i:j]))
            if v is not None:
                return j, v
        return None

    def match_back(self, lx: Lexed, j: int) -> Optional[tuple[int, Any]]:
        """``(start, value)`` of the longest phrase ending just before piece ``j``, or None."""
        best = None
        for k, v in self._by_last().get(lx.norms[j - 1], ()) if j > 0 else ():
            L = len(k)
            i = j - L
            if i < 0 or (best is not None and i >= best[0]):
                continue
            if any(lx.gap[x] == 2 for x in range(i + 1, j)):
                continue
            if tuple(lx.norms[i:j]) == k:
                best = (i, v)
        return best

    def _by_last(self) -> dict[str, list[tuple[tuple[str, ...], Any]]]:
        cache = self._last
        if cache is None:
            cache = {}
            for k, v in self.table.items():
                cache.setdefault(k[-1], []).append((k, v))
            self._last = cache
        return cache
