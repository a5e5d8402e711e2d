from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date

import pytest

from minutes_desk.errors import InputError, IntegrityError, ReadOnlyError
from minutes_desk.model import Decision, Status
from minutes_desk.store import Store
from tests.conftest import seed_path
from tests.store.samples import full_meeting


def _approved(store: Store) -> int:
    meeting_id = store.add_meeting(full_meeting(), raw_text="rå OCR-text", file_name="juni.txt")
    store.approve(meeting_id, ["Bo Ek", "Cia Lund"], "Örjan Öst", date="2019-06-20", user="Eva")
    return meeting_id


def test_approval_records_who_signed_which_content(store: Store) -> None:
    meeting_id = store.add_meeting(full_meeting(), file_name="juni.txt")
    expected_hash = store.load(meeting_id).content_hash()
    approval = store.approve(meeting_id, [" Bo Ek ", "", "Cia Lund"], "Örjan Öst", date="2019-06-20")
    assert approval.adjusters == ["Bo Ek", "Cia Lund"]
    assert (approval.secretary, approval.date, approval.approved_by) == ("Örjan Öst", "2019-06-20", "testanvändare")
    assert approval.content_hash == expected_hash and approval.approved_at
    loaded = store.load(meeting_id)
    assert loaded.status is Status.APPROVED and loaded.approval == approval
    assert loaded.content_hash() == approval.content_hash
    assert store.list_meetings()[0].status == "approved"
    assert store.history(meeting_id)[-1].kind == "approved"


def test_approval_date_defaults_to_today(store: Store) -> None:
    meeting_id = store.import_file(seed_path("004")).id
    assert store.approve(meeting_id, ["A"], "B").date == date.today().isoformat()


@pytest.mark.parametrize(
    ("adjusters", "secretary", "when"),
    [([], "B", None), (["  "], "B", None), (["A"], " ", None), (["A"], "B", "2019-02-30"), (["A"], "B", "20/6 2019")],
)
def test_approval_refuses_missing_names_and_bad_dates(store: Store, adjusters, secretary, when) -> None:
    meeting_id = store.import_file(seed_path("004")).id
    with pytest.raises(InputError):
        store.approve(meeting_id, adjusters, secretary, date=when)
    assert store.load(meeting_id).status is Status.DRAFT


def test_an_approved_record_refuses_every_edit(store: Store) -> None:
    meeting_id = _approved(store)
    meeting = store.load(meeting_id)
    meeting.items[1].decisions[0] = Decision("att inte godkänna budgeten")
    with pytest.raises(ReadOnlyError):
        store.save(meeting_id, meeting)
    with pytest.raises(ReadOnlyError):
        store.log_correction(meeting_id, "budgeten", "budget")
    with pytest.raises(ReadOnlyError):
        store.approve(meeting_id, ["X"], "Y")
    assert store.load(meeting_id).items[1].decisions[0].text == "att godkänna budgeten"


def test_the_database_itself_refuses_to_change_an_approved_version(store: Store) -> None:
    """Even SQL that bypasses Store (a bug, a hand edit) cannot reword an approved decision."""
    meeting_id = _approved(store)
    for sql in (
        "UPDATE decisions SET text = 'att avslå'",
        "DELETE FROM decisions",
        "UPDATE items SET title = 'x'",
        "INSERT INTO participants (version_id, kind, position, name) VALUES (1, 'guest', 9, 'X')",
        "UPDATE meeting_versions SET text = 'annan text'",
        "DELETE FROM meeting_versions",
        "UPDATE approvals SET content_hash = 'x'",
        "DELETE FROM approvals",
    ):
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute(sql)
    loaded = store.load(meeting_id)
    assert loaded.content_hash() == loaded.approval.content_hash


