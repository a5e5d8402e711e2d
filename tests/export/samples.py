"""Realistic records for the export tests and benchmark, built as the parser and store would hand them over.

The text is written in the genre (a ledningsgrupp's minnesanteckningar) and every span points at the
value it names in that text, as the parser's spans do.
"""

from __future__ import annotations

import hashlib
from typing import Any

from minutes_desk.model import Approval, Meeting, Status

_PEOPLE = [
    ("Leif Eriksson", "Botkyrka kommun", "", False),
    ("Camilla Broo", "Huddinge kommun", "", False),
    ("Tommy Fabricius", "Nynäshamns kommun", "", True),
    ("Rickard Sundbom", "Södertälje kommun", "ordförande", False),
    ("Åsa Öberg-Ängström", "Tyresö kommun", "", False),
]
_ABSENT = [("Magnus Gyllestad", "Haninge kommun"), ("Frida Nilsson", "Nykvarns kommun")]
_GUESTS = [("Anna Söderström", "Södertörnskommunerna", "sekreterare")]

_TOPICS = [
    ("Incheckning", "Rickard öppnar mötet och hälsar alla välkomna.", []),
    ("Val av justerare", "Camilla Broo utses att justera dagens anteckningar.", []),
    (
        "Bokslut och uppföljning 2019",
        "Ekonomidirektörerna redovisar prognosen för helåret. Underskottet inom äldreomsorgen "
        "diskuteras & jämförs med föregående år; åtgärder <tas fram> under hösten.",
        ["att notera informationen", "att ge ekonomidirektörerna i uppdrag att återkomma med en åtgärdsplan"],
    ),
    (
        "Samordnad varudistribution",
        "Upphandling Södertörn informerar om att avtalet förlängs till och med 2021.",
        ["att förlänga avtalet i enlighet med förslaget"],
    ),
    ("Övriga frågor", "Inga övriga frågor anmäls.", []),
]


def realistic_dict(n_items: int = 5) -> dict[str, Any]:
    """A record as ``Meeting.to_dict`` gives it, with ``n_items`` agenda items and spans into its text."""
    lines = [
        "Minnesanteckningar från Södertörnskommunernas ledningsgrupp, 5",
        "Tid Fredag 4 oktober 2019 kl 9.45–12.15",
        "Plats Norrskogen, StorSthlm",
        "",
        "Deltagare",
    ]
    lines += [f"{n}\t{org}{', ' + role if role else ''}{' (digitalt)' if remote else ''}" for n, org, role, remote in _PEOPLE]
    lines += ["", "Frånvarande"] + [f"{n}\t{org}" for n, org in _ABSENT]
    lines += ["", "Övriga deltagare"] + [f"{n}\t{org}, {role}" for n, org, role in _GUESTS]
    items_text: list[tuple[str, str, str, list[str]]] = []
    for i in range(n_items):
        title, body, decisions = _TOPICS[i % len(_TOPICS)]
        if i >= len(_TOPICS):
            title = f"{title} (forts. {i // len(_TOPICS)})"
        items_text.append((str(i + 1), title, body, decisions))
        lines += ["", f"{i + 1}. {title}", "", body]
        if decisions:
            lines += ["", "Beslut"] + [d[0].upper() + d[1:] for d in decisions]
    lines += ["", "Nästa möte", "Fredag 6 december 2019 kl 9.45 i Huddinge", "", "Vid anteckningarna", "Anna Söderström"]
    text = "\n".join(lines) + "\n"

    def span(needle: str, after: int = 0) -> list[int]:
        start = text.index(needle, after)
        return [start, start + len(needle)]

    def person(name: str, org: str, role: str = "", remote: bool = False) -> dict[str, Any]:
        return {"name": name, "organisation": org, "role": role, "remote": remote, "spans": {"name": span(name)}}

    items = []
    cursor = 0
    for number, title, body, decisions in items_text:
        heading = f"{number}. {title}"
        start = text.index(heading, cursor)
        cursor = start + len(heading)
        items.append(
            {
                "number": number,
                "title": title,
                "text": body,
                "decisions": [{"text": d, "spans": {"text": span(d[0].upper() + d[1:], cursor)}} for d in decisions],
                "spans": {"title": [start + len(number) + 2, cursor], "number": [start, start + len(number)]},
            }
        )
    return {
        "body": "Södertörnskommunernas ledningsgrupp",
        "title": "Minnesanteckningar",
        "protocol_number": "5",
        "date": "2019-10-04",
        "date_inferred": False,
        "start": "09:45",
        "end": "12:15",
        "place": "Norrskogen, StorSthlm",
        "attendees": [person(n, o, r, rem) for n, o, r, rem in _PEOPLE],
        "absent": [person(n, o) for n, o in _ABSENT],
        "guests": [person(n, o, r) for n, o, r in _GUESTS],
        "chair": "Rickard Sundbom",
        "secretary": "Anna Söderström",
        "adjusters": ["Camilla Broo"],
        "items": items,
        "next_meeting": {
            "date": "2019-12-06",
            "start": "09:45",
            "end": None,
            "place": "Huddinge",
            "date_inferred": True,
            "spans": {"date": span("6 december 2019")},
        },
        "status": "draft",
        "approval": None,
        "source": {"file_name": "000_ledningsgrupp.txt", "sha256": hashlib.sha256(text.encode()).hexdigest()},
        "text": text,
        "spans": {"date": span("4 oktober 2019"), "place": span("Norrskogen, StorSthlm"), "body": span("Södertörnskommunernas ledningsgrupp")},
    }


def draft(n_items: int = 5) -> Meeting:
    return Meeting.from_dict(realistic_dict(n_items))


def approved(n_items: int = 5) -> Meeting:
    """The draft as the store approves it: status, and an approval over its content hash."""
    meeting = draft(n_items)
    meeting.status = Status.APPROVED
    meeting.approval = Approval(
        adjusters=["Camilla Broo"],
        secretary="Anna Söderström",
        date="2019-10-11",
        approved_by="testanvändare",
        approved_at="2019-10-11T08:15:00+00:00",
        content_hash=meeting.content_hash(),
    )
    return meeting
