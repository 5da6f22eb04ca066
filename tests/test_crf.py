"""Our reading of underthesea's CRF word-segmentation model gives underthesea_core's labels."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viet_partydocs.text.crf import CRFTagger, feature_value, read_crfsuite
from viet_partydocs.tokenizer import CRFWordSegmenter, _crf_form


@pytest.fixture(scope="module")
def reference():
    """underthesea_core's featurizer and tagger on the same model files."""
    import importlib.util
    from pathlib import Path

    import joblib
    from underthesea_core import CRFFeaturizer
    from underthesea_core import CRFTagger as CoreTagger

    spec = importlib.util.find_spec("underthesea")
    path = Path(list(spec.submodule_search_locations)[0]).joinpath(*CRFWordSegmenter.MODEL)
    featurizer = CRFFeaturizer(joblib.load(path / "features.bin"), joblib.load(path / "dictionary.bin"))
    tagger = CoreTagger()
    tagger.load(str(path / "models.bin"))

    def begins(seqs):
        feats = featurizer.process([[[s] for s in seq] for seq in seqs])
        return [[t != "I-W" for t in tagger.tag(f)] for f in feats]

    return begins


@pytest.fixture(scope="module")
def ours():
    return CRFWordSegmenter()


SYLLABLES = st.sampled_from(
    [
        "Ban", "Thường", "vụ", "Huyện", "ủy", "Uỷ", "ban", "nhân", "dân", "tỉnh", "Lào", "Cai", "kết", "nạp",
        "đảng", "viên", "mới", "Nghị", "quyết", "số", "07-NQ/TU", "18/18", "xã", "96,7%", "2.948", "15/11/2016",
        ",", ".", "(", ")", ":", "“", "”", "-", "ĐẢNG", "BỘ", "Đồng", "chí", "Lộc", "Quang", "Hòa", "trưởng",
        "TP.HCM", "H'Mông", "2019", "x²", "½", "A1", "1A", "ǅa", "hóa", "hoá", "cơ", "sở", "chi", "bộ", "😀",
    ]
)


NUMBERS = st.integers(-(2**33), 2**33).map(str) | st.sampled_from(["+0", "-0", "2147483647", "2147483648", "-2147483649"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(SYLLABLES | NUMBERS, min_size=1, max_size=30), min_size=1, max_size=4))
def test_same_labels_as_underthesea_core_for_any_syllables(reference, ours, seqs):
    assert ours.begins_word(seqs) == reference(seqs)


@settings(max_examples=50, deadline=None)
@given(st.lists(SYLLABLES | NUMBERS, min_size=50, max_size=400))
def test_same_labels_when_the_tables_are_small_and_refilled(reference, seq):
    from viet_partydocs.text.crf import CRFTagger

    tagger = CRFTagger(_model(), _templates(), _dictionary(), cache_size=5)  # forgets after 5 n-grams
    assert [tagger.first_label(seq), tagger.first_label(seq)] == reference([seq, seq])


def _model_dir():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("underthesea")
    return Path(list(spec.submodule_search_locations)[0]).joinpath(*CRFWordSegmenter.MODEL)


def _model():
    return read_crfsuite(_model_dir() / "models.bin")


def _templates():
    import joblib

    return joblib.load(_model_dir() / "features.bin")


def _dictionary():
    import joblib

    return joblib.load(_model_dir() / "dictionary.bin")


def test_same_labels_as_underthesea_core_on_the_real_texts(reference, ours, shared_dir):
    seqs = []
    texts = [f.read_text(encoding="utf-8") for f in sorted((shared_dir / "seeds").glob("*.txt"))]
    for line in (shared_dir / "corpus" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:40]:
        texts.extend(json.loads(line)["paragraphs"])
    for text in texts:
        for line in text.splitlines():
            if line.split():
                seqs.append([_crf_form(s) for s in line.split()])
    assert ours.begins_word(seqs) == reference(seqs)
    print(f"{len(seqs)} lines, {sum(map(len, seqs))} syllables: the same labels")


def test_remembered_ngrams_do_not_change_the_labels(ours):
    seq = "Ban Thường vụ Huyện ủy kết nạp 192 đảng viên mới".split()
    first = ours.begins_word([seq])
    ours.forget()
    assert ours.begins_word([seq, seq]) == first * 2


def test_feature_values_as_underthesea_core_computes_them():
    words = {"ủy ban", "xây"}
    assert feature_value("Ủy Ban", "lower", words) == "ủy ban"
    assert feature_value("Ủy Ban", "is_in_dict", words) == "True"
    assert feature_value("XÂY", "is_in_dict", words) == "True"
    assert feature_value("2019", "isdigit", words) == "True"
    assert feature_value("²", "isdigit", words) == "False"  # ASCII digits only
    assert feature_value("-1", "isdigit", words) == "True"  # what parses as a 32-bit integer
    assert feature_value("2147483648", "isdigit", words) == "False"
    assert feature_value("( Ngày", "istitle", words) == "True"  # each first character is its own upper case
    assert feature_value("Ngày đăng", "istitle", words) == "False"
    assert feature_value("ǅa", "istitle", words) == "False"
    assert feature_value(unicodedata.normalize("NFC", "Đảng"), None, words) == "Đảng"


def test_not_a_model_file_is_refused(tmp_path):
    bad = tmp_path / "models.bin"
    bad.write_bytes(b"\0" * 64)
    with pytest.raises(ValueError, match="not a CRFsuite model file"):
        read_crfsuite(bad)


def test_only_two_labels_are_handled(ours):
    from viet_partydocs.text.crf import CRFSuiteModel

    with pytest.raises(ValueError, match="two labels"):
        CRFTagger(CRFSuiteModel(("A", "B", "C"), {}, ((0.0,) * 3,) * 3), ["T[0]"], set())
