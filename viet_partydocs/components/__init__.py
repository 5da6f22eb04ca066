"""The pipeline components, one per module; importing them registers their factories."""


def register_all() -> None:
    """Import every component module so its ``@Language.factory`` runs (entry points do the same)."""
    from . import (  # noqa: F401
        candidates,
        doc_codes,
        entity_merge,
        officials,
        organisations,
        paragraphs,
        quantities,
        roles_themes,
    )
