"""The role and theme classifiers, and how they are saved and loaded (skops, no pickle).

**Roles** (``body`` / ``title`` / ``boilerplate``): a scikit-learn :class:`~sklearn.pipeline.Pipeline`
of word n-grams (the tokenizer's words), character n-grams and :class:`~.features.LayoutFeatures`
feeding one multi-class linear model (:func:`make_role_model`).

**Themes** (13, multi-label): :class:`ThemeClassifier`, one-vs-rest linear models over word
n-grams, character n-grams, theme cue counts and the words of the whole document, with
calibrated probabilities and one threshold per theme (from :data:`THRESHOLD_GRID`) chosen on
out-of-fold predictions of the training data (grouped by document, :func:`cv_splits`), never on
the data it is scored on (:func:`make_theme_model`).

**Files.** :func:`save_models` writes a model directory (in the shipped pipeline:
``models/vi_partydocs/vpd_roles_themes/``)::

    roles.skops       the role pipeline          (skops format)
    themes.skops      the theme classifier       (skops format)
    model_card.json   training data, features, hyper-parameters, versions, scores, file hashes
    model_card.md     the same for people

Each ``.skops`` file also holds a small ``viet_partydocs.json`` member (kind, feature set,
library versions), read *before* anything is built from the file. :func:`load_models` refuses
(:class:`~viet_partydocs.errors.ModelError`, with the reason and the fix) a file of another
feature set (:data:`~.features.FEATURE_SET`), of another scikit-learn minor version or numpy
major version, a file whose hash differs from its card, and a file holding any type outside the
explicit allow-list :data:`TRUSTED_TYPES` — skops is never asked to trust what it finds.
"""

from __future__ import annotations

import hashlib
import json
import platform
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, KFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import MaxAbsScaler, StandardScaler
from sklearn.svm import LinearSVC

from ..errors import ModelError
from ..labels import ROLES, THEMES
from ..patterns.themes import CAPTION_CUES, CHROME_CUES, THEME_CUES
from .features import (
    FEATURE_SET,
    CharTfidf,
    DocumentTfidf,
    LayoutFeatures,
    ParagraphInput,
    SentenceFeatures,
    ThemeCueFeatures,
    WordTfidf,
)

__all__ = [
    "FORMAT_VERSION",
    "ROLE_FAMILIES",
    "THEME_FAMILIES",
    "THRESHOLD_GRID",
    "cv_splits",
    "TRUSTED_TYPES",
    "ThemeClassifier",
    "RolesThemesModels",
    "make_role_model",
    "make_theme_model",
    "library_versions",
    "save_models",
    "load_models",
    "read_file_meta",
]

#: Version of the model-directory layout written by :func:`save_models`.
FORMAT_VERSION = 1
ROLE_FILE = "roles.skops"
THEME_FILE = "themes.skops"
CARD_JSON = "model_card.json"
CARD_MD = "model_card.md"
META_MEMBER = "viet_partydocs.json"
#: Every file :func:`save_models` writes.
MODEL_FILES = (ROLE_FILE, THEME_FILE, CARD_JSON, CARD_MD)

#: Model families compared by the training script (the first is the default).
ROLE_FAMILIES = ("logreg", "svm")
THEME_FAMILIES = ("logreg", "svm", "cnb")
#: The theme thresholds tried (0.05, 0.06, …, 0.95).
THRESHOLD_GRID = np.round(np.arange(0.05, 0.951, 0.01), 2)


def cv_splits(n_samples: int, groups: Optional[Sequence[Any]] = None, folds: int = 5) -> list[tuple[np.ndarray, np.ndarray]]:
    """The (train, test) index pairs of cross-validation: ``GroupKFold`` with
    ``min(folds, number of groups)`` folds when ``groups`` has at least two groups, else
    ``KFold`` over the samples with ``min(folds, n_samples)`` folds; no split at all (``[]``)
    when fewer than two folds are possible. Deterministic (no shuffling)."""
    if groups is not None:
        n_groups = len(set(groups))
        if n_groups >= 2 and folds >= 2:
            k = min(folds, n_groups)
            return list(GroupKFold(n_splits=k).split(np.zeros(n_samples), groups=list(groups)))
    k = min(folds, n_samples)
    if k < 2:
        return []
    return list(KFold(n_splits=k).split(np.zeros(n_samples)))


