"""Export to Hugging Face ``datasets``: features, splits, lossless round trips, the card, atomic writes,
the Hub upload (faked: tests never touch the network) and units from the pipeline's own output.

The sentences are ours, written in the register of district party-committee news.
"""

from __future__ import annotations

import json
import socket
import warnings
from pathlib import Path

import datasets
import pytest

from viet_partydocs import create_pipeline
from viet_partydocs.corpus.formats import read_inline, write_inline
from viet_partydocs.corpus.split import split_documents, write_splits
from viet_partydocs.corpus.validate import CorpusError, Span, Unit
from viet_partydocs.errors import InputError
from viet_partydocs.export import hf
from viet_partydocs.labels import ENTITY_LABELS, ROLES, THEMES

A1 = "Đảng ủy xã Nậm Cuổi mở lớp bồi dưỡng nhận thức về Đảng cho 45 quần chúng ưu tú."
A2 = "Ông Vàng Seo Pao, Bí thư Chi bộ bản Lao Chải, chủ trì buổi sinh hoạt chuyên đề tháng Ba."
A3 = "Thực hiện Kế hoạch số 27-KH/HU, Huyện ủy Sìn Hồ giao chỉ tiêu cho từng chi bộ trực thuộc."
TITLE = "Sìn Hồ nâng chất lượng sinh hoạt chi bộ vùng cao"
CHROME = "Chia sẻ bài viết | In trang"
BYLINE = "Phóng viên: Hà Linh"


def S(text: str, sub: str, label: str, attrs=None) -> Span:
    i = text.index(sub)
    return Span(i, i + len(sub), label, attrs)


def corpus() -> list[Unit]:
    """Three documents whose units interleave (so the order must be restored across splits)."""
    return [
        Unit("sinho-01/0", "sinho-01", TITLE, "title", ["party_cell_activities"]),
        Unit("tamduong-03/0", "tamduong-03", A3, "body", ["leadership_methods"], [
            S(A3, "Kế hoạch số 27-KH/HU", "DOC_CODE",
              {"doc_type": "Kế hoạch", "type_code": "KH", "number": "27", "issuer_code": "HU", "family": "party"}),
            S(A3, "Huyện ủy Sìn Hồ", "ORG"),
        ]),
        Unit("sinho-01/1", "sinho-01", A1, "body", ["membership_growth", "political_education"], [
            S(A1, "Đảng ủy xã Nậm Cuổi", "ORG"),
            S(A1, "45 quần chúng ưu tú", "QUANTITY", {"value": 45.0, "kind": "count", "total": None, "ghi_chú": ["ước", 1]}),
        ]),
        Unit("phongtho-05/0", "phongtho-05", A2, "body", ["party_cell_activities"], [
            S(A2, "Vàng Seo Pao", "OFFICIAL", {}),
            S(A2, "Chi bộ bản Lao Chải", "ORG"),
        ], meta={"nguồn": "trang thông tin huyện", "trang": 2}),
        Unit("tamduong-03/1", "tamduong-03", CHROME, "boilerplate"),
        Unit("phongtho-05/1", "phongtho-05", BYLINE, None),
    ]


SPLITS = {"sinho-01": "train", "tamduong-03": "dev", "phongtho-05": "test"}


def inline_bytes(units, path: Path) -> bytes:
    write_inline(units, path)
    return path.read_bytes()


@pytest.fixture(scope="module")
def nlp():
    return create_pipeline([])


@pytest.fixture(scope="module")
def dsd(nlp):
    return hf.to_hf_dataset(corpus(), splits=SPLITS, nlp=nlp)


@pytest.fixture()
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a test tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


# -- features and rows -------------------------------------------------------------------------------


