"""``vpd_organisations``: ORG entities with parsed attributes on ``span._.organisation``.

High-precision rules over the normalised syllables of the text (guide §2 ``ORG``, DOMAIN.md §2.3).
A name is parsed left to right as ``HEAD + (PARENT) + (LEVEL WORD + PLACE)*``, taking the longest
reading:

* stand-alone bodies (``Bộ Chính trị``, ``Quốc hội``, ``Trung ương Đảng``);
* party committees (``Tỉnh ủy``, ``Huyện ủy Bắc Sơn``, ``Đảng ủy xã Ma Ly Pho huyện Phong Thổ``,
  ``Đảng ủy Khối các cơ quan tỉnh``, ``Đảng ủy Công an tỉnh``);
* heads that take a parent or a place: boards (``Ban Thường vụ Huyện ủy``, ``Ủy ban Kiểm tra
  (UBKT) Trung ương``), party organisations (``Chi bộ Báo Lào Cai``), councils (``UBND tỉnh Lai
  Châu``), agencies with a field (``Sở Nội vụ tỉnh Bình Định``), named units (``Báo Lào Cai``),
  police and courts (``Công an huyện``), teams (``Đoàn kiểm tra số 471``).

Not ORG: classes and plurals (``các chi bộ``, ``đảng ủy các xã``, ``HĐND các cấp``, ``UBND cấp
tỉnh``), committee-member titles (``Tỉnh ủy viên``), bare ``Đảng``/``Nhà nước``/``Trung ương``, and
lower-case heads with nothing specific after them (``chi bộ``) unless a title precedes them
(``Trưởng ban Tổ chức Trung ương``). A bracketed abbreviation inside a name stays inside; a
trailing one (``… (UBKT)``) is its own span, and later bare uses of it in the document are ORG too.

The rules run alone; :func:`attributes_for` gives the :class:`~viet_partydocs.attributes.OrgAttrs`
of any span (e.g. one proposed by a statistical recogniser). The component keeps every entity
already in ``doc.ents`` and adds only spans that do not overlap them; where a name starts or ends
inside a word token (``Trưởng Ban`` glued by the segmenter), that token is split at the space —
``doc.text`` never changes.
"""

from __future__ import annotations

from bisect import bisect_right
from copy import copy
from functools import lru_cache
from typing import Any, Iterable, NamedTuple, Optional, Sequence

from spacy.attrs import IDX, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..attributes import OrgAttrs, register_extensions
from ..patterns import officials as OP
from ..patterns import organisations as P
from ..text.normalize import LINE_BREAKS, norm_key, normalize
from ..text.protect import PIECES

__all__ = [
    "OrganisationRecognizer",
    "make_organisations",
    "attributes_for",
    "find_organisations",
    "Lexed",
    "lex",
    "add_entities",
]


# =============================================================================================
# Lexing: the text as syllables / pieces with their normalised forms (shared with officials)
# =============================================================================================

_SPLIT_ABBR = {k for k in P.PLACE_ABBREVIATIONS if k.endswith(".")}
_MERGE_DOT = {k[:-1] for k in _SPLIT_ABBR}


class Lexed:
    """The pieces of a text: parallel lists, one entry per syllable / number / punctuation mark.

    ``gap[i]``: what separates piece ``i`` from the one before (0 nothing, 1 spaces, 2 a line
    break). ``cap[i]``: 0 lower case, 1 capitalised, 2 all capitals (two letters or more).
    ``tok[i]``: index of the word token the piece belongs to (pieces of one segmenter word share it).
    """

    __slots__ = ("text", "starts", "ends", "texts", "norms", "kinds", "cap", "gap", "tok", "n")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.texts: list[str] = []
        self.norms: list[str] = []
        self.kinds: list[str] = []
        self.cap: list[int] = []
        self.gap: list[int] = []
        self.tok: Any = None  # a _TokenIndex
        self.n = 0

    def _add(self, start: int, end: int, kind: str, gap: int) -> None:
        t = self.text[start:end]
        norm, cap = _piece_info(t)
        self.starts.append(start)
        self.ends.append(end)
        self.texts.append(t)
        self.norms.append(norm)
        self.kinds.append(kind)
        self.cap.append(cap)
        self.gap.append(gap)
        self.n += 1


@lru_cache(maxsize=200_000)
def _piece_info(t: str) -> tuple[str, int]:
    """``(norm, cap)`` of a piece's text."""
    if not t[0].isupper():
        return norm_key(t), 0
    letters = [c for c in t if c.isalpha()]
    return norm_key(t), 2 if len(letters) > 1 and all(c.isupper() for c in letters) else 1


def lex(text: str, token_starts: Optional[Sequence[int]] = None) -> Lexed:
    """Cut ``text`` into pieces (see :class:`Lexed`); ``token_starts`` are the ``Doc`` token offsets."""
    out = Lexed(text)
    starts, ends, texts, norms, kinds, caps, gaps = (
        out.starts, out.ends, out.texts, out.norms, out.kinds, out.cap, out.gap)
    gap = 2
    pending: Optional[tuple[int, int, str, int]] = None
    info = _piece_info
    for m in PIECES.finditer(text):
        kind = m.lastgroup or "other"
        if kind == "space":
            g = m.group()
            if gap != 2:
                gap = 1 if g == " " or not any(c in LINE_BREAKS for c in g) else 2
            if pending is not None:
                out._add(*pending)
                pending = None
            continue
        s, e = m.span()
        t = m.group()
        if pending is not None:
            ps, pe, pk, pg = pending
            pending = None
            if t == "." and gap == 0:
                out._add(ps, e, "word", pg)  # "TP." "Q." "H."
                gap = 0
                continue
            out._add(ps, pe, pk, pg)
        if kind == "word":
            if t in _MERGE_DOT_UPPER:
                pending = (s, e, kind, gap)
                gap = 0
                continue
        elif kind == "abbr":
            dot = t.find(".")
            low = norm_key(t)
            if dot > 0 and low[: dot + 1] in _SPLIT_ABBR and low not in P.ABBREVIATIONS and dot + 1 < len(t):
                out._add(s, s + dot + 1, "word", gap)
                out._add(s + dot + 1, e, "word", 0)
                gap = 0
                continue
        norm, cap = info(t)
        starts.append(s)
        ends.append(e)
        texts.append(t)
        norms.append(norm)
        kinds.append(kind)
        caps.append(cap)
        gaps.append(gap)
        out.n += 1
        gap = 0
    if pending is not None:
        out._add(*pending)
    out.tok = _TokenIndex(out.starts, token_starts)
    return out


class _TokenIndex:
    """``tok[k]``: the index of the ``Doc`` token that holds piece ``k`` (computed when asked)."""

    __slots__ = ("starts", "token_starts")

    def __init__(self, starts: Sequence[int], token_starts: Optional[Sequence[int]]) -> None:
        self.starts = starts
        self.token_starts = token_starts

    def __getitem__(self, k: int) -> int:
        if self.token_starts is None:
            return k
        return bisect_right(self.token_starts, self.starts[k]) - 1


