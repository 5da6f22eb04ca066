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
``doc.text`` never changes. The rules live in ``components/org/`` (see its ``__init__``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..attributes import register_extensions
from ..text.lexing import Lexed
from .org.attributes import attributes_for, describe
from .org.doclex import lex_doc
from .org.entities import add_entities
from .org.find import find_organisations
from .org.lexicon import Found, lexicon
from .org.phrases import lex_text as lex

__all__ = [
    "OrganisationRecognizer",
    "make_organisations",
    "attributes_for",
    "find_organisations",
    "Found",
    "Lexed",
    "lex",
    "add_entities",
]


class OrganisationRecognizer:
    """Adds ORG spans to ``doc.ents`` without touching the entities already there.

    aliases: also tag back-references to a body named before (``Đoàn sẽ báo cáo``) and later bare
    uses of an abbreviation given in brackets after a name.
    """

    def __init__(self, aliases: bool = True) -> None:
        register_extensions()
        self.aliases = aliases
        lexicon()

    def __call__(self, doc: Doc) -> Doc:
        lx = lex_doc(doc)
        blocked = [(e.start_char, e.end_char) for e in doc.ents]
        found = find_organisations(lx, blocked, self.aliases)
        items = []
        for f in found:
            # a back-reference or an abbreviation takes the attributes of the full name
            g = f.ref if f.ref is not None else f
            items.append((lx.starts[f.i], lx.ends[f.j - 1], describe(lx, g.i, g.j, g.elems)))
        add_entities(doc, items, "ORG", "organisation", lx.text)
        return doc


@Language.factory(
    "vpd_organisations",
    default_config={"aliases": True},
    assigns=["doc.ents", "span._.organisation"],
)
def make_organisations(nlp: Language, name: str, aliases: bool) -> OrganisationRecognizer:
    """Factory: ``nlp.add_pipe("vpd_organisations")``."""
    return OrganisationRecognizer(aliases=aliases)
