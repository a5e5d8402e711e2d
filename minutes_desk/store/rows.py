"""Meeting <-> table rows. Lists of names and the next meeting are JSON columns; spans are JSON."""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from typing import Any

import sqlite_utils

from minutes_desk.model import (
    AgendaItem,
    Decision,
    Meeting,
    NextMeeting,
    Participant,
    Span,
)

PARTICIPANT_KINDS = {"attendee": "attendees", "absent": "absent", "guest": "guests"}
"""Row ``kind`` -> Meeting attribute."""


def _spans_json(spans: dict[str, Span]) -> str:
    return json.dumps({k: [int(v[0]), int(v[1])] for k, v in spans.items()}, sort_keys=True)


def _spans(value: str) -> dict[str, Span]:
    return {k: (int(v[0]), int(v[1])) for k, v in json.loads(value or "{}").items()}


_COMBINING_MARKS = re.compile("[\u0300-\u036f]")


def fold(value: str | None) -> str:
    """Case- and accent-blind form for searching ("Södertörn" finds "SODERTORN")."""
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", value or "")).casefold()


def version_columns(meeting: Meeting) -> dict[str, Any]:
    nxt = meeting.next_meeting
    searchable = (
        meeting.body, meeting.title, meeting.place, meeting.date or "", meeting.chair, meeting.secretary,
        *meeting.adjusters, meeting.text,
    )
    return {
        "body": meeting.body,
        "title": meeting.title,
        "protocol_number": meeting.protocol_number,
        "date": meeting.date,
        "date_inferred": int(meeting.date_inferred),
        "start": meeting.start,
        "end": meeting.end,
        "place": meeting.place,
        "chair": meeting.chair,
        "secretary": meeting.secretary,
        "adjusters": json.dumps(list(meeting.adjusters), ensure_ascii=False),
        "next_meeting": json.dumps(_next_meeting_dict(nxt), ensure_ascii=False) if nxt else None,
        "text": meeting.text,
        "spans": _spans_json(meeting.spans),
        "search": fold("\n".join(searchable)),
    }


def _next_meeting_dict(nxt: NextMeeting) -> dict[str, Any]:
    data = dataclasses.asdict(nxt)
    data["spans"] = {k: [int(v[0]), int(v[1])] for k, v in nxt.spans.items()}
    return data


def insert_children(db: sqlite_utils.Database, version_id: int, meeting: Meeting) -> None:
    participants = [
        {
            "version_id": version_id,
            "kind": kind,
            "position": position,
            "name": p.name,
            "organisation": p.organisation,
            "role": p.role,
            "remote": int(p.remote),
            "spans": _spans_json(p.spans),
        }
        for kind, attribute in PARTICIPANT_KINDS.items()
        for position, p in enumerate(getattr(meeting, attribute))
    ]
    if participants:
        db["participants"].insert_all(participants)
    for position, item in enumerate(meeting.items):
        cursor = db.execute(
            "INSERT INTO items (version_id, position, number, title, text, spans) VALUES (?, ?, ?, ?, ?, ?)",
            (version_id, position, item.number, item.title, item.text, _spans_json(item.spans)),
        )
        if item.decisions:
            db["decisions"].insert_all(
                {"item_id": cursor.lastrowid, "position": n, "text": d.text, "spans": _spans_json(d.spans)}
                for n, d in enumerate(item.decisions)
            )


def delete_children(db: sqlite_utils.Database, version_id: int) -> None:
    db.execute("DELETE FROM participants WHERE version_id = ?", (version_id,))
    db.execute("DELETE FROM items WHERE version_id = ?", (version_id,))  # decisions cascade


def copy_children(db: sqlite_utils.Database, from_version_id: int, to_version_id: int) -> None:
    db.execute(
        """INSERT INTO participants (version_id, kind, position, name, organisation, role, remote, spans)
           SELECT ?, kind, position, name, organisation, role, remote, spans
           FROM participants WHERE version_id = ? ORDER BY id""",
        (to_version_id, from_version_id),
    )
    items = db.execute(
        "SELECT id, position, number, title, text, spans FROM items WHERE version_id = ? ORDER BY position",
        (from_version_id,),
    ).fetchall()
    for old_id, position, number, title, text, spans in items:
        cursor = db.execute(
            "INSERT INTO items (version_id, position, number, title, text, spans) VALUES (?, ?, ?, ?, ?, ?)",
            (to_version_id, position, number, title, text, spans),
        )
        db.execute(
            """INSERT INTO decisions (item_id, position, text, spans)
               SELECT ?, position, text, spans FROM decisions WHERE item_id = ? ORDER BY position""",
            (cursor.lastrowid, old_id),
        )


def meeting_from_rows(db: sqlite_utils.Database, version: dict[str, Any]) -> Meeting:
    """The record of one ``meeting_versions`` row (status, approval and source are set by the caller)."""
    nxt = json.loads(version["next_meeting"]) if version["next_meeting"] else None
    meeting = Meeting(
        body=version["body"],
        title=version["title"],
        protocol_number=version["protocol_number"],
        date=version["date"],
        date_inferred=bool(version["date_inferred"]),
        start=version["start"],
        end=version["end"],
        place=version["place"],
        chair=version["chair"],
        secretary=version["secretary"],
        adjusters=json.loads(version["adjusters"]),
        next_meeting=NextMeeting.from_dict(nxt) if nxt else None,
        text=version["text"],
        spans=_spans(version["spans"]),
    )
    for row in db.query(
        "SELECT * FROM participants WHERE version_id = ? ORDER BY kind, position", [version["id"]]
    ):
        getattr(meeting, PARTICIPANT_KINDS[row["kind"]]).append(
            Participant(
                name=row["name"],
                organisation=row["organisation"],
                role=row["role"],
                remote=bool(row["remote"]),
                spans=_spans(row["spans"]),
            )
        )
    items: dict[int, AgendaItem] = {}
    for row in db.query("SELECT * FROM items WHERE version_id = ? ORDER BY position", [version["id"]]):
        items[row["id"]] = AgendaItem(
            number=row["number"], title=row["title"], text=row["text"], spans=_spans(row["spans"])
        )
        meeting.items.append(items[row["id"]])
    if items:
        for row in db.query(
            """SELECT d.* FROM decisions d JOIN items i ON i.id = d.item_id
               WHERE i.version_id = ? ORDER BY d.item_id, d.position""",
            [version["id"]],
        ):
            items[row["item_id"]].decisions.append(Decision(text=row["text"], spans=_spans(row["spans"])))
    return meeting
