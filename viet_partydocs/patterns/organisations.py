"""Organisation names (guide §2 ``ORG``, DOMAIN.md §2): domain data only.

Every phrase is written in its canonical spelling (``Ủy``, title case of the guide); the rules
match it on the normalised, lower-cased form (``token.norm_``), so ``Uỷ ban kiểm tra``,
``UỶ BAN KIỂM TRA`` and ``Ủy ban Kiểm tra`` are the same phrase.

How a name is built (DOMAIN.md §2.3): ``HEAD + (PARENT COMMITTEE) + (LEVEL WORD) + (PLACE)``,
e.g. ``Ban Thường vụ`` + ``Huyện ủy`` + ``Bắc Sơn``; ``Đảng ủy`` + ``xã`` + ``Ma Ly Pho`` +
``huyện`` + ``Phong Thổ``. The tables below give the parts; ``components/organisations.py``
holds the grammar.
"""

from __future__ import annotations

__all__ = [
    "ORG_TYPES",
    "LEVELS",
    "BODIES",
    "COMMITTEES",
    "HEADS",
    "LEVEL_WORDS",
    "COMMUNITY_WORDS",
    "CENTRAL_WORDS",
    "FIELDS",
    "BLOC_WORDS",
    "ABBREVIATIONS",
    "PLACE_ABBREVIATIONS",
    "PROVINCES",
    "CENTRAL_CITIES",
    "PLURAL_BEFORE",
    "GENERIC_AFTER",
    "TITLE_BEFORE_HEAD",
    "MEDIA",
    "NOT_ORG_ABBREVIATIONS",
    "CONNECTORS",
    "COORDINATORS",
    "PLACE_STOP",
    "NAME_STRETCH_STOP",
    "COMPANY_WORDS",
    "COMPANY_HEADS",
    "TEAMS",
    "BACK_REFERENCE_HEADS",
    "BACK_REFERENCE_NEXT",
    "TITLE_BEFORE_BARE_BAN",
    "CITY_IN_ONE_WORD",
    "NOT_PLACE_START",
    "ROMAN_NUMERALS",
    "NOT_COUNT_BEFORE_NUMBER",
    "LEVEL_LIST_JOINERS",
    "CLASS_AFTER_LIST",
    "STANDING_HEADS",
    "NOT_BARE_AGENCIES",
    "COMPANY_NAME_HEADS",
    "NUMBERED_AGENCIES",
    "NUMBERED_NAMED_HEADS",
    "SUB_UNIT_HEADS",
    "PARTY_ORGANISATION_HEADS",
]

#: ``OrgAttrs.org_type`` values (guide §2).
ORG_TYPES: tuple[str, ...] = (
    "party_committee",
    "standing_committee",
    "party_organisation",
    "party_board",
    "inspection_commission",
    "people_council",
    "people_committee",
    "state_agency",
    "front",
    "mass_organisation",
    "steering_committee",
    "other",
)
#: ``OrgAttrs.level`` values.
LEVELS: tuple[str, ...] = ("central", "province", "district", "commune", "grassroots", "bloc", "unknown")

#: The country's and the army's official names, parts of longer body names.
COUNTRY = "Cộng hòa xã hội chủ nghĩa Việt Nam"
PEOPLES_ARMY = "Quân đội nhân dân Việt Nam"

