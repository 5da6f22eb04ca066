"""setup.cfg lists every package, so a built wheel has all the code and the shipped models."""

from __future__ import annotations

import configparser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_in_setup_cfg():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    listed = {p.strip() for p in cfg["options"]["packages"].split() if p.strip()}
    found = {
        ".".join(d.relative_to(ROOT).parts)
        for d in (ROOT / "viet_partydocs").rglob("*")
        if d.is_dir() and d.name != "__pycache__" and any(d.glob("*.py"))
    } | {"viet_partydocs"}
    assert found <= listed, f"add to setup.cfg [options] packages: {sorted(found - listed)}"
    assert "viet_partydocs.models" in listed and "models" in cfg["options"]["package_dir"]


def test_entry_points_name_existing_factories():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    import importlib

    for line in cfg["options.entry_points"]["spacy_factories"].strip().splitlines():
        name, target = (x.strip() for x in line.split("="))
        module, func = target.split(":")
        assert callable(getattr(importlib.import_module(module), func)), line
