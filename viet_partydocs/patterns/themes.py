"""Theme cue words (DOMAIN.md §5), normalised and lower-cased: domain data only.

Used by the keyword baseline of the evaluation and as features of the role and theme
classifiers. A cue matches on word boundaries in the normalised, lower-cased paragraph text
(:func:`viet_partydocs.classify.cues.cue_regex`).
"""

from __future__ import annotations

__all__ = ["THEME_CUES", "CHROME_CUES", "CAPTION_CUES"]

THEME_CUES: dict[str, tuple[str, ...]] = {
    "political_education": (
        "giáo dục chính trị", "chính trị, tư tưởng", "học tập, quán triệt", "quán triệt", "học tập nghị quyết",
        "nghiên cứu, học tập", "tuyên truyền", "báo cáo viên", "diễn biến tư tưởng", "lý luận chính trị",
        "làm theo tư tưởng", "tư tưởng, đạo đức, phong cách", "chỉ thị 05",
        "nêu gương", "đạo đức công vụ", "suy thoái", "tự diễn biến", "tự chuyển hóa", "diễn biến hòa bình",
        "thế lực thù địch", "chỉnh đốn đảng", "công tác tư tưởng", "tuyên giáo", "đạo đức, lối sống",
    ),
    "organisation_building": (
        "xây dựng tổ chức đảng", "củng cố, kiện toàn", "kiện toàn", "sắp xếp", "sáp nhập", "thành lập", "giải thể",
        "tinh gọn", "tổ chức bộ máy", "hệ thống chính trị ở cơ sở", "quy chế làm việc", "chức năng, nhiệm vụ",
        "đảng bộ bộ phận", "biên chế", "tinh giản", "nhất thể hóa", "bộ máy",
    ),
    "cadre_work": (
        "công tác cán bộ", "quy hoạch cán bộ", "quy hoạch", "bổ nhiệm", "đề bạt", "giới thiệu ứng cử", "điều động",
        "luân chuyển", "đào tạo, bồi dưỡng", "cán bộ lãnh đạo, quản lý", "đánh giá cán bộ", "bảo vệ chính trị nội bộ",
        "thẩm tra", "cán bộ nữ", "cán bộ trẻ", "đồng thời là", "tăng cường cán bộ", "nhân sự", "chạy chức",
    ),
    "membership_growth": (
        "phát triển đảng viên", "tạo nguồn", "kết nạp", "quần chúng ưu tú", "đảng viên mới",
        "bồi dưỡng nhận thức về đảng", "rà soát, sàng lọc", "sàng lọc", "đưa ra khỏi đảng", "xóa tên",
        "hồ sơ đảng viên", "quản lý đảng viên", "đoàn viên ưu tú",
    ),
    "party_cell_activities": (
        "sinh hoạt chi bộ", "sinh hoạt cấp ủy", "sinh hoạt chuyên đề", "chi bộ mẫu", "dự sinh hoạt",
        "chất lượng sinh hoạt", "nguyên tắc tổ chức và sinh hoạt đảng", "tự phê bình và phê bình",
        "phê bình và tự phê bình", "nể nang, né tránh", "tập trung dân chủ",
    ),
    "inspection_discipline": (
        "kiểm tra, giám sát", "ủy ban kiểm tra", "ubkt", "dấu hiệu vi phạm", "kết luận kiểm tra", "thi hành kỷ luật",
        "kỷ luật", "khiển trách", "cảnh cáo", "cách chức", "khai trừ", "tố cáo", "khiếu nại", "giám sát", "vi phạm",
    ),
    "evaluation_ranking": (
        "đánh giá, xếp loại", "xếp loại", "kiểm điểm", "hoàn thành xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm vụ",
        "không hoàn thành nhiệm vụ", "trong sạch vững mạnh", "trong sạch, vững mạnh", "yếu kém", "tiêu biểu",
    ),
    "leadership_methods": (
        "phương thức lãnh đạo", "lãnh đạo, chỉ đạo", "ban hành", "cụ thể hóa", "chương trình công tác",
        "phân công", "ban chỉ đạo", "tổ công tác", "giao ban", "người đứng đầu", "rõ người, rõ việc",
        "quyết liệt", "tham mưu", "chương trình hành động", "kế hoạch",
    ),
    "mass_mobilisation": (
        "dân vận", "mặt trận tổ quốc", "mttq", "đoàn thể", "hội phụ nữ", "đoàn thanh niên", "hội nông dân",
        "hội cựu chiến binh", "công đoàn", "hội viên", "tâm tư, nguyện vọng", "quy chế dân chủ", "đối thoại",
        "ý kiến nhân dân", "nhân dân", "phong trào thi đua", "đại đoàn kết", "niềm tin",
    ),
    "anti_corruption": (
        "tham nhũng", "lãng phí", "tiêu cực", "nội chính", "kỷ cương", "chạy chức, chạy quyền", "chạy quyền",
        "kiểm soát quyền lực", "lợi ích nhóm", "thu hồi tài sản", "kê khai tài sản",
    ),
    "government": (
        "hđnd", "hội đồng nhân dân", "ubnd", "ủy ban nhân dân", "kỳ họp", "chất vấn", "tiếp xúc cử tri",
        "đại biểu hđnd", "chỉ đạo, điều hành", "cải cách hành chính", "công chức", "vị trí việc làm",
        "chính quyền", "quốc hội", "chính phủ", "nghị định", "thủ tướng",
    ),
    "socioeconomic": (
        "kinh tế - xã hội", "kinh tế", "sản xuất", "ngân sách", "thu nhập", "hộ nghèo", "nông thôn mới",
        "nông nghiệp", "hạ tầng", "đô thị", "du lịch", "dịch vụ", "văn hóa", "giáo dục", "y tế", "an sinh xã hội",
        "giải phóng mặt bằng", "đầu tư", "doanh nghiệp",
    ),
    "defence_security": (
        "quốc phòng", "an ninh", "trật tự, an toàn xã hội", "trật tự an toàn xã hội", "biên giới", "biên phòng",
        "cảnh giác cách mạng", "quân sự", "công an", "chủ quyền",
    ),
}

