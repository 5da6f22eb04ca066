"""Training of the role and theme classifiers from annotated units.

:func:`train_models` is the one entry point (``scripts/train_themes.py`` and the retraining
command call it): it turns units into classifier inputs exactly as the pipeline does at run
time (documents = units joined by ``\\n``, run through the tokenizer and ``vpd_paragraphs``),
compares model families by cross-validation on the training units (grouped by document),
fits the better family of each task on all training units, and reports dev scores. Same units +
same seed → same models → same predictions.

Small data works too: with fewer documents than folds the cross-validation uses one fold per
document; with a single document there is nothing to compare, and the first family of
:data:`~.models.ROLE_FAMILIES` / :data:`~.models.THEME_FAMILIES` is used (a family that cannot be
fitted on the data at hand — e.g. a calibrated one with too few examples of a class — is left out
of the comparison).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from typing import Any, Callable, Iterable, Optional, Sequence

import numpy as np

from ..corpus.formats import group_documents
from ..corpus.validate import Unit
from ..labels import ROLES, THEMES
from ..scoring import role_scores, theme_scores
from .features import FEATURE_SET, LAYOUT_NAMES, SENTENCE_NAMES, ParagraphInput, inputs_from_doc
from .models import (
    ROLE_FAMILIES,
    THEME_FAMILIES,
    THRESHOLD_GRID,
    RolesThemesModels,
    ThemeClassifier,
    _best_threshold,
    cv_splits,
    make_role_model,
    make_theme_model,
)

__all__ = [
    "DEFAULT_SEED",
    "ROLE_PARAMS",
    "THEME_PARAMS",
    "units_to_inputs",
    "theme_matrix",
    "data_hash",
    "train_models",
    "score_units",
]

DEFAULT_SEED = 13
#: Hyper-parameters of each family (fixed here; the families are compared by cross-validation).
ROLE_PARAMS: dict[str, dict[str, Any]] = {
    "logreg": {"C": 8.0, "layout_weight": 1.0},
    "svm": {"C": 0.1, "layout_weight": 1.0},
}
THEME_PARAMS: dict[str, dict[str, Any]] = {
    "logreg": {"C": 4.0, "cue_weight": 1.0, "doc_weight": 1.0},
    "svm": {"C": 0.5, "cue_weight": 1.0, "doc_weight": 1.0, "balanced": True},
    "cnb": {"C": 0.3, "cue_weight": 1.0, "doc_weight": 1.0},
}
CV_FOLDS = 5
FEATURE_DOC = {
    "role words": "TF-IDF (sublinear) of word 1-2-grams over the tokenizer's words (token.norm_, syllables joined by _, digits as 0), min_df 2",
    "role chars": "TF-IDF (sublinear) of character 2-4-grams (char_wb) over the normalised lower-cased text, digits as 0, min_df 2",
    "role layout": f"{len(LAYOUT_NAMES)} standardised layout features: own shape (length, final punctuation, caps / all-caps ratio, digits, timestamps, URL / e-mail / phone, chrome and caption cue counts, byline shape, truncated teaser, heading glued to text, legal heading), previous and next paragraph shapes, position (relative index, first / last, distance to ends), long prose paragraphs before / after, repeated paragraphs, document-level shares",
    "role sentence": f"{len(SENTENCE_NAMES)} standardised sentence features: how the paragraph reads (caption subject and event words, running-prose words, a fronted time or place, quotes, an inner colon, headline shape) and how it sits among its neighbours (long prose before / after, length ratios, similar neighbours as in a list, photo credits beside it or glued to the start of body text, a dated news lead just before it)",
    "theme words": "TF-IDF (sublinear) of word 1-2-grams over the tokenizer's words, min_df 2",
    "theme chars": "TF-IDF (sublinear) of character 2-5-grams (char_wb) over the normalised text, min_df 2",
    "theme cues": "log1p counts of each theme's cue phrases (patterns/themes.py, stored in the model), max-abs scaled",
    "theme document": "TF-IDF (sublinear) of the words of the paragraph's whole document (one row per document, shared by its paragraphs), min_df 2",
}
DOC_CATS = (
    "doc.cats[theme] is the length-weighted mean of the theme's calibrated score over the document's body and "
    "title paragraphs (weight = number of word tokens), so it reads as the share of the document's text about the "
    "theme; boilerplate does not count; a document without body or title paragraphs gets 0.0 for every theme."
)


def _tokenizer_nlp() -> Any:
    """Our tokenizer and ``vpd_paragraphs``: what the full pipeline runs before the classifiers
    (built here rather than with :mod:`viet_partydocs.pipeline`, which is above this module)."""
    import spacy

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "viet_partydocs.Tokenizer.v1"}}})
    nlp.add_pipe("vpd_paragraphs")
    return nlp


def units_to_inputs(units: Sequence[Unit], nlp: Any = None) -> list[ParagraphInput]:
    """One :class:`ParagraphInput` per unit (same order), made as the pipeline makes them: each
    document's units joined by ``\\n`` go through the tokenizer and ``vpd_paragraphs``."""
    nlp = nlp if nlp is not None else _tokenizer_nlp()
    docs = group_documents(units)
    texts = ["\n".join(u.text for u in members) for _, members in docs]
    by_id: dict[str, ParagraphInput] = {}
    for (doc_id, members), doc in zip(docs, nlp.pipe(texts, batch_size=16)):
        inputs = inputs_from_doc(doc)
        spans = list(doc.spans["paragraphs"])
        offset = 0
        for u in members:
            start, end = offset, offset + len(u.text)
            offset = end + 1
            best, overlap = None, 0
            for k, sp in enumerate(spans):
                o = min(end, sp.end_char) - max(start, sp.start_char)
                if o > overlap:
                    best, overlap = k, o
            if best is None:
                raise ValueError(f"{u.where or u.id}: unit {u.id!r} has no paragraph (empty text?)")
            by_id[u.id] = inputs[best]
    return [by_id[u.id] for u in units]


