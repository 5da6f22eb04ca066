"""The msgpack hook cache (viet_partydocs.msgpack_hooks): same answers as srsly's own look-up, once."""

import catalogue
import pytest
import srsly
import srsly.msgpack as M
from spacy.tokens import Doc

import viet_partydocs  # noqa: F401  (applies the cache)
from viet_partydocs import create_pipeline
from viet_partydocs.msgpack_hooks import _CachedGetAll, cache_msgpack_hooks, restore_msgpack_hooks

NAME = "vpd_test_hook"


@pytest.fixture(scope="module")
def nlp():
    return create_pipeline(["vpd_paragraphs", "vpd_doc_codes", "vpd_quantities"])


@pytest.fixture
def cleanup():
    yield
    for kind in ("msgpack_encoders", "msgpack_decoders"):
        catalogue.REGISTRY.pop(("srsly", kind, NAME), None)


def _uncached(registry: catalogue.Registry) -> dict:
    return type(registry).get_all(registry)


def _passthrough(obj, chain=None):
    return obj if chain is None else chain(obj)


def _other_passthrough(obj, chain=None):
    return obj if chain is None else chain(obj)


def test_applied_on_import_and_idempotent():
    first = M.msgpack_encoders.__dict__["get_all"]
    assert isinstance(first, _CachedGetAll)
    cache_msgpack_hooks()
    assert M.msgpack_encoders.__dict__["get_all"] is first


def test_nothing_else_is_patched():
    """Only the two srsly registry objects change: catalogue's functions and class stay as they are."""
    assert catalogue._set.__module__ == "catalogue" and catalogue._remove.__module__ == "catalogue"
    assert catalogue.Registry.get_all.__module__ == "catalogue"
    other = catalogue.create("viet_partydocs_test", "plain")
    assert "get_all" not in other.__dict__


@pytest.mark.parametrize("registry", [M.msgpack_encoders, M.msgpack_decoders], ids=["encoders", "decoders"])
def test_same_answer_as_srsly(registry):
    assert registry.get_all() == _uncached(registry)
    assert registry.get_all() is not registry.get_all()  # a new dict each time, as srsly gives


def test_the_registry_is_walked_once_while_nothing_changes(monkeypatch):
    calls = []
    original = catalogue.Registry.get_all

    def counting(self):
        calls.append(self)
        return original(self)

    monkeypatch.setattr(catalogue.Registry, "get_all", counting)
    M.msgpack_encoders.get_all()
    calls.clear()
    for _ in range(5):
        srsly.msgpack_loads(srsly.msgpack_dumps({"a": [1, 2, 3]}))
    assert calls == []


def test_a_hook_registered_later_is_used(cleanup):
    def encode(obj, chain=None):
        if isinstance(obj, complex):
            return {"__vpd_complex__": [obj.real, obj.imag]}
        return obj if chain is None else chain(obj)

    def decode(obj, chain=None):
        if isinstance(obj, dict) and "__vpd_complex__" in obj:
            return complex(*obj["__vpd_complex__"])
        return obj if chain is None else chain(obj)

    M.msgpack_encoders.get_all()  # fill the cache first
    M.msgpack_encoders.register(NAME, func=encode)
    M.msgpack_decoders.register(NAME)(decode)  # decorator form
    assert srsly.msgpack_loads(srsly.msgpack_dumps({"z": 1 + 2j})) == {"z": 1 + 2j}


@pytest.mark.parametrize("how", ["same registry", "decorator applied later", "another registry object", "catalogue._set"])
def test_a_hook_replaced_under_the_same_name_is_seen(cleanup, how):
    M.msgpack_encoders.register(NAME, func=_passthrough)
    assert M.msgpack_encoders.get_all()[NAME] is _passthrough
    size = len(catalogue.REGISTRY)
    if how == "same registry":
        M.msgpack_encoders.register(NAME, func=_other_passthrough)
    elif how == "decorator applied later":
        decorate = M.msgpack_encoders.register(NAME)
        M.msgpack_encoders.get_all()  # asked between the decorator and its application
        decorate(_other_passthrough)
    elif how == "another registry object":
        catalogue.create("srsly", "msgpack_encoders").register(NAME, func=_other_passthrough)
    else:
        catalogue._set(("srsly", "msgpack_encoders", NAME), _other_passthrough)
    assert len(catalogue.REGISTRY) == size  # the registry's size alone would not tell
    assert M.msgpack_encoders.get_all()[NAME] is _other_passthrough
    assert M.msgpack_encoders.get_all() == _uncached(M.msgpack_encoders)


def test_a_removed_hook_is_forgotten_even_when_the_size_comes_back(cleanup):
    M.msgpack_encoders.register(NAME, func=_passthrough)
    assert NAME in M.msgpack_encoders.get_all()
    catalogue._remove(("srsly", "msgpack_encoders", NAME))
    catalogue._set(("viet_partydocs_test", "elsewhere", "x"), object())  # size back to what it was
    try:
        assert NAME not in M.msgpack_encoders.get_all()
    finally:
        catalogue.REGISTRY.pop(("viet_partydocs_test", "elsewhere", "x"), None)


def test_restore_and_docs_serialise_the_same(nlp):
    doc = nlp("Ban Thường vụ Huyện ủy ban hành Nghị quyết số 07-NQ/TU, kết nạp 25 đảng viên mới.")
    cached_bytes = doc.to_bytes()
    restore_msgpack_hooks()
    try:
        assert "get_all" not in M.msgpack_encoders.__dict__ and "get_all" not in M.msgpack_decoders.__dict__
        assert doc.to_bytes() == cached_bytes
    finally:
        cache_msgpack_hooks()
    back = Doc(nlp.vocab).from_bytes(cached_bytes)
    assert back.text == doc.text
    assert [(e.text, e.label_) for e in back.ents] == [(e.text, e.label_) for e in doc.ents]
    assert [e._.doc_code for e in back.ents if e.label_ == "DOC_CODE"] == [
        e._.doc_code for e in doc.ents if e.label_ == "DOC_CODE"
    ]
    assert [e._.quantity for e in back.ents if e.label_ == "QUANTITY"] == [
        e._.quantity for e in doc.ents if e.label_ == "QUANTITY"
    ]