def test_features_are_class_labels(dsd):
    assert list(dsd) == ["train", "validation", "test"]
    f = dsd["train"].features
    assert f == hf.features()
    assert isinstance(f["ner_tags"], datasets.Sequence) and f["ner_tags"].feature.names == list(hf.NER_TAGS)
    assert hf.NER_TAGS == ("O", "B-ORG", "I-ORG", "B-OFFICIAL", "I-OFFICIAL", "B-DOC_CODE", "I-DOC_CODE", "B-QUANTITY", "I-QUANTITY")
    assert f["spans"].feature["label"].names == list(ENTITY_LABELS)
    assert f["role"].names == list(ROLES) == ["body", "title", "boilerplate"]
    assert isinstance(f["themes"], datasets.Sequence) and f["themes"].feature.names == list(THEMES)
    assert len(THEMES) == 13
    for name in ("id", "doc_id", "text", "meta", "span_attrs", "tokens"):
        assert name in f


def test_rows_grouped_by_document_with_tokens_and_bio_tags(dsd, nlp):
    assert [r["id"] for r in dsd["train"]] == ["sinho-01/0", "sinho-01/1"]
    assert [r["id"] for r in dsd["validation"]] == ["tamduong-03/0", "tamduong-03/1"]
    assert [r["id"] for r in dsd["test"]] == ["phongtho-05/0", "phongtho-05/1"]
    row = dsd["train"][1]
    assert row["tokens"] == [t.text for t in nlp.make_doc(A1) if not t.is_space]
    assert len(row["ner_tags"]) == len(row["tokens"])
    tags = [dsd["train"].features["ner_tags"].feature.int2str(t) for t in row["ner_tags"]]
    for label, text in (("ORG", "Đảng ủy xã Nậm Cuổi"), ("QUANTITY", "45 quần chúng ưu tú")):
        idx = [i for i, t in enumerate(tags) if t.endswith(label)]
        assert " ".join(row["tokens"][i] for i in idx) == text
        assert tags[idx[0]] == f"B-{label}" and all(tags[i] == f"I-{label}" for i in idx[1:])
        assert idx == list(range(idx[0], idx[-1] + 1))
    assert row["role"] == ROLES.index("body")
    assert row["themes"] == [THEMES.index("membership_growth"), THEMES.index("political_education")]
    assert row["spans"][1] == {"start": A1.index("45"), "end": len(A1) - 1, "label": ENTITY_LABELS.index("QUANTITY")}
    assert json.loads(row["span_attrs"][1])["value"] == 45.0 and row["span_attrs"][0] is None
    assert dsd["test"][1]["role"] == -1  # a unit without a role


def test_span_edge_inside_a_word_widens_to_the_word(nlp):
    toks = [(0, 3, "Ban"), (4, 13, "Thường vụ"), (14, 22, "Huyện ủy"), (23, 26, "họp")]
    # ends inside "Thường vụ", then a second span starting inside the token already taken
    assert hf.bio_tags(toks, [Span(0, 8, "ORG")]) == ["B-ORG", "I-ORG", "O", "O"]
    assert hf.bio_tags(toks, [Span(6, 18, "ORG"), Span(19, 26, "QUANTITY")]) == ["O", "B-ORG", "I-ORG", "B-QUANTITY"]
    text = "Ban Thường vụ Huyện ủy họp."
    unit = Unit("x/0", "x", text, "body", [], [Span(0, 8, "ORG")])
    d = hf.to_hf_dataset([unit], splits={"x": "train"}, nlp=nlp)
    row = d["train"][0]
    words = [t for t in nlp.make_doc(text) if not t.is_space]
    inside = [i for i, t in enumerate(words) if t.idx < 8]
    assert len(inside) >= 2  # the span ends inside a word ...
    names = [hf.NER_TAGS[t] for t in row["ner_tags"]]
    assert names[: len(inside)] == ["B-ORG"] + ["I-ORG"] * (len(inside) - 1)  # ... which is tagged whole
    assert set(names[len(inside) :]) == {"O"}
    assert row["spans"] == [{"start": 0, "end": 8, "label": 0}]  # the exact offsets are kept


# -- splits ----------------------------------------------------------------------------------------