_MERGE_DOT_UPPER = {k.upper() for k in _MERGE_DOT}
_LEX_CACHE: list[Any] = [None]  # (text, Lexed) of the last document lexed


def lex_doc(doc: Doc, tokens: bool = True) -> Lexed:
    """:func:`lex` of ``doc.text``, with the token of each piece unless ``tokens`` is false (then
    ``tok`` is left as it is). The last result is reused for the same text, e.g. by the officials
    component right after this one."""
    if not len(doc):
        return lex(doc.text, [])
    arr = doc.to_array([IDX, ORTH, SPACY]).tolist()
    strings = doc.vocab.strings
    # doc.text without making a Token object per token (several times faster)
    text = "".join([strings[o] + " " if sp else strings[o] for _, o, sp in arr])
    cached = _LEX_CACHE[0]
    if cached is not None and cached[0] == text:
        lx = copy(cached[1])
        if tokens:
            lx.tok = _TokenIndex(lx.starts, [a[0] for a in arr])
        return lx
    lx = lex(text, [a[0] for a in arr])
    _LEX_CACHE[0] = (text, lx)
    return lx


# =============================================================================================
# Lexicon: phrase tables keyed by normalised syllable sequences
# =============================================================================================


def _key(phrase: str) -> tuple[str, ...]:
    if "." in phrase and " " not in phrase:
        return (norm_key(phrase),)  # "T.Ư", "TP.": one piece in running text
    lx = lex(phrase)
    return tuple(lx.norms)


class _Phrases:
    """Longest-match lookup of phrases (tuples of norms) starting at a piece."""

    def __init__(self) -> None:
        self.table: dict[tuple[str, ...], Any] = {}
        self.lengths: dict[str, list[int]] = {}
        self._last: Optional[dict[str, list[tuple[tuple[str, ...], Any]]]] = None

    def add(self, phrase: str, value: Any) -> None:
        key = _key(phrase)
        self.add_key(key, value)
        if "-" in key:  # "Phòng không - Không quân" is also written with an en dash
            self.add_key(tuple("–" if x == "-" else x for x in key), value)

    def add_key(self, k: tuple[str, ...], value: Any) -> None:
        if not k:
            return
        self.table.setdefault(k, value)
        lens = self.lengths.setdefault(k[0], [])
        if len(k) not in lens:
            lens.append(len(k))
            lens.sort(reverse=True)

    def match(self, lx: Lexed, i: int, end: Optional[int] = None) -> Optional[tuple[int, Any]]:
        """``(end, value)`` of the longest phrase at piece ``i`` (no line break inside), or None."""
        lens = self.lengths.get(lx.norms[i]) if i < lx.n else None
        if not lens:
            return None
        stop = lx.n if end is None else end
        norms, gap = lx.norms, lx.gap
        for L in lens:
            j = i + L
            if j > stop:
                continue
            if L > 1 and any(gap[k] == 2 for k in range(i + 1, j)):
                continue
            v = self.table.get(tuple(norms[i:j]))
            if v is not None:
                return j, v
        return None

    def match_back(self, lx: Lexed, j: int) -> Optional[tuple[int, Any]]:
        """The longest phrase ending just before piece ``j``: ``(start, value)``."""
        best = None
        for k, v in self._by_last().get(lx.norms[j - 1], ()) if j > 0 else ():
            L = len(k)
            i = j - L
            if i < 0 or (best is not None and i >= best[0]):
                continue
            if any(lx.gap[x] == 2 for x in range(i + 1, j)):
                continue
            if tuple(lx.norms[i:j]) == k:
                best = (i, v)
        return best

    def _by_last(self) -> dict[str, list[tuple[tuple[str, ...], Any]]]:
        cache = self._last
        if cache is None:
            cache = {}
            for k, v in self.table.items():
                cache.setdefault(k[-1], []).append((k, v))
            self._last = cache
        return cache


def _expand(canonical: str) -> str:
    """Expand abbreviations word by word (``UBND`` → ``Ủy ban nhân dân``)."""
    return " ".join(P.ABBREVIATIONS.get(norm_key(w), w) for w in canonical.split())


class Entry(NamedTuple):
    cat: str  # "body", "committee", "head"
    canonical: str  # expanded canonical form
    org_type: str
    level: str
    kind: str  # body | territorial | unit | bloc | board | party | council | agency | named | police | team
    alone: bool


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, _Phrases]:
    orgs = _Phrases()
    for name, (t, lvl) in P.BODIES.items():
        orgs.add(name, Entry("body", _expand(name), t, lvl, "body", True))
    for name, (t, lvl, kind) in P.COMMITTEES.items():
        orgs.add(name, Entry("committee", _expand(name), t, lvl, kind, True))
    for name, (t, lvl, kind, alone) in P.HEADS.items():
        orgs.add(name, Entry("head", _expand(name), t, lvl, kind, alone))
    for name in P.MEDIA:
        orgs.add(name, Entry("body", name, "other", "unknown", "media", True))
    levels = _Phrases()
    for w, lvl in P.LEVEL_WORDS.items():
        levels.add(w, (w, lvl))
    for w, (canon, lvl) in P.PLACE_ABBREVIATIONS.items():
        levels.add_key((w,), (canon, lvl))
    central = _Phrases()
    for w, canon in P.CENTRAL_WORDS.items():
        central.add(w, canon)
    fields = _Phrases()
    for f in P.FIELDS:
        fields.add(f, f)
    provinces = _Phrases()
    for p in P.PROVINCES:
        provinces.add(p, p)
    community = _Phrases()
    for w in P.COMMUNITY_WORDS:
        community.add(w, w)
    bloc = _Phrases()
    for w in P.BLOC_WORDS:
        bloc.add(w, w)
    plural = _Phrases()
    for w in P.PLURAL_BEFORE:
        plural.add(w, w)
    generic = _Phrases()
    for w in P.GENERIC_AFTER:
        generic.add(w, w)
    titles = _Phrases()
    for w in (*OP.TITLES, *P.TITLE_BEFORE_HEAD):
        titles.add(w, w)
    for w in OP.TITLE_MODIFIERS:
        titles.add(w, w)
    for w in OP.HONORIFICS:
        titles.add(w, w)
    for w in OP.RANKS:
        titles.add(w, w)
    real_titles = _Phrases()
    for w in OP.TITLES:
        real_titles.add(w, w)
    place_block = _Phrases()
    for w in (*OP.TITLES, *OP.RANKS, "Đồng chí", "Ông", "Anh", "Chị", "đ/c"):
        place_block.add(w, w)
    return {
        "orgs": orgs, "levels": levels, "central": central, "fields": fields, "provinces": provinces,
        "community": community, "bloc": bloc, "plural": plural, "generic": generic, "titles": titles,
        "place_block": place_block, "real_titles": real_titles,
    }


