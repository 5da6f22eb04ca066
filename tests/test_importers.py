"""Importers of doccano and Label Studio exports, and ``read_annotations`` over every format.

The sentences are ours, written in the register of district party-committee news.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viet_partydocs.corpus.doccano import read_doccano
from viet_partydocs.corpus.formats import detect_format, read_annotations, read_units, text_hash, write_inline
from viet_partydocs.corpus.labelstudio import read_labelstudio
from viet_partydocs.corpus.validate import CorpusError, Span, Unit
from viet_partydocs.errors import InputError

A1 = "Đảng ủy xã Nậm Cuổi mở lớp bồi dưỡng nhận thức về Đảng cho 45 quần chúng ưu tú."
A2 = "Ông Vàng Seo Pao, Bí thư Chi bộ bản Lao Chải, chủ trì buổi sinh hoạt chuyên đề tháng Ba."
A3 = "Thực hiện Kế hoạch số 27-KH/HU, Huyện ủy Sìn Hồ giao chỉ tiêu cho từng chi bộ trực thuộc."
TITLE = "Sìn Hồ nâng chất lượng sinh hoạt chi bộ vùng cao"
CHROME = "Chia sẻ bài viết | In trang"
EMOJI = "Chi bộ thôn Đông 🎉 vừa kết nạp 3 đảng viên trẻ."


def sp(text: str, sub: str, label: str) -> list:
    """``[start, end, label]`` of the first ``sub`` in ``text``."""
    i = text.index(sub)
    return [i, i + len(sub), label]


def S(text: str, sub: str, label: str, attrs=None) -> Span:
    a, b, lab = sp(text, sub, label)
    return Span(a, b, lab, attrs)


def write_jsonl(path: Path, rows) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_json(path: Path, data) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    path.write_text(text, encoding="utf-8")
    return text


def line_of_object_with(text: str, marker: str) -> int:
    """The line of the ``{`` that opens the object containing ``marker`` (pretty-printed JSON)."""
    return text[: text.rindex("{", 0, text.index(marker))].count("\n") + 1


def ls_labels(text: str, sub: str, label: str, rid: str, with_text: bool = True) -> dict:
    a, b, _ = sp(text, sub, label)
    value = {"start": a, "end": b, "labels": [label]}
    if with_text:
        value["text"] = sub
    return {"id": rid, "type": "labels", "from_name": "label", "to_name": "text", "value": value}


def ls_choices(choices: list, from_name: str, rid: str) -> dict:
    return {"id": rid, "type": "choices", "from_name": from_name, "to_name": "text", "value": {"choices": choices}}


# -- doccano -----------------------------------------------------------------------------------------


def test_doccano_label_triples_categories_and_document_grouping(tmp_path):
    p = write_jsonl(
        tmp_path / "doccano.jsonl",
        [
            {"id": 101, "text": A1, "label": [sp(A1, "Đảng ủy xã Nậm Cuổi", "ORG"), sp(A1, "45 quần chúng ưu tú", "QUANTITY")],
             "cats": ["membership_growth", "political_education", "body"], "meta": {"doc_id": "sinho-01", "nguon": "trang huyện"}},
            {"id": 102, "text": A2, "label": [sp(A2, "Vàng Seo Pao", "OFFICIAL"), sp(A2, "Chi bộ bản Lao Chải", "ORG")],
             "cats": ["party_cell_activities"], "doc_id": "sinho-01", "Comments": []},
            {"id": 103, "text": TITLE, "label": [], "categories": ["title", "party_cell_activities"], "doc_id": "sinho-02"},
        ],
    )
    units = read_doccano(p)
    assert [(u.id, u.doc_id, u.role) for u in units] == [
        ("101", "sinho-01", "body"),
        ("102", "sinho-01", "body"),  # no role among its categories: the default
        ("103", "sinho-02", "title"),
    ]
    assert units[0].themes == ["membership_growth", "political_education"]
    assert units[0].spans == [S(A1, "Đảng ủy xã Nậm Cuổi", "ORG"), S(A1, "45 quần chúng ưu tú", "QUANTITY")]
    assert units[0].meta == {"doc_id": "sinho-01", "nguon": "trang huyện"}
    assert units[1].spans == [S(A2, "Vàng Seo Pao", "OFFICIAL"), S(A2, "Chi bộ bản Lao Chải", "ORG")]
    assert units[2].themes == ["party_cell_activities"] and units[2].spans == []
    assert [u.where for u in units] == [f"{p}:1", f"{p}:2", f"{p}:3"]
    assert detect_format(p) == "doccano"


def test_doccano_entities_form_without_ids_is_one_document_per_record(tmp_path):
    p = write_jsonl(
        tmp_path / "moi.jsonl",
        [
            {"text": A3, "entities": [
                {"id": 5, "start_offset": sp(A3, "Kế hoạch số 27-KH/HU", "")[0], "end_offset": sp(A3, "Kế hoạch số 27-KH/HU", "")[1], "label": "DOC_CODE"},
                {"id": 6, "start_offset": A3.index("Huyện ủy Sìn Hồ"), "end_offset": A3.index("Huyện ủy Sìn Hồ") + 15, "label": "ORG"},
            ], "relations": []},
            "",
            {"text": CHROME, "entities": [], "cats": {"boilerplate": 1.0, "government": 0.1}},
        ],
    )
    units = read_doccano(p)
    assert [(u.id, u.doc_id) for u in units] == [("moi/1", "moi/1"), ("moi/3", "moi/3")]
    assert units[0].spans == [S(A3, "Kế hoạch số 27-KH/HU", "DOC_CODE"), S(A3, "Huyện ủy Sìn Hồ", "ORG")]
    assert (units[0].role, units[1].role, units[1].themes) == ("body", "boilerplate", [])


def test_doccano_text_classification_export(tmp_path):
    p = write_jsonl(tmp_path / "cls.jsonl", [{"id": 7, "text": TITLE, "label": ["title", "party_cell_activities"]}])
    (u,) = read_doccano(p)
    assert (u.id, u.role, u.themes, u.spans) == ("7", "title", ["party_cell_activities"], [])


def test_doccano_without_default_role_requires_one(tmp_path):
    p = write_jsonl(tmp_path / "d.jsonl", [{"id": 1, "text": A1, "label": []}])
    with pytest.raises(CorpusError) as e:
        read_doccano(p, default_role=None)
    assert e.value.problems == [f"{p}:1: unit '1' has no role (one of body, title, boilerplate)"]


# -- Label Studio ------------------------------------------------------------------------------------


def _ls_tasks() -> list:
    return [
        {"id": 11, "data": {"text": A1, "doc_id": "ls-doc"}, "annotations": [
            {"id": 1, "was_cancelled": True, "result": [ls_labels(A1, "Nậm Cuổi", "ORG", "c1")]},
            {"id": 2, "was_cancelled": False, "result": [
                ls_labels(A1, "Đảng ủy xã Nậm Cuổi", "ORG", "r1"),
                ls_labels(A1, "45 quần chúng ưu tú", "QUANTITY", "r2"),
                ls_choices(["body"], "role", "r3"),
                ls_choices(["membership_growth", "political_education"], "themes", "r4"),
            ]},
        ]},
        {"id": 12, "data": {"text": A2, "meta": {"doc_id": "ls-doc", "url": "https://sinho.example/tin-12"}}, "annotations": [
            {"id": 3, "result": [ls_labels(A2, "Vàng Seo Pao", "OFFICIAL", "r5")]},
            {"id": 4, "ground_truth": True, "result": [
                ls_labels(A2, "Vàng Seo Pao", "OFFICIAL", "r6"),
                ls_labels(A2, "Chi bộ bản Lao Chải", "ORG", "r7", with_text=False),
                ls_choices(["party_cell_activities", "body"], "phan_loai", "r8"),
                {"id": "r9", "type": "textarea", "from_name": "ghi_chu", "to_name": "text", "value": {"text": ["xem lại"]}},
            ]},
        ]},
        {"id": 13, "data": {"text": A3}, "annotations": [{"id": 5, "was_cancelled": True, "result": []}]},
        {"id": 14, "data": {"text": CHROME}, "annotations": []},
        {"id": 15, "data": {"text": TITLE}, "annotations": [{"id": 6, "result": [ls_choices(["title"], "role", "r10")]}]},
    ]


def test_labelstudio_export(tmp_path):
    p = tmp_path / "ls.json"
    write_json(p, _ls_tasks())
    units = read_labelstudio(p)
    # 13 (only a cancelled annotation) and 14 (not annotated) are skipped
    assert [(u.id, u.doc_id, u.role) for u in units] == [("11", "ls-doc", "body"), ("12", "ls-doc", "body"), ("15", "15", "title")]
    assert units[0].spans == [S(A1, "Đảng ủy xã Nậm Cuổi", "ORG"), S(A1, "45 quần chúng ưu tú", "QUANTITY")]
    assert units[0].themes == ["membership_growth", "political_education"]
    # the ground-truth annotation wins over the first one
    assert units[1].spans == [S(A2, "Vàng Seo Pao", "OFFICIAL"), S(A2, "Chi bộ bản Lao Chải", "ORG")]
    assert units[1].themes == ["party_cell_activities"]
    assert units[1].meta == {"doc_id": "ls-doc", "url": "https://sinho.example/tin-12"}
    assert units[2].themes == [] and units[2].spans == []
    assert detect_format(p) == "labelstudio"


def test_labelstudio_utf16_offsets_after_an_emoji(tmp_path):
    i = EMOJI.index("3 đảng viên trẻ")
    region = {"start": i + 1, "end": i + 1 + len("3 đảng viên trẻ"), "text": "3 đảng viên trẻ", "labels": ["QUANTITY"]}
    p = tmp_path / "emoji.json"
    write_json(p, [{"id": 1, "data": {"text": EMOJI}, "annotations": [
        {"result": [{"type": "labels", "from_name": "label", "to_name": "text", "value": region}]}]}])
    (u,) = read_labelstudio(p)
    assert u.spans == [S(EMOJI, "3 đảng viên trẻ", "QUANTITY")]


def test_labelstudio_task_ids_from_data_when_present_and_jsonl_of_tasks(tmp_path):
    p = write_jsonl(tmp_path / "tasks.jsonl", [
        {"id": 900, "data": {"id": "sinho-02/p0", "doc_id": "sinho-02", "text": TITLE, "role": "title"}, "annotations": [{"result": []}]},
    ])
    (u,) = read_labelstudio(p)
    assert (u.id, u.doc_id, u.role, u.where) == ("sinho-02/p0", "sinho-02", "title", f"{p}:1")


# -- read_annotations over every format ----------------------------------------------------------------


@pytest.fixture()
def text_root(tmp_path):
    root = tmp_path / "texts"
    (root / "corpus").mkdir(parents=True)
    (root / "seeds").mkdir()
    art = {"id": "art-7", "title": TITLE, "paragraphs": [A3], "genre": "party_building"}
    write_jsonl(root / "corpus" / "articles.jsonl", [art])
    return root


def test_read_annotations_detects_every_format(tmp_path, text_root):
    inline = tmp_path / "inline.jsonl"
    write_inline([Unit("n/0", "n", A2, "body", ["party_cell_activities"], [S(A2, "Vàng Seo Pao", "OFFICIAL")])], inline)
    standoff = write_jsonl(tmp_path / "standoff.jsonl", [
        {"id": "art-7/0", "doc_id": "art-7", "source": "corpus", "doc": "art-7", "unit": 0, "sha1": text_hash(A3),
         "role": "body", "themes": ["leadership_methods"], "spans": [{"start": A3.index("Huyện ủy"), "end": A3.index("Huyện ủy") + 15, "label": "ORG"}]},
    ])
    doccano = write_jsonl(tmp_path / "dc.jsonl", [{"id": "dc-1", "text": A1, "label": [sp(A1, "45 quần chúng ưu tú", "QUANTITY")]}])
    ls = tmp_path / "ls.json"
    write_json(ls, _ls_tasks()[-1:])
    assert [detect_format(p) for p in (inline, standoff, doccano, ls)] == ["inline", "standoff", "doccano", "labelstudio"]
    units = read_annotations([inline, standoff, doccano, ls], text_root=text_root)
    assert [u.id for u in units] == ["n/0", "art-7/0", "dc-1", "15"]
    assert units[1].text == A3 and units[1].spans == [S(A3, "Huyện ủy Sìn Hồ", "ORG")]
    assert [u.role for u in units] == ["body", "body", "body", "title"]  # dc-1: the default role
    # the native formats read exactly as read_units reads them
    assert [(u.id, u.spans, u.themes) for u in read_units([inline, standoff], text_root=text_root)] == [
        (u.id, u.spans, u.themes) for u in units[:2]
    ]


def test_read_annotations_reports_every_problem_of_every_file_at_once(tmp_path):
    dc = write_jsonl(tmp_path / "dc.jsonl", [
        {"id": "x1", "text": A1, "label": [sp(A1, "Đảng ủy xã Nậm Cuổi", "ORG")]},  # 1: fine
        "{khong phai json",  # 2
        {"id": "x2", "text": A1, "label": [sp(A1, "Nậm Cuổi", "PERSON")], "cats": ["kinh_te"]},  # 3
        {"id": "x3", "text": A1, "label": [[0, 500, "ORG"]]},  # 4
        {"id": "x4", "text": A2, "label": [[A2.index(" Vàng"), A2.index(","), "OFFICIAL"]]},  # 5
        {"id": "x5", "text": A2, "label": [sp(A2, "Chi bộ bản Lao Chải", "ORG"), sp(A2, "Lao Chải, chủ", "OFFICIAL")]},  # 6
        {"id": "x6", "text": "   ", "label": []},  # 7
        {"id": "x1", "text": TITLE, "label": []},  # 8
        {"id": "x7", "text": TITLE, "label": [["0", 6, "ORG"]]},  # 9
        {"id": "x8", "text": TITLE, "cats": ["title", "body"]},  # 10
    ])
    tasks = [
        {"id": 1, "data": {"text": A3}, "annotations": [{"result": [
            ls_labels(A3, "Kế hoạch số 27-KH/HU", "DOC_CODE", "ok"),
            ls_choices(["kinh_te"], "themes", "bad-theme"),
            {"id": "bad-offsets", "type": "labels", "from_name": "label", "to_name": "text", "value": {"end": 4, "labels": ["ORG"]}},
            {"id": "bad-text", "type": "labels", "from_name": "label", "to_name": "text",
             "value": {"start": 0, "end": 9, "text": "Huyện ủy", "labels": ["ORG"]}},
        ]}]},
        {"id": 2, "data": {"text": ""}, "annotations": [{"result": [ls_choices(["title"], "role", "r")]}]},
    ]
    ls = tmp_path / "ls.json"
    ls_text = write_json(ls, tasks)
    native = write_jsonl(tmp_path / "native.jsonl", [
        {"id": "x1", "text": CHROME, "role": "boilerplate", "themes": ["government"]},  # 1
        {"id": "n2", "text": TITLE},  # 2: native records need a role
        {"id": "n3", "text": TITLE, "role": "body", "spans": [{"start": 0, "end": "6", "label": "ORG"}]},  # 3
    ])
    with pytest.raises(CorpusError) as e:
        read_annotations([dc, ls, native])
    problems = e.value.problems
    got = "\n".join(problems)

    def has(path: Path, line: int, reason: str) -> None:
        prefix = f"{path}:{line}: "
        assert any(p.startswith(prefix) and reason in p for p in problems), f"missing {prefix}{reason}\n{got}"

    has(dc, 2, "not valid JSON")
    has(dc, 3, "unknown label 'PERSON'")
    has(dc, 3, "unknown category 'kinh_te'")
    has(dc, 4, "span [0, 500) ORG is outside the text")
    has(dc, 5, "starts or ends on whitespace")
    has(dc, 6, "spans overlap")
    has(dc, 7, "unit 'x6' has an empty text")
    has(dc, 8, "duplicate id 'x1'")
    has(dc, 9, "integer start/end")
    has(dc, 10, "several roles chosen (title, body)")
    task1 = line_of_object_with(ls_text, '"id": 1,')
    has(ls, line_of_object_with(ls_text, '"id": "bad-theme"'), "unknown theme 'kinh_te'")
    has(ls, line_of_object_with(ls_text, '"id": "bad-offsets"'), "integer value.start/value.end")
    has(ls, line_of_object_with(ls_text, '"id": "bad-text"'), "'Thực hiện' in the text but 'Huyện ủy' in the export")
    has(ls, line_of_object_with(ls_text, '"id": 2,'), "unit '2' has an empty text")
    assert line_of_object_with(ls_text, '"id": "bad-theme"') > task1 > 1
    has(native, 1, "duplicate id 'x1'")
    has(native, 1, "a boilerplate unit gets no themes")
    has(native, 2, "unit 'n2' has no role")
    has(native, 3, "integer start/end")
    assert len(problems) == 18
    # ordered by file, then line
    files = [str(dc), str(ls), str(native)]
    keys = []
    for msg in problems:
        (i,) = [k for k, f in enumerate(files) if msg.startswith(f + ":")]
        keys.append((i, int(msg[len(files[i]) + 1 :].split(":", 1)[0])))
    assert keys == sorted(keys)
    assert str(e.value).startswith("18 problem(s) in the annotations:")


def test_read_annotations_reports_unknown_label_in_labelstudio_with_the_task_line(tmp_path):
    p = tmp_path / "ls.json"
    text = write_json(p, [{"id": 5, "data": {"text": A2}, "annotations": [{"result": [ls_labels(A2, "Vàng Seo Pao", "NGUOI", "r")]}]}])
    with pytest.raises(CorpusError) as e:
        read_annotations([p])
    line = line_of_object_with(text, '"id": 5,')
    assert e.value.problems == [f"{p}:{line}: unknown label 'NGUOI' (expected one of ORG, OFFICIAL, DOC_CODE, QUANTITY)"]


@pytest.mark.parametrize("content,line", [("{\"id\": 1, \"text\": \n", 1), ("[\n  {\"id\": 1},\n  {\"id\": 2,,}\n]", 3), ("chỉ là văn bản\n", 1)])
def test_a_file_that_is_not_json_raises_input_error_with_its_line(tmp_path, content, line):
    p = tmp_path / "hong.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_annotations([p])
    assert str(e.value).startswith(f"{p}:{line}: not valid JSON")


def test_missing_file_raises_input_error(tmp_path):
    with pytest.raises(InputError) as e:
        read_annotations([tmp_path / "khong_co.jsonl"])
    assert "no such file" in str(e.value)


def test_read_annotations_default_role_can_be_switched_off(tmp_path):
    p = write_jsonl(tmp_path / "dc.jsonl", [{"id": 1, "text": A1, "label": []}])
    assert read_annotations([p])[0].role == "body"
    with pytest.raises(CorpusError, match="has no role"):
        read_annotations([p], default_role=None)


def test_jsonl_lines_are_cut_at_newlines_only(tmp_path):
    text = "Chi bộ bản Lao Chải họp\u2028thường kỳ."  # a line separator inside a JSON string
    p = tmp_path / "ls.jsonl"
    p.write_text(
        json.dumps({"id": "a", "text": text, "role": "body"}, ensure_ascii=False) + "\r\n"
        + json.dumps({"id": "b", "text": TITLE, "role": "title"}, ensure_ascii=False) + "\r\n",
        encoding="utf-8",
    )
    units = read_annotations([p])
    assert [(u.id, u.text, u.where) for u in units] == [("a", text, f"{p}:1"), ("b", TITLE, f"{p}:2")]
    (tmp_path / "rong.jsonl").write_text("\n", encoding="utf-8")
    assert detect_format(tmp_path / "rong.jsonl") is None and read_annotations([tmp_path / "rong.jsonl"]) == []


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\u0085"])
def test_importers_keep_line_separators_inside_texts(tmp_path, sep):
    text = f"Đảng ủy xã Nậm Cuổi{sep}mở lớp cảm tình Đảng."
    dc = write_jsonl(tmp_path / "dc.jsonl", [{"id": 1, "text": text, "label": [sp(text, "Đảng ủy xã Nậm Cuổi", "ORG")]},
                                              {"id": 2, "text": TITLE, "cats": ["title"]}])
    assert sep in dc.read_text(encoding="utf-8")
    units = read_doccano(dc)
    assert [(u.id, u.text, u.where) for u in units] == [("1", text, f"{dc}:1"), ("2", TITLE, f"{dc}:2")]
    ls = write_jsonl(tmp_path / "ls.jsonl", [{"id": 9, "data": {"text": text}, "annotations": [{"result": [
        ls_labels(text, "Đảng ủy xã Nậm Cuổi", "ORG", "r1")]}]}])
    (u,) = read_labelstudio(ls)
    assert (u.text, u.spans, u.where) == (text, [S(text, "Đảng ủy xã Nậm Cuổi", "ORG")], f"{ls}:1")


def test_importers_do_not_import_formats():
    """doccano and labelstudio share their helpers through corpus/_shared.py and corpus/jsonio.py;
    only formats imports them (no import cycle)."""
    import ast

    import viet_partydocs.corpus as corpus_pkg

    folder = Path(corpus_pkg.__file__).parent
    for name in ("doccano.py", "labelstudio.py", "_shared.py", "jsonio.py", "validate.py"):
        tree = ast.parse((folder / name).read_text(encoding="utf-8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert "formats" not in imported and "corpus.formats" not in imported, name
