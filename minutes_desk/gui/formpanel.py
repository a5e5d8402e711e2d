"""The structured record beside the text: meeting fields, participants, agenda, next meeting,
justering. Selecting a value shows its source; the panel refreshes from reported Changes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from minutes_desk import editing
from minutes_desk.gui.items import ItemsEditor
from minutes_desk.gui.participants import ParticipantTable
from minutes_desk.gui.session import Session
from minutes_desk.model import NextMeeting

# (path, label); every value a plain line of text. Dates ISO, times HH:MM, as in the model.
FIELDS: tuple[tuple[editing.Path, str], ...] = (
    (("body",), QT_TRANSLATE_NOOP("FormPanel", "Organ")),
    (("title",), QT_TRANSLATE_NOOP("FormPanel", "Rubrik")),
    (("protocol_number",), QT_TRANSLATE_NOOP("FormPanel", "Protokollnummer")),
    (("date",), QT_TRANSLATE_NOOP("FormPanel", "Datum")),
    (("start",), QT_TRANSLATE_NOOP("FormPanel", "Början")),
    (("end",), QT_TRANSLATE_NOOP("FormPanel", "Slut")),
    (("place",), QT_TRANSLATE_NOOP("FormPanel", "Plats")),
    (("chair",), QT_TRANSLATE_NOOP("FormPanel", "Ordförande")),
    (("secretary",), QT_TRANSLATE_NOOP("FormPanel", "Sekreterare")),
)
NEXT_FIELDS: tuple[tuple[str, str], ...] = (
    ("date", QT_TRANSLATE_NOOP("FormPanel", "Datum")),
    ("start", QT_TRANSLATE_NOOP("FormPanel", "Början")),
    ("end", QT_TRANSLATE_NOOP("FormPanel", "Slut")),
    ("place", QT_TRANSLATE_NOOP("FormPanel", "Plats")),
)
OPTIONAL = {"date", "start", "end"}
"""Fields that are None rather than "" when empty."""


class _LineEdit(QLineEdit):
    focused = Signal()

    def focusInEvent(self, e) -> None:  # noqa: ANN001 - Qt event
        super().focusInEvent(e)
        self.focused.emit()


class FormPanel(QScrollArea):
    source_selected = Signal(object)
    """A form value was selected: its path (the window marks the source span)."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("formPanel")
        self.setWidgetResizable(True)
        self.edits: dict[editing.Path, _LineEdit] = {}
        content = QWidget()
        layout = QVBoxLayout(content)

        meeting_box = QGroupBox(self.tr("Möte"))
        form = QFormLayout(meeting_box)
        for path, label in FIELDS:
            form.addRow(self.tr(label), self._line(path))
        self.adjusters = self._line(("adjusters",))
        form.addRow(self.tr("Justerare"), self.adjusters)
        layout.addWidget(meeting_box)

        self.tables: dict[str, ParticipantTable] = {}
        for group, title in (("attendees", self.tr("Deltagare")), ("absent", self.tr("Frånvarande")),
                             ("guests", self.tr("Övriga närvarande"))):
            box = QGroupBox(title)
            table = ParticipantTable(session, group)
            table.source_selected.connect(self.source_selected)
            QVBoxLayout(box).addWidget(table)
            layout.addWidget(box)
            self.tables[group] = table

        items_box = QGroupBox(self.tr("Dagordning"))
        self.items = ItemsEditor(session)
        self.items.source_selected.connect(self.source_selected)
        QVBoxLayout(items_box).addWidget(self.items)
        layout.addWidget(items_box)

        next_box = QGroupBox(self.tr("Nästa möte"))
        next_form = QFormLayout(next_box)
        for key, label in NEXT_FIELDS:
            next_form.addRow(self.tr(label), self._line(("next_meeting", key)))
        layout.addWidget(next_box)

        sign_box = QGroupBox(self.tr("Justering"))
        self.signature = QLabel()
        self.signature.setObjectName("signature")
        self.signature.setWordWrap(True)
        QVBoxLayout(sign_box).addWidget(self.signature)
        layout.addWidget(sign_box)
        layout.addStretch(1)
        self.setWidget(content)
        session.changed.connect(self.refresh)
        session.reloaded.connect(self.populate)

    def _line(self, path: editing.Path) -> _LineEdit:
        edit = _LineEdit()
        edit.setObjectName("field_" + "_".join(str(p) for p in path))
        edit.editingFinished.connect(lambda p=path: self._commit(p))
        # The adjusters line shows a list: its source is shown from the first name's.
        source = ("adjusters", 0) if path == ("adjusters",) else path
        edit.focused.connect(lambda p=source: self.source_selected.emit(p))
        self.edits[path] = edit
        return edit

    def _value_text(self, path: editing.Path) -> str:
        if path == ("adjusters",):
            return ", ".join(self.session.meeting.adjusters)
        if path[0] == "next_meeting" and self.session.meeting.next_meeting is None:
            return ""
        value = editing.get(self.session.meeting, path)
        return "" if value is None or value is editing.ABSENT else str(value)

    def _commit(self, path: editing.Path) -> None:
        text = self.edits[path].text().strip()
        if text == self._value_text(path):
            return
        meeting = self.session.meeting
        if path == ("adjusters",):
            names = [n.strip() for n in text.split(",") if n.strip()]
            self.session.perform(lambda m: editing.set_value(m, path, names), self.tr("Ändra justerare"))
        elif path[0] == "next_meeting" and meeting.next_meeting is None:
            nxt = NextMeeting(**{str(path[1]): text or None} if path[1] in OPTIONAL else {str(path[1]): text})
            self.session.perform(lambda m: editing.set_value(m, ("next_meeting",), nxt), self.tr("Nästa möte"))
        else:
            value = (text or None) if path[-1] in OPTIONAL else text
            self.session.perform(lambda m: editing.set_value(m, path, value), self.tr("Ändra fält"))
        self.edits[path].setText(self._value_text(path))

    def populate(self) -> None:
        read_only = self.session.read_only
        for path, edit in self.edits.items():
            edit.setText(self._value_text(path))
            edit.setCursorPosition(0)
            edit.setReadOnly(read_only)
        for table in self.tables.values():
            table.populate()
        self.items.populate()
        self._show_signature()

    def _show_signature(self) -> None:
        approval = self.session.meeting.approval
        if approval is None:
            self.signature.setText(self.tr("Inte justerat (utkast)."))
        else:
            self.signature.setText(
                self.tr("Justerat %1 av %2. Justerare: %3. Sekreterare: %4.")
                .replace("%1", approval.date).replace("%2", approval.approved_by)
                .replace("%3", ", ".join(approval.adjusters)).replace("%4", approval.secretary))

    def refresh(self, change: editing.Change, _origin: object = None) -> None:
        if change.structural:
            self.populate()
            return
        for path in change.value_paths:
            head = path[0]
            if head in self.tables:
                self.tables[str(head)].refresh_value(path)
            elif head == "items":
                self.items.refresh_value(path)
            elif head == "adjusters":
                self.edits[("adjusters",)].setText(self._value_text(("adjusters",)))
            elif path in self.edits:
                self.edits[path].setText(self._value_text(path))
