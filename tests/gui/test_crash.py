"""Killing the app mid-edit loses at most the last 2 s of typing, and reopening restores the rest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from minutes_desk import config
from minutes_desk.gui.app import create_window
from minutes_desk.store import Store
from tests.conftest import PROJECT_ROOT, seed_path

DRIVER = Path(__file__).with_name("typing_driver.py")


def test_sigkill_mid_edit_loses_at_most_two_seconds(qtbot: QtBot) -> None:
    seed = seed_path("001")
    original = seed.read_text("utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(PROJECT_ROOT))
    proc = subprocess.Popen([sys.executable, str(DRIVER), str(seed)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    progress: list[tuple[float, int]] = []
    try:
        assert proc.stdout.readline().strip() == "ready"
        while not progress or progress[-1][1] < 80:  # about 4 s of typing
            line = proc.stdout.readline()
            assert line, "the app stopped before it was killed"
            progress.append((time.monotonic(), int(line)))
    finally:
        killed_at = time.monotonic()
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    typed = progress[-1][1]
    safe = max((n for t, n in progress if t <= killed_at - 2.0), default=0)
    assert safe >= 30

    with Store.open() as store:
        (summary,) = store.list_meetings()
        text = store.load(summary.id).text
    kept = len(text) - len(text.rstrip("q"))
    assert text.rstrip("q") == original.rstrip("q")
    assert safe <= kept <= typed

    window = create_window()  # reopening the same file opens the same record, as saved
    qtbot.addWidget(window)
    window.open_file(seed)
    assert window.text_pane.toPlainText() == text


def test_sigterm_closes_the_app_like_closing_its_window() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-m", "minutes_desk", "gui", str(seed_path("002"))],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not config.db_path().exists():
            time.sleep(0.2)
        time.sleep(1.0)  # the window is up and the record open
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0, proc.stderr.read() if proc.stderr else ""
    finally:
        proc.kill()
