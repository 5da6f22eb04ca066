"""The scorer on small cases computed by hand."""

from __future__ import annotations

import pytest

from viet_partydocs.scoring import attribute_accuracy, prf, role_scores, span_scores, theme_scores

L = ("ORG", "QUANTITY")


def test_perfect():
    gold = [[(0, 5, "ORG"), (10, 20, "QUANTITY")]]
    s = span_scores(gold, gold, L)
    assert s["exact"]["micro"]["f1"] == 1.0 and s["overlap"]["micro"]["f1"] == 1.0
    assert s["exact"]["ORG"]["tp"] == 1 and s["exact"]["QUANTITY"]["support"] == 1


def test_partial_overlap_counts_only_in_overlap_mode():
    gold = [[(0, 10, "ORG")]]
    pred = [[(0, 8, "ORG")]]
    s = span_scores(gold, pred, L)
    assert s["exact"]["ORG"] == prf(0, 1, 1)
    assert s["overlap"]["ORG"]["precision"] == 1.0 and s["overlap"]["ORG"]["recall"] == 1.0


def test_wrong_label_is_a_false_positive_and_a_false_negative():
    s = span_scores([[(0, 10, "ORG")]], [[(0, 10, "QUANTITY")]], L)
    assert s["exact"]["ORG"]["fn"] == 1 and s["exact"]["QUANTITY"]["fp"] == 1
    assert s["exact"]["micro"]["f1"] == 0.0 and s["overlap"]["micro"]["f1"] == 0.0


def test_empty():
    s = span_scores([[], []], [[], []], L)
    assert s["exact"]["micro"] == prf(0, 0, 0)
    assert s["exact"]["micro"]["f1"] == 0.0


def test_mixed_counts():
    # item 1: gold ORG a,b; pred ORG a, c(overlaps b). item 2: gold Q; pred nothing.
    gold = [[(0, 5, "ORG"), (10, 20, "ORG")], [(3, 9, "QUANTITY")]]
    pred = [[(0, 5, "ORG"), (12, 25, "ORG")], []]
    s = span_scores(gold, pred, L)
    assert (s["exact"]["ORG"]["tp"], s["exact"]["ORG"]["fp"], s["exact"]["ORG"]["fn"]) == (1, 1, 1)
    assert s["exact"]["ORG"]["f1"] == pytest.approx(0.5)
    assert s["exact"]["QUANTITY"]["recall"] == 0.0
    assert s["exact"]["micro"]["precision"] == pytest.approx(1 / 2) and s["exact"]["micro"]["recall"] == pytest.approx(1 / 3)
    assert s["overlap"]["ORG"]["f1"] == 1.0


def test_attribute_accuracy():
    pairs = [
        ({"value": 192.0, "kind": "count"}, {"value": 192.0000001, "kind": "count"}),
        ({"value": 96.7, "kind": "percent"}, {"value": 96.7, "kind": "count"}),
        ({"value": 18.0}, None),
    ]
    acc = attribute_accuracy(pairs, ("value", "kind"))
    assert acc["value"]["accuracy"] == pytest.approx(2 / 3) and acc["value"]["n"] == 3
    assert acc["kind"]["accuracy"] == pytest.approx(1 / 2) and acc["kind"]["n"] == 2
    assert acc["all"]["accuracy"] == pytest.approx(1 / 3)


def test_text_attributes_compare_as_written_up_to_unicode_form_and_spacing():
    import unicodedata

    title = "Trưởng Ban Tổ chức Huyện ủy"
    pairs = [
        ({"title": title}, {"title": unicodedata.normalize("NFD", title)}),  # same characters
        ({"title": title}, {"title": "Trưởng  Ban Tổ chức\u00a0Huyện ủy"}),  # other spacing
        ({"title": title}, {"title": "trưởng Ban Tổ chức Huyện ủy"}),  # not as written
        ({"title": title}, {"title": "Trưởng Ban Tổ chức Huyện uỷ"}),  # other tone placement: not as written
        ({"title": None}, {"title": None}),
    ]
    acc = attribute_accuracy(pairs, ("title",))
    assert acc["title"]["accuracy"] == pytest.approx(3 / 5) and acc["title"]["n"] == 5


def test_roles():
    r = role_scores(["body", "title", "boilerplate", "boilerplate"], ["body", "body", "boilerplate", "title"], ("body", "title", "boilerplate"))
    assert r["accuracy"] == 0.5
    assert r["per_role"]["boilerplate"]["precision"] == 1.0 and r["per_role"]["boilerplate"]["recall"] == 0.5
    assert r["confusion"]["title"] == {"body": 1}


def test_themes_micro_and_macro():
    themes = ("a", "b", "c")
    gold = [["a"], ["a", "b"], []]
    pred = [["a"], ["b", "c"], ["c"]]
    t = theme_scores(gold, pred, themes)
    # a: tp1 fn1 -> f1 2/3 ; b: tp1 -> 1 ; c: fp2 -> 0 ; micro tp2 fp2 fn1
    assert t["per_theme"]["a"]["f1"] == pytest.approx(2 / 3)
    assert t["per_theme"]["b"]["f1"] == 1.0 and t["per_theme"]["c"]["f1"] == 0.0
    assert t["micro_f1"] == pytest.approx(2 * (2 / 4) * (2 / 3) / (2 / 4 + 2 / 3))
    assert t["macro_f1"] == pytest.approx((2 / 3 + 1 + 0) / 3)
