"""``vpd_officials``: OFFICIAL entities with parsed attributes on ``span._.official``.

The span is the person's name only (guide §2 ``OFFICIAL``, DOMAIN.md §3). Rules, in two passes
over the document:

1. **Titled mentions** — a name with its position:
   ``Đồng chí NAME, TITLE`` · ``Ông/Bà NAME - TITLE`` · ``NAME- TITLE`` · ``NAME (TITLE)`` ·
   ``TITLE NAME`` with stacked titles before the name (``Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban
   Dân vận Tỉnh ủy Hà Văn Khiêm``), concurrent posts (``kiêm``,
   ``đồng thời là``), former posts (``nguyên …``), a rank before the name (``Đại tướng …``, kept
   outside the span), ``NAME giữ chức TITLE``, and a signature block (a title line, then the
   name alone on the next line).
2. **Back-references** — every other mention of a person titled anywhere in the document: the
   full name again, or an honorific with the given name (``ông Chính``, ``bà Kim Thoa``).

Not officials: names with no position anywhere in the document (bylines such as ``Anh Thơ``,
photo credits, citizens), all-capitals bylines (``PHÙNG KHIÊM``), ``đồng chí`` after a number
(``57 đồng chí`` counts people), set phrases (``tư tưởng, đạo đức, phong cách Hồ Chí Minh``,
``Bác Hồ``).

Attributes (:class:`~viet_partydocs.attributes.OfficialAttrs`): ``title`` as written (stacked
titles joined as written; for a back-reference, the title given elsewhere in the document),
``honorific`` as written (``Đồng chí``, ``ông``, ``đ/c`` …) and ``organisation`` (the text of the
ORG entity inside the title nearest to the name). :func:`attributes_for` computes them for any
span, e.g. one proposed by a statistical recogniser.
The rules live in ``components/official/`` (see its ``__init__``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..attributes import register_extensions
from .official.find import analyse_doc, attributes_for, find_officials, official_attrs
from .official.lexicon import lexicon
from .org.entities import add_entities

__all__ = ["OfficialRecognizer", "make_officials", "attributes_for", "find_officials"]


class OfficialRecognizer:
    """Adds OFFICIAL spans to ``doc.ents`` without touching the entities already there.

    back_references: also tag untitled mentions of a person titled elsewhere in the document.
    """

    def __init__(self, back_references: bool = True) -> None:
        register_extensions()
        self.back_references = back_references
        lexicon()

    def __call__(self, doc: Doc) -> Doc:
        lx, found = analyse_doc(doc)
        items = []
        for m, person in found:
            if not self.back_references and m.title is None:
                continue
            items.append((lx.starts[m.i], lx.ends[m.j - 1], official_attrs(lx, m, person)))
        add_entities(doc, items, "OFFICIAL", "official", lx.text)
        return doc


@Language.factory(
    "vpd_officials",
    default_config={"back_references": True},
    assigns=["doc.ents", "span._.official"],
)
def make_officials(nlp: Language, name: str, back_references: bool) -> OfficialRecognizer:
    """Factory: ``nlp.add_pipe("vpd_officials")``."""
    return OfficialRecognizer(back_references=back_references)
