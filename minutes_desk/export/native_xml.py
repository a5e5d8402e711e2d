"""The native XML format (resources/schema/minutes-desk-record-1.xsd): write, validate, read back.

The format carries everything a :class:`~minutes_desk.model.Meeting` holds, so that a record can
leave the machine and come back (``import-xml``) without losing a span or a flag, and so that the
content hash can be recomputed from the file alone.
"""

from __future__ import annotations

import base64
import binascii
import functools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from lxml import etree

from minutes_desk import __version__, config
from minutes_desk.errors import InputError, MinutesDeskError
from minutes_desk.export import safe_xml
from minutes_desk.model import (
    AgendaItem,
    Approval,
    Decision,
    Meeting,
    NextMeeting,
    Participant,
    SourceDocument,
    Span,
    Status,
)

NS = "urn:x-minutes-desk:record:1"
SCHEMA_FILE = "minutes-desk-record-1.xsd"
FORMAT_VERSION = "1"
_Q = f"{{{NS}}}"
_NOT_XML = safe_xml.NOT_XML_CHAR


@dataclass(frozen=True)
class CorrectionCount:
    old: str
    new: str
    count: int


@dataclass
class NativeRecord:
    """A native XML file as read: the record plus what the file states about it."""

    meeting: Meeting
    record_hash: str
    """The hash the file states for its record (root/@recordHash)."""
    corrections: list[CorrectionCount] = field(default_factory=list)
    corrections_total: int = 0
    exported_at: str = ""
    generator: str = ""


