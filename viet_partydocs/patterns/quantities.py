"""Quantities (DOMAIN.md §4, guide §2 QUANTITY, §5): hedges, units, outcome verbs. Data only.

Every entry is normalised and lower-cased (the form of ``token.norm_``); multi-word entries are
written with single spaces and matched over one or more tokens.
"""

from __future__ import annotations

from .officials import MIDDLE_NAMES, MINORITY_SURNAMES, SURNAMES, TITLES

__all__ = [
    "HEDGES",
    "TRAILING_HEDGES",
    "RANGE_WORDS",
    "CURRENCIES",
    "MEASURE_UNITS",
    "GLUED_UNITS",
    "UNIT_NOUNS",
    "COORDINATED_UNITS",
    "UNIT_MODIFIERS",
    "CAPITALISED_UNIT_WORDS",
    "STOP_WORDS",
    "TIME_UNITS",
    "BEFORE_NOT_QUANTITY",
    "DATE_CUES",
    "VAGUE_BEFORE",
    "SLOGAN_AFTER",
    "WORD_NUMBER_AFTER_STOP",
    "CHANGES",
    "PREDICATES",
    "ORG_HEADS",
    "UNIT_PHRASES",
    "NOUN_PREFIXES",
    "AFTER_CAC",
    "BACK_REFERENCES",
    "ABBREVIATIONS_BEFORE",
    "PLACE_CLASSIFIERS",
    "ORG_NAME_WORDS",
    "COUNTER_LABELS",
    "COUNTER_WORDS",
    "RATING_LABELS",
    "ITEM_REFERENCES_AFTER",
    "ITEM_CUES_BEFORE",
    "DATE_WORDS",
    "NOUN_ADJECTIVES",
    "COUNTED_TITLES",
    "TITLE_PLACE_WORDS",
    "NAME_SURNAMES",
    "NAME_MIDDLES",
    "MOT_COUNT_AFTER",
    "MOT_GENERIC_BEFORE",
    "MOT_SELECTION_BEFORE",
]

#: Hedge words kept inside the span, before the number → qualifier (guide §2, §5).
HEDGES: dict[str, str] = {
    "gần": "approx",
    "gần như": "approx",
    "khoảng": "approx",
    "khoảng chừng": "approx",
    "chừng": "approx",
    "xấp xỉ": "approx",
    "ước": "approx",
    "ước đạt": "approx",
    "ước tính": "approx",
    "ước thực hiện": "approx",
    "ước khoảng": "approx",
    "trên dưới": "approx",
    "trên": "over",
    "hơn": "over",
    "vượt quá": "over",
    "tối thiểu": "over",
    "ít nhất": "over",
    "ít nhất là": "over",
    "không dưới": "over",
    "không ít hơn": "over",
    "≥": "over",
    ">": "over",
    "dưới": "under",
    "không quá": "under",
    "tối đa": "under",
    "tối đa không quá": "under",
    "chưa đến": "under",
    "chưa tới": "under",
    "chưa đầy": "under",
    "không đến": "under",
    "≤": "under",
    "<": "under",
}
#: Hedges after the number or unit, kept inside the span (``từ 10% trở lên``).
TRAILING_HEDGES: dict[str, str] = {"trở lên": "over", "trở xuống": "under"}
#: Words joining the two ends of a range inside one span (``từ 13 đến 15 người``).
RANGE_WORDS: frozenset[str] = frozenset({"đến", "tới", "-", "–"})