# -- role model ---------------------------------------------------------------------------------
def _text_features(word_max: int, char_max: int, char_ngrams: tuple[int, int]) -> list[tuple[str, Any]]:
    return [
        ("words", WordTfidf(ngram_range=(1, 2), min_df=2, max_features=word_max, sublinear_tf=True)),
        ("chars", CharTfidf(ngram_range=char_ngrams, min_df=2, max_features=char_max, sublinear_tf=True)),
    ]


def make_role_model(
    family: str = "logreg",
    C: float = 2.0,
    layout_weight: float = 1.0,
    sentence_weight: float = 1.0,
    word_max: int = 20000,
    char_max: int = 20000,
    seed: int = 0,
) -> Pipeline:
    """An unfitted role pipeline: ``fit(inputs, roles)``, ``predict(inputs)``, ``predict_proba``
    (``sentence_weight`` 0 leaves out :class:`~.features.SentenceFeatures`)."""
    sentence: list[tuple[str, Any]] = []
    weights = {"words": 1.0, "chars": 1.0, "layout": layout_weight}
    if sentence_weight > 0:
        sentence = [("sentence", Pipeline([("shape", SentenceFeatures()), ("scale", StandardScaler())]))]
        weights["sentence"] = sentence_weight
    features = FeatureUnion(
        [
            *_text_features(word_max, char_max, (2, 4)),
            (
                "layout",
                Pipeline(
                    [
                        ("shape", LayoutFeatures(chrome_cues=tuple(CHROME_CUES), caption_cues=tuple(CAPTION_CUES))),
                        ("scale", StandardScaler()),
                    ]
                ),
            ),
            *sentence,
        ],
        transformer_weights=weights,
    )
    if family == "logreg":
        clf: Any = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=seed)
    elif family == "svm":
        clf = CalibratedClassifierCV(
            LinearSVC(C=C, class_weight="balanced", max_iter=20000, random_state=seed),
            method="sigmoid", cv=3, ensemble=False,
        )
    else:
        raise ValueError(f"unknown role model family {family!r} (expected one of {', '.join(ROLE_FAMILIES)})")
    return Pipeline([("features", features), ("clf", clf)])


# -- theme model --------------------------------------------------------------------------------
def _best_threshold(scores: np.ndarray, gold: np.ndarray, grid: np.ndarray) -> tuple[float, float]:
    """The threshold of ``grid`` with the best F1 (F1 smoothed over neighbouring thresholds, so a
    lucky isolated value does not win), and that F1."""
    pos = gold.sum()
    if pos == 0:
        return 1.0, 0.0
    f1 = np.zeros(len(grid))
    for k, t in enumerate(grid):
        pred = scores >= t
        tp = float((pred & gold).sum())
        denom = pred.sum() + pos
        f1[k] = 2 * tp / denom if denom else 0.0
    smooth = np.convolve(np.pad(f1, 2, mode="edge"), np.ones(5) / 5, mode="valid")
    k = int(np.argmax(smooth))
    return float(grid[k]), float(f1[k])


