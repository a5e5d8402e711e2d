"""A record with every kind of value filled in, for round trips."""

from __future__ import annotations

from minutes_desk.model import AgendaItem, Decision, Meeting, NextMeeting, Participant


def full_meeting(text: str = "Protokoll från mötet i Södertörn kl 9.45.") -> Meeting:
    return Meeting(
        body="Södertörnskommunernas ledningsgrupp",
        title="Protokoll",
        protocol_number="3/2019",
        date="2019-06-14",
        date_inferred=True,
        start="09:45",
        end="12:15",
        place="Huddinge kommunhus",
        attendees=[
            Participant("Anna Åberg", "Huddinge", "ordförande", spans={"name": (0, 8)}),
            Participant("Örjan Öst", "Botkyrka", remote=True),
        ],
        absent=[Participant("Bo Ek", "Nacka")],
        guests=[Participant("Cia Lund", "Länsstyrelsen", "gäst")],
        chair="Anna Åberg",
        secretary="Örjan Öst",
        adjusters=["Bo Ek", "Cia Lund"],
        items=[
            AgendaItem("1", "Mötets öppnande", "Ordföranden öppnade mötet."),
            AgendaItem(
                "2",
                "Budget",
                "Diskussion om budgeten.",
                decisions=[Decision("att godkänna budgeten", spans={"text": (10, 20)}), Decision("att återkomma")],
                spans={"title": (3, 9)},
            ),
        ],
        next_meeting=NextMeeting(date="2019-09-20", start="09:00", place="Nacka", spans={"date": (1, 2)}),
        text=text,
        spans={"date": (30, 40), "place": (20, 29)},
    )
