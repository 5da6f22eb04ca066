"""The pipeline components, one per module; importing them registers their factories."""


def register_all() -> None:
    """Import every component module so its ``@Language.factory`` runs (entry points do the same)."""
    from . import paragraphs  # noqa: F401