# ---------------------------------------------------------------------------------------------
# Stand-alone bodies: complete names (canonical form, org_type, level). They may still take a
# complement (``Ban Bí thư Trung ương Đảng``, ``Quốc hội nước Cộng hòa …``) but need none.
BODIES: dict[str, tuple[str, str]] = {
    "Bộ Chính trị": ("party_committee", "central"),
    "BCT": ("party_committee", "central"),
    "Ban Bí thư": ("party_committee", "central"),
    "BBT": ("party_committee", "central"),
    "Ban Chấp hành Trung ương": ("party_committee", "central"),
    "Ban Chấp hành Trung ương Đảng": ("party_committee", "central"),
    "Ban Chấp hành TW": ("party_committee", "central"),
    "BCH TW": ("party_committee", "central"),
    "BCH Trung ương": ("party_committee", "central"),
    "Trung ương Đảng": ("party_committee", "central"),
    "TW Đảng": ("party_committee", "central"),
    "Đảng Cộng sản Việt Nam": ("party_organisation", "central"),
    "Quân ủy Trung ương": ("party_committee", "central"),
    "Đảng ủy Công an Trung ương": ("party_committee", "central"),
    "Đảng ủy Quân sự Trung ương": ("party_committee", "central"),
    "Hội đồng Lý luận Trung ương": ("party_board", "central"),
    "Văn phòng Trung ương Đảng": ("party_board", "central"),
    "Quốc hội": ("people_council", "central"),
    f"Quốc hội nước {COUNTRY}": ("people_council", "central"),
    "Ủy ban Dân tộc": ("state_agency", "central"),
    "Quân chủng Phòng không - Không quân": ("state_agency", "central"),
    "Tổng cục Chính trị": ("state_agency", "central"),
    f"Tổng cục Chính trị {PEOPLES_ARMY}": ("state_agency", "central"),
    "Bộ Tổng Tham mưu": ("state_agency", "central"),
    "QH": ("people_council", "central"),
    "Ủy ban Thường vụ Quốc hội": ("people_council", "central"),
    "UBTVQH": ("people_council", "central"),
    "Hội đồng Dân tộc": ("people_council", "central"),
    "Chính phủ": ("state_agency", "central"),
    "Văn phòng Chính phủ": ("state_agency", "central"),
    "Thanh tra Chính phủ": ("state_agency", "central"),
    "Kiểm toán Nhà nước": ("state_agency", "central"),
    "Kho bạc Nhà nước": ("state_agency", "central"),
    "Ngân hàng Nhà nước": ("state_agency", "central"),
    "Ngân hàng Nhà nước Việt Nam": ("state_agency", "central"),
    "Tòa án nhân dân tối cao": ("state_agency", "central"),
    "TAND tối cao": ("state_agency", "central"),
    "Viện Kiểm sát nhân dân tối cao": ("state_agency", "central"),
    "VKSND tối cao": ("state_agency", "central"),
    "Bảo hiểm xã hội Việt Nam": ("state_agency", "central"),
    "Bảo hiểm xã hội VN": ("state_agency", "central"),
    "Thông tấn xã Việt Nam": ("state_agency", "central"),
    "Đài Truyền hình Việt Nam": ("state_agency", "central"),
    "Đài Tiếng nói Việt Nam": ("state_agency", "central"),
    "Học viện Chính trị quốc gia Hồ Chí Minh": ("party_board", "central"),
    "Mặt trận Tổ quốc Việt Nam": ("front", "central"),
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": ("front", "central"),
    "Tổng Liên đoàn Lao động Việt Nam": ("mass_organisation", "central"),
    "Trung ương Đoàn": ("mass_organisation", "central"),
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh": ("mass_organisation", "central"),
    "Hội Liên hiệp Phụ nữ Việt Nam": ("mass_organisation", "central"),
    "Hội Nông dân Việt Nam": ("mass_organisation", "central"),
    "Hội Cựu chiến binh Việt Nam": ("mass_organisation", "central"),
    "Hội Nhà báo Việt Nam": ("mass_organisation", "central"),
    "Tạp chí Cộng sản": ("other", "central"),
    "Tạp chí Xây dựng Đảng": ("other", "central"),
    "Báo Nhân dân": ("other", "central"),
    "Báo Quân đội nhân dân": ("other", "central"),
    "Bộ Quốc phòng": ("state_agency", "central"),
    "Bộ Công an": ("state_agency", "central"),
    "Bộ Ngoại giao": ("state_agency", "central"),
}

