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

:func:`string_lookup` gives a dict from string hashes (``ORTH``, ``NORM``) to strings that fills
itself from the vocabulary, so ``list(map(lookup.__getitem__, hashes))`` costs a dict look-up per
token.
"""

from __future__ import annotations

import weakref
from typing import Any

from spacy.attrs import ORTH, SPACY
from spacy.strings import StringStore
from spacy.tokens import Doc

__all__ = ["doc_text", "doc_has_digit", "remember_text", "string_lookup", "StringLookup", "has_digit"]

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
    look = string_lookup(doc.vocab.strings).__getitem__
    text = "".join([look(o) + " " if sp else look(o) for o, sp in doc.to_array([ORTH, SPACY]).tolist()])
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


class StringLookup(dict):  # type: ignore[type-arg]
    """``hash -> str`` for one ``StringStore``, filled on first use of each hash."""

    __slots__ = ("store",)

    def __init__(self, store: StringStore) -> None:
        super().__init__()
        self.store = store

    def __missing__(self, key: int) -> str:
        value = self[key] = self.store[key]
        return value


#: one look-up per StringStore, the most recent few (keyed by id; an entry keeps its store alive,
#: so an id is never reused while its entry exists). A process usually has one vocabulary.
_LOOKUPS: dict[int, StringLookup] = {}
_MAX_LOOKUPS = 4


def string_lookup(store: StringStore) -> StringLookup:
    """The :class:`StringLookup` of ``store``."""
    found = _LOOKUPS.get(id(store))
    if found is None or found.store is not store:
        if len(_LOOKUPS) >= _MAX_LOOKUPS:
            del _LOOKUPS[next(iter(_LOOKUPS))]  # the oldest
        found = _LOOKUPS[id(store)] = StringLookup(store)
    return found


#: the digits Vietnamese text writes numbers with: ASCII, and full-width ones from East Asian input
#: methods (other scripts' digits do not occur in it)
_DIGITS = "0123456789０１２３４５６７８９"


def has_digit(text: str) -> bool:
    """Whether ``text`` holds an ASCII or a full-width digit: a substring test per digit, several
    times faster than a regular-expression search for ``\\d``."""
    return any(map(text.__contains__, _DIGITS))
