"""Train every trainable part on the shipped corpus and write the shipped pipeline.

    python scripts/build_pipeline.py [--out models/vi_partydocs] [--heldout test|dev|none] [--seed 0]

Reads ``corpora/partydocs.jsonl`` (texts from ``../shared`` or ``--text-root``) and
``corpora/splits.json``: trains the ORG/OFFICIAL recogniser and the role/theme classifiers on the
train documents (plus ``corpora/synthetic_chrome.jsonl`` for the role model), selects on dev (the
chosen role/theme models are then fitted again on train + dev, unless ``--no-refit``),
chooses the merge policy of rules and recogniser on dev, scores the result on the held-out split
for the model card, and writes the complete pipeline atomically (``viet_partydocs.train.build``).
Same corpus + same seed → the same pipeline.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    from viet_partydocs.classify.synthetic import SYNTHETIC_FILE
    from viet_partydocs.corpus.formats import read_units
    from viet_partydocs.corpus.split import read_splits
    from viet_partydocs.evaluate import filter_split
    from viet_partydocs.pipeline import SHIPPED
    from viet_partydocs.train import build

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "models" / SHIPPED)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "partydocs.jsonl")
    parser.add_argument("--splits", type=Path, default=ROOT / "corpora" / "splits.json")
    parser.add_argument("--text-root", type=Path, default=None)
    parser.add_argument("--heldout", choices=("test", "dev", "none"), default="test", help="split scored for the model card")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--ner-epochs", type=int, default=None)
    parser.add_argument("--recogniser-min-gain", type=float, default=0.005,
                        help="dev F1 a policy with the recogniser must gain over the rules alone to be chosen")
    parser.add_argument("--no-refit", action="store_true", help="keep the role/theme models fitted on train only "
                        "(default: chosen on train + dev, then fitted again on train + dev)")
    args = parser.parse_args()

    t0 = time.perf_counter()

    def log(msg: str) -> None:
        print(f"[{time.perf_counter() - t0:6.0f} s] {msg}", file=sys.stderr, flush=True)

    units = read_units([args.corpus], text_root=args.text_root)
    splits = read_splits(args.splits)
    extra = read_units([ROOT / "corpora" / SYNTHETIC_FILE])
    heldout = [] if args.heldout == "none" else filter_split(units, args.heldout, splits)
    card = build(
        filter_split(units, "train", splits), filter_split(units, "dev", splits), args.out,
        heldout_units=heldout, extra_role_units=extra, seed=args.seed, ner_epochs=args.ner_epochs,
        refit_on_dev=not args.no_refit, recogniser_min_gain=args.recogniser_min_gain,
        data_description={"corpus": "corpora/partydocs.jsonl", "splits": "corpora/splits.json", "heldout_split": args.heldout},
        log=log,
    )
    log(f"wrote {args.out} (merge policy {card['merge_policy']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
