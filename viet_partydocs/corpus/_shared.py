"""Helpers shared by the annotation readers (:mod:`.formats`, :mod:`.doccano`, :mod:`.labelstudio`).

Here so that the importers need not import :mod:`.formats`, which imports them.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

from .jsonio import split_problem
from .validate import CorpusError, Unit, corpus_problems

__all__ = ["is_int", "category_values", "roles_and_themes", "problem_order", "finish"]


def is_int(v: Any) -> bool:
    """An ``int`` that is not a ``bool``."""
    return isinstance(v, int) and not isinstance(v, bool)


def category_values(values: Any, where: str, problems: list[str], what: str) -> list[str]:
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


def roles_and_themes(
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


def problem_order(problems: list[str], files: list[str]) -> list[str]:
    """``problems`` ordered by file (in the given order) and line, stable otherwise."""

    def key(msg: str) -> tuple[int, int]:
        for i, name in enumerate(files):
            if msg.startswith(name + ":"):
                line, _ = split_problem(msg, name)
                return (i, line or 0)
        return (len(files), 0)

    return sorted(problems, key=key)


def finish(
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
        raise CorpusError(problem_order(problems, files))
    return units
