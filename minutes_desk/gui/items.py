"""The agenda: items (number, title, text) and their decisions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutes_desk import editing
from minutes_desk.gui.session import Session
from minutes_desk.model import AgendaItem, Decision


class _CommitTextEdit(QPlainTextEdit):
    """A multi-line field that reports an edit when it loses focus (as QLineEdit does)."""

    committed = Signal()
    focused = Signal()

    def focusInEvent(self, e) -> None:  # noqa: ANN001 - Qt event
        super().focusInEvent(e)
        self.focused.emit()

    def focusOutEvent(self, e) -> None:  # noqa: ANN001
        super().focusOutEvent(e)
        self.committed.emit()


class ItemsEditor(QWidget):
    source_selected = Signal(object)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("itemsEditor")
        self.list = QListWidget()
        self.list.setObjectName("itemsList")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show_item)
        self.list.currentRowChanged.connect(lambda row: self._select("title") if row >= 0 else None)
        self.number = QLineEdit()
        self.number.setObjectName("item_number")
        self.title = QLineEdit()
        self.title.setObjectName("item_title")
        self.body = _CommitTextEdit()
        self.body.setObjectName("item_text")
        self.decisions = QListWidget()
        self.decisions.setObjectName("decisionsList")
        self.decisions.setWordWrap(True)
        self.decisions.itemChanged.connect(self._on_decision_changed)
        self.decisions.currentRowChanged.connect(self._on_decision_selected)
        for field, widget in (("number", self.number), ("title", self.title)):
            widget.editingFinished.connect(lambda f=field, w=widget: self._commit(f, w.text().strip()))
            widget.textEdited.connect(lambda _t, f=field: self._select(f))
        self.title.selectionChanged.connect(lambda: self._select("title"))
        self.body.committed.connect(lambda: self._commit("text", self.body.toPlainText()))
        self.body.focused.connect(lambda: self._select("text"))

        self.buttons: dict[str, QPushButton] = {}
        item_row = QHBoxLayout()
        decision_row = QHBoxLayout()
        for row, key, text, slot in (
            (item_row, "add_item", self.tr("N&y punkt"), self.add_item),
            (item_row, "remove_item", self.tr("&Ta bort punkt"), self.remove_item),
            (decision_row, "add_decision", self.tr("Nytt &beslut"), self.add_decision),
            (decision_row, "remove_decision", self.tr("Ta bort be&slut"), self.remove_decision),
        ):
            button = QPushButton(text)
            button.setObjectName(key)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        item_row.addStretch(1)
        decision_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Nummer"), self.number)
        form.addRow(self.tr("Rubrik"), self.title)
        form.addRow(self.tr("Text"), self.body)
        form.addRow(self.tr("Beslut"), self.decisions)
        form.addRow("", _wrap(decision_row))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(item_row)
        layout.addLayout(form)
        self._filling = False

    def current(self) -> int:
        return self.list.currentRow()

    def populate(self) -> None:
        self._filling = True
        keep = max(self.list.currentRow(), 0)
        try:
            self.list.clear()
            for item in self.session.meeting.items:
                self.list.addItem(self._label(item))
        finally:
            self._filling = False
        if self.list.count():
            self.list.setCurrentRow(min(keep, self.list.count() - 1))
        self._show_item(self.list.currentRow())
        read_only = self.session.read_only
        for widget in (self.number, self.title):
            widget.setReadOnly(read_only)
        self.body.setReadOnly(read_only)
        self.decisions.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        for button in self.buttons.values():
            button.setEnabled(not read_only)

    @staticmethod
    def _label(item: AgendaItem) -> str:
        return f"{item.number}. {item.title}" if item.number else item.title

    def _show_item(self, row: int) -> None:
        items = self.session.meeting.items
        item = items[row] if 0 <= row < len(items) else None
        self._filling = True
        try:
            self.number.setText(item.number if item else "")
            self.title.setText(item.title if item else "")
            self.body.setPlainText(item.text if item else "")
            self.decisions.clear()
            for decision in item.decisions if item else []:
                entry = QListWidgetItem(decision.text)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsEditable)
                self.decisions.addItem(entry)
        finally:
            self._filling = False
        for widget in (self.number, self.title, self.body, self.decisions):
            widget.setEnabled(item is not None)

    def refresh_value(self, path: editing.Path) -> None:
        row = path[1] if len(path) > 1 else None
        if not isinstance(row, int) or row >= self.list.count():
            return
        self.list.item(row).setText(self._label(self.session.meeting.items[row]))
        if row == self.current():
            self._show_item(row)

    def _select(self, field: str) -> None:
        if self.current() >= 0:
            self.source_selected.emit(("items", self.current(), field))

    def _commit(self, field: str, value: str) -> None:
        row = self.current()
        if self._filling or row < 0 or row >= len(self.session.meeting.items):
            return
        path = ("items", row, field)
        if editing.get(self.session.meeting, path) != value:
            self.session.perform(lambda m: editing.set_value(m, path, value), self.tr("Ändra punkt"))

    def _on_decision_changed(self, entry: QListWidgetItem) -> None:
        row = self.current()
        if self._filling or row < 0:
            return
        path = ("items", row, "decisions", self.decisions.row(entry), "text")
        value = entry.text().strip()
        self.session.perform(lambda m: editing.set_value(m, path, value), self.tr("Ändra beslut"))

    def _on_decision_selected(self, index: int) -> None:
        if index >= 0 and self.current() >= 0:
            self.source_selected.emit(("items", self.current(), "decisions", index, "text"))

    def add_item(self) -> None:
        items = self.session.meeting.items
        number = str(len(items) + 1)
        self.session.perform(lambda m: editing.insert(m, ("items",), len(items), AgendaItem(number, "")),
                             self.tr("Ny punkt"))
        self.list.setCurrentRow(len(self.session.meeting.items) - 1)

    def remove_item(self) -> None:
        row = self.current()
        if row >= 0:
            self.session.perform(lambda m: editing.remove(m, ("items",), row), self.tr("Ta bort punkt"))

    def add_decision(self) -> None:
        row = self.current()
        if row < 0:
            return
        count = len(self.session.meeting.items[row].decisions)
        self.session.perform(
            lambda m: editing.insert(m, ("items", row, "decisions"), count, Decision(self.tr("Nytt beslut"))),
            self.tr("Nytt beslut"))

    def remove_decision(self) -> None:
        row, index = self.current(), self.decisions.currentRow()
        if row >= 0 and index >= 0:
            self.session.perform(lambda m: editing.remove(m, ("items", row, "decisions"), index),
                                 self.tr("Ta bort beslut"))


def _wrap(layout: QHBoxLayout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
