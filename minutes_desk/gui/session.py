"""One open record: the meeting, its undo stack and its autosave.

Every change goes through :meth:`Session.perform` (an operation of minutes_desk.editing pushed as
an undoable command); views listen to :attr:`Session.changed` and refresh from the reported
Change. ``origin`` names the view that already shows the change (typing in the text pane), so
it does not apply it twice.

Autosave writes a copy of the record in the service's writer thread, so typing never waits for
the disk; an explicit :meth:`Session.save` (before opening, approving, exporting, closing) waits.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from concurrent.futures import Future, wait

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from minutes_desk import editing
from minutes_desk.errors import ReadOnlyError
from minutes_desk.gui.service import Service, TextCorrection
from minutes_desk.gui.settings import AUTOSAVE_MS
from minutes_desk.model import Meeting, Status

TYPING_ID = 1


class EditCommand(QUndoCommand):
    def __init__(self, session: Session, change: editing.Change, label: str, origin: object, typing: bool) -> None:
        super().__init__(label)
        self.session = session
        self.change = change
        self.origin = origin
        self.typing = typing
        self._done = True  # the operation already ran when the command is pushed

    def id(self) -> int:
        return TYPING_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing merges into one step per word with the space after it; a jump elsewhere, or a
        deletion, starts a new step."""
        if not isinstance(other, EditCommand) or not other.typing:
            return False
        last, new = self.change.text_edits[-1:], other.change.text_edits[:1]
        if not last or not new or new[0].old or last[0].old:
            return False
        adjacent = new[0].start == last[0].start + len(last[0].new)
        if not adjacent or last[0].new[-1:].isspace():
            return False
        self.change = self.change.then(other.change)
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            self.session._announce(self.change, self.origin)
            return
        editing.apply(self.session.meeting, self.change)
        self.session._announce(self.change, None)

    def undo(self) -> None:
        inverse = self.change.inverse()
        editing.apply(self.session.meeting, inverse)
        self.session._announce(inverse, None)


class Session(QObject):
    changed = Signal(object, object)
    """(Change, origin): the meeting changed; views not equal to origin refresh from the Change."""
    reloaded = Signal()
    """A different or re-read record (opened, approved, reopened): views show it afresh."""
    saved = Signal()
    save_failed = Signal(str)
    """An autosave was not written (the record stays unsaved and is tried again), with why."""
    _autosaved = Signal(object, object)
    """(Future, the corrections it logs), from the writer thread to this one."""
    refused = Signal(str)
    """An edit that was not made (read-only record), with the message for the user."""

    def __init__(self, service: Service, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.meeting = Meeting()
        self.meeting_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self._dirty = False
        self._corrections: list[TextCorrection] = []
        self._in_flight: list[TextCorrection] = []
        self._autosaving: tuple[Future[None], list[TextCorrection]] | None = None
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._save_in_background)
        self._autosaved.connect(self._after_autosave)

    @property
    def read_only(self) -> bool:
        return self.meeting.status == Status.APPROVED

    def open(self, meeting_id: int) -> None:
        self.save()
        self.meeting = self.service.load(meeting_id)
        self.meeting_id = meeting_id
        self.undo_stack.clear()
        self.reloaded.emit()

    def reload(self) -> None:
        if self.meeting_id is not None:
            self.open(self.meeting_id)

    def perform(self, operation: Callable[[Meeting], editing.Change], label: str,
                origin: object = None, typing: bool = False) -> editing.Change | None:
        """Run an edit operation on the meeting and push it as one undo step."""
        if self.read_only:
            self.refused.emit(self.tr("Protokollet är justerat. Återöppna det för att ändra."))
            return None
        try:
            change = operation(self.meeting)
        except ReadOnlyError as exc:
            self.refused.emit(str(exc))
            return None
        if change:
            self.undo_stack.push(EditCommand(self, change, label, origin, typing))
        return change

    def note_correction(self, old: str, new: str, start: int | None = None, end: int | None = None) -> None:
        """A proofreading correction, logged with the next save."""
        self._corrections.append(TextCorrection(old, new, start, end))

    def _announce(self, change: editing.Change, origin: object) -> None:
        self._dirty = True
        if not self._autosave.isActive():
            self._autosave.start()
        self.changed.emit(change, origin)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def save(self) -> None:
        """Write now and wait, after an autosave under way (raises MinutesDeskError if it cannot
        be written). What follows (approve, open another record, export) sees everything saved."""
        if self._autosaving is not None:
            future, what = self._autosaving
            wait([future])
            self._after_autosave(future, what)  # now; its queued report is then ignored
        future = self._submit(copy_meeting=False)
        if future is None:
            return
        try:
            future.result()
        except Exception:
            self._restore(self._in_flight)
            raise
        self.saved.emit()

    def _save_in_background(self) -> None:
        if self._autosaving is not None:  # one at a time: its outcome decides what is unsaved
            self._autosave.start()
            return
        future = self._submit(copy_meeting=True)
        if future is not None:
            self._autosaving = (future, self._in_flight)
            future.add_done_callback(lambda f, what=self._in_flight: self._autosaved.emit(f, what))

    def _submit(self, copy_meeting: bool) -> Future[None] | None:
        self._autosave.stop()
        if not (self._dirty and self.meeting_id is not None and not self.read_only):
            return None
        meeting = copy.deepcopy(self.meeting) if copy_meeting else self.meeting
        self._in_flight, self._corrections = self._corrections, []
        self._dirty = False
        return self.service.save(self.meeting_id, meeting, self._in_flight)

    def _after_autosave(self, future: Future[None], corrections: list[TextCorrection]) -> None:
        if self._autosaving is None or self._autosaving[0] is not future:
            return  # save() took this outcome already
        self._autosaving = None
        error = future.exception()
        if error is None:
            self.saved.emit()
            return
        self._restore(corrections)
        self._autosave.start()
        self.save_failed.emit(str(error))

    def _restore(self, corrections: list[TextCorrection]) -> None:
        """Nothing was written (one transaction): unsaved again, corrections kept for the next try."""
        self._corrections = corrections + self._corrections
        self._dirty = True

    def approve(self, adjusters: list[str], secretary: str, date: str | None) -> None:
        self.save()
        assert self.meeting_id is not None
        self.service.approve(self.meeting_id, adjusters, secretary, date)
        self.reload()

    def reopen(self, reason: str) -> None:
        assert self.meeting_id is not None
        self.service.reopen(self.meeting_id, reason)
        self.reload()
