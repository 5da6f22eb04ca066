"""Shared fixtures. Real texts come from ../shared (never copied into the repository)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VIET_PARTYDOCS_TEXTS", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus" / "articles.jsonl").exists():
        pytest.skip(f"the shared real texts are not available at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def tok_nlp():
    """A pipeline with our tokenizer and the paragraphs component only."""
    from viet_partydocs import create_pipeline

    return create_pipeline(["vpd_paragraphs"])
