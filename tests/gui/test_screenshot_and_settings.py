"""`minutes-desk gui FILE --screenshot`, and the settings in their one place."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from minutes_desk import config
from minutes_desk.gui.mainwindow import MainWindow
from minutes_desk.gui.settings import Settings
from minutes_desk.store import Store
from tests.conftest import seed_path


def test_screenshot_command_writes_a_full_window_png_and_exits(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "minutes_desk", "gui", str(seed_path("001")),
                             "--screenshot", str(out)], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1280 and image.height() >= 800
    # Not a blank grab: the text pane and the form are drawn (many distinct colours).
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50
    with Store.open() as store:
        assert len(store.list_meetings()) == 1


def test_screenshot_of_a_missing_file_is_one_error_line(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "minutes_desk", "gui", str(tmp_path / "saknas.txt"),
                             "--screenshot", str(tmp_path / "x.png")], env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("minutes-desk: fel:") and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not (tmp_path / "x.png").exists()


def test_settings_defaults_environment_and_stored_values(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    settings = Settings(tmp_path / "s.ini")
    assert settings.db_path == config.db_path()  # the environment (the test's own database) wins
    assert settings.user_name == "testanvändare"
    monkeypatch.delenv("MINUTES_DESK_DB")
    monkeypatch.delenv("MINUTES_DESK_USER")
    settings.db_path = tmp_path / "annan.sqlite"
    settings.user_name = "  Helene Olofsson "
    settings.shared_dir = tmp_path / "delad"
    again = Settings(tmp_path / "s.ini")
    assert again.db_path == tmp_path / "annan.sqlite"
    assert again.user_name == "Helene Olofsson"
    assert again.shared_dir == tmp_path / "delad"
    again.shared_dir = None
    assert Settings(tmp_path / "s.ini").shared_dir is None


def test_the_settings_dialog_stores_what_is_typed(qtbot: QtBot, window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.delenv("MINUTES_DESK_USER")
    dialog = window.open_settings()
    dialog.user_name.setText("Camilla Broo")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert window.settings.user_name == "Camilla Broo"
    assert Settings(window.settings.path).language == "en"
