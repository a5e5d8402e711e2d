"""``minutes-desk dict …``: the corrections dictionary shared through a folder."""

from __future__ import annotations

import argparse
import json
import sys

from minutes_desk.errors import MinutesDeskError, NotFoundError
from minutes_desk.shareddict import KIND_CORRECTION, KIND_REJECTED, KIND_WORD, CorrectionsDictionary, Entry, SyncStatus

_KIND_NAMES = {KIND_WORD: "ord", KIND_CORRECTION: "rättelse", KIND_REJECTED: "fel (eget)"}


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser(
        "dict",
        help="den delade ordlistan: godkända ord och rättelser",
        description="Ordlistan delas via en vanlig mapp (MINUTES_DESK_SHARED_DIR); utan mapp är den lokal.",
    )
    commands = parser.add_subparsers(dest="dict_command", metavar="ÅTGÄRD", required=True)

    add = commands.add_parser("add", help="godkänn ord (de markeras inte längre som fel)")
    add.add_argument("words", nargs="+", metavar="ORD")
    add.add_argument("--note", default="", help="en anteckning till posten")
    add.set_defaults(func=_add)

    correction = commands.add_parser("add-correction", help="kom ihåg en rättelse FEL → RÄTT")
    correction.add_argument("wrong", metavar="FEL")
    correction.add_argument("right", metavar="RÄTT")
    correction.add_argument("--note", default="", help="en anteckning till posten")
    correction.set_defaults(func=_add_correction)

    wrong = commands.add_parser("mark-wrong", help="markera ord som fel, bara för dig (går före den delade listan)")
    wrong.add_argument("words", nargs="+", metavar="ORD")
    wrong.add_argument("--note", default="", help="en anteckning till posten")
    wrong.set_defaults(func=_mark_wrong)

    remove = commands.add_parser("remove", help="ta bort ord eller rättelser (borttagningen delas också)")
    remove.add_argument("words", nargs="+", metavar="ORD")
    remove.add_argument(
        "--kind", choices=(KIND_WORD, KIND_CORRECTION, KIND_REJECTED),
        help="ta bara bort poster av det här slaget (standard: alla poster om ordet)",
    )
    remove.set_defaults(func=_remove)

    imp = commands.add_parser("import", help="läs in en lista: ett ord per rad, eller FEL<TAB>RÄTT")
    imp.add_argument("file", metavar="FIL")
    imp.add_argument("--note", default="", help="en anteckning till varje inläst post")
    imp.set_defaults(func=_import)

    exp = commands.add_parser("export", help="skriv godkända ord och rättelser som en lista (kan läsas in igen)")
    exp.add_argument("file", metavar="FIL")
    exp.set_defaults(func=_export)

    lst = commands.add_parser("list", help="visa ordlistan")
    lst.add_argument("--format", choices=("text", "json"), default="text")
    lst.add_argument("--filter", default="", metavar="TEXT", help="bara poster som innehåller TEXT")
    lst.set_defaults(func=_list)

    sync = commands.add_parser("sync", help="skicka och hämta ändringar via den delade mappen")
    sync.set_defaults(func=_sync)


def _open() -> CorrectionsDictionary:
    return CorrectionsDictionary.open()


def _report(status: SyncStatus) -> None:
    if status.error:
        print(f"minutes-desk: obs: {status.error}", file=sys.stderr)


def _add(args: argparse.Namespace) -> int:
    dictionary = _open()
    result = dictionary.import_items([(w, None) for w in args.words], args.note)
    print(f"{result.added} ord tillagda" + (f", {result.unchanged} fanns redan" if result.unchanged else ""))
    _report(dictionary.status)
    return 0


def _add_correction(args: argparse.Namespace) -> int:
    dictionary = _open()
    entry = dictionary.add_correction(args.wrong, args.right, args.note)
    print(f"rättelse sparad: {entry.word} → {entry.right}")
    _report(dictionary.status)
    return 0


def _mark_wrong(args: argparse.Namespace) -> int:
    dictionary = _open()
    for word in args.words:
        dictionary.mark_wrong(word, args.note)
    print(f"{len(args.words)} ord markerade som fel (bara för dig)")
    return 0


def _remove(args: argparse.Namespace) -> int:
    dictionary = _open()
    removed: list[Entry] = []
    missing: list[str] = []
    for word in args.words:
        found = dictionary.remove(word, args.kind)
        removed += found
        if not found:
            missing.append(word)
    for entry in removed:
        print(f"borttagen: {_describe(entry)}")
    _report(dictionary.status)
    if missing:
        raise NotFoundError(f"finns inte i ordlistan: {', '.join(missing)}")
    return 0


def _import(args: argparse.Namespace) -> int:
    dictionary = _open()
    result = dictionary.import_file(args.file, args.note)
    print(f"{result.added} poster inlästa, {result.unchanged} fanns redan")
    _report(dictionary.status)
    return 0


def _export(args: argparse.Namespace) -> int:
    count = _open().export_file(args.file)
    print(f"{count} rader skrivna till {args.file}")
    return 0


def _list(args: argparse.Namespace) -> int:
    dictionary = _open()
    needle = args.filter.casefold()
    entries = [e for e in dictionary.entries() if not needle or needle in _describe(e).casefold()]
    if args.format == "json":
        json.dump([e.to_dict() for e in entries], sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for entry in entries:
            print(f"{_KIND_NAMES[entry.kind]:<11} {_describe(entry):<40} {entry.author}  {entry.local_time}  {entry.note}".rstrip())
    _report(dictionary.status)
    return 0


def _sync(args: argparse.Namespace) -> int:
    dictionary = _open()
    status = dictionary.status
    if not status.configured:
        print("ingen delad mapp är inställd (MINUTES_DESK_SHARED_DIR); ordlistan är lokal")
    elif status.error:
        raise MinutesDeskError(f"{status.error} ({status.pending} ändringar väntar)")
    else:
        print(f"synkroniserad med {dictionary.shared_dir}: {len(dictionary)} poster")
    return 0


def _describe(entry: Entry) -> str:
    return f"{entry.word} → {entry.right}" if entry.kind == KIND_CORRECTION else entry.word
