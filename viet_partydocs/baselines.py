"""Baselines the evaluation reports beside the pipeline, on the same units.

* ``underthesea.ner`` (its ``ORG`` → ``ORG``, ``PER`` → ``OFFICIAL``), aligned back to the text;
* a plain regular expression for bare document codes (``DOC_CODE``);
* a keyword baseline for themes from the cue lists of DOMAIN.md §5;
* the majority role (every paragraph ``body``).
"""

from __future__ import annotations

import re
from typing import Callable

from .classify.cues import cue_regex
from .patterns.themes import THEME_CUES
from .text.normalize import normalize, normalize_with_offsets

__all__ = ["underthesea_entities", "regex_doc_codes", "keyword_themes", "majority_role"]

_CODE = re.compile(r"\b\d+(?:/\d{4})?[-/][A-ZĐÐ][A-Za-zĐđÐ]*(?:[-/][A-ZĐÐ][A-Za-zĐđÐ0-9]*)+")
_MAP = {"ORG": "ORG", "PER": "OFFICIAL"}


def regex_doc_codes(text: str) -> list[tuple[int, int, str]]:
    """Bare codes such as ``07-NQ/TU`` or ``34/2019/NĐ-CP`` as ``DOC_CODE`` spans."""
    return [(m.start(), m.end(), "DOC_CODE") for m in _CODE.finditer(text)]


def underthesea_entities(text: str, ner: Callable[[str], list] | None = None) -> list[tuple[int, int, str]]:
    """``underthesea.ner`` spans with our labels, located in the original ``text``.

    underthesea normalises characters (``Uỷ`` → ``Ủy``), so its words are found in the
    normalised text and mapped back with the offset table.
    """
    if ner is None:
        from underthesea import ner as ner  # imported lazily: slow, logs on import
    norm, offsets = normalize_with_offsets(text)
    hay = norm.lower()
    cursor = 0
    spans: list[tuple[int, int, str]] = []
    current: list = []  # [start, end, label]
    for word, *_, tag in ner(text):
        w = normalize(word).lower()
        i = hay.find(w, cursor)
        if i < 0 or not w:
            continue
        j = i + len(w)
        cursor = j
        kind, _, label = tag.partition("-")
        label = _MAP.get(label, "")
        if kind == "B" or (kind == "I" and (not current or current[2] != label)):
            if current:
                spans.append(tuple(current))  # type: ignore[arg-type]
            current = [i, j, label] if label else []
        elif kind == "I" and current:
            current[1] = j
        else:
            if current:
                spans.append(tuple(current))  # type: ignore[arg-type]
            current = []
    if current:
        spans.append(tuple(current))  # type: ignore[arg-type]
    if offsets is not None:
        spans = [(offsets[s], offsets[e], lab) for s, e, lab in spans]
    return [s for s in spans if s[2]]


_CUE_PATTERNS = {theme: cue_regex(tuple(cues)) for theme, cues in THEME_CUES.items()}


def keyword_themes(text: str) -> list[str]:
    """Every theme one of whose cues occurs in the paragraph."""
    low = normalize(text).lower()
    return [t for t, pat in _CUE_PATTERNS.items() if pat.search(low)]


def majority_role(text: str) -> str:
    return "body"
