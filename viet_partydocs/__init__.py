"""viet_partydocs: structured data from Vietnamese party-building texts.

>>> import viet_partydocs
>>> nlp = viet_partydocs.load()
>>> doc = nlp("Ban Thường vụ Huyện ủy ban hành Nghị quyết số 07-NQ/TU.")
>>> [(e.text, e.label_) for e in doc.ents]  # doctest: +SKIP
"""

from .about import __version__
from .labels import ENTITY_LABELS, ROLES, THEMES
from .components import register_all as _register_all
from .msgpack_hooks import cache_msgpack_hooks as _cache_msgpack_hooks
from .pipeline import create_pipeline, load
from .tokenizer import VietnameseTokenizer

_register_all()
_cache_msgpack_hooks()  # Doc.to_bytes/from_bytes (and nlp.pipe with n_process) without a registry walk per call

__all__ = ["__version__", "load", "create_pipeline", "VietnameseTokenizer", "ENTITY_LABELS", "ROLES", "THEMES"]
