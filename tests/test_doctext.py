"""The remembered ``doc.text``, the string look-up and the digit test the components share."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc

from viet_partydocs.doctext import doc_text, has_digit, strings_of
from viet_partydocs.text.normalize import fix_tones, normalize, normalize_with_offsets


def test_tokenizer_remembers_the_text(tok_nlp):
    text = "Đảng ủy xã  đã kết nạp\u00a012 đảng viên.\n"
    doc = tok_nlp.make_doc(text)
    assert doc_text(doc) is text


def test_doc_made_elsewhere_gets_its_text_built(tok_nlp):
    doc = Doc(tok_nlp.vocab, words=["Chi", "bộ", "họp", "."], spaces=[True, True, False, False])
    assert doc_text(doc) == doc.text == "Chi bộ họp."


def test_doc_refilled_in_place_is_not_trusted(tok_nlp):
    empty = tok_nlp.make_doc("")
    other = tok_nlp.make_doc("Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 6 năm nay.")
    empty.from_bytes(other.to_bytes())
    assert doc_text(empty) == empty.text == other.text


def test_text_stays_true_after_retokenizing(tok_nlp):
    text = "Ban Thường vụ Huyện ủy chỉ đạo."
    doc = tok_nlp.make_doc(text)
    with doc.retokenize() as retok:
        retok.merge(doc[0:3])
    assert doc_text(doc) == doc.text == text


@lru_cache(maxsize=1)
def _nlp():
    from viet_partydocs import create_pipeline

    return create_pipeline(["vpd_paragraphs"])


@given(st.text(max_size=60))
def test_doc_text_equals_doc_text_for_any_input(text):
    doc = _nlp().make_doc(text)
    assert doc_text(doc) == doc.text == text


def test_strings_of_matches_the_store(tok_nlp):
    doc = tok_nlp.make_doc("Nghị quyết số 07-NQ/TU của Tỉnh ủy")
    stores = [tok_nlp.vocab.strings]
    assert strings_of([t.orth for t in doc], stores) == [t.text for t in doc]
    assert strings_of([t.norm for t in doc], stores) == [t.norm_ for t in doc]
    # a second call finds every string remembered
    assert strings_of([t.orth for t in doc], stores) == [t.text for t in doc]


@given(st.text(max_size=80))
def test_has_digit_finds_ascii_and_full_width_digits(text):
    assert has_digit(text) == any(c in "0123456789０１２３４５６７８９" for c in text)


def test_fix_tones_moves_old_style_marks_and_keeps_length():
    assert fix_tones("Uỷ ban, hoá, khoẻ, quý, thuỷ") == "Ủy ban, hóa, khỏe, quý, thủy"
    assert fix_tones("QUÝ, Quý, quỹ") == "QUÝ, Quý, quỹ"  # "qu" + y is consonant + vowel


@given(st.text(alphabet=st.sampled_from(list("oOuUaAeEyYqQ ,.") + ["á", "ả", "ẹ", "ỷ", "ý", "Ỳ"]), max_size=40))
def test_fix_tones_on_parts_equals_whole_text_normalisation(text):
    """The DOC_CODE component normalises a text without tones and fixes tones window by window."""
    base, offsets = normalize_with_offsets(text, tones=False)
    assert offsets is None or len(offsets) == len(base) + 1
    fixed = fix_tones(base)
    assert len(fixed) == len(base)
    assert fixed == normalize(unicodedata.normalize("NFC", text))
    # pieces cut at spaces give the same result as the whole
    pieces = base.split(" ")
    assert " ".join(fix_tones(p) for p in pieces) == fixed


def test_strings_of_serves_every_vocabulary_and_stays_bounded(monkeypatch):
    import spacy

    from viet_partydocs import doctext

    monkeypatch.setattr(doctext, "_MAX_STRINGS", 3)
    one, two = (spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}}) for _ in range(2))
    a, b = one.vocab.strings.add("chi bộ thôn"), two.vocab.strings.add("đảng ủy xã")
    stores = [one.vocab.strings, two.vocab.strings]
    for k in range(6):
        stores[0].add(f"chuỗi {k}")
        strings_of([stores[0][f"chuỗi {k}"]], stores)
    assert strings_of([b, a], stores) == ["đảng ủy xã", "chi bộ thôn"]
    assert len(doctext._STRINGS) <= 3 + 2


def test_doc_has_digit_follows_the_text(tok_nlp):
    from viet_partydocs.doctext import doc_has_digit

    assert doc_has_digit(tok_nlp.make_doc("Chi bộ kết nạp 3 đảng viên."))
    assert not doc_has_digit(tok_nlp.make_doc("Chi bộ kết nạp hai đảng viên."))
    assert doc_has_digit(tok_nlp.make_doc("Chi bộ kết nạp ３ đảng viên."))  # full-width
    empty = tok_nlp.make_doc("")
    assert not doc_has_digit(empty)
    empty.from_bytes(tok_nlp.make_doc("Năm 2024 có 12 chi bộ.").to_bytes())
    assert doc_has_digit(empty)  # the Doc was refilled: asked again of its new text
