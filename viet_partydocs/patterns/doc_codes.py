"""Document codes (DOMAIN.md §1): type words, type and issuer abbreviations, levels. Data only.

Keys are normalised (NFC, ``Đ`` not ``Ð``, new-style tone marks). Type words are lower-case;
abbreviation keys are upper-case (``QĐI`` for ``QĐi``), the values give the canonical spelling.
"""

from __future__ import annotations

__all__ = [
    "TYPE_WORDS",
    "LAW_TYPE_WORDS",
    "TYPE_CODES",
    "ISSUERS",
    "ISSUER_SUFFIX_LEVELS",
    "PARTY_ONLY_ISSUERS",
    "STATE_ONLY_ISSUERS",
    "NOT_DOC_SYMBOLS",
    "ISSUER_NAME_LEVELS",
    "ISSUER_LOWER_WORDS",
    "ISSUER_STOP_WORDS",
    "PLENUM_ORDINALS",
]

#: Document-type words (lower-case) → canonical type (``doc_type``). Longest first when matching.
TYPE_WORDS: dict[str, str] = {
    "nghị quyết liên tịch": "Nghị quyết liên tịch",
    "nghị quyết": "Nghị quyết",
    "chỉ thị": "Chỉ thị",
    "kết luận": "Kết luận",
    "quyết định": "Quyết định",
    "quy định": "Quy định",
    "qui định": "Quy định",
    "quy chế": "Quy chế",
    "hướng dẫn": "Hướng dẫn",
    "kế hoạch": "Kế hoạch",
    "chương trình hành động": "Chương trình",  # the type is Chương trình (DOMAIN §1.3)
    "chương trình": "Chương trình",
    "đề án": "Đề án",
    "thông báo": "Thông báo",
    "thông tri": "Thông tri",
    "thông cáo": "Thông cáo",
    "báo cáo": "Báo cáo",
    "tờ trình": "Tờ trình",
    "công văn": "Công văn",
    "công điện": "Công điện",
    "thông tư liên tịch": "Thông tư liên tịch",
    "thông tư": "Thông tư",
    "nghị định thư": "Nghị định thư",
    "nghị định": "Nghị định",
    "pháp lệnh": "Pháp lệnh",
    "bộ luật": "Bộ luật",
    "luật": "Luật",
    "văn bản": "Văn bản",
    "phương án": "Phương án",
    "dự án": "Dự án",
}

#: Types that carry a name between the word and ``số`` (``Luật Trợ giúp pháp lý số 69/2006/QH11``).
LAW_TYPE_WORDS: frozenset[str] = frozenset({"luật", "bộ luật", "pháp lệnh"})


#: Type abbreviations (upper-cased key) → (canonical abbreviation, canonical type word).
#: ``QĐ`` is ambiguous (Quyết định / Quy định): the type word before the code decides.
TYPE_CODES: dict[str, tuple[str, str]] = {
    "NQ": ("NQ", "Nghị quyết"),
    "NQLT": ("NQLT", "Nghị quyết liên tịch"),
    "QĐ": ("QĐ", "Quyết định"),
    "QĐNS": ("QĐNS", "Quyết định"),
    "QĐI": ("QĐi", "Quy định"),
    "QYĐ": ("QyĐ", "Quy định"),
    "CT": ("CT", "Chỉ thị"),
    "KL": ("KL", "Kết luận"),
    "QC": ("QC", "Quy chế"),
    "HD": ("HD", "Hướng dẫn"),
    "HDLT": ("HDLT", "Hướng dẫn"),
    "KH": ("KH", "Kế hoạch"),
    "CTR": ("CTr", "Chương trình"),
    "CTHĐ": ("CTHĐ", "Chương trình"),
    "CTRHĐ": ("CTrHĐ", "Chương trình"),
    "ĐA": ("ĐA", "Đề án"),
    "TB": ("TB", "Thông báo"),
    "TT": ("TT", "Thông tri"),
    "TC": ("TC", "Thông cáo"),
    "BC": ("BC", "Báo cáo"),
    "TTR": ("TTr", "Tờ trình"),
    "CV": ("CV", "Công văn"),
    "CĐ": ("CĐ", "Công điện"),
    "BB": ("BB", "Biên bản"),
    "BS": ("BS", "Bản sao"),
    "PA": ("PA", "Phương án"),
    "DA": ("DA", "Dự án"),
    "NĐ": ("NĐ", "Nghị định"),
    "TTLT": ("TTLT", "Thông tư liên tịch"),
    "PL": ("PL", "Pháp lệnh"),
    "L": ("L", "Luật"),
}
#: In a State code ``TT`` is a Thông tư, not a Party Thông tri.
STATE_TYPE_OVERRIDES: dict[str, str] = {"TT": "Thông tư"}
__all__ += ["STATE_TYPE_OVERRIDES"]

