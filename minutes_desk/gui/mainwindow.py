"""The main window: composes the views and routes actions to session operations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from minutes_desk import editing
from minutes_desk.errors import MinutesDeskError
from minutes_desk.gui.actions import USE_AS_KEYS, Actions, hint
from minutes_desk.gui.checker import Checker
from minutes_desk.gui.dictionary_dialog import DictionaryDialog
from minutes_desk.gui.dictsync import DictionarySync
from minutes_desk.gui.dialogs import ApproveDialog, ReopenDialog, SettingsDialog
from minutes_desk.gui.flagspanel import FlagsPanel
from minutes_desk.gui.formpanel import FormPanel
from minutes_desk.gui.ignoring import IgnoreCommand
from minutes_desk.gui.library import LibraryView
from minutes_desk.gui.service import EXPORT_FORMATS, Service
from minutes_desk.gui.session import Session
from minutes_desk.gui.settings import DICTIONARY_SYNC_MS, Settings
from minutes_desk.gui.textpane import DocFlag, TextPane
from minutes_desk.model import Meeting

LIBRARY, EDITOR = 0, 1


def known_words(meeting: Meeting) -> set[str]:
    """The people's names in the record, for the engine's name judgement. Not the body, place or
    organisations: those are ordinary (compound) words that OCR damages like any other."""
    values = [meeting.chair, meeting.secretary, *meeting.adjusters]
    for group in (meeting.attendees, meeting.absent, meeting.guests):
        values.extend(p.name for p in group)
    return {w for v in values for w in v.split() if len(w) > 1 and w[0].isupper()}


class MainWindow(QMainWindow):
    def __init__(self, service: Service, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.service = service
        self.settings = settings
        self.session = Session(service, self)
        self._closing = False
        self._sync_asked = False
        self.checker = Checker(service)
        self.dictionary_sync = DictionarySync(service.user_dictionary(), DICTIONARY_SYNC_MS, self)
        self.ignored: set[str] = set()
        """Words not underlined: ignored in this record, or just added to the dictionary."""
        self.record_ignored: set[str] = set()
        """Words ignored in this record (stored with it; the panel lists them to take back)."""
        self.actions = Actions(self)
        self.menus = self.actions.build_menus(self.menuBar())

        self.text_pane = TextPane(self.session, self.checker, self.ignored)
        self.text_pane.context_extras.append(self.menus["use_as"])
        self.text_pane.addActions(self.actions.scoped("text"))
        self.flags_panel = FlagsPanel(self.text_pane.all_flags, lambda: self.record_ignored)
        self.form = FormPanel(self.session)
        self.library = LibraryView(service)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.text_pane)
        left.addWidget(self.flags_panel)
        left.setSizes([620, 220])
        editor = QSplitter(Qt.Orientation.Horizontal)
        editor.setObjectName("editorSplitter")
        editor.addWidget(left)
        editor.addWidget(self.form)
        editor.setSizes([640, 760])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library)
        self.stack.addWidget(editor)
        self.setCentralWidget(self.stack)
        self.state_label = QLabel()
        self.state_label.setObjectName("recordState")
        self.statusBar().addPermanentWidget(self.state_label)
        self.resize(1400, 900)

        self._connect()
        self._connect_form()
        self._update_actions()
        self.show_library()
        self.dictionary_sync.request()

    # --- wiring ----------------------------------------------------------------------------

    def _connect(self) -> None:
        a = self.actions
        a.connect("library", self.show_library)
        a.connect("import", self.choose_import)
        a.connect("save", self.session.save)
        a.connect("settings", self.open_settings)
        a.connect("quit", self.close)
        a.connect("undo", self.session.undo_stack.undo)
        a.connect("redo", self.session.undo_stack.redo)
        for key in USE_AS_KEYS:
            a.connect(key, lambda _=False, target=key.removeprefix("use_as_"): self.use_selection_as(target))
        a.connect("next_flag", lambda: self.step_flag(1))
        a.connect("previous_flag", lambda: self.step_flag(-1))
        a.connect("accept_flag", self.accept_flag)
        a.connect("ignore_flag", self.ignore_flag)
        a.connect("fix_all", self.fix_all_current)
        a.connect("add_word", lambda: self._with_flag(lambda f: self.add_word(f.flag.word)))
        a.connect("remember", lambda: self._with_flag(lambda f: f.flag.best and self.remember(f, f.flag.best)))
        a.connect("dictionary", self.open_dictionary)
        a.connect("sync_dictionary", self.sync_dictionary)
        a.connect("approve", self.start_approve)
        a.connect("reopen", self.start_reopen)
        for fmt in EXPORT_FORMATS:
            a.connect(f"export_{fmt.key}", lambda _=False, f=fmt.key: self.choose_export(f))

        stack = self.session.undo_stack
        stack.canUndoChanged.connect(a["undo"].setEnabled)
        stack.canRedoChanged.connect(a["redo"].setEnabled)
        self.session.reloaded.connect(self._on_reloaded)
        self.session.changed.connect(self.flags_panel.schedule_refresh)
        self.session.refused.connect(self.show_refusal)
        self.session.saved.connect(lambda: self._show_state(saved=True))
        self.session.save_failed.connect(lambda msg: self.statusBar().showMessage(
            self.tr("Kunde inte spara (försöker igen): ") + msg, 5000))
        self.checker.results.connect(self._on_check_results)
        self.dictionary_sync.finished.connect(self._on_dictionary_synced)
        self.dictionary_sync.failed.connect(lambda msg: self.statusBar().showMessage(
            self.tr("Ordlistan kunde inte synkas: ") + msg, 5000))
        self.checker.failed.connect(lambda msg: self.statusBar().showMessage(
            self.tr("Korrekturläsningen misslyckades: ") + msg))
        self.text_pane.apply_requested.connect(self.apply_flag)
        self.text_pane.apply_all_requested.connect(self.apply_all)
        self.text_pane.ignore_requested.connect(self.ignore_word)
        self.text_pane.add_word_requested.connect(self.add_word)
        self.text_pane.remember_requested.connect(self.remember)
        self.text_pane.current_flag_changed.connect(lambda _f: self._update_actions())
        self.text_pane.selectionChanged.connect(self._update_actions)
        self.flags_panel.fix_all_requested.connect(self.apply_all)
        self.flags_panel.unignore_requested.connect(self.unignore_word)
        self.flags_panel.go_to.connect(lambda f: self.text_pane.select_range(f.start, f.end))
        self.form.source_selected.connect(self.show_source)
        self.library.open_requested.connect(self.open_record)
        self.library.import_requested.connect(self.choose_import)

    def _connect_form(self) -> None:
        """The form's list buttons and the registry's actions for them: same slots, keys in the
        lists (Insert, Delete, Alt+Up/Down), the keys in the buttons' tooltips."""
        a, items, tables = self.actions, self.form.items, self.form.tables
        items.list.addActions(a.scoped("items"))
        items.decisions.addActions(a.scoped("decisions"))
        for table in tables.values():
            table.table.addActions(a.scoped("participants"))
        a.connect("add_item", items.add_item)
        a.connect("remove_item", items.remove_item)
        a.connect("add_decision", items.add_decision)
        a.connect("remove_decision", items.remove_decision)
        a.connect("add_participant", lambda: self.form.current_table().add_row())
        a.connect("remove_participant", lambda: self.form.current_table().remove_row())
        a.connect("move_up", lambda: self.form.current_table().move_row(-1))
        a.connect("move_down", lambda: self.form.current_table().move_row(1))
        buttons = {key: [items.buttons[key]] for key in ("add_item", "remove_item", "add_decision", "remove_decision")}
        for action_key, button_key in (("add_participant", "add"), ("remove_participant", "remove"),
                                       ("move_up", "up"), ("move_down", "down")):
            buttons[action_key] = [t.buttons[button_key] for t in tables.values()]
        for key, group in buttons.items():
            for button in group:
                button.setToolTip(hint(a[key]))

    def _update_actions(self) -> None:
        if self._closing:
            return
        has_record = self.session.meeting_id is not None
        editable = has_record and not self.session.read_only
        on_flag = editable and self.text_pane.current_flag() is not None
        has_selection = editable and self.text_pane.textCursor().hasSelection()
        a = self.actions
        a["undo"].setEnabled(editable and self.session.undo_stack.canUndo())
        a["redo"].setEnabled(editable and self.session.undo_stack.canRedo())
        for key in ("accept_flag", "ignore_flag", "fix_all", "add_word", "remember"):
            a[key].setEnabled(on_flag)
        for key in USE_AS_KEYS:
            a[key].setEnabled(has_selection)
        for key in ("next_flag", "previous_flag", "save"):
            a[key].setEnabled(has_record)
        for key in ("add_item", "remove_item", "add_decision", "remove_decision", "add_participant",
                    "remove_participant", "move_up", "move_down"):
            a[key].setEnabled(editable)
        a["approve"].setEnabled(editable)
        a["reopen"].setEnabled(has_record and self.session.read_only)
        for fmt in EXPORT_FORMATS:
            a[f"export_{fmt.key}"].setEnabled(has_record)

    # --- records ---------------------------------------------------------------------------

    def show_library(self) -> None:
        self.session.save()
        self.library.refresh()
        self.stack.setCurrentIndex(LIBRARY)
        self.setWindowTitle(self.tr("Protokollskrivbordet — bibliotek"))

    def open_file(self, path: Path) -> None:
        self.open_record(self.service.import_file(path))

    def open_record(self, meeting_id: int) -> None:
        self.session.open(meeting_id)

    def _on_reloaded(self) -> None:
        meeting = self.session.meeting
        self.stack.setCurrentIndex(EDITOR)
        self.record_ignored.clear()
        self.record_ignored.update(self.service.ignored_words(self.session.meeting_id))
        self.ignored.clear()
        self.ignored.update(self.record_ignored)
        self.checker.check_document(meeting.text, known_words(meeting))
        title = meeting.title or meeting.body or meeting.source.file_name
        state = self.tr("justerat, skrivskyddat") if self.session.read_only else self.tr("utkast")
        self.setWindowTitle(f"{title} ({state}) — " + self.tr("Protokollskrivbordet"))
        self._show_state()
        self.flags_panel.set_read_only(self.session.read_only)
        self._update_actions()

    def _show_state(self, saved: bool = False) -> None:
        """The record's state, always in view at the right of the status bar."""
        approval = self.session.meeting.approval
        if self.session.read_only and approval is not None:
            text = self.tr("Justerat %1 – skrivskyddat (Återöppna: Ctrl+Shift+J)").replace("%1", approval.date)
        elif saved:
            text = self.tr("Utkast – sparat kl. %1").replace("%1", QTime.currentTime().toString("HH:mm"))
        else:
            text = self.tr("Utkast – sparas automatiskt")
        self.state_label.setText(text)

    def choose_import(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Importera OCR-text"), "",
                                                self.tr("OCR-text och XML-poster (*.txt *.xml);;Alla filer (*)"))
        if names:
            self.show_library()
            self.library.import_paths([Path(n) for n in names])

    # --- proofreading ----------------------------------------------------------------------

    def _on_check_results(self, lines: dict[str, object]) -> None:
        self._rehighlight_lines(lines)
        self.flags_panel.schedule_refresh()
        self._update_actions()

    def _rehighlight_lines(self, lines: dict[str, object]) -> None:
        block = self.text_pane.document().firstBlock()
        while block.isValid():
            if block.text() in lines:
                self.text_pane.highlighter.rehighlightBlock(block)
            block = block.next()

    def step_flag(self, direction: int) -> DocFlag | None:
        """F7 / Shift+F7: select the next (previous) flag after (before) the cursor, wrapping."""
        flags = self.text_pane.all_flags()
        if not flags:
            self.statusBar().showMessage(self.tr("Inga flaggade ord"), 3000)
            return None
        start, end = self.text_pane.selection_range()
        if direction > 0:
            found = next((f for f in flags if f.start >= end and (f.start, f.end) != (start, end)), flags[0])
        else:
            found = next((f for f in reversed(flags) if f.end <= start), flags[-1])
        self.text_pane.select_range(found.start, found.end)
        self.flags_panel.select_word(found.flag.word)
        self.text_pane.setFocus()
        return found

    def _with_flag(self, action: object) -> None:
        found = self.text_pane.current_flag()
        if found is not None:
            action(found)  # type: ignore[operator]

    def apply_flag(self, found: DocFlag, replacement: str) -> None:
        if self.session.perform(lambda m: editing.replace_text(m, found.start, found.end, replacement),
                                self.tr("Rätta ”%1”").replace("%1", found.flag.word)):
            self.session.note_correction(found.flag.word, replacement, found.start, found.end)

    def apply_all(self, word: str, replacement: str) -> None:
        """Every flagged occurrence of ``word``, as one undo step (unflagged ones are left)."""
        spans = [(f.start, f.end) for f in self.text_pane.all_flags() if f.flag.word == word]
        change = self.session.perform(lambda m: editing.replace_spans(m, spans, replacement, word),
                                      self.tr("Rätta alla ”%1”").replace("%1", word))
        for edit in change.text_edits if change else ():
            self.session.note_correction(edit.old, edit.new, edit.start, edit.end)
        if change:
            self.statusBar().showMessage(self.tr("%1 förekomster rättade").replace(
                "%1", str(len(change.text_edits))), 3000)

    def accept_flag(self) -> None:
        """Enter: the best suggestion, then on to the next flag."""
        found = self.text_pane.current_flag()
        if found is None or not found.flag.best:
            return
        self.apply_flag(found, found.flag.best)
        self.step_flag(1)

    def ignore_flag(self) -> None:
        """Esc: ignore this word in this record, then on to the next flag."""
        found = self.text_pane.current_flag()
        if found is None:
            return
        self.ignore_word(found.flag.word)
        cursor = self.text_pane.textCursor()
        cursor.setPosition(cursor.selectionEnd())
        self.text_pane.setTextCursor(cursor)
        self.step_flag(1)

    def fix_all_current(self) -> None:
        self._with_flag(lambda f: f.flag.best and self.apply_all(f.flag.word, f.flag.best))

    def ignore_word(self, word: str) -> None:
        """For this record, also when it is opened again; one undo step."""
        if self._set_ignored(word, True):
            self.session.undo_stack.push(IgnoreCommand(self._set_ignored, word, True,
                                                       self.tr("Ignorera ”%1”").replace("%1", word)))

    def unignore_word(self, word: str) -> None:
        """Flag ``word`` in this record again; one undo step."""
        if word in self.record_ignored and self._set_ignored(word, False):
            self.session.undo_stack.push(IgnoreCommand(self._set_ignored, word, False,
                                                       self.tr("Sluta ignorera ”%1”").replace("%1", word)))

    def _set_ignored(self, word: str, ignore: bool) -> bool:
        if self.session.meeting_id is None:
            return False
        meeting_id = self.session.meeting_id
        store = self.service.ignore_word if ignore else self.service.unignore_word
        if not self._guarded(lambda: store(meeting_id, word)):
            return False
        if ignore:
            self.record_ignored.add(word)
            self._hide_word(word)
        else:
            self.record_ignored.discard(word)
            self.ignored.discard(word)
            self._show_flags_changed()
        return True

    def _hide_word(self, word: str) -> None:
        self.ignored.add(word)
        self._show_flags_changed()

    def _show_flags_changed(self) -> None:
        self.text_pane.highlighter.rehighlight()
        self.flags_panel.refresh()
        self._update_actions()

    def add_word(self, word: str) -> None:
        """Hidden here at once; the dictionary (which sends it to the shared folder) in the background."""
        self.dictionary_sync.run(lambda: self.service.add_word(word))
        self._hide_word(word)
        self.statusBar().showMessage(self.tr("”%1” har lagts till i ordlistan").replace("%1", word), 3000)

    def remember(self, found: DocFlag, right: str) -> None:
        """Remember wrong -> right in the dictionary (for every later record) and apply it here."""
        self.dictionary_sync.run(lambda: self.service.remember_correction(found.flag.word, right))
        self.apply_flag(found, right)
        self.statusBar().showMessage(self.tr("Rättelsen %1 → %2 sparas i ordlistan")
                                     .replace("%1", found.flag.word).replace("%2", right), 3000)

    def sync_dictionary(self) -> None:
        self._sync_asked = True
        self.statusBar().showMessage(self.tr("Synkar ordlistan …"))
        self.dictionary_sync.request()

    def _on_dictionary_synced(self, changed: bool) -> None:
        status = self.service.user_dictionary().status
        if status.error:
            self.statusBar().showMessage(self.tr("Ordlistan: ") + status.error, 8000)
        elif self._sync_asked and not self.dictionary_sync.busy:
            self.statusBar().showMessage(self.tr("Ordlistan är synkad") if status.configured else self.tr(
                "Ingen delad mapp är vald: ordlistan finns bara på den här datorn"), 3000)
        if not self.dictionary_sync.busy:
            self._sync_asked = False
        if changed:
            self.recheck()

    def open_dictionary(self) -> DictionaryDialog:
        # Its changes run in the window's syncer, whose `finished` re-checks the record.
        dialog = DictionaryDialog(self.service.user_dictionary(), self, self.dictionary_sync)
        dialog.open()
        return dialog

    def recheck(self) -> None:
        """The dictionary changed: check the whole record again with it."""
        meeting = self.session.meeting
        if self.session.meeting_id is not None:
            self.checker.check_document(meeting.text, known_words(meeting))

    # --- form and text ---------------------------------------------------------------------

    def show_source(self, path: editing.Path) -> None:
        self.text_pane.mark_source(editing.span_of(self.session.meeting, path))

    def use_selection_as(self, target: str) -> None:
        start, end = self.text_pane.selection_range()
        item = self.form.items.current()
        self.session.perform(lambda m: editing.use_as(m, start, end, target, item if item >= 0 else None),
                             self.tr("Använd som"))

    def show_refusal(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)

    def show_error(self, message: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Protokollskrivbordet"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        box.open()
        return box

    # --- justering and export --------------------------------------------------------------

    def start_approve(self) -> ApproveDialog:
        self.session.save()
        dialog = ApproveDialog(self, self.session.meeting)
        dialog.accepted.connect(lambda: self._guarded(lambda: self.session.approve(*dialog.values())))
        dialog.open()
        return dialog

    def start_reopen(self) -> ReopenDialog:
        dialog = ReopenDialog(self)
        dialog.accepted.connect(lambda: self._guarded(lambda: self.session.reopen(
            dialog.value() or self.tr("Återöppnat"))))
        dialog.open()
        return dialog

    def choose_export(self, fmt: str) -> None:
        spec = next(f for f in EXPORT_FORMATS if f.key == fmt)
        stem = Path(self.session.meeting.source.file_name or "protokoll").stem
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Exportera som %1").replace("%1", spec.label),
                                              stem + spec.suffix)
        if name:
            self.export_to(fmt, Path(name))

    def export_to(self, fmt: str, path: Path) -> None:
        self.session.save()
        assert self.session.meeting_id is not None
        if self._guarded(lambda: self.service.export(self.session.meeting_id, fmt, path)):
            self.statusBar().showMessage(self.tr("Exporterat till %1").replace("%1", str(path)), 5000)

    def _guarded(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except MinutesDeskError as exc:
            self.show_error(str(exc))
            return False
        return True

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self, self.settings)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self.session.save()
        self.dictionary_sync.stop()
        self.dictionary_sync.wait(2.0)  # a hung share is left behind: its changes wait in the outbox
        self.checker.shutdown()
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        super().closeEvent(event)
