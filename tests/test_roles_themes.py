"""The role and theme classifiers (viet_partydocs.classify) and the vpd_roles_themes component.

The training corpus here is small and written for these tests (news pages in the style of
provincial sites: chrome, a headline, article paragraphs about three themes, a byline, related
news, a footer), so the models train in seconds; the real scores are measured by
``viet-partydocs evaluate`` on the annotated corpus.
"""

from __future__ import annotations

import json
import shutil
import warnings
import zipfile
from pathlib import Path

import numpy as np
import pytest
import spacy

from viet_partydocs import THEMES, create_pipeline
from viet_partydocs.classify import models as models_mod
from viet_partydocs.classify.features import inputs_from_texts
from viet_partydocs.classify.models import RolesThemesModels, load_models, save_models
from viet_partydocs.classify.train import train_models
from viet_partydocs.corpus.validate import Unit
from viet_partydocs.errors import ModelError

SENTENCES = {
    "membership_growth": [
        "Năm nay, Đảng bộ phường kết nạp 18 đảng viên mới, phần lớn là đoàn viên ưu tú trưởng thành từ phong trào thanh niên.",
        "Chi bộ thôn Bắc chú trọng tạo nguồn phát triển đảng viên, giới thiệu quần chúng ưu tú đi học lớp nhận thức về Đảng.",
        "Lễ kết nạp đảng viên mới được tổ chức trang trọng tại nhà văn hóa thôn với sự chứng kiến của nhiều người dân.",
        "Huyện ủy yêu cầu các chi bộ rà soát, sàng lọc đảng viên, đưa ra khỏi Đảng những người không còn đủ tư cách.",
    ],
    "inspection_discipline": [
        "Ủy ban Kiểm tra Thị ủy đã kiểm tra 6 tổ chức đảng khi thấy dấu hiệu vi phạm về quản lý đất đai.",
        "Qua giám sát, cấp ủy quyết định thi hành kỷ luật khiển trách hai đảng viên vi phạm quy định của Đảng.",
        "Đoàn kiểm tra đề nghị tập thể Đảng ủy xã kiểm điểm nghiêm túc, sửa chữa ngay các khuyết điểm đã chỉ ra.",
        "Năm qua, Ủy ban Kiểm tra các cấp đã giải quyết dứt điểm 4 đơn tố cáo đối với đảng viên.",
    ],
    "socioeconomic": [
        "Tổng giá trị sản xuất nông nghiệp của xã tăng 8%, thu nhập bình quân đạt 45 triệu đồng mỗi người một năm.",
        "Huyện đã huy động hơn 60 tỷ đồng làm đường giao thông nông thôn và xây mới ba trường học.",
        "Nhờ chuyển đổi cơ cấu cây trồng, tỷ lệ hộ nghèo của xã giảm từ 12% xuống còn 7%.",
        "Nhiều doanh nghiệp đầu tư vào cụm công nghiệp, tạo việc làm cho hàng nghìn lao động địa phương.",
    ],
}
TITLES = {
    "membership_growth": ["Phường Đông Hải kết nạp 18 đảng viên mới", "Chú trọng tạo nguồn phát triển đảng viên"],
    "inspection_discipline": ["Thị ủy tăng cường kiểm tra, giám sát", "Kỷ luật khiển trách hai đảng viên vi phạm"],
    "socioeconomic": ["Xã Tân Phú giảm nghèo nhanh", "Kinh tế nông thôn khởi sắc"],
}
HEADER = ["Trang chủ > Tin tức > Xây dựng Đảng", "Đăng nhập | Đăng ký", "Thời sự", "Tìm kiếm"]
STAMPS = ["Cập nhật: 12/04/2023 09:15 GMT+7", "2022-11-03 07:45:00", "Thứ Sáu, 05/05/2023 - 14:20", "(21/08/2021 3:12:09 CH)"]
BYLINES = ["Minh Châu", "HỒNG NHUNG", "Bài và ảnh: Quốc Việt", "Thanh Tâm (TTXVN)"]
TEASERS = [
    "Xã Hòa Bình ra quân làm đường giao thông (12/03/2023 8:10:22 SA)",
    "Hội nghị Ban Chấp hành Đảng bộ thị xã lần thứ 9 (02/02/2023 3:40:05 CH)",
    "Trao tặng Huy hiệu Đảng đợt 3/2 (01/02/2023 9:00:12 SA)",
    "Tập huấn nghiệp vụ kiểm tra cho cán bộ cơ sở (28/01/2023 10:22:31 SA)",
]
FOOTER = [
    "Bản quyền © Báo Đông Hải",
    "Điện thoại: 0236.3821.456 - Fax: 0236.3821.457",
    "Email: bbt@baodonghai.vn",
    "Giấy phép số 88/GP-BTTTT cấp ngày 10/6/2019",
    "Lượt truy cập: 1.204.556",
]


