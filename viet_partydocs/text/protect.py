"""Regular expressions for the pieces the tokenizer keeps whole.

:data:`PIECES` (``PIECES.finditer(text)``) cuts a text into *pieces* that cover it exactly: whitespace runs, and non-space
pieces of a few kinds. Document codes, dates, times, numbers, percentages, ratios, URLs and
e-mail addresses are single pieces, so they become single tokens and are never glued to the
word after them. Square and cubic units (``m2``, ``km2``, ``cm3``, ``m²``, ``km³``) are single
pieces too, so ``320.000 m2`` is never read as ``m`` and a number ``2``. Word pieces are
syllables (letters, with any combining marks, and an inner apostrophe as in ``H'Mông``); the word
segmenter later joins syllables into words.
"""

from __future__ import annotations

import re
__all__ = ["PIECES", "PARTY_CODE", "STATE_CODE", "VN_NUMBER", "SQUARE_UNIT"]

_UP = "A-ZĐÐÀ-ÝĂÂÊÔƠƯẠ-Ỹ"          # upper-case letters that start an abbreviation
_AL = "A-Za-zĐđÐðÀ-ỹ"              # letters allowed inside an abbreviation
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"

#: A Vietnamese-written number: ``2.948``, ``96,7``, ``1.234,5`` (also ``02133.876.460``).
VN_NUMBER = r"\d+(?:[.,]\d+)*"
_ABBR = rf"[{_UP}][{_AL}]{{0,6}}"          # NQ, QĐ, QĐi, CTr, Ctr, CTHĐ, QĐNS …
_ISSUER = rf"[{_UP}][{_AL}0-9]{{0,11}}"      # TU, HU, ĐUK, BTCTW, UBKTTW, QH13 …
#: Party code: number, hyphen, type, slash, issuer(s): ``07-NQ/TU``, ``05-QC/BTCTU-BDVTU``,
#: ``858CV/ĐUK`` (hyphen missing) and ``07-NQ-TU`` (hyphen for the slash).
PARTY_CODE = rf"\d{{1,5}}(?:-{_ABBR}|{_ABBR})(?:/{_ISSUER}(?:-{_ISSUER})*|-{_ISSUER})(?![{_AL}0-9])"
#: State code: number, optional year, slash, symbol groups joined by hyphens: ``34/2019/NĐ-CP``,
#: ``123/QĐ-UBND``, ``80/2015/QH13``, ``5973/UBND-KT``.
STATE_CODE = rf"\d{{1,5}}(?:/\d{{4}})?/{_ISSUER}(?:-{_ISSUER})*(?![{_AL}0-9])"
_DATE = (
    r"\d{4}-\d{1,2}-\d{1,2}(?!\d)"            # 2022-03-17
    r"|\d{1,2}-\d{1,2}-\d{4}(?!\d)"           # 28-12-2021
    r"|\d{1,2}:\d{2}(?::\d{2})?(?!\d)"        # 13:46, 3:22:29
)
_NUMERIC = rf"{VN_NUMBER}(?:/{VN_NUMBER})*(?:[-–]{VN_NUMBER})?(?:%|‰)?"
# Both start only at the beginning of a run of their characters, so a long run is tried once
# (linear time), not from every position in it.
_URL = (
    r"(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]]"
    r"|(?<![a-z0-9.-])(?:[a-z0-9-]+\.)+(?:vn|com|net|org|gov|edu|info)\b(?:/[^\s<>\"“”]*[^\s<>\"“”.,;:!?)\]])?"
)
_EMAIL = r"(?<![A-Za-z0-9_.+-])[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_DOTTED_ABBR = rf"[{_UP}][{_AL}]{{0,2}}\.[{_UP}][{_AL}]{{0,3}}(?![{_AL}])|v\.v\.?|T\.Ư"
_WORD = rf"[^\W\d_][{_MARKS}]*(?:[^\W\d_][{_MARKS}]*)*(?:['’][^\W\d_][{_MARKS}]*(?:[^\W\d_][{_MARKS}]*)*)?"
#: Square and cubic units, written with a digit or a superscript: ``m2``, ``km2``, ``cm3``, ``m²``,
#: ``km³``; not inside a longer word or number (``Pm2``, ``m23``).
SQUARE_UNIT = r"(?<![^\W\d_])[kcdmh]?m[23²³](?![^\W_])"
_SPECIAL = r"\.{2,}|…+|-{2,}|[!?]{2,}|=>|->"

PIECES = re.compile(
    rf"(?P<space>\s+)"
    rf"|(?P<url>{_URL})"
    rf"|(?P<email>{_EMAIL})"
    rf"|(?P<code>{PARTY_CODE}|{STATE_CODE})"
    rf"|(?P<date>{_DATE})"
    rf"|(?P<num>{_NUMERIC})"
    rf"|(?P<abbr>{_DOTTED_ABBR})"
    rf"|(?P<unit>{SQUARE_UNIT})"
    rf"|(?P<word>{_WORD})"
    rf"|(?P<special>{_SPECIAL})"
    rf"|(?P<other>.)",
    re.DOTALL,
)
"""The piece scanner: each match's ``lastgroup`` is its kind — ``space``, ``word`` (a syllable),
or a kind kept whole as one token (``url``, ``email``, ``code``, ``date``, ``num``, ``abbr``,
``unit``, ``special``, ``other``)."""
