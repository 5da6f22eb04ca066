"""Training the statistical parts: the ORG/OFFICIAL recogniser (spaCy NER).

The recogniser is spaCy's transition-based NER with its own small CNN tok2vec, configured by
``viet_partydocs/configs/ner.cfg`` and trained with spaCy's own training loop on our tokenizer's
words. Gold spans whose edges fall inside a word are widened to whole words (and counted).
"""

from __future__ import annotations

import contextlib
import io
import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.util import filter_spans

from .corpus.validate import Unit

__all__ = ["NER_LABELS", "NER_CONFIG", "units_to_docs", "train_ner"]

#: Labels the statistical recogniser learns.
NER_LABELS: tuple[str, ...] = ("ORG", "OFFICIAL")
#: The training configuration shipped with the package.
NER_CONFIG = Path(__file__).resolve().parent / "configs" / "ner.cfg"


def units_to_docs(nlp: Language, units: Iterable[Unit], labels: Sequence[str] = NER_LABELS) -> tuple[list[Doc], int]:
    """Tokenised docs of ``units`` with their gold entities of ``labels``; and how many spans
    had to be widened to word boundaries."""
    docs, widened = [], 0
    for u in units:
        doc = nlp.make_doc(u.text)
        ents = []
        for s in u.spans:
            if s.label not in labels:
                continue
            span = doc.char_span(s.start, s.end, label=s.label)
            if span is None:
                span = doc.char_span(s.start, s.end, label=s.label, alignment_mode="expand")
                widened += 1
            if span is not None:
                ents.append(span)
        doc.ents = filter_spans(ents)
        docs.append(doc)
    return docs, widened


def train_ner(
    train_units: Sequence[Unit],
    dev_units: Sequence[Unit],
    output_dir: str | Path,
    labels: Sequence[str] = NER_LABELS,
    config_path: str | Path = NER_CONFIG,
    seed: int = 0,
    max_epochs: Optional[int] = None,
    quiet: bool = True,
) -> dict[str, Any]:
    """Train the recogniser; the best model (on ``dev_units``) is saved to ``output_dir``.

    Returns the training summary: best dev scores, widened spans, sizes of the data.
    """
    from spacy.cli.train import train as spacy_train

    output_dir = Path(output_dir)
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "viet_partydocs.Tokenizer.v1"}}})
    train_docs, w1 = units_to_docs(nlp, train_units, labels)
    dev_docs, w2 = units_to_docs(nlp, dev_units, labels)
    work = Path(tempfile.mkdtemp(prefix="vpd-ner-"))
    try:
        DocBin(docs=train_docs, store_user_data=False).to_disk(work / "train.spacy")
        DocBin(docs=dev_docs, store_user_data=False).to_disk(work / "dev.spacy")
        overrides: dict[str, Any] = {
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "dev.spacy"),
            "system.seed": seed,
        }
        if max_epochs is not None:
            overrides["training.max_epochs"] = max_epochs
        sink = io.StringIO()
        level = logging.getLogger("spacy").level
        with contextlib.redirect_stdout(sink) if quiet else contextlib.nullcontext():
            if quiet:
                logging.getLogger("spacy").setLevel(logging.ERROR)
            try:
                spacy_train(config_path, work / "out", overrides=overrides, use_gpu=-1)
            finally:
                logging.getLogger("spacy").setLevel(level)
        best = work / "out" / "model-best"
        if output_dir.exists():
            shutil.rmtree(output_dir)
        shutil.copytree(best, output_dir)
        meta = spacy.util.load_meta(output_dir / "meta.json")
        return {
            "labels": list(labels),
            "train_units": len(train_units),
            "dev_units": len(dev_units),
            "widened_spans": w1 + w2,
            "dev_scores": meta.get("performance", {}),
            "log": sink.getvalue() if quiet else "",
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
