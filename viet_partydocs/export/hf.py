"""Annotated units ⇄ a Hugging Face ``datasets.DatasetDict``, saved with a dataset card.

:func:`to_hf_dataset` turns units (gold from :func:`~viet_partydocs.corpus.formats.read_annotations`,
or the pipeline's own output from :func:`predictions_to_units`) into splits ``train`` /
``validation`` / ``test`` grouped by document; :func:`from_hf_dataset` is its exact inverse, so

    units → DatasetDict → save (Arrow or Parquet) → load → units → inline JSONL

keeps every id, document id, text, role, theme, span, span attribute, ``meta`` and the order of
the units. One row per unit; the columns (:data:`FEATURES`):

==============  =====================================================  ===============================
column          feature                                                holds
==============  =====================================================  ===============================
``id``          ``Value("string")``                                    the unit id
``doc_id``      ``Value("string")``                                    its document
``text``        ``Value("string")``                                    the unit text
``tokens``      ``List(Value("string"))``                              our tokenizer's words
                                                                       (whitespace tokens left out)
``ner_tags``    ``List(ClassLabel(NER_TAGS))``                         BIO tags, one per token
``spans``       ``List({start: int32, end: int32,                       the gold spans, character
                label: ClassLabel(ENTITY_LABELS)})``                   offsets into ``text``
``span_attrs``  ``List(Value("string"))``                              per span (same order): its
                                                                       attributes as JSON, or null
``role``        ``ClassLabel(ROLES)``                                  ``-1`` for a unit without one
``themes``      ``List(ClassLabel(THEMES))``                           the unit's themes, in order
``meta``        ``Value("string")``                                    the unit's ``meta`` as JSON
``order``       ``Value("int64")``                                     position in the exported list
==============  =====================================================  ===============================

(``List`` is what ``datasets.Sequence`` of a non-dict feature is; ``spans`` is a list of
objects, not the TFDS dict of lists.) Span labels are a ``ClassLabel`` over the guide's labels, in
the guide's order (``ORG``, ``OFFICIAL``, ``DOC_CODE``, ``QUANTITY``), so the label names travel
with the data; ``span_attrs`` and ``meta`` are JSON strings because their shape differs by label
and by source.

``ner_tags`` are derived from ``spans`` and the tokens: a token gets a tag when it overlaps a
span, so a span edge inside a word widens to the whole word; a token touched by two spans keeps
the first one's tag. ``spans`` stays the exact truth (e.g. for the few gold spans that end inside
a word, see ``docs/corpus.md``).

:func:`save_dataset` writes either the ``save_to_disk`` layout (``format="disk"``, load with
``datasets.load_from_disk``) or Parquet files under ``data/`` (``format="parquet"``, loadable on
the Hub or with ``datasets.load_dataset("parquet", …)``), plus a ``README.md`` dataset card;
:func:`load_dataset_dir` reads either back. :func:`push_to_hub` uploads a ``DatasetDict`` and
its card to the Hugging Face Hub.
"""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Optional, Sequence, Union

from ..about import __version__
from ..atomic import atomic_dir
from ..attributes import PARAGRAPHS_KEY
from ..corpus.split import split_documents, read_splits
from ..corpus.validate import CorpusError, Span, Unit, corpus_problems
from ..errors import InputError
from ..labels import ENTITY_LABELS, ROLES, THEMES

if TYPE_CHECKING:  # pragma: no cover
    from datasets import Dataset, DatasetDict, Features
    from spacy.language import Language

__all__ = [
    "HF_SPLITS",
    "NER_TAGS",
    "FEATURES",
    "LABEL_DEFINITIONS",
    "ROLE_DEFINITIONS",
    "THEME_DEFINITIONS",
    "features",
    "bio_tags",
    "to_hf_dataset",
    "from_hf_dataset",
    "dataset_card",
    "save_dataset",
    "load_dataset_dir",
    "push_to_hub",
    "predictions_to_units",
]

#: Split names of the exported ``DatasetDict``, in order. Our ``dev`` is ``validation``.
HF_SPLITS: tuple[str, ...] = ("train", "validation", "test")
_SPLIT_ALIASES = {"train": "train", "dev": "validation", "validation": "validation", "valid": "validation", "test": "test"}
#: BIO tag names of ``ner_tags``, in ``ClassLabel`` order.
NER_TAGS: tuple[str, ...] = ("O", *(f"{p}-{label}" for label in ENTITY_LABELS for p in ("B", "I")))

