"""``minutes-desk gui [FILE] [--screenshot OUT.png]``: the desktop app."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser(
        "gui",
        help="öppna skrivbordsappen",
        description="Öppna skrivbordsappen, på en OCR-textfil om en anges (den importeras först; "
        "samma fil öppnar samma post igen, med allt som sparats).",
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FIL", help="OCR-text att öppna")
    parser.add_argument("--screenshot", type=Path, metavar="UT.png",
                        help="rita fönstret (1400×900) med flaggor och formulär till en PNG och avsluta")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from minutes_desk.gui.app import run as run_app  # Qt only when the app is wanted

    return run_app(args.file, args.screenshot)
