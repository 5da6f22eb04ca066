"""The same sentence written the ways real scraped text writes it gives the same entities.

Variants: decomposed Unicode (NFD), non-breaking spaces between words, old-style tone placement
(``uỷ``, ``hoá``) and ``Ð`` (U+00D0) for ``Đ``. Offsets are compared in each variant's own text.
"""

from __future__ import annotations

import unicodedata

import pytest

from viet_partydocs import create_pipeline
from viet_partydocs.text.paragraphs import paragraph_offsets

SENTENCES = [
    "Thực hiện Quyết định số 1249-QĐ/HU ngày 21/10/2019 của Huyện ủy, huyện đã kết nạp 192 đảng viên mới.",
    "Năm 2023, 18/18 xã, thị trấn hoàn thành chỉ tiêu, thu ngân sách ước đạt 104,33 tỉ đồng.",
    "Đảng bộ quán triệt Nghị quyết Trung ương 4 (khóa XII) và Chỉ thị số 05-CT/TW đến 2.948 đảng viên.",
]


def _variants(text: str) -> dict[str, str]:
    return {
        "nfd": unicodedata.normalize("NFD", text),
        "nbsp": text.replace(" ", "\u00a0"),
        "old_tones": text.replace("ủy", "uỷ").replace("hóa", "hoá"),
        "eth": text.replace("Đ", "Ð"),
    }


def _words(text: str, start: int, end: int) -> str:
    return " ".join(unicodedata.normalize("NFC", text[start:end]).replace("Ð", "Đ").replace("uỷ", "ủy").replace("hoá", "hóa").split())


@pytest.fixture(scope="module")
def nlp():
    return create_pipeline(["vpd_paragraphs", "vpd_doc_codes", "vpd_quantities"])


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("variant", ["nfd", "nbsp", "old_tones", "eth"])
def test_doc_codes_and_quantities_do_not_depend_on_the_spelling(nlp, sentence, variant):
    base = nlp(sentence)
    text = _variants(sentence)[variant]
    doc = nlp(text)
    assert doc.text == text
    assert [(e.label_, _words(text, e.start_char, e.end_char)) for e in doc.ents] == [
        (e.label_, _words(sentence, e.start_char, e.end_char)) for e in base.ents
    ]
    for e, b in zip(doc.ents, base.ents):
        if e.label_ == "DOC_CODE":
            keep = ("doc_type", "type_code", "number", "issuer_code", "family", "date", "plenum", "term")
            assert {k: e._.doc_code[k] for k in keep} == {k: b._.doc_code[k] for k in keep}
        else:
            keep = ("value", "kind", "total", "qualifier", "predicate")
            assert {k: e._.quantity[k] for k in keep} == {k: b._.quantity[k] for k in keep}


def test_invisible_only_blocks_are_not_paragraphs():
    text = "\ufeff\n\u200b\n  Đoạn một. \u200b\n\u2060Đoạn hai."
    assert [text[a:b] for a, b in paragraph_offsets(text)] == ["Đoạn một.", "Đoạn hai."]
