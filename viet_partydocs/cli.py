"""The ``viet-partydocs`` command.

    viet-partydocs annotate INPUT... [-o OUT] [--format jsonl|conll|html] [--model DIR] [--n-process N]
    viet-partydocs evaluate --gold FILE... [--split dev|test] [--markdown FILE] [--json FILE]
    viet-partydocs train --annotations FILE... [--base] --out DIR
    viet-partydocs export-hf INPUT... --out DIR [--format disk|parquet] [--predict] [--push-to-hub REPO]

Bad input is reported as ``viet-partydocs: error: FILE:LINE: REASON`` with exit code 2 (3 for an
unusable model directory) and no output file is left behind.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Optional, Sequence

from .corpus.validate import CorpusError
from .errors import InputError, ModelError

__all__ = ["main"]

PROG = "viet-partydocs"
FORMATS = ("jsonl", "conll", "html")


class _Fail(Exception):
    """A usage error found after parsing (conflicting options): message and exit code 2."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def _syllables(text: str) -> int:
    return len(text.split())


def _write_output(out: Optional[str], render: Callable[[object], None]) -> None:
    """Call ``render(stream)`` on stdout or on an atomically written file."""
    if out is None or out == "-":
        render(sys.stdout)
        sys.stdout.flush()
        return
    from .atomic import atomic_file

    with atomic_file(out) as f:
        render(f)