@lru_cache(maxsize=1)
def _name_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    surnames = frozenset(norm_key(s) for s in (*OP.SURNAMES, *OP.MINORITY_SURNAMES) if " " not in s)
    middles = frozenset(norm_key(s) for s in OP.MIDDLE_NAMES)
    central_cities = frozenset(norm_key(s) for s in P.CENTRAL_CITIES)
    return surnames, middles, central_cities


def _norm_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(norm_key(w) for w in words)


_CONNECT = _norm_set(P.CONNECTORS)
_PLACE_STOP = _norm_set(P.PLACE_STOP)
_HYPHENS = frozenset({"-", "–"})
_ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})
_NOT_ORG_ABBR = _norm_set(P.NOT_ORG_ABBREVIATIONS)
_STRETCH_STOP = _norm_set(P.NAME_STRETCH_STOP)
_COMPANY_WORDS = _norm_set(P.COMPANY_WORDS)


# =============================================================================================
# The grammar
# =============================================================================================


class Elem(NamedTuple):
    role: str  # head | body | committee | central | level | place | field | name | bloc | number | bracket
    i: int
    j: int
    canonical: str
    org_type: str
    level: str
    kind: str
    alone: bool = False


class _Parser:
    def __init__(self, lx: Lexed) -> None:
        self.lx = lx
        self.L = _lexicon()
        self.surnames, self.middles, self.central_cities = _name_sets()

    # -- small helpers ----------------------------------------------------------------------
    def capword(self, i: int) -> bool:
        lx = self.lx
        return i < lx.n and lx.kinds[i] == "word" and lx.cap[i] > 0 and lx.gap[i] != 2

    def title_before(self, i: int) -> bool:
        m = self.L["titles"].match_back(self.lx, i)
        return m is not None

    # -- places -----------------------------------------------------------------------------
    def place(self, j: int, after_level: bool, title_ctx: bool = False) -> Optional[int]:
        """End of a place name starting at ``j`` (capitalised run, number after a level word)."""
        lx = self.lx
        if j >= lx.n or lx.gap[j] == 2:
            return None
        if after_level and lx.kinds[j] == "num":
            k = j + 1
            if k < lx.n and lx.gap[k] == 0 and lx.kinds[k] == "word" and lx.cap[k] and len(lx.texts[k]) <= 2:
                k += 1  # "5A"
            return k
        if not self.capword(j):
            return None
        pm = self.L["provinces"].match(lx, j)
        if lx.cap[j] == 2 and pm is None and (len(lx.texts[j]) > 4 or not lx.texts[j].isascii()) \
                and lx.norms[j] not in P.ABBREVIATIONS:
            return None  # a word in an all-capitals line ("LUẬT CÔNG AN NHÂN DÂN") is not a place
        if pm is None:
            if self.L["orgs"].match(lx, j) is not None or self.L["levels"].match(lx, j) is not None:
                # a capitalised level word starts a nested place, a head starts another body
                return None
            tm = self.L["place_block"].match(lx, j)
            if tm is not None and not (lx.norms[j] in self.surnames and tm[0] == j + 1):
                return None
            if lx.norms[j] in _PLACE_STOP:
                return None
        k = j
        run: list[int] = []
        while k < lx.n and self.capword(k) and lx.gap[k] == 1 or (k == j and self.capword(k)):
            if k > j and (pm is None or k >= pm[0]):
                if lx.norms[k] in _PLACE_STOP or self.L["levels"].match(lx, k) is not None:
                    break
                om = self.L["orgs"].match(lx, k)
                if om is not None and om[0] - k > 1:
                    break
            run.append(k)
            k += 1
            # hyphenated names: "Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm"
            if k + 1 < lx.n and lx.norms[k] in _HYPHENS and lx.gap[k] != 2 and self.capword(k + 1):
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
            if len(rest) >= 2 and lx.norms[rest[0]] in self.surnames:
                return p_end
        # a person's name glued after the place ("Tỉnh ủy Quảng Bình Hoàng Đăng Quang")
        if n >= 4:
            cands = [k2 for k2 in range(1, n - 1) if lx.norms[names[k2]] in self.surnames and 2 <= n - k2 <= 4]
            if cands:
                cands.sort(key=lambda k2: (abs(n - k2 - 3), k2))
                cut = names[cands[0]]
                while cut - 1 > j and lx.norms[cut - 1] in _HYPHENS:
                    cut -= 1
                return cut
        if after_level and title_ctx and n == 3 and lx.norms[names[0]] in self.surnames \
                and lx.norms[names[1]] in self.middles and pm is None:
            return None  # "Chủ tịch Ủy ban MTTQ tỉnh Hà Văn Khiêm": the chairman's name, not the province
        if not after_level and n in (2, 3) and lx.norms[names[0]] in self.surnames:
            if n == 3 and (title_ctx or lx.norms[names[1]] in self.middles):
                return None
            if n == 2 and title_ctx and lx.norms[names[1]] in self.middles:
                return None
        return end

    def level_place(self, j: int, title_ctx: bool = False) -> Optional[list[Elem]]:
        """``huyện Phong Thổ``, ``tỉnh``, ``TP HCM``, ``phường 5`` (level word, optional place)."""
        lx = self.lx
        if j >= lx.n or lx.gap[j] == 2:
            return None
        if lx.norms[j] in ("tphcm", "tp.hcm"):
            return [Elem("level", j, j, "thành phố", "", "province", ""),
                    Elem("place", j, j + 1, "Hồ Chí Minh", "", "", "")]
        m = self.L["levels"].match(lx, j)
        if m is None:
            return None
        k, (canon, lvl) = m
        if k < lx.n and lx.norms[k] == "ủy":  # "Tỉnh ủy" is a committee, not a level word
            return None
        if k < lx.n and lx.gap[k] != 2 and lx.norms[k] in ("viên",):
            return None
        out = [Elem("level", j, k, canon, "", lvl, "")]
        p = self.place(k, True, title_ctx)
        if p is not None:
            out.append(Elem("place", k, p, _place_text(lx, k, p), "", "", ""))
        return out

    def locators(self, j: int, title_ctx: bool) -> list[Elem]:
        """Nested ``LEVEL PLACE`` after a place (``xã Ma Ly Pho huyện Phong Thổ``)."""
        out: list[Elem] = []
        while True:
            lp = self.level_place(j, title_ctx)
            if not lp or len(lp) < 2:
                return out
            out.extend(lp)
            j = lp[-1].j

    def central(self, j: int) -> Optional[list[Elem]]:
        lx = self.lx
        if j >= lx.n or lx.gap[j] == 2:
            return None
        m = self.L["central"].match(lx, j)
        if m is None:
            return None
        k = m[0]
        if k == j + 1 and lx.cap[j] != 2 and "." not in lx.norms[j]:  # "tư pháp" is not "TƯ"
            return None
        out = [Elem("central", j, k, "Trung ương", "", "central", "")]
        if k < lx.n and lx.gap[k] == 1 and lx.norms[k] == "đảng" and lx.cap[k]:
            out.append(Elem("central", k, k + 1, "Đảng", "", "central", ""))
        return out

    def bracket(self, j: int) -> Optional[int]:
        """End of a bracketed abbreviation ``(UBKT)`` / ``(BTV)`` at ``j``, or None."""
        lx = self.lx
        if j + 2 < lx.n and lx.texts[j] == "(" and lx.gap[j] != 2:
            k = j + 1
            while k < lx.n and k < j + 5 and lx.texts[k] != ")" and lx.gap[k] != 2:
                if lx.cap[k] != 2 and lx.norms[k] not in P.CENTRAL_WORDS and lx.norms[k] not in P.ABBREVIATIONS:
                    return None
                k += 1
            if k < lx.n and k > j + 1 and lx.texts[k] == ")":
                return k + 1
        return None

    def name_run(self, j: int, allow_num: bool = False, company: bool = False) -> Optional[int]:
        """A capitalised unit name (``Lào Cai``, ``Dầu khí Việt Nam``, ``Than - Khoáng sản``)."""
        lx = self.lx
        if j >= lx.n or lx.gap[j] == 2:
            return None
        k = j
        # company types before the name: "Công ty cổ phần …", "Công ty TNHH MTV …"
        while k < lx.n and lx.gap[k] != 2:
            m2 = _match_set(lx, k, _COMPANY_WORDS)
            if m2 is None:
                break
            k = m2
        if k < lx.n and allow_num and lx.kinds[k] == "num" and lx.gap[k] != 2:
            k += 1
            if k < lx.n and lx.gap[k] == 0 and lx.kinds[k] == "word" and len(lx.texts[k]) <= 2:
                k += 1
            return k
        if not self.capword(k):
            return None
        if self.L["titles"].match(lx, k) is not None and lx.norms[k] not in self.surnames:
            return None
        start_tok = None
        last = k
        while k < lx.n and lx.gap[k] != 2:
            if lx.kinds[k] == "word" and (lx.cap[k] or (start_tok is not None and lx.tok[k] == lx.tok[k - 1])):
                if lx.cap[k] and k > j and lx.norms[k] in self.surnames and self._looks_like_person(k):
                    break
                start_tok = lx.tok[k]
                last = k + 1
                k += 1
                continue
            if lx.norms[k] in _CONNECT and k + 1 < lx.n and self.capword(k + 1) and lx.norms[k] != "," \
                    and self.L["orgs"].match(lx, k + 1) is None and len(self.level_place(k + 1) or ()) < 2:
                k += 1
                continue
            if company and last > j and k == last:
                # "Tập đoàn Dệt may Việt Nam", "Công ty Dịch vụ công ích Q. 8": a short lower-case
                # stretch inside a company name, closed by a capitalised word or a level word + place
                q = k
                while q < lx.n and q < k + 5 and lx.kinds[q] == "word" and not lx.cap[q] and lx.gap[q] == 1 \
                        and lx.norms[q] not in _STRETCH_STOP:
                    q += 1
                if q > k and q < lx.n and lx.gap[q] == 1:
                    lp = self.level_place(q)
                    if lp and len(lp) > 1:
                        return lp[-1].j
                    if lx.norms[q] in ("việt", "vn") or self.L["provinces"].match(lx, q) is not None:
                        pe = self.L["provinces"].match(lx, q)
                        if pe is not None:
                            return pe[0]
                        return q + (2 if lx.norms[q] == "việt" and q + 1 < lx.n and lx.norms[q + 1] == "nam" else 1)
            break
        return last if last > j else None

    def _looks_like_person(self, k: int) -> bool:
        lx = self.lx
        n = 0
        while k + n < lx.n and self.capword(k + n) and lx.gap[k + n] == 1 or (n == 0 and self.capword(k)):
            n += 1
            if n > 5:
                break
        return 2 <= n <= 4 and (n == 2 or lx.norms[k + 1] in self.middles)

    def field(self, j: int) -> Optional[int]:
        """A field name after ``Bộ``/``Sở``/``Phòng`` … (table first, then a capitalised word)."""
        lx = self.lx
        if j >= lx.n or lx.gap[j] == 2:
            return None
        best = None
        m = self.L["fields"].match(lx, j)
        if m is not None:
            best = m[0]
        # connector-tolerant table match: "Lao động, thương binh và xã hội"
        m2 = _fuzzy_field(lx, j)
        if m2 is not None and (best is None or m2 > best):
            best = m2
        if best is not None:
            return best
        if not self.capword(j) or lx.cap[j] == 2 and lx.norms[j] not in P.ABBREVIATIONS:
            if lx.kinds[j] == "word" and lx.cap[j] == 2 and lx.norms[j] in _ROMAN:
                return j + 1  # "Vụ IV"
            return None
        if self.L["orgs"].match(lx, j) is not None or self.L["levels"].match(lx, j) is not None:
            return None
        if lx.norms[j] in self.surnames and self._looks_like_person(j):
            return None
        # the capitalised word with the rest of its segmenter word ("Hải quan", "Tài chính")
        k = j + 1
        while k < lx.n and lx.tok[k] == lx.tok[j] and lx.kinds[k] == "word" and lx.gap[k] == 1:
            k += 1
        # a short lower-case rest when the name is closed right after ("Chi cục Quản lý đất đai,")
        q = k
        while q < lx.n and q < k + 3 and lx.kinds[q] == "word" and not lx.cap[q] and lx.gap[q] == 1 \
                and lx.norms[q] not in _STRETCH_STOP and self.L["levels"].match(lx, q) is None:
            q += 1
        if q > k and (q >= lx.n or lx.gap[q] == 2 or lx.kinds[q] in ("other",) and lx.texts[q] in ",.;:()"
                      or self.L["levels"].match(lx, q) is not None):
            return q
        return k

    # -- the organisation grammar ------------------------------------------------------------
    def org_at(self, i: int, depth: int = 0, allowed: Optional[frozenset[str]] = None,
               title_ctx: bool = False) -> Optional[tuple[int, list[Elem]]]:
        """Parse the longest organisation name starting at piece ``i``."""
        lx = self.lx
        if i >= lx.n or depth > 3:
            return None
        m = self.L["orgs"].match(lx, i)
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
                    and self.capword(i - 1) and (norms[i - 1] in self.surnames or norms[i - 1] in self.middles) \
                    and not self.title_before(i):
                return None  # "Nguyễn Trường Duy": inside a personal name
        if i > 0 and lx.gap[i] == 1 and (
                (lx.norms[i - 1] == "tổng" and norms[i] == "thanh")  # "Tổng Thanh tra Chính phủ": a title
                or (lx.norms[i - 1] == "nhà" and lx.cap[i - 1] and e.cat == "body")):  # "Nhà Quốc hội": a building
            return None
        if e.kind == "media":
            canon_caps = [w[:1].isupper() for w in e.canonical.split()]
            if [bool(lx.cap[k]) for k in range(i, j)] != canon_caps:
                return None
        if j < lx.n and norms[j] == "viên" and lx.gap[j] == 1:  # Tỉnh ủy viên, Đảng ủy viên
            return None
        if e.canonical in ("Thường trực", "Thường vụ"):
            if self.title_before(i) or (j < lx.n and norms[j] in ("ban",) and j + 2 < lx.n and norms[j + 1] == "bí"):
                return None
        head = Elem(e.cat, i, j, e.canonical, e.org_type, e.level, e.kind, e.alone)
        elems = [head]
        rest = self.complements(j, e, depth, title_ctx)
        if rest is None:
            return None
        elems.extend(rest)
        return (elems[-1].j, elems)

    def complements(self, j: int, e: Entry, depth: int, title_ctx: bool) -> Optional[list[Elem]]:
        """The complements of head ``e`` ending at ``j``; None when the head needs one and has none."""
        kind = e.kind
        lx = self.lx
        out: list[Elem] = []
        if j >= lx.n or lx.gap[j] == 2:
            if e.alone or e.cat != "head" or kind in ("board", "party", "council", "team"):
                return out
            return None
        # a bracketed abbreviation in the middle: "Ủy ban Kiểm tra (UBKT) Trung ương"
        b = self.bracket(j)
        if b is not None:
            inner = self._complement(b, e, depth, title_ctx)
            if inner:
                return [Elem("bracket", j, b, "", "", "", ""), *inner]
        inner = self._complement(j, e, depth, title_ctx)
        if inner is None:
            if e.cat == "head" and kind in ("agency", "named", "police") and not e.alone:
                return None
            return out
        return inner

    def _complement(self, j: int, e: Entry, depth: int, title_ctx: bool) -> Optional[list[Elem]]:
        kind = e.kind
        lx = self.lx
        if j >= lx.n or lx.gap[j] == 2:
            return None
        out: list[Elem] = []
        if kind == "body":
            if e.canonical.startswith("Ban ") and "Trung ương" not in e.canonical:
                c = self.central(j)
                if c:
                    return c
            return None
        if kind == "territorial":
            lp = self.level_place(j, title_ctx)
            if lp:
                return lp + self.locators(lp[-1].j, title_ctx) if len(lp) > 1 else lp
            p = self.place(j, False, title_ctx)
            if p is not None:
                out.append(Elem("place", j, p, _place_text(lx, j, p), "", "", ""))
                return out + self.locators(p, title_ctx)
            return None
        if kind in ("unit", "party", "bloc"):
            if kind == "bloc" or (lx.norms[j] == "khối" and lx.gap[j] == 1):
                return self.bloc(j if kind == "bloc" else j + 1, j if kind != "bloc" else None)
            lp = self.level_place(j, title_ctx)
            if lp:
                return lp + (self.locators(lp[-1].j, title_ctx) if len(lp) > 1 else [])
            if kind == "party":
                cm = self.L["community"].match(lx, j)
                if cm is not None:
                    p = self.place(cm[0], True, title_ctx) or self.name_run(cm[0], allow_num=True)
                    if p is not None:
                        return [Elem("level", j, cm[0], lx.text[lx.starts[j]:lx.ends[cm[0] - 1]], "", "grassroots", ""),
                                Elem("place", cm[0], p, _place_text(lx, cm[0], p), "", "", "")]
                    return None
                if lx.norms[j] == "cơ" and j + 1 < lx.n and lx.norms[j + 1] == "quan":  # "Chi bộ cơ quan …"
                    k = j + 2
                    sub = self.org_at(k, depth + 1, _ANY_PARENT, title_ctx)
                    if sub is not None:
                        return [Elem("name", j, k, lx.text[lx.starts[j]:lx.ends[k - 1]], "", "", ""), *sub[1]]
                    return [Elem("name", j, k, lx.text[lx.starts[j]:lx.ends[k - 1]], "", "", "")]
            sub = self.org_at(j, depth + 1, _UNIT_PARENTS if kind == "unit" else _PARTY_PARENTS, title_ctx)
            if sub is not None:
                return sub[1]
            bare = self.bare_unit(j)
            if bare is not None:
                return [bare]
            c = self.central(j) if kind == "unit" else None
            if c:
                return c
            if kind == "party" or e.canonical == "Chi ủy" or (kind == "unit" and lx.cap[j] == 2):
                r = self.name_run(j, allow_num=True) if lx.norms[j] not in _NOT_ORG_ABBR else None
                if r is not None:
                    return [Elem("name", j, r, lx.text[lx.starts[j]:lx.ends[r - 1]], "", "", ""),
                            *self.locators(r, title_ctx)]
            return None
        if kind == "board":
            sub = self.org_at(j, depth + 1, _BOARD_PARENTS, title_ctx)
            if sub is not None:
                return sub[1]
            bare = self.bare_unit(j)
            if bare is not None:
                return [bare]
            c = self.central(j)
            if c:
                return c
            lp = self.level_place(j, title_ctx)
            if lp:
                return lp + (self.locators(lp[-1].j, title_ctx) if len(lp) > 1 else [])
            return None
        if kind == "council":
            lp = self.level_place(j, title_ctx)
            if lp:
                return lp + (self.locators(lp[-1].j, title_ctx) if len(lp) > 1 else [])
            if lx.norms[j] in ("việt", "vn"):
                k = j + (2 if lx.norms[j] == "việt" and j + 1 < lx.n and lx.norms[j + 1] == "nam" else 1)
                return [Elem("place", j, k, "Việt Nam", "", "central", "")]
            c = self.central(j)
            if c:
                return c
            return None
        if kind == "police":
            if e.canonical.startswith("Cơ quan"):
                sub = self.org_at(j, depth + 1, frozenset({"police"}), title_ctx)
                if sub is not None:
                    return sub[1]
            lp = self.level_place(j, title_ctx)
            if lp:
                return lp + (self.locators(lp[-1].j, title_ctx) if len(lp) > 1 else [])
            if lx.norms[j] == "tối" and j + 1 < lx.n and lx.norms[j + 1] == "cao":
                return [Elem("level", j, j + 2, "tối cao", "", "central", "")]
            c = self.central(j)
            if c:
                return c
            p = self.place(j, False, title_ctx)
            if p is not None:
                return [Elem("place", j, p, _place_text(lx, j, p), "", "", "")]
            return None
        if kind == "agency":
            if e.canonical == "Thanh tra":
                sub = self.org_at(j, depth + 1, _AGENCY_PARENTS, title_ctx)
                if sub is not None:
                    return sub[1]
                lp = self.level_place(j, title_ctx)
                if lp:
                    return lp
                return None
            f = self.field(j)
            if f is None:
                return None
            out = [Elem("field", j, f, _field_text(lx, j, f), "", "", "")]
            k = f
            if k < lx.n and lx.gap[k] != 2:
                if lx.kinds[k] == "num" and e.canonical in ("Vụ", "Cục", "Phòng"):
                    out.append(Elem("number", k, k + 1, lx.texts[k], "", "", ""))
                    return out
                lp = self.level_place(k, title_ctx)
                if lp:
                    return out + lp + (self.locators(lp[-1].j, title_ctx) if len(lp) > 1 else [])
                sub = self.org_at(k, depth + 1, _AGENCY_PARENTS, title_ctx)
                if sub is not None:
                    return out + sub[1]
                bare = self.bare_unit(k)
                if bare is not None:
                    return out + [bare]
                p = self.place(k, False, title_ctx) if lx.cap[k] else None
                if p is not None and self.L["provinces"].match(lx, k) is not None:
                    return out + [Elem("place", k, p, _place_text(lx, k, p), "", "", "")]
            return out
        if kind == "named":
            r = self.name_run(j, allow_num=e.canonical in ("Sư đoàn", "Quân khu", "Trường", "Công ty"),
                              company=e.canonical in ("Công ty", "Tổng Công ty", "Tập đoàn"))
            if r is None:
                return None
            out = [Elem("name", j, r, lx.text[lx.starts[j]:lx.ends[r - 1]], "", "", "")]
            k = r
            if k < lx.n and lx.gap[k] == 1 and lx.norms[k] in ("tại", "ở") and e.canonical == "Đại sứ quán":
                p = self.place(k + 1, False, title_ctx)
                if p is not None:
                    return out + [Elem("name", k, p, lx.text[lx.starts[k]:lx.ends[p - 1]], "", "", "")]
            lp = self.level_place(k, title_ctx)
            if lp and len(lp) > 1:
                return out + lp
            return out
        if kind == "team":
            return self.team(j, e)
        return None

    def bare_unit(self, j: int) -> Optional[Elem]:
        """A capitalised bare agency word that points back to one named before (``Đảng ủy Sở``)."""
        lx = self.lx
        if j >= lx.n or lx.gap[j] != 1:
            return None
        m = self.L["orgs"].match(lx, j)
        if m is None or m[1].kind not in ("agency", "named") or m[1].canonical in ("Vụ", "Phòng"):
            return None
        if not lx.cap[j] and m[1].canonical not in ("Công ty", "Tập đoàn", "Tổng Công ty"):
            return None
        k = m[0]
        if k < lx.n and lx.gap[k] == 1 and lx.cap[k] and lx.kinds[k] == "word":
            return None  # a name follows but was not parsed: not a bare back-reference
        e = m[1]
        return Elem("head", j, k, e.canonical, e.org_type, e.level, e.kind, True)

    def bloc(self, j: int, khoi: Optional[int]) -> list[Elem]:
        """The bloc name after ``Khối`` (``các cơ quan tỉnh Quảng Nam``, ``Doanh nghiệp Trung ương``)."""
        lx = self.lx
        out: list[Elem] = []
        if khoi is not None:
            out.append(Elem("bloc", khoi, khoi + 1, "Khối", "", "bloc", ""))
        k = j
        while k < lx.n and lx.gap[k] != 2:
            m = self.L["bloc"].match(lx, k)
            if m is None:
                break
            k = m[0]
        if k > j:
            out.append(Elem("name", j, k, lx.text[lx.starts[j]:lx.ends[k - 1]], "", "bloc", ""))
            sub = self.org_at(k, 1, _AGENCY_PARENTS)
            if sub is not None:
                out.extend(sub[1])
                k = sub[0]
        lp = self.level_place(k)
        if lp:
            out.extend(lp)
            k = lp[-1].j
        if k < lx.n and lx.gap[k] == 1 and lx.norms[k] == "tại" and k > j:
            lp = self.level_place(k + 1)
            if lp and len(lp) > 1:
                out.append(Elem("name", k, k + 1, "tại", "", "", ""))
                out.extend(lp)
        return out

    def team(self, j: int, e: Entry) -> Optional[list[Elem]]:
        lx = self.lx
        if e.canonical in ("Đoàn kiểm tra", "Đoàn giám sát", "Đoàn công tác", "Tổ công tác"):
            if j + 1 < lx.n and lx.norms[j] == "số" and lx.kinds[j + 1] == "num" and lx.gap[j] == 1:
                return [Elem("number", j, j + 2, lx.text[lx.starts[j]:lx.ends[j + 1]], "", "", "")]
            return None
        if e.canonical in ("Tiểu ban",):
            r = self.name_run(j)
            if r is not None:
                return [Elem("name", j, r, lx.text[lx.starts[j]:lx.ends[r - 1]], "", "", "")]
            return None
        # Ban Chỉ đạo + purpose up to "Trung ương" / a level word ("Cải cách tư pháp Trung ương")
        k = j
        while k < lx.n and k < j + 10 and lx.gap[k] == 1 and lx.kinds[k] == "word":
            c = self.central(k)
            if c and k > j:
                return [Elem("name", j, k, lx.text[lx.starts[j]:lx.ends[k - 1]], "", "", ""), *c]
            if lx.norms[k] == "đề" and lx.cap[k] and k + 1 < lx.n and lx.norms[k + 1] == "án":
                return [Elem("name", j, k + 2, lx.text[lx.starts[j]:lx.ends[k + 1]], "", "", "")]
            if lx.norms[k] == "cấp" and k + 1 < lx.n:
                lv = self.L["levels"].match(lx, k + 1)
                if lv is not None:
                    return [Elem("name", j, k, "cấp", "", "", ""),
                            Elem("level", k + 1, lv[0], lv[1][0], "", lv[1][1], "")]
            k += 1
        lp = self.level_place(j)
        if lp:
            return lp
        return None


