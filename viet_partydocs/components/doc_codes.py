"""``vpd_doc_codes``: DOC_CODE entities with parsed attributes on ``span._.doc_code``.

A DOC_CODE (annotation guide §2, §5) is a reference to a specific numbered document: the type
word(s) plus the number or code (``Nghị quyết số 07-NQ/TU``, ``Quyết định 123/QĐ-UBND``,
``Chỉ thị 05``, ``Nghị quyết số 18, 19-NQ/TW``), a bare code (``07-NQ/TU``), a law cited with
its number (``Luật Trợ giúp pháp lý số 69/2006/QH11``) or a plenum resolution
(``Nghị quyết Trung ương 4 (khóa XII)``, ``Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung
ương khóa X``).

Matching runs on the normalised text (:func:`viet_partydocs.text.normalize.normalize_with_offsets`:
NFC, ``Ð`` → ``Đ``, one tone-mark style), so variants such as ``07-NQ-TU``, ``31 - HD/BTCTW``,
``05-Ctr/ĐUK``, ``QÐi`` or ``khoá`` need no special cases; ``doc.text`` is never changed. Only
the stretches of a line around a number that looks like part of a code or follows a type word
(and around ``lần thứ``) get their tone marks normalised and are matched; the regular expressions run on the
lower-cased form and case (an issuer abbreviation starts with a capital) is checked on the
normalised text. Patterns are tried together and the longest match wins; a match is kept only
if it does not overlap an entity already in ``doc.ents``.

The attributes (:class:`~viet_partydocs.attributes.DocCodeAttrs`) come from the code itself
(type, number(s), issuer, family from the separator pattern, year) and from the words around
it: the type word before the code decides ``doc_type`` (``Quy chế số 08-QĐ/TU`` is a Quy chế),
a following ``ngày 15/11/2016`` gives ``date`` and a following ``của Ban Thường vụ Huyện ủy``
gives ``issuer`` (outside the span). ``family`` follows the separators (``07-NQ/TU`` party,
``123/QĐ-UBND`` state), except that an issuer used by one family only decides it
(``68/QĐ-TW`` is a Party code written State-style). For plenum references ``plenum`` and
``term`` are set (several plenums or terms are joined as written: ``"4, 6, 7"``, ``"XI, XII"``).
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from typing import Any, Iterable, Iterator, Optional

from spacy.attrs import ENT_IOB
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..attributes import DocCodeAttrs, register_extensions
from ._shared import doc_has_digit, doc_text
from ..patterns import doc_codes as P
from ..text.normalize import LINE_BREAKS, fix_tones, normalize_with_offsets
from ..text.numbers import parse_number_words, roman_to_int

__all__ = ["DocCodeRecognizer", "make_doc_codes", "find_doc_codes", "DocCodeMatch"]

# -- regular expressions ------------------------------------------------------------------------
# They run on the lower-cased normalised text (case-sensitive literals are much faster than
# IGNORECASE alternations); what depends on case (an issuer starts with a capital, a capitalised
# type word ends a law name) is checked on the normalised text at the same offsets. Spaces are
# written "[ ]" so that no match crosses a line break.
_S = "[ ]*"  # optional spaces
_S1 = "[ ]+"
_L = r"[^\W\d_]"  # a letter
_NL = r"(?![^\W\d_])"  # not followed by a letter
_NW = r"(?![\w])"  # not followed by a letter, digit or underscore


def _alternation(words: Iterable[str]) -> str:
    """Alternation of lower-case (multi-word) phrases, longest first, spaces flexible."""
    alts = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", _S1) for w in alts) + ")"


_TYPE_WORD = _alternation(P.TYPE_WORDS)
_LAW_WORD = _alternation(P.LAW_TYPE_WORDS)
_TYPE_ABBR = _alternation(k for k in P.TYPE_CODES if len(k) > 1)
_ISSUER = r"[a-zđ][a-zđà-ỹ0-9]{0,14}"  # starts with a capital in the text (checked)
_ISSUERS = rf"{_ISSUER}(?:[-–]{_ISSUER})*"
_DASH = "[-–‐‑]"
_NUM = r"\d{1,5}"
_BEFORE_NUM = r"(?<![\w/.,\-–])"

#: Party code: 07-NQ/TU, 1249-QĐ/HU, 05-QC/BTCTU-BDVTU, 07-NQ-TU, 31 - HD/BTCTW, 858CV/ĐUK, 09 KH/ĐU.
_PARTY = (
    rf"(?P<num>{_NUM})(?:{_S}{_DASH}{_S}|[ ]?)(?P<type>{_TYPE_ABBR}){_S}(?P<sep>[/\-–]){_S}(?P<iss>{_ISSUERS}){_NW}"
    # type and issuer glued: 90 - QĐTW
    rf"|(?P<gnum>{_NUM}){_S}{_DASH}{_S}(?P<gtype>{_TYPE_ABBR})(?P<giss>tw|tư|tu|hu){_NW}"
)
#: Several numbers sharing one Party code: 18, 19-NQ/TW.
_LIST = (
    rf"(?P<nums>{_NUM}(?:{_S}(?:,|;|và){_S}{_NUM})+){_S}{_DASH}{_S}(?P<ltype>{_TYPE_ABBR}){_S}/{_S}(?P<liss>{_ISSUERS}){_NW}"
)
_SPACED_GROUP = rf"[ ]{_DASH}[ ](?=[a-zđ0-9]{{2,}}{_NL})"
#: State code: 34/2019/NĐ-CP, 123/QĐ-UBND, 80/2015/QH13, 5973/UBND-KT, 06/2008/PL-UBTVQH12.
_STATE = (
    rf"(?P<snum>{_NUM})(?:{_S}/{_S}(?P<year>(?:19|20)\d\d))?{_S}/{_S}"
    rf"(?P<sym>(?:ubtvqh|qh)\d{{1,2}}{_NW}"
    rf"|[a-zđ][\w]{{0,11}}(?:(?:{_DASH}|_|{_SPACED_GROUP})[a-zđ0-9][\w]{{0,14}})*{_NW})"
)
_BARE = rf"(?P<bare>{_NUM})(?![\d]|[.,/:][ ]?\d|{_S}{_DASH}{_S}\d|{_S}%|{_S}[-–/][ ]?[a-zđ]|[^\W\d_])"
_SO = rf"(?P<so>số{_S}:?{_S})"

_CODE = rf"(?:{_LIST}|{_PARTY}|{_STATE})"
#: Type word (+ up to two lower-case words, then "số") + number or code.
_REF = re.compile(
    rf"(?P<tw>{_TYPE_WORD})(?P<mod>(?:{_S1}[a-zđà-ỹ]+){{0,2}}?){_S1}{_SO}?{_BEFORE_NUM}(?:{_CODE}|{_BARE})"
)
#: Law / ordinance with its name: Luật Trợ giúp pháp lý số 69/2006/QH11.
_LAW_NAME_STOP = rf"(?:(?:số|của|theo|tại|ngày|năm){_NL})"
_LAW = re.compile(
    rf"(?P<tw>{_LAW_WORD})(?P<name>(?:{_S1}(?!{_LAW_NAME_STOP}){_L}+,?){{1,12}}?){_S1}{_SO}?{_BEFORE_NUM}(?:{_STATE})"
)
#: Capitalised type words (on the normalised text) end a law name ("Luật Đầu tư công, Nghị định số …").
_TYPE_WORD_CAP = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(re.escape(w[0].upper() + w[1:]).replace(r"\ ", _S1) for w in sorted(P.TYPE_WORDS, key=lambda w: (-len(w), w)))
    + r")(?![^\W\d_])"
)
_ORD_WORDS = _alternation(P.PLENUM_ORDINALS)
_TERM = rf"khóa{_S1}(?:[ivxlc]+|\d{{1,2}}){_NW}"
#: Plenum resolution: Nghị quyết Trung ương 4 (khóa XII), Nghị quyết TW4, Nghị quyết Hội nghị lần thứ sáu …
_PLENUM = re.compile(
    rf"(?P<tw>nghị{_S1}quyết)(?:{_S1}của)?(?:{_S1}hội{_S1}nghị)?{_S1}(?:"
    rf"lần{_S1}thứ{_S1}(?P<ord>{_ORD_WORDS}{_NL}|\d{{1,2}}|[ivx]+{_NW})(?:{_S1}ban{_S1}chấp{_S1}hành)?"
    rf"{_S1}trung{_S1}ương(?:{_S1}đảng)?"
    rf"|(?:trung{_S1}ương|tw|tư|t\.ư){_S}(?P<plen>\d{{1,2}}(?:{_S},{_S}(?:trung{_S1}ương{_S1})?\d{{1,2}})*){_NW}"
    rf")(?P<term>{_S},?{_S}\(?{_S}{_TERM}(?:{_S},{_S}(?:khóa{_S1})?(?:[ivxlc]+|\d{{1,2}}){_NW})*(?:{_S}\))?)?"
)
#: A code with no type word before it.
_BARE_CODE = re.compile(rf"{_BEFORE_NUM}{_CODE}")

_DATE_NUM = re.compile(rf"(\d{{1,2}}){_S}[/.\-–]{_S}(\d{{1,2}}){_S}[/.\-–]{_S}(\d{{4}})(?!\d)")
_DATE_WORDS = re.compile(rf"(\d{{1,2}}){_S1}tháng{_S1}(\d{{1,2}}){_S1}năm{_S1}(\d{{4}})(?!\d)")
_DATE_AFTER = re.compile(rf"{_S},?{_S}\(?{_S}ngày{_S1}")
_YEAR_AFTER = re.compile(rf"{_S1}năm{_S1}(?:19|20)\d\d(?!\d)")
_DATE_AFTER_NUM = re.compile(rf"{_S1}ngày{_S1}\d")
#: Words after a bare number that make it a duration or a count, not a document number.
_COUNT_AFTER = re.compile(
    rf"{_S1}(?:năm|tháng|tuần|quý|giờ|phút|ngày|lần|nội{_S1}dung|điểm|người|đảng{_S1}viên|tổ{_S1}chức){_NL}"
)
#: Types that take a bare number only with "số" (``Dự án số 3``), being common nouns otherwise.
_BARE_NEEDS_SO = frozenset({"Dự án", "Phương án", "Báo cáo", "Chương trình"})
#: "luật" in "kỷ luật", "pháp luật" is not a type word.
_NOT_LAW_BEFORE = ("kỷ ", "pháp ")


_DIGITS = re.compile(r"\d+")
#: "thứ" in any Unicode form and case: with a digit, what a DOC_CODE window needs (see _windows)
_THU = re.compile("[tT][hH](?:[ứỨ]|[ưƯ]\u0301|[uU]\u031b\u0301)")  # any case
#: After a number: the rest of a code (``-NQ/TU``, ``/QĐ-UBND``, ``CV/ĐUK``, ``/2019/``), spaces
#: allowed wherever the code patterns allow them (``07  - KH/ĐU``, ``34 / 2019 / NĐ-CP``).
_CODE_AFTER = rf"{_S}{_DASH}?{_S}[^\W\d_]{{1,9}}{_S}[/\-–]|{_S}[-–‐‑/]{_S}[^\W\d_]|{_S}/{_S}(?:19|20)\d\d{_S}/"
_CODE_AFTER_RX = re.compile(_CODE_AFTER)
#: A written number, separators included (``15/11/2016``, ``2.948``): one anchor test per number.
_NUMBER_RUN = re.compile(r"\d+(?:[.,/:]\d+)*")
#: Before a number (lower-cased, then spaces and a colon): the last syllable of a type word
#: (``Quyết định 12``, ``Công điện 12``, ``Thông tư liên tịch 08``), "số", a plenum word
#: ("Trung ương 4", "TW4") or a comma. Type words are written as the guide writes them; none
#: ends in a syllable whose tone mark has an old-style placement (``oa``, ``oe``, ``uy``).
_REF_BEFORE = tuple(sorted({w.lower().split()[-1] for w in (*P.TYPE_WORDS, *P.LAW_TYPE_WORDS)} | {"số", "ương", "tw", "t.ư", ","}))
#: Words that end like a type word but count things ("kỷ luật 87 tổ chức", "cảnh cáo 5 cá nhân").
_NOT_REF_BEFORE = ("kỷ luật", "cảnh cáo", "tương đương", "thẩm định", "biểu quyết", "tổng số", "trong số")
_BACK, _BACK_LAW, _AHEAD = 70, 170, 90
_LINE_BREAK = re.compile(f"[{LINE_BREAKS}]")


def _windows(text: str) -> list[tuple[int, int, bool]]:
    """Stretches of the (normalised) ``text``, within one line each, that may hold a DOC_CODE,
    merged and in order.

    A DOC_CODE holds a digit run that is part of a code or follows a type word, "số" or a plenum
    word (or the words ``lần thứ`` of a written-out plenum); only the text around those is
    matched, which keeps the component cheap on long documents. The third value of a window says
    whether a number in it is followed by the rest of a code (only then can a code stand without
    a type word: :func:`find_doc_codes` ``codes``).
    """
    low = _lower(text)
    anchors: list[tuple[int, int, int, bool]] = []  # (anchor, chars before, chars after, code after it)
    code_after = _CODE_AFTER_RX.match
    for m in _NUMBER_RUN.finditer(low):
        p, e = m.span()
        code = code_after(low, e) is not None
        if not code:
            tail = low[max(0, p - 14):p].rstrip(" ").rstrip(":").rstrip(" ")
            if not tail.endswith(_REF_BEFORE) or tail.endswith(_NOT_REF_BEFORE):
                continue
        before = low[max(0, p - _BACK_LAW):p]
        back = _BACK_LAW if ("uật" in before or "lệnh" in before) else _BACK
        anchors.append((p, back, e - p + _AHEAD, code))
    if "thứ" in low:
        k = low.find("lần thứ")
        while k != -1:
            anchors.append((k, _BACK, _BACK_LAW, False))
            k = low.find("lần thứ", k + 7)
    if not anchors:
        return []
    n = len(text)
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    out: list[tuple[int, int, bool]] = []
    for p, back, ahead, code in sorted(anchors):
        k = bisect_right(breaks, p)
        line_start = breaks[k - 1] + 1 if k else 0
        line_end = breaks[k] if k < len(breaks) else n
        start = p - back
        if start <= line_start:
            start = line_start
        else:  # start after a space, not inside a word
            sp = text.find(" ", start, p)
            start = sp + 1 if sp != -1 else p
        end = p + ahead
        if end >= line_end:
            end = line_end
        else:  # end on a space, not inside a word
            sp = text.find(" ", end, line_end)
            end = sp if sp != -1 else line_end
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]), out[-1][2] or code)
        else:
            out.append((start, end, code))
    return out


class DocCodeMatch(dict):
    """One match in the normalised text: ``start``, ``end`` and the attribute fields found so far."""


def _upper(s: str) -> str:
    return s.replace("đ", "Đ").upper()


def _canon_type(abbr: str) -> tuple[Optional[str], Optional[str]]:
    hit = P.TYPE_CODES.get(_upper(abbr))
    return hit if hit else (None, None)


def _canon_issuer(group: str) -> str:
    key = _upper(group)
    hit = P.ISSUERS.get(key)
    if hit:
        return hit[0]
    m = re.fullmatch(r"(UBTVQH|QH)(\d{1,2})", key)
    if m:
        return key
    return group


def _issuer_level(code: Optional[str]) -> str:
    if not code:
        return "unknown"
    first = _upper(code.split("-")[0])
    m = re.fullmatch(r"(UBTVQH|QH)\d{0,2}", first)
    if m:
        return "central"
    hit = P.ISSUERS.get(first)
    if hit:
        return hit[1]
    for suffix, level in P.ISSUER_SUFFIX_LEVELS:
        if first.endswith(suffix):
            return level
    return "unknown"


def _family(sep_family: str, issuer_code: Optional[str]) -> str:
    if issuer_code:
        first = issuer_code.split("-")[0]
        base = re.sub(r"\d+$", "", first)
        if sep_family == "state" and first in P.PARTY_ONLY_ISSUERS:
            return "party"
        if sep_family == "party" and (first in P.STATE_ONLY_ISSUERS or base in P.STATE_ONLY_ISSUERS):
            return "state"
    return sep_family


def _lower(text: str) -> str:
    """``text.lower()`` with the same length (a few characters lower-case to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _start(m: re.Match[str], name: str) -> int:
    """Start of group ``name`` (-1 if it did not take part or the pattern has no such group)."""
    return m.start(name) if name in m.re.groupindex else -1


def _capital_at(norm: str, pos: int) -> bool:
    return pos >= 0 and norm[pos:pos + 1].isupper()


def _parse_code(m: re.Match[str], norm: str) -> Optional[dict[str, Any]]:
    """Attributes of the code part of a match (named groups of _LIST/_PARTY/_STATE/_BARE).

    ``m`` matched the lower-cased text; values are read from the normalised text ``norm`` at the
    same offsets. ``None`` when the case does not fit (an issuer must start with a capital).
    """
    found = m.groupdict()  # the groups that took part are not None (a pattern may lack some)

    def g(name: str) -> Optional[str]:
        return None if found.get(name) is None else norm[m.start(name):m.end(name)]

    if found.get("nums") is not None:
        if not _capital_at(norm, m.start("liss")):
            return None
        nums = re.findall(r"\d+", g("nums") or "")
        code, tname = _canon_type(g("ltype") or "")
        iss = "-".join(_canon_issuer(x) for x in re.split(r"[-–]", g("liss") or ""))
        return {"type_code": code, "code_type": tname, "number": nums[0], "numbers": nums,
                "issuer_code": iss, "family": _family("party", iss), "year": None}
    if found.get("num") is not None:
        if not _capital_at(norm, m.start("iss")):
            return None
        code, tname = _canon_type(g("type") or "")
        iss = "-".join(_canon_issuer(x) for x in re.split(r"[-–]", g("iss") or ""))
        return {"type_code": code, "code_type": tname, "number": g("num"), "numbers": [g("num")],
                "issuer_code": iss, "family": _family("party", iss), "year": None}
    if found.get("gnum") is not None:
        if not _capital_at(norm, m.start("giss")):
            return None
        code, tname = _canon_type(g("gtype") or "")
        iss = _canon_issuer(g("giss") or "")
        return {"type_code": code, "code_type": tname, "number": g("gnum"), "numbers": [g("gnum")],
                "issuer_code": iss, "family": "party", "year": None}
    if found.get("snum") is not None:
        sym = g("sym") or ""
        groups = [x for x in re.split(r"\s*[-–‐‑_]\s*", sym) if x]
        if not groups or not all(x[0].isupper() or x[0].isdigit() for x in groups) or groups[0][0].isdigit():
            return None
        if _upper(groups[0]) in P.NOT_DOC_SYMBOLS:
            return None
        code, tname = _canon_type(groups[0]) if len(groups) > 1 else (None, None)
        if code is not None:
            tname = P.STATE_TYPE_OVERRIDES.get(code, tname)
            issuers = groups[1:]
        else:
            issuers = groups
        iss = "-".join(_canon_issuer(x) for x in issuers) or None
        year = int(g("year") or 0) or None
        return {"type_code": code, "code_type": tname, "number": g("snum"), "numbers": [g("snum")],
                "issuer_code": iss, "family": _family("state", iss), "year": year,
                "_state_groups": len(groups)}
    if found.get("bare") is not None:
        return {"type_code": None, "code_type": None, "number": g("bare"), "numbers": [g("bare")],
                "issuer_code": None, "family": None, "year": None}
    return None


def _matches(rx: re.Pattern[str], low: str, accept: Any) -> Iterator[Any]:
    """``accept(m)`` for each match of ``rx``; a rejected match (``None``) does not hide the text
    after its start (the search goes on one character later)."""
    pos = 0
    while True:
        m = rx.search(low, pos)
        if m is None:
            return
        out = accept(m)
        if out is None:
            pos = m.start() + 1
        else:
            yield out
            pos = m.end()


def _word_start(low: str, pos: int) -> bool:
    return pos == 0 or not low[pos - 1].isalpha()


def _type_word(text: str) -> str:
    key = " ".join(text.lower().split())
    return P.TYPE_WORDS.get(key, text)


def _balanced_end(norm: str, start: int, end: int) -> int:
    """Drop an unclosed "(" (and what follows it) or a stray ")" at the end of a match."""
    seg = norm[start:end]
    if seg.count("(") > seg.count(")"):
        cut = seg.rfind("(")
        end = start + len(seg[:cut].rstrip(" ,"))
    elif seg.count(")") > seg.count("("):
        end = start + len(seg.rstrip(")").rstrip())
    return end


def find_doc_codes(norm: str, codes: bool = True) -> list[DocCodeMatch]:
    """Every DOC_CODE in the normalised text ``norm``, non-overlapping, in order (no issuer/date yet).

    ``codes=False``: ``norm`` has no number followed by the rest of a code, so no code can stand
    there without its type word (the search for bare codes is skipped).
    """
    low = _lower(norm)
    if _DIGITS.search(low) is None and "lần thứ" not in low:
        return []
    cands: list[DocCodeMatch] = []

    def plenum(m: re.Match[str]) -> Optional[DocCodeMatch]:
        if not _word_start(low, m.start()):
            return None
        plen = m.group("plen")
        if plen is not None:
            plenums = re.findall(r"\d+", plen)
        else:
            o = m.group("ord")
            val: Any = int(o) if o.isdigit() else P.PLENUM_ORDINALS.get(" ".join(o.split()))
            if val is None:
                val = roman_to_int(o) or parse_number_words(o)
            if not val:
                return None
            plenums = [str(int(val))]
        end = _balanced_end(low, m.start(), m.end())
        term = None
        if m.group("term") and "khóa" in low[m.start():end]:
            tstart = m.start("term")
            terms = re.findall(r"(?<![^\W\d_])([ivxlc]+|\d{1,2})(?![^\W\d_])", low[tstart:end])
            term = ", ".join(t.upper() for t in terms) or None
        return DocCodeMatch(
            start=m.start(), end=end, doc_type="Nghị quyết", type_code=None, number=None, numbers=[],
            issuer_code=None, family="party", year=None, plenum=", ".join(plenums), term=term, prio=1,
        )

    def law(m: re.Match[str]) -> Optional[DocCodeMatch]:
        s = m.start()
        if not _word_start(low, s) or low[max(0, s - 5):s].endswith(_NOT_LAW_BEFORE):
            return None
        if not (m.group("so") or m.group("year")) or _TYPE_WORD_CAP.search(norm, m.start("name"), m.end("name")):
            return None
        code = _parse_code(m, norm)
        if code is None:
            return None
        return DocCodeMatch(start=s, end=m.end(), doc_type=_type_word(m.group("tw")), prio=2, **code)

    def ref(m: re.Match[str]) -> Optional[DocCodeMatch]:
        s = m.start()
        if not _word_start(low, s) or low[max(0, s - 5):s].endswith(_NOT_LAW_BEFORE):
            return None
        code = _parse_code(m, norm)
        if code is None:
            return None
        tw = _type_word(m.group("tw"))
        has_so = bool(m.group("so"))
        mod = m.group("mod")
        if mod and (not has_so or norm[m.start("mod"):m.end("mod")] != mod):
            return None  # "kết luận thanh tra số 40"; the words between must be lower-case
        if _start(m, "bare") >= 0:
            if tw in _BARE_NEEDS_SO and (not has_so or mod):
                return None
            after = low[m.end():m.end() + 40]
            if _COUNT_AFTER.match(after) and not (_YEAR_AFTER.match(after) or _DATE_AFTER_NUM.match(after)):
                return None  # "Kế hoạch 5 năm"
        doc_type = code.get("code_type") if tw == "Văn bản" and code.get("code_type") else tw
        return DocCodeMatch(start=s, end=m.end(), doc_type=doc_type, prio=3, **code)

    def bare(m: re.Match[str]) -> Optional[DocCodeMatch]:
        code = _parse_code(m, norm)
        if code is None:
            return None
        if _start(m, "snum") >= 0 and _start(m, "year") < 0 and code.get("_state_groups", 1) < 2:
            if not re.fullmatch(r"(?:ubtvqh|qh)\d{1,2}", m.group("sym")):
                return None  # "18/Xã" is not a code; a State code needs a year or two groups
        return DocCodeMatch(start=m.start(), end=m.end(), doc_type=code.get("code_type"), prio=4, **code)

    if "nghị" in low:
        cands.extend(_matches(_PLENUM, low, plenum))
    if "luật" in low or "lệnh" in low:
        cands.extend(_matches(_LAW, low, law))
    cands.extend(_matches(_REF, low, ref))
    if codes:
        cands.extend(_matches(_BARE_CODE, low, bare))
    cands.sort(key=lambda c: (c["start"], -(c["end"] - c["start"]), c["prio"]))
    out: list[DocCodeMatch] = []
    last_end = -1
    for c in cands:
        if c["start"] >= last_end:
            c.pop("_state_groups", None)
            out.append(c)
            last_end = c["end"]
    return out


def _date_after(norm: str, pos: int) -> tuple[Optional[str], int]:
    """The ``ngày …`` date right after ``pos`` (after an optional comma or bracket): its ISO form
    (``None`` if absent or not a real date) and the offset just after it (``pos`` if absent)."""
    seg = _lower(norm[pos:pos + 48])
    m = _DATE_AFTER.match(seg)
    d = m and (_DATE_NUM.match(seg, m.end()) or _DATE_WORDS.match(seg, m.end()))
    if not d:
        return None, pos
    end = d.end()
    close = re.match(rf"{_S}\)", seg[end:])
    end = pos + (end + close.end() if close and "(" in seg[:m.end()] else end)
    try:
        return _dt.date(int(d.group(3)), int(d.group(2)), int(d.group(1))).isoformat(), end
    except ValueError:
        return None, end


_ISSUER_SYLLABLES = frozenset(s for w in P.ISSUER_LOWER_WORDS for s in w.split())
_ISSUER_FIRST_LOWER = frozenset({"ban", "bộ", "ủy ban", "tỉnh ủy", "huyện ủy", "thành ủy", "đảng ủy", "chính phủ",
                                 "quốc hội", "thủ tướng", "văn phòng", "tổng cục", "hội đồng", "thường trực", "ủy"})
_TRAILING_WEAK = frozenset({"các", "và", "của"})


def _past_hspace(doc: Doc, i: int) -> int:
    """The first token from ``i`` on that is not whitespace within a line."""
    while i < len(doc) and doc[i].is_space and not _LINE_BREAK.search(doc[i].text):
        i += 1
    return i


def _issuer_after(doc: Doc, token_i: int) -> Optional[str]:
    """The ORG-like phrase after ``của`` at token ``token_i`` (the token after the span or the date)."""
    n = len(doc)
    i = _past_hspace(doc, token_i)
    if i < n and doc[i].text == ",":
        i = _past_hspace(doc, i + 1)
    if i >= n or doc[i].norm_ != "của":
        return None
    i = _past_hspace(doc, i + 1)
    start = i
    end = i
    while i < n:
        t = doc[i]
        text = t.text
        norm = t.norm_
        if t.is_space:
            if _LINE_BREAK.search(text):
                break
            i += 1  # NBSP, tab or extra spaces between words
            continue
        if norm in P.ISSUER_STOP_WORDS:
            break
        if not text[:1].isalpha():
            if text == "." and i > start and doc[i - 1].text in ("TP", "Q", "P") and i + 1 < n and doc[i + 1].text[:1].isupper():
                i += 1
                continue
            break
        if text[:1].isupper():
            pass
        elif i == start and norm not in _ISSUER_FIRST_LOWER:
            break
        elif not (norm in P.ISSUER_LOWER_WORDS or all(s in _ISSUER_SYLLABLES for s in norm.split())):
            break
        i += 1
        end = i
    while end > start and (doc[end - 1].norm_ in _TRAILING_WEAK or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    return doc[start:end].text


def _level_from_issuer(issuer: str) -> Optional[str]:
    low = " ".join(normalize_with_offsets(issuer)[0].lower().split())
    for key, level in P.ISSUER_NAME_LEVELS:
        if re.search(rf"(?<![^\W\d_]){re.escape(key)}(?![^\W\d_])", low):
            return level
    return None


class DocCodeRecognizer:
    """Adds DOC_CODE spans to ``doc.ents`` without touching the entities already there.

    label: the entity label to write.
    find_issuer: look for ``của <ORG>`` after each span (``issuer``).
    find_date: look for ``ngày <date>`` after each span (``date``).
    """

    def __init__(self, label: str = "DOC_CODE", find_issuer: bool = True, find_date: bool = True) -> None:
        register_extensions()
        self.label = label
        self.find_issuer = find_issuer
        self.find_date = find_date

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if not doc_has_digit(doc) and not (("th" in text or "TH" in text or "Th" in text or "tH" in text) and _THU.search(text)):
            return doc  # no number and no "lần thứ": nothing to anchor a DOC_CODE
        # windows and matches on the normalised text (NFC, one tone placement, Đ), mapped back
        norm_all, offsets_all = normalize_with_offsets(text, tones=False)
        found: list[tuple[int, int, DocCodeMatch, str, Any]] = []
        for a, b, codes in _windows(norm_all):
            norm = fix_tones(norm_all[a:b])  # length-preserving, so the offsets stay valid
            for m in find_doc_codes(norm, codes=codes):
                found.append((a, b, m, norm, offsets_all))
        if not found:
            return doc
        iob = doc.to_array([ENT_IOB])  # entities already there (B = 3, I = 1); cheaper than doc.ents
        blocked: set[int] = set(((iob == 1) | (iob == 3)).nonzero()[0].tolist())
        new: list[Span] = []
        for a, b, m, norm, offsets in found:
            def to_doc(pos: int, a: int = a, offsets: Any = offsets) -> int:
                return offsets[a + pos] if offsets is not None else a + pos

            s, e = to_doc(m["start"]), to_doc(m["end"])
            span = doc.char_span(s, e, label=self.label, alignment_mode="expand")
            if span is not None and span.start_char < s and text[span.start_char:s].strip().isalpha():
                # the match starts inside a word ("pháp luật 80/2015/QH13"): keep whole tokens only
                span = doc.char_span(s, e, label=self.label, alignment_mode="contract")
            if span is None or any(i in blocked for i in range(span.start, span.end)):
                continue
            span._.doc_code = self._attrs(doc, span, m, norm, to_doc)
            new.append(span)
            blocked.update(range(span.start, span.end))
        if new:  # keeps every entity already there; extension values are keyed by offsets
            doc.set_ents(new, default="unmodified")
        return doc

    def _attrs(self, doc: Doc, span: Span, m: DocCodeMatch, norm: str, to_doc: Any) -> DocCodeAttrs:
        date = None
        after_i = span.end
        if self.find_date:
            date, date_end = _date_after(norm, m["end"])
            if date is not None:  # the issuer comes after the date
                stop = to_doc(date_end)
                while after_i < len(doc) and doc[after_i].idx < stop:
                    after_i += 1
        issuer = None
        if self.find_issuer:
            issuer = _issuer_after(doc, after_i)
            if issuer is None and after_i != span.end:
                issuer = _issuer_after(doc, span.end)
        # family and issuer_code come from the code itself (null without one, as in the gold
        # standard); the issuer's level may also come from the ORG named after "của"
        level = "central" if m.get("plenum") else _issuer_level(m.get("issuer_code"))
        if issuer and level == "unknown":
            level = _level_from_issuer(issuer) or "unknown"
        doc_type = m.get("doc_type")
        return DocCodeAttrs(
            doc_type=doc_type,
            type_code=m.get("type_code"),
            number=m.get("number"),
            numbers=list(m.get("numbers") or []),
            issuer_code=m.get("issuer_code"),
            issuer_level=level,  # type: ignore[typeddict-item]
            family=m.get("family"),  # type: ignore[typeddict-item]
            year=m.get("year"),
            date=date,
            plenum=m.get("plenum"),
            term=m.get("term"),
            issuer=issuer,
        )


@Language.factory(
    "vpd_doc_codes",
    default_config={"label": "DOC_CODE", "find_issuer": True, "find_date": True},
    assigns=["doc.ents", "span._.doc_code"],
)
def make_doc_codes(nlp: Language, name: str, label: str, find_issuer: bool, find_date: bool) -> DocCodeRecognizer:
    """Factory: ``nlp.add_pipe("vpd_doc_codes")``."""
    return DocCodeRecognizer(label=label, find_issuer=find_issuer, find_date=find_date)
