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
``family``; ``QUANTITY``: ``value``, ``kind``; ``OFFICIAL``: ``title``, ``honorific``) for attribute
evaluation. An attribute that is a piece of some unit's text may be stored standoff as
``"<field>_at": [unit id, start, end]`` (the corpus stores ``title_at``); readers add ``"<field>"``
with that text.

:func:`read_annotations` reads these two formats and the exports of doccano
(:mod:`.doccano`) and Label Studio (:mod:`.labelstudio`), detecting each file's format, and
reports every problem of every file at once (``file:line: reason``).
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional

from ..errors import InputError
from ..text.paragraphs import paragraph_offsets
from ._shared import finish
from .doccano import doccano_units
from .jsonio import JsonSource, read_records, read_text
from .labelstudio import labelstudio_units
from .validate import CorpusError, Span, Unit, validate_units

__all__ = [
    "TEXTS_ENV",
    "default_text_root",
    "default_corpus_dir",
    "UnitTexts",
    "texts_under",
    "text_hash",
    "read_units",
    "read_inline",
    "read_standoff",
    "write_inline",
    "write_standoff",
    "unit_to_inline",
    "group_documents",
    "ANNOTATION_FORMATS",
    "detect_format",
    "read_annotations",
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


class UnitTexts:
    """The unit texts under a text root (``corpus/articles.jsonl`` and ``seeds/``), read lazily and cached.

    Get one with :func:`texts_under`. A malformed ``articles.jsonl`` (not UTF-8, a line that is not
    a JSON object, an article without an ``id`` string) raises :class:`InputError` naming its line.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    @lru_cache(maxsize=None)
    def articles(self) -> dict[str, dict[str, Any]]:
        """``id → article record`` of ``corpus/articles.jsonl`` (empty when the file is missing)."""
        path = self.root / "corpus" / "articles.jsonl"
        if not path.exists():
            return {}
        out = {}
        for n, r in read_records(path, "the articles JSONL file"):
            if not isinstance(r.get("id"), str) or not r["id"]:
                raise InputError(str(path), "an article needs an 'id' string", n)
            out[r["id"]] = r
        return out

    def article(self, doc: str) -> Optional[dict[str, Any]]:
        """The record of article ``doc`` (``id``, ``title``, ``paragraphs``, ``genre`` …), or ``None``."""
        return self.articles().get(doc)

    @lru_cache(maxsize=None)
    def seed_paragraphs(self, name: str) -> Optional[list[str]]:
        """The paragraphs (guide §1) of ``seeds/<name>``, or ``None`` when there is no such file."""
        path = self.root / "seeds" / name
        if not path.exists():
            return None
        text = read_text(path, "a seed text file")
        return [text[a:b] for a, b in paragraph_offsets(text)]

    def get(self, source: str, doc: str, unit: Any) -> Optional[str]:
        """The text of unit ``unit`` (a paragraph index, or ``"title"`` of an article) of ``doc``
        in ``source`` (``"corpus"`` or ``"seeds"``), or ``None`` when there is none."""
        if source == "corpus":
            art = self.article(doc)
            if art is None:
                return None
            if unit == "title":
                return art.get("title")
            paras = art.get("paragraphs", [])
            return paras[unit] if isinstance(unit, int) and 0 <= unit < len(paras) else None
        if source == "seeds":
            paras = self.seed_paragraphs(doc)
            if paras is None:
                return None
            return paras[unit] if isinstance(unit, int) and 0 <= unit < len(paras) else None
        return None


@lru_cache(maxsize=8)
def _texts_at(root: str) -> UnitTexts:
    return UnitTexts(Path(root))


def texts_under(root: str | Path | None = None) -> UnitTexts:
    """The (cached) :class:`UnitTexts` of the text root ``root`` (default: :func:`default_text_root`)."""
    return _texts_at(str(Path(root if root is not None else default_text_root()).resolve()))


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
    """Read inline JSONL (guide §4); raise on the first malformed line (``file:line: reason``).

    The records are read as :func:`read_annotations` reads an inline file; the guide's checks are
    left to :func:`read_units` / :func:`~viet_partydocs.corpus.validate.validate_units`.
    """
    return _read_native(JsonSource(path, "an inline JSONL file"), "inline", None)


def read_standoff(path: str | Path, text_root: str | Path | None = None) -> list[Unit]:
    """Read standoff JSONL, resolving each unit's text under ``text_root`` and checking its hash.

    Raises on the first malformed line, missing text or changed text (``file:line: reason``).
    """
    return _read_native(JsonSource(path, "a standoff JSONL file"), "standoff", text_root)


def _read_native(src: JsonSource, kind: str, text_root: str | Path | None) -> list[Unit]:
    """:func:`_native_units`, raising the problem on the earliest line as :class:`InputError`."""
    units = _native_units(src, kind, text_root)
    src.raise_first()
    return units


def read_units(paths: Iterable[str | Path], text_root: str | Path | None = None, validate: bool = True) -> list[Unit]:
    """Read annotated units from inline or standoff JSONL files and validate them.

    The format is decided per file, by its first record: one with ``text`` makes the file inline,
    else it is standoff (texts under ``text_root``). A file without any record (empty or blank)
    adds nothing. A malformed line raises :class:`InputError` at once; with ``validate`` the
    guide's checks then raise every problem as :class:`CorpusError`.
    """
    units: list[Unit] = []
    for p in paths:
        src = JsonSource(p, "an inline or standoff JSONL file")
        if not src.records:
            src.raise_first()
            continue
        kind = "inline" if "text" in src.records[0][1] else "standoff"
        units.extend(_read_native(src, kind, text_root))
    return validate_units(units) if validate else units


def _span_dict(s: Span, standoff: bool = False) -> dict[str, Any]:
    """A span as JSON; ``standoff``: without the texts read from ``<field>_at`` references."""
    d: dict[str, Any] = {"start": s.start, "end": s.end, "label": s.label}
    attrs = s.attrs
    if attrs and standoff:
        attrs = {k: v for k, v in attrs.items() if f"{k}_at" not in attrs}
    if attrs:
        d["attrs"] = attrs
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
                "spans": [_span_dict(s, standoff=True) for s in sorted(u.spans, key=lambda s: s.start)],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def group_documents(units: Iterable[Unit]) -> list[tuple[str, list[Unit]]]:
    """Units grouped by ``doc_id``, documents in order of first appearance, units in file order."""
    docs: dict[str, list[Unit]] = {}
    for u in units:
        docs.setdefault(u.doc_id, []).append(u)
    return list(docs.items())



# -- annotation files of any supported format ----------------------------------------------------
#
# ``read_annotations`` reads our two native formats and the exports of two annotation tools
# (``doccano.py``, ``labelstudio.py``), collecting every problem of every file before raising once.
# Files are read by ``jsonio.JsonSource``; the helpers the importers share are in ``_shared.py``.

#: The formats :func:`read_annotations` recognises (see :func:`detect_format`).
ANNOTATION_FORMATS: tuple[str, ...] = ("inline", "standoff", "doccano", "labelstudio")


def _record_format(obj: dict[str, Any]) -> Optional[str]:
    """The format a single record looks like, or ``None`` when it could be several."""
    if isinstance(obj.get("data"), dict):
        return "labelstudio"
    if any(k in obj for k in ("label", "entities", "cats", "categories")) and "spans" not in obj:
        return "doccano"
    if "text" in obj and any(k in obj for k in ("spans", "role", "themes")):
        return "inline"
    if "text" not in obj and ("source" in obj or "doc" in obj or "sha1" in obj):
        return "standoff"
    return None


def _detect(src: JsonSource) -> Optional[str]:
    fallback = None
    for _, obj in src.records:
        kind = _record_format(obj)
        if kind is not None:
            return kind
        if fallback is None:
            fallback = "inline" if "text" in obj else "standoff"
    return fallback


def detect_format(path: str | Path) -> Optional[str]:
    """The format of an annotation file: one of :data:`ANNOTATION_FORMATS`, or ``None`` when empty.

    Decided by the first record that only one format has: a ``data`` object → Label Studio;
    ``label``/``entities``/``cats``/``categories`` → doccano; ``text`` with ``spans``/``role``/
    ``themes`` → inline; ``source``/``doc``/``sha1`` without ``text`` → standoff. Records with
    ``text`` alone are read as inline. Raises :class:`InputError` for a file that is not JSON.
    """
    return _detect(JsonSource(path, "an annotation file"))


def _native_units(src: JsonSource, kind: str, text_root: str | Path | None) -> list[Unit]:
    """Units of an inline or standoff file; malformed records go to ``src.problems``.

    The one reader of both native formats: :func:`read_inline`, :func:`read_standoff`,
    :func:`read_units` and :func:`read_annotations` all come here. A text root that cannot be
    read (a malformed ``articles.jsonl``, a seed that is not UTF-8) raises :class:`InputError` at
    once: it is no problem of the annotation file.
    """
    units: list[Unit] = []
    texts: Optional[UnitTexts] = None
    root = Path(text_root) if text_root is not None else None
    for n, obj in src.records:
        where = src.where(n)
        text: Any = None
        if kind == "inline":
            text = obj.get("text")
        else:
            if texts is None:
                root = root if root is not None else default_text_root()
                texts = texts_under(root)
            source, doc, ref = obj.get("source"), obj.get("doc"), obj.get("unit")
            if source in ("corpus", "seeds") and isinstance(doc, str):
                text = texts.get(source, doc, ref)  # outside the try: errors of the text root propagate
        try:
            if kind == "inline":
                if not isinstance(text, str):
                    raise InputError(src.name, "the record has no 'text' string", n)
                units.append(_common(obj, where, text))
                continue
            if source not in ("corpus", "seeds") or not isinstance(doc, str):
                raise InputError(src.name, "a standoff record needs 'source' ('corpus' or 'seeds') and 'doc'", n)
            if text is None:
                raise InputError(
                    src.name,
                    f"text of {source} {doc!r} unit {ref!r} not found under {root} "
                    f"(set --text-root or ${TEXTS_ENV} to the folder holding corpus/ and seeds/)",
                    n,
                )
            expected = obj.get("sha1")
            if expected and text_hash(text) != expected:
                raise InputError(
                    src.name, f"text of {source} {doc!r} unit {ref!r} has changed (hash {text_hash(text)} != {expected})", n
                )
            units.append(_common(obj, where, text))
        except InputError as e:
            src.problems.append(str(e))
    _resolve_text_refs(units, src)
    return units


def _resolve_text_refs(units: list[Unit], src: JsonSource) -> None:
    """Give every span attribute stored standoff as ``"<field>_at": [unit id, start, end]`` its
    text as ``"<field>"`` (gold OFFICIAL ``title_at`` → ``title``), read from the unit of this file
    it names; a reference to no such unit or outside its text is a problem of the span's line."""
    by_id: Optional[dict[str, str]] = None
    for u in units:
        for s in u.spans:
            for key, ref in list((s.attrs or {}).items()):
                if not key.endswith("_at") or ref is None:
                    continue
                if by_id is None:
                    by_id = {x.id: x.text for x in units}
                field = key[: -len("_at")]
                ok = (isinstance(ref, list) and len(ref) == 3 and isinstance(ref[0], str)
                      and all(type(x) is int for x in ref[1:]))
                text = by_id.get(ref[0]) if ok else None
                if text is None or not 0 <= ref[1] < ref[2] <= len(text):
                    src.problems.append(f"{u.where}: '{key}' must be [unit id of this file, start, end] inside that unit's text, got {ref!r}")
                    continue
                s.attrs[field] = text[ref[1] : ref[2]]  # type: ignore[index]


def read_annotations(
    paths: Iterable[str | Path], text_root: str | Path | None = None, default_role: Optional[str] = "body"
) -> list[Unit]:
    """Read annotation files of any supported format and validate everything at once.

    Each file's format is detected (:func:`detect_format`): our **inline** JSONL (guide §4), our
    **standoff** JSONL (texts under ``text_root``, as :func:`read_units`), a **doccano** JSONL export
    (:mod:`viet_partydocs.corpus.doccano`) or a **Label Studio** JSON export
    (:mod:`viet_partydocs.corpus.labelstudio`). Units come back in file order, files in the given order.

    Every problem of every file is collected — malformed records, unknown labels, roles, themes or
    categories, offsets outside the text, spans starting or ending on whitespace, overlapping
    spans, empty texts, ids used twice (also across files), a boilerplate unit with themes — and
    raised once as :class:`CorpusError`, each as ``file:line: reason``, ordered by file and line.
    A file that cannot be read (missing, not UTF-8, not JSON at all) raises :class:`InputError`
    at once.

    Roles: doccano and Label Studio projects often annotate spans only, so their units without a
    role get ``default_role`` (``"body"``; ``None`` makes a missing role a problem). Our native
    formats always require a role (guide §4), as :func:`read_units` does.
    """
    units: list[Unit] = []
    problems: list[str] = []
    files: list[str] = []
    for p in paths:
        src = JsonSource(p, "an annotation file")
        files.append(src.name)
        kind = _detect(src)
        if kind is None:
            problems.extend(src.problems)
            continue
        if kind in ("inline", "standoff"):
            file_units = _native_units(src, kind, text_root)
        else:
            file_units = (doccano_units if kind == "doccano" else labelstudio_units)(src)
            if default_role is not None:
                for u in file_units:
                    if u.role is None:
                        u.role = default_role
        units.extend(file_units)
        problems.extend(src.problems)
    return finish(units, problems, files, None, validate=True)
