"""The attributes the pipeline writes, as typed, documented, msgpack-friendly values.

Every parsed attribute is a plain ``dict`` described by a :class:`~typing.TypedDict`, stored on a
spaCy extension. Plain dicts survive ``Doc.to_bytes``, ``DocBin`` and ``nlp.pipe(n_process=…)``
(spaCy serialises extension values with msgpack); the TypedDicts give their shape to type
checkers and readers.

Span extensions (entities in ``doc.ents``):

========================  =================================  ==================================
extension                 value                              set on
========================  =================================  ==================================
``span._.doc_code``       :class:`DocCodeAttrs` or ``None``   ``DOC_CODE`` entities
``span._.quantity``       :class:`QuantityAttrs` or ``None``  ``QUANTITY`` entities
``span._.organisation``   :class:`OrgAttrs` or ``None``       ``ORG`` entities
``span._.official``       :class:`OfficialAttrs` or ``None``  ``OFFICIAL`` entities
``span._.attrs``          the one of the four for the label   every entity (read-only getter)
========================  =================================  ==================================

Paragraph spans (``doc.spans["paragraphs"]``): ``span._.role`` (``"body"``, ``"title"``,
``"boilerplate"`` or ``None`` before classification), ``span._.themes`` (chosen themes, a list),
``span._.theme_scores`` (theme → probability). ``doc.cats`` holds document-level theme scores.
"""

from __future__ import annotations

from typing import Any, Literal, Optional, TypedDict

from spacy.tokens import Span

from .labels import ENTITY_LABELS, ROLES, THEMES

__all__ = [
    "DocCodeAttrs",
    "QuantityAttrs",
    "OrgAttrs",
    "OfficialAttrs",
    "ENTITY_LABELS",
    "ATTR_EXTENSION",
    "PARAGRAPHS_KEY",
    "ROLES",
    "THEMES",
    "register_extensions",
]

#: Which span extension holds the parsed attributes of each label.
ATTR_EXTENSION: dict[str, str] = {
    "ORG": "organisation",
    "OFFICIAL": "official",
    "DOC_CODE": "doc_code",
    "QUANTITY": "quantity",
}
#: ``doc.spans`` key of the paragraphs.
PARAGRAPHS_KEY = "paragraphs"
Family = Literal["party", "state"]
Level = Literal["central", "province", "district", "commune", "grassroots", "bloc", "unknown"]


class DocCodeAttrs(TypedDict):
    """Parsed ``DOC_CODE``: ``Quyết định số 318-QĐ/HU ngày 04/9/2020 của Ban Thường vụ Huyện ủy``."""

    doc_type: Optional[str]  #: canonical type word, e.g. ``"Quyết định"`` (the type word wins over the code)
    type_code: Optional[str]  #: type abbreviation normalised, e.g. ``"QĐ"``
    number: Optional[str]  #: the (first) number as written, e.g. ``"318"``
    numbers: list[str]  #: every number, e.g. ``["18", "19"]`` for ``18, 19-NQ/TW``
    issuer_code: Optional[str]  #: issuer abbreviation(s) normalised, e.g. ``"HU"``, ``"BTCTU-BDVTU"``
    issuer_level: Level  #: level of the issuing body
    family: Optional[Family]  #: ``"party"`` (``07-NQ/TU``) or ``"state"`` (``34/2019/NĐ-CP``)
    year: Optional[int]  #: the year inside a state code, ``2019``
    date: Optional[str]  #: ISO date from a following ``ngày dd/mm/yyyy``
    plenum: Optional[str]  #: plenum number of ``Nghị quyết Trung ương 4 (khóa XII)`` → ``"4"``
    term: Optional[str]  #: term of the plenum → ``"XII"``
    issuer: Optional[str]  #: the ORG text after ``của``, if any


class QuantityAttrs(TypedDict):
    """Parsed ``QUANTITY``: ``kết nạp gần 200 đảng viên mới`` → value 200, unit ``đảng viên mới``."""

    value: float  #: the number, Vietnamese separators resolved (``2.948`` → 2948.0, ``96,7`` → 96.7)
    kind: Literal["count", "percent", "ratio", "money"]
    total: Optional[float]  #: the denominator of a ratio (``18/18`` → 18.0)
    unit: Optional[str]  #: the counted noun phrase as written, e.g. ``"đảng viên mới"``
    qualifier: Literal["exact", "approx", "over", "under"]
    predicate: Optional[str]  #: governing verb, e.g. ``"kết nạp"``
    change: Optional[Literal["increase", "decrease", "exceed"]]


class OrgAttrs(TypedDict):
    """Parsed ``ORG``: ``UBND tỉnh Lai Châu`` → people_committee, province, ``Lai Châu``."""

    org_type: str  #: one of the guide's org types (``party_committee``, ``people_committee`` …)
    level: Level
    place: Optional[str]  #: place name inside the name, e.g. ``"Phong Thổ"``
    canonical: str  #: abbreviations expanded, spelling normalised (``Ủy ban nhân dân tỉnh Lai Châu``)


class OfficialAttrs(TypedDict):
    """Parsed ``OFFICIAL``: ``Đồng chí Hà Minh Tuấn, Trưởng Ban Tổ chức Huyện ủy``."""

    title: Optional[str]  #: the position as written (stacked titles as written)
    honorific: Optional[str]  #: ``Đồng chí``, ``Ông``, ``Bà``, ``đ/c`` … or ``None``
    organisation: Optional[str]  #: the ORG named in the title, if any


def _entity_attrs(span: Span) -> Optional[dict[str, Any]]:
    name = ATTR_EXTENSION.get(span.label_)
    return getattr(span._, name) if name else None


def register_extensions() -> None:
    """Register every extension once per process (idempotent; safe in spaCy worker processes)."""
    for name in (*ATTR_EXTENSION.values(), "role", "themes", "theme_scores"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Span.has_extension("attrs"):
        Span.set_extension("attrs", getter=_entity_attrs)


register_extensions()
