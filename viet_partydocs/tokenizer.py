"""The Vietnamese word-segmenting tokenizer, registered as ``viet_partydocs.Tokenizer.v1``.

How a text becomes a :class:`~spacy.tokens.Doc`:

1. :data:`viet_partydocs.text.protect.PIECES` cuts the text into pieces that cover it exactly:
   whitespace, syllables, and pieces kept whole (document codes, dates, numbers, percentages,
   ratios, URLs, punctuation).
2. underthesea's bundled CRF word segmenter (``ws_crf_vlsp2013``, read from the installed
   underthesea package, offline, and applied by :mod:`viet_partydocs.text.crf` with the same
   result) tags each syllable as beginning or continuing a word. It sees
   the *normalised* syllables (NFC, one tone-placement convention, ``Ð`` → ``Đ``), which is what
   it was trained on; the ``Doc`` keeps the original characters.
3. Syllables are joined into words only when both are letters, separated by one space, not
   across a line break, and not from a lower-case syllable to a capitalised one (a proper-name
   boundary). Kept-whole pieces are always their own token, so a number is never glued to the
   next word (``18/18`` ``xã``).
4. Words and whitespace become the ``Doc`` (``doc.text == text`` for every input); each
   token's ``norm_`` is its lower-cased normalised form, so rules can match on ``NORM``.

Unlike calling ``underthesea.word_tokenize`` and aligning its output, nothing is rewritten
(``Uỷ`` stays ``Uỷ`` in the text, NBSP stays NBSP), so there are no alignment failures.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import srsly
from spacy import util
from spacy.attrs import NORM
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from .doctext import remember_text
from .patterns.words import DOMAIN_WORDS, NAME_BREAKERS, ORG_HEAD_SYLLABLES, TITLE_SYLLABLES
from .text.normalize import LINE_BREAKS, norm_key, normalize
from .text.crf import CRFTagger, read_crfsuite
from .text.protect import PIECES

__all__ = ["VietnameseTokenizer", "create_tokenizer", "CRFWordSegmenter"]

_JOINABLE_GAPS = frozenset({" ", "\xa0"})


class CRFWordSegmenter:
    """underthesea's CRF word-segmentation model, loaded once per process from its wheel and
    applied by :class:`~viet_partydocs.text.crf.CRFTagger` (the same labels as
    ``underthesea_core``, without its 43 feature strings per syllable)."""

    MODEL = ("pipeline", "word_tokenize", "models", "ws_crf_vlsp2013_20230727")

    def __init__(self) -> None:
        import joblib  # underthesea's own format for its bundled feature lists

        spec = importlib.util.find_spec("underthesea")
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("viet_partydocs needs the 'underthesea' package (pip install underthesea)")
        # Located without importing underthesea itself: its __init__ takes ~0.5 s and
        # configures the root logger (underthesea PR #1051).
        path = Path(list(spec.submodule_search_locations)[0]).joinpath(*self.MODEL)
        if not (path / "models.bin").exists():
            raise FileNotFoundError(f"underthesea's word-segmentation model is missing: {path}")
        model = read_crfsuite(path / "models.bin")
        if model.labels != ("B-W", "I-W"):
            raise ValueError(f"{path / 'models.bin'}: expected the labels B-W and I-W, found {model.labels}")
        dictionary = joblib.load(path / "dictionary.bin")
        self._tagger = CRFTagger(model, joblib.load(path / "features.bin"), dictionary)
        #: the segmenter's dictionary, normalised like token norms (it mixes ``uỷ`` and ``ủy``)
        self.known_words: frozenset[str] = frozenset(norm_key(w) for w in dictionary)

    def forget(self) -> None:
        """Forget the n-grams the tagger remembered (for measuring a first, cold pass)."""
        self._tagger.forget()

    def begins_word(self, sequences: Sequence[Sequence[str]]) -> list[list[bool]]:
        """For each sequence of syllables, whether each syllable begins a new word (``B-W``)."""
        return [self._tagger.first_label(seq) for seq in sequences]


@lru_cache(maxsize=1)
def _segmenter() -> CRFWordSegmenter:
    return CRFWordSegmenter()


@lru_cache(maxsize=200_000)
def _crf_form(syllable: str) -> str:
    return normalize(syllable)


class VietnameseTokenizer:
    """A spaCy tokenizer that segments Vietnamese words and keeps ``doc.text`` exact.

    vocab: the pipeline's vocabulary.
    segment: join syllables into words with the CRF segmenter (``False``: one token per syllable).
    fixed_words: multi-syllable words always kept as one token (matched on the normalised,
        lower-cased form, e.g. ``"ban thường vụ"``), like underthesea's ``fixed_words``.
    """

    def __init__(self, vocab: Vocab, segment: bool = True, fixed_words: Iterable[str] = ()) -> None:
        self.vocab = vocab
        self.segment = segment
        self.fixed_words: list[str] = []
        self._fixed: dict[str, list[tuple[str, ...]]] = {}
        self._set_fixed_words(fixed_words)
        vocab.lex_attr_getters[NORM] = norm_key
        if segment:
            _segmenter()  # load the CRF model now: before worker processes fork, not on the first text

    # -- configuration and serialisation (the spacy/lang/vi pattern) --------------------------
    def _set_fixed_words(self, words: Iterable[str]) -> None:
        self.fixed_words = sorted({" ".join(norm_key(w).split()) for w in words if w.split()})
        self._fixed = {}
        for w in self.fixed_words:
            parts = tuple(w.split())
            if len(parts) > 1:
                self._fixed.setdefault(parts[0], []).append(parts)
        for options in self._fixed.values():
            options.sort(key=len, reverse=True)

    def _get_config(self) -> dict[str, Any]:
        return {"segment": self.segment, "fixed_words": self.fixed_words}

    def _set_config(self, config: dict[str, Any]) -> None:
        self.segment = bool(config.get("segment", True))
        self._set_fixed_words(config.get("fixed_words", []))

    def __reduce__(self) -> tuple[Any, ...]:
        return VietnameseTokenizer, (self.vocab, self.segment, self.fixed_words)

    def to_bytes(self, **kwargs: Any) -> bytes:
        return util.to_bytes({"cfg": lambda: srsly.json_dumps(self._get_config())}, [])

    def from_bytes(self, data: bytes, **kwargs: Any) -> "VietnameseTokenizer":
        util.from_bytes(data, {"cfg": lambda b: self._set_config(srsly.json_loads(b))}, [])
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        util.to_disk(util.ensure_path(path), {"cfg": lambda p: srsly.write_json(p, self._get_config())}, [])

    def from_disk(self, path: str | Path, **kwargs: Any) -> "VietnameseTokenizer":
        util.from_disk(util.ensure_path(path), {"cfg": lambda p: self._set_config(srsly.read_json(p))}, [])
        return self

    # -- tokenisation -------------------------------------------------------------------------
    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __call__(self, text: str) -> Doc:
        words, spaces = self.words_and_spaces(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        remember_text(doc, text)  # doc.text == text; components read it without rebuilding it
        return doc

    def words_and_spaces(self, text: str) -> tuple[list[str], list[bool]]:
        """The token texts and their trailing-space flags for ``text`` (``Doc`` arguments)."""
        if not isinstance(text, str):
            raise TypeError(f"the tokenizer needs a str, got {type(text).__name__}")
        starts: list[int] = []
        ends: list[int] = []
        kinds: list[str] = []
        for m in PIECES.finditer(text):
            kind = m.lastgroup
            if kind != "space":
                starts.append(m.start())
                ends.append(m.end())
                kinds.append(kind)  # type: ignore[arg-type]
        lead = text[: starts[0]] if starts else text
        n = len(starts)
        begins = [True] * n
        if self.segment and n > 1:
            self._join_syllables(text, starts, ends, kinds, begins)
        words: list[str] = []
        spaces: list[bool] = []
        if lead:
            words.append(lead)
            spaces.append(False)
        i = 0
        while i < n:
            j = i + 1
            while j < n and not begins[j]:
                j += 1
            words.append(text[starts[i] : ends[j - 1]])
            gap = text[ends[j - 1] : starts[j]] if j < n else text[ends[j - 1] :]
            if gap[:1] == " ":
                spaces.append(True)
                gap = gap[1:]
            else:
                spaces.append(False)
            if gap:
                words.append(gap)
                spaces.append(False)
            i = j
        return words, spaces

    def _join_syllables(
        self, text: str, starts: list[int], ends: list[int], kinds: list[str], begins: list[bool]
    ) -> None:
        """Set ``begins[i] = False`` where syllable ``i`` continues the word before it."""
        n = len(starts)
        joinable = [False] * n
        line_start = 0
        lines: list[tuple[int, int]] = []  # [first, last) syllable indices of each line
        for i in range(1, n):
            gap = text[ends[i - 1] : starts[i]]
            if gap and gap not in _JOINABLE_GAPS and any(c in LINE_BREAKS for c in gap):
                lines.append((line_start, i))
                line_start = i
                continue
            if kinds[i] == "word" and kinds[i - 1] == "word" and gap in _JOINABLE_GAPS:
                prev, cur = text[starts[i - 1]], text[starts[i]]
                # a lower-case syllable followed by a capitalised one: a name starts here
                joinable[i] = not (cur.isupper() and not prev.isupper())
        lines.append((line_start, n))
        todo = [(a, b) for a, b in lines if any(joinable[a + 1 : b])]
        if not todo:
            return
        forms = [_crf_form(text[starts[i] : ends[i]]) for i in range(n)]
        if self._fixed:
            forced = self._fixed_word_spans(forms, joinable)
        else:
            forced = {}
        seg = _segmenter()
        tags = seg.begins_word([forms[a:b] for a, b in todo])
        lowered = [f.lower() for f in forms]
        for (a, b), line_tags in zip(todo, tags):
            word_start = a
            for k in range(1, b - a):
                i = a + k
                join = joinable[i] and not line_tags[k]
                if join and i not in forced:
                    join = self._keep_join(text, starts, lowered, word_start, i, seg.known_words)
                if i in forced:
                    join = forced[i]
                begins[i] = not join
                if not join:
                    word_start = i
            self._repair_known_pairs(text, starts, a, b, joinable, begins, lowered, seg.known_words, forced)

    @staticmethod
    def _repair_known_pairs(
        text: str,
        starts: list[int],
        a: int,
        b: int,
        joinable: list[bool],
        begins: list[bool],
        lowered: list[str],
        known: frozenset[str],
        forced: dict[int, bool],
    ) -> None:
        """Join a capitalised one-syllable word and the one-syllable word after it when together
        they are a known word (``Huyện`` + ``ủy``).

        The segmenter sometimes pairs a syllable with its right neighbour across a boundary the
        rules above refuse (``ủy Phong``); the syllable is then left alone although it forms a
        word with its left neighbour.
        """
        for i in range(a + 1, b):
            if not (joinable[i] and begins[i]) or i in forced:
                continue
            prev_single = i - 1 == a or begins[i - 1]
            cur_single = i + 1 >= b or begins[i + 1]
            if not (prev_single and cur_single):
                continue
            prev, cur = lowered[i - 1], lowered[i]
            if not text[starts[i - 1]].isupper() or (prev in TITLE_SYLLABLES and cur in ORG_HEAD_SYLLABLES):
                continue
            pair = f"{prev} {cur}"
            if pair in known or pair in DOMAIN_WORDS:
                begins[i] = False

    @staticmethod
    def _keep_join(
        text: str, starts: list[int], lowered: list[str], word_start: int, i: int, known: frozenset[str]
    ) -> bool:
        """Veto the segmenter's joins that cut across an entity boundary in this genre."""
        prev, cur = lowered[i - 1], lowered[i]
        if prev in TITLE_SYLLABLES and cur in ORG_HEAD_SYLLABLES:
            return False  # Trưởng | Ban Tổ chức
        cur_upper = text[starts[i]].isupper()
        if cur_upper and cur in NAME_BREAKERS:
            return False  # Võ Công Trí | Phó Chủ tịch
        if text[starts[word_start]].isupper() and not cur_upper:
            # a capitalised word grows by a lower-case syllable only into a known word:
            # "Nghị quyết", "Ban Chấp hành", but not "Phong Thổ phát" or "Luật số"
            candidate = " ".join(lowered[word_start : i + 1])
            return candidate in known or candidate in DOMAIN_WORDS
        return True

    def _fixed_word_spans(self, forms: list[str], joinable: list[bool]) -> dict[int, bool]:
        """Syllable positions forced to continue (True) or begin (False) a word by fixed_words."""
        forced: dict[int, bool] = {}
        lowered = [f.lower() for f in forms]
        i, n = 0, len(forms)
        while i < n:
            for parts in self._fixed.get(lowered[i], ()):
                k = len(parts)
                if i + k <= n and tuple(lowered[i : i + k]) == parts and all(joinable[i + 1 : i + k]):
                    for j in range(i + 1, i + k):
                        forced[j] = True
                    if i + k < n:
                        forced[i + k] = False
                    if i > 0:
                        forced.setdefault(i, False)
                    i += k - 1
                    break
            i += 1
        return forced


@registry.tokenizers("viet_partydocs.Tokenizer.v1")
def create_tokenizer(
    segment: bool = True, fixed_words: list[str] = []  # noqa: B006 - spaCy config default
) -> Callable[[Any], VietnameseTokenizer]:
    """Registered tokenizer factory: ``[nlp.tokenizer] @tokenizers = "viet_partydocs.Tokenizer.v1"``."""

    def tokenizer_factory(nlp: Any) -> VietnameseTokenizer:
        return VietnameseTokenizer(nlp.vocab, segment=segment, fixed_words=fixed_words)

    return tokenizer_factory