def test_reopen_makes_a_new_version_and_keeps_the_approved_one(store: Store) -> None:
    meeting_id = _approved(store)
    approved = store.load(meeting_id)
    assert store.reopen(meeting_id, "Fel beslut i punkt 2", user="Eva") == 2
    draft = store.load(meeting_id)
    assert draft.status is Status.DRAFT and draft.approval is None
    assert dataclasses.replace(draft, status=Status.APPROVED, approval=approved.approval) == approved
    draft.items[1].decisions[0] = Decision("att godkänna budgeten med ändring")
    store.save(meeting_id, draft)
    store.log_correction(meeting_id, "budgeten", "budgeten med ändring", field="items")
    old = store.load(meeting_id, version=1)
    assert old == approved
    assert old.content_hash() == old.approval.content_hash
    assert store.load(meeting_id).items[1].decisions[0].text == "att godkänna budgeten med ändring"
    assert store.corrections(meeting_id)[-1].version == 2
    second = store.approve(meeting_id, ["Bo Ek"], "Örjan Öst", date="2019-06-27")
    assert second.content_hash != approved.approval.content_hash
    assert store.load(meeting_id, version=1).approval == approved.approval
    events = [(e.version, e.kind, e.user, e.detail) for e in store.history(meeting_id)]
    assert events == [
        (1, "created", "testanvändare", "juni.txt"),
        (1, "approved", "Eva", approved.approval.content_hash),
        (2, "reopened", "Eva", "Fel beslut i punkt 2"),
        (2, "saved", "testanvändare", ""),
        (2, "approved", "testanvändare", second.content_hash),
    ]


def test_reopen_needs_a_reason_and_an_approved_record(store: Store) -> None:
    meeting_id = store.import_file(seed_path("000")).id
    with pytest.raises(InputError):
        store.reopen(meeting_id, "skäl")
    store.approve(meeting_id, ["A"], "B")
    with pytest.raises(InputError):
        store.reopen(meeting_id, "   ")
    assert store.load(meeting_id).status is Status.APPROVED


def test_an_approved_record_arrives_with_its_approval_intact(store: Store) -> None:
    """The XML import path: a finished, approved Meeting is stored as approved, hash checked."""
    original = store.load(_approved(store))
    copy_id = store.add_meeting(original, file_name="export.xml", sha256="0" * 64)
    copy = store.load(copy_id)
    assert copy == original
    assert copy.status is Status.APPROVED and copy.content_hash() == copy.approval.content_hash
    with pytest.raises(ReadOnlyError):
        store.save(copy_id, copy)


def test_a_tampered_approved_record_is_refused(store: Store) -> None:
    original = store.load(_approved(store))
    count = len(store.list_meetings())
    tampered = dataclasses.replace(original, place="Någon annanstans")
    with pytest.raises(IntegrityError):
        store.add_meeting(tampered)
    with pytest.raises(IntegrityError):
        store.add_meeting(dataclasses.replace(original, approval=None))
    assert len(store.list_meetings()) == count


def test_importing_the_same_record_again_gives_its_id(store: Store) -> None:
    """XML import is idempotent: same content, source and justering -> the stored record."""
    original = store.load(_approved(store))
    first = store.import_meeting(original, "/tmp/export.xml")
    assert (first.created, first.path) == (False, "/tmp/export.xml")
    count = len(store.list_meetings())
    other_approval = dataclasses.replace(original.approval, date="2019-06-21")
    second = store.import_meeting(dataclasses.replace(original, approval=other_approval), "b.xml")
    assert second.created and second.id != first.id
    assert store.import_meeting(dataclasses.replace(original, approval=other_approval), "c.xml") == (
        type(second)(second.id, "c.xml", created=False)
    )
    as_draft = dataclasses.replace(original, status=Status.DRAFT, approval=None)
    third = store.import_meeting(as_draft)
    assert store.import_meeting(as_draft).id == third.id
    assert store.document(third.id).sha256 == store.document(first.id).sha256
    assert third.created and len(store.list_meetings()) == count + 2
    with pytest.raises(IntegrityError):
        store.import_meeting(dataclasses.replace(original, place="Någon annanstans"))
    assert len(store.list_meetings()) == count + 2
