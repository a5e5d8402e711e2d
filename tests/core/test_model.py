from __future__ import annotations

import json

from minutes_desk.model import AgendaItem, Decision, Meeting, NextMeeting, Participant, Status


def sample() -> Meeting:
    return Meeting(
        body="Södertörnskommunernas ledningsgrupp",
        date="2019-10-04",
        start="09:45",
        end="12:15",
        place="Norrskogen",
        attendees=[Participant("Leif Eriksson", "Botkyrka kommun", spans={"name": (10, 23)})],
        items=[AgendaItem("1", "Incheckning", decisions=[Decision("Att notera.")])],
        next_meeting=NextMeeting(date="2019-12-06", start="09:45"),
        spans={"date": (5, 20)},
    )


def test_round_trip_through_json_is_lossless() -> None:
    meeting = sample()
    again = Meeting.from_dict(json.loads(json.dumps(meeting.to_dict())))
    assert again == meeting


def test_content_hash_ignores_spans_and_status_but_not_words() -> None:
    a, b = sample(), sample()
    b.spans = {}
    b.status = Status.APPROVED
    assert a.content_hash() == b.content_hash()
    b.items[0].decisions[0].text = "Att inte notera."
    assert a.content_hash() != b.content_hash()