#: Currency words: a number with one of these is money.
CURRENCIES: frozenset[str] = frozenset(
    {"đồng", "đ", "vnđ", "vnd", "usd", "đô la", "đô", "euro", "nhân dân tệ", "yên", "triệu đồng", "tỷ đồng", "tỉ đồng"}
)
#: Units of measure (a number with one is a count of that measure).
#: Square and cubic units are single tokens (``m2``, ``km²``: text/protect.py); what they measure
#: may follow them inside the span (``320.000 m2 đất``).
_AREA_VOLUME = {f"{p}m{d}" for p in ("", "k", "c", "d", "h", "m") for d in "23²³"}
MEASURE_UNITS: frozenset[str] = frozenset(
    {"ha", "héc-ta", "hecta", "m", "km", "kg", "tấn", "tạ", "lít", "mét", "cây số", "kw", "mw", "kwh",
     "mét vuông", "mét khối", "ki-lô-mét vuông", "km vuông", *_AREA_VOLUME}
)
#: Units that may be glued to the number (``1038,5ha``, ``320.000m2``).
GLUED_UNITS: frozenset[str] = frozenset({"ha", "m", "km", "kg", "ha.", "tr", "đ", "usd", *_AREA_VOLUME})

#: Counted nouns (DOMAIN.md §4.2 and the genre). A number written in words needs one of these
#: after it; with digits any noun phrase is accepted.
UNIT_NOUNS: frozenset[str] = frozenset(
    {
        # party organisations and bodies
        "tổ chức", "tổ chức đảng", "tổ chức cơ sở đảng", "tổ chức cơ sở", "tccsđ", "đảng bộ", "đảng bộ cơ sở",
        "đảng bộ bộ phận", "chi bộ", "chi bộ cơ sở", "chi", "cấp ủy", "đảng ủy", "chi ủy", "tổ đảng", "ban", "tiểu ban",
        "đoàn", "tổ", "tổ công tác", "đoàn kiểm tra", "đoàn giám sát", "ủy ban", "hội đồng", "đơn vị", "cơ quan",
        "sở", "ngành", "bộ", "ban ngành", "doanh nghiệp", "tập đoàn", "công ty", "trường", "trường học", "bệnh viện",
        # people
        "đảng viên", "đảng viên mới", "quần chúng", "quần chúng ưu tú", "cán bộ", "công chức", "viên chức", "người",
        "đồng chí", "học viên", "thành viên", "hội viên", "đoàn viên", "cử tri", "hộ", "hộ nghèo", "hộ gia đình",
        "gia đình", "cá nhân", "tập thể", "trường hợp", "ủy viên", "đại biểu", "bí thư", "phó bí thư", "chủ tịch",
        "phó chủ tịch", "giám đốc", "phó giám đốc", "trưởng", "phó", "bộ trưởng", "thứ trưởng", "ủy viên trung ương",
        "thành ủy viên", "tỉnh ủy viên", "huyện ủy viên", "trưởng ban", "phó trưởng ban", "thường trực", "trưởng thôn",
        "em", "học sinh", "sinh viên",
        "công nhân", "lao động", "nữ", "nhân sự", "lãnh đạo", "chiến sĩ", "chiến sỹ", "nhân viên", "giáo viên",
        "bác sĩ", "thí sinh", "dân", "nhân khẩu", "liệt sĩ", "người dân", "đối tượng", "lượt", "lượt người",
        # territory
        "xã", "phường", "thị trấn", "thôn", "bản", "ấp", "tổ dân phố", "khu phố", "huyện", "quận", "thị xã", "tỉnh",
        "thành phố", "địa phương", "vùng", "miền", "khu", "làng", "xóm", "điểm", "địa bàn", "thôn, bản",
        # activities and events
        "lớp", "buổi", "cuộc", "kỳ họp", "hội nghị", "hội thảo", "đợt", "phiên", "vòng", "lần", "vụ", "vụ việc",
        "vụ án", "chuyến", "cuộc kiểm tra", "cuộc giám sát",
        # documents, targets, tasks
        "đề án", "nghị quyết", "kế hoạch", "chỉ thị", "quy định", "kết luận", "chương trình", "quyết định",
        "văn bản", "báo cáo", "hướng dẫn", "chỉ tiêu", "nhóm", "mô hình", "nhiệm vụ", "giải pháp", "nội dung",
        "bước", "khâu", "tiêu chí", "tiêu chuẩn", "vấn đề", "lĩnh vực", "hình thức", "yếu tố", "khuyết điểm",
        "ưu điểm", "hạn chế", "trạng thái", "mặt", "mặt trận", "đột phá", "công trình", "dự án", "hồ sơ",
        "đơn", "đơn thư", "ý kiến", "kiến nghị", "câu hỏi", "chức danh", "chính sách", "hiệp định", "nghị định",
        "thông tư", "luật", "chuyên đề", "phong trào", "ấn tượng", "biểu hiện", "nguyên nhân", "bài học",
        "sản phẩm", "căn hộ", "ngôi nhà", "nhà", "xe", "ô tô", "ôtô", "máy", "bộ phận", "phần", "loại",
    }
)
#: Nouns that may follow a comma inside one counted phrase (``18/18 xã, thị trấn``, ``30 tập thể, cá nhân``).
COORDINATED_UNITS: frozenset[str] = frozenset(
    {
        "thị trấn", "phường", "xã", "thôn", "bản", "tổ dân phố", "khu phố", "đảng bộ", "đảng bộ cơ sở", "chi bộ",
        "cá nhân", "đảng viên", "cán bộ", "công chức", "viên chức", "tổ chức đảng", "đơn vị", "ngành", "thành phố",
        "thành ủy", "đảng ủy", "cấp ủy", "giải pháp", "hội thảo", "công tác", "doanh nghiệp", "quận", "huyện",
        "thị xã", "tổ phó", "đoàn thể", "người lao động", "hộ", "địa phương", "cơ sở", "lượt", "tổ chức",
    }
)
#: Fixed phrases of the genre taken whole as (part of) a counted phrase, even when they contain a
#: word of :data:`STOP_WORDS` (``938 người hoạt động không chuyên trách``, ``5 đoàn kiểm tra``).
UNIT_PHRASES: frozenset[str] = frozenset(
    {
        "người hoạt động không chuyên trách", "hoạt động không chuyên trách", "không chuyên trách", "cán bộ không chuyên trách",
        "đảng viên chính thức", "đảng viên dự bị", "quần chúng ưu tú", "tổ chức cơ sở đảng", "chi bộ trực thuộc",
        "cấp trên cơ sở", "đảng bộ cấp trên cơ sở", "đảng ủy cấp trên cơ sở",
        "đảng bộ bộ phận", "đoàn kiểm tra", "đoàn giám sát", "tổ kiểm tra", "cuộc kiểm tra", "cuộc giám sát",
        "hình thức kỷ luật", "số phiếu bầu", "số phiếu", "lớp bồi dưỡng", "buổi sinh hoạt chi bộ", "buổi sinh hoạt",
        "sinh hoạt chi bộ", "chỉ tiêu biên chế", "chỉ tiêu kế hoạch", "vốn đầu tư", "dự án đầu tư", "hộ nghèo",
        "hộ cận nghèo", "người có công", "cán bộ chủ chốt", "cán bộ lãnh đạo", "cán bộ lãnh đạo, quản lý",
        "kiểm tra viên", "báo cáo viên", "tuyên truyền viên", "cộng tác viên", "lượt người tham gia",
    }
)
#: Nouns whose next word always belongs to the phrase (``50% số phiếu``, ``4,5% mức lương cơ sở``).
NOUN_PREFIXES: frozenset[str] = frozenset({"mức", "vốn", "số", "kinh phí", "tiền", "chi phí", "nguồn", "quỹ"})
#: Nouns that may follow ``các`` inside a counted phrase (``100% đảng ủy các xã, thị trấn``).
AFTER_CAC: frozenset[str] = frozenset({"xã", "phường", "thị trấn", "huyện", "tỉnh", "thôn", "bản", "quận", "thị xã"})
#: Words after a counted phrase that point back to things already named (``hai vụ án nêu trên``).
BACK_REFERENCES: frozenset[str] = frozenset({"trên", "nêu trên", "nói trên", "trên đây", "này", "ấy", "đó", "kể trên"})
#: Abbreviations written with a dot before a number that make it an address or a page (``Q. 8``, ``tr. 52``).
ABBREVIATIONS_BEFORE: frozenset[str] = frozenset({"q", "p", "tr", "tp", "f", "k", "kp", "s", "no"})

