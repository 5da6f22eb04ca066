"""Scores: entity spans (exact and overlapping), attributes, roles and multi-label themes.

Pure functions over plain data, so they are easy to check by hand (see tests/test_scoring.py).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Any, Iterable, Mapping, Optional, Sequence

__all__ = ["prf", "span_scores", "attribute_accuracy", "role_scores", "theme_scores"]

SpanT = tuple[int, int, str]  # (start, end, label) in one coordinate system per item


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 (0.0 where undefined) plus the counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn, "support": tp + fn}


def _overlaps(a: SpanT, b: SpanT) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def span_scores(
    gold: Sequence[Iterable[SpanT]], pred: Sequence[Iterable[SpanT]], labels: Sequence[str]
) -> dict[str, dict[str, dict[str, float]]]:
    """Per-label and micro P/R/F1, ``exact`` (same offsets and label) and ``overlap``.

    ``gold[i]`` and ``pred[i]`` are the spans of item ``i``. In ``overlap`` mode a predicted span
    is correct if it overlaps a gold span of its label, and a gold span is found if a predicted
    span of its label overlaps it (so precision and recall count different things and tp is the
    mean of the two matched counts).
    """
    exact = {lab: Counter() for lab in labels}
    over = {lab: Counter() for lab in labels}
    for g_items, p_items in zip(gold, pred):
        g = set(g_items)
        p = set(p_items)
        for lab in labels:
            gl = {s for s in g if s[2] == lab}
            pl = {s for s in p if s[2] == lab}
            tp = len(gl & pl)
            exact[lab].update(tp=tp, fp=len(pl) - tp, fn=len(gl) - tp)
            p_ok = sum(1 for s in pl if any(_overlaps(s, t) for t in gl))
            g_ok = sum(1 for t in gl if any(_overlaps(s, t) for s in pl))
            over[lab].update(p_ok=p_ok, p_all=len(pl), g_ok=g_ok, g_all=len(gl))
    out: dict[str, dict[str, dict[str, float]]] = {"exact": {}, "overlap": {}}
    for lab in labels:
        c = exact[lab]
        out["exact"][lab] = prf(c["tp"], c["fp"], c["fn"])
        o = over[lab]
        out["overlap"][lab] = _overlap_prf(o)
    tot = sum((exact[lab] for lab in labels), Counter())
    out["exact"]["micro"] = prf(tot["tp"], tot["fp"], tot["fn"])
    out["overlap"]["micro"] = _overlap_prf(sum((over[lab] for lab in labels), Counter()))
    return out


def _overlap_prf(o: Mapping[str, int]) -> dict[str, float]:
    p = o["p_ok"] / o["p_all"] if o["p_all"] else 0.0
    r = o["g_ok"] / o["g_all"] if o["g_all"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": o["g_all"], "predicted": o["p_all"]}


def attribute_accuracy(
    pairs: Iterable[tuple[Mapping[str, Any], Optional[Mapping[str, Any]]]], fields: Sequence[str]
) -> dict[str, dict[str, float]]:
    """Accuracy of each field over ``(gold_attrs, predicted_attrs)`` pairs of matched spans.

    Only fields present in the gold attributes count; numbers compare with a 1e-6 tolerance.
    ``all`` is the share of spans whose every gold field is right.
    """
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for gold, pred in pairs:
        pred = pred or {}
        every = True
        for f in fields:
            if f not in gold:
                continue
            total[f] += 1
            ok = _same(gold[f], pred.get(f))
            right[f] += ok
            every = every and ok
        total["all"] += 1
        right["all"] += every
    return {f: {"accuracy": right[f] / total[f] if total[f] else 0.0, "n": total[f]} for f in [*fields, "all"]}


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))
    if isinstance(a, str) and isinstance(b, str):  # text as written: same characters (NFC), any spacing
        return " ".join(unicodedata.normalize("NFC", a).split()) == " ".join(unicodedata.normalize("NFC", b).split())
    return a == b


def role_scores(gold: Sequence[str], pred: Sequence[Optional[str]], roles: Sequence[str]) -> dict[str, Any]:
    """Accuracy, per-role P/R/F1 and the confusion counts ``gold -> pred -> n``."""
    n = len(gold)
    acc = sum(g == p for g, p in zip(gold, pred)) / n if n else 0.0
    per = {}
    for r in roles:
        tp = sum(g == r and p == r for g, p in zip(gold, pred))
        fp = sum(g != r and p == r for g, p in zip(gold, pred))
        fn = sum(g == r and p != r for g, p in zip(gold, pred))
        per[r] = prf(tp, fp, fn)
    confusion: dict[str, dict[str, int]] = {}
    for g, p in zip(gold, pred):
        confusion.setdefault(g, {}).setdefault(str(p), 0)
        confusion[g][str(p)] += 1
    return {"accuracy": acc, "n": n, "per_role": per, "confusion": confusion}


def theme_scores(gold: Sequence[Iterable[str]], pred: Sequence[Iterable[str]], themes: Sequence[str]) -> dict[str, Any]:
    """Multi-label scores: micro and macro F1 and per-theme P/R/F1.

    Macro F1 averages over the themes that occur in the gold data or the predictions.
    """
    per = {}
    tot: Counter[str] = Counter()
    for t in themes:
        tp = fp = fn = 0
        for g, p in zip(gold, pred):
            gi, pi = t in set(g), t in set(p)
            tp += gi and pi
            fp += pi and not gi
            fn += gi and not pi
        per[t] = prf(tp, fp, fn)
        tot.update(tp=tp, fp=fp, fn=fn)
    micro = prf(tot["tp"], tot["fp"], tot["fn"])
    present = [t for t in themes if per[t]["support"] or per[t]["fp"]]
    macro = sum(per[t]["f1"] for t in present) / len(present) if present else 0.0
    return {"micro_f1": micro["f1"], "micro": micro, "macro_f1": macro, "per_theme": per, "n": len(gold)}
