from __future__ import annotations

from pathlib import Path

import pytest

from minutes_desk import config


def test_a_checkout_uses_its_own_data_folders() -> None:
    assert config.dictionaries_dir() == config.PROJECT_ROOT / "dictionaries"
    assert (config.resources_dir() / "schema").is_dir()


def test_an_installed_wheel_uses_the_shared_data_prefix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "PROJECT_ROOT", tmp_path / "site-packages")
    monkeypatch.setattr(config, "_INSTALLED_DATA", tmp_path / "share" / "minutes_desk")
    assert config.dictionaries_dir() == tmp_path / "share" / "minutes_desk" / "dictionaries"


def test_environment_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTES_DESK_DB", str(tmp_path / "x.sqlite"))
    monkeypatch.setenv("MINUTES_DESK_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("MINUTES_DESK_SHARED_DIR", str(tmp_path / "delat"))
    assert config.db_path() == tmp_path / "x.sqlite"
    assert config.cache_dir() == tmp_path / "c"
    assert config.shared_dir() == tmp_path / "delat"
    assert config.user_name() == "testanvändare"