#: Nouns that introduce a place name (``đường Phong Châu``): inside a counted phrase, one followed
#: by a capitalised name starts that name and ends the phrase.
PLACE_CLASSIFIERS: frozenset[str] = frozenset(
    {"đường", "phố", "xã", "phường", "huyện", "tỉnh", "thôn", "bản", "ấp", "quận", "thị trấn", "thành phố", "thị xã",
     "sông", "khu", "tổ dân phố", "làng", "xóm", "cầu", "chợ", "núi", "đảo", "vùng", "miền", "nước", "quốc gia"}
)

#: Lower-case words that continue a counted phrase even though they look like function words.
UNIT_MODIFIERS: frozenset[str] = frozenset(
    {"trực thuộc", "chính thức", "dự bị", "cơ sở", "các", "cấp", "trẻ", "nữ"}
)
#: Capitalised words allowed inside a counted phrase (not the start of a name).
CAPITALISED_UNIT_WORDS: frozenset[str] = frozenset(
    {"đảng", "trung ương", "nhà nước", "tw", "tư", "bhxh", "bhyt", "tsdđ", "dnnn", "cbđv", "đv", "tccsđ", "usd"}
)

#: Words that end a counted phrase: verbs, prepositions, relative words, conjunctions, adverbs.
STOP_WORDS: frozenset[str] = frozenset(
    {
        # prepositions and relations
        "của", "trong", "tại", "ở", "về", "so", "so với", "với", "cho", "từ", "đến", "tới", "lên", "xuống", "vào",
        "ra", "theo", "bằng", "do", "bởi", "vì", "để", "nhằm", "như", "đối với", "trên", "dưới", "sau", "trước",
        "giữa", "ngoài", "qua", "thuộc", "trên địa bàn", "tương ứng", "gồm", "gồm có", "bao gồm", "kể cả", "trừ",
        "thay", "thay cho", "cùng", "cùng với", "khỏi", "mỗi", "mọi", "từng", "tính", "tính đến", "đạt", "chiếm",
        "bằng", "x", "×", "trong đó", "tổng", "tổng số", "số", "thêm", "khác", "nói trên", "trên đây", "này", "đó",
        "ấy", "kia", "nào", "nay", "nữa", "thôi", "thôi thì",
        # relative words, auxiliaries, adverbs
        "là", "được", "bị", "đã", "đang", "sẽ", "có", "không", "chưa", "cũng", "đều", "vẫn", "còn", "rồi", "thì",
        "mà", "nên", "phải", "cần", "nhưng", "và", "hoặc", "hay", "khi", "nếu", "tuy", "dù", "song", "đồng thời",
        "lại", "chỉ", "chính", "luôn", "thường", "từng", "hầu hết", "đa số", "riêng", "ngay", "vừa", "mới đây",
        "liên tiếp", "liên tục", "trở đi", "trở", "trở lên", "trở xuống", "hiện", "hiện nay", "hiện có", "tiếp tục", "cơ bản",
        # verbs common after a counted phrase
        "vi phạm", "đi", "làm", "xây dựng", "trình", "kiểm tra", "giám sát", "xếp loại", "hoàn thành", "thi", "ký",
        "nói", "nhất trí", "thi hành", "liên quan", "bỏ", "xin", "khiến", "đủ", "yêu cầu", "áp dụng", "thực hiện",
        "chênh lệch", "tham gia", "tham dự", "dự", "có giá", "nhận", "hưởng", "bầu", "giữ", "đảm nhiệm", "đảm bảo",
        "bảo đảm", "phát hiện", "xử lý", "đề nghị", "kiến nghị", "sống", "làm việc", "học", "tốt nghiệp", "đỗ",
        "thi đỗ", "trúng", "đưa", "giao", "tăng", "giảm", "vượt", "đăng ký", "ứng cử", "trúng cử", "tái cử",
        "đạt chuẩn", "về đích", "công bố", "chấp hành", "triển khai", "ban hành", "thành lập", "giải thể",
        "sáp nhập", "kết nạp", "kỷ luật", "khiển trách", "cảnh cáo", "cách chức", "khai trừ", "xóa tên", "nhắc nhở",
        "phê bình", "bồi dưỡng", "đào tạo", "quy hoạch", "bổ nhiệm", "luân chuyển", "điều động", "tuyển dụng",
        "tiếp nhận", "học tập", "quán triệt", "nghỉ", "nghỉ hưu", "mắc", "gây", "gặp", "mất", "chết", "bị thương",
        "nhập viện", "tử vong", "đạt được", "đề ra", "nêu", "chỉ ra", "góp phần", "tạo", "xét", "xem xét", "tặng",
        "khen thưởng", "biểu dương", "nộp", "thu", "chi", "trả", "vay", "mua", "bán", "đầu tư", "hỗ trợ", "trao",
        "sử dụng", "quản lý", "đánh giá", "rà soát", "tự", "tự nguyện", "cam kết", "đứng", "lập", "mở", "ở lại",
        "được giao", "có mặt", "vắng mặt", "đồng ý", "tán thành", "biểu quyết", "ủng hộ", "phản đối", "cho biết",
        "cho rằng", "đi học", "trở thành", "đi công tác", "đi du lịch", "bỏ sinh hoạt", "xếp", "trình độ", "hoạt động",
        "diện", "việc", "sinh hoạt", "chống", "phòng", "phòng chống", "ông", "bà", "nêu trên", "nói trên", "kể trên", "trên đây",
    }
)

