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
import sys
from pathlib import Path

from viet_partydocs.corpus.formats import texts_under, write_standoff
from viet_partydocs.corpus.jsonio import read_records
from viet_partydocs.corpus.split import split_documents, write_splits
from viet_partydocs.corpus.validate import CorpusError, Span, Unit, validate_units
from viet_partydocs.errors import InputError

ROOT = Path(__file__).resolve().parents[1]


def locate(uid: str) -> tuple[str, str, object]:
    doc, _, ref = uid.rpartition("/")
    unit: object = ref if ref == "title" else int(ref)
    if doc.startswith("seed-"):
        return "seeds", doc[len("seed-"):] + ".txt", unit
    return "corpus", doc, unit


def read_resolved(paths: list[Path], texts) -> tuple[list, list[Unit], dict[str, str]]:
    """``(standoff records, units, doc_id → genre)`` of the annotation files, texts looked up in ``texts``."""
    records, units = [], []
    genre: dict[str, str] = {}
    for path in paths:
        for n, a in read_records(path, "a JSONL file of resolved annotations"):
            try:
                source, doc, ref = locate(a["id"])
                text = texts.get(source, doc, ref)
                spans = [Span(s["start"], s["end"], s["label"], s.get("attrs")) for s in a.get("spans", [])]
                fields = (a["id"], a["doc_id"], a["role"], list(a.get("themes", [])))
            except (KeyError, TypeError, ValueError, AttributeError) as e:
                raise InputError(str(path), f"malformed record ({type(e).__name__}: {e})", n) from None
            if text is None:
                raise InputError(str(path), f"no text for {a['id']}", n)
            uid, doc_id, role, themes = fields
            u = Unit(uid, doc_id, text, role, themes, spans, where=f"{path}:{n}")
            units.append(u)
            records.append((u, source, doc, ref))
            if source == "seeds":
                genre[u.doc_id] = "seed"
            else:
                genre[u.doc_id] = texts.article(doc).get("genre", "")
    return records, units, genre


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("annotations", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "corpora" / "partydocs.jsonl")
    ap.add_argument("--splits", type=Path, default=ROOT / "corpora" / "splits.json")
    ap.add_argument("--no-splits", action="store_true", help="do not (re)write the split file")
    ap.add_argument("--text-root", type=Path, default=None)
    args = ap.parse_args()
    try:
        texts = texts_under(args.text_root)
        records, units, genre = read_resolved(args.annotations, texts)
    except InputError as e:
        print(e, file=sys.stderr)
        return 2
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
