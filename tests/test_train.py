"""Retraining: validation before training, a complete pipeline out, atomic output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

import viet_partydocs
from viet_partydocs.cli import main

# A tiny corpus we write ourselves: (title, [(sentence, [(span text, label)], themes)]).
PROVINCES = ["Hòa Lâm", "Nam Sơn", "Tân Lập", "Vĩnh Phước", "Sơn Hà", "Bình An", "Phú Xuân", "Đông Hải", "Lạc Thủy"]
NAMES = ["Lò Văn Hùng", "Nguyễn Thị Lan", "Trần Minh Quân", "Giàng A Sử", "Phạm Thu Trang", "Hoàng Văn Nam", "Vũ Đức Thịnh", "Lê Thị Hạnh", "Đinh Công Sơn"]


def _doc(i: int) -> list[dict]:
    prov, name = PROVINCES[i], NAMES[i]
    units = [
        (f"{prov}: nâng cao chất lượng phát triển đảng viên", [], ["membership_growth"], "title"),
        (
            f"Năm qua, Ban Thường vụ Huyện ủy {prov} đã kết nạp {20 + i} đảng viên mới, đạt {100 + i}% kế hoạch.",
            [(f"Ban Thường vụ Huyện ủy {prov}", "ORG"), (f"{20 + i} đảng viên mới", "QUANTITY"), (f"{100 + i}% kế hoạch", "QUANTITY")],
            ["membership_growth"], "body",
        ),
        (
            f"Đồng chí {name}, Bí thư Huyện ủy, cho biết Ủy ban Kiểm tra Huyện ủy đã kiểm tra {3 + i} tổ chức đảng theo Kế hoạch số {10 + i}-KH/HU.",
            [(name, "OFFICIAL"), ("Huyện ủy", "ORG"), ("Ủy ban Kiểm tra Huyện ủy", "ORG"), (f"{3 + i} tổ chức đảng", "QUANTITY"), (f"Kế hoạch số {10 + i}-KH/HU", "DOC_CODE")],
            ["inspection_discipline"], "body",
        ),
        ("Chia sẻ bài viết | In bài | Lượt xem: 1.024", [], [], "boilerplate"),
    ]
    rows = []
    for k, (text, spans, themes, role) in enumerate(units):
        cursor, out = 0, []
        for st, lab in spans:
            start = text.index(st, cursor)
            out.append({"start": start, "end": start + len(st), "label": lab})
            cursor = start + len(st)
        rows.append({"id": f"t{i}/{k}", "doc_id": f"t{i}", "text": text, "role": role, "themes": themes, "spans": out})
    return rows


@pytest.fixture(scope="module")
def tiny_corpus(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("tiny") / "tiny.jsonl"
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for i in range(9) for r in _doc(i)), encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def retrained(tiny_corpus, tmp_path_factory):
    from viet_partydocs.train import retrain

    out = tmp_path_factory.mktemp("model") / "pipe"
    card = retrain([tiny_corpus], out, ner_epochs=2, role_family="logreg", theme_family="logreg")
    return out, card


def test_retrained_directory_is_a_complete_pipeline(retrained):
    out, card = retrained
    for nlp in (viet_partydocs.load(out), spacy.load(out)):
        doc = nlp("Ban Thường vụ Huyện ủy Tân Lập kết nạp 25 đảng viên mới.\nChia sẻ bài viết | In bài")
        assert doc.text.startswith("Ban Thường vụ")
        assert [p._.role for p in doc.spans["paragraphs"]][0] in ("body", "title", "boilerplate")
        assert any(e.label_ == "QUANTITY" for e in doc.ents)
    assert (out / "MODEL_CARD.md").exists() and (out / "ner_model" / "config.cfg").exists()


def test_model_card_compares_new_and_previous_on_held_out_documents(retrained):
    out, card = retrained
    saved = json.loads((out / "model_card.json").read_text(encoding="utf-8"))
    from viet_partydocs.components.entity_merge import POLICIES

    assert saved["merge_policy"] in POLICIES
    assert set(saved["merge_policy_dev_f1"]) == set(POLICIES)
    # the recogniser runs only for a clear gain over the rules alone
    f1 = saved["merge_policy_dev_f1"]
    assert saved["recogniser_min_gain"] == 0.005
    assert saved["merge_policy"] == "rules_only" or f1[saved["merge_policy"]] - f1["rules_only"] >= 0.005
    assert saved["data"]["heldout_documents"] >= 1 and saved["data"]["new_documents"] == 9
    assert "new" in saved["heldout_scores"] and "previous" in saved["heldout_scores"]
    md = (out / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "Held-out scores" in md and "previous" in md


def test_invalid_annotations_are_all_reported_before_training(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "a", "doc_id": "d", "text": "Huyện ủy họp", "role": "body", "spans": [{"start": 0, "end": 99, "label": "ORG"}]}\n'
        '{"id": "a", "doc_id": "d", "text": "Tỉnh ủy", "role": "body", "themes": ["kinh_te"], "spans": [{"start": 0, "end": 7, "label": "PER"}]}\n'
        '{"id": "c", "doc_id": "d", "text": "", "role": "body"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code = main(["train", "--annotations", str(bad), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    for piece in ("bad.jsonl:1", "outside the text", "bad.jsonl:2", "duplicate id", "kinh_te", "'PER'", "bad.jsonl:3", "empty text"):
        assert piece in err, err
    assert not out.exists()


def test_failed_training_leaves_the_previous_output_intact(tiny_corpus, tmp_path, monkeypatch):
    import viet_partydocs.classify.train as ct
    from viet_partydocs.train import retrain

    out = tmp_path / "pipe"
    out.mkdir()
    (out / "keep.txt").write_text("previous model", encoding="utf-8")

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(ct, "train_models", boom)
    with pytest.raises(KeyboardInterrupt):
        retrain([tiny_corpus], out, ner_epochs=1, role_family="logreg", theme_family="logreg")
    assert (out / "keep.txt").read_text(encoding="utf-8") == "previous model"
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]
