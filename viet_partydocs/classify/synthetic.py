"""Synthetic web pages for the role classifier: page chrome around short articles.

Most annotated units are article text (``body``); page chrome (``boilerplate``) comes mainly from
a handful of seed pages, each in one site's style. To teach the role classifier what chrome looks
like in general — navigation bars, breadcrumbs, dates and timestamps in several formats, share
and font-size buttons, bylines, photo captions, related-news lists, teasers cut with ``...``, hit
counters, comment forms, footers with licences, addresses, phones and e-mails — this module
builds pages in the style of Vietnamese provincial news and party-committee sites from parts
**written for this project** (nothing here is copied from a real page or from ``../shared``):
invented sites, names and places, headlines and article paragraphs.

Every unit has a role only (``themes`` are empty and not annotated): the file is used to train
the role model, never the theme model, and never to score anything.

    python -m viet_partydocs.classify.synthetic corpora/synthetic_chrome.jsonl

writes the inline JSONL file (deterministic: same seed, same file).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from itertools import chain
from typing import Iterator

__all__ = ["SYNTHETIC_FILE", "synthetic_pages", "caption_pages", "write_synthetic"]

SYNTHETIC_FILE = "synthetic_chrome.jsonl"

SITES = (
    ("Báo Tân Lập", "baotanlap.vn"),
    ("Cổng thông tin điện tử huyện Nam Sơn", "namson.gov.vn"),
    ("Đảng bộ tỉnh Hòa Lâm", "dangbohoalam.vn"),
    ("Báo Sơn Hà điện tử", "baosonha.vn"),
    ("Trang thông tin Huyện ủy Vĩnh Phước", "huyenuyvinhphuoc.vn"),
    ("Tạp chí Xây dựng cơ sở", "xaydungcoso.org.vn"),
)

HEADLINES = (
    "Huyện ủy Tân Lập sơ kết công tác xây dựng Đảng 6 tháng đầu năm",
    "Sinh hoạt chi bộ khu dân cư ngày càng nền nếp",
    "Thành phố Hòa Lâm kết nạp 120 đảng viên mới",
    "Đảng bộ xã Phú An chú trọng công tác kiểm tra, giám sát",
    "Tập huấn nghiệp vụ công tác tổ chức cho cán bộ cơ sở",
    "Khai giảng lớp bồi dưỡng nhận thức về Đảng năm 2023",
    "Sáp nhập thôn, tổ dân phố: dân đồng thuận, việc trôi chảy",
    "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12",
    "Trao Huy hiệu Đảng cho đảng viên lão thành",
    "Đẩy mạnh cải cách hành chính ở cấp xã",
    "Người bí thư chi bộ tận tâm với dân bản",
    "Phát huy vai trò của Mặt trận trong giám sát cộng đồng",
    "Xây dựng nông thôn mới gắn với giảm nghèo bền vững",
    "Ra mắt mô hình dân vận khéo tại xã vùng cao",
    "Kỷ luật cảnh cáo một phó chủ tịch UBND xã",
    "Thi đua lập thành tích chào mừng đại hội",
    "Người đứng đầu cấp ủy đối thoại với đoàn viên thanh niên",
    "Giữ vững an ninh trật tự vùng biên giới",
    "Công bố quyết định điều động, bổ nhiệm cán bộ",
    "Ra quân thu ngân sách những tháng cuối năm",
    "Tọa đàm đổi mới phương thức lãnh đạo của cấp ủy cơ sở",
    "Đoàn công tác của Tỉnh ủy làm việc tại huyện Vĩnh Phước",
    "Chuẩn bị chu đáo cho đại hội chi bộ nhiệm kỳ mới",
    "Tăng cường phòng ngừa tham nhũng trong quản lý đất đai",
    "Hội Nông dân huyện giúp hội viên phát triển kinh tế",
    "Bàn giao nhà đại đoàn kết cho hộ khó khăn",
    "Bế giảng lớp trung cấp lý luận chính trị khóa 15",
    "Rà soát, đánh giá chất lượng đảng viên cuối năm",
    "Đảng ủy Khối doanh nghiệp tổng kết năm",
    "Mưa lớn gây sạt lở nhiều tuyến đường liên xã",
    "Giải bóng chuyền công nhân viên chức năm 2024 khai mạc",
    "Lễ hội xuống đồng thu hút đông đảo du khách",
    "Tỉnh Hòa Lâm đón nhận bằng xếp hạng di tích quốc gia",
    "Hội thi báo cáo viên giỏi cấp huyện",
    "Sơ kết một năm thực hiện quy chế dân chủ ở cơ sở",
)

BODY = (
    "Những năm gần đây, Đảng bộ xã đã tập trung lãnh đạo thực hiện các nhiệm vụ chính trị ở địa phương. Cấp ủy thường xuyên bám sát cơ sở, kịp thời tháo gỡ khó khăn cho các chi bộ thôn, bản.",
    "Theo báo cáo của Ban Tổ chức Huyện ủy, trong năm qua toàn huyện đã kết nạp 215 đảng viên mới, đạt 107% chỉ tiêu được giao. Phần lớn đảng viên mới là đoàn viên thanh niên, người lao động trẻ ở các thôn.",
    "Để việc sinh hoạt không đơn điệu, nhiều chi bộ chọn một chủ đề gần gũi với đời sống người dân như vệ sinh môi trường, chuyển đổi cây trồng hay an toàn giao thông. Đảng viên được phân công chuẩn bị trước ý kiến nên buổi sinh hoạt sôi nổi hơn.",
    "Ủy ban Kiểm tra Huyện ủy đã tiến hành kiểm tra 12 tổ chức đảng và 25 đảng viên, giám sát chuyên đề đối với 8 chi bộ. Qua kiểm tra, đã kịp thời nhắc nhở, chấn chỉnh những thiếu sót trong quản lý tài chính.",
    "Ông Lò Văn Thắng, Bí thư Chi bộ bản Nậm Cang cho biết, trước đây người dân còn e ngại khi được vận động hiến đất làm đường. Sau nhiều lần cán bộ đến từng nhà giải thích, bà con đã đồng lòng góp công, góp đất.",
    "Thực hiện chủ trương sắp xếp đơn vị hành chính, huyện đã hoàn thành việc sáp nhập 9 thôn thành 4 thôn mới. Sau sáp nhập, các chi bộ được kiện toàn, bố trí cán bộ phù hợp với năng lực và sở trường.",
    "Trong 6 tháng đầu năm, tổng thu ngân sách trên địa bàn ước đạt 146 tỷ đồng, tăng 12% so với năm trước. Bình quân mỗi người dân có thu nhập 41 triệu đồng một năm, tỷ lệ hộ nghèo giảm còn 6,3%.",
    "Hội nghị đã thảo luận, cho ý kiến vào dự thảo báo cáo chính trị trình đại hội. Các đại biểu đề nghị làm rõ hơn nguyên nhân của những hạn chế và đưa ra giải pháp có tính khả thi cao.",
    "Lực lượng công an xã phối hợp với dân quân tổ chức tuần tra thường xuyên, giữ vững trật tự trên địa bàn. Nhờ vậy, các vụ trộm cắp tài sản giảm rõ rệt so với năm trước.",
    "Cuối năm, có 92% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên; không có tổ chức nào không hoàn thành nhiệm vụ. Số đảng viên được đánh giá hoàn thành xuất sắc nhiệm vụ chiếm gần 15%.",
    "Phát biểu kết luận, đồng chí Bí thư Huyện ủy yêu cầu các cấp ủy tiếp tục đổi mới cách làm, tăng cường phân công cấp ủy viên dự sinh hoạt với chi bộ. Người đứng đầu phải chịu trách nhiệm về kết quả thực hiện nhiệm vụ của đơn vị mình.",
    "Hội Liên hiệp Phụ nữ xã đã vận động hội viên tham gia mô hình tổ tiết kiệm, giúp nhiều chị em có vốn chăn nuôi, mở cửa hàng nhỏ. Mặt trận và các đoàn thể cũng tích cực tham gia giám sát các công trình tại khu dân cư.",
    "Lớp học được tổ chức trong 5 ngày với các chuyên đề về lịch sử Đảng, Điều lệ Đảng và nhiệm vụ của đảng viên. Kết thúc khóa học, 100% học viên đạt yêu cầu và được cấp giấy chứng nhận.",
    "Năm qua, huyện đã điều động, luân chuyển 14 cán bộ giữa các phòng ban và các xã, bổ nhiệm mới 6 trưởng, phó phòng. Công tác quy hoạch được rà soát, bổ sung những cán bộ trẻ có năng lực.",
    "Trong quá trình triển khai, một số chi bộ còn lúng túng, nội dung sinh hoạt chưa phong phú, tỷ lệ đảng viên dự họp chưa cao. Một số đảng viên lớn tuổi ngại đổi mới, ít tham gia ý kiến.",
    "Đến nay, xã đã đạt 17/19 tiêu chí nông thôn mới, đường giao thông liên thôn được bê tông hóa gần hết. Nhiều hộ dân mạnh dạn chuyển sang trồng cây ăn quả cho thu nhập cao hơn trồng lúa.",
    "Qua rà soát, Đảng ủy đã đề nghị xóa tên 3 đảng viên bỏ sinh hoạt nhiều tháng liền và cho 2 đảng viên ra khỏi Đảng. Việc sàng lọc được làm chặt chẽ, đúng quy trình.",
    "Thời gian tới, Đảng bộ đặt mục tiêu mỗi năm kết nạp ít nhất 30 đảng viên, không để thôn nào không có đảng viên. Các chi bộ sẽ chủ động tạo nguồn từ lực lượng dân quân và đoàn viên.",
    "Ủy ban nhân dân huyện đã ban hành kế hoạch cải cách hành chính, đưa bộ phận một cửa cấp xã đi vào nền nếp. Người dân đến làm thủ tục được hướng dẫn tận tình, hồ sơ trả đúng hẹn đạt trên 98%.",
    "Tại kỳ họp, các đại biểu Hội đồng nhân dân đã chất vấn lãnh đạo UBND huyện về tiến độ giải phóng mặt bằng một số dự án. Nhiều ý kiến đề nghị công khai phương án đền bù để người dân yên tâm.",
    "Ban Chỉ đạo phòng, chống tham nhũng của huyện đã chỉ đạo rà soát việc kê khai tài sản, thu nhập của 320 cán bộ thuộc diện phải kê khai. Qua xác minh, chưa phát hiện trường hợp nào kê khai không trung thực.",
    "Ngay sau hội nghị, Ban Thường vụ Huyện ủy đã ban hành chương trình hành động, giao nhiệm vụ cụ thể cho từng cơ quan, đơn vị. Các cấp ủy cơ sở cũng xây dựng kế hoạch riêng, phù hợp với điều kiện thực tế.",
    "Các buổi học tập nghị quyết được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, thu hút đông đảo cán bộ, đảng viên tham gia. Báo cáo viên liên hệ thực tiễn địa phương nên nội dung dễ hiểu, dễ nhớ.",
    "Anh Vàng A Sử, một đảng viên trẻ ở bản Sín Chải chia sẻ, ngày được kết nạp vào Đảng là kỷ niệm không thể nào quên. Anh tự nhủ phải cố gắng nhiều hơn để làm gương cho thanh niên trong bản.",
    "Với sự hỗ trợ của Bộ đội Biên phòng, các thôn giáp biên đã thành lập tổ tự quản đường biên, cột mốc. Người dân thường xuyên cùng cán bộ đồn tuần tra, phát hiện và báo tin kịp thời.",
    "Theo đồng chí Trưởng Ban Dân vận Huyện ủy, cái khó nhất là làm sao để người dân thấy được lợi ích thiết thực của từng chủ trương. Khi dân hiểu, dân tin thì việc gì cũng làm được.",
    "Thực hiện kết luận kiểm tra, tập thể Ban Thường vụ Đảng ủy xã đã nghiêm túc kiểm điểm, xây dựng kế hoạch khắc phục những hạn chế được chỉ ra.",
    "Dịp này, 25 tập thể và 40 cá nhân có thành tích xuất sắc được Huyện ủy tặng giấy khen.",
    "Chi bộ thôn Đông hiện có 28 đảng viên, sinh hoạt đều đặn vào ngày mùng 5 hằng tháng. Mỗi kỳ sinh hoạt, chi bộ đều dành thời gian nghe ý kiến phản ánh của người dân qua các tổ trưởng.",
    "Bên cạnh kết quả đạt được, công tác xây dựng Đảng ở một số cơ sở vẫn còn những hạn chế nhất định. Việc nắm bắt tư tưởng đảng viên có lúc chưa kịp thời, chất lượng một số buổi sinh hoạt chưa cao.",
    "Chiều 14/3, Huyện ủy Nam Sơn tổ chức hội nghị sơ kết công tác quý I. Dự hội nghị có các đồng chí trong Ban Thường vụ, lãnh đạo các ban xây dựng Đảng và bí thư các đảng ủy cơ sở.",
    "Sáng nay, tại hội trường UBND xã, Đảng ủy xã Phú An long trọng tổ chức lễ trao Huy hiệu 50 năm tuổi Đảng cho 4 đảng viên. Đây là dịp để các thế hệ đảng viên ôn lại truyền thống.",
    "Năm học này, nhà trường có 12 giáo viên là đảng viên, chiếm gần một phần ba số cán bộ, giáo viên. Chi bộ luôn gắn sinh hoạt với nhiệm vụ chuyên môn của nhà trường.",
    "Từ đầu năm đến nay, các ngành chức năng đã phát hiện, xử lý 37 vụ vi phạm về khai thác khoáng sản trái phép, thu nộp ngân sách hơn 800 triệu đồng.",
)

SUBHEADINGS = (
    "Đổi mới từ cách làm", "Sát dân, hiểu dân", "Nhiều cách làm hay", "Còn đó những khó khăn",
    "Quyết tâm cao, hành động quyết liệt", "Kết quả bước đầu", "Chú trọng chất lượng", "Tạo nguồn từ cơ sở",
    "Khơi dậy tinh thần tự giác", "Hướng tới mục tiêu mới", "Những con số ấn tượng", "Gỡ khó cho chi bộ vùng cao",
    "Bài học kinh nghiệm", "Nhiệm vụ thời gian tới", "Lan tỏa mô hình hay",
)

CAPTIONS = (
    "Đồng chí Bí thư Huyện ủy trao quyết định kết nạp Đảng cho các đảng viên mới.",
    "Các đại biểu biểu quyết thông qua nghị quyết hội nghị.",
    "Quang cảnh hội nghị.",
    "Cán bộ xã đến từng nhà vận động người dân. Ảnh: Minh Khang",
    "Một buổi sinh hoạt chi bộ tại thôn Thượng. (Ảnh: Thu Trang)",
    "Lãnh đạo huyện tặng hoa chúc mừng các tập thể có thành tích xuất sắc.",
    "Đường bê tông nông thôn tại xã Tân Hòa được hoàn thành nhờ sự đóng góp của nhân dân.",
    "Các học viên dự lễ bế giảng lớp bồi dưỡng. Ảnh: PV",
    "Đoàn công tác kiểm tra thực tế tại cơ sở.",
    "Ảnh minh họa",
    "Lực lượng chức năng tuần tra trên tuyến biên giới. Ảnh tư liệu",
    "Đồng chí Phó Chủ tịch UBND tỉnh (thứ hai từ trái sang) thăm mô hình trồng cam của hộ anh Lường Văn Tâm.",
    "Đại biểu dự lễ chụp ảnh lưu niệm.",
    "Đoàn viên thanh niên ra quân dọn vệ sinh đường làng. Ảnh: Hoàng Yến",
    "Bí thư Đảng ủy xã Phú An Nguyễn Văn Khải phát biểu tại buổi lễ.",
)

NAMES = (
    "Thu Hà", "Minh Tuấn", "Ngọc Lan", "Hoàng Anh", "Quang Huy", "Văn Long", "Phương Thảo", "Đức Toàn",
    "Hải Yến", "Mai Hương", "Trọng Nghĩa", "Bảo Châu", "Kim Oanh", "Lê Dũng", "Thanh Bình",
)

_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


class _Page:
    def __init__(self) -> None:
        self.units: list[tuple[str, str]] = []

    def add(self, text: str, role: str) -> None:
        self.units.append((text, role))


def _date(rng: random.Random) -> tuple[int, int, int, int, int, int]:
    return (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2016, 2024), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def _stamp(rng: random.Random) -> str:
    d, m, y, hh, mm, ss = _date(rng)
    style = rng.randrange(9)
    if style == 0:
        return f"{d:02d}/{m:02d}/{y} {hh % 12 or 12}:{mm:02d}:{ss:02d} {'SA' if hh < 12 else 'CH'}"
    if style == 1:
        return f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:00"
    if style == 2:
        return f"Cập nhật: {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d} GMT+7"
    if style == 3:
        return f"{_WEEKDAYS[rng.randrange(7)]}, {d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}"
    if style == 4:
        return f"Ngày đăng: {d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}"
    if style == 5:
        return f"Đăng lúc {hh:02d}:{mm:02d} ngày {d}/{m}/{y}"
    if style == 6:
        return f"{hh:02d}:{mm:02d} | {d:02d}/{m:02d}/{y}"
    if style == 7:
        return f"({d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d})"
    return f"Thời gian đăng: {d}/{m}/{y}"


def _teaser_time(rng: random.Random, style: int) -> str:
    d, m, y, hh, mm, ss = _date(rng)
    if style == 0:
        return f"({d:02d}/{m:02d}/{y} {hh % 12 or 12}:{mm:02d}:{ss:02d} {'SA' if hh < 12 else 'CH'})"
    if style == 1:
        return f"({d:02d}/{m:02d}/{y})"
    return f"- {d:02d}/{m:02d}"


def _cut(text: str, rng: random.Random) -> str:
    words = text.split()
    return " ".join(words[: rng.randint(18, 26)]) + "..."


def _header(p: _Page, rng: random.Random, site: tuple[str, str]) -> None:
    name, domain = site
    options = [
        lambda: rng.choice(("Trang chủ > Tin tức > Xây dựng Đảng", "Trang chủ / Chính trị / Xây dựng Đảng", "Trang chủ » Thời sự » Tin trong tỉnh", "Trang chủ Chuyên mục Xây dựng Đảng")),
        lambda: rng.choice(("Giới thiệu | Tin tức | Văn bản | Liên hệ", "Tin tức - Sự kiện", "XÂY DỰNG ĐẢNG", "Chính trị", "Thời sự", "Tin địa phương")),
        lambda: name.upper(),
        lambda: rng.choice(("Đăng nhập | Đăng ký", "Tìm kiếm", "Tìm kiếm...", "English", "Sơ đồ cổng")),
        lambda: f"{_WEEKDAYS[rng.randrange(7)]}, ngày {rng.randint(1, 28)} tháng {rng.randint(1, 12)} năm {rng.randint(2018, 2024)}",
        lambda: rng.choice(("Nghe đọc bài viết", "Tải ứng dụng", "Video", "Ảnh", "Podcast", "Đường dây nóng")),
    ]
    for f in rng.sample(options, rng.randint(1, 4)):
        p.add(f(), "boilerplate")


def _article(p: _Page, rng: random.Random, site: tuple[str, str]) -> str:
    title = rng.choice(HEADLINES)
    glue_caption = rng.random() < 0.15
    if rng.random() < 0.5:
        p.add(title, "title")
        p.add(_stamp(rng), "boilerplate")
    else:
        p.add(_stamp(rng), "boilerplate")
        p.add(title, "title")
    if rng.random() < 0.3:
        p.add(rng.choice(("A- A A+", "Cỡ chữ: A- A+", "In bài viết", "Chia sẻ", "Lượt xem: " + f"{rng.randint(100, 9999):,}".replace(",", "."))), "boilerplate")
    body = rng.sample(BODY, rng.randint(3, 8))
    subs = rng.sample(SUBHEADINGS, 2)
    lead = body[0]
    if rng.random() < 0.3:
        tag = rng.choice((f"({site[1]}) - ", "NAM SƠN - ", "HL - ", f"{site[1]} - "))
        lead = tag + lead
    p.add(lead, "body")
    if rng.random() < 0.6:
        cap = rng.choice(CAPTIONS)
        p.add(title + cap if glue_caption else cap, "boilerplate")
    for k, para in enumerate(body[1:], 1):
        if k in (2, 5) and len(body) > 4 and rng.random() < 0.6:
            p.add(subs[k // 4], "title")
        p.add(para, "body")
        if k == 3 and rng.random() < 0.3:
            p.add(rng.choice(CAPTIONS), "boilerplate")
    who = rng.choice(NAMES)
    p.add(rng.choice((who, who.upper(), f"Bài và ảnh: {who}", f"{who} (TTXVN)", f"{who}/{site[0]}", f"Tác giả: {who}", f"{who} - {rng.choice(NAMES)}")), "boilerplate")
    if rng.random() < 0.4:
        p.add(rng.choice((f"Nguồn: {site[1]}", f"Theo {site[0]}", "Nguồn: Ban Tuyên giáo Huyện ủy")), "boilerplate")
    return title


def _related(p: _Page, rng: random.Random, site: tuple[str, str], title: str) -> None:
    p.add(rng.choice(("Tin liên quan", "Tin cùng chuyên mục", "Các tin khác", "Bài viết liên quan", "Đọc nhiều nhất", "Tin mới", "Các tin đã đưa", "TIN KHÁC")), "boilerplate")
    style = rng.randrange(4)
    for head in rng.sample([h for h in HEADLINES if h != title], rng.randint(3, 6)):
        if style == 0:
            t = _teaser_time(rng, rng.randrange(2))
            p.add(head + ("" if rng.random() < 0.5 else " ") + t, "boilerplate")
        elif style == 1:
            p.add(head, "boilerplate")
            if rng.random() < 0.7:
                p.add(head, "boilerplate")
            p.add(_stamp(rng), "boilerplate")
            p.add(f"{site[1]} {_cut(rng.choice(BODY), rng)}", "boilerplate")
        elif style == 2:
            p.add(rng.choice(("» ", "- ", "• ")) + head + " " + _teaser_time(rng, 2), "boilerplate")
        else:
            p.add(head, "boilerplate")
            p.add(_cut(rng.choice(BODY), rng), "boilerplate")
    if rng.random() < 0.5:
        p.add(rng.choice(("Xem thêm", "Xem tiếp", "Xem tất cả", "Trở về", "Lên đầu trang")), "boilerplate")


def _comments(p: _Page, rng: random.Random) -> None:
    for t in rng.sample(
        ("Ý kiến bạn đọc", "Họ và tên *", "Địa chỉ email *", "Nội dung bình luận *", "Gửi bình luận", "Mã xác nhận",
         "Bạn còn 500 ký tự", "Gửi ý kiến", "Bình luận của bạn sẽ được duyệt trước khi đăng"),
        rng.randint(2, 5),
    ):
        p.add(t, "boilerplate")


def _footer(p: _Page, rng: random.Random, site: tuple[str, str]) -> None:
    name, domain = site
    rows = [
        f"Cơ quan chủ quản: {rng.choice(('Tỉnh ủy Hòa Lâm', 'UBND huyện Nam Sơn', 'Huyện ủy Vĩnh Phước', 'Ban Tuyên giáo Tỉnh ủy Sơn Hà'))}",
        f"Tổng biên tập: {rng.choice(('Nguyễn Văn Hòa', 'Trần Thị Minh Nguyệt', 'Lê Quốc Khánh'))}",
        f"Giấy phép số {rng.randint(10, 499)}/GP-BTTTT cấp ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2010, 2022)}",
        f"Địa chỉ: Số {rng.randint(1, 200)}, đường {rng.choice(('Trần Hưng Đạo', 'Lê Lợi', 'Hùng Vương', '19/5'))}, {rng.choice(('phường Quyết Tiến', 'thị trấn Nam Sơn', 'phường Hòa Bình'))}",
        f"Điện thoại: 02{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)} - Fax: 02{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
        f"Email: {rng.choice(('toasoan', 'banbientap', 'lienhe', 'bbt'))}@{domain}",
        f"© Bản quyền thuộc về {name}",
        f"Ghi rõ nguồn {domain} khi phát hành lại thông tin từ website này",
        "Không sao chép dưới mọi hình thức khi chưa được sự đồng ý bằng văn bản",
        f"Đang truy cập: {rng.randint(5, 300)}",
        f"Hôm nay: {rng.randint(100, 9999):,}".replace(",", "."),
        f"Tổng lượt truy cập: {rng.randint(100000, 9999999):,}".replace(",", "."),
        rng.choice(("Liên kết website", "Chọn liên kết", "Thời tiết", "Tỷ giá", "Quảng cáo", "Liên hệ quảng cáo")),
        rng.choice(("Thiết kế bởi Công ty Giải pháp số Sơn Hà", "Phát triển bởi Trung tâm Công nghệ thông tin tỉnh", "POWERED BY HL-CMS")),
        rng.choice(("Facebook", "Zalo", "Youtube", "Chia sẻ: Facebook | Zalo | Twitter")),
        rng.choice(("Lên đầu trang", "top", "Về đầu trang")),
    ]
    if rng.random() < 0.5:
        p.add(name.upper(), "boilerplate")
    for t in rng.sample(rows, rng.randint(4, 9)):
        p.add(t, "boilerplate")


# -- article pages with photo captions that read like sentences (guide §5) ----------------------
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô", "Dương", "Lò", "Hà", "Tòng", "Lường", "Mai", "Đinh", "Quách")
MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Ngọc", "Xuân", "Thế", "Kim", "Công")
GIVEN = ("Khải", "Thắng", "Tâm", "Hòa", "Bình", "Nga", "Phúc", "Sơn", "Cường", "Yến", "Thảo", "Lộc", "Vinh", "Hạnh", "Tuấn", "Dung", "Khoa", "Nhàn", "Hiếu", "Trung")
PROVINCES = ("Hòa Lâm", "Sơn Hà", "Tân Lập", "Lam Điền", "Đông Hải")
DISTRICTS = ("Nam Sơn", "Vĩnh Phước", "Thạch Bàn", "Yên Khê", "Minh Lạc", "Phú Thượng")
COMMUNES = ("Phú An", "Tân Hòa", "Hưng Đạo", "Đồng Tâm", "Quyết Tiến", "Nậm Cang", "Thanh Xuyên")
VILLAGES = ("Đông", "Thượng", "Bản Phìn", "Khe Mơ", "Làng Chè", "Tân Tiến")

# a title and its place: (kind of place, template); {p}: the place's name
TITLES = (
    ("province", "Bí thư Tỉnh ủy {p}"), ("province", "Phó Bí thư Thường trực Tỉnh ủy {p}"),
    ("province", "Chủ tịch UBND tỉnh {p}"), ("province", "Phó Chủ tịch HĐND tỉnh {p}"),
    ("province", "Trưởng Ban Tổ chức Tỉnh ủy {p}"), ("province", "Trưởng Ban Dân vận Tỉnh ủy {p}"),
    ("province", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy {p}"), ("province", "Giám đốc Sở Nội vụ tỉnh {p}"),
    ("province", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh {p}"), ("province", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy {p}"),
    ("district", "Bí thư Huyện ủy {p}"), ("district", "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện {p}"),
    ("district", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy {p}"), ("district", "Trưởng Ban Tổ chức Huyện ủy {p}"),
    ("district", "Phó Chủ tịch UBND huyện {p}"), ("commune", "Bí thư Đảng ủy xã {p}"),
    ("commune", "Chủ tịch UBND xã {p}"), ("commune", "Phó Bí thư Thường trực Đảng ủy xã {p}"),
)
ORGS = (
    ("province", "Tỉnh ủy {p}"), ("province", "Ban Thường vụ Tỉnh ủy {p}"), ("province", "UBND tỉnh {p}"),
    ("district", "Huyện ủy {p}"), ("district", "Ban Thường vụ Huyện ủy {p}"), ("district", "Ủy ban Kiểm tra Huyện ủy {p}"),
    ("commune", "Đảng ủy xã {p}"), ("commune", "Hội Nông dân xã {p}"),
)
EVENTS = (
    "Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm", "lễ trao quyết định về công tác cán bộ",
    "buổi làm việc với Ban Thường vụ Huyện ủy", "Hội nghị tổng kết công tác kiểm tra, giám sát năm",
    "lễ kết nạp đảng viên mới", "buổi gặp mặt các đảng viên lão thành", "Đại hội đại biểu Đảng bộ huyện lần thứ XXI",
    "hội nghị học tập, quán triệt nghị quyết của Tỉnh ủy", "buổi đối thoại với nông dân", "lễ ra mắt mô hình dân vận khéo",
    "kỳ họp thứ tám HĐND tỉnh", "lễ khởi công tuyến đường liên xã", "hội nghị biểu dương điển hình tiên tiến",
)
ACTS = (
    "phát biểu tại {e}", "phát biểu chỉ đạo {e}", "phát biểu kết luận {e}", "chủ trì {e}",
    "trao quyết định bổ nhiệm cho đồng chí {n}", "trao Huy hiệu 40 năm tuổi Đảng cho các đảng viên",
    "tặng Bằng khen cho các tập thể có thành tích xuất sắc", "tặng giấy khen cho các cá nhân tiêu biểu",
    "trao quà cho các hộ khó khăn xã {c}", "thăm mô hình trồng cam của hộ ông {n}", "kiểm tra tiến độ xây dựng nhà văn hóa thôn {v}",
    "tặng hoa chúc mừng các đảng viên mới", "trò chuyện với người dân thôn {v}", "dâng hoa tại Đài tưởng niệm liệt sĩ huyện {d}",
    "làm việc với Đảng ủy xã {c}", "cắt băng khánh thành cầu treo bản {v}", "thăm hỏi gia đình chính sách ở xã {c}",
    "dự và chỉ đạo {e}", "tặng quà học sinh nghèo vượt khó",
)
SCENES = (
    "Quang cảnh {e}", "Toàn cảnh {e}", "Các đại biểu dự {e}", "Đại biểu biểu quyết thông qua nghị quyết tại {e}",
    "Một góc thị trấn {d} hôm nay", "Tuyến đường liên xã {c} sau khi được nâng cấp", "Cánh đồng lúa xã {c} vào mùa gặt",
    "Các đảng viên mới tuyên thệ dưới cờ Đảng", "Người dân thôn {v} làm đường bê tông", "Nhà văn hóa thôn {v} mới được khánh thành",
    "Đoàn công tác của Tỉnh ủy thăm mô hình chăn nuôi ở xã {c}", "Các đại biểu chụp ảnh lưu niệm",
    "Lãnh đạo huyện {d} và các đại biểu tại {e}",
)
CLAUSES = (
    "năm nay toàn huyện phấn đấu kết nạp ít nhất 200 đảng viên mới",
    "các chi bộ cần đổi mới nội dung sinh hoạt cho sát với đời sống của người dân",
    "việc sắp xếp bộ máy phải bảo đảm ổn định, không gây xáo trộn tư tưởng cán bộ",
    "cấp ủy các cấp phải coi trọng công tác kiểm tra, giám sát ngay từ đầu nhiệm kỳ",
    "mỗi cán bộ, đảng viên phải gương mẫu trước nhân dân ở nơi cư trú",
    "huyện sẽ tập trung tháo gỡ vướng mắc về mặt bằng để công trình sớm hoàn thành",
    "người đứng đầu phải chịu trách nhiệm nếu để xảy ra sai phạm ở đơn vị mình",
    "công tác quy hoạch cán bộ cần mở rộng nguồn, chú ý cán bộ trẻ và cán bộ nữ",
)
SUBHEADS = (
    "{k} đột phá trong công tác cán bộ", "Ba nhóm giải pháp trọng tâm", "Khi người đứng đầu gương mẫu",
    "Những việc cần làm ngay", "Nâng cao chất lượng đội ngũ cấp ủy viên", "Đối với Ban Thường vụ Đảng ủy xã {c}",
    "{k} bài học từ thực tiễn xã {c}", "Kỳ {k}: Gỡ nút thắt ở cơ sở", "Về công tác tổ chức, cán bộ",
    "Chi bộ vững thì thôn mạnh", "Dân tin thì việc khó cũng thành", "Mô hình mới ở vùng cao {d}",
    "Để nghị quyết sớm đi vào cuộc sống", "Còn không ít việc phải làm", "Tiếp tục đổi mới cách làm trong năm {y}",
)
_ROMAN = ("I", "II", "III", "IV")
_NUMBER_WORDS = ("Hai", "Ba", "Bốn", "Năm")


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _place(rng: random.Random, kind: str) -> str:
    return rng.choice({"province": PROVINCES, "district": DISTRICTS, "commune": COMMUNES}[kind])


def _title(rng: random.Random) -> str:
    kind, t = rng.choice(TITLES)
    return t.format(p=_place(rng, kind))


def _org(rng: random.Random) -> str:
    kind, t = rng.choice(ORGS)
    return t.format(p=_place(rng, kind))


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        e=rng.choice(EVENTS), n=_name(rng), c=rng.choice(COMMUNES), d=rng.choice(DISTRICTS), v=rng.choice(VILLAGES),
        k=rng.randint(2, 6), y=rng.randint(2019, 2025),
    )


def _caption(rng: random.Random) -> list[str]:
    """A photo caption that reads like a sentence (no "Ảnh" most of the time); two lines when the
    page broke it after the person's name."""
    style = rng.randrange(7)
    where = rng.choice(("", "", "", " (thứ hai từ trái sang)", " (giữa)", " (bìa phải)"))
    if style == 0:
        text = f"Đồng chí {_name(rng)}{where}, {_title(rng)}, {_fill(rng.choice(ACTS), rng)}"
    elif style == 1:
        text = f"{_title(rng)} {_name(rng)}{where} {_fill(rng.choice(ACTS), rng)}"
    elif style == 2:
        text = f"{_title(rng)} {_name(rng)} và {_title(rng)} {_name(rng)} tại {_fill('{e}', rng)}"
    elif style == 3:
        text = rng.choice((
            f"Ông {_name(rng)} thôi giữ chức {_title(rng)} và nhận nhiệm vụ mới tại {_org(rng)}",
            f"Bà {_name(rng)} nhận quyết định giữ chức {_title(rng)}",
            f"Ông {_name(rng)}{where} nhận quyết định điều động, bổ nhiệm",
        ))
    elif style == 4:
        text = rng.choice((
            f"{_org(rng)} tặng giấy khen cho các tập thể có thành tích xuất sắc trong phong trào thi đua năm {rng.randint(2019, 2025)}",
            f"{_org(rng)} khen thưởng các tập thể, cá nhân tiêu biểu",
            f"Lãnh đạo {_org(rng)} trao Bằng khen cho các tập thể",
        ))
    elif style == 5:
        text = _fill(rng.choice(SCENES), rng)
    else:
        return [f"{_title(rng)} {_name(rng)}", _fill(rng.choice(ACTS), rng) + rng.choice(("", "."))]
    end = rng.random()
    if end < 0.65:
        return [text + "."]
    if end < 0.85:
        return [text]
    credit = rng.choice((f". Ảnh: {rng.choice(NAMES)}", f" (Ảnh: {rng.choice(NAMES)})", ". Ảnh tư liệu", f" - Ảnh: {rng.choice(NAMES)}"))
    return [text + credit]