# Party committees that stand alone and may take a place (``Huyện ủy Bắc Sơn``), a level word
# and place, or the unit they lead (``Đảng ủy Công an tỉnh``, ``Đảng ủy Khối …``).
# canonical → (org_type, level, kind); kind "territorial" takes a place directly.
COMMITTEES: dict[str, tuple[str, str, str]] = {
    "Tỉnh ủy": ("party_committee", "province", "territorial"),
    "Thành ủy": ("party_committee", "province", "territorial"),
    "Huyện ủy": ("party_committee", "district", "territorial"),
    "Quận ủy": ("party_committee", "district", "territorial"),
    "Thị ủy": ("party_committee", "district", "territorial"),
    "Đảng ủy": ("party_committee", "unknown", "unit"),
    "Đảng ủy Khối": ("party_committee", "bloc", "bloc"),
    "Chi ủy": ("party_committee", "grassroots", "unit"),
    "Quân ủy": ("party_committee", "unknown", "unit"),
}

# Heads that need or accept a complement. canonical → (org_type, inherent level, kind, alone)
# kind:
#   "board"   – part of a committee: takes a parent committee/body, Trung ương, a level word;
#   "party"   – Đảng bộ / Chi bộ: takes a level word + place or the unit it belongs to;
#   "council" – HĐND / UBND / Front committees: level word + place;
#   "agency"  – Sở / Bộ / Cục / Phòng …: a field name (``Nội vụ``), then level + place;
#   "named"   – Báo / Công ty / Tập đoàn …: a capitalised name;
#   "team"    – Đoàn kiểm tra, Tổ công tác, Ban Chỉ đạo …;
#   "police"  – Công an / Tòa án / Viện Kiểm sát: level + place.
# alone: the capitalised head alone is an ORG (a back-reference to a body named before).
HEADS: dict[str, tuple[str, str, str, bool]] = {
    "Ban Thường vụ": ("standing_committee", "unknown", "board", True),
    "BTV": ("standing_committee", "unknown", "board", True),
    "Thường vụ": ("standing_committee", "unknown", "board", False),
    "Thường trực": ("standing_committee", "unknown", "board", False),
    "Ban Chấp hành": ("party_committee", "unknown", "board", True),
    "BCH": ("party_committee", "unknown", "board", False),
    "Ủy ban Kiểm tra": ("inspection_commission", "unknown", "board", True),
    "UBKT": ("inspection_commission", "unknown", "board", True),
    "UB Kiểm tra": ("inspection_commission", "unknown", "board", True),
    "Ban Tổ chức": ("party_board", "unknown", "board", True),
    "Ban Tuyên giáo": ("party_board", "unknown", "board", True),
    "Ban Dân vận": ("party_board", "unknown", "board", True),
    "Ban Tuyên giáo và Dân vận": ("party_board", "unknown", "board", True),
    "Ban Nội chính": ("party_board", "unknown", "board", True),
    "Ban Kinh tế": ("party_board", "unknown", "board", False),
    "Ban Đối ngoại": ("party_board", "unknown", "board", False),
    "Ban Chính sách, chiến lược": ("party_board", "unknown", "board", False),
    "Ban Bảo vệ chăm sóc sức khỏe cán bộ": ("party_board", "unknown", "board", False),
    "Văn phòng": ("party_board", "unknown", "board", False),
    "Ban cán sự đảng": ("party_board", "unknown", "board", True),
    "BCSĐ": ("party_board", "unknown", "board", False),
    "Đảng đoàn": ("party_board", "unknown", "board", False),
    "Đảng bộ": ("party_organisation", "unknown", "party", True),
    "Chi bộ": ("party_organisation", "grassroots", "party", False),
    "Đảng bộ Khối": ("party_organisation", "bloc", "bloc", True),
    "Ủy ban nhân dân": ("people_committee", "unknown", "council", False),
    "UBND": ("people_committee", "unknown", "council", False),
    "Hội đồng nhân dân": ("people_council", "unknown", "council", False),
    "HĐND": ("people_council", "unknown", "council", False),
    "Ủy ban Mặt trận Tổ quốc": ("front", "unknown", "council", True),
    "Ủy ban MTTQ": ("front", "unknown", "council", True),
    "Ủy ban MTTQ Việt Nam": ("front", "unknown", "council", True),
    "Ủy ban Mặt trận Tổ quốc Việt Nam": ("front", "unknown", "council", True),
    "UBMTTQ": ("front", "unknown", "council", True),
    "UBMTTQ Việt Nam": ("front", "unknown", "council", True),
    "MTTQ": ("front", "unknown", "council", False),
    "Mặt trận Tổ quốc": ("front", "unknown", "council", True),
    "Đoàn đại biểu Quốc hội": ("people_council", "province", "council", True),
    "Đoàn ĐBQH": ("people_council", "province", "council", True),
    "Liên đoàn Lao động": ("mass_organisation", "unknown", "council", False),
    "LĐLĐ": ("mass_organisation", "unknown", "council", False),
    "Hội Liên hiệp Phụ nữ": ("mass_organisation", "unknown", "council", False),
    "Hội LHPN": ("mass_organisation", "unknown", "council", False),
    "Hội Nông dân": ("mass_organisation", "unknown", "council", True),
    "Hội Cựu chiến binh": ("mass_organisation", "unknown", "council", True),
    "Hội CCB": ("mass_organisation", "unknown", "council", False),
    "Đoàn Thanh niên": ("mass_organisation", "unknown", "council", False),
    "Trung tâm Chính trị": ("party_board", "unknown", "council", False),
    "Trường Chính trị": ("party_board", "unknown", "council", False),
    "Ban Chỉ huy Quân sự": ("state_agency", "unknown", "council", False),
    "Bộ Chỉ huy Quân sự": ("state_agency", "province", "council", False),
    "Công an": ("state_agency", "unknown", "police", False),
    "Tòa án nhân dân": ("state_agency", "unknown", "police", False),
    "TAND": ("state_agency", "unknown", "police", False),
    "Viện Kiểm sát nhân dân": ("state_agency", "unknown", "police", False),
    "VKSND": ("state_agency", "unknown", "police", False),
    "Viện KSND": ("state_agency", "unknown", "police", False),
    "Kho bạc Nhà nước": ("state_agency", "unknown", "police", True),
    "Bảo hiểm xã hội": ("state_agency", "unknown", "police", False),
    "Chi cục Thuế": ("state_agency", "district", "police", True),
    "Cục Thuế": ("state_agency", "province", "police", True),
    "Cục Hải quan": ("state_agency", "province", "police", True),
    "Thanh tra": ("state_agency", "unknown", "agency", False),
    "Sở": ("state_agency", "province", "agency", False),
    "Bộ": ("state_agency", "central", "agency", False),
    "Phòng": ("state_agency", "district", "agency", False),
    "Cục": ("state_agency", "unknown", "agency", False),
    "Tổng cục": ("state_agency", "central", "agency", False),
    "Chi cục": ("state_agency", "unknown", "agency", False),
    "Vụ": ("party_board", "central", "agency", False),
    "Hội Chữ thập đỏ": ("mass_organisation", "unknown", "council", True),
    "Hội Người cao tuổi": ("mass_organisation", "unknown", "council", True),
    "Hội Khuyến học": ("mass_organisation", "unknown", "council", True),
    "Hội Luật gia": ("mass_organisation", "unknown", "council", True),
    "Hội Nhà báo": ("mass_organisation", "unknown", "council", True),
    "Hội Doanh nhân trẻ": ("mass_organisation", "unknown", "council", True),
    "Hội đồng quản trị": ("other", "unknown", "team", True),
    "HĐQT": ("other", "unknown", "team", True),
    "Hội đồng thành viên": ("other", "unknown", "team", True),
    "Cơ quan Cảnh sát điều tra": ("state_agency", "unknown", "police", True),
    "Cơ quan CSĐT": ("state_agency", "unknown", "police", True),
    "Cơ quan điều tra": ("state_agency", "unknown", "police", False),
    "Ban soạn thảo": ("steering_committee", "unknown", "team", False),
    "Báo": ("other", "unknown", "named", False),
    "Tạp chí": ("other", "unknown", "named", False),
    "Đài Phát thanh và Truyền hình": ("other", "unknown", "council", False),
    "Đài": ("other", "unknown", "named", False),
    "Công ty": ("other", "unknown", "named", False),
    "Tổng Công ty": ("other", "unknown", "named", False),
    "Tập đoàn": ("other", "unknown", "named", False),
    "Ngân hàng": ("other", "unknown", "named", False),
    "Bệnh viện": ("other", "unknown", "named", False),
    "Trường": ("other", "unknown", "named", False),
    "Học viện": ("other", "unknown", "named", False),
    "Viện": ("other", "unknown", "named", False),
    "Trung tâm": ("other", "unknown", "named", False),
    "Đại sứ quán": ("state_agency", "central", "named", True),
    "Sư đoàn": ("state_agency", "unknown", "named", False),
    "Quân khu": ("state_agency", "unknown", "named", False),
    "Bộ Tư lệnh": ("state_agency", "unknown", "named", False),
    "Ban Chỉ đạo": ("steering_committee", "unknown", "team", True),
    "BCĐ": ("steering_committee", "unknown", "team", False),
    "Tiểu ban": ("steering_committee", "unknown", "team", False),
    "Đoàn kiểm tra": ("other", "unknown", "team", True),
    "Đoàn giám sát": ("other", "unknown", "team", True),
    "Đoàn công tác": ("other", "unknown", "team", True),
    "Tổ công tác": ("other", "unknown", "team", True),
    "Hội đồng": ("other", "unknown", "team", False),
}

