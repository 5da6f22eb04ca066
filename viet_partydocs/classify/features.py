"""Features of paragraphs for the role and theme classifiers.

A classifier sees a list of :class:`ParagraphInput` — one per paragraph, each knowing its
document (:class:`DocContext`) — and turns it into numbers with the transformers below, inside
ordinary scikit-learn pipelines:

* :class:`WordTfidf` — TF-IDF of word n-grams of the paragraph's words as the tokenizer
  segmented them (``token.norm_``: lower-cased, normalised; syllables of a word joined by ``_``,
  digits replaced by ``0``, pieces without a letter or digit dropped);
* :class:`DocumentTfidf` — the same over the words of the paragraph's whole document (every
  paragraph of a document gets its document's row): the topic around a short paragraph;
* :class:`CharTfidf` — TF-IDF of character n-grams inside words (padded with a space, as
  scikit-learn's ``analyzer="char_wb"``) of the normalised, lower-cased text, digits as ``0``;
* :class:`LayoutFeatures` — the shape of the paragraph and of its neighbours: length, final
  punctuation, capitalisation and all-caps, digits, timestamps, URLs / e-mails / phones, chrome
  and caption cue words (DOMAIN.md §5, T99), bylines, truncated teasers, text glued to a heading,
  position in the document, repeated paragraphs, and where the long prose paragraphs are;
* :class:`ThemeCueFeatures` — how many cue phrases of each theme (DOMAIN.md §5) occur.

The three TF-IDF transformers give exactly the numbers of scikit-learn's ``TfidfVectorizer``
with the same settings over the same strings (same vocabulary, same order, same ``idf_``), but
count with numpy and sparse products: a character n-gram row is the sum of the rows of its
words (each distinct word is split into n-grams once and remembered), a word n-gram is looked
up once per occurrence.

**Speed.** Everything derived from a paragraph's text — the normalised lower-cased text, the
character-feature string and its words, the word forms, the layout and cue features — is
computed once per document, on first use, and kept in its :class:`DocContext`, so the role and
the theme model (and every fold of training) share it. A document is normalised as one string;
its words come from ``doc.to_array`` (one string look-up per distinct word); its character
counts (letters, capitals, digits, syllables) are taken with numpy over character classes; the
theme cues of all 13 lists are counted in one pass (:class:`~.cues.CueCounter`); and the
place-in-document features are linear in the number of paragraphs. The plain definitions these
replace are kept in the tests (``tests/test_classify_features.py``), which check that the numbers
are the same.

The cue lists are parameters of the transformers, so a saved model carries the lists it was
trained with. :data:`FEATURE_SET` names this feature set; a model saved under another one is
refused at load time (:mod:`viet_partydocs.classify.models`). **Change it whenever a change here
changes the numbers a paragraph gets, or the classes a model file holds.**
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import chain, count, repeat
from numbers import Integral
from typing import Any, Iterable, Mapping, Optional, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.utils.validation import check_is_fitted

from ..patterns.themes import (
    CAPTION_CUES,
    CAPTION_EVENTS,
    CAPTION_SUBJECTS,
    CHROME_CUES,
    DATED_LEAD_WORDS,
    LEAD_ADVERBIALS,
    PHOTO_AGENCIES,
    PHOTO_CREDITS,
    PROSE_CUES,
    THEME_CUES,
)
from ..doctext import strings_of
from ..text.normalize import normalize
from .cues import cue_counter, cue_regex

__all__ = [
    "FEATURE_SET",
    "DocContext",
    "ParagraphInput",
    "inputs_from_texts",
    "inputs_from_doc",
    "inputs_from_docs",
    "inputs_per_doc",
    "word_form",
    "WordTfidf",
    "DocumentTfidf",
    "CharTfidf",
    "LayoutFeatures",
    "SentenceFeatures",
    "ThemeCueFeatures",
    "LAYOUT_NAMES",
    "SENTENCE_NAMES",
]

#: Name of this feature set (stored in every model file, checked when loading).
FEATURE_SET = "vpd-roles-themes-features/5"

# -- character classes -------------------------------------------------------------------------
_VN_LOWER = "abcdefghijklmnopqrstuvwxyzđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
_VN_UPPER = _VN_LOWER.upper()
_GLUED = re.compile(f"[{_VN_LOWER}][{_VN_UPPER}][{_VN_LOWER}]")  # "cơ sởĐảng": a heading glued to text
_DIGIT = re.compile(r"\d")
_DATE = re.compile(r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?!\d)")
_TIME = re.compile(r"(?<!\d)\d{1,2}(?::\d{2}){1,2}(?!\d)|(?<!\w)(?:SA|CH|AM|PM)(?!\w)|GMT\s*[+-]\s*\d{1,2}", re.I)
_STAMP_END = re.compile(r"\(\s*[^()]*\d{1,2}[/:-]\d{1,2}[^()]*\)\s*$")
_URL = re.compile(r"https?://|www\.|(?<![\w@])[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|info)(?![\w])", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\d/])(?:\+?84|0)\d{2,4}(?:[ .-]?\d{2,4}){2,3}(?![\d/])")
_BULLET = re.compile(r"^\s*(?:[•·▪►»*+\-–—]|\d{1,2}[.)](?:\s|$)|[a-zđ][.)]\s|[IVXLC]{1,5}[.)](?:\s|$))")
_LEGAL_HEAD = re.compile(r"^\s*(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+[\dIVXLC]+\b")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*[\"”']?\s*$")
_SOURCE_START = re.compile(r"^\s*(?:[\w-]+\.)+(?:vn|com|net|org)\b|^\s*\(?[A-ZĐ]{2,6}\)?\s?[-–—]\s?\S", re.I)
_SENT_END = re.compile(r"[.!?…](?:[\"”')\]]*)(?:\s|$)")
_NON_WORD = re.compile(r"[\W\d_]+")
_RUN = re.compile(r"[^\W\d_]+")  # what _NON_WORD leaves
_TIME_LETTERS = ("sa", "ſa", "ch", "am", "pm", "gmt")  # the letters a _TIME match of lower-case text can hold
# _TIME, split for a faster yes/no: a clock time, a word SA CH AM PM (any case, as re.I
# matches it: s also matches ſ), GMT+n
_TIME_CLOCK = re.compile(r"(?<!\d)\d{1,2}(?::\d{2}){1,2}(?!\d)")
_TIME_WORD = re.compile(r"[SsſCcAaPp](?<!\w.)(?:(?<=[Ssſ])[Aa]|(?<=[Cc])[Hh]|(?<=[AaPp])[Mm])(?!\w)")
_TIME_GMT = re.compile(r"GMT\s*[+-]\s*\d{1,2}", re.I)
_URL_HINT = re.compile(r"://|www\.|\.(?:vn|com|net|org|gov|edu|info)(?!\w)", re.I)  # in every _URL match

_FINALS = (".", ":", ";", ",", "?", "!", ")", "quote", "*", "alnum", "other")
_QUOTES = "\"'”“’‘»«"


def _final_class(text: str) -> str:
    c = text.rstrip()[-1:] or " "
    if c in ".;,?!)*:":
        return c
    if c in _QUOTES:
        return "quote"
    if c.isalnum():
        return "alnum"
    return "other"


@lru_cache(maxsize=100_000)
def word_form(word: str) -> str:
    """The form of a word in the word features: syllables joined by ``_``, digits as ``0``;
    ``""`` (dropped) when the word has no letter or digit."""
    if not any(c.isalnum() for c in word):
        return ""
    return _DIGIT.sub("0", "_".join(word.split()))


# -- per-paragraph shape ------------------------------------------------------------------------
#: Names of the shape features of one paragraph (:func:`paragraph_shape`).
SHAPE_NAMES: tuple[str, ...] = (
    "log_chars", "log_syllables", "syll_le2", "syll_le4", "syll_le8", "syll_le15", "syll_ge30",
    *(f"final_{f}" for f in _FINALS), "ellipsis_end", "n_sentences", "upper_ratio", "all_caps",
    "initial_caps_ratio", "first_upper", "name_like", "digit_ratio", "no_letters", "has_date", "has_time",
    "stamp_end", "stamp_only", "url", "email", "phone", "bullet", "legal_head", "source_start", "glued",
    "chrome_cues", "chrome_start", "chrome_only", "caption_cues", "paren_count", "pipe_or_slash",
)
_SHAPE_INDEX = {n: i for i, n in enumerate(SHAPE_NAMES)}
#: Shape features also given for the previous and the next paragraph.
NEIGHBOUR_SHAPES: tuple[str, ...] = (
    "log_syllables", "syll_le8", "syll_ge30", "final_.", "final_alnum", "ellipsis_end", "all_caps",
    "name_like", "has_date", "has_time", "stamp_only", "chrome_cues", "chrome_only", "legal_head",
)
_NEIGHBOUR_IDX = np.array([_SHAPE_INDEX[n] for n in NEIGHBOUR_SHAPES])
#: Features of a paragraph's place in its document.
CONTEXT_NAMES: tuple[str, ...] = (
    "rel_position", "is_first", "is_last", "log_index", "log_from_end", "log_n_paragraphs",
    "log_long_before", "log_long_after", "no_long_before", "no_long_after", "same_as_prev", "same_as_next",
    "repeated_in_doc", "starts_with_other", "no_prev", "no_next", "doc_short_share", "doc_stamp_share",
    "doc_legal", "doc_chrome_share",
)
#: Every column of :class:`LayoutFeatures`, in order.
LAYOUT_NAMES: tuple[str, ...] = (
    *SHAPE_NAMES,
    *(f"prev_{n}" for n in NEIGHBOUR_SHAPES),
    *(f"next_{n}" for n in NEIGHBOUR_SHAPES),
    *CONTEXT_NAMES,
)


@lru_cache(maxsize=4096)
def _runs(text: str) -> int:
    return len(_RUN.findall(text))


def _residue_size(low: str, chrome: re.Pattern[str], chrome_hits: list[str], runs: Optional[int] = None) -> int:
    """How many letter runs are left of ``low`` without its chrome cues, dates and times — or,
    when that is surely more than 2, a number above 2 (cheaply: removing a match removes at most
    the letter runs inside it, and a _TIME match holds at most one, one of _TIME_LETTERS).
    ``runs``: the letter runs of ``low``, if already counted."""
    removable = sum(_runs(h) for h in chrome_hits) + sum(low.count(x) for x in _TIME_LETTERS)
    bound = (runs if runs is not None else _runs(low)) - removable
    if bound > 2:
        return bound
    return len(_NON_WORD.sub(" ", _TIME.sub(" ", _DATE.sub(" ", chrome.sub(" ", low)))).split())


# character classes by code point, filled in as characters are met (255: not yet known)
_ALPHA, _UPPER_LETTER, _ISUPPER, _DECIMAL, _SPACE, _OPENER, _RUN_CHAR = 1, 2, 4, 8, 16, 32, 64
_CLASSES = np.full(0x110000, 255, dtype=np.uint8)


def _classes(text: str) -> np.ndarray:
    """The class bits of every character of ``text`` (the ``str`` tests, once per character)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    flags = _CLASSES[codes]
    unknown = flags == 255
    if unknown.any():
        for c in np.unique(codes[unknown]).tolist():
            ch = chr(c)
            alpha = ch.isalpha()
            _CLASSES[c] = (
                _ALPHA * alpha
                | _UPPER_LETTER * (alpha and ch.isupper())
                | _ISUPPER * ch.isupper()
                | _DECIMAL * ch.isdecimal()
                | _SPACE * ch.isspace()
                | _OPENER * (ch in "(\"“'")
                | _RUN_CHAR * (ch.isalnum() and not ch.isdecimal())  # what _RUN matches: \w but \d and _
            )
        flags = _CLASSES[codes]
    return flags


