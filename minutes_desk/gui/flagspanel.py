"""Flagged words grouped by word, with counts: sort, filter by kind, fix one error everywhere."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QTableView,
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


class FlagsModel(QAbstractTableModel):
    """The groups as rows, sorted in Python: a long document has hundreds of flagged words."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.groups: list[FlagGroup] = []
        self.fixes: dict[str, str] = {}
        """Replacements typed by the user, kept across refreshes."""
        self._sort = (COUNT, Qt.SortOrder.DescendingOrder)
        self.headers = [QCoreApplication.translate("FlagsPanel", "Ord"),
                        QCoreApplication.translate("FlagsPanel", "Antal"),
                        QCoreApplication.translate("FlagsPanel", "Typ"),
                        QCoreApplication.translate("FlagsPanel", "Rätta till")]

    def set_groups(self, groups: list[FlagGroup]) -> None:
        self.beginResetModel()
        self.groups = groups
        self._apply_sort()
        self.endResetModel()

    def _apply_sort(self) -> None:
        column, order = self._sort
        keys = {
            WORD: lambda g: g.word.casefold(),
            COUNT: lambda g: (len(g.flags), g.word.casefold()),
            KIND: lambda g: (g.kind.value, g.word.casefold()),
            FIX: lambda g: self.fix(g).casefold(),
        }
        self.groups.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def fix(self, group: FlagGroup) -> str:
        return self.fixes.get(group.word, group.best)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.groups)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == FIX else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        group = self.groups[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (group.word, str(len(group.flags)), kind_label(group.kind), self.fix(group))[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == WORD:
            return KIND_COLOURS[group.kind]
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != FIX or role != Qt.ItemDataRole.EditRole:
            return False
        self.fixes[self.groups[index.row()].word] = str(value).strip()
        self.dataChanged.emit(index, index)
        return True


class FlagsPanel(QWidget):
    fix_all_requested = Signal(str, str)
    """(word, replacement)"""
    go_to = Signal(object)
    """A DocFlag to select in the text."""
    unignore_requested = Signal(str)
    """A word ignored in this record, to be flagged again."""

    def __init__(self, flags_source: Callable[[], list[DocFlag]],
                 ignored_source: Callable[[], set[str]] = set) -> None:
        super().__init__()
        self.setObjectName("flagsPanel")
        self._source = flags_source
        self._ignored_source = ignored_source
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
        self.model = FlagsModel(self)
        self.table = QTableView()
        self.table.setObjectName("flagsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
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
        self.table.clicked.connect(lambda index: self._on_clicked(index.row()))
        self._build_ignored()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Flaggade ord")))
        top.addWidget(self.summary, 1)
        top.addWidget(self.kind_filter)
        top.addWidget(self.fix_button)
        top.addWidget(self.show_ignored)
        self.read_only_note = QLabel(self.tr("Posten är justerad – återöppna för att rätta"))
        self.read_only_note.setObjectName("flagsReadOnly")
        self.read_only_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setVisible(False)
        self._read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.ignored_box)
        layout.addWidget(self.read_only_note, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)

    @property
    def groups(self) -> list[FlagGroup]:
        return self.model.groups

    def _build_ignored(self) -> None:
        """The words ignored in this record, shown instead of the flags, to flag them again."""
        self.show_ignored = QPushButton()
        self.show_ignored.setObjectName("showIgnored")
        self.show_ignored.setCheckable(True)
        self.show_ignored.setToolTip(self.tr("Visa orden som ignoreras i det här protokollet, "
                                             "för att flagga dem igen"))
        self.show_ignored.toggled.connect(self._show_mode)
        self.ignored_list = QListWidget()
        self.ignored_list.setObjectName("ignoredList")
        self.ignored_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.ignored_list.customContextMenuRequested.connect(self._ignored_menu)
        self.ignored_list.itemActivated.connect(lambda item: self.unignore_requested.emit(item.text()))
        self.unignore_button = QPushButton(self.tr("Sluta ignorera"))
        self.unignore_button.setObjectName("unignore")
        self.unignore_button.setToolTip(self.tr("Flagga det valda ordet igen (Retur eller Delete)"))
        self.unignore_button.clicked.connect(self.unignore_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.ignored_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.unignore_selected)
        self.ignored_box = QWidget()
        box = QVBoxLayout(self.ignored_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.ignored_list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unignore_button)
        box.addLayout(row)
        self.ignored_box.setVisible(False)

    def _show_mode(self) -> None:
        listing_ignored = self.show_ignored.isChecked() and not self._read_only
        self.table.setVisible(not self._read_only and not listing_ignored)
        self.ignored_box.setVisible(listing_ignored)
        self.read_only_note.setVisible(self._read_only)
        for widget in (self.kind_filter, self.fix_button):
            widget.setEnabled(not self._read_only and not listing_ignored)
        self.show_ignored.setEnabled(not self._read_only)
        if listing_ignored:
            self.ignored_list.setFocus()

    def ignored_words(self) -> list[str]:
        return [self.ignored_list.item(row).text() for row in range(self.ignored_list.count())]

    def unignore_selected(self) -> None:
        item = self.ignored_list.currentItem()
        if item is not None and not self._read_only:
            self.unignore_requested.emit(item.text())

    def _ignored_menu(self, pos: object) -> None:
        menu = self.build_ignored_menu(pos)
        if menu is not None:
            menu.exec(self.ignored_list.viewport().mapToGlobal(pos))  # type: ignore[arg-type]
            menu.deleteLater()

    def build_ignored_menu(self, pos: object) -> QMenu | None:
        item = self.ignored_list.itemAt(pos)  # type: ignore[arg-type]
        if item is None:
            return None
        menu = QMenu(self)
        action = menu.addAction(self.tr("Sluta ignorera ”%1”").replace("%1", item.text()))
        action.setObjectName("unignore")
        action.triggered.connect(lambda _=False, w=item.text(): self.unignore_requested.emit(w))
        return menu

    def set_read_only(self, read_only: bool) -> None:
        """An approved record: nothing here may be fixed, so nothing is listed, and the note says why."""
        self._read_only = read_only
        self._show_mode()
        self.refresh()

    def schedule_refresh(self, *_: object) -> None:
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        ignored = sorted(self._ignored_source(), key=str.casefold)
        label = self.tr("Visa &ignorerade (%1)").replace("%1", str(len(ignored)))
        if self.show_ignored.text() != label:  # each setText grabs the Alt shortcut anew
            self.show_ignored.setText(label)
        if self._read_only:
            self.model.set_groups([])
            self.ignored_list.clear()
            self.summary.setText(self.tr("skrivskyddat"))
            return
        if ignored != self.ignored_words():
            current = self.ignored_list.currentRow()
            self.ignored_list.clear()
            self.ignored_list.addItems(ignored)
            if ignored:
                self.ignored_list.setCurrentRow(min(max(current, 0), len(ignored) - 1))
        kind = self.kind_filter.currentData()
        all_groups = group_flags(self._source())
        selected = self.selected_word()
        self.model.set_groups([g for g in all_groups if kind is None or g.kind == kind])
        total = sum(len(g.flags) for g in all_groups)
        self.summary.setText(self.tr("%1 förekomster, %2 ord").replace("%1", str(total))
                             .replace("%2", str(len(all_groups))))
        if selected:
            self.select_word(selected)

    def row_count(self) -> int:
        return self.model.rowCount()

    def cell(self, row: int, column: int) -> str:
        return self.model.data(self.model.index(row, column))

    def row_of(self, word: str) -> int:
        return next((row for row, g in enumerate(self.model.groups) if g.word == word), -1)

    def select_word(self, word: str) -> bool:
        row = self.row_of(word)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0

    def selected_word(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.groups[rows[0].row()].word if rows else None

    def _on_clicked(self, row: int) -> None:
        self.go_to.emit(self.model.groups[row].flags[0])

    def fix_selected(self) -> None:
        word = self.selected_word()
        if word is None or self._read_only:
            return
        replacement = self.model.fix(self.model.groups[self.row_of(word)])
        if replacement and replacement != word:
            self.fix_all_requested.emit(word, replacement)
