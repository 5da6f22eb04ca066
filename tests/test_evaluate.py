"""The evaluation: units grouped into documents, scores of the pipeline and baselines, reports."""

from __future__ import annotations

import json

import pytest

from viet_partydocs import create_pipeline
from viet_partydocs.cli import main
from viet_partydocs.corpus.validate import Span, Unit
from viet_partydocs.evaluate import evaluate, predict_units, report_markdown, score_predictions, Prediction

T1 = "Ban Thường vụ Huyện ủy ban hành Nghị quyết số 07-NQ/TU."
T2 = "Năm qua, huyện kết nạp 192 đảng viên mới."
T3 = "Chia sẻ bài viết | In bài"


def _units():
    return [
        Unit("d1/0", "d1", T1, "body", ["leadership_methods"], [Span(0, 22, "ORG"), Span(32, 54, "DOC_CODE", {"type_code": "NQ", "number": "07", "issuer_code": "TU", "family": "party", "doc_type": "Nghị quyết"})]),
        Unit("d1/1", "d1", T2, "body", ["membership_growth"], [Span(23, 40, "QUANTITY", {"value": 192.0, "kind": "count", "total": None})]),
        Unit("d2/0", "d2", T3, "boilerplate", [], []),
    ]


@pytest.fixture(scope="module")
def nlp():
    return create_pipeline(["vpd_paragraphs", "vpd_doc_codes", "vpd_organisations", "vpd_officials", "vpd_quantities"])


def test_predictions_are_mapped_back_to_units(nlp):
    preds, timing = predict_units(nlp, _units())
    assert set(preds) == {"d1/0", "d1/1", "d2/0"}
    assert (32, 54, "DOC_CODE") in preds["d1/0"].spans and (23, 40, "QUANTITY") in preds["d1/1"].spans
    assert preds["d1/0"].attrs[(32, 54, "DOC_CODE")]["type_code"] == "NQ"
    assert timing["syllables"] == sum(len(u.text.split()) for u in _units())


def test_scores_of_a_hand_made_prediction():
    units = _units()
    preds = {
        "d1/0": Prediction(spans=[(0, 22, "ORG"), (32, 54, "DOC_CODE")], attrs={(32, 54, "DOC_CODE"): {"type_code": "NQ", "number": "07", "issuer_code": "HU", "family": "party", "doc_type": "Nghị quyết"}}, role="body", themes=["leadership_methods"]),
        "d1/1": Prediction(spans=[(23, 36, "QUANTITY")], role="title", themes=["membership_growth", "cadre_work"]),
        "d2/0": Prediction(role="boilerplate"),
    }
    s = score_predictions(units, preds)
    assert s["entities"]["exact"]["ORG"]["f1"] == 1.0 and s["entities"]["exact"]["DOC_CODE"]["f1"] == 1.0
    assert s["entities"]["exact"]["QUANTITY"]["f1"] == 0.0 and s["entities"]["overlap"]["QUANTITY"]["f1"] == 1.0
    assert s["attributes"]["DOC_CODE"]["issuer_code"]["accuracy"] == 0.0 and s["attributes"]["DOC_CODE"]["number"]["accuracy"] == 1.0
    assert "QUANTITY" not in s["attributes"]  # the only gold quantity was not matched exactly
    assert s["roles"]["accuracy"] == pytest.approx(2 / 3)
    assert s["themes"]["micro"]["tp"] == 2 and s["themes"]["micro"]["fp"] == 1


def test_evaluate_report_and_markdown(nlp):
    report = evaluate(nlp, _units(), baselines=True, underthesea=False)
    assert report["n_units"] == 3 and report["n_documents"] == 2
    assert report["gold_counts"] == {"ORG": 1, "OFFICIAL": 0, "DOC_CODE": 1, "QUANTITY": 1}
    assert report["pipeline"]["entities"]["exact"]["DOC_CODE"]["f1"] == 1.0
    assert "regex codes" in report["baselines"] and "keyword themes" in report["baselines"]
    md = report_markdown(report, "Test")
    assert md.startswith("## Test") and "| DOC_CODE |" in md and "Entity baselines" in md


def test_evaluate_command_writes_markdown_and_json(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": u.id, "doc_id": u.doc_id, "text": u.text, "role": u.role, "themes": u.themes,
         "spans": [{"start": s.start, "end": s.end, "label": s.label, **({"attrs": s.attrs} if s.attrs else {})} for s in u.spans]}
        for u in _units()
    ]
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    splits = tmp_path / "splits.json"
    splits.write_text(json.dumps({"train": [], "dev": ["d1"], "test": ["d2"]}), encoding="utf-8")
    md, js = tmp_path / "ev.md", tmp_path / "ev.json"
    assert main(["evaluate", "--gold", str(gold), "--split", "dev", "--splits", str(splits), "--no-underthesea", "--markdown", str(md), "--json", str(js)]) == 0
    report = json.loads(js.read_text(encoding="utf-8"))
    assert report["n_units"] == 2 and report["split"] == "dev"
    assert "## Evaluation on dev units" in md.read_text(encoding="utf-8")
    assert "syllables/s" in capsys.readouterr().err


def test_evaluate_command_errors(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "doc_id": "a", "text": T1, "role": "body"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["evaluate", "--gold", str(gold), "--split", "dev", "--splits", str(tmp_path / "none.json")]) == 2
    assert "split file not found" in capsys.readouterr().err
    assert main(["evaluate", "--gold", str(gold), "--splits", str(tmp_path / "none.json")]) == 2
    assert "--splits is used with --split" in capsys.readouterr().err
