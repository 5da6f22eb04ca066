"""Features of paragraphs for the role and theme classifiers.

A classifier sees a list of :class:`ParagraphInput` — one per paragraph, in document order, each
knowing its document (:class:`DocContext`) — and turns it into numbers with the stateless
transformers below, inside ordinary scikit-learn pipelines:

* :class:`ParagraphWords` — the paragraph's words as the tokenizer segmented them (``token.norm_``:
  lower-cased, normalised), syllables of a word joined by ``_``, digits replaced by ``0``, one
  string per paragraph for a ``TfidfVectorizer(token_pattern=r"\\S+")`` (word n-grams);
* :class:`ParagraphChars` — the normalised, lower-cased text with digits replaced by ``0``, for
  character n-grams (``analyzer="char_wb"``);
* :class:`LayoutFeatures` — the shape of the paragraph and of its neighbours: length, final
  punctuation, capitalisation and all-caps, digits, timestamps, URLs / e-mails / phones, chrome
  cue words (DOMAIN.md §5, T99), bylines, truncated teasers, text glued to a heading, position in
  the document, repeated paragraphs, and where the long prose paragraphs of the document are;
* :class:`ThemeCueFeatures` — how many cue phrases of each theme (DOMAIN.md §5) occur.

The cue lists are parameters of the transformers, so a saved model carries the lists it was
trained with. :data:`FEATURE_SET` names this feature set; a model saved under another one is
refused at load time (:mod:`viet_partydocs.classify.models`). **Change it whenever a change here
changes the numbers a paragraph gets.**
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any, Iterable, Mapping, Optional, Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from ..patterns.themes import CHROME_CUES, THEME_CUES
from ..text.normalize import normalize

__all__ = [
    "FEATURE_SET",
    "CAPTION_CUES",
    "DocContext",
    "ParagraphInput",
    "inputs_from_texts",
    "inputs_from_doc",
    "inputs_from_docs",
    "ParagraphWords",
    "ParagraphChars",
    "DocumentWords",
    "LayoutFeatures",
    "ThemeCueFeatures",
    "LAYOUT_NAMES",
]

#: Name of this feature set (stored in every model file, checked when loading).
FEATURE_SET = "vpd-roles-themes-features/1"

#: Cues of photo captions, credits and reference lists (normalised, lower-cased), beside the
#: chrome cues of :data:`viet_partydocs.patterns.themes.CHROME_CUES`.
CAPTION_CUES: tuple[str, ...] = (
    "ảnh:", "(ảnh", "ảnh minh họa", "ảnh tư liệu", "ảnh minh hoạ", "nguồn:", "từ trái sang", "từ phải sang",
    "bìa trái", "bìa phải", "đứng giữa", "(thực hiện)", "(tổng hợp)", "nxb", "tr.", "/vov.vn", "/ttxvn",
    "video:", "clip:", "đọc thêm", "bài liên quan", "xem tiếp", "trở về", "đầu trang", "bản in",
    "lượt truy cập", "đang truy cập", "trực tuyến", "phản hồi", "bình luận", "gửi ý kiến",
)

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


@lru_cache(maxsize=32)
def _cue_regex(cues: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted({re.escape(c) for c in cues if c}, key=len, reverse=True)
    if not alts:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")


def _low(text: str) -> str:
    return normalize(text).lower()


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


def paragraph_shape(text: str, chrome: re.Pattern[str], caption: re.Pattern[str]) -> list[float]:
    """The :data:`SHAPE_NAMES` features of one paragraph's text."""
    stripped = text.strip()
    low = _low(stripped)
    sylls = stripped.split()
    n_syll = len(sylls)
    letters = [c for c in stripped if c.isalpha()]
    n_letters = len(letters)
    n_upper = sum(1 for c in letters if c.isupper())
    initial_caps = sum(1 for s in sylls if s[:1].isupper() or (s[:1] in "(\"“'" and s[1:2].isupper()))
    digits = len(_DIGIT.findall(stripped))
    final = _final_class(stripped)
    chrome_hits = chrome.findall(low)
    dates = _DATE.findall(stripped)
    times = _TIME.findall(stripped)
    residue = _NON_WORD.sub(" ", _TIME.sub(" ", _DATE.sub(" ", chrome.sub(" ", low)))).split()
    all_caps = n_letters >= 3 and n_upper == n_letters
    name_like = (
        2 <= n_syll <= 5
        and not digits
        and final in ("alnum", ".")
        and all(s[:1].isupper() for s in sylls)
        and not chrome_hits
    )
    feats = [
        math.log1p(len(stripped)),
        math.log1p(n_syll),
        float(n_syll <= 2),
        float(n_syll <= 4),
        float(n_syll <= 8),
        float(n_syll <= 15),
        float(n_syll >= 30),
        *(float(final == f) for f in _FINALS),
        float(bool(_ELLIPSIS_END.search(stripped))),
        math.log1p(len(_SENT_END.findall(stripped))),
        n_upper / n_letters if n_letters else 0.0,
        float(all_caps),
        initial_caps / n_syll if n_syll else 0.0,
        float(stripped[:1].isupper()),
        float(name_like),
        digits / max(len(stripped), 1),
        float(n_letters == 0),
        float(bool(dates)),
        float(bool(times)),
        float(bool(_STAMP_END.search(stripped)) and bool(dates or times)),
        float(bool(dates or times) and len(residue) <= 2),
        float(bool(_URL.search(stripped))),
        float(bool(_EMAIL.search(stripped))),
        float(bool(_PHONE.search(stripped))),
        float(bool(_BULLET.match(stripped))),
        float(bool(_LEGAL_HEAD.match(stripped))),
        float(bool(_SOURCE_START.match(stripped))),
        float(bool(_GLUED.search(stripped))),
        math.log1p(len(chrome_hits)),
        float(bool(chrome_hits) and low.startswith(chrome_hits[0])),
        float(bool(chrome_hits) and len(residue) <= 1),
        math.log1p(len(caption.findall(low))),
        math.log1p(stripped.count("(")),
        float("|" in stripped or " / " in stripped),
    ]
    return feats


