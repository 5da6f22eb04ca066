"""The assembled pipeline: loading, paragraphs, serialisation, multiprocessing."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import viet_partydocs
from viet_partydocs.attributes import PARAGRAPHS_KEY
from viet_partydocs.export.records import doc_to_record
from viet_partydocs.pipeline import PIPE_NAMES

TEXTS = [
    "Huyện ủy Mường Khương: Nâng cao chất lượng sinh hoạt chi bộ\n\n"
    "Năm qua, Ban Thường vụ Huyện ủy đã kết nạp 214 đảng viên mới, đạt 107% kế hoạch.\n"
    "Tác giả: Hoàng Văn Minh",
    "Trang chủ | Tin tức\nĐồng chí Lò Văn Pấng, Bí thư Đảng ủy xã, cho biết 12/12 chi bộ đã hoàn thành.",
    "",
    "   \n\n  ",
]


@pytest.fixture(scope="module")
def nlp():
    return viet_partydocs.load()


def test_load_gives_the_full_pipeline(nlp):
    assert nlp.lang == "vi"
    assert tuple(nlp.pipe_names) == PIPE_NAMES


@pytest.mark.parametrize("text", TEXTS)
def test_doc_text_equals_input(nlp, text):
    assert nlp(text).text == text


def test_paragraphs_follow_the_guide(nlp):
    text = "Tiêu đề bài viết\n\n  Đoạn thứ nhất của bài.  \n \r\nĐoạn thứ hai.\n"
    doc = nlp(text)
    paras = doc.spans[PARAGRAPHS_KEY]
    assert [p.text for p in paras] == ["Tiêu đề bài viết", "Đoạn thứ nhất của bài.", "Đoạn thứ hai."]
    assert [(p.start_char, p.end_char) for p in paras] == [(0, 16), (20, 42), (48, 61)]


def test_record_has_the_contract_keys(nlp):
    rec = doc_to_record(nlp(TEXTS[0]), "d1")
    assert set(rec) == {"id", "text", "paragraphs", "entities"}
    assert rec["text"] == TEXTS[0]
    assert len(rec["paragraphs"]) == 3
    assert set(rec["paragraphs"][0]) == {"start", "end", "role", "themes", "theme_scores"}
    for e in rec["entities"]:
        assert set(e) == {"start", "end", "label", "text", "attrs"}
        assert TEXTS[0][e["start"] : e["end"]] == e["text"]


def test_to_disk_and_spacy_load_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    assert again.pipe_names == nlp.pipe_names
    for text in TEXTS:
        assert doc_to_record(again(text), "x") == doc_to_record(nlp(text), "x")


def test_n_process_2_gives_the_same_records_as_one_process(nlp):
    texts = TEXTS * 4
    one = [doc_to_record(d, str(i)) for i, d in enumerate(nlp.pipe(texts, n_process=1))]
    two = [doc_to_record(d, str(i)) for i, d in enumerate(nlp.pipe(texts, n_process=2, batch_size=2))]
    assert one == two


@Language.component("test_marker")
def _marker(doc: Doc) -> Doc:
    """Writes one value of every extension kind, to check they cross process boundaries."""
    for p in doc.spans[PARAGRAPHS_KEY]:
        p._.role = "body"
        p._.themes = ["cadre_work"]
        p._.theme_scores = {"cadre_work": 0.75}
    if len(doc) and not doc[0].is_space:
        ent = doc[0:1]
        ent.label_ = "ORG"
        doc.ents = [ent]
        ent._.organisation = {"org_type": "other", "level": "unknown", "place": None, "canonical": ent.text}
    doc.cats = {"cadre_work": 0.5}
    return doc


def test_extension_values_survive_n_process_2():
    nlp = viet_partydocs.create_pipeline(["vpd_paragraphs", "test_marker"])
    texts = [t for t in TEXTS if t.strip()] * 3
    for doc in nlp.pipe(texts, n_process=2, batch_size=1):
        paras = doc.spans[PARAGRAPHS_KEY]
        assert paras and all(p._.role == "body" and p._.themes == ["cadre_work"] for p in paras)
        assert paras[0]._.theme_scores == {"cadre_work": 0.75}
        assert doc.ents[0]._.organisation["canonical"] == doc.ents[0].text
        assert doc.ents[0]._.attrs == doc.ents[0]._.organisation
        assert doc.cats == {"cadre_work": 0.5}


def test_spacy_load_works_without_importing_the_package(tmp_path):
    import subprocess
    import sys

    viet_partydocs.create_pipeline().to_disk(tmp_path / "p")
    code = (
        "import sys, spacy; nlp = spacy.load(sys.argv[1]); "
        "doc = nlp('Đảng ủy xã họp.'); print(doc.text)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "p")], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Đảng ủy xã họp."
