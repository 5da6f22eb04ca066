"""Later mentions of a body named earlier in the document (guide §5): a bare capitalised head
(``Đoàn kiểm tra số 471 … Đoàn sẽ kiểm tra …``) and the bare abbreviation given in brackets after
a name (``Ủy ban Kiểm tra Trung ương (UBKT) … UBKT sẽ …``). Each takes the attributes of the
name it points to (``Found.ref``)."""

from __future__ import annotations

from ...patterns import organisations as P
from ...text.normalize import norm_key
from .accept import plural_before
from .lexicon import Context, Elem, Found, norm_set

__all__ = ["back_references", "abbreviation_references"]

_BACKREF_HEADS = frozenset(tuple(norm_key(h).split()) for h in P.BACK_REFERENCE_HEADS)
_BACKREF_NEXT = norm_set(P.BACK_REFERENCE_NEXT)
_TITLE_BEFORE_BAN = norm_set(P.TITLE_BEFORE_BARE_BAN)


def back_references(c: Context, found: list[Found], blocked: set[int]) -> list[Found]:
    """``found`` with the bare capitalised heads that point back to a body named earlier."""
    lx = c.lx
    if not found:
        return found
    taken = set(blocked)
    for f in found:
        taken.update(range(f.i, f.j))
    firsts: list[tuple[int, tuple[str, ...], Found]] = []  # (end piece, head words, antecedent)
    for f in found:
        if len(f.elems) < 2 and f.elems[0].role != "body" or f.ref is not None:
            continue
        h = f.elems[0]
        for L in (3, 2, 1):
            key = tuple(lx.norms[h.i : h.i + L])
            if key in _BACKREF_HEADS and h.i + L <= h.j:
                firsts.append((f.j, key, f))
                break
    if not firsts:
        return found
    out = list(found)
    n = lx.n
    heads = {key[0] for _, key, _ in firsts}
    for k in range(n):
        if lx.norms[k] not in heads or k in taken or lx.cap[k] != 1 or lx.kinds[k] != "word":
            continue
        for _, key, _ in firsts:
            L = len(key)
            if tuple(lx.norms[k : k + L]) != key:
                continue
            end = k + L
            ante = None
            for fe, key2, f in firsts:
                if key2 == key and fe <= k:
                    ante = f
            if ante is None or any(x in taken for x in range(k, end)):
                break
            if k > 0 and lx.gap[k] != 2 and lx.tok[k] == lx.tok[k - 1]:
                break
            if end < n and lx.gap[end] != 2 and lx.tok[end] == lx.tok[end - 1]:
                break
            if end < n and lx.gap[end] != 2 and lx.kinds[end] in ("word", "num") \
                    and lx.norms[end] not in _BACKREF_NEXT:
                break  # "Ban quản lý …", "Ủy ban kiểm tra các cấp": not a bare head
            if k > 0 and key == ("ban",) and lx.norms[k - 1] in _TITLE_BEFORE_BAN:
                break  # "Phó Ban", "Trưởng Ban": titles
            if k > 0 and lx.gap[k] == 1 and c.capword(k - 1) and not c.title_before(k):
                break
            if plural_before(c, k):
                break
            out.append(Found(k, end, (Elem("ref", k, end, ante.elems[0].canonical, "", "", ""),), ante))
            taken.update(range(k, end))
            break
    out.sort(key=lambda f: f.i)
    return out


def abbreviation_references(c: Context, found: list[Found], abbrevs: dict[str, Found],
                            blocked: set[int]) -> list[Found]:
    """``found`` with every later bare use of an abbreviation (``abbrevs``: norm → full name)."""
    if not abbrevs:
        return found
    lx = c.lx
    taken: set[int] = set()
    for f in found:
        taken.update(range(f.i, f.j))
    out = list(found)
    for k in range(lx.n):
        if lx.norms[k] in abbrevs and k not in taken and k not in blocked and lx.cap[k] == 2:
            out.append(Found(k, k + 1, (Elem("abbr", k, k + 1, lx.texts[k], "", "", ""),), abbrevs[lx.norms[k]]))
    out.sort(key=lambda f: f.i)
    return out
