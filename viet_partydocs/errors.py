"""Errors raised for bad input: they name the file, the line and the reason."""

from __future__ import annotations

from typing import Optional

__all__ = ["InputError", "ModelError"]


class InputError(ValueError):
    """Bad user input. ``str(err)`` is ``file:line: reason`` (or ``file: reason`` without a line)."""

    def __init__(self, path: str, reason: str, line: Optional[int] = None) -> None:
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class ModelError(RuntimeError):
    """A model file that cannot be used here (missing, other feature set, other library versions)."""
