from __future__ import annotations

import dataclasses
import hashlib

import pytest

from minutes_desk.errors import NotFoundError
from minutes_desk.model import AgendaItem, Approval, Decision, Meeting, NextMeeting, Participant, Status
from minutes_desk.store import Correction, Store
from tests.conftest import seed_path
from tests.store.samples import full_meeting


def _content(meeting: Meeting) -> dict:
    data = meeting.to_dict()
    for key in ("status", "approval", "source"):
        data.pop(key)
    return data


def test_save_and_load_round_trip_every_field(store: Store) -> None:
    meeting_id = store.import_file(seed_path("000")).id
    meeting = full_meeting()
    store.save(meeting_id, meeting)
    loaded = store.load(meeting_id)
    assert _content(loaded) == _content(meeting)
    assert loaded.attendees[1].remote is True
    assert loaded.items[1].decisions[0].spans == {"text": (10, 20)}
    assert loaded.next_meeting is not None and loaded.next_meeting.spans == {"date": (1, 2)}
    assert loaded.status is Status.DRAFT and loaded.approval is None
    assert loaded.source.file_name == seed_path("000").name


def test_save_replaces_lists_rather_than_appending(store: Store) -> None:
    meeting_id = store.add_meeting(full_meeting(), raw_text="rå text", file_name="a.txt")
    meeting = store.load(meeting_id)
    meeting.attendees = [Participant("Ny Person")]
    meeting.items = meeting.items[1:]
    meeting.items[0].decisions = [Decision("att ändra")]
    meeting.next_meeting = None
    store.save(meeting_id, meeting)
    again = store.load(meeting_id)
    assert [p.name for p in again.attendees] == ["Ny Person"]
    assert [i.number for i in again.items] == ["2"]
    assert [d.text for d in again.items[0].decisions] == ["att ändra"]
    assert again.next_meeting is None
    assert store.db.execute("SELECT count(*) FROM decisions").fetchone()[0] == 1


def test_missing_ids_are_not_found(store: Store) -> None:
    meeting_id = store.import_file(seed_path("001")).id
    for call in (
        lambda: store.load(999),
        lambda: store.load(meeting_id, version=2),
        lambda: store.save(999, Meeting()),
        lambda: store.history(999),
        lambda: store.corrections(999),
        lambda: store.document(999),
        lambda: store.log_correction(999, "a", "b"),
        lambda: store.approve(999, ["A"], "B"),
        lambda: store.reopen(999, "skäl"),
    ):
        with pytest.raises(NotFoundError):
            call()


def test_list_and_search_ignore_case_and_accents(store: Store) -> None:
    a = store.add_meeting(full_meeting(), file_name="juni.txt")
    other = full_meeting("Helt annan text")
    other.body, other.place, other.date = "Familjen Helsingborg", "Helsingborg", "2019-01-18"
    b = store.add_meeting(other, file_name="helsingborg.txt")
    assert {s.id for s in store.list_meetings()} == {a, b}
    assert [s.id for s in store.list_meetings("SODERTORN")] == [a]
    assert [s.id for s in store.list_meetings("helsingborg.txt")] == [b]
    assert [s.id for s in store.list_meetings("2019-06")] == [a]
    assert store.list_meetings("finns inte någonstans") == []
    summary = store.list_meetings("södertörn")[0]
    assert (summary.body, summary.date, summary.status, summary.version) == (
        "Södertörnskommunernas ledningsgrupp", "2019-06-14", "draft", 1,
    )
    store.save(a, store.load(a))
    assert store.list_meetings()[0].id == a  # most recently changed first


def test_corrections_are_logged_with_who_where_and_when(store: Store) -> None:
    meeting_id = store.import_file(seed_path("001")).id
    logged = store.log_correction(meeting_id, "Sédertérn", "Södertörn", start=10, end=19)
    assert logged.who == "testanvändare" and logged.at and logged.version == 1
    meeting = store.load(meeting_id)
    meeting.place = "Nacka"
    store.save(
        meeting_id,
        meeting,
        corrections=[Correction(old="Nacke", new="Nacka", field="place", what="field", who="Eva")],
    )
    history = store.corrections(meeting_id)
    assert [(c.old, c.new, c.field, c.what, c.who, c.start) for c in history] == [
        ("Sédertérn", "Södertörn", "text", "text", "testanvändare", 10),
        ("Nacke", "Nacka", "place", "field", "Eva", None),
    ]