def summarize_corrections(changes: Iterable[tuple[str, str]]) -> list[CorrectionCount]:
    """Each distinct (old, new) change once with its count, most frequent first."""
    counts = Counter((old, new) for old, new in changes if old != new)
    return [CorrectionCount(o, n, c) for (o, n), c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


@functools.cache
def schema() -> etree.XMLSchema:
    path = config.resources_dir() / "schema" / SCHEMA_FILE
    return etree.XMLSchema(etree.parse(str(path)))


def validate(tree: etree._ElementTree, what: str) -> None:
    """MinutesDeskError naming the first violation when ``tree`` does not follow the native XSD."""
    xsd = schema()
    if not xsd.validate(tree):
        err = xsd.error_log.last_error
        raise MinutesDeskError(f"{what} följer inte XML-schemat (rad {err.line}: {err.message})")


# -- writing ------------------------------------------------------------------------------


def to_element(
    meeting: Meeting, corrections: Iterable[CorrectionCount] = (), exported_at: str | None = None
) -> etree._Element:
    """The record as a validated <record> element (MinutesDeskError when it does not validate)."""
    corrections = list(corrections)
    root = etree.Element(_Q + "record", nsmap={None: NS})
    root.set("formatVersion", FORMAT_VERSION)
    root.set("status", meeting.status.value)
    root.set("recordHash", meeting.content_hash())
    root.set("exportedAt", exported_at or datetime.now(timezone.utc).isoformat(timespec="seconds"))
    root.set("generator", f"minutes-desk {__version__}")

    m = _sub(root, "meeting")
    m.set("dateInferred", _bool(meeting.date_inferred))
    _text(m, "body", meeting.body)
    _text(m, "title", meeting.title)
    _text(m, "protocolNumber", meeting.protocol_number)
    _optional(m, "date", meeting.date)
    _optional(m, "start", meeting.start)
    _optional(m, "end", meeting.end)
    _text(m, "place", meeting.place)
    for tag, people in (("attendees", meeting.attendees), ("absent", meeting.absent), ("guests", meeting.guests)):
        group = _sub(m, tag)
        for person in people:
            _participant(group, person)
    _text(m, "chair", meeting.chair)
    _text(m, "secretary", meeting.secretary)
    adjusters = _sub(m, "adjusters")
    for name in meeting.adjusters:
        _text(adjusters, "adjuster", name)
    items = _sub(m, "items")
    for item in meeting.items:
        _item(items, item)
    if meeting.next_meeting is not None:
        _next_meeting(m, meeting.next_meeting)
    _spans(m, meeting.spans)

    source = _sub(root, "source")
    _attribute(source, "fileName", meeting.source.file_name)
    _attribute(source, "sha256", meeting.source.sha256)
    _text(root, "text", meeting.text)
    if meeting.approval is not None:
        _approval(root, meeting.approval)
    summary = _sub(root, "corrections")
    summary.set("total", str(sum(c.count for c in corrections)))
    for c in corrections:
        entry = _sub(summary, "correction")
        entry.set("count", str(c.count))
        _text(entry, "old", c.old)
        _text(entry, "new", c.new)

    tree = etree.ElementTree(root)
    validate(tree, "XML-exporten")
    return root


def to_bytes(meeting: Meeting, corrections: Iterable[CorrectionCount] = (), exported_at: str | None = None) -> bytes:
    root = to_element(meeting, corrections, exported_at)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _sub(parent: etree._Element, tag: str) -> etree._Element:
    return etree.SubElement(parent, _Q + tag)


def _text(parent: etree._Element, tag: str, value: str) -> etree._Element:
    el = _sub(parent, tag)
    if _NOT_XML.search(value):
        el.set("encoding", "base64")
        el.text = base64.b64encode(value.encode("utf-8", "surrogatepass")).decode("ascii")
    else:
        el.text = value
    return el


def _attribute(el: etree._Element, key: str, value: str) -> None:
    """Attributes have no base64 fallback; such a value (a control character in a file name) is refused."""
    if _NOT_XML.search(value):
        raise MinutesDeskError(f"XML-exporten: {key} innehåller tecken som XML inte kan bära ({value!r})")
    el.set(key, value)


def _optional(parent: etree._Element, tag: str, value: str | None) -> None:
    if value is not None:
        _text(parent, tag, value)


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _spans(parent: etree._Element, spans: dict[str, Span]) -> None:
    el = _sub(parent, "spans")
    for name, (start, end) in spans.items():
        span = _sub(el, "span")
        _attribute(span, "field", name)
        span.set("start", str(start))
        span.set("end", str(end))


def _participant(parent: etree._Element, person: Participant) -> None:
    el = _sub(parent, "participant")
    el.set("remote", _bool(person.remote))
    _text(el, "name", person.name)
    _text(el, "organisation", person.organisation)
    _text(el, "role", person.role)
    _spans(el, person.spans)


def _item(parent: etree._Element, item: AgendaItem) -> None:
    el = _sub(parent, "item")
    _text(el, "number", item.number)
    _text(el, "title", item.title)
    _text(el, "text", item.text)
    decisions = _sub(el, "decisions")
    for decision in item.decisions:
        d = _sub(decisions, "decision")
        _text(d, "text", decision.text)
        _spans(d, decision.spans)
    _spans(el, item.spans)


def _next_meeting(parent: etree._Element, nxt: NextMeeting) -> None:
    el = _sub(parent, "nextMeeting")
    el.set("dateInferred", _bool(nxt.date_inferred))
    _optional(el, "date", nxt.date)
    _optional(el, "start", nxt.start)
    _optional(el, "end", nxt.end)
    _text(el, "place", nxt.place)
    _spans(el, nxt.spans)


def _approval(parent: etree._Element, approval: Approval) -> None:
    el = _sub(parent, "approval")
    el.set("contentHash", approval.content_hash)
    for name in approval.adjusters:
        _text(el, "adjuster", name)
    _text(el, "secretary", approval.secretary)
    _text(el, "date", approval.date)
    _text(el, "approvedBy", approval.approved_by)
    _text(el, "approvedAt", approval.approved_at)


# -- reading ------------------------------------------------------------------------------


def read(source: str | Path | bytes, name: str = "XML-filen") -> NativeRecord:
    """A native XML file parsed safely and validated; InputError (one line) for anything else."""
    tree = safe_xml.parse_bytes(source, name) if isinstance(source, bytes) else safe_xml.parse_file(source)
    if isinstance(source, (str, Path)):
        name = Path(source).name
    root = tree.getroot()
    if root.tag != _Q + "record":
        raise InputError(f"{name}: inte en minutes_desk-post (rotelementet är {etree.QName(root).localname!r})")
    try:
        validate(tree, name)
    except MinutesDeskError as exc:
        raise InputError(str(exc)) from None
    return from_element(root, name)


def from_element(root: etree._Element, name: str = "XML-filen") -> NativeRecord:
    """The record of a validated <record> element."""
    m = root.find(_Q + "meeting")
    src = root.find(_Q + "source")
    approval_el = root.find(_Q + "approval")
    status = Status(root.get("status"))
    if (status is Status.APPROVED) != (approval_el is not None):
        raise InputError(f"{name}: status och justeringsuppgifter stämmer inte överens")
    nxt = m.find(_Q + "nextMeeting")
    meeting = Meeting(
        body=_get(m, "body", name),
        title=_get(m, "title", name),
        protocol_number=_get(m, "protocolNumber", name),
        date=_get_optional(m, "date", name),
        date_inferred=_parse_bool(m.get("dateInferred")),
        start=_get_optional(m, "start", name),
        end=_get_optional(m, "end", name),
        place=_get(m, "place", name),
        attendees=[_read_participant(p, name) for p in m.find(_Q + "attendees")],
        absent=[_read_participant(p, name) for p in m.find(_Q + "absent")],
        guests=[_read_participant(p, name) for p in m.find(_Q + "guests")],
        chair=_get(m, "chair", name),
        secretary=_get(m, "secretary", name),
        adjusters=[_decode(a, name) for a in m.find(_Q + "adjusters")],
        items=[_read_item(i, name) for i in m.find(_Q + "items")],
        next_meeting=_read_next(nxt, name) if nxt is not None else None,
        status=status,
        approval=_read_approval(approval_el, name) if approval_el is not None else None,
        source=SourceDocument(file_name=src.get("fileName"), sha256=src.get("sha256")),
        text=_get(root, "text", name),
        spans=_read_spans(m),
    )
    summary = root.find(_Q + "corrections")
    corrections = [
        CorrectionCount(_get(c, "old", name), _get(c, "new", name), int(c.get("count"))) for c in summary
    ]
    return NativeRecord(
        meeting=meeting,
        record_hash=root.get("recordHash"),
        corrections=corrections,
        corrections_total=int(summary.get("total")),
        exported_at=root.get("exportedAt"),
        generator=root.get("generator"),
    )


def _decode(el: etree._Element, name: str) -> str:
    value = el.text or ""
    if el.get("encoding") != "base64":
        return value
    try:
        return base64.b64decode(value, validate=True).decode("utf-8", "surrogatepass")
    except (binascii.Error, UnicodeDecodeError):
        raise InputError(f"{name}: trasigt base64-värde i <{etree.QName(el).localname}>") from None


def _get(parent: etree._Element, tag: str, name: str) -> str:
    return _decode(parent.find(_Q + tag), name)


def _get_optional(parent: etree._Element, tag: str, name: str) -> str | None:
    el = parent.find(_Q + tag)
    return None if el is None else _decode(el, name)


def _parse_bool(value: str | None) -> bool:
    return value in ("true", "1")


def _read_spans(parent: etree._Element) -> dict[str, Span]:
    return {s.get("field"): (int(s.get("start")), int(s.get("end"))) for s in parent.find(_Q + "spans")}


def _read_participant(el: etree._Element, name: str) -> Participant:
    return Participant(
        name=_get(el, "name", name),
        organisation=_get(el, "organisation", name),
        role=_get(el, "role", name),
        remote=_parse_bool(el.get("remote")),
        spans=_read_spans(el),
    )


def _read_item(el: etree._Element, name: str) -> AgendaItem:
    return AgendaItem(
        number=_get(el, "number", name),
        title=_get(el, "title", name),
        text=_get(el, "text", name),
        decisions=[Decision(_get(d, "text", name), _read_spans(d)) for d in el.find(_Q + "decisions")],
        spans=_read_spans(el),
    )


def _read_next(el: etree._Element, name: str) -> NextMeeting:
    return NextMeeting(
        date=_get_optional(el, "date", name),
        start=_get_optional(el, "start", name),
        end=_get_optional(el, "end", name),
        place=_get(el, "place", name),
        date_inferred=_parse_bool(el.get("dateInferred")),
        spans=_read_spans(el),
    )


def _read_approval(el: etree._Element, name: str) -> Approval:
    return Approval(
        adjusters=[_decode(a, name) for a in el.findall(_Q + "adjuster")],
        secretary=_get(el, "secretary", name),
        date=_get(el, "date", name),
        approved_by=_get(el, "approvedBy", name),
        approved_at=_get(el, "approvedAt", name),
        content_hash=el.get("contentHash"),
    )
