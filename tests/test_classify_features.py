"""The fast feature code of viet_partydocs.classify against plain reference implementations.

The features are computed with caches, numpy and sparse products; here each one is compared
with the straightforward definition it replaces (scikit-learn's ``TfidfVectorizer``, one regular
expression per cue list, the paragraph-by-paragraph layout code), on paragraphs we write in the
style of provincial news pages and on generated text (hypothesis).
"""

from __future__ import annotations

import math
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from viet_partydocs.classify import features as F
from viet_partydocs.classify.cues import CueCounter, cue_regex, plain_cue_regex
from viet_partydocs.patterns.themes import CAPTION_CUES, CHROME_CUES, THEME_CUES
from viet_partydocs.text.normalize import normalize

PAGES = [
    [
        "Trang chủ > Tin tức > Xây dựng Đảng",
        "Đảng bộ xã Tân Phú kết nạp 12 đảng viên mới",
        "Cập nhật: 12/04/2023 09:15 GMT+7",
        "Năm 2023, Đảng bộ xã kết nạp 12 đảng viên mới, vượt 20% chỉ tiêu. Công tác kiểm tra, giám sát được tăng cường.",
        "Theo Bí thư Đảng ủy xã, các chi bộ đã chú trọng tạo nguồn phát triển đảng viên từ đoàn viên ưu tú.",
        "MINH CHÂU",
        "Tin liên quan",
        "Hội nghị Ban Chấp hành Đảng bộ thị xã lần thứ 9 (02/02/2023 3:40:05 CH)",
        "Điện thoại: 0236.3821.456 - Fax: 0236.3821.457 | Email: bbt@baodonghai.vn",
        "Trang chủ > Tin tức > Xây dựng Đảng",
    ],
    [
        "ĐIỀU 5. Trách nhiệm của cấp ủy",
        "Điều 6. Tổ chức thực hiện",
        "1. Ban Thường vụ Huyện ủy chịu trách nhiệm lãnh đạo, chỉ đạo thực hiện Quy định này…",
        "Ảnh: Quốc Việt",
        "Nguồn: www.baodonghai.vn",
        "Xã Hòa Bình ra quân làm đường giao thông nông thôn, huy động hơn 2 tỷ đồng. Đọc thêm...",
        "",
        "Chi bộ thôn Bắc tổ chức sinh hoạt chuyên đề về việc làm theo tư tưởng, đạo đức, phong cách của Bác.",
        "(TTXVN) - Sáng 5/6, Ủy ban Kiểm tra Tỉnh ủy công bố kết luận kiểm tra dấu hiệu vi phạm.",
        "cơ sởĐảng bộ huyện đã chỉ đạo chạy chức, chạy quyền được ngăn chặn",
    ],
]

# pieces of generated text: cue words and their near misses, dates, times, names, symbols
PIECES = [
    "theo", "Theo", "ảnh", "Ảnh:", "cập nhật", "chịu trách nhiệm", "GMT+7", "gmt - 7", "SA", "ch", "ſa", "am", "Pm",
    "12/03/2023", "2023-11-03", "08:15", "3:40:05", "www.baodonghai.vn", "HTTP://x.vn", "bbt@baodonghai.vn",
    "0236.3821.456", "+84 912 345 678", "Điều 5", "CHƯƠNG II", "Minh Châu", "MINH", "...", "…", "(", ")", "|", "/",
    "Đảng", "ĐẢNG", "sởĐảng", "Ⅻ", "²", "_", "kiểm tra, giám sát", "giám sát", "chạy chức, chạy quyền", "chạy chức",
    "kinh tế - xã hội", "kinh tế", "nhân dân", "uỷ ban", "Uỷ", "hoá", "\u0301", "a\u0301", "1.", "•", "«", "”",
    "tin liên quan", "trang chủ", "tr.", "nxb", "(ảnh", "/vov.vn", "x", "Y", "0", "42",
]
SEPARATORS = [" ", "  ", ", ", ". ", "-", "", "\t", " / "]
paragraphs = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=12).map(
    lambda xs: "".join(p + s for p, s in xs)
)
documents = st.lists(paragraphs, min_size=1, max_size=8)


# -- references: the plain implementations the fast code replaces ------------------------------
def _low(text: str) -> str:
    return normalize(text).lower()