def _per_text(texts: Sequence[str], columns: np.ndarray) -> np.ndarray:
    """Sums of ``columns`` (one row per character of the joined texts) over each text."""
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    ends = np.cumsum(lengths)
    cum = np.vstack([np.zeros((1, columns.shape[1]), dtype=np.int64), np.cumsum(columns, axis=0, dtype=np.int64)])
    return cum[ends] - cum[ends - lengths]


def _text_stats(texts: Sequence[str]) -> np.ndarray:
    """``(n, 5)`` for each text: letters, upper-case letters, decimal digits, syllables (pieces of
    ``str.split()``) and syllables starting with an upper-case character (or with one of
    ``( " “ '`` and then one) — counted over character classes with numpy."""
    flags = _classes("".join(texts))
    size = len(flags)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    firsts = (np.cumsum(lengths) - lengths)[lengths > 0]
    lasts = np.cumsum(lengths)[lengths > 0] - 1
    space = (flags & _SPACE) != 0
    after_space = np.ones(size, dtype=bool)
    after_space[1:] = space[:-1]
    after_space[firsts] = True
    start = ~space & after_space
    upper = (flags & _ISUPPER) != 0
    upper_next = np.zeros(size, dtype=bool)
    upper_next[:-1] = upper[1:]
    upper_next[lasts] = False
    initial = start & (upper | (((flags & _OPENER) != 0) & upper_next))
    columns = np.column_stack([(flags & _ALPHA) != 0, (flags & _UPPER_LETTER) != 0, (flags & _DECIMAL) != 0, start, initial])
    return _per_text(texts, columns)


def _run_counts(texts: Sequence[str]) -> np.ndarray:
    """How many maximal runs of letters (:data:`_RUN`) each text holds."""
    flags = _classes("".join(texts))
    run = (flags & _RUN_CHAR) != 0
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    before = np.zeros(len(run), dtype=bool)
    before[1:] = run[:-1]
    before[(np.cumsum(lengths) - lengths)[lengths > 0]] = False
    return _per_text(texts, (run & ~before)[:, None])[:, 0]


def _measure(
    stripped: str, low: str, chrome: re.Pattern[str], caption: re.Pattern[str], digits: int, n_syll: int, runs: Optional[int]
) -> tuple[int, ...]:
    """What the regular expressions and string tests say of one paragraph (see :func:`_shapes`)."""
    final = _FINAL_INDEX[_final_class(stripped)]
    chrome_hits = chrome.findall(low)
    dates = bool(digits) and _DATE.search(stripped) is not None
    times = (
        (bool(digits) and ":" in stripped and _TIME_CLOCK.search(stripped) is not None)
        or _TIME_WORD.search(stripped) is not None
        or ("gmt" in low and _TIME_GMT.search(stripped) is not None)
    )
    n_residue = _residue_size(low, chrome, chrome_hits, runs) if (dates or times or chrome_hits) else 3
    name_like = (
        2 <= n_syll <= 5
        and not digits
        and final in _NAME_FINALS
        and all(s[:1].isupper() for s in stripped.split())
        and not chrome_hits
    )
    return (
        len(stripped),
        final,
        _ELLIPSIS_END.search(stripped) is not None,
        len(_SENT_END.findall(stripped)),
        stripped[:1].isupper(),
        name_like,
        dates,
        times,
        _STAMP_END.search(stripped) is not None and (dates or times),
        (dates or times) and n_residue <= 2,
        _URL_HINT.search(stripped) is not None and _URL.search(stripped) is not None,
        "@" in stripped and _EMAIL.search(stripped) is not None,
        bool(digits) and _PHONE.search(stripped) is not None,
        _BULLET.match(stripped) is not None,
        _LEGAL_HEAD.match(stripped) is not None,
        _SOURCE_START.match(stripped) is not None,
        _GLUED.search(stripped) is not None,
        len(chrome_hits),
        bool(chrome_hits) and low.startswith(chrome_hits[0]),
        bool(chrome_hits) and n_residue <= 1,
        len(caption.findall(low)),
        stripped.count("("),
        "|" in stripped or " / " in stripped,
    )