#: Words after a number that make it a duration, an age or a time, not a QUANTITY.
TIME_UNITS: frozenset[str] = frozenset(
    {"năm", "tháng", "ngày", "tuần", "quý", "giờ", "tiếng", "phút", "giây", "tuổi", "thế kỷ", "thập kỷ",
     "thập niên", "nhiệm kỳ", "ngày làm việc", "độ tuổi", "h", "năm học", "kỳ"}
)
#: Words right before a number that make it an identifier, an ordinal or a date part.
BEFORE_NOT_QUANTITY: frozenset[str] = frozenset(
    {
        "ngày", "tháng", "năm", "quý", "điều", "khoản", "điểm", "mục", "tiểu mục", "chương", "phần", "phụ lục",
        "tr", "tr.", "trang", "thứ", "lần thứ", "khóa", "kỳ", "kỳ họp", "phiên", "phiên họp", "trung ương", "tw", "tư",
        "quận", "q", "phường", "p", "ấp", "khu phố", "tổ", "thôn", "xóm", "khu", "đường", "phố", "ngõ", "hẻm",
        "kiệt", "lô", "vtv", "lớp", "hạng", "mã", "giai đoạn", "nhiệm kỳ", "hội nghị", "đại hội", "cấp độ", "số hiệu",
        "biển số", "hotline", "điện thoại", "đt", "fax", "tel", "sđt", "mẫu", "bảng", "hình", "chỉ thị", "nghị quyết",
        "quyết định", "quy định", "kết luận", "khối", "đợt", "bản", "đội", "sư đoàn", "trung đoàn", "tiểu đoàn",
        "quân khu", "vùng", "căn", "phòng", "tầng", "km", "quốc lộ", "tỉnh lộ", "cao tốc", "sân", "cổng",
        "giờ", "phút", "h", "ảnh", "tập", "số báo", "kỳ báo", "mùng", "mồng",
    }
)
#: Words before a day/month number that make it a date (``Ngày 6/2``, ``sáng 20/8``).
DATE_CUES: frozenset[str] = frozenset(
    {"ngày", "sáng", "chiều", "trưa", "tối", "đêm", "hôm", "hôm nay", "sáng nay", "chiều nay", "tối nay", "trưa nay",
     "tháng", "từ", "đến", "tới", "trước", "sau", "đầu", "cuối", "giữa", "vào", "hạn", "dịp", "lúc", "nay", "qua"}
)
#: Words before a number word that make it vague (``hàng ngàn đảng viên``, ``vài trăm``).
VAGUE_BEFORE: frozenset[str] = frozenset(
    {"hàng", "vài", "mấy", "dăm", "hàng chục", "hàng trăm", "hàng nghìn", "hàng ngàn", "nhiều"}
)
#: Words after a bare number that mark a slogan (``5 không 3 có``, ``3 chống``, ``4 an``).
SLOGAN_AFTER: frozenset[str] = frozenset(
    {"không", "có", "an", "chống", "xây", "tốt", "sạch", "nhất", "cùng", "đảm bảo", "giảm", "tăng", "đủ"}
)
#: Words after ``một`` etc. that make it an article or a pronoun, not a number.
WORD_NUMBER_AFTER_STOP: frozenset[str] = frozenset(
    {"số", "trong", "cách", "phần", "chút", "lúc", "khi", "thời gian", "mặt", "nữa", "là", "bộ phận", "hai"}
)

