"""``vpd_quantities``: QUANTITY entities with parsed attributes on ``span._.quantity``.

A QUANTITY (annotation guide §2, §5) is a number with what it counts or measures: counts
(``192 đảng viên mới``, ``hai quận``), percentages (``96,7% chi bộ cơ sở``), ratios
(``18/18 xã, thị trấn``) and money (``104,33 tỉ đồng``). The span is the hedge word(s) (``gần``,
``trên``, ``hơn``, ``khoảng``, ``ước đạt``, ``tối thiểu``, ``từ … trở lên``), the number and the
counted noun phrase; the governing verb stays outside and is reported as ``predicate``.

How a span is found, token by token on ``token.norm_``:

1. a number: a numeric token (``2.948``, ``96,7%``, ``18/18``, ``2-3%``, ``03``), optionally with a
   separate ``%``, a magnitude word (``triệu``, ``tỷ``) and a currency (``đồng``, ``USD``); or a
   number written in words followed by a counted noun (``hai quận``, ``chín đảng viên``; ``một``,
   mostly an article, only inside a list of counts: ``kiểm tra một tổ chức đảng, 9 đảng viên``);
2. numbers that are not quantities are skipped: dates, times, years and periods, durations and
   ages (``hơn 1 năm``, ``31 tuổi``), ordinals and term/plenum numbers (``lần thứ 12``,
   ``Trung ương 4``), article and clause numbers (``Điều 5``, ``khoản 2``), addresses and names
   (``quận 7``, ``Trương Đình Hội 2``), phone numbers, list markers and footnotes, slogans
   (``5 không 3 có``), vague amounts (``hàng ngàn``); document numbers are already DOC_CODE
   entities;
3. hedges before the number and ``trở lên`` after it join the span; ``từ X đến Y`` and ``X - Y``
   ranges are one span;
4. the counted noun phrase runs over nouns and their modifiers and stops at verbs, prepositions,
   relative words (:data:`~viet_partydocs.patterns.quantities.STOP_WORDS`), punctuation (a comma
   only when a coordinated unit follows: ``xã, thị trấn``), capitalised names, a place noun before
   a name (``02 dự án`` | ``đường Phong Châu``), the head of an organisation name (``18 ủy viên`` |
   ``Ban Thường vụ …``; right after the number it is what is counted: ``10 Ban Thường vụ Tỉnh ủy``)
   and any entity already in ``doc.ents``.

A text with no digit and no number word is left at once; otherwise the tokens are read through
``Doc.to_array`` and a string look-up table (no ``Token`` objects) and only the tokens around
numbers are looked at (``docs/benchmarks.md`` has the cost against the tokenizer's).

Attributes (:class:`~viet_partydocs.attributes.QuantityAttrs`): ``value`` is the number in full
(``2.948`` → 2948.0, ``104,33 tỉ`` → 104330000000.0, the lower end of a range), ``unit`` the
noun phrase after the number and magnitude word as written (``đảng viên mới``, ``đồng``,
``đồng/tháng``), ``total`` the denominator of a ratio, ``qualifier`` from the hedge, ``predicate``
the nearest governing verb before the span in the same clause and ``change`` from
``tăng``/``giảm``/``vượt`` there.
"""

from __future__ import annotations

import re
from itertools import compress
from operator import itemgetter
from typing import Any, Iterable, Optional

from spacy.attrs import ENT_IOB, IS_SPACE, NORM, ORTH, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ..attributes import QuantityAttrs, register_extensions
from ._shared import doc_has_digit, strings_of
from ..patterns import quantities as Q
from ..text.normalize import LINE_BREAKS
from ..text.numbers import MAGNITUDES, NUMBER_WORDS, parse_number, parse_number_words

__all__ = ["QuantityRecognizer", "make_quantities"]

