"""The msgpack hook cache (viet_partydocs.msgpack_hooks): same answers as srsly's own look-up."""

import catalogue
import pytest
import srsly
import srsly.msgpack as M
from spacy.tokens import Doc

import viet_partydocs  # noqa: F401  (applies the cache)
from viet_partydocs import create_pipeline
from viet_partydocs.msgpack_hooks import _CachedGetAll, cache_msgpack_hooks, restore_msgpack_hooks


@pytest.fixture(scope="module")
def nlp():
    return create_pipeline(["vpd_paragraphs", "vpd_doc_codes", "vpd_quantities"])


def _uncached(registry: catalogue.Registry) -> dict:
    return type(registry).get_all(registry)


def test_applied_on_import_and_idempotent():
    first = M.msgpack_encoders.__dict__["get_all"]
    assert isinstance(first, _CachedGetAll)
    cache_msgpack_hooks()
    assert M.msgpack_encoders.__dict__["get_all"] is first


@pytest.mark.parametrize("registry", [M.msgpack_encoders, M.msgpack_decoders], ids=["encoders", "decoders"])
def test_same_answer_as_srsly(registry):
    assert registry.get_all() == _uncached(registry)
    assert registry.get_all() is not registry.get_all()  # a new dict each time, as srsly gives


def test_a_hook_registered_later_is_used():
    def encode(obj, chain=None):
        if isinstance(obj, complex):
            return {"__vpd_complex__": [obj.real, obj.imag]}
        return obj if chain is None else chain(obj)

    def decode(obj, chain=None):
        if isinstance(obj, dict) and "__vpd_complex__" in obj:
            return complex(*obj["__vpd_complex__"])
        return obj if chain is None else chain(obj)

    M.msgpack_encoders.get_all()  # fill the cache first
    M.msgpack_encoders.register("vpd_test_complex", func=encode)
    M.msgpack_decoders.register("vpd_test_complex")(decode)  # decorator form
    try:
        assert srsly.msgpack_loads(srsly.msgpack_dumps({"z": 1 + 2j})) == {"z": 1 + 2j}
        # replacing a hook under the same name (the registry's size does not change) is seen too
        M.msgpack_encoders.register("vpd_test_complex", func=lambda obj, chain=None: obj if chain is None else chain(obj))
        assert M.msgpack_encoders.get_all() == _uncached(M.msgpack_encoders)
    finally:
        for kind in ("msgpack_encoders", "msgpack_decoders"):
            catalogue.REGISTRY.pop(("srsly", kind, "vpd_test_complex"), None)
    assert "vpd_test_complex" not in M.msgpack_encoders.get_all()


def test_restore_and_docs_serialise_the_same(nlp):
    doc = nlp("Ban Thường vụ Huyện ủy ban hành Nghị quyết số 07-NQ/TU, kết nạp 25 đảng viên mới.")
    cached_bytes = doc.to_bytes()
    restore_msgpack_hooks()
    try:
        assert "get_all" not in M.msgpack_encoders.__dict__
        assert doc.to_bytes() == cached_bytes
    finally:
        cache_msgpack_hooks()
    back = Doc(nlp.vocab).from_bytes(cached_bytes)
    assert back.text == doc.text
    assert [(e.text, e.label_) for e in back.ents] == [(e.text, e.label_) for e in doc.ents]
    assert [e._.doc_code for e in back.ents if e.label_ == "DOC_CODE"] == [
        e._.doc_code for e in doc.ents if e.label_ == "DOC_CODE"
    ]
