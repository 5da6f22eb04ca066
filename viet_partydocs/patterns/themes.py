"""Theme cue words (DOMAIN.md §5), normalised and lower-cased: domain data only.

Used by the keyword baseline of the evaluation and as features of the role and theme
classifiers. A cue matches on word boundaries in the normalised, lower-cased paragraph text
(:func:`viet_partydocs.classify.cues.cue_regex`).
"""

from __future__ import annotations

__all__ = [
    "THEME_CUES", "CHROME_CUES", "CAPTION_CUES", "PHOTO_CREDITS", "PHOTO_AGENCIES", "CAPTION_SUBJECTS", "CAPTION_EVENTS",
    "PROSE_CUES", "LEAD_ADVERBIALS", "DATED_LEAD_WORDS",
]

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

#: Photo credits (normalised, lower-cased): a credit beside a short sentence makes it a caption;
#: a credit glued to the start of a long paragraph of prose is a scraping artefact on body text.
PHOTO_CREDITS: tuple[str, ...] = (
    "ảnh:", "ảnh :", "(ảnh)", "ảnh minh họa", "ảnh minh hoạ", "ảnh tư liệu", "ảnh internet", "nguồn ảnh",
)
#: News agencies named after a photographer (``Trọng Đức/TTXVN``).
PHOTO_AGENCIES: tuple[str, ...] = ("ttxvn", "vna", "vov", "vov.vn", "qdnd", "baochinhphu.vn")

#: How a photo caption that reads like a sentence usually starts (normalised, lower-cased, matched
#: at the start of the paragraph): a person named with an honorific or a title, a group of
#: people, or a view of a place ("Quang cảnh hội nghị").
CAPTION_SUBJECTS: tuple[str, ...] = (
    "đồng chí", "các đồng chí", "đ/c", "ông", "bà", "anh", "chị", "em", "cháu", "cụ",
    "bí thư", "phó bí thư", "tổng bí thư", "chủ tịch", "phó chủ tịch", "thủ tướng", "phó thủ tướng",
    "chủ tịch nước", "phó chủ tịch nước", "chủ tịch quốc hội", "bộ trưởng", "thứ trưởng", "trưởng ban",
    "phó trưởng ban", "trưởng đoàn", "giám đốc", "phó giám đốc", "ủy viên", "thường trực", "chủ nhiệm",
    "chánh văn phòng", "tổng biên tập", "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng",
    "đại tá", "thượng tá", "trung tá", "thiếu tá", "lãnh đạo", "đại diện", "đại biểu", "các đại biểu",
    "các đại biểu dự", "đoàn công tác", "đoàn đại biểu", "đoàn", "ban thường vụ", "thường trực tỉnh ủy",
    "bộ chính trị", "ban bí thư", "các học viên", "học viên", "cán bộ", "lực lượng", "người dân", "bà con",
    "các tập thể", "các cá nhân", "nhân dân", "quang cảnh", "toàn cảnh", "một góc", "khung cảnh", "hình ảnh",
    "không khí", "tiết mục", "mô hình", "tân", "nguyên",
)
#: Event verbs and places of photo captions (normalised, lower-cased, anywhere in the paragraph).
CAPTION_EVENTS: tuple[str, ...] = (
    "phát biểu", "phát biểu tại", "phát biểu chỉ đạo", "phát biểu khai mạc", "phát biểu bế mạc",
    "phát biểu kết luận", "trao", "trao tặng", "trao quyết định", "trao giấy", "trao bằng", "trao huy hiệu",
    "tặng", "tặng hoa", "tặng quà", "tặng bằng khen", "tặng giấy khen", "tặng cờ", "chúc mừng", "chủ trì",
    "đồng chủ trì", "thăm", "thăm hỏi", "thăm và làm việc", "làm việc với", "dự", "tới dự", "dự và chỉ đạo",
    "chụp ảnh", "chụp ảnh lưu niệm", "lưu niệm", "biểu quyết", "bỏ phiếu", "tiếp", "hội đàm", "trò chuyện",
    "động viên", "tham quan", "cắt băng", "bấm nút", "khai mạc", "bế mạc", "dâng hoa", "dâng hương",
    "tuyên thệ", "thôi giữ chức", "nhận nhiệm vụ mới", "nhận quyết định", "nhận hoa", "nhận bằng khen",
    "ký kết", "gặp mặt", "kiểm tra thực tế", "khảo sát", "tại hội nghị", "tại buổi", "tại lễ", "tại phiên",
    "tại cuộc", "tại kỳ họp", "tại đại hội", "tại hội thảo", "tại tọa đàm", "tại chương trình", "tại sự kiện",
    "tại hội thi", "tại diễn đàn", "bên lề", "theo thứ tự từ trái", "từ trái qua", "từ phải qua",
)
#: Words of running prose rather than of a caption (normalised, lower-cased): aspect markers,
#: reporting verbs, connectives, first person.
PROSE_CUES: tuple[str, ...] = (
    "đã", "sẽ", "đang", "vừa", "từng", "chưa", "không", "cũng", "còn", "cho biết", "cho rằng", "cho hay",
    "nhấn mạnh", "khẳng định", "bày tỏ", "đề nghị", "yêu cầu", "tuy nhiên", "nhưng", "vì vậy", "do đó",
    "bởi", "vì", "nhằm", "để", "nếu", "thì", "mà", "theo đó", "ngoài ra", "bên cạnh đó", "đồng thời",
    "chúng ta", "tôi", "chúng tôi", "mình", "này", "đó", "những", "rất", "phải", "cần",
)
#: Time words that open a news lead with its date (``Sáng 6/11, tại Hà Nội, …``, ``Từ ngày 27 đến …``):
#: the sentence after such a lead that names who presided or spoke is article text, not a caption,
#: unless a photo credit follows it.
DATED_LEAD_WORDS: tuple[str, ...] = (
    "sáng", "chiều", "tối", "trưa", "đêm", "ngày", "từ ngày", "hôm", "trong hai ngày", "trong ba ngày",
)

#: How a lead or body sentence often starts (normalised, lower-cased, at the start, followed by a
#: comma within a few words): a time, a place, a source or a frame.
LEAD_ADVERBIALS: tuple[str, ...] = (
    "sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm", "sáng nay", "chiều nay", "tối nay", "hôm nay",
    "hôm qua", "trong", "tại", "theo", "qua", "từ", "sau", "trước", "với", "cùng", "bên cạnh", "ngoài",
    "thực hiện", "nhằm", "để", "khi", "nhờ", "do", "vì", "mặc dù", "tuy", "nếu", "năm", "tháng", "đầu",
    "cuối", "giữa", "đến nay", "hiện nay", "thời gian qua", "những năm qua", "phát biểu", "kết luận",
    "trao đổi", "chia sẻ", "nói về", "đối với", "về",
)
