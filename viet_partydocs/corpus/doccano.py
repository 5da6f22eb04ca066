"""doccano exports (JSON Lines) → annotated units.

One record per line (a JSON array of such records is read too)::

    {"id": 17, "text": "…", "label": [[0, 22, "ORG"], [41, 58, "QUANTITY"]],
     "cats": ["membership_growth", "body"], "doc_id": "doc-3", "meta": {"source": "…"}}

* **Spans** come from ``label`` (sequence-labelling export: ``[start, end, "LABEL"]`` triples) or
  from ``entities`` (newer export: ``{"start_offset", "end_offset", "label"}`` objects). Offsets
  are character offsets into ``text``; labels must be the guide's (``ORG``, ``OFFICIAL``,
  ``DOC_CODE``, ``QUANTITY``).
* **Categories** come from ``cats`` or ``categories`` (a list of names, of ``{"label": name}``
  objects, or a spaCy-style ``{name: score}`` map where a score ≥ 0.5 counts), and from string items of
  ``label`` (the text-classification export). A category that is a role (``body``, ``title``,
  ``boilerplate``) becomes the unit's ``role``; one that is a theme goes to ``themes``; any other
  name is a problem, as is choosing two roles. Top-level ``role`` / ``themes`` fields are read too.
* **Documents**: ``doc_id`` (top level, else ``meta.doc_id``) groups records into documents, in
  file order; without it each record is its own document.
* **Ids**: ``id`` (doccano's example id) as a string; without it, ``<file stem>/<line>``.
* ``meta`` (an object) is kept as the unit's ``meta``.

Records without any role get ``default_role`` (``"body"``). :func:`read_doccano` collects every
problem of the file (malformed records and, with ``validate``, the checks of
:func:`~viet_partydocs.corpus.validate.unit_problems`) and raises them at once as
:class:`~viet_partydocs.corpus.validate.CorpusError` (``file:line: reason``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from ._shared import category_values, finish, is_int, roles_and_themes
from .jsonio import JsonSource
from .validate import Span, Unit

__all__ = ["read_doccano", "doccano_record_to_unit", "doccano_units"]


def _spans(obj: dict[str, Any], where: str, problems: list[str]) -> tuple[list[Span], list[str]]:
    """Spans from ``label`` triples and ``entities`` objects; string items of ``label`` are categories."""
    spans: list[Span] = []
    cats: list[str] = []
    label = obj.get("label")
    if label is not None:
        if not isinstance(label, list):
            problems.append(f"{where}: 'label' must be a list of [start, end, label] triples, got {label!r}")
        else:
            for item in label:
                if isinstance(item, str):
                    cats.append(item)
                elif isinstance(item, (list, tuple)) and len(item) == 3:
                    start, end, name = item
                    if is_int(start) and is_int(end) and isinstance(name, str):
                        spans.append(Span(start, end, name))
                    else:
                        problems.append(f"{where}: a span needs integer start/end and a string label, got {item!r}")
                else:
                    problems.append(f"{where}: a span must be [start, end, label], got {item!r}")
    entities = obj.get("entities")
    if entities is not None:
        if not isinstance(entities, list):
            problems.append(f"{where}: 'entities' must be a list, got {entities!r}")
        else:
            for e in entities:
                if not isinstance(e, dict):
                    problems.append(f"{where}: an entity must be an object, got {e!r}")
                    continue
                start = e.get("start_offset", e.get("start"))
                end = e.get("end_offset", e.get("end"))
                name = e.get("label")
                if is_int(start) and is_int(end) and isinstance(name, str):
                    spans.append(Span(start, end, name))
                else:
                    problems.append(
                        f"{where}: an entity needs integer start_offset/end_offset and a string label, got {e!r}"
                    )
    return spans, cats


def doccano_record_to_unit(obj: dict[str, Any], where: str, problems: list[str], fallback_id: str) -> Optional[Unit]:
    """The unit of one doccano record; its problems are appended to ``problems`` (``None`` if unusable)."""
    text = obj.get("text")
    if not isinstance(text, str):
        text = obj.get("data") if isinstance(obj.get("data"), str) else None
    if text is None:
        problems.append(f"{where}: the record has no 'text' string")
        return None
    raw_id = obj.get("id")
    if raw_id is None:
        uid = fallback_id
    elif isinstance(raw_id, str) and raw_id or is_int(raw_id):
        uid = str(raw_id)
    else:
        problems.append(f"{where}: 'id' must be a non-empty string or an integer, got {raw_id!r}")
        return None
    meta_obj = obj.get("meta")
    if meta_obj is None:
        meta: dict[str, Any] = {}
    elif isinstance(meta_obj, dict):
        meta = dict(meta_obj)
    else:
        meta = {"meta": meta_obj}
    doc_id = obj.get("doc_id")
    if doc_id is None:
        doc_id = meta.get("doc_id")
    if doc_id is None:
        doc_id = uid
    elif not (isinstance(doc_id, str) and doc_id or is_int(doc_id)):
        problems.append(f"{where}: 'doc_id' must be a non-empty string or an integer, got {doc_id!r}")
        return None
    spans, label_cats = _spans(obj, where, problems)
    names = list(label_cats)
    names += category_values(obj.get("cats"), where, problems, "cats")
    names += category_values(obj.get("categories"), where, problems, "categories")
    role, themes = roles_and_themes(names, where, problems)
    own_role = obj.get("role")
    if own_role is not None:
        if not isinstance(own_role, str):
            problems.append(f"{where}: 'role' must be a string")
        elif role is not None and role != own_role:
            problems.append(f"{where}: role {own_role!r} disagrees with the category {role!r}")
        else:
            role = own_role
    own_themes = obj.get("themes")
    if own_themes is not None:
        if not isinstance(own_themes, list) or not all(isinstance(t, str) for t in own_themes):
            problems.append(f"{where}: 'themes' must be a list of strings")
        else:
            themes += [t for t in own_themes if t not in themes]
    return Unit(uid, str(doc_id), text, role, themes, spans, meta, where)


def doccano_units(src: JsonSource) -> list[Unit]:
    """Units of a parsed doccano file (:class:`~.jsonio.JsonSource`); problems go to ``src.problems``."""
    units = []
    stem = src.path.stem
    for n, obj in src.records:
        u = doccano_record_to_unit(obj, src.where(n), src.problems, f"{stem}/{n}")
        if u is not None:
            units.append(u)
    return units


def read_doccano(path: str | Path, default_role: Optional[str] = "body", validate: bool = True) -> list[Unit]:
    """Read a doccano JSONL export; raise :class:`CorpusError` with every problem of the file.

    ``default_role`` is given to units without a role (``None``: a missing role is a problem).
    ``validate=False`` reports only malformed records, not the guide's checks.
    """
    src = JsonSource(path, "a doccano JSONL export")
    units = doccano_units(src)
    return finish(units, src.problems, [src.name], default_role, validate)
