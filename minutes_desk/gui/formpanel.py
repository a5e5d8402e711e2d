"""The structured record beside the text: meeting fields, participants, agenda, next meeting,
justering. Selecting a value shows its source; the panel refreshes from reported Changes.

The meeting's fields stay in view at the top; below them one tab at a time (agenda first, what
a secretary works through), each reachable by its Alt+letter."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minutes_desk import editing
from minutes_desk.gui.items import ItemsEditor
from minutes_desk.gui.participants import ParticipantTable
from minutes_desk.gui.session import Session
from minutes_desk.model import NextMeeting

# (path, label, row, column); a field in column 0 alone on its row spans both columns.
# Every value a plain line of text. Dates ISO, times HH:MM, as in the model.
FIELDS: tuple[tuple[editing.Path, str, int, int], ...] = (
    (("body",), QT_TRANSLATE_NOOP("FormPanel", "Organ"), 0, 0),
    (("title",), QT_TRANSLATE_NOOP("FormPanel", "Rubrik"), 1, 0),
    (("date",), QT_TRANSLATE_NOOP("FormPanel", "Datum"), 2, 0),
    (("protocol_number",), QT_TRANSLATE_NOOP("FormPanel", "Protokollnr"), 2, 1),
    (("start",), QT_TRANSLATE_NOOP("FormPanel", "Början"), 3, 0),
    (("end",), QT_TRANSLATE_NOOP("FormPanel", "Slut"), 3, 1),
    (("place",), QT_TRANSLATE_NOOP("FormPanel", "Plats"), 4, 0),
    (("chair",), QT_TRANSLATE_NOOP("FormPanel", "Ordförande"), 5, 0),
    (("secretary",), QT_TRANSLATE_NOOP("FormPanel", "Sekreterare"), 5, 1),
    (("adjusters",), QT_TRANSLATE_NOOP("FormPanel", "Justerare"), 6, 0),
)
TABS: tuple[tuple[str, str], ...] = (
    ("items", QT_TRANSLATE_NOOP("FormPanel", "&Dagordning (%1)")),
    ("attendees", QT_TRANSLATE_NOOP("FormPanel", "D&eltagare (%1)")),
    ("absent", QT_TRANSLATE_NOOP("FormPanel", "&Frånvarande (%1)")),
    ("guests", QT_TRANSLATE_NOOP("FormPanel", "Övri&ga (%1)")),
    ("next", QT_TRANSLATE_NOOP("FormPanel", "&Nästa möte, justering")),
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


class FormPanel(QWidget):
    source_selected = Signal(object)
    """A form value was selected: its path (the window marks the source span)."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("formPanel")
        # A read-only value (an approved record) must not look like one to type into.
        self.setStyleSheet("QLineEdit:read-only, QPlainTextEdit:read-only { background: palette(window); }")
        self.edits: dict[editing.Path, _LineEdit] = {}

        meeting_box = QGroupBox(self.tr("Mötet"))
        grid = QGridLayout(meeting_box)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        alone = {row for _, _, row, _ in FIELDS} - {row for _, _, row, col in FIELDS if col == 1}
        for path, label, row, col in FIELDS:
            edit = self._line(path)
            caption = QLabel(self.tr(label))
            caption.setBuddy(edit)
            grid.addWidget(caption, row, col * 2)
            grid.addWidget(edit, row, col * 2 + 1, 1, 3 if row in alone else 1)
        self.adjusters = self.edits[("adjusters",)]

        self.tabs = QTabWidget()
        # Fusion draws unselected tabs lower and clips the dots of a capital Ö ("Övriga" read "Ovriga").
        self.tabs.tabBar().setStyleSheet(
            "QTabBar::tab { padding: 5px 10px 4px 10px; margin-right: 2px; border: 1px solid palette(mid);"
            " border-bottom: none; border-top-left-radius: 3px; border-top-right-radius: 3px;"
            " background: palette(button); }"
            " QTabBar::tab:selected { background: palette(base); }"
        )
        self.tabs.setObjectName("formTabs")
        self.items = ItemsEditor(session)
        self.items.source_selected.connect(self.source_selected)
        self.tables: dict[str, ParticipantTable] = {}
        pages: dict[str, QWidget] = {"items": self.items}
        for group in ("attendees", "absent", "guests"):
            table = ParticipantTable(session, group)
            table.source_selected.connect(self.source_selected)
            self.tables[group] = table
            pages[group] = _scrolled(table)
        pages["next"] = self._next_and_signature()
        for key, _label in TABS:
            self.tabs.addTab(pages[key], "")
        self.tabs.setTabToolTip(3, self.tr("Övriga närvarande"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(meeting_box)
        layout.addWidget(self.tabs, 1)
        session.changed.connect(self.refresh)
        session.reloaded.connect(self.populate)
        self._label_tabs()

    def current_table(self) -> ParticipantTable:
        """The participant list in view; else the attendees, brought into view."""
        keys = [key for key, _ in TABS]
        key = keys[self.tabs.currentIndex()]
        if key not in self.tables:
            key = "attendees"
            self.tabs.setCurrentIndex(keys.index(key))
        return self.tables[key]

    def _next_and_signature(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
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
        return page

    def _label_tabs(self) -> None:
        meeting = self.session.meeting
        counts = {"items": len(meeting.items), "attendees": len(meeting.attendees),
                  "absent": len(meeting.absent), "guests": len(meeting.guests)}
        for index, (key, label) in enumerate(TABS):
            self.tabs.setTabText(index, self.tr(label).replace("%1", str(counts.get(key, ""))))

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(next(i for i, (k, _) in enumerate(TABS) if k == key))

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
        self._label_tabs()

    def _show_signature(self) -> None:
        approval = self.session.meeting.approval
        if approval is None:
            self.signature.setText(self.tr("Inte justerat (utkast). Justera med Ctrl+J."))
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


def _scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` at the top of a scrollable page (not centred in it)."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(widget)
    layout.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area
