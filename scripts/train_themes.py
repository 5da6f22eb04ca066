"""Train the paragraph role and theme classifiers of ``vpd_roles_themes`` and save them.

    python scripts/train_themes.py [--out models/vi_partydocs/vpd_roles_themes] [--seed 13]
                                   [--role-family logreg|svm] [--theme-family logreg|svm|cnb]

Reads the annotated corpus (``corpora/partydocs.jsonl``, standoff: texts resolved from
``../shared`` or ``--text-root``), trains on the documents of the ``train`` split of
``corpora/splits.json`` (plus the synthetic page chrome of ``corpora/synthetic_chrome.jsonl``
for the role model only), compares model families by cross-validation on train (grouped by
document), chooses theme thresholds on out-of-fold predictions of train, writes the model files
and the model card (JSON + Markdown) to ``--out`` — by default the ``vpd_roles_themes`` folder of
the shipped pipeline, which then loads them (``viet_partydocs.load()``) — and prints the dev
scores of the models fitted on train (dev is pooled into the choice of model family, never
used for thresholds or hyper-parameters; the chosen families are then fitted again on train + dev
unless ``--no-refit``; the test split is never read). Same corpus + same seed → the same
models (the shipped pipeline is built with ``--seed 0``, see ``scripts/build_pipeline.py``,
which retrains everything).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    import srsly

    from viet_partydocs.atomic import atomic_dir
    from viet_partydocs.classify.models import ROLE_FAMILIES, THEME_FAMILIES, save_models
    from viet_partydocs.classify.synthetic import SYNTHETIC_FILE
    from viet_partydocs.classify.train import DEFAULT_SEED, train_models
    from viet_partydocs.components.roles_themes import CFG_FILE
    from viet_partydocs.corpus.formats import read_units
    from viet_partydocs.corpus.split import read_splits
    from viet_partydocs.evaluate import filter_split

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "partydocs.jsonl")
    parser.add_argument("--splits", type=Path, default=ROOT / "corpora" / "splits.json")
    parser.add_argument("--extra-roles", type=Path, default=ROOT / "corpora" / SYNTHETIC_FILE, help="extra role-only examples ('' for none)")
    parser.add_argument("--text-root", type=Path, default=None, help="folder with corpus/ and seeds/ (default: ../shared)")
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "vi_partydocs" / "vpd_roles_themes")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--role-family", choices=ROLE_FAMILIES, help="skip the comparison, use this family")
    parser.add_argument("--theme-family", choices=THEME_FAMILIES, help="skip the comparison, use this family")
    parser.add_argument("--no-refit", action="store_true", help="ship the models fitted on train only "
                        "(default: once chosen, fitted again on train + dev)")
    args = parser.parse_args()

    t0 = time.perf_counter()
    units = read_units([args.corpus], text_root=args.text_root)
    splits = read_splits(args.splits)
    train = filter_split(units, "train", splits)
    dev = filter_split(units, "dev", splits)
    extra = read_units([args.extra_roles]) if str(args.extra_roles) and args.extra_roles.is_file() else []
    models, card = train_models(
        train, dev, seed=args.seed, extra_role_units=extra, role_family=args.role_family,
        theme_family=args.theme_family, refit_on_dev=not args.no_refit,
        log=lambda s: print(s, file=sys.stderr, flush=True),
    )
    card["training_data"].update(
        {
            "corpus": str(args.corpus.relative_to(ROOT) if args.corpus.is_relative_to(ROOT) else args.corpus),
            "splits": str(args.splits.relative_to(ROOT) if args.splits.is_relative_to(ROOT) else args.splits),
            "extra_role_data": str(args.extra_roles.relative_to(ROOT) if args.extra_roles.is_relative_to(ROOT) else args.extra_roles) if extra else None,
        }
    )
    card["command"] = "python scripts/train_themes.py" + (f" --seed {args.seed}" if args.seed != DEFAULT_SEED else "")
    with atomic_dir(args.out) as tmp:
        card = save_models(models, tmp)
        if (args.out / CFG_FILE).is_file():  # a pipeline's component folder: keep its settings, now trained
            srsly.write_json(tmp / CFG_FILE, {**srsly.read_json(args.out / CFG_FILE), "trained": True})
    dev_scores = card.get("dev_scores") or {}
    s = dev_scores.get("summary", {})
    kb = dev_scores.get("keyword_baseline", {})
    print(f"saved roles ({card['models']['roles']['family']}) and themes ({card['models']['themes']['family']}) to {args.out} "
          f"in {time.perf_counter() - t0:.0f} s")
    for name, info in card["files"].items():
        print(f"  {name}: {info['bytes'] / 1e6:.2f} MB")
    if s:
        print(f"dev ({s['units']} units): role accuracy {s['role_accuracy']:.3f}, boilerplate F1 {s['boilerplate_f1']:.3f}, "
              f"title F1 {s['title_f1']:.3f}; themes micro-F1 {s['theme_micro_f1']:.3f}, macro-F1 {s['theme_macro_f1']:.3f} "
              f"(keyword baseline micro {kb.get('micro_f1', 0):.3f}, macro {kb.get('macro_f1', 0):.3f})")
        for theme, f1 in dev_scores.get("per_theme_f1", {}).items():
            print(f"  {theme:<24} F1 {f1:.3f}   keyword {kb.get('per_theme_f1', {}).get(theme, 0):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