_UNIT_PARENTS = frozenset({"agency", "police", "named", "party", "council", "body", "team"})
_PARTY_PARENTS = frozenset({"agency", "police", "named", "council", "body"})
_BOARD_PARENTS = frozenset({"committee", "body", "council", "party", "team", "agency", "police", "bloc", "board"})
_AGENCY_PARENTS = frozenset({"agency", "police", "council", "body", "committee"})
_ANY_PARENT = frozenset({"agency", "police", "council", "body", "committee", "named", "party", "team"})


def _match_set(lx: Lexed, k: int, words: frozenset[str]) -> Optional[int]:
    for L in (3, 2, 1):
        if k + L <= lx.n and " ".join(lx.norms[k : k + L]) in words:
            return k + L
    return None


@lru_cache(maxsize=1)
def _fuzzy_fields() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for f in P.FIELDS:
        k = tuple(x for x in _key(f) if x not in _CONNECT)
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
            elif lx.norms[p] in _CONNECT and q > 0:
                p += 1
            else:
                break
        if q == len(k):
            return p
    return None


def _place_text(lx: Lexed, i: int, j: int) -> str:
    t = normalize(lx.text[lx.starts[i] : lx.ends[j - 1]])
    return P.ABBREVIATIONS.get(norm_key(t), t) if lx.cap[i] == 2 else t


