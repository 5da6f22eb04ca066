"""Add gold OFFICIAL attributes (``title``, ``honorific``) to the standoff corpus.

    python scripts/add_official_attrs.py ATTRS.jsonl... [--corpus corpora/partydocs.jsonl] [--text-root ../shared]

Each input line is one OFFICIAL span of the corpus with its annotated attributes::

    {"unit": "<unit id>", "start": 4, "end": 20, "title": "<the title as written>",
     "title_unit": "<unit id where the title is written>", "honorific": "Ông"}

(a later file wins for the same span, e.g. an adjudication file after the first pass). The title
is stored **standoff**, as ``"title_at": [unit id, start, end]`` into the text of ``title_unit``
(the occurrence nearest to the name when the title is in the name's own unit), so no third-party
text enters the repository; :func:`viet_partydocs.corpus.formats.read_units` turns it back into
``title``. The honorific is one of a closed set of words and is stored as written. Every OFFICIAL
span of the corpus must get attributes; the corpus file is rewritten atomically.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    from viet_partydocs.atomic import atomic_file
    from viet_partydocs.corpus.formats import read_units
    from viet_partydocs.corpus.jsonio import read_records

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("attrs", nargs="+", type=Path)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "partydocs.jsonl")
    ap.add_argument("--text-root", type=Path, default=None)
    args = ap.parse_args()

    texts = {u.id: u.text for u in read_units([args.corpus], text_root=args.text_root, validate=False)}
    gold: dict[tuple[str, int, int], dict] = {}
    for path in args.attrs:
        for _, r in read_records(path, "a JSONL file of OFFICIAL attributes"):
            gold[(r["unit"], r["start"], r["end"])] = r

    problems: list[str] = []

    def title_at(uid: str, start: int, r: dict) -> list | None:
        title, where = r.get("title"), r.get("title_unit")
        if title is None:
            return None
        text = texts.get(where)
        if text is None:
            problems.append(f"{uid}@{start}: title unit {where!r} is not in the corpus")
            return None
        hits = [i for i in range(len(text)) if text.startswith(title, i)]
        if not hits:
            problems.append(f"{uid}@{start}: title {title!r} is not in unit {where!r}")
            return None
        at = min(hits, key=lambda i: abs(i - start)) if where == uid else hits[0]
        return [where, at, at + len(title)]

    lines = []
    for _, rec in read_records(args.corpus, "the standoff corpus"):
        for s in rec.get("spans", []):
            if s["label"] != "OFFICIAL":
                continue
            r = gold.get((rec["id"], s["start"], s["end"]))
            if r is None:
                problems.append(f"{rec['id']}@{s['start']}:{s['end']}: no attributes given")
                continue
            s["attrs"] = {"title_at": title_at(rec["id"], s["start"], r), "honorific": r.get("honorific")}
        lines.append(json.dumps(rec, ensure_ascii=False))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    with atomic_file(args.corpus) as f:
        f.write("\n".join(lines) + "\n")
    print(f"OFFICIAL attributes written for {sum(1 for _ in gold)} spans into {args.corpus}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
