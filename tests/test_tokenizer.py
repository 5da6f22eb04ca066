"""The tokenizer: exact text, protected tokens, normalised norms, serialisation."""

from __future__ import annotations

import json
import unicodedata

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from viet_partydocs import create_pipeline


def assert_exact(doc, text):
    assert doc.text == text
    pos = 0
    for tok in doc:
        assert tok.idx == pos, (tok.i, tok.text, tok.idx, pos)
        assert text[pos : pos + len(tok.text_with_ws)] == tok.text_with_ws
        pos += len(tok.text_with_ws)
    assert pos == len(text)


# -- doc.text == text for every input ------------------------------------------------------------

VI_PIECES = st.sampled_from(
    [
        "Ban Thường vụ", "Huyện ủy", "Uỷ ban", "hoá", "Ðảng bộ", "07-NQ/TU", "34/2019/NĐ-CP", "18/18", "96,7%",
        "2.948", "15/11/2016", "kết nạp", "đảng viên", ",", ".", "(", ")", "“", "”", "-", "–", "…", "😀",
        "\u00a0", "\t", "\r\n", "\n\n", "  ", " ", "\u2028", "\x00", "\x1f", "\u200b", "\ufeff",
        unicodedata.normalize("NFD", "Uỷ ban Kiểm tra"), "H'Mông", "TP.HCM", "laichau.gov.vn", "m2", "km²", "320",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode_text_round_trips(tok_nlp, text):
    assert_exact(tok_nlp.make_doc(text), text)


@settings(max_examples=300, deadline=None)
@given(st.lists(VI_PIECES, max_size=40).map("".join))
def test_any_mix_of_genre_pieces_round_trips(tok_nlp, text):
    assert_exact(tok_nlp.make_doc(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "Ban\u00a0Thường\u00a0vụ Huyện ủy",
        "Đảng bộ\txã\tMường Tè",
        "Dòng một\r\nDòng hai\r\n",
        "Đoạn một.\n\n\n\nĐoạn hai.",
        "Uỷ ban Kiểm tra Huyện uỷ đã hoá giải",
        "Ðảng ủy Khối các cơ quan tỉnh",
        unicodedata.normalize("NFD", "Ủy ban Kiểm tra Đảng ủy xã Hùng Lô"),
        "Chi bộ thôn 3 😀🎉 đạt danh hiệu",
        "ký tự\x00điều\x07khiển\x1b",
        "đảng viên " * 5000,
        "\ufeffMở đầu bằng BOM",
    ],
)
def test_hard_inputs_round_trip(tok_nlp, text):
    assert_exact(tok_nlp.make_doc(text), text)


def test_seeds_and_corpus_round_trip(tok_nlp, shared_dir):
    paragraphs = []
    for f in sorted((shared_dir / "seeds").glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        assert_exact(tok_nlp.make_doc(text), text)
        paragraphs += [p for p in text.split("\n") if p.strip()]
    for line in (shared_dir / "corpus" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        paragraphs += [rec["title"], *rec["paragraphs"]]
    for p in paragraphs:
        assert_exact(tok_nlp.make_doc(p), p)
    print(f"{len(paragraphs)} real paragraphs round-trip exactly")
    assert len(paragraphs) > 1900


# -- protected tokens -----------------------------------------------------------------------------

PROTECTED = [
    ("Ban Thường vụ ban hành Nghị quyết số 07-NQ/TU về công tác cán bộ.", "07-NQ/TU"),
    ("Quyết định số 1249-QĐ/HU ngày 21/10/2019 của Huyện ủy.", "1249-QĐ/HU"),
    ("Quyết định số 1249-QĐ/HU ngày 21/10/2019 của Huyện ủy.", "21/10/2019"),
    ("Thực hiện Chương trình hành động số 06-CTr/HU của Huyện ủy.", "06-CTr/HU"),
    ("Quy định 08-QĐi/TW về trách nhiệm nêu gương.", "08-QĐi/TW"),
    ("Quy chế phối hợp số 05-QC/BTCTU-BDVTU được ký kết.", "05-QC/BTCTU-BDVTU"),
    ("Thông báo 28-TB/ĐUK của Đảng ủy Khối.", "28-TB/ĐUK"),
    ("Kế hoạch 05-Ctr/ĐUK triển khai.", "05-Ctr/ĐUK"),
    ("Văn bản 179-QÐi/TW ghi sai chữ Đ.", "179-QÐi/TW"),
    ("Nghị quyết 07-NQ-TU viết bằng gạch nối.", "07-NQ-TU"),
    ("Nghị định số 34/2019/NĐ-CP sửa đổi quy định.", "34/2019/NĐ-CP"),
    ("Quyết định 123/QĐ-UBND của UBND tỉnh.", "123/QĐ-UBND"),
    ("Luật số 80/2015/QH13 quy định như sau.", "80/2015/QH13"),
    ("Công văn 5973/UBND-KT gửi các sở.", "5973/UBND-KT"),
    ("Hội nghị diễn ra ngày 28-12-2021 tại huyện.", "28-12-2021"),
    ("Huyện có 2.948 đảng viên.", "2.948"),
    ("Đạt tỉ lệ 96,7 phần trăm.", "96,7"),
    ("Thu ngân sách 104,33 tỉ đồng.", "104,33"),
    ("Có 96,7% chi bộ đạt trong sạch vững mạnh.", "96,7%"),
    ("18/18 xã, thị trấn hoàn thành.", "18/18"),
    ("Ước đạt 9.689/7.570 triệu đồng.", "9.689/7.570"),
    ("Tăng 2-3% so với cùng kỳ.", "2-3%"),
    ("Giai đoạn 2016-2020 đã hoàn thành.", "2016-2020"),
    ("Điện thoại: 02133.876.460 trong giờ hành chính.", "02133.876.460"),
    ("Cập nhật lúc 13:46 hôm nay.", "13:46"),
    ("Xem tại laichau.gov.vn để biết thêm.", "laichau.gov.vn"),
    ("Đồng bào H'Mông ở vùng cao.", "H'Mông"),
    ("Khu đất rộng 450 m2 ở ven sông.", "m2"),
    ("Rừng phòng hộ có 12,6 km2 được giao khoán.", "km2"),
    ("Mỗi hộ dùng khoảng 30 m3 nước sạch.", "m3"),
    ("Tiết diện dây dẫn 16 mm2 trở lên.", "mm2"),
    ("Nhà văn hóa có 60 m² sàn.", "m²"),
    ("Hồ chứa 2 km³ nước.", "km³"),
]


@pytest.mark.parametrize("text,expected", PROTECTED)
def test_protected_token_is_one_token(tok_nlp, text, expected):
    tokens = [t.text for t in tok_nlp.make_doc(text)]
    assert expected in tokens, tokens


@pytest.mark.parametrize(
    "text,expected_tokens",
    [
        ("18/18 xã hoàn thành", ["18/18", "xã"]),
        ("kết nạp 192 đảng viên mới", ["192", "đảng viên"]),
        ("có 03 xã đạt chuẩn", ["03", "xã"]),
        ("Đảng ủy-UBND phường", ["-", "UBND"]),
        ("phát triển kinh tế - xã hội", ["-"]),
        ("diện tích 1038,5ha lúa", ["1038,5", "ha"]),
        ("thu hồi 320m2 đất ở", ["320", "m2"]),
    ],
)
def test_numbers_and_hyphens_are_never_glued(tok_nlp, text, expected_tokens):
    tokens = [t.text for t in tok_nlp.make_doc(text)]
    for t in expected_tokens:
        assert t in tokens, tokens
    assert not any(t[0].isdigit() and " " in t for t in tokens), tokens


@pytest.mark.parametrize(
    "text,expected_tokens",
    [
        ("ô số m23 ở tầng hai", ["m", "23"]),  # a longer number: not a square unit
        ("mã Pm2 của sản phẩm", ["Pm", "2"]),  # inside a word
        ("tôm2 con", ["tôm", "2"]),
    ],
)
def test_square_units_need_their_own_edges(tok_nlp, text, expected_tokens):
    tokens = [t.text for t in tok_nlp.make_doc(text)]
    for t in expected_tokens:
        assert t in tokens, tokens


def test_words_are_segmented(tok_nlp):
    tokens = [t.text for t in tok_nlp.make_doc("Ban Chấp hành Đảng bộ tỉnh kết nạp đảng viên mới")]
    assert "Ban Chấp hành" in tokens and "Đảng bộ" in tokens and "kết nạp" in tokens and "đảng viên" in tokens


def test_no_word_across_a_line_break_or_into_a_name(tok_nlp):
    tokens = [t.text for t in tok_nlp.make_doc("ban\nhành văn bản tại huyện Bắc Sơn")]
    assert "ban" in tokens and "hành" not in [t.split()[-1] for t in tokens if " " in t and t.startswith("ban")]
    assert not any("huyện" in t and "Bắc" in t for t in tokens), tokens


# -- norms ------------------------------------------------------------------------------------------


def test_norms_are_normalised_and_text_is_not(tok_nlp):
    text = "Uỷ ban Kiểm tra Huyện uỷ hoá Ðảng"
    doc = tok_nlp.make_doc(text)
    assert doc.text == text
    assert " ".join(t.norm_ for t in doc) == "ủy ban kiểm tra huyện ủy hóa đảng"
    assert "Ủy" not in doc.text and "Đ" not in doc.text
    nfd = unicodedata.normalize("NFD", "Huyện Ủy")
    assert " ".join(t.norm_ for t in tok_nlp.make_doc(nfd)) == "huyện ủy"


def test_nbsp_inside_a_word_keeps_text_and_norm_has_space(tok_nlp):
    doc = tok_nlp.make_doc("Ban\u00a0Chấp\u00a0hành")
    assert doc.text == "Ban\u00a0Chấp\u00a0hành"
    assert " ".join(t.norm_ for t in doc if not t.is_space) == "ban chấp hành"


# -- configuration and serialisation --------------------------------------------------------------


def test_fixed_words_are_kept_whole_and_serialised(tmp_path):
    nlp = create_pipeline(["vpd_paragraphs"], tokenizer={"fixed_words": ["Ban Thường vụ"]})
    assert "Ban Thường vụ" in [t.text for t in nlp.make_doc("Ban Thường vụ Huyện ủy họp")]
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert loaded.tokenizer.fixed_words == ["ban thường vụ"]
    assert "Ban Thường vụ" in [t.text for t in loaded.make_doc("Ban Thường vụ Huyện ủy họp")]
    assert loaded.tokenizer.to_bytes() == nlp.tokenizer.to_bytes()


def test_unsegmented_mode_gives_syllables():
    nlp = create_pipeline([], tokenizer={"segment": False})
    assert [t.text for t in nlp.make_doc("kết nạp đảng viên")] == ["kết", "nạp", "đảng", "viên"]


def test_tokenizer_rejects_non_strings(tok_nlp):
    with pytest.raises(TypeError):
        tok_nlp.tokenizer(b"bytes")  # type: ignore[arg-type]


# -- genre-specific segmentation fixes ------------------------------------------------------------


@pytest.mark.parametrize(
    "text,boundary_before",
    [
        ("Đồng chí Hà Văn Tuấn, Trưởng Ban Tổ chức Huyện ủy, phát biểu.", "Ban"),
        ("Bà Lò Thị Mai, Phó Trưởng phòng Nội vụ huyện, cho biết.", "phòng"),
        ("Ông Vũ Đức Lâm Phó Chủ tịch UBND xã dự họp.", "Phó"),
        ("Nghị quyết của Huyện ủy Sìn Hồ phát huy hiệu quả.", "phát"),
        ("Luật số 12/2020/QH14 có hiệu lực.", "số"),
    ],
)
def test_no_word_crosses_an_entity_boundary(tok_nlp, text, boundary_before):
    doc = tok_nlp.make_doc(text)
    starts = {t.idx for t in doc}
    assert text.index(boundary_before) in starts, [t.text for t in doc]


def test_capitalised_terms_stay_whole(tok_nlp):
    tokens = [t.text for t in tok_nlp.make_doc("Ban Chấp hành Đảng bộ tỉnh giao Ủy ban Kiểm tra Huyện ủy Phong Thổ")]
    assert "Ban Chấp hành" in tokens and "Huyện ủy" in tokens
