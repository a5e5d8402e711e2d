"""GUI fixtures: a real window over a fresh SQLite database, and a screenshot of it on failure."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from minutes_desk.gui.app import create_window, wait_for_checks
from minutes_desk.gui.mainwindow import MainWindow
from minutes_desk.proof.engine import Engine
from tests.conftest import seed_path


OFFSCREEN_NOISE = r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
"""The offscreen platform's notes that it has no window manager (size hints, raising, popups'
keyboard grab); under a real display these do not occur."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here) and "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session")
def engine() -> Engine:
    """The real engine, loaded once for all GUI tests (its cold start is not what they test)."""
    return Engine.load()


@pytest.fixture
def window(qtbot: QtBot, engine: Engine) -> Iterator[MainWindow]:
    win = create_window(engine=engine)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def seed_window(window: MainWindow) -> MainWindow:
    """The window on seed 001 with its first check done."""
    window.open_file(seed_path("001"))
    assert wait_for_checks(window)
    return window


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    win = getattr(item, "funcargs", {}).get("window")
    if report.failed and report.when == "call" and isinstance(win, MainWindow):
        artifacts = Path(item.config._tmp_path_factory.getbasetemp()) / "artifacts"  # type: ignore[attr-defined]
        artifacts.mkdir(parents=True, exist_ok=True)
        out = artifacts / f"{item.name}.png"
        win.grab().save(str(out))
        report.sections.append(("screenshot", str(out)))