def _field_text(lx: Lexed, i: int, j: int) -> str:
    return normalize(lx.text[lx.starts[i] : lx.ends[j - 1]])


# =============================================================================================
# Finding the organisations of a text
# =============================================================================================


class Found(NamedTuple):
    i: int  # first piece
    j: int  # end piece (exclusive)
    elems: tuple[Elem, ...]
    ref: Optional["Found"] = None  # the full name a bare back-reference points to


def _plural_before(p: _Parser, i: int, through_title: bool = False) -> bool:
    lx = p.lx
    if i == 0 or lx.gap[i] == 2:
        return False
    if through_title:  # "các Bí thư Tỉnh ủy": the plural is on the title
        t = p.L["real_titles"].match_back(lx, i)
        if t is not None and t[0] < i:
            return _plural_before(p, t[0])
    prev = i - 1
    if lx.kinds[prev] == "num":
        if len(lx.norms[prev]) == 4 and lx.norms[prev][:2] in ("19", "20"):
            return False  # a year: "năm 2017 UBKT Thành ủy …"
        return not (prev > 0 and lx.norms[prev - 1] in ("thứ", "số", "khóa", "lần", "kỳ", "năm", "ngày"))
    m = p.L["plural"].match_back(lx, i)
    if m is None:
        return False
    # "các cấp ủy" / "các" before the head; but "Chủ tịch Hội đồng" etc. are not plurals
    return True