#: Change words before the number (outside the span) → ``change``.
CHANGES: dict[str, str] = {
    "tăng": "increase", "tăng thêm": "increase", "tăng lên": "increase", "nâng": "increase", "nâng lên": "increase",
    "giảm": "decrease", "giảm xuống": "decrease", "giảm còn": "decrease", "giảm bớt": "decrease", "cắt giảm": "decrease",
    "tinh giản": "decrease", "xuống còn": "decrease", "vượt": "exceed", "vượt mức": "exceed", "vượt chỉ tiêu": "exceed",
}
#: Governing verbs (outside the span) reported as ``predicate`` (DOMAIN.md §4.3), lemma form.
PREDICATES: frozenset[str] = frozenset(
    {
        "kết nạp", "kiểm tra", "giám sát", "kỷ luật", "thi hành kỷ luật", "xử lý kỷ luật", "khiển trách", "cảnh cáo",
        "cách chức", "khai trừ", "xóa tên", "nhắc nhở", "phê bình", "bồi dưỡng", "đào tạo", "quy hoạch", "bổ nhiệm",
        "luân chuyển", "điều động", "giới thiệu", "đề bạt", "khen thưởng", "biểu dương", "tặng", "ban hành",
        "giải thể", "thành lập", "kiện toàn", "sáp nhập", "tổ chức", "sắp xếp", "mở", "đạt", "chiếm", "gồm", "thu",
        "chi", "tăng", "giảm", "vượt", "xếp loại", "đánh giá", "phát hiện", "xét", "tuyển dụng", "tiếp nhận",
        "học tập", "quán triệt", "thẩm định", "lập", "giao", "hỗ trợ", "trao", "cấp", "tham gia", "dự", "làm việc",
        "xử lý", "bầu", "kiểm điểm", "rà soát", "sàng lọc", "đưa ra khỏi đảng", "giải quyết", "tiếp xúc", "tiếp",
        "thẩm tra", "xác minh", "bố trí", "tuyển", "xét tuyển", "chỉ định", "chuyển", "tinh giản", "cắt giảm",
        "huy động", "giải ngân", "đầu tư", "phạt", "thu hồi", "hoàn thành", "triển khai", "thực hiện", "kỷ luật cảnh cáo",
        "kỷ luật khiển trách", "kết luận", "công nhận", "có",
    }
)
#: Words of a generic body name after a counted body (``10 Ban Thường vụ Tỉnh ủy``); a capitalised
#: word outside this list is a proper name and ends the phrase (``3 Sở`` | ``Nội vụ``).
ORG_NAME_WORDS: frozenset[str] = frozenset(
    {"thường vụ", "ban thường vụ", "chấp hành", "ban chấp hành", "cán sự", "cán sự đảng", "đảng bộ", "đảng ủy", "tỉnh ủy",
     "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "kiểm tra", "tổ chức", "tuyên giáo", "dân vận", "chỉ đạo", "đảng",
     "nhân dân", "thường trực", "trung ương", "tư", "tw"}
)