def _person_sentences(rng: random.Random) -> str:
    """A body sentence about a person or an event: a full clause (a time or frame before it, a
    reporting verb, an aspect word), not a caption."""
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice((
        f"Sáng {d}/{m}, {_org(rng)} tổ chức {rng.choice(EVENTS)}.",
        f"Chiều {d}/{m}, tại hội trường UBND huyện {rng.choice(DISTRICTS)}, {_org(rng)} đã tổ chức {rng.choice(EVENTS)}.",
        f"Dự hội nghị có đồng chí {_name(rng)}, {_title(rng)}.",
        f"Tham dự buổi lễ còn có đại diện lãnh đạo {_org(rng)} và các xã trên địa bàn.",
        f"Phát biểu tại hội nghị, đồng chí {_name(rng)}, {_title(rng)} nhấn mạnh, {rng.choice(CLAUSES)}.",
        f"Theo ông {_name(rng)}, {_title(rng)}, {rng.choice(CLAUSES)}.",
        f"Đồng chí {_name(rng)}, {_title(rng)} cho biết, {rng.choice(CLAUSES)}.",
        f"Ông {_name(rng)} sinh năm {rng.randint(1968, 1985)}, quê xã {rng.choice(COMMUNES)}, từng giữ chức {_title(rng)}.",
        f"Trước đó, ông {_name(rng)} đã thôi giữ chức {_title(rng)} để nhận nhiệm vụ mới.",
        f"Dịp này, {_org(rng)} đã tặng giấy khen cho {rng.randint(5, 40)} tập thể và {rng.randint(5, 60)} cá nhân có thành tích xuất sắc.",
        f"Thay mặt {_org(rng)}, đồng chí {_name(rng)} trao quyết định và chúc mừng các đồng chí được bổ nhiệm.",
    ))


