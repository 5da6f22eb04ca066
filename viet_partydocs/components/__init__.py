"""The pipeline components, one per module; importing them registers their factories."""


def register_all() -> None:
    """Import every component module so its ``@Language.factory`` runs (entry points do the same)."""
    from . import doc_codes, officials, organisations, paragraphs, quantities, roles_themes  # noqa: F401
