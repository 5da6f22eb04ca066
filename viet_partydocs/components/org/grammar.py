"""The organisation grammar: a name is parsed left to right as
``HEAD + (PARENT) + (LEVEL WORD + PLACE)*``, taking the longest reading.

:func:`org_at` reads a head from the lexicon and its complements; what a head takes depends on
its kind (``patterns/organisations.py``, ``HEADS``), one function per kind below.
"""

from __future__ import annotations

from typing import Callable, Optional

from ...patterns import organisations as P
from .lexicon import NOT_ORG_ABBR, TEAMS, Context, Elem, Entry
from .names import bracket, field, field_text, name_run
from .places import central, level_place, locators, place, place_text, with_locators

__all__ = ["org_at", "bare_unit", "Parse"]

Parse = tuple[int, list[Elem]]  # (end piece, parts)

# the heads a sub-organisation may start with, after a head of each kind
_UNIT_PARENTS = frozenset({"agency", "police", "named", "party", "council", "body", "team"})
_PARTY_PARENTS = frozenset({"agency", "police", "named", "council", "body"})
_BOARD_PARENTS = frozenset({"committee", "body", "council", "party", "team", "agency", "police", "bloc", "board"})
_AGENCY_PARENTS = frozenset({"agency", "police", "council", "body", "committee"})
_ANY_PARENT = frozenset({"agency", "police", "council", "body", "committee", "named", "party", "team"})

_STANDING = frozenset(P.STANDING_HEADS)
_NOT_BARE = frozenset(P.NOT_BARE_AGENCIES)
_COMPANY_NAMES = frozenset(P.COMPANY_NAME_HEADS)
_NUMBERED_AGENCIES = frozenset(P.NUMBERED_AGENCIES)
_NUMBERED_NAMED = frozenset(P.NUMBERED_NAMED_HEADS)


def _text(c: Context, i: int, j: int) -> str:
    lx = c.lx
    return lx.text[lx.starts[i] : lx.ends[j - 1]]


def org_at(c: Context, i: int, depth: int = 0, allowed: Optional[frozenset[str]] = None,
           title_ctx: bool = False) -> Optional[Parse]:
    """Parse the longest organisation name starting at piece ``i``; ``allowed``: the head kinds
    or categories accepted (for a parent); ``title_ctx``: a title comes just before."""
    lx = c.lx
    if i >= lx.n or depth > 3:
        return None
    m = c.L.orgs.match(lx, i)
    if m is None:
        return None
    j, e = m
    if allowed is not None and e.kind not in allowed and e.cat not in allowed:
        return None
    norms = lx.norms
    if i > 0 and lx.gap[i] != 2:
        if not lx.cap[i] and lx.tok[i] == lx.tok[i - 1]:
            return None  # "nhiệm vụ", "cơ sở", "Đại hội": the head is inside another word
        if j - i == 1 and e.kind in ("agency", "named") and lx.cap[i] and lx.gap[i] == 1 \
                and c.capword(i - 1) and (norms[i - 1] in c.L.surnames or norms[i - 1] in c.L.middles) \
                and not c.title_before(i):
            return None  # "Nguyễn Trường Duy": inside a personal name
    if i > 0 and lx.gap[i] == 1 and (
            (norms[i - 1] == "tổng" and norms[i] == "thanh")  # "Tổng Thanh tra Chính phủ": a title
            or (norms[i - 1] == "nhà" and lx.cap[i - 1] and e.cat == "body")):  # "Nhà Quốc hội": a building
        return None
    if e.kind == "media":
        canon_caps = [w[:1].isupper() for w in e.canonical.split()]
        if [bool(lx.cap[k]) for k in range(i, j)] != canon_caps:
            return None
    if j < lx.n and norms[j] == "viên" and lx.gap[j] == 1:  # Tỉnh ủy viên, Đảng ủy viên
        return None
    if e.canonical in _STANDING:
        if c.title_before(i) or (j < lx.n and norms[j] == "ban" and j + 2 < lx.n and norms[j + 1] == "bí"):
            return None
    rest = _complements(c, j, e, depth, title_ctx)
    if rest is None:
        return None
    elems = [Elem(e.cat, i, j, e.canonical, e.org_type, e.level, e.kind, e.alone), *rest]
    return (elems[-1].j, elems)


def _complements(c: Context, j: int, e: Entry, depth: int, title_ctx: bool) -> Optional[list[Elem]]:
    """The complements of head ``e`` ending at ``j``; None when the head needs one and has none."""
    lx = c.lx
    if j >= lx.n or lx.gap[j] == 2:
        if e.alone or e.cat != "head" or e.kind in ("board", "party", "council", "team"):
            return []
        return None
    # a bracketed abbreviation in the middle: "Ủy ban Kiểm tra (UBKT) Trung ương"
    b = bracket(c, j)
    if b is not None:
        inner = _complement(c, b, e, depth, title_ctx)
        if inner:
            return [Elem("bracket", j, b, "", "", "", ""), *inner]
    inner = _complement(c, j, e, depth, title_ctx)
    if inner is None:
        if e.cat == "head" and e.kind in ("agency", "named", "police") and not e.alone:
            return None
        return []
    return inner


