"""``vpd_roles_themes``: each paragraph's role and themes (stub, being built)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..attributes import register_extensions

__all__ = ["RoleThemeClassifier", "make_roles_themes"]


class RoleThemeClassifier:
    """Sets ``span._.role``, ``span._.themes``, ``span._.theme_scores`` on paragraphs and ``doc.cats``."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("vpd_roles_themes", default_config={}, assigns=["doc.spans", "doc.cats"])
def make_roles_themes(nlp: Language, name: str) -> RoleThemeClassifier:
    return RoleThemeClassifier()
