"""Training the statistical parts: the ORG/OFFICIAL recogniser (spaCy NER).

The recogniser is spaCy's transition-based NER with its own small CNN tok2vec, configured by
``viet_partydocs/configs/ner.cfg`` and trained with spaCy's own training loop on our tokenizer's
words. Gold spans whose edges fall inside a word are widened to whole words (and counted).
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.util import filter_spans

from .corpus.validate import Unit
from .errors import ModelError

__all__ = ["NER_LABELS", "NER_CONFIG", "units_to_docs", "train_ner", "build", "retrain", "card_markdown"]

#: Labels the statistical recogniser learns.
NER_LABELS: tuple[str, ...] = ("ORG", "OFFICIAL")
#: The training configuration shipped with the package.
NER_CONFIG = Path(__file__).resolve().parent / "configs" / "ner.cfg"


#: How much better (ORG+OFFICIAL exact F1 on dev) a merge policy that runs the statistical
#: recogniser must be than the rules alone to be chosen: the recogniser costs more time than
#: every other component together.
RECOGNISER_MIN_GAIN = 0.005


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
        if not best.exists():  # no evaluation step was reached (tiny data): the last model
            best = work / "out" / "model-last"
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


# =============================================================================================
# Retraining every trainable part into a complete pipeline directory
# =============================================================================================

#: Where a directory written by :func:`build` keeps the recogniser when the chosen policy does not
#: use it (``assemble(ner=DIR / NER_SUBDIR, merge_policy=...)`` brings it in).
NER_SUBDIR = "ner_model"
CARD_JSON = "model_card.json"
CARD_MD = "MODEL_CARD.md"


def _entity_f1(report: dict[str, Any], labels: Sequence[str] = NER_LABELS) -> float:
    ex = report["pipeline"]["entities"]["exact"]
    tp = sum(ex[lab]["tp"] for lab in labels)
    fp = sum(ex[lab]["fp"] for lab in labels)
    fn = sum(ex[lab]["fn"] for lab in labels)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _summary(report: dict[str, Any]) -> dict[str, Any]:
    """The headline numbers of an evaluation report (for model cards)."""
    p = report["pipeline"]
    out: dict[str, Any] = {
        "units": report["n_units"],
        "documents": report["n_documents"],
        "entity_f1_exact": {k: round(v["f1"], 4) for k, v in p["entities"]["exact"].items()},
        "entity_f1_overlap": {k: round(v["f1"], 4) for k, v in p["entities"]["overlap"].items()},
    }
    if "roles" in p:
        out["role_accuracy"] = round(p["roles"]["accuracy"], 4)
        out["boilerplate_f1"] = round(p["roles"]["per_role"]["boilerplate"]["f1"], 4)
    if "themes" in p:
        out["theme_micro_f1"] = round(p["themes"]["micro_f1"], 4)
        out["theme_macro_f1"] = round(p["themes"]["macro_f1"], 4)
    for label, fields in p.get("attributes", {}).items():
        out[f"{label}_attribute_accuracy"] = round(fields["all"]["accuracy"], 4)
    return out


def build(
    train_units: Sequence[Unit],
    dev_units: Sequence[Unit],
    out_dir: str | Path,
    heldout_units: Sequence[Unit] = (),
    extra_role_units: Sequence[Unit] = (),
    previous: Optional[Language] = None,
    seed: int = 0,
    ner_epochs: Optional[int] = None,
    role_family: Optional[str] = None,
    theme_family: Optional[str] = None,
    data_description: Optional[dict[str, Any]] = None,
    refit_on_dev: bool = False,
    recogniser_min_gain: float = RECOGNISER_MIN_GAIN,
    log: Callable[[str], None] = lambda s: None,
) -> dict[str, Any]:
    """Train every trainable part and write a complete pipeline to ``out_dir`` (atomically).

    1. the ORG/OFFICIAL recogniser on ``train_units`` (model selection on ``dev_units``);
    2. the role and theme classifiers (``extra_role_units`` feed the role model only; with
       ``refit_on_dev``, fitted again on train + dev once chosen);
    3. the merge policy of rules and recogniser with the best ORG+OFFICIAL exact F1 on dev — a
       policy that runs the recogniser only when it beats the rules alone by at least
       ``recogniser_min_gain`` (the recogniser makes the whole pipeline ~2.5× slower);
    4. scores of the new pipeline — and of ``previous``, if given — on ``heldout_units``;
    5. the pipeline, the recogniser and a model card (``MODEL_CARD.md``, ``model_card.json``).

    Returns the card. Nothing is left at ``out_dir`` if anything fails or is interrupted.
    """
    from .atomic import atomic_dir
    from .classify.models import library_versions
    from .classify.train import train_models
    from .components.entity_merge import POLICIES
    from .evaluate import evaluate
    from .pipeline import assemble

    t0 = time.perf_counter()
    dev_is_train = not dev_units
    if dev_is_train:
        log("no dev units: model selection and the merge policy are chosen on the training units")
    dev_units = list(dev_units) or list(train_units)
    work = Path(tempfile.mkdtemp(prefix="vpd-build-"))
    try:
        log(f"[1/5] training the ORG/OFFICIAL recogniser on {len(train_units)} units (spaCy NER)")
        ner_info = train_ner(train_units, dev_units, work / "ner", seed=seed, max_epochs=ner_epochs)
        log(f"      dev entity F1 of the recogniser alone: {ner_info['dev_scores'].get('ents_f', 0):.3f}")
        log("[2/5] training the paragraph role and theme classifiers (scikit-learn)")
        models, rt_card = train_models(
            train_units, [] if dev_is_train else dev_units, seed=seed, extra_role_units=extra_role_units,
            role_family=role_family, theme_family=theme_family, refit_on_dev=refit_on_dev,
        )
        log("[3/5] choosing how to combine rules and recogniser (ORG+OFFICIAL exact F1 on dev)")
        source = spacy.load(work / "ner")
        policy_scores = {}
        for policy in POLICIES:
            nlp = assemble(ner=None if policy == "rules_only" else source, roles_themes=models, merge_policy=policy)
            policy_scores[policy] = round(_entity_f1(evaluate(nlp, dev_units, baselines=False)), 4)
            log(f"      {policy}: {policy_scores[policy]:.3f}")
        best = max(POLICIES, key=lambda p: (policy_scores[p], -POLICIES.index(p)))
        gain = policy_scores[best] - policy_scores["rules_only"]
        if best != "rules_only" and gain < recogniser_min_gain:
            log(f"      {best} is {gain:+.3f} above rules_only, less than {recogniser_min_gain}: "
                "the recogniser is left out (it makes the pipeline ~2.5x slower)")
            best = "rules_only"
        nlp = assemble(ner=None if best == "rules_only" else source, roles_themes=models, merge_policy=best)
        log(f"      chose {best}")
        heldout: dict[str, Any] = {}
        if heldout_units:
            log(f"[4/5] scoring the new and the previous pipeline on {len(heldout_units)} held-out units")
            heldout["new"] = _summary(evaluate(nlp, heldout_units, baselines=False))
            if previous is not None:
                heldout["previous"] = _summary(evaluate(previous, heldout_units, baselines=False))
        else:
            log("[4/5] no held-out units: skipping the held-out comparison")
        card = {
            "name": "viet_partydocs pipeline",
            "created_by": "viet_partydocs.train.build",
            "seed": seed,
            "training_seconds": None,
            "pipeline": list(nlp.pipe_names),
            "merge_policy": best,
            "merge_policy_dev_f1": policy_scores,
            "recogniser_min_gain": recogniser_min_gain,
            "data": {
                **(data_description or {}),
                "train_units": len(train_units),
                "train_documents": len({u.doc_id for u in train_units}),
                "dev_units": 0 if dev_is_train else len(dev_units),
                "selection_on_train": dev_is_train,
                "heldout_units": len(heldout_units),
                "heldout_documents": len({u.doc_id for u in heldout_units}),
                "extra_role_units": len(extra_role_units),
            },
            "recogniser": {
                "config": "viet_partydocs/configs/ner.cfg",
                "labels": list(NER_LABELS),
                "dev_scores": ner_info["dev_scores"],
                "widened_spans": ner_info["widened_spans"],
                "in_pipeline": best != "rules_only",
                "directory": NER_SUBDIR,
            },
            "roles_themes": {k: rt_card.get(k) for k in ("models", "thresholds", "dev_scores", "feature_set")},
            "heldout_scores": heldout,
            "versions": library_versions(),
        }
        log("[5/5] writing the pipeline")
        with atomic_dir(out_dir) as tmp:
            nlp.meta.update({"name": "partydocs", "description": "viet_partydocs pipeline (retrained)", "version": "0.1.0"})
            nlp.to_disk(tmp)
            shutil.copytree(work / "ner", tmp / NER_SUBDIR)
            card["training_seconds"] = round(time.perf_counter() - t0, 1)
            (tmp / CARD_JSON).write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            (tmp / CARD_MD).write_text(card_markdown(card), encoding="utf-8")
        return card
    finally:
        shutil.rmtree(work, ignore_errors=True)


def card_markdown(card: dict[str, Any]) -> str:
    """The Markdown model card of a pipeline written by :func:`build`."""
    d = card["data"]
    lines = [
        "# Model card — viet_partydocs pipeline",
        "",
        f"Pipeline: {', '.join(card['pipeline'])}. Trained in {card['training_seconds']} s with seed {card['seed']}.",
        "",
        "## Data",
        "",
        f"- train: {d['train_units']} units of {d['train_documents']} documents"
        + (f" (+ {d['extra_role_units']} synthetic page-chrome units for the role model)" if d["extra_role_units"] else ""),
        f"- dev (model selection): {d['dev_units']} units" + (" — none: selection on the training units" if d.get("selection_on_train") else ""),
        f"- held out (scores below): {d['heldout_units']} units of {d['heldout_documents']} documents",
    ]
    for k, v in d.items():
        if k not in ("train_units", "train_documents", "dev_units", "heldout_units", "heldout_documents", "extra_role_units", "selection_on_train"):
            lines.append(f"- {k}: {v}")
    lines += [
        "",
        "## Combining rules and the statistical recogniser",
        "",
        "ORG+OFFICIAL exact F1 on dev per merge policy: "
        + ", ".join(f"`{p}` {s:.3f}" for p, s in card["merge_policy_dev_f1"].items())
        + f". Chosen: **`{card['merge_policy']}`**"
        + ("." if card["recogniser"]["in_pipeline"] else f" (the trained recogniser is kept in `{NER_SUBDIR}/`).")
        + (f" A policy that runs the recogniser must gain at least {card['recogniser_min_gain']} over `rules_only`."
           if "recogniser_min_gain" in card else ""),
        "",
    ]
    ho = card.get("heldout_scores") or {}
    if ho:
        cols = [c for c in ("new", "previous") if c in ho]
        lines += ["## Held-out scores", "", "| measure | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
        keys = [k for k in ho["new"] if k not in ("units", "documents")]
        for k in keys:
            if isinstance(ho["new"][k], dict):
                for sub in ho["new"][k]:
                    lines.append(f"| {k} {sub} | " + " | ".join(f"{ho[c].get(k, {}).get(sub, float('nan')):.3f}" for c in cols) + " |")
            else:
                lines.append(f"| {k} | " + " | ".join(f"{ho[c].get(k, float('nan')):.3f}" for c in cols) + " |")
        lines.append("")
    lines += ["## Versions", ""] + [f"- {k}: {v}" for k, v in card["versions"].items()]
    return "\n".join(lines) + "\n"


def retrain(
    annotation_paths: Sequence[str | Path],
    out_dir: str | Path,
    base: bool = False,
    previous: Optional[str | Path] = None,
    text_root: Optional[str | Path] = None,
    seed: int = 0,
    ner_epochs: Optional[int] = None,
    role_family: Optional[str] = None,
    theme_family: Optional[str] = None,
    recogniser_min_gain: float = RECOGNISER_MIN_GAIN,
    log: Callable[[str], None] = lambda s: None,
) -> dict[str, Any]:
    """Retrain on users' annotations (our JSONL, doccano, Label Studio) into ``out_dir``.

    All input is validated before any training (:class:`~viet_partydocs.corpus.validate.CorpusError`
    lists every problem). The new documents are split 70/15/15 by document; the held-out part
    scores the new pipeline beside the previous one (``previous`` directory, default the shipped
    pipeline). With ``base``, the shipped corpus's train/dev documents join the new ones.
    """
    from .classify.synthetic import SYNTHETIC_FILE
    from .corpus.formats import default_corpus_dir, read_annotations, read_units
    from .corpus.split import read_splits, split_documents
    from .corpus.validate import validate_units
    from .pipeline import load

    log("reading and validating the annotations")
    new = read_annotations(annotation_paths, text_root=text_root)
    doc_ids = sorted({u.doc_id for u in new})
    if len(doc_ids) >= 3:
        parts = split_documents(doc_ids)
        where = {d: s for s, ds in parts.items() for d in ds}
    else:
        log(f"only {len(doc_ids)} document(s): all used for training, no held-out scores")
        where = {d: "train" for d in doc_ids}
    train = [u for u in new if where[u.doc_id] == "train"]
    dev = [u for u in new if where[u.doc_id] == "dev"]
    heldout = [u for u in new if where[u.doc_id] == "test"]
    extra: list[Unit] = []
    description: dict[str, Any] = {
        "annotations": [str(p) for p in annotation_paths],
        "new_units": len(new),
        "new_documents": len(doc_ids),
        "split": "new documents 70/15/15 by document (viet_partydocs.corpus.split.split_documents)",
    }
    if base:
        corpus = default_corpus_dir()
        base_units = read_units([corpus / "partydocs.jsonl"], text_root=text_root)
        splits = read_splits(corpus / "splits.json")
        validate_units([*base_units, *new])  # e.g. an id used by both
        train += [u for u in base_units if splits.get(u.doc_id) == "train"]
        dev += [u for u in base_units if splits.get(u.doc_id) == "dev"]
        if (corpus / SYNTHETIC_FILE).exists():
            extra = read_units([corpus / SYNTHETIC_FILE])
        description["base"] = "corpora/partydocs.jsonl train + dev documents (and synthetic page chrome for roles)"
    if previous is not None:
        previous_nlp: Optional[Language] = load(previous)  # named by the user: must load
    else:
        try:
            previous_nlp = load()
        except ModelError as e:  # the shipped pipeline is only a point of comparison
            log(f"shipped pipeline not loaded ({e}); the card shows the new scores only")
            previous_nlp = None
    return build(
        train, dev, out_dir, heldout_units=heldout, extra_role_units=extra, previous=previous_nlp, seed=seed,
        ner_epochs=ner_epochs, role_family=role_family, theme_family=theme_family, data_description=description,
        recogniser_min_gain=recogniser_min_gain, log=log,
    )