def _complement(c: Context, j: int, e: Entry, depth: int, title_ctx: bool) -> Optional[list[Elem]]:
    if j >= c.lx.n or c.lx.gap[j] == 2:
        return None
    rule = _COMPLEMENT.get(e.kind)
    return rule(c, j, e, depth, title_ctx) if rule is not None else None


# -- one function per head kind: the complement at piece j, or None ------------------------------

def _body(c: Context, j: int, e: Entry, depth: int, title_ctx: bool) -> Optional[list[Elem]]:
    """A stand-alone body: ``Ban … Trung ương`` may take ``Trung ương``."""
    if e.canonical.startswith("Ban ") and "Trung ương" not in e.canonical:
        return central(c, j)
    return None


def _territorial(c: Context, j: int, e: Entry, depth: int, title_ctx: bool) -> Optional[list[Elem]]:
    """``Tỉnh ủy`` / ``Huyện ủy``: a level word and place, or a place directly."""
    lp = level_place(c, j, title_ctx)
    if lp:
        return with_locators(c, lp, title_ctx)
    p = place(c, j, False, title_ctx)
    if p is not None:
        return [Elem("place", j, p, place_text(c.lx, j, p), "", "", ""), *locators(c, p, title_ctx)]
    return None


def _named_unit(c: Context, j: int, title_ctx: bool) -> Optional[list[Elem]]:
    """A capitalised unit name (or number) after ``Chi bộ`` / ``Đảng ủy`` (``Chi bộ Báo Lào Cai``)."""
    r = name_run(c, j, allow_num=True) if c.lx.norms[j] not in NOT_ORG_ABBR else None
    if r is None:
        return None
    return [Elem("name", j, r, _text(c, j, r), "", "", ""), *locators(c, r, title_ctx)]


def _unit(c: Context, j: int, e: Entry, depth: int, title_ctx: bool) -> Optional[list[Elem]]:
    """``Đảng ủy`` / ``Chi ủy``: the unit it leads (``Đảng ủy Công an tỉnh``), a bloc, a place."""
    lx = c.lx
    if lx.norms[j] == "khối" and lx.gap[j] == 1:
        return bloc(c, j + 1, j)
    lp = level_place(c, j, title_ctx)
    if lp:
        return with_locators(c, lp, title_ctx)
    sub = org_at(c, j, depth + 1, _UNIT_PARENTS, title_ctx)
    if sub is not None:
        return sub[1]
    bare = bare_unit(c, j)
    if bare is not None:
        return [bare]
    cen = central(c, j)
    if cen:
        return cen
    if e.canonical == "Chi ủy" or lx.cap[j] == 2:
        return _named_unit(c, j, title_ctx)
    return None


def _party(c: Context, j: int, e: Entry, depth: int, title_ctx: bool) -> Optional[list[Elem]]:
    """``Đảng bộ`` / ``Chi bộ``: a level word and place, a community (``Chi bộ thôn …``), the unit
    it belongs to (``Chi bộ cơ quan …``, ``Chi bộ Báo …``)."""
    lx = c.lx
    if lx.norms[j] == "khối" and lx.gap[j] == 1:
        return bloc(c, j + 1, j)
    lp = level_place(c, j, title_ctx)
    if lp:
        return with_locators(c, lp, title_ctx)
    cm = c.L.community.match(lx, j)
    if cm is not None:
        p = place(c, cm[0], True, title_ctx) or name_run(c, cm[0], allow_num=True)
        if p is not None:
            return [Elem("level", j, cm[0], _text(c, j, cm[0]), "", "grassroots", ""),
                    Elem("place", cm[0], p, place_text(lx, cm[0], p), "", "", "")]
        return None
    if lx.norms[j] == "cơ" and j + 1 < lx.n and lx.norms[j + 1] == "quan":  # "Chi bộ cơ quan …"
        k = j + 2
        name = Elem("name", j, k, _text(c, j, k), "", "", "")
        sub = org_at(c, k, depth + 1, _ANY_PARENT, title_ctx)
        return [name, *sub[1]] if sub is not None else [name]
    sub = org_at(c, j, depth + 1, _PARTY_PARENTS, title_ctx)
    if sub is not None:
        return sub[1]
    bare = bare_unit(c, j)
    if bare is not None:
        return [bare]
    return _named_unit(c, j, title_ctx)


