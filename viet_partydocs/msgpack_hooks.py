"""Cheaper ``Doc.to_bytes`` / ``Doc.from_bytes``: srsly's msgpack hooks looked up once, not per call.

Every ``srsly.msgpack_dumps`` / ``msgpack_loads`` asks the ``srsly`` registries of msgpack
encoders and decoders for all their entries (``catalogue.Registry.get_all``). That walks the
whole ``catalogue`` registry (every function spaCy and thinc register) and loads the registries'
entry points again, a few hundred µs a call; a ``Doc`` with span groups and extension values
makes about five such calls each way. With ``nlp.pipe(..., n_process=2)`` the workers serialise
every ``Doc`` and the main process deserialises it, so this look-up was most of the time of a
``Doc``'s round trip and kept the second process from paying off.

:func:`cache_msgpack_hooks` gives the two registries a ``get_all`` that remembers its answer
until the ``catalogue`` registry changes: every write and removal goes through
``catalogue._set`` / ``catalogue._remove`` (``Registry.register`` calls them, whatever the
registry object), which are wrapped to count changes, and the registry's size is checked too
(for code that edits ``catalogue.REGISTRY`` directly). Entry points are fixed when ``catalogue``
is imported. So the answer is the one srsly would compute. If a future ``catalogue`` lacks those
two functions, nothing is cached. It is applied when ``viet_partydocs`` is imported (so the
worker processes of ``nlp.pipe`` have it too, with ``fork`` or ``spawn``) and can be undone with
:func:`restore_msgpack_hooks`.
"""

from __future__ import annotations

import functools
import threading
from typing import Any, Callable

import catalogue
import srsly.msgpack as _msgpack

__all__ = ["cache_msgpack_hooks", "restore_msgpack_hooks"]

_REGISTRIES = (_msgpack.msgpack_encoders, _msgpack.msgpack_decoders)
_changes = 0  # writes and removals in the catalogue registry since the wrappers were installed
_lock = threading.Lock()


def _counting(write: Callable[..., Any]) -> Callable[..., Any]:
    """``write`` (``catalogue._set`` / ``_remove``) that counts a change once it is done."""

    @functools.wraps(write)
    def counted(*args: Any, **kwargs: Any) -> Any:
        global _changes
        try:
            return write(*args, **kwargs)
        finally:
            with _lock:
                _changes += 1

    counted.__vpd_original__ = write  # type: ignore[attr-defined]
    return counted


class _CachedGetAll:
    """``registry.get_all`` remembered while the ``catalogue`` registry does not change."""

    def __init__(self, registry: catalogue.Registry) -> None:
        self.registry = registry
        self.key: Any = None
        self.value: dict[str, Any] = {}

    def __call__(self) -> dict[str, Any]:
        key = (_changes, len(catalogue.REGISTRY))
        if key != self.key:
            value = type(self.registry).get_all(self.registry)
            if key == (_changes, len(catalogue.REGISTRY)):  # nothing changed while it was computed
                self.value, self.key = value, key
            return dict(value)
        return dict(self.value)  # a copy, as the original returns a new dict


def cache_msgpack_hooks() -> None:
    """Remember the msgpack hook look-ups of ``srsly`` (idempotent; a no-op if ``catalogue``
    has no ``_set`` / ``_remove`` to watch)."""
    if not (callable(getattr(catalogue, "_set", None)) and callable(getattr(catalogue, "_remove", None))):
        return
    for name in ("_set", "_remove"):
        if not hasattr(getattr(catalogue, name), "__vpd_original__"):
            setattr(catalogue, name, _counting(getattr(catalogue, name)))
    for registry in _REGISTRIES:
        if not isinstance(registry.__dict__.get("get_all"), _CachedGetAll):
            registry.get_all = _CachedGetAll(registry)  # type: ignore[method-assign]


def restore_msgpack_hooks() -> None:
    """Undo :func:`cache_msgpack_hooks`: every look-up walks the registry again."""
    for registry in _REGISTRIES:
        registry.__dict__.pop("get_all", None)
    for name in ("_set", "_remove"):
        original = getattr(getattr(catalogue, name, None), "__vpd_original__", None)
        if original is not None:
            setattr(catalogue, name, original)