class ThemeClassifier(ClassifierMixin, BaseEstimator):
    """Multi-label theme classifier: ``fit(inputs, Y)`` with ``Y`` a 0/1 matrix (one column per
    label of ``labels``); ``predict_proba`` gives calibrated per-theme probabilities and
    ``predict`` the 0/1 matrix of scores at or above each theme's threshold.

    features: a transformer of :class:`~.features.ParagraphInput` lists (fitted anew).
    estimator: the binary classifier of each theme (one-vs-rest; must have ``predict_proba``).
    cv: folds of the out-of-fold predictions the thresholds are chosen on (``groups`` — the
        document of each paragraph — keeps a document's paragraphs in one fold; fewer folds
        when there are fewer groups, see :func:`cv_splits`); ``0`` — or data too small for two
        folds — keeps ``default_threshold`` for every theme.
    min_positives: a theme with fewer training positives keeps ``default_threshold``.
    """

    def __init__(
        self,
        features: Any = None,
        estimator: Any = None,
        labels: Sequence[str] = THEMES,
        cv: int = 5,
        default_threshold: float = 0.5,
        min_positives: int = 3,
    ) -> None:
        self.features = features
        self.estimator = estimator
        self.labels = labels
        self.cv = cv
        self.default_threshold = default_threshold
        self.min_positives = min_positives

    def _pipeline(self) -> Pipeline:
        return Pipeline([("features", clone(self.features)), ("ovr", OneVsRestClassifier(clone(self.estimator)))])

    @staticmethod
    def _fit_quietly(pipe: Pipeline, X: list[ParagraphInput], Y: np.ndarray) -> Pipeline:
        # a theme absent from (or in every paragraph of) the training data gets a constant
        # predictor; sklearn warns about it
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Label .* is present in all training examples")
            return pipe.fit(X, Y)

    def out_of_fold(self, X: Sequence[ParagraphInput], Y: np.ndarray, groups: Optional[Sequence[Any]] = None) -> Optional[np.ndarray]:
        """Probabilities of every paragraph from a model that did not see its fold (the folds of
        :func:`cv_splits`); ``None`` when the data is too small for two folds."""
        Y = np.asarray(Y)
        splits = cv_splits(len(Y), groups, self.cv)
        if not splits:
            return None
        oof = np.zeros(Y.shape, dtype=float)
        for tr, te in splits:
            pipe = self._fit_quietly(self._pipeline(), [X[i] for i in tr], Y[tr])
            oof[te] = pipe.predict_proba([X[i] for i in te])
        return oof

    def fit(
        self, X: Sequence[ParagraphInput], Y: Any, groups: Optional[Sequence[Any]] = None, oof: Optional[np.ndarray] = None
    ) -> "ThemeClassifier":
        """Fit on ``X``/``Y``; ``oof``: out-of-fold probabilities already computed by
        :meth:`out_of_fold` with the same data, groups and parameters (saves the refits)."""
        X = list(X)
        Y = np.asarray(Y, dtype=int)
        if Y.ndim != 2 or Y.shape[1] != len(self.labels):
            raise ValueError(f"Y must be a 0/1 matrix with one column per label ({len(self.labels)}), got shape {Y.shape}")
        self.classes_ = np.array(list(self.labels), dtype=object)
        thresholds = np.full(len(self.labels), self.default_threshold)
        self.oof_f1_ = np.zeros(len(self.labels))
        if self.cv:
            if oof is None:
                oof = self.out_of_fold(X, Y, groups)
            for j in range(len(self.labels) if oof is not None else 0):
                if Y[:, j].sum() >= self.min_positives:
                    thresholds[j], self.oof_f1_[j] = _best_threshold(oof[:, j], Y[:, j].astype(bool), THRESHOLD_GRID)
        self.thresholds_ = thresholds
        self.pipeline_ = self._fit_quietly(self._pipeline(), X, Y)
        return self

    def predict_proba(self, X: Sequence[ParagraphInput]) -> np.ndarray:
        if not len(X):
            return np.zeros((0, len(self.labels)))
        return np.asarray(self.pipeline_.predict_proba(list(X)))

    def predict(self, X: Sequence[ParagraphInput]) -> np.ndarray:
        return (self.predict_proba(X) >= self.thresholds_).astype(int)


def make_theme_model(
    family: str = "logreg",
    C: float = 4.0,
    cue_weight: float = 1.0,
    doc_weight: float = 0.0,
    balanced: bool = False,
    word_max: int = 30000,
    char_max: int = 30000,
    cv: int = 5,
    seed: int = 0,
) -> ThemeClassifier:
    """An unfitted :class:`ThemeClassifier` of the given family (``doc_weight > 0`` adds the
    words of the whole document, :class:`~.features.DocumentWords`, with that weight)."""
    parts: list[tuple[str, Any]] = [
        *_text_features(word_max, char_max, (2, 5)),
        (
            "cues",
            Pipeline(
                [
                    ("count", ThemeCueFeatures(cues={t: tuple(THEME_CUES.get(t, ())) for t in THEMES}, themes=tuple(THEMES))),
                    ("scale", MaxAbsScaler()),
                ]
            ),
        ),
    ]
    weights = {"words": 1.0, "chars": 1.0, "cues": cue_weight}
    if doc_weight > 0:
        parts.append(("document", DocumentTfidf(ngram_range=(1, 1), min_df=2, max_features=word_max, sublinear_tf=True)))
        weights["document"] = doc_weight
    features = FeatureUnion(parts, transformer_weights=weights)
    cw = "balanced" if balanced else None
    if family == "logreg":
        est: Any = LogisticRegression(C=C, solver="liblinear", class_weight=cw, max_iter=5000, random_state=seed)
    elif family == "svm":
        est = CalibratedClassifierCV(
            LinearSVC(C=C, class_weight=cw, max_iter=20000, random_state=seed), method="sigmoid", cv=3, ensemble=False
        )
    elif family == "cnb":
        est = CalibratedClassifierCV(ComplementNB(alpha=C), method="sigmoid", cv=3, ensemble=False)
    else:
        raise ValueError(f"unknown theme model family {family!r} (expected one of {', '.join(THEME_FAMILIES)})")
    return ThemeClassifier(features=features, estimator=est, labels=tuple(THEMES), cv=cv)


