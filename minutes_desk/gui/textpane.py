"""The raw OCR text, editable, with flagged words underlined and the source of a form value marked.

Typing becomes ``editing.replace_text`` operations (so form values follow their source); changes
made elsewhere (a correction from the flags panel, undo) arrive as a Change and are applied to
the document here. The document's own undo is off: one undo stack for text and form.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from minutes_desk import editing
from minutes_desk.gui.checker import Checker
from minutes_desk.gui.positions import from_qt, has_astral, to_qt
from minutes_desk.gui.session import Session
from minutes_desk.proof.flags import Flag, FlagKind

KIND_COLOURS = {
    FlagKind.NON_WORD: QColor(220, 30, 30),
    FlagKind.OCR_PATTERN: QColor(176, 84, 0),  # darker than a plain orange: legible as text on white
    FlagKind.REAL_WORD: QColor(40, 90, 230),
}


def kind_label(kind: FlagKind) -> str:
    return {
        FlagKind.NON_WORD: QCoreApplication.translate("TextPane", "okänt ord"),
        FlagKind.OCR_PATTERN: QCoreApplication.translate("TextPane", "OCR-mönster"),
        FlagKind.REAL_WORD: QCoreApplication.translate("TextPane", "fel ord i sammanhanget"),
    }[kind]


@dataclass(frozen=True)
class DocFlag:
    """A flag at model (code point) offsets of the whole text."""

    start: int
    end: int
    flag: Flag


class FlagHighlighter(QSyntaxHighlighter):
    """Underlines the cached flags of each line; a line without results is sent to the checker."""

    def __init__(self, document: QTextDocument, checker: Checker, ignored: set[str]) -> None:
        super().__init__(document)
        self.checker = checker
        self.ignored = ignored
        self._formats: dict[tuple[FlagKind, bool], QTextCharFormat] = {}

    def _format(self, flag: Flag) -> QTextCharFormat:
        key = (flag.kind, flag.confidence >= 0.5)
        fmt = self._formats.get(key)
        if fmt is None:
            # An unsure flag is dotted, not paler: a faint line is missed on a bright screen.
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline if key[1]
                                  else QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(KIND_COLOURS[flag.kind])
            self._formats[key] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:
        flags = self.checker.cache.get(text)
        if flags is None:
            self.checker.request(text)
            return
        for flag in flags:
            if flag.word in self.ignored:
                continue
            start = to_qt(text, flag.start)
            self.setFormat(start, to_qt(text, flag.end) - start, self._format(flag))


class TextPane(QPlainTextEdit):
    apply_requested = Signal(object, str)
    """(DocFlag, replacement)"""
    apply_all_requested = Signal(str, str)
    ignore_requested = Signal(str)
    add_word_requested = Signal(str)
    remember_requested = Signal(object, str)
    """(DocFlag, right): remember wrong -> right in the dictionary and apply it here."""
    current_flag_changed = Signal(object)
    """The DocFlag the selection is exactly on, or None."""

    def __init__(self, session: Session, checker: Checker, ignored: set[str]) -> None:
        super().__init__()
        self.setObjectName("textPane")
        self.session = session
        self.checker = checker
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.document().setUndoRedoEnabled(False)
        self.highlighter = FlagHighlighter(self.document(), checker, ignored)
        self.context_extras: list[QMenu] = []
        self._applying = False
        self._shown = ""
        """The document's plain text as last synchronised with the record. Qt shows some
        characters differently (a no-break space as a space, U+2028 as a newline), always one for
        one, so offsets agree while texts may not: edits are found by comparing with this."""
        self.document().contentsChange.connect(self._on_contents_change)
        self.selectionChanged.connect(lambda: self.current_flag_changed.emit(self.current_flag()))
        session.changed.connect(self._on_session_change)
        session.reloaded.connect(self.show_meeting)

    # --- showing the record ----------------------------------------------------------------

    def show_meeting(self) -> None:
        self._applying = True
        try:
            self.setPlainText(self.session.meeting.text)
        finally:
            self._applying = False
        self._shown = self.toPlainText()
        self.setReadOnly(self.session.read_only)
        # An approved record's text on the window's grey: visibly not for typing into.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, self.style().standardPalette().color(
            QPalette.ColorRole.Window if self.session.read_only else QPalette.ColorRole.Base))
        self.setPalette(palette)
        self.setExtraSelections([])

    def _on_session_change(self, change: editing.Change, origin: object) -> None:
        if origin is self:
            return
        self._applying = True
        cursor = QTextCursor(self.document())
        try:
            cursor.beginEditBlock()
            for edit in change.text_edits:
                current = self.toPlainText() if has_astral(edit.old + edit.new + self.session.meeting.text) else ""
                start = to_qt(current, edit.start) if current else edit.start
                cursor.setPosition(start)
                cursor.setPosition(start + _units(edit.old), QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(edit.new)
            cursor.endEditBlock()
        finally:
            self._applying = False
        self._shown = self.toPlainText()

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._applying:
            return
        old_text = self._shown
        new_text = self.toPlainText()
        self._shown = new_text
        if len(new_text) - len(old_text) == added - removed and not has_astral(new_text + old_text):
            # Qt's hint, trimmed: it may report a whole block for a one-letter change.
            start, old_end, new_end = position, position + removed, position + added
        else:
            start, old_end, new_end = 0, len(old_text), len(new_text)
        while old_end > start and new_end > start and old_text[old_end - 1] == new_text[new_end - 1]:
            old_end -= 1
            new_end -= 1
        while start < old_end and start < new_end and old_text[start] == new_text[start]:
            start += 1
        if start == old_end == new_end:
            return
        replacement = new_text[start:new_end]
        self.session.perform(
            lambda m: editing.replace_text(m, start, old_end, replacement),
            self.tr("Skriva"),
            origin=self,
            typing=True,
        )

    # --- flags ---------------------------------------------------------------------------------

    def flags_in_block(self, block_text: str) -> tuple[Flag, ...]:
        flags = self.checker.cache.get(block_text) or ()
        return tuple(f for f in flags if f.word not in self.highlighter.ignored)

    def all_flags(self) -> list[DocFlag]:
        """Every current flag of the document, in text order, at model offsets."""
        result = []
        text = self.session.meeting.text
        astral = has_astral(text)
        block = self.document().firstBlock()
        while block.isValid():
            flags = self.flags_in_block(block.text())
            if flags:
                base = from_qt(text, block.position()) if astral else block.position()
                result.extend(DocFlag(base + f.start, base + f.end, f) for f in flags)
            block = block.next()
        return result

    def flag_at(self, qpos: int) -> DocFlag | None:
        block = self.document().findBlock(qpos)
        text = self.session.meeting.text
        base = from_qt(text, block.position())
        offset = from_qt(block.text(), qpos - block.position())
        for f in self.flags_in_block(block.text()):
            if f.start <= offset < f.end or (offset == f.end and f.start < offset):
                return DocFlag(base + f.start, base + f.end, f)
        return None

    def current_flag(self) -> DocFlag | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        text = self.session.meeting.text
        start, end = from_qt(text, cursor.selectionStart()), from_qt(text, cursor.selectionEnd())
        found = self.flag_at(cursor.selectionStart())
        return found if found and (found.start, found.end) == (start, end) else None

    def select_range(self, start: int, end: int) -> None:
        text = self.session.meeting.text
        cursor = self.textCursor()
        cursor.setPosition(to_qt(text, start))
        cursor.setPosition(to_qt(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def selection_range(self) -> tuple[int, int]:
        cursor = self.textCursor()
        text = self.session.meeting.text
        return from_qt(text, cursor.selectionStart()), from_qt(text, cursor.selectionEnd())

    def mark_source(self, span: tuple[int, int] | None) -> None:
        """Show where a form value came from (a yellow band) and scroll to it."""
        marks = []
        if span is not None:
            text = self.session.meeting.text
            mark = QTextEdit.ExtraSelection()
            mark.format.setBackground(QColor(255, 236, 140))
            cursor = QTextCursor(self.document())
            cursor.setPosition(to_qt(text, span[0]))
            cursor.setPosition(to_qt(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
            mark.cursor = cursor
            marks.append(mark)
            view = QTextCursor(cursor)
            view.clearSelection()
            self.setTextCursor(view)
            self.centerCursor()
        self.setExtraSelections(marks)

    # --- events ----------------------------------------------------------------------------

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            # Undo/redo belong to the window's single undo stack; Enter/Esc on a flag to its actions.
            if e.matches(QKeySequence.StandardKey.Undo) or e.matches(QKeySequence.StandardKey.Redo):
                e.ignore()
                return False
            if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape) and self.current_flag():
                e.ignore()
                return False
        if e.type() == QEvent.Type.ToolTip:
            self._show_tooltip(e.pos(), e.globalPos())  # type: ignore[attr-defined]
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        # Reached only when the window's shortcut did not take the key (window not active).
        if e.matches(QKeySequence.StandardKey.Undo):
            self.session.undo_stack.undo()
        elif e.matches(QKeySequence.StandardKey.Redo):
            self.session.undo_stack.redo()
        elif self.isReadOnly() and e.text().strip():
            self.session.refused.emit(self.tr("Protokollet är justerat. Återöppna det för att ändra."))
        else:
            super().keyPressEvent(e)

    def _show_tooltip(self, pos: QPoint, global_pos: QPoint) -> None:
        found = self.flag_at(self.cursorForPosition(pos).position())
        if found is None:
            QToolTip.hideText()
            return
        QToolTip.showText(global_pos, self.tooltip_text(found.flag), self)

    def tooltip_text(self, flag: Flag) -> str:
        lines = [f"<b>{flag.word}</b> — {kind_label(flag.kind)} ({flag.confidence:.0%})"]
        if flag.suggestions:
            lines.append(self.tr("Förslag: ") + ", ".join(w for w, _ in flag.suggestions[:5]))
        else:
            lines.append(self.tr("Inga förslag"))
        return "<br>".join(lines)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = self.build_context_menu(e.pos())
        menu.exec(e.globalPos())
        menu.deleteLater()

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The proofreading entries for the flag under ``pos`` above the standard entries."""
        qpos = self.cursorForPosition(pos).position()
        found = self.flag_at(qpos) if not self.textCursor().hasSelection() else self.current_flag()
        menu = QMenu(self)
        menu.setObjectName("textContextMenu")
        if found is not None and not self.isReadOnly():
            flag = found.flag
            for word, _score in flag.suggestions[:6]:
                action = menu.addAction(word)
                action.setObjectName(f"apply:{word}")
                action.triggered.connect(lambda _=False, w=word, f=found: self.apply_requested.emit(f, w))
            if not flag.suggestions:
                menu.addAction(self.tr("(inga förslag)")).setEnabled(False)
            if flag.best:
                all_action = menu.addAction(self.tr("Rätta alla förekomster till ”%1”").replace("%1", flag.best))
                all_action.setObjectName("apply_all")
                all_action.triggered.connect(lambda _=False, f=flag: self.apply_all_requested.emit(f.word, f.best))
            menu.addSeparator()
            ignore = menu.addAction(self.tr("Ignorera"))
            ignore.setObjectName("ignore")
            ignore.triggered.connect(lambda _=False, w=flag.word: self.ignore_requested.emit(w))
            add = menu.addAction(self.tr("Lägg till i ordlistan"))
            add.setObjectName("add_word")
            add.triggered.connect(lambda _=False, w=flag.word: self.add_word_requested.emit(w))
            if flag.best:
                remember = menu.addAction(self.tr("Kom ihåg rättelsen %1 → %2").replace("%1", flag.word)
                                          .replace("%2", flag.best))
                remember.setObjectName("remember")
                remember.triggered.connect(
                    lambda _=False, f=found: self.remember_requested.emit(f, f.flag.best))
            menu.addSeparator()
        elif found is not None:
            menu.addAction(self.tr("Posten är justerad – återöppna för att rätta")).setEnabled(False)
            menu.addSeparator()
        if self.textCursor().hasSelection() and not self.isReadOnly():
            for extra in self.context_extras:
                menu.addMenu(extra)
            menu.addSeparator()
        standard = self.createStandardContextMenu(pos)
        for action in standard.actions():
            if action.objectName() not in ("edit-undo", "edit-redo"):
                action.setParent(menu)
                menu.addAction(action)
        standard.deleteLater()
        return menu


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