#: Issuer abbreviations (upper-cased key) → (canonical abbreviation, level).
ISSUERS: dict[str, tuple[str, str]] = {
    # Party, central
    "TW": ("TW", "central"),
    "TƯ": ("TW", "central"),
    "VPTW": ("VPTW", "central"),
    "BTCTW": ("BTCTW", "central"),
    "UBKTTW": ("UBKTTW", "central"),
    "BTGTW": ("BTGTW", "central"),
    "BDVTW": ("BDVTW", "central"),
    "BTGDVTW": ("BTGDVTW", "central"),
    "BNCTW": ("BNCTW", "central"),
    "BĐNTW": ("BĐNTW", "central"),
    "BKTTW": ("BKTTW", "central"),
    "QUTW": ("QUTW", "central"),
    "ĐUQSTW": ("ĐUQSTW", "central"),
    "ĐUCA": ("ĐUCA", "central"),
    "ĐUCATW": ("ĐUCATW", "central"),
    "TWĐTN": ("TWĐTN", "central"),
    "BCĐCCTPTW": ("BCĐCCTPTW", "central"),
    # Party, blocs and others without a fixed level
    "ĐUK": ("ĐUK", "bloc"),
    "ĐUKCCQ": ("ĐUKCCQ", "bloc"),
    "ĐUKDN": ("ĐUKDN", "bloc"),
    "BCSĐ": ("BCSĐ", "unknown"),
    "ĐĐ": ("ĐĐ", "unknown"),
    "BCĐ": ("BCĐ", "unknown"),
    "HĐ": ("HĐ", "unknown"),
    "ĐH": ("ĐH", "unknown"),
    # Party, province
    "TU": ("TU", "province"),
    "VPTU": ("VPTU", "province"),
    "BTCTU": ("BTCTU", "province"),
    "BTGTU": ("BTGTU", "province"),
    "BDVTU": ("BDVTU", "province"),
    "BNCTU": ("BNCTU", "province"),
    "UBKTTU": ("UBKTTU", "province"),
    "ĐUQS": ("ĐUQS", "province"),
    "ĐUBP": ("ĐUBP", "province"),
    # Party, district
    "HU": ("HU", "district"),
    "QU": ("QU", "district"),
    "THU": ("ThU", "district"),
    "TXU": ("TXU", "district"),
    "VPHU": ("VPHU", "district"),
    "BTCHU": ("BTCHU", "district"),
    "BTGHU": ("BTGHU", "district"),
    "BDVHU": ("BDVHU", "district"),
    "UBKTHU": ("UBKTHU", "district"),
    # Party, commune and grassroots
    "ĐU": ("ĐU", "commune"),
    "CB": ("CB", "commune"),  # a chi bộ cơ sở: grassroots, the guide's "commune" level
    # State, central
    "CP": ("CP", "central"),
    "TTG": ("TTg", "central"),
    "VPCP": ("VPCP", "central"),
    "CTN": ("CTN", "central"),
    "QH": ("QH", "central"),
    "UBTVQH": ("UBTVQH", "central"),
    "BNV": ("BNV", "central"),
    "BTC": ("BTC", "central"),
    "BTP": ("BTP", "central"),
    "BYT": ("BYT", "central"),
    "BCA": ("BCA", "central"),
    "BQP": ("BQP", "central"),
    "BGDĐT": ("BGDĐT", "central"),
    "BLĐTBXH": ("BLĐTBXH", "central"),
    "BTNMT": ("BTNMT", "central"),
    "BNNPTNT": ("BNNPTNT", "central"),
    "BKHĐT": ("BKHĐT", "central"),
    "BCT": ("BCT", "central"),
    "BXD": ("BXD", "central"),
    "BGTVT": ("BGTVT", "central"),
    "BTTTT": ("BTTTT", "central"),
    "BVHTTDL": ("BVHTTDL", "central"),
    "BKHCN": ("BKHCN", "central"),
    "NHNN": ("NHNN", "central"),
    "TTCP": ("TTCP", "central"),
    "KTNN": ("KTNN", "central"),
    "TCHQ": ("TCHQ", "central"),
    "BHXH": ("BHXH", "unknown"),
    "VKSNDTC": ("VKSNDTC", "central"),
    "TANDTC": ("TANDTC", "central"),
    "MTTW": ("MTTW", "central"),
    # State, local (level known only from the context)
    "UBND": ("UBND", "unknown"),
    "HĐND": ("HĐND", "unknown"),
}