def _generic_after(p: _Parser, j: int) -> bool:
    lx = p.lx
    if j >= lx.n or lx.gap[j] == 2:
        return False
    m = p.L["generic"].match(lx, j)
    return m is not None


_COMPANIES = frozenset(P.COMPANY_HEADS)
_COORD = _norm_set(P.COORDINATORS)
_TEAMS = frozenset(P.TEAMS)


def _accept(p: _Parser, f: Found) -> str:
    """``"ok"``, ``"no"``, or ``"bare"`` (a bare head kept only inside a coordination)."""
    lx = p.lx
    head = f.elems[0]
    if _plural_before(p, f.i):
        return "no"
    last = f.elems[-1]
    bare = len(f.elems) == 1
    if last.role in ("head", "committee", "level", "body") and _generic_after(p, f.j):
        return "no"
    if last.role == "level" and f.j < lx.n and lx.gap[f.j] != 2:
        # "UBND xã, phường, thị trấn": a class of bodies
        k = f.j + 1 if lx.norms[f.j] in (",", "và", "hoặc", "/") else None
        if k is not None and k < lx.n and p.L["levels"].match(lx, k) is not None:
            return "no"
    lower = not any(lx.cap[k] for k in range(head.i, head.j))
    titled = p.title_before(f.i)
    if bare:
        if head.role == "head":
            if head.canonical in _TEAMS:
                return "ok"
            if lower:
                return "ok" if titled and head.kind in ("board", "team", "party") and head.j - head.i > 1 \
                    and head.canonical not in ("Chi bộ", "Đảng bộ") else "no"
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
        if head.canonical in ("Đảng bộ",) and any(e.level in ("province", "district") for e in f.elems[1:]):
            return "ok"
        return "no"
    return "ok"