#: Level words (admin units) → level. ``TP``/``Q.``/``H.`` … are in ``PLACE_ABBREVIATIONS``.
LEVEL_WORDS: dict[str, str] = {
    "tỉnh": "province",
    "thành phố": "province",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "đặc khu": "commune",
}
#: Below-base communities (``Chi bộ thôn Phú Vinh Trung``): a name must follow.
COMMUNITY_WORDS: tuple[str, ...] = (
    "thôn", "bản", "ấp", "buôn", "làng", "sóc", "tổ dân phố", "khu phố", "khối phố", "khu dân cư", "khu", "tổ",
)
#: Abbreviated level words as written before a place (normalised, lower case) → canonical.
PLACE_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "tp": ("thành phố", "province"),
    "tp.": ("thành phố", "province"),
    "q.": ("quận", "district"),
    "h.": ("huyện", "district"),
    "tx.": ("thị xã", "district"),
    "tx": ("thị xã", "district"),
    "tt.": ("thị trấn", "commune"),
    "p.": ("phường", "commune"),
}
#: ``Trung ương`` and its abbreviations (complement of a central body).
CENTRAL_WORDS: dict[str, str] = {
    "trung ương": "Trung ương",
    "tw": "Trung ương",
    "tư": "Trung ương",
    "t.ư": "Trung ương",
    "t.w": "Trung ương",
}
#: Words that may form the name of a bloc after ``Khối`` (``Khối các cơ quan tỉnh``).
BLOC_WORDS: tuple[str, ...] = (
    "các", "cơ quan", "doanh nghiệp", "công nghiệp", "dân chính đảng", "dân chính", "đảng", "cơ sở", "trường",
    "đại học", "cao đẳng", "và", "đoàn thể", "chính quyền", "kinh tế", "ngân hàng", "tài chính", "trung ương",
    "tư", "tw",
)

