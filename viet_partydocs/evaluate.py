"""Evaluation of a pipeline against gold units, beside the baselines.

Units are grouped into their documents (``doc_id``, in order), each document's text is the
units joined by ``\\n`` (so every unit is one paragraph, guide §1), the pipeline runs over the
documents, and its paragraphs and entities are mapped back to the units.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, Sequence

from spacy.language import Language

from .attributes import ATTR_EXTENSION, PARAGRAPHS_KEY
from .corpus.formats import group_documents
from .corpus.validate import Unit
from .labels import ENTITY_LABELS, ROLES, THEMES
from .scoring import attribute_accuracy, role_scores, span_scores, theme_scores

__all__ = ["Prediction", "predict_units", "score_predictions", "evaluate", "report_markdown", "ATTRIBUTE_FIELDS"]

#: Attribute fields scored on exactly matched spans that carry gold attributes.
ATTRIBUTE_FIELDS = {
    "DOC_CODE": ("doc_type", "type_code", "number", "issuer_code", "family"),
    "QUANTITY": ("value", "kind", "total"),
    "OFFICIAL": ("title", "honorific"),
}


@dataclass
class Prediction:
    """What a system says about one unit; span offsets are relative to the unit's text."""

    spans: list[tuple[int, int, str]] = field(default_factory=list)
    attrs: dict[tuple[int, int, str], dict[str, Any]] = field(default_factory=dict)
    role: Optional[str] = None
    themes: list[str] = field(default_factory=list)


def _documents(units: Sequence[Unit]) -> list[tuple[str, str, list[tuple[Unit, int]]]]:
    docs = []
    for doc_id, members in group_documents(units):
        parts, placed, offset = [], [], 0
        for u in members:
            parts.append(u.text)
            placed.append((u, offset))
            offset += len(u.text) + 1
        docs.append((doc_id, "\n".join(parts), placed))
    return docs


def predict_units(
    nlp: Language, units: Sequence[Unit], n_process: int = 1, batch_size: int = 32
) -> tuple[dict[str, Prediction], dict[str, float]]:
    """Run ``nlp`` over the documents of ``units``; predictions per unit id and timing."""
    docs = _documents(units)
    out: dict[str, Prediction] = {}
    t0 = time.perf_counter()
    for doc, (_, _, placed) in zip(nlp.pipe((text for _, text, _ in docs), n_process=n_process, batch_size=batch_size), docs):
        paragraphs = list(doc.spans.get(PARAGRAPHS_KEY, []))
        for u, off in placed:
            end = off + len(u.text)
            pred = Prediction()
            for e in doc.ents:
                if e.start_char >= off and e.end_char <= end:
                    key = (e.start_char - off, e.end_char - off, e.label_)
                    pred.spans.append(key)
                    ext = ATTR_EXTENSION.get(e.label_)
                    value = getattr(e._, ext) if ext else None
                    if value:
                        pred.attrs[key] = dict(value)
            best, best_overlap = None, 0
            themes: set[str] = set()
            for p in paragraphs:
                overlap = min(end, p.end_char) - max(off, p.start_char)
                if overlap > 0:
                    themes.update(p._.themes or [])
                    if overlap > best_overlap:
                        best, best_overlap = p, overlap
            pred.role = best._.role if best is not None else None
            pred.themes = sorted(themes)
            out[u.id] = pred
    seconds = time.perf_counter() - t0
    syllables = sum(len(u.text.split()) for u in units)
    return out, {"seconds": seconds, "syllables": syllables, "syllables_per_second": syllables / max(seconds, 1e-9)}


def score_predictions(
    units: Sequence[Unit], preds: dict[str, Prediction], labels: Sequence[str] = ENTITY_LABELS
) -> dict[str, Any]:
    """Every score of one system on ``units``."""
    gold_spans = [[s.key() for s in u.spans if s.label in labels] for u in units]
    pred_spans = [[s for s in preds[u.id].spans if s[2] in labels] for u in units]
    result: dict[str, Any] = {"entities": span_scores(gold_spans, pred_spans, labels)}
    attrs: dict[str, Any] = {}
    for label, fields in ATTRIBUTE_FIELDS.items():
        if label not in labels:
            continue
        pairs = [
            (s.attrs, preds[u.id].attrs.get(s.key()))
            for u in units
            for s in u.spans
            if s.label == label and s.attrs and s.key() in set(preds[u.id].spans)
        ]
        if pairs:
            attrs[label] = attribute_accuracy(pairs, fields)
    result["attributes"] = attrs
    roles_gold = [u.role or "" for u in units]
    roles_pred = [preds[u.id].role for u in units]
    if any(r is not None for r in roles_pred):
        result["roles"] = role_scores(roles_gold, roles_pred, ROLES)
    if any(preds[u.id].themes for u in units) or any(u.themes for u in units):
        result["themes"] = theme_scores([u.themes for u in units], [preds[u.id].themes for u in units], THEMES)
    return result


def _baseline_predictions(units: Sequence[Unit], with_underthesea: bool) -> dict[str, dict[str, Prediction]]:
    from .baselines import keyword_themes, majority_role, regex_doc_codes, underthesea_entities

    systems: dict[str, dict[str, Prediction]] = {}
    systems["regex codes"] = {u.id: Prediction(spans=regex_doc_codes(u.text)) for u in units}
    systems["keyword themes"] = {
        u.id: Prediction(role=majority_role(u.text), themes=keyword_themes(u.text)) for u in units
    }
    if with_underthesea:
        systems["underthesea.ner"] = {u.id: Prediction(spans=underthesea_entities(u.text)) for u in units}
    return systems


#: Which labels each baseline claims (others are not scored for it).
BASELINE_LABELS = {
    "regex codes": ("DOC_CODE",),
    "keyword themes": (),
    "underthesea.ner": ("ORG", "OFFICIAL"),
}


