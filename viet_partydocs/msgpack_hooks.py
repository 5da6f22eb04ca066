"""Cheaper ``Doc.to_bytes`` / ``Doc.from_bytes``: srsly's msgpack hooks looked up once, not per call.

Every ``srsly.msgpack_dumps`` / ``msgpack_loads`` asks the ``srsly`` registries of msgpack
encoders and decoders for all their entries (``catalogue.Registry.get_all``). That walks the
whole ``catalogue`` registry (every function spaCy and thinc register) and loads the registries'
entry points again, about 0.7 ms a call on this machine; a ``Doc`` with span groups and extension
values makes about five such calls each way. With ``nlp.pipe(..., n_process=2)`` the workers
serialise every ``Doc`` and the main process deserialises it, so this look-up was a third of the
time of a ``Doc``'s round trip and kept the second process from paying off.

:func:`cache_msgpack_hooks` gives the two registries a ``get_all`` that remembers its answer
until the ``catalogue`` registry changes size or something is registered through them. The
answer is the same: entry points are fixed when ``catalogue`` is imported, and registering a new
hook (or replacing one through these registries) is seen at once. It is applied when
``viet_partydocs`` is imported (so the worker processes of ``nlp.pipe`` have it too) and can be
undone with :func:`restore_msgpack_hooks`.
"""

from __future__ import annotations

from typing import Any, Callable

import catalogue
import srsly.msgpack as _msgpack

__all__ = ["cache_msgpack_hooks", "restore_msgpack_hooks"]

_REGISTRIES = (_msgpack.msgpack_encoders, _msgpack.msgpack_decoders)


class _CachedGetAll:
    """``registry.get_all`` remembered per state of the ``catalogue`` registry."""

    def __init__(self, registry: catalogue.Registry) -> None:
        self.registry = registry
        self.register = registry.register  # the bound method, restored by restore_msgpack_hooks
        self.version = 0  # bumped by every register() through this registry
        self.key: Any = None
        self.value: dict[str, Any] = {}

    def __call__(self) -> dict[str, Any]:
        key = (len(catalogue.REGISTRY), self.version)
        if key != self.key:
            self.value = type(self.registry).get_all(self.registry)
            self.key = key
        return dict(self.value)  # a copy, as the original returns a new dict

    def counting_register(self, name: str, *, func: Any = None) -> Callable[[Any], Any]:
        self.version += 1
        if func is None:  # used as a decorator: count again when the function arrives
            decorator = self.register(name)

            def wrapped(f: Any) -> Any:
                self.version += 1
                return decorator(f)

            return wrapped
        return self.register(name, func=func)


def cache_msgpack_hooks() -> None:
    """Remember the msgpack hook look-ups of ``srsly`` (idempotent)."""
    for registry in _REGISTRIES:
        if isinstance(registry.__dict__.get("get_all"), _CachedGetAll):
            continue
        cached = _CachedGetAll(registry)
        registry.get_all = cached  # type: ignore[method-assign]
        registry.register = cached.counting_register  # type: ignore[method-assign]


def restore_msgpack_hooks() -> None:
    """Undo :func:`cache_msgpack_hooks`: every look-up walks the registry again."""
    for registry in _REGISTRIES:
        registry.__dict__.pop("get_all", None)
        registry.__dict__.pop("register", None)