#: Field names of ministries, departments, offices (after ``Bộ``/``Sở``/``Phòng``/``Cục`` …).
#: Matched with the connectors ``và``, ``-``, ``,``, ``&`` optional.
FIELDS: tuple[str, ...] = (
    "Nội vụ", "Tài chính", "Tư pháp", "Y tế", "Công an", "Quốc phòng", "Ngoại giao", "Công Thương", "Xây dựng",
    "Giao thông vận tải", "Giao thông - Vận tải", "Kế hoạch và Đầu tư", "Tài nguyên và Môi trường",
    "Tài nguyên - Môi trường", "Lao động - Thương binh và Xã hội", "LĐ-TB&XH", "LĐTB&XH", "Giáo dục và Đào tạo",
    "GD&ĐT", "Nông nghiệp và Phát triển nông thôn", "NN&PTNT", "Văn hóa, Thể thao và Du lịch", "VH-TT&DL",
    "Khoa học và Công nghệ", "KH&CN", "Thông tin và Truyền thông", "TT&TT", "Nông nghiệp và Môi trường",
    "Dân tộc và Tôn giáo", "Văn hóa - Thông tin", "Văn hóa và Thông tin", "Tài chính - Kế hoạch",
    "Tài chính - Kế toán", "Tài chính kế toán", "Kinh tế", "Kinh tế - Hạ tầng", "Kinh tế và Hạ tầng",
    "Quản lý đô thị", "Tổ chức cán bộ", "Tổ chức - Cán bộ", "Tổ chức", "Hải quan", "Thuế", "Thống kê",
    "Kho bạc", "Chính trị", "Kinh doanh vốn", "Địa phương", "Chính sách cán bộ", "Cảnh sát", "Thanh tra",
    "Dân tộc", "Lao động", "Văn hóa", "Giáo dục", "Du lịch", "Tôn giáo", "Ngoại vụ", "Tài nguyên",
    "Kiểm lâm", "Quản lý thị trường", "Dân số", "Thi đua - Khen thưởng", "Cán bộ",
)