def find_organisations(lx: Lexed, blocked: Optional[Sequence[tuple[int, int]]] = None,
                       aliases: bool = True) -> list[Found]:
    """Every organisation name in ``lx``, longest first, left to right, not overlapping ``blocked``
    (character ranges of entities already present)."""
    p = _Parser(lx)
    firsts = p.L["orgs"].lengths
    blocked_pieces = _blocked_pieces(lx, blocked or ())
    i = 0
    n = lx.n
    abbrevs: dict[str, Found] = {}
    cands: list[list[Any]] = []
    while i < n:
        if lx.norms[i] not in firsts or i in blocked_pieces:
            i += 1
            continue
        if p.L["orgs"].match(lx, i) is None:
            i += 1
            continue
        title_ctx = p.title_before(i)
        r = p.org_at(i, 0, None, title_ctx)
        if r is None:
            i += 1
            continue
        j, elems = r
        f = Found(i, j, tuple(elems))
        if any(k in blocked_pieces for k in range(i, j)):
            # shrink to the part before the blocked entity
            k = next(k for k in range(i, j) if k in blocked_pieces)
            elems2 = tuple(e for e in elems if e.j <= k)
            if not elems2:
                i += 1
                continue
            f = Found(i, elems2[-1].j, elems2)
        status = _accept(p, f)
        if status == "no":
            i = max(i + 1, f.elems[0].j)
            continue
        cands.append([f, status])
        # a trailing bracketed abbreviation is its own span: "… (UBKT)"
        b = p.bracket(f.j)
        short = b is not None and b - f.j == 3 and lx.cap[f.j + 1] == 2
        if not short and f.elems[0].canonical in _COMPANIES and f.j + 2 < lx.n and lx.texts[f.j] == "(" \
                and lx.texts[f.j + 2] == ")" and lx.cap[f.j + 1] == 1 and len(lx.texts[f.j + 1]) >= 4 \
                and lx.kinds[f.j + 1] == "word" and p.L["provinces"].match(lx, f.j + 1) is None:
            b, short = f.j + 3, True  # "Tập đoàn Hóa chất Việt Nam (Vinachem)"
        if status == "ok" and short and f.j + 1 not in blocked_pieces:
            ab = Found(f.j + 1, f.j + 2, (Elem("abbr", f.j + 1, f.j + 2, lx.texts[f.j + 1], "", "", ""),), f)
            cands.append([ab, "ok"])
            abbrevs[lx.norms[f.j + 1]] = f
            i = b
            continue
        i = f.j
    # coordinated bodies share the specific part of the last one: "HĐND, UBND xã Lê Hồng"
    for idx in range(len(cands) - 2, -1, -1):
        f, status = cands[idx]
        if status != "bare":
            continue
        g, st2 = cands[idx + 1]
        if st2 == "ok" and g.i - f.j == 1 and lx.norms[f.j] in _COORD and lx.gap[g.i] != 2:
            cands[idx][1] = "ok"
    # a coordination of bare heads that is a class as a whole: "của Đảng ủy, HĐND, UBND và các đoàn
    # thể cấp xã", "các Bí thư Tỉnh ủy, Thành ủy, Đảng ủy"
    idx = 0
    while idx < len(cands):
        end = idx
        while end + 1 < len(cands) and cands[end + 1][0].i - cands[end][0].j == 1 \
                and lx.norms[cands[end][0].j] in _COORD and lx.gap[cands[end + 1][0].i] != 2:
            end += 1
        chain = cands[idx : end + 1]
        first, last = chain[0][0], chain[-1][0]
        generic = _plural_before(p, first.i, through_title=True)
        if len(chain) > 1 and last.j + 1 < lx.n and lx.norms[last.j] in _COORD and lx.gap[last.j + 1] != 2 \
                and lx.norms[last.j + 1] in ("các", "những"):
            generic = True
        if generic:
            for c in chain:
                if len(c[0].elems) == 1 and c[0].elems[0].role in ("head", "committee"):
                    c[1] = "no"
        idx = end + 1
    out = [f for f, st in cands if st == "ok"]
    if aliases:
        out = _back_references(p, out, blocked_pieces)
    if aliases and abbrevs:
        taken = set()
        for f in out:
            taken.update(range(f.i, f.j))
        for k in range(n):
            if lx.norms[k] in abbrevs and k not in taken and k not in blocked_pieces and lx.cap[k] == 2:
                out.append(Found(k, k + 1, (Elem("abbr", k, k + 1, lx.texts[k], "", "", ""),), abbrevs[lx.norms[k]]))
        out.sort(key=lambda f: f.i)
    return out