#: Head words of an organisation name: a counted phrase stops before one that starts a name
#: (``18 ủy viên`` | ``Ban Thường vụ Thành ủy``), even before the organisations component ran.
ORG_HEADS: frozenset[str] = frozenset(
    {
        "ban", "ban thường vụ", "ban chấp hành", "ủy ban", "ubnd", "hđnd", "ubkt", "mttq", "huyện ủy", "tỉnh ủy",
        "thành ủy", "quận ủy", "thị ủy", "đảng ủy", "sở", "bộ", "tổng cục", "cục", "văn phòng", "hội đồng",
        "bộ chính trị", "ban bí thư", "chính phủ", "quốc hội", "mặt trận", "ủy ban nhân dân", "hội đồng nhân dân",
        "công an", "tòa án", "viện kiểm sát", "báo", "đài", "trường", "bệnh viện", "tập đoàn", "công ty", "chi cục",
    }
)

# -- page counters and ratings (guide §2: never QUANTITY) ---------------------------------------------

#: Whole labels of a site's visit counter, before a colon and a bare number, optionally with
#: their own number (``Hôm nay : 41``, ``Tháng 11 : 5.102``, ``Năm 2023 : 98.417``). The label
#: must be the whole run of words since the line start or the counter before it, so a report line
#: (``Số đảng viên kết nạp trong năm: 120``) is not one.
COUNTER_LABELS: frozenset[str] = frozenset(
    {"hôm nay", "hôm qua", "tuần này", "tuần trước", "tuần", "tháng này", "tháng trước", "tháng", "năm nay",
     "năm trước", "năm", "tất cả", "tổng truy cập", "đang truy cập", "đang online", "đang trực tuyến", "online",
     "trực tuyến", "khách", "khách truy cập", "thành viên online"}
)
#: Words that make any label ending with them a counter (``Lượt truy cập: 1.204``, ``Lượt xem: 1.024``).
COUNTER_WORDS: frozenset[str] = frozenset(
    {"truy cập", "lượt truy cập", "số lượt truy cập", "tổng lượt truy cập", "lượt xem", "số lượt xem", "lượt đọc",
     "lượt truy nhập", "lượt thích", "lượt chia sẻ", "lượt bình chọn", "lượt đánh giá"}
)
#: First words of a rating line: every bare number after its colon is a rating
#: (``Điểm bình chọn cho tin này: 0 trong 3 đánh giá``).
RATING_LABELS: frozenset[str] = frozenset(
    {"tổng số điểm", "tổng điểm", "số điểm", "điểm đánh giá", "điểm bình chọn", "đánh giá", "xếp hạng", "bình chọn"}
)