#: Abbreviations in running text → expansion used in ``canonical`` (normalised, lower-case keys).
ABBREVIATIONS: dict[str, str] = {
    "ubnd": "Ủy ban nhân dân",
    "hđnd": "Hội đồng nhân dân",
    "btv": "Ban Thường vụ",
    "bch": "Ban Chấp hành",
    "ubkt": "Ủy ban Kiểm tra",
    "ub": "Ủy ban",
    "mttq": "Mặt trận Tổ quốc",
    "ubmttq": "Ủy ban Mặt trận Tổ quốc",
    "tw": "Trung ương",
    "tư": "Trung ương",
    "t.ư": "Trung ương",
    "t.w": "Trung ương",
    "bct": "Bộ Chính trị",
    "bbt": "Ban Bí thư",
    "qh": "Quốc hội",
    "ubtvqh": "Ủy ban Thường vụ Quốc hội",
    "đbqh": "đại biểu Quốc hội",
    "bcđ": "Ban Chỉ đạo",
    "bcsđ": "Ban cán sự đảng",
    "đuk": "Đảng ủy Khối",
    "lđlđ": "Liên đoàn Lao động",
    "lhpn": "Liên hiệp Phụ nữ",
    "ccb": "Cựu chiến binh",
    "tand": "Tòa án nhân dân",
    "vksnd": "Viện Kiểm sát nhân dân",
    "ttxvn": "Thông tấn xã Việt Nam",
    "tphcm": "thành phố Hồ Chí Minh",
    "tp.hcm": "thành phố Hồ Chí Minh",
    "hcm": "Hồ Chí Minh",
    "vn": "Việt Nam",
    "lđ-tb&xh": "Lao động - Thương binh và Xã hội",
    "lđtb&xh": "Lao động - Thương binh và Xã hội",
    "gd&đt": "Giáo dục và Đào tạo",
    "nn&ptnt": "Nông nghiệp và Phát triển nông thôn",
    "kh&cn": "Khoa học và Công nghệ",
    "tt&tt": "Thông tin và Truyền thông",
    "vh-tt&dl": "Văn hóa, Thể thao và Du lịch",
}

#: Provinces and centrally-run cities (before and after 2025), for place names and levels.
PROVINCES: tuple[str, ...] = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
    "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
    "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
    "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
    "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Thừa Thiên - Huế", "Huế",
    "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Hồ Chí Minh",
)
#: Centrally-run cities: their ``Thành ủy`` is a provincial committee.
CENTRAL_CITIES: tuple[str, ...] = ("Hà Nội", "Hồ Chí Minh", "HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế")

