"""A store on the test's own database file (the autouse fixture points MINUTES_DESK_DB at a tmp dir)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from minutes_desk.store import Store


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open() as opened:
        yield opened