# -- numbers inside names and lists (guide §2: never QUANTITY) ---------------------------------------

#: After a bare number or range with no counted noun: it numbers items of a list already given
#: (``các đơn vị quy định từ 1 đến 6 nêu trên``), not a count.
ITEM_REFERENCES_AFTER: frozenset[str] = frozenset(
    {"nêu trên", "nói trên", "kể trên", "trên đây", "dưới đây", "sau đây", "nêu tại", "nêu ở"}
)
#: Before ``từ X đến Y`` with no counted noun (or ``là`` after it): the range numbers list items
#: (``quy định từ 1 đến 6``, ``từ 7 đến 10 là các trường hợp …``).
ITEM_CUES_BEFORE: frozenset[str] = frozenset(
    {"quy định", "quy định tại", "tại", "nêu tại", "ghi tại", "ghi ở", "theo", "thuộc", "ở", "mục", "số thứ tự", "stt"}
)

# -- the counted noun phrase ------------------------------------------------------------------------

#: Words that start a date or period when a number follows them; inside a counted phrase they end
#: it (``59% kế hoạch`` | ``năm 2018``), while a bare ``kế hoạch năm`` stays whole.
DATE_WORDS: frozenset[str] = frozenset(
    {"năm", "tháng", "quý", "ngày", "tuần", "giai đoạn", "nhiệm kỳ", "khóa", "năm học", "niên độ", "đợt", "kỳ"}
)
#: Adjectives after a counted noun that belong to it although they are also adverbs
#: (``21 nhiệm vụ chính``); not before ``là`` (``chính là``) or a noun they would start.
NOUN_ADJECTIVES: frozenset[str] = frozenset({"chính"})
#: Capitalised titles that can be what a number counts (``không quá 4 Phó Tổng cục trưởng``,
#: ``3 Phó Chủ tịch``): the titles of officials.py, without those naming an organisation
#: (``Chủ tịch Quốc hội``) or needing one (``Trưởng``).
_TITLE_ORG_WORDS = ("quốc hội", "ủy ban", "mặt trận", "hđqt", "hội đồng", "công an", "ban bí thư", "trung ương đảng",
                    "chi bộ", "hđnd", "tổ dân phố")