_BACKREF_HEADS = frozenset(tuple(norm_key(h).split()) for h in P.BACK_REFERENCE_HEADS)
_BACKREF_NEXT = _norm_set(P.BACK_REFERENCE_NEXT)


def _back_references(p: _Parser, found: list[Found], blocked: set[int]) -> list[Found]:
    """Bare capitalised heads that point back to a body named earlier (guide §5):
    ``Đoàn kiểm tra số 471 … Đoàn sẽ kiểm tra …`` → the second ``Đoàn`` is ORG."""
    lx = p.lx
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
            if k > 0 and key == ("ban",) and lx.norms[k - 1] in ("phó", "trưởng"):
                break  # "Phó Ban", "Trưởng Ban": titles
            if k > 0 and lx.gap[k] == 1 and p.capword(k - 1) and not p.title_before(k):
                break
            if _plural_before(p, k):
                break
            out.append(Found(k, end, (Elem("ref", k, end, ante.elems[0].canonical, "", "", ""),), ante))
            taken.update(range(k, end))
            break
    out.sort(key=lambda f: f.i)
    return out


def _blocked_pieces(lx: Lexed, blocked: Iterable[tuple[int, int]]) -> set[int]:
    """The pieces that overlap one of the character ranges ``blocked``."""
    out: set[int] = set()
    for bs, be in blocked:
        k = max(0, bisect_right(lx.starts, bs) - 1)
        while k < lx.n and lx.starts[k] < be:
            if lx.ends[k] > bs:
                out.add(k)
            k += 1
    return out


# =============================================================================================
# Attributes
# =============================================================================================


def _describe(lx: Lexed, i: int, j: int, elems: Optional[Sequence[Elem]] = None) -> OrgAttrs:
    """``OrgAttrs`` of the pieces ``[i, j)``; ``elems`` are the parsed parts when known."""
    if elems is None:
        elems = _tag(lx, i, j)
    org_type = "other"
    level = "unknown"
    place: Optional[str] = None
    first = next((e for e in elems if e.role in ("head", "body", "committee")), None)
    central_cities = _name_sets()[2]
    if first is not None:
        org_type = first.org_type
        parent = next((e for e in elems if e.role in ("head", "body", "committee") and e is not first), None)
        if first.canonical in ("Văn phòng", "Thường trực", "Thanh tra") and parent is not None:
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
    canonical = _canonical(lx, i, j, elems)
    return {"org_type": org_type, "level": level, "place": place, "canonical": canonical}


def _tag(lx: Lexed, i: int, j: int) -> list[Elem]:
    """Parts of any span, for spans not produced by the grammar (a model's, say)."""
    p = _Parser(lx)
    out: list[Elem] = []
    k = i
    while k < j:
        r = p.org_at(k, 0, None, False)
        if r is not None and r[0] <= j:
            out.extend(r[1])
            k = r[0]
            continue
        m = p.L["orgs"].match(lx, k, j)
        if m is not None:
            e = m[1]
            out.append(Elem(e.cat, k, m[0], e.canonical, e.org_type, e.level, e.kind))
            k = m[0]
            continue
        lp = p.level_place(k)
        if lp and lp[-1].j <= j:
            out.extend(lp)
            k = lp[-1].j
            continue
        c = p.central(k)
        if c and c[-1].j <= j:
            out.extend(c)
            k = c[-1].j
            continue
        k += 1
    return out


def _canonical(lx: Lexed, i: int, j: int, elems: Sequence[Elem] = ()) -> str:
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
                if e.role == "place" and lx.norms[e.i] in ("tphcm", "tp.hcm"):
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
    lx = lex(span.text)
    return _describe(lx, 0, lx.n)


# =============================================================================================
# Writing entities (shared with the officials component)
# =============================================================================================


def _split_tokens(doc: Doc, offsets: Iterable[int]) -> None:
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


def add_entities(doc: Doc, items: Sequence[tuple[int, int, dict[str, Any]]], label: str, ext: str) -> list[Span]:
    """Add ``(start_char, end_char, attrs)`` entities of ``label`` that overlap no existing entity."""
    if not items:
        return []
    taken = sorted((e.start_char, e.end_char) for e in doc.ents)
    chosen: list[tuple[int, int, dict[str, Any]]] = []
    for s, e, a in sorted(items, key=lambda x: (x[0], -(x[1] - x[0]))):
        if s >= e:
            continue
        if any(ts < e and s < te for ts, te in taken):
            continue
        chosen.append((s, e, a))
        taken.append((s, e))
    if not chosen:
        return []
    _split_tokens(doc, [x for s, e, _ in chosen for x in (s, e)])
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


# =============================================================================================
# The component
# =============================================================================================


class OrganisationRecognizer:
    """Adds ORG spans to ``doc.ents`` without touching the entities already there.

    aliases: also tag later bare uses of an abbreviation given in brackets after a name.
    """

    def __init__(self, aliases: bool = True) -> None:
        register_extensions()
        self.aliases = aliases
        _lexicon()

    def __call__(self, doc: Doc) -> Doc:
        lx = lex_doc(doc)
        blocked = [(e.start_char, e.end_char) for e in doc.ents]
        found = find_organisations(lx, blocked, self.aliases)
        items = []
        for f in found:
            # a back-reference or an abbreviation takes the attributes of the full name
            g = f.ref if f.ref is not None else f
            items.append((lx.starts[f.i], lx.ends[f.j - 1], _describe(lx, g.i, g.j, g.elems)))
        add_entities(doc, items, "ORG", "organisation")
        return doc


@Language.factory(
    "vpd_organisations",
    default_config={"aliases": True},
    assigns=["doc.ents", "span._.organisation"],
)
def make_organisations(nlp: Language, name: str, aliases: bool) -> OrganisationRecognizer:
    """Factory: ``nlp.add_pipe("vpd_organisations")``."""
    return OrganisationRecognizer(aliases=aliases)
