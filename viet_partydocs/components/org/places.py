"""Places in organisation names: level words (``huyện``, ``TP.``), place names (``Phong Thổ``,
``Bà Rịa - Vũng Tàu``, ``phường 5``), nested ``LEVEL PLACE`` locators and ``Trung ương``."""

from __future__ import annotations

from typing import Optional

from ...patterns import organisations as P
from ...text.lexing import Lexed
from ...text.normalize import norm_key, normalize
from .lexicon import HYPHENS, PLACE_STOP, Context, Elem, norm_set

__all__ = ["place", "level_place", "locators", "with_locators", "central", "place_text", "ends_with_dot"]

_CITY_IN_ONE_WORD = norm_set(P.CITY_IN_ONE_WORD)


def place_text(lx: Lexed, i: int, j: int) -> str:
    """The canonical text of the place in pieces ``[i, j)`` (an all-capitals one expanded)."""
    t = normalize(lx.text[lx.starts[i] : lx.ends[j - 1]])
    return P.ABBREVIATIONS.get(norm_key(t), t) if lx.cap[i] == 2 else t


def ends_with_dot(lx: Lexed, j: int) -> bool:
    """Piece ``j - 1`` is a dotted abbreviation (``TP.``): when no place follows it, its dot ends
    the sentence, so the words after it are not part of the name's context."""
    return j > 0 and lx.kinds[j - 1] == "word" and lx.texts[j - 1].endswith(".")


def place(c: Context, j: int, after_level: bool, title_ctx: bool = False) -> Optional[int]:
    """End of a place name starting at ``j`` (capitalised run, number after a level word)."""
    lx = c.lx
    L = c.L
    if j >= lx.n or lx.gap[j] == 2:
        return None
    if after_level and lx.kinds[j] == "num":
        k = j + 1
        if k < lx.n and lx.gap[k] == 0 and lx.kinds[k] == "word" and lx.cap[k] and len(lx.texts[k]) <= 2:
            k += 1  # "5A"
        return k
    if not c.capword(j):
        return None
    pm = L.provinces.match(lx, j)
    if lx.cap[j] == 2 and pm is None and (len(lx.texts[j]) > 4 or not lx.texts[j].isascii()) \
            and lx.norms[j] not in P.ABBREVIATIONS:
        return None  # a word in an all-capitals line ("LUẬT CÔNG AN NHÂN DÂN") is not a place
    if pm is None:
        if L.orgs.match(lx, j) is not None or L.levels.match(lx, j) is not None:
            # a capitalised level word starts a nested place, a head starts another body
            return None
        tm = L.place_block.match(lx, j)
        if tm is not None and not (lx.norms[j] in L.surnames and tm[0] == j + 1):
            return None
        if lx.norms[j] in PLACE_STOP:
            return None
    k = j
    run: list[int] = []
    while k < lx.n and c.capword(k) and lx.gap[k] == 1 or (k == j and c.capword(k)):
        if k > j and (pm is None or k >= pm[0]):
            if lx.norms[k] in PLACE_STOP or L.levels.match(lx, k) is not None:
                break
            om = L.orgs.match(lx, k)
            if om is not None and om[0] - k > 1:
                break
        run.append(k)
        k += 1
        # hyphenated names: "Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm"
        if k + 1 < lx.n and lx.norms[k] in HYPHENS and lx.gap[k] != 2 and c.capword(k + 1):
            k += 1
            run.append(-1)
            continue
    while run and run[-1] < 0:  # a hyphen with no place after it: "… Đồng Nai - Trong …"
        run.pop()
        k -= 1
    if not run:
        return None
    end = k
    names = [x for x in run if x >= 0]
    n = len(names)
    if pm is not None and pm[0] <= end:
        p_end = pm[0]
        rest = [x for x in names if x >= p_end]
        if not rest:
            return end
        if len(rest) >= 2 and lx.norms[rest[0]] in L.surnames:
            return p_end
    # a person's name glued after the place ("Tỉnh ủy Quảng Bình Hoàng Đăng Quang")
    if n >= 4:
        cands = [k2 for k2 in range(1, n - 1) if lx.norms[names[k2]] in L.surnames and 2 <= n - k2 <= 4]
        if cands:
            cands.sort(key=lambda k2: (abs(n - k2 - 3), k2))
            cut = names[cands[0]]
            while cut - 1 > j and lx.norms[cut - 1] in HYPHENS:
                cut -= 1
            return cut
    if after_level and title_ctx and n == 3 and lx.norms[names[0]] in L.surnames \
            and lx.norms[names[1]] in L.middles and pm is None:
        return None  # "Chủ tịch Ủy ban MTTQ tỉnh Hà Văn Khiêm": the chairman's name, not the province
    if not after_level and n in (2, 3) and lx.norms[names[0]] in L.surnames:
        if n == 3 and (title_ctx or lx.norms[names[1]] in L.middles):
            return None
        if n == 2 and title_ctx and lx.norms[names[1]] in L.middles:
            return None
    return end


