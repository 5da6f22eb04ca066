"""The officials of a document, in two passes (titled mentions, then back-references), and the
``OfficialAttrs`` of any span naming a person."""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple, Optional

from spacy.tokens import Doc, Span

from ...attributes import OfficialAttrs
from ...text.lexing import Lexed
from ...text.normalize import norm_key
from ..org.doclex import lex_doc
from ..org.entities import trim
from .analyser import Analyser, Mention
from .lexicon import lexicon

__all__ = ["Person", "find_officials", "official_attrs", "analyse_doc", "attributes_for", "piece_range"]


class Person(NamedTuple):
    title: Optional[str]
    organisation: Optional[str]


def piece_range(lx: Lexed, start_char: int, end_char: int) -> Optional[tuple[int, int]]:
    """The pieces ``[a, b)`` of a character range that starts at a piece, or None."""
    a = bisect_left(lx.starts, start_char)
    b = bisect_left(lx.starts, end_char)
    if a >= lx.n or lx.starts[a] != start_char or b == a:
        return None
    return a, b


def _text(lx: Lexed, r: Optional[tuple[int, int]]) -> Optional[str]:
    """The text of pieces ``r`` as written, without a full stop or comma at its edges."""
    if r is None:
        return None
    s, e = trim(lx.text, lx.starts[r[0]], lx.ends[r[1] - 1])
    return lx.text[s:e]


def find_officials(lx: Lexed, orgs: list[tuple[int, int]], taken: set[int]) -> list[tuple[Mention, Person]]:
    """OFFICIAL mentions of a lexed document: ``(mention, person)`` pairs, in text order.
    ``orgs``: piece ranges of the ORG entities; ``taken``: pieces of entities already there."""
    an = Analyser(lx, orgs, taken)
    L = an.L
    cands = an.mentions()
    # signature blocks
    for idx, (m, titled) in enumerate(cands):
        if not titled and m.j - m.i >= 2 and an.is_name(m.i, m.j, strict=True):
            sig = an.signature(m.i, m.j)
            if sig is not None:
                cands[idx] = (m._replace(title=sig), True)
    # every titled mention of each person, in text order: (first piece, person)
    known: dict[tuple[str, ...], list[tuple[int, Person]]] = {}
    for m, titled in cands:
        if titled:
            known.setdefault(tuple(lx.norms[m.i : m.j]), []).append((m.i, Person(_text(lx, m.title), _text(lx, m.org))))
    # the shorter names of each person: the last one or two syllables of a longer titled name, the
    # longest name first, so a short name never stands for another short name
    suffixes: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in sorted(known, key=len, reverse=True):
        for L2 in (1, 2):
            if len(key) > L2:
                suffixes.setdefault(key[-L2:], key)
    # a titled mention by the shorter name only ("ông Hoàng là phó trưởng phòng …") is a title of
    # the person of the full name
    for key in [k for k in known if k in suffixes]:
        known[suffixes[key]].extend(known.pop(key))
    for mentions in known.values():
        mentions.sort(key=lambda x: x[0])
    out: list[tuple[Mention, Person]] = []
    for m, titled in cands:
        key = tuple(lx.norms[m.i : m.j])
        if titled:
            out.append((m, Person(_text(lx, m.title), _text(lx, m.org))))
            continue
        full = key if key in known else (suffixes.get(key) if m.honorific is not None else None)
        if full is None:
            continue
        if m.honorific is None and L.set_before.match_back(lx, m.i) is not None:
            continue  # "tư tưởng, đạo đức, phong cách Hồ Chí Minh"
        if m.honorific is None and m.i > 0 and lx.gap[m.i] != 2 and lx.norms[m.i - 1] in L.not_before:
            continue  # "Bác Hồ"
        out.append((m, _in_force(known[full], m.i)))
    return out


def _in_force(titled: list[tuple[int, Person]], i: int) -> Person:
    """The person as titled at the nearest titled mention before piece ``i`` (the title in force
    at that point of the text), else at the first one after it (``titled``: in text order)."""
    k = bisect_left(titled, i, key=lambda x: x[0])
    return titled[k - 1][1] if k else titled[0][1]


def official_attrs(lx: Lexed, m: Mention, person: Person) -> OfficialAttrs:
    """The ``OfficialAttrs`` of a mention (the honorific as written, without a count before it)."""
    hon = None
    if m.honorific:
        a, b = m.honorific
        if b - a > 1 and lx.norms[a] in lexicon().honorific_counts:
            a += 1  # "các đồng chí A và B" → "đồng chí"
        hon = lx.text[lx.starts[a] : lx.ends[b - 1]]
    return {"title": person.title, "honorific": hon, "organisation": person.organisation}


def analyse_doc(doc: Doc, ignore: tuple[str, ...] = ()) -> tuple[Lexed, list[tuple[Mention, Person]]]:
    """Lex ``doc`` and find its officials; entities already there block names, except ``ignore``'s."""
    lx = lex_doc(doc, tokens=False)
    orgs = []
    taken: set[int] = set()
    for e in doc.ents:
        r = piece_range(lx, e.start_char, e.end_char)
        if r is None:
            continue
        if e.label_ not in ignore:
            taken.update(range(*r))
        if e.label_ == "ORG":
            orgs.append(r)
    return lx, find_officials(lx, orgs, taken)


def attributes_for(span: Span) -> OfficialAttrs:
    """``OfficialAttrs`` of any span naming a person (e.g. one proposed by a statistical model):
    the title and honorific around it, or those of the same person elsewhere in the document."""
    doc = span.doc
    lx, found = analyse_doc(doc, ignore=("OFFICIAL",))
    key = norm_key(span.text).split()
    best = None
    for m, person in found:
        if lx.starts[m.i] == span.start_char and lx.ends[m.j - 1] == span.end_char:
            return official_attrs(lx, m, person)
        if best is None and tuple(lx.norms[m.i : m.j])[-len(key) :] == tuple(key):
            best = person
    # not found by the rules: look at the words around the span
    r = piece_range(lx, span.start_char, span.end_char)
    if r is None:
        return {"title": best.title if best else None, "honorific": None,
                "organisation": best.organisation if best else None}
    orgs = []
    for e in doc.ents:
        rr = piece_range(lx, e.start_char, e.end_char)
        if rr is not None and e.label_ == "ORG":
            orgs.append(rr)
    an = Analyser(lx, orgs, set())
    i, j = r
    hon = an.honorific_before(i)
    title, org, rank = an.title_back(i)
    if title is None:
        q = an.sep_at(j)
        if q is not None:
            fwd = an.title_chain(q)
            if fwd is not None:
                title, org = (fwd[0], fwd[1]), fwd[2]
    if title is not None and hon is None:
        hon = an.honorific_before(title[0])
    t = _text(lx, title) or (best.title if best else None) or _text(lx, rank)
    o = _text(lx, org) or (best.organisation if best else None)
    return {"title": t, "honorific": _text(lx, hon), "organisation": o}
