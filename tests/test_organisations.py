"""ORG rules (guide §2, §5): spans and attributes on sentences written for these tests."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span

from viet_partydocs import create_pipeline
from viet_partydocs.components.organisations import attributes_for

PIPES = ["vpd_paragraphs", "vpd_doc_codes", "vpd_organisations", "vpd_officials"]


@pytest.fixture(scope="module")
def nlp():
    return create_pipeline(PIPES)


def orgs(doc: Doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "ORG"]


def org(doc: Doc, text: str) -> Span:
    found = [e for e in doc.ents if e.label_ == "ORG" and e.text == text]
    assert found, f"no ORG {text!r} in {[(e.text, e.label_) for e in doc.ents]}"
    return found[0]


# --- spans: (sentence, every ORG span in order) ------------------------------------------------
SPANS = [
    # head + parent committee (+ place)
    ("Ban Thường vụ Huyện ủy Mường Khương đã ban hành kế hoạch kiểm tra chuyên đề về công tác cán bộ.",
     ["Ban Thường vụ Huyện ủy Mường Khương"]),
    ("Năm nay, Ban Chấp hành Đảng bộ tỉnh tổ chức ba hội nghị chuyên đề về xây dựng Đảng.",
     ["Ban Chấp hành Đảng bộ tỉnh"]),
    ("Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh đã giám sát bốn tổ chức đảng trong quý I.",
     ["Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh"]),
    # nested places, no comma
    ("Đảng ủy xã Nậm Xe huyện Phong Thổ đã hoàn thành việc rà soát hồ sơ đảng viên.",
     ["Đảng ủy xã Nậm Xe huyện Phong Thổ"]),
    ("UBND tỉnh Lai Châu vừa giao chỉ tiêu biên chế năm 2024 cho các sở, ngành.", ["UBND tỉnh Lai Châu"]),
    ("Ủy ban MTTQ huyện phối hợp với Hội Nông dân huyện tổ chức đối thoại với bà con.",
     ["Ủy ban MTTQ huyện", "Hội Nông dân huyện"]),
    ("Sở Thông tin và Truyền thông tỉnh Điện Biên cử cán bộ hỗ trợ các xã vùng cao.",
     ["Sở Thông tin và Truyền thông tỉnh Điện Biên"]),
    # stand-alone bodies
    ("Bộ Chính trị, Ban Bí thư và Quốc hội đều nhấn mạnh yêu cầu kiểm soát quyền lực.",
     ["Bộ Chính trị", "Ban Bí thư", "Quốc hội"]),
    ("Chính phủ đã trình Quốc hội dự án luật sửa đổi trong kỳ họp cuối năm.", ["Chính phủ", "Quốc hội"]),
    ("Thường trực HĐND tỉnh và UBND tỉnh đã họp liên tịch để thống nhất chương trình.",
     ["Thường trực HĐND tỉnh", "UBND tỉnh"]),
    ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam phát động cuộc vận động mới.",
     ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]),
    # named units
    ("Chi bộ Báo Điện Biên Phủ tổ chức sinh hoạt chuyên đề về đạo đức nghề báo.", ["Chi bộ Báo Điện Biên Phủ"]),
    ("Ông Thào A Sình, Bí thư Chi bộ bản Sín Chải, cho biết bản đã có đường bê tông.", ["Chi bộ bản Sín Chải"]),
    # two bodies joined by a hyphen; coordination with a shared modifier on the last conjunct
    ("Đảng ủy-UBND phường Tân Phong đã tổ chức đối thoại với nhân dân về giải phóng mặt bằng.",
     ["Đảng ủy", "UBND phường Tân Phong"]),
    ("Đảng ủy, HĐND, UBND xã Bản Hon đã thống nhất kế hoạch chuyển đổi cây trồng.",
     ["Đảng ủy", "HĐND", "UBND xã Bản Hon"]),
    # a bracketed abbreviation inside stays inside; a trailing one is its own span (and is reused)
    ("Ủy ban Kiểm tra (UBKT) Tỉnh ủy Yên Bái đã xem xét, thi hành kỷ luật hai đảng viên.",
     ["Ủy ban Kiểm tra (UBKT) Tỉnh ủy Yên Bái"]),
    ("Báo cáo được gửi tới Ủy ban Kiểm tra Trung ương (UBKT) trong tháng 6. UBKT sẽ tổng hợp, trình Bộ Chính trị.",
     ["Ủy ban Kiểm tra Trung ương", "UBKT", "UBKT", "Bộ Chính trị"]),
    # lower-case head after a title; the term stays outside
    ("Trưởng ban Tổ chức Trung ương đã làm việc với Tỉnh ủy Hà Giang về nhân sự đại hội.",
     ["ban Tổ chức Trung ương", "Tỉnh ủy Hà Giang"]),
    ("Ban Chấp hành Trung ương Đảng khóa XIII đã thảo luận kỹ đề án; Bộ Chính trị khóa XIII sẽ chỉ đạo.",
     ["Ban Chấp hành Trung ương Đảng", "Bộ Chính trị"]),
    ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Điện Biên dự và phát biểu chỉ đạo hội nghị.",
     ["Trung ương Đảng", "Tỉnh ủy Điện Biên"]),
    # a standing member is a title: "Thường trực" is not the head here
    ("Phó Bí thư Thường trực Tỉnh ủy và Thường trực Ban Bí thư cùng dự lễ khánh thành.",
     ["Tỉnh ủy", "Ban Bí thư"]),
    # place names with a hyphen, abbreviated level words
    ("Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu quyết định điều động hai cán bộ chủ chốt.",
     ["Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu"]),
    ("UBND TP.HCM vừa phê duyệt đề án sắp xếp các đơn vị hành chính cấp xã.", ["UBND TP.HCM"]),
    ("Đảng ủy Công an tỉnh Sơn La đã tổng kết công tác xây dựng Đảng năm 2023.", ["Đảng ủy Công an tỉnh Sơn La"]),
    ("Đảng bộ Khối các cơ quan tỉnh Hà Giang hiện có nhiều tổ chức cơ sở đảng trực thuộc.",
     ["Đảng bộ Khối các cơ quan tỉnh Hà Giang"]),
    ("Trưởng Đoàn đại biểu Quốc hội tỉnh Lai Châu - Trong nhiệm kỳ qua, đoàn đã tiếp xúc cử tri ở mọi xã.",
     ["Đoàn đại biểu Quốc hội tỉnh Lai Châu"]),
    # police, courts, state offices
    ("Công an huyện Than Uyên phối hợp với Viện Kiểm sát nhân dân huyện xử lý dứt điểm vụ việc.",
     ["Công an huyện Than Uyên", "Viện Kiểm sát nhân dân huyện"]),
    ("Phòng Nội vụ huyện Tủa Chùa tham mưu cho UBND huyện sắp xếp lại bộ máy.",
     ["Phòng Nội vụ huyện Tủa Chùa", "UBND huyện"]),
    # a specific team and a bare head pointing back to it
    ("Đoàn kiểm tra số 3 của Tỉnh ủy đã làm việc tại huyện. Đoàn sẽ báo cáo kết quả vào cuối tháng.",
     ["Đoàn kiểm tra số 3", "Tỉnh ủy", "Đoàn"]),
    # the ORG after a document code is tagged; the code itself is not split
    ("Thực hiện Nghị quyết số 15-NQ/TU của Tỉnh ủy, huyện đã xây dựng chương trình hành động.", ["Tỉnh ủy"]),
    # generic plurals and classes are not ORG
    ("Các chi bộ và tổ chức cơ sở đảng đã quán triệt nghị quyết đến từng đảng viên.", []),
    ("Cấp ủy các cấp, đảng ủy các xã và HĐND các cấp cần tăng cường giám sát việc thực hiện.", []),
    ("Đảng và Nhà nước luôn quan tâm; Trung ương đã có nhiều chủ trương đúng đắn.", []),
    ("UBND cấp tỉnh có trách nhiệm hướng dẫn thực hiện quy định này trên địa bàn.", []),
    ("Tỉnh ủy viên, Huyện ủy viên phải gương mẫu thực hiện quy định về nêu gương.", []),
    ("Hằng năm, các Bí thư Tỉnh ủy, Thành ủy phải báo cáo kết quả thực hiện.", []),
    ("Đảng ủy, HĐND, UBND và các đoàn thể cấp xã phải niêm yết công khai thủ tục.", []),
    ("Huyện có 18 chi bộ trực thuộc; nhiều đảng ủy cơ sở đã kiện toàn cấp ủy.", []),
    # a company name in lower case, closed by Việt Nam; a name in sentence case ends before the verb
    ("Đảng ủy Tập đoàn than khoáng sản Việt Nam chỉ đạo các chi bộ trực thuộc.",
     ["Đảng ủy Tập đoàn than khoáng sản Việt Nam"]),
    ("Bộ Nội vụ chủ trì, phối hợp với các bộ, ngành liên quan.", ["Bộ Nội vụ"]),
    ("Công ty Sông Đà trao quà cho các hộ nghèo của xã.", ["Công ty Sông Đà"]),
    ("Chi cục Thủy lợi kiểm tra tại xã vào tuần trước.", ["Chi cục Thủy lợi"]),
    ("Tiểu ban và Văn kiện Đại hội đã họp phiên thứ hai.", []),
    # a place name alone is not an ORG
    ("Đoàn công tác đã khảo sát tại xã Pa Vây Sử, huyện Phong Thổ, tỉnh Lai Châu.", ["Đoàn công tác"]),
]


@pytest.mark.parametrize("text, expected", SPANS, ids=[t[:40] for t, _ in SPANS])
def test_org_spans(nlp, text, expected):
    doc = nlp(text)
    assert orgs(doc) == expected
    assert doc.text == text


# --- attributes -----------------------------------------------------------------------------
ATTRS = [
    ("Ban Thường vụ Huyện ủy Mường Khương đã ban hành kế hoạch kiểm tra chuyên đề về công tác cán bộ.",
     "Ban Thường vụ Huyện ủy Mường Khương",
     {"org_type": "standing_committee", "level": "district", "place": "Mường Khương",
      "canonical": "Ban Thường vụ Huyện ủy Mường Khương"}),
    ("Đảng ủy xã Nậm Xe huyện Phong Thổ đã hoàn thành việc rà soát hồ sơ đảng viên.",
     "Đảng ủy xã Nậm Xe huyện Phong Thổ",
     {"org_type": "party_committee", "level": "commune", "place": "Nậm Xe",
      "canonical": "Đảng ủy xã Nậm Xe huyện Phong Thổ"}),
    ("UBND tỉnh Lai Châu vừa giao chỉ tiêu biên chế năm 2024 cho các sở, ngành.", "UBND tỉnh Lai Châu",
     {"org_type": "people_committee", "level": "province", "place": "Lai Châu",
      "canonical": "Ủy ban nhân dân tỉnh Lai Châu"}),
    ("Uỷ ban kiểm tra Huyện uỷ Bát Xát họp phiên thường kỳ tháng 5.", "Uỷ ban kiểm tra Huyện uỷ Bát Xát",
     {"org_type": "inspection_commission", "level": "district", "place": "Bát Xát",
      "canonical": "Ủy ban Kiểm tra Huyện ủy Bát Xát"}),
    ("Ủy ban Kiểm tra (UBKT) Tỉnh ủy Yên Bái đã xem xét, thi hành kỷ luật hai đảng viên.",
     "Ủy ban Kiểm tra (UBKT) Tỉnh ủy Yên Bái",
     {"org_type": "inspection_commission", "level": "province", "place": "Yên Bái",
      "canonical": "Ủy ban Kiểm tra Tỉnh ủy Yên Bái"}),
    ("UBND TP.HCM vừa phê duyệt đề án sắp xếp các đơn vị hành chính cấp xã.", "UBND TP.HCM",
     {"org_type": "people_committee", "level": "province", "place": "Hồ Chí Minh",
      "canonical": "Ủy ban nhân dân thành phố Hồ Chí Minh"}),
    ("Ủy ban MTTQ huyện phối hợp với Hội Nông dân huyện tổ chức đối thoại với bà con.", "Ủy ban MTTQ huyện",
     {"org_type": "front", "level": "district", "place": None, "canonical": "Ủy ban Mặt trận Tổ quốc huyện"}),
    ("Đảng bộ Khối các cơ quan tỉnh Hà Giang hiện có nhiều tổ chức cơ sở đảng trực thuộc.",
     "Đảng bộ Khối các cơ quan tỉnh Hà Giang",
     {"org_type": "party_organisation", "level": "bloc", "place": "Hà Giang",
      "canonical": "Đảng bộ Khối các cơ quan tỉnh Hà Giang"}),
    ("Chi bộ Báo Điện Biên Phủ tổ chức sinh hoạt chuyên đề về đạo đức nghề báo.", "Chi bộ Báo Điện Biên Phủ",
     {"org_type": "party_organisation", "level": "grassroots", "place": None,
      "canonical": "Chi bộ Báo Điện Biên Phủ"}),
    ("Thường trực HĐND tỉnh và UBND tỉnh đã họp liên tịch để thống nhất chương trình.", "Thường trực HĐND tỉnh",
     {"org_type": "people_council", "level": "province", "place": None,
      "canonical": "Thường trực Hội đồng nhân dân tỉnh"}),
    ("Trưởng ban Tổ chức Trung ương đã làm việc với Tỉnh ủy Hà Giang về nhân sự đại hội.",
     "ban Tổ chức Trung ương",
     {"org_type": "party_board", "level": "central", "place": None, "canonical": "Ban Tổ chức Trung ương"}),
    ("Bộ Chính trị, Ban Bí thư và Quốc hội đều nhấn mạnh yêu cầu kiểm soát quyền lực.", "Ban Bí thư",
     {"org_type": "party_committee", "level": "central", "place": None, "canonical": "Ban Bí thư"}),
    ("Sở Nội vụ phối hợp với Bộ LĐ-TB&XH hướng dẫn chế độ cho cán bộ không chuyên trách.", "Bộ LĐ-TB&XH",
     {"org_type": "state_agency", "level": "central", "place": None,
      "canonical": "Bộ Lao động - Thương binh và Xã hội"}),
    ("Bí thư Thành ủy Việt Trì trực tiếp chỉ đạo công tác giải phóng mặt bằng.", "Thành ủy Việt Trì",
     {"org_type": "party_committee", "level": "district", "place": "Việt Trì", "canonical": "Thành ủy Việt Trì"}),
    ("Ban Thường vụ Thành ủy Hà Nội đã thông qua đề án về công tác cán bộ.", "Ban Thường vụ Thành ủy Hà Nội",
     {"org_type": "standing_committee", "level": "province", "place": "Hà Nội",
      "canonical": "Ban Thường vụ Thành ủy Hà Nội"}),
    ("Văn phòng UBND tỉnh Lai Châu đã tiếp nhận hồ sơ của doanh nghiệp.", "Văn phòng UBND tỉnh Lai Châu",
     {"org_type": "state_agency", "level": "province", "place": "Lai Châu",
      "canonical": "Văn phòng Ủy ban nhân dân tỉnh Lai Châu"}),
    ("Đảng ủy Khối doanh nghiệp tỉnh chỉ đạo các chi bộ doanh nghiệp ngoài nhà nước.",
     "Đảng ủy Khối doanh nghiệp tỉnh",
     {"org_type": "party_committee", "level": "bloc", "place": None, "canonical": "Đảng ủy Khối doanh nghiệp tỉnh"}),
    ("Báo cáo được gửi tới Ủy ban Kiểm tra Trung ương (UBKT) trong tháng 6. UBKT sẽ tổng hợp, trình Bộ Chính trị.",
     "UBKT",
     {"org_type": "inspection_commission", "level": "central", "place": None,
      "canonical": "Ủy ban Kiểm tra Trung ương"}),
]


@pytest.mark.parametrize("text, span, expected", ATTRS, ids=[s for _, s, _ in ATTRS])
def test_org_attributes(nlp, text, span, expected):
    doc = nlp(text)
    assert org(doc, span)._.organisation == expected


def test_back_reference_takes_the_attributes_of_the_body_it_points_to(nlp):
    doc = nlp("Đoàn kiểm tra số 3 của Tỉnh ủy đã làm việc tại huyện. Đoàn sẽ báo cáo kết quả vào cuối tháng.")
    first, again = [e for e in doc.ents if e.label_ == "ORG" and e.text.startswith("Đoàn")]
    assert again.text == "Đoàn"
    assert again._.organisation["canonical"] == "Đoàn kiểm tra số 3"


# --- attributes of any span (a statistical model's proposal) ----------------------------------
@pytest.mark.parametrize(
    "text, span, expected",
    [
        ("Hội nghị do Ban Tuyên giáo Huyện ủy Sìn Hồ chủ trì.", "Ban Tuyên giáo Huyện ủy Sìn Hồ",
         {"org_type": "party_board", "level": "district", "place": "Sìn Hồ",
          "canonical": "Ban Tuyên giáo Huyện ủy Sìn Hồ"}),
        ("Lãnh đạo UBMTTQ Việt Nam tỉnh Lai Châu đến thăm.", "UBMTTQ Việt Nam tỉnh Lai Châu",
         {"org_type": "front", "level": "province", "place": "Lai Châu",
          "canonical": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu"}),
        ("Ý kiến của Hội Cựu chiến binh xã Khun Há được tiếp thu.", "Hội Cựu chiến binh xã Khun Há",
         {"org_type": "mass_organisation", "level": "commune", "place": "Khun Há",
          "canonical": "Hội Cựu chiến binh xã Khun Há"}),
        ("Tin từ Trường Tiểu học Kim Đồng cho biết học sinh đã đến lớp.", "Trường Tiểu học Kim Đồng",
         {"org_type": "other", "level": "unknown", "place": None, "canonical": "Trường Tiểu học Kim Đồng"}),
    ],
)
def test_attributes_for_any_span(text, span, expected):
    tok = create_pipeline([])
    doc = tok(text)
    start = text.index(span)
    sp = doc.char_span(start, start + len(span), label="ORG", alignment_mode="expand")
    assert sp.text == span
    assert attributes_for(sp) == expected


# --- the component's contract (architecture.md) -----------------------------------------------
def test_existing_entities_win():
    """A span already in doc.ents (here a hand-made DOC_CODE) is kept and never overlapped."""
    nlp = create_pipeline(["vpd_organisations"])
    text = "Kế hoạch của Ban Thường vụ Huyện ủy Tam Đường được triển khai."
    doc = nlp.make_doc(text)
    s = text.index("Ban Thường vụ")
    code = doc.char_span(s, s + len("Ban Thường vụ Huyện ủy"), label="DOC_CODE", alignment_mode="expand")
    doc.ents = [code]
    doc = nlp.get_pipe("vpd_organisations")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Ban Thường vụ Huyện ủy", "DOC_CODE")]


def test_words_glued_by_the_segmenter_are_split_at_the_space(nlp):
    text = "Trưởng Ban Tổ chức Huyện ủy Tam Đường dự họp. Hôm sau, Trưởng Ban Dân vận Tỉnh ủy đến thăm."
    doc = nlp(text)
    assert doc.text == text
    assert orgs(doc) == ["Ban Tổ chức Huyện ủy Tam Đường", "Ban Dân vận Tỉnh ủy"]
    paragraphs = list(doc.spans["paragraphs"])
    assert [p.text for p in paragraphs] == [text]


def test_values_survive_serialisation(nlp):
    doc = nlp("UBND tỉnh Lai Châu vừa giao chỉ tiêu biên chế năm 2024 cho các sở, ngành.")
    doc2 = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(e.text, e._.organisation) for e in doc2.ents] == [(e.text, e._.organisation) for e in doc.ents]


def test_config_is_validated():
    from thinc.api import ConfigValidationError

    nlp = create_pipeline([])
    with pytest.raises(ConfigValidationError):
        nlp.add_pipe("vpd_organisations", config={"aliases": "often"})
    text = "Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) ký kết hợp tác với tỉnh. VNPT sẽ hỗ trợ chuyển đổi số."
    nlp.add_pipe("vpd_organisations", config={"aliases": False})
    assert orgs(nlp(text)) == ["Tập đoàn Bưu chính Viễn thông Việt Nam", "VNPT"]
    with_aliases = create_pipeline(["vpd_organisations"])
    doc = with_aliases(text)
    assert orgs(doc) == ["Tập đoàn Bưu chính Viễn thông Việt Nam", "VNPT", "VNPT"]
    assert doc.ents[-1]._.organisation["canonical"] == "Tập đoàn Bưu chính Viễn thông Việt Nam"


def test_empty_and_blank_texts(nlp):
    for text in ["", "   ", "\n\n", "Tỉnh ủy"]:
        doc = nlp(text)
        assert doc.text == text


WORDS = ["Ban", "Thường", "vụ", "Huyện", "ủy", "Tỉnh", "uỷ", "Đảng", "bộ", "xã", "huyện", "Lai", "Châu", "UBND",
         "(", "UBKT", ")", ",", "-", "các", "Chi", "Báo", "Trung", "ương", "TP.", "HCM", "Ông", "Nguyễn", "Văn",
         "khóa", "XII", "\n", "Sở", "Nội", "Bộ", "Chính", "trị", "và", "Công", "an", "số", "12", "Đoàn"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25))
def test_any_text_keeps_its_text_and_gives_disjoint_entities_with_attributes(words):
    nlp = _shared_nlp()
    text = " ".join(words)
    doc = nlp(text)
    assert doc.text == text
    ents = sorted((e.start_char, e.end_char) for e in doc.ents)
    assert all(a[1] <= b[0] for a, b in zip(ents, ents[1:]))
    for e in doc.ents:
        assert e.text == e.text.strip() and e.text
        if e.label_ == "ORG":
            assert set(e._.organisation) == {"org_type", "level", "place", "canonical"}
        if e.label_ == "OFFICIAL":
            assert set(e._.official) == {"title", "honorific", "organisation"}


_NLP = []


def _shared_nlp():
    if not _NLP:
        _NLP.append(create_pipeline(PIPES))
    return _NLP[0]


# --- a dotted level word (TP., Q.) and the full stop (guide §1: no entity ends with ".") ---------
DOTTED = [
    ("Sở Nội vụ đã trình UBND TP.", ["Sở Nội vụ", "UBND TP"]),
    ("Sở Nội vụ đã trình UBND TP.\nCác sở, ngành sẽ góp ý trong tuần.", ["Sở Nội vụ", "UBND TP"]),
    ("Sở Nội vụ đã trình UBND TP. Các sở, ngành sẽ góp ý trong tuần.", ["Sở Nội vụ", "UBND TP"]),
    ("Công an TP. Trong năm qua, lực lượng đã triệt phá nhiều đường dây.", ["Công an TP"]),
    ("Thành ủy TP. Cần Thơ đã ban hành kế hoạch thực hiện.", ["Thành ủy TP. Cần Thơ"]),
    ("Ban Thường vụ Quận ủy Q. 8 quyết định thi hành kỷ luật.", ["Ban Thường vụ Quận ủy Q. 8"]),
]


@pytest.mark.parametrize("text, expected", DOTTED, ids=[t[:40] for t, _ in DOTTED])
def test_dotted_level_word_keeps_the_full_stop_outside(nlp, text, expected):
    doc = nlp(text)
    assert orgs(doc) == expected
    if "UBND TP" in expected:
        assert org(doc, "UBND TP")._.organisation == {
            "org_type": "people_committee", "level": "province", "place": None,
            "canonical": "Ủy ban nhân dân thành phố"}


def test_the_lexer_glues_a_dot_only_before_a_capital_or_a_number():
    from viet_partydocs.components.org.phrases import lex_text

    assert lex_text("UBND TP.").texts == ["UBND", "TP", "."]
    assert lex_text("UBND TP.\nCác sở").texts[:3] == ["UBND", "TP", "."]
    assert lex_text("UBND TP. các sở").texts[:3] == ["UBND", "TP", "."]
    assert lex_text("UBND TP. Cần Thơ").texts[:3] == ["UBND", "TP.", "Cần"]
    assert lex_text("Quận ủy Q. 8").texts[-2:] == ["Q.", "8"]
    assert lex_text("UBND TP.Vinh").texts == ["UBND", "TP.", "Vinh"]
    assert lex_text("UBND TP.HCM").texts == ["UBND", "TP.HCM"]


# --- the same sentences in other spellings: NFD, old tone marks, Ð for Đ, no-break spaces ----------
def _nfd(text: str) -> list[str]:
    return [unicodedata.normalize("NFD", ch) for ch in text]


def _old_tones(text: str) -> list[str]:
    """``Ủy`` → ``Uỷ``, ``hóa`` → ``hoá`` (the tone on the second vowel; same length)."""
    out = list(text)
    for m in re.finditer(r"(?<![qQ])([òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY])(?!\w)", text):
        first, second = m.group()
        base, tone = unicodedata.normalize("NFD", first)
        out[m.start()] = base
        out[m.start() + 1] = unicodedata.normalize("NFC", second + tone)
    return out


def _eth(text: str) -> list[str]:
    return [{"Đ": "Ð", "đ": "ð"}.get(ch, ch) for ch in text]


def _nbsp(text: str) -> list[str]:
    return ["\xa0" if ch == " " else ch for ch in text]


SPELLINGS = {"nfd": _nfd, "old_tones": _old_tones, "eth": _eth, "nbsp": _nbsp}

VARIANT_TEXTS = [
    "Ủy ban Kiểm tra Huyện ủy Bát Xát đã xem xét, thi hành kỷ luật hai đảng viên.",
    "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh đã giám sát bốn tổ chức đảng trong quý I.",
    "Đảng ủy xã Nậm Xe huyện Phong Thổ đã hoàn thành việc rà soát hồ sơ đảng viên.",
    "Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu quyết định điều động hai cán bộ chủ chốt.",
    "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa phối hợp với Hội Nông dân tỉnh Khánh Hòa.",
    "Đoàn kiểm tra số 3 của Tỉnh ủy đã làm việc tại huyện. Đoàn sẽ báo cáo kết quả vào cuối tháng.",
    "Đồng chí Lò Văn Pụa, Bí thư Đảng ủy xã Nậm Xe huyện Phong Thổ cho biết xã đã kết nạp đảng viên.",
    "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Hà Văn Khiêm "
    "chủ trì hội nghị. Ông Khiêm đề nghị các chi bộ tiếp tục rà soát.",
    "Bà Lường Thị Ơn (Phó Chủ tịch HĐND huyện) đề nghị các chi bộ tiếp tục rà soát đối tượng.",
    "Sở Nội vụ đã trình UBND TP. Các sở, ngành sẽ góp ý trong tuần.",
]


def _entities(doc: Doc) -> list[tuple[int, int, str, dict]]:
    """ORG/OFFICIAL spans with their attributes; texts as written compared in normalised form."""
    from viet_partydocs.text.normalize import normalize

    out = []
    for e in doc.ents:
        if e.label_ == "ORG":
            out.append((e.start_char, e.end_char, e.label_, e._.organisation))
        elif e.label_ == "OFFICIAL":
            attrs = {k: normalize(v) if isinstance(v, str) else v for k, v in e._.official.items()}
            out.append((e.start_char, e.end_char, e.label_, attrs))
    return out


VARIANTS = [(t, sp) for t in VARIANT_TEXTS for sp in sorted(SPELLINGS) if "".join(SPELLINGS[sp](t)) != t]


@pytest.mark.parametrize("text, spelling", VARIANTS, ids=[f"{sp}-{t[:30]}" for t, sp in VARIANTS])
def test_other_spellings_give_the_same_spans_and_attributes(nlp, text, spelling):
    pieces = SPELLINGS[spelling](text)
    variant = "".join(pieces)
    offsets = [0]  # offset in the variant of every offset in the original
    for p in pieces:
        offsets.append(offsets[-1] + len(p))
    expected = [(offsets[s], offsets[e], label, attrs) for s, e, label, attrs in _entities(nlp(text))]
    assert expected
    doc = nlp(variant)
    assert doc.text == variant
    assert _entities(doc) == expected


# --- any mix of the genre's pieces: entity edges and texts ----------------------------------------
GENRE_PIECES = [
    "UBND", "HĐND", "Ủy ban", "Uỷ ban", "Kiểm tra", "nhân dân", "Huyện ủy", "Tỉnh uỷ", "Thành ủy", "Đảng ủy",
    "Ðảng bộ", "Chi bộ", "Ban Thường vụ", "Sở", "Nội vụ", "Công an", "Báo", "Công ty", "Đoàn kiểm tra", "số",
    "12", "5A", "tỉnh", "huyện", "xã", "phường", "TP", "TP.", "Q.", "H.", "TP.HCM", "Cần Thơ", "Lai Châu",
    "Bà Rịa - Vũng Tàu", "Trung ương", "T.Ư", "(UBKT)", "(", ")", "Ông", "bà", "Đồng chí", "đ/c", "Nguyễn Văn An",
    "Lò Văn Pụa", "Bí thư", "Phó Chủ tịch", "Trưởng Ban", "nguyên", "Đại tá", "cho biết", "các", "cấp", "và",
    ",", ".", ";", ":", "-", "…", "\n", "Các", "Trong", "năm 2024", "kiêm", "đồng thời là",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(GENRE_PIECES), st.sampled_from([" ", " ", "", "\n", "\xa0", ". ", ", "])),
                max_size=30))
def test_entities_never_start_or_end_with_space_or_punctuation(parts):
    nlp = _shared_nlp()
    text = "".join(p + sep for p, sep in parts)
    doc = nlp(text)
    assert doc.text == text
    for e in doc.ents:
        if e.label_ not in ("ORG", "OFFICIAL"):
            continue
        assert e.text == text[e.start_char : e.end_char]
        assert e.text and not e.text[0].isspace() and not e.text[-1].isspace(), e.text
        assert e.text[0] not in ",.;:" and e.text[-1] not in ",.;:", e.text


# --- entity writing (shared by ORG and OFFICIAL) ------------------------------------------------
def test_add_entities_keeps_existing_entities_and_the_first_of_overlapping_items():
    from viet_partydocs.components.org.entities import add_entities

    nlp = create_pipeline([])
    text = "Ban Thường vụ Huyện ủy Tam Đường và UBND huyện Tam Đường."
    doc = nlp(text)
    s = text.index("UBND")
    doc.ents = [doc.char_span(s, s + len("UBND huyện"), label="DOC_CODE", alignment_mode="expand")]
    a = text.index("Huyện ủy")
    items = [
        (0, a + len("Huyện ủy Tam Đường"), {"n": 1}),
        (a, a + len("Huyện ủy"), {"n": 2}),  # inside the first
        (s, len(text) - 1, {"n": 3}),  # overlaps the existing entity
        (text.index("Tam Đường."), len(text), {"n": 4}),  # trimmed: no full stop
    ]
    added = add_entities(doc, items, "ORG", "organisation")
    assert [(e.text, e._.organisation) for e in added] == [
        ("Ban Thường vụ Huyện ủy Tam Đường", {"n": 1}), ("Tam Đường", {"n": 4})]
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Ban Thường vụ Huyện ủy Tam Đường", "ORG"), ("UBND huyện", "DOC_CODE"), ("Tam Đường", "ORG")]
    assert doc.text == text


# --- the lexed text shared by the two components ---------------------------------------------------
def test_the_lexed_text_is_cached_per_doc_and_bounded():
    import gc

    from viet_partydocs.components.org.doclex import DocLexCache, lex_doc

    nlp = create_pipeline([])
    cache = DocLexCache(size=3)
    docs = [nlp(f"UBND tỉnh số {i} họp.") for i in range(5)]
    for d in docs:
        cache.put(d, lex_doc(d))
    assert len(cache) == 3 and cache.get(docs[0], docs[0].text) is None
    assert cache.get(docs[4], docs[4].text) is not None
    assert cache.get(docs[4], "another text") is None  # a Doc refilled with another text
    del docs
    gc.collect()
    assert len(cache) == 0  # entries go with their Docs


def test_same_text_in_two_docs_and_components_run_in_any_order():
    """Docs of the same text run interleaved (as with batching) give the result of one Doc alone."""
    text = "Bí thư Huyện ủy Mường Tè Vàng A Lử dự lễ. Ông Lử trao quà cho học sinh."
    full = create_pipeline(PIPES)
    expected = [(e.text, e.label_) for e in full(text).ents]
    assert ("Vàng A Lử", "OFFICIAL") in expected and ("Huyện ủy Mường Tè", "ORG") in expected
    first = create_pipeline(PIPES[:2])
    org_pipe, off_pipe = full.get_pipe("vpd_organisations"), full.get_pipe("vpd_officials")
    d1, d2 = first(text), first(text)
    org_pipe(d1)
    org_pipe(d2)
    off_pipe(d2)
    off_pipe(d1)
    assert [(e.text, e.label_) for e in d1.ents] == [(e.text, e.label_) for e in d2.ents] == expected