_FINAL_INDEX = {f: i for i, f in enumerate(_FINALS)}
_NAME_FINALS = (_FINAL_INDEX["alnum"], _FINAL_INDEX["."])


def _shapes(
    texts: Sequence[str], lows: Sequence[str], chrome: re.Pattern[str], caption: re.Pattern[str],
    stats: Optional[np.ndarray] = None,
) -> np.ndarray:
    """``(n, len(SHAPE_NAMES))``: the shape features of paragraphs (``lows``: their texts
    normalised and lower-cased; ``stats``: their :func:`_text_stats`, if already counted) —
    character counts with numpy, one row of regular-expression results per paragraph, the
    arithmetic on whole columns."""
    n = len(texts)
    out = np.zeros((n, len(SHAPE_NAMES)))
    if n == 0:
        return out
    stats = _text_stats(texts) if stats is None else stats
    runs = _run_counts(lows).tolist()
    letters, upper, digits, syll, initial = stats.T
    m = np.array(
        [
            _measure(t.strip(), low.strip(), chrome, caption, d, k, r)
            for t, low, d, k, r in zip(texts, lows, digits.tolist(), syll.tolist(), runs)
        ],
        dtype=np.int64,
    ).reshape(n, -1)
    (n_chars, final, ellipsis, n_sent, first_upper, name_like, dates, times, stamp_end, stamp_only, url, email, phone,
     bullet, legal, source, glued, n_chrome, chrome_start, chrome_only, n_caption, n_paren, pipe) = m.T
    c = _SHAPE_INDEX
    out[:, c["log_chars"]] = _log1p_int(n_chars)
    out[:, c["log_syllables"]] = _log1p_int(syll)
    for name, limit in (("syll_le2", 2), ("syll_le4", 4), ("syll_le8", 8), ("syll_le15", 15)):
        out[:, c[name]] = syll <= limit
    out[:, c["syll_ge30"]] = syll >= 30
    for i, f in enumerate(_FINALS):
        out[:, c[f"final_{f}"]] = final == i
    out[:, c["ellipsis_end"]] = ellipsis
    out[:, c["n_sentences"]] = _log1p_int(n_sent)
    has_letters = letters > 0
    out[has_letters, c["upper_ratio"]] = upper[has_letters] / letters[has_letters]
    out[:, c["all_caps"]] = (letters >= 3) & (upper == letters)
    has_syll = syll > 0
    out[has_syll, c["initial_caps_ratio"]] = initial[has_syll] / syll[has_syll]
    out[:, c["first_upper"]] = first_upper
    out[:, c["name_like"]] = name_like
    out[:, c["digit_ratio"]] = digits / np.maximum(n_chars, 1)
    out[:, c["no_letters"]] = letters == 0
    for name, col in (
        ("has_date", dates), ("has_time", times), ("stamp_end", stamp_end), ("stamp_only", stamp_only), ("url", url),
        ("email", email), ("phone", phone), ("bullet", bullet), ("legal_head", legal), ("source_start", source),
        ("glued", glued), ("chrome_start", chrome_start), ("chrome_only", chrome_only), ("pipe_or_slash", pipe),
    ):
        out[:, c[name]] = col
    out[:, c["chrome_cues"]] = _log1p_int(n_chrome)
    out[:, c["caption_cues"]] = _log1p_int(n_caption)
    out[:, c["paren_count"]] = _log1p_int(n_paren)
    return out


def paragraph_shape(stripped: str, low: str, chrome: re.Pattern[str], caption: re.Pattern[str]) -> list[float]:
    """The :data:`SHAPE_NAMES` features of one paragraph: ``stripped`` is its text without
    surrounding white space, ``low`` the same normalised and lower-cased."""
    return _shapes([stripped], [low], chrome, caption)[0].tolist()


_LOG1P = np.array([math.log1p(k) for k in range(1 << 14)])


def _log1p_int(a: Any) -> np.ndarray:
    """``math.log1p`` of non-negative integers, elementwise (the same floats as one by one):
    from a table below 2**14, one by one above."""
    a = np.asarray(a, dtype=np.int64)
    if not a.size:
        return np.zeros(a.shape)
    big = a >= len(_LOG1P)
    if not big.any():
        return _LOG1P[a]
    out = _LOG1P[np.where(big, 0, a)]
    out[big] = [math.log1p(v) for v in a[big].tolist()]
    return out


def _starts_with_other(keys: Sequence[str], min_len: int = 12) -> np.ndarray:
    """For each key, whether another key of at least ``min_len`` characters is a proper prefix
    of it — in one pass over the sorted distinct keys (a prefix sorts before every string that
    extends it, and the strings between them extend it too), not by comparing every pair."""
    found: dict[str, bool] = {}
    stack: list[str] = []  # the heads that are prefixes of the last key, shortest first
    for k in sorted(set(keys)):
        while stack and not k.startswith(stack[-1]):
            stack.pop()
        found[k] = bool(stack)
        if len(k) >= min_len:
            stack.append(k)
    return np.array([found[k] for k in keys], dtype=bool)


def _layouts(
    texts_per_doc: Sequence[Sequence[str]], lows_per_doc: Sequence[Sequence[str]], chrome: re.Pattern[str], caption: re.Pattern[str]
) -> list[np.ndarray]:
    """The ``(n, len(LAYOUT_NAMES))`` layout features of the paragraphs of each document, all
    documents computed together (whole columns at once; linear in the number of paragraphs)."""
    sizes = np.fromiter((len(t) for t in texts_per_doc), dtype=np.int64, count=len(texts_per_doc))
    texts = [t for ts in texts_per_doc for t in ts]
    lows = [low for ls in lows_per_doc for low in ls]
    total = len(texts)
    if total == 0:
        return [np.zeros((0, len(LAYOUT_NAMES))) for _ in texts_per_doc]
    doc = np.repeat(np.arange(len(sizes)), sizes)
    start = (np.cumsum(sizes) - sizes)[doc]  # of each paragraph's document
    n = sizes[doc]
    pos = np.arange(total) - start
    stats = _text_stats(texts)
    shapes = _shapes(texts, lows, chrome, caption, stats)
    s = _SHAPE_INDEX
    keys = [" ".join(low.split()) for low in lows]
    n_syll = stats[:, 3]
    long_prose = (n_syll >= 25) & (shapes[:, s["final_."]] + shapes[:, s["final_:"]] + shapes[:, s["final_quote"]] > 0)
    cum = np.concatenate([[0], np.cumsum(long_prose)])
    before = cum[:-1] - cum[start]
    after = cum[start + n] - cum[1:]
    same_prev = np.zeros(total, dtype=bool)
    same_prev[1:] = [keys[i - 1] == keys[i] for i in range(1, total)]
    same_prev &= pos > 0
    same_next = np.zeros(total, dtype=bool)
    same_next[:-1] = same_prev[1:]
    counts: dict[tuple[int, str], int] = {}
    for d, k in zip(doc.tolist(), keys):
        counts[d, k] = counts.get((d, k), 0) + 1
    repeated = np.array([counts[d, k] > 1 for d, k in zip(doc.tolist(), keys)], dtype=bool)
    starts_other = np.zeros(total, dtype=bool)
    doc_starts = (np.cumsum(sizes) - sizes).tolist()
    for d in np.flatnonzero(sizes > 1).tolist():
        a, b = doc_starts[d], doc_starts[d] + int(sizes[d])
        starts_other[a:b] = _starts_with_other(keys[a:b])

    def share(flags: np.ndarray) -> np.ndarray:  # of the paragraphs of the document
        return (np.bincount(doc, weights=flags, minlength=len(sizes)) / np.maximum(sizes, 1))[doc]

    first, last = pos == 0, pos == n - 1
    multi = n > 1
    rel = np.zeros(total)
    rel[multi] = pos[multi] / (n[multi] - 1)
    context = np.column_stack(
        [
            rel, first, last, _log1p_int(pos), _log1p_int(n - 1 - pos), _log1p_int(n),
            _log1p_int(before), _log1p_int(after), before == 0, after == 0, same_prev, same_next,
            repeated, starts_other, first, last,
            share(n_syll <= 8),
            share(shapes[:, s["has_date"]] + shapes[:, s["has_time"]] > 0),
            np.bincount(doc, weights=shapes[:, s["legal_head"]], minlength=len(sizes))[doc] >= 2,
            share(shapes[:, s["chrome_cues"]] > 0),
        ]
    ).astype(np.float64)
    neighbours = shapes[:, _NEIGHBOUR_IDX]
    prev = np.zeros_like(neighbours)
    prev[1:] = neighbours[:-1]
    prev[first] = 0.0
    nxt = np.zeros_like(neighbours)
    nxt[:-1] = neighbours[1:]
    nxt[last] = 0.0
    out = np.hstack([shapes, prev, nxt, context])
    return np.split(out, np.cumsum(sizes)[:-1])