def evaluate(
    nlp: Language,
    units: Sequence[Unit],
    baselines: bool = True,
    underthesea: bool = True,
    n_process: int = 1,
) -> dict[str, Any]:
    """Scores of ``nlp`` and of the baselines on ``units`` (one JSON-ready dict)."""
    preds, timing = predict_units(nlp, units, n_process=n_process)
    report: dict[str, Any] = {
        "n_units": len(units),
        "n_documents": len({u.doc_id for u in units}),
        "gold_counts": {lab: sum(1 for u in units for s in u.spans if s.label == lab) for lab in ENTITY_LABELS},
        "pipeline": {"components": list(nlp.pipe_names), "throughput": timing, **score_predictions(units, preds)},
        "baselines": {},
    }
    if baselines:
        t0 = time.perf_counter()
        for name, bpreds in _baseline_predictions(units, underthesea).items():
            scores = score_predictions(units, bpreds, BASELINE_LABELS[name])
            if name == "keyword themes":
                scores.pop("entities", None)
            report["baselines"][name] = scores
        report["baselines_seconds"] = time.perf_counter() - t0
    return report


def _f(x: float) -> str:
    return f"{x:.3f}"


def report_markdown(report: dict[str, Any], title: str = "Evaluation") -> str:
    """A Markdown rendering of :func:`evaluate`'s report."""
    p = report["pipeline"]
    lines = [f"## {title}", ""]
    lines.append(
        f"{report['n_units']} units in {report['n_documents']} documents; gold spans: "
        + ", ".join(f"{k} {v}" for k, v in report["gold_counts"].items())
        + f". Pipeline: {', '.join(p['components'])}; "
        f"{p['throughput']['syllables_per_second']:,.0f} syllables/s over the evaluated documents."
    )
    lines += ["", "### Entities (pipeline)", "", "| label | P exact | R exact | F1 exact | P overlap | R overlap | F1 overlap | gold |", "|---|---|---|---|---|---|---|---|"]
    ex, ov = p["entities"]["exact"], p["entities"]["overlap"]
    for lab in [*ENTITY_LABELS, "micro"]:
        e, o = ex[lab], ov[lab]
        lines.append(
            f"| {lab} | {_f(e['precision'])} | {_f(e['recall'])} | **{_f(e['f1'])}** | {_f(o['precision'])} | "
            f"{_f(o['recall'])} | {_f(o['f1'])} | {e['support']} |"
        )
    base_rows = []
    for name, b in report.get("baselines", {}).items():
        for lab, s in b.get("entities", {}).get("exact", {}).items():
            if lab == "micro":
                continue
            if lab in BASELINE_LABELS.get(name, ()):
                o = b["entities"]["overlap"][lab]
                base_rows.append(f"| {name} | {lab} | {_f(s['precision'])} | {_f(s['recall'])} | {_f(s['f1'])} | {_f(o['f1'])} |")
    if base_rows:
        lines += ["", "### Entity baselines (same units)", "", "| baseline | label | P exact | R exact | F1 exact | F1 overlap |", "|---|---|---|---|---|---|", *base_rows]
    if p.get("attributes"):
        lines += ["", "### Attribute accuracy (exactly matched spans with gold attributes)", "", "| label | field | accuracy | n |", "|---|---|---|---|"]
        for lab, fields in p["attributes"].items():
            for f, v in fields.items():
                lines.append(f"| {lab} | {f} | {_f(v['accuracy'])} | {v['n']} |")
    if "roles" in p:
        r = p["roles"]
        bp = r["per_role"]["boilerplate"]
        lines += ["", "### Paragraph roles", "", f"Accuracy **{_f(r['accuracy'])}** over {r['n']} units; boilerplate P {_f(bp['precision'])} R {_f(bp['recall'])} F1 **{_f(bp['f1'])}**."]
        kb = report.get("baselines", {}).get("keyword themes", {}).get("roles")
        if kb:
            lines.append(f"Majority baseline (all `body`): accuracy {_f(kb['accuracy'])}, boilerplate F1 {_f(kb['per_role']['boilerplate']['f1'])}.")
        lines += ["", "| gold \\ predicted | " + " | ".join(ROLES) + " |", "|---" * (len(ROLES) + 1) + "|"]
        for g in ROLES:
            row = r["confusion"].get(g, {})
            lines.append(f"| {g} | " + " | ".join(str(row.get(x, 0)) for x in ROLES) + " |")
    if "themes" in p:
        t = p["themes"]
        kt = report.get("baselines", {}).get("keyword themes", {}).get("themes")
        base = f" (keyword baseline: micro {_f(kt['micro_f1'])}, macro {_f(kt['macro_f1'])})" if kt else ""
        lines += ["", "### Themes", "", f"Micro-F1 **{_f(t['micro_f1'])}**, macro-F1 **{_f(t['macro_f1'])}**{base}.", "", "| theme | P | R | F1 | support | keyword F1 |", "|---|---|---|---|---|---|"]
        for th in THEMES:
            s = t["per_theme"][th]
            kf = _f(kt["per_theme"][th]["f1"]) if kt else "-"
            lines.append(f"| {th} | {_f(s['precision'])} | {_f(s['recall'])} | {_f(s['f1'])} | {s['support']} | {kf} |")
    return "\n".join(lines) + "\n"


def filter_split(units: Iterable[Unit], split: Optional[str], splits: dict[str, str]) -> list[Unit]:
    """The units whose document belongs to ``split`` (all units when ``split`` is None)."""
    units = list(units)
    if split is None:
        return units
    return [u for u in units if splits.get(u.doc_id) == split]


__all__ += ["filter_split"]
