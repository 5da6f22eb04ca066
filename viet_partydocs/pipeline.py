"""The pipeline, assembled in one place.

``create_pipeline()`` builds it from code (tokenizer + components, in order); ``load()`` loads a
saved pipeline directory — by default the one shipped in ``models/`` (installed as
``viet_partydocs.models``). The shipped directory is produced by ``scripts/build_pipeline.py``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable

import spacy
from spacy.language import Language

from .errors import ModelError

__all__ = ["TOKENIZER", "PIPE_NAMES", "NER_PIPE", "create_pipeline", "assemble", "load", "default_model_path"]

#: Registered name of the tokenizer.
TOKENIZER = "viet_partydocs.Tokenizer.v1"
#: The rule and classifier components, in order (factory names, also used as pipe names).
PIPE_NAMES: tuple[str, ...] = (
    "vpd_paragraphs",
    "vpd_doc_codes",
    "vpd_organisations",
    "vpd_officials",
    "vpd_quantities",
    "vpd_roles_themes",
)
#: Pipe name of the statistical ORG/OFFICIAL recogniser (spaCy's ``ner`` factory).
NER_PIPE = "vpd_ner"
#: Environment variable that points ``load()`` at another pipeline directory.
MODEL_ENV = "VIET_PARTYDOCS_MODEL"
#: Name of the shipped pipeline directory inside ``models/``.
SHIPPED = "vi_partydocs"


def create_pipeline(
    components: Iterable[str] = PIPE_NAMES, tokenizer: dict[str, Any] | None = None
) -> Language:
    """A new, untrained pipeline with our tokenizer and the given components."""
    config = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER, **(tokenizer or {})}}}
    nlp = spacy.blank("vi", config=config)
    for name in components:
        nlp.add_pipe(name)
    return nlp


def assemble(
    ner: str | Path | Language | None = None,
    roles_themes: Any = None,
    merge_policy: str = "rules_first",
    tokenizer: dict[str, Any] | None = None,
) -> Language:
    """The full pipeline from trained parts: ``ner`` (a trained recogniser pipeline, its directory,
    or None for rules only) and ``roles_themes`` (trained role/theme models or their directory).

    With a recogniser the order is: paragraphs, ``vpd_ner``, ``vpd_candidates`` (sets its
    predictions aside), doc codes, organisations, officials, ``vpd_entity_merge`` (combines rules
    and recogniser by ``merge_policy``), quantities, roles & themes.
    """
    nlp = create_pipeline(PIPE_NAMES, tokenizer=tokenizer)
    if ner is not None:
        source = ner if isinstance(ner, Language) else spacy.load(ner)
        nlp.add_pipe("ner", name=NER_PIPE, source=source, after="vpd_paragraphs")
        nlp.add_pipe("vpd_candidates", after=NER_PIPE)
        nlp.add_pipe("vpd_entity_merge", after="vpd_officials", config={"policy": merge_policy})
    if roles_themes is not None:
        from .classify.models import load_models

        models = load_models(roles_themes) if isinstance(roles_themes, (str, Path)) else roles_themes
        nlp.get_pipe("vpd_roles_themes").set_models(models)
    return nlp


def default_model_path() -> Path:
    """Where ``load()`` looks when no path is given: ``$VIET_PARTYDOCS_MODEL`` or the shipped model."""
    env = os.environ.get(MODEL_ENV)
    if env:
        return Path(env)
    try:  # the repository's models/ folder, installed as the package viet_partydocs.models
        from . import models

        root = Path(next(iter(models.__path__)))
    except ImportError:  # a plain checkout on sys.path, not installed
        root = Path(__file__).resolve().parents[1] / "models"
    return root / SHIPPED


def load(path: str | Path | None = None, **kwargs: Any) -> Language:
    """Load a pipeline directory (default: the shipped models). Keyword arguments go to ``spacy.load``."""
    shipped = path is None
    path = Path(path) if path is not None else default_model_path()
    if not (path / "config.cfg").exists():
        raise ModelError(
            f"{path}: not a viet_partydocs pipeline directory (no config.cfg). "
            "Build the shipped one with: python scripts/build_pipeline.py"
        )
    nlp = spacy.load(path, **kwargs)
    if shipped and "vpd_roles_themes" in nlp.pipe_names and not nlp.get_pipe("vpd_roles_themes").is_trained:
        raise ModelError(
            f"{path}: the shipped pipeline has no trained paragraph role/theme models; "
            "rebuild it with: python scripts/build_pipeline.py"
        )
    return nlp
