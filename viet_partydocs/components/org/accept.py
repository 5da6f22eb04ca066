"""Specific bodies versus classes: which parsed names are ORG (guide §2 ``ORG``).

Not ORG: plurals and classes (``các chi bộ``, ``HĐND các cấp``, ``UBND xã, phường, thị trấn``)
and lower-case heads with nothing specific after them (``chi bộ``) unless a title precedes them
(``Trưởng ban Tổ chức Trung ương``). A capitalised head that needs a complement is kept only
inside a coordination (``HĐND, UBND xã Lê Hồng``): status ``"bare"``.
"""

from __future__ import annotations

from ...patterns import organisations as P
from .lexicon import TEAMS, Context, Found, norm_set
from .places import ends_with_dot

__all__ = ["plural_before", "generic_after", "accept"]

_NOT_COUNT = norm_set(P.NOT_COUNT_BEFORE_NUMBER)
_LEVEL_LIST = norm_set(P.LEVEL_LIST_JOINERS)
_PARTY_ORGANISATIONS = frozenset(P.PARTY_ORGANISATION_HEADS)


def plural_before(c: Context, i: int, through_title: bool = False) -> bool:
    """A plural or a count before piece ``i`` (``các``, ``nhiều``, ``18``); ``through_title``: also
    before a title that comes first (``các Bí thư Tỉnh ủy``)."""
    lx = c.lx
    if i == 0 or lx.gap[i] == 2:
        return False
    if through_title:
        t = c.L.real_titles.match_back(lx, i)
        if t is not None and t[0] < i:
            return plural_before(c, t[0])
    prev = i - 1
    if lx.kinds[prev] == "num":
        if len(lx.norms[prev]) == 4 and lx.norms[prev][:2] in ("19", "20"):
            return False  # a year: "năm 2017 UBKT Thành ủy …"
        return not (prev > 0 and lx.norms[prev - 1] in _NOT_COUNT)
    return c.L.plural.match_back(lx, i) is not None


def generic_after(c: Context, j: int) -> bool:
    """A word at ``j`` that makes the name before it a class (``các cấp``, ``cấp tỉnh``, ``cơ sở``)."""
    lx = c.lx
    if j >= lx.n or lx.gap[j] == 2 or ends_with_dot(lx, j):
        return False
    return c.L.generic.match(lx, j) is not None


def accept(c: Context, f: Found) -> str:
    """``"ok"``, ``"no"``, or ``"bare"`` (a bare head kept only inside a coordination)."""
    lx = c.lx
    head = f.elems[0]
    if plural_before(c, f.i):
        return "no"
    last = f.elems[-1]
    bare = len(f.elems) == 1
    if last.role in ("head", "committee", "level", "body") and generic_after(c, f.j):
        return "no"
    if last.role == "level" and f.j < lx.n and lx.gap[f.j] != 2:
        # "UBND xã, phường, thị trấn": a class of bodies
        k = f.j + 1 if lx.norms[f.j] in _LEVEL_LIST else None
        if k is not None and k < lx.n and c.L.levels.match(lx, k) is not None:
            return "no"
    lower = not any(lx.cap[k] for k in range(head.i, head.j))
    titled = c.title_before(f.i)
    if bare:
        if head.role == "head":
            if head.canonical in TEAMS:
                return "ok"
            if lower:
                return "ok" if titled and head.kind in ("board", "team", "party") and head.j - head.i > 1 \
                    and head.canonical not in _PARTY_ORGANISATIONS else "no"
            return "ok" if head.alone else "bare"
        if lower:
            return "ok" if titled and head.role == "committee" else "no"
        return "ok"
    if lower:
        if titled:
            return "ok"
        roles = {e.role for e in f.elems[1:]}
        if roles & {"place", "committee", "central", "body", "name", "field", "number"}:
            return "ok"
        if head.canonical == "Đảng bộ" and any(e.level in ("province", "district") for e in f.elems[1:]):
            return "ok"
        return "no"
    return "ok"