#: Level from the end of an unknown issuer abbreviation (``…TW`` central, ``…TU`` province …).
ISSUER_SUFFIX_LEVELS: tuple[tuple[str, str], ...] = (("TW", "central"), ("TƯ", "central"), ("TU", "province"), ("HU", "district"))

#: Issuers that only the Party uses (a State-style separator with them is still a Party code).
PARTY_ONLY_ISSUERS: frozenset[str] = frozenset(
    {"TW", "TU", "HU", "QU", "ThU", "ĐU", "ĐUK", "BTCTW", "UBKTTW", "VPTW", "BTGTW", "BDVTW", "BTGDVTW", "QUTW",
     "BTCTU", "BTGTU", "BDVTU", "VPTU", "UBKTTU", "BCSĐ", "ĐĐ", "ĐUCA", "CB"}
)
#: Issuers that only the State uses (a Party-style separator with them is a State code missing its slash).
STATE_ONLY_ISSUERS: frozenset[str] = frozenset(
    {"CP", "TTg", "VPCP", "UBND", "HĐND", "QH", "UBTVQH", "BNV", "BTC", "BTP", "BYT", "BCA", "BQP", "BGDĐT",
     "BLĐTBXH", "NHNN", "TCHQ", "BTNMT", "BNNPTNT", "BKHĐT", "BXD", "BGTVT", "BTTTT", "BVHTTDL", "BKHCN"}
)

#: First symbol groups that make a State-looking code something else (``26/GP-TTĐT`` is a press licence).
NOT_DOC_SYMBOLS: frozenset[str] = frozenset({"GP", "GPXB", "GCN", "ĐKKD"})

#: Words of an issuer phrase (``của Ban Thường vụ Huyện ủy``), lower-cased, → level; first match wins.
ISSUER_NAME_LEVELS: tuple[tuple[str, str], ...] = (
    ("bộ chính trị", "central"),
    ("ban bí thư", "central"),
    ("trung ương", "central"),
    ("chính phủ", "central"),
    ("thủ tướng", "central"),
    ("quốc hội", "central"),
    ("tổng cục", "central"),
    ("tỉnh ủy", "province"),
    ("thành ủy", "province"),
    ("tỉnh", "province"),
    ("huyện ủy", "district"),
    ("quận ủy", "district"),
    ("thị ủy", "district"),
    ("huyện", "district"),
    ("quận", "district"),
    ("đảng ủy khối", "bloc"),
    ("xã", "commune"),
    ("phường", "commune"),
    ("thị trấn", "commune"),
)

#: Lower-case words that may continue an issuer phrase after ``của`` (``Ban Chấp hành Đảng bộ tỉnh``).
ISSUER_LOWER_WORDS: frozenset[str] = frozenset(
    {"tỉnh", "huyện", "xã", "phường", "thị trấn", "quận", "thành phố", "thị xã", "tp", "tp.", "khối", "các",
     "cơ quan", "đảng", "bộ", "ủy", "ban", "nhân dân", "chấp hành", "thường vụ", "kiểm tra", "tổ chức", "tuyên giáo",
     "dân vận", "trung ương", "chính trị", "bí thư", "thường trực", "đảng bộ", "đảng ủy", "ủy ban", "chỉ đạo",
     "hội đồng", "văn phòng", "cán sự", "đoàn", "doanh nghiệp", "chính phủ", "quốc hội", "tổng cục", "cục",
     "sở", "nội vụ", "tài chính", "hải quan", "thủ tướng", "mặt trận", "tổ quốc", "việt nam", "hồ chí minh",
     "tư pháp", "cải cách", "ban chỉ đạo", "bộ chính trị", "ban bí thư", "thành ủy", "tỉnh ủy", "huyện ủy", "đảng đoàn"}
)
#: Words that end an issuer phrase even when capitalised.
ISSUER_STOP_WORDS: frozenset[str] = frozenset(
    {"khóa", "nhiệm kỳ", "về", "ngày", "năm", "số", "và", "đã", "được", "do", "nhằm", "theo", "tại", "trong", "với", "là"}
)

#: Ordinal words of plenums (``Hội nghị lần thứ năm``) → number.
PLENUM_ORDINALS: dict[str, int] = {
    "nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14, "mười lăm": 15,
}
