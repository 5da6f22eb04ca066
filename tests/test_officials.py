"""OFFICIAL rules (guide §2, §5): names, titles, honorifics on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from viet_partydocs import create_pipeline
from viet_partydocs.components.officials import attributes_for

PIPES = ["vpd_paragraphs", "vpd_doc_codes", "vpd_organisations", "vpd_officials"]


@pytest.fixture(scope="module")
def nlp():
    return create_pipeline(PIPES)


def officials(doc: Doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "OFFICIAL"]


def official(doc: Doc, name: str, nth: int = 0) -> Span:
    found = [e for e in doc.ents if e.label_ == "OFFICIAL" and e.text == name]
    assert len(found) > nth, f"no OFFICIAL {name!r} in {[(e.text, e.label_) for e in doc.ents]}"
    return found[nth]


# --- (text, name, title, honorific, organisation) ---------------------------------------------
TITLED = [
    # Đồng chí NAME, TITLE + speech verb; nested places in the title
    ("Đồng chí Lò Văn Pụa, Bí thư Đảng ủy xã Nậm Xe huyện Phong Thổ cho biết năm nay xã kết nạp thêm đảng viên.",
     "Lò Văn Pụa", "Bí thư Đảng ủy xã Nậm Xe huyện Phong Thổ", "Đồng chí", "Đảng ủy xã Nậm Xe huyện Phong Thổ"),
    # Ông NAME - TITLE
    ("Ông Giàng A Chư - Chủ tịch UBND xã Tả Phìn phát biểu tại buổi làm việc với đoàn công tác.",
     "Giàng A Chư", "Chủ tịch UBND xã Tả Phìn", "Ông", "UBND xã Tả Phìn"),
    # NAME- TITLE (hyphen glued to the name)
    ("Vàng Thị Dua- Phó Bí thư Huyện ủy Mường Tè trao quyết định chuẩn y cho các chi ủy mới.",
     "Vàng Thị Dua", "Phó Bí thư Huyện ủy Mường Tè", None, "Huyện ủy Mường Tè"),
    # stacked titles before the name
    ("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Hà Văn Khiêm "
     "chủ trì hội nghị.",
     "Hà Văn Khiêm", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh", None,
     "Ủy ban MTTQ tỉnh"),
    # stacked titles after the name
    ("Đồng chí Hoàng Thị Mỷ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy, phát biểu chỉ đạo.",
     "Hoàng Thị Mỷ", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy", "Đồng chí",
     "Ban Thường vụ Tỉnh ủy"),
    # NAME (TITLE)
    ("Bà Lường Thị Ơn (Phó Chủ tịch HĐND huyện) đề nghị các chi bộ tiếp tục rà soát đối tượng.",
     "Lường Thị Ơn", "Phó Chủ tịch HĐND huyện", "Bà", "HĐND huyện"),
    # concurrent posts: kiêm, đồng thời là
    ("Đồng chí Cầm Văn Tỉnh, Trưởng Ban Tổ chức Huyện ủy kiêm Trưởng phòng Nội vụ huyện, nhấn mạnh yêu cầu này.",
     "Cầm Văn Tỉnh", "Trưởng Ban Tổ chức Huyện ủy kiêm Trưởng phòng Nội vụ huyện", "Đồng chí",
     "Ban Tổ chức Huyện ủy"),
    ("Ông Tòng Văn Hặc, Bí thư Đảng ủy đồng thời là Chủ tịch HĐND xã Chiềng Sơn, cho hay xã đã đạt chỉ tiêu.",
     "Tòng Văn Hặc", "Bí thư Đảng ủy đồng thời là Chủ tịch HĐND xã Chiềng Sơn", "Ông", "Đảng ủy"),
    # a former post before the name
    ("Nguyên Chủ tịch UBND huyện Than Uyên Điêu Chính Hưng bị đề nghị kỷ luật bằng hình thức cảnh cáo.",
     "Điêu Chính Hưng", "Nguyên Chủ tịch UBND huyện Than Uyên", None, "UBND huyện Than Uyên"),
    ("Ông Lê Văn Tám, nguyên Phó Bí thư Thường trực Huyện ủy, đã nghỉ hưu từ tháng 3.",
     "Lê Văn Tám", "nguyên Phó Bí thư Thường trực Huyện ủy", "Ông", "Huyện ủy"),
    # a rank before the name stays outside the span
    ("Thượng tướng Lê Quang Vinh, Thứ trưởng Bộ Quốc phòng, dự lễ ra quân huấn luyện.",
     "Lê Quang Vinh", "Thứ trưởng Bộ Quốc phòng", None, "Bộ Quốc phòng"),
    ("Đại tướng Nguyễn Tân Cương đến thăm và tặng quà cán bộ, chiến sĩ đồn biên phòng.",
     "Nguyễn Tân Cương", "Đại tướng", None, None),
    # title + name, the organisation of the title is the nearest ORG
    ("Thủ tướng Chính phủ Phan Văn Hiển đã ký quyết định phê duyệt quy hoạch tỉnh.",
     "Phan Văn Hiển", "Thủ tướng Chính phủ", None, "Chính phủ"),
    ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lào Cai Vì Văn Sơn kiểm tra tiến độ xây dựng trường học.",
     "Vì Văn Sơn", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lào Cai", None, "Tỉnh ủy Lào Cai"),
    ("Trưởng ban Tuyên giáo và Dân vận Trung ương Đinh Thế Hào đề nghị các địa phương quan tâm hơn nữa.",
     "Đinh Thế Hào", "Trưởng ban Tuyên giáo và Dân vận Trung ương", None, "ban Tuyên giáo và Dân vận Trung ương"),
    # a title with a village: the village name is not the person
    ("Trưởng thôn Nà Sàng Lò Văn Hặc cho biết cả thôn đã hiến đất làm đường.",
     "Lò Văn Hặc", "Trưởng thôn Nà Sàng", None, None),
    # đ/c, giữ chức
    ("Dự buổi lễ có đ/c Hà Thị Nhung, Chủ tịch Hội LHPN huyện Nậm Nhùn.",
     "Hà Thị Nhung", "Chủ tịch Hội LHPN huyện Nậm Nhùn", "đ/c", "Hội LHPN huyện Nậm Nhùn"),
    ("Ông Quàng Văn Hương giữ chức Bí thư Đảng ủy thị trấn Than Uyên từ năm 2020.",
     "Quàng Văn Hương", "Bí thư Đảng ủy thị trấn Than Uyên", "Ông", "Đảng ủy thị trấn Than Uyên"),
    # a line of a list
    ("Sùng Seo Vàng, Phó Chủ tịch UBND xã Bản Lầu, bị khiển trách do buông lỏng quản lý.",
     "Sùng Seo Vàng", "Phó Chủ tịch UBND xã Bản Lầu", None, "UBND xã Bản Lầu"),
    ("Ông Mùa A Páo, chuyên viên Phòng Tài chính huyện, được giao theo dõi dự án.",
     "Mùa A Páo", "chuyên viên Phòng Tài chính huyện", "Ông", "Phòng Tài chính huyện"),
    # an honorific, the name and the title with no comma between them
    ("Tại buổi lễ, ông Lường Văn Tuấn Phó Chủ tịch UBND huyện Quỳnh Nhai trao bằng khen cho tập thể.",
     "Lường Văn Tuấn", "Phó Chủ tịch UBND huyện Quỳnh Nhai", "ông", "UBND huyện Quỳnh Nhai"),
    # membership alone is not a position, but it may come before one
    ("Ông Lò Văn Chiến, đảng viên Chi bộ bản Nà Hừ, nguyên Phó Chủ tịch UBND xã Nà Hỳ, bị khai trừ khỏi Đảng.",
     "Lò Văn Chiến", "nguyên Phó Chủ tịch UBND xã Nà Hỳ", "Ông", "UBND xã Nà Hỳ"),
    # the rest of a title after a name, up to a speech verb
    ("Bà Quàng Thị Pọm, phó trưởng phòng hợp tác quốc tế cho biết đoàn sẽ sang Lào vào tháng sau.",
     "Quàng Thị Pọm", "phó trưởng phòng hợp tác quốc tế", "Bà", None),
    # ... or up to another verb that is not part of any title
    ("Ông Tẩn Láo Sử, Bí thư Đảng ủy xã phấn khởi kể về con đường mới mở vào bản.",
     "Tẩn Láo Sử", "Bí thư Đảng ủy xã", "Ông", "Đảng ủy xã"),
    # a concurrent post after a comma
    ("Dự lễ có đồng chí Lù Thị Dung, Trưởng Ban Tuyên giáo Huyện ủy, đồng thời là Giám đốc Trung tâm Chính trị huyện.",
     "Lù Thị Dung", "Trưởng Ban Tuyên giáo Huyện ủy, đồng thời là Giám đốc Trung tâm Chính trị huyện", "đồng chí",
     "Ban Tuyên giáo Huyện ủy"),
    # what still belongs to a title: the term, the body above it, the places above it, a bracket
    ("Đồng chí Vương Văn Sính, Bí thư Đảng ủy Khối nhiệm kỳ 2020 - 2025, phát biểu bế mạc.",
     "Vương Văn Sính", "Bí thư Đảng ủy Khối nhiệm kỳ 2020 - 2025", "Đồng chí", "Đảng ủy Khối"),
    ("Ông Phạm Quốc Hưng, Vụ trưởng Vụ III, Ban Tổ chức Trung ương cho biết đoàn đã làm việc với 5 tỉnh.",
     "Phạm Quốc Hưng", "Vụ trưởng Vụ III, Ban Tổ chức Trung ương", "Ông", "Vụ III"),
    ("Ông Đào Văn Thập, trưởng ấp 4B, xã Tân Thạnh, huyện Long Điền (Bà Rịa) cho biết dân rất đồng tình.",
     "Đào Văn Thập", "trưởng ấp 4B, xã Tân Thạnh, huyện Long Điền (Bà Rịa)", "Ông", None),
    ("Bà Giàng Thị Mai, Trưởng phòng Nội vụ (UBND huyện Mù Cang Chải) đã nhận quyết định.",
     "Giàng Thị Mai", "Trưởng phòng Nội vụ (UBND huyện Mù Cang Chải)", "Bà", "phòng Nội vụ"),
    ("Trưởng phòng Nội vụ (UBND huyện Bắc Yên) Lò Thị Nga đã giải trình trước hội nghị.",
     "Lò Thị Nga", "Trưởng phòng Nội vụ (UBND huyện Bắc Yên)", None, "phòng Nội vụ"),  # the bracket only places it
    # a unit code in brackets after the title; two titles joined by a spaced hyphen
    ("Ông Lê Văn Phúc, nguyên Cục trưởng Cục Hồ sơ nghiệp vụ (C 53) đã nghỉ hưu.",
     "Lê Văn Phúc", "nguyên Cục trưởng Cục Hồ sơ nghiệp vụ (C 53)", "Ông", "Cục Hồ sơ nghiệp vụ"),
    ("Ông Phạm Văn Nam - Giám đốc Sở Nội vụ - Chủ tịch Hội đồng thi tuyển công bố kết quả.",
     "Phạm Văn Nam", "Giám đốc Sở Nội vụ - Chủ tịch Hội đồng thi tuyển", "Ông", "Sở Nội vụ"),
    # "phó" before a title whose body starts with a lower-case head
    ("Phó trưởng ban Tổ chức Trung ương Hoàng Minh Khôi dự và phát biểu.",
     "Hoàng Minh Khôi", "Phó trưởng ban Tổ chức Trung ương", None, "ban Tổ chức Trung ương"),
    # an adjective between a title and "của" + its body
    ("Ông Vi Văn Thắm, phó giám đốc trẻ của Sở Nội vụ tỉnh Cao Bằng, được đề bạt sớm.",
     "Vi Văn Thắm", "phó giám đốc trẻ của Sở Nội vụ tỉnh Cao Bằng", "Ông", "Sở Nội vụ tỉnh Cao Bằng"),
    # the post held at the time, introduced before the honorific or after the name
    ("Khi giữ cương vị Giám đốc Sở Xây dựng, Phó Chủ tịch HĐND huyện, đồng chí Ngân Văn Khiêm để xảy ra sai phạm.",
     "Ngân Văn Khiêm", "Giám đốc Sở Xây dựng, Phó Chủ tịch HĐND huyện", "đồng chí", "Sở Xây dựng"),
    ("Đồng chí Hà Công Lực trong thời gian giữ cương vị Bí thư Huyện ủy Sìn Hồ chịu trách nhiệm người đứng đầu.",
     "Hà Công Lực", "Bí thư Huyện ủy Sìn Hồ", "Đồng chí", "Huyện ủy Sìn Hồ"),
]


@pytest.mark.parametrize("text, name, title, honorific, org", TITLED, ids=[t[1] for t in TITLED])
def test_titled_mentions(nlp, text, name, title, honorific, org):
    doc = nlp(text)
    assert officials(doc) == [name]
    assert official(doc, name)._.official == {"title": title, "honorific": honorific, "organisation": org}
    assert doc.text == text


# --- several officials in one text -----------------------------------------------------------
MANY = [
    ("Các đồng chí: Giàng Seo Phử, Bí thư Huyện ủy; Ma Thị Hoa, Phó Bí thư Thường trực Huyện ủy; Vàng A Dế, "
     "Chủ tịch UBND huyện đã trao quà cho các hộ nghèo.",
     ["Giàng Seo Phử", "Ma Thị Hoa", "Vàng A Dế"]),
    ("Thủ tướng Chính phủ Phan Văn Hiển và Chủ tịch Quốc hội Trần Thanh Nghị cùng dự lễ khởi công.",
     ["Phan Văn Hiển", "Trần Thanh Nghị"]),
    ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Lâm và Trần Thị Hòa cùng kiểm tra công tác phòng chống lũ.",
     ["Nguyễn Văn Lâm", "Trần Thị Hòa"]),
    ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hoàng Văn Chiến và Phó Bí thư Thường trực Tỉnh ủy Bùi Thị Lan "
     "dự hội nghị.",
     ["Hoàng Văn Chiến", "Bùi Thị Lan"]),
    ("Các đồng chí Đại tá Lý Văn Páo và Đại tá Triệu Văn Thành, nguyên Chỉ huy trưởng Bộ đội Biên phòng tỉnh, "
     "nhận huy hiệu 40 năm tuổi Đảng.",
     ["Lý Văn Páo", "Triệu Văn Thành"]),
]


@pytest.mark.parametrize("text, names", MANY, ids=[n[0] for _, n in MANY])
def test_several_officials(nlp, text, names):
    assert officials(nlp(text)) == names


# --- two passes: back-references and titles given anywhere in the document --------------------
def test_given_name_back_reference_and_repeated_full_name(nlp):
    text = ("Trưởng ban Tổ chức Trung ương Lê Minh Khang làm việc với Tỉnh ủy Hà Giang.\n"
            "Ông Khang đề nghị tỉnh quan tâm công tác quy hoạch cán bộ trẻ.\n"
            "Lê Minh Khang cũng nhấn mạnh trách nhiệm của người đứng đầu.")
    doc = nlp(text)
    assert officials(doc) == ["Lê Minh Khang", "Khang", "Lê Minh Khang"]
    again = official(doc, "Khang")._.official
    assert again == {"title": "Trưởng ban Tổ chức Trung ương", "honorific": "Ông",
                     "organisation": "ban Tổ chức Trung ương"}


def test_title_given_later_in_the_document(nlp):
    text = ("Ông Sầm Văn Bình cho biết huyện đã hoàn thành kế hoạch giảm nghèo năm nay.\n"
            "Theo ông Sầm Văn Bình, Phó Chủ tịch UBND huyện Mường Tè, năm tới huyện tập trung vào giáo dục.\n"
            "Bà Kim Thị Liên, Trưởng phòng Giáo dục huyện, nói thêm rằng ông Bình đã trực tiếp chỉ đạo.")
    doc = nlp(text)
    assert officials(doc) == ["Sầm Văn Bình", "Sầm Văn Bình", "Kim Thị Liên", "Bình"]
    assert official(doc, "Sầm Văn Bình", 0)._.official["title"] == "Phó Chủ tịch UBND huyện Mường Tè"
    assert official(doc, "Bình")._.official["honorific"] == "ông"


def test_back_reference_takes_the_title_in_force_at_that_point(nlp):
    # the nearest earlier titled mention of the person decides, also one by the given name only
    text = ("Ông Sa Văn Khoa, phó trưởng phòng Nội vụ huyện, được cử đi học lớp cao cấp.\n"
            "Năm sau, ông Khoa là Trưởng phòng Nội vụ huyện Quỳnh Nhai.\n"
            "Cũng trong năm đó, ông Khoa được bầu vào Ban Thường vụ Huyện ủy.")
    doc = nlp(text)
    assert officials(doc) == ["Sa Văn Khoa", "Khoa", "Khoa"]
    assert [e._.official["title"] for e in doc.ents if e.label_ == "OFFICIAL"] == [
        "phó trưởng phòng Nội vụ huyện", "Trưởng phòng Nội vụ huyện Quỳnh Nhai", "Trưởng phòng Nội vụ huyện Quỳnh Nhai"]


def test_short_name_titled_before_the_full_name(nlp):
    text = ("Bà Kim Liên, Chủ tịch Hội Phụ nữ tỉnh, phát biểu khai mạc.\n"
            "Bà Nguyễn Thị Kim Liên, Chủ tịch Hội Phụ nữ tỉnh, trao bằng khen.\n"
            "Bà Liên nói thêm về kế hoạch năm tới.")
    doc = nlp(text)
    assert officials(doc) == ["Kim Liên", "Nguyễn Thị Kim Liên", "Liên"]
    assert official(doc, "Liên")._.official["title"] == "Chủ tịch Hội Phụ nữ tỉnh"


def test_a_street_named_like_an_official_is_not_an_official(nlp):
    text = "Đồng chí Lò Quang Trung, Bí thư Huyện ủy, dự lễ.\nTuyến đường Quang Trung vừa được mở rộng."
    assert officials(nlp(text)) == ["Lò Quang Trung"]


def test_post_held_at_the_very_start_of_the_text(nlp):
    doc = nlp("Khi còn là Phó Chủ tịch UBND huyện, ông Vàng A Sình đã ký nhiều văn bản trái quy định.")
    assert official(doc, "Vàng A Sình")._.official["title"] == "Phó Chủ tịch UBND huyện"


def test_a_list_of_bodies_after_a_title_is_not_part_of_it(nlp):
    doc = nlp("Dự hội nghị có đồng chí Cà Văn Nọi, Bí thư Huyện ủy, Ủy ban MTTQ huyện và các đoàn thể.")
    assert official(doc, "Cà Văn Nọi")._.official["title"] == "Bí thư Huyện ủy"


def test_two_word_given_name_back_reference(nlp):
    text = ("Bà Hồ Thị Kim Hoa, Phó Giám đốc Sở Nội vụ, trả lời phỏng vấn.\n"
            "Theo bà Kim Hoa, việc tuyển dụng công chức được làm công khai.")
    assert officials(nlp(text)) == ["Hồ Thị Kim Hoa", "Kim Hoa"]


def test_historical_leader_with_a_title_but_not_the_set_phrase(nlp):
    text = ("Chủ tịch Hồ Chí Minh luôn căn dặn cán bộ phải gần dân.\n"
            "Chi bộ lấy tư tưởng, đạo đức, phong cách Hồ Chí Minh soi đường cho mọi việc làm; "
            "mỗi đảng viên khắc ghi lời dạy của Bác Hồ.")
    doc = nlp(text)
    assert officials(doc) == ["Hồ Chí Minh"]
    assert doc.ents[0].start_char == text.index("Hồ Chí Minh")


def test_signature_block(nlp):
    text = "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nLò Văn Mừng"
    doc = nlp(text)
    assert officials(doc) == ["Lò Văn Mừng"]
    assert official(doc, "Lò Văn Mừng")._.official["title"] == "BÍ THƯ"


# --- not officials ------------------------------------------------------------------------------
NOT = [
    "PHÙNG VĂN KHIÊM",
    "Anh Thơ",
    "Ảnh: Minh Hải",
    "Bài và ảnh: Lò Thị Hương",
    "Theo ông Nguyễn Văn Tư, một người dân ở bản Hon, đường lên bản đã được mở rộng.",
    "Năm qua, huyện đã điều động, luân chuyển 57 đồng chí; bổ nhiệm mới 12 đồng chí.",
    "Đảng viên vùng cao đem tư tưởng, đạo đức, phong cách Hồ Chí Minh vào từng việc làm cụ thể.",
    "Bác Hồ kính yêu luôn dành tình cảm đặc biệt cho đồng bào các dân tộc vùng cao.",
    "Chị Giàng Thị Mai, một hội viên nông dân, đã thoát nghèo nhờ trồng chè.",
    "Theo nhận xét của đồng chí Trưởng Ban Dân vận Huyện ủy, các chi bộ đã vào cuộc tích cực.",
    "Trưởng thôn Nội Trung, xã Nghĩa Hưng cho biết thôn đã xong đường.",
    "Ông Lò Văn Khoa, đảng viên Chi bộ bản Nà Hừ, đã trồng thành công giống lúa mới.",
]


@pytest.mark.parametrize("text", NOT, ids=[t[:30] for t in NOT])
def test_not_officials(nlp, text):
    assert officials(nlp(text)) == []


# --- attributes of any span (a statistical model's proposal) ----------------------------------
def test_attributes_for_a_span_the_rules_did_not_tag():
    nlp = create_pipeline(["vpd_paragraphs", "vpd_organisations"])
    text = "Đồng chí Lò Thị Dinh - Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy phát biểu."
    doc = nlp(text)
    s = text.index("Lò Thị Dinh")
    span = doc.char_span(s, s + len("Lò Thị Dinh"), label="OFFICIAL")
    assert attributes_for(span) == {
        "title": "Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy",
        "honorific": "Đồng chí",
        "organisation": "Ban Thường vụ Huyện ủy",
    }


def test_attributes_for_a_tagged_span(nlp):
    doc = nlp("Chủ tịch UBND xã Pa Tần Lý Seo Chứ kiểm tra tiến độ làm nhà cho hộ nghèo.")
    span = official(doc, "Lý Seo Chứ")
    assert attributes_for(span) == span._.official == {
        "title": "Chủ tịch UBND xã Pa Tần", "honorific": None, "organisation": "UBND xã Pa Tần"}


# --- the component's contract -----------------------------------------------------------------
def test_name_glued_to_the_next_word_is_split_and_text_is_kept(nlp):
    text = "Phó Chủ tịch UBND huyện Lê Văn Hưng đến dự. Ông Hưng thông tin thêm về kết quả giải ngân."
    doc = nlp(text)
    assert doc.text == text
    assert officials(doc) == ["Lê Văn Hưng", "Hưng"]
    assert [p.text for p in doc.spans["paragraphs"]] == [text]


def test_officials_can_run_without_back_references():
    nlp = create_pipeline(PIPES[:3])
    nlp.add_pipe("vpd_officials", config={"back_references": False})
    text = "Bí thư Huyện ủy Vàng A Lử dự lễ. Ông Lử trao quà cho học sinh."
    assert officials(nlp(text)) == ["Vàng A Lử"]


def test_values_survive_serialisation(nlp):
    doc = nlp("Ông Giàng A Chư - Chủ tịch UBND xã Tả Phìn phát biểu tại buổi làm việc với đoàn công tác.")
    doc2 = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(e.text, e._.attrs) for e in doc2.ents] == [(e.text, e._.attrs) for e in doc.ents]


def test_title_before_a_full_stop_after_a_dotted_level_word(nlp):
    text = "Dự hội nghị có ông Giàng A Chư, Chủ tịch UBND TP. Ông Chư cho biết thành phố đã hoàn thành kế hoạch."
    doc = nlp(text)
    assert officials(doc) == ["Giàng A Chư", "Chư"]
    expected = {"title": "Chủ tịch UBND TP", "honorific": "ông", "organisation": "UBND TP"}
    assert official(doc, "Giàng A Chư")._.official == expected
    assert official(doc, "Chư")._.official == {**expected, "honorific": "Ông"}


def test_officials_run_without_organisations():
    """The component lexes the text itself when no ORG component ran before it (nothing cached)."""
    alone = create_pipeline(["vpd_officials"])
    doc = alone("Thượng tướng Lê Quang Vinh, Thứ trưởng Bộ Quốc phòng, dự lễ ra quân. Ông Vinh kiểm tra đơn vị.")
    assert [(e.text, e._.official["title"]) for e in doc.ents] == [
        ("Lê Quang Vinh", "Thứ trưởng Bộ Quốc phòng"), ("Vinh", "Thứ trưởng Bộ Quốc phòng")]