def test_splits_from_a_splits_file_with_dev(tmp_path, nlp):
    path = tmp_path / "splits.json"
    write_splits({"train": ["sinho-01"], "dev": ["tamduong-03"], "test": ["phongtho-05"]}, path)
    by_file = hf.to_hf_dataset(corpus(), splits=path, nlp=nlp)
    by_lists = hf.to_hf_dataset(corpus(), splits={"train": ["sinho-01"], "dev": ["tamduong-03"], "test": ["phongtho-05"]}, nlp=nlp)
    for d in (by_file, by_lists):
        assert {s: sorted(set(d[s]["doc_id"])) for s in d} == {"train": ["sinho-01"], "validation": ["tamduong-03"], "test": ["phongtho-05"]}


def test_splits_computed_by_document_when_not_given(nlp):
    units = [Unit(f"d{i}/{k}", f"d{i}", A1, "body") for i in range(12) for k in range(2)]
    d = hf.to_hf_dataset(units, nlp=nlp)
    expected = split_documents([f"d{i}" for i in range(12)])
    assert sorted(set(d["train"]["doc_id"])) == expected["train"]
    assert sorted(set(d["validation"]["doc_id"])) == expected["dev"]
    assert sorted(set(d["test"]["doc_id"])) == expected["test"]
    assert sum(len(x) for x in d.values()) == 24


def test_document_missing_from_the_splits_is_an_error(nlp):
    units = corpus()
    units[3].where = "annotations.jsonl:4"  # the document's first unit
    with pytest.raises(CorpusError) as e:
        hf.to_hf_dataset(units, splits={"sinho-01": "train", "tamduong-03": "dev"}, nlp=nlp)
    assert e.value.problems == ["annotations.jsonl:4: document 'phongtho-05' is in none of the given splits"]
    with pytest.raises(ValueError, match="unknown split 'holdout'"):
        hf.to_hf_dataset(units, splits={**SPLITS, "phongtho-05": "holdout"}, nlp=nlp)


@pytest.mark.parametrize(
    "content,line,reason",
    [
        ('{"train": ["sinho-01"], "holdout": ["tamduong-03", "phongtho-05"]}', None, "unknown split 'holdout'"),
        ('{\n "train": ["sinho-01"],\n "dev": [\n}\n', 4, "not valid JSON"),
        ('["sinho-01"]', None, "must be a JSON object"),
    ],
)
def test_a_bad_splits_file_is_an_input_error_naming_it(tmp_path, nlp, content, line, reason):
    path = tmp_path / "splits.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as e:
        hf.to_hf_dataset(corpus(), splits=path, nlp=nlp)
    where = f"{path}:{line}: " if line else f"{path}: "
    assert str(e.value).startswith(where) and reason in str(e.value)
    with pytest.raises(InputError, match="no such file"):
        hf.to_hf_dataset(corpus(), splits=tmp_path / "khong-co.json", nlp=nlp)


def test_invalid_units_are_refused_unless_only_encodable_is_asked(nlp):
    bad = Unit("b/0", "b", CHROME, "boilerplate", ["government"])
    with pytest.raises(CorpusError, match="a boilerplate unit gets no themes"):
        hf.to_hf_dataset([bad], nlp=nlp)
    assert len(hf.to_hf_dataset([bad], nlp=nlp, validate=False)["train"]) == 1
    with pytest.raises(CorpusError, match="unknown label 'PER'"):
        hf.to_hf_dataset([Unit("c/0", "c", A1, "body", [], [Span(0, 4, "PER")])], nlp=nlp, validate=False)


# -- lossless round trips ---------------------------------------------------------------------------


def test_in_memory_round_trip_is_lossless(dsd, tmp_path):
    back = hf.from_hf_dataset(dsd)
    assert inline_bytes(back, tmp_path / "back.jsonl") == inline_bytes(corpus(), tmp_path / "orig.jsonl")
    assert [(u.id, u.role, u.themes, u.spans, u.meta) for u in back] == [(u.id, u.role, u.themes, u.spans, u.meta) for u in corpus()]
    assert back[3].spans[0].attrs == {} and back[1].spans[1].attrs is None  # {} and no attributes stay apart
    assert back[0].where == "train[0]"


