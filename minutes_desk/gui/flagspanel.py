"""Flagged words grouped by word, with counts: sort, filter by kind, fix one error everywhere."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutes_desk.gui.textpane import KIND_COLOURS, DocFlag, kind_label
from minutes_desk.proof.flags import FlagKind

WORD, COUNT, KIND, FIX = range(4)


@dataclass
class FlagGroup:
    word: str
    kind: FlagKind
    best: str
    flags: list[DocFlag]


def group_flags(flags: list[DocFlag]) -> list[FlagGroup]:
    groups: dict[str, FlagGroup] = {}
    for f in flags:
        group = groups.get(f.flag.word)
        if group is None:
            groups[f.flag.word] = FlagGroup(f.flag.word, f.flag.kind, f.flag.best or "", [f])
        else:
            group.flags.append(f)
    return list(groups.values())


class _CountItem(QTableWidgetItem):
    """Sorts numerically."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.text() or 0) < int(other.text() or 0)


class FlagsPanel(QWidget):
    fix_all_requested = Signal(str, str)
    """(word, replacement)"""
    go_to = Signal(object)
    """A DocFlag to select in the text."""

    def __init__(self, flags_source: Callable[[], list[DocFlag]]) -> None:
        super().__init__()
        self.setObjectName("flagsPanel")
        self._source = flags_source
        self.groups: list[FlagGroup] = []
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("Alla typer"), None)
        for kind in FlagKind:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.fix_button = QPushButton(self.tr("Rätta alla"))
        self.fix_button.setObjectName("fixAll")
        self.fix_button.clicked.connect(self.fix_selected)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("flagsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Ord"), self.tr("Antal"), self.tr("Typ"),
                                              self.tr("Rätta till")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WORD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIX, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COUNT, Qt.SortOrder.DescendingOrder)
        self.table.cellClicked.connect(self._on_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Flaggade ord")))
        top.addWidget(self.summary, 1)
        top.addWidget(self.kind_filter)
        top.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)

    def schedule_refresh(self, *_: object) -> None:
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        kind = self.kind_filter.currentData()
        all_groups = group_flags(self._source())
        self.groups = [g for g in all_groups if kind is None or g.kind == kind]
        selected = self.selected_word()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.groups))
        for row, group in enumerate(self.groups):
            word = QTableWidgetItem(group.word)
            word.setFlags(word.flags() & ~Qt.ItemFlag.ItemIsEditable)
            word.setForeground(KIND_COLOURS[group.kind])
            count = _CountItem(str(len(group.flags)))
            count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            kind_item = QTableWidgetItem(kind_label(group.kind))
            kind_item.setFlags(kind_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            for col, item in ((WORD, word), (COUNT, count), (KIND, kind_item), (FIX, QTableWidgetItem(group.best))):
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        total = sum(len(g.flags) for g in all_groups)
        self.summary.setText(self.tr("%1 förekomster, %2 ord").replace("%1", str(total))
                             .replace("%2", str(len(all_groups))))
        if selected:
            self.select_word(selected)

    def row_of(self, word: str) -> int:
        for row in range(self.table.rowCount()):
            if self.table.item(row, WORD).text() == word:
                return row
        return -1

    def select_word(self, word: str) -> bool:
        row = self.row_of(word)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def selected_word(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.table.item(rows[0].row(), WORD).text() if rows else None

    def _group(self, word: str) -> FlagGroup | None:
        return next((g for g in self.groups if g.word == word), None)

    def _on_clicked(self, row: int, _column: int) -> None:
        group = self._group(self.table.item(row, WORD).text())
        if group:
            self.go_to.emit(group.flags[0])

    def fix_selected(self) -> None:
        word = self.selected_word()
        if word is None:
            return
        replacement = self.table.item(self.row_of(word), FIX).text().strip()
        if replacement and replacement != word:
            self.fix_all_requested.emit(word, replacement)