def ref_shape(text: str, chrome: re.Pattern, caption: re.Pattern) -> list[float]:
    stripped = text.strip()
    low = _low(stripped)
    sylls = stripped.split()
    n_syll = len(sylls)
    letters = [c for c in stripped if c.isalpha()]
    n_letters = len(letters)
    n_upper = sum(1 for c in letters if c.isupper())
    initial_caps = sum(1 for s in sylls if s[:1].isupper() or (s[:1] in "(\"“'" and s[1:2].isupper()))
    digits = len(F._DIGIT.findall(stripped))
    final = F._final_class(stripped)
    chrome_hits = chrome.findall(low)
    dates = F._DATE.findall(stripped)
    times = F._TIME.findall(stripped)
    residue = F._NON_WORD.sub(" ", F._TIME.sub(" ", F._DATE.sub(" ", chrome.sub(" ", low)))).split()
    all_caps = n_letters >= 3 and n_upper == n_letters
    name_like = 2 <= n_syll <= 5 and not digits and final in ("alnum", ".") and all(s[:1].isupper() for s in sylls) and not chrome_hits
    return [
        math.log1p(len(stripped)), math.log1p(n_syll), float(n_syll <= 2), float(n_syll <= 4), float(n_syll <= 8),
        float(n_syll <= 15), float(n_syll >= 30), *(float(final == f) for f in F._FINALS),
        float(bool(F._ELLIPSIS_END.search(stripped))), math.log1p(len(F._SENT_END.findall(stripped))),
        n_upper / n_letters if n_letters else 0.0, float(all_caps), initial_caps / n_syll if n_syll else 0.0,
        float(stripped[:1].isupper()), float(name_like), digits / max(len(stripped), 1), float(n_letters == 0),
        float(bool(dates)), float(bool(times)), float(bool(F._STAMP_END.search(stripped)) and bool(dates or times)),
        float(bool(dates or times) and len(residue) <= 2), float(bool(F._URL.search(stripped))),
        float(bool(F._EMAIL.search(stripped))), float(bool(F._PHONE.search(stripped))),
        float(bool(F._BULLET.match(stripped))), float(bool(F._LEGAL_HEAD.match(stripped))),
        float(bool(F._SOURCE_START.match(stripped))), float(bool(F._GLUED.search(stripped))),
        math.log1p(len(chrome_hits)), float(bool(chrome_hits) and low.startswith(chrome_hits[0])),
        float(bool(chrome_hits) and len(residue) <= 1), math.log1p(len(caption.findall(low))),
        math.log1p(stripped.count("(")), float("|" in stripped or " / " in stripped),
    ]


def ref_layout(texts: list[str]) -> np.ndarray:
    chrome, caption = plain_cue_regex(CHROME_CUES), plain_cue_regex(CAPTION_CUES)
    n = len(texts)
    shapes = np.array([ref_shape(t, chrome, caption) for t in texts], dtype=np.float64)
    keys = [" ".join(_low(t).split()) for t in texts]
    s = F._SHAPE_INDEX
    n_syll = np.array([len(t.split()) for t in texts])
    long_prose = (n_syll >= 25) & (shapes[:, s["final_."]] + shapes[:, s["final_:"]] + shapes[:, s["final_quote"]] > 0)
    long_cum = np.concatenate([[0], np.cumsum(long_prose)])
    counts = {k: keys.count(k) for k in keys}
    heads = [k for k in keys if len(k) >= 12]
    zeros = np.zeros(len(F.NEIGHBOUR_SHAPES))
    rows = []
    for i in range(n):
        k = keys[i]
        before, after = long_cum[i], long_cum[n] - long_cum[i + 1]
        context = [
            i / (n - 1) if n > 1 else 0.0, float(i == 0), float(i == n - 1), math.log1p(i), math.log1p(n - 1 - i),
            math.log1p(n), math.log1p(before), math.log1p(after), float(before == 0), float(after == 0),
            float(i > 0 and keys[i - 1] == k), float(i < n - 1 and keys[i + 1] == k), float(counts[k] > 1),
            float(any(len(h) < len(k) and k.startswith(h) for h in heads)), float(i == 0), float(i == n - 1),
            float((n_syll <= 8).mean()), float((shapes[:, s["has_date"]] + shapes[:, s["has_time"]] > 0).mean()),
            float(shapes[:, s["legal_head"]].sum() >= 2), float(np.mean(shapes[:, s["chrome_cues"]] > 0)),
        ]
        prev = shapes[i - 1, F._NEIGHBOUR_IDX] if i > 0 else zeros
        nxt = shapes[i + 1, F._NEIGHBOUR_IDX] if i < n - 1 else zeros
        rows.append(np.concatenate([shapes[i], prev, nxt, context]))
    return np.vstack(rows)


