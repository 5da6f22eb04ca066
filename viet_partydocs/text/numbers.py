"""Vietnamese numbers: parsing and formatting (DOMAIN.md §4.1).

Vietnamese writes ``.`` to group thousands and ``,`` for the decimal part (CLDR ``vi``):
``2.948`` is 2948, ``96,7`` is 96.7, ``1.234,5`` is 1234.5 and ``1.024`` is 1024 (not 1.024).
Numbers are also written as words (``hai``, ``ba mươi lăm``, ``một trăm linh năm``) and large
amounts take a magnitude word (``104,33 tỉ``, ``5 triệu``, ``3 nghìn tỷ``).

* :func:`parse_number` reads a number written with digits (``None`` if it is not one, e.g. the
  phone number ``02133.876.460``);
* :func:`parse_number_words` reads a number written in words;
* :func:`magnitude` gives the factor of a magnitude word (``tỷ`` → 1e9);
* :func:`format_number` writes a number the Vietnamese way (the inverse of :func:`parse_number`);
* :func:`number_to_words` writes a whole number in words (the inverse of :func:`parse_number_words`);
* :func:`roman_to_int` reads a Roman numeral (``XII`` → 12), used for terms and plenums.

Everything here works on normalised, lower-cased or raw text alike; nothing imports the pipeline.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, Optional, Sequence, Union

__all__ = [
    "parse_number",
    "parse_number_words",
    "magnitude",
    "format_number",
    "number_to_words",
    "roman_to_int",
    "DIGIT_WORDS",
    "MAGNITUDES",
    "NUMBER_WORDS",
]

_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?")  # 2.948 / 1.234,5
_GROUPED_EN = re.compile(r"[0-9]{1,3}(?:,[0-9]{3}){2,}(?:\.[0-9]+)?")  # 1,000,000 (English style, seen in copies)
_DECIMAL_COMMA = re.compile(r"[0-9]+(?:,[0-9]+)?")  # 96,7 / 2948
_DECIMAL_DOT = re.compile(r"[0-9]+\.[0-9]+")  # 7.4 (one dot, not a group of three)


def parse_number(text: str) -> Optional[float]:
    """The value of a number written with digits, Vietnamese style; ``None`` if ``text`` is not one.

    >>> parse_number("2.948"), parse_number("96,7"), parse_number("1.024"), parse_number("1.234,5")
    (2948.0, 96.7, 1024.0, 1234.5)
    >>> parse_number("02133.876.460") is None  # a phone number: its first group is too long
    True
    """
    s = text.strip()
    sign = 1.0
    if s[:1] in ("-", "−"):
        sign, s = -1.0, s[1:]
    if not s or not s[0].isdigit():
        return None
    value = _unsigned(s)
    return None if value is None else sign * value


def _unsigned(s: str) -> Optional[float]:
    if _DECIMAL_COMMA.fullmatch(s):
        return float(s.replace(",", "."))
    if _GROUPED.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    if _DECIMAL_DOT.fullmatch(s):  # one dot not followed by exactly three digits: 7.4, 3.25
        return float(s)
    if _GROUPED_EN.fullmatch(s):
        return float(s.replace(",", ""))
    return None


#: Digit words (lower-case, normalised): the value of each.
DIGIT_WORDS: dict[str, int] = {
    "không": 0, "linh": 0, "lẻ": 0,
    "một": 1, "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4, "tư": 4,
    "năm": 5, "lăm": 5, "nhăm": 5,
    "sáu": 6,
    "bảy": 7, "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
#: Magnitude words and their factors (both spellings of tỷ/tỉ and nghìn/ngàn).
MAGNITUDES: dict[str, int] = {
    "nghìn": 1_000, "ngàn": 1_000,
    "triệu": 1_000_000,
    "tỷ": 1_000_000_000, "tỉ": 1_000_000_000,
}
_TENS = {"mười": 10, "mươi": 10}
_HUNDRED = {"trăm": 100}
#: Every word that may be part of a number written in words.
NUMBER_WORDS: frozenset[str] = frozenset({*DIGIT_WORDS, *MAGNITUDES, *_TENS, *_HUNDRED})


def magnitude(word: str) -> Optional[int]:
    """The factor of a magnitude word (``nghìn``/``ngàn`` 1e3, ``triệu`` 1e6, ``tỷ``/``tỉ`` 1e9)."""
    return MAGNITUDES.get(word.lower())


_PLAIN = {w: DIGIT_WORDS[w] for w in ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín")}
_AFTER_LINH = {w: DIGIT_WORDS[w] for w in ("một", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "bẩy", "tám", "chín")}
# After "mười"/"mươi" five is "lăm"/"nhăm" ("mười năm", "hai mươi năm" read as years, so not accepted).
_AFTER_MUOI = {w: DIGIT_WORDS[w] for w in ("mốt", "hai", "ba", "bốn", "tư", "lăm", "nhăm", "sáu", "bảy", "bẩy", "tám", "chín")}
_AFTER_MUOI_TEEN = {w: DIGIT_WORDS[w] for w in ("một", "hai", "ba", "bốn", "lăm", "nhăm", "sáu", "bảy", "bẩy", "tám", "chín")}


def _below_thousand(words: Sequence[str]) -> Optional[int]:
    """Value of a group below one thousand (``ba trăm linh năm``, ``hai mươi mốt``, ``mười lăm``), or None."""
    value, i = 0, 0
    if len(words) >= 2 and words[1] == "trăm":
        if words[0] not in _PLAIN:
            return None
        value, i = _PLAIN[words[0]] * 100, 2
    rest = words[i:]
    if not rest:
        return value if i else None
    head = rest[0]
    if head in ("linh", "lẻ"):  # 105 = một trăm linh năm
        if i == 0 or len(rest) != 2 or rest[1] not in _AFTER_LINH:
            return None
        return value + _AFTER_LINH[rest[1]]
    if head == "mười":  # 10..19
        if len(rest) == 1:
            return value + 10
        if len(rest) == 2 and rest[1] in _AFTER_MUOI_TEEN:
            return value + 10 + _AFTER_MUOI_TEEN[rest[1]]
        return None
    if len(rest) >= 2 and rest[1] == "mươi":  # 20..99
        tens = _PLAIN.get(head, 0)
        if tens < 2:
            return None
        if len(rest) == 2:
            return value + tens * 10
        if len(rest) == 3 and rest[2] in _AFTER_MUOI:
            return value + tens * 10 + _AFTER_MUOI[rest[2]]
        return None
    if len(rest) == 1 and i == 0 and head in _PLAIN:  # 0..9 (after "trăm", a bare digit is ambiguous)
        return _PLAIN[head]
    return None


def parse_number_words(words: Union[str, Iterable[str]]) -> Optional[float]:
    """The value of a whole number written in words; ``None`` if the words are not one.

    >>> parse_number_words("hai"), parse_number_words("ba mươi lăm"), parse_number_words("một trăm linh năm")
    (2.0, 35.0, 105.0)
    >>> parse_number_words("hai nghìn không trăm mười tám"), parse_number_words("năm triệu")
    (2018.0, 5000000.0)
    """
    seq = words.lower().split() if isinstance(words, str) else [w.lower() for w in words]
    if not seq or any(w not in NUMBER_WORDS for w in seq):
        return None
    total = 0
    group: list[str] = []
    last: Optional[int] = None  # factor of the last magnitude word
    for w in seq:
        f = MAGNITUDES.get(w)
        if f is None:
            group.append(w)
            continue
        if not group:  # "nghìn tỷ": a second magnitude multiplies what is before it
            if last is None or f <= last or total == 0:
                return None
            total *= f
            last *= f
            continue
        g = _below_thousand(group)
        if not g or (last is not None and f >= last):
            return None
        total += g * f
        last = f
        group = []
    if group:
        g = _below_thousand(group)
        if g is None or (last is not None and (g == 0 or (len(group) == 1 and g < 10))):
            return None  # "hai nghìn ba" (colloquial 2300) is ambiguous; not accepted
        total += g
    return float(total)


_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _words_below_thousand(n: int, full: bool) -> list[str]:
    """Words for 0 < n < 1000; ``full`` writes the hundreds even when zero (inside a larger number)."""
    h, rest = divmod(n, 100)
    t, u = divmod(rest, 10)
    out: list[str] = []
    if h or full:
        out += [_UNITS[h], "trăm"]
    if t == 0:
        if u:
            if out:
                out.append("linh")
            out.append(_UNITS[u])
        return out
    if t == 1:
        out.append("mười")
        if u:
            out.append("lăm" if u == 5 else _UNITS[u])
        return out
    out += [_UNITS[t], "mươi"]
    if u == 1:
        out.append("mốt")
    elif u == 5:
        out.append("lăm")
    elif u:
        out.append(_UNITS[u])
    return out


def number_to_words(n: int) -> str:
    """A whole number ``0 <= n < 10**15`` in words (``35`` → ``ba mươi lăm``, ``105`` → ``một trăm linh năm``).

    >>> number_to_words(2018)
    'hai nghìn không trăm mười tám'
    """
    if n < 0 or n >= 10**15:
        raise ValueError("number_to_words handles 0 <= n < 10**15")
    if n == 0:
        return "không"
    parts: list[str] = []
    groups = [(10**12, ["nghìn", "tỷ"]), (10**9, ["tỷ"]), (10**6, ["triệu"]), (10**3, ["nghìn"]), (1, [])]
    rest = n
    started = False
    for factor, names in groups:
        g, rest = divmod(rest, factor)
        if g:
            parts += _words_below_thousand(g, full=started)
            parts += names
            started = True
    return " ".join(parts)


def format_number(value: Union[int, float, Decimal, str], decimals: Optional[int] = None) -> str:
    """Write ``value`` the Vietnamese way: ``.`` between thousands, ``,`` before decimals.

    ``decimals`` fixes the number of decimals; by default a float is written with as few as
    needed (``96.7`` → ``96,7``) and an integral value with none (``2948.0`` → ``2.948``).

    >>> format_number(2948), format_number(96.7), format_number(1234.5), format_number(1024)
    ('2.948', '96,7', '1.234,5', '1.024')
    """
    if isinstance(value, float):
        d = Decimal(repr(value))
    else:
        d = Decimal(value)
    if decimals is not None:
        d = d.quantize(Decimal(1).scaleb(-decimals))
    sign = "-" if d < 0 else ""
    d = abs(d)
    text = format(d, "f")
    if "." in text:
        whole, frac = text.split(".")
        if decimals is None:
            frac = frac.rstrip("0")
    else:
        whole, frac = text, ""
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = ".".join(groups)
    if frac:
        out += "," + frac
    return sign + out


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_RE = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def roman_to_int(text: str) -> Optional[int]:
    """``XII`` → 12; ``None`` if ``text`` is not a well-formed Roman numeral."""
    s = text.upper()
    if not s or not _ROMAN_RE.fullmatch(s):
        return None
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return total
