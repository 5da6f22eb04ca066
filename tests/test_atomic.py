"""Atomic outputs: complete under their final name or absent, with ordinary permissions."""

from __future__ import annotations

import os
import stat

import pytest

from viet_partydocs.atomic import atomic_dir, atomic_file


@pytest.fixture()
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_file_appears_complete_with_the_umask_permissions(tmp_path, umask_022):
    out = tmp_path / "sub" / "out.jsonl"
    with atomic_file(out) as f:
        f.write("một dòng\n")
        assert not out.exists()
    assert out.read_text(encoding="utf-8") == "một dòng\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_failed_file_write_leaves_the_previous_file_and_no_temporary(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("cũ\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_file(out) as f:
            f.write("mới")
            raise RuntimeError("stop")
    assert out.read_text(encoding="utf-8") == "cũ\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_directory_swapped_in_whole_with_the_umask_permissions(tmp_path, umask_022):
    out = tmp_path / "model"
    out.mkdir()
    (out / "old.txt").write_text("cũ", encoding="utf-8")
    with atomic_dir(out) as d:
        (d / "new.txt").write_text("mới", encoding="utf-8")
        assert (out / "old.txt").exists()
    assert sorted(p.name for p in out.iterdir()) == ["new.txt"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o755
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model"]
