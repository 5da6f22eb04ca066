"""Writing ORG / OFFICIAL entities into ``doc.ents`` (shared by the two components).

The rule of ``docs/architecture.md``: every entity already in ``doc.ents`` is kept, and a new
span is added only where it overlaps none of them (nor a new span chosen before it). Spans
never start or end with whitespace or with ``, . ; :`` (guide §1): such characters at the edges
are left out. Where a span starts or ends inside a word token (``Trưởng Ban`` glued by the
segmenter), the token is split there — ``doc.text`` never changes.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Iterable, Optional, Sequence

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

from ...text.spans import TakenIntervals
from .._shared import doc_text

__all__ = ["add_entities", "split_tokens", "trim", "EDGE_PUNCTUATION"]

#: Characters an entity never starts or ends with (besides whitespace).
EDGE_PUNCTUATION = ",.;:"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without whitespace and :data:`EDGE_PUNCTUATION` at either edge."""
    while start < end and (text[start].isspace() or text[start] in EDGE_PUNCTUATION):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in EDGE_PUNCTUATION):
        end -= 1
    return start, end


def split_tokens(doc: Doc, offsets: Iterable[int]) -> None:
    """Split the word tokens that contain one of ``offsets`` inside them, at the space there.

    The space becomes its own whitespace token, so ``doc.text`` is unchanged; span groups in
    ``doc.spans`` are rebuilt from their character offsets (extension values are keyed by
    offsets and survive).
    """
    starts = doc.to_array(IDX).tolist()
    cuts: dict[int, set[int]] = {}
    for off in offsets:
        ti = bisect_right(starts, off) - 1
        if ti < 0:
            continue
        tok = doc[ti]
        if tok.idx < off < tok.idx + len(tok.text):
            cuts.setdefault(ti, set()).add(off - tok.idx)
    if not cuts:
        return
    saved = {
        key: ([(s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in group], dict(group.attrs))
        for key, group in doc.spans.items()
    }
    with doc.retokenize() as retok:
        for ti, rel in cuts.items():
            tok = doc[ti]
            text = tok.text
            bounds = set()
            for r in rel:
                if text[r - 1].isspace():
                    bounds.update((r - 1, r))
                elif text[r].isspace():
                    bounds.update((r, r + 1))
                else:
                    bounds.add(r)
            bounds = sorted(b for b in bounds if 0 < b < len(text))
            orths = [text[a:b] for a, b in zip([0, *bounds], [*bounds, len(text)]) if b > a]
            if len(orths) < 2:
                continue
            retok.split(tok, orths, heads=[(tok, k) for k in range(len(orths))])
    for key, (spans, attrs) in saved.items():
        group = []
        for s, e, label, kb, sid in spans:
            sp = doc.char_span(s, e, label=label, kb_id=kb, span_id=sid, alignment_mode="expand")
            if sp is not None:
                group.append(sp)
        doc.spans[key] = group
        doc.spans[key].attrs.update(attrs)


def add_entities(doc: Doc, items: Sequence[tuple[int, int, dict[str, Any]]], label: str, ext: str,
                 text: Optional[str] = None) -> list[Span]:
    """Add ``(start_char, end_char, attrs)`` entities of ``label`` (attributes on ``span._.<ext>``),
    trimmed (:func:`trim`), that overlap no existing entity; earlier and longer items first.
    ``text``: ``doc.text`` when the caller has it."""
    if not items:
        return []
    if text is None:
        text = doc_text(doc)
    taken = TakenIntervals((e.start_char, e.end_char) for e in doc.ents)
    chosen: list[tuple[int, int, dict[str, Any]]] = []
    trimmed = [(*trim(text, s, e), a) for s, e, a in items]
    for s, e, a in sorted(trimmed, key=lambda x: (x[0], -(x[1] - x[0]))):
        if s >= e or not taken.free(s, e):
            continue
        chosen.append((s, e, a))
        taken.add(s, e)
    if not chosen:
        return []
    split_tokens(doc, [x for s, e, _ in chosen for x in (s, e)])
    spans = []
    for s, e, a in chosen:
        sp = doc.char_span(s, e, label=label)
        if sp is None:
            continue
        spans.append((sp, a))
    doc.set_ents([sp for sp, _ in spans], default="unmodified")
    out = []
    for sp, a in spans:
        setattr(sp._, ext, a)
        out.append(sp)
    return out
