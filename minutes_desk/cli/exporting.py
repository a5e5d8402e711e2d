"""``export``, ``verify`` and ``import-xml``: records leaving the machine, checked, and coming back."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from minutes_desk.errors import IntegrityError

# minutes_desk.export and minutes_desk.store are imported by the commands that use them: reportlab,
# pypdf and lxml take most of a second to load, the store a tenth, which every other command (and
# --version) would pay too.


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    export = subparsers.add_parser(
        "export",
        help="exportera en post som XML, PDF/A och Akoma Ntoso",
        description="Skriver posten som XML (eget format, kontrolleras mot XSD-schemat), PDF/A och/eller "
        "Akoma Ntoso. En justerad post blir slutlig; ett utkast märks UTKAST.",
    )
    export.add_argument("id", type=int, metavar="ID")
    export.add_argument("--xml", type=Path, metavar="FIL.xml", help="eget XML-format")
    export.add_argument("--pdf", type=Path, metavar="FIL.pdf", help="protokollet som PDF/A")
    export.add_argument("--akn", type=Path, metavar="FIL.akn.xml", help="Akoma Ntoso 3.0 (debate)")
    export.add_argument("--version", type=int, metavar="N", help="en äldre version (annars den nuvarande)")
    export.add_argument("--sign", type=Path, metavar="CERT.p12", help="signera PDF:en (PAdES) med certifikatet")
    export.add_argument(
        "--sign-password", metavar="LÖSENORD",
        help="certifikatets lösenord (frågas efter om det utelämnas och terminalen är interaktiv)",
    )
    export.set_defaults(func=run_export)

    verify = subparsers.add_parser(
        "verify",
        help="kontrollera att en exporterad XML- eller PDF-fil inte har ändrats",
        description="Räknar om innehållets kontrollsumma och jämför med justeringen; kontrollerar "
        "signaturen när PDF:en är signerad. Avslutar med fel och en rad om varför när filen har ändrats.",
    )
    verify.add_argument("file", type=Path, metavar="FIL")
    verify.set_defaults(func=run_verify)

    import_xml = subparsers.add_parser(
        "import-xml",
        help="läs in en post från minutes_desks XML-format",
        description="Läser in en exporterad XML-fil som ny post. En justerad post behåller sin justering "
        "om kontrollsumman stämmer; en ändrad fil tas inte emot. Samma post inläst igen (samma innehåll, "
        "källfil och justering) ger den befintliga postens id.",
    )
    import_xml.add_argument("file", type=Path, metavar="FIL.xml")
    import_xml.set_defaults(func=run_import_xml)


def run_export(args: argparse.Namespace) -> int:
    from minutes_desk.export import SigningKey, export_record, summarize_corrections
    from minutes_desk.store import Store

    if not (args.xml or args.pdf or args.akn):
        print("minutes-desk: fel: ange minst en av --xml, --pdf och --akn", file=sys.stderr)
        return 2
    with Store.open() as store:
        meeting = store.load(args.id, version=args.version)
        corrections = summarize_corrections((c.old, c.new) for c in store.corrections(args.id))
    sign = None
    if args.sign is not None:
        password = args.sign_password
        if password is None and sys.stdin.isatty():
            password = getpass.getpass(f"Lösenord för {args.sign.name}: ") or None
        sign = SigningKey(args.sign, password)
    result = export_record(meeting, xml=args.xml, pdf_path=args.pdf, akn=args.akn, sign=sign, corrections=corrections)
    state = "justerad, slutlig" if result.final else "utkast, märkt UTKAST"
    print(f"Post {args.id} ({state}) exporterad till {', '.join(str(p) for p in result.written)}")
    print(f"Innehållets kontrollsumma (SHA-256): {result.content_hash}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from minutes_desk.export import verify_file

    result = verify_file(args.file)
    meeting = result.meeting
    print(f"OK: {args.file.name} är oförändrad ({'PDF' if result.kind == 'pdf' else 'XML'}).")
    print(f"Innehållets kontrollsumma (SHA-256): {result.content_hash}")
    if result.approved and meeting.approval is not None:
        approval = meeting.approval
        print(f"Justerad {approval.date} av {', '.join(approval.adjusters) or '–'}; "
              f"vid anteckningarna {approval.secretary or '–'}")
    else:
        print("Utkast: posten är inte justerad.")
    for sig in result.signatures:
        trust = "betrott certifikat" if sig.trusted else "certifikatet är inte betrott på den här datorn"
        print(f"Signerad av {sig.signer} {sig.signed_at}: signaturen är giltig ({trust}).")
    return 0


def run_import_xml(args: argparse.Namespace) -> int:
    from minutes_desk.export import read_native_xml
    from minutes_desk.store import Store

    record = read_native_xml(args.file)
    meeting = record.meeting
    if record.record_hash != meeting.content_hash():
        raise IntegrityError(f"{args.file.name}: innehållet har ändrats (kontrollsumman stämmer inte med posten)")
    with Store.open() as store:
        result = store.import_meeting(meeting, str(args.file))
    state = f"justerad {meeting.approval.date}" if meeting.approval else "utkast"
    if result.created:
        print(f"Inläst som post {result.id} ({state}): {meeting.body or args.file.name}")
    else:
        print(f"Finns redan som post {result.id} ({state}): {meeting.body or args.file.name}")
    return 0