COUNTED_TITLES: frozenset[str] = frozenset(
    t.lower() for t in TITLES
    if not any(w in t.lower() for w in _TITLE_ORG_WORDS)
    and t not in ("Trưởng", "Chánh", "Phó Chánh", "Đại biểu", "Thường trực")
)
#: Level and place words and honorifics between a title and personal names (``hai phó chủ tịch
#: huyện`` + names): a number + title + names is a title in front of names, not a count (guide §5).
#: A title linked to names by ``là`` or ``:`` is still a count (``có 3 Phó Chủ tịch là …``).
TITLE_PLACE_WORDS: frozenset[str] = frozenset(
    {"xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố", "huyện ủy", "tỉnh ủy", "thành ủy",
     "quận ủy", "thị ủy", "đảng ủy", "ubnd", "hđnd", "ủy ban", "ông", "bà", "đồng chí"}
)
#: First syllables of a personal name (officials.py).
NAME_SURNAMES: frozenset[str] = frozenset(s.lower() for s in (*SURNAMES, *MINORITY_SURNAMES) if " " not in s)
#: Second syllables of a personal name (officials.py): ``Nguyễn Văn Hải`` is a person,
#: ``Hoàng Su Phì`` a place.
NAME_MIDDLES: frozenset[str] = frozenset(s.lower() for s in MIDDLE_NAMES)

# -- "một" as a count (guide §5: "một" is mostly an article) ------------------------------------------

#: Words right before ``một`` + a counted noun that make it a count: discipline and outcome
#: predicates (``khiển trách một tổ chức đảng``) and ``chỉ`` (``chỉ có một trường hợp``).
MOT_COUNT_AFTER: frozenset[str] = frozenset(
    {"kỷ luật", "thi hành kỷ luật", "xử lý kỷ luật", "kỷ luật khiển trách", "kỷ luật cảnh cáo", "khiển trách",
     "cảnh cáo", "cách chức", "khai trừ", "xóa tên", "giáng chức", "bãi nhiệm", "đình chỉ", "kết nạp",
     "chỉ có", "chỉ cần", "chỉ", "chỉ còn", "duy nhất"}
)
#: Words before such a predicate that make it generic, so ``một`` is the article again
#: (``khi kỷ luật một đảng viên``, ``việc kết nạp một quần chúng``).
MOT_GENERIC_BEFORE: frozenset[str] = frozenset(
    {"việc", "khi", "nếu", "để", "muốn", "phải", "sẽ", "cần", "có thể", "trước khi", "sau khi"}
)
#: Words earlier in the clause that make ``có một`` a count picked out of a set
#: (``trong số 28 trường hợp trên có một người``).
MOT_SELECTION_BEFORE: frozenset[str] = frozenset({"trong số", "trong đó", "trong tổng số"})
