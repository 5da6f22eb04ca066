"""Retrain on new annotations (thin wrapper of ``viet-partydocs train``).

    python scripts/retrain.py --annotations my_province.jsonl [--base] --out models/my_pipeline
"""

import sys

from viet_partydocs.cli import main

if __name__ == "__main__":
    sys.exit(main(["train", *sys.argv[1:]]))
