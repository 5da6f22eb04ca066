"""Assemble the default pipeline and save it to models/vi_partydocs (the shipped model).

    python scripts/build_pipeline.py [--out models/vi_partydocs]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from viet_partydocs.atomic import atomic_dir
from viet_partydocs.classify.models import load_models
from viet_partydocs.pipeline import SHIPPED, create_pipeline

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "models" / SHIPPED)
    args = parser.parse_args()
    nlp = create_pipeline()
    # the trained paragraph role/theme models (python scripts/train_themes.py writes them)
    nlp.get_pipe("vpd_roles_themes").set_models(load_models(ROOT / "models" / "roles_themes"))
    nlp.meta.update({"name": "partydocs", "version": "0.1.0", "description": "viet_partydocs default pipeline"})
    with atomic_dir(args.out) as tmp:
        nlp.to_disk(tmp)
    print(f"saved {nlp.pipe_names} to {args.out}")


if __name__ == "__main__":
    main()