def level_place(c: Context, j: int, title_ctx: bool = False) -> Optional[list[Elem]]:
    """``huyện Phong Thổ``, ``tỉnh``, ``TP HCM``, ``phường 5`` (level word, optional place).

    A dotted abbreviation (``TP.``) with no place after it is the level word at the end of a
    sentence: its dot is the full stop, left out of the entity (:func:`ends_with_dot`)."""
    lx = c.lx
    if j >= lx.n or lx.gap[j] == 2:
        return None
    if lx.norms[j] in _CITY_IN_ONE_WORD:
        return [Elem("level", j, j, "thành phố", "", "province", ""),
                Elem("place", j, j + 1, "Hồ Chí Minh", "", "", "")]
    m = c.L.levels.match(lx, j)
    if m is None:
        return None
    k, (canon, lvl) = m
    if k < lx.n and lx.norms[k] == "ủy":  # "Tỉnh ủy" is a committee, not a level word
        return None
    if k < lx.n and lx.gap[k] != 2 and lx.norms[k] == "viên":  # "Tỉnh ủy viên"
        return None
    out = [Elem("level", j, k, canon, "", lvl, "")]
    p = place(c, k, True, title_ctx)
    if p is not None:
        out.append(Elem("place", k, p, place_text(lx, k, p), "", "", ""))
    return out


def locators(c: Context, j: int, title_ctx: bool) -> list[Elem]:
    """Nested ``LEVEL PLACE`` after a place (``xã Ma Ly Pho huyện Phong Thổ``)."""
    out: list[Elem] = []
    while True:
        lp = level_place(c, j, title_ctx)
        if not lp or len(lp) < 2:
            return out
        out.extend(lp)
        j = lp[-1].j


def with_locators(c: Context, lp: list[Elem], title_ctx: bool) -> list[Elem]:
    """A level word and place, then the nested ones after it (none after a level word alone)."""
    return lp + locators(c, lp[-1].j, title_ctx) if len(lp) > 1 else lp


def central(c: Context, j: int) -> Optional[list[Elem]]:
    """``Trung ương`` (``TW``, ``T.Ư``), with ``Đảng`` after it."""
    lx = c.lx
    if j >= lx.n or lx.gap[j] == 2:
        return None
    m = c.L.central.match(lx, j)
    if m is None:
        return None
    k = m[0]
    if k == j + 1 and lx.cap[j] != 2 and "." not in lx.norms[j]:  # "tư pháp" is not "TƯ"
        return None
    out = [Elem("central", j, k, "Trung ương", "", "central", "")]
    if k < lx.n and lx.gap[k] == 1 and lx.norms[k] == "đảng" and lx.cap[k]:
        out.append(Elem("central", k, k + 1, "Đảng", "", "central", ""))
    return out
