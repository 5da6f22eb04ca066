"""Names and the titles around them (guide §2 ``OFFICIAL``, DOMAIN.md §3): the analysis behind
``vpd_officials``. A :class:`Mention` is a personal name with, when found, its title, honorific,
the ORG inside the title nearest to the name and a rank.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from ...text.lexing import Lexed
from .lexicon import ADVERBS, RUN_STOP, TITLE_STOP, lexicon

__all__ = ["Analyser", "Mention", "Range"]


Range = tuple[int, int]  # [first piece, end piece)


class Mention(NamedTuple):
    i: int  # first piece of the name
    j: int  # end piece
    title: Optional[tuple[int, int]]  # piece range of the title (as written)
    honorific: Optional[tuple[int, int]]
    org: Optional[tuple[int, int]]  # piece range of the ORG in the title nearest to the name
    rank: Optional[tuple[int, int]]


class Analyser:
    """Names and the titles around them in a lexed document; ``orgs``: piece ranges of the ORG
    entities, ``taken``: pieces covered by entities already there."""

    def __init__(self, lx: Lexed, orgs: list[tuple[int, int]], taken: set[int]) -> None:
        self.lx = lx
        self.L = lexicon()
        self.org_start = {s: e for s, e in orgs}  # piece ranges of ORG entities
        self.org_end = {e: s for s, e in orgs}
        self.taken = taken  # pieces covered by existing entities

    # -- helpers --------------------------------------------------------------------------
    def cap(self, k: int) -> bool:
        lx = self.lx
        return 0 <= k < lx.n and lx.kinds[k] == "word" and lx.cap[k] == 1 and k not in self.taken

    def sep_at(self, k: int) -> Optional[int]:
        """After a name: ``,`` / ``-`` / ``–`` / ``:`` (any spacing) → the piece after it."""
        lx = self.lx
        if k < lx.n and lx.gap[k] != 2 and lx.texts[k] in (",", "-", "–", "—"):
            return k + 1 if k + 1 < lx.n and lx.gap[k + 1] != 2 else None
        return None

    def bracket_after(self, k: int, limit: int = 14) -> Optional[int]:
        """The ``)`` closing the ``(`` at piece ``k`` on the same line within ``limit`` pieces, or None."""
        lx = self.lx
        for x in range(k + 1, min(lx.n, k + limit)):
            if lx.gap[x] == 2 or lx.texts[x] == "(":
                return None
            if lx.texts[x] == ")":
                return x
        return None

    def bracket_before(self, k: int, limit: int = 14) -> Optional[int]:
        """The ``(`` opening the ``)`` at piece ``k`` on the same line within ``limit`` pieces, or None."""
        lx = self.lx
        for x in range(k - 1, max(-1, k - limit), -1):
            if lx.gap[x + 1] == 2 or lx.texts[x] == ")":
                return None
            if lx.texts[x] == "(":
                return x
        return None

    def run(self, k: int) -> int:
        """End of the capitalised run that starts at ``k``."""
        lx = self.lx
        e = k + 1
        while e < lx.n and lx.gap[e] == 1 and self.cap(e) and e - k < 6 and lx.norms[e] not in RUN_STOP \
                and self.L.titles.match(lx, e) is None:  # "ông Võ Văn A Phó Bí thư …": the title starts
            e += 1
        return e

    def is_name(self, i: int, j: int, strict: bool, titled: bool = False) -> bool:
        lx = self.lx
        L = self.L
        n = j - i
        if n < 1 or n > 5 or (strict and not 2 <= n <= 4):
            return False
        if any(lx.cap[k] != 1 or lx.kinds[k] != "word" for k in range(i, j)):
            return False
        if lx.norms[i] in L.stop:
            return False
        if strict and lx.norms[i] not in L.surnames and not lx.texts[i].startswith(L.name_prefixes):
            return False
        pm = L.provinces.match(lx, i)
        if pm is not None and pm[0] >= j and not (titled and lx.norms[i] in L.surnames and j - i == 3):
            return False  # "Bình Định" is a place; "Chủ tịch Hồ Chí Minh" is a person
        return True

    def split_place(self, i: int, j: int) -> int:
        """Start of the personal name inside a capitalised run ``[i, j)`` that may begin with a place
        (``Nghĩa Xã Nguyễn Văn Phú`` → ``Nguyễn``)."""
        lx = self.lx
        n = j - i
        if n < 4:
            return i
        pm = self.L.provinces.match(lx, i)
        if pm is not None and pm[0] < j and j - pm[0] >= 2 and lx.norms[pm[0]] in self.L.surnames:
            return pm[0]
        cands = [k for k in range(i + 1, j - 1) if lx.norms[k] in self.L.surnames and 2 <= j - k <= 4]
        if not cands:
            return i
        cands.sort(key=lambda k: (abs(j - k - 3), k))
        return cands[0]

    # -- titles after a name ----------------------------------------------------------------
    def title_fwd(self, k: int, weak: bool, member: bool = False) -> Optional[tuple[int, Optional[tuple[int, int]]]]:
        """A title phrase at ``k``: ``(end, org range)``, or None. ``member``: ``đảng viên …`` too."""
        lx, L = self.lx, self.L
        p = k
        while p < lx.n and lx.gap[p] != 2:
            m = L.modifiers.match(lx, p)
            if m is None:
                break
            p = m[0]
        if p >= lx.n or lx.gap[p] == 2:
            return None
        m = L.titles.match(lx, p)
        if m is None and weak:
            m = L.weak.match(lx, p)
        if m is None and member:
            m = L.membership.match(lx, p)
        if m is None:
            return None
        t_end = m[0]
        inner = next((x for x in range(p + 1, t_end) if x in self.org_start), None)
        if inner is not None:
            t_end = inner  # "Trưởng ban Tổ chức …": the ORG "ban Tổ chức …" starts inside the title words
        bare_word = tuple(lx.norms[p:t_end]) in L.need_org
        p = t_end
        s = L.suffixes.match(lx, p) if p < lx.n and lx.gap[p] == 1 else None
        if s is not None:
            p = s[0]
        org = None
        if p < lx.n and lx.gap[p] == 1:
            q = p
            for x in range(p, min(p + 3, lx.n - 1)):  # "phó giám đốc (trẻ) của Sở Ngoại vụ"
                if lx.gap[x] != 1 or lx.kinds[x] != "word" or lx.cap[x] or lx.norms[x] in TITLE_STOP:
                    break
                if lx.norms[x] == "của" and x + 1 in self.org_start:
                    q = x + 1
                    break
            if q in self.org_start:
                org = (q, self.org_start[q])
                p = self.org_start[q]
            else:
                lv = L.levels.match(lx, q) or L.community.match(lx, q)
                if lv is not None:
                    r = lv[0]
                    if r < lx.n and lx.gap[r] == 1 and (lx.kinds[r] == "num" or self.cap(r)):
                        r = r + 1 if lx.kinds[r] == "num" else self.run(r)
                        if r < lx.n and lx.gap[r] == 0 and lx.kinds[r] == "word" and len(lx.texts[r]) <= 2:
                            r += 1  # "5A"
                        p = r
                    elif L.levels.match(lx, q) is not None:
                        p = r  # "Chủ tịch xã", "Bí thư huyện"
                else:
                    c = L.central.match(lx, q)
                    if c is not None:
                        p = c[0]
        if bare_word and org is None:
            return None
        return self.extend_title(p), org

    def extend_title(self, p: int) -> int:
        """The rest of a title written after a name, up to punctuation, a speech verb or a joiner
        (``phó trưởng phòng hợp tác quốc tế``, ``… Chi cục bảo vệ môi trường cho biết``)."""
        lx, L = self.lx, self.L
        q = p
        while q < lx.n and q - p < 8 and lx.gap[q] == 1 and lx.kinds[q] == "word" \
                and lx.norms[q] not in TITLE_STOP and L.speech.match(lx, q) is None \
                and L.concurrent.match(lx, q) is None and q not in self.taken:
            q += 1
        if q > p and (q >= lx.n or lx.gap[q] == 2 or lx.texts[q] in ",.;:()" or L.speech.match(lx, q) is not None
                      or L.concurrent.match(lx, q) is not None):
            return q
        return p

    def title_tail(self, p: int) -> int:
        """End of what still belongs to a title ending at ``p``: its term (``nhiệm kỳ 2015 - 2020``,
        ``khóa XII``), a bracket naming a body or place (``(Sở Tài nguyên và Môi trường tỉnh Kon
        Tum)``, ``(Bắc Ninh)``), and after a comma the body above it or the places above it
        (``Vụ trưởng Vụ IV, Ban Tổ chức Trung ương``; ``trưởng ấp 3A, xã Vĩnh Lộc A``)."""
        lx, L = self.lx, self.L
        cw = L.community.match_back(lx, p) if 0 < p < lx.n and lx.gap[p] == 1 else None
        if cw is not None and (lx.kinds[p] == "num" or self.cap(p)):
            p = self.place_at(cw[0]) or p  # "Trưởng ấp 3", "trưởng thôn Nội Trung"
        while p < lx.n and lx.gap[p] != 2:
            q = self.term_at(p)
            if q is None and lx.texts[p] == "(":
                close = self.bracket_after(p)
                if close is not None and (
                        p + 1 in self.org_start or self.place_at(p + 1) is not None or self.cap(p + 1)
                        and lx.kinds[p + 1] == "word"
                        and all(lx.cap[x] or lx.kinds[x] == "num" for x in range(p + 1, close))):
                    q = close + 1  # "(Bắc Ninh)", "(Sở …)", a unit code "(C 44)"
            if q is None and lx.texts[p] == "," and p + 1 < lx.n and lx.gap[p + 1] != 2:
                r = p + 1
                if r in self.org_start and L.titles.match(lx, r) is None:
                    q = self.org_start[r]
                else:
                    q = self.place_at(r)
                if q is not None and not self._tail_ends(q):
                    q = None  # "Bí thư Huyện ủy, Ủy ban MTTQ huyện và các đoàn thể": a list of bodies
            if q is None:
                break
            p = q
        return p

    def _tail_ends(self, q: int) -> bool:
        """Whether a body or place added to a title after a comma ends at ``q``: the end of the line,
        a closing mark, a speech verb, or a comma before another title or place (not ``và`` or
        another body, as in a list of bodies)."""
        lx, L = self.lx, self.L
        if q >= lx.n or lx.gap[q] == 2 or lx.texts[q] in ".;:)(" or L.speech.match(lx, q) is not None:
            return True
        if lx.texts[q] == "," and q + 1 < lx.n and lx.gap[q + 1] != 2:
            r = q + 1
            return (L.titles.match(lx, r) is not None or L.modifiers.match(lx, r) is not None
                    or L.concurrent.match(lx, r) is not None or self.place_at(r) is not None)
        return False

    def term_at(self, p: int) -> Optional[int]:
        """End of ``nhiệm kỳ 2015 - 2020`` / ``khóa XII`` at ``p``, or None."""
        lx = self.lx
        if p + 1 >= lx.n or lx.gap[p + 1] == 2:
            return None
        q = None
        if lx.norms[p] == "nhiệm" and lx.norms[p + 1] == "kỳ":
            q = p + 2
        elif lx.norms[p] in ("khóa", "khoá"):
            q = p + 1
        if q is None or q >= lx.n or lx.gap[q] == 2 or not (lx.kinds[q] == "num" or lx.cap[q] == 2):
            return None
        q += 1
        if q + 1 < lx.n and lx.texts[q] in ("-", "–") and lx.kinds[q + 1] == "num" and lx.gap[q + 1] != 2:
            q += 2
        return q

    def place_at(self, p: int) -> Optional[int]:
        """End of a level word and its place at ``p`` (``xã Vĩnh Lộc A``, ``huyện Tân Yên``,
        ``quận 7``), or None."""
        lx, L = self.lx, self.L
        lv = L.levels.match(lx, p) or L.community.match(lx, p)
        if lv is None:
            return None
        r = lv[0]
        if r >= lx.n or lx.gap[r] != 1:
            return None
        if lx.kinds[r] == "num":
            r += 1
            if r < lx.n and lx.gap[r] == 0 and lx.kinds[r] == "word" and len(lx.texts[r]) <= 2 and lx.texts[r].isupper():
                r += 1  # "ấp 5A"
            return r
        if not self.cap(r):
            return None
        e = self.run(r)
        if e < lx.n and lx.gap[e] == 1 and lx.kinds[e] == "word" and len(lx.texts[e]) == 1 and lx.texts[e].isupper():
            e += 1  # "Vĩnh Lộc A"
        return e

    def _is_member(self, k: int) -> bool:
        lx, L = self.lx, self.L
        p = k
        while p < lx.n and L.modifiers.match(lx, p) is not None:
            p = L.modifiers.match(lx, p)[0]
        return L.titles.match(lx, p) is None and L.weak.match(lx, p) is None

    def title_chain(self, k: int, weak: bool = True) -> Optional[tuple[int, int, Optional[tuple[int, int]]]]:
        """Stacked titles from ``k`` (``Ủy viên Bộ Chính trị, Bí thư …``, ``… kiêm …``):
        ``(start, end, org range)``; a leading membership (``đảng viên Chi bộ …``) is left out."""
        lx, L = self.lx, self.L
        first = self.title_fwd(k, weak, member=True)
        if first is None:
            return None
        end, org = first
        end = self.title_tail(end)
        real_end = None if self._is_member(k) else end
        real_start = None if real_end is None else k
        real_org = None if real_end is None else org
        while end < lx.n and lx.gap[end] != 2:
            q = None
            r = end
            if lx.texts[r] == "(":  # "(PC52)", "(Đảng ủy TT. Chợ Chùa)" inside a chain
                close = self.bracket_after(r)
                if close is None:
                    break
                r = close + 1
            if r < lx.n and lx.texts[r] in (",", "-", "–") and (lx.texts[r] == "," or lx.gap[r] == 1):
                q = r + 1  # "…, Chủ tịch …", "Giám đốc - Tổng Biên tập"
                c = L.concurrent.match(lx, q) if q < lx.n and lx.gap[q] != 2 else None
                if c is not None:
                    q = c[0]  # "…, đồng thời là Chủ tịch …"
            elif r < lx.n:
                c = L.concurrent.match(lx, r)
                if c is not None:
                    q = c[0]
            if q is None or q >= lx.n or lx.gap[q] == 2:
                break
            nxt = self.title_fwd(q, weak, member=True)
            if nxt is None:
                break
            end = self.title_tail(nxt[0])
            if not self._is_member(q):
                real_end = end
                if real_start is None:
                    real_start = q
                if real_org is None:
                    real_org = nxt[1]
        if real_end is None or real_start is None:
            return None
        return real_start, real_end, real_org

    # -- titles before a name ---------------------------------------------------------------
    def one_back(self, p: int) -> Optional[tuple[int, Optional[tuple[int, int]]]]:
        """The title phrase that ends just before piece ``p``: ``(start, org range)``."""
        lx, L = self.lx, self.L
        q = p
        org = None
        if q - 2 >= 0 and lx.texts[q - 1] == ")" and lx.gap[q - 1] != 2:
            o = self.bracket_before(q - 1)
            if o is not None and o > 0 and (o + 1 in self.org_start or self.place_at(o + 1) is not None):
                q = o  # "Trưởng phòng Nội vụ (UBND huyện Bắc Yên) Lò Thị Nga"
        if q - 1 >= 0 and lx.kinds[q - 1] == "num" and q - 2 >= 0:
            q -= 1  # "trưởng khu phố 1 Nguyễn Văn Mùi"
        if q in self.org_end:
            org = (self.org_end[q], q)
            q = self.org_end[q]
            if q - 1 >= 0 and lx.norms[q - 1] == "của":
                q -= 1
        elif L.titles.match_back(lx, q) is not None:
            pass
        else:
            # a place between the title and the name: "Bí thư Bình Định Nguyễn Văn Thiện"
            r = q
            while r - 1 >= 0 and self.cap(r - 1) and lx.gap[r] == 1 and q - r < 4:
                r -= 1
            if r < q:
                if L.titles.match_back(lx, r) is None:
                    lv = L.levels.match_back(lx, r) or L.community.match_back(lx, r)
                    if lv is not None:
                        r = lv[0]
                if L.titles.match_back(lx, r) is not None:
                    q = r
            else:
                lv = L.community.match_back(lx, q)
                if lv is not None and L.titles.match_back(lx, lv[0]) is None:
                    lv = None
                if lv is not None:
                    q = lv[0]
        s = L.suffixes.match_back(lx, q)
        if s is not None and L.titles.match_back(lx, s[0]) is not None:
            q = s[0]
        t = L.titles.match_back(lx, q)
        if t is None:
            return None
        start = t[0]
        if tuple(lx.norms[start:q]) in L.need_org and org is None:
            return None
        while True:
            m = L.modifiers.match_back(lx, start)
            if m is None:
                break
            start = m[0]
        return start, org

    def title_back(self, i: int) -> tuple[Optional[Range], Optional[Range], Optional[Range]]:
        """(title range, org range, rank range) before the name at ``i``."""
        lx, L = self.lx, self.L
        p = i
        rank = None
        r = L.ranks.match_back(lx, p)
        if r is not None:
            rank = (r[0], p)
            p = r[0]
        first = self.one_back(p)
        if first is None:
            return None, None, rank
        start, org = first
        while start - 2 >= 0 and lx.texts[start - 1] == "," and lx.gap[start] != 2:
            nxt = self.one_back(start - 1)
            if nxt is None:
                break
            start = nxt[0]
            if org is None:
                org = nxt[1]
        return (start, p), org, rank

    def post_before(self, h: int) -> Optional[tuple[int, int, Optional[Range]]]:
        """The post introduced by a :data:`POST_HELD` phrase and ending with a comma just before
        piece ``h`` (a bracket of dates may come between): ``(start, end, org range)``."""
        lx, L = self.lx, self.L
        if h < 2 or lx.texts[h - 1] != "," or lx.gap[h] == 2 or lx.gap[h - 1] == 2:
            return None
        p = h - 1
        if lx.texts[p - 1] == ")":
            o = self.bracket_before(p - 1)
            if o is None:
                return None
            p = o
        c = p - 1
        while c >= 0 and p - c < 60 and lx.gap[c + 1] != 2:
            m = L.post_held.match(lx, c)
            if m is not None and m[0] < p:
                chain = self.title_chain(m[0], weak=True)
                return chain if chain is not None and chain[1] == p else None
            c -= 1
        return None

    def honorific_before(self, i: int) -> Optional[tuple[int, int]]:
        lx, L = self.lx, self.L
        m = L.plural_hon.match_back(lx, i) or L.honorifics.match_back(lx, i)
        if m is None:
            return None
        s = m[0]
        if s > 0 and lx.kinds[s - 1] == "num":
            return None  # "57 đồng chí": a count of people
        return (s, i)

    # -- pass 1 -----------------------------------------------------------------------------
    def mentions(self) -> list[tuple[Mention, bool]]:
        """Every name candidate with whether it is titled."""
        lx, L = self.lx, self.L
        out: list[tuple[Mention, bool]] = []
        k = 0
        n = lx.n
        while k < n:
            if not self.cap(k) or (k > 0 and lx.gap[k] == 1 and self.cap(k - 1)):
                k += 1
                continue
            e = self.run(k)
            m = self.analyse_run(k, e)
            if m is not None:
                out.append(m)
                # "Phó trưởng ban … Hà Ban và Nguyễn Thanh Bình": a second name sharing the title
                mm, titled = m
                if titled and mm.title is not None and mm.title[1] <= mm.i and mm.j + 1 < n \
                        and lx.norms[mm.j] == "và" and self.cap(mm.j + 1) \
                        and L.titles.match(lx, mm.j + 1) is None and L.ranks.match(lx, mm.j + 1) is None:
                    e2 = self.run(mm.j + 1)
                    if self.is_name(mm.j + 1, e2, strict=True):
                        out.append((Mention(mm.j + 1, e2, mm.title, None, mm.org, None), True))
                        e = e2
            k = e
        return out

    def analyse_run(self, k: int, e: int) -> Optional[tuple[Mention, bool]]:
        lx, L = self.lx, self.L
        n = lx.n
        i = k
        hon = None
        # a capitalised honorific at the start of the run: "Ông Hoàng Ngọc"
        if lx.norms[i] in L.cap_honorifics and e - i >= 2:
            hon = (i, i + 1)
            i += 1
        while i < e and lx.norms[i] in L.stop:
            i += 1
        if i >= e:
            return None
        if hon is None:
            hon = self.honorific_before(i)
        # a place before the name: "Bí thư Bình Định Nguyễn Văn Thiện", "Trưởng thôn Tân Lập Thân Thị Khoa"
        if e - i >= 4 and (lx.norms[i] not in L.surnames or e - i >= 5 or L.provinces.match(lx, i) is not None):
            s2 = self.split_place(i, e)
            if s2 > i:
                i = s2
                if hon is not None and hon[1] != i:
                    hon = None
        j = e
        title, org, rank = self.title_back(i)
        if title is not None and hon is None:
            hon = self.honorific_before(title[0])
        if rank is not None and hon is None:
            hon = self.honorific_before(rank[0])
        if title is None and hon is not None:
            held = self.post_before(hon[0])  # "Trong thời gian giữ cương vị X, đồng chí A"
            if held is not None:
                title, org = (held[0], held[1]), held[2]
        titled = False
        if title is not None:
            strict = hon is None and org is not None
            if hon is None and org is None and lx.norms[i] not in L.surnames and (
                    L.community.match_back(lx, i) is not None or L.levels.match_back(lx, i) is not None):
                strict = True  # "trưởng thôn Nội Trung": the name of the village, not a person
            if self.is_name(i, j, strict=strict, titled=True) and j - i >= 2:
                titled = True
            else:
                title = org = None
        if not titled:
            fwd = None
            q = self.sep_at(j)
            if q is not None:
                a = L.appoint.match(lx, q)  # "Dương Ngô Thu, làm trưởng thôn …"
                fwd = self.title_chain(q, weak=True)
                if fwd is None and a is not None:
                    fwd = self.title_chain(a[0], weak=True)
            elif j < n and lx.texts[j] == "(" and lx.gap[j] != 2:
                fwd = self.title_chain(j + 1, weak=False)
                if fwd is not None and not (fwd[1] < n and lx.texts[fwd[1]] == ")"):
                    fwd = None
            elif j < n and lx.gap[j] == 1:
                a0 = j
                while a0 < n and lx.norms[a0] in ADVERBS and a0 - j < 3:
                    a0 += 1
                a = L.appoint.match(lx, a0)
                if a is not None:
                    fwd = self.title_chain(a[0], weak=False)
            if fwd is None and hon is not None and j < n and lx.gap[j] == 1 and lx.cap[j] == 1:
                t = self.title_fwd(j, weak=False)
                if t is not None and t[1] is not None:  # "ông Võ Văn A Phó Bí thư Thành ủy …"
                    fwd = self.title_chain(j, weak=False)
            if fwd is not None and self.is_name(i, j, strict=hon is None):
                title = (fwd[0], fwd[1])
                org = fwd[2]
                titled = True
        if not titled and rank is not None and self.is_name(i, j, strict=False) and j - i >= 2:
            title = rank
            titled = True
        if titled:
            return Mention(i, j, title, hon, org, rank), True
        if self.is_name(i, j, strict=False):
            return Mention(i, j, None, hon, None, rank), False
        return None

    def signature(self, i: int, j: int) -> Optional[tuple[int, int]]:
        """A name alone on its line under a title line (``CHỦ TỊCH QUỐC HỘI`` / ``Nguyễn Thị Kim Ngân``)."""
        lx, L = self.lx, self.L
        if lx.gap[i] != 2 or (j < lx.n and lx.gap[j] != 2) or i == 0:
            return None
        s = i - 1
        while s > 0 and lx.gap[s] != 2:
            s -= 1
        p = s
        while p < i and (lx.norms[p] in L.signature_prefixes or lx.texts[p] in ".:"):
            p += 1
        m = L.titles.match(lx, p)
        if m is None or i - s > 8:
            return None
        return (s, i)