def theme_matrix(units: Sequence[Unit], labels: Sequence[str] = THEMES) -> np.ndarray:
    """The 0/1 matrix of the units' themes, one column per label."""
    index = {t: j for j, t in enumerate(labels)}
    Y = np.zeros((len(units), len(labels)), dtype=int)
    for i, u in enumerate(units):
        for t in u.themes:
            if t in index:
                Y[i, index[t]] = 1
    return Y


def data_hash(units: Iterable[Unit]) -> str:
    """SHA-256 of the units' ids, texts, roles and themes, in order."""
    h = hashlib.sha256()
    for u in units:
        h.update(json.dumps([u.id, u.doc_id, u.text, u.role, sorted(u.themes)], ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def _role_cv(family: str, params: dict[str, Any], X: list[ParagraphInput], y: list[str], groups: list[str], seed: int, eval_mask: np.ndarray) -> Optional[dict[str, float]]:
    """Grouped cross-validation scores of a role model family (``None``: fewer than two groups)."""
    if len(set(groups)) < 2:
        return None
    pred = np.empty(len(y), dtype=object)
    for tr, te in cv_splits(len(y), groups, CV_FOLDS):
        model = make_role_model(family, seed=seed, **params).fit([X[i] for i in tr], [y[i] for i in tr])
        pred[te] = model.predict([X[i] for i in te])
    gold = [y[i] for i in range(len(y)) if eval_mask[i]]
    got = [str(pred[i]) for i in range(len(y)) if eval_mask[i]]
    r = role_scores(gold, got, ROLES)
    return {
        "accuracy": r["accuracy"],
        "boilerplate_f1": r["per_role"]["boilerplate"]["f1"],
        "title_f1": r["per_role"]["title"]["f1"],
    }


def _theme_cv(model: ThemeClassifier, X: list[ParagraphInput], Y: np.ndarray, groups: list[str]) -> tuple[Optional[dict[str, Any]], Optional[np.ndarray]]:
    """Micro / macro F1 of out-of-fold predictions with thresholds chosen on the other folds'
    out-of-fold scores (nested, so the thresholds are never chosen on the scored fold), and the
    out-of-fold probabilities (``None, None``: fewer than two groups)."""
    if len(set(groups)) < 2:
        return None, None
    oof = model.out_of_fold(X, Y, groups)
    if oof is None:
        return None, None
    pred = np.zeros_like(Y)
    for tr, te in cv_splits(len(Y), groups, model.cv):
        for j in range(Y.shape[1]):
            if Y[tr, j].sum() >= model.min_positives:
                t, _ = _best_threshold(oof[tr, j], Y[tr, j].astype(bool), THRESHOLD_GRID)
            else:
                t = model.default_threshold
            pred[te, j] = oof[te, j] >= t
    labels = list(model.labels)
    s = theme_scores(_label_lists(Y, labels), _label_lists(pred, labels), labels)
    return {"micro_f1": s["micro_f1"], "macro_f1": s["macro_f1"]}, oof


def _theme_data(units: Sequence[Unit], X: Sequence[ParagraphInput]) -> tuple[list[ParagraphInput], np.ndarray, list[str]]:
    """The theme model's data: the inputs, 0/1 theme matrix and document groups of the body and
    title units (boilerplate has no theme)."""
    keep = [i for i, u in enumerate(units) if u.role != "boilerplate"]
    if not keep:
        raise ValueError("the theme model needs body or title units; the training data has only boilerplate")
    return [X[i] for i in keep], theme_matrix([units[i] for i in keep]), [units[i].doc_id for i in keep]


def _label_lists(M: np.ndarray, labels: Sequence[str]) -> list[list[str]]:
    return [[labels[j] for j in np.flatnonzero(row)] for row in M]


def score_units(models: RolesThemesModels, units: Sequence[Unit], inputs: Sequence[ParagraphInput]) -> dict[str, Any]:
    """Role and theme scores of ``models`` on annotated ``units`` (themes of predicted boilerplate
    dropped, as in the pipeline), with the keyword baseline's theme scores beside them."""
    from ..baselines import keyword_themes

    roles, _, chosen = models.predict(list(inputs))
    labels = list(models.theme_labels)
    r = role_scores([u.role or "" for u in units], roles, ROLES)
    t = theme_scores([u.themes for u in units], _label_lists(chosen, labels), labels)
    kb = theme_scores([u.themes for u in units], [keyword_themes(u.text) for u in units], labels)
    return {
        "summary": {
            "units": len(units),
            "role_accuracy": r["accuracy"],
            "boilerplate_f1": r["per_role"]["boilerplate"]["f1"],
            "title_f1": r["per_role"]["title"]["f1"],
            "theme_micro_f1": t["micro_f1"],
            "theme_macro_f1": t["macro_f1"],
        },
        "role_confusion": r["confusion"],
        "per_theme_f1": {th: t["per_theme"][th]["f1"] for th in labels},
        "keyword_baseline": {
            "micro_f1": kb["micro_f1"],
            "macro_f1": kb["macro_f1"],
            "per_theme_f1": {th: kb["per_theme"][th]["f1"] for th in labels},
        },
    }


def _families(requested: Optional[str], families: Sequence[str], groups: Sequence[str], task: str, log: Callable[[str], None]) -> list[str]:
    """The families to fit: the requested one, or all of ``families`` — or only the first (the
    default) when there are fewer than two documents to cross-validate on."""
    if requested:
        return [requested]
    if len(set(groups)) < 2:
        log(f"{task}: {len(set(groups))} training document(s), too few to compare model families; using {families[0]}")
        return [families[0]]
    return list(families)


def _choose(fitted: list[str], scored: dict[str, Any], merit: Callable[[str], float]) -> str:
    """The fitted family with the best merit among those with cross-validation scores (earlier
    families win ties); the first fitted one when none could be scored."""
    candidates = [f for f in fitted if f in scored]
    if not candidates:
        return fitted[0]
    return max(candidates, key=lambda f: (merit(f), -fitted.index(f)))


def train_models(
    train_units: Sequence[Unit],
    dev_units: Sequence[Unit] = (),
    seed: int = DEFAULT_SEED,
    extra_role_units: Sequence[Unit] = (),
    role_family: Optional[str] = None,
    theme_family: Optional[str] = None,
    nlp: Any = None,
    refit_on_dev: bool = False,
    log: Callable[[str], None] = lambda s: None,
) -> tuple[RolesThemesModels, dict[str, Any]]:
    """Fit the role and theme models on ``train_units``; returns the models and their card.

    refit_on_dev: once the families are chosen and the dev scores recorded, fit the chosen
        families again on ``train_units + dev_units`` (theme thresholds from their out-of-fold
        scores): the models shipped then learn from every document outside the test split; the
        card's ``dev_scores`` stay those of the models fitted on train alone.

    extra_role_units: more role examples (e.g. our synthetic page chrome), used for the role
        model only and never scored.
    role_family / theme_family: skip the comparison and use this family (``None``: compare the
        families of :data:`~.models.ROLE_FAMILIES` / :data:`~.models.THEME_FAMILIES` and keep the
        best by the sum of their grouped cross-validation scores on train and their dev scores —
        dev is small, so it is pooled with cross-validation rather than trusted alone).
    dev_units: scored for the card, and pooled into the family choice (never for thresholds,
        hyper-parameters or fitting).
    """
    t0 = time.perf_counter()
    train_units, dev_units, extra_role_units = list(train_units), list(dev_units), list(extra_role_units)
    nlp = nlp if nlp is not None else _tokenizer_nlp()
    log(f"featurising {len(train_units)} train, {len(extra_role_units)} extra role and {len(dev_units)} dev units")
    X_train = units_to_inputs(train_units, nlp)
    X_extra = units_to_inputs(extra_role_units, nlp) if extra_role_units else []
    X_dev = units_to_inputs(dev_units, nlp) if dev_units else []

    # roles: train units + extra examples; scored on the train units only
    X_role = X_train + X_extra
    y_role = [u.role or "body" for u in train_units + extra_role_units]
    g_role = [u.doc_id for u in train_units + extra_role_units]
    if len(set(y_role)) < 2:
        raise ValueError(f"the role model needs examples of at least two roles; the training data has only {sorted(set(y_role))}")
    real = np.array([True] * len(X_train) + [False] * len(X_extra))
    selection: dict[str, dict[str, dict[str, float]]] = {"roles": {}, "themes": {}}
    dev_families: dict[str, dict[str, dict[str, float]]] = {"roles": {}, "themes": {}}
    skipped: dict[str, dict[str, str]] = {"roles": {}, "themes": {}}
    role_fams = _families(role_family, ROLE_FAMILIES, g_role, "roles", log)
    role_models = {}
    for fam in role_fams:
        try:
            model = make_role_model(fam, seed=seed, **ROLE_PARAMS[fam]).fit(X_role, y_role)
        except ValueError as e:
            if len(role_fams) == 1:
                raise
            skipped["roles"][fam] = str(e)
            log(f"roles {fam}: cannot be trained on this data ({e}); left out")
            continue
        role_models[fam] = model
        cv = None
        if len(role_fams) > 1:
            try:
                cv = _role_cv(fam, ROLE_PARAMS[fam], X_role, y_role, g_role, seed, real)
            except ValueError as e:  # a fold too small for this family
                log(f"roles {fam}: cross-validation failed ({e}); not compared")
        if cv is not None:
            selection["roles"][fam] = cv
            if dev_units:
                r = role_scores([u.role or "" for u in dev_units], [str(x) for x in model.predict(X_dev)], ROLES)
                dev_families["roles"][fam] = {"accuracy": r["accuracy"], "boilerplate_f1": r["per_role"]["boilerplate"]["f1"]}
            log(f"roles {fam}: cross-validation {cv}, dev {dev_families['roles'].get(fam)}")
    if not role_models:
        raise ValueError(f"no role model family can be trained on this data: {skipped['roles']}")

    def role_merit(f: str) -> float:
        cv = selection["roles"][f]
        dev = dev_families["roles"].get(f, {})
        return cv["accuracy"] + cv["boilerplate_f1"] + dev.get("accuracy", 0.0) + dev.get("boilerplate_f1", 0.0)

    role_family = _choose(list(role_models), selection["roles"], role_merit)
    role_model = role_models[role_family]

    # themes: body and title units of train
    X_theme, Y_theme, g_theme = _theme_data(train_units, X_train)
    theme_fams = _families(theme_family, THEME_FAMILIES, g_theme, "themes", log)
    theme_models = {}
    for fam in theme_fams:
        cv, oof = None, None
        if len(theme_fams) > 1:
            try:
                cv, oof = _theme_cv(make_theme_model(fam, seed=seed, **THEME_PARAMS[fam]), X_theme, Y_theme, g_theme)
            except ValueError as e:  # a fold too small for this family
                log(f"themes {fam}: cross-validation failed ({e}); not compared")
        try:
            model = make_theme_model(fam, seed=seed, **THEME_PARAMS[fam]).fit(X_theme, Y_theme, groups=g_theme, oof=oof)
        except ValueError as e:
            if len(theme_fams) == 1:
                raise
            skipped["themes"][fam] = str(e)
            log(f"themes {fam}: cannot be trained on this data ({e}); left out")
            continue
        theme_models[fam] = model
        if cv is not None:
            selection["themes"][fam] = cv
            if dev_units:
                sm = score_units(RolesThemesModels(role_model, model), dev_units, X_dev)["summary"]
                dev_families["themes"][fam] = {"micro_f1": sm["theme_micro_f1"], "macro_f1": sm["theme_macro_f1"]}
            log(f"themes {fam}: cross-validation {cv}, dev {dev_families['themes'].get(fam)}")
    if not theme_models:
        raise ValueError(f"no theme model family can be trained on this data: {skipped['themes']}")

    def theme_merit(f: str) -> float:
        cv = selection["themes"][f]
        dev = dev_families["themes"].get(f, {})
        return cv["micro_f1"] + cv["macro_f1"] + dev.get("micro_f1", 0.0) + dev.get("macro_f1", 0.0)

    theme_family = _choose(list(theme_models), selection["themes"], theme_merit)
    theme_model = theme_models[theme_family]
    models = RolesThemesModels(roles=role_model, themes=theme_model)
    log(f"chose roles: {role_family}, themes: {theme_family}")

    dev_scores: dict[str, Any] = {}
    if dev_units:
        dev_scores = score_units(models, dev_units, X_dev)
        if any(dev_families.values()):
            dev_scores["families"] = dev_families
    refitted = bool(refit_on_dev and dev_units)
    fitted_on = train_units + dev_units if refitted else train_units
    if refitted:
        log(f"refitting roles ({role_family}) and themes ({theme_family}) on train + dev")
        X_all = X_train + X_dev
        role_model = make_role_model(role_family, seed=seed, **ROLE_PARAMS[role_family]).fit(
            X_all + X_extra, [u.role or "body" for u in fitted_on + extra_role_units])
        X_theme, Y_theme, g_theme = _theme_data(fitted_on, X_all)
        theme_model = make_theme_model(theme_family, seed=seed, **THEME_PARAMS[theme_family]).fit(X_theme, Y_theme, groups=g_theme)
        models = RolesThemesModels(roles=role_model, themes=theme_model)
    fitted_name = "train + dev" if refitted else "train"
    seconds = time.perf_counter() - t0
    card = {
        "name": "vpd_roles_themes",
        "description": (
            "Paragraph role (body / title / boilerplate) and multi-label theme classifiers (13 themes of the "
            "annotation guide §3) of the viet_partydocs pipeline component vpd_roles_themes."
        ),
        "seed": seed,
        "training_seconds": round(seconds, 1),
        "feature_set": FEATURE_SET,
        "training_data": {
            "fitted_on": fitted_name,
            "train_units": len(train_units),
            "train_documents": len({u.doc_id for u in train_units}),
            "extra_role_units": len(extra_role_units),
            "dev_units": len(dev_units),
            "data_sha256": data_hash(fitted_on + extra_role_units),
            "dev_sha256": data_hash(dev_units) if dev_units else None,
            "train_role_counts": dict(Counter(u.role for u in train_units)),
            "train_theme_counts": dict(Counter(t for u in train_units for t in u.themes)),
            **({"dev_role_counts": dict(Counter(u.role for u in dev_units)),
                "dev_theme_counts": dict(Counter(t for u in dev_units for t in u.themes))} if refitted else {}),
            "train_ids": [u.id for u in train_units],
            "extra_role_ids": [u.id for u in extra_role_units],
            "dev_ids": [u.id for u in dev_units],
        },
        "features": FEATURE_DOC,
        "models": {
            "roles": {
                "family": role_family,
                "description": {
                    "logreg": "multinomial logistic regression, balanced class weights",
                    "svm": "linear SVM, balanced class weights, sigmoid-calibrated (3-fold)",
                }[role_family],
                "params": ROLE_PARAMS[role_family],
                "classes": [str(c) for c in role_model.classes_],
            },
            "themes": {
                "family": theme_family,
                "description": {
                    "logreg": "one-vs-rest logistic regression (probabilities from the log-loss fit)",
                    "svm": "one-vs-rest linear SVM (balanced class weights), sigmoid-calibrated (3-fold)",
                    "cnb": "one-vs-rest complement naive Bayes, sigmoid-calibrated (3-fold)",
                }[theme_family],
                "params": THEME_PARAMS[theme_family],
                "threshold_selection": (
                    f"per theme, best smoothed F1 on {len(cv_splits(len(Y_theme), g_theme, CV_FOLDS))}-fold out-of-fold "
                    f"scores of the fitted data ({fitted_name}) grouped "
                    "by document (themes with fewer than 3 positives, or too little data for two folds: 0.5)"
                ),
            },
        },
        "selection": selection,
        **({"families_left_out": {k: v for k, v in skipped.items() if v}} if any(skipped.values()) else {}),
        "selection_rule": (
            "family = argmax of (grouped 5-fold CV score on train + dev score): roles accuracy + boilerplate F1, "
            "themes micro-F1 + macro-F1; thresholds and hyper-parameters never use dev"
            + ("; the chosen families are then fitted again on train + dev (dev_scores: the models fitted on train)"
               if refitted else "")
        ),
        "thresholds": {t: float(v) for t, v in zip(theme_model.labels, theme_model.thresholds_)},
        "dev_scores": dev_scores,
        "doc_cats": DOC_CATS,
    }
    models.card = card
    return models, card