@pytest.mark.parametrize("fmt", ["disk", "parquet"])
def test_saved_round_trip_is_lossless(dsd, tmp_path, fmt):
    out = hf.save_dataset(dsd, tmp_path / "hf", format=fmt, sources=["annotations.jsonl"])
    assert (out / "README.md").exists()
    assert (out / "dataset_dict.json").exists() if fmt == "disk" else sorted(p.name for p in (out / "data").iterdir()) == [
        "test.parquet", "train.parquet", "validation.parquet"]
    loaded = hf.load_dataset_dir(out)
    assert list(loaded) == ["train", "validation", "test"]
    assert all(loaded[s].features == hf.features() for s in loaded)
    back = hf.from_hf_dataset(loaded)
    assert inline_bytes(back, tmp_path / "back.jsonl") == inline_bytes(corpus(), tmp_path / "orig.jsonl")
    assert [(u.id, u.doc_id, u.text, u.role, u.themes, u.spans, u.meta) for u in back] == [
        (u.id, u.doc_id, u.text, u.role, u.themes, u.spans, u.meta) for u in corpus()
    ]
    assert [(u.id, u.spans) for u in read_inline(tmp_path / "back.jsonl")] == [
        (u.id, u.spans) for u in read_inline(tmp_path / "orig.jsonl")
    ]


def test_parquet_files_load_with_plain_datasets(dsd, tmp_path):
    out = hf.save_dataset(dsd, tmp_path / "pq", format="parquet")
    d = datasets.Dataset.from_parquet(str(out / "data" / "train.parquet"), cache_dir=str(tmp_path / "cache"))
    assert d.features["role"].names == list(ROLES) and d["id"] == ["sinho-01/0", "sinho-01/1"]


def test_empty_splits_round_trip(tmp_path, nlp):
    d = hf.to_hf_dataset(corpus()[:1], nlp=nlp)  # one document: validation and test are empty
    assert [len(d[s]) for s in d] == [1, 0, 0]
    for fmt in ("disk", "parquet"):
        loaded = hf.load_dataset_dir(hf.save_dataset(d, tmp_path / fmt, format=fmt))
        assert [len(loaded[s]) for s in loaded] == [1, 0, 0]
        assert [u.id for u in hf.from_hf_dataset(loaded)] == ["sinho-01/0"]


# -- the dataset card ---------------------------------------------------------------------------------


def test_dataset_card(dsd, tmp_path):
    out = hf.save_dataset(dsd, tmp_path / "hf", format="parquet", sources=[tmp_path / "a" / "gold.jsonl", "ls_export.json"])
    card = (out / "README.md").read_text(encoding="utf-8")
    head, body = card.split("\n---\n", 1)
    assert head.startswith("---\n") and "license: unknown" in head and "- vi" in head
    assert "path: data/validation.parquet" in head
    assert "third-party" in body
    for label, definition in hf.LABEL_DEFINITIONS.items():
        assert f"`{label}`: {definition}" in body
    for theme in THEMES:
        assert f"`{theme}`: {hf.THEME_DEFINITIONS[theme]}" in body
    # units, documents, spans per label, roles (and units without one) per split
    assert "| split | units | documents | ORG | OFFICIAL | DOC_CODE | QUANTITY | body | title | boilerplate | (none) |" in body
    assert "| train | 2 | 1 | 1 | 0 | 0 | 1 | 1 | 1 | 0 | 0 |" in body
    assert "| validation | 2 | 1 | 1 | 0 | 1 | 0 | 1 | 0 | 1 | 0 |" in body
    assert "| test | 2 | 1 | 1 | 1 | 0 | 0 | 1 | 0 | 0 | 1 |" in body
    assert "| party_cell_activities | 1 | 0 | 1 |" in body and "| membership_growth | 1 | 0 | 0 |" in body
    # how it was made
    assert f"`viet_partydocs` {hf.__version__}" in body and f"`datasets` {datasets.__version__}" in body
    assert "`gold.jsonl`, `ls_export.json`" in body
    assert "viet_partydocs.Tokenizer.v1" in body
    assert "gold annotations" in body


