"""Swedish UI by default, English from the committed .ts (built to .qm by the script)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from minutes_desk.gui import i18n
from minutes_desk.gui.app import create_window
from minutes_desk.gui.settings import Settings
from tests.conftest import PROJECT_ROOT

TS = PROJECT_ROOT / "resources" / "i18n" / "minutes_desk_en.ts"
SCRIPT = PROJECT_ROOT / "scripts" / "build_translations.py"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")): m.find("translation")
            for c in root.iter("context") for m in c.iter("message")}


def test_the_committed_ts_is_complete_and_covers_every_string_in_the_sources(tmp_path: Path) -> None:
    committed = messages(TS)
    assert committed
    for key, translation in committed.items():
        assert translation.text and translation.get("type") is None, key
    spec = importlib.util.spec_from_file_location("build_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = tmp_path / "fresh_en.ts"
    sources = sorted(str(p) for p in (PROJECT_ROOT / "minutes_desk" / "gui").glob("*.py"))
    subprocess.run([module.tool("lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    assert set(messages(fresh)) <= set(committed), "run scripts/build_translations.py --update"


def test_english_menus_after_building_the_qm(qtbot: QtBot) -> None:
    subprocess.run([sys.executable, str(SCRIPT)], check=True, capture_output=True)
    app = QCoreApplication.instance()
    translators = i18n.install(app, "en")
    try:
        window = create_window()
        qtbot.addWidget(window)
        titles = [m.title() for m in window.menus.values()]
        assert "&File" in titles and "&Proofreading" in titles
        assert window.actions["undo"].text() == "&Undo"
        assert window.flags_panel.fix_button.text() == "Fix all"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("sv"))
    swedish = create_window()
    qtbot.addWidget(swedish)
    assert swedish.actions["undo"].text() == "Å&ngra"


def test_language_follows_the_system_unless_overridden(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    system = QLocale.system().name().split("_")[0]
    assert settings.language == (system if system in ("sv", "en") else "sv")
    settings.language_override = "en"
    assert Settings(tmp_path / "settings.ini").language == "en"
    settings.language_override = "fi"  # not offered: back to following the system
    assert Settings(tmp_path / "settings.ini").language_override == ""


def test_swedish_menus_name_the_keys_in_swedish(qtbot: QtBot) -> None:
    subprocess.run([sys.executable, str(SCRIPT)], check=True, capture_output=True)
    app = QCoreApplication.instance()
    translators = i18n.install(app, "sv")
    try:
        window = create_window()
        qtbot.addWidget(window)
        shown = {key: window.actions[key].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                 for key in ("accept_flag", "ignore_flag", "previous_flag")}
        assert shown == {"accept_flag": "Retur", "ignore_flag": "Esc", "previous_flag": "Skift+F7"}
    finally:
        for translator in translators:
            app.removeTranslator(translator)
