"""The main window driven like a user: keys, clicks, context menus, dialogs; real SQLite."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from minutes_desk import editing
from minutes_desk.gui.app import wait_for_checks
from minutes_desk.gui.mainwindow import MainWindow
from minutes_desk.gui.positions import to_qt
from minutes_desk.gui.textpane import DocFlag
from minutes_desk.model import Status
from minutes_desk.store import Store


def point_of(window: MainWindow, position: int) -> QPoint:
    """Where the character at record offset ``position`` is drawn in the text pane."""
    pane = window.text_pane
    cursor = QTextCursor(pane.document())
    cursor.setPosition(to_qt(window.session.meeting.text, position))
    pane.setTextCursor(cursor)
    pane.ensureCursorVisible()
    rect = pane.cursorRect(cursor)
    return QPoint(rect.x() + 3, rect.center().y())


def choose_from_context_menu(qtbot: QtBot, window: MainWindow, position: int, action_name: str) -> list[str]:
    """Right-click at ``position`` in the text and pick the entry named ``action_name``."""
    chosen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = menu.findChild(QAction, action_name)
        if action is not None:
            chosen.append(action.text())
            action.trigger()
        menu.close()

    QTimer.singleShot(100, pick)
    pane = window.text_pane
    pos = point_of(window, position + 1)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, pane.viewport().mapToGlobal(pos))
    QApplication.sendEvent(pane.viewport(), event)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    return chosen


def first_flag_with_suggestion(window: MainWindow) -> DocFlag:
    return next(f for f in window.text_pane.all_flags() if f.flag.best)


def stored(window: MainWindow):  # noqa: ANN201 - the stored Meeting
    window.session.save()
    with Store.open(window.service.db_path) as store:
        return store.load(window.session.meeting_id)


def test_opening_a_seed_shows_its_text_flags_and_a_grouped_panel(seed_window: MainWindow) -> None:
    w = seed_window
    assert w.text_pane.toPlainText() == w.session.meeting.text
    flags = w.text_pane.all_flags()
    assert flags, "the seed's OCR damage must be flagged"
    for f in flags:
        assert w.session.meeting.text[f.start : f.end] == f.flag.word
    panel = w.flags_panel
    assert panel.row_count() == len({f.flag.word for f in flags})
    counts = [int(panel.cell(r, 1)) for r in range(panel.row_count())]
    assert sum(counts) == len(flags) and counts == sorted(counts, reverse=True)
    # The agenda is the form's first tab, its count on the tab; the meeting's fields are above it.
    assert w.form.tabs.tabText(0) == f"&Dagordning ({len(w.session.meeting.items)})"
    assert w.form.items.isVisible() and w.form.edits[("date",)].isVisible()
    block = w.text_pane.document().findBlock(flags[0].start)
    assert any(r.format.underlineStyle() != r.format.underlineStyle().NoUnderline
               for r in block.layout().formats())


def test_fix_a_word_from_the_context_menu_and_undo_it(qtbot: QtBot, seed_window: MainWindow) -> None:
    w = seed_window
    target = first_flag_with_suggestion(w)
    best = target.flag.best
    before = w.session.meeting.text
    chosen = choose_from_context_menu(qtbot, w, target.start, f"apply:{best}")
    assert chosen == [best]
    text = w.session.meeting.text
    assert text[target.start : target.start + len(best)] == best
    assert w.text_pane.toPlainText() == text
    qtbot.keyClick(w.text_pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.session.meeting.text == before == w.text_pane.toPlainText()
    assert stored(w).text == before


def test_fix_all_occurrences_from_the_panel(qtbot: QtBot, seed_window: MainWindow) -> None:
    w = seed_window
    panel = w.flags_panel
    row = next(r for r in range(panel.row_count()) if int(panel.cell(r, 1)) >= 2)
    word, replacement = panel.cell(row, 0), panel.cell(row, 3)
    flagged = int(panel.cell(row, 1))
    occurrences = len(editing.occurrences(w.session.meeting.text, word))
    panel.table.scrollTo(panel.model.index(row, 0))
    rect = panel.table.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.text_pane.textCursor().selectedText() == word
    qtbot.mouseClick(w.flags_panel.fix_button, Qt.MouseButton.LeftButton)
    text = w.session.meeting.text
    assert len(editing.occurrences(text, word)) == occurrences - flagged  # the flagged ones only
    assert replacement in text and w.text_pane.toPlainText() == text
    qtbot.waitUntil(lambda: w.flags_panel.row_of(word) == -1)
    saved = stored(w)
    assert saved.text == text
    with Store.open(w.service.db_path) as store:
        logged = store.corrections(w.session.meeting_id)
    assert len(logged) == flagged and all(c.old == word and c.new == replacement for c in logged)
    assert {c.who for c in logged} == {w.service.user_name}  # logged in the save, by this user


def test_keyboard_f7_enter_and_escape(qtbot: QtBot, seed_window: MainWindow) -> None:
    w = seed_window
    w.text_pane.setFocus()
    w.text_pane.moveCursor(QTextCursor.MoveOperation.Start)
    flags = w.text_pane.all_flags()
    qtbot.keyClick(w.text_pane, Qt.Key.Key_F7)
    assert w.text_pane.current_flag() == flags[0]
    qtbot.keyClick(w.text_pane, Qt.Key.Key_F7)
    assert w.text_pane.current_flag() == flags[1]
    qtbot.keyClick(w.text_pane, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert w.text_pane.current_flag() == flags[0]
    # Esc ignores the word everywhere in this record and moves on.
    ignored = flags[0].flag.word
    qtbot.keyClick(w.text_pane, Qt.Key.Key_Escape)
    assert ignored not in {f.flag.word for f in w.text_pane.all_flags()}
    current = w.text_pane.current_flag()
    assert current is not None and current.flag.word != ignored
    # Enter accepts the best suggestion (no newline is typed) and moves on.
    lines = w.session.meeting.text.count("\n")
    if current.flag.best:
        qtbot.keyClick(w.text_pane, Qt.Key.Key_Return)
        text = w.session.meeting.text
        assert text[current.start : current.start + len(current.flag.best)] == current.flag.best
        assert text.count("\n") == lines
    # Without a flag selected, Enter is a newline as usual.
    cursor = w.text_pane.textCursor()
    cursor.clearSelection()
    w.text_pane.setTextCursor(cursor)
    qtbot.keyClick(w.text_pane, Qt.Key.Key_Return)
    assert w.session.meeting.text.count("\n") == lines + 1

    # The ignored word stays ignored when the record is opened again.
    w.show_library()
    w.open_record(w.session.meeting_id)
    assert wait_for_checks(w)
    assert ignored in w.ignored and ignored not in {f.flag.word for f in w.text_pane.all_flags()}


def test_typing_in_the_source_of_a_value_updates_the_form(qtbot: QtBot, seed_window: MainWindow) -> None:
    w = seed_window
    text = w.session.meeting.text
    start = text.index("Huddinge kommunhus")
    w.text_pane.select_range(start, start + len("Huddinge kommunhus"))
    w.actions["use_as_place"].trigger()
    assert w.session.meeting.place == "Huddinge kommunhus"
    assert w.form.edits[("place",)].text() == "Huddinge kommunhus"
    cursor = w.text_pane.textCursor()
    cursor.setPosition(start + len("Huddinge"))
    w.text_pane.setTextCursor(cursor)
    qtbot.keyClicks(w.text_pane, "s")
    assert w.session.meeting.place == "Huddinges kommunhus"
    assert w.form.edits[("place",)].text() == "Huddinges kommunhus"
    # Selecting the form value marks its source in the text.
    w.form.edits[("place",)].setFocus()
    qtbot.waitUntil(lambda: bool(w.text_pane.extraSelections()))
    marks = w.text_pane.extraSelections()
    assert marks[0].cursor.selectedText() == "Huddinges kommunhus"
    qtbot.keyClick(w.text_pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.session.meeting.place == "Huddinge kommunhus"


def test_edit_a_participant_then_undo(qtbot: QtBot, seed_window: MainWindow) -> None:
    w = seed_window
    table = w.form.tables["attendees"]
    before = [p.name for p in w.session.meeting.attendees]
    qtbot.mouseClick(table.buttons["add"], Qt.MouseButton.LeftButton)
    row = len(before)
    assert table.table.rowCount() == row + 1
    item = table.table.item(row, 0)
    table.table.scrollToItem(item)
    table.table.setCurrentItem(item)
    table.table.editItem(item)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Anna Andersson")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: w.session.meeting.attendees[-1].name == "Anna Andersson")
    assert [p.name for p in w.session.meeting.attendees] == [*before, "Anna Andersson"]
    assert stored(w).attendees[-1].name == "Anna Andersson"
    w.actions["undo"].trigger()
    assert w.session.meeting.attendees[-1].name != "Anna Andersson"
    w.actions["undo"].trigger()
    assert [p.name for p in w.session.meeting.attendees] == before
    assert table.table.rowCount() == len(before)
    w.actions["redo"].trigger()
    assert len(w.session.meeting.attendees) == len(before) + 1
    names = [p.name for p in w.session.meeting.attendees]
    table.table.setCurrentCell(1, 0)
    qtbot.mouseClick(table.buttons["up"], Qt.MouseButton.LeftButton)
    assert [p.name for p in w.session.meeting.attendees][:2] == [names[1], names[0]]
    assert table.table.item(0, 0).text() == names[1] and table.table.currentRow() == 0
    w.actions["undo"].trigger()
    assert [p.name for p in w.session.meeting.attendees] == names
    # An attendee who was in fact absent: the "Flytta till" menu moves the row in one undo step.
    table.table.setCurrentCell(0, 0)
    first = w.session.meeting.attendees[0].name
    table.buttons["transfer"].menu().findChild(QAction, "transfer_to_absent").trigger()
    assert first not in [p.name for p in w.session.meeting.attendees]
    assert w.session.meeting.absent[-1].name == first
    assert w.form.tables["absent"].table.item(len(w.session.meeting.absent) - 1, 0).text() == first
    w.actions["undo"].trigger()
    assert w.session.meeting.attendees[0].name == first


def accept(qtbot: QtBot, dialog) -> None:  # noqa: ANN001 - a dialog with .buttons
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_approve_refuses_edits_reopen_then_export(qtbot: QtBot, seed_window: MainWindow, tmp_path: Path) -> None:
    w = seed_window
    assert w.state_label.text().startswith("Utkast")
    dialog = w.start_approve()
    dialog.adjusters.setText("Camilla Broo")
    dialog.secretary.setText("Helene Olofsson")
    accept(qtbot, dialog)
    assert wait_for_checks(w)
    assert w.session.read_only and w.session.meeting.status == Status.APPROVED
    assert w.session.meeting.approval.adjusters == ["Camilla Broo"]
    assert w.text_pane.isReadOnly() and not w.actions["approve"].isEnabled()
    assert "Camilla Broo" in w.form.signature.text()
    assert w.state_label.text().startswith("Justerat ") and "skrivskyddat" in w.state_label.text()

    text = w.session.meeting.text
    w.text_pane.setFocus()
    qtbot.keyClicks(w.text_pane, "xyz")
    assert w.session.meeting.text == text == w.text_pane.toPlainText()
    assert "Återöppna" in w.statusBar().currentMessage()
    w.statusBar().clearMessage()
    flag = first_flag_with_suggestion(w)
    w.apply_flag(flag, flag.flag.best)  # refused: the record is read-only
    assert w.session.meeting.text == text
    assert "Återöppna" in w.statusBar().currentMessage()
    qtbot.mouseClick(w.form.tables["attendees"].buttons["add"], Qt.MouseButton.LeftButton)
    assert not w.form.tables["attendees"].buttons["add"].isEnabled()

    w.export_to("xml", tmp_path / "final.xml")
    assert b"approv" in (tmp_path / "final.xml").read_bytes().lower()

    dialog = w.start_reopen()
    dialog.reason.setText("Fel datum")
    accept(qtbot, dialog)
    assert not w.session.read_only and not w.text_pane.isReadOnly()
    w.text_pane.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(w.text_pane, "X")
    assert w.session.meeting.text == "X" + text
    with Store.open(w.service.db_path) as store:
        kinds = [e.kind for e in store.history(w.session.meeting_id)]
    assert "approved" in kinds and "reopened" in kinds

    w.export_to("pdf", tmp_path / "draft.pdf")
    w.export_to("akn", tmp_path / "draft.akn.xml")
    assert (tmp_path / "draft.pdf").read_bytes().startswith(b"%PDF")
    assert b"akomaNtoso" in (tmp_path / "draft.akn.xml").read_bytes()


def test_library_imports_with_progress_searches_and_opens(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from tests.conftest import seed_path

    bad = tmp_path / "tom.txt"
    bad.write_text("")
    steps: list[int] = []
    window.library.progress.valueChanged.connect(steps.append)
    ids = window.library.import_paths([seed_path("000"), seed_path("002"), bad])
    assert steps[-1] == 3 and window.library.progress.maximum() == 3
    assert len(ids) == 2
    assert "tom.txt" in window.library.message.text()
    assert window.library.table.rowCount() == 2
    qtbot.keyClicks(window.library.search, "Helsingborg")
    assert window.library.table.rowCount() == 1
    rect = window.library.table.visualItemRect(window.library.table.item(0, 2))
    qtbot.mouseClick(window.library.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.library.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentIndex() == 1 and "Helsingborg" in window.session.meeting.text
    # By keyboard: Ctrl+L to the library, type in the search, Enter opens the first match.
    window.session.open(ids[1] if ids[0] == window.session.meeting_id else ids[0])
    assert window.actions["library"].shortcut().toString() == "Ctrl+L"
    window.actions["library"].trigger()
    assert window.stack.currentIndex() == 0
    assert window.library.count.text().startswith("1 protokoll")  # the search is still on
    qtbot.keyClick(window.library.search, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == 1 and "Helsingborg" in window.session.meeting.text


@pytest.mark.parametrize("key", ["library", "import", "undo", "next_flag", "approve", "export_pdf"])
def test_actions_have_swedish_text_and_sit_in_a_menu(window: MainWindow, key: str) -> None:
    action = window.actions[key]
    assert action.text() and any(action in m.actions() for m in window.menus.values())


def shown_value(w: MainWindow, path: editing.Path) -> str:
    """What the form shows for a meeting field or a participant cell."""
    if path[0] in w.form.tables:
        table = w.form.tables[str(path[0])].table
        return table.item(int(path[1]), ("name", "organisation", "role").index(str(path[2]))).text()
    return w.form.edits[("adjusters",) if path[0] == "adjusters" else path].text()


def test_fixing_a_word_everywhere_updates_the_parsed_values_that_contain_it(qtbot: QtBot, seed_window: MainWindow) -> None:
    """The parser's values keep spans: a fix in their source reaches the record and the form."""
    w = seed_window
    meeting = w.session.meeting
    candidates = [
        (group, path)
        for group in w.flags_panel.groups if group.best
        for span_path, (a, b) in editing.iter_spans(meeting)
        for path in [editing.value_path(span_path)]
        if path[0] != "items" and group.word in meeting.text[a:b].split()
        and group.word in str(editing.get(meeting, path)).split()
    ]
    assert candidates, "seed 001's parsed values contain flagged words"
    group, path = candidates[0]
    before = editing.get(meeting, path)
    w.flags_panel.select_word(group.word)
    qtbot.mouseClick(w.flags_panel.fix_button, Qt.MouseButton.LeftButton)
    value = editing.get(w.session.meeting, path)
    assert group.best in value.split() and group.word not in value.split()
    assert group.best in shown_value(w, path)
    w.actions["undo"].trigger()
    assert editing.get(w.session.meeting, path) == before
    assert group.word in shown_value(w, path)