# -- the pair, as the component uses it ---------------------------------------------------------
@dataclass
class RolesThemesModels:
    """A fitted role model and theme classifier, with their model card."""

    roles: Any
    themes: ThemeClassifier
    card: dict[str, Any] = field(default_factory=dict)

    def predict(self, inputs: Sequence[ParagraphInput]) -> tuple[list[str], np.ndarray, np.ndarray]:
        """Roles, theme probabilities ``(n, 13)`` and chosen themes ``(n, 13)`` 0/1 of ``inputs``
        in one vectorised call per model. Boilerplate paragraphs get no theme: the theme model
        only sees the body and title paragraphs, boilerplate rows are all 0."""
        n_labels = len(self.themes.labels)
        if not inputs:
            z = np.zeros((0, n_labels))
            return [], z, z.astype(int)
        roles = [str(r) for r in self.roles.predict(inputs)]
        kept = np.flatnonzero(np.array([r != "boilerplate" for r in roles]))
        scores = np.zeros((len(inputs), n_labels))
        chosen = np.zeros((len(inputs), n_labels), dtype=int)
        if len(kept):
            scores[kept] = self.themes.predict_proba([inputs[i] for i in kept])
            chosen[kept] = scores[kept] >= self.themes.thresholds_
        return roles, scores, chosen

    @property
    def theme_labels(self) -> tuple[str, ...]:
        return tuple(self.themes.labels)


# -- versions, saving, loading ------------------------------------------------------------------
def library_versions() -> dict[str, str]:
    """Versions of the libraries a saved model depends on."""
    import scipy
    import skops
    import sklearn
    import spacy

    from ..about import __version__

    return {
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "skops": skops.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "spacy": spacy.__version__,
        "viet_partydocs": __version__,
    }


def _major_minor(v: str) -> tuple[str, ...]:
    return tuple(v.split(".")[:2])


def _file_meta(kind: str) -> dict[str, Any]:
    return {"kind": kind, "format_version": FORMAT_VERSION, "feature_set": FEATURE_SET, "versions": library_versions()}


def compatibility_problems(meta: Mapping[str, Any], where: str, kind: Optional[str] = None) -> list[str]:
    """Why a model file with this metadata cannot be used here (empty: it can)."""
    problems = []
    if kind is not None and meta.get("kind") != kind:
        problems.append(f"{where} holds a {meta.get('kind')!r} model, expected {kind!r}")
    if meta.get("format_version") != FORMAT_VERSION:
        problems.append(f"{where} has model format {meta.get('format_version')!r}, this code reads format {FORMAT_VERSION}")
    if meta.get("feature_set") != FEATURE_SET:
        problems.append(
            f"{where} was trained with feature set {meta.get('feature_set')!r}, this code computes {FEATURE_SET!r}"
        )
    theirs = meta.get("versions") or {}
    ours = library_versions()
    if _major_minor(str(theirs.get("scikit-learn", "?"))) != _major_minor(ours["scikit-learn"]):
        problems.append(
            f"{where} was saved with scikit-learn {theirs.get('scikit-learn', '?')}, "
            f"this environment has scikit-learn {ours['scikit-learn']} (the minor versions must match)"
        )
    if str(theirs.get("numpy", "?")).split(".")[0] != ours["numpy"].split(".")[0]:
        problems.append(
            f"{where} was saved with numpy {theirs.get('numpy', '?')}, this environment has numpy {ours['numpy']} "
            "(the major versions must match)"
        )
    return problems


