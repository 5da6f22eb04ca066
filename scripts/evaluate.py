"""Evaluate the pipeline and the baselines against annotated units (thin wrapper of the CLI).

    python scripts/evaluate.py --gold corpora/partydocs.jsonl --split dev --markdown docs/evaluation.md --json docs/evaluation.json

Same options as ``viet-partydocs evaluate``.
"""

import sys

from viet_partydocs.cli import main

if __name__ == "__main__":
    sys.exit(main(["evaluate", *sys.argv[1:]]))