def test_agenda_items_and_decisions_are_edited_and_undone(qtbot: QtBot, seed_window: MainWindow) -> None:
    w = seed_window
    items = w.form.items
    assert items.list.count() == len(w.session.meeting.items) >= 2
    items.list.setCurrentRow(1)
    original = w.session.meeting.items[1].title
    assert items.title.text() == original
    items.title.setFocus()
    items.title.selectAll()
    qtbot.keyClicks(items.title, "Val av justerare och protokoll")
    qtbot.keyClick(items.title, Qt.Key.Key_Return)
    assert w.session.meeting.items[1].title == "Val av justerare och protokoll"
    assert items.list.item(1).text().endswith("Val av justerare och protokoll")
    decisions = len(w.session.meeting.items[1].decisions)
    qtbot.mouseClick(items.buttons["add_decision"], Qt.MouseButton.LeftButton)
    assert len(w.session.meeting.items[1].decisions) == decisions + 1
    entry = items.decisions.item(decisions)
    entry.setText("Att välja Camilla Broo.")
    assert w.session.meeting.items[1].decisions[-1].text == "Att välja Camilla Broo."
    for _ in range(3):
        w.actions["undo"].trigger()
    assert w.session.meeting.items[1].title == original
    assert len(w.session.meeting.items[1].decisions) == decisions
    assert items.title.text() == original


