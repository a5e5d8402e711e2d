"""One lexicon for the whole session: building its cache takes seconds, loading it a fraction."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_desk.proof.engine import Engine
from minutes_desk.proof.lexicon import Lexicon


@pytest.fixture(scope="session")
def session_lexicon(cache_env: Path) -> Lexicon:
    return Lexicon.load(cache_dir=cache_env)


@pytest.fixture
def engine(session_lexicon: Lexicon) -> Engine:
    return Engine(session_lexicon)
