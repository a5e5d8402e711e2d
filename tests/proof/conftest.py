"""One lexicon cache for the whole session: building it takes seconds, loading it a fraction."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from minutes_desk import config
from minutes_desk.proof.engine import Engine
from minutes_desk.proof.lexicon import Lexicon


@pytest.fixture(scope="session")
def lexicon_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    cache = tmp_path_factory.mktemp("lexicon-cache")
    Lexicon.load(cache_dir=cache)
    return cache


@pytest.fixture(autouse=True)
def shared_lexicon_cache(lexicon_cache: Path, user_env: Path) -> None:
    """Every test has its own cache dir (conftest.user_env); link the session's built lexicon into it."""
    target = config.cache_dir()
    target.mkdir(parents=True, exist_ok=True)
    for built in lexicon_cache.glob("lexicon-*.bin"):
        link = target / built.name
        if not link.exists():
            os.symlink(built, link)


@pytest.fixture(scope="session")
def session_lexicon(lexicon_cache: Path) -> Lexicon:
    return Lexicon.load(cache_dir=lexicon_cache)


@pytest.fixture
def engine(session_lexicon: Lexicon) -> Engine:
    return Engine(session_lexicon)