#: Words before a head that make it a class, not a specific body (``các chi bộ``).
PLURAL_BEFORE: tuple[str, ...] = (
    "các", "những", "mọi", "từng", "mỗi", "nhiều", "một số", "số", "toàn bộ", "hầu hết", "đa số", "phần lớn",
    "mấy", "vài", "một", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười", "các cấp", "cấp",
    "những cấp", "ít", "cả",
)
#: Words after a head (or a head + level word) that make it a class (``HĐND các cấp``, ``UBND cấp tỉnh``).
GENERIC_AFTER: tuple[str, ...] = (
    "các", "cấp", "cơ sở", "trực thuộc", "những", "nơi", "địa phương", "mỗi", "từng",
)
#: Title words before a lower-case head that make it specific (``Trưởng ban Tổ chức Trung ương``).
TITLE_BEFORE_HEAD: tuple[str, ...] = (
    "trưởng", "phó", "phó trưởng", "bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch", "ủy viên", "chủ nhiệm",
    "phó chủ nhiệm", "chánh", "phó chánh", "giám đốc", "phó giám đốc", "thường trực", "vụ trưởng", "cục trưởng",
    "chánh văn phòng", "trưởng đoàn", "thành viên", "đảng viên",
)
#: Abbreviations that are not organisation names (``Đảng bộ TSVM`` = a clean and strong party organisation).
NOT_ORG_ABBREVIATIONS: tuple[str, ...] = (
    "TSVM", "NTM", "KT-XH", "KTXH", "QP-AN", "QPAN", "ANTT", "CBĐV", "ĐV", "LLCT", "BVCTNB", "TCCSĐ", "CT-XH",
    "HTXSNV", "HTTNV", "HTNV", "KHTNV", "CNH", "HĐH", "XHCN", "TTATXH", "ATGT",
)
#: Newspapers and sites written without a head noun; matched only with their capitals as here.
MEDIA: tuple[str, ...] = (
    "Tuổi Trẻ", "Tuổi Trẻ Online", "VnExpress", "VietNamNet", "Vietnamnet", "Vietnamplus", "VietnamPlus", "Znews",
)
#: Connectors inside field names (``Kế hoạch và Đầu tư``, ``Tài nguyên - môi trường``).
CONNECTORS: tuple[str, ...] = ("và", "-", "–", ",", "&")
#: Words joining coordinated bodies (``Đảng ủy, HĐND, UBND xã``, ``Đảng ủy-UBND phường``).
COORDINATORS: tuple[str, ...] = (",", "và", "-", "–", "/", "hoặc")
#: Capitalised words that end a place name (``Tỉnh ủy Bình Định Ngày 25/5``).
PLACE_STOP: tuple[str, ...] = (
    "ngày", "tháng", "sáng", "chiều", "tối", "hôm", "theo", "tại", "trong", "với", "về", "sau", "khi", "ông",
    "bà", "anh", "chị", "các", "những", "đây", "đó", "này", "nhưng", "và", "còn", "nhiệm", "khóa",
)
#: Function words that end a lower-case stretch inside a unit name (``Công ty Dịch vụ công ích …``).
NAME_STRETCH_STOP: tuple[str, ...] = (
    "đã", "được", "là", "có", "tại", "của", "và", "với", "cho", "đưa", "bị", "sẽ", "đang", "về", "trong", "theo",
    "do", "từ", "đến", "làm", "thì", "mà", "này", "đó", "nhưng", "các", "những", "ở", "vào", "ra", "không",
)
#: Company types written between ``Công ty`` and its name.
COMPANY_WORDS: tuple[str, ...] = ("cổ phần", "TNHH", "MTV", "trách nhiệm hữu hạn", "một thành viên", "CP")
#: Heads of companies (a short name in brackets after them is an abbreviation: ``(Vinachem)``).
COMPANY_HEADS: tuple[str, ...] = ("Công ty", "Tổng Công ty", "Tập đoàn", "Ngân hàng")
#: Specific teams that count even in lower case (``đoàn kiểm tra``, ``tổ công tác``).
TEAMS: tuple[str, ...] = ("Đoàn kiểm tra", "Đoàn giám sát", "Đoàn công tác", "Tổ công tác")
#: Heads that, capitalised and alone, point back to a body named earlier (``Đoàn sẽ báo cáo``).
BACK_REFERENCE_HEADS: tuple[str, ...] = (
    "Đoàn", "Ban", "Cục", "Sở", "Bộ", "Tổng cục", "Chi cục", "Công ty", "Tập đoàn", "Ủy ban", "Tổng Công ty",
)
#: Words that may follow such a bare back-reference (``Đoàn sẽ kiểm tra``, ``Cục còn quên``).
BACK_REFERENCE_NEXT: tuple[str, ...] = (
    "đã", "sẽ", "đang", "cũng", "còn", "chỉ", "có", "không", "chưa", "được", "bị", "và", "với", "của", "là",
    "gặp", "yêu", "đề", "cho", "tại", "trong", "về", "thì", "mới", "vẫn", "luôn", "nên", "phải", "cần", "này",
    "đó", "trên", "hoặc", "tiếp", "đều", "vừa", "từng", "trình", "báo", "kiến", "nhận", "thống",
)
#: Title words before a bare ``Ban`` that make it a title (``Phó Ban``), not a back-reference.
TITLE_BEFORE_BARE_BAN: tuple[str, ...] = ("phó", "trưởng")

