"""Cheaper ``Doc.to_bytes`` / ``Doc.from_bytes``: srsly's msgpack hooks looked up once, not per call.

Every ``srsly.msgpack_dumps`` / ``msgpack_loads`` asks the ``srsly`` registries of msgpack
encoders and decoders for all their entries (``catalogue.Registry.get_all``). That walks the
whole ``catalogue`` registry (every function spaCy and thinc register) and loads the registries'
entry points again, a few hundred µs a call; a ``Doc`` with span groups and extension values
makes about five such calls each way. With ``nlp.pipe(..., n_process=2)`` the workers serialise
every ``Doc`` and the main process deserialises it, so this look-up was most of the time of a
``Doc``'s round trip and kept the second process from paying off.

:func:`cache_msgpack_hooks` gives these two registry objects (and nothing else) a ``get_all``
that remembers its answer and checks, on every call, that it still holds: the ``catalogue``
registry has the same size and each remembered hook is still the very object registered under
its name. So a hook registered, replaced or removed later, through any registry object or
``catalogue`` function, is seen at once; entry points are fixed when ``catalogue`` is imported.
The one change it cannot see is a new hook registered while, between the same two calls, an
unrelated entry is removed from the registry (the size stays the same).

It is applied when ``viet_partydocs`` is imported (so the worker processes of ``nlp.pipe`` have
it too, with ``fork`` or ``spawn``) and undone by :func:`restore_msgpack_hooks`.
"""

from __future__ import annotations

from typing import Any

import catalogue
import srsly.msgpack as _msgpack

__all__ = ["cache_msgpack_hooks", "restore_msgpack_hooks"]

_REGISTRIES = (_msgpack.msgpack_encoders, _msgpack.msgpack_decoders)


class _CachedGetAll:
    """``registry.get_all`` remembered while the ``catalogue`` entries it came from are unchanged."""

    def __init__(self, registry: catalogue.Registry) -> None:
        self.registry = registry
        self.size = -1  # len(catalogue.REGISTRY) when the answer was computed (-1: not yet)
        self.entries: tuple[tuple[tuple[str, ...], Any], ...] = ()  # (registry key, object) of each hook from it
        self.value: dict[str, Any] = {}

    def __call__(self) -> dict[str, Any]:
        registry = catalogue.REGISTRY
        if len(registry) == self.size and all(registry.get(key) is obj for key, obj in self.entries):
            return dict(self.value)  # a copy, as the original returns a new dict
        size = len(catalogue.REGISTRY)
        value = type(self.registry).get_all(self.registry)
        namespace = tuple(self.registry.namespace)
        # the objects of the answer itself: a hook replaced while it was computed fails the check
        entries = tuple(((*namespace, name), obj) for name, obj in value.items() if (*namespace, name) in catalogue.REGISTRY)
        self.size, self.entries, self.value = size, entries, value
        return dict(value)


def cache_msgpack_hooks() -> None:
    """Remember the msgpack hook look-ups of ``srsly`` (idempotent)."""
    for registry in _REGISTRIES:
        if not isinstance(registry.__dict__.get("get_all"), _CachedGetAll):
            registry.get_all = _CachedGetAll(registry)  # type: ignore[method-assign]


def restore_msgpack_hooks() -> None:
    """Undo :func:`cache_msgpack_hooks`: every look-up walks the registry again."""
    for registry in _REGISTRIES:
        registry.__dict__.pop("get_all", None)