def _bloc(c: Context, j: int, e: Entry, depth: int, title_ctx: bool) -> Optional[list[Elem]]:
    """``Đảng ủy Khối`` / ``Đảng bộ Khối``: the bloc name."""
    return bloc(c, j, None)


def _board(c: Context, j: int, e: Entry, depth: int, title_ctx: bool) -> Optional[list[Elem]]:
    """``Ban Thường vụ`` / ``Ủy ban Kiểm tra`` / ``Ban Tổ chức``: the committee or body it belongs to,
    ``Trung ương``, or a level word and place."""
    sub = org_at(c, j, depth + 1, _BOARD_PARENTS, title_ctx)
    if sub is not None:
        return sub[1]
    bare = bare_unit(c, j)
    if bare is not None:
        return [bare]
    cen = central(c, j)
    if cen:
        return cen
    lp = level_place(c, j, title_ctx)
    if lp:
        return with_locators(c, lp, title_ctx)
    return None


def _council(c: Context, j: int, e: Entry, depth: int, title_ctx: bool) -> Optional[list[Elem]]:
    """``UBND`` / ``HĐND`` / front and mass organisations: a level word and place, ``Việt Nam``,
    ``Trung ương``."""
    lx = c.lx
    lp = level_place(c, j, title_ctx)
    if lp:
        return with_locators(c, lp, title_ctx)
    if lx.norms[j] in ("việt", "vn"):
        k = j + (2 if lx.norms[j] == "việt" and j + 1 < lx.n and lx.norms[j + 1] == "nam" else 1)
        return [Elem("place", j, k, "Việt Nam", "", "central", "")]
    return central(c, j) or None


def _police(c: Context, j: int, e: Entry, depth: int, title_ctx: bool) -> Optional[list[Elem]]:
    """``Công an`` / courts / procuracies: a level word and place, ``tối cao``, ``Trung ương``, a
    place; ``Cơ quan …`` may take the police body it belongs to."""
    lx = c.lx
    if e.canonical.startswith("Cơ quan"):
        sub = org_at(c, j, depth + 1, frozenset({"police"}), title_ctx)
        if sub is not None:
            return sub[1]
    lp = level_place(c, j, title_ctx)
    if lp:
        return with_locators(c, lp, title_ctx)
    if lx.norms[j] == "tối" and j + 1 < lx.n and lx.norms[j + 1] == "cao":
        return [Elem("level", j, j + 2, "tối cao", "", "central", "")]
    cen = central(c, j)
    if cen:
        return cen
    p = place(c, j, False, title_ctx)
    if p is not None:
        return [Elem("place", j, p, place_text(lx, j, p), "", "", "")]
    return None


def _agency(c: Context, j: int, e: Entry, depth: int, title_ctx: bool) -> Optional[list[Elem]]:
    """``Sở`` / ``Bộ`` / ``Phòng`` …: a field (``Nội vụ``), then a number, a level word and place,
    the body it belongs to or a province. ``Thanh tra`` takes the body it inspects for."""
    lx = c.lx
    if e.canonical == "Thanh tra":
        sub = org_at(c, j, depth + 1, _AGENCY_PARENTS, title_ctx)
        if sub is not None:
            return sub[1]
        return level_place(c, j, title_ctx) or None
    f = field(c, j)
    if f is None:
        return None
    out = [Elem("field", j, f, field_text(lx, j, f), "", "", "")]
    k = f
    if k >= lx.n or lx.gap[k] == 2:
        return out
    if lx.kinds[k] == "num" and e.canonical in _NUMBERED_AGENCIES:
        out.append(Elem("number", k, k + 1, lx.texts[k], "", "", ""))
        return out
    lp = level_place(c, k, title_ctx)
    if lp:
        return out + with_locators(c, lp, title_ctx)
    sub = org_at(c, k, depth + 1, _AGENCY_PARENTS, title_ctx)
    if sub is not None:
        return out + sub[1]
    bare = bare_unit(c, k)
    if bare is not None:
        return out + [bare]
    p = place(c, k, False, title_ctx) if lx.cap[k] else None
    if p is not None and c.L.provinces.match(lx, k) is not None:
        return out + [Elem("place", k, p, place_text(lx, k, p), "", "", "")]
    return out


