"""Officials (guide §2 ``OFFICIAL``, DOMAIN.md §3): domain data only.

Titles, honorifics, ranks, speech verbs and personal-name parts, written in their usual
spelling; the rules match them on the normalised, lower-cased form (``token.norm_``).
"""

from __future__ import annotations

__all__ = [
    "TITLES",
    "TITLE_MODIFIERS",
    "TITLE_SUFFIXES",
    "RANKS",
    "HONORIFICS",
    "PLURAL_HONORIFICS",
    "SPEECH_VERBS",
    "CONCURRENT",
    "SURNAMES",
    "MINORITY_SURNAMES",
    "MIDDLE_NAMES",
    "NAME_STOPWORDS",
    "WEAK_TITLES",
    "TITLES_NEED_ORG",
    "MEMBERSHIP",
    "SET_PHRASES_BEFORE",
    "APPOINTMENT_VERBS",
    "POST_HELD",
    "ADVERBS_BEFORE_POST",
    "TITLE_STOP",
    "NAME_RUN_STOP",
    "CAPITALISED_HONORIFICS",
    "NAME_PREFIXES",
    "HONORIFIC_COUNTS",
    "NOT_OFFICIAL_BEFORE",
    "SIGNATURE_PREFIXES",
]

#: Position titles (chức danh), DOMAIN.md §3.1. A title may be followed by an organisation
#: (``Bí thư Huyện ủy``), a level word and place, or stand alone (``Thủ tướng``).
TITLES: tuple[str, ...] = (
    # Party
    "Tổng Bí thư", "Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực", "Phó Bí thư thường trực",
    "Thường trực Ban Bí thư", "Bí thư Trung ương Đảng", "Ủy viên", "Ủy viên dự khuyết", "Ủy viên thường trực",
    "Ủy viên Thường vụ", "Trưởng ban", "Phó Trưởng ban", "Phó ban", "Phó Trưởng ban Thường trực",
    "Phó trưởng ban thường trực", "Phó Ban trực", "Trưởng Ban", "Chủ nhiệm", "Phó Chủ nhiệm",
    "Phó Chủ nhiệm Thường trực", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Chánh văn phòng",
    "Tỉnh ủy viên", "Huyện ủy viên", "Thành ủy viên", "Quận ủy viên", "Thị ủy viên", "Đảng ủy viên",
    "Chi ủy viên", "cấp ủy viên", "Bí thư chi bộ", "Phó Bí thư chi bộ", "Chính ủy", "Phó Chính ủy",
    "Chính trị viên", "Thường trực",
    # State
    "Chủ tịch", "Phó Chủ tịch", "Chủ tịch nước", "Phó Chủ tịch nước", "Chủ tịch Quốc hội",
    "Phó Chủ tịch Quốc hội", "Thủ tướng", "Phó Thủ tướng", "Phó Thủ tướng Thường trực", "Bộ trưởng",
    "Thứ trưởng", "Thứ trưởng Thường trực", "Tổng Thư ký", "Tổng Kiểm toán", "Chánh án", "Phó Chánh án",
    "Viện trưởng", "Phó Viện trưởng", "Tổng Thanh tra", "Phó Tổng Thanh tra", "Chánh Thanh tra",
    "Phó Chánh Thanh tra", "Thanh tra viên", "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc",
    "Cục trưởng", "Phó Cục trưởng", "Tổng Cục trưởng", "Phó Tổng Cục trưởng", "Chi cục trưởng",
    "Phó Chi cục trưởng", "Vụ trưởng", "Phó Vụ trưởng", "Trưởng phòng", "Phó Trưởng phòng", "Đội trưởng",
    "Phó Đội trưởng", "Đội phó", "Trưởng đoàn", "Phó Trưởng đoàn", "Trưởng Đoàn", "Đại biểu Quốc hội",
    "đại biểu HĐND", "Đại sứ", "Tổng Lãnh sự", "Hiệu trưởng", "Phó Hiệu trưởng", "Tổng Biên tập",
    "Phó Tổng Biên tập", "Trưởng thôn", "Phó thôn", "Trưởng bản", "Trưởng ấp", "Trưởng khu phố",
    "Tổ trưởng", "Tổ phó", "Tổ trưởng tổ dân phố", "Trưởng Công an", "Phó Trưởng Công an", "Tư lệnh",
    "Phó Tư lệnh", "Sư đoàn trưởng", "Chỉ huy trưởng", "Giám đốc Công an", "Phó Giám đốc Công an",
    "Chủ tịch HĐQT", "Chủ tịch Hội đồng quản trị", "Chủ tịch Hội đồng thành viên", "Kế toán trưởng",
    "Trưởng", "Phó", "Chánh", "Phó Chánh", "Đại biểu", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
)
#: Title words that need an organisation after them (``Trưởng Ban Tổ chức``, ``Chánh Thanh tra Bộ``).
TITLES_NEED_ORG: tuple[str, ...] = ("Trưởng", "Phó", "Chánh", "Phó Chánh", "Đại biểu", "Thường trực")
#: Membership, not a position: allowed inside a chain of titles, never enough alone.
MEMBERSHIP: tuple[str, ...] = ("đảng viên", "đảng viên dự bị", "hội viên", "đoàn viên")
#: Words written before a title (``nguyên Bí thư``, ``quyền Chủ tịch``); they stay in the title.
TITLE_MODIFIERS: tuple[str, ...] = (
    "nguyên", "cố", "quyền", "tân", "đương kim", "phó", "Nguyên", "Cố", "Quyền", "Tân", "Phó",
)
#: Words that may follow a title word before its organisation (``Phó Thủ tướng Thường trực``).
TITLE_SUFFIXES: tuple[str, ...] = ("thường trực", "phụ trách", "trực")
#: Military and police ranks, written before a name and outside the span (``Đại tướng Phan Văn Giang``).
RANKS: tuple[str, ...] = (
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
    "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc", "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy",
)
#: Honorifics before a name (DOMAIN.md §3.2).
HONORIFICS: tuple[str, ...] = (
    "Đồng chí", "đ/c", "Đ/c", "Ông", "Bà", "Anh", "Chị", "Cô", "Thầy", "Cố",
)
#: Plural honorifics before a list of names (``các đồng chí A và B``).
PLURAL_HONORIFICS: tuple[str, ...] = ("các đồng chí", "các ông", "các bà", "hai ông", "hai bà", "hai đồng chí")
#: Speech and other verbs after a title (``… Trưởng Ban Tổ chức Huyện ủy cho biết``); they end the title.
SPEECH_VERBS: tuple[str, ...] = (
    "cho biết", "chia sẻ", "khẳng định", "nhấn mạnh", "phát biểu", "đề nghị", "yêu cầu", "cho rằng", "nói",
    "nêu rõ", "thông tin", "kết luận", "chỉ đạo", "lưu ý", "đánh giá", "trao đổi", "báo cáo", "cho hay",
    "ghi nhận", "kêu gọi", "chủ trì", "trình bày", "quán triệt", "thừa nhận", "giải thích", "bày tỏ",
    "nhận xét", "phấn khởi", "tâm sự", "bộc bạch", "trả lời", "giới thiệu", "công bố", "đọc", "hỏi", "kể",
    "làm trưởng đoàn", "nhận", "làm", "tặng", "trao", "thăm", "dự", "tham dự", "đón", "tiếp", "ký",
    "mong muốn", "hy vọng", "tin tưởng", "cảm ơn", "chúc mừng", "biểu dương", "đề xuất", "phản ánh",
)
#: Joiners of concurrent posts (``Bí thư Đảng ủy kiêm Chủ tịch HĐND``).
CONCURRENT: tuple[str, ...] = ("kiêm", "đồng thời là", "đồng thời", "kiêm nhiệm")
#: Verbs that introduce a post after a name (``ông A giữ chức Bí thư``).
APPOINTMENT_VERBS: tuple[str, ...] = (
    "giữ chức", "giữ chức vụ", "làm", "là", "được bầu làm", "được bầu giữ chức", "được bổ nhiệm giữ chức",
    "được bổ nhiệm làm", "được điều động giữ chức", "được chỉ định giữ chức",
    "trong thời gian giữ cương vị", "trong thời gian giữ các cương vị", "trong thời gian giữ chức vụ",
    "trong thời gian giữ các chức vụ", "trong thời gian làm", "khi còn là", "khi giữ chức", "khi giữ chức vụ",
)
#: Phrases that introduce the post a person held, written before ``, <honorific> NAME``
#: (``Trong thời gian giữ cương vị Phó Chủ tịch UBND tỉnh, đồng chí A …``): that post is the title.
POST_HELD: tuple[str, ...] = (
    "giữ cương vị", "giữ các cương vị", "giữ chức vụ", "giữ các chức vụ", "trên cương vị", "khi còn là",
    "khi làm",
)

