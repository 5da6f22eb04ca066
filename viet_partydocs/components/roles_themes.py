"""``vpd_roles_themes``: each paragraph's role and themes, and the document's theme scores.

For every span of ``doc.spans["paragraphs"]`` (written by ``vpd_paragraphs``) it sets

* ``span._.role`` — ``"body"``, ``"title"`` or ``"boilerplate"`` (annotation guide §3);
* ``span._.theme_scores`` — theme → calibrated probability (rounded to 4 decimals), for body and
  title paragraphs; ``{}`` for boilerplate;
* ``span._.themes`` — the themes whose score reaches the theme's threshold (chosen on held-out
  training data), in the guide's order; ``[]`` for boilerplate, which gets no theme (guide §3);

and ``doc.cats`` — for each theme, the **length-weighted mean** of its score over the body and
title paragraphs (weight = the paragraph's number of word tokens), i.e. roughly the share of the
article's text that is about the theme. Page chrome does not count; a document with no body or
title paragraph gets ``0.0`` for every theme. (The mean, not the max: one passing mention in a
long article should not make the whole article "about" a theme.)

The models are scikit-learn estimators (:mod:`viet_partydocs.classify`), trained by
``scripts/train_themes.py``. ``pipe`` classifies all paragraphs of a batch of documents with one
vectorised call per model. They live inside the pipeline directory, in
``<pipeline>/vpd_roles_themes/`` — for the shipped pipeline ``models/vi_partydocs/vpd_roles_themes``,
where the training script writes by default: ``nlp.to_disk`` writes them there and
``spacy.load`` brings them back. Put other trained models in with
:meth:`RoleThemeClassifier.from_disk` (a directory written by the training script or by
:meth:`~RoleThemeClassifier.to_disk`) or :meth:`RoleThemeClassifier.set_models`.

**Without trained models** (a pipeline freshly made by ``create_pipeline()``) the component is a
no-op that leaves roles and themes unset and emits one ``UserWarning`` saying how to load
models — so the other components of an untrained pipeline stay usable in tests and
development. With ``config={"on_missing": "raise"}`` it raises
:class:`~viet_partydocs.errors.ModelError` instead.
"""

from __future__ import annotations

import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence

import numpy as np
import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from ..attributes import PARAGRAPHS_KEY, register_extensions
from ..errors import ModelError

__all__ = ["RoleThemeClassifier", "make_roles_themes", "NO_MODELS"]

CFG_FILE = "cfg"
NO_MODELS = (
    "vpd_roles_themes has no trained models, so paragraph roles and themes are not set. Load them with "
    "nlp.get_pipe('vpd_roles_themes').from_disk('models/vi_partydocs/vpd_roles_themes') (train them with "
    "python scripts/train_themes.py), or use the shipped pipeline: viet_partydocs.load()."
)


