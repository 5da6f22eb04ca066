"""ORG/OFFICIAL scores of rules only, the statistical recogniser only, and their combinations.

    python scripts/compare_policies.py [--split dev] [--model models/vi_partydocs] [--markdown FILE]

Assembles the pipeline once per merge policy of ``vpd_entity_merge`` with the recogniser saved
beside the shipped pipeline (``ner_model/``) and scores each on the split's gold units.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    from viet_partydocs.components.entity_merge import POLICIES
    from viet_partydocs.corpus.formats import read_units
    from viet_partydocs.corpus.split import read_splits
    from viet_partydocs.evaluate import filter_split, predict_units, score_predictions
    from viet_partydocs.pipeline import assemble
    from viet_partydocs.train import NER_SUBDIR

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    ap.add_argument("--model", type=Path, default=ROOT / "models" / "vi_partydocs")
    ap.add_argument("--markdown", type=Path)
    args = ap.parse_args()
    units = filter_split(read_units([ROOT / "corpora" / "partydocs.jsonl"]), args.split, read_splits(ROOT / "corpora" / "splits.json"))
    lines = [
        f"| policy ({args.split}) | ORG P | ORG R | ORG F1 | OFFICIAL P | OFFICIAL R | OFFICIAL F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for policy in POLICIES:
        nlp = assemble(ner=None if policy == "rules_only" else args.model / NER_SUBDIR, merge_policy=policy)
        nlp.disable_pipe("vpd_roles_themes")
        preds, _ = predict_units(nlp, units)
        ex = score_predictions(units, preds)["entities"]["exact"]
        cells = [f"{ex[lab][k]:.3f}" for lab in ("ORG", "OFFICIAL") for k in ("precision", "recall", "f1")]
        lines.append(f"| `{policy}` | " + " | ".join(cells) + " |")
        print(lines[-1], flush=True)
    if args.markdown:
        args.markdown.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
