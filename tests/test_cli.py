"""``viet-partydocs annotate`` end to end, and every bad-input case."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from viet_partydocs.cli import main

DOC_A = "Huyện ủy Bát Xát tổng kết công tác xây dựng Đảng\n\nNăm 2023, toàn huyện kết nạp 156 đảng viên mới.\n"
DOC_B = "Đảng ủy xã Y Tý ban hành Nghị quyết số 12-NQ/ĐU về phát triển đảng viên.\nẢnh: Minh Châu"


@pytest.fixture()
def inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(DOC_A, encoding="utf-8")
    (d / "b.txt").write_text(DOC_B, encoding="utf-8")
    jl = tmp_path / "docs.jsonl"
    jl.write_text(
        json.dumps({"id": "x1", "text": DOC_A}, ensure_ascii=False) + "\n\n" + json.dumps({"id": 7, "text": DOC_B}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return d, jl


def test_annotate_jsonl_from_text_files(inputs, tmp_path, capsys):
    d, _ = inputs
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(d / "a.txt"), str(d / "b.txt"), "-o", str(out)]) == 0
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in recs] == ["a", "b"]
    assert recs[0]["text"] == DOC_A and recs[1]["text"] == DOC_B
    assert [(p["start"], p["end"]) for p in recs[0]["paragraphs"]] == [(0, 48), (50, 97)]
    for r in recs:
        assert set(r) == {"id", "text", "paragraphs", "entities"}
    err = capsys.readouterr().err
    assert "annotated 2 documents" in err


def test_annotate_directory_to_conll(inputs, tmp_path):
    d, _ = inputs
    out = tmp_path / "out.conll"
    assert main(["annotate", str(d), "--format", "conll", "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# id = a"
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert rows and all(len(r) == 4 for r in rows)
    assert "# id = b" in lines and "# paragraph = 1" in lines


def test_conll_offsets_point_into_the_text(inputs, tmp_path):
    d, _ = inputs
    out = tmp_path / "a.conll"
    assert main(["annotate", str(d / "a.txt"), "--format", "conll", "-o", str(out)]) == 0
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert rows and all(DOC_A[int(s) : int(e)] == tok for tok, s, e, _ in rows)
    assert rows[0][3] in ("O", "B-ORG")


def test_annotate_jsonl_input_to_html(inputs, tmp_path):
    _, jl = inputs
    out = tmp_path / "out.html"
    assert main(["annotate", str(jl), "--format", "html", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html") or "<html" in html.lower()
    assert "Bát Xát" in html and "x1" in html


def test_annotate_to_stdout(inputs, capsys):
    _, jl = inputs
    assert main(["annotate", str(jl)]) == 0
    recs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in recs] == ["x1", "7"]


def test_console_script_runs(inputs, tmp_path):
    d, _ = inputs
    out = tmp_path / "o.jsonl"
    cmd = [sys.executable, "-m", "viet_partydocs", "annotate", str(d / "a.txt"), "-o", str(out)]
    res = subprocess.run(cmd, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "a"


# -- bad input: clear message naming file and line, exit code != 0, no output file ---------------


def _bad(tmp_path, capsys, args, *expected):
    out = tmp_path / "should_not_exist.jsonl"
    code = main(["annotate", *map(str, args), "-o", str(out)])
    err = capsys.readouterr().err
    assert code != 0
    for piece in expected:
        assert piece in err, err
    assert "Traceback" not in err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".should_not_exist")]
    return err


def test_missing_file(tmp_path, capsys):
    _bad(tmp_path, capsys, [tmp_path / "nope.txt"], "nope.txt", "no such file")


def test_undecodable_bytes(tmp_path, capsys):
    p = tmp_path / "latin.txt"
    p.write_bytes("Dòng một\n".encode() + "Đảng bộ".encode("utf-16"))
    _bad(tmp_path, capsys, [p], "latin.txt:2", "UTF-8")


def test_directory_without_txt(tmp_path, capsys):
    d = tmp_path / "empty"
    d.mkdir()
    (d / "notes.md").write_text("x", encoding="utf-8")
    _bad(tmp_path, capsys, [d], "empty", "without any .txt")


def test_jsonl_line_without_text(tmp_path, capsys):
    p = tmp_path / "docs.jsonl"
    p.write_text('{"id": "a", "text": "Đảng ủy"}\n{"id": "b", "body": "thiếu"}\n', encoding="utf-8")
    _bad(tmp_path, capsys, [p], "docs.jsonl:2", "no 'text'")


def test_jsonl_invalid_json(tmp_path, capsys):
    p = tmp_path / "docs.jsonl"
    p.write_text('{"id": "a", "text": "Đảng ủy"}\n{"id": "b", "text": \n', encoding="utf-8")
    _bad(tmp_path, capsys, [p], "docs.jsonl:2", "not valid JSON")


def test_jsonl_duplicate_id(tmp_path, capsys):
    p = tmp_path / "docs.jsonl"
    p.write_text('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', encoding="utf-8")
    _bad(tmp_path, capsys, [p], "docs.jsonl:2", "duplicate id")


def test_failed_run_keeps_a_previous_output(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    code = main(["annotate", str(tmp_path / "missing.txt"), "-o", str(out)])
    assert code == 2
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_missing_model_directory(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("Đảng ủy", encoding="utf-8")
    code = main(["annotate", str(p), "--model", str(tmp_path / "no_model")])
    assert code == 3
    assert "not a viet_partydocs pipeline directory" in capsys.readouterr().err


# -- export-hf --------------------------------------------------------------------------------------


def test_export_hf_from_inline_annotations(tmp_path, capsys):
    from datasets import load_from_disk

    rows = [
        {"id": f"d{i}/0", "doc_id": f"d{i}", "text": f"Chi bộ thôn {i} kết nạp {i + 2} đảng viên mới.", "role": "body",
         "themes": ["membership_growth"], "spans": [{"start": 0, "end": 7 + len(str(i)) + 5, "label": "ORG"}]}
        for i in range(10)
    ]
    src = tmp_path / "gold.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "hf"
    assert main(["export-hf", str(src), "--out", str(out)]) == 0
    dsd = load_from_disk(str(out))
    assert set(dsd) == {"train", "validation", "test"}
    assert sum(len(d) for d in dsd.values()) == 10
    assert "exported 10 units" in capsys.readouterr().err
    assert (out / "README.md").exists()


def test_export_hf_reports_every_annotation_problem(tmp_path, capsys):
    src = tmp_path / "gold.jsonl"
    src.write_text(
        '{"id": "a", "text": "Huyện ủy", "role": "body", "spans": [{"start": 0, "end": 30, "label": "ORG"}]}\n'
        '{"id": "b", "text": "Tỉnh ủy", "role": "body", "themes": ["economy"]}\n',
        encoding="utf-8",
    )
    code = main(["export-hf", str(src), "--out", str(tmp_path / "hf")])
    err = capsys.readouterr().err
    assert code == 2
    assert "gold.jsonl:1" in err and "gold.jsonl:2" in err and "economy" in err
    assert not (tmp_path / "hf").exists()