def _named(c: Context, j: int, e: Entry, depth: int, title_ctx: bool) -> Optional[list[Elem]]:
    """``Báo`` / ``Công ty`` / ``Trường`` …: a capitalised name, then a level word and place
    (``Đại sứ quán … tại …``: the country)."""
    lx = c.lx
    r = name_run(c, j, allow_num=e.canonical in _NUMBERED_NAMED, company=e.canonical in _COMPANY_NAMES)
    if r is None:
        return None
    out = [Elem("name", j, r, _text(c, j, r), "", "", "")]
    k = r
    if k < lx.n and lx.gap[k] == 1 and lx.norms[k] in ("tại", "ở") and e.canonical == "Đại sứ quán":
        p = place(c, k + 1, False, title_ctx)
        if p is not None:
            return out + [Elem("name", k, p, _text(c, k, p), "", "", "")]
    lp = level_place(c, k, title_ctx)
    if lp and len(lp) > 1:
        return out + lp
    return out


def _team(c: Context, j: int, e: Entry, depth: int, title_ctx: bool) -> Optional[list[Elem]]:
    """``Đoàn kiểm tra số 471``; ``Tiểu ban`` + name; ``Ban Chỉ đạo`` + purpose up to ``Trung ương``,
    a scheme (``Đề án …``), a level (``cấp tỉnh``) or a level word and place."""
    lx = c.lx
    if e.canonical in TEAMS:
        if j + 1 < lx.n and lx.norms[j] == "số" and lx.kinds[j + 1] == "num" and lx.gap[j] == 1:
            return [Elem("number", j, j + 2, _text(c, j, j + 2), "", "", "")]
        return None
    if e.canonical == "Tiểu ban":
        r = name_run(c, j)
        if r is not None:
            return [Elem("name", j, r, _text(c, j, r), "", "", "")]
        return None
    # Ban Chỉ đạo + purpose up to "Trung ương" / a level word ("Cải cách tư pháp Trung ương")
    k = j
    while k < lx.n and k < j + 10 and lx.gap[k] == 1 and lx.kinds[k] == "word":
        cen = central(c, k)
        if cen and k > j:
            return [Elem("name", j, k, _text(c, j, k), "", "", ""), *cen]
        if lx.norms[k] == "đề" and lx.cap[k] and k + 1 < lx.n and lx.norms[k + 1] == "án":
            return [Elem("name", j, k + 2, _text(c, j, k + 2), "", "", "")]
        if lx.norms[k] == "cấp" and k + 1 < lx.n:
            lv = c.L.levels.match(lx, k + 1)
            if lv is not None:
                return [Elem("name", j, k, "cấp", "", "", ""),
                        Elem("level", k + 1, lv[0], lv[1][0], "", lv[1][1], "")]
        k += 1
    return level_place(c, j) or None


_COMPLEMENT: dict[str, Callable[[Context, int, Entry, int, bool], Optional[list[Elem]]]] = {
    "body": _body,
    "territorial": _territorial,
    "unit": _unit,
    "party": _party,
    "bloc": _bloc,
    "board": _board,
    "council": _council,
    "police": _police,
    "agency": _agency,
    "named": _named,
    "team": _team,
}


def bare_unit(c: Context, j: int) -> Optional[Elem]:
    """A capitalised bare agency word that points back to one named before (``Đảng ủy Sở``)."""
    lx = c.lx
    if j >= lx.n or lx.gap[j] != 1:
        return None
    m = c.L.orgs.match(lx, j)
    if m is None or m[1].kind not in ("agency", "named") or m[1].canonical in _NOT_BARE:
        return None
    if not lx.cap[j] and m[1].canonical not in _COMPANY_NAMES:
        return None
    k = m[0]
    if k < lx.n and lx.gap[k] == 1 and lx.cap[k] and lx.kinds[k] == "word":
        return None  # a name follows but was not parsed: not a bare back-reference
    e = m[1]
    return Elem("head", j, k, e.canonical, e.org_type, e.level, e.kind, True)


def bloc(c: Context, j: int, khoi: Optional[int]) -> list[Elem]:
    """The bloc name after ``Khối`` (``các cơ quan tỉnh Quảng Nam``, ``Doanh nghiệp Trung ương``)."""
    lx = c.lx
    out: list[Elem] = []
    if khoi is not None:
        out.append(Elem("bloc", khoi, khoi + 1, "Khối", "", "bloc", ""))
    k = j
    while k < lx.n and lx.gap[k] != 2:
        m = c.L.bloc.match(lx, k)
        if m is None:
            break
        k = m[0]
    if k > j:
        out.append(Elem("name", j, k, _text(c, j, k), "", "bloc", ""))
        sub = org_at(c, k, 1, _AGENCY_PARENTS)
        if sub is not None:
            out.extend(sub[1])
            k = sub[0]
    lp = level_place(c, k)
    if lp:
        out.extend(lp)
        k = lp[-1].j
    if k < lx.n and lx.gap[k] == 1 and lx.norms[k] == "tại" and k > j:
        lp = level_place(c, k + 1)
        if lp and len(lp) > 1:
            out.append(Elem("name", k, k + 1, "tại", "", "", ""))
            out.extend(lp)
    return out