def test_dataset_card_licence_and_predictions(dsd):
    card = hf.dataset_card(dsd, license="cc-by-4.0", predicted=True, layout="disk")
    assert "license: cc-by-4.0" in card and "Licence: **cc-by-4.0**" in card
    assert "predictions (not gold" in card and "configs:" not in card and "load_from_disk" in card


def test_custom_card_text_is_written_as_given(dsd, tmp_path):
    out = hf.save_dataset(dsd, tmp_path / "hf", card="# Bộ dữ liệu thử\n")
    assert (out / "README.md").read_text(encoding="utf-8") == "# Bộ dữ liệu thử\n"


# -- atomic writes ------------------------------------------------------------------------------------


def _snapshot(path: Path) -> dict[str, bytes]:
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("fmt", ["disk", "parquet"])
def test_interrupted_write_leaves_the_previous_output_intact(dsd, tmp_path, monkeypatch, fmt, nlp):
    out = hf.save_dataset(dsd, tmp_path / "hf", format=fmt)
    before = _snapshot(out)
    bigger = hf.to_hf_dataset(corpus() + [Unit("moi-09/0", "moi-09", A1, "body")], splits={**SPLITS, "moi-09": "train"}, nlp=nlp)

    def fail_midway(self, path, *args, **kwargs):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_bytes(b"PAR1 half a file")
        raise KeyboardInterrupt  # as if the user pressed Ctrl-C

    def fail_disk(self, path, *args, **kwargs):
        (Path(path) / "train").mkdir(parents=True, exist_ok=True)
        (Path(path) / "train" / "data-00000-of-00001.arrow").write_bytes(b"half")
        raise OSError("disk full")

    if fmt == "parquet":
        monkeypatch.setattr(datasets.Dataset, "to_parquet", fail_midway)
        with pytest.raises(KeyboardInterrupt):
            hf.save_dataset(bigger, out, format=fmt)
    else:
        monkeypatch.setattr(datasets.DatasetDict, "save_to_disk", fail_disk)
        with pytest.raises(OSError, match="disk full"):
            hf.save_dataset(bigger, out, format=fmt)
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hf"]  # no temporary folder left behind
    assert len(hf.from_hf_dataset(hf.load_dataset_dir(out))) == len(corpus())
    monkeypatch.undo()
    hf.save_dataset(bigger, out, format=fmt)  # and a later complete write replaces it
    assert len(hf.from_hf_dataset(hf.load_dataset_dir(out))) == len(corpus()) + 1


def test_refuses_to_replace_a_folder_that_is_not_a_dataset(dsd, tmp_path):
    keep = tmp_path / "tai_lieu"
    keep.mkdir()
    (keep / "bao_cao.docx").write_bytes(b"quan trong")
    with pytest.raises(InputError, match="not a dataset folder"):
        hf.save_dataset(dsd, keep)
    assert (keep / "bao_cao.docx").read_bytes() == b"quan trong"
    with pytest.raises(ValueError, match="format"):
        hf.save_dataset(dsd, tmp_path / "x", format="csv")
    with pytest.raises(InputError, match="not a dataset folder"):
        hf.load_dataset_dir(keep)


# -- the Hub (faked) ----------------------------------------------------------------------------------


