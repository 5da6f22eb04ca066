"""Inter-annotator agreement between two annotation passes over the same units.

    python scripts/agreement.py FIRST.jsonl SECOND.jsonl [--text-root ../shared]

Both files are standoff or inline corpora; only units present in both are compared. Reports
span F1 per label (exact offsets and label; one pass taken as reference, F1 is symmetric),
role agreement (accuracy and Cohen's kappa) and theme agreement (micro-F1 over unit-theme
pairs, and the share of units with the same theme set).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from viet_partydocs.corpus.formats import read_units
from viet_partydocs.labels import ENTITY_LABELS, THEMES
from viet_partydocs.scoring import span_scores, theme_scores


def kappa(a: list[str], b: list[str]) -> float:
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def agreement(first, second) -> dict:
    by_id = {u.id: u for u in second}
    pairs = [(u, by_id[u.id]) for u in first if u.id in by_id]
    spans = span_scores([[s.key() for s in a.spans] for a, _ in pairs], [[s.key() for s in b.spans] for _, b in pairs], ENTITY_LABELS)
    ra, rb = [a.role for a, _ in pairs], [b.role for _, b in pairs]
    themes = theme_scores([a.themes for a, _ in pairs], [b.themes for _, b in pairs], THEMES)
    return {
        "units": len(pairs),
        "documents": len({a.doc_id for a, _ in pairs}),
        "span_f1_exact": {k: v["f1"] for k, v in spans["exact"].items()},
        "span_f1_overlap": {k: v["f1"] for k, v in spans["overlap"].items()},
        "span_counts": {k: (v["support"], v["tp"] + v["fp"]) for k, v in spans["exact"].items()},
        "role_accuracy": sum(x == y for x, y in zip(ra, rb)) / len(pairs),
        "role_kappa": kappa(ra, rb),
        "theme_micro_f1": themes["micro_f1"],
        "theme_macro_f1": themes["macro_f1"],
        "theme_set_agreement": sum(set(a.themes) == set(b.themes) for a, b in pairs) / len(pairs),
        "theme_f1": {t: themes["per_theme"][t]["f1"] for t in THEMES},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("first", type=Path)
    ap.add_argument("second", type=Path)
    ap.add_argument("--text-root", type=Path)
    args = ap.parse_args()
    result = agreement(read_units([args.first], args.text_root), read_units([args.second], args.text_root))
    print(json.dumps(result, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
