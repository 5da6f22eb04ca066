"""Every organisation name of a lexed text (:func:`find_organisations`)."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Iterable, Optional, Sequence

from ...patterns import organisations as P
from ...text.lexing import Lexed
from .accept import accept, plural_before
from .grammar import org_at
from .lexicon import COMPANIES, COORD, Context, Elem, Found, norm_set
from .names import bracket
from .references import abbreviation_references, back_references

__all__ = ["find_organisations", "blocked_pieces"]

_CLASS_AFTER_LIST = norm_set(P.CLASS_AFTER_LIST)


def blocked_pieces(lx: Lexed, blocked: Iterable[tuple[int, int]]) -> set[int]:
    """The pieces that overlap one of the character ranges ``blocked``."""
    out: set[int] = set()
    for bs, be in blocked:
        k = max(0, bisect_right(lx.starts, bs) - 1)
        while k < lx.n and lx.starts[k] < be:
            if lx.ends[k] > bs:
                out.add(k)
            k += 1
    return out


def find_organisations(lx: Lexed, blocked: Optional[Sequence[tuple[int, int]]] = None,
                       aliases: bool = True) -> list[Found]:
    """Every organisation name in ``lx``, longest first, left to right, not overlapping ``blocked``
    (character ranges of entities already present); ``aliases``: also back-references and later
    bare uses of a bracketed abbreviation."""
    c = Context(lx)
    firsts = c.L.orgs.lengths
    blocked_set = blocked_pieces(lx, blocked or ())
    abbrevs: dict[str, Found] = {}
    cands = _candidates(c, firsts, blocked_set, abbrevs)
    _share_coordinated(c, cands)
    _drop_class_chains(c, cands)
    out = [f for f, st in cands if st == "ok"]
    if aliases:
        out = back_references(c, out, blocked_set)
        out = abbreviation_references(c, out, abbrevs, blocked_set)
    return out


def _candidates(c: Context, firsts: dict[str, Any], blocked: set[int], abbrevs: dict[str, Found]) -> list[list[Any]]:
    """``[found, status]`` of each parse, left to right; fills ``abbrevs`` (trailing ``(ABBR)``)."""
    lx = c.lx
    n = lx.n
    cands: list[list[Any]] = []
    i = 0
    while i < n:
        if lx.norms[i] not in firsts or i in blocked:
            i += 1
            continue
        if c.L.orgs.match(lx, i) is None:
            i += 1
            continue
        r = org_at(c, i, 0, None, c.title_before(i))
        if r is None:
            i += 1
            continue
        j, elems = r
        f = Found(i, j, tuple(elems))
        if any(k in blocked for k in range(i, j)):
            # shrink to the part before the blocked entity
            k = next(k for k in range(i, j) if k in blocked)
            elems2 = tuple(e for e in elems if e.j <= k)
            if not elems2:
                i += 1
                continue
            f = Found(i, elems2[-1].j, elems2)
        status = accept(c, f)
        if status == "no":
            i = max(i + 1, f.elems[0].j)
            continue
        cands.append([f, status])
        # a trailing bracketed abbreviation is its own span: "… (UBKT)"
        b = bracket(c, f.j)
        short = b is not None and b - f.j == 3 and lx.cap[f.j + 1] == 2
        if not short and f.elems[0].canonical in COMPANIES and f.j + 2 < n and lx.texts[f.j] == "(" \
                and lx.texts[f.j + 2] == ")" and lx.cap[f.j + 1] == 1 and len(lx.texts[f.j + 1]) >= 4 \
                and lx.kinds[f.j + 1] == "word" and c.L.provinces.match(lx, f.j + 1) is None:
            b, short = f.j + 3, True  # "Tập đoàn Hóa chất Việt Nam (Vinachem)"
        if status == "ok" and short and f.j + 1 not in blocked:
            ab = Found(f.j + 1, f.j + 2, (Elem("abbr", f.j + 1, f.j + 2, lx.texts[f.j + 1], "", "", ""),), f)
            cands.append([ab, "ok"])
            abbrevs[lx.norms[f.j + 1]] = f
            i = b
            continue
        i = f.j
    return cands


def _share_coordinated(c: Context, cands: list[list[Any]]) -> None:
    """Coordinated bodies share the specific part of the last one: ``HĐND, UBND xã Lê Hồng``."""
    lx = c.lx
    for idx in range(len(cands) - 2, -1, -1):
        f, status = cands[idx]
        if status != "bare":
            continue
        g, st2 = cands[idx + 1]
        if st2 == "ok" and g.i - f.j == 1 and lx.norms[f.j] in COORD and lx.gap[g.i] != 2:
            cands[idx][1] = "ok"


def _drop_class_chains(c: Context, cands: list[list[Any]]) -> None:
    """A coordination of bare heads that is a class as a whole: ``của Đảng ủy, HĐND, UBND và các
    đoàn thể cấp xã``, ``các Bí thư Tỉnh ủy, Thành ủy, Đảng ủy``."""
    lx = c.lx
    idx = 0
    while idx < len(cands):
        end = idx
        while end + 1 < len(cands) and cands[end + 1][0].i - cands[end][0].j == 1 \
                and lx.norms[cands[end][0].j] in COORD and lx.gap[cands[end + 1][0].i] != 2:
            end += 1
        chain = cands[idx : end + 1]
        first, last = chain[0][0], chain[-1][0]
        generic = plural_before(c, first.i, through_title=True)
        if len(chain) > 1 and last.j + 1 < lx.n and lx.norms[last.j] in COORD and lx.gap[last.j + 1] != 2 \
                and lx.norms[last.j + 1] in _CLASS_AFTER_LIST:
            generic = True
        if generic:
            for cand in chain:
                if len(cand[0].elems) == 1 and cand[0].elems[0].role in ("head", "committee"):
                    cand[1] = "no"
        idx = end + 1
