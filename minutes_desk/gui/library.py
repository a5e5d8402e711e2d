"""All records: status, date, body; search, open, import files with a progress bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutes_desk.gui.service import Service

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("LibraryView", "Utkast"),
    "approved": QT_TRANSLATE_NOOP("LibraryView", "Justerat"),
}


class LibraryView(QWidget):
    open_requested = Signal(int)
    import_requested = Signal()

    def __init__(self, service: Service) -> None:
        super().__init__()
        self.service = service
        self.setObjectName("libraryView")
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(self.tr("Sök på organ, rubrik, fil …"))
        self.search.textChanged.connect(self.refresh)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("libraryTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Status"), self.tr("Datum"), self.tr("Organ"), self.tr("Rubrik"), self.tr("Fil")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in (2, 3)
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(lambda row, _c: self._open_row(row))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            opener = QShortcut(QKeySequence(key), self.table, context=Qt.ShortcutContext.WidgetShortcut)
            opener.activated.connect(lambda: self._open_row(self.table.currentRow()))
        self.search.returnPressed.connect(lambda: self._open_row(self.table.currentRow()))
        self.open_button = QPushButton(self.tr("Öppna (Enter)"))
        self.open_button.setObjectName("libraryOpen")
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentRow()))
        self.import_button = QPushButton(self.tr("Importera filer…"))
        self.import_button.setObjectName("libraryImport")
        self.import_button.clicked.connect(self.import_requested)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setVisible(False)
        self.count = QLabel()
        self.count.setObjectName("libraryCount")
        self.message = QLabel()
        self.message.setObjectName("libraryMessage")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        self._ids: list[int] = []

    def refresh(self) -> None:
        summaries = self.service.list_meetings(self.search.text().strip())
        self._ids = [s.id for s in summaries]
        self.table.setRowCount(len(summaries))
        for row, s in enumerate(summaries):
            values = (self.tr(STATUS_LABELS.get(s.status, s.status)), s.date or "", s.body, s.title, s.file_name)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(row, col, item)
        if summaries:
            self.table.selectRow(0)
        self.count.setText(self.tr("%1 protokoll. Enter öppnar det valda; Ctrl+O importerar OCR-text eller XML.")
                           .replace("%1", str(len(summaries))))

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self._ids):
            self.open_requested.emit(self._ids[row])

    def import_paths(self, paths: list[Path]) -> list[int]:
        """Import with a progress bar (the UI stays responsive); returns the ids imported."""
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.setVisible(True)

        def step() -> None:
            self.progress.setValue(self.progress.value() + 1)
            QCoreApplication.processEvents()

        try:
            outcomes = self.service.import_files(paths, progress=step)
        finally:
            self.progress.setVisible(False)
        ids = [o.id for o in outcomes if hasattr(o, "id")]
        failures = [f"{Path(o.path).name}: {o.message}" for o in outcomes if not hasattr(o, "id")]
        known = sum(1 for o in outcomes if hasattr(o, "id") and not o.created)
        text = self.tr("%1 filer importerade.").replace("%1", str(len(ids) - known))
        if known:
            text += " " + self.tr("%1 fanns redan.").replace("%1", str(known))
        if failures:
            text += " " + self.tr("Kunde inte läsas: ") + "; ".join(failures)
        self.message.setText(text)
        self.refresh()
        return ids
