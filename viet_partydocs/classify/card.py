"""The model card of the roles/themes models, as Markdown (the JSON card is the source)."""

from __future__ import annotations

from typing import Any, Mapping

__all__ = ["card_markdown"]


def _f(x: Any) -> str:
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def _scores_table(scores: Mapping[str, Any]) -> list[str]:
    lines = ["| score | value |", "|---|---|"]
    for k, v in scores.items():
        if isinstance(v, (int, float)):
            lines.append(f"| {k} | {_f(v)} |")
    return lines


def card_markdown(card: Mapping[str, Any]) -> str:
    """A readable rendering of ``model_card.json``."""
    lines = [
        "# Model card: vpd_roles_themes (paragraph roles and themes)",
        "",
        card.get("description", ""),
        "",
        "## Training data",
        "",
    ]
    data = card.get("training_data", {})
    for key in ("corpus", "splits", "extra_role_data", "train_units", "train_documents", "dev_units", "data_sha256"):
        if key in data:
            lines.append(f"* {key}: {data[key]}")
    if data.get("train_role_counts"):
        lines.append(f"* train role counts: {data['train_role_counts']}")
    if data.get("train_theme_counts"):
        lines.append(f"* train theme counts: {data['train_theme_counts']}")
    lines.append("* unit ids: listed in `model_card.json` (`training_data.train_ids`, `dev_ids`)")
    lines += ["", "## Features", ""]
    for name, desc in card.get("features", {}).items():
        lines.append(f"* **{name}**: {desc}")
    lines += ["", "## Models and hyper-parameters", ""]
    for task in ("roles", "themes"):
        m = card.get("models", {}).get(task, {})
        if m:
            lines.append(f"* **{task}**: family `{m.get('family')}` — {m.get('description', '')}; hyper-parameters `{m.get('params')}`")
    if card.get("selection"):
        lines += ["", "## Model selection", "", card.get("selection_rule", ""), "", "Cross-validation on train (up to 5 folds, grouped by document):", ""]
        for task, rows in card["selection"].items():
            if not rows:
                lines += [f"### {task}", "", "(no comparison: family given, or too few documents)", ""]
                continue
            lines += [f"### {task}", "", "| family | " + " | ".join(next(iter(rows.values())).keys()) + " |"]
            lines.append("|---" * (1 + len(next(iter(rows.values())))) + "|")
            for fam, sc in rows.items():
                lines.append(f"| {fam} | " + " | ".join(_f(v) for v in sc.values()) + " |")
            lines.append("")
    for task, why in (card.get("families_left_out") or {}).items():
        lines += [f"* {task}: left out of the comparison (cannot be fitted on this data): " + "; ".join(f"{f}: {e}" for f, e in why.items())]
    if card.get("thresholds"):
        lines += ["", "## Theme thresholds (chosen on out-of-fold predictions of train)", "", "| theme | threshold |", "|---|---|"]
        lines += [f"| {t} | {v:.2f} |" for t, v in card["thresholds"].items()]
    dev = card.get("dev_scores") or {}
    if dev:
        lines += ["", "## Dev scores (used only in the choice of model family, never for thresholds or fitting)", ""]
        lines += _scores_table(dev.get("summary", {}))
        per = dev.get("per_theme_f1") or {}
        if per:
            lines += ["", "| theme | F1 | keyword baseline F1 |", "|---|---|---|"]
            base = (dev.get("keyword_baseline") or {}).get("per_theme_f1", {})
            lines += [f"| {t} | {_f(v)} | {_f(base.get(t, '-'))} |" for t, v in per.items()]
        if dev.get("keyword_baseline"):
            kb = dev["keyword_baseline"]
            lines += ["", f"Keyword baseline on dev: micro-F1 {_f(kb.get('micro_f1'))}, macro-F1 {_f(kb.get('macro_f1'))}."]
        if dev.get("families"):
            lines += ["", "Every family compared, on dev:", "", "| task | family | scores |", "|---|---|---|"]
            for task, rows in dev["families"].items():
                for fam, sc in rows.items():
                    lines.append(f"| {task} | {fam} | " + ", ".join(f"{k} {_f(v)}" for k, v in sc.items()) + " |")
    lines += ["", "## Document-level scores (`doc.cats`)", "", card.get("doc_cats", ""), ""]
    lines += ["## Versions", ""]
    lines += [f"* {k} {v}" for k, v in (card.get("versions") or {}).items()]
    lines += [f"* feature set `{card.get('feature_set')}`, format {card.get('format_version')}", ""]
    if card.get("files"):
        lines += ["## Files", ""]
        lines += [f"* `{k}`: {v['bytes']:,} bytes, sha256 `{v['sha256'][:16]}…`" for k, v in card["files"].items()]
        lines.append("")
    if card.get("seed") is not None:
        lines += [f"Seed {card['seed']}; training took {card.get('training_seconds', 0):.0f} s.", ""]
    return "\n".join(lines)