#: The only types a model file may contain beyond skops' own defaults (fully qualified names).
#: Anything else makes :func:`load_models` refuse the file.
TRUSTED_TYPES: tuple[str, ...] = (
    "viet_partydocs.classify.features.CharTfidf",
    "viet_partydocs.classify.features.DocumentTfidf",
    "viet_partydocs.classify.features.LayoutFeatures",
    "viet_partydocs.classify.features.SentenceFeatures",
    "viet_partydocs.classify.features.ThemeCueFeatures",
    "viet_partydocs.classify.features.WordTfidf",
    "viet_partydocs.classify.models.ThemeClassifier",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.multiclass._ConstantPredictor",
    "sklearn.naive_bayes.ComplementNB",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._data.MaxAbsScaler",
    "sklearn.preprocessing._data.StandardScaler",
    "sklearn.preprocessing._label.LabelBinarizer",
    "sklearn.svm._classes.LinearSVC",
    "sklearn.model_selection._split.KFold",
    "sklearn.model_selection._split.StratifiedKFold",
    "builtins.slice",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "numpy.ndarray",
    "scipy.sparse._csr.csr_matrix",
)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _dump(obj: Any, path: Path, kind: str) -> None:
    import skops.io as sio

    sio.dump(obj, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(META_MEMBER, json.dumps(_file_meta(kind), indent=1))


def read_file_meta(path: str | Path) -> dict[str, Any]:
    """The ``viet_partydocs.json`` metadata of a ``.skops`` model file (nothing is built from it)."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as z:
            return json.loads(z.read(META_MEMBER).decode("utf-8"))
    except FileNotFoundError:
        raise ModelError(f"{path}: model file not found") from None
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise ModelError(
            f"{path}: not a viet_partydocs model file ({e}); retrain with: python scripts/train_themes.py"
        ) from None


def _load(path: Path, kind: str) -> Any:
    import skops.io as sio

    meta = read_file_meta(path)
    problems = compatibility_problems(meta, str(path), kind)
    if problems:
        raise ModelError(
            "; ".join(problems) + ". Retrain the models here with: python scripts/train_themes.py "
            "(then python scripts/build_pipeline.py)"
        )
    unknown = sorted(set(sio.get_untrusted_types(file=path)) - set(TRUSTED_TYPES))
    if unknown:
        raise ModelError(f"{path} contains types outside the trusted list, refusing to load it: {', '.join(unknown)}")
    try:
        return sio.load(path, trusted=list(TRUSTED_TYPES))
    except Exception as e:  # skops raises many kinds of errors for damaged files
        raise ModelError(f"{path}: cannot load the model ({type(e).__name__}: {e})") from e


def save_models(models: RolesThemesModels, directory: str | Path) -> dict[str, Any]:
    """Write the two model files and the model card to ``directory``; returns the card written."""
    from .card import card_markdown

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    _dump(models.roles, directory / ROLE_FILE, "roles")
    _dump(models.themes, directory / THEME_FILE, "themes")
    card = dict(models.card)
    card.update(
        {
            "format_version": FORMAT_VERSION,
            "feature_set": FEATURE_SET,
            "versions": library_versions(),
            "files": {
                name: {"sha256": sha256_file(directory / name), "bytes": (directory / name).stat().st_size}
                for name in (ROLE_FILE, THEME_FILE)
            },
        }
    )
    (directory / CARD_JSON).write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (directory / CARD_MD).write_text(card_markdown(card), encoding="utf-8")
    models.card = card
    return card


def has_models(directory: str | Path) -> bool:
    directory = Path(directory)
    return (directory / ROLE_FILE).exists() and (directory / THEME_FILE).exists()


def load_models(directory: str | Path) -> RolesThemesModels:
    """Load what :func:`save_models` wrote, or raise :class:`ModelError` saying why not."""
    directory = Path(directory)
    if not has_models(directory):
        raise ModelError(
            f"{directory}: no roles/themes models here (expected {ROLE_FILE} and {THEME_FILE}); "
            "train them with: python scripts/train_themes.py"
        )
    card: dict[str, Any] = {}
    if (directory / CARD_JSON).exists():
        card = json.loads((directory / CARD_JSON).read_text(encoding="utf-8"))
        for name, info in (card.get("files") or {}).items():
            if (directory / name).exists() and info.get("sha256") and sha256_file(directory / name) != info["sha256"]:
                raise ModelError(
                    f"{directory / name} differs from the file its model card describes (sha256 mismatch); "
                    "retrain with: python scripts/train_themes.py"
                )
    roles = _load(directory / ROLE_FILE, "roles")
    themes = _load(directory / THEME_FILE, "themes")
    if not isinstance(themes, ThemeClassifier) or not hasattr(themes, "thresholds_"):
        raise ModelError(f"{directory / THEME_FILE}: not a fitted ThemeClassifier")
    if list(getattr(roles, "classes_", [])) and not set(roles.classes_) <= set(ROLES):
        raise ModelError(f"{directory / ROLE_FILE}: unexpected role labels {list(roles.classes_)}")
    return RolesThemesModels(roles=roles, themes=themes, card=card)