# ---------------------------------------------------------------------------------------------
# Words and head groups the grammar (``components/org/``) tests for.

#: Hồ Chí Minh City written as one word: a level word and its place at once (normalised).
CITY_IN_ONE_WORD: tuple[str, ...] = ("tphcm", "tp.hcm")
#: Besides titles and ranks, words that never start a place name (they start a person's name).
NOT_PLACE_START: tuple[str, ...] = ("Đồng chí", "Ông", "Anh", "Chị", "đ/c")
#: Roman numerals naming a department after its head (``Vụ IV``), normalised.
ROMAN_NUMERALS: tuple[str, ...] = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
#: Words before a number that make it an ordinal or a date, not a count of bodies (``khóa 12``).
NOT_COUNT_BEFORE_NUMBER: tuple[str, ...] = ("thứ", "số", "khóa", "lần", "kỳ", "năm", "ngày")
#: Words joining level words into a class of bodies (``UBND xã, phường, thị trấn``).
LEVEL_LIST_JOINERS: tuple[str, ...] = (",", "và", "hoặc", "/")
#: Words after a list of bare heads that make the whole list a class
#: (``Đảng ủy, HĐND, UBND và các đoàn thể cấp xã``).
CLASS_AFTER_LIST: tuple[str, ...] = ("các", "những")
#: Standing bodies that are a title word right after another title (``Phó Bí thư Thường trực``).
STANDING_HEADS: tuple[str, ...] = ("Thường trực", "Thường vụ")
#: Agency heads that never stand bare for a body named before.
NOT_BARE_AGENCIES: tuple[str, ...] = ("Vụ", "Phòng")
#: Company heads: bare in lower case still a back-reference (``Đảng ủy công ty``); their name may
#: hold a short lower-case stretch (``Công ty Dịch vụ công ích Q. 8``).
COMPANY_NAME_HEADS: tuple[str, ...] = ("Công ty", "Tổng Công ty", "Tập đoàn")
#: Agency heads that take a number after their field.
NUMBERED_AGENCIES: tuple[str, ...] = ("Vụ", "Cục", "Phòng")
#: Named heads whose name may be a number (``Sư đoàn 316``).
NUMBERED_NAMED_HEADS: tuple[str, ...] = ("Sư đoàn", "Quân khu", "Trường", "Công ty")
#: Sub-units that take the type of their parent (``Văn phòng UBND``, ``Thường trực HĐND``).
SUB_UNIT_HEADS: tuple[str, ...] = ("Văn phòng", "Thường trực", "Thanh tra")
#: Party organisations: bare and lower case, not specific even after a title.
PARTY_ORGANISATION_HEADS: tuple[str, ...] = ("Chi bộ", "Đảng bộ")