def test_push_to_hub_uploads_data_then_merges_our_card(dsd, monkeypatch, no_network):
    from huggingface_hub import DatasetCard

    calls = {}

    def fake_push(self, repo_id, **kwargs):
        calls["push"] = (repo_id, kwargs)

    def fake_load(cls, repo_id, repo_type=None, token=None, **kwargs):
        calls["load"] = (repo_id, repo_type, token)
        return DatasetCard("---\ndataset_info:\n  features:\n  - name: id\n    dtype: string\nconfigs:\n- config_name: default\n"
                           "  data_files:\n  - split: train\n    path: data/train-*\n---\n\nđược datasets viết\n")

    def fake_card_push(self, repo_id, token=None, repo_type=None, **kwargs):
        calls["card"] = (repo_id, repo_type, str(self))

    monkeypatch.setattr(datasets.DatasetDict, "push_to_hub", fake_push)
    monkeypatch.setattr(DatasetCard, "load", classmethod(fake_load))
    monkeypatch.setattr(DatasetCard, "push_to_hub", fake_card_push)
    hf.push_to_hub(dsd, "vpd/partydocs-test", private=True, token="hf_fake", license="cc-by-nc-4.0")
    assert calls["push"][0] == "vpd/partydocs-test"
    assert calls["push"][1]["private"] is True and calls["push"][1]["token"] == "hf_fake"
    assert calls["load"] == ("vpd/partydocs-test", "dataset", "hf_fake")
    repo, repo_type, text = calls["card"]
    assert (repo, repo_type) == ("vpd/partydocs-test", "dataset")
    head = text.split("\n---\n", 1)[0]
    assert "dataset_info:" in head and "path: data/train-*" in head  # what datasets wrote is kept
    assert "license: cc-by-nc-4.0" in head and "- vi" in head  # our metadata is added
    assert "được datasets viết" not in text and "## Splits" in text  # our body replaces theirs


# -- --predict: units from the pipeline's own output -------------------------------------------------


DOC = f"{TITLE}\n\n{A1}\n{CHROME}\n"


def test_predictions_to_units_from_paragraphs_entities_roles_and_themes():
    nlp = create_pipeline(["vpd_paragraphs"])
    doc = nlp(DOC)
    paras = list(doc.spans["paragraphs"])
    assert [p.text for p in paras] == [TITLE, A1, CHROME]
    a1 = DOC.index(A1)
    org = doc.char_span(a1, a1 + len("Đảng ủy xã Nậm Cuổi"), label="ORG", alignment_mode="expand")
    qty_start = DOC.index("45 quần")
    qty = doc.char_span(qty_start, qty_start + len("45 quần chúng ưu tú"), label="QUANTITY", alignment_mode="expand")
    doc.ents = [org, qty]
    qty._.quantity = {"value": 45.0, "kind": "count", "total": None}
    for p, role, themes in zip(paras, ["title", "body", "boilerplate"], [["party_cell_activities"], ["membership_growth"], []]):
        p._.role, p._.themes, p._.theme_scores = role, themes, {t: 0.9 for t in themes}
    units = hf.predictions_to_units([("sinho-01", doc)])
    assert [(u.id, u.doc_id, u.text, u.role, u.themes) for u in units] == [
        ("sinho-01/0", "sinho-01", TITLE, "title", ["party_cell_activities"]),
        ("sinho-01/1", "sinho-01", A1, "body", ["membership_growth"]),
        ("sinho-01/2", "sinho-01", CHROME, "boilerplate", []),
    ]
    assert units[1].spans == [S(A1, "Đảng ủy xã Nậm Cuổi", "ORG"), S(A1, "45 quần chúng ưu tú", "QUANTITY", {"value": 45.0, "kind": "count", "total": None})]
    assert units[1].meta == {"start": a1, "end": a1 + len(A1), "theme_scores": {"membership_growth": 0.9}}
    assert units[0].spans == [] and units[2].spans == []
    # (doc, id) pairs, as from nlp.pipe(..., as_tuples=True), give the same units
    assert [(u.id, u.spans) for u in hf.predictions_to_units([(doc, "sinho-01")])] == [(u.id, u.spans) for u in units]


