"""``import``, ``list`` and ``show``: getting OCR text into the store and looking at what is there."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from minutes_desk.model import Meeting, Participant

# The store (sqlite-utils, the parser) and tqdm are imported by the commands that use them: every
# other command, and --version, would pay for them at start-up.

PROGRESS_FROM = 10
"""A progress bar for this many files or more (and only on a terminal)."""

STATUS_LABELS = {"draft": "utkast", "approved": "justerad"}


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    imp = subparsers.add_parser(
        "import",
        help="läs in OCR-textfiler i databasen",
        description="Läser in textfiler (UTF-8, UTF-16, Windows-1252) och tolkar dem som protokoll. "
        "En fil som redan finns (samma innehåll) läses inte in igen.",
    )
    imp.add_argument("files", nargs="+", metavar="FIL")
    imp.add_argument("--format", choices=("text", "json"), default="text")
    imp.set_defaults(func=run_import)

    lst = subparsers.add_parser("list", help="lista posterna i databasen")
    lst.add_argument("--search", metavar="TEXT", help="visa bara poster som innehåller TEXT")
    lst.add_argument("--format", choices=("text", "json"), default="text")
    lst.set_defaults(func=run_list)

    show = subparsers.add_parser("show", help="visa en post")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--version", type=int, metavar="N", help="en äldre version av posten")
    show.add_argument("--text", action="store_true", help="skriv också ut den korrigerade texten")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(func=run_show)


def run_import(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from minutes_desk.store import ImportFailure, ImportResult, Store

    files: list[str] = args.files
    with (
        Store.open() as store,
        tqdm(
            total=len(files),
            file=sys.stderr,
            unit="fil",
            desc="Läser in",
            disable=len(files) < PROGRESS_FROM or not sys.stderr.isatty(),
        ) as bar,
    ):
        outcomes = store.import_files(files, progress=bar.update)
    imported = [o for o in outcomes if isinstance(o, ImportResult)]
    failures = [o for o in outcomes if isinstance(o, ImportFailure)]
    for failure in failures:
        print(f"minutes-desk: fel: {failure.message}", file=sys.stderr)
    if args.format == "json":
        print(json.dumps([{"id": r.id, "path": r.path, "created": r.created} for r in imported], ensure_ascii=False))
    else:
        for r in imported:
            print(f"{r.id}\t{'inläst' if r.created else 'fanns redan'}\t{r.path}")
        if len(files) > 1:
            created = sum(r.created for r in imported)
            print(
                f"{created} inlästa, {len(imported) - created} fanns redan, {len(failures)} fel",
                file=sys.stderr,
            )
    return 2 if failures else 0


def run_list(args: argparse.Namespace) -> int:
    from minutes_desk.store import Store

    with Store.open() as store:
        summaries = store.list_meetings(args.search)
    if args.format == "json":
        print(json.dumps([dataclasses.asdict(s) for s in summaries], ensure_ascii=False, indent=2))
        return 0
    if not summaries:
        print("Inga poster." if not args.search else "Inga poster matchar.", file=sys.stderr)
        return 0
    print("ID\tSTATUS\tDATUM\t\tORGAN / RUBRIK\tFIL")
    for s in summaries:
        print(
            f"{s.id}\t{STATUS_LABELS[s.status]}\t{s.date or '–':10}\t"
            f"{s.body or s.title or '(okänt organ)'}\t{s.file_name}"
        )
    return 0


def run_show(args: argparse.Namespace) -> int:
    from minutes_desk.store import Store

    with Store.open() as store:
        meeting = store.load(args.id, version=args.version)
        version = args.version or store.current_version(args.id)
    if args.format == "json":
        data: dict[str, Any] = {"id": args.id, "version": version, **meeting.to_dict()}
        if not args.text:
            data.pop("text")
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(render(args.id, version, meeting, with_text=args.text))
    return 0


def local_time(iso: str) -> str:
    """A stored UTC time as the user's local "YYYY-MM-DD HH:MM"."""
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


def _people(label: str, people: list[Participant]) -> list[str]:
    if not people:
        return []
    lines = [f"{label}:"]
    for p in people:
        extra = ", ".join(x for x in (p.organisation, p.role, "på distans" if p.remote else "") if x)
        lines.append(f"  {p.name}" + (f" ({extra})" if extra else ""))
    return lines


def render(meeting_id: int, version: int, meeting: Meeting, with_text: bool = False) -> str:
    """The record as a secretary reads it, in Swedish."""
    time = "–".join(t for t in (meeting.start, meeting.end) if t)
    date = (meeting.date or "okänt datum") + (" (året uträknat)" if meeting.date_inferred else "")
    lines = [
        f"Post {meeting_id}, version {version} ({STATUS_LABELS[meeting.status.value]})",
        f"Organ:       {meeting.body or '–'}",
    ]
    if meeting.title:
        lines.append(f"Rubrik:      {meeting.title}")
    if meeting.protocol_number:
        lines.append(f"Protokoll:   {meeting.protocol_number}")
    lines += [
        f"Datum:       {date}",
        f"Tid:         {time or '–'}",
        f"Plats:       {meeting.place or '–'}",
        f"Ordförande:  {meeting.chair or '–'}",
        f"Sekreterare: {meeting.secretary or '–'}",
        f"Justerare:   {', '.join(meeting.adjusters) or '–'}",
        f"Källa:       {meeting.source.file_name} (SHA-256 {meeting.source.sha256[:16]}…)",
    ]
    lines += _people("Närvarande", meeting.attendees)
    lines += _people("Frånvarande", meeting.absent)
    lines += _people("Övriga deltagare", meeting.guests)
    if meeting.items:
        lines.append("Ärenden:")
    for item in meeting.items:
        lines.append(f"  {item.number}. {item.title}")
        for decision in item.decisions:
            lines.append(f"     Beslut: {decision.text}")
    nxt = meeting.next_meeting
    if nxt:
        when = " ".join(x for x in (nxt.date, "–".join(t for t in (nxt.start, nxt.end) if t), nxt.place) if x)
        lines.append(f"Nästa möte:  {when or '–'}")
    if meeting.approval:
        a = meeting.approval
        lines += [
            f"Justerad:    {a.date} av {', '.join(a.adjusters)}; sekreterare {a.secretary}",
            f"             registrerad {local_time(a.approved_at)} av {a.approved_by}",
            f"             kontrollsumma {a.content_hash}",
        ]
    if with_text:
        lines += ["", meeting.text]
    return "\n".join(lines)