def test_typing_a_word_is_one_undo_step_and_a_space_starts_the_next(qtbot: QtBot, seed_window: MainWindow) -> None:
    w = seed_window
    before = w.session.meeting.text
    w.text_pane.setFocus()
    w.text_pane.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(w.text_pane, "Nya minnen")
    assert w.session.meeting.text == "Nya minnen" + before
    w.actions["undo"].trigger()
    assert w.session.meeting.text == "Nya " + before
    w.actions["undo"].trigger()
    assert w.session.meeting.text == before == w.text_pane.toPlainText()
    w.actions["redo"].trigger()
    w.actions["redo"].trigger()
    assert w.text_pane.toPlainText() == "Nya minnen" + before


def test_autosave_runs_in_the_background_and_a_failed_one_is_kept_and_retried(
        qtbot: QtBot, seed_window: MainWindow) -> None:
    w = seed_window
    meeting_id = w.session.meeting_id
    flag = first_flag_with_suggestion(w)
    with Store.open(w.service.db_path) as store:
        store.approve(meeting_id, ["Camilla Broo"], "Helene Olofsson")  # behind the window's back
    with qtbot.waitSignal(w.session.save_failed, timeout=5000) as failed:
        w.apply_flag(flag, flag.flag.best)  # the autosave a second later cannot write
    assert "justerad" in failed.args[0] and w.session.dirty
    with Store.open(w.service.db_path) as store:
        store.reopen(meeting_id, "prov")
    with qtbot.waitSignal(w.session.saved, timeout=5000):
        pass  # tried again by itself
    assert not w.session.dirty
    with Store.open(w.service.db_path) as store:
        assert store.load(meeting_id).text == w.session.meeting.text
        logged = store.corrections(meeting_id)
    assert [(c.old, c.new) for c in logged] == [(flag.flag.word, flag.flag.best)]  # kept, logged once