def _doc_layout(texts: Sequence[str], lows: Sequence[str], chrome: re.Pattern[str], caption: re.Pattern[str]) -> np.ndarray:
    """``(n, len(LAYOUT_NAMES))`` layout features of one document's paragraphs."""
    return _layouts([texts], [lows], chrome, caption)[0]


def _lower_normalized(texts: Sequence[str]) -> list[str]:
    """Each text normalised and lower-cased — all in one string (line breaks cannot change)."""
    parts = normalize("\n".join(texts)).lower().split("\n")
    if len(parts) != len(texts):  # a text holding a line break (or no text): one by one
        parts = [normalize(t).lower() for t in texts]
    return parts


def _fill(docs: Sequence["DocContext"], key: Any, compute: Any) -> None:
    """Cache ``compute(todo)`` — one result per document — in the documents that lack ``key``."""
    seen: set[int] = set()
    todo = []
    for d in docs:
        if key not in d._cache and id(d) not in seen:
            seen.add(id(d))
            todo.append(d)
    if todo:
        for d, value in zip(todo, compute(todo)):
            d._cache[key] = value


def _split(values: Sequence[Any], docs: Sequence["DocContext"]) -> list[Any]:
    out, k = [], 0
    for d in docs:
        out.append(values[k : k + len(d.texts)])
        k += len(d.texts)
    return out


def _fill_lows(docs: Sequence["DocContext"]) -> None:
    _fill(docs, "lows", lambda todo: _split(_lower_normalized([t for d in todo for t in d.texts]), todo))


def _fill_layout(docs: Sequence["DocContext"], chrome_cues: tuple[str, ...], caption_cues: tuple[str, ...]) -> None:
    def compute(todo: list[DocContext]) -> list[np.ndarray]:
        _fill_lows(todo)
        return _layouts([d.texts for d in todo], [d.lows for d in todo], cue_regex(chrome_cues), cue_regex(caption_cues))

    _fill(docs, ("layout", chrome_cues, caption_cues), compute)


def _fill_cues(docs: Sequence["DocContext"], cue_lists: tuple[tuple[str, ...], ...]) -> None:
    def compute(todo: list[DocContext]) -> list[np.ndarray]:
        _fill_lows(todo)
        counts = _log1p_int(cue_counter(cue_lists).counts([low for d in todo for low in d.lows]))
        return _split(counts, todo)

    _fill(docs, ("cues", cue_lists), compute)


# -- sentence shape and the neighbours' lengths -------------------------------------------------
#: Features of how a paragraph reads as a sentence (:func:`_sentence_shapes`).
SENTENCE_SHAPE_NAMES: tuple[str, ...] = (
    "subject_start", "name_start", "event_cues", "prose_cues", "no_prose", "lead_adverbial", "comma_count",
    "quote_mark", "inner_colon", "caption_shape", "caption_strong", "no_stop_long", "no_stop_mid",
    "headline_shape",
)
#: Features of a paragraph's length and shape beside its neighbours'.
SENTENCE_CONTEXT_NAMES: tuple[str, ...] = (
    "prev_long", "next_long", "sandwich_long", "prev_colon", "ratio_prev", "ratio_next", "vs_median",
    "prev_caption_shape", "next_caption_shape", "similar_prev", "similar_next", "doc_caption_share",
    "isolated_short", "credit_then_prose", "credit_beside", "doc_credit_share", "prev_dated_lead",
    "next_credit_start",
)
#: Every column of :class:`SentenceFeatures`, in order.
SENTENCE_NAMES: tuple[str, ...] = (*SENTENCE_SHAPE_NAMES, *SENTENCE_CONTEXT_NAMES)
_SENTENCE_INDEX = {n: i for i, n in enumerate(SENTENCE_NAMES)}

_UP = f"[{_VN_UPPER}]"
_LO = f"[{_VN_LOWER}]"
# a bare personal name at the start, then a comma or a dash: "Trần Văn Bình, phó chủ tịch …"
_NAME_START = re.compile(rf"^(?:{_UP}{_LO}*\s+){{1,3}}{_UP}{_LO}+\s*(?:,|\s[-–—])")
_QUOTE_MARKS = re.compile("[\"“”«»]")
_AGENCIES = "|".join(re.escape(a) for a in sorted(PHOTO_AGENCIES, key=len, reverse=True))
#: a news lead that opens with its date, after an optional dateline (``ĐÀ NẴNG - Ngày 6-2, …``):
#: a time word, maybe a day word (``chiều ngày 6/11``, ``sáng thứ hai 6/11``), then a number, or
#: ``nay`` / ``qua`` (``sáng nay``, ``ngày hôm qua``)
_DATED_LEAD = re.compile(
    r"(?:[^,.:]{1,25}?\s[-–—]\s)?(?:"
    + "|".join(re.escape(w) for w in sorted(DATED_LEAD_WORDS, key=len, reverse=True))
    + r")(?:\s+(?:ngày|hôm|thứ\s+\w+|chủ\s+nhật),?)?\s+(?:\d|nay\b|qua\b)"
)


def _cue_alternative(cue: str) -> str:
    """A cue as a pattern that ends on a word boundary when the cue ends with a letter
    (``(ảnh`` does not match ``(ảnh hưởng``)."""
    return re.escape(cue) + (r"(?!\w)" if cue[-1:].isalnum() else "")


#: a photo credit anywhere in a normalised, lower-cased paragraph: a credit word, or an agency
#: after a photographer's name (``trọng đức/ttxvn``, not a link such as ``https://vov.vn/…``)
_CREDIT = re.compile(
    r"(?<!\w)(?:" + "|".join(_cue_alternative(c) for c in sorted(PHOTO_CREDITS, key=len, reverse=True)) + ")"
    rf"|(?<=\w)\s?/\s?(?:{_AGENCIES})(?!\w)(?!\.\w)"
)
_LEAD_STRIP = " \t-–—•·»*+"
_CAPTION_FINALS = (".", ")", "alnum")
_PROSE_FINALS = (".", ":", "quote")


