"""Normalisation of Vietnamese text for matching (never for output).

The pipeline keeps ``doc.text`` byte-for-byte equal to its input; rules match on a normalised
copy instead:

* Unicode NFC (decomposed input such as ``o`` + U+0301 becomes ``ó``);
* ``Ð``/``ð`` (U+00D0/U+00F0, the Icelandic eth often typed for ``Đ``) become ``Đ``/``đ``;
* one tone-placement convention, the one of the annotation guide (``Ủy``, ``hóa``): in the open
  syllables ``oa``, ``oe``, ``uy`` the old style puts the tone on the second vowel
  (``uỷ``, ``hoá``, ``khoẻ``); we move it to the first (``ủy``, ``hóa``, ``khỏe``);
* every whitespace character other than a line break becomes a plain space.

:func:`normalize` returns the normalised string. :func:`normalize_with_offsets` also returns, for
every character of the normalised string, the offset of the input character it comes from, so a
match found in the normalised text can be mapped back to the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["normalize", "normalize_with_offsets", "norm_key", "fix_tones", "LINE_BREAKS"]

#: Characters that end a paragraph (guide §1 speaks of ``\n``; the others are its Unicode kin).
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

# Non-line-break whitespace -> " " (length preserving).
_SPACE_TABLE = {
    ord(c): " "
    for c in "\t\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\x1f"
}
_SPACE_TABLE.update({0xD0: "Đ", 0xF0: "đ"})
_TRANSLATED = re.compile("[" + "".join(map(chr, _SPACE_TABLE)) + "]")


def _translate(text: str) -> str:
    """``text.translate(_SPACE_TABLE)``, skipped when nothing in the text needs it (the usual case)."""
    return text.translate(_SPACE_TABLE) if _TRANSLATED.search(text) else text

# Old-style tone placement: (o|u) followed by a toned (a|e|y) at the end of a syllable.
_TONES = {  # combining tone mark -> (grave, acute, hook, tilde, dot)
    "\u0300": 0, "\u0301": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4,
}
_TONED_SECOND = {}
for _base in "aeyAEY":
    for _mark in _TONES:
        _TONED_SECOND[unicodedata.normalize("NFC", _base + _mark)] = (_base, _mark)
_OLD_STYLE = re.compile(  # "qu" + toned y ("quý") is a consonant + vowel, not old style
    # the look-behind comes after the first letter so that the search can skip to an o/u
    r"([oO])(?<![qQ][oO])([" + "".join(k for k, v in _TONED_SECOND.items() if v[0] in "aeAE") + r"])(?!\w)"
    r"|([uU])(?<![qQ][uU])([" + "".join(k for k, v in _TONED_SECOND.items() if v[0] in "yY") + r"])(?!\w)"
)


_SPACES = re.compile(" {2,}")


def _move_tone(m: re.Match[str]) -> str:
    first = m.group(1) or m.group(3)
    second = m.group(2) or m.group(4)
    base, mark = _TONED_SECOND[second]
    return unicodedata.normalize("NFC", first + mark) + base


def fix_tones(text: str) -> str:
    """Move old-style tone marks to the first vowel (``uỷ`` → ``ủy``), keeping the length: the
    last step of :func:`normalize`, for callers that normalise the rest of a text first and only
    parts of it fully (``normalize_with_offsets(text, tones=False)``)."""
    return _OLD_STYLE.sub(_move_tone, text)


def normalize(text: str) -> str:
    """Return the normalised form of ``text`` (see the module docstring).

    >>> normalize("Uỷ ban Kiểm tra, hoá, Ðảng")
    'Ủy ban Kiểm tra, hóa, Đảng'
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return fix_tones(_translate(text))


@lru_cache(maxsize=200_000)
def norm_key(text: str) -> str:
    """Lower-cased :func:`normalize`, with runs of spaces collapsed: the value of ``token.norm_``."""
    out = normalize(text).lower()
    return _SPACES.sub(" ", out) if "  " in out else out


def normalize_with_offsets(text: str, tones: bool = True) -> tuple[str, list[int] | None]:
    """Normalise ``text`` and map each normalised character back to the input.

    Returns ``(normalised, offsets)``. ``offsets`` is ``None`` when the normalisation kept every
    character in place (the common case: NFC input), so ``normalised[i]`` comes from
    ``text[i]``. Otherwise ``offsets`` has ``len(normalised) + 1`` entries: ``offsets[i]`` is the
    input offset of normalised character ``i`` and the last entry is ``len(text)``, so a span
    ``[s, e)`` of the normalised text is ``[offsets[s], offsets[e])`` of the input.

    ``tones=False`` leaves old-style tone marks in place (:func:`fix_tones` does that step alone
    and keeps the length, so the offsets hold either way).
    """
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        out = _translate(text)
        return (fix_tones(out) if tones else out), None
    # Compose cluster by cluster (base character + its combining marks) to keep the map exact.
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and _COMBINING.match(text, j):
            j += 1
        composed = unicodedata.normalize("NFC", text[i:j])
        out.append(composed)
        offsets.extend([i] * len(composed))
        i = j
    offsets.append(n)
    norm = _translate("".join(out))
    return (fix_tones(norm) if tones else norm), offsets
