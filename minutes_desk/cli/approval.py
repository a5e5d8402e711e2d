"""``approve``, ``reopen`` and ``history``: justering, which locks a record, and the way back."""

from __future__ import annotations

import argparse
import dataclasses
import json

from minutes_desk.cli.records import local_time

# minutes_desk.store is imported by the commands: the others must not pay for it at start-up.

EVENT_LABELS = {
    "imported": "inläst",
    "created": "skapad",
    "saved": "sparad",
    "approved": "justerad",
    "reopened": "öppnad igen",
}


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    approve = subparsers.add_parser(
        "approve",
        help="justera en post (låser den)",
        description="Justerar postens nuvarande version: justerare, sekreterare, datum och en "
        "kontrollsumma (SHA-256) över innehållet sparas, och posten kan sedan inte ändras.",
    )
    approve.add_argument("id", type=int, metavar="ID")
    approve.add_argument("--adjuster", action="append", required=True, metavar="NAMN", help="justerare (en eller flera)")
    approve.add_argument("--secretary", required=True, metavar="NAMN", help="sekreterare")
    approve.add_argument("--date", metavar="ÅÅÅÅ-MM-DD", help="justeringsdatum (i dag om det utelämnas)")
    approve.set_defaults(func=run_approve)

    reopen = subparsers.add_parser(
        "reopen",
        help="öppna en justerad post igen som ny version",
        description="Skapar en ny utkastversion av en justerad post. Den justerade versionen finns kvar oförändrad.",
    )
    reopen.add_argument("id", type=int, metavar="ID")
    reopen.add_argument("--reason", required=True, metavar="TEXT", help="varför posten öppnas igen")
    reopen.set_defaults(func=run_reopen)

    history = subparsers.add_parser("history", help="visa en posts versioner och händelser")
    history.add_argument("id", type=int, metavar="ID")
    history.add_argument("--format", choices=("text", "json"), default="text")
    history.set_defaults(func=run_history)


def run_approve(args: argparse.Namespace) -> int:
    from minutes_desk.store import Store

    with Store.open() as store:
        approval = store.approve(args.id, args.adjuster, args.secretary, date=args.date)
    print(f"Post {args.id} justerad {approval.date}: justerare {', '.join(approval.adjusters)}, "
          f"sekreterare {approval.secretary}")
    print(f"Kontrollsumma (SHA-256): {approval.content_hash}")
    return 0


def run_reopen(args: argparse.Namespace) -> int:
    from minutes_desk.store import Store

    with Store.open() as store:
        version = store.reopen(args.id, args.reason)
    print(f"Post {args.id} är öppnad igen som version {version}; den justerade versionen {version - 1} finns kvar.")
    return 0


def run_history(args: argparse.Namespace) -> int:
    from minutes_desk.store import Store

    with Store.open() as store:
        events = store.history(args.id)
        corrections = store.corrections(args.id)
    if args.format == "json":
        print(json.dumps(
            {"events": [dataclasses.asdict(e) for e in events],
             "corrections": [dataclasses.asdict(c) for c in corrections]},
            ensure_ascii=False, indent=2,
        ))
        return 0
    for e in events:
        print(f"{local_time(e.at)}\tversion {e.version}\t{EVENT_LABELS.get(e.kind, e.kind)}\t{e.user}\t{e.detail}")
    if corrections:
        by_version: dict[int, int] = {}
        for c in corrections:
            by_version[c.version or 0] = by_version.get(c.version or 0, 0) + 1
        print("Rättelser: " + ", ".join(f"{n} i version {v}" for v, n in sorted(by_version.items())))
    return 0
