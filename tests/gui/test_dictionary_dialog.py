"""The dictionary manager driven through its real widgets, over a real shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from minutes_desk.gui.dictionary_dialog import DictionaryDialog
from minutes_desk.shareddict import CorrectionsDictionary
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _user(tmp_path: Path, name: str) -> CorrectionsDictionary:
    (tmp_path / "share").mkdir(exist_ok=True)
    return CorrectionsDictionary.open(tmp_path / "share", name, tmp_path / name)


def _dialog(qtbot: QtBot, dictionary: CorrectionsDictionary) -> DictionaryDialog:
    dialog = DictionaryDialog(dictionary)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.sync_button.isEnabled()  # syncing in the background as it opens
    qtbot.waitUntil(dialog.sync_button.isEnabled)
    return dialog


def _rows(dialog: DictionaryDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _click(qtbot: QtBot, dialog: DictionaryDialog, name: str) -> None:
    """Click, and wait for the dictionary work it started (in the sync thread) to end."""
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isEnabled()
    with qtbot.waitSignal(dialog.syncer.finished):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    """Type like a user; QTest's key clicks know only ASCII, so å, ä, ö go as key events with text."""
    widget.clear()
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_the_table_shows_everyones_entries_with_author_and_time_and_filters(tmp_path: Path, qtbot: QtBot) -> None:
    anna = _user(tmp_path, "Anna")
    anna.add_word("Gyllestad", note="by i Ulricehamn")
    anna.add_correction("Sodertilje", "Södertälje")
    bo = _user(tmp_path, "Bo")
    bo.mark_wrong("Stenstorp")

    dialog = _dialog(qtbot, bo)
    rows = _rows(dialog)
    assert [r[:5] for r in rows] == [
        ["Godkänt ord", "Gyllestad", "", "Alla", "Anna"],
        ["Rättelse", "Sodertilje", "Södertälje", "Alla", "Anna"],
        ["Fel (bara för mig)", "Stenstorp", "", "Bara mig", "Bo"],
    ]
    assert rows[0][5][:4] == "20" + anna.entries()[0].time[2:4] and rows[0][6] == "by i Ulricehamn"
    assert "Delas via" in dialog.status.text() and "3 poster" in dialog.status.text()

    _type(qtbot, dialog.filter, "söder")
    assert [r[1] for r in _rows(dialog)] == ["Sodertilje"]
    _type(qtbot, dialog.filter, "anna")
    assert [r[1] for r in _rows(dialog)] == ["Gyllestad", "Sodertilje"]
    dialog.filter.clear()
    dialog.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert _rows(dialog)[0][4] == "Bo"


def test_add_word_and_correction_reach_other_users_and_bad_input_is_explained(tmp_path: Path, qtbot: QtBot) -> None:
    anna = _user(tmp_path, "Anna")
    dialog = _dialog(qtbot, anna)
    assert not dialog.save_button.isEnabled() and not dialog.delete_button.isEnabled()

    _type(qtbot, dialog.word, "Gyllestad")
    _type(qtbot, dialog.note, "by")
    with qtbot.waitSignal(dialog.changed):
        _click(qtbot, dialog, "dictionaryAddWord")
    _type(qtbot, dialog.word, "kI")
    _type(qtbot, dialog.right, "kl")
    _click(qtbot, dialog, "dictionaryAddCorrection")
    assert [r[1:3] for r in _rows(dialog)] == [["Gyllestad", ""], ["kI", "kl"]]
    assert "sparad" in dialog.message.text()

    _type(qtbot, dialog.word, "två ord")
    _click(qtbot, dialog, "dictionaryAddWord")
    assert "mellanslag" in dialog.message.text() and len(_rows(dialog)) == 2

    other = _user(tmp_path, "Bo")
    assert other.verdict("Gyllestad") is True and other.correction("kI") == "kl"


def test_edit_and_delete_the_selected_entry(tmp_path: Path, qtbot: QtBot) -> None:
    anna = _user(tmp_path, "Anna")
    anna.add_correction("Sodertilje", "Södertelge")
    anna.add_word("Gyllestadt")
    dialog = _dialog(qtbot, anna)

    dialog.table.selectRow(1)
    assert dialog.word.text() == "Sodertilje" and dialog.right.text() == "Södertelge"
    _type(qtbot, dialog.right, "Södertälje")
    _click(qtbot, dialog, "dictionarySave")
    assert anna.correction("Sodertilje") == "Södertälje"

    dialog.table.selectRow(0)
    assert dialog.word.text() == "Gyllestadt"
    _type(qtbot, dialog.word, "Gyllestad")
    _click(qtbot, dialog, "dictionarySave")
    assert [r[1] for r in _rows(dialog)] == ["Gyllestad", "Sodertilje"]
    assert anna.verdict("Gyllestadt") is None and anna.verdict("Gyllestad") is True

    dialog.table.selectRow(1)
    _click(qtbot, dialog, "dictionaryDelete")
    assert [r[1] for r in _rows(dialog)] == ["Gyllestad"]
    assert _user(tmp_path, "Bo").correction("Sodertilje") is None


def test_offline_the_dialog_says_what_waits_and_sync_sends_it(tmp_path: Path, qtbot: QtBot) -> None:
    anna = _user(tmp_path, "Anna")
    (tmp_path / "share").rename(tmp_path / "away")
    dialog = _dialog(qtbot, anna)
    _type(qtbot, dialog.word, "Gyllestad")
    _click(qtbot, dialog, "dictionaryAddWord")
    assert "1 ändringar väntar" in dialog.status.text()

    (tmp_path / "away").rename(tmp_path / "share")
    _click(qtbot, dialog, "dictionarySync")
    assert dialog.sync_button.isEnabled()
    assert "Delas via" in dialog.status.text()
    assert _user(tmp_path, "Bo").verdict("Gyllestad") is True