def _sentence_row(
    stripped: str, low: str, n_syll: int, final: str, subjects: re.Pattern[str], events: re.Pattern[str],
    prose: re.Pattern[str], leads: re.Pattern[str],
) -> tuple[float, ...]:
    """The :data:`SENTENCE_SHAPE_NAMES` features of one paragraph (``stripped``: its text without
    surrounding white space; ``low``: the same normalised and lower-cased; ``n_syll``: its number
    of syllables; ``final``: its :func:`_final_class`)."""
    head = low.lstrip(_LEAD_STRIP)
    n_sent = len(_SENT_END.findall(stripped))
    subject = subjects.match(head) is not None
    n_events = len(events.findall(low))
    n_prose = len(prose.findall(low))
    comma = head.find(",")
    lead = comma > 0 and leads.match(head) is not None and len(head[:comma].split()) <= 10
    quote = _QUOTE_MARKS.search(stripped) is not None
    colon = ":" in stripped[:-1]
    base = (
        n_prose == 0 and not lead and n_sent <= 1 and 4 <= n_syll <= 50 and final in _CAPTION_FINALS
        and not quote and not colon
    )
    return (
        float(subject),
        float(_NAME_START.match(stripped.lstrip(_LEAD_STRIP)) is not None),
        math.log1p(n_events),
        math.log1p(n_prose),
        float(n_prose == 0),
        float(lead),
        math.log1p(stripped.count(",")),
        float(quote),
        float(colon),
        float(base and (subject or n_events > 0)),
        float(base and subject and n_events > 0),
        float(final == "alnum" and n_syll >= 20),
        float(final == "alnum" and 9 <= n_syll < 20),
        float(final in ("alnum", "?", "!") and 3 <= n_syll <= 25 and stripped[:1].isupper() and stripped.upper() != stripped),
    )


def _sentence_layouts(
    texts_per_doc: Sequence[Sequence[str]], lows_per_doc: Sequence[Sequence[str]],
    cues: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]],
) -> list[np.ndarray]:
    """The ``(n, len(SENTENCE_NAMES))`` sentence features of the paragraphs of each document, all
    documents computed together (whole columns at once; a neighbour is one of the same document)."""
    subjects, events, prose, leads = (cue_regex(c) for c in cues)
    sizes = np.fromiter((len(t) for t in texts_per_doc), dtype=np.int64, count=len(texts_per_doc))
    total = int(sizes.sum())
    if total == 0:
        return [np.zeros((0, len(SENTENCE_NAMES))) for _ in texts_per_doc]
    stripped = [t.strip() for ts in texts_per_doc for t in ts]
    lows = [low.strip() for ls in lows_per_doc for low in ls]
    n_shape = len(SENTENCE_SHAPE_NAMES)
    c = _SENTENCE_INDEX
    m = np.zeros((total, len(SENTENCE_NAMES)))
    n_sylls = [len(t.split()) for t in stripped]
    final_classes = [_final_class(t) for t in stripped]
    m[:, :n_shape] = [
        _sentence_row(t, low, k, f, subjects, events, prose, leads)
        for t, low, k, f in zip(stripped, lows, n_sylls, final_classes)
    ]
    doc = np.repeat(np.arange(len(sizes)), sizes)
    first = np.zeros(total, dtype=bool)  # the first paragraph of its document
    first[(np.cumsum(sizes) - sizes)[sizes > 0]] = True
    has_prev = ~first
    has_next = np.zeros(total, dtype=bool)
    has_next[:-1] = has_prev[1:]
    syll = np.array(n_sylls, dtype=np.float64)
    finals = np.array([_FINAL_INDEX[f] for f in final_classes], dtype=np.int64)
    prose_final = np.isin(finals, [_FINAL_INDEX[f] for f in _PROSE_FINALS])
    long_prose = (syll >= 25) & prose_final
    caption = m[:, c["caption_shape"]].copy()
    logs = np.log1p(syll)

    def prev(a: np.ndarray) -> np.ndarray:  # the value of the paragraph before, 0 for the first
        out = np.zeros(total, dtype=np.float64)
        out[1:] = a[:-1]
        out[first] = 0
        return out

    def nxt(a: np.ndarray) -> np.ndarray:  # the value of the paragraph after, 0 for the last
        out = np.zeros(total, dtype=np.float64)
        out[:-1] = a[1:]
        out[~has_next] = 0
        return out

    prev_long, next_long = prev(long_prose), nxt(long_prose)
    m[:, c["prev_long"]] = prev_long
    m[:, c["next_long"]] = next_long
    m[:, c["sandwich_long"]] = prev_long * next_long
    m[:, c["prev_colon"]] = prev(finals == _FINAL_INDEX[":"])
    m[:, c["ratio_prev"]] = np.where(has_prev, logs - prev(logs), 0.0)
    m[:, c["ratio_next"]] = np.where(has_next, logs - nxt(logs), 0.0)
    m[:, c["vs_median"]] = logs - np.log1p(_doc_medians(syll, sizes)[doc])
    m[:, c["prev_caption_shape"]] = prev(caption)
    m[:, c["next_caption_shape"]] = nxt(caption)
    short = syll <= 40
    # a paragraph and the next one: same final mark, both short, similar lengths
    similar_next = np.zeros(total, dtype=bool)
    similar_next[:-1] = (finals[:-1] == finals[1:]) & short[:-1] & short[1:] & (np.abs(logs[1:] - logs[:-1]) < 0.5)
    similar_next &= has_next
    m[:, c["similar_next"]] = similar_next
    m[:, c["similar_prev"]] = prev(similar_next)
    share = np.bincount(doc, weights=caption, minlength=len(sizes)) / np.maximum(sizes, 1)
    m[:, c["doc_caption_share"]] = share[doc]
    m[:, c["isolated_short"]] = short & (prev_long * next_long > 0) & has_prev & has_next
    # photo credits: beside a caption, or glued to the start of body text by the scraper
    credit = np.array([_CREDIT.search(low) is not None for low in lows], dtype=bool)
    credit_start = np.array([_CREDIT.match(low.lstrip(_LEAD_STRIP)) is not None for low in lows], dtype=bool)
    m[:, c["credit_then_prose"]] = credit_start & prose_final & (syll >= 20)
    m[:, c["credit_beside"]] = (prev(credit) + nxt(credit)) > 0
    m[:, c["doc_credit_share"]] = (np.bincount(doc, weights=credit, minlength=len(sizes)) / np.maximum(sizes, 1))[doc]
    # the sentence after a dated lead ("Sáng 6/11, tại Hà Nội, …") names who presided: article
    # text; a caption has its credit glued to the start of the next paragraph
    dated = np.array([_DATED_LEAD.match(low.lstrip(_LEAD_STRIP)) is not None for low in lows], dtype=bool)
    m[:, c["prev_dated_lead"]] = prev(dated)
    m[:, c["next_credit_start"]] = nxt(credit_start)
    return np.split(m, np.cumsum(sizes)[:-1])