def _page(k: int) -> list[tuple[str, str, list[str]]]:
    """Page ``k``: (text, role, themes) of every paragraph."""
    themes = list(SENTENCES)
    main, other = themes[k % 3], themes[(k + 1) % 3]
    s, o = SENTENCES[main], SENTENCES[other]
    j = k // 3
    paras = [
        (HEADER[k % 4], "boilerplate", []),
        (TITLES[main][j % 2], "title", [main]),
        (STAMPS[k % 4], "boilerplate", []),
        (f"{s[j % 4]} {s[(j + 1) % 4]}", "body", [main]),
        (f"{s[(j + 2) % 4]} {o[j % 4]}", "body", sorted([main, other], key=THEMES.index)),
        (f"{s[(j + 3) % 4]} {o[(j + 1) % 4]}", "body", sorted([main, other], key=THEMES.index)),
        (BYLINES[k % 4], "boilerplate", []),
        ("Tin liên quan", "boilerplate", []),
        (TEASERS[k % 4], "boilerplate", []),
        (TEASERS[(k + 1) % 4], "boilerplate", []),
        (FOOTER[k % 5], "boilerplate", []),
        (FOOTER[(k + 2) % 5], "boilerplate", []),
    ]
    return paras


def _units(pages: range) -> list[Unit]:
    out = []
    for k in pages:
        for i, (text, role, themes) in enumerate(_page(k)):
            out.append(Unit(f"page-{k}/{i}", f"page-{k}", text, role, list(themes)))
    return out


@pytest.fixture(scope="module")
def trained() -> RolesThemesModels:
    models, card = train_models(_units(range(9)), _units(range(9, 11)), seed=7, role_family="logreg", theme_family="logreg")
    assert card["models"]["roles"]["family"] == "logreg"
    assert card["training_data"]["train_units"] == 9 * 12
    return models


