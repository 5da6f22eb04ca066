"""``OrgAttrs`` (``org_type``, ``level``, ``place``, ``canonical``) of an organisation name."""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Span

from ...attributes import OrgAttrs
from ...patterns import organisations as P
from ...text.lexing import Lexed
from ...text.normalize import norm_key, normalize
from .grammar import org_at
from .lexicon import Context, Elem, lexicon, norm_set
from .phrases import lex_text
from .places import central, level_place

__all__ = ["describe", "canonical", "attributes_for"]

_SUB_UNITS = frozenset(P.SUB_UNIT_HEADS)
_CITY_IN_ONE_WORD = norm_set(P.CITY_IN_ONE_WORD)


def describe(lx: Lexed, i: int, j: int, elems: Optional[Sequence[Elem]] = None) -> OrgAttrs:
    """``OrgAttrs`` of the pieces ``[i, j)``; ``elems`` are the parsed parts when known."""
    if elems is None:
        elems = _tag(lx, i, j)
    org_type = "other"
    level = "unknown"
    place: Optional[str] = None
    first = next((e for e in elems if e.role in ("head", "body", "committee")), None)
    central_cities = lexicon().central_cities
    if first is not None:
        org_type = first.org_type
        parent = next((e for e in elems if e.role in ("head", "body", "committee") and e is not first), None)
        if first.canonical in _SUB_UNITS and parent is not None:
            if parent.org_type in ("people_council", "people_committee"):
                org_type = parent.org_type if first.canonical == "Thường trực" else "state_agency"
            elif parent.org_type in ("state_agency",):
                org_type = "state_agency"
            elif parent.org_type == "steering_committee":
                org_type = "steering_committee"
        if first.canonical == "Chi bộ" or first.canonical == "Chi ủy":
            level = "grassroots"
    for e in elems:
        if e.role == "place" and place is None:
            place = e.canonical
        if level != "unknown":
            continue
        if e.role in ("head", "body", "committee"):
            if e.canonical == "Thành ủy":
                level = "province"
                nxt = [x for x in elems if x.role == "place" and x.i >= e.j]
                if nxt and norm_key(nxt[0].canonical) not in central_cities:
                    lv = [x for x in elems if x.role == "level" and x.i >= e.j]
                    level = lv[0].level if lv else "district"
            elif e.canonical == "Chi bộ":
                level = "grassroots"
            elif e.level != "unknown":
                level = e.level
        elif e.role in ("level", "central", "bloc") and e.level:
            level = e.level
        elif e.role == "name" and e.level == "bloc":
            level = "bloc"
    return {"org_type": org_type, "level": level, "place": place, "canonical": canonical(lx, i, j, elems)}


def _tag(lx: Lexed, i: int, j: int) -> list[Elem]:
    """Parts of any span, for spans not produced by the grammar (a model's, say)."""
    c = Context(lx)
    out: list[Elem] = []
    k = i
    while k < j:
        r = org_at(c, k, 0, None, False)
        if r is not None and r[0] <= j:
            out.extend(r[1])
            k = r[0]
            continue
        m = c.L.orgs.match(lx, k, j)
        if m is not None:
            e = m[1]
            out.append(Elem(e.cat, k, m[0], e.canonical, e.org_type, e.level, e.kind))
            k = m[0]
            continue
        lp = level_place(c, k)
        if lp and lp[-1].j <= j:
            out.extend(lp)
            k = lp[-1].j
            continue
        cen = central(c, k)
        if cen and cen[-1].j <= j:
            out.extend(cen)
            k = cen[-1].j
            continue
        k += 1
    return out


def canonical(lx: Lexed, i: int, j: int, elems: Sequence[Elem] = ()) -> str:
    """Abbreviations expanded, spelling normalised, heads in their canonical case."""
    by_start = {e.i: e for e in elems if i <= e.i < e.j <= j}
    parts: list[str] = []
    k = i
    while k < j:
        sep = " " if parts and lx.gap[k] else ""
        e = by_start.get(k)
        if e is not None:
            if e.role == "bracket":
                k = e.j
                continue
            if e.role in ("head", "body", "committee", "level", "central", "place"):
                text = e.canonical
                if e.role == "place" and lx.norms[e.i] in _CITY_IN_ONE_WORD:
                    text = "thành phố Hồ Chí Minh"
                if text:
                    parts.append(sep + text)
                k = max(e.j, k + 1)
                continue
            if e.role == "field":
                t = normalize(lx.text[lx.starts[e.i] : lx.ends[e.j - 1]])
                parts.append(sep + P.ABBREVIATIONS.get(norm_key(t), t))
                k = e.j
                continue
        # drop a bracketed abbreviation in the middle: "Ủy ban Kiểm tra (UBKT) Trung ương"
        if lx.texts[k] == "(" and k > i:
            close = next((x for x in range(k + 1, min(j, k + 6)) if lx.texts[x] == ")"), None)
            if close is not None and close + 1 < j and all(
                    lx.cap[x] == 2 or lx.norms[x] in P.ABBREVIATIONS for x in range(k + 1, close)):
                k = close + 1
                continue
        nk = lx.norms[k]
        if nk in P.ABBREVIATIONS and (lx.cap[k] == 2 or "." in nk or "&" in nk):
            parts.append(sep + P.ABBREVIATIONS[nk])
        else:
            parts.append(sep + normalize(lx.texts[k]))
        k += 1
    return "".join(parts).strip()


def attributes_for(span: Span) -> OrgAttrs:
    """``OrgAttrs`` of any span of a ``Doc`` (e.g. one proposed by a statistical model)."""
    lx = lex_text(span.text)
    return describe(lx, 0, lx.n)
