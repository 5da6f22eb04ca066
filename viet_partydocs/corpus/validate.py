"""Validation of annotated units: every problem as ``file:line: reason``, all of them at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from ..labels import ENTITY_LABELS, ROLES, THEMES

__all__ = ["Span", "Unit", "unit_problems", "corpus_problems", "validate_units", "CorpusError"]


@dataclass(frozen=True)
class Span:
    """A labelled ``[start, end)`` character span of a unit's text, with optional gold attributes."""

    start: int
    end: int
    label: str
    attrs: Optional[dict[str, Any]] = None

    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)


@dataclass
class Unit:
    """One annotated paragraph (guide §4): ``id``, ``doc_id``, ``text``, ``role``, ``themes``, ``spans``.

    ``where`` is ``file:line`` of the record it came from, for messages.
    """

    id: str
    doc_id: str
    text: str
    role: Optional[str]
    themes: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    where: str = ""


class CorpusError(ValueError):
    """One or more problems in annotated input; ``problems`` lists them as ``file:line: reason``."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        head = f"{len(problems)} problem(s) in the annotations:" if len(problems) > 1 else "problem in the annotations:"
        super().__init__("\n".join([head, *problems]))


def unit_problems(unit: Unit, require_role: bool = True) -> list[str]:
    """Every way ``unit`` breaks the guide's format (labels, themes, offsets, overlaps…)."""
    where = unit.where or unit.id
    out: list[str] = []
    text = unit.text
    if not text or not text.strip():
        out.append(f"{where}: unit {unit.id!r} has an empty text")
    if unit.role is None:
        if require_role:
            out.append(f"{where}: unit {unit.id!r} has no role (one of {', '.join(ROLES)})")
    elif unit.role not in ROLES:
        out.append(f"{where}: unknown role {unit.role!r} (expected one of {', '.join(ROLES)})")
    for t in unit.themes:
        if t not in THEMES:
            out.append(f"{where}: unknown theme {t!r}")
    if unit.role == "boilerplate" and unit.themes:
        out.append(f"{where}: a boilerplate unit gets no themes (has {', '.join(unit.themes)})")
    spans = sorted(unit.spans, key=lambda s: (s.start, s.end))
    for s in spans:
        if s.label not in ENTITY_LABELS:
            out.append(f"{where}: unknown label {s.label!r} (expected one of {', '.join(ENTITY_LABELS)})")
        if not (0 <= s.start < s.end <= len(text)):
            out.append(f"{where}: span [{s.start}, {s.end}) {s.label} is outside the text (length {len(text)})")
            continue
        if text[s.start].isspace() or text[s.end - 1].isspace():
            out.append(f"{where}: span [{s.start}, {s.end}) {s.label} starts or ends on whitespace: {text[s.start:s.end]!r}")
    for a, b in zip(spans, spans[1:]):
        if b.start < a.end:
            out.append(
                f"{where}: spans overlap: [{a.start}, {a.end}) {a.label} {text[a.start:a.end]!r} "
                f"and [{b.start}, {b.end}) {b.label} {text[b.start:b.end]!r}"
            )
    return out


def corpus_problems(units: Iterable[Unit], require_role: bool = True) -> list[str]:
    """Every problem of ``units`` as ``file:line: reason`` (what :func:`validate_units` raises), without raising.

    Checks each unit (:func:`unit_problems`) and that ids are unique across all of them.
    """
    problems: list[str] = []
    seen: dict[str, str] = {}
    for u in units:
        if u.id in seen:
            problems.append(f"{u.where or u.id}: duplicate id {u.id!r} (first at {seen[u.id]})")
        else:
            seen[u.id] = u.where or "?"
        problems.extend(unit_problems(u, require_role=require_role))
    return problems


def validate_units(units: Iterable[Unit], require_role: bool = True) -> list[Unit]:
    """Return ``units`` as a list, or raise :class:`CorpusError` listing every problem (:func:`corpus_problems`)."""
    units = list(units)
    problems = corpus_problems(units, require_role=require_role)
    if problems:
        raise CorpusError(problems)
    return units
