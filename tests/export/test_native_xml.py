from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from lxml import etree

from minutes_desk.errors import InputError, MinutesDeskError
from minutes_desk.export import native_xml, safe_xml
from minutes_desk.export.native_xml import CorrectionCount, summarize_corrections
from minutes_desk.model import AgendaItem, Decision, Meeting, NextMeeting, Participant
from tests.export import samples


def round_trip(meeting: Meeting, corrections: list[CorrectionCount] | None = None) -> native_xml.NativeRecord:
    data = native_xml.to_bytes(meeting, corrections or [])
    native_xml.validate(etree.ElementTree(etree.fromstring(data)), "test")
    return native_xml.read(data)


def assert_same_fields(a: object, b: object, path: str = "meeting") -> None:
    """Field by field, so a failure names the field that was lost."""
    assert type(a) is type(b), path
    if dataclasses.is_dataclass(a):
        for f in dataclasses.fields(a):
            assert_same_fields(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
    elif isinstance(a, list):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b)):
            assert_same_fields(x, y, f"{path}[{i}]")
    else:
        assert a == b, path


@pytest.mark.parametrize("make", [samples.draft, samples.approved], ids=["draft", "approved"])
def test_a_realistic_record_validates_and_round_trips_field_by_field(make) -> None:
    meeting = make(6)
    record = round_trip(meeting)
    assert_same_fields(meeting, record.meeting)
    assert record.meeting == meeting
    assert record.record_hash == meeting.content_hash()
    # The sample exercises what a lossy format would drop: roles, remote, spans, inferred dates.
    assert any(p.remote for p in record.meeting.attendees)
    assert any(p.role == "ordförande" for p in record.meeting.attendees)
    assert record.meeting.next_meeting.date_inferred and record.meeting.next_meeting.end is None
    assert all(i.spans for i in record.meeting.items)


def test_the_record_built_through_from_dict_round_trips_through_json_and_xml_alike() -> None:
    data = samples.realistic_dict(3)
    meeting = Meeting.from_dict(data)
    assert native_xml.read(native_xml.to_bytes(meeting)).meeting.to_dict() == meeting.to_dict()


def test_none_and_empty_and_awkward_strings_stay_apart() -> None:
    meeting = Meeting(
        body="Styrelsen  med  dubbla mellanslag ",
        date=None,
        start="08:30",
        end=None,
        attendees=[Participant("", "", "", True, {"name": (0, 0)})],
        items=[
            AgendaItem("§ 12", "", "Rad ett\r\nrad två\n\n\tindrag", [Decision("att <godkänna> & \"anta\"")]),
            AgendaItem("", "Sidbrytning\x0cfrån OCR", "nollbyte\x00 och \x1b escape", []),
        ],
        next_meeting=NextMeeting(),
        text="Text med sidbrytning \x0c och \ud7ff samt 😀",
        spans={"odd key with spaces": (3, 1), "": (0, 0)},
    )
    record = round_trip(meeting)
    assert_same_fields(meeting, record.meeting)
    assert record.meeting.date is None and record.meeting.end is None
    assert record.meeting.next_meeting == NextMeeting()
    data = native_xml.to_bytes(meeting).decode("utf-8")
    assert 'encoding="base64"' in data  # the form feed and NUL cannot be XML characters


def test_a_record_without_next_meeting_or_approval_round_trips() -> None:
    meeting = Meeting(body="Ledningsgruppen")
    assert round_trip(meeting).meeting == meeting


def test_corrections_summary_counts_each_distinct_change() -> None:
    summary = summarize_corrections([("Sédertérn", "Södertörn"), ("6vriga", "övriga"), ("Sédertérn", "Södertörn"), ("a", "a")])
    assert summary == [CorrectionCount("Sédertérn", "Södertörn", 2), CorrectionCount("6vriga", "övriga", 1)]
    record = round_trip(samples.approved(2), summary)
    assert record.corrections == summary
    assert record.corrections_total == 3


def test_an_invalid_record_fails_the_export_loudly() -> None:
    meeting = samples.draft(2)
    meeting.date = "2019-02-30"
    with pytest.raises(MinutesDeskError, match="följer inte XML-schemat"):
        native_xml.to_bytes(meeting)
    meeting = samples.draft(2)
    meeting.start = "kvart i nio"
    with pytest.raises(MinutesDeskError, match="XML-schemat"):
        native_xml.to_bytes(meeting)


def test_the_schema_documents_every_field_of_the_record() -> None:
    xsd = (Path(native_xml.config.resources_dir()) / "schema" / native_xml.SCHEMA_FILE).read_text("utf-8")
    for concept in ("corrected document text", "SHA-256 of the original OCR", "contentHash", "corrections"):
        assert concept in xsd
    names = {"body", "title", "protocolNumber", "date", "dateInferred", "start", "end", "place", "attendees",
             "absent", "guests", "chair", "secretary", "adjusters", "items", "nextMeeting", "spans", "remote",
             "organisation", "role", "decisions", "approvedBy", "approvedAt"}
    for name in names:
        assert f'name="{name}"' in xsd, name
    assert len(dataclasses.fields(Meeting)) == 21  # a new Meeting field must be added to the format too


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<record xmlns="urn:x-minutes-desk:record:1">&lol9;</record>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE record [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<record xmlns="urn:x-minutes-desk:record:1"><meeting>&xxe;</meeting></record>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE record SYSTEM "http://example.invalid/evil.dtd">
<record xmlns="urn:x-minutes-desk:record:1"/>"""


@pytest.mark.parametrize(
    "data, reason",
    [
        (BILLION_LAUGHS, "DTD"),
        (EXTERNAL_ENTITY, "DTD"),
        (EXTERNAL_DTD, "DTD"),
        (b"<record><unclosed></record>", "ogiltig XML"),
        (b"", "tom"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00binary", "ogiltig XML"),
        (b'<?xml version="1.0"?><html><body/></html>', "rotelementet"),
        (b'<record xmlns="urn:x-minutes-desk:record:1" formatVersion="1"/>', "XML-schemat"),
    ],
    ids=["billion-laughs", "external-entity", "external-dtd", "malformed", "empty", "binary", "wrong-root", "invalid"],
)
def test_hostile_or_broken_files_get_one_clear_line(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "in.xml"
    path.write_bytes(data)
    with pytest.raises(InputError, match=reason) as caught:
        native_xml.read(path)
    assert "\n" not in str(caught.value)
    assert "root:" not in str(caught.value)  # nothing of /etc/passwd leaks into the message


def test_an_oversized_file_is_refused_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe_xml, "MAX_XML_BYTES", 1000)
    path = tmp_path / "big.xml"
    path.write_bytes(native_xml.to_bytes(samples.draft(2)))
    with pytest.raises(InputError, match="för stor"):
        native_xml.read(path)


def test_status_and_approval_must_agree(tmp_path: Path) -> None:
    data = native_xml.to_bytes(samples.approved(1)).replace(b'status="approved"', b'status="draft"')
    with pytest.raises(InputError, match="status"):
        native_xml.read(data)


def test_a_control_character_in_an_attribute_value_is_a_clear_error_not_a_crash() -> None:
    meeting = samples.draft(1)
    meeting.source.file_name = "protokoll\x07.txt"
    with pytest.raises(MinutesDeskError, match="fileName"):
        native_xml.to_bytes(meeting)
