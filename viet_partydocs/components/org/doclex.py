"""The lexed text of a ``Doc``, computed once for the ORG and OFFICIAL components.

``vpd_officials`` runs right after ``vpd_organisations`` on the same ``Doc`` and reads the same
pieces, so :func:`lex_doc` keeps the :class:`~viet_partydocs.text.lexing.Lexed` of the most recent
Docs in :data:`DOC_LEX_CACHE`:

* keyed by the ``Doc`` object itself, held by a weak reference (a cached entry never keeps a
  ``Doc`` alive, and goes when its ``Doc`` is collected), and checked against the Doc's text
  (``Doc.from_bytes`` may refill an empty Doc object);
* bounded: at most ``size`` Docs, least recently used dropped first;
* per process: with ``nlp.pipe(n_process=2)`` each worker runs every component on its own Docs
  and has its own cache; a component that runs alone (officials without organisations) or on a
  Doc the cache has dropped simply lexes the text again — the result is the same, only slower.

Pieces never depend on the tokens, so a hit stays right after the organisations component has
split tokens; the piece → token index is rebuilt from the Doc's current tokens on every call.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from copy import copy
from typing import Optional

from spacy.attrs import IDX
from spacy.tokens import Doc

from ...text.lexing import Lexed, TokenIndex
from .._shared import doc_text
from .phrases import lex_text

__all__ = ["DocLexCache", "DOC_LEX_CACHE", "lex_doc"]


class DocLexCache:
    """The ``Lexed`` of at most ``size`` live Docs, keyed by the Doc object (see the module docstring)."""

    def __init__(self, size: int = 16) -> None:
        self.size = size
        self._items: OrderedDict[int, tuple[weakref.ref[Doc], Lexed]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, doc: Doc, text: str) -> Optional[Lexed]:
        """The cached ``Lexed`` of ``doc`` if its text is still ``text``, else None."""
        key = id(doc)
        item = self._items.get(key)
        if item is None:
            return None
        ref, lx = item
        if ref() is not doc or lx.text != text:
            del self._items[key]
            return None
        self._items.move_to_end(key)
        return lx

    def put(self, doc: Doc, lx: Lexed) -> None:
        key = id(doc)
        items = self._items

        def drop(ref: "weakref.ref[Doc]") -> None:  # the Doc was collected
            item = items.get(key)
            if item is not None and item[0] is ref:
                del items[key]

        items[key] = (weakref.ref(doc, drop), lx)
        items.move_to_end(key)
        while len(items) > self.size:
            items.popitem(last=False)


#: The cache :func:`lex_doc` uses (one per process).
DOC_LEX_CACHE = DocLexCache()


def lex_doc(doc: Doc, tokens: bool = True) -> Lexed:
    """The pieces of ``doc.text`` with the token of each piece (:attr:`Lexed.tok`); with
    ``tokens=False`` a cached result keeps the token index it had (for callers that never read it)."""
    if not len(doc):
        return lex_text(doc.text, [])
    text = doc_text(doc)
    cached = DOC_LEX_CACHE.get(doc, text)
    if cached is None:
        lx = lex_text(text, doc.to_array(IDX).tolist())
        DOC_LEX_CACHE.put(doc, lx)
        return lx
    lx = copy(cached)
    if tokens:
        lx.tok = TokenIndex(lx.starts, doc.to_array(IDX).tolist())
    return lx
