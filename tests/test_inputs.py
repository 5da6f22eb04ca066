"""Reading the raw documents of ``annotate`` / ``export-hf --predict``: ids, duplicates, JSON Lines.

The sentences are ours, written in the register of district party-committee news.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viet_partydocs.errors import InputError
from viet_partydocs.inputs import Document, iter_input_documents, iter_input_files, read_documents

A = "Huyện ủy Mường Tè tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng đầu năm."
B = "Chi bộ bản Pa Vệ Sủ kết nạp 2 đảng viên mới là người dân tộc La Hủ."


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def jsonl(path: Path, rows) -> Path:
    return write(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


def test_a_file_given_directly_keeps_its_stem(tmp_path):
    p = write(tmp_path / "so-lieu" / "bao-cao.txt", A)
    assert read_documents([p]) == [Document("bao-cao", A, str(p))]


def test_files_in_a_folder_are_named_by_their_path_inside_it(tmp_path):
    d = tmp_path / "dau-vao"
    write(d / "muong-te" / "tin.txt", A)
    write(d / "sin-ho" / "tin.txt", B)
    write(d / "tong-hop.txt", A)
    write(d / "ghi-chu.md", "không đọc")
    docs = read_documents([d])
    assert [(x.id, x.text) for x in docs] == [("muong-te/tin", A), ("sin-ho/tin", B), ("tong-hop", A)]
    assert [x.source for x in docs] == [str(d / "muong-te" / "tin.txt"), str(d / "sin-ho" / "tin.txt"), str(d / "tong-hop.txt")]
    assert list(iter_input_files([d])) == [d / "muong-te" / "tin.txt", d / "sin-ho" / "tin.txt", d / "tong-hop.txt"]
    assert [i for _, i in iter_input_documents([d])] == ["muong-te/tin", "sin-ho/tin", "tong-hop"]


def test_the_same_id_from_two_folders_is_an_error_naming_both(tmp_path):
    first = write(tmp_path / "dot-1" / "tin.txt", A)
    second = write(tmp_path / "dot-2" / "tin.txt", B)
    with pytest.raises(InputError) as e:
        read_documents([tmp_path / "dot-1", tmp_path / "dot-2"])
    msg = str(e.value)
    assert msg.startswith(f"{second}: duplicate id 'tin'") and str(first) in msg


def test_the_same_id_from_a_text_file_and_a_jsonl_line_is_an_error(tmp_path):
    txt = write(tmp_path / "tin.txt", A)
    jl = jsonl(tmp_path / "docs.jsonl", [{"id": "khac", "text": B}, {"id": "tin", "text": B}])
    with pytest.raises(InputError) as e:
        read_documents([txt, jl])
    assert str(e.value).startswith(f"{jl}:2: duplicate id 'tin'") and str(txt) in str(e.value)
    with pytest.raises(InputError) as e:  # the other way round: the line is named as the first source
        read_documents([jl, txt])
    assert str(e.value).startswith(f"{txt}: duplicate id 'tin'") and f"{jl}:2" in str(e.value)


def test_the_same_id_in_two_jsonl_files(tmp_path):
    a = jsonl(tmp_path / "a.jsonl", [{"id": 7, "text": A}])
    b = jsonl(tmp_path / "b.jsonl", [{"id": "7", "text": B}])
    with pytest.raises(InputError) as e:
        read_documents([a, b])
    assert str(e.value).startswith(f"{b}:1: duplicate id '7'") and f"{a}:1" in str(e.value)


def test_duplicate_id_inside_one_jsonl_file(tmp_path):
    p = jsonl(tmp_path / "docs.jsonl", [{"id": "a", "text": A}, {"id": "a", "text": B}])
    with pytest.raises(InputError) as e:
        read_documents([p])
    assert str(e.value).startswith(f"{p}:2: duplicate id 'a'") and f"{p}:1" in str(e.value)


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\u0085"])
def test_jsonl_lines_are_cut_at_newlines_only(tmp_path, sep):
    """json.dumps(ensure_ascii=False) writes these raw inside strings; str.splitlines() would cut there."""
    text = f"Đảng ủy xã Nậm Cuổi họp{sep}thường kỳ."
    p = tmp_path / "docs.jsonl"
    p.write_text(
        json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\r\n\n"
        + json.dumps({"id": "b", "text": B}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    docs = read_documents([p])
    assert [(d.id, d.text, d.source) for d in docs] == [("a", text, f"{p}:1"), ("b", B, f"{p}:3")]


def test_jsonl_without_id_uses_stem_and_line(tmp_path):
    p = jsonl(tmp_path / "tin-huyen.jsonl", [{"text": A}, {"id": "x", "text": B}])
    assert [d.id for d in read_documents([p])] == ["tin-huyen:1", "x"]


@pytest.mark.parametrize(
    "content,line,reason",
    [
        ('{"id": "a", "text": "x"}\n{"id": "b", "body": "thiếu"}\n', 2, "no 'text'"),
        ('{"id": "a", "text": "x"}\n{"id": "b", "text": \n', 2, "not valid JSON"),
        ('{"id": "a", "text": "x"}\n["a", "b"]\n', 2, "must be a JSON object"),
        ('{"id": "a", "text": 5}\n', 1, "'text' must be a string"),
        ('{"id": ["a"], "text": "x"}\n', 1, "'id' must be a string or a number"),
        ("khong phai json\n", 1, "not valid JSON"),
    ],
)
def test_malformed_jsonl_names_file_and_line(tmp_path, content, line, reason):
    p = write(tmp_path / "docs.jsonl", content)
    with pytest.raises(InputError) as e:
        read_documents([p])
    assert str(e.value).startswith(f"{p}:{line}: ") and reason in str(e.value)


def test_undecodable_bytes_name_the_line_and_a_bom_is_dropped(tmp_path):
    bad = tmp_path / "latin.txt"
    bad.write_bytes("Dòng một\n".encode() + "Đảng bộ".encode("utf-16"))
    with pytest.raises(InputError) as e:
        read_documents([bad])
    assert str(e.value).startswith(f"{bad}:2: is not valid UTF-8")
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + A.encode())
    jl = tmp_path / "bom.jsonl"
    jl.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "j", "text": B}).encode() + b"\n")
    assert [(d.id, d.text) for d in read_documents([bom, jl])] == [("bom", A), ("j", B)]


def test_missing_inputs_and_empty_folders(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        read_documents([tmp_path / "khong-co.txt"])
    (tmp_path / "rong").mkdir()
    with pytest.raises(InputError, match="without any .txt file"):
        read_documents([tmp_path / "rong"])
