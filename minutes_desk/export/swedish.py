"""Swedish dates and times as they are written in minutes, without depending on the OS locale."""

from __future__ import annotations

from datetime import date

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)


def long_date(iso: str | None) -> str:
    """"2019-10-04" -> "fredag 4 oktober 2019"; a value that is not an ISO date is shown as it is."""
    if not iso:
        return ""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def clock(hhmm: str | None) -> str:
    """"09:45" -> "09.45", the Swedish way of writing a time."""
    return (hhmm or "").replace(":", ".")


def time_range(start: str | None, end: str | None) -> str:
    if start and end:
        return f"kl. {clock(start)}–{clock(end)}"
    if start:
        return f"kl. {clock(start)}"
    return ""