#: Short definitions of the entity labels (annotation guide §2), for the dataset card.
LABEL_DEFINITIONS: dict[str, str] = {
    "ORG": "a specific Party, State, Front or mass organisation body, or a unit acting in the text; "
    "the longest name (`Ban Thường vụ Huyện ủy`), never generic classes or plurals",
    "OFFICIAL": "a named person who holds or is described by a position; the name only, "
    "without honorific or title",
    "DOC_CODE": "a reference to a specific numbered document: type word(s) plus number or code "
    "(`Nghị quyết số 07-NQ/TU`), also plenum resolutions and bare codes; date and issuer stay outside",
    "QUANTITY": "a number (with its hedge word) and what it counts or measures: counts, "
    "percentages, ratios, money; never dates, periods, ordinals or numbers inside names",
}
#: Paragraph roles (guide §3).
ROLE_DEFINITIONS: dict[str, str] = {
    "body": "running text of the article",
    "title": "headline, sub-heading or legal heading line",
    "boilerplate": "page furniture: menus, bylines, dates, captions, share and comment widgets, related links",
}
#: What each theme is about (guide §3).
THEME_DEFINITIONS: dict[str, str] = {
    "political_education": "ideological and political education, studying resolutions, following Hồ Chí Minh's example",
    "organisation_building": "setting up, merging, dissolving or streamlining bodies; working rules",
    "cadre_work": "planning, appointing, rotating, training and assessing cadres; internal political protection",
    "membership_growth": "admitting and managing party members",
    "party_cell_activities": "quality and content of cell and committee meetings, criticism and self-criticism",
    "inspection_discipline": "inspection, supervision, discipline and complaints",
    "evaluation_ranking": "yearly rating of organisations and members; dealing with weak units",
    "leadership_methods": "how committees lead: resolutions and plans, assigned responsibility, accountability of heads",
    "mass_mobilisation": "dealings with citizens, the Fatherland Front and mass organisations; democracy at the grassroots",
    "anti_corruption": "fighting corruption, waste and negative practices",
    "government": "work of State bodies: councils, people's committees, administrative reform, civil servants",
    "socioeconomic": "economic and social results",
    "defence_security": "defence, public order and border security",
}


def features() -> "Features":
    """The ``datasets.Features`` of an exported split (see the module docstring)."""
    from datasets import ClassLabel, Features, List, Value

    return Features(
        {
            "id": Value("string"),
            "doc_id": Value("string"),
            "text": Value("string"),
            "tokens": List(Value("string")),
            "ner_tags": List(ClassLabel(names=list(NER_TAGS))),
            "spans": List(
                {"start": Value("int32"), "end": Value("int32"), "label": ClassLabel(names=list(ENTITY_LABELS))}
            ),
            "span_attrs": List(Value("string")),
            "role": ClassLabel(names=list(ROLES)),
            "themes": List(ClassLabel(names=list(THEMES))),
            "meta": Value("string"),
            "order": Value("int64"),
        }
    )


def __getattr__(name: str) -> Any:  # FEATURES without importing datasets at module import
    if name == "FEATURES":
        return features()
    raise AttributeError(name)


# -- tokens and BIO tags ------------------------------------------------------------------------


#: The tokenizer of the default ``nlp`` (the one every pipeline of ours uses).
_TOKENIZER = "viet_partydocs.Tokenizer.v1"


@lru_cache(maxsize=1)
def _default_nlp() -> "Language":
    """A blank Vietnamese pipeline with our tokenizer (what ``create_pipeline([])`` makes)."""
    import spacy

    from .. import tokenizer  # noqa: F401  (registers viet_partydocs.Tokenizer.v1)

    return spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": _TOKENIZER}}})


def _tokenizer_description(nlp: "Language") -> str:
    cfg: dict[str, Any] = dict(nlp.config.get("nlp", {}).get("tokenizer", {}))
    name = cfg.pop("@tokenizers", type(nlp.tokenizer).__name__)
    get = getattr(nlp.tokenizer, "_get_config", None)
    if callable(get):
        cfg = dict(get())
    fixed = cfg.pop("fixed_words", None)
    parts = [f"{k}={v}" for k, v in sorted(cfg.items())]
    if fixed is not None:
        parts.append(f"{len(fixed)} fixed words")
    return f"{name} ({', '.join(parts)})" if parts else str(name)