class DocContext:
    """The paragraphs of one document: their texts, and (computed once, on demand) their shapes
    and place-in-document features."""

    __slots__ = ("texts", "words", "_cache")

    def __init__(self, texts: Sequence[str], words: Sequence[Sequence[str]]) -> None:
        self.texts = list(texts)
        self.words = [tuple(w) for w in words]
        self._cache: dict[Any, Any] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def layout(self, chrome_cues: tuple[str, ...], caption_cues: tuple[str, ...]) -> np.ndarray:
        """``(n_paragraphs, len(LAYOUT_NAMES))`` layout features of every paragraph."""
        key = (chrome_cues, caption_cues)
        got = self._cache.get(key)
        if got is None:
            got = self._cache[key] = _doc_layout(self.texts, _cue_regex(chrome_cues), _cue_regex(caption_cues))
        return got


def _doc_layout(texts: Sequence[str], chrome: re.Pattern[str], caption: re.Pattern[str]) -> np.ndarray:
    n = len(texts)
    if n == 0:
        return np.zeros((0, len(LAYOUT_NAMES)))
    shapes = np.array([paragraph_shape(t, chrome, caption) for t in texts], dtype=np.float64)
    keys = [" ".join(_low(t).split()) for t in texts]
    s = _SHAPE_INDEX
    n_syll = np.array([len(t.split()) for t in texts])
    long_prose = (n_syll >= 25) & (shapes[:, s["final_."]] + shapes[:, s["final_:"]] + shapes[:, s["final_quote"]] > 0)
    long_cum = np.concatenate([[0], np.cumsum(long_prose)])
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    heads = sorted({k for k in keys if len(k) >= 12}, key=len)
    short = n_syll <= 8
    stamp = shapes[:, s["has_date"]] + shapes[:, s["has_time"]] > 0
    legal = float(shapes[:, s["legal_head"]].sum() >= 2)
    chrome_share = float(np.mean(shapes[:, s["chrome_cues"]] > 0))
    zeros = np.zeros(len(NEIGHBOUR_SHAPES))
    rows = []
    for i in range(n):
        k = keys[i]
        before = long_cum[i]
        after = long_cum[n] - long_cum[i + 1]
        starts_other = any(len(h) < len(k) and k.startswith(h) for h in heads)
        context = [
            i / (n - 1) if n > 1 else 0.0,
            float(i == 0),
            float(i == n - 1),
            math.log1p(i),
            math.log1p(n - 1 - i),
            math.log1p(n),
            math.log1p(before),
            math.log1p(after),
            float(before == 0),
            float(after == 0),
            float(i > 0 and keys[i - 1] == k),
            float(i < n - 1 and keys[i + 1] == k),
            float(counts[k] > 1),
            float(starts_other),
            float(i == 0),
            float(i == n - 1),
            float(short.mean()),
            float(stamp.mean()),
            legal,
            chrome_share,
        ]
        prev = shapes[i - 1, _NEIGHBOUR_IDX] if i > 0 else zeros
        nxt = shapes[i + 1, _NEIGHBOUR_IDX] if i < n - 1 else zeros
        rows.append(np.concatenate([shapes[i], prev, nxt, context]))
    return np.vstack(rows)