def _doc_medians(values: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """The median of ``values`` within each document (``sizes``: paragraphs per document, in order)."""
    doc = np.repeat(np.arange(len(sizes)), sizes)
    order = np.lexsort((values, doc))  # by document, then by value
    v = values[order]
    starts = np.cumsum(sizes) - sizes
    lo = starts + (np.maximum(sizes, 1) - 1) // 2
    hi = starts + np.maximum(sizes, 1) // 2
    ok = sizes > 0
    out = np.zeros(len(sizes))
    out[ok] = (v[lo[ok]] + v[hi[ok]]) / 2
    return out


def _fill_sentences(docs: Sequence["DocContext"], cues: tuple[tuple[str, ...], ...]) -> None:
    def compute(todo: list[DocContext]) -> list[np.ndarray]:
        _fill_lows(todo)
        return _sentence_layouts([d.texts for d in todo], [d.lows for d in todo], cues)  # type: ignore[arg-type]

    _fill(docs, ("sentences", cues), compute)


# -- inputs -------------------------------------------------------------------------------------
class DocContext:
    """The paragraphs of one document and what the transformers compute from them.

    texts: the paragraph texts; forms: each paragraph's word forms (:func:`word_form` of its
    words, empty forms dropped); n_words: each paragraph's number of words (non-space tokens).
    Everything else — normalised texts, character strings, layout and cue features — is
    computed on first use, once, and cached here.
    """

    __slots__ = ("texts", "forms", "n_words", "_cache")

    def __init__(self, texts: Sequence[str], forms: Sequence[Sequence[str]], n_words: Sequence[int]) -> None:
        self.texts = list(texts)
        self.forms = [list(f) for f in forms]
        self.n_words = [int(k) for k in n_words]
        if not len(self.texts) == len(self.forms) == len(self.n_words):
            raise ValueError("texts, forms and n_words must have one entry per paragraph")
        self._cache: dict[Any, Any] = {}

    @classmethod
    def from_words(cls, texts: Sequence[str], words: Sequence[Sequence[str]]) -> "DocContext":
        """A document given each paragraph's words (``token.norm_`` of its non-space tokens)."""
        words = [list(w) for w in words]
        return cls(texts, [[f for f in map(word_form, w) if f] for w in words], [len(w) for w in words])

    def __len__(self) -> int:
        return len(self.texts)

    def _get(self, key: Any, make: Any) -> Any:
        got = self._cache.get(key)
        if got is None:
            got = self._cache[key] = make()
        return got

    @property
    def lows(self) -> list[str]:
        """Each paragraph normalised (:func:`~viet_partydocs.text.normalize.normalize`) and lower-cased."""
        _fill_lows([self])
        return self._cache["lows"]

    @property
    def chars(self) -> list[str]:
        """Each paragraph's character-feature string: normalised, lower-cased, digits as ``0``."""
        return self._get("chars", lambda: [_DIGIT.sub("0", low) for low in self.lows])

    @property
    def pieces(self) -> list[list[str]]:
        """The white-space separated pieces of each character-feature string."""
        return self._get("pieces", lambda: [c.split() for c in self.chars])

    @property
    def all_forms(self) -> list[str]:
        """The word forms of the whole document, in order."""
        return self._get("all_forms", lambda: [f for fs in self.forms for f in fs])

    def word_terms(self, ngram_range: tuple[int, int]) -> list[list[str]]:
        """Each paragraph's word n-grams (as scikit-learn's word analyzer makes them)."""
        return self._get(("word_terms", ngram_range), lambda: [_word_ngrams(f, ngram_range) for f in self.forms])

    def layout(self, chrome_cues: tuple[str, ...], caption_cues: tuple[str, ...]) -> np.ndarray:
        """``(n_paragraphs, len(LAYOUT_NAMES))`` layout features of every paragraph."""
        _fill_layout([self], chrome_cues, caption_cues)
        return self._cache[("layout", chrome_cues, caption_cues)]

    def sentences(self, cues: tuple[tuple[str, ...], ...]) -> np.ndarray:
        """``(n_paragraphs, len(SENTENCE_NAMES))`` sentence-shape and neighbour features."""
        _fill_sentences([self], cues)
        return self._cache[("sentences", cues)]

    def cue_counts(self, cue_lists: tuple[tuple[str, ...], ...]) -> np.ndarray:
        """``(n_paragraphs, len(cue_lists))``: ``log1p`` of the number of matches of each list."""
        _fill_cues([self], cue_lists)
        return self._cache[("cues", cue_lists)]


class ParagraphInput:
    """What the classifiers see of one paragraph: the paragraph ``index`` of document ``doc``."""

    __slots__ = ("doc", "index")

    def __init__(self, doc: DocContext, index: int) -> None:
        self.doc = doc
        self.index = index

    @property
    def text(self) -> str:
        return self.doc.texts[self.index]

    @property
    def forms(self) -> list[str]:
        return self.doc.forms[self.index]

    @property
    def n_words(self) -> int:
        return self.doc.n_words[self.index]

    def __repr__(self) -> str:
        return f"ParagraphInput({self.text[:40]!r}…, index={self.index}/{len(self.doc)})"


def _inputs(ctx: DocContext) -> list[ParagraphInput]:
    return [ParagraphInput(ctx, i) for i in range(len(ctx))]


def inputs_from_texts(paragraphs: Sequence[str], words: Optional[Sequence[Sequence[str]]] = None) -> list[ParagraphInput]:
    """The inputs of one document given its paragraph texts (and their words; default: the
    lower-cased, normalised whitespace-separated syllables — for tests and quick use only: the
    pipeline uses the tokenizer's words)."""
    if words is None:
        words = [normalize(p).lower().split() for p in paragraphs]
    return _inputs(DocContext.from_words(paragraphs, words))


_FORM_OF_HASH: dict[int, str] = {}  # NORM hash -> word_form (a hash names one string in every vocab)


def inputs_per_doc(docs: Sequence[Any], spans_key: str = "paragraphs") -> list[list[ParagraphInput]]:
    """For each spaCy ``Doc``, the inputs of its paragraphs ``doc.spans[spans_key]``, in order —
    texts and words of all documents read together from ``doc.to_array`` (one string look-up per
    distinct token; no ``Token`` objects)."""
    from spacy.attrs import IS_SPACE, NORM, ORTH, SPACY

    sizes, bounds, arrays = [], [], []
    offset = 0
    for doc in docs:
        spans = list(doc.spans[spans_key]) if spans_key in doc.spans else []
        sizes.append(len(spans))
        if spans:
            bounds.extend((sp.start + offset, sp.end + offset) for sp in spans)
            arrays.append(doc.to_array([NORM, IS_SPACE, ORTH, SPACY]).reshape(-1, 4))
            offset += len(doc)
    n = len(bounds)
    if n == 0:
        return [[] for _ in docs]
    arr = np.concatenate(arrays)
    stores = [v.strings for v in {id(d.vocab): d.vocab for d in docs}.values()]
    starts, ends = np.array(bounds, dtype=np.int64).reshape(-1, 2).T
    # paragraph texts: the tokens with their trailing space, but the last one's (as Span.text)
    uniq, inv = np.unique(arr[:, 2], return_inverse=True)
    orth = np.array(strings_of(uniq.tolist(), stores), dtype=object)[inv]
    spaced = orth.copy()
    has_space = arr[:, 3] != 0
    spaced[has_space] = spaced[has_space] + " "
    texts = [
        "".join(spaced[a : b - 1].tolist()) + orth[b - 1] if b > a else ""
        for a, b in zip(starts.tolist(), ends.tolist())
    ]
    # words: the forms of the non-space tokens
    lengths = ends - starts
    par = np.repeat(np.arange(n), lengths)
    tok = np.arange(len(par)) - np.repeat(np.cumsum(lengths) - lengths - starts, lengths)
    word = arr[tok, 1] == 0
    n_words = np.bincount(par[word], minlength=n).tolist()
    uniq, inv = np.unique(arr[tok[word], 0], return_inverse=True)
    forms = np.array(strings_of(uniq.tolist(), stores, _FORM_OF_HASH, word_form) or [""], dtype=object)
    keep = forms[inv] != ""
    kept = forms[inv[keep]]
    cuts = np.searchsorted(par[word][keep], np.arange(n + 1)).tolist()
    out: list[list[ParagraphInput]] = []
    k = 0
    for m in sizes:
        if m:
            per_par = [kept[cuts[i] : cuts[i + 1]].tolist() for i in range(k, k + m)]
            out.append(_inputs(DocContext(texts[k : k + m], per_par, n_words[k : k + m])))
        else:
            out.append([])
        k += m
    return out


def inputs_from_doc(doc: Any, spans_key: str = "paragraphs") -> list[ParagraphInput]:
    """The inputs of the paragraphs ``doc.spans[spans_key]`` of a spaCy ``Doc``, in order."""
    return inputs_per_doc([doc], spans_key)[0]


def inputs_from_docs(docs: Iterable[Any], spans_key: str = "paragraphs") -> list[ParagraphInput]:
    """The inputs of every paragraph of every doc, concatenated in order."""
    return [p for ps in inputs_per_doc(list(docs), spans_key) for p in ps]


def _documents(X: Sequence[ParagraphInput]) -> tuple[list[DocContext], np.ndarray]:
    """The distinct documents of ``X`` (in order of first appearance) and each input's row."""
    seen: dict[int, int] = {}
    docs: list[DocContext] = []
    rows = np.empty(len(X), dtype=np.intp)
    for i, p in enumerate(X):
        k = seen.get(id(p.doc))
        if k is None:
            k = seen[id(p.doc)] = len(docs)
            docs.append(p.doc)
        rows[i] = k
    return docs, rows


# -- TF-IDF of n-grams --------------------------------------------------------------------------
def _word_ngrams(tokens: Sequence[str], ngram_range: tuple[int, int]) -> list[str]:
    """scikit-learn's word n-grams of ``tokens`` (``_VectorizerMixin._word_ngrams``)."""
    min_n, max_n = ngram_range
    if max_n == 1:
        return list(tokens)
    if min_n == 1:
        out = list(tokens)
        min_n += 1
    else:
        out = []
    for n in range(min_n, min(max_n + 1, len(tokens) + 1)):
        out.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return out


def _char_wb_ngrams(piece: str, ngram_range: tuple[int, int]) -> list[str]:
    """scikit-learn's ``char_wb`` n-grams of one white-space free piece: those of the piece
    padded with a space on each side, a padded piece no longer than n counted once whole."""
    min_n, max_n = ngram_range
    w = f" {piece} "
    size = len(w)
    out: list[str] = []
    for n in range(min_n, max_n + 1):
        if size <= n:
            out.append(w)
            break
        out.extend(w[i : i + n] for i in range(size - n + 1))
    return out


def _csr(rows: np.ndarray, cols: np.ndarray, shape: tuple[int, int]) -> sp.csr_matrix:
    """Counts of the (row, col) pairs as a canonical float64 CSR matrix."""
    m = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape, dtype=np.float64)
    m.sum_duplicates()
    return m