def _tokens(nlp: "Language", text: str) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of the non-whitespace tokens of ``nlp.make_doc(text)``."""
    doc = nlp.make_doc(text)
    return [(t.idx, t.idx + len(t.text), t.text) for t in doc if t.text and not t.text.isspace()]


def bio_tags(tokens: Sequence[tuple[int, int, Any]], spans: Iterable[Span]) -> list[str]:
    """BIO tags for tokens given as ``(start, end, …)``: a token overlapping a span is inside it.

    A span edge inside a token widens the span to the whole token; a token already tagged by an
    earlier span (by start offset) keeps its tag.
    """
    tags = ["O"] * len(tokens)
    for s in sorted(spans, key=lambda s: (s.start, s.end)):
        first = True
        for i, (a, b, *_) in enumerate(tokens):
            if a < s.end and b > s.start and tags[i] == "O":
                tags[i] = f"{'B' if first else 'I'}-{s.label}"
                first = False
    return tags


# -- units → DatasetDict -------------------------------------------------------------------------


def _split_name(name: str) -> str:
    try:
        return _SPLIT_ALIASES[name]
    except KeyError:
        raise ValueError(f"unknown split {name!r} (expected train, dev/validation or test)") from None


def _doc_splits(
    units: list[Unit],
    splits: Union[None, str, Path, Mapping[str, Any]],
    strata: Optional[Mapping[str, str]],
) -> dict[str, str]:
    """``doc_id → HF split`` for every document of ``units``; unknown documents are a CorpusError."""
    doc_ids = list(dict.fromkeys(u.doc_id for u in units))
    if splits is None:
        computed = split_documents(doc_ids, strata)
        return {d: _split_name(s) for s, ds in computed.items() for d in ds}
    if isinstance(splits, (str, Path)):
        # read_splits refuses a malformed file or unknown split names with InputError naming the file
        out = {d: _split_name(s) for d, s in read_splits(splits).items()}
    else:
        if any(isinstance(v, (list, tuple, set, frozenset)) for v in splits.values()):
            mapping = {d: s for s, ds in splits.items() if isinstance(ds, (list, tuple, set, frozenset)) for d in ds}
        else:
            mapping = dict(splits)
        out = {d: _split_name(s) for d, s in mapping.items()}
    first: dict[str, str] = {}
    for u in units:
        first.setdefault(u.doc_id, u.where or u.id)
    missing = [d for d in doc_ids if d not in out]
    if missing:
        raise CorpusError([f"{first[d]}: document {d!r} is in none of the given splits" for d in missing])
    return out


def _encoding_problems(units: list[Unit]) -> list[str]:
    out = []
    for u in units:
        where = u.where or u.id
        if u.role is not None and u.role not in ROLES:
            out.append(f"{where}: unknown role {u.role!r} (expected one of {', '.join(ROLES)})")
        out += [f"{where}: unknown theme {t!r}" for t in u.themes if t not in THEMES]
        out += [f"{where}: unknown label {s.label!r} (expected one of {', '.join(ENTITY_LABELS)})"
                for s in u.spans if s.label not in ENTITY_LABELS]
    return out


def _unit_row(u: Unit, order: int, nlp: "Language") -> dict[str, Any]:
    toks = _tokens(nlp, u.text)
    return {
        "id": u.id,
        "doc_id": u.doc_id,
        "text": u.text,
        "tokens": [t for _, _, t in toks],
        "ner_tags": [NER_TAGS.index(t) for t in bio_tags(toks, u.spans)],
        "spans": [{"start": s.start, "end": s.end, "label": ENTITY_LABELS.index(s.label)} for s in u.spans],
        "span_attrs": [None if s.attrs is None else json.dumps(s.attrs, ensure_ascii=False) for s in u.spans],
        "role": -1 if u.role is None else ROLES.index(u.role),
        "themes": [THEMES.index(t) for t in u.themes],
        "meta": json.dumps(u.meta or {}, ensure_ascii=False),
        "order": order,
    }


def to_hf_dataset(
    units: Iterable[Unit],
    splits: Union[None, str, Path, Mapping[str, Any]] = None,
    nlp: Optional["Language"] = None,
    strata: Optional[Mapping[str, str]] = None,
    validate: bool = True,
) -> "DatasetDict":
    """A ``DatasetDict`` with splits ``train``/``validation``/``test`` (always all three), by document.

    splits: where each document goes — ``doc_id → split``, ``split → [doc_id, …]`` (as in
        ``corpora/splits.json``) or the path of such a splits file; ``dev`` means ``validation``.
        A document missing from it is an error (:class:`CorpusError`), as is an unknown split name
        (in a file: :class:`InputError` naming it). ``None``: computed with
        :func:`~viet_partydocs.corpus.split.split_documents` (70/15/15, optionally by ``strata``).
    nlp: the pipeline whose tokenizer makes ``tokens`` (default: a blank pipeline with our
        tokenizer ``viet_partydocs.Tokenizer.v1``, as ``create_pipeline([])`` makes).

    validate: check the units by the guide first (labels, themes, offsets, whitespace edges,
        overlaps, ids, themes on boilerplate; a missing role is allowed and exported as ``-1``).
        ``False`` (e.g. for the pipeline's own predictions) checks only what the columns need:
        known labels, roles and themes.

    Problems raise :class:`CorpusError`. Inside each split the units keep their order.
    """
    from datasets import Dataset, DatasetDict

    units = list(units)
    problems = corpus_problems(units, require_role=False) if validate else _encoding_problems(units)
    if problems:
        raise CorpusError(problems)
    nlp = nlp if nlp is not None else _default_nlp()
    where = _doc_splits(units, splits, strata)
    rows: dict[str, list[dict[str, Any]]] = {s: [] for s in HF_SPLITS}
    for i, u in enumerate(units):
        rows[where[u.doc_id]].append(_unit_row(u, i, nlp))
    feats = features()
    description = f"Tokenizer: {_tokenizer_description(nlp)}."
    out = {}
    for s in HF_SPLITS:
        ds = Dataset.from_list(rows[s], features=feats) if rows[s] else Dataset.from_dict({k: [] for k in feats}, features=feats)
        ds.info.description = description
        out[s] = ds
    return DatasetDict(out)


# -- DatasetDict → units -------------------------------------------------------------------------


def _names(feature: Any) -> Optional[list[str]]:
    return list(feature.names) if hasattr(feature, "names") else None


def _decode(names: Optional[list[str]], value: Any) -> Any:
    if names is not None and isinstance(value, int) and not isinstance(value, bool):
        return None if value < 0 else names[value]
    return value


def _inner(feature: Any) -> Any:
    return getattr(feature, "feature", feature)


def from_hf_dataset(dsd: Union["DatasetDict", "Dataset"]) -> list[Unit]:
    """The units of an exported ``DatasetDict`` (or one ``Dataset``), in their original order.

    Splits are read in the order ``train``, ``validation``, ``test`` (then any others), and the
    units sorted back by ``order`` when the column is there. ``Unit.where`` is ``split[row]``.
    ClassLabel columns may also hold plain strings (datasets made elsewhere).
    """
    from datasets import Dataset

    parts = [("data", dsd)] if isinstance(dsd, Dataset) else [
        (s, dsd[s]) for s in [*[s for s in HF_SPLITS if s in dsd], *[s for s in dsd if s not in HF_SPLITS]]
    ]
    out: list[tuple[int, int, Unit]] = []
    seq = 0
    for split, ds in parts:
        f = ds.features
        role_names = _names(f["role"]) if "role" in f else None
        theme_names = _names(_inner(f["themes"])) if "themes" in f else None
        label_names = None
        if "spans" in f:
            span_feature = _inner(f["spans"])
            if isinstance(span_feature, dict) and "label" in span_feature:
                label_names = _names(_inner(span_feature["label"]))
        for i, row in enumerate(ds):
            attrs = row.get("span_attrs") or []
            spans_col = row.get("spans") or []
            if isinstance(spans_col, dict):  # a TFDS-style dict of lists
                spans_col = [dict(zip(spans_col, v)) for v in zip(*spans_col.values())]
            spans = []
            for k, s in enumerate(spans_col):
                a = attrs[k] if k < len(attrs) else None
                spans.append(
                    Span(int(s["start"]), int(s["end"]), _decode(label_names, s["label"]), None if a is None else json.loads(a))
                )
            meta = row.get("meta")
            unit = Unit(
                id=row["id"],
                doc_id=row["doc_id"],
                text=row["text"],
                role=_decode(role_names, row.get("role")),
                themes=[_decode(theme_names, t) for t in row.get("themes") or []],
                spans=spans,
                meta=json.loads(meta) if isinstance(meta, str) and meta else dict(meta or {}),
                where=f"{split}[{i}]",
            )
            order = row.get("order")
            out.append((order if isinstance(order, int) else seq, seq, unit))
            seq += 1
    out.sort(key=lambda t: (t[0], t[1]))
    return [u for _, _, u in out]


# -- dataset card --------------------------------------------------------------------------------


def _split_stats(ds: "Dataset") -> dict[str, Any]:
    f = ds.features
    label_names = _names(_inner(_inner(f["spans"])["label"]))
    role_names = _names(f["role"])
    theme_names = _names(_inner(f["themes"]))
    labels: Counter[str] = Counter()
    for spans in ds["spans"]:
        labels.update(_decode(label_names, s["label"]) for s in spans)
    roles = Counter(_decode(role_names, r) or "(none)" for r in ds["role"])
    themes: Counter[str] = Counter()
    for ts in ds["themes"]:
        themes.update(_decode(theme_names, t) for t in ts)
    return {
        "units": len(ds),
        "documents": len(set(ds["doc_id"])),
        "labels": labels,
        "roles": roles,
        "themes": themes,
    }


def _size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")):
        if n < limit:
            return name
    return "n>1M"


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    def fmt(v: Any) -> str:
        return f"{v:,}" if isinstance(v, int) else str(v)

    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(fmt(v) for v in r) + " |" for r in rows]
    return out


def dataset_card(
    dsd: "DatasetDict",
    license: str = "unknown",
    sources: Sequence[str | Path] = (),
    predicted: bool = False,
    pretty_name: str = "Vietnamese party-building texts (viet_partydocs)",
    layout: str = "disk",
) -> str:
    """The ``README.md`` dataset card of ``dsd``: YAML metadata, labels, counts, licence, provenance.

    license: the Hub licence id of the annotations and texts (``"unknown"`` by default: the texts
        are third-party material whose licence we do not know).
    sources: the annotation files it was made from (names only are shown).
    predicted: the annotations are the pipeline's output (``--predict``), not gold.
    layout: ``"disk"`` (``save_to_disk``), ``"parquet"`` (``data/<split>.parquet``, declared in the
        YAML ``configs``) or ``"hub"`` (no ``configs``: ``push_to_hub`` writes its own).
    """
    from datasets import __version__ as datasets_version
    from huggingface_hub import DatasetCardData

    splits = [s for s in dsd]
    stats = {s: _split_stats(dsd[s]) for s in splits}
    total_units = sum(st["units"] for st in stats.values())
    role_columns = [*ROLES, *(["(none)"] if any(st["roles"]["(none)"] for st in stats.values()) else [])]
    meta: dict[str, Any] = {
        "language": ["vi"],
        "license": license,
        "pretty_name": pretty_name,
        "task_categories": ["token-classification", "text-classification"],
        "task_ids": ["named-entity-recognition", "multi-label-classification"],
        "size_categories": [_size_category(total_units)],
        "tags": ["vietnamese", "politics", "government", "spacy", "viet_partydocs"],
    }
    if layout == "parquet":
        meta["configs"] = [
            {"config_name": "default", "data_files": [{"split": s, "path": f"data/{s}.parquet"} for s in splits]}
        ]
    header = DatasetCardData(**meta).to_yaml()
    kind = "the pipeline's own predictions (not gold annotations)" if predicted else "gold annotations"
    lines = [
        "---",
        header,
        "---",
        "",
        f"# {pretty_name}",
        "",
        "Paragraph-level units (titles, paragraphs, page furniture) of Vietnamese party-building and "
        "government texts, one row per unit, with " + kind + ": entity spans of four labels, "
        "the unit's role and its themes. Made with the `viet_partydocs` spaCy pipeline "
        "from annotations that follow its annotation guide.",
        "",
        "## Licence",
        "",
        f"Licence: **{license}**.",
        "",
        "The texts are third-party material (news sites, Party committee websites, legal texts); "
        "their copyright stays with the publishers and their licence is not known to us. Check "
        "the terms of the original publications before redistributing the texts; the annotations "
        "(spans, roles, themes) are the part made by this project.",
        "",
        "## Columns",
        "",
        *_table(
            ["column", "type", "content"],
            [
                ["`id`", "string", "unit id (unique)"],
                ["`doc_id`", "string", "document the unit belongs to; units of a document are in one split"],
                ["`text`", "string", "the unit text"],
                ["`tokens`", "list of string", "words of the `viet_partydocs` tokenizer (whitespace left out)"],
                ["`ner_tags`", "list of ClassLabel", "BIO tags per token over " + ", ".join(f"`{t}`" for t in NER_TAGS)],
                ["`spans`", "list of {start, end, label}", "character offsets into `text`; label a ClassLabel over "
                 + ", ".join(f"`{t}`" for t in ENTITY_LABELS)],
                ["`span_attrs`", "list of string", "per span, its attributes as JSON (null if none)"],
                ["`role`", "ClassLabel", ", ".join(f"`{r}`" for r in ROLES) + " (-1: none)"],
                ["`themes`", "list of ClassLabel", "zero or more of the 13 themes"],
                ["`meta`", "string", "the unit's metadata as JSON"],
                ["`order`", "int64", "position of the unit in the source files (restores the order)"],
            ],
        ),
        "",
        "`ner_tags` are derived from `spans`: a token overlapping a span is inside it, so a span "
        "edge inside a word widens to the word. `spans` holds the exact offsets.",
        "",
        "## Labels",
        "",
        "Entity labels:",
        "",
        *[f"- `{k}`: {v}." for k, v in LABEL_DEFINITIONS.items()],
        "",
        "Roles (one per unit):",
        "",
        *[f"- `{k}`: {v}." for k, v in ROLE_DEFINITIONS.items()],
        "",
        "Themes (zero or more per `body`/`title` unit; `boilerplate` has none):",
        "",
        *[f"- `{k}`: {v}." for k, v in THEME_DEFINITIONS.items()],
        "",
        "## Splits",
        "",
        "Split by document (all units of a document are in the same split).",
        "",
        *_table(
            ["split", "units", "documents", *ENTITY_LABELS, *role_columns],
            [
                [s, st["units"], st["documents"], *(st["labels"][x] for x in ENTITY_LABELS), *(st["roles"][r] for r in role_columns)]
                for s, st in stats.items()
            ],
        ),
        "",
        "Themes (units per theme):",
        "",
        *_table(["theme", *splits], [[t, *(stats[s]["themes"][t] for s in splits)] for t in THEMES]),
        "",
        "## How it was made",
        "",
        f"- Tool: `viet_partydocs` {__version__} (`viet-partydocs export-hf`), `datasets` {datasets_version}.",
        f"- Annotations: {kind}.",
    ]
    if sources:
        lines.append("- Source files: " + ", ".join(f"`{Path(s).name}`" for s in sources) + ".")
    descriptions = sorted({dsd[s].info.description for s in splits if dsd[s].info.description})
    for d in descriptions:
        lines.append(f"- {d}")
    lines += ["", "## Loading", "", "```python"]
    if layout == "disk":
        lines += ["from datasets import load_from_disk", "", 'dsd = load_from_disk("path/to/this/folder")']
    elif layout == "parquet":
        lines += [
            "from datasets import load_dataset",
            "",
            'dsd = load_dataset("parquet", data_files={'
            + ", ".join(f'"{s}": "data/{s}.parquet"' for s in splits)
            + "})",
        ]
    else:
        lines += ["from datasets import load_dataset", "", 'dsd = load_dataset("<repo id>")']
    lines += [
        'names = dsd["train"].features["ner_tags"].feature.names',
        "```",
        "",
        "`viet_partydocs.export.hf.from_hf_dataset(dsd)` gives back the annotated units.",
        "",
    ]
    return "\n".join(lines)


# -- saving, loading, pushing --------------------------------------------------------------------


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    import datasets.utils as ds_utils
    from datasets.utils import logging as ds_logging

    was = ds_utils.are_progress_bars_disabled()
    ds_utils.disable_progress_bars()
    level = ds_logging.get_verbosity()
    ds_logging.set_verbosity_error()
    try:
        yield
    finally:
        ds_logging.set_verbosity(level)
        if not was:
            ds_utils.enable_progress_bars()


def _looks_like_export(path: Path) -> bool:
    """Whether an existing folder may be replaced: empty, or a dataset folder we write."""
    if not path.is_dir():
        return False
    names = {p.name for p in path.iterdir()}
    if not names:
        return True
    return "README.md" in names and ("dataset_dict.json" in names or "data" in names)


def save_dataset(
    dsd: "DatasetDict",
    out_dir: str | Path,
    format: str = "disk",
    card: Optional[str] = None,
    *,
    license: str = "unknown",
    sources: Sequence[str | Path] = (),
    predicted: bool = False,
) -> Path:
    """Write ``dsd`` and its dataset card ``README.md`` to ``out_dir``, atomically.

    format: ``"disk"`` (``DatasetDict.save_to_disk``) or ``"parquet"`` (``data/<split>.parquet``,
        ClassLabel names kept in the Parquet schema).
    card: the ``README.md`` text; ``None`` makes one with :func:`dataset_card` from ``license``,
        ``sources`` and ``predicted``.

    The folder is built beside ``out_dir`` and renamed into place only when complete, so a
    failed or interrupted write leaves the previous output as it was. An existing ``out_dir``
    that is neither empty nor a dataset folder (``README.md`` with ``dataset_dict.json`` or
    ``data/``) is refused with :class:`InputError` rather than replaced.
    """
    if format not in ("disk", "parquet"):
        raise ValueError(f"format must be 'disk' or 'parquet', got {format!r}")
    out = Path(out_dir)
    if out.exists() and not _looks_like_export(out):
        raise InputError(str(out), "exists and is not a dataset folder written by viet_partydocs; not replacing it")
    text = card if card is not None else dataset_card(dsd, license=license, sources=sources, predicted=predicted, layout=format)
    with _quiet(), atomic_dir(out) as tmp:
        if format == "disk":
            # an empty split saved with zero shards cannot be loaded back: give it one
            dsd.save_to_disk(str(tmp), num_shards={s: 1 for s in dsd if len(dsd[s]) == 0} or None)
        else:
            (tmp / "data").mkdir()
            for s in dsd:
                dsd[s].to_parquet(str(tmp / "data" / f"{s}.parquet"))
        (tmp / "README.md").write_text(text, encoding="utf-8")
    return out


def load_dataset_dir(path: str | Path) -> "DatasetDict":
    """Read a folder written by :func:`save_dataset` (either format) back as a ``DatasetDict``."""
    import pyarrow.parquet as pq
    from datasets import Dataset, DatasetDict, load_from_disk

    path = Path(path)
    if (path / "dataset_dict.json").exists():
        with _quiet():
            return load_from_disk(str(path))
    files = sorted((path / "data").glob("*.parquet")) if (path / "data").is_dir() else []
    if not files:
        raise InputError(str(path), "not a dataset folder (no dataset_dict.json, no data/*.parquet)")
    order = {s: i for i, s in enumerate(HF_SPLITS)}
    files.sort(key=lambda p: (order.get(p.stem, len(order)), p.stem))
    # the features (ClassLabel names) are in the Parquet schema's "huggingface" metadata
    return DatasetDict({p.stem: Dataset(pq.read_table(p)) for p in files})


def push_to_hub(
    dsd: "DatasetDict",
    repo_id: str,
    *,
    private: Optional[bool] = None,
    token: Optional[str] = None,
    license: str = "unknown",
    sources: Sequence[str | Path] = (),
    predicted: bool = False,
    card: Optional[str] = None,
    commit_message: str = "Upload dataset made by viet_partydocs",
) -> None:
    """Upload ``dsd`` to the Hugging Face Hub as dataset ``repo_id``, with our dataset card.

    Calls ``dsd.push_to_hub`` (Parquet shards and a README with ``dataset_info``/``configs``), then
    replaces the README's body with our card (:func:`dataset_card`, or ``card``) and adds our YAML
    fields (licence, language, tasks…) to the metadata ``datasets`` wrote. Needs a token
    (``token=`` or ``huggingface-cli login`` / ``$HF_TOKEN``) and the network.
    """
    from huggingface_hub import DatasetCard

    with _quiet():
        dsd.push_to_hub(repo_id, private=private, token=token, commit_message=commit_message)
    ours = DatasetCard(
        card if card is not None else dataset_card(dsd, license=license, sources=sources, predicted=predicted, layout="hub")
    )
    hub = DatasetCard.load(repo_id, repo_type="dataset", token=token)
    data = hub.data.to_dict()
    data.update({k: v for k, v in ours.data.to_dict().items() if k not in ("configs", "dataset_info")})
    merged = DatasetCard("---\n" + type(hub.data)(**data).to_yaml() + "\n---\n" + ours.text)
    merged.push_to_hub(repo_id, token=token, repo_type="dataset", commit_message="Dataset card from viet_partydocs")


# -- the pipeline's output as units ---------------------------------------------------------------


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def predictions_to_units(docs_with_ids: Iterable[tuple[Any, Any]]) -> list[Unit]:
    """Units from annotated ``Doc`` s: one per paragraph of ``doc.spans["paragraphs"]``.

    docs_with_ids: ``(doc_id, doc)`` pairs; ``(doc, doc_id)`` pairs, as from
        ``nlp.pipe(..., as_tuples=True)``, are accepted too.

    Each paragraph becomes the unit ``"<doc_id>/<n>"`` (``n`` its index in the document) with
    ``role = span._.role`` (``None`` if no component set one), ``themes = span._.themes`` and the
    entities of ``doc.ents`` inside it as spans, offsets relative to the paragraph, with their
    parsed attributes (``span._.attrs``) as ``attrs``. An entity that crosses a paragraph edge is
    cut at the edge. ``meta`` holds the paragraph's ``start``/``end`` in the document and its
    ``theme_scores``. A ``Doc`` without paragraph spans is split by the guide's paragraph rule.
    """
    from spacy.tokens import Doc

    from ..text.paragraphs import paragraph_offsets

    units: list[Unit] = []
    for a, b in docs_with_ids:
        doc, doc_id = (a, b) if isinstance(a, Doc) else (b, a)
        if not isinstance(doc, Doc):
            raise TypeError(f"expected (doc_id, Doc) pairs, got ({type(a).__name__}, {type(b).__name__})")
        doc_id = str(doc_id)
        text = doc.text  # built once: Doc.text joins every token
        if PARAGRAPHS_KEY in doc.spans:
            paras = [(p.start_char, p.end_char, p._.role, list(p._.themes or []), dict(p._.theme_scores or {}))
                     for p in doc.spans[PARAGRAPHS_KEY]]
        else:
            paras = [(s, e, None, [], {}) for s, e in paragraph_offsets(text)]
        # entities sorted by offset (doc.ents never overlap, so their ends are sorted too), walked
        # with a pointer over the paragraphs in order of their start
        ents = sorted(doc.ents, key=lambda e: (e.start_char, e.end_char))
        ent_starts = [e.start_char for e in ents]
        ent_ends = [e.end_char for e in ents]
        spans_of: dict[int, list[Span]] = {}
        first = 0
        for n in sorted(range(len(paras)), key=lambda k: (paras[k][0], paras[k][1])):
            ps, pe = paras[n][0], paras[n][1]
            while first < len(ents) and ent_ends[first] <= ps:
                first += 1
            spans = []
            i = first
            while i < len(ents) and ent_starts[i] < pe:
                if ent_ends[i] > ps:
                    s, t = _strip(text, max(ent_starts[i], ps), min(ent_ends[i], pe))
                    if s < t:
                        e = ents[i]
                        attrs = e._.attrs
                        spans.append(Span(s - ps, t - ps, e.label_, _jsonable(dict(attrs)) if attrs else None))
                i += 1
            spans_of[n] = spans
        for n, (ps, pe, role, themes, scores) in enumerate(paras):
            meta: dict[str, Any] = {"start": ps, "end": pe}
            if scores:
                meta["theme_scores"] = _jsonable(scores)
            units.append(Unit(f"{doc_id}/{n}", doc_id, text[ps:pe], role, themes, spans_of[n], meta, f"{doc_id}/{n}"))
    return units
