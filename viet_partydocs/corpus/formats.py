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

:func:`read_annotations` reads these two formats and the exports of doccano
(:mod:`.doccano`) and Label Studio (:mod:`.labelstudio`), detecting each file's format, and
reports every problem of every file at once (``file:line: reason``).
"""

from __future__ import annotations

import bisect
import hashlib
import json
import json.decoder
import json.scanner
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from ..errors import InputError
from ..text.paragraphs import paragraph_offsets
from .validate import CorpusError, Span, Unit, corpus_problems, validate_units

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



# -- annotation files of any supported format ----------------------------------------------------
#
# ``read_annotations`` reads our two native formats and the exports of two annotation tools
# (``doccano.py``, ``labelstudio.py``), collecting every problem of every file before raising once.
# The helpers below are shared with those importers.

#: The formats :func:`read_annotations` recognises (see :func:`detect_format`).
ANNOTATION_FORMATS: tuple[str, ...] = ("inline", "standoff", "doccano", "labelstudio")


class _PosDict(dict):  # type: ignore[type-arg]
    """A JSON object that remembers the character offset of its ``{`` in the source text."""

    __slots__ = ("pos",)


class _PositionDecoder(json.JSONDecoder):
    """A JSON decoder whose objects are :class:`_PosDict` (pure-Python scanner, so it can hook objects)."""

    def __init__(self) -> None:
        super().__init__()
        self.parse_object = self._parse_object  # type: ignore[assignment]
        self.scan_once = json.scanner.py_make_scanner(self)  # type: ignore[attr-defined]

    @staticmethod
    def _parse_object(s_and_end: tuple[str, int], *args: Any, **kwargs: Any) -> tuple[Any, int]:
        obj, end = json.decoder.JSONObject(s_and_end, *args, **kwargs)  # type: ignore[attr-defined]
        out = _PosDict(obj)
        out.pos = s_and_end[1] - 1
        return out, end


class _Source:
    """The text of one annotation file: its records with their line numbers.

    ``records`` is a list of ``(line, record)``; ``problems`` the malformed lines (``file:line:
    reason``). A JSON array (or one pretty-printed JSON object) is parsed whole and its objects
    remember where they start, so :meth:`line_of` can name the line of any nested object (a
    Label Studio result); JSON Lines are parsed line by line, so a bad line does not hide the others.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.name = str(path)
        self.records: list[tuple[int, dict[str, Any]]] = []
        self.problems: list[str] = []
        self._newlines: list[int] = []
        text = self._read()
        if text.strip():
            self._parse(text)

    def _read(self) -> str:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raise InputError(self.name, "no such file") from None
        except IsADirectoryError:
            raise InputError(self.name, "is a directory, expected an annotation file") from None
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise InputError(self.name, f"is not valid UTF-8 ({e.reason})", raw[: e.start].count(b"\n") + 1) from None

    def _whole(self, text: str) -> Any:
        self._newlines = [i for i, c in enumerate(text) if c == "\n"]
        return _PositionDecoder().decode(text)

    def _parse(self, text: str) -> None:
        if text.lstrip().startswith("["):
            try:
                data = self._whole(text)
            except json.JSONDecodeError as e:
                raise InputError(self.name, f"not valid JSON ({e.msg} at column {e.colno})", e.lineno) from None
            if not isinstance(data, list):  # pragma: no cover - starts with "[" so it is a list
                raise InputError(self.name, "expected a JSON array of records", 1)
            line = 1
            for k, item in enumerate(data):
                if isinstance(item, dict):
                    line = self.line_of(item, line)
                    self.records.append((line, item))
                else:  # only objects remember their position: name the line of the object before it
                    self.problems.append(f"{self.name}:{line}: item {k} of the array is not a JSON object")
            return
        lines = text.split("\n")  # not splitlines(): U+2028 and friends may stand inside a JSON string
        parsed: list[tuple[int, Any]] = []
        bad: list[tuple[int, json.JSONDecodeError]] = []
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                parsed.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                bad.append((n, e))
        if bad and (not parsed or bad[0][0] < parsed[0][0]):
            # perhaps one pretty-printed JSON object rather than JSON Lines
            try:
                data = self._whole(text)
            except json.JSONDecodeError as e:
                if not parsed:  # nothing is JSON: name the first bad line (or, for one object laid
                    # out over many lines, the place where the whole text stops being JSON)
                    n, first = bad[0]
                    if lines[n - 1].strip() == "{":
                        n, first = e.lineno, e
                    raise InputError(self.name, f"not valid JSON ({first.msg} at column {first.colno})", n) from None
            else:
                if isinstance(data, dict):
                    self.records.append((1, data))
                    return
        for n, e in bad:
            self.problems.append(f"{self.name}:{n}: not valid JSON ({e.msg} at column {e.colno})")
        for n, obj in parsed:
            if isinstance(obj, dict):
                self.records.append((n, obj))
            else:
                self.problems.append(f"{self.name}:{n}: each line must be a JSON object")
        self.records.sort(key=lambda r: r[0])

    def line_of(self, obj: Any, default: int) -> int:
        """The line where ``obj`` (a record or an object nested in it) starts, else ``default``."""
        pos = getattr(obj, "pos", None)
        if pos is None:
            return default
        return bisect.bisect_left(self._newlines, pos) + 1

    def where(self, line: int) -> str:
        return f"{self.name}:{line}"


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


def _detect(src: _Source) -> Optional[str]:
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
    return _detect(_Source(path))


def _category_values(values: Any, where: str, problems: list[str], what: str) -> list[str]:
    """Category names from a list of strings, a list of ``{"label": …}`` objects or a ``{name: score}`` map."""
    if values is None:
        return []
    if isinstance(values, dict):  # spaCy-style cats: {"cadre_work": 1.0, "government": 0.0}
        out = []
        for k, v in values.items():
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                problems.append(f"{where}: '{what}' scores must be numbers, got {k!r}: {v!r}")
            elif v >= 0.5:
                out.append(k)
        return out
    if not isinstance(values, list):
        problems.append(f"{where}: '{what}' must be a list of names, got {values!r}")
        return []
    out = []
    for v in values:
        if isinstance(v, dict) and isinstance(v.get("label"), str):
            v = v["label"]
        if isinstance(v, str):
            out.append(v)
        else:
            problems.append(f"{where}: '{what}' must hold names (strings), got {v!r}")
    return out


def _roles_and_themes(
    names: Iterable[str], where: str, problems: list[str], only: Optional[str] = None
) -> tuple[Optional[str], list[str]]:
    """Split category names into one role and the themes; unknown names and several roles are problems.

    ``only`` (``"role"`` or ``"themes"``) restricts the names to roles or to themes.
    """
    from ..labels import ROLES, THEMES

    roles: list[str] = []
    themes: list[str] = []
    for name in names:
        if name in ROLES and only != "themes":
            if name not in roles:
                roles.append(name)
        elif name in THEMES and only != "role":
            if name not in themes:
                themes.append(name)
        elif only == "role":
            problems.append(f"{where}: unknown role {name!r} (expected one of {', '.join(ROLES)})")
        elif only == "themes":
            problems.append(f"{where}: unknown theme {name!r}")
        else:
            problems.append(f"{where}: unknown category {name!r} (neither a theme nor a role)")
    if len(roles) > 1:
        problems.append(f"{where}: several roles chosen ({', '.join(roles)}), a unit has exactly one")
    return (roles[0] if roles else None), themes


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _native_units(src: _Source, kind: str, text_root: str | Path | None) -> list[Unit]:
    """Units of an inline or standoff file; malformed records go to ``src.problems``."""
    units: list[Unit] = []
    texts = None
    root = None
    for n, obj in src.records:
        where = src.where(n)
        try:
            if kind == "inline":
                text = obj.get("text")
                if not isinstance(text, str):
                    raise InputError(src.name, "the record has no 'text' string", n)
                units.append(_common(obj, where, text))
                continue
            if texts is None:
                root = Path(text_root) if text_root is not None else default_text_root()
                texts = _texts(str(root.resolve()))
            source, doc, ref = obj.get("source"), obj.get("doc"), obj.get("unit")
            if source not in ("corpus", "seeds") or not isinstance(doc, str):
                raise InputError(src.name, "a standoff record needs 'source' ('corpus' or 'seeds') and 'doc'", n)
            text = texts.get(source, doc, ref)
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
    return units


def _problem_order(problems: list[str], files: list[str]) -> list[str]:
    """``problems`` ordered by file (in the given order) and line, stable otherwise."""

    def key(msg: str) -> tuple[int, int]:
        for i, name in enumerate(files):
            if msg.startswith(name + ":"):
                rest = msg[len(name) + 1 :]
                digits = rest.split(":", 1)[0]
                return (i, int(digits) if digits.isdigit() else 0)
        return (len(files), 0)

    return sorted(problems, key=key)


def _finish(
    units: list[Unit], problems: list[str], files: list[str], default_role: Optional[str], validate: bool
) -> list[Unit]:
    """Apply the default role, validate, and raise one :class:`CorpusError` with every problem."""
    if default_role is not None:
        for u in units:
            if u.role is None:
                u.role = default_role
    if validate:
        problems = problems + corpus_problems(units)
    if problems:
        raise CorpusError(_problem_order(problems, files))
    return units


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
    from .doccano import _doccano_units
    from .labelstudio import _labelstudio_units

    units: list[Unit] = []
    problems: list[str] = []
    files: list[str] = []
    for p in paths:
        src = _Source(p)
        files.append(src.name)
        kind = _detect(src)
        if kind is None:
            problems.extend(src.problems)
            continue
        if kind in ("inline", "standoff"):
            file_units = _native_units(src, kind, text_root)
        else:
            file_units = (_doccano_units if kind == "doccano" else _labelstudio_units)(src)
            if default_role is not None:
                for u in file_units:
                    if u.role is None:
                        u.role = default_role
        units.extend(file_units)
        problems.extend(src.problems)
    return _finish(units, problems, files, None, validate=True)
