"""``minutes-desk parse FILE``: the structured record the parser reads out of one minutes file."""

from __future__ import annotations

import argparse
import json
from typing import Any

from minutes_desk.model import Meeting
from minutes_desk.textio import read_text_file


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    cmd = subparsers.add_parser(
        "parse",
        help="tolka en protokollfil och visa posten (utan att spara)",
        description="Tolkar en OCR-läst protokollfil och skriver ut posten: organ, datum, tid, plats, "
        "deltagare, ordförande, sekreterare, justerare, punkter med beslut och nästa möte.",
    )
    cmd.add_argument("file", metavar="FIL", help="textfil med protokollet")
    cmd.add_argument("--format", choices=("json", "text"), default="json", help="utdataformat (standard: json)")
    cmd.set_defaults(func=_run)


def record_json(meeting: Meeting) -> dict[str, Any]:
    """The record as the CLI prints it: the model's dict without the text, decisions as strings."""
    data = meeting.to_dict()
    data.pop("text", None)
    for item in data["items"]:
        item["decision_spans"] = [d.get("spans", {}).get("text") for d in item["decisions"]]
        item["decisions"] = [d["text"] for d in item["decisions"]]
    return data


def _run(args: argparse.Namespace) -> int:
    from minutes_desk.parser import parse  # only for this command: the parser's tables take ~80 ms to build

    decoded = read_text_file(args.file)
    meeting = parse(decoded.text)
    if args.format == "json":
        print(json.dumps(record_json(meeting), ensure_ascii=False, indent=2))
    else:
        print(_as_text(meeting))
    return 0


def _as_text(m: Meeting) -> str:
    def people(label: str, ps: list) -> list[str]:
        if not ps:
            return []
        rows = [f"{label}:"]
        for p in ps:
            extra = ", ".join(x for x in (p.organisation, p.role, "på distans" if p.remote else "") if x)
            rows.append(f"  {p.name}" + (f" ({extra})" if extra else ""))
        return rows

    date = (m.date or "okänt") + (" (året antaget)" if m.date_inferred else "")
    time = f"{m.start or '?'}–{m.end or '?'}" if m.start or m.end else "okänd"
    out = [
        f"Organ: {m.body or '–'}" + (f", protokoll {m.protocol_number}" if m.protocol_number else ""),
        f"Datum: {date}",
        f"Tid: {time}",
        f"Plats: {m.place or '–'}",
        *people("Närvarande", m.attendees),
        *people("Frånvarande", m.absent),
        *people("Övriga", m.guests),
        f"Ordförande: {m.chair or '–'}",
        f"Sekreterare: {m.secretary or '–'}",
        f"Justerare: {', '.join(m.adjusters) or '–'}",
    ]
    for item in m.items:
        out.append(f"{item.number}. {item.title}")
        out.extend(f"    Beslut: {d.text}" for d in item.decisions)
    if m.next_meeting:
        n = m.next_meeting
        out.append(f"Nästa möte: {n.date or '?'} {n.start or ''}{'–' + n.end if n.end else ''} {n.place}".rstrip())
    return "\n".join(out)