def test_save_waits_for_an_autosave_held_up_by_a_busy_database(qtbot: QtBot, seed_window: MainWindow) -> None:
    w = seed_window
    other = sqlite3.connect(w.service.db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    flag = first_flag_with_suggestion(w)
    w.apply_flag(flag, flag.flag.best)
    qtbot.waitUntil(lambda: not w.session.dirty, timeout=5000)  # the autosave is under way, waiting
    threading.Timer(0.5, other.commit).start()
    w.session.save()  # returns only once that write is done
    with Store.open(w.service.db_path) as store:
        assert store.load(w.session.meeting_id).text == w.session.meeting.text
        assert [(c.old, c.new) for c in store.corrections(w.session.meeting_id)] == [(flag.flag.word, flag.flag.best)]
    other.close()


def test_importing_an_exported_xml_twice_gives_one_record(qtbot: QtBot, seed_window: MainWindow, tmp_path: Path) -> None:
    w = seed_window
    xml = tmp_path / "protokoll.xml"
    w.export_to("xml", xml)
    first = w.library.import_paths([xml])
    assert first == [w.session.meeting_id]  # it came from this very record
    assert "1 fanns redan" in w.library.message.text()
    dialog = w.start_approve()  # the draft the file holds is no longer here: it comes in as new, once
    dialog.adjusters.setText("Camilla Broo")
    dialog.secretary.setText("Helene Olofsson")
    accept(qtbot, dialog)
    (draft_id,) = w.library.import_paths([xml])
    assert draft_id != w.session.meeting_id and "1 filer importerade." == w.library.message.text()
    rows = w.library.table.rowCount()
    assert w.library.import_paths([xml, xml]) == [draft_id, draft_id]
    assert w.service.import_file(xml) == draft_id
    assert w.library.table.rowCount() == rows == 2


def approve_in_window(qtbot: QtBot, w: MainWindow) -> None:
    dialog = w.start_approve()
    dialog.adjusters.setText("Camilla Broo")
    dialog.secretary.setText("Helene Olofsson")
    accept(qtbot, dialog)
    assert wait_for_checks(w) and w.session.read_only


def test_an_approved_record_lists_no_flags_and_no_key_changes_it(qtbot: QtBot, seed_window: MainWindow) -> None:
    w = seed_window
    assert w.flags_panel.row_count() > 0 and not w.flags_panel.read_only_note.isVisible()
    approve_in_window(qtbot, w)
    panel = w.flags_panel
    assert panel.row_count() == 0 and not panel.table.isVisible()
    assert panel.read_only_note.isVisible()
    assert "återöppna för att rätta" in panel.read_only_note.text()
    assert not panel.fix_button.isEnabled() and not panel.kind_filter.isEnabled()
    text, ignored = w.session.meeting.text, set(w.ignored)
    entries = w.service.user_dictionary().entries()

    w.activateWindow()  # back from the dialog, as a user's click would
    qtbot.waitUntil(w.isActiveWindow)
    w.text_pane.setFocus()
    w.text_pane.moveCursor(QTextCursor.MoveOperation.Start)
    for _ in range(3):  # F7 onto a flag, then every key that fixes or ignores one
        qtbot.keyClick(w.text_pane, Qt.Key.Key_F7)
        assert w.text_pane.current_flag() is not None
        for key, modifiers in (
            (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier),
            (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_F7, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
            (Qt.Key.Key_F7, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_F7, Qt.KeyboardModifier.AltModifier),
            (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
        ):
            qtbot.keyClick(w.text_pane, key, modifiers)
            assert w.session.meeting.text == text == w.text_pane.toPlainText()
    # The context menu on a flag: no fix entries, the same note, greyed.
    found = first_flag_with_suggestion(w)
    w.text_pane.select_range(found.start, found.end)
    menu = w.text_pane.build_context_menu(point_of(w, found.start + 1))
    names = {a.objectName() for a in menu.actions()}
    assert not names & {"apply_all", "ignore", "add_word", "remember", f"apply:{found.flag.best}"}
    note = next(a for a in menu.actions() if "återöppna" in a.text())
    assert not note.isEnabled()
    menu.deleteLater()
    assert choose_from_context_menu(qtbot, w, found.start, "apply_all") == []
    assert w.session.meeting.text == text and w.ignored == ignored
    assert not w.dictionary_sync.busy and w.service.user_dictionary().entries() == entries
    assert stored(w).content_hash() == w.session.meeting.approval.content_hash

    dialog = w.start_reopen()
    dialog.reason.setText("Stavfel")
    accept(qtbot, dialog)
    assert wait_for_checks(w)
    assert w.flags_panel.row_count() > 0 and w.flags_panel.table.isVisible()
    assert not w.flags_panel.read_only_note.isVisible() and w.flags_panel.fix_button.isEnabled()


def test_ignored_words_are_listed_and_flagged_again_with_undo(qtbot: QtBot, seed_window: MainWindow) -> None:
    w = seed_window
    panel = w.flags_panel

    def flagged() -> set[str]:
        return {f.flag.word for f in w.text_pane.all_flags()}

    def stored_ignored() -> set[str]:
        with Store.open(w.service.db_path) as store:
            return store.ignored_words(w.session.meeting_id)

    w.text_pane.setFocus()
    w.text_pane.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(w.text_pane, Qt.Key.Key_F7)
    word = w.text_pane.current_flag().flag.word
    qtbot.keyClick(w.text_pane, Qt.Key.Key_Escape)
    assert word not in flagged() and stored_ignored() == {word}
    assert panel.show_ignored.text() == "Visa &ignorerade (1)"
    qtbot.keyClick(w.text_pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the ignore
    assert word in flagged() and stored_ignored() == set()
    qtbot.keyClick(w.text_pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert word not in flagged() and stored_ignored() == {word}

    qtbot.keyClick(w.text_pane, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # "Visa &ignorerade"
    qtbot.waitUntil(panel.show_ignored.isChecked)  # a mnemonic "animates" the click first
    assert panel.show_ignored.isChecked() and panel.ignored_box.isVisible() and not panel.table.isVisible()
    assert panel.ignored_words() == [word]
    assert panel.ignored_list.hasFocus()
    qtbot.keyClick(panel.ignored_list, Qt.Key.Key_Delete)
    assert word in flagged() and stored_ignored() == set() and panel.ignored_words() == []
    assert w.session.undo_stack.undoText() == f"Sluta ignorera ”{word}”"
    w.actions["undo"].trigger()
    assert word not in flagged() and stored_ignored() == {word} and panel.ignored_words() == [word]
    # And from the list's context menu.
    rect = panel.ignored_list.visualItemRect(panel.ignored_list.item(0))
    menu = panel.build_ignored_menu(rect.center())
    (action,) = menu.actions()
    assert action.text() == f"Sluta ignorera ”{word}”"
    action.trigger()
    assert word in flagged() and stored_ignored() == set()
    panel.show_ignored.click()
    assert panel.table.isVisible() and not panel.ignored_box.isVisible()


def test_form_lists_have_keys_from_the_action_registry(qtbot: QtBot, seed_window: MainWindow) -> None:
    w = seed_window
    w.form.tabs.setCurrentIndex(1)  # Deltagare
    table = w.form.tables["attendees"]
    people = [p.name for p in w.session.meeting.attendees]
    assert table.buttons["add"].toolTip() == "Lägg till deltagare (Ins)"
    assert table.buttons["up"].toolTip().startswith("Flytta upp (Alt+")
    assert w.actions["add_participant"] in w.menus["form"].actions()
    table.table.setFocus()
    table.table.setCurrentCell(1, 0)
    qtbot.keyClick(table.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [p.name for p in w.session.meeting.attendees][:2] == [people[1], people[0]]
    assert table.table.currentRow() == 0
    qtbot.keyClick(table.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [p.name for p in w.session.meeting.attendees] == people
    qtbot.keyClick(table.table, Qt.Key.Key_Insert)
    assert len(w.session.meeting.attendees) == len(people) + 1 and table.table.currentRow() == len(people)
    qtbot.keyClick(table.table, Qt.Key.Key_Delete)
    assert [p.name for p in w.session.meeting.attendees] == people
    qtbot.keyClick(table.table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # "&Lägg till"
    qtbot.waitUntil(lambda: len(w.session.meeting.attendees) == len(people) + 1)
    qtbot.keyClick(table.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.name for p in w.session.meeting.attendees] == people

    # The agenda: Insert in the list of items adds one, in the decisions a decision.
    w.form.tabs.setCurrentIndex(0)
    items = w.form.items
    count = len(w.session.meeting.items)
    items.list.setFocus()
    qtbot.keyClick(items.list, Qt.Key.Key_Insert)
    assert len(w.session.meeting.items) == count + 1 and items.current() == count
    items.decisions.setFocus()
    qtbot.keyClick(items.decisions, Qt.Key.Key_Insert)
    assert len(w.session.meeting.items[count].decisions) == 1
    assert len(w.session.meeting.items) == count + 1  # the list in focus decides
    # Insert in the text is not a form key.
    w.text_pane.setFocus()
    qtbot.keyClick(w.text_pane, Qt.Key.Key_Insert)
    assert len(w.session.meeting.items) == count + 1

    approve_in_window(qtbot, w)
    w.form.tabs.setCurrentIndex(1)
    table.table.setFocus()
    table.table.setCurrentCell(1, 0)
    for key, modifiers in ((Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)):
        qtbot.keyClick(table.table, key, modifiers)
    assert [p.name for p in w.session.meeting.attendees] == people
