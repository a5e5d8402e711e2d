"""Justering, reopening and settings dialogs. Each is opened window-modal with ``open()`` and
reports through ``accepted``, so the window (and tests) never block in a nested event loop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from minutes_desk.gui.settings import Settings
from minutes_desk.model import Meeting


class _FormDialog(QDialog):
    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)


class ApproveDialog(_FormDialog):
    """Justera: who adjusted, the secretary, the date. The record becomes read-only."""

    def __init__(self, parent: QWidget, meeting: Meeting) -> None:
        super().__init__(parent, self.tr("Justera protokollet"))
        self.setObjectName("approveDialog")
        note = QLabel(self.tr("Efter justeringen kan protokollet inte ändras förrän det återöppnas."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.adjusters = QLineEdit(", ".join(meeting.adjusters))
        self.adjusters.setObjectName("approveAdjusters")
        self.secretary = QLineEdit(meeting.secretary)
        self.secretary.setObjectName("approveSecretary")
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("approveDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.form.addRow(self.tr("Justerare (kommaseparerade)"), self.adjusters)
        self.form.addRow(self.tr("Sekreterare"), self.secretary)
        self.form.addRow(self.tr("Datum"), self.date)

    def values(self) -> tuple[list[str], str, str]:
        names = [n.strip() for n in self.adjusters.text().split(",") if n.strip()]
        return names, self.secretary.text().strip(), self.date.date().toString("yyyy-MM-dd")


class ReopenDialog(_FormDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, self.tr("Återöppna protokollet"))
        self.setObjectName("reopenDialog")
        note = QLabel(self.tr("Den justerade versionen sparas oförändrad; ändringar görs i en ny version."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.reason = QLineEdit()
        self.reason.setObjectName("reopenReason")
        self.form.addRow(self.tr("Skäl"), self.reason)

    def value(self) -> str:
        return self.reason.text().strip()


class SettingsDialog(_FormDialog):
    def __init__(self, parent: QWidget, settings: Settings) -> None:
        super().__init__(parent, self.tr("Inställningar"))
        self.setObjectName("settingsDialog")
        self.settings = settings
        self.db_path = QLineEdit(str(settings.db_path))
        self.shared_dir = QLineEdit(str(settings.shared_dir or ""))
        self.user_name = QLineEdit(settings.user_name)
        self.language = QComboBox()
        for code, label in (("", self.tr("Systemets språk")), ("sv", "Svenska"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language_override)))
        self.form.addRow(self.tr("Databas"), self.db_path)
        self.form.addRow(self.tr("Delad ordlista (mapp)"), self.shared_dir)
        self.form.addRow(self.tr("Användarnamn"), self.user_name)
        self.form.addRow(self.tr("Språk"), self.language)
        self.form.addRow(QLabel(self.tr("Ändringarna gäller från nästa start.")))
        self.accepted.connect(self._store)

    def _store(self) -> None:
        self.settings.db_path = Path(self.db_path.text().strip())
        shared = self.shared_dir.text().strip()
        self.settings.shared_dir = Path(shared) if shared else None
        self.settings.user_name = self.user_name.text()
        self.settings.language_override = self.language.currentData()
