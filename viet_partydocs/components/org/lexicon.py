"""The organisation lexicon: phrase tables built from ``patterns/``, word sets, and the parse
:class:`Context` (a lexed text with the lexicon) every rule reads."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, NamedTuple, Optional

from ...patterns import officials as OP
from ...patterns import organisations as P
from ...text.lexing import Lexed
from ...text.normalize import norm_key
from .phrases import Phrases

__all__ = [
    "Entry", "Elem", "Found", "Lexicon", "lexicon", "Context", "expand", "norm_set",
    "CONNECT", "PLACE_STOP", "HYPHENS", "ROMAN", "NOT_ORG_ABBR", "STRETCH_STOP", "COMPANY_WORDS",
    "COMPANIES", "COORD", "TEAMS",
]


class Entry(NamedTuple):
    """A head of the lexicon (``BODIES``, ``COMMITTEES``, ``HEADS`` or ``MEDIA``)."""

    cat: str  # "body", "committee", "head"
    canonical: str  # expanded canonical form
    org_type: str
    level: str
    kind: str  # body | territorial | unit | bloc | board | party | council | agency | named | police | team | media
    alone: bool


class Elem(NamedTuple):
    """A part of a parsed name: pieces ``[i, j)``."""

    role: str  # head | body | committee | central | level | place | field | name | bloc | number | bracket | abbr | ref
    i: int
    j: int
    canonical: str
    org_type: str
    level: str
    kind: str
    alone: bool = False


class Found(NamedTuple):
    """An organisation name found in a text: pieces ``[i, j)`` and its parts."""

    i: int  # first piece
    j: int  # end piece (exclusive)
    elems: tuple[Elem, ...]
    ref: Optional["Found"] = None  # the full name a back-reference or an abbreviation points to


def expand(canonical: str) -> str:
    """Expand abbreviations word by word (``UBND`` → ``Ủy ban nhân dân``)."""
    return " ".join(P.ABBREVIATIONS.get(norm_key(w), w) for w in canonical.split())


def norm_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(norm_key(w) for w in words)


class Lexicon(NamedTuple):
    orgs: Phrases  # heads → Entry
    levels: Phrases  # level words → (canonical, level)
    central: Phrases  # "Trung ương" and its abbreviations
    fields: Phrases
    provinces: Phrases
    community: Phrases
    bloc: Phrases
    plural: Phrases
    generic: Phrases
    titles: Phrases  # titles, modifiers, honorifics, ranks: a head after them is specific
    place_block: Phrases  # words that never start a place
    real_titles: Phrases
    surnames: frozenset[str]
    middles: frozenset[str]
    central_cities: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    orgs = Phrases()
    for name, (t, lvl) in P.BODIES.items():
        orgs.add(name, Entry("body", expand(name), t, lvl, "body", True))
    for name, (t, lvl, kind) in P.COMMITTEES.items():
        orgs.add(name, Entry("committee", expand(name), t, lvl, kind, True))
    for name, (t, lvl, kind, alone) in P.HEADS.items():
        orgs.add(name, Entry("head", expand(name), t, lvl, kind, alone))
    for name in P.MEDIA:
        orgs.add(name, Entry("body", name, "other", "unknown", "media", True))
    levels = Phrases()
    for w, lvl in P.LEVEL_WORDS.items():
        levels.add(w, (w, lvl))
    for w, (canon, lvl) in P.PLACE_ABBREVIATIONS.items():
        levels.add_key((w,), (canon, lvl))
    central = Phrases()
    for w, canon in P.CENTRAL_WORDS.items():
        central.add(w, canon)
    return Lexicon(
        orgs=orgs,
        levels=levels,
        central=central,
        fields=Phrases.of(P.FIELDS),
        provinces=Phrases.of(P.PROVINCES),
        community=Phrases.of(P.COMMUNITY_WORDS),
        bloc=Phrases.of(P.BLOC_WORDS),
        plural=Phrases.of(P.PLURAL_BEFORE),
        generic=Phrases.of(P.GENERIC_AFTER),
        titles=Phrases.of((*OP.TITLES, *P.TITLE_BEFORE_HEAD, *OP.TITLE_MODIFIERS, *OP.HONORIFICS, *OP.RANKS)),
        place_block=Phrases.of((*OP.TITLES, *OP.RANKS, *P.NOT_PLACE_START)),
        real_titles=Phrases.of(OP.TITLES),
        surnames=frozenset(norm_key(s) for s in (*OP.SURNAMES, *OP.MINORITY_SURNAMES) if " " not in s),
        middles=norm_set(OP.MIDDLE_NAMES),
        central_cities=norm_set(P.CENTRAL_CITIES),
    )


CONNECT = norm_set(P.CONNECTORS)
PLACE_STOP = norm_set(P.PLACE_STOP)
HYPHENS = frozenset({"-", "–"})
ROMAN = norm_set(P.ROMAN_NUMERALS)
NOT_ORG_ABBR = norm_set(P.NOT_ORG_ABBREVIATIONS)
STRETCH_STOP = norm_set(P.NAME_STRETCH_STOP)
COMPANY_WORDS = norm_set(P.COMPANY_WORDS)
COMPANIES = frozenset(P.COMPANY_HEADS)
COORD = norm_set(P.COORDINATORS)
TEAMS = frozenset(P.TEAMS)


class Context:
    """A lexed text with the lexicon: what every rule of the grammar reads."""

    __slots__ = ("lx", "L")

    def __init__(self, lx: Lexed) -> None:
        self.lx = lx
        self.L = lexicon()

    def capword(self, i: int) -> bool:
        """A capitalised word on the same line as the piece before."""
        lx = self.lx
        return i < lx.n and lx.kinds[i] == "word" and lx.cap[i] > 0 and lx.gap[i] != 2

    def title_before(self, i: int) -> bool:
        """A title (or title modifier, honorific, rank) ends just before piece ``i``."""
        return self.L.titles.match_back(self.lx, i) is not None