def cmd_annotate(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .export.records import doc_to_record
    from .inputs import read_documents
    from .pipeline import load

    documents = read_documents(args.inputs)  # validates everything first
    t0 = time.perf_counter()
    nlp = load(args.model)
    load_s = time.perf_counter() - t0
    labels: Counter[str] = Counter()
    n_paragraphs = 0
    syllables = sum(_syllables(d.text) for d in documents)
    t1 = time.perf_counter()
    stream = nlp.pipe(
        ((d.text, d.id) for d in documents),
        as_tuples=True,
        n_process=args.n_process,
        batch_size=args.batch_size,
    )
    bar = tqdm(stream, total=len(documents), unit="doc", file=sys.stderr, disable=None if len(documents) > 1 else True)

    def annotated():
        nonlocal n_paragraphs
        for doc, doc_id in bar:
            labels.update(e.label_ for e in doc.ents)
            n_paragraphs += len(doc.spans.get("paragraphs", []))
            yield doc, doc_id

    if args.format == "jsonl":

        def render(f):
            for doc, doc_id in annotated():
                f.write(json.dumps(doc_to_record(doc, doc_id), ensure_ascii=False) + "\n")

    elif args.format == "conll":
        from .export.conll import doc_to_conll

        def render(f):
            for doc, doc_id in annotated():
                for line in doc_to_conll(doc, doc_id):
                    f.write(line + "\n")

    else:
        from .export.html import docs_to_html

        def render(f):
            pairs = list(annotated())
            f.write(docs_to_html([d for d, _ in pairs], [i for _, i in pairs]))

    _write_output(args.output, render)
    seconds = time.perf_counter() - t1
    ents = ", ".join(f"{k} {v}" for k, v in sorted(labels.items())) or "none"
    where = f" -> {args.output}" if args.output and args.output != "-" else ""
    print(
        f"annotated {len(documents)} documents, {n_paragraphs} paragraphs, entities: {ents}; "
        f"{seconds:.1f} s ({syllables / max(seconds, 1e-9):,.0f} syllables/s, model load {load_s:.1f} s){where}",
        file=sys.stderr,
    )
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .atomic import atomic_file
    from .corpus.formats import read_units
    from .corpus.split import read_splits
    from .evaluate import evaluate, filter_split, report_markdown
    from .pipeline import load

    if args.splits and not args.split:
        raise _Fail("--splits is used with --split (which split to evaluate)")
    units = read_units(args.gold, text_root=args.text_root)
    if args.split:
        splits_path = Path(args.splits) if args.splits else _default_splits()
        if not splits_path.exists():
            raise InputError(str(splits_path), "split file not found (give --splits FILE)")
        units = filter_split(units, args.split, read_splits(splits_path))
        if not units:
            raise InputError(str(splits_path), f"no gold unit belongs to a document of the {args.split!r} split")
    nlp = load(args.model)
    report = evaluate(nlp, units, baselines=not args.no_baselines, underthesea=not args.no_underthesea, n_process=args.n_process)
    report["gold"] = [str(g) for g in args.gold]
    report["split"] = args.split
    title = f"Evaluation on {args.split or 'all'} units of {', '.join(Path(g).name for g in args.gold)}"
    md = report_markdown(report, title)
    if args.markdown:
        with atomic_file(args.markdown) as f:
            f.write(md)
    if args.json:
        with atomic_file(args.json) as f:
            f.write(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    sys.stdout.write(md)
    tp = report["pipeline"]["throughput"]
    print(f"pipeline throughput: {tp['syllables_per_second']:,.0f} syllables/s ({tp['syllables']} syllables in {tp['seconds']:.1f} s)", file=sys.stderr)
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from .train import retrain

    t0 = time.perf_counter()

    def log(msg: str) -> None:
        print(f"[{time.perf_counter() - t0:6.0f} s] {msg}", file=sys.stderr, flush=True)

    card = retrain(
        args.annotations, args.out, base=args.base, previous=args.previous, text_root=args.text_root,
        seed=args.seed, ner_epochs=args.ner_epochs, recogniser_min_gain=args.recogniser_min_gain, log=log,
    )
    ho = card.get("heldout_scores", {})
    new = ho.get("new", {}).get("entity_f1_exact", {}).get("micro")
    old = ho.get("previous", {}).get("entity_f1_exact", {}).get("micro")
    extra = f"; held-out entity F1 {new:.3f}" + (f" (previous {old:.3f})" if old is not None else "") if new is not None else ""
    print(f"trained pipeline written to {args.out} (merge policy {card['merge_policy']}{extra}); see {args.out}/MODEL_CARD.md", file=sys.stderr)
    return 0


def cmd_export_hf(args: argparse.Namespace) -> int:
    from .corpus.formats import read_annotations
    from .export.hf import predictions_to_units, push_to_hub, save_dataset, to_hf_dataset

    if args.predict and (args.splits or args.use_corpus_splits or args.text_root):
        raise _Fail("--predict annotates raw documents: --splits, --use-corpus-splits and --text-root do not apply")
    if not args.predict and (args.model or args.n_process != 1):
        raise _Fail("--model and --n-process apply only with --predict")
    if args.predict:
        from .inputs import read_documents
        from .pipeline import load

        documents = read_documents(args.inputs)
        nlp = load(args.model)
        stream = nlp.pipe(((d.text, d.id) for d in documents), as_tuples=True, n_process=args.n_process)
        units = predictions_to_units(stream)
        splits = None
    else:
        units = read_annotations(args.inputs, text_root=args.text_root)
        splits = args.splits or (str(_default_splits()) if args.use_corpus_splits else None)
    dsd = to_hf_dataset(units, splits=splits, validate=not args.predict)
    sources = [str(p) for p in args.inputs]
    out = save_dataset(dsd, args.out, format=args.format, license=args.license, sources=sources, predicted=args.predict)
    counts = ", ".join(f"{name} {len(ds)}" for name, ds in dsd.items())
    print(f"exported {len(units)} units ({counts}) to {out} [{args.format}]", file=sys.stderr)
    if args.push_to_hub:
        push_to_hub(dsd, args.push_to_hub, license=args.license, sources=sources, predicted=args.predict)
        print(f"pushed to https://huggingface.co/datasets/{args.push_to_hub}", file=sys.stderr)
    return 0


def _default_splits() -> Path:
    from .corpus.formats import default_corpus_dir

    return default_corpus_dir() / "splits.json"


def _parser() -> argparse.ArgumentParser:
    from .about import __version__

    parser = argparse.ArgumentParser(prog=PROG, description="Structured data from Vietnamese party-building texts.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("annotate", help="annotate documents with the pipeline", description="Annotate documents.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt files, folders of .txt files (ids: paths inside the folder), or .jsonl files of {id, text}; ids unique across inputs")
    p.add_argument("-o", "--output", metavar="OUT", help="output file (default: standard output)")
    p.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    p.add_argument("--model", metavar="DIR", help="pipeline directory (default: the shipped models)")
    p.add_argument("--n-process", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    p.add_argument("--batch-size", type=int, default=64, metavar="N", help="documents per batch (default: 64)")
    p.set_defaults(func=cmd_annotate)

    p = sub.add_parser("evaluate", help="score the pipeline and the baselines against gold units", description="Evaluate against annotated units (inline or standoff JSONL).")
    p.add_argument("--gold", nargs="+", required=True, metavar="FILE", help="gold corpus files (inline or standoff JSONL)")
    p.add_argument("--split", choices=("train", "dev", "test"), help="only the documents of this split")
    p.add_argument("--splits", metavar="FILE", help="split file (default: corpora/splits.json)")
    p.add_argument("--text-root", metavar="DIR", help="folder with corpus/ and seeds/ for standoff files (default: $VIET_PARTYDOCS_TEXTS or ../shared)")
    p.add_argument("--model", metavar="DIR", help="pipeline directory (default: the shipped models)")
    p.add_argument("--markdown", metavar="FILE", help="also write the Markdown report here")
    p.add_argument("--json", metavar="FILE", help="also write the full report as JSON here")
    p.add_argument("--no-baselines", action="store_true", help="skip the baselines")
    p.add_argument("--no-underthesea", action="store_true", help="skip the (slow) underthesea.ner baseline")
    p.add_argument("--n-process", type=int, default=1, metavar="N")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser(
        "train",
        help="retrain every trainable part on new annotations into a complete pipeline directory",
        description="Retrain the ORG/OFFICIAL recogniser and the role/theme classifiers on new annotations.",
    )
    p.add_argument("--annotations", nargs="+", required=True, metavar="FILE", help="our JSONL (inline or standoff), doccano JSONL or Label Studio JSON exports")
    p.add_argument("--out", required=True, metavar="DIR", help="output pipeline directory (written atomically)")
    p.add_argument("--base", action="store_true", help="also train on the shipped corpus (corpora/partydocs.jsonl)")
    p.add_argument("--previous", metavar="DIR", help="pipeline to compare with on the held-out split (default: the shipped one)")
    p.add_argument("--text-root", metavar="DIR", help="folder with corpus/ and seeds/ for standoff files")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--ner-epochs", type=int, default=None, metavar="N", help="cap the recogniser's training epochs (default: the config's)")
    p.add_argument("--recogniser-min-gain", type=float, default=0.005, metavar="F1",
                   help="run the statistical recogniser only if it beats the rules alone by this much ORG+OFFICIAL "
                        "F1 on dev (default 0.005; 0: whenever it is better)")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser(
        "export-hf",
        help="export annotated units (or the pipeline's predictions) as a Hugging Face dataset",
        description="Export to a Hugging Face DatasetDict (train/validation/test by document) with a dataset card.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="annotation files (inline/standoff JSONL, doccano, Label Studio); with --predict: raw .txt/.jsonl documents")
    p.add_argument("--out", required=True, metavar="DIR", help="output directory (written atomically)")
    p.add_argument("--format", choices=("disk", "parquet"), default="disk", help="save_to_disk layout or Parquet files (default: disk)")
    p.add_argument("--predict", action="store_true", help="annotate raw documents with the pipeline and export its predictions")
    p.add_argument("--model", metavar="DIR", help="with --predict: pipeline directory (default: the shipped models)")
    p.add_argument("--n-process", type=int, default=1, metavar="N")
    p.add_argument("--splits", metavar="FILE", help="document split file (default: computed by document, 70/15/15)")
    p.add_argument("--use-corpus-splits", action="store_true", help="use corpora/splits.json (for the shipped corpus)")
    p.add_argument("--text-root", metavar="DIR", help="folder with corpus/ and seeds/ for standoff files")
    p.add_argument("--license", default="unknown", help="licence field of the dataset card (default: unknown)")
    p.add_argument("--push-to-hub", metavar="REPO", help="also upload to the Hugging Face Hub as REPO (needs a token: huggingface-cli login)")
    p.set_defaults(func=cmd_export_hf)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CorpusError as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 2
    except InputError as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 2
    except ModelError as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 3
    except _Fail as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return e.code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; no output written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
