"""scikit-learn paragraph classifiers of the ``vpd_roles_themes`` component.

* :mod:`.features` — :class:`~.features.ParagraphInput` (a paragraph in its document) and the
  stateless transformers that turn paragraphs into features (:data:`~.features.FEATURE_SET`);
* :mod:`.models` — the role pipeline, :class:`~.models.ThemeClassifier`, and skops save/load
  with version and trusted-type checks (:func:`~.models.save_models`, :func:`~.models.load_models`);
* :mod:`.train` — :func:`~.train.train_models` (``train_units, dev_units, seed`` → models + card);
* :mod:`.card` — the Markdown model card; :mod:`.synthetic` — our synthetic page chrome.

Train with ``python scripts/train_themes.py``; the models go to ``models/roles_themes/``.
"""
