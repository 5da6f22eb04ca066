"""``doc.text`` without its cost, and token strings without a ``StringStore`` look-up each.

``Doc.text`` builds a ``Token`` object per token; for components that run on every paragraph of
thousands of documents that is a large part of their time. The tokenizer remembers the text it
was given (:func:`remember_text`); :func:`doc_text` returns it, or builds it once from the token
array for a ``Doc`` made some other way. Retokenizing merges or splits tokens, never characters,
so the remembered text stays true. ``Doc.from_bytes`` refills an empty ``Doc`` object in place,
which :func:`doc_text` notices (when the number of tokens changed, it checks that the last token
still ends where the remembered text does);
overwriting the whitespace flags with ``Doc.from_array([SPACY], …)`` leaves token offsets stale in
spaCy itself and is not supported. Entries are weak: they go with the ``Doc``. The remembered
text is the input string itself (no copy), kept alive as long as its ``Doc``.

:func:`strings_of` turns string hashes (``ORTH``, ``NORM``) into strings through one table shared
by every vocabulary, a dict look-up per token once the strings are known.
"""

from __future__ import annotations

import weakref
from typing import Any, Callable, Optional, Sequence

from spacy.attrs import ORTH, SPACY
from spacy.strings import StringStore
from spacy.tokens import Doc

__all__ = ["doc_text", "doc_has_digit", "remember_text", "strings_of", "has_digit"]

#: Doc -> [its text, the number of tokens it had when the text was last checked, whether the
#: text has a digit (None: not asked yet)]
_TEXTS: "weakref.WeakKeyDictionary[Doc, list[Any]]" = weakref.WeakKeyDictionary()


def remember_text(doc: Doc, text: str) -> None:
    """Record that ``doc.text == text`` (the tokenizer calls this for every ``Doc`` it makes)."""
    _TEXTS[doc] = [text, len(doc), None]


def _entry(doc: Doc) -> list[Any]:
    entry = _TEXTS.get(doc)
    n = len(doc)
    if entry is not None:
        if entry[1] == n:
            return entry
        # the tokens changed: retokenized (same text) or refilled in place (a new text)
        last = doc[-1] if n else None
        if (last.idx + len(last.text_with_ws) if last is not None else 0) == len(entry[0]):
            entry[1] = n
            return entry
    orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist() if n else ([], [])
    text = "".join([t + " " if sp else t for t, sp in zip(strings_of(orths, [doc.vocab.strings]), spaces)])
    entry = _TEXTS[doc] = [text, n, None]
    return entry


def doc_text(doc: Doc) -> str:
    """``doc.text``: the remembered text, else built from the token array (and remembered)."""
    return _entry(doc)[0]  # type: ignore[no-any-return]


def doc_has_digit(doc: Doc) -> bool:
    """:func:`has_digit` of ``doc_text(doc)``, computed once per ``Doc``."""
    entry = _entry(doc)
    if entry[2] is None:
        entry[2] = has_digit(entry[0])
    return entry[2]  # type: ignore[no-any-return]


#: hash -> string, shared by every vocabulary (a hash names the same string in all of them)
_STRINGS: dict[int, str] = {}
_MAX_STRINGS = 500_000


def strings_of(
    hashes: list[int], stores: Sequence[StringStore], cache: Optional[dict[int, str]] = None,
    convert: Optional[Callable[[str], str]] = None,
) -> list[str]:
    """The string of each hash (``ORTH``, ``NORM`` …), through ``convert`` if given, remembered in
    ``cache`` (default: the shared ``hash -> string`` table; a ``convert`` needs a cache of its own).
    A list with every hash remembered costs one dict look-up per hash; the others are read from the
    first of ``stores`` that has them. The table is emptied when it grows past 500,000 entries."""
    table = _STRINGS if cache is None else cache
    try:
        return list(map(table.__getitem__, hashes))
    except KeyError:
        pass
    if len(table) > _MAX_STRINGS:
        table.clear()
    get = table.get
    out = []
    for h in hashes:
        value = get(h)
        if value is None:
            string = next(store[h] for store in stores if h in store)
            value = table[h] = convert(string) if convert is not None else string
        out.append(value)
    return out


#: the digits Vietnamese text writes numbers with: ASCII, and full-width ones from East Asian input
#: methods (other scripts' digits do not occur in it)
_DIGITS = "0123456789０１２３４５６７８９"


def has_digit(text: str) -> bool:
    """Whether ``text`` holds an ASCII or a full-width digit: a substring test per digit, several
    times faster than a regular-expression search for ``\\d``."""
    return any(map(text.__contains__, _DIGITS))
