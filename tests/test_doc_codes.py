"""DOC_CODE entities and their parsed attributes (guide §2 DOC_CODE, §5; DOMAIN.md §1).

The sentences are written for these tests in the style of the genre (district and provincial
party-building reports); each lists every DOC_CODE span expected in it, in order, with the
attributes that must hold.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

import viet_partydocs
from viet_partydocs.attributes import DocCodeAttrs
from viet_partydocs.components.doc_codes import find_doc_codes


@pytest.fixture(scope="module")
def nlp():
    return viet_partydocs.create_pipeline(["vpd_paragraphs", "vpd_doc_codes", "vpd_quantities"])


def codes(doc):
    return [e for e in doc.ents if e.label_ == "DOC_CODE"]


# (sentence, [(span text, attributes that must hold), ...])
CASES = [
    # -- Party codes -----------------------------------------------------------------------------
    (
        "Ban Thường vụ Huyện ủy Mường Tè đã quán triệt Nghị quyết số 07-NQ/TU ngày 15/11/2016 của Ban Thường vụ Tỉnh ủy tới toàn thể cán bộ chủ chốt.",
        [("Nghị quyết số 07-NQ/TU", dict(doc_type="Nghị quyết", type_code="NQ", number="07", numbers=["07"], issuer_code="TU",
                                         issuer_level="province", family="party", year=None, date="2016-11-15",
                                         issuer="Ban Thường vụ Tỉnh ủy", plenum=None, term=None))],
    ),
    (
        "Để kiện toàn tổ chức, Huyện ủy ban hành Quyết định số 1249-QĐ/HU về việc thành lập Ban Chỉ đạo công tác dân vận.",
        [("Quyết định số 1249-QĐ/HU", dict(doc_type="Quyết định", type_code="QĐ", number="1249", issuer_code="HU",
                                           issuer_level="district", family="party", date=None, issuer=None))],
    ),
    (
        "Hai ban đã ký Quy chế số 05-QC/BTCTU-BDVTU nhằm phối hợp trong công tác nắm tình hình cơ sở.",
        [("Quy chế số 05-QC/BTCTU-BDVTU", dict(doc_type="Quy chế", type_code="QC", number="05", issuer_code="BTCTU-BDVTU",
                                               issuer_level="province", family="party"))],
    ),
    (
        "Đảng ủy Khối triển khai Chương trình hành động số 06-CTr/ĐUK về chuyển đổi số trong các cơ quan.",
        [("Chương trình hành động số 06-CTr/ĐUK", dict(doc_type="Chương trình", type_code="CTr", issuer_code="ĐUK",
                                                       issuer_level="bloc", family="party"))],
    ),
    (
        "Xã Tả Phìn xây dựng Kế hoạch số 12-KH/ĐU ngày 10/3/2020 của Đảng ủy xã Tả Phìn về sắp xếp thôn, bản.",
        [("Kế hoạch số 12-KH/ĐU", dict(type_code="KH", issuer_code="ĐU", issuer_level="commune", date="2020-03-10",
                                       issuer="Đảng ủy xã Tả Phìn"))],
    ),
    (
        "Ủy ban Kiểm tra Huyện ủy đề nghị các chi bộ nghiên cứu Hướng dẫn 02-HD/UBKTTW trước kỳ kiểm tra.",
        [("Hướng dẫn 02-HD/UBKTTW", dict(doc_type="Hướng dẫn", type_code="HD", issuer_code="UBKTTW", issuer_level="central"))],
    ),
    # -- State codes -----------------------------------------------------------------------------
    (
        "Việc bố trí cán bộ không chuyên trách thực hiện theo Nghị định số 34/2019/NĐ-CP của Chính phủ.",
        [("Nghị định số 34/2019/NĐ-CP", dict(doc_type="Nghị định", type_code="NĐ", number="34", issuer_code="CP",
                                             issuer_level="central", family="state", year=2019, issuer="Chính phủ"))],
    ),
    (
        "Ủy ban nhân dân huyện đã có Quyết định 123/QĐ-UBND phê duyệt danh sách học viên lớp trung cấp.",
        [("Quyết định 123/QĐ-UBND", dict(doc_type="Quyết định", type_code="QĐ", number="123", issuer_code="UBND",
                                         issuer_level="unknown", family="state", year=None))],
    ),
    (
        "Trình tự ban hành văn bản ở xã tuân thủ Luật số 80/2015/QH13 và các văn bản hướng dẫn thi hành.",
        [("Luật số 80/2015/QH13", dict(doc_type="Luật", type_code=None, number="80", issuer_code="QH13",
                                       issuer_level="central", family="state", year=2015))],
    ),
    (
        "Cán bộ tư pháp xã được tập huấn Thông tư 01/2011/TT-BNV về thể thức văn bản hành chính.",
        [("Thông tư 01/2011/TT-BNV", dict(doc_type="Thông tư", type_code="TT", issuer_code="BNV", family="state", year=2011))],
    ),
    (
        "Thủ tướng đã ký Chỉ thị số 16/CT-TTg ngày 05 tháng 3 năm 2020 của Thủ tướng Chính phủ về phòng, chống dịch.",
        [("Chỉ thị số 16/CT-TTg", dict(doc_type="Chỉ thị", type_code="CT", issuer_code="TTg", issuer_level="central",
                                       family="state", date="2020-03-05", issuer="Thủ tướng Chính phủ"))],
    ),
    (
        "Trạm thú y huyện làm việc theo Pháp lệnh Thú y số 18/2004/PL-UBTVQH11 trong nhiều năm liền.",
        [("Pháp lệnh Thú y số 18/2004/PL-UBTVQH11", dict(doc_type="Pháp lệnh", type_code="PL", issuer_code="UBTVQH11",
                                                         issuer_level="central", family="state", year=2004))],
    ),
    (
        "Trung tâm trợ giúp pháp lý của tỉnh hoạt động theo Luật Trợ giúp pháp lý số 69/2006/QH11 suốt nhiều năm.",
        [("Luật Trợ giúp pháp lý số 69/2006/QH11", dict(doc_type="Luật", number="69", issuer_code="QH11", year=2006))],
    ),
    (
        "Cán bộ, công chức xã phải nắm vững Luật Cán bộ, công chức số 22/2008/QH12 trước khi nhận nhiệm vụ.",
        [("Luật Cán bộ, công chức số 22/2008/QH12", dict(doc_type="Luật", number="22", year=2008))],
    ),
    (
        "Quy trình được áp dụng theo Luật Đầu tư công, Nghị định số 40/2020/NĐ-CP và hướng dẫn của Sở.",
        [("Nghị định số 40/2020/NĐ-CP", dict(doc_type="Nghị định", year=2020))],
    ),
    # -- coordinated lists and bare codes --------------------------------------------------------
    (
        "Đảng ủy xã tổ chức học tập Nghị quyết số 18, 19-NQ/TW cho toàn thể đảng viên trong tháng Mười.",
        [("Nghị quyết số 18, 19-NQ/TW", dict(number="18", numbers=["18", "19"], type_code="NQ", issuer_code="TW",
                                             issuer_level="central", family="party"))],
    ),
    (
        "Các chi bộ tiếp tục thực hiện Nghị quyết số 26-NQ/TW, số 27-NQ/TW gắn với nhiệm vụ chính trị của đơn vị.",
        [("Nghị quyết số 26-NQ/TW", dict(number="26")), ("27-NQ/TW", dict(number="27", doc_type="Nghị quyết"))],
    ),
    (
        "Theo tinh thần 07-NQ/TU, các xã phải hoàn thành việc kiện toàn tổ chức trước quý III.",
        [("07-NQ/TU", dict(doc_type="Nghị quyết", type_code="NQ", number="07", issuer_code="TU", family="party"))],
    ),
    (
        "Số: 15-TB/HU",
        [("15-TB/HU", dict(doc_type="Thông báo", type_code="TB", issuer_level="district"))],
    ),
    # -- type word + number, no code -------------------------------------------------------------
    (
        "Các chi bộ đã quán triệt Kế hoạch số 52 của Huyện ủy, nhờ đó chất lượng sinh hoạt được nâng lên.",
        [("Kế hoạch số 52", dict(doc_type="Kế hoạch", type_code=None, number="52", numbers=["52"], issuer_code=None,
                                 issuer="Huyện ủy", issuer_level="district"))],
    ),
    (
        "Mỗi đảng viên tiếp tục thực hiện Chỉ thị 05 của Bộ Chính trị gắn với nhiệm vụ chuyên môn.",
        [("Chỉ thị 05", dict(doc_type="Chỉ thị", number="05", issuer="Bộ Chính trị", issuer_level="central"))],
    ),
    (
        "Hội nghị quán triệt kết luận 24 về quy hoạch cán bộ lãnh đạo các cấp.",
        [("kết luận 24", dict(doc_type="Kết luận", number="24"))],
    ),
    (
        "Ban Thường vụ yêu cầu rà soát việc thực hiện Quy định số 102 ngày 15/11/2017 về xử lý đảng viên vi phạm.",
        [("Quy định số 102", dict(doc_type="Quy định", number="102", date="2017-11-15"))],
    ),
    # -- plenum references -----------------------------------------------------------------------
    (
        "Toàn Đảng bộ tiếp tục làm theo Nghị quyết Trung ương 4 (khóa XII) bằng những việc làm cụ thể.",
        [("Nghị quyết Trung ương 4 (khóa XII)", dict(doc_type="Nghị quyết", plenum="4", term="XII", number=None, family="party",
                                                     issuer_level="central"))],
    ),
    (
        "Việc kiểm điểm gắn với Nghị quyết Trung ương 4, khóa XII được các chi bộ làm nghiêm.",
        [("Nghị quyết Trung ương 4, khóa XII", dict(plenum="4", term="XII"))],
    ),
    (
        "Chi bộ thôn Nậm Cha tổ chức sinh hoạt chuyên đề về Nghị quyết TW4 vào tối thứ Bảy.",
        [("Nghị quyết TW4", dict(plenum="4", term=None))],
    ),
    (
        "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa IX về kinh tế hợp tác vẫn còn giá trị.",
        [("Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa IX", dict(plenum="8", term="IX"))],
    ),
    (
        "Đảng bộ huyện sơ kết Nghị quyết Trung ương 7 khóa X tại hội trường Huyện ủy.",
        [("Nghị quyết Trung ương 7 khóa X", dict(plenum="7", term="X"))],
    ),
    (
        "Các cấp ủy đã thực hiện tốt Nghị quyết Trung ương 4 khóa XI, XII trong công tác tự phê bình.",
        [("Nghị quyết Trung ương 4 khóa XI, XII", dict(plenum="4", term="XI, XII"))],
    ),
    # -- spelling variants -----------------------------------------------------------------------
    (
        "Huyện ủy chỉ đạo thực hiện Nghị quyết số 11-NQ-TU của Tỉnh ủy ở các xã vùng cao.",
        [("Nghị quyết số 11-NQ-TU", dict(type_code="NQ", issuer_code="TU", family="party", issuer="Tỉnh ủy"))],
    ),
    (
        "Theo Hướng dẫn số 31 - HD/BTCTW, việc đánh giá chất lượng tổ chức đảng phải thực chất.",
        [("Hướng dẫn số 31 - HD/BTCTW", dict(type_code="HD", number="31", issuer_code="BTCTW", issuer_level="central"))],
    ),
    (
        "Các đảng bộ trực thuộc thực hiện Chương trình số 05-Ctr/ĐUK về cải cách hành chính.",
        [("Chương trình số 05-Ctr/ĐUK", dict(doc_type="Chương trình", type_code="CTr", issuer_code="ĐUK", issuer_level="bloc"))],
    ),
    (
        "Các cấp ủy thực hiện Quyết định số 58-Q\u00d0/TW của Bộ Chính trị về kiểm tra, giám sát.",
        [("Quyết định số 58-Q\u00d0/TW", dict(doc_type="Quyết định", type_code="QĐ", issuer_code="TW", issuer="Bộ Chính trị"))],
    ),
    (
        "Chi ủy nghiên cứu Thông báo số 12-TB/UBKTTU của Uỷ ban Kiểm tra Tỉnh uỷ về kết quả giám sát.",
        [("Thông báo số 12-TB/UBKTTU", dict(issuer_code="UBKTTU", issuer_level="province", issuer="Uỷ ban Kiểm tra Tỉnh uỷ"))],
    ),
    (
        "Đảng bộ quán triệt Nghị quyết Trung ương 6 (khoá X) về củng cố chi bộ thôn, bản.",
        [("Nghị quyết Trung ương 6 (khoá X)", dict(plenum="6", term="X"))],
    ),
    (
        "Các tổ chức đảng thực hiện Quy định số 179-QĐi/TW về chế độ kiểm tra, giám sát công tác cán bộ.",
        [("Quy định số 179-QĐi/TW", dict(doc_type="Quy định", type_code="QĐi", issuer_level="central"))],
    ),
    (
        "Tỉnh ủy Sơn La ban hành Quy chế số 03-QĐ/TU về chế độ làm việc của Ban Chấp hành.",
        [("Quy chế số 03-QĐ/TU", dict(doc_type="Quy chế", type_code="QĐ", issuer_code="TU"))],
    ),
    (
        "Đơn vị thực hiện Quy định số 37-QĐ/TW về trách nhiệm nêu gương của cán bộ.",
        [("Quy định số 37-QĐ/TW", dict(doc_type="Quy định", type_code="QĐ"))],
    ),
    (
        "Quân ủy Trung ương ban hành Nghị quyết 847-NQ/QUTW ngày 28-12-2021 của Quân ủy Trung ương về phẩm chất bộ đội.",
        [("Nghị quyết 847-NQ/QUTW", dict(issuer_code="QUTW", issuer_level="central", date="2021-12-28",
                                         issuer="Quân ủy Trung ương"))],
    ),
    (
        "Văn phòng Huyện ủy đã trả lời bằng Công văn số 858CV/ĐUK trong tuần.",
        [("Công văn số 858CV/ĐUK", dict(doc_type="Công văn", type_code="CV", issuer_code="ĐUK"))],
    ),
    (
        "Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương được quán triệt sâu rộng.",
        [("Kết luận số 21-KL/TW", dict(date="2021-10-25", issuer="Ban Chấp hành Trung ương"))],
    ),
]

# Sentences with no DOC_CODE at all.
NEGATIVES = [
    "Các nghị quyết chuyên đề của Huyện ủy được ban hành kịp thời, sát thực tế.",
    "Đảng bộ xã triển khai Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI tới từng chi bộ.",
    "Cán bộ xã quán triệt Luật Tổ chức chính quyền địa phương năm 2015.",
    "Trong năm, huyện ban hành 05 nghị quyết chuyên đề và 04 chương trình hành động.",
    "Tỉnh lập kế hoạch đầu tư công 5 năm giai đoạn 2026-2030.",
    "Mọi phản ánh xin gọi số điện thoại đường dây nóng 02133.876.460.",
    "Trang tin hoạt động theo Giấy phép số 26/GP-TTĐT do Sở cấp.",
    "Hội nghị Trung ương 7 đã thảo luận đề án về chính sách tiền lương.",
    "Đến nay, 18/18 xã đã hoàn thành việc rà soát đảng viên.",
    "Ủy ban Kiểm tra đề nghị kỷ luật 30 trường hợp vi phạm pháp luật 12 lần.",
    "Báo cáo 10 năm thực hiện chương trình được trình tại kỳ họp.",
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_doc_code_spans_and_attributes(nlp, text, expected):
    doc = nlp(text)
    found = codes(doc)
    assert [e.text for e in found] == [t for t, _ in expected]
    for ent, (_, attrs) in zip(found, expected):
        value = ent._.doc_code
        assert isinstance(value, dict) and set(value) == set(DocCodeAttrs.__annotations__)
        for key, want in attrs.items():
            assert value[key] == want, (ent.text, key, value[key], want)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_doc_code(nlp, text):
    assert codes(nlp(text)) == []


def test_span_edges_follow_the_guide(nlp):
    for text, expected in CASES:
        for ent in codes(nlp(text)):
            assert not ent.text[0].isspace() and not ent.text[-1].isspace()
            assert ent.text[-1] not in ",.;:”" or ent.text.endswith(")")


def test_doc_text_is_untouched(nlp):
    text = "Quán triệt Nghị quyết số 09-NQ/TU của Tỉnh uỷ Điện Biên và Quyết định số 58-Q\u00d0/TW,\u00a0ngày 15/11/2016."
    doc = nlp(text)
    assert doc.text == text
    assert [e.text for e in codes(doc)] == ["Nghị quyết số 09-NQ/TU", "Quyết định số 58-Q\u00d0/TW"]


def test_existing_entities_are_kept(nlp):
    doc = nlp.make_doc("Kế hoạch số 49 của Huyện ủy Phong Thổ và 07-NQ/TU.")
    doc.ents = [doc.char_span(0, len("Kế hoạch số 49"), label="ORG")]  # a (wrong) entity placed before
    for name in ("vpd_paragraphs", "vpd_doc_codes"):
        doc = nlp.get_pipe(name)(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Kế hoạch số 49", "ORG"), ("07-NQ/TU", "DOC_CODE")]


def test_attributes_survive_serialisation(nlp):
    doc = nlp("Chi bộ học tập Nghị quyết số 21, 22-NQ/TW trong quý I.")
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    (ent,) = [e for e in restored.ents if e.label_ == "DOC_CODE"]
    assert ent._.doc_code["numbers"] == ["21", "22"]
    assert ent._.attrs == ent._.doc_code


def test_paragraph_boundaries_are_not_crossed(nlp):
    doc = nlp("Thực hiện Nghị quyết\n07-NQ/TU của Tỉnh ủy.")
    assert [e.text for e in codes(doc)] == ["07-NQ/TU"]


def test_config_switches(nlp):
    nlp2 = viet_partydocs.create_pipeline([])
    nlp2.add_pipe("vpd_doc_codes", config={"find_issuer": False, "find_date": False})
    (ent,) = nlp2("Nghị quyết số 07-NQ/TU ngày 15/11/2016 của Tỉnh ủy.").ents
    assert ent._.doc_code["issuer"] is None and ent._.doc_code["date"] is None
    assert nlp2.get_pipe_config("vpd_doc_codes")["label"] == "DOC_CODE"


def test_find_doc_codes_on_normalised_text():
    found = find_doc_codes("Nghị quyết số 07-NQ/TU và Chỉ thị 05")
    assert [(m["start"], m["end"], m["doc_type"]) for m in found] == [(0, 22, "Nghị quyết"), (26, 36, "Chỉ thị")]


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_written_out_plenum_without_any_digit_in_any_unicode_form(nlp, form):
    import unicodedata

    text = unicodedata.normalize(form, "Chi bộ học tập Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa X.")
    (code,) = codes(nlp(text))
    assert code.text == unicodedata.normalize(form, "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa X")
    assert code._.doc_code["plenum"] == "6" and code._.doc_code["term"] == "X"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the number after any type word opens a search window, not only after the common ones
        ("Tỷ lệ chi bộ xếp loại tốt đạt 96,7%, thực hiện Công điện 12 của Thủ tướng.", "Công điện 12"),
        ("Huyện ủy kỷ luật 87 đảng viên, thực hiện Thông tư liên tịch 08.", "Thông tư liên tịch 08"),
        # codes with runs of spaces (NBSP from scraped pages) inside them, not near a type word
        ("Thực hiện Kế hoạch số 3, Đảng ủy xã ban hành tiếp 07 \u00a0- KH/ĐU về sinh hoạt chi bộ.", "07 \u00a0- KH/ĐU"),
        ("Thực hiện Chỉ thị số 5, ngoài ra áp dụng 34  /  2019  /  NĐ-CP trong việc này.", "34  /  2019  /  NĐ-CP"),
        # full-width digits, with no ASCII digit in the text
        ("Chi bộ học tập Nghị quyết số ０７-NQ/TU của Tỉnh ủy.", "Nghị quyết số ０７-NQ/TU"),
    ],
)
def test_codes_found_wherever_their_window_starts(nlp, text, expected):
    assert expected in [e.text for e in codes(nlp(text))]
