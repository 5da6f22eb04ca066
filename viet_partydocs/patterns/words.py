"""Word-segmentation data for the genre (normalised, lower-cased): domain data only.

The CRF segmenter was trained on general news. In party-building text a few of its habits
cut across the entities the pipeline must find, so the tokenizer corrects them with these lists.
"""

from __future__ import annotations

__all__ = ["DOMAIN_WORDS", "TITLE_SYLLABLES", "ORG_HEAD_SYLLABLES", "NAME_BREAKERS"]

#: Multi-syllable terms of the genre that count as known words (besides underthesea's dictionary)
#: when a capitalised word is extended by a lower-case syllable (``Ban Chỉ đạo``).
DOMAIN_WORDS: frozenset[str] = frozenset(
    {
        "ban chỉ đạo", "ban chấp hành", "ban thường vụ", "ban bí thư", "ban tổ chức", "ban tuyên giáo",
        "ban dân vận", "ban nội chính", "ban kinh tế", "ban cán sự", "ủy ban kiểm tra", "ủy ban nhân dân",
        "ủy ban mặt trận", "hội đồng nhân dân", "mặt trận tổ quốc", "đảng ủy", "đảng bộ", "chi bộ", "huyện ủy",
        "tỉnh ủy", "thành ủy", "thị ủy", "quận ủy", "đảng đoàn", "ủy viên", "bí thư", "phó bí thư", "chủ tịch",
        "phó chủ tịch", "chủ nhiệm", "phó chủ nhiệm", "nghị quyết", "chỉ thị", "quyết định", "kết luận", "quy định",
        "quy chế", "hướng dẫn", "kế hoạch", "chương trình", "nghị định", "thông tư", "thông tri", "đề án",
        "công văn", "thông báo", "tờ trình", "báo cáo", "văn phòng", "thường trực", "thường vụ", "chấp hành",
        "kiểm tra", "tổ chức", "tuyên giáo", "dân vận", "nội chính", "cộng hòa", "chủ nghĩa", "xã hội chủ nghĩa",
        "thanh tra", "công an", "quân sự", "biên phòng", "hội nông dân", "hội phụ nữ", "đoàn thanh niên",
        "cựu chiến binh", "liên đoàn lao động", "tòa án", "viện kiểm sát",
    }
)

#: A title syllable (``Trưởng``, ``Phó``, ``Chánh``) is never joined to a following organisation
#: head: ``Trưởng`` | ``Ban Tổ chức`` (guide: the ORG inside a title is its own span).
TITLE_SYLLABLES: frozenset[str] = frozenset({"trưởng", "phó", "chánh"})
ORG_HEAD_SYLLABLES: frozenset[str] = frozenset(
    {"ban", "phòng", "đoàn", "văn", "thanh", "khoa", "cục", "vụ", "sở", "viện", "tòa", "hội", "ủy", "trạm", "trung", "tiểu"}
)

#: Capitalised syllables that start a title, never the end of a personal name: a name is not
#: joined to them (``Võ Công Trí`` | ``Phó Chủ tịch``).
NAME_BREAKERS: frozenset[str] = frozenset(
    {"phó", "trưởng", "chủ", "bí", "giám", "tổng", "thứ", "chánh", "bộ", "nguyên", "ông", "bà"}
)