#: Kinh surnames (DOMAIN.md §3.3).
SURNAMES: tuple[str, ...] = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Trương", "Đinh", "Trịnh", "Mai", "Hà", "Đoàn", "Lương", "Cao", "Đào", "Lưu", "Triệu",
    "Phùng", "Đàm", "Chu", "Văn", "Vi", "Thái", "Lâm", "Tạ", "Vương", "Tô", "Hứa", "Đậu", "Châu", "Quách",
    "Lục", "Ma", "Lại", "Tống", "La", "Bế", "Mã", "Mông", "Đồng", "Kiều", "Thân", "Tăng", "Sầm", "Lò", "Từ",
    "Vy", "Bạch", "Lăng", "Nông", "Lộc", "Hán", "Khúc", "Khổng", "Doãn", "Âu", "Diệp", "Giang", "Hầu",
    "Kim", "Nghiêm", "Phí", "Quan", "Tôn", "Thạch", "Trình", "Ứng", "Viên", "Yên", "Lã",
    "Lữ", "Mạc", "Nhữ", "Tiêu", "Cù", "Cấn", "Chử", "Đàng", "Đường", "Giáp", "Hoa", "Khương", "Lạc",
    "Lê Văn", "Mạch", "Ninh", "Tòng", "Trà", "Trang", "Văng", "Vòng", "Đổng", "Cung", "Công", "Cồ", "Bành",
)
#: Surnames of ethnic minorities (Thái, Dao, Tày/Nùng, H'Mông, Central Highlands, Khmer).
MINORITY_SURNAMES: tuple[str, ...] = (
    "Lò", "Lường", "Quàng", "Tòng", "Cà", "Lềm", "Ngần", "Cầm", "Đèo", "Bạc", "Vì", "Sầm", "Điêu", "Bàn",
    "Phàn", "Giàng", "Thào", "Vàng", "Sùng", "Lầu", "Mùa", "Hạng", "Tráng", "Sình", "Chang", "Hầu", "Ly",
    "Chảo", "Tẩn", "Lù", "Pờ", "Chẻo", "Sần", "Y", "H'", "Ksor", "Niê", "Mlô", "Siu", "Nay", "Rơ Mah", "Rcom",
    "Danh", "Chau", "Sơn", "Thạch", "Kim", "Lâm", "Hoàng", "Nông", "Ma", "Vi", "Hà", "Lục", "Đinh", "Hồ",
)
#: Frequent middle names: a capitalised run ``SURNAME MIDDLE …`` after an organisation is a person.
MIDDLE_NAMES: tuple[str, ...] = (
    "Văn", "Thị", "Đức", "Minh", "Quang", "Ngọc", "Hữu", "Công", "Thanh", "Xuân", "Hồng", "Kim", "Đình",
    "Bá", "Quốc", "Trọng", "Tiến", "Thành", "Hoàng", "Mạnh", "Duy", "Tuấn", "Anh", "Hải", "Trung", "Việt",
    "Thế", "Như", "Khắc", "Huy", "Phú", "Tấn", "Gia", "Đăng", "Chí", "Thu", "Mai", "Lan", "Phương", "Hoài",
    "A", "Seo", "Sào", "Páo", "Chá", "Mí", "Lò", "Tiến", "Cẩm", "Bích", "Thái", "Nguyên", "Sỹ", "Sĩ", "Viết",
)
#: Capitalised words that never start a personal name (sentence starts, function words …).
NAME_STOPWORDS: tuple[str, ...] = (
    "Theo", "Tại", "Trong", "Với", "Về", "Sau", "Trước", "Khi", "Đây", "Đó", "Này", "Các", "Những", "Năm",
    "Ngày", "Tháng", "Sáng", "Chiều", "Tối", "Hôm", "Nhà", "Nước", "Đảng", "Ban", "Bộ", "Sở", "Phòng", "Cục",
    "Tỉnh", "Huyện", "Xã", "Phường", "Quận", "Chủ", "Bí", "Trưởng", "Ủy", "Hội", "Nghị", "Quyết", "Chỉ",
    "Kế", "Luật", "Thủ", "Tướng", "Tổng", "Báo", "Ảnh", "Nguồn", "Tác", "PV", "Nhưng", "Tuy", "Nếu", "Để",
    "Đến", "Còn", "Cũng", "Như", "Và", "Hoặc", "Là", "Có", "Không", "Được", "Bị", "Đã", "Sẽ", "Đang",
    "Thường", "Trực", "Kiêm", "Mặt", "Trận", "Tòa", "Án", "Kết", "Luận", "Thông", "Cáo", "Giám", "Đốc",
    "Bác", "Người", "Điều", "Khoản", "Chương", "Mục", "Thưa", "Xin", "Chúng", "Tôi", "Ta", "Họ",
)
#: Positions that count as a title only after a name and a separator (``Trần A, chuyên viên Phòng …``).
WEAK_TITLES: tuple[str, ...] = (
    "chuyên viên", "công chức", "công chức địa chính", "kế toán", "thủ quỹ", "kiểm soát viên",
    "thư ký", "điều tra viên", "kiểm sát viên", "thẩm phán", "phóng viên", "giảng viên", "nghiên cứu viên",
    "báo cáo viên", "cán bộ địa chính", "cán bộ tư pháp", "giáo viên", "phụ trách",
)
#: Set phrases with a historical name that is not an OFFICIAL mention (guide §2).
SET_PHRASES_BEFORE: tuple[str, ...] = (
    "phong cách", "tư tưởng", "đạo đức", "tấm gương", "gương", "di chúc", "lăng", "bảo tàng", "thành phố",
    "tp", "tp.", "học viện chính trị quốc gia", "cộng sản", "quốc gia", "đường", "phố", "mang tên", "thời đại",
    "giải thưởng", "huân chương", "quảng trường", "nhà", "khu di tích", "theo", "làm theo", "học tập",
    "sinh nhật", "ngày sinh", "chủ nghĩa mác - lê-nin và tư tưởng",
)
#: Adverbs between a name and ``giữ chức`` (``ông A sẽ thôi giữ chức …``).
ADVERBS_BEFORE_POST: tuple[str, ...] = ("sẽ", "đang", "vẫn", "đã", "thôi", "tiếp", "tục", "được", "cũng", "từng")
#: Words that end a title written after a name (``…, Chủ tịch UBND xã, đã …``).
TITLE_STOP: tuple[str, ...] = (
    "đã", "được", "là", "có", "và", "với", "cho", "bị", "sẽ", "đang", "về", "trong", "theo", "do", "từ",
    "đến", "thì", "mà", "này", "đó", "nhưng", "các", "những", "ở", "vào", "không", "nhiệm", "khóa", "tại",
    "khi", "năm", "ngày", "lúc", "từng", "cũng", "vẫn", "còn", "người", "ông", "bà", "anh", "chị", "để",
)
#: Capitalised words that end a run of name syllables (a new sentence or clause starts there).
NAME_RUN_STOP: tuple[str, ...] = (
    "Ngày", "Tháng", "Sáng", "Chiều", "Tối", "Hôm", "Theo", "Tại", "Trong", "Sau", "Trước", "Khi", "Nhưng",
    "Tuy", "Nếu", "Để", "Các", "Những", "Ảnh", "Nguồn", "PV", "Ông", "Bà", "Đồng",
)
#: Honorifics that may start a capitalised run before a name (``Ông Hoàng Ngọc``), normalised.
CAPITALISED_HONORIFICS: tuple[str, ...] = ("ông", "bà", "anh", "chị", "cô", "thầy", "chú")
#: How the personal names of some minorities start (``Y Bih``, ``H'Hen``): a name without a surname.
NAME_PREFIXES: tuple[str, ...] = ("Y", "H'", "H’")
#: Counts before a plural honorific, left out of the honorific (``các đồng chí A và B`` → ``đồng chí``).
HONORIFIC_COUNTS: tuple[str, ...] = ("các", "hai", "ba")
#: Words before a bare name that make it a set phrase, not a mention (``Bác Hồ``), normalised.
NOT_OFFICIAL_BEFORE: tuple[str, ...] = ("bác",)
#: Pieces at the start of a signature's title line (``T/M``, ``KT.``, ``TL.``, ``Q.``), normalised.
SIGNATURE_PREFIXES: tuple[str, ...] = ("tm", "kt", "tl", "q", "t", "m", "k", "l", ".", "/")
