"""The small value types the store hands out besides :class:`~minutes_desk.model.Meeting`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImportResult:
    id: int
    """The meeting record's id (the existing one when the same bytes were imported before)."""
    path: str
    created: bool


@dataclass(frozen=True)
class ImportFailure:
    path: str
    message: str
    """One line for the user, Swedish, from :class:`~minutes_desk.errors.InputError`."""


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    body: str
    title: str
    date: str | None
    status: str
    file_name: str
    updated_at: str
    version: int


@dataclass(frozen=True)
class Document:
    id: int
    file_name: str
    sha256: str
    encoding: str
    raw_text: str | None
    """None for records that arrived without their OCR text (XML import)."""
    imported_at: str


@dataclass(frozen=True)
class Correction:
    """One change to the record: what kind, where (field and offsets into that version's text)."""

    old: str
    new: str
    start: int | None = None
    end: int | None = None
    field: str = "text"
    what: str = "text"
    """The kind of change, e.g. "text" (proofreading), "field" (a value typed by hand)."""
    who: str = ""
    at: str = ""
    id: int | None = None
    meeting_id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class HistoryEvent:
    version: int
    kind: str
    """"imported", "created", "saved", "approved" or "reopened"."""
    at: str
    user: str
    detail: str
    """File name, content hash (approved) or the reason (reopened)."""
