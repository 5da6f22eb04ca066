"""Label Studio exports (JSON) → annotated units.

The export is a JSON array of tasks (JSON Lines of tasks and a single task object are read too)::

    [{"id": 42,
      "data": {"text": "…", "doc_id": "doc-3", "meta": {…}},
      "annotations": [{"was_cancelled": false, "result": [
          {"type": "labels", "from_name": "label", "to_name": "text",
           "value": {"start": 0, "end": 22, "text": "…", "labels": ["ORG"]}},
          {"type": "choices", "from_name": "role", "to_name": "text", "value": {"choices": ["body"]}},
          {"type": "choices", "from_name": "themes", "to_name": "text",
           "value": {"choices": ["membership_growth", "cadre_work"]}}]}]}]

A labelling config that fits (roles and themes as two ``Choices``)::

    <View>
      <Labels name="label" toName="text">
        <Label value="ORG"/><Label value="OFFICIAL"/><Label value="DOC_CODE"/><Label value="QUANTITY"/>
      </Labels>
      <Text name="text" value="$text"/>
      <Choices name="role" toName="text" choice="single"> <Choice value="body"/> … </Choices>
      <Choices name="themes" toName="text" choice="multiple"> <Choice value="cadre_work"/> … </Choices>
    </View>

Conventions:

* **Annotation used**: the task's annotations (``completions`` in old exports) that are not
  cancelled (``was_cancelled``); among them the one marked ``ground_truth``, else the first.
  Tasks with no such annotation (unlabelled or all cancelled) are skipped.
* **Spans**: results of type ``labels`` — ``value.start``, ``value.end``, ``value.labels[0]``
  (a region with several labels is a problem). When the region's ``value.text`` does not match
  ``text[start:end]`` and the text has characters outside the BMP (emoji), the offsets are read as
  JavaScript UTF-16 offsets (older Label Studio versions); a region whose text matches neither
  way is a problem.
* **Role and themes**: results of type ``choices``. ``from_name == "role"`` holds the role,
  ``from_name == "themes"`` the themes; under any other ``from_name`` each choice that is a role
  name sets the role and each theme name is a theme. Unknown names and two roles are problems.
  Without a role choice, ``data.role`` is used if present, else ``default_role`` (``"body"``).
  Other result types (``textarea``, ``relation``, ``rating`` …) are ignored.
* **Ids**: ``data.id`` if the task data carries one (tasks made from our own units), else the task
  ``id``; without either, ``<file stem>/<line>``.
* **Documents**: ``data.doc_id``, else ``data.meta.doc_id``, else the task's ``meta.doc_id``;
  without them each task is its own document. ``data.meta`` (an object) is kept as ``meta``.

:func:`read_labelstudio` collects every problem of the file, each as ``file:line: reason`` with
the line where the task (or the offending result) starts, and raises them at once as
:class:`~viet_partydocs.corpus.validate.CorpusError`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from ._shared import category_values, finish, is_int, roles_and_themes
from .jsonio import JsonSource
from .validate import Span, Unit

__all__ = ["read_labelstudio", "labelstudio_units", "ROLE_FROM_NAME", "THEMES_FROM_NAME"]

#: ``from_name`` of the ``Choices`` holding the role.
ROLE_FROM_NAME = "role"
#: ``from_name`` of the ``Choices`` holding the themes.
THEMES_FROM_NAME = "themes"


def _utf16_to_index(text: str) -> list[int]:
    """Map UTF-16 code-unit offsets to code-point offsets (index: UTF-16 offset)."""
    out = []
    for i, c in enumerate(text):
        out.append(i)
        if ord(c) > 0xFFFF:
            out.append(i)  # the low surrogate: a region cannot sensibly start or end here
    out.append(len(text))
    return out


def _chosen_annotation(task: dict[str, Any]) -> Optional[dict[str, Any]]:
    anns = task.get("annotations")
    if anns is None:
        anns = task.get("completions")
    if not isinstance(anns, list):
        return None
    usable = [a for a in anns if isinstance(a, dict) and not a.get("was_cancelled")]
    for a in usable:
        if a.get("ground_truth"):
            return a
    return usable[0] if usable else None


def _id(value: Any) -> Optional[str]:
    if is_int(value) or isinstance(value, str) and value:
        return str(value)
    return None


def _task_unit(src: JsonSource, line: int, task: dict[str, Any]) -> Optional[Unit]:
    where = src.where(line)
    problems = src.problems
    data = task.get("data")
    if not isinstance(data, dict):
        problems.append(f"{where}: the task has no 'data' object")
        return None
    text = data.get("text")
    if not isinstance(text, str):
        problems.append(f"{where}: the task has no 'data.text' string")
        return None
    ann = _chosen_annotation(task)
    if ann is None:
        return None
    result = ann.get("result") or []
    if not isinstance(result, list):
        problems.append(f"{src.where(src.line_of(ann, line))}: the annotation's 'result' must be a list")
        return None
    utf16: Optional[list[int]] = None
    spans: list[Span] = []
    role: Optional[str] = None
    themes: list[str] = []
    for r in result:
        rwhere = src.where(src.line_of(r, line))
        if not isinstance(r, dict):
            problems.append(f"{rwhere}: a result must be an object, got {r!r}")
            continue
        kind = r.get("type")
        value = r.get("value")
        if kind not in ("labels", "choices"):
            continue
        if not isinstance(value, dict):
            problems.append(f"{rwhere}: a {kind} result needs a 'value' object")
            continue
        if kind == "labels":
            start, end, labels = value.get("start"), value.get("end"), value.get("labels")
            if not (is_int(start) and is_int(end)):
                problems.append(f"{rwhere}: a labels result needs integer value.start/value.end, got {start!r}, {end!r}")
                continue
            if not isinstance(labels, list) or not labels or not all(isinstance(x, str) for x in labels):
                problems.append(f"{rwhere}: a labels result needs value.labels, a list of label names")
                continue
            if len(labels) > 1:
                problems.append(f"{rwhere}: region [{start}, {end}) has several labels ({', '.join(labels)}), a span has one")
                continue
            region = value.get("text")
            in_text = 0 <= start < end <= len(text)
            if isinstance(region, str) and (not in_text or text[start:end] != region):
                if utf16 is None and any(ord(c) > 0xFFFF for c in text):
                    utf16 = _utf16_to_index(text)
                if utf16 is not None and 0 <= start <= end < len(utf16) and text[utf16[start] : utf16[end]] == region:
                    start, end = utf16[start], utf16[end]
                elif in_text:
                    problems.append(
                        f"{rwhere}: region [{start}, {end}) {labels[0]} is {text[start:end]!r} in the text "
                        f"but {region!r} in the export"
                    )
                    continue
            spans.append(Span(start, end, labels[0]))
        else:
            names = category_values(value.get("choices"), rwhere, problems, "value.choices")
            from_name = r.get("from_name")
            only = "role" if from_name == ROLE_FROM_NAME else "themes" if from_name == THEMES_FROM_NAME else None
            r_role, r_themes = roles_and_themes(names, rwhere, problems, only=only)
            if r_role is not None:
                if role is not None and role != r_role:
                    problems.append(f"{rwhere}: several roles chosen ({role}, {r_role}), a unit has exactly one")
                role = r_role
            themes += [t for t in r_themes if t not in themes]
    if role is None and data.get("role") is not None:
        if isinstance(data["role"], str):
            role = data["role"]
        else:
            problems.append(f"{where}: 'data.role' must be a string")
    uid = _id(data.get("id")) or _id(task.get("id")) or f"{src.path.stem}/{line}"
    meta_obj = data.get("meta")
    meta: dict[str, Any] = dict(meta_obj) if isinstance(meta_obj, dict) else {}
    task_meta = task.get("meta") if isinstance(task.get("meta"), dict) else {}
    doc_id = _id(data.get("doc_id")) or _id(meta.get("doc_id")) or _id(task_meta.get("doc_id")) or uid
    return Unit(uid, doc_id, text, role, themes, spans, meta, where)


def labelstudio_units(src: JsonSource) -> list[Unit]:
    """Units of a parsed Label Studio file (:class:`~.jsonio.JsonSource`); problems go to ``src.problems``."""
    units = []
    for line, task in src.records:
        u = _task_unit(src, line, task)
        if u is not None:
            units.append(u)
    return units


def read_labelstudio(path: str | Path, default_role: Optional[str] = "body", validate: bool = True) -> list[Unit]:
    """Read a Label Studio JSON export; raise :class:`CorpusError` with every problem of the file.

    ``default_role`` is given to units without a role (``None``: a missing role is a problem).
    ``validate=False`` reports only malformed tasks and results, not the guide's checks.
    """
    src = JsonSource(path, "a Label Studio JSON export")
    units = labelstudio_units(src)
    return finish(units, src.problems, [src.name], default_role, validate)