class ParagraphInput:
    """What the classifiers see of one paragraph: its text, its words (``token.norm_`` of its
    non-space tokens), its index in its document and the document (:class:`DocContext`)."""

    __slots__ = ("text", "words", "index", "doc")

    def __init__(self, text: str, words: Sequence[str], index: int, doc: DocContext) -> None:
        self.text = text
        self.words = words if isinstance(words, tuple) else tuple(words)
        self.index = index
        self.doc = doc

    def __repr__(self) -> str:
        return f"ParagraphInput({self.text[:40]!r}…, index={self.index}/{len(self.doc)})"


def inputs_from_texts(paragraphs: Sequence[str], words: Optional[Sequence[Sequence[str]]] = None) -> list[ParagraphInput]:
    """The inputs of one document given its paragraph texts (and their words; default: the
    lower-cased, normalised whitespace-separated syllables — for tests and quick use only: the
    pipeline uses the tokenizer's words)."""
    if words is None:
        words = [_low(p).split() for p in paragraphs]
    ctx = DocContext(paragraphs, words)
    return [ParagraphInput(t, w, i, ctx) for i, (t, w) in enumerate(zip(paragraphs, ctx.words))]


def inputs_from_doc(doc: Any, spans_key: str = "paragraphs") -> list[ParagraphInput]:
    """The inputs of the paragraphs ``doc.spans[spans_key]`` of a spaCy ``Doc``, in order."""
    spans = list(doc.spans[spans_key]) if spans_key in doc.spans else []
    texts = [sp.text for sp in spans]
    words = [[t.norm_ for t in sp if not t.is_space] for sp in spans]
    return inputs_from_texts(texts, words)


def inputs_from_docs(docs: Iterable[Any], spans_key: str = "paragraphs") -> list[ParagraphInput]:
    """The inputs of every paragraph of every doc, concatenated in order."""
    out: list[ParagraphInput] = []
    for doc in docs:
        out.extend(inputs_from_doc(doc, spans_key))
    return out


# -- transformers -------------------------------------------------------------------------------
class _Stateless(TransformerMixin, BaseEstimator):
    """A transformer with nothing to learn."""

    def fit(self, X: Sequence[ParagraphInput], y: Any = None) -> "_Stateless":
        return self

    def __sklearn_is_fitted__(self) -> bool:
        return True


def _word_form(w: str) -> Optional[str]:
    if not any(c.isalnum() for c in w):
        return None
    return _DIGIT.sub("0", "_".join(w.split()))