class _NgramTfidf(TransformerMixin, BaseEstimator):
    """TF-IDF of n-grams, numerically identical to ``TfidfVectorizer(ngram_range, min_df,
    max_features, sublinear_tf)`` over the same terms (default ``max_df``, ``norm="l2"``,
    smooth idf). Subclasses say what the terms of an input are (:meth:`_counts`).

    An empty vocabulary (no term reaches ``min_df``, e.g. a document-level feature fitted on a
    single document) is allowed: the transformer then gives zero columns.
    """

    def __init__(
        self, ngram_range: tuple[int, int] = (1, 1), min_df: int | float = 2, max_features: Optional[int] = None,
        sublinear_tf: bool = True,
    ) -> None:
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.sublinear_tf = sublinear_tf

    # subclasses: counts of the terms of X, columns given by `index` (term -> column); with
    # grow=True unseen terms get new columns (fitting), otherwise they are ignored
    def _counts(self, X: Sequence[ParagraphInput], index: dict[str, int], grow: bool) -> sp.csr_matrix:
        raise NotImplementedError

    def _fit_counts(self, X: Sequence[ParagraphInput]) -> sp.csr_matrix:
        self._reset_caches()
        index: dict[str, int] = {}
        C = self._counts(X, index, grow=True)
        terms = list(index)
        # columns renumbered in the order of the sorted terms, as scikit-learn orders its
        # vocabulary (and, like it, without re-sorting the rows: same floats in fit_transform)
        order = np.array(sorted(range(len(terms)), key=terms.__getitem__), dtype=np.intp)
        rank = np.empty(len(terms), dtype=C.indices.dtype)
        rank[order] = np.arange(len(terms), dtype=C.indices.dtype)
        C.indices = rank[C.indices]
        C.has_sorted_indices = False
        n_doc = C.shape[0]
        min_count = self.min_df if isinstance(self.min_df, Integral) else self.min_df * n_doc
        dfs = np.bincount(C.indices, minlength=C.shape[1])
        mask = (dfs <= n_doc) & (dfs >= min_count)
        limit = self.max_features
        if limit is not None and mask.sum() > limit:
            tfs = np.asarray(C.sum(axis=0)).ravel()
            mask_inds = (-tfs[mask]).argsort()[:limit]
            new_mask = np.zeros(len(dfs), dtype=bool)
            new_mask[np.where(mask)[0][mask_inds]] = True
            mask = new_mask
        kept = np.where(mask)[0]
        self.terms_ = np.array([terms[order[k]] for k in kept], dtype=str)
        C = C[:, kept]  # (left as scipy leaves it, as scikit-learn does: fit_transform gives its very floats)
        self.n_features_out_ = len(kept)
        self.tfidf_ = TfidfTransformer(sublinear_tf=self.sublinear_tf).fit(C) if len(kept) else None
        self._reset_caches()
        return C

    def _weigh(self, C: sp.csr_matrix) -> Any:
        if self.tfidf_ is None:
            return sp.csr_matrix((C.shape[0], 0), dtype=np.float64)
        return self.tfidf_.transform(C, copy=False)

    def fit(self, X: Sequence[ParagraphInput], y: Any = None) -> "_NgramTfidf":
        self._fit_counts(X)
        return self

    def fit_transform(self, X: Sequence[ParagraphInput], y: Any = None, **fit_params: Any) -> Any:
        return self._weigh(self._fit_counts(X))

    def transform(self, X: Sequence[ParagraphInput]) -> Any:
        check_is_fitted(self, "terms_")
        return self._weigh(self._counts(X, self._index(), grow=False))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "terms_")
        return np.asarray(self.terms_, dtype=object)

    # the term -> column index and other look-up tables: rebuilt from terms_ when needed, never saved
    _CACHES = ("_index_", "_piece_cols_")

    def _reset_caches(self) -> None:
        for name in self._CACHES:
            self.__dict__.pop(name, None)

    def _index(self) -> dict[str, int]:
        got = self.__dict__.get("_index_")
        if got is None:
            got = self.__dict__["_index_"] = {t: i for i, t in enumerate(self.terms_.tolist())}
        return got

    def __getstate__(self) -> dict[str, Any]:
        state = super().__getstate__()
        return {k: v for k, v in state.items() if k not in self._CACHES}


def _lookup_rows(terms_per_row: Sequence[Sequence[str]], index: dict[str, int], grow: bool, n_rows: int) -> sp.csr_matrix:
    """Count matrix of rows of terms: one dictionary look-up per term occurrence."""
    lengths = np.fromiter((len(t) for t in terms_per_row), dtype=np.int64, count=len(terms_per_row))
    total = int(lengths.sum())
    if grow:
        cols = np.fromiter((index.setdefault(t, len(index)) for ts in terms_per_row for t in ts), dtype=np.int64, count=total)
    else:
        cols = np.fromiter(map(index.get, chain.from_iterable(terms_per_row), repeat(-1)), dtype=np.int64, count=total)
    rows = np.repeat(np.arange(len(terms_per_row)), lengths)
    hit = cols >= 0
    return _csr(rows[hit], cols[hit], (n_rows, len(index)))


class WordTfidf(_NgramTfidf):
    """TF-IDF of the word n-grams of each paragraph (its word forms, :attr:`ParagraphInput.forms`):
    the numbers of ``TfidfVectorizer(token_pattern=r"\\S+", lowercase=False, ...)`` over the
    forms joined by spaces."""

    def __init__(
        self, ngram_range: tuple[int, int] = (1, 2), min_df: int | float = 2, max_features: Optional[int] = None,
        sublinear_tf: bool = True,
    ) -> None:
        super().__init__(ngram_range=ngram_range, min_df=min_df, max_features=max_features, sublinear_tf=sublinear_tf)

    def _counts(self, X: Sequence[ParagraphInput], index: dict[str, int], grow: bool) -> sp.csr_matrix:
        rng = tuple(self.ngram_range)
        terms = [p.doc.word_terms(rng)[p.index] for p in X]
        return _lookup_rows(terms, index, grow, len(X))


