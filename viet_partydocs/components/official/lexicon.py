"""Phrase tables and word sets of the OFFICIAL rules, built from ``patterns/officials.py``."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ...patterns import officials as OP
from ...patterns import organisations as P
from ...text.normalize import norm_key
from ..org.phrases import Phrases

__all__ = ["OfficialLexicon", "lexicon", "ADVERBS", "TITLE_STOP", "RUN_STOP"]


class OfficialLexicon(NamedTuple):
    titles: Phrases  # strong titles (before or after a name)
    weak: Phrases  # positions only after a name
    modifiers: Phrases
    suffixes: Phrases
    ranks: Phrases
    honorifics: Phrases
    plural_hon: Phrases
    concurrent: Phrases
    appoint: Phrases
    post_held: Phrases
    set_before: Phrases
    levels: Phrases
    community: Phrases
    central: Phrases
    provinces: Phrases
    membership: Phrases
    speech: Phrases
    need_org: frozenset[tuple[str, ...]]
    surnames: frozenset[str]
    stop: frozenset[str]
    cap_honorifics: frozenset[str]
    name_prefixes: tuple[str, ...]
    honorific_counts: frozenset[str]
    not_before: frozenset[str]
    signature_prefixes: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> OfficialLexicon:
    levels = Phrases()
    for w in P.LEVEL_WORDS:
        levels.add(w, w)
    for w in P.PLACE_ABBREVIATIONS:
        levels.add_key((w,), w)
    central = Phrases()
    for w in P.CENTRAL_WORDS:
        central.add_key((w,) if "." in w else tuple(w.split()), w)
    honorifics = Phrases.of(OP.HONORIFICS)
    honorifics.add_key(("đ", "/", "c"), "đ/c")
    return OfficialLexicon(
        titles=Phrases.of(OP.TITLES),
        weak=Phrases.of(OP.WEAK_TITLES),
        modifiers=Phrases.of(OP.TITLE_MODIFIERS),
        suffixes=Phrases.of(OP.TITLE_SUFFIXES),
        ranks=Phrases.of(OP.RANKS),
        honorifics=honorifics,
        plural_hon=Phrases.of(OP.PLURAL_HONORIFICS),
        concurrent=Phrases.of(OP.CONCURRENT),
        appoint=Phrases.of(OP.APPOINTMENT_VERBS),
        post_held=Phrases.of(OP.POST_HELD),
        set_before=Phrases.of(OP.SET_PHRASES_BEFORE),
        levels=levels,
        community=Phrases.of(P.COMMUNITY_WORDS),
        central=central,
        provinces=Phrases.of(P.PROVINCES),
        membership=Phrases.of(OP.MEMBERSHIP),
        speech=Phrases.of(OP.SPEECH_VERBS),
        need_org=frozenset(tuple(norm_key(w).split()) for w in OP.TITLES_NEED_ORG),
        surnames=frozenset(norm_key(s) for s in (*OP.SURNAMES, *OP.MINORITY_SURNAMES) if " " not in s),
        stop=frozenset(norm_key(w) for w in OP.NAME_STOPWORDS),
        cap_honorifics=frozenset(norm_key(w) for w in OP.CAPITALISED_HONORIFICS),
        name_prefixes=tuple(OP.NAME_PREFIXES),
        honorific_counts=frozenset(norm_key(w) for w in OP.HONORIFIC_COUNTS),
        not_before=frozenset(norm_key(w) for w in OP.NOT_OFFICIAL_BEFORE),
        signature_prefixes=frozenset(OP.SIGNATURE_PREFIXES),
    )


#: Adverbs between a name and ``giữ chức`` (``ông A sẽ thôi giữ chức …``).
ADVERBS = frozenset(norm_key(w) for w in OP.ADVERBS_BEFORE_POST)
#: Words that end a title written after a name.
TITLE_STOP = frozenset(norm_key(w) for w in OP.TITLE_STOP)
#: Capitalised words that end a run of name syllables.
RUN_STOP = frozenset(norm_key(w) for w in OP.NAME_RUN_STOP)
