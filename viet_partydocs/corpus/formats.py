"""Annotated corpora: the guide's inline JSONL (§4) and our standoff JSONL.

**Inline** (one paragraph per line, text inside; for users' corpora and our own fixtures)::

    {"id": "doc-17/p3", "doc_id": "doc-17", "text": "…", "role": "body",
     "themes": ["membership_growth"], "spans": [{"start": 12, "end": 33, "label": "QUANTITY"}]}

**Standoff** (no third-party text in the repository; the text is read at run time)::

    {"id": "baomoi-123/4", "doc_id": "baomoi-123", "source": "corpus", "doc": "baomoi-123",
     "unit": 4, "sha1": "<first 16 hex digits of the unit text's SHA-1>", "role": "body",
     "themes": [...], "spans": [{"start": 0, "end": 7, "label": "ORG"}]}

``source`` is ``"corpus"`` (``unit`` indexes the article's ``paragraphs`` in
``corpus/articles.jsonl``, or is ``"title"`` for its title) or ``"seeds"`` (``doc`` is the file name
in ``seeds/``, ``unit`` the index of the paragraph, guide §1). Texts are read from a *text root*
(default: ``$VIET_PARTYDOCS_TEXTS``, else ``../shared`` beside the repository or the working
directory). A missing text or a changed one (hash mismatch) is an error naming the line.

Spans may carry gold ``attrs`` (``DOC_CODE``: ``type_code``, ``number``, ``issuer_code``,
``family``; ``QUANTITY``: ``value``, ``kind``) for attribute evaluation.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from ..errors import InputError
from ..text.paragraphs import paragraph_offsets
from .validate import CorpusError, Span, Unit, validate_units

__all__ = [
    "TEXTS_ENV",
    "default_text_root",
    "default_corpus_dir",
    "text_hash",
    "read_units",
    "read_inline",
    "read_standoff",
    "write_inline",
    "write_standoff",
    "unit_to_inline",
    "group_documents",
    "CorpusError",
]

TEXTS_ENV = "VIET_PARTYDOCS_TEXTS"


def text_hash(text: str) -> str:
    """The hash stored in standoff records: first 16 hex digits of SHA-1 of the UTF-8 text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def default_corpus_dir() -> Path:
    """The repository's ``corpora/`` folder (shipped annotations and splits)."""
    here = Path(__file__).resolve().parents[2] / "corpora"
    return here if here.is_dir() else Path.cwd() / "corpora"