#: Cues of page chrome (DOMAIN.md §5, T99), normalised and lower-cased.
CHROME_CUES: tuple[str, ...] = (
    "trang chủ", "chuyên đề", "tin liên quan", "tin mới nhất", "tin mới cập nhật", "tin khác", "tin tiêu điểm",
    "các tin đã đưa", "các tin cùng chuyên mục", "xem thêm", "xem phản hồi", "bình chọn", "chia sẻ",
    "facebook", "twitter", "a- a a+", "ngày đăng", "cập nhật", "gmt+7", "tác giả", "ban biên tập", "ảnh",
    "tổng số điểm", "click để đánh giá", "đăng nhập", "hôm nay", "cơ quan chủ quản", "giấy phép", "chịu trách nhiệm",
    "trụ sở", "điện thoại", "fax", "email", "ghi rõ nguồn", "quảng cáo", "thời tiết", "powered by", "tiêu đề",
    "người gửi", "nội dung bình luận", "lượt xem", "in bài", "gửi bài", "bản quyền", "theo",
)

#: Cues of photo captions, credits, reference lists and comment boxes (normalised, lower-cased),
#: beside the chrome cues: a feature of the role classifier.
CAPTION_CUES: tuple[str, ...] = (
    "ảnh:", "(ảnh", "ảnh minh họa", "ảnh tư liệu", "ảnh minh hoạ", "nguồn:", "từ trái sang", "từ phải sang",
    "bìa trái", "bìa phải", "đứng giữa", "(thực hiện)", "(tổng hợp)", "nxb", "tr.", "/vov.vn", "/ttxvn",
    "video:", "clip:", "đọc thêm", "bài liên quan", "xem tiếp", "trở về", "đầu trang", "bản in",
    "lượt truy cập", "đang truy cập", "trực tuyến", "phản hồi", "bình luận", "gửi ý kiến",
)
