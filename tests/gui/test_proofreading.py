"""Hover, dictionary entries from the context menu, the flags panel's sorting and filter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolTip
from pytestqt.qtbot import QtBot

from minutes_desk.gui.app import create_window, wait_for_checks
from minutes_desk.gui.flagspanel import COUNT, KIND, WORD
from minutes_desk.gui.mainwindow import MainWindow
from minutes_desk.shareddict import CorrectionsDictionary
from tests.conftest import seed_path
from tests.gui.test_window import choose_from_context_menu, first_flag_with_suggestion, point_of


def test_hovering_a_flagged_word_shows_its_suggestions(qtbot: QtBot, seed_window: MainWindow) -> None:
    w = seed_window
    target = first_flag_with_suggestion(w)
    pos = point_of(w, target.start + 1)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, w.text_pane.viewport().mapToGlobal(pos))
    QApplication.sendEvent(w.text_pane.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert target.flag.word in QToolTip.text() and target.flag.best in QToolTip.text()
    # Over an unflagged spot there is no tooltip.
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    plain = QPoint(2, w.text_pane.viewport().height() - 2)
    w.text_pane.flag_at(w.text_pane.cursorForPosition(plain).position())  # must not raise
    assert w.text_pane.tooltip_text(target.flag).startswith(f"<b>{target.flag.word}</b>")


def test_add_word_and_remember_correction_reach_the_dictionary(qtbot: QtBot, seed_window: MainWindow) -> None:
    w = seed_window
    flags = [f for f in w.text_pane.all_flags() if f.flag.best]
    added, corrected = flags[0], next(f for f in flags if f.flag.word != flags[0].flag.word)
    assert choose_from_context_menu(qtbot, w, added.start, "add_word")
    assert added.flag.word not in {f.flag.word for f in w.text_pane.all_flags()}
    target = next(f for f in w.text_pane.all_flags() if f.flag.word == corrected.flag.word)
    assert choose_from_context_menu(qtbot, w, target.start, "remember")
    text = w.session.meeting.text
    assert text[target.start : target.start + len(target.flag.best)] == target.flag.best
    qtbot.waitUntil(lambda: not w.dictionary_sync.busy)  # written in the background
    dictionary = w.service.user_dictionary()
    assert dictionary.verdict(added.flag.word) is True
    assert dictionary.correction(corrected.flag.word) == corrected.flag.best


def test_the_dictionary_dialog_opens_from_the_menu_and_rechecks(qtbot: QtBot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setenv("MINUTES_DESK_SHARED_DIR", str(share))
    # Its own window, whose worker loads the engine with this user's dictionary, as the app does.
    w = create_window()
    qtbot.addWidget(w)
    w.show()
    w.open_file(seed_path("001"))
    assert wait_for_checks(w)
    word = w.text_pane.all_flags()[0].flag.word
    w.actions["dictionary"].trigger()
    dialog = w.findChild(QApplication.activeModalWidget().__class__, "dictionaryDialog") \
        if QApplication.activeModalWidget() else None
    assert dialog is not None and dialog.isVisible()
    dialog.word.setText(word)
    with qtbot.waitSignal(w.dictionary_sync.finished):
        dialog.findChild(QPushButton, "dictionaryAddWord").click()
    assert wait_for_checks(w)
    assert word not in {f.flag.word for f in w.text_pane.all_flags()}
    dialog.close()

    # A colleague accepts another word in the shared folder; "Synka ordlistan" brings it here.
    other = next(f.flag.word for f in w.text_pane.all_flags() if f.flag.word != word)
    CorrectionsDictionary.open(share, "Bo", tmp_path / "bo").add_word(other)
    assert w.service.user_dictionary().verdict(other) is None
    with qtbot.waitSignal(w.dictionary_sync.finished):
        w.actions["sync_dictionary"].trigger()
    assert w.actions["sync_dictionary"].shortcut().toString() == "Ctrl+Shift+D"
    assert wait_for_checks(w)
    assert other not in {f.flag.word for f in w.text_pane.all_flags()}
    w.close()


def test_the_panel_sorts_by_count_and_word_and_filters_by_kind(qtbot: QtBot, seed_window: MainWindow) -> None:
    panel = seed_window.flags_panel
    header = panel.table.horizontalHeader()
    counts = [int(panel.cell(r, COUNT)) for r in range(panel.row_count())]
    assert counts == sorted(counts, reverse=True)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionPosition(WORD) + 5, header.height() // 2))
    words = [panel.cell(r, WORD) for r in range(panel.row_count())]
    assert words in (sorted(words, key=str.casefold), sorted(words, key=str.casefold, reverse=True))
    kinds = {panel.cell(r, KIND) for r in range(panel.row_count())}
    assert len(kinds) >= 2
    panel.kind_filter.setCurrentIndex(1)
    shown = {panel.cell(r, KIND) for r in range(panel.row_count())}
    assert shown == {panel.kind_filter.currentText()} or panel.row_count() == 0
    panel.kind_filter.setCurrentIndex(0)
    assert {panel.cell(r, KIND) for r in range(panel.row_count())} == kinds


def test_text_beyond_the_basic_plane_keeps_offsets_right(qtbot: QtBot, window: MainWindow, tmp_path) -> None:  # noqa: ANN001
    """Qt counts UTF-16 units, the record code points: an emoji before a flag must not shift it."""
    path = tmp_path / "emoji.txt"
    path.write_text("Minnesanteckningar 😀 fran motet\n\n𝔘 Inga 6vriga fragor anmaldes 😀 i dag.\n", "utf-8")
    window.open_file(path)
    assert wait_for_checks(window)
    text = window.session.meeting.text
    flags = window.text_pane.all_flags()
    assert flags
    for f in flags:
        assert text[f.start : f.end] == f.flag.word
    target = next(f for f in flags if f.start > text.index("𝔘") and f.flag.best)
    assert choose_from_context_menu(qtbot, window, target.start, f"apply:{target.flag.best}")
    assert window.text_pane.toPlainText() == window.session.meeting.text
    assert target.flag.best in window.session.meeting.text
    window.text_pane.moveCursor(window.text_pane.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.text_pane, "x")  # QTest aborts on non-ASCII keys
    assert window.text_pane.toPlainText() == window.session.meeting.text
    assert window.session.meeting.text.endswith("x")


def test_characters_qt_shows_differently_are_kept_in_the_record(qtbot: QtBot, window: MainWindow, tmp_path) -> None:  # noqa: ANN001
    """A no-break space is a space and U+2028 a newline in Qt's plain text; the record keeps them."""
    path = tmp_path / "nbsp.txt"
    original = "Plats\u00a0Huddinge kommunhus\u2028Tid kl\u00a008.30\n\nInga 6vriga fragor.\n"
    path.write_text(original, "utf-8")
    window.open_file(path)
    assert wait_for_checks(window)
    window.text_pane.moveCursor(window.text_pane.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.text_pane, "Slut")
    assert window.session.meeting.text == original + "Slut"
    target = next(f for f in window.text_pane.all_flags() if f.flag.word == "6vriga")
    window.apply_flag(target, "övriga")
    assert window.session.meeting.text == original.replace("6vriga", "övriga") + "Slut"
    window.actions["undo"].trigger()
    window.actions["undo"].trigger()
    assert window.session.meeting.text == original