def _word_string(p: F.ParagraphInput) -> str:
    return " ".join(p.forms)


def _char_string(p: F.ParagraphInput) -> str:
    return F._DIGIT.sub("0", _low(p.text))


def _inputs(pages: list[list[str]]) -> list[F.ParagraphInput]:
    return [p for page in pages for p in F.inputs_from_texts(page)]


# -- TF-IDF -------------------------------------------------------------------------------------
@pytest.mark.parametrize("max_features", [None, 40])
def test_tfidf_transformers_give_the_numbers_of_sklearn(max_features) -> None:
    X = _inputs(PAGES)
    fit, other = X[:12], X
    cases = [
        (F.WordTfidf(ngram_range=(1, 2), min_df=1, max_features=max_features),
         TfidfVectorizer(token_pattern=r"\S+", lowercase=False, ngram_range=(1, 2), min_df=1, sublinear_tf=True,
                         max_features=max_features), _word_string),
        (F.CharTfidf(ngram_range=(2, 5), min_df=2, max_features=max_features),
         TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=max_features),
         _char_string),
    ]
    for ours, theirs, as_string in cases:
        a = ours.fit_transform(fit)
        b = theirs.fit_transform([as_string(p) for p in fit])
        assert list(ours.get_feature_names_out()) == list(theirs.get_feature_names_out())
        assert np.array_equal(a.toarray(), b.toarray())
        assert np.array_equal(ours.transform(other).toarray(), theirs.transform([as_string(p) for p in other]).toarray())
        assert np.array_equal(ours.tfidf_.idf_, theirs.idf_)


def test_document_tfidf_gives_each_paragraph_its_document_row() -> None:
    X = _inputs(PAGES)
    ours = F.DocumentTfidf(ngram_range=(1, 1), min_df=1)
    a = ours.fit_transform(X).toarray()
    docs = [" ".join(" ".join(p.forms) for p in F.inputs_from_texts(page)) for page in PAGES]
    theirs = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, min_df=1, sublinear_tf=True).fit(docs)
    expected = theirs.transform(docs).toarray()[[0] * len(PAGES[0]) + [1] * len(PAGES[1])]
    assert np.array_equal(a, expected)
    assert np.array_equal(ours.transform(X).toarray(), expected)


def test_a_vocabulary_left_empty_gives_zero_columns() -> None:
    X = F.inputs_from_texts(PAGES[0])  # one document: no word is in 2 documents
    doc = F.DocumentTfidf(min_df=2)
    assert doc.fit_transform(X).shape == (len(X), 0)
    assert doc.transform(X).shape == (len(X), 0)


@settings(max_examples=60, deadline=None)
@given(documents, documents)
def test_char_tfidf_matches_sklearn_on_any_text(train, test) -> None:
    fit, other = F.inputs_from_texts(train), F.inputs_from_texts(test)
    ours = F.CharTfidf(ngram_range=(2, 4), min_df=1, max_features=25)
    theirs = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=1, sublinear_tf=True, max_features=25)
    try:
        b = theirs.fit_transform([_char_string(p) for p in fit])
    except ValueError:  # sklearn refuses an empty vocabulary; we give no columns
        assert ours.fit_transform(fit).shape[1] == 0
        return
    assert np.array_equal(ours.fit_transform(fit).toarray(), b.toarray())
    assert np.array_equal(ours.transform(other).toarray(), theirs.transform([_char_string(p) for p in other]).toarray())


# -- cues ---------------------------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(paragraphs)
def test_cue_regex_finds_what_the_plain_alternation_finds(text) -> None:
    low = _low(text)
    for cues in (CHROME_CUES, CAPTION_CUES, *THEME_CUES.values()):
        assert cue_regex(tuple(cues)).findall(low) == plain_cue_regex(cues).findall(low)


