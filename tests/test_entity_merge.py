"""Combining the rule entities with the statistical recogniser's candidates."""

from __future__ import annotations

import pytest
import spacy

import viet_partydocs
from viet_partydocs.components.candidates import CANDIDATES_KEY
from viet_partydocs.components.entity_merge import EntityMerger

TEXT = "Ông Lò Văn Hùng làm việc với Sở Nội vụ tỉnh và Đoàn kiểm tra theo Kế hoạch số 12-KH/TU."


@pytest.fixture(scope="module")
def nlp():
    return viet_partydocs.create_pipeline(["vpd_paragraphs"])


def _doc(nlp):
    doc = nlp(TEXT)
    def span(text, label):
        s = TEXT.index(text)
        return doc.char_span(s, s + len(text), label=label)
    rules = [span("Sở Nội vụ tỉnh", "ORG"), span("Kế hoạch số 12-KH/TU", "DOC_CODE")]
    doc.set_ents(rules, default="outside")
    doc.spans[CANDIDATES_KEY] = [
        span("Lò Văn Hùng", "OFFICIAL"),      # new: no rule entity there
        span("Sở Nội vụ", "ORG"),            # overlaps the rule ORG
        span("Đoàn kiểm tra", "ORG"),        # new
        span("Kế hoạch", "ORG"),             # overlaps a DOC_CODE, which always wins
    ]
    return doc


def _ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def test_rules_first(nlp):
    doc = EntityMerger("rules_first")(_doc(nlp))
    assert _ents(doc) == [("Lò Văn Hùng", "OFFICIAL"), ("Sở Nội vụ tỉnh", "ORG"), ("Đoàn kiểm tra", "ORG"), ("Kế hoạch số 12-KH/TU", "DOC_CODE")]
    assert doc.ents[2]._.organisation["org_type"] and doc.ents[0]._.official is not None


def test_model_first(nlp):
    doc = EntityMerger("model_first")(_doc(nlp))
    assert _ents(doc) == [("Lò Văn Hùng", "OFFICIAL"), ("Sở Nội vụ", "ORG"), ("Đoàn kiểm tra", "ORG"), ("Kế hoạch số 12-KH/TU", "DOC_CODE")]


def test_rules_only_and_model_only(nlp):
    assert _ents(EntityMerger("rules_only")(_doc(nlp))) == [("Sở Nội vụ tỉnh", "ORG"), ("Kế hoạch số 12-KH/TU", "DOC_CODE")]
    assert _ents(EntityMerger("model_only")(_doc(nlp))) == [
        ("Lò Văn Hùng", "OFFICIAL"), ("Sở Nội vụ", "ORG"), ("Đoàn kiểm tra", "ORG"), ("Kế hoạch số 12-KH/TU", "DOC_CODE")
    ]


def test_rules_widened_takes_the_longer_organisation_name_only(nlp):
    doc = _doc(nlp)
    s = TEXT.index("Sở Nội vụ tỉnh")
    doc.spans[CANDIDATES_KEY] = [*doc.spans[CANDIDATES_KEY], doc.char_span(s, s + len("Sở Nội vụ tỉnh và Đoàn kiểm tra"), label="ORG")]
    doc = EntityMerger("rules_widened")(doc)
    assert _ents(doc) == [("Sở Nội vụ tỉnh và Đoàn kiểm tra", "ORG"), ("Kế hoạch số 12-KH/TU", "DOC_CODE")]
    assert doc.ents[0]._.organisation is not None
    first = EntityMerger("rules_widened_first")(_doc(nlp))
    assert _ents(first) == [("Lò Văn Hùng", "OFFICIAL"), ("Sở Nội vụ tỉnh", "ORG"), ("Đoàn kiểm tra", "ORG"), ("Kế hoạch số 12-KH/TU", "DOC_CODE")]


def test_unknown_policy_is_refused():
    with pytest.raises(ValueError, match="policy must be one of"):
        EntityMerger("union")


@pytest.fixture(scope="module")
def with_recogniser():
    """The full pipeline with the shipped recogniser merged by rules_first."""
    from viet_partydocs.pipeline import assemble, default_model_path

    ner_dir = default_model_path() / "ner_model"
    if not (ner_dir / "config.cfg").exists():
        pytest.skip("the shipped recogniser is not built")
    return assemble(ner=ner_dir, roles_themes=default_model_path() / "vpd_roles_themes", merge_policy="rules_first")


def test_shipped_recogniser_loads_offline_and_round_trips(with_recogniser, tmp_path):
    nlp = with_recogniser
    assert "vpd_ner" in nlp.pipe_names and "vpd_entity_merge" in nlp.pipe_names
    texts = [TEXT, "Đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy, dự hội nghị.\nTác giả: Mai Anh"]
    first = [[(e.start_char, e.end_char, e.label_, dict(e._.attrs or {})) for e in d.ents] for d in nlp.pipe(texts)]
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert again.pipe_names == nlp.pipe_names
    two = [[(e.start_char, e.end_char, e.label_, dict(e._.attrs or {})) for e in d.ents] for d in again.pipe(texts * 2, n_process=2, batch_size=1)]
    assert two[:2] == first and two[2:] == first
