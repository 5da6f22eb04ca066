"""``Doc`` → CoNLL-style columns: one token a line, a blank line between paragraphs.

::

    # id = doc-17
    # paragraph = 0
    Ban Thường vụ	0	13	B-ORG
    Huyện ủy	14	22	I-ORG

Columns (tab-separated): token text (a word may contain spaces), start and end character
offsets into the document, and the BIO entity tag. Whitespace tokens are left out.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc

from ..attributes import PARAGRAPHS_KEY

__all__ = ["doc_to_conll"]


def doc_to_conll(doc: Doc, doc_id: str) -> Iterator[str]:
    """Lines (without newlines) of the CoNLL rendering of ``doc``."""
    yield f"# id = {doc_id}"
    paragraphs = list(doc.spans.get(PARAGRAPHS_KEY, [])) or [doc[:]]
    for k, para in enumerate(paragraphs):
        yield f"# paragraph = {k}"
        if para._.role:
            yield f"# role = {para._.role}"
        for tok in para:
            if tok.is_space:
                continue
            tag = f"{tok.ent_iob_}-{tok.ent_type_}" if tok.ent_type_ else "O"
            text = tok.text.replace("\t", " ").replace("\n", " ")
            yield f"{text}\t{tok.idx}\t{tok.idx + len(tok)}\t{tag}"
        yield ""
