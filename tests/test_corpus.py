"""Corpus formats (inline and standoff), validation messages and the document split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viet_partydocs.corpus.formats import read_inline, read_standoff, read_units, text_hash, write_inline, write_standoff
from viet_partydocs.corpus.split import SPLITS, read_splits, split_documents
from viet_partydocs.corpus.validate import CorpusError, Span, Unit
from viet_partydocs.errors import InputError

ROOT = Path(__file__).resolve().parents[1]

T1 = "Ban Thường vụ Huyện ủy Phong Thổ kết nạp 58 đảng viên mới."
T2 = "Tác giả: Lê Thu"


def _write(path: Path, rows) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture()
def text_root(tmp_path):
    """A small text root laid out like ../shared: corpus/articles.jsonl and seeds/."""
    root = tmp_path / "texts"
    (root / "corpus").mkdir(parents=True)
    (root / "seeds").mkdir()
    art = {"id": "art-1", "title": "Phong Thổ phát triển đảng viên", "paragraphs": [T1, "Đoạn thứ hai."], "genre": "party_building"}
    _write(root / "corpus" / "articles.jsonl", [art])
    (root / "seeds" / "s1.txt").write_text("Trang chủ\n\n  " + T1 + "  \n" + T2 + "\n", encoding="utf-8")
    return root


def _standoff(source, doc, unit, text, **kw):
    rec = {"id": f"{doc}/{unit}", "doc_id": doc, "source": source, "doc": doc, "unit": unit, "sha1": text_hash(text), "role": "body", "themes": [], "spans": []}
    rec.update(kw)
    return rec


def test_standoff_resolves_corpus_and_seed_texts(tmp_path, text_root):
    rows = [
        _standoff("corpus", "art-1", 0, T1, spans=[{"start": 0, "end": 32, "label": "ORG"}], themes=["membership_growth"]),
        _standoff("corpus", "art-1", "title", "Phong Thổ phát triển đảng viên", role="title"),
        _standoff("seeds", "s1.txt", 1, T1),
        _standoff("seeds", "s1.txt", 2, T2, role="boilerplate"),
    ]
    units = read_units([_write(tmp_path / "so.jsonl", rows)], text_root=text_root)
    assert [u.text for u in units] == [T1, "Phong Thổ phát triển đảng viên", T1, T2]
    assert units[0].text[0:32] == "Ban Thường vụ Huyện ủy Phong Thổ"
    assert units[0].spans == [Span(0, 32, "ORG")]
    assert units[3].role == "boilerplate"


def test_standoff_missing_text_names_the_line(tmp_path, text_root):
    rows = [_standoff("corpus", "art-1", 0, T1), _standoff("corpus", "art-9", 0, T1)]
    with pytest.raises(InputError) as e:
        read_standoff(_write(tmp_path / "so.jsonl", rows), text_root)
    assert str(e.value).startswith(f"{tmp_path / 'so.jsonl'}:2: ") and "not found" in str(e.value)


def test_standoff_hash_mismatch_is_detected(tmp_path, text_root):
    rows = [_standoff("corpus", "art-1", 1, "Đoạn thứ hai đã bị sửa.")]
    with pytest.raises(InputError) as e:
        read_standoff(_write(tmp_path / "so.jsonl", rows), text_root)
    assert ":1: " in str(e.value) and "has changed" in str(e.value)


def test_text_root_from_environment(tmp_path, text_root, monkeypatch):
    monkeypatch.setenv("VIET_PARTYDOCS_TEXTS", str(text_root))
    units = read_standoff(_write(tmp_path / "so.jsonl", [_standoff("seeds", "s1.txt", 0, "Trang chủ")]))
    assert units[0].text == "Trang chủ"


def test_inline_round_trip(tmp_path):
    units = [
        Unit("d/0", "d", T1, "body", ["membership_growth"], [Span(0, 32, "ORG"), Span(41, 58, "QUANTITY", {"value": 58.0, "kind": "count"})]),
        Unit("d/1", "d", T2, "boilerplate"),
    ]
    write_inline(units, tmp_path / "in.jsonl")
    again = read_inline(tmp_path / "in.jsonl")
    assert [(u.id, u.doc_id, u.text, u.role, u.themes, u.spans) for u in again] == [
        (u.id, u.doc_id, u.text, u.role, u.themes, u.spans) for u in units
    ]


def test_standoff_writer_and_reader_agree(tmp_path, text_root):
    u = Unit("art-1/0", "art-1", T1, "body", ["membership_growth"], [Span(0, 32, "ORG")])
    write_standoff([(u, "corpus", "art-1", 0)], tmp_path / "so.jsonl")
    assert T1 not in (tmp_path / "so.jsonl").read_text(encoding="utf-8")
    (back,) = read_standoff(tmp_path / "so.jsonl", text_root)
    assert (back.text, back.spans, back.themes) == (T1, u.spans, u.themes)


@pytest.mark.parametrize(
    "line,reason",
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "must be a JSON object"),
        ('{"id": "x", "role": "body"}', "no 'text'"),
        ('{"id": "x", "text": "abc", "spans": [{"start": "0", "end": 1, "label": "ORG"}]}', "integer start/end"),
        ('{"id": "x", "text": "abc", "themes": "cadre_work"}', "'themes' must be a list"),
    ],
)
def test_malformed_inline_lines_are_reported_with_file_and_line(tmp_path, line, reason):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "ok", "text": "Đảng ủy", "role": "body"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_inline(p)
    assert str(e.value).startswith(f"{p}:2: ") and reason in str(e.value)


def test_validation_reports_every_problem_at_once(tmp_path):
    rows = [
        {"id": "a", "text": "Huyện ủy họp", "role": "body", "spans": [{"start": 0, "end": 9, "label": "ORG"}]},
        {"id": "b", "text": "Huyện ủy họp", "role": "heading", "themes": ["economy"]},
        {"id": "a", "text": "x", "role": "body"},
        {"id": "c", "text": "Huyện ủy họp", "role": "body", "spans": [{"start": 0, "end": 8, "label": "ORG"}, {"start": 4, "end": 12, "label": "PER"}, {"start": 5, "end": 40, "label": "ORG"}]},
        {"id": "d", "text": "   ", "role": "boilerplate", "themes": ["government"]},
    ]
    with pytest.raises(CorpusError) as e:
        read_units([_write(tmp_path / "v.jsonl", rows)])
    msgs = e.value.problems
    joined = "\n".join(msgs)
    assert f"{tmp_path / 'v.jsonl'}:1: span [0, 9) ORG starts or ends on whitespace" in joined
    assert ":2: unknown role 'heading'" in joined and ":2: unknown theme 'economy'" in joined
    assert ":3: duplicate id 'a'" in joined
    assert ":4: unknown label 'PER'" in joined and ":4: spans overlap" in joined and "outside the text" in joined
    assert ":5: unit 'd' has an empty text" in joined and ":5: a boilerplate unit gets no themes" in joined
    assert len(msgs) >= 9


# -- split ----------------------------------------------------------------------------------------


def test_split_is_deterministic_and_order_free():
    docs = [f"doc-{i}" for i in range(40)]
    strata = {d: ("seed" if i < 5 else "news") for i, d in enumerate(docs)}
    a = split_documents(docs, strata)
    b = split_documents(list(reversed(docs)), strata)
    assert a == b
    assert sorted(sum(a.values(), [])) == sorted(docs)
    assert len(a["dev"]) >= 5 and len(a["test"]) >= 5 and len(a["train"]) >= 26
    assert any(d in a["dev"] + a["test"] for d in docs[:5])  # every stratum reaches dev/test


def test_adding_a_document_moves_no_other_document():
    docs = [f"doc-{i}" for i in range(60)]
    before = split_documents(docs)
    after = split_documents(docs + ["doc-new"])
    moved = [d for s in SPLITS for d in before[s] if d not in after[s]]
    assert len(moved) <= 2  # only documents at a cut point can shift when the counts round differently


def test_shipped_split_recomputes_exactly(shared_dir):
    units = [json.loads(line) for line in (ROOT / "corpora" / "partydocs.jsonl").read_text(encoding="utf-8").splitlines()]
    articles = {}
    for line in (shared_dir / "corpus" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        articles[r["id"]] = r["genre"]
    strata = {u["doc_id"]: ("seed" if u["source"] == "seeds" else articles[u["doc"]]) for u in units}
    recomputed = split_documents(strata, strata)
    shipped = read_splits(ROOT / "corpora" / "splits.json")
    assert {d: s for s, ds in recomputed.items() for d in ds} == shipped


def test_shipped_corpus_loads_and_is_valid(shared_dir):
    units = read_units([ROOT / "corpora" / "partydocs.jsonl"], text_root=shared_dir)
    assert len(units) >= 1200 and len({u.doc_id for u in units}) >= 60
    assert {s.label for u in units for s in u.spans} == {"ORG", "OFFICIAL", "DOC_CODE", "QUANTITY"}