_LINE_BREAK = re.compile(f"[{LINE_BREAKS}]")
#: the token attributes :class:`_Tokens` reads, in its column order
_ATTRS = [ORTH, NORM, SPACY, ENT_IOB, IS_SPACE]
_NUMERIC = re.compile(r"\d[\d.,]*(?:[/\-–]\d[\d.,]*)*[%‰]?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_SENT_PUNCT = frozenset({".", "!", "?", ";", ":", "…", "(", ")", "[", "]", "“", "”", '"', "-", "–", "—", "|", "/", "•"})
_CLAUSE_END = frozenset({".", "!", "?", ";", ":", "…", "(", ")", "|"})
_WORD_START_BAD = frozenset({"không", "linh", "lẻ", "mốt", "lăm", "nhăm", "tư", "mươi", *MAGNITUDES})
_ORDINAL_BEFORE = frozenset({"thứ", "lần thứ", "hạng", "số", "khóa", "lần"})
_NAM_BEFORE_BAD = frozenset(
    {"các", "những", "mỗi", "hằng", "hàng", "cùng", "trong", "cuối", "đầu", "giữa", "qua", "nay", "thứ", "của", "năm",
     "một", "từng", "nhiều", "vài", "mấy", "trước", "sau", "tới", "đến", "vào"}
)
#: Prepositions and relative words: they end a counted phrase whatever comes before them.
_HARD_STOP = frozenset(
    {"của", "trong", "tại", "ở", "về", "so", "so với", "với", "cho", "từ", "đến", "tới", "theo", "bằng", "do", "để",
     "là", "được", "bị", "đã", "đang", "sẽ", "và", "hoặc", "nhưng", "mà", "thì", "khi", "như", "đối với", "trên"}
)
#: Last syllables of a multi-syllable token before a number that make it an identifier ("a khoản 3").
_IDENTIFIER_LAST = frozenset({"khoản", "điều", "điểm", "mục", "chương", "thứ", "khóa", "ngày", "tháng"})
_MAX_UNIT = 6
#: Words before a day/month that always make it a date (the weaker cues of DATE_CUES, such as
#: "từ", give way when a counted noun follows: "từ 1/3 số đảng viên trở lên").
_STRONG_DATE_CUES = frozenset(
    {"ngày", "sáng", "chiều", "trưa", "tối", "đêm", "hôm", "hôm nay", "sáng nay", "chiều nay", "tối nay", "trưa nay",
     "tháng", "hạn", "dịp", "lúc", "mùng", "mồng"}
)


def _affixes(phrases: Iterable[str], prefix: bool) -> frozenset[str]:
    """Every syllable-aligned prefix (or suffix) of the phrases: a quick test before joining tokens."""
    out = set()
    for p in phrases:
        parts = p.split(" ")
        for k in range(1, len(parts) + 1):
            out.add(" ".join(parts[:k] if prefix else parts[-k:]))
    return frozenset(out)


_PHRASE_PREFIXES = _affixes(Q.UNIT_PHRASES, True)
_HEDGE_SUFFIXES = _affixes(Q.HEDGES, False)
_PREDICATE_SUFFIXES = _affixes([*Q.PREDICATES, *Q.CHANGES], False)
#: Hashes of the number words that can start a number (``hai``, ``mười``, ``ba``, not ``mươi``).
_START_WORDS = sorted(w for w in NUMBER_WORDS if w not in _WORD_START_BAD)
_NUMBER_WORD_HASHES = frozenset(  # one word, or two joined in one token by the segmenter
    {get_string_id(w) for w in _START_WORDS} | {get_string_id(f"{w} {v}") for w in _START_WORDS for v in NUMBER_WORDS}
)
_MAX_HEDGE = 3
_TITLE_PREFIXES = _affixes(Q.COUNTED_TITLES, True)
_MAX_TITLE = 4
#: A police or army unit code before a number (``(C 50)``, ``PC 45``, ``A 05``): one to three
#: unaccented capitals.
_CODE_LETTERS = re.compile(r"[A-ZĐ]{1,3}")


def _is_word(text: str) -> bool:
    return text[:1].isalpha()


def _is_allcaps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _daymonth(a: str, b: str) -> bool:
    return a.isdigit() and b.isdigit() and len(a) <= 2 and len(b) <= 2 and 1 <= int(a) <= 31 and 1 <= int(b) <= 12


#: Every syllable-aligned start of a counted noun: the token after a number in words must be one.
_UNIT_PREFIX_HASHES = frozenset(get_string_id(p) for p in _affixes(Q.UNIT_NOUNS, True))
_NUMBER_TOKEN: dict[int, bool] = {}  # NORM hash -> whether every syllable of it is a number word


def _may_count_in_words(norm_hashes: list[int], strings: Any) -> bool:
    """Whether a text without digits may hold a number in words: a number word that can start a
    number, then more number words, then a token that can start a counted noun (the first checks
    of :meth:`QuantityRecognizer._words`, on hashes, before any token view is built)."""
    n = len(norm_hashes)
    for i in compress(range(n), map(_NUMBER_WORD_HASHES.__contains__, norm_hashes)):
        j = i + 1
        while j < n:
            h = norm_hashes[j]
            known = _NUMBER_TOKEN.get(h)
            if known is None:
                known = _NUMBER_TOKEN[h] = all(w in NUMBER_WORDS for w in strings[h].split(" "))
            if not known:
                break
            j += 1
        if j < n and (norm_hashes[j] in _UNIT_PREFIX_HASHES or not strings[norm_hashes[j]].strip()):
            return True  # a counted noun may follow (or whitespace: decided on the token view)
    return False


class _Tokens:
    """Per-document token views (texts, norms, trailing whitespace, line breaks, blocked), as
    plain lists built from ``Doc.to_array`` (creating a ``Token`` object per token costs more than
    the rest of the component)."""

    __slots__ = ("texts", "norms", "ws", "n", "blocked", "brk", "norm_hashes", "orig")

    def __init__(self, doc: Doc, arr: Any) -> None:
        stores = [doc.vocab.strings]
        orths, norm_hashes, spaced = arr[:, :3].T.tolist()
        texts = strings_of(orths, stores)
        n = len(orths)
        # sparse columns stay in numpy: whitespace tokens and tokens inside an entity
        space = arr[:, 4].nonzero()[0].tolist()
        iob = arr[:, 3]
        inside = ((iob == 1) | (iob == 3)).nonzero()[0].tolist()
        # Whitespace tokens inside a line (NBSP, tabs, extra spaces) are left out of the view and
        # count as the space after the token before them; line breaks stay and end phrases.
        hspace = [i for i in space if not _LINE_BREAK.search(texts[i])]
        #: original token index of each token of the view (None: the same indices)
        self.orig: Optional[list[int]] = None
        if hspace:
            for i in hspace:
                if i > 0:
                    spaced[i - 1] = 1
            drop = set(hspace)
            keep = self.orig = [i for i in range(n) if i not in drop]
            texts, norm_hashes, spaced = ([col[i] for i in keep] for col in (texts, norm_hashes, spaced))
            new_index = {old: k for k, old in enumerate(keep)}
            space = [new_index[i] for i in space if i in new_index]
            inside = [new_index[i] for i in inside if i in new_index]
            n = len(keep)
        self.texts: list[str] = texts
        self.norm_hashes: list[int] = norm_hashes
        self.norms: list[str] = strings_of(norm_hashes, stores)
        self.ws: list[int] = spaced  # 1: a space follows the token
        self.n = n
        self.blocked: list[bool] = [False] * n
        for i in inside:
            self.blocked[i] = True
        # what is left of the whitespace tokens are line breaks: a line break here or just before
        self.brk: list[bool] = [False] * n
        for i in space:
            self.brk[i] = True
            if i + 1 < n:
                self.brk[i + 1] = True

    def doc_range(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` of the view as token indices of the doc."""
        if self.orig is None:
            return start, end
        return self.orig[start], self.orig[end - 1] + 1

    def sentence_start(self, i: int) -> bool:
        return i == 0 or self.brk[i] or self.texts[i - 1] in _SENT_PUNCT

    def candidates(self) -> list[int]:
        """Indices of the tokens that start with a digit or are a number word, in order."""
        digits = compress(range(self.n), map(str.isdigit, map(itemgetter(0), self.texts)))
        words = compress(range(self.n), map(_NUMBER_WORD_HASHES.__contains__, self.norm_hashes))
        return sorted({*digits, *words})


class _Number:
    """A number found at a token: its tokens ``[start, end)``, value and what kind it is."""

    __slots__ = ("start", "end", "value", "total", "pct", "words", "magnitude", "range", "glued")

    def __init__(self, start: int, end: int, value: float) -> None:
        self.start, self.end, self.value = start, end, value
        self.total: Optional[float] = None
        self.pct = False
        self.words = False
        self.magnitude: Optional[int] = None
        self.range = False
        self.glued: Optional[str] = None


class QuantityRecognizer:
    """Adds QUANTITY spans to ``doc.ents`` without touching the entities already there.

    label: the entity label to write.
    word_numbers: also take numbers written in words (``hai quận``).
    max_unit_tokens: the longest counted noun phrase, in tokens.
    """

    def __init__(self, label: str = "QUANTITY", word_numbers: bool = True, max_unit_tokens: int = _MAX_UNIT) -> None:
        register_extensions()
        self.label = label
        self.word_numbers = word_numbers
        self.max_unit = max_unit_tokens

    # -- component API -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        if not doc_has_digit(doc):  # then only a number word can start a quantity
            if not self.word_numbers or not _may_count_in_words(doc.to_array(NORM).tolist(), doc.vocab.strings):
                return doc
        tk = _Tokens(doc, doc.to_array(_ATTRS))
        found: list[tuple[int, int, QuantityAttrs]] = []
        pos = 0
        for i in tk.candidates():
            if i < pos or tk.blocked[i]:
                continue
            if tk.texts[i][0].isdigit():
                num = self._digits(tk, i)
            elif self.word_numbers:
                num = self._words(tk, i)
            else:
                continue
            if num is None:
                continue
            result = self._span(tk, num, found[-1] if found else None)
            if result is None:
                continue
            start, end, attrs = result
            if attrs is None:  # numbers read and rejected together (both ends of a range of list items)
                pos = max(pos, end)
                continue
            if start < pos:  # never overlap the quantity before (a hedge it already took)
                continue
            found.append((start, end, attrs))
            pos = end
        if not found:
            return doc
        new: list[Span] = []
        for start, end, attrs in found:
            span = Span(doc, *tk.doc_range(start, end), label=self.label)
            span._.quantity = attrs
            new.append(span)
        doc.set_ents(new, default="unmodified")  # keeps every entity already there
        return doc

    # -- numbers -------------------------------------------------------------------------------
    def _digits(self, tk: _Tokens, i: int) -> Optional[_Number]:
        texts, norms, ws = tk.texts, tk.norms, tk.ws
        text = texts[i]
        if not _NUMERIC.fullmatch(text):
            return None
        n = tk.n
        # glued to letters: "VTV1", "5A", "1038,5ha"
        glued = None
        if i > 0 and not ws[i - 1]:
            pt = texts[i - 1]
            if _is_word(pt) and (pt[0].isupper() or len(pt) <= 2):
                return None  # "VTV1", "F0"
            if pt in ("-", "+", "–") and i > 1 and not ws[i - 2] and _is_word(texts[i - 2]):
                return None  # "COVID-19", "GMT+7"
        if i + 1 < n and not ws[i] and _is_word(texts[i + 1]):
            if norms[i + 1] in Q.GLUED_UNITS:
                glued = texts[i + 1]
            else:
                return None
        if i + 1 < n and not ws[i] and texts[i + 1] in ("/", "-", "–") and i + 2 < n and texts[i + 2][:1].isdigit():
            return None  # "6-7/3", split dates
        pct = text[-1] in "%‰"
        body = text[:-1] if pct else text
        end = i + 1
        if not pct and not glued and i + 1 < n and texts[i + 1] in ("%", "‰") and not tk.brk[i + 1]:
            pct, end = True, i + 2
        prev = norms[i - 1] if i > 0 and not tk.brk[i] else ""
        nxt = norms[end] if end < n and not tk.brk[end] else ""
        total = None
        is_range = False
        if "/" in body:
            parts = body.split("/")
            if len(parts) != 2:
                return None  # 15/11/2016
            a, b = parts
            if _YEAR.fullmatch(b) or (len(b) == 4 and b.isdigit()):
                return None  # 5/2020
            if _daymonth(a, b):  # a date unless a fraction or a ratio of something counted follows
                counted = (int(a) <= int(b) and nxt and _is_word(texts[end]) and nxt not in Q.TIME_UNITS
                           and (nxt not in Q.STOP_WORDS or nxt == "số"))
                if prev in _STRONG_DATE_CUES or (prev in Q.DATE_CUES and nxt not in Q.UNIT_NOUNS and nxt != "số"):
                    return None  # "ngày 6/2", "Từ 1/7"
                if not counted:
                    return None  # "(10/9 - 10/10)", "30/4."
            va, vb = parse_number(a), parse_number(b)
            if va is None or vb is None:
                return None
            if nxt in Q.TIME_UNITS or nxt == "giờ":
                return None  # 24/24 giờ
            value, total = va, vb
        elif "-" in body or "–" in body:
            parts = re.split("[-–]", body)
            if len(parts) != 2:
                return None
            a, b = parts
            if _YEAR.fullmatch(a) and _YEAR.fullmatch(b):
                return None  # 2016-2020
            if _YEAR.fullmatch(b) and a.isdigit() and 1 <= int(a) <= 12:
                return None  # (tháng) 4-2017
            if _daymonth(a, b) and not pct and (nxt not in MAGNITUDES and nxt not in Q.CURRENCIES):
                if prev in Q.DATE_CUES or not nxt or not _is_word(texts[end]) or int(a) >= int(b):
                    return None  # 18-5, (ngày) 1-6
            va, vb = parse_number(a), parse_number(b)
            if va is None or vb is None:
                return None
            value, is_range = va, True
        else:
            if "." in body and prev in Q.DATE_CUES:
                a, _, b = body.partition(".")
                if _daymonth(a, b) or (b.isdigit() and len(b) == 4):
                    return None  # ngày 25.5, tháng 6.2012
            if body.count(".") >= 2 and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", body):
                return None  # 5.6.2012, phone numbers
            v = parse_number(body)
            if v is None:
                return None
            if not pct and _YEAR.fullmatch(body):
                return None  # a year
            if body.startswith("0") and len(body) >= 3 and body.isdigit():
                return None  # a phone number or a code; counts pad to two digits ("03 xã")
            value = v
        num = _Number(i, end, value)
        num.pct, num.total, num.range = pct, total, is_range
        if glued:
            num.glued = glued
            num.end = i + 2
        return num

    def _words(self, tk: _Tokens, i: int) -> Optional[_Number]:
        norms, texts = tk.norms, tk.texts
        if norms[i] in _WORD_START_BAD:
            return None
        prev = norms[i - 1] if i > 0 and not tk.brk[i] else ""
        if prev in Q.VAGUE_BEFORE or prev in _ORDINAL_BEFORE or (prev and prev[:1].isdigit()):
            return None
        j = i
        while j < tk.n and not tk.blocked[j] and (j == i or not tk.brk[j]) and all(
            w in NUMBER_WORDS for w in norms[j].split(" ")
        ):
            j += 1
        # longest run of tokens that parses ("ba mươi lăm" may be one, two or three tokens)
        value = None
        end = j
        while end > i:
            value = parse_number_words(" ".join(norms[i:end]))
            if value is not None:
                break
            end -= 1
        if value is None or value == 0:
            return None
        if end >= tk.n or tk.brk[end] or tk.blocked[end]:
            return None
        nxt = norms[end]  # a number in words needs a counted noun after it
        if nxt not in Q.UNIT_NOUNS and " ".join(norms[end:end + 2]) not in Q.UNIT_NOUNS:
            return None
        if nxt in Q.WORD_NUMBER_AFTER_STOP or nxt in Q.TIME_UNITS:
            return None
        single = end - i == 1
        if single and norms[i] == "năm" and (prev in _NAM_BEFORE_BAD or (i > 0 and texts[i - 1][:1].isdigit())):
            return None
        if single and norms[i] == "một" and (nxt in ("lần", "bước") or not (self._in_list(tk, i, end) or self._mot_counts(tk, i))):
            return None
        num = _Number(i, end, value)
        num.words = True
        return num

    @staticmethod
    def _mot_counts(tk: _Tokens, i: int) -> bool:
        """``một`` + a counted noun counts after a discipline or outcome predicate or ``chỉ``
        (:data:`MOT_COUNT_AFTER`: ``khiển trách một tổ chức đảng``, ``chỉ có một trường hợp``) unless
        a word before the predicate makes it generic (:data:`MOT_GENERIC_BEFORE`), and
        as ``có một`` picking one out of a set named before it in the clause (``trong số 28 trường
        hợp trên có một người``); elsewhere it is the article (``một cán bộ cho biết``)."""
        norms, texts = tk.norms, tk.texts
        for width in (3, 2, 1):
            a = i - width
            if a >= 0 and not any(tk.brk[x] or tk.blocked[x] for x in range(a, i)) and " ".join(norms[a:i]) in Q.MOT_COUNT_AFTER:
                if a > 0 and not tk.brk[a] and (norms[a - 1] in Q.MOT_GENERIC_BEFORE
                                                or (a > 1 and " ".join(norms[a - 2:a]) in Q.MOT_GENERIC_BEFORE)):
                    return False  # "khi kỷ luật một đảng viên": any one, not a count
                return True
        if i == 0 or tk.brk[i] or norms[i - 1] != "có":
            return False
        k, steps = i - 1, 0
        while k > 0 and steps < 10 and not tk.brk[k] and texts[k - 1] not in _CLAUSE_END:
            if norms[k - 1] in Q.MOT_SELECTION_BEFORE or (k >= 2 and " ".join(norms[k - 2:k]) in Q.MOT_SELECTION_BEFORE):
                return True
            k -= 1
            steps += 1
        return False

    @staticmethod
    def _in_list(tk: _Tokens, i: int, end: int) -> bool:
        """``một`` counts only in a list of counts: ``kiểm tra một tổ chức đảng, 14 đảng viên``,
        ``khiển trách 3 đảng viên, cảnh cáo một đảng viên``."""
        texts = tk.texts

        def count_like(k: int) -> bool:  # a number that may be a count (not a date like 1-7)
            t = texts[k]
            return t[:1].isdigit() and "/" not in t and "-" not in t

        # forward: một + (a few words) + , / và / ; + a number
        k, words = end, 0
        while k < tk.n and words <= 5 and _is_word(texts[k]) and not tk.brk[k] and tk.norms[k] != "và":
            k += 1
            words += 1
        if k + 1 < tk.n and tk.norms[k] in (",", ";", "và") and not tk.brk[k + 1]:
            nxt = k + 1
            if count_like(nxt) or (nxt + 1 < tk.n and _is_word(texts[nxt]) and count_like(nxt + 1)):
                return True
        # backward: a number + (words) + , / và + (a verb) + một
        k = i - 1
        words = 0
        while k >= 0 and words <= 3 and _is_word(texts[k]) and not tk.brk[k + 1]:
            k -= 1
            words += 1
        if k >= 1 and tk.norms[k] in (",", "và"):
            k -= 1
            steps = 0
            while k >= 0 and steps <= 5 and not tk.brk[k + 1] and texts[k] not in _CLAUSE_END:
                if count_like(k):
                    return True
                k -= 1
                steps += 1
        return False

    # -- context and span ----------------------------------------------------------------------
    def _excluded_before(self, tk: _Tokens, num: _Number) -> bool:
        i = num.start
        if i == 0 or tk.brk[i]:
            return False
        texts, norms = tk.texts, tk.norms
        prev = norms[i - 1]
        if num.words:
            return False
        if prev in Q.BEFORE_NOT_QUANTITY:
            return True
        pt = texts[i - 1]
        if (_CODE_LETTERS.fullmatch(pt) and texts[i].isdigit() and len(texts[i]) <= 4 and prev not in Q.CURRENCIES
                and prev not in Q.CAPITALISED_UNIT_WORDS):
            before = texts[i - 2] if i >= 2 and not tk.brk[i - 1] else ""
            if not _is_allcaps(before):  # not a word of an all-caps heading
                return True  # a unit code: "(C 50)", "PC 45", "A 05"
        last = prev.rsplit(" ", 1)[-1]
        if last != prev and last in _IDENTIFIER_LAST:
            return True  # "a khoản 3" segmented as one token
        if i >= 2 and not tk.brk[i - 1] and f"{norms[i - 2]} {prev}" in Q.BEFORE_NOT_QUANTITY:
            return True
        if prev == "." and i >= 2 and not tk.ws[i - 2] and norms[i - 2] in Q.ABBREVIATIONS_BEFORE:
            return True  # "Q. 8", "tr. 52"
        if prev in ("/", "-", "–") and not tk.ws[i - 1] and i >= 2 and texts[i - 2][:1].isdigit():
            return True  # "6-7/3", "13-17/10"
        if prev == "số" or last == "số":
            before = norms[i - 2] if i >= 2 and not tk.brk[i - 1] else ""
            if prev == "số" and before in ("trong", "tổng", "trong tổng", "cả", "toàn bộ"):
                return False
            if prev in ("tổng số", "trong số"):
                return False
            nxt = norms[num.end] if num.end < tk.n else ""
            return nxt not in Q.UNIT_NOUNS
        if _is_word(pt) and pt[0].isupper() and prev not in Q.HEDGES and texts[i].isdigit() and len(texts[i]) <= 3:
            if not tk.sentence_start(i - 1) and prev not in Q.PREDICATES and prev not in Q.CHANGES:
                return True  # "Trương Đình Hội 2", "Hội nghị TW 8"
        # "khoản 2 và 3": a number listed after an identifier number
        if prev in ("và", ",") and i >= 3 and texts[i - 2].isdigit():
            before = norms[i - 3]
            if before in Q.BEFORE_NOT_QUANTITY:
                return True
        return False

    def _span(
        self, tk: _Tokens, num: _Number, prev: Optional[tuple[int, int, QuantityAttrs]] = None
    ) -> Optional[tuple[int, int, Optional[QuantityAttrs]]]:
        """The QUANTITY at ``num``: ``(start, end, attrs)``; ``None`` if it is none, or
        ``(start, end, None)`` when the tokens up to ``end`` are read and are no quantity."""
        texts, norms, n = tk.texts, tk.norms, tk.n
        i = num.start
        if self._excluded_before(tk, num):
            return None
        end = num.end
        nxt = norms[end] if end < n and not tk.brk[end] else ""
        plain_int = not num.pct and num.total is None and not num.range and not num.words and texts[i].isdigit()
        # durations, ages, times
        if not num.pct and nxt in Q.TIME_UNITS and not num.glued:
            return None
        # list markers and footnotes: "1. Sửa đổi", "(1)"
        if plain_int and (nxt in (".", ")", "-", "–", ":") or not nxt) and (tk.sentence_start(i) or (i > 0 and texts[i - 1] == "(")):
            if int(texts[i]) <= 50:
                return None
        if plain_int and i > 0 and texts[i - 1] == "(" and nxt == ")":
            return None
        # digit groups of a phone number or a code: "0912 345 678"
        if plain_int and ((end < n and not tk.brk[end] and texts[end].isdigit())
                          or (i > 0 and not tk.brk[i] and texts[i - 1].isdigit())):
            return None
        # an address or a name: "chung cư 314 Âu Dương Lân"
        if plain_int and end < n and not tk.brk[end] and _is_word(texts[end]) and texts[end][0].isupper():
            t2 = texts[end]
            if not (nxt in Q.UNIT_NOUNS or " ".join(norms[end:end + 2]) in Q.UNIT_NOUNS or nxt in Q.CAPITALISED_UNIT_WORDS
                    or (_is_allcaps(t2) and nxt not in Q.ORG_HEADS) or nxt in NUMBER_WORDS):
                return None
        # slogans: "5 không 3 có", "4 an"
        if plain_int and nxt in Q.SLOGAN_AFTER and int(texts[i]) <= 10:
            return None
        value = num.value
        total = num.total
        kind = "percent" if num.pct else ("ratio" if total is not None else "count")
        # magnitude words and currency
        mag_end = end
        if not num.pct and not num.words and end < n and not tk.brk[end] and norms[end] in MAGNITUDES:
            f = MAGNITUDES[norms[end]]
            mag_end = end + 1
            if mag_end < n and not tk.brk[mag_end] and norms[mag_end] in MAGNITUDES and MAGNITUDES[norms[mag_end]] > f:
                f *= MAGNITUDES[norms[mag_end]]
                mag_end += 1
            value *= f
            if total is not None:
                total *= f
            num.magnitude = f
        unit_start = mag_end
        unit_end = unit_start
        money = False
        if num.glued:
            unit_start, unit_end = end - 1, end
            money = norms[unit_start] in Q.CURRENCIES
            if not money and norms[unit_start] in Q.MEASURE_UNITS:
                unit_end = self._measured(tk, unit_end)
        elif unit_start < n and not tk.brk[unit_start] and not tk.blocked[unit_start] and norms[unit_start] in Q.CURRENCIES:
            money = True
            unit_end = unit_start + 1
            unit_end = self._per_unit(tk, unit_end)
        elif unit_start < n and not tk.brk[unit_start] and norms[unit_start] in Q.MEASURE_UNITS and not num.pct:
            unit_end = self._measured(tk, self._per_unit(tk, unit_start + 1))
        else:
            unit_end = self._unit(tk, unit_start)
            if unit_end == unit_start and num.magnitude and num.magnitude >= 1_000_000_000:
                money = True  # "10 tỷ"
        if num.words and unit_end == unit_start:
            return None
        if num.words and unit_end < n and not tk.brk[unit_end]:
            if norms[unit_end] in Q.BACK_REFERENCES or " ".join(norms[unit_end:unit_end + 2]) in Q.BACK_REFERENCES:
                return None  # "hai vụ án nêu trên": refers back to things already named
        if money and kind == "count":
            kind = "money"
        start = i
        qualifier = "exact"
        hstart, hq = self._hedge(tk, i)
        if hstart < i:
            start, qualifier = hstart, hq
        has_tu = start > 0 and not tk.brk[start] and norms[start - 1] == "từ" and not tk.blocked[start - 1]
        after = unit_end
        ranged = False
        # ranges: "41% - 100%", "1.695.000 đồng - 4.137.000 đồng", "từ 13 đến 15 người"
        if after + 1 < n and not tk.brk[after] and not tk.brk[after + 1] and not tk.blocked[after + 1]:
            joiner = norms[after]
            dash = joiner in ("-", "–")  # "41% - 100%"; "đến"/"tới" only in "từ … đến …"
            if joiner in Q.RANGE_WORDS and (dash or has_tu) and texts[after + 1][:1].isdigit():
                other = self._digits(tk, after + 1)
                if other is not None and other.total is None and not self._excluded_before(tk, other):
                    e2, u2s, u2e = self._span_tail(tk, other)
                    after = e2
                    ranged = True
                    if unit_end == unit_start and u2e > u2s:
                        unit_start, unit_end = u2s, u2e
                    if has_tu and not dash:
                        start -= 1
                        has_tu = False
                    if other.pct and kind == "count":
                        kind = "percent"
                    if u2e > u2s and norms[u2s] in Q.CURRENCIES and kind == "count":
                        kind = "money"
        span_end = max(after, unit_end)
        # trailing hedge: "từ 10% trở lên", "ba đảng viên chính thức trở lên"
        for width in (1, 2):
            e = span_end + width
            if e <= n and not any(tk.brk[k] or tk.blocked[k] for k in range(span_end, e)):
                phrase = " ".join(norms[span_end:e])
                if phrase in Q.TRAILING_HEDGES:
                    span_end, qualifier = e, Q.TRAILING_HEDGES[phrase]
                    if has_tu:  # "từ … trở lên" stays inside
                        start -= 1
                    break
        if any(tk.blocked[k] for k in range(start, span_end)):
            return None
        if kind == "count" and unit_end == unit_start and not num.magnitude and not num.words:
            if self._counter(tk, i):
                return None  # "Hôm nay : 65", "Lượt xem: 1.024": page counters and ratings
            if self._item_numbers(tk, start, span_end, ranged):
                return start, span_end, None  # "các đơn vị quy định từ 1 đến 6 nêu trên": list items
        if unit_end > unit_start and self._title_before_names(tk, unit_start, unit_end):
            return None  # "hai phó chủ tịch huyện Nguyễn Văn Hải, …": a title before names
        unit = self._surface(tk, unit_start, unit_end) if unit_end > unit_start else None
        predicate, change = self._predicate(tk, start, prev)
        attrs = QuantityAttrs(
            value=float(value),
            kind=kind,  # type: ignore[typeddict-item]
            total=float(total) if total is not None else None,
            unit=unit,
            qualifier=qualifier,  # type: ignore[typeddict-item]
            predicate=predicate,
            change=change,  # type: ignore[typeddict-item]
        )
        return start, span_end, attrs

    def _measured(self, tk: _Tokens, k: int) -> int:
        """After a unit of measure ending at ``k``: end of what it measures (``320.000 m2 đất``)."""
        if k < tk.n and not tk.brk[k] and not tk.blocked[k] and _is_word(tk.texts[k]) and not tk.texts[k][0].isupper():
            return self._unit(tk, k)
        return k

    def _counter(self, tk: _Tokens, i: int) -> bool:
        """Whether the bare number at ``i`` is the value of a page counter or a rating.

        The number follows a colon after a counter label (:data:`COUNTER_LABELS` as the whole label,
        maybe with its own number: ``Tháng 08 : 7.243``; or ending with one of
        :data:`COUNTER_WORDS`: ``Lượt truy cập: 1.204``), or a rating label
        (:data:`RATING_LABELS`) with ``X trong Y`` after it (``Tổng số điểm …: 0 trong 0 đánh giá``).
        """
        texts, norms = tk.texts, tk.norms
        if i == 0 or tk.brk[i]:
            return False
        c = i - 1
        rating_only = False
        if norms[c] == "trong" and c >= 2 and not tk.brk[c] and not tk.brk[c - 1] and texts[c - 1][:1].isdigit():
            c -= 2  # the second number of "0 trong 0 đánh giá"
            rating_only = True
        if texts[c] != ":":
            return False
        words: list[str] = []
        number = False
        k = c
        while k > 0 and not tk.brk[k] and len(words) < 8:
            t = texts[k - 1]
            if _is_word(t):
                words.append(norms[k - 1])
            elif t[:1].isdigit() and not words and not number:
                number = True  # "Tháng 08 :"
            else:
                break
            k -= 1
        if not words:
            return False
        label = " ".join(reversed(words))
        parts = label.split(" ")
        # a whole label starts a line, follows punctuation or the value of the counter before it
        # ("… : 65 Tháng 08 :"), not any number ("trong 5 năm:")
        whole = k == 0 or tk.brk[k] or not (_is_word(texts[k - 1]) or texts[k - 1][:1].isdigit()) or (
            texts[k - 1][:1].isdigit() and k >= 2 and texts[k - 2] == ":")
        if whole and any(" ".join(parts[:m]) in Q.RATING_LABELS for m in range(1, min(len(parts), 3) + 1)):
            return True
        if rating_only:
            return False
        if whole and label in Q.COUNTER_LABELS:
            return True
        return not number and any(" ".join(parts[m:]) in Q.COUNTER_WORDS for m in range(len(parts)))

    @staticmethod
    def _item_numbers(tk: _Tokens, start: int, end: int, ranged: bool) -> bool:
        """Whether a bare number or range ``[start, end)`` numbers items of a list.

        ``từ 1 đến 6 nêu trên`` (:data:`ITEM_REFERENCES_AFTER`), ``quy định từ 1 đến 6``
        (:data:`ITEM_CUES_BEFORE`), ``từ 9 đến 11 là các đơn vị …``.
        """
        norms, n = tk.norms, tk.n
        if end < n and not tk.brk[end]:
            if norms[end] in Q.ITEM_REFERENCES_AFTER or " ".join(norms[end:end + 2]) in Q.ITEM_REFERENCES_AFTER:
                return True
            if ranged and norms[end] == "là":
                return True
        if ranged and start > 0 and norms[start] == "từ" and not tk.brk[start]:
            if norms[start - 1] in Q.ITEM_CUES_BEFORE:
                return True
            if start >= 2 and not tk.brk[start - 1] and " ".join(norms[start - 2:start]) in Q.ITEM_CUES_BEFORE:
                return True
        return False

    @staticmethod
    def _title_before_names(tk: _Tokens, a: int, b: int) -> bool:
        """Whether the counted phrase ``[a, b)`` is a title written before personal names.

        ``hai phó chủ tịch xã Lò Văn Pánh, Tòng Thị Hoa`` names the people (guide §5),
        while ``hai phó chủ tịch huyện Hoàng Su Phì`` and ``3 Phó Chủ tịch`` count them. The names
        are a list (``A, B`` / ``A và B``) starting with a surname; right after the title one full
        name (surname, middle name, given name) is enough. A place name such as ``Thái Nguyên`` or
        ``Hồ Chí Minh`` after ``tỉnh`` / ``thành phố`` is not a list.
        """
        norms, texts, n = tk.norms, tk.texts, tk.n
        if " ".join(norms[a:b]) not in Q.COUNTED_TITLES:
            return False
        k = b
        while k < n and k < b + 3 and not tk.brk[k] and (norms[k] in Q.TITLE_PLACE_WORDS or texts[k] == ","):
            k += 1

        def name_at(k: int) -> list[str]:  # the syllables of a capitalised run starting with a surname
            if k >= n or tk.brk[k] or not _is_word(texts[k]) or not texts[k][0].isupper():
                return []
            name = norms[k].split(" ")
            if name[0] not in Q.NAME_SURNAMES:
                return []
            e = k + 1
            while e < n and not tk.brk[e] and _is_word(texts[e]) and texts[e][0].isupper() and len(name) < 4:
                name += norms[e].split(" ")
                e += 1
            return name if len(name) >= 2 else []

        name = name_at(k)
        if not name:
            return False
        e = k + 1
        while e < n and not tk.brk[e] and _is_word(texts[e]) and texts[e][0].isupper():
            e += 1
        if e < n and not tk.brk[e] and norms[e] in (",", "và"):  # a list of names
            e += 1
            if e < n and not tk.brk[e] and norms[e] in ("ông", "bà", "đồng chí"):
                e += 1
            if name_at(e):
                return True
        return k == b and len(name) >= 3 and name[1] in Q.NAME_MIDDLES

    def _span_tail(self, tk: _Tokens, num: _Number) -> tuple[int, int, int]:
        """The second half of a range: its end and its unit tokens ``[start, end)``."""
        norms, n = tk.norms, tk.n
        end = num.end
        if end < n and not tk.brk[end] and norms[end] in MAGNITUDES:
            end += 1
        if end < n and not tk.brk[end] and norms[end] in Q.CURRENCIES:
            e = self._per_unit(tk, end + 1)
            return e, end, e
        e = self._unit(tk, end)
        return e, end, e

    @staticmethod
    def _surface(tk: _Tokens, a: int, b: int) -> str:
        out = []
        for k in range(a, b):
            out.append(tk.texts[k])
            if k < b - 1:
                out.append(" " if tk.ws[k] else "")
        return "".join(out)

    @staticmethod
    def _per_unit(tk: _Tokens, k: int) -> int:
        """Extend over ``/tháng``, ``/người/ngày`` right after a unit."""
        texts, n = tk.texts, tk.n
        while k + 1 < n and texts[k] == "/" and not tk.ws[k - 1] and not tk.ws[k] and _is_word(texts[k + 1]) and not tk.blocked[k + 1]:
            k += 2
        return k

    def _hedge(self, tk: _Tokens, i: int) -> tuple[int, str]:
        """Start of the hedge before token ``i`` and its qualifier (``i`` and "exact" if none)."""
        norms = tk.norms
        start, qual = i, "exact"
        k = i
        while k > 0 and not tk.brk[k]:
            if norms[k - 1] not in _HEDGE_SUFFIXES:
                break
            hit = None
            for width in (3, 2, 1):
                a = k - width
                if a < 0 or any(tk.blocked[x] for x in range(a, k)) or any(tk.brk[x] for x in range(a + 1, k + 1)):
                    continue
                phrase = " ".join(norms[a:k])
                if phrase in Q.HEDGES:
                    hit = (a, Q.HEDGES[phrase])
                    break
            if hit is None:
                break
            k, q = hit
            if qual == "exact":
                qual = q
            start = k
            if i - start > _MAX_HEDGE + 1:
                break
        return start, qual

    def _phrase_at(self, tk: _Tokens, k: int) -> int:
        """End of a fixed unit phrase (:data:`UNIT_PHRASES`) starting at ``k``, or ``k``."""
        norms, n = tk.norms, tk.n
        if norms[k] not in _PHRASE_PREFIXES:
            return k
        for width in (5, 4, 3, 2):
            e = k + width
            if e > n or any(tk.brk[x] or tk.blocked[x] for x in range(k + 1, e)) or tk.blocked[k]:
                continue
            if " ".join(norms[k:e]).replace(" ,", ",") in Q.UNIT_PHRASES:
                if e < n and tk.texts[e][:1].isdigit():
                    return k  # "91 đoàn kiểm tra 270 tổ chức đảng": a verb after all
                return e
        return k

    @staticmethod
    def _title_at(tk: _Tokens, k: int) -> int:
        """End of the longest counted title (:data:`COUNTED_TITLES`) starting at ``k``, or ``k``."""
        norms, n = tk.norms, tk.n
        if norms[k] not in _TITLE_PREFIXES:
            return k
        for width in range(_MAX_TITLE, 0, -1):
            e = k + width
            if e > n or any(tk.brk[x] or tk.blocked[x] for x in range(k, e)):
                continue
            if " ".join(norms[k:e]) in Q.COUNTED_TITLES:
                return e
        return k

    @staticmethod
    def _split_stop(tk: _Tokens, k: int, bodies: bool) -> bool:
        """Whether tokens ``k``, ``k + 1`` are one stop word or organisation head that the segmenter
        split in two (``đề`` ``ra``, ``huyện`` ``uỷ``)."""
        if k + 1 >= tk.n or tk.brk[k + 1] or tk.norms[k] in Q.UNIT_MODIFIERS:
            return False
        pair = f"{tk.norms[k]} {tk.norms[k + 1]}"
        return pair in Q.STOP_WORDS or (pair in Q.ORG_HEADS and not bodies)

    def _unit(self, tk: _Tokens, j: int) -> int:
        """End (exclusive) of the counted noun phrase starting at token ``j`` (``j`` if none)."""
        texts, norms, n = tk.texts, tk.norms, tk.n
        k = j
        count = 0
        bodies = False
        while k < n and count < self.max_unit:
            if tk.blocked[k] or tk.brk[k]:
                break
            t = texts[k]
            nm = norms[k]
            if not _is_word(t):
                if t == "," and k > j and k + 1 < n and not tk.brk[k + 1] and not tk.blocked[k + 1]:
                    co = self._coordinated(tk, k + 1)
                    if co > k + 1:
                        k = co
                        count += 1
                        continue
                break
            ph = self._phrase_at(tk, k)
            if ph > k:
                k = ph
                count += 1
                continue
            if k == j:
                te = self._title_at(tk, k)
                if te > k:  # "4 Phó Tổng cục trưởng": a title (capitalised or not) is what is counted
                    k = te
                    count += 1
                    continue
            if k > j and nm in Q.DATE_WORDS and k + 1 < n and texts[k + 1][:1].isdigit():
                break  # "59% kế hoạch" | "năm 2018": a date, not part of the unit
            if k > j and nm in Q.NOUN_ADJECTIVES and not t[0].isupper():
                nx = norms[k + 1] if k + 1 < n and not tk.brk[k + 1] else ""
                if not nx or not _is_word(texts[k + 1]) or (nx in Q.STOP_WORDS and nx != "là"):
                    k += 1  # "21 nhiệm vụ chính": the adjective ends the phrase
                break
            if k > j and self._split_stop(tk, k, bodies):
                break  # a verb or an organisation the segmenter split: "… trọng tâm" | "đề ra"
            if k > j and norms[k - 1] in Q.NOUN_PREFIXES and not t[0].isupper() and nm not in _HARD_STOP:
                pass  # "mức tham gia", "vốn đầu tư"
            elif k == j:
                if nm in Q.ORG_HEADS:
                    bodies = True  # "10 Ban Thường vụ Tỉnh ủy": a count of bodies
                elif nm in Q.UNIT_NOUNS or " ".join(norms[k:k + 2]) in Q.UNIT_NOUNS:
                    pass
                elif t[0].isupper():
                    if not (nm in Q.CAPITALISED_UNIT_WORDS or (_is_allcaps(t) and nm not in Q.ORG_HEADS)):
                        break
                elif nm == "số" and k + 1 < n and _is_word(texts[k + 1]) and norms[k + 1] not in Q.STOP_WORDS:
                    pass
                elif nm in Q.STOP_WORDS or nm in Q.TIME_UNITS or nm in Q.HEDGES or nm in NUMBER_WORDS:
                    break
            else:
                if nm == "các" or nm == "những":
                    if not (k + 1 < n and norms[k + 1] in Q.AFTER_CAC):
                        break
                elif nm in Q.UNIT_MODIFIERS:
                    pass
                elif nm == "và" and k + 1 < n and norms[k + 1] == "tương đương":
                    k += 2
                    count += 2
                    continue
                elif t[0].isupper():
                    if nm not in Q.CAPITALISED_UNIT_WORDS and not (bodies and nm in Q.ORG_NAME_WORDS):
                        break
                elif nm in Q.STOP_WORDS or (nm in Q.ORG_HEADS and not bodies):
                    break
                elif nm in Q.PLACE_CLASSIFIERS and k + 1 < n and texts[k + 1][:1].isupper() and not tk.brk[k + 1]:
                    break  # "02 dự án | đường Phong Châu"
                elif nm in NUMBER_WORDS and k + 1 < n and norms[k + 1] in Q.UNIT_NOUNS:
                    break
                elif k + 1 < n and texts[k + 1][:1].isdigit() and (nm in _HEDGE_SUFFIXES or nm in Q.CHANGES):
                    break  # the hedge or verb of the next number
            k += 1
            count += 1
            if nm == "mới":
                break  # "đảng viên mới" ends the phrase
        while k > j and norms[k - 1] in ("các", "những", "và"):
            k -= 1
        return k

    @staticmethod
    def _coordinated(tk: _Tokens, k: int) -> int:
        """After a comma at ``k - 1``: end of a coordinated unit (``xã, thị trấn``) or ``k`` if none."""
        norms, texts, n = tk.norms, tk.texts, tk.n
        for width in (3, 2, 1):
            if k + width > n or any(tk.brk[x] or tk.blocked[x] for x in range(k, k + width)):
                continue
            if " ".join(norms[k:k + width]) in Q.COORDINATED_UNITS:
                e = k + width
                if e < n and texts[e][:1].isdigit():
                    return k
                return e
        return k

    def _predicate(
        self, tk: _Tokens, start: int, prev: Optional[tuple[int, int, QuantityAttrs]] = None
    ) -> tuple[Optional[str], Optional[str]]:
        """The governing verb and the change word before ``start`` in the same clause.

        In a list of counts (``kiểm tra 15 tổ chức đảng, 120 đảng viên``) a quantity reached
        before any verb shares the verb of the one before it.
        """
        norms, texts = tk.norms, tk.texts
        predicate = change = None
        k = start
        steps = 0
        while k > 0 and steps < 8 and not tk.brk[k]:
            if prev is not None and k <= prev[1]:
                if change is None and predicate is None:
                    return prev[2]["predicate"], prev[2]["change"]
                break
            t = texts[k - 1]
            if t in _CLAUSE_END or tk.blocked[k - 1]:
                break
            hit = None
            for width in ((3, 2, 1) if norms[k - 1] in _PREDICATE_SUFFIXES else ()):
                a = k - width
                if a < 0 or any(tk.brk[x] for x in range(a + 1, k)):
                    continue
                phrase = " ".join(norms[a:k])
                if change is None and phrase in Q.CHANGES:
                    change = Q.CHANGES[phrase]
                    hit = a
                if phrase in Q.PREDICATES:
                    predicate = phrase
                    hit = a
                    break
            if predicate is not None:
                break
            k = hit if hit is not None else k - 1
            steps += 1
        if predicate is None and change is not None:
            predicate = {"increase": "tăng", "decrease": "giảm", "exceed": "vượt"}[change]
        return predicate, change


@Language.factory(
    "vpd_quantities",
    default_config={"label": "QUANTITY", "word_numbers": True, "max_unit_tokens": _MAX_UNIT},
    assigns=["doc.ents", "span._.quantity"],
)
def make_quantities(nlp: Language, name: str, label: str, word_numbers: bool, max_unit_tokens: int) -> QuantityRecognizer:
    """Factory: ``nlp.add_pipe("vpd_quantities")``."""
    return QuantityRecognizer(label=label, word_numbers=word_numbers, max_unit_tokens=max_unit_tokens)
