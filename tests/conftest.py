"""Fixtures every test area shares: the seeds in ../shared and a fresh user environment per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = PROJECT_ROOT.parent / "shared"
SEEDS_DIR = SHARED_DIR / "seeds"


def seed_path(prefix: str) -> Path:
    """The seed whose file name starts with ``prefix`` ("000" … "004")."""
    (path,) = SEEDS_DIR.glob(f"{prefix}_*.txt")
    return path


@pytest.fixture
def shared_dir() -> Path:
    return SHARED_DIR


@pytest.fixture(scope="session", autouse=True)
def cache_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One engine cache for the whole run, built once, never in the developer's own cache directory."""
    path = tmp_path_factory.mktemp("cache")
    os.environ["MINUTES_DESK_CACHE_DIR"] = str(path)  # session-wide; subprocesses inherit it
    return path


@pytest.fixture(autouse=True)
def user_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own database, data directory and user, never the developer's own."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("MINUTES_DESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("MINUTES_DESK_DB", str(home / "data" / "minutes.sqlite"))
    monkeypatch.setenv("MINUTES_DESK_USER", "testanvändare")
    monkeypatch.delenv("MINUTES_DESK_SHARED_DIR", raising=False)
    return home
