"""Turn resolved annotation files into the standoff corpus and its document split.

    python scripts/build_corpus.py ANNOTATIONS.jsonl... [--out corpora/partydocs.jsonl]
                                   [--splits corpora/splits.json] [--text-root ../shared]

Each input line is ``{"id", "doc_id", "role", "themes", "spans": [{"start", "end", "label"}]}``
with unit ids ``<article id>/<paragraph index|title>`` (``../shared/corpus/articles.jsonl``) or
``seed-<file stem>/<paragraph index>`` (``../shared/seeds``). Texts are looked up (never copied),
hashed and validated; the split is recomputed deterministically (see viet_partydocs.corpus.split).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from viet_partydocs.corpus.formats import _texts, default_text_root, write_standoff
from viet_partydocs.corpus.split import split_documents, write_splits
from viet_partydocs.corpus.validate import CorpusError, Span, Unit, validate_units

ROOT = Path(__file__).resolve().parents[1]


def locate(uid: str) -> tuple[str, str, object]:
    doc, _, ref = uid.rpartition("/")
    unit: object = ref if ref == "title" else int(ref)
    if doc.startswith("seed-"):
        return "seeds", doc[len("seed-"):] + ".txt", unit
    return "corpus", doc, unit


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("annotations", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "corpora" / "partydocs.jsonl")
    ap.add_argument("--splits", type=Path, default=ROOT / "corpora" / "splits.json")
    ap.add_argument("--no-splits", action="store_true", help="do not (re)write the split file")
    ap.add_argument("--text-root", type=Path, default=None)
    args = ap.parse_args()
    texts = _texts(str((args.text_root or default_text_root()).resolve()))
    records, units = [], []
    genre = {}
    for path in args.annotations:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            a = json.loads(line)
            source, doc, ref = locate(a["id"])
            text = texts.get(source, doc, ref)
            if text is None:
                print(f"{path}:{n}: no text for {a['id']}", file=sys.stderr)
                return 2
            spans = [Span(s["start"], s["end"], s["label"], s.get("attrs")) for s in a.get("spans", [])]
            u = Unit(a["id"], a["doc_id"], text, a["role"], list(a.get("themes", [])), spans, where=f"{path}:{n}")
            units.append(u)
            records.append((u, source, doc, ref))
            if source == "seeds":
                genre[u.doc_id] = "seed"
            else:
                genre[u.doc_id] = texts._articles()[doc].get("genre", "")
    try:
        validate_units(units)
    except CorpusError as e:
        print(e, file=sys.stderr)
        return 2
    write_standoff(records, args.out)
    print(f"wrote {len(units)} units of {len(genre)} documents to {args.out}")
    if not args.no_splits:
        splits = split_documents(genre, strata=genre)
        write_splits(splits, args.splits, note="by document, stratified by genre (seed/party_building/gov_news/legal), 70/15/15, salted SHA-1 order")
        for s, docs in splits.items():
            n_units = sum(1 for u in units if u.doc_id in set(docs))
            print(f"  {s}: {len(docs)} documents, {n_units} units")
    return 0


if __name__ == "__main__":
    sys.exit(main())
