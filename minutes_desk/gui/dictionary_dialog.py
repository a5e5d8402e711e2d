"""The dictionary manager: everyone's accepted words and corrections, who added them and when.

Self-contained: it is given the dictionary object (``CorrectionsDictionary`` from the core,
passed in by the window) and talks to it only through the methods below. Errors the user can act
on (a word with a space, a folder that is gone) are shown in the dialog, never as a nested modal
box, so the dialog can be driven by tests like by a user.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_desk.gui.dictsync import DictionarySync

class Dictionary(Protocol):
    """What the dialog uses of ``minutes_desk.shareddict.CorrectionsDictionary``."""

    shared_dir: Any
    revision: int
    status: Any

    def __len__(self) -> int: ...
    def entries(self) -> list[Any]: ...
    def sync(self) -> Any: ...
    def add_word(self, word: str, note: str = "") -> Any: ...
    def add_correction(self, wrong: str, right: str, note: str = "") -> Any: ...
    def mark_wrong(self, word: str, note: str = "") -> Any: ...
    def remove(self, word: str, kind: str | None = None) -> list[Any]: ...


COLUMNS = ("kind", "word", "right", "level", "author", "time", "note")


class EntryModel(QAbstractTableModel):
    """The entries, filtered and sorted in Python: a shared list can hold 100,000 entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[tuple[Any, str]] = []
        self._rows: list[Any] = []
        self._needle = ""
        self._sort: tuple[int, Qt.SortOrder] = (1, Qt.SortOrder.AscendingOrder)
        self._headers = (
            self.tr("Typ"), self.tr("Ord / fel"), self.tr("Rätt"), self.tr("Gäller"),
            self.tr("Tillagt av"), self.tr("När"), self.tr("Anteckning"),
        )
        self._kinds = {"word": self.tr("Godkänt ord"), "correction": self.tr("Rättelse"), "rejected": self.tr("Fel (bara för mig)")}
        self._levels = {"own": self.tr("Bara mig"), "shared": self.tr("Alla")}

    def set_entries(self, entries: list[Any]) -> None:
        self.beginResetModel()
        self._all = [(e, " ".join((e.word, e.right or "", e.author, e.note)).casefold()) for e in entries]
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._needle = text.strip().casefold()
        self._apply()
        self.endResetModel()

    def entry(self, row: int) -> Any:
        return self._rows[row]

    def _apply(self) -> None:
        needle = self._needle
        self._rows = [e for e, haystack in self._all if needle in haystack] if needle else [e for e, _ in self._all]
        column, order = self._sort
        if COLUMNS[column] == "time":
            key = lambda e: e.time  # noqa: E731 - UTC stamps sort as text
        else:
            key = lambda e: self._text(e, column).casefold()  # noqa: E731
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply()
        self.layoutChanged.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            name = COLUMNS[index.column()]
            return entry.time if name == "time" else entry.note or None if name == "note" else None
        return self._text(entry, index.column())

    def _text(self, entry: Any, column: int) -> str:
        name = COLUMNS[column]
        if name == "kind":
            return self._kinds.get(entry.kind, entry.kind)
        if name == "level":
            return self._levels.get(entry.level, entry.level)
        if name == "time":
            return entry.local_time
        return getattr(entry, name) or ""


