"""underthesea's CRF word-segmentation model, read from its files and applied in Python.

underthesea (``underthesea_core``) turns every syllable into 43 feature strings in Rust and
hands them back to Python, one string object each, before its tagger reads them again: most of
the time of a word segmentation goes into making and passing those strings. The model itself is
small: a CRFsuite file (``models.bin``: 2 labels, ~50,000 attributes, their state weights and 4
transition weights), the feature templates (``features.bin``) and a word list
(``dictionary.bin``). This module reads them and tags the same way, with the feature values of
each n-gram computed once and remembered (:class:`CRFTagger`): the same labels as
``underthesea_core`` for every input (``tests/test_crf.py`` compares the two on the real texts).

The feature templates are ``T[a]`` / ``T[a,b]`` windows of syllables around a position with an
optional function (``lower``, ``isdigit``, ``istitle``, ``is_in_dict``), valued as
``underthesea_core``'s featurizer values them: ``BOS`` / ``EOS`` when the window leaves the
sequence, the syllables joined by a space, ``isdigit`` for what parses as a 32-bit integer (ASCII
digits, an optional sign), ``istitle`` when every
syllable's first character is its own upper case, ``is_in_dict`` for the lower-cased text.

:func:`read_crfsuite` reads a CRFsuite model file (the ``lCRF`` / ``FOMC`` format: a header, the
feature chunk and two CQDB string tables).
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Collection, Sequence

import numpy as np

__all__ = ["CRFSuiteModel", "read_crfsuite", "CRFTagger", "feature_value"]


@dataclass(frozen=True)
class CRFSuiteModel:
    """A linear-chain CRF: ``labels``; ``state[attribute][label]`` weights (attributes without a
    weight are absent); ``transition[previous label][label]``."""

    labels: tuple[str, ...]
    state: dict[str, tuple[float, ...]]
    transition: tuple[tuple[float, ...], ...]


def _cqdb_strings(data: bytes, off: int) -> list[str]:
    """The strings of the CQDB table at ``off``, by id (its backward array: id → record)."""
    magic, _size, _flag, _order, count, bwd = struct.unpack_from("<4sIIIII", data, off)
    if magic != b"CQDB":
        raise ValueError(f"not a CQDB table at offset {off}")
    out = []
    for i, rec in enumerate(struct.unpack_from(f"<{count}I", data, off + bwd)):
        rid, size = struct.unpack_from("<II", data, off + rec)
        if rid != i:
            raise ValueError(f"CQDB record {rid} found where {i} was expected")
        out.append(data[off + rec + 8 : off + rec + 8 + size - 1].decode("utf-8"))
    return out


def read_crfsuite(path: str | Path) -> CRFSuiteModel:
    """Read a CRFsuite (``crf1d``) model file."""
    data = Path(path).read_bytes()
    magic, _size, kind, _version, _nf, n_labels, _na, off_feat, off_labels, off_attrs = struct.unpack_from("<4sI4sIIIIIII", data, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"{path}: not a CRFsuite model file")
    chunk, _csize, n_feat = struct.unpack_from("<4sII", data, off_feat)
    if chunk != b"FEAT":
        raise ValueError(f"{path}: no feature chunk at offset {off_feat}")
    labels = tuple(_cqdb_strings(data, off_labels))
    attrs = _cqdb_strings(data, off_attrs)
    if len(labels) != n_labels:
        raise ValueError(f"{path}: {len(labels)} label names for {n_labels} labels")
    state: dict[str, list[float]] = {}
    trans = [[0.0] * n_labels for _ in range(n_labels)]
    for ftype, src, dst, weight in struct.iter_unpack("<IIId", data[off_feat + 12 : off_feat + 12 + 20 * n_feat]):
        if ftype == 0:  # state feature: attribute src, label dst
            state.setdefault(attrs[src], [0.0] * n_labels)[dst] += weight
        elif ftype == 1:  # transition: label src → label dst
            trans[src][dst] += weight
    return CRFSuiteModel(labels, {a: tuple(w) for a, w in state.items()}, tuple(tuple(t) for t in trans))


_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(\w+))?")
_I32 = re.compile(r"[+-]?[0-9]+")


def feature_value(text: str, function: str | None, dictionary: Collection[str]) -> str:
    """The value of a template's function on a window's text (syllables joined by a space)."""
    if function is None:
        return text
    if function == "lower":
        return text.lower()
    if function == "isdigit":  # what parses as a 32-bit integer (Rust's i32 parse): "-1" yes, "2147483648" no
        return str(_I32.fullmatch(text) is not None and -(2**31) <= int(text) < 2**31)
    if function == "istitle":
        return str(all(w[:1].upper() == w[:1] for w in text.split(" ")))
    if function == "is_in_dict":
        return str(text.lower() in dictionary)
    raise ValueError(f"unknown feature function {function!r}")


class CRFTagger:
    """Tags syllable sequences with a two-label CRF over n-gram window templates.

    Each window ``(a, b)`` of the templates contributes, at position ``i``, the sum over its
    templates of ``weight(first label) - weight(second label)`` of their features (only the
    difference of the two labels' scores matters to the best path). The sums of all windows of one
    n-gram size are computed together once per distinct n-gram and remembered in one table per
    size (up to ``cache_size`` n-grams, then forgotten).
    """

    def __init__(
        self, model: CRFSuiteModel, templates: Sequence[str], dictionary: Collection[str], cache_size: int = 300_000
    ) -> None:
        if len(model.labels) != 2:
            raise ValueError(f"CRFTagger handles two labels, the model has {len(model.labels)}")
        self.labels = model.labels
        self.dictionary = dictionary
        self.cache_size = cache_size
        self._state = model.state
        windows: dict[tuple[int, int], list[tuple[str, str | None]]] = {}
        for t in templates:
            m = _TEMPLATE.fullmatch(t)
            if m is None:
                raise ValueError(f"unknown feature template {t!r}")
            a = int(m.group(1))
            b = int(m.group(2)) if m.group(2) is not None else a
            windows.setdefault((a, b), []).append((t, m.group(3)))
        # per n-gram size: the windows of that size as (a, templates, sum at the start of a
        # sequence, sum at its end), and the table of the n-grams met (one sum per window)
        self._sizes: list[tuple[list[tuple[int, list[tuple[str, str | None]], float, float]], _Table]] = []
        for size in range(1, max(b - a + 1 for a, b in windows) + 1):
            wins = [
                (a, names, self._diff(names, lambda fn: "BOS"), self._diff(names, lambda fn: "EOS"))
                for (a, b), names in sorted(windows.items()) if b - a + 1 == size
            ]
            self._sizes.append((wins, _Table(len(wins))))
        (t00, t01), (t10, t11) = model.transition
        self._trans = (t00, t01, t10, t11)

    def forget(self) -> None:
        """Forget the n-grams remembered so far (their sums are computed again when met)."""
        for _, table in self._sizes:
            table.clear()

    def _diff(self, names: list[tuple[str, str | None]], value: Callable[[str | None], str]) -> float:
        """Sum of ``weight(first label) - weight(second label)`` of the features ``name=value(fn)``."""
        get = self._state.get
        total = 0.0
        for name, fn in names:
            w = get(f"{name}={value(fn)}")
            if w is not None:
                total += w[0] - w[1]
        return total

    def _ngram_diffs(self, wins: list[tuple[int, list[tuple[str, str | None]], float, float]], text: str) -> list[float]:
        dictionary = self.dictionary
        return [self._diff(names, lambda fn: feature_value(text, fn, dictionary)) for _, names, _, _ in wins]

    def scores(self, seq: Sequence[str]) -> np.ndarray:
        """``score(first label) - score(second label)`` of the state features at each position."""
        n = len(seq)
        out = np.zeros(n)
        grams: Sequence[str] = seq
        for size, (wins, table) in enumerate(self._sizes, start=1):
            if size > 1:  # the n-grams of this size, from those one shorter
                grams = [grams[p] + " " + seq[p + size - 1] for p in range(n - size + 1)]
            if not wins:
                continue
            m = len(grams)
            if table.size > self.cache_size:
                table.clear()
            values = table.values(grams, lambda g: self._ngram_diffs(wins, g))
            for j, (a, _, bos, eos) in enumerate(wins):
                # position i reads the n-gram starting at i + a: before the sequence (BOS), inside
                # it, or running past its end (EOS)
                lo = min(n, max(0, -a))
                hi = max(lo, min(n, m - a))
                if lo:
                    out[:lo] += bos
                if hi > lo:
                    out[lo:hi] += values[lo + a : hi + a, j]
                if hi < n:
                    out[hi:] += eos
        return out

    def first_label(self, seq: Sequence[str]) -> list[bool]:
        """For each position of ``seq`` (syllables), whether the best path gives it the first label."""
        n = len(seq)
        if n == 0:
            return []
        d = self.scores(seq).tolist()
        t00, t01, t10, t11 = self._trans
        # Viterbi over two labels: x = best score ending in label 0, y = in label 1 (state score 0)
        x, y = d[0], 0.0
        back: list[tuple[bool, bool]] = []  # per position: (label 0 came from 0?, label 1 came from 0?)
        for i in range(1, n):
            x0, x1 = x + t00, y + t10
            y0, y1 = x + t01, y + t11
            back.append((x0 >= x1, y0 >= y1))
            x = (x0 if x0 >= x1 else x1) + d[i]
            y = y0 if y0 >= y1 else y1
        label0 = x >= y
        path = [label0] * n
        for i in range(n - 1, 0, -1):
            from0 = back[i - 1][0] if label0 else back[i - 1][1]
            label0 = from0
            path[i - 1] = label0
        return path


class _Table:
    """Rows of numbers remembered per string, in one growing array."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.clear()

    def clear(self) -> None:
        self.ids: dict[str, int] = {}
        self.rows = np.zeros((1024, self.width))
        self.size = 0

    def values(self, keys: Sequence[str], compute: Callable[[str], list[float]]) -> np.ndarray:
        """``(len(keys), width)``: the row of each key, computed for the keys not seen before."""
        get = self.ids.get
        idx = [get(k) for k in keys]
        if None in idx:
            for i, k in enumerate(keys):
                if idx[i] is None:
                    r = self.ids.get(k)
                    if r is None:
                        r = self.ids[k] = self.size
                        if r == len(self.rows):
                            self.rows = np.concatenate([self.rows, np.zeros_like(self.rows)])
                        self.rows[r] = compute(k)
                        self.size += 1
                    idx[i] = r
        return self.rows[np.array(idx, dtype=np.intp)] if idx else np.zeros((0, self.width))

