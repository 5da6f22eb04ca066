"""QUANTITY entities and their parsed attributes (guide §2 QUANTITY, §5; DOMAIN.md §4).

The sentences are written for these tests in the style of the genre; each lists every QUANTITY
span expected in it, in order, with the attributes that must hold.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

import viet_partydocs
from viet_partydocs.attributes import QuantityAttrs


@pytest.fixture(scope="module")
def nlp():
    return viet_partydocs.create_pipeline(["vpd_paragraphs", "vpd_doc_codes", "vpd_quantities"])


def quantities(doc):
    return [e for e in doc.ents if e.label_ == "QUANTITY"]


# (sentence, [(span text, attributes that must hold), ...])
CASES = [
    # -- counts, with the counted noun phrase ----------------------------------------------------
    (
        "Năm qua, Đảng bộ huyện Sìn Hồ kết nạp được 192 đảng viên mới, đạt 104% kế hoạch.",
        [("192 đảng viên mới", dict(value=192.0, kind="count", unit="đảng viên mới", qualifier="exact", predicate="kết nạp",
                                    change=None, total=None)),
         ("104% kế hoạch", dict(value=104.0, kind="percent", unit="kế hoạch", predicate="đạt"))],
    ),
    (
        "Toàn huyện có 3.105 đảng viên sinh hoạt tại 61 tổ chức cơ sở đảng.",
        [("3.105 đảng viên", dict(value=3105.0, unit="đảng viên", predicate="có")),
         ("61 tổ chức cơ sở đảng", dict(value=61.0, unit="tổ chức cơ sở đảng"))],
    ),
    (
        "Trong nhiệm kỳ, Đảng bộ đã kết nạp 1.024 đảng viên, phần lớn là đoàn viên ưu tú.",
        [("1.024 đảng viên", dict(value=1024.0, kind="count"))],
    ),
    (
        "Các cấp ủy đã kiểm tra 6.731 lượt đảng viên về việc chấp hành Điều lệ Đảng.",
        [("6.731 lượt đảng viên", dict(value=6731.0, unit="lượt đảng viên", predicate="kiểm tra"))],
    ),
    (
        "Huyện đã bố trí Bí thư đồng thời là Chủ tịch UBND ở 03 xã biên giới.",
        [("03 xã biên giới", dict(value=3.0, unit="xã biên giới"))],
    ),
    (
        "Mỗi chi bộ phải tổ chức khoảng 12 buổi sinh hoạt chuyên đề trong năm.",
        [("khoảng 12 buổi sinh hoạt chuyên đề", dict(value=12.0, qualifier="approx", unit="buổi sinh hoạt chuyên đề"))],
    ),
    (
        "Ủy ban Kiểm tra đề nghị kỷ luật 12 đảng viên vi phạm quy định về nêu gương.",
        [("12 đảng viên", dict(predicate="kỷ luật", unit="đảng viên"))],
    ),
    (
        "Năm 2019, huyện giảm 47 chỉ tiêu biên chế so với năm 2018.",
        [("47 chỉ tiêu biên chế", dict(value=47.0, predicate="giảm", change="decrease"))],
    ),
    (
        "Ủy ban Kiểm tra Huyện ủy đã kiểm tra một tổ chức đảng, 9 đảng viên có dấu hiệu vi phạm về đất đai.",
        [("một tổ chức đảng", dict(value=1.0, unit="tổ chức đảng", predicate="kiểm tra")),
         ("9 đảng viên", dict(value=9.0, predicate="kiểm tra"))],
    ),
    (
        "Năm nay huyện thi hành kỷ luật 3 đảng viên và 1 tổ chức đảng, tăng 2 trường hợp so với năm trước.",
        [("3 đảng viên", dict(predicate="thi hành kỷ luật")), ("1 tổ chức đảng", dict(predicate="thi hành kỷ luật")),
         ("2 trường hợp", dict(change="increase", predicate="tăng"))],
    ),
    (
        "Bộ phận một cửa đã tiếp nhận 1.537 hồ sơ, trả kết quả đúng hạn 1.498 hồ sơ.",
        [("1.537 hồ sơ", dict(value=1537.0, predicate="tiếp nhận")), ("1.498 hồ sơ", dict(value=1498.0))],
    ),
    # -- hedges inside the span ------------------------------------------------------------------
    (
        "Gần 400 học viên tham gia lớp bồi dưỡng lý luận chính trị ở Trung tâm huyện.",
        [("Gần 400 học viên", dict(value=400.0, qualifier="approx", unit="học viên"))],
    ),
    (
        "Trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.",
        [("Trên 90% tổ chức cơ sở đảng", dict(value=90.0, kind="percent", qualifier="over"))],
    ),
    (
        "Đảng bộ thị trấn hiện có hơn 7.400 đảng viên.",
        [("hơn 7.400 đảng viên", dict(value=7400.0, qualifier="over"))],
    ),
    (
        "Tỷ lệ cán bộ trẻ trong cấp ủy phải đạt tối thiểu 30%.",
        [("tối thiểu 30%", dict(value=30.0, kind="percent", qualifier="over", predicate="đạt"))],
    ),
    (
        "Chỉ tiêu kết nạp năm nay tăng từ 10% trở lên so với năm trước.",
        [("từ 10% trở lên", dict(value=10.0, qualifier="over", change="increase"))],
    ),
    (
        "Nguồn thu trên địa bàn ước đạt 104,33 tỉ đồng, tăng 12% so với cùng kỳ.",
        [("ước đạt 104,33 tỉ đồng", dict(value=104_330_000_000.0, kind="money", unit="đồng", qualifier="approx")),
         ("12%", dict(value=12.0, kind="percent", change="increase", predicate="tăng", unit=None))],
    ),
    (
        "Các công trình có giá trị dưới 30 tỷ đồng do cấp huyện quyết định đầu tư.",
        [("dưới 30 tỷ đồng", dict(value=30_000_000_000.0, kind="money", qualifier="under"))],
    ),
    (
        "Theo quy định mới, mỗi huyện có không quá 3 phó bí thư.",
        [("không quá 3 phó bí thư", dict(value=3.0, qualifier="under", unit="phó bí thư"))],
    ),
    (
        "Có công trình được đầu tư tới 3,2 tỷ đồng từ nguồn xã hội hóa.",
        [("3,2 tỷ đồng", dict(value=3_200_000_000.0, kind="money", predicate="đầu tư"))],
    ),
    # -- ratios, ranges, percentages, money ------------------------------------------------------
    (
        "Đến nay, 18/18 xã, thị trấn đã thành lập tổ công tác đặc biệt.",
        [("18/18 xã, thị trấn", dict(value=18.0, total=18.0, kind="ratio", unit="xã, thị trấn"))],
    ),
    (
        "Có 47/47 chi, đảng bộ cơ sở hoàn thành đại hội đúng tiến độ.",
        [("47/47 chi, đảng bộ cơ sở", dict(value=47.0, total=47.0, kind="ratio"))],
    ),
    (
        "Kết quả có 96,7% chi bộ cơ sở được xếp loại hoàn thành tốt nhiệm vụ.",
        [("96,7% chi bộ cơ sở", dict(value=96.7, kind="percent", unit="chi bộ cơ sở"))],
    ),
    (
        "Khi biểu quyết, có 2/3 số ủy viên tán thành phương án nhân sự.",
        [("2/3 số ủy viên", dict(value=2.0, total=3.0, kind="ratio"))],
    ),
    (
        "Năm 2022, thu ngân sách đạt 9.689/7.570 triệu đồng, bằng 128% so với kế hoạch.",
        [("9.689/7.570 triệu đồng", dict(value=9_689_000_000.0, total=7_570_000_000.0, kind="ratio")),
         ("128%", dict(value=128.0, kind="percent", unit=None))],
    ),
    (
        "Mỗi năm, mỗi xã kết nạp từ 3 đến 5 đảng viên.",
        [("từ 3 đến 5 đảng viên", dict(value=3.0, unit="đảng viên", predicate="kết nạp"))],
    ),
    (
        "Phấn đấu mỗi năm giảm 2-3% biên chế.",
        [("2-3% biên chế", dict(value=2.0, kind="percent", change="decrease"))],
    ),
    (
        "Mức xử phạt từ 2 triệu đồng đến 4 triệu đồng đối với hành vi này.",
        [("từ 2 triệu đồng đến 4 triệu đồng", dict(value=2_000_000.0, kind="money"))],
    ),
    (
        "Nhà nước hỗ trợ 5 triệu đồng/hộ; mức lương cơ sở là 1.490.000 đồng/tháng.",
        [("5 triệu đồng/hộ", dict(value=5_000_000.0, kind="money", unit="đồng/hộ", predicate="hỗ trợ")),
         ("1.490.000 đồng/tháng", dict(value=1_490_000.0, unit="đồng/tháng"))],
    ),
    (
        "Dự án có tổng vốn 120 triệu USD, trong đó vốn vay là 80 triệu USD.",
        [("120 triệu USD", dict(value=120_000_000.0, kind="money", unit="USD")),
         ("80 triệu USD", dict(kind="money"))],
    ),
    (
        "Diện tích cây dược liệu của xã là 212,5ha, vượt 15% so với kế hoạch.",
        [("212,5ha", dict(value=212.5, unit="ha")), ("15%", dict(change="exceed", predicate="vượt"))],
    ),
    (
        "Cả nước có gần 5 triệu đảng viên.",
        [("gần 5 triệu đảng viên", dict(value=5_000_000.0, kind="count", unit="đảng viên", qualifier="approx"))],
    ),
    # -- numbers in words ------------------------------------------------------------------------
    (
        "Thị xã đã sáp nhập hai phường và bốn thôn có quy mô nhỏ.",
        [("hai phường", dict(value=2.0, unit="phường", predicate="sáp nhập")), ("bốn thôn", dict(value=4.0))],
    ),
    (
        "Chi bộ có ba mươi lăm đảng viên, hai mươi mốt quần chúng ưu tú.",
        [("ba mươi lăm đảng viên", dict(value=35.0)), ("hai mươi mốt quần chúng ưu tú", dict(value=21.0))],
    ),
    (
        "Ban Thường vụ đề ra sáu nhóm giải pháp trọng tâm cho năm tới.",
        [("sáu nhóm giải pháp trọng tâm", dict(value=6.0))],
    ),
    # -- stops before an organisation, a name, a place ------------------------------------------
    (
        "Khối đoàn thể có 18 ủy viên Ban Thường vụ Huyện ủy tham gia đoàn giám sát.",
        [("18 ủy viên", dict(value=18.0, unit="ủy viên"))],
    ),
    (
        "Xã đã khởi công 02 công trình đường Bản Mế và đường Nà Cang.",
        [("02 công trình", dict(value=2.0, unit="công trình"))],
    ),
    (
        "Ủy ban Kiểm tra đã xử lý 3 công chức Nguyễn Văn A, Trần Văn B và Lê Thị C.",
        [("3 công chức", dict(value=3.0))],
    ),
    (
        "Bằng bỏ phiếu kín, 100% đại biểu tán thành.",
        [("100% đại biểu", dict(value=100.0, kind="percent"))],
    ),
    # -- measures: square and cubic units are one token, what they measure follows --------------
    (
        "Khu tái định cư chiếm 125.400 m2 đất nông nghiệp và 3,5 km2 mặt nước của xã.",
        [("125.400 m2 đất nông nghiệp", dict(value=125400.0, kind="count", unit="m2 đất nông nghiệp", predicate="chiếm")),
         ("3,5 km2 mặt nước", dict(value=3.5, unit="km2 mặt nước"))],
    ),
    (
        "Thôn mới xây bể chứa 800 m3 và nhà văn hóa 250m².",
        [("800 m3", dict(value=800.0, unit="m3")), ("250m²", dict(value=250.0, unit="m²"))],
    ),
    # -- the counted noun phrase: a date after it, adjectives, split verbs, titles --------------
    (
        "Thu ngân sách xã năm nay vượt 12% kế hoạch năm 2023.",
        [("12% kế hoạch", dict(value=12.0, kind="percent", unit="kế hoạch", change="exceed"))],
    ),
    (
        "Tỷ lệ thu nộp đảng phí đạt 98% chỉ tiêu giai đoạn 2021-2025.",
        [("98% chỉ tiêu", dict(unit="chỉ tiêu", predicate="đạt"))],
    ),
    (
        "Nghị quyết xác định 6 nhiệm vụ chính, 3 khâu đột phá cho cả nhiệm kỳ.",
        [("6 nhiệm vụ chính", dict(unit="nhiệm vụ chính")), ("3 khâu đột phá", dict(value=3.0))],
    ),
    (
        "Chi bộ đã hoàn thành 15/15 các chỉ tiêu trọng tâm đề ra.",
        [("15/15 các chỉ tiêu trọng tâm", dict(kind="ratio", total=15.0, predicate="hoàn thành"))],
    ),
    (
        "Tổng cục có không quá 3 Phó Tổng cục trưởng và mỗi tỉnh có 2 Phó Chủ tịch.",
        [("không quá 3 Phó Tổng cục trưởng", dict(value=3.0, qualifier="under", unit="Phó Tổng cục trưởng")),
         ("2 Phó Chủ tịch", dict(value=2.0, unit="Phó Chủ tịch"))],
    ),
    (
        "Bộ có 4 phó tổng cục trưởng và 2 Ủy viên Thường vụ Tỉnh ủy.",
        [("4 phó tổng cục trưởng", dict(value=4.0)), ("2 Ủy viên Thường vụ", dict(value=2.0))],
    ),
    (
        "UBND huyện có 3 Phó Chủ tịch là ông Lường Văn Tâm, ông Cà Văn Nhất và bà Lò Thị Hương.",
        [("3 Phó Chủ tịch", dict(value=3.0))],
    ),
    (
        "Dự họp có hai phó chủ tịch huyện Hoàng Su Phì.",
        [("hai phó chủ tịch", dict(value=2.0, unit="phó chủ tịch"))],
    ),
    (
        "Hội nghị có 2 Phó Chủ tịch tỉnh Thái Nguyên tham dự.",
        [("2 Phó Chủ tịch", dict(value=2.0))],
    ),
    # -- "một" as a count: after a discipline or outcome predicate, "chỉ", "trong số … có" ------
    (
        "Năm qua, Ủy ban Kiểm tra Huyện ủy đã cảnh cáo một tổ chức Đảng.",
        [("một tổ chức Đảng", dict(value=1.0, unit="tổ chức Đảng", predicate="cảnh cáo"))],
    ),
    (
        "Qua rà soát, chỉ có một đảng viên vi phạm quy định về nêu gương.",
        [("một đảng viên", dict(value=1.0, unit="đảng viên"))],
    ),
    (
        "Trong số 12 hồ sơ được thẩm định, có một hồ sơ bị trả lại.",
        [("12 hồ sơ", dict(value=12.0)), ("một hồ sơ", dict(value=1.0))],
    ),
    # -- a colon after a report label is not a page counter --------------------------------------
    (
        "Năm 2022: 87 đảng viên được kết nạp.",
        [("87 đảng viên", dict(value=87.0))],
    ),
    (
        "Số quần chúng được bồi dưỡng trong năm: 240.",
        [("240", dict(value=240.0, unit=None))],
    ),
    (
        "Số đảng viên được kết nạp trong 5 năm: 1.200.",
        [("1.200", dict(value=1200.0))],
    ),
]

# Sentences with no QUANTITY at all (dates, times, years, periods, durations, ordinals, terms,
# plenums, document, article, phone and licence numbers, ages, names, slogans, vague amounts).
NEGATIVES = [
    "Sau hơn 1 năm triển khai, phong trào đã lan rộng khắp các thôn.",
    "Ngày 12/4/2023, Huyện ủy tổ chức hội nghị sơ kết.",
    "Sáng 20/8, đoàn công tác của Tỉnh ủy làm việc tại xã.",
    "Hội nghị diễn ra chiều 18-5 tại hội trường huyện.",
    "Trong giai đoạn 2016-2020 và nhiệm kỳ 2020-2025, huyện tập trung xây dựng Đảng.",
    "Đợt học tập kéo dài 3 tháng.",
    "Đại hội Đảng bộ tỉnh lần thứ XV diễn ra thành công tốt đẹp.",
    "Hội nghị Trung ương 4 khóa XII đã ban hành nghị quyết về xây dựng Đảng.",
    "Hội nghị Ban Chấp hành lần thứ 12 thông qua kế hoạch năm.",
    "Thực hiện Chỉ thị số 05-CT/TW, chi bộ đăng ký nội dung làm theo.",
    "Theo Điều 5, khoản 2 của quy chế, cấp ủy phải báo cáo định kỳ.",
    "Mọi ý kiến xin gửi về số điện thoại 0912.345.678 hoặc 0912 345 678.",
    "Trang tin điện tử được cấp Giấy phép số 26/GP-TTĐT.",
    "Đồng chí Lò Văn Páo, 31 tuổi, được bầu làm Bí thư Đoàn xã.",
    'Xã đẩy mạnh phong trào "5 không 3 sạch" trong khu dân cư.',
    "Hàng ngàn đảng viên đã tham gia hiến máu tình nguyện.",
    "Chi bộ thôn 5 tổ chức sinh hoạt vào ngày mùng 5 hằng tháng.",
    "UBND quận 7 đã triển khai mô hình dân vận khéo.",
    "Hội nghị khai mạc lúc 8:30, lực lượng trực 24/24 giờ.",
    "1. Đánh giá tình hình thực hiện nghị quyết.",
    "Một số chi bộ còn sinh hoạt hình thức.",
    "Năm 2018 là năm bản lề của nhiệm kỳ.",
    "Nhiều cán bộ chưa được đào tạo trong thời gian dài (1).",
    "Cập nhật lúc 06:30 GMT+7, số ca COVID-19 đã giảm.",
    "Trụ sở tại số 3 đường Trần Hưng Đạo đã được sửa chữa.",
    # page counters and ratings
    "Hôm nay : 41 Hôm qua : 230 Tháng 11 : 5.102 Năm 2023 : 98.417",
    "Đang online: 57 | Tất cả: 1.306.221",
    "Lượt truy cập: 2.315.006",
    "Số lượt xem: 3.871",
    "Điểm bình chọn cho tin này: 0 trong 3 đánh giá",
    # numbers inside unit codes and item numbers of a list
    "Cục Cảnh sát hình sự (C 45) phối hợp với Phòng PC 02 và đội A 07 của Công an tỉnh.",
    "Phòng PC45 và Cục C50 đã chuyển hồ sơ cho đội A05.",
    "Các đơn vị quy định từ 1 đến 6 nêu trên gửi báo cáo về Ban Tổ chức.",
    "Từ 7 đến 10 là các trường hợp được miễn sinh hoạt đảng.",
    # a title in front of the names it is given to
    "Cuộc họp có hai phó chủ tịch xã Lò Văn Pánh, Tòng Thị Hoa tham dự.",
    "Đón đoàn có hai Phó Bí thư Đinh Văn Cường và Hà Thị Nga.",
    "Có hai Phó Chủ tịch, ông Lê Văn Sơn và ông Vũ Minh Hà cùng dự.",
    # "một" as the article
    "Một cán bộ xã cho biết, việc kỷ luật một đảng viên phải làm đúng quy trình.",
    "Trong buổi làm việc, có một cán bộ phát biểu rất thẳng thắn.",
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_quantity_spans_and_attributes(nlp, text, expected):
    doc = nlp(text)
    found = quantities(doc)
    assert [e.text for e in found] == [t for t, _ in expected]
    for ent, (_, attrs) in zip(found, expected):
        value = ent._.quantity
        assert isinstance(value, dict) and set(value) == set(QuantityAttrs.__annotations__)
        assert isinstance(value["value"], float)
        for key, want in attrs.items():
            assert value[key] == want, (ent.text, key, value[key], want)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_quantity(nlp, text):
    assert [e.text for e in quantities(nlp(text))] == []


def test_document_numbers_stay_doc_codes(nlp):
    doc = nlp("Thực hiện Kế hoạch số 49 của Huyện ủy, 16 chi bộ đã đăng ký 32 mô hình.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Kế hoạch số 49", "DOC_CODE"), ("16 chi bộ", "QUANTITY"), ("32 mô hình", "QUANTITY")
    ]


def test_stops_before_an_organisation_found_first(nlp):
    text = "Đoàn đã kiểm tra 5 đảng viên chi bộ thôn Nà Hừ trong tháng."
    doc = nlp.make_doc(text)
    start = text.index("chi bộ")
    doc.ents = [doc.char_span(start, start + len("chi bộ thôn Nà Hừ"), label="ORG")]
    for name in ("vpd_paragraphs", "vpd_doc_codes", "vpd_quantities"):
        doc = nlp.get_pipe(name)(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("5 đảng viên", "QUANTITY"), ("chi bộ thôn Nà Hừ", "ORG")]


def test_spans_never_cross_paragraphs(nlp):
    doc = nlp("Huyện có 12\nchi bộ và 30 đảng viên.")
    assert [e.text for e in quantities(doc)] == ["12", "30 đảng viên"]


def test_word_numbers_can_be_switched_off():
    nlp2 = viet_partydocs.create_pipeline([])
    nlp2.add_pipe("vpd_quantities", config={"word_numbers": False})
    assert [e.text for e in nlp2("Xã sáp nhập hai thôn, 3 tổ dân phố.").ents] == ["3 tổ dân phố"]


def test_attributes_survive_serialisation(nlp):
    doc = nlp("Đến nay, 18/18 xã, thị trấn đã hoàn thành.")
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    (ent,) = restored.ents
    assert ent._.quantity["total"] == 18.0 and ent._.attrs == ent._.quantity


def test_doc_text_is_untouched(nlp):
    text = "Kết nạp\u00a0192 đảng viên mới, đạt 96,7%\tkế hoạch."
    assert nlp(text).text == text


def test_pipe_gives_the_same_as_call(nlp):
    texts = [t for t, _ in CASES[:8]]
    piped = [[(e.text, e.label_, e._.attrs) for e in d.ents] for d in nlp.pipe(texts, batch_size=3)]
    single = [[(e.text, e.label_, e._.attrs) for e in nlp(t).ents] for t in texts]
    assert piped == single


# -- any mix of genre pieces: no crash, exact text, well-formed spans and attributes -------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PIECES = st.sampled_from(
    [
        "192", "2.948", "96,7%", "18/18", "2-3%", "03", "1.024", "104,33", "7,4", "%", "15/11/2016", "2016-2020",
        "tỉ", "triệu", "đồng", "đồng/tháng", "đảng viên", "mới", "xã", ",", "thị trấn", ".", ";", "(", ")", "gần",
        "trên", "hơn", "từ", "đến", "trở lên", "hai", "ba mươi lăm", "một", "năm", "ngày", "tháng", "khóa XII",
        "Nghị quyết", "số", "07-NQ/TU", "34/2019/NĐ-CP", "Trung ương", "4", "của", "Tỉnh ủy", "Ban Thường vụ",
        "kết nạp", "tăng", "giảm", "vượt", "lần thứ", "Điều", "khoản", "tuổi", "\n", " ", "  ", "\u00a0", "Ð", "khoá",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=30).map(" ".join))
def test_any_mix_of_pieces_gives_well_formed_entities(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    last_end = 0
    for ent in doc.ents:
        assert ent.start >= last_end
        last_end = ent.end
        assert ent.text == ent.text.strip() and "\n" not in ent.text
        attrs = ent._.attrs
        assert isinstance(attrs, dict)
        if ent.label_ == "QUANTITY":
            assert isinstance(attrs["value"], float)
            assert attrs["kind"] in ("count", "percent", "ratio", "money")
            assert attrs["qualifier"] in ("exact", "approx", "over", "under")
            assert attrs["change"] in (None, "increase", "decrease", "exceed")
        else:
            assert ent.label_ == "DOC_CODE" and isinstance(attrs["numbers"], list)
