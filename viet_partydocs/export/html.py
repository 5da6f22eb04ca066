"""``Doc`` → an HTML page with the entities highlighted by displaCy."""

from __future__ import annotations

from typing import Sequence

from spacy import displacy
from spacy.tokens import Doc

__all__ = ["COLORS", "docs_to_html"]

#: displaCy colours of our labels (also registered under the ``spacy_displacy_colors`` entry point).
COLORS = {"ORG": "#7aecec", "OFFICIAL": "#feca74", "DOC_CODE": "#c887fb", "QUANTITY": "#e4e7d2"}


def docs_to_html(docs: Sequence[Doc], titles: Sequence[str]) -> str:
    """One HTML page rendering every doc, each under its title."""
    for doc, title in zip(docs, titles):
        doc.user_data["title"] = title
    return displacy.render(
        list(docs), style="ent", page=True, jupyter=False, options={"colors": COLORS}
    )