def default_text_root() -> Path:
    """``$VIET_PARTYDOCS_TEXTS``, else the first existing ``../shared`` (repository, then cwd)."""
    env = os.environ.get(TEXTS_ENV)
    if env:
        return Path(env)
    candidates = [Path(__file__).resolve().parents[3] / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared"]
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[0]


class _Texts:
    """Unit texts under a text root, read lazily and cached."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @lru_cache(maxsize=None)
    def _articles(self) -> dict[str, dict[str, Any]]:
        path = self.root / "corpus" / "articles.jsonl"
        if not path.exists():
            return {}
        out = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    out[r["id"]] = r
        return out

    @lru_cache(maxsize=None)
    def _seed(self, name: str) -> Optional[list[str]]:
        path = self.root / "seeds" / name
        if not path.exists():
            return None
        text = path.read_text(encoding="utf-8")
        return [text[a:b] for a, b in paragraph_offsets(text)]

    def get(self, source: str, doc: str, unit: Any) -> Optional[str]:
        if source == "corpus":
            art = self._articles().get(doc)
            if art is None:
                return None
            if unit == "title":
                return art.get("title")
            paras = art.get("paragraphs", [])
            return paras[unit] if isinstance(unit, int) and 0 <= unit < len(paras) else None
        if source == "seeds":
            paras = self._seed(doc)
            if paras is None:
                return None
            return paras[unit] if isinstance(unit, int) and 0 <= unit < len(paras) else None
        return None


@lru_cache(maxsize=8)
def _texts(root: str) -> _Texts:
    return _Texts(Path(root))


def _spans(obj: Any, where: str) -> list[Span]:
    if obj is None:
        return []
    if not isinstance(obj, list):
        raise InputError(where, "'spans' must be a list")
    out = []
    for s in obj:
        if isinstance(s, dict):
            start, end, label = s.get("start"), s.get("end"), s.get("label")
            attrs = s.get("attrs")
        elif isinstance(s, (list, tuple)) and len(s) >= 3:
            start, end, label = s[0], s[1], s[2]
            attrs = None
        else:
            raise InputError(where, f"a span must be {{start, end, label}}, got {s!r}")
        if not isinstance(start, int) or not isinstance(end, int) or not isinstance(label, str):
            raise InputError(where, f"a span needs integer start/end and a string label, got {s!r}")
        out.append(Span(start, end, label, attrs if isinstance(attrs, dict) else None))
    return out


def _iter_json_lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory, expected a JSONL file") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(str(path), f"is not valid UTF-8 ({e.reason})", raw[: e.start].count(b"\n") + 1) from None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(str(path), f"not valid JSON ({e.msg} at column {e.colno})", n) from None
        if not isinstance(obj, dict):
            raise InputError(str(path), "each line must be a JSON object", n)
        yield n, obj


def _common(obj: dict[str, Any], where: str, text: str) -> Unit:
    uid = obj.get("id")
    if not isinstance(uid, (str, int)) or uid == "":
        raise InputError(where, "the record has no 'id'")
    doc_id = obj.get("doc_id")
    if doc_id is None:
        doc_id = str(uid).rsplit("/", 1)[0] if "/" in str(uid) else str(uid)
    themes = obj.get("themes") or []
    if not isinstance(themes, list) or not all(isinstance(t, str) for t in themes):
        raise InputError(where, "'themes' must be a list of strings")
    role = obj.get("role")
    if role is not None and not isinstance(role, str):
        raise InputError(where, "'role' must be a string")
    meta = obj.get("meta") or {}
    return Unit(str(uid), str(doc_id), text, role, list(themes), _spans(obj.get("spans"), where), dict(meta), where)


def read_inline(path: str | Path) -> list[Unit]:
    """Read inline JSONL (guide §4); raise on the first malformed line (``file:line: reason``)."""
    path = Path(path)
    units = []
    for n, obj in _iter_json_lines(path):
        where = f"{path}:{n}"
        text = obj.get("text")
        if not isinstance(text, str):
            raise InputError(str(path), "the record has no 'text' string", n)
        units.append(_common(obj, where, text))
    return units


def read_standoff(path: str | Path, text_root: str | Path | None = None) -> list[Unit]:
    """Read standoff JSONL, resolving each unit's text under ``text_root`` and checking its hash."""
    path = Path(path)
    root = Path(text_root) if text_root is not None else default_text_root()
    texts = _texts(str(root.resolve()))
    units = []
    for n, obj in _iter_json_lines(path):
        where = f"{path}:{n}"
        source, doc, unit = obj.get("source"), obj.get("doc"), obj.get("unit")
        if source not in ("corpus", "seeds") or not isinstance(doc, str):
            raise InputError(str(path), "a standoff record needs 'source' ('corpus' or 'seeds') and 'doc'", n)
        text = texts.get(source, doc, unit)
        if text is None:
            raise InputError(
                str(path),
                f"text of {source} {doc!r} unit {unit!r} not found under {root} "
                f"(set --text-root or ${TEXTS_ENV} to the folder holding corpus/ and seeds/)",
                n,
            )
        expected = obj.get("sha1")
        if expected and text_hash(text) != expected:
            raise InputError(
                str(path), f"text of {source} {doc!r} unit {unit!r} has changed (hash {text_hash(text)} != {expected})", n
            )
        units.append(_common(obj, where, text))
    return units


def read_units(paths: Iterable[str | Path], text_root: str | Path | None = None, validate: bool = True) -> list[Unit]:
    """Read annotated units from inline or standoff JSONL files (detected per line) and validate them."""
    units: list[Unit] = []
    for p in map(Path, paths):
        first = next(_iter_json_lines(p), None)
        if first is None:
            continue
        if "text" in first[1]:
            units.extend(read_inline(p))
        else:
            units.extend(read_standoff(p, text_root))
    return validate_units(units) if validate else units


def _span_dict(s: Span) -> dict[str, Any]:
    d: dict[str, Any] = {"start": s.start, "end": s.end, "label": s.label}
    if s.attrs:
        d["attrs"] = s.attrs
    return d


def unit_to_inline(u: Unit) -> dict[str, Any]:
    """The inline (guide §4) record of a unit."""
    rec: dict[str, Any] = {
        "id": u.id,
        "doc_id": u.doc_id,
        "text": u.text,
        "role": u.role,
        "themes": list(u.themes),
        "spans": [_span_dict(s) for s in sorted(u.spans, key=lambda s: s.start)],
    }
    if u.meta:
        rec["meta"] = u.meta
    return rec


def write_inline(units: Iterable[Unit], path: str | Path) -> None:
    """Write inline JSONL atomically."""
    from ..atomic import atomic_file

    with atomic_file(path) as f:
        for u in units:
            f.write(json.dumps(unit_to_inline(u), ensure_ascii=False) + "\n")


def write_standoff(records: Iterable[tuple[Unit, str, str, Any]], path: str | Path) -> None:
    """Write standoff JSONL atomically from ``(unit, source, doc, unit_ref)`` tuples."""
    from ..atomic import atomic_file

    with atomic_file(path) as f:
        for u, source, doc, ref in records:
            rec = {
                "id": u.id,
                "doc_id": u.doc_id,
                "source": source,
                "doc": doc,
                "unit": ref,
                "sha1": text_hash(u.text),
                "role": u.role,
                "themes": list(u.themes),
                "spans": [_span_dict(s) for s in sorted(u.spans, key=lambda s: s.start)],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def group_documents(units: Iterable[Unit]) -> list[tuple[str, list[Unit]]]:
    """Units grouped by ``doc_id``, documents in order of first appearance, units in file order."""
    docs: dict[str, list[Unit]] = {}
    for u in units:
        docs.setdefault(u.doc_id, []).append(u)
    return list(docs.items())