class ParagraphWords(_Stateless):
    """One string per paragraph: its words joined by spaces (syllables of a word by ``_``, digits
    as ``0``, punctuation dropped) — for ``TfidfVectorizer(token_pattern=r"\\S+")``."""

    def transform(self, X: Sequence[ParagraphInput]) -> list[str]:
        return [_word_string(p.words) for p in X]


def _word_string(words: Iterable[str]) -> str:
    forms = (_word_form(w) for w in words)
    return " ".join(f for f in forms if f)


class DocumentWords(TransformerMixin, BaseEstimator):
    """The words of the paragraph's whole document, vectorised by ``vectorizer`` (fitted on the
    distinct documents): every paragraph of a document gets its document's row. Gives the theme
    classifier the topic of the article around a short or vague paragraph."""

    def __init__(self, vectorizer: Any = None) -> None:
        self.vectorizer = vectorizer

    @staticmethod
    def _documents(X: Sequence[ParagraphInput]) -> tuple[list[DocContext], np.ndarray]:
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

    @staticmethod
    def _doc_string(doc: DocContext) -> str:
        got = doc._cache.get("doc_words")
        if got is None:
            got = doc._cache["doc_words"] = " ".join(_word_string(w) for w in doc.words)
        return got

    def fit(self, X: Sequence[ParagraphInput], y: Any = None) -> "DocumentWords":
        from sklearn.base import clone

        docs, _ = self._documents(X)
        self.vectorizer_ = clone(self.vectorizer).fit([self._doc_string(d) for d in docs])
        return self

    def transform(self, X: Sequence[ParagraphInput]) -> Any:
        docs, rows = self._documents(X)
        return self.vectorizer_.transform([self._doc_string(d) for d in docs])[rows]


class ParagraphChars(_Stateless):
    """One string per paragraph: normalised, lower-cased, digits as ``0`` (character n-grams)."""

    def transform(self, X: Sequence[ParagraphInput]) -> list[str]:
        return [_DIGIT.sub("0", _low(p.text)) for p in X]


class LayoutFeatures(_Stateless):
    """A dense ``(n, len(LAYOUT_NAMES))`` array: the paragraph's shape, its neighbours' shapes and
    its place in the document (see :data:`LAYOUT_NAMES`)."""

    def __init__(self, chrome_cues: tuple[str, ...] = CHROME_CUES, caption_cues: tuple[str, ...] = CAPTION_CUES) -> None:
        self.chrome_cues = chrome_cues
        self.caption_cues = caption_cues

    def transform(self, X: Sequence[ParagraphInput]) -> np.ndarray:
        chrome, caption = tuple(self.chrome_cues), tuple(self.caption_cues)
        if not X:
            return np.zeros((0, len(LAYOUT_NAMES)))
        return np.vstack([p.doc.layout(chrome, caption)[p.index] for p in X])

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array(LAYOUT_NAMES, dtype=object)


class ThemeCueFeatures(_Stateless):
    """``log1p`` of the number of cue phrases of each theme in the paragraph (columns in the order
    of ``themes``)."""

    def __init__(self, cues: Optional[Mapping[str, Sequence[str]]] = None, themes: Optional[Sequence[str]] = None) -> None:
        self.cues = cues
        self.themes = themes

    def _lists(self) -> list[tuple[str, ...]]:
        cues = self.cues if self.cues is not None else THEME_CUES
        themes = self.themes if self.themes is not None else list(cues)
        return [tuple(cues.get(t, ())) for t in themes]

    def transform(self, X: Sequence[ParagraphInput]) -> np.ndarray:
        pats = [_cue_regex(c) for c in self._lists()]
        out = np.zeros((len(X), len(pats)))
        for i, p in enumerate(X):
            low = _low(p.text)
            for j, pat in enumerate(pats):
                k = len(pat.findall(low))
                if k:
                    out[i, j] = math.log1p(k)
        return out