def test_predict_mode_with_the_full_pipeline(tmp_path):
    nlp = create_pipeline()
    texts = [("tin-1", DOC), ("tin-2", f"{A3}\n{A2}")]
    with warnings.catch_warnings():  # the untrained roles/themes component may warn
        warnings.simplefilter("ignore")
        docs = list(nlp.pipe([(t, i) for i, t in texts], as_tuples=True))
    units = hf.predictions_to_units(docs)
    assert [u.id for u in units] == ["tin-1/0", "tin-1/1", "tin-1/2", "tin-2/0", "tin-2/1"]
    assert [u.text for u in units] == [TITLE, A1, CHROME, A3, A2]
    for (doc, doc_id) in docs:
        paras = list(doc.spans["paragraphs"])
        mine = [u for u in units if u.doc_id == doc_id]
        for p, u in zip(paras, mine):
            assert u.role == p._.role and u.themes == list(p._.themes or [])
            inside = [e for e in doc.ents if p.start_char <= e.start_char and e.end_char <= p.end_char]
            assert [(s.start + p.start_char, s.end + p.start_char, s.label) for s in u.spans] == [
                (e.start_char, e.end_char, e.label_) for e in inside
            ]
            for s, e in zip(u.spans, inside):
                assert s.attrs == (dict(e._.attrs) if e._.attrs else None)
    d = hf.to_hf_dataset(units, nlp=nlp, validate=False)
    out = hf.save_dataset(d, tmp_path / "pred", format="parquet", predicted=True)
    back = hf.from_hf_dataset(hf.load_dataset_dir(out))
    assert [(u.id, u.text, u.role, u.themes, u.spans) for u in back] == [(u.id, u.text, u.role, u.themes, u.spans) for u in units]
    assert "predictions (not gold" in (out / "README.md").read_text(encoding="utf-8")


def test_default_tokenizer_is_ours_without_the_pipeline_module(nlp):
    import ast

    tree = ast.parse(Path(hf.__file__).read_text(encoding="utf-8"))
    imported = {(n.level, n.module) for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert (2, "pipeline") not in imported and not any(m and m.endswith("pipeline") for _, m in imported)
    default = hf._default_nlp()
    assert default.pipe_names == [] and default.config["nlp"]["tokenizer"]["@tokenizers"] == "viet_partydocs.Tokenizer.v1"
    for text in (A1, A2, A3, TITLE):
        assert hf._tokens(default, text) == hf._tokens(nlp, text)
    assert hf._tokenizer_description(default) == hf._tokenizer_description(nlp)


def _slow_reference(doc, doc_id):
    """What predictions_to_units must give: every entity checked against every paragraph."""
    text = doc.text
    out = []
    for n, p in enumerate(doc.spans["paragraphs"]):
        spans = []
        for e in doc.ents:
            a, b = max(e.start_char, p.start_char), min(e.end_char, p.end_char)
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                spans.append(Span(a - p.start_char, b - p.start_char, e.label_))
        out.append((f"{doc_id}/{n}", text[p.start_char : p.end_char], spans))
    return out


def test_predictions_to_units_on_a_long_document_with_entities_across_paragraphs():
    from spacy.tokens import Span as DocSpan

    nlp = create_pipeline(["vpd_paragraphs"])
    doc = nlp("\n\n".join([TITLE, A1, A2, A3, CHROME] * 40))
    paras = list(doc.spans["paragraphs"])
    assert len(paras) == 200
    ents = []
    for k, p in enumerate(paras):
        if k % 7 == 3 and k + 1 < len(paras):  # one entity from the end of a paragraph into the next
            ents.append(DocSpan(doc, p.end - 2, paras[k + 1].start + 2, label="ORG"))
        elif k % 7 != 4:
            ents.append(DocSpan(doc, p.start, p.start + 2, label="QUANTITY"))
            ents.append(DocSpan(doc, p.start + 3, p.start + 4, label="OFFICIAL"))
    doc.ents = ents
    units = hf.predictions_to_units([("dai", doc)])
    assert [(u.id, u.text, u.spans) for u in units] == _slow_reference(doc, "dai")
    crossing = [u for u in units if any(s.label == "ORG" for s in u.spans)]
    assert len(crossing) == 2 * sum(1 for k in range(len(paras) - 1) if k % 7 == 3)
    assert all(u.meta["end"] - u.meta["start"] == len(u.text) for u in units)