def _name_list(p: _Page, rng: random.Random) -> None:
    """A list of people in the article text (body): an intro ending in a colon, then one name and
    title per paragraph."""
    p.add(rng.choice((
        f"{rng.randint(3, 8)} trường hợp bị kỷ luật khiển trách gồm:", "Các đồng chí được bổ nhiệm gồm:",
        f"Danh sách {rng.randint(3, 8)} cán bộ được điều động gồm:", "Các cá nhân bị kỷ luật cảnh cáo gồm:",
    )), "body")
    for _ in range(rng.randint(3, 6)):
        kind, t = rng.choice(TITLES)
        title = t.format(p=_place(rng, kind))
        title = title[:1].lower() + title[1:] if rng.random() < 0.5 else title
        p.add(rng.choice(("", "- ")) + f"{_name(rng)}, {rng.choice(('', 'nguyên '))}{title}.", "body")


def _subhead(rng: random.Random, k: int) -> str:
    head = _fill(rng.choice(SUBHEADS), rng)
    style = rng.randrange(5)
    if style == 0:
        return f"{k}. {head}"
    if style == 1:
        return f"{_ROMAN[(k - 1) % 4]}. {head.upper() if rng.random() < 0.5 else head}"
    return head


def _caption_article(p: _Page, rng: random.Random, site: tuple[str, str], chrome: bool) -> str:
    title = rng.choice(HEADLINES)
    p.add(title, "title")
    if chrome:
        p.add(_stamp(rng), "boilerplate")
    body = rng.sample(BODY, rng.randint(4, 9))
    p.add(_person_sentences(rng) if rng.random() < 0.5 else body[0], "body")
    k = 1
    for i, para in enumerate(body[1:], 1):
        r = rng.random()
        if r < 0.3:
            for line in _caption(rng):
                p.add(line, "boilerplate")
        elif r < 0.4:
            p.add(_person_sentences(rng), "body")
        elif r < 0.47:
            p.add(f"Ảnh: {rng.choice(NAMES)} {para}", "body")  # a caption credit glued to body text is body
            continue
        elif r < 0.6 and i > 1:
            p.add(_subhead(rng, k), "title")
            k += 1
        if rng.random() < 0.12:
            _name_list(p, rng)
        p.add(para, "body")
    if rng.random() < 0.5:
        who = rng.choice(NAMES)
        p.add(rng.choice((who, who.upper(), f"{who} (TTXVN)", f"Theo {site[0]}")), "boilerplate")
    return title


