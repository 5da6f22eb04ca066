"""Names inside organisation names: unit names (``Lào Cai``, ``Dầu khí Việt Nam``), field names
after ``Bộ``/``Sở``/``Phòng`` (``Nội vụ``, ``Lao động, thương binh và xã hội``) and bracketed
abbreviations (``(UBKT)``)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ...patterns import organisations as P
from ...text.lexing import Lexed
from ...text.normalize import normalize
from .lexicon import COMPANY_WORDS, CONNECT, ROMAN, STRETCH_STOP, Context
from .phrases import phrase_key
from .places import level_place

__all__ = ["bracket", "name_run", "looks_like_person", "field", "field_text"]


def bracket(c: Context, j: int) -> Optional[int]:
    """End of a bracketed abbreviation ``(UBKT)`` / ``(BTV)`` at ``j``, or None."""
    lx = c.lx
    if j + 2 < lx.n and lx.texts[j] == "(" and lx.gap[j] != 2:
        k = j + 1
        while k < lx.n and k < j + 5 and lx.texts[k] != ")" and lx.gap[k] != 2:
            if lx.cap[k] != 2 and lx.norms[k] not in P.CENTRAL_WORDS and lx.norms[k] not in P.ABBREVIATIONS:
                return None
            k += 1
        if k < lx.n and k > j + 1 and lx.texts[k] == ")":
            return k + 1
    return None


def _match_set(lx: Lexed, k: int, words: frozenset[str]) -> Optional[int]:
    for L in (3, 2, 1):
        if k + L <= lx.n and " ".join(lx.norms[k : k + L]) in words:
            return k + L
    return None


def name_run(c: Context, j: int, allow_num: bool = False, company: bool = False) -> Optional[int]:
    """A capitalised unit name (``Lào Cai``, ``Dầu khí Việt Nam``, ``Than - Khoáng sản``)."""
    lx = c.lx
    L = c.L
    if j >= lx.n or lx.gap[j] == 2:
        return None
    k = j
    # company types before the name: "Công ty cổ phần …", "Công ty TNHH MTV …"
    while k < lx.n and lx.gap[k] != 2:
        m2 = _match_set(lx, k, COMPANY_WORDS)
        if m2 is None:
            break
        k = m2
    if k < lx.n and allow_num and lx.kinds[k] == "num" and lx.gap[k] != 2:
        k += 1
        if k < lx.n and lx.gap[k] == 0 and lx.kinds[k] == "word" and len(lx.texts[k]) <= 2:
            k += 1
        return k
    if not c.capword(k):
        return _lower_stretch(c, k) if company and k < lx.n else None  # "Tập đoàn dầu khí quốc gia Việt Nam"
    if L.titles.match(lx, k) is not None and lx.norms[k] not in L.surnames:
        return None
    start_tok = None
    last = k
    while k < lx.n and lx.gap[k] != 2:
        if lx.kinds[k] == "word" and (lx.cap[k] or (start_tok is not None and lx.tok[k] == lx.tok[k - 1])):
            if lx.cap[k] and k > j and lx.norms[k] in L.surnames and looks_like_person(c, k):
                break
            start_tok = lx.tok[k]
            last = k + 1
            k += 1
            continue
        if lx.norms[k] in CONNECT and k + 1 < lx.n and c.capword(k + 1) and lx.norms[k] != "," \
                and L.orgs.match(lx, k + 1) is None and len(level_place(c, k + 1) or ()) < 2:
            k += 1
            continue
        if company and last > j and k == last:
            end = _lower_stretch(c, k)
            return end if end is not None else last
        break
    return last if last > j else None


def _lower_stretch(c: Context, k: int) -> Optional[int]:
    """The end of a company name that goes on at ``k`` with a short lower-case stretch closed by a
    level word + place or ``Việt Nam`` (``Tập đoàn Dệt may Việt Nam``, ``Công ty Dịch vụ công ích
    Q. 8``, ``Tập đoàn dầu khí quốc gia Việt Nam``), or None."""
    lx, L = c.lx, c.L
    q = k
    while q < lx.n and q < k + 5 and lx.kinds[q] == "word" and not lx.cap[q] and lx.gap[q] == 1 \
            and lx.norms[q] not in STRETCH_STOP:
        q += 1
    if q == k:
        return None
    if q < lx.n and lx.gap[q] == 1:
        lp = level_place(c, q)
        if lp and len(lp) > 1:
            return lp[-1].j
        pe = L.provinces.match(lx, q)
        if pe is not None:
            return pe[0]
        if lx.norms[q] in ("việt", "vn"):
            return q + (2 if lx.norms[q] == "việt" and q + 1 < lx.n and lx.norms[q + 1] == "nam" else 1)
    return None


def looks_like_person(c: Context, k: int) -> bool:
    """A capitalised run at ``k`` shaped like a personal name (2–4 words, a middle name after the first)."""
    lx = c.lx
    n = 0
    while k + n < lx.n and c.capword(k + n) and lx.gap[k + n] == 1 or (n == 0 and c.capword(k)):
        n += 1
        if n > 5:
            break
    return 2 <= n <= 4 and (n == 2 or lx.norms[k + 1] in c.L.middles)


@lru_cache(maxsize=1)
def _fuzzy_fields() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for f in P.FIELDS:
        k = tuple(x for x in phrase_key(f) if x not in CONNECT)
        if len(k) >= 2:
            out.setdefault(k[0], []).append(k)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


def _fuzzy_field(lx: Lexed, j: int) -> Optional[int]:
    """A table field matched with connectors optional (``Lao động, thương binh và xã hội``)."""
    cands = _fuzzy_fields().get(lx.norms[j])
    if not cands:
        return None
    for k in cands:
        p, q = j, 0
        while q < len(k) and p < lx.n and lx.gap[p] != 2:
            if lx.norms[p] == k[q]:
                p += 1
                q += 1
            elif lx.norms[p] in CONNECT and q > 0:
                p += 1
            else:
                break
        if q == len(k):
            return p
    return None


def field(c: Context, j: int) -> Optional[int]:
    """A field name after ``Bộ``/``Sở``/``Phòng`` … (table first, then a capitalised word)."""
    lx = c.lx
    L = c.L
    if j >= lx.n or lx.gap[j] == 2:
        return None
    best = None
    m = L.fields.match(lx, j)
    if m is not None:
        best = m[0]
    # connector-tolerant table match: "Lao động, thương binh và xã hội"
    m2 = _fuzzy_field(lx, j)
    if m2 is not None and (best is None or m2 > best):
        best = m2
    if best is not None:
        return best
    if not c.capword(j) or lx.cap[j] == 2 and lx.norms[j] not in P.ABBREVIATIONS:
        if lx.kinds[j] == "word" and lx.cap[j] == 2 and lx.norms[j] in ROMAN:
            return j + 1  # "Vụ IV"
        return None
    if L.orgs.match(lx, j) is not None or L.levels.match(lx, j) is not None:
        return None
    if lx.norms[j] in L.surnames and looks_like_person(c, j):
        return None
    # the capitalised word with the rest of its segmenter word ("Hải quan", "Tài chính")
    k = j + 1
    while k < lx.n and lx.tok[k] == lx.tok[j] and lx.kinds[k] == "word" and lx.gap[k] == 1:
        k += 1
    # a short lower-case rest when the name is closed right after ("Chi cục Quản lý đất đai,")
    q = k
    while q < lx.n and q < k + 3 and lx.kinds[q] == "word" and not lx.cap[q] and lx.gap[q] == 1 \
            and lx.norms[q] not in STRETCH_STOP and L.levels.match(lx, q) is None:
        q += 1
    if q > k and (q >= lx.n or lx.gap[q] == 2 or lx.kinds[q] in ("other",) and lx.texts[q] in ",.;:()"
                  or L.levels.match(lx, q) is not None):
        return q
    return k


def field_text(lx: Lexed, i: int, j: int) -> str:
    return normalize(lx.text[lx.starts[i] : lx.ends[j - 1]])