class DictionaryDialog(QDialog):
    """Filter, add, edit and delete entries; the dictionary is synced (in the background) when
    the dialog opens."""

    changed = Signal()
    """The dictionary's content changed (the window re-checks the text)."""

    def __init__(self, dictionary: Dictionary, parent: QWidget | None = None,
                 syncer: DictionarySync | None = None) -> None:
        """``syncer``: the window's, so that the dialog and the window never sync at once."""
        super().__init__(parent)
        self.dictionary = dictionary
        self._own_syncer = syncer is None
        self.syncer = syncer or DictionarySync(dictionary, parent=self)
        self.syncer.finished.connect(self._synced)
        self.syncer.failed.connect(self._sync_failed)
        self._syncing = False
        self.setObjectName("dictionaryDialog")
        self.setWindowTitle(self.tr("Ordlistan"))
        self.resize(900, 560)

        self.filter = QLineEdit()
        self.filter.setObjectName("dictionaryFilter")
        self.filter.setPlaceholderText(self.tr("Filtrera på ord, rättelse, person eller anteckning"))
        self.filter.setClearButtonEnabled(True)
        self.sync_button = QPushButton(self.tr("&Synkronisera"))
        self.sync_button.setObjectName("dictionarySync")
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.sync_button)

        self.model = EntryModel(self)
        self.table = QTableView()
        self.table.setObjectName("dictionaryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Fixed widths: sizing to contents would visit every row of a 100,000-entry list.
        digits = self.table.fontMetrics().horizontalAdvance("2026-12-31 23:59") + 16
        for column, width in zip(range(len(COLUMNS)), (125, 130, 130, 70, 110, digits)):
            header.resizeSection(column, width)

        self.word = QLineEdit()
        self.word.setObjectName("dictionaryWord")
        self.right = QLineEdit()
        self.right.setObjectName("dictionaryRight")
        self.right.setPlaceholderText(self.tr("bara för rättelser"))
        self.note = QLineEdit()
        self.note.setObjectName("dictionaryNote")
        form = QFormLayout()
        form.addRow(self.tr("&Ord / fel form"), self.word)
        form.addRow(self.tr("&Rätt form"), self.right)
        form.addRow(self.tr("&Anteckning"), self.note)

        self.add_word_button = self._button("dictionaryAddWord", self.tr("Lägg till &ord"), self.add_word)
        self.add_correction_button = self._button("dictionaryAddCorrection", self.tr("Lägg till &rättelse"), self.add_correction)
        self.mark_wrong_button = self._button("dictionaryMarkWrong", self.tr("&Markera som fel (bara för mig)"), self.mark_wrong)
        self.save_button = self._button("dictionarySave", self.tr("S&para ändring"), self.save_edit)
        self.delete_button = self._button("dictionaryDelete", self.tr("&Ta bort"), self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_word_button, self.add_correction_button, self.mark_wrong_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)

        self.message = QLabel()
        self.message.setObjectName("dictionaryMessage")
        self.message.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("dictionaryStatus")
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(close)

        self.filter.textChanged.connect(self.model.set_filter)
        self.sync_button.clicked.connect(self.sync)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._shown_revision = -1
        self._show()
        self.sync()

    # --- actions ---------------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self._own_syncer:
            self.syncer.stop()
        super().done(result)

    def sync(self) -> None:
        self.sync_button.setEnabled(False)
        self._syncing = True
        self.message.setText(self.tr("Synkroniserar …"))
        self.message.setStyleSheet("")
        self.syncer.request()

    def _synced(self, _changed: bool) -> None:
        """Any job of the syncer ended (also the window's own syncs): show what is there now."""
        if self._syncing and not self.syncer.busy:
            self._syncing = False
            self.sync_button.setEnabled(True)
            if self.message.text() == self.tr("Synkroniserar …"):
                self.message.setText("")
        self._show()

    def _sync_failed(self, message: str) -> None:
        if self._syncing:  # a change's failure is shown by _ran
            self.message.setText(message)
            self.message.setStyleSheet("color: #b00020")

    def add_word(self) -> None:
        word, note = self.word.text(), self.note.text().strip()
        self._run(lambda: self.dictionary.add_word(word, note), self.tr("”%1” är tillagt i ordlistan").replace("%1", word.strip()))

    def add_correction(self) -> None:
        wrong, right, note = self.word.text(), self.right.text(), self.note.text().strip()
        self._run(
            lambda: self.dictionary.add_correction(wrong, right, note),
            self.tr("Rättelsen %1 → %2 är sparad").replace("%1", wrong.strip()).replace("%2", right.strip()),
        )

    def mark_wrong(self) -> None:
        word, note = self.word.text(), self.note.text().strip()
        self._run(lambda: self.dictionary.mark_wrong(word, note), self.tr("”%1” markeras som fel för dig").replace("%1", word.strip()))

    def save_edit(self) -> None:
        """Replace the selected entry with what the fields say (a renamed entry is removed and re-added)."""
        entry = self.selected_entry()
        if entry is None:
            return
        word, right, note = self.word.text().strip(), self.right.text().strip(), self.note.text().strip()

        def apply() -> None:
            renamed = word.casefold() != entry.word.casefold()
            if entry.kind == "correction":
                self.dictionary.add_correction(word, right, note)
            elif entry.kind == "rejected":
                self.dictionary.mark_wrong(word, note)
            else:
                self.dictionary.add_word(word, note)
            if renamed:
                self.dictionary.remove(entry.word, entry.kind)

        self._run(apply, self.tr("Ändringen är sparad"))

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self._run(lambda: self.dictionary.remove(entry.word, entry.kind), self.tr("”%1” är borttaget").replace("%1", entry.word))

    def selected_entry(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    # --- internals -------------------------------------------------------------------------

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _run(self, action: Any, done: str) -> None:
        """In the sync thread: a change is sent to the shared folder at once, which may hang."""
        before = self.dictionary.revision
        self.message.setText(self.tr("Sparar …"))
        self.message.setStyleSheet("")
        self.syncer.run(action, lambda error: self._ran(error, done, before))

    def _ran(self, error: str, done: str, before: int) -> None:
        self.message.setText(error or done)
        self.message.setStyleSheet("color: #b00020" if error else "")
        self._show()
        if self.dictionary.revision != before:
            self.changed.emit()

    def _show(self) -> None:
        self._show_status()
        if self.dictionary.revision != self._shown_revision:
            self._shown_revision = self.dictionary.revision
            self.model.set_entries(self.dictionary.entries())
            self._selection_changed()

    def _show_status(self) -> None:
        status = self.dictionary.status
        if not status.configured:
            text = self.tr("Ingen delad mapp är vald; ordlistan finns bara på den här datorn (%1 poster).")
            text = text.replace("%1", str(len(self.dictionary)))
        elif status.error:
            text = self.tr("%1 ändringar väntar på att skickas: %2").replace("%1", str(status.pending))
            text = text.replace("%2", status.error)
        else:
            text = self.tr("Delas via %1 (%2 poster).").replace("%1", str(self.dictionary.shared_dir))
            text = text.replace("%2", str(len(self.dictionary)))
        self.status.setText(text)

    def _selection_changed(self, *args: Any) -> None:
        entry = self.selected_entry()
        self.save_button.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None)
        if entry is not None:
            self.word.setText(entry.word)
            self.right.setText(entry.right or "")
            self.note.setText(entry.note)