class DocumentTfidf(_NgramTfidf):
    """TF-IDF of the words of each paragraph's whole document (fitted on the distinct documents;
    every paragraph of a document gets its document's row): the topic of the article around a
    short or vague paragraph."""

    def _counts(self, X: Sequence[ParagraphInput], index: dict[str, int], grow: bool) -> sp.csr_matrix:
        docs, rows = _documents(X)
        rng = tuple(self.ngram_range)
        terms = [d.all_forms if rng == (1, 1) else _word_ngrams(d.all_forms, rng) for d in docs]
        C = _lookup_rows(terms, index, grow, len(docs))
        return C if grow else C[rows]

    def _fit_counts(self, X: Sequence[ParagraphInput]) -> sp.csr_matrix:
        docs, _ = _documents(X)
        C = super()._fit_counts([ParagraphInput(d, 0) for d in docs])
        return C

    def fit_transform(self, X: Sequence[ParagraphInput], y: Any = None, **fit_params: Any) -> Any:
        _, rows = _documents(X)
        C = self._fit_counts(X)
        C.sort_indices()  # the floats of fit, then transform
        return self._weigh(C)[rows]


class CharTfidf(_NgramTfidf):
    """TF-IDF of the character n-grams inside words of each paragraph's character string
    (:attr:`DocContext.chars`): the numbers of ``TfidfVectorizer(analyzer="char_wb", ...)``
    over those strings. A paragraph's counts are the sum of its pieces' counts (a sparse
    product); each distinct piece is split into n-grams once per fitted transformer."""

    def __init__(
        self, ngram_range: tuple[int, int] = (2, 4), min_df: int | float = 2, max_features: Optional[int] = None,
        sublinear_tf: bool = True,
    ) -> None:
        super().__init__(ngram_range=ngram_range, min_df=min_df, max_features=max_features, sublinear_tf=sublinear_tf)

    _PIECE_CACHE = 200_000  # distinct pieces remembered (then forgotten all at once)

    def _counts(self, X: Sequence[ParagraphInput], index: dict[str, int], grow: bool) -> sp.csr_matrix:
        rng = tuple(self.ngram_range)
        local: dict[str, int] = {}  # the distinct pieces of X, in order of appearance
        per_row = [p.doc.pieces[p.index] for p in X]
        lengths = np.fromiter((len(ps) for ps in per_row), dtype=np.int64, count=len(per_row))
        # a new piece gets the number of its first occurrence; renumbered 0, 1, … in that order
        first = np.fromiter(map(local.setdefault, chain.from_iterable(per_row), count()), dtype=np.int64, count=int(lengths.sum()))
        piece_ids = np.unique(first, return_inverse=True)[1]
        P = _csr(np.repeat(np.arange(len(X)), lengths), piece_ids, (len(X), len(local)))
        if grow:
            cols_of = [np.array([index.setdefault(t, len(index)) for t in _char_wb_ngrams(w, rng)], dtype=np.int64) for w in local]
        else:
            cache = self.__dict__.setdefault("_piece_cols_", {})
            if len(cache) > self._PIECE_CACHE:
                cache.clear()
            get = index.get
            cols_of = []
            for w in local:
                c = cache.get(w)
                if c is None:
                    found = [k for k in (get(t, -1) for t in _char_wb_ngrams(w, rng)) if k >= 0]
                    c = cache[w] = np.array(found, dtype=np.int64)
                cols_of.append(c)
        n_cols = np.fromiter((len(c) for c in cols_of), dtype=np.int64, count=len(cols_of))
        W = _csr(
            np.repeat(np.arange(len(cols_of)), n_cols),
            np.concatenate(cols_of) if cols_of else np.zeros(0, dtype=np.int64),
            (len(cols_of), len(index)),
        )
        return (P @ W).tocsc().tocsr()  # (sorts the columns of each row, faster than sort_indices)


# -- layout and cues ----------------------------------------------------------------------------
class _Stateless(TransformerMixin, BaseEstimator):
    """A transformer with nothing to learn."""

    def fit(self, X: Sequence[ParagraphInput], y: Any = None) -> "_Stateless":
        return self

    def __sklearn_is_fitted__(self) -> bool:
        return True


def _rows_by_doc(X: Sequence[ParagraphInput], per_doc: Any) -> np.ndarray:
    """Stack, for every input, its row of ``per_doc(doc)`` (a matrix per document)."""
    docs, rows = _documents(X)
    blocks = [per_doc(d) for d in docs]
    offsets = np.cumsum([0] + [len(b) for b in blocks[:-1]])
    stacked = np.vstack(blocks)
    return stacked[offsets[rows] + np.fromiter((p.index for p in X), dtype=np.intp, count=len(X))]


class LayoutFeatures(_Stateless):
    """A dense ``(n, len(LAYOUT_NAMES))`` array: the paragraph's shape, its neighbours' shapes and
    its place in the document (see :data:`LAYOUT_NAMES`)."""

    def __init__(self, chrome_cues: tuple[str, ...] = CHROME_CUES, caption_cues: tuple[str, ...] = CAPTION_CUES) -> None:
        self.chrome_cues = chrome_cues
        self.caption_cues = caption_cues

    def transform(self, X: Sequence[ParagraphInput]) -> np.ndarray:
        if not len(X):
            return np.zeros((0, len(LAYOUT_NAMES)))
        chrome, caption = tuple(self.chrome_cues), tuple(self.caption_cues)
        _fill_layout([p.doc for p in X], chrome, caption)  # every document of the batch at once
        return _rows_by_doc(X, lambda d: d.layout(chrome, caption))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array(LAYOUT_NAMES, dtype=object)


class SentenceFeatures(_Stateless):
    """A dense ``(n, len(SENTENCE_NAMES))`` array: how the paragraph reads as a sentence (a
    caption's subject and event words, running-prose words, a fronted time or place, a final
    stop), and its length and shape beside its neighbours' (long prose before and after, length
    ratios, similar neighbours as in a list)."""

    def __init__(
        self,
        subjects: tuple[str, ...] = CAPTION_SUBJECTS,
        events: tuple[str, ...] = CAPTION_EVENTS,
        prose: tuple[str, ...] = PROSE_CUES,
        leads: tuple[str, ...] = LEAD_ADVERBIALS,
    ) -> None:
        self.subjects = subjects
        self.events = events
        self.prose = prose
        self.leads = leads

    def _cues(self) -> tuple[tuple[str, ...], ...]:
        return (tuple(self.subjects), tuple(self.events), tuple(self.prose), tuple(self.leads))

    def transform(self, X: Sequence[ParagraphInput]) -> np.ndarray:
        if not len(X):
            return np.zeros((0, len(SENTENCE_NAMES)))
        cues = self._cues()
        _fill_sentences([p.doc for p in X], cues)
        return _rows_by_doc(X, lambda d: d.sentences(cues))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array(SENTENCE_NAMES, dtype=object)


class ThemeCueFeatures(_Stateless):
    """``log1p`` of the number of cue phrases of each theme in the paragraph (columns in the order
    of ``themes``)."""

    def __init__(self, cues: Optional[Mapping[str, Sequence[str]]] = None, themes: Optional[Sequence[str]] = None) -> None:
        self.cues = cues
        self.themes = themes

    def _lists(self) -> tuple[tuple[str, ...], ...]:
        cues = self.cues if self.cues is not None else THEME_CUES
        themes = self.themes if self.themes is not None else list(cues)
        return tuple(tuple(cues.get(t, ())) for t in themes)

    def transform(self, X: Sequence[ParagraphInput]) -> np.ndarray:
        lists = self._lists()
        if not len(X):
            return np.zeros((0, len(lists)))
        _fill_cues([p.doc for p in X], lists)  # every document of the batch at once
        return _rows_by_doc(X, lambda d: d.cue_counts(lists))