def caption_pages(n: int = 30, seed: int = 2025) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """``n`` synthetic article pages with captions, name lists and sub-headings, half of them
    inside page chrome and half as bare article text."""
    rng = random.Random(seed)
    for k in range(n):
        site = SITES[k % len(SITES)]
        p = _Page()
        chrome = k % 2 == 0
        if chrome and rng.random() < 0.85:
            _header(p, rng, site)
        title = _caption_article(p, rng, site, chrome)
        if chrome:
            if rng.random() < 0.7:
                _related(p, rng, site, title)
            if rng.random() < 0.7:
                _footer(p, rng, site)
        yield f"synthetic-caption-{k:03d}", p.units


def synthetic_pages(n: int = 30, seed: int = 2024) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """``n`` synthetic pages as ``(doc_id, [(text, role), ...])``."""
    rng = random.Random(seed)
    for k in range(n):
        site = SITES[k % len(SITES)]
        p = _Page()
        if rng.random() < 0.85:
            _header(p, rng, site)
        title = _article(p, rng, site)
        if rng.random() < 0.8:
            _related(p, rng, site, title)
        if rng.random() < 0.3:
            _comments(p, rng)
        if rng.random() < 0.3:
            _related(p, rng, site, title)
        if rng.random() < 0.85:
            _footer(p, rng, site)
        yield f"synthetic-chrome-{k:03d}", p.units


def write_synthetic(path: str | Path, n: int = 30, seed: int = 2024, n_caption: int = 30, caption_seed: int = 2025) -> int:
    """Write the inline JSONL file of :func:`synthetic_pages` and :func:`caption_pages`; returns
    the number of units."""
    from ..atomic import atomic_file

    count = 0
    with atomic_file(path) as f:
        for doc_id, units in chain(synthetic_pages(n, seed), caption_pages(n_caption, caption_seed)):
            for i, (text, role) in enumerate(units):
                rec = {"id": f"{doc_id}/{i}", "doc_id": doc_id, "text": text, "role": role, "themes": [], "spans": [], "meta": {"synthetic": True}}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                count += 1
    return count


if __name__ == "__main__":  # pragma: no cover
    out = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parents[2] / "corpora" / SYNTHETIC_FILE)
    print(f"wrote {write_synthetic(out)} units to {out}")