class RoleThemeClassifier:
    """Sets ``span._.role``, ``span._.themes``, ``span._.theme_scores`` on paragraphs and ``doc.cats``.

    spans_key: the ``doc.spans`` key of the paragraphs.
    on_missing: ``"warn"`` (no-op and one warning) or ``"raise"`` when called without models.
    batch_size: documents classified together by :meth:`pipe`.
    """

    def __init__(
        self, name: str = "vpd_roles_themes", spans_key: str = PARAGRAPHS_KEY, on_missing: str = "warn", batch_size: int = 64
    ) -> None:
        register_extensions()
        if on_missing not in ("warn", "raise"):
            raise ValueError(f"on_missing must be 'warn' or 'raise', got {on_missing!r}")
        self.name = name
        self.spans_key = spans_key
        self.on_missing = on_missing
        self.batch_size = batch_size
        self.models: Optional[Any] = None  # classify.models.RolesThemesModels
        self._warned = False

    # -- models -----------------------------------------------------------------------------
    @property
    def is_trained(self) -> bool:
        return self.models is not None

    def set_models(self, models: Any) -> "RoleThemeClassifier":
        """Use these fitted models (:class:`~viet_partydocs.classify.models.RolesThemesModels`)."""
        from ..classify.models import RolesThemesModels

        if not isinstance(models, RolesThemesModels):
            raise TypeError(f"expected RolesThemesModels, got {type(models).__name__}")
        self.models = models
        return self

    def _missing(self) -> None:
        if self.on_missing == "raise":
            raise ModelError(NO_MODELS)
        if not self._warned:
            warnings.warn(NO_MODELS, UserWarning, stacklevel=3)
            self._warned = True

    # -- processing ---------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        self._process([doc])
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: Optional[int] = None) -> Iterator[Doc]:
        for batch in minibatch(stream, size=batch_size or self.batch_size):
            self._process(batch)
            yield from batch

    def _process(self, docs: Sequence[Doc]) -> None:
        if self.models is None:
            self._missing()
            return
        from ..classify.features import inputs_per_doc

        per_doc = inputs_per_doc(docs, self.spans_key)
        inputs = [p for ps in per_doc for p in ps]
        roles, scores, chosen = self.models.predict(inputs)
        labels = self.models.theme_labels
        rounded = np.round(scores, 4).tolist()
        k = 0
        for doc, ps in zip(docs, per_doc):
            spans = doc.spans[self.spans_key] if ps else ()
            weights = np.zeros(len(ps))
            for j, span in enumerate(spans):
                i = k + j
                role = roles[i]
                ext = span._
                ext.role = role
                if role == "boilerplate":
                    ext.themes = []
                    ext.theme_scores = {}
                else:
                    ext.themes = [labels[t] for t in np.flatnonzero(chosen[i])]
                    ext.theme_scores = dict(zip(labels, rounded[i]))
                    weights[j] = max(ps[j].n_words, 1)
            if weights.sum() > 0:
                mean = weights @ scores[k : k + len(ps)] / weights.sum()
                doc.cats = {t: round(float(v), 4) for t, v in zip(labels, mean)}
            else:
                doc.cats = {t: 0.0 for t in labels}
            k += len(ps)

    # -- serialisation ------------------------------------------------------------------------
    def _cfg(self) -> dict[str, Any]:
        return {"trained": self.is_trained, "spans_key": self.spans_key, "on_missing": self.on_missing}

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write ``cfg`` and, when trained, the model files and card (see
        :func:`~viet_partydocs.classify.models.save_models`); when untrained, remove the model
        files and card a previous save may have left in ``path``, so the folder says one thing."""
        from ..classify.models import MODEL_FILES, save_models

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.models is not None:
            save_models(self.models, path)
        else:
            for name in MODEL_FILES:
                (path / name).unlink(missing_ok=True)
        srsly.write_json(path / CFG_FILE, self._cfg())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "RoleThemeClassifier":
        """Load the models of a directory written by :meth:`to_disk` or the training script.

        A directory saved from an untrained component (its ``cfg`` says ``"trained": false``, and
        that wins over any model files left beside it) — or no directory at all, as in pipelines
        saved before this component had models — leaves this one untrained (it then warns or
        raises when called, see ``on_missing``); a directory with model files that cannot be
        used here raises :class:`ModelError` saying why. (To require models, use
        :func:`viet_partydocs.classify.models.load_models` and :meth:`set_models`.)
        """
        from ..classify.models import load_models

        path = Path(path)
        if not path.exists():
            self.models = None
            return self
        if (path / CFG_FILE).exists() and not srsly.read_json(path / CFG_FILE).get("trained"):
            self.models = None
        else:
            self.models = load_models(path)  # raises with the reason when there are none
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        tmp = Path(tempfile.mkdtemp(prefix="vpd_rt_"))
        try:
            self.to_disk(tmp)
            return srsly.msgpack_dumps({p.name: p.read_bytes() for p in sorted(tmp.iterdir()) if p.is_file()})
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "RoleThemeClassifier":
        files = srsly.msgpack_loads(data)
        tmp = Path(tempfile.mkdtemp(prefix="vpd_rt_"))
        try:
            for name, content in files.items():
                (tmp / Path(name).name).write_bytes(content)
            return self.from_disk(tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


@Language.factory(
    "vpd_roles_themes",
    default_config={"spans_key": PARAGRAPHS_KEY, "on_missing": "warn", "batch_size": 64},
    assigns=["doc.spans", "doc.cats"],
)
def make_roles_themes(nlp: Language, name: str, spans_key: str, on_missing: str, batch_size: int) -> RoleThemeClassifier:
    """Factory: ``nlp.add_pipe("vpd_roles_themes")`` (then load models, see the module doc)."""
    return RoleThemeClassifier(name, spans_key=spans_key, on_missing=on_missing, batch_size=batch_size)
