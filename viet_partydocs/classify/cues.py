"""Cue phrases found on word boundaries in normalised, lower-cased text.

One place for the cue matching shared by the classifier features (:mod:`.features`: chrome,
caption and theme cues) and the keyword baseline (:mod:`viet_partydocs.baselines`). A cue
matches where it is neither preceded nor followed by a word character (``\\w``); at one position
the longest such cue wins, and the matches of one cue list do not overlap — exactly what
``re.findall`` gives for the plain pattern ``(?<!\\w)(?:cue|cue|…)(?!\\w)`` with the cues sorted
longest first (:func:`plain_cue_regex`, kept as the reference the tests compare with).

:func:`cue_regex` compiles the same matches faster: the cues as a trie (one branch per first
character, so a position is rejected after one test per branch rather than one per cue), the
word-boundary test after the first character (so the regex engine can skip positions whose
character starts no cue). :class:`CueCounter` counts the matches of many cue lists (the 13
themes) in one pass over a text instead of one pass per list.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Sequence

import numpy as np

__all__ = ["cue_regex", "plain_cue_regex", "CueCounter", "cue_counter"]

_NEVER = re.compile(r"(?!x)x")
_END = None  # trie key of "a cue ends here" (never a character)


def _trie(cues: Sequence[str]) -> dict[Any, Any]:
    root: dict[Any, Any] = {}
    for c in cues:
        if c:
            node = root
            for ch in c:
                node = node.setdefault(ch, {})
            node[_END] = True
    return root


def _trie_pattern(node: dict[Any, Any], first: bool) -> str:
    # deeper (longer) continuations before ending here: the longest cue is tried first
    branches = []
    for ch in sorted(k for k in node if k is not _END):
        branches.append(re.escape(ch) + (r"(?<!\w.)" if first else "") + _trie_pattern(node[ch], False))
    if _END in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


@lru_cache(maxsize=64)
def cue_regex(cues: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of any of ``cues`` on word boundaries (longest match first, see the module
    doc); matches nothing when there is no (non-empty) cue."""
    root = _trie(cues)
    if not root:
        return _NEVER
    # "c(?<!\w.)": after the first character c, the character before c is not a word character
    return re.compile(_trie_pattern(root, True) + r"(?!\w)")


def plain_cue_regex(cues: Sequence[str]) -> re.Pattern[str]:
    """The reference pattern: the cues as one alternation, longest first (slower, same matches)."""
    alts = sorted({re.escape(c) for c in cues if c}, key=len, reverse=True)
    if not alts:
        return _NEVER
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")


def _is_word(ch: str) -> bool:  # re's \w
    return ch.isalnum() or ch == "_"


class CueCounter:
    """Counts, for every text and every cue list, ``len(cue_regex(list).findall(text))`` — in one
    pass: one regex finds every position where a cue of any list starts, and a walk down the
    trie of all cues from each such position finds, for every list, its longest cue there."""

    def __init__(self, cue_lists: Sequence[Sequence[str]]) -> None:
        self.cue_lists = tuple(tuple(c) for c in cue_lists)
        root: dict[Any, Any] = {}
        for j, cues in enumerate(self.cue_lists):
            for c in cues:
                if c:
                    node = root
                    for ch in c:
                        node = node.setdefault(ch, {})
                    node.setdefault(_END, set()).add(j)
        for node in _nodes(root):  # the lists a cue belongs to, as a tuple
            if _END in node:
                node[_END] = tuple(sorted(node[_END]))
        self._root = root
        # every position where a cue of some list starts (its end not checked: the walk does)
        self._starts = re.compile(r"(?=" + _trie_pattern(root, True) + r")") if root else None

    def counts(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), len(cue_lists))`` match counts."""
        n, k = len(texts), len(self.cue_lists)
        out = np.zeros((n, k), dtype=np.int64)
        if not n or self._starts is None:
            return out
        text = "\n".join(texts)
        size = len(text)
        offsets = np.zeros(n, dtype=np.int64)
        if n > 1:
            offsets[1:] = np.cumsum(np.fromiter((len(t) + 1 for t in texts[:-1]), dtype=np.int64, count=n - 1))
        positions = [m.start() for m in self._starts.finditer(text)]
        if not positions:
            return out
        rows = np.searchsorted(offsets, positions, side="right") - 1
        free = [0] * k  # per list: where its next match may start (matches of a list never overlap)
        root = self._root
        for p, row in zip(positions, rows.tolist()):
            node, i = root, p
            longest: dict[int, int] = {}
            while i < size:
                node = node.get(text[i])
                if node is None:
                    break
                i += 1
                if _END in node and (i == size or not _is_word(text[i])):
                    for j in node[_END]:
                        longest[j] = i
            for j, end in longest.items():
                if p >= free[j]:
                    out[row, j] += 1
                    free[j] = end
        return out


def _nodes(node: dict[Any, Any]) -> list[dict[Any, Any]]:
    out, stack = [], [node]
    while stack:
        nd = stack.pop()
        out.append(nd)
        stack.extend(v for key, v in nd.items() if key is not _END)
    return out


@lru_cache(maxsize=16)
def cue_counter(cue_lists: tuple[tuple[str, ...], ...]) -> CueCounter:
    """A cached :class:`CueCounter` of these lists."""
    return CueCounter(cue_lists)
