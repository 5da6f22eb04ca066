"""Deterministic train/dev/test split by document.

Documents are grouped into strata (e.g. genre), ordered inside each stratum by a salted SHA-1 of
their id, and cut at the given proportions; so the split never depends on file order and units of
a document never straddle two splits.

Adding a document leaves the other strata as they were and keeps the order inside its own
stratum, but the cut points are counts: the documents after the new one shift by one place, and
the rounded dev and test counts may grow by one. So documents next to a cut point can change
split — at most three (one at the test/dev cut, two at the dev/train cut) — never the others.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterable, Mapping, Optional

from ..errors import InputError
from .jsonio import load_json

__all__ = ["SPLITS", "split_documents", "read_splits", "write_splits"]

SPLITS = ("train", "dev", "test")


def _rank(doc_id: str, salt: str) -> str:
    return hashlib.sha1(f"{salt}:{doc_id}".encode("utf-8")).hexdigest()


def split_documents(
    doc_ids: Iterable[str],
    strata: Optional[Mapping[str, str]] = None,
    proportions: tuple[float, float, float] = (0.70, 0.15, 0.15),
    salt: str = "viet_partydocs",
) -> dict[str, list[str]]:
    """Assign each document to ``train``/``dev``/``test``; returns split → sorted document ids.

    Inside every stratum the dev and test shares are rounded to whole documents, with at least
    one document each once the stratum has three or more.
    """
    groups: dict[str, list[str]] = {}
    for d in sorted(set(doc_ids)):
        groups.setdefault((strata or {}).get(d, ""), []).append(d)
    out: dict[str, list[str]] = {s: [] for s in SPLITS}
    for _, docs in sorted(groups.items()):
        docs.sort(key=lambda d: _rank(d, salt))
        n = len(docs)
        n_dev = max(1, round(n * proportions[1])) if n >= 3 else 0
        n_test = max(1, round(n * proportions[2])) if n >= 3 else 0
        out["test"].extend(docs[:n_test])
        out["dev"].extend(docs[n_test : n_test + n_dev])
        out["train"].extend(docs[n_test + n_dev :])
    return {s: sorted(v) for s, v in out.items()}


def read_splits(path: str | Path) -> dict[str, str]:
    """``doc_id → split`` from a splits file (``{"train": [...], "dev": [...], "test": [...]}``).

    Other keys holding a list are unknown split names; keys holding anything else (``note``) are
    comments. A file that is missing, not UTF-8 or not JSON, that is not such an object, names an
    unknown split, lists something other than document ids or puts a document in two splits
    raises :class:`~viet_partydocs.errors.InputError` naming the file (and the line for bad JSON).
    """
    name = str(path)
    data = load_json(path, "a splits JSON file")
    if not isinstance(data, dict):
        raise InputError(name, 'a splits file must be a JSON object {"train": [...], "dev": [...], "test": [...]}')
    unknown = [k for k, v in data.items() if isinstance(v, list) and k not in SPLITS]
    if unknown:
        raise InputError(name, f"unknown split {unknown[0]!r} (expected {', '.join(SPLITS)})")
    out: dict[str, str] = {}
    for s in SPLITS:
        ids = data.get(s, [])
        if not isinstance(ids, list) or not all(isinstance(d, str) for d in ids):
            raise InputError(name, f"{s!r} must be a list of document ids (strings)")
        for d in ids:
            if d in out and out[d] != s:
                raise InputError(name, f"document {d!r} is in two splits ({out[d]} and {s})")
            out[d] = s
    return out


def write_splits(splits: Mapping[str, list[str]], path: str | Path, note: str = "") -> None:
    from ..atomic import atomic_file

    data = {"note": note, **{s: list(splits.get(s, [])) for s in SPLITS}}
    with atomic_file(path) as f:
        f.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
