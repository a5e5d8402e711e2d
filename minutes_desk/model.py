"""The domain model of a meeting record.

Every value the parser fills in remembers where in the raw OCR text it came from (``spans``:
field name -> (start, end) code point offsets), so the app can show the source of a value and
update the value when that text is corrected. Values typed by hand have no span.

Dates are ISO strings ("2019-10-04") and times "HH:MM": they round-trip through JSON, SQLite and
XML unchanged, and the parser is the one place that understands Swedish date forms.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

Span = tuple[int, int]


class Status(str, Enum):
    DRAFT = "draft"
    APPROVED = "approved"


def _spans_from(data: dict[str, Any]) -> dict[str, Span]:
    return {k: (int(v[0]), int(v[1])) for k, v in (data.get("spans") or {}).items()}


@dataclass
class Participant:
    name: str
    organisation: str = ""
    role: str = ""
    remote: bool = False
    spans: dict[str, Span] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Participant:
        return cls(
            name=data.get("name", ""),
            organisation=data.get("organisation", "") or "",
            role=data.get("role", "") or "",
            remote=bool(data.get("remote", False)),
            spans=_spans_from(data),
        )


@dataclass
class Decision:
    text: str
    spans: dict[str, Span] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decision:
        return cls(text=data.get("text", ""), spans=_spans_from(data))


@dataclass
class AgendaItem:
    number: str
    title: str
    text: str = ""
    decisions: list[Decision] = field(default_factory=list)
    spans: dict[str, Span] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AgendaItem:
        return cls(
            number=str(data.get("number", "")),
            title=data.get("title", ""),
            text=data.get("text", "") or "",
            decisions=[
                Decision.from_dict(d) if isinstance(d, dict) else Decision(str(d))
                for d in data.get("decisions", [])
            ],
            spans=_spans_from(data),
        )


@dataclass
class NextMeeting:
    date: str | None = None
    start: str | None = None
    end: str | None = None
    place: str = ""
    date_inferred: bool = False
    spans: dict[str, Span] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NextMeeting:
        return cls(
            date=data.get("date"),
            start=data.get("start"),
            end=data.get("end"),
            place=data.get("place", "") or "",
            date_inferred=bool(data.get("date_inferred", False)),
            spans=_spans_from(data),
        )


@dataclass
class SourceDocument:
    """The OCR text a record was parsed from; the raw text itself lives in the store."""

    file_name: str = ""
    sha256: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SourceDocument:
        return cls(file_name=data.get("file_name", ""), sha256=data.get("sha256", ""))


@dataclass
class Approval:
    """The justering: who signed off which content, when."""

    adjusters: list[str]
    secretary: str
    date: str
    approved_by: str
    approved_at: str
    content_hash: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Approval:
        return cls(
            adjusters=list(data.get("adjusters", [])),
            secretary=data.get("secretary", ""),
            date=data.get("date", ""),
            approved_by=data.get("approved_by", ""),
            approved_at=data.get("approved_at", ""),
            content_hash=data.get("content_hash", ""),
        )


@dataclass
class Meeting:
    body: str = ""
    title: str = ""
    protocol_number: str = ""
    date: str | None = None
    date_inferred: bool = False
    start: str | None = None
    end: str | None = None
    place: str = ""
    attendees: list[Participant] = field(default_factory=list)
    absent: list[Participant] = field(default_factory=list)
    guests: list[Participant] = field(default_factory=list)
    chair: str = ""
    secretary: str = ""
    adjusters: list[str] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    next_meeting: NextMeeting | None = None
    status: Status = Status.DRAFT
    approval: Approval | None = None
    source: SourceDocument = field(default_factory=SourceDocument)
    text: str = ""
    """The document text as corrected so far; every span in the record indexes into it."""
    spans: dict[str, Span] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["status"] = self.status.value
        return _lists_for_spans(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meeting:
        nxt = data.get("next_meeting")
        approval = data.get("approval")
        return cls(
            body=data.get("body", "") or "",
            title=data.get("title", "") or "",
            protocol_number=data.get("protocol_number", "") or "",
            date=data.get("date"),
            date_inferred=bool(data.get("date_inferred", False)),
            start=data.get("start"),
            end=data.get("end"),
            place=data.get("place", "") or "",
            attendees=[Participant.from_dict(p) for p in data.get("attendees", [])],
            absent=[Participant.from_dict(p) for p in data.get("absent", [])],
            guests=[Participant.from_dict(p) for p in data.get("guests", [])],
            chair=data.get("chair", "") or "",
            secretary=data.get("secretary", "") or "",
            adjusters=list(data.get("adjusters", [])),
            items=[AgendaItem.from_dict(i) for i in data.get("items", [])],
            next_meeting=NextMeeting.from_dict(nxt) if nxt else None,
            status=Status(data.get("status", Status.DRAFT.value)),
            approval=Approval.from_dict(approval) if approval else None,
            source=SourceDocument.from_dict(data.get("source") or {}),
            text=data.get("text", "") or "",
            spans=_spans_from(data),
        )

    def content_dict(self) -> dict[str, Any]:
        """What justering signs: the record's content without spans, status or approval."""
        data = _without_spans(self.to_dict())
        for key in ("status", "approval"):
            data.pop(key, None)
        return data

    def content_hash(self) -> str:
        """SHA-256 over a canonical JSON form of :meth:`content_dict` (sorted keys, UTF-8, NFC as stored)."""
        canonical = json.dumps(
            self.content_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":")
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _lists_for_spans(value: Any) -> Any:
    """Spans as JSON lists, so ``to_dict`` output equals what JSON gives back."""
    if isinstance(value, dict):
        return {k: _lists_for_spans(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_lists_for_spans(v) for v in value]
    return value


def _without_spans(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_spans(v) for k, v in value.items() if k != "spans"}
    if isinstance(value, list):
        return [_without_spans(v) for v in value]
    return value