def test_a_failing_save_leaves_the_record_and_log_as_they_were(store: Store) -> None:
    meeting_id = store.add_meeting(full_meeting(), file_name="a.txt")
    before = store.load(meeting_id)
    broken = full_meeting("ändrad text")
    broken.attendees.append(Participant(None))  # type: ignore[arg-type]  # NOT NULL fails mid-save
    with pytest.raises(Exception):
        store.save(meeting_id, broken, corrections=[Correction(old="a", new="b")])
    assert store.load(meeting_id) == before
    assert store.corrections(meeting_id) == []


def test_repeated_saves_are_one_history_event(store: Store) -> None:
    meeting_id = store.import_file(seed_path("002")).id
    meeting = store.load(meeting_id)
    for title in ("a", "b", "c"):
        store.save(meeting_id, dataclasses.replace(meeting, title=title))
    store.save(meeting_id, dataclasses.replace(meeting, title="d"), user="Eva")
    assert [(e.kind, e.user) for e in store.history(meeting_id)] == [
        ("imported", "testanvändare"), ("saved", "testanvändare"), ("saved", "Eva"),
    ]
    assert store.load(meeting_id).title == "d"


def test_add_meeting_fills_in_a_missing_source(store: Store) -> None:
    meeting_id = store.add_meeting(full_meeting(), raw_text="Rå OCR-text\n", file_name="från-xml.xml")
    loaded = store.load(meeting_id)
    document = store.document(meeting_id)
    assert loaded.source.file_name == "från-xml.xml" == document.file_name
    assert loaded.source.sha256 == document.sha256 == hashlib.sha256("Rå OCR-text\n".encode()).hexdigest()
    assert document.raw_text == "Rå OCR-text\n"
    assert [e.kind for e in store.history(meeting_id)] == ["created"]
    without_text = store.add_meeting(full_meeting())
    assert store.document(without_text).raw_text is None
    assert store.load(without_text).source.sha256 == hashlib.sha256(full_meeting().text.encode()).hexdigest()


def test_the_store_knows_every_field_of_the_model() -> None:
    """A field added to the model must get a column here, or records would lose it (and approvals break)."""
    stored = {
        Meeting: {
            "body", "title", "protocol_number", "date", "date_inferred", "start", "end", "place", "attendees",
            "absent", "guests", "chair", "secretary", "adjusters", "items", "next_meeting", "status", "approval",
            "source", "text", "spans",
        },
        Participant: {"name", "organisation", "role", "remote", "spans"},
        AgendaItem: {"number", "title", "text", "decisions", "spans"},
        Decision: {"text", "spans"},
        NextMeeting: {"date", "start", "end", "place", "date_inferred", "spans"},  # stored whole, as JSON
        Approval: {"adjusters", "secretary", "date", "approved_by", "approved_at", "content_hash"},
    }
    for cls, names in stored.items():
        assert {f.name for f in dataclasses.fields(cls)} == names, cls.__name__


def test_an_ignored_word_can_be_flagged_again(store: Store) -> None:
    meeting_id = store.add_meeting(full_meeting(), file_name="a.txt")
    other = store.add_meeting(full_meeting("Annan text"), file_name="b.txt")
    store.ignore_word(meeting_id, "Gyllestad")
    store.ignore_word(meeting_id, "Nykvarn")
    store.ignore_word(other, "Gyllestad")
    assert store.unignore_word(meeting_id, " Gyllestad ") is True
    assert store.unignore_word(meeting_id, "Gyllestad") is False  # no longer there
    assert store.unignore_word(meeting_id, "gyllestad") is False  # exact spelling, as ignored
    assert store.ignored_words(meeting_id) == {"Nykvarn"}
    assert store.ignored_words(other) == {"Gyllestad"}  # per record
    store.approve(meeting_id, ["A"], "B")
    assert store.unignore_word(meeting_id, "Nykvarn") is True  # no content: allowed when approved
    assert store.ignored_words(meeting_id) == set()
    with pytest.raises(NotFoundError):
        store.unignore_word(999, "Nykvarn")