@settings(max_examples=150, deadline=None)
@given(documents)
def test_cue_counter_counts_what_findall_counts(texts) -> None:
    lows = [_low(t) for t in texts]
    lists = [tuple(c) for c in THEME_CUES.values()] + [("kiểm tra", "kiểm tra, giám sát", "giám sát"), ()]
    expected = np.array([[len(plain_cue_regex(c).findall(low)) for c in lists] for low in lows])
    assert np.array_equal(CueCounter(lists).counts(lows), expected)


def test_cue_counter_on_overlapping_cues_of_different_lists() -> None:
    text = "cán bộ bị xử lý vì chạy chức, chạy quyền; chạy chức là sai"
    counts = CueCounter([("chạy chức",), ("chạy chức, chạy quyền", "chạy quyền")]).counts([text])
    assert counts.tolist() == [[2, 1]]


# -- layout -------------------------------------------------------------------------------------
def test_layout_equals_the_reference_on_written_pages() -> None:
    for page in PAGES:
        got = F.inputs_from_texts(page)[0].doc.layout(tuple(CHROME_CUES), tuple(CAPTION_CUES))
        assert np.array_equal(got, ref_layout(page))


@settings(max_examples=150, deadline=None)
@given(documents)
def test_layout_equals_the_reference_on_any_text(texts) -> None:
    got = F.inputs_from_texts(texts)[0].doc.layout(tuple(CHROME_CUES), tuple(CAPTION_CUES))
    assert np.array_equal(got, ref_layout(texts))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab c", max_size=16), max_size=12))
def test_starts_with_other_in_one_pass(keys) -> None:
    heads = [k for k in keys if len(k) >= 3]
    expected = [any(len(h) < len(k) and k.startswith(h) for h in heads) for k in keys]
    assert F._starts_with_other(keys, min_len=3).tolist() == expected


# -- inputs -------------------------------------------------------------------------------------
def test_inputs_from_doc_reads_the_tokenizer_words(tok_nlp) -> None:
    doc = tok_nlp("\n".join(PAGES[0]))
    inputs = F.inputs_from_doc(doc)
    spans = list(doc.spans["paragraphs"])
    assert [p.text for p in inputs] == [sp.text for sp in spans]
    for p, sp in zip(inputs, spans):
        words = [t.norm_ for t in sp if not t.is_space]
        assert p.n_words == len(words)
        assert p.forms == [f for f in map(F.word_form, words) if f]
    assert F.inputs_from_doc(tok_nlp("")) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(documents, min_size=1, max_size=4))
def test_layout_and_cues_of_a_batch_equal_those_of_each_document(docs) -> None:
    X = [p for texts in docs for p in F.inputs_from_texts(texts)]
    layout = F.LayoutFeatures().transform(X)  # all documents computed together
    cues = F.ThemeCueFeatures().transform(X)
    assert np.array_equal(layout, np.vstack([ref_layout(texts) for texts in docs]))
    one_by_one = [F.ThemeCueFeatures().transform(F.inputs_from_texts(texts)) for texts in docs]
    assert np.array_equal(cues, np.vstack(one_by_one))


def test_inputs_of_a_batch_equal_those_of_each_doc(tok_nlp) -> None:
    docs = [tok_nlp("\n".join(page)) for page in PAGES] + [tok_nlp(""), tok_nlp(PAGES[0][3])]
    together = F.inputs_per_doc(docs)
    for doc, inputs in zip(docs, together):
        alone = F.inputs_from_doc(doc)
        assert [(p.text, p.forms, p.n_words) for p in inputs] == [(p.text, p.forms, p.n_words) for p in alone]
        assert [p.text for p in inputs] == [sp.text for sp in doc.spans["paragraphs"]]


def _sentence_column(page: list[str], name: str) -> list[float]:
    X = F.inputs_from_texts(page)
    return F.SentenceFeatures().fit(X).transform(X)[:, F.SENTENCE_NAMES.index(name)].tolist()


