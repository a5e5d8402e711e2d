"""A participant table (attendees, absent or guests): edit cells, add, remove, reorder."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutes_desk import editing
from minutes_desk.gui.session import Session
from minutes_desk.model import Participant

COLUMNS = ("name", "organisation", "role", "remote")
GROUP_LABELS = {
    "attendees": QT_TRANSLATE_NOOP("ParticipantTable", "Deltagare"),
    "absent": QT_TRANSLATE_NOOP("ParticipantTable", "Frånvarande"),
    "guests": QT_TRANSLATE_NOOP("ParticipantTable", "Övriga närvarande"),
}


class ParticipantTable(QWidget):
    source_selected = Signal(object)
    """The path of the value whose source to show."""

    def __init__(self, session: Session, group: str) -> None:
        super().__init__()
        self.session = session
        self.group = group
        self.setObjectName(f"participants_{group}")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName(f"table_{group}")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Namn"), self.tr("Organisation"), self.tr("Roll"), self.tr("Distans")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentCellChanged.connect(self._on_current)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("add", self.tr("&Lägg till"), self.add_row),
            ("remove", self.tr("&Ta bort"), self.remove_row),
            ("up", self.tr("Upp"), lambda: self.move_row(-1)),
            ("down", self.tr("Ned"), lambda: self.move_row(1)),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{group}_{key}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        move_to = QPushButton(self.tr("Fl&ytta till"))
        move_to.setObjectName(f"{group}_transfer")
        menu = QMenu(move_to)
        for target, label in GROUP_LABELS.items():
            if target != group:
                action = menu.addAction(self.tr(label))
                action.setObjectName(f"transfer_to_{target}")
                action.triggered.connect(lambda _=False, t=target: self.transfer_row(t))
        move_to.setMenu(menu)
        row.addWidget(move_to)
        self.buttons["transfer"] = move_to
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self._filling = False

    def people(self) -> list[Participant]:
        return getattr(self.session.meeting, self.group)

    def populate(self) -> None:
        self._filling = True
        try:
            people = self.people()
            self.table.setRowCount(len(people))
            for r, person in enumerate(people):
                for c, key in enumerate(COLUMNS[:3]):
                    self.table.setItem(r, c, QTableWidgetItem(getattr(person, key)))
                remote = QTableWidgetItem()
                remote.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                                | Qt.ItemFlag.ItemIsSelectable)
                remote.setCheckState(Qt.CheckState.Checked if person.remote else Qt.CheckState.Unchecked)
                self.table.setItem(r, 3, remote)
            rows = self.table.verticalHeader().length() if people else 30
            frame = 2 * self.table.frameWidth()
            self.table.setFixedHeight(min(rows, 300) + self.table.horizontalHeader().sizeHint().height() + frame)
        finally:
            self._filling = False
        read_only = self.session.read_only
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                                   QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        for button in self.buttons.values():
            button.setEnabled(not read_only)

    def refresh_value(self, path: editing.Path) -> None:
        row, key = path[1], path[2]
        if not isinstance(row, int) or key not in COLUMNS or row >= self.table.rowCount():
            return
        value = editing.get(self.session.meeting, path)
        self._filling = True
        try:
            item = self.table.item(row, COLUMNS.index(str(key)))
            if key == "remote":
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            else:
                item.setText(value)
        finally:
            self._filling = False

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        key = COLUMNS[item.column()]
        value: object = item.checkState() == Qt.CheckState.Checked if key == "remote" else item.text().strip()
        path = (self.group, item.row(), key)
        self.session.perform(lambda m: editing.set_value(m, path, value), self.tr("Ändra deltagare"))
        if editing.get(self.session.meeting, path) != value:  # refused: show the record's value again
            self.refresh_value(path)

    def _on_current(self, row: int, column: int, *_: int) -> None:
        if 0 <= row < len(self.people()) and 0 <= column < 3:
            self.source_selected.emit((self.group, row, COLUMNS[column]))

    def add_row(self) -> None:
        index = len(self.people())
        person = Participant(self.tr("Ny deltagare"))
        self.session.perform(lambda m: editing.insert(m, (self.group,), index, person),
                             self.tr("Lägg till deltagare"))
        self.table.setCurrentCell(index, 0)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.people()):
            self.session.perform(lambda m: editing.remove(m, (self.group,), row), self.tr("Ta bort deltagare"))

    def transfer_row(self, target: str) -> None:
        """Move the current person to another group (an attendee who was in fact absent …)."""
        row = self.table.currentRow()
        if 0 <= row < len(self.people()):
            self.session.perform(lambda m: editing.transfer(m, self.group, row, target),
                                 self.tr("Flytta deltagare"))

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        to = row + step
        if 0 <= row < len(self.people()) and 0 <= to < len(self.people()):
            self.session.perform(lambda m: editing.move(m, (self.group,), row, to), self.tr("Flytta deltagare"))
            self.table.setCurrentCell(to, self.table.currentColumn())
