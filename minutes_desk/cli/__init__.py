"""The ``minutes-desk`` command: one sub-command module per area, all over the same core."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from minutes_desk import __version__
from minutes_desk.errors import MinutesDeskError

COMMAND_MODULES = (
    "minutes_desk.cli.records",
    "minutes_desk.cli.parsing",
    "minutes_desk.cli.exporting",
    "minutes_desk.cli.proofing",
    "minutes_desk.cli.approval",
    "minutes_desk.cli.dictionary",
    "minutes_desk.cli.gui",
)
"""Each module has ``register(subparsers)``, which adds its commands with ``func`` set."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minutes-desk",
        description="Korrekturläs, strukturera och justera OCR-lästa mötesanteckningar.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args = parser.parse_args(["gui", *(argv or [])])
    try:
        return int(args.func(args) or 0)
    except MinutesDeskError as exc:
        print(f"minutes-desk: fel: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("minutes-desk: avbrutet", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