def test_photo_credits_beside_a_caption_and_glued_to_body_text() -> None:
    page = [
        "Hội nghị tổng kết công tác xây dựng Đảng năm 2023",
        "Sáng 15/1, Ban Thường vụ Huyện ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023.",
        "Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị.",
        "Ảnh: Minh Anh/TTXVN Trong năm, toàn Đảng bộ đã kết nạp 85 đảng viên mới, kiểm tra 12 tổ chức đảng "
        "và 40 đảng viên, tổ chức nhiều lớp bồi dưỡng lý luận chính trị cho cán bộ cơ sở.",
        "Cuối buổi, hội nghị trao giấy khen cho 5 chi bộ tiêu biểu.",
    ]
    # a credit at the start of a long paragraph of prose: the caption's credit glued to body text
    assert _sentence_column(page, "credit_then_prose") == [0.0, 0.0, 0.0, 1.0, 0.0]
    # the paragraphs next to one with a credit
    assert _sentence_column(page, "credit_beside") == [0.0, 0.0, 1.0, 0.0, 1.0]
    assert _sentence_column(page, "doc_credit_share") == [0.2] * 5
    # a short credit line is not prose
    assert _sentence_column(["Ảnh: Minh Anh/TTXVN", "Chi bộ họp."], "credit_then_prose") == [0.0, 0.0]


@pytest.mark.parametrize(
    "text, found",
    [
        ("ảnh: minh anh", True),
        ("(ảnh: vov)", True),
        ("do (ảnh hưởng của dịch bệnh)", False),
        ("xem https://vov.vn/tin-tuc", False),
        ("trọng đức/ttxvn.", True),
        ("trọng đức/ttxvn", True),
        ("phóng viên (ttxvn) đưa tin", False),
        ("ảnh minh họa", True),
        ("báo ảnh dân tộc và miền núi", False),
        ("ttxvn đưa tin", False),
    ],
)
def test_photo_credit_pattern(text, found) -> None:
    assert (F._CREDIT.search(text) is not None) is found


def test_a_dated_lead_and_a_credit_after_a_caption() -> None:
    page = [
        "Huyện ủy tổng kết 10 năm thực hiện Chỉ thị về công tác dân vận",
        "Sáng 12/3, tại hội trường Huyện ủy, Ban Thường vụ Huyện ủy tổ chức hội nghị tổng kết.",
        "Đồng chí Bí thư Huyện ủy dự và phát biểu chỉ đạo hội nghị.",
        "Đồng chí Trưởng Ban Dân vận Huyện ủy trình bày báo cáo tổng kết.",
        "Ảnh: Thu Hà Báo cáo nêu rõ, 10 năm qua các cấp ủy đã quan tâm lãnh đạo công tác dân vận.",
    ]
    # the sentence after a lead that opens with its date
    assert _sentence_column(page, "prev_dated_lead") == [0.0, 0.0, 1.0, 0.0, 0.0]
    # a caption: the credit is glued to the start of the next paragraph
    assert _sentence_column(page, "next_credit_start") == [0.0, 0.0, 0.0, 1.0, 0.0]
    # a dateline before the date counts; a time word that is not a date does not
    dated = ["ĐÀ NẴNG - Chiều 6-2, Thành ủy công bố quyết định về công tác cán bộ.", "Chi bộ họp.",
             "Ngày càng nhiều đảng viên trẻ tham gia sinh hoạt chi bộ.", "Chi bộ họp."]
    assert _sentence_column(dated, "prev_dated_lead") == [0.0, 1.0, 0.0, 0.0]


@pytest.mark.parametrize(
    "lead, dated",
    [
        ("sáng 6/11, tại hà nội, ban thường vụ tổ chức hội nghị", True),
        ("chiều ngày 6/11, tại hội trường, đảng ủy họp", True),
        ("sáng thứ hai 6/11, tại trụ sở, chi bộ sinh hoạt", True),
        ("ngày hôm qua, ủy ban kiểm tra họp", True),
        ("hà nội — sáng nay, ban bí thư làm việc", True),
        ("ngày càng nhiều đảng viên trẻ", False),
        ("sáng kiến của chi bộ được áp dụng", False),
    ],
)
def test_dated_lead_pattern(lead, dated) -> None:
    assert (F._DATED_LEAD.match(lead) is not None) is dated
