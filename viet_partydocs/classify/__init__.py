"""scikit-learn paragraph classifiers of the ``vpd_roles_themes`` component.

* :mod:`.features` — :class:`~.features.ParagraphInput` (a paragraph in its document, whose
  :class:`~.features.DocContext` computes and caches what the features need, once) and the
  transformers that turn paragraphs into features (:data:`~.features.FEATURE_SET`);
* :mod:`.cues` — cue phrases on word boundaries (shared with the keyword baseline);
* :mod:`.models` — the role pipeline, :class:`~.models.ThemeClassifier`, and skops save/load
  with version and trusted-type checks (:func:`~.models.save_models`, :func:`~.models.load_models`);
* :mod:`.train` — :func:`~.train.train_models` (``train_units, dev_units, seed`` → models + card);
* :mod:`.card` — the Markdown model card; :mod:`.synthetic` — our synthetic page chrome.

Train with ``python scripts/train_themes.py``; the models go to the shipped pipeline's folder
``models/vi_partydocs/vpd_roles_themes/`` (``--out`` for another).
"""