@pytest.fixture(scope="module")
def model_dir(trained: RolesThemesModels, tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("roles_themes")
    save_models(trained, d)
    return d


@pytest.fixture(scope="module")
def nlp(model_dir: Path):
    nlp = create_pipeline(["vpd_paragraphs", "vpd_roles_themes"])
    nlp.get_pipe("vpd_roles_themes").from_disk(model_dir)
    return nlp


PAGE = "\n".join(
    [
        "Trang chủ > Tin tức > Xây dựng Đảng",
        "Thị xã Đông Hải kết nạp đảng viên mới",
        "Cập nhật: 14/05/2023 08:05 GMT+7",
        "Tháng này, Đảng bộ thị xã kết nạp 25 đảng viên mới, phần lớn là đoàn viên ưu tú. Các chi bộ chú trọng tạo nguồn phát triển đảng viên từ thanh niên.",
        "Qua giám sát, Ủy ban Kiểm tra Thị ủy đã thi hành kỷ luật khiển trách một đảng viên vi phạm quy định của Đảng.",
        "Minh Châu",
        "Tin liên quan",
        "Xã Hòa Bình ra quân làm đường giao thông (12/03/2023 8:10:22 SA)",
        "Email: bbt@baodonghai.vn",
    ]
)
EXPECTED_ROLES = ["boilerplate", "title", "boilerplate", "body", "body", "boilerplate", "boilerplate", "boilerplate", "boilerplate"]


def _predict(models: RolesThemesModels, texts: list[str]):
    return models.predict(inputs_from_texts(texts))


def test_small_corpus_trains_a_working_model(trained: RolesThemesModels) -> None:
    roles, scores, chosen = _predict(trained, PAGE.split("\n"))
    assert roles == EXPECTED_ROLES
    assert scores.shape == (9, len(THEMES)) and np.all((scores >= 0) & (scores <= 1))
    themes = [[THEMES[j] for j in np.flatnonzero(row)] for row in chosen]
    assert "membership_growth" in themes[3]
    assert "inspection_discipline" in themes[4]
    assert all(not themes[i] for i, r in enumerate(roles) if r == "boilerplate")
    assert trained.themes.thresholds_.shape == (len(THEMES),)


def test_same_data_and_seed_give_the_same_predictions(trained: RolesThemesModels) -> None:
    again, _ = train_models(_units(range(9)), seed=7, role_family="logreg", theme_family="logreg")
    texts = PAGE.split("\n")
    a, b = _predict(trained, texts), _predict(again, texts)
    assert a[0] == b[0]
    assert np.array_equal(a[1], b[1])
    assert np.array_equal(trained.themes.thresholds_, again.themes.thresholds_)


def test_refit_on_dev_learns_from_train_and_dev_but_keeps_the_train_only_dev_scores(trained: RolesThemesModels) -> None:
    train, dev = _units(range(9)), _units(range(9, 11))
    refit, card = train_models(train, dev, seed=7, role_family="logreg", theme_family="logreg", refit_on_dev=True)
    assert card["training_data"]["fitted_on"] == "train + dev"
    assert card["dev_scores"] == trained.card["dev_scores"]  # scored before the refit
    assert card["training_data"]["data_sha256"] != trained.card["training_data"]["data_sha256"]
    # the same as fitting on train + dev from the start
    direct, _ = train_models(train + dev, seed=7, role_family="logreg", theme_family="logreg")
    texts = PAGE.split("\n")
    a, b = _predict(refit, texts), _predict(direct, texts)
    assert a[0] == b[0] and np.allclose(a[1], b[1]) and np.array_equal(a[2], b[2])
    assert trained.card["training_data"]["fitted_on"] == "train"


def test_save_then_load_gives_identical_predictions(trained: RolesThemesModels, model_dir: Path) -> None:
    loaded = load_models(model_dir)
    texts = PAGE.split("\n")
    a, b = _predict(trained, texts), _predict(loaded, texts)
    assert a[0] == b[0]
    assert np.array_equal(a[1], b[1]) and np.array_equal(a[2], b[2])
    card = json.loads((model_dir / "model_card.json").read_text(encoding="utf-8"))
    assert card["feature_set"] == models_mod.FEATURE_SET
    assert len(card["training_data"]["train_ids"]) == 9 * 12 and len(card["training_data"]["data_sha256"]) == 64
    assert card["versions"]["scikit-learn"] and set(card["thresholds"]) == set(THEMES)
    assert "dev_scores" in card and "role_accuracy" in card["dev_scores"]["summary"]
    assert (model_dir / "model_card.md").read_text(encoding="utf-8").startswith("# Model card")


def _rewrite_meta(src: Path, dst: Path, **changes) -> None:
    """Copy a .skops file, changing its viet_partydocs.json metadata."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == models_mod.META_MEMBER:
                meta = json.loads(data)
                for k, v in changes.items():
                    if k == "versions":
                        meta["versions"].update(v)
                    else:
                        meta[k] = v
                data = json.dumps(meta).encode("utf-8")
            zout.writestr(item, data)


def _copy_without_card(model_dir: Path, dst: Path) -> None:
    dst.mkdir()
    for name in ("roles.skops", "themes.skops"):
        (dst / name).write_bytes((model_dir / name).read_bytes())


def test_model_file_of_another_feature_set_is_refused(model_dir: Path, tmp_path: Path) -> None:
    d = tmp_path / "other_features"
    _copy_without_card(model_dir, d)
    _rewrite_meta(model_dir / "themes.skops", d / "themes.skops", feature_set="vpd-roles-themes-features/0")
    with pytest.raises(ModelError, match=r"themes\.skops was trained with feature set 'vpd-roles-themes-features/0'.*train_themes\.py"):
        load_models(d)


def test_model_file_of_another_library_version_is_refused(model_dir: Path, tmp_path: Path) -> None:
    d = tmp_path / "old_sklearn"
    _copy_without_card(model_dir, d)
    _rewrite_meta(model_dir / "roles.skops", d / "roles.skops", versions={"scikit-learn": "0.24.2"})
    with pytest.raises(ModelError, match=r"roles\.skops was saved with scikit-learn 0\.24\.2, this environment has scikit-learn"):
        load_models(d)


def test_changed_model_file_is_refused(model_dir: Path, tmp_path: Path) -> None:
    d = tmp_path / "changed"
    _copy_without_card(model_dir, d)
    (d / "model_card.json").write_text((model_dir / "model_card.json").read_text(encoding="utf-8"), encoding="utf-8")
    _rewrite_meta(model_dir / "roles.skops", d / "roles.skops", versions={"python": "3.0.0"})
    with pytest.raises(ModelError, match="sha256 mismatch"):
        load_models(d)


class Payload:
    """A type no model file may hold."""

    def __init__(self) -> None:
        self.command = "echo hello"


def test_untrusted_type_in_a_model_file_is_refused(tmp_path: Path) -> None:
    d = tmp_path / "untrusted"
    d.mkdir()
    models_mod._dump(Payload(), d / "roles.skops", "roles")
    models_mod._dump(Payload(), d / "themes.skops", "themes")
    with pytest.raises(ModelError, match=r"outside the trusted list, refusing to load it: .*Payload"):
        load_models(d)


def test_missing_model_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no roles/themes models here.*train_themes"):
        load_models(tmp_path)


def test_component_sets_roles_themes_and_cats(nlp) -> None:
    doc = nlp(PAGE)
    paragraphs = list(doc.spans["paragraphs"])
    assert [p._.role for p in paragraphs] == EXPECTED_ROLES
    for p in paragraphs:
        if p._.role == "boilerplate":
            assert p._.themes == [] and p._.theme_scores == {}
        else:
            assert set(p._.theme_scores) == set(THEMES)
            assert all(p._.theme_scores[t] >= 0.0 for t in p._.themes)
    assert "membership_growth" in paragraphs[3]._.themes
    # doc.cats: the length-weighted mean over body and title paragraphs
    assert set(doc.cats) == set(THEMES)
    kept = [p for p in paragraphs if p._.role != "boilerplate"]
    weights = np.array([len([t for t in p if not t.is_space]) for p in kept], dtype=float)
    for t in THEMES:
        expected = float(weights @ np.array([p._.theme_scores[t] for p in kept]) / weights.sum())
        assert doc.cats[t] == pytest.approx(expected, abs=2e-4)
    assert max(doc.cats, key=doc.cats.get) in ("membership_growth", "inspection_discipline")


def test_nlp_pipe_matches_single_calls(nlp) -> None:
    texts = [PAGE, "Trang chủ\nKinh tế nông thôn khởi sắc\nNhờ chuyển đổi cơ cấu cây trồng, thu nhập của người dân tăng nhanh.", "", "Tin liên quan"]
    one = [nlp(t) for t in texts]
    many = list(nlp.pipe(texts, batch_size=3))
    for a, b in zip(one, many):
        pa, pb = list(a.spans["paragraphs"]), list(b.spans["paragraphs"])
        assert [p._.role for p in pa] == [p._.role for p in pb]
        assert [p._.themes for p in pa] == [p._.themes for p in pb]
        assert [p._.theme_scores for p in pa] == [p._.theme_scores for p in pb]
        assert a.cats == b.cats
    assert many[2].cats == {t: 0.0 for t in THEMES}


def test_pipeline_round_trips_through_disk_and_bytes(nlp, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipe")
    assert (tmp_path / "pipe" / "vpd_roles_themes" / "roles.skops").exists()
    loaded = spacy.load(tmp_path / "pipe")
    a, b = nlp(PAGE), loaded(PAGE)
    assert [(p._.role, p._.theme_scores) for p in a.spans["paragraphs"]] == [(p._.role, p._.theme_scores) for p in b.spans["paragraphs"]]
    assert a.cats == b.cats
    other = create_pipeline(["vpd_paragraphs", "vpd_roles_themes"])
    other.from_bytes(nlp.to_bytes())
    c = other(PAGE)
    assert [p._.role for p in c.spans["paragraphs"]] == EXPECTED_ROLES and c.cats == a.cats


def test_untrained_component_warns_and_does_nothing() -> None:
    nlp = create_pipeline(["vpd_paragraphs", "vpd_roles_themes"])
    with pytest.warns(UserWarning, match="no trained models"):
        doc = nlp(PAGE)
    assert all(p._.role is None for p in doc.spans["paragraphs"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nlp(PAGE)  # warned once per component


def test_untrained_component_can_be_made_strict(tmp_path: Path) -> None:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "viet_partydocs.Tokenizer.v1"}}})
    nlp.add_pipe("vpd_paragraphs")
    nlp.add_pipe("vpd_roles_themes", config={"on_missing": "raise"})
    with pytest.raises(ModelError, match="no trained models.*train_themes"):
        nlp(PAGE)
    nlp.to_disk(tmp_path / "untrained")  # saving an untrained pipeline works, and loads untrained
    loaded = spacy.load(tmp_path / "untrained")
    assert not loaded.get_pipe("vpd_roles_themes").is_trained


def test_pipeline_saved_without_models_still_loads(tmp_path: Path) -> None:
    from viet_partydocs.components.roles_themes import RoleThemeClassifier

    component = RoleThemeClassifier().from_disk(tmp_path / "never_written")
    assert not component.is_trained


@pytest.mark.parametrize("n_docs", [1, 2, 3, 4])
def test_training_works_on_one_to_four_documents(n_docs: int) -> None:
    logged: list[str] = []
    models, card = train_models(_units(range(n_docs)), _units(range(9, 10)), seed=3, log=logged.append)
    if n_docs == 1:  # nothing to cross-validate on: the default families, no comparison
        assert card["selection"] == {"roles": {}, "themes": {}}
        assert card["models"]["roles"]["family"] == "logreg" and card["models"]["themes"]["family"] == "logreg"
        assert any("too few to compare" in line for line in logged)
    else:  # compared with one fold per document
        assert "logreg" in card["selection"]["roles"] and "logreg" in card["selection"]["themes"]
    roles, scores, chosen = _predict(models, PAGE.split("\n"))
    assert len(roles) == 9 and set(roles) <= {"body", "title", "boilerplate"}
    assert scores.shape == chosen.shape == (9, len(THEMES))
    assert card["training_data"]["train_documents"] == n_docs


def test_training_on_a_single_role_says_so() -> None:
    units = [Unit(f"d/{i}", "d", text, "body", []) for i, text in enumerate(SENTENCES["socioeconomic"])]
    with pytest.raises(ValueError, match="at least two roles"):
        train_models(units, role_family="logreg", theme_family="logreg")


def test_untrained_component_saved_over_trained_models_stays_untrained(trained: RolesThemesModels, model_dir: Path, tmp_path: Path) -> None:
    from viet_partydocs.components.roles_themes import RoleThemeClassifier

    folder = tmp_path / "vpd_roles_themes"
    shutil.copytree(model_dir, folder)  # what a trained save left
    RoleThemeClassifier().to_disk(folder)  # an untrained save into the same folder
    assert json.loads((folder / "cfg").read_text(encoding="utf-8"))["trained"] is False
    assert not any((folder / name).exists() for name in ("roles.skops", "themes.skops", "model_card.json", "model_card.md"))
    assert not RoleThemeClassifier().from_disk(folder).is_trained
    # cfg wins even over model files put back beside it
    for name in ("roles.skops", "themes.skops"):
        shutil.copy(model_dir / name, folder / name)
    assert not RoleThemeClassifier().from_disk(folder).is_trained
    # and a trained save makes the folder trained again
    RoleThemeClassifier().set_models(trained).to_disk(folder)
    assert RoleThemeClassifier().from_disk(folder).is_trained


def test_untrained_pipeline_saved_over_a_trained_one_loads_untrained(nlp, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipe")
    untrained = create_pipeline(["vpd_paragraphs", "vpd_roles_themes"])
    untrained.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert not loaded.get_pipe("vpd_roles_themes").is_trained
