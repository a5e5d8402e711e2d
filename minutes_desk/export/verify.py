"""``verify``: is an exported XML or PDF still what minutes_desk wrote?

XML: the content hash is recomputed from the record in the file and compared with the hash the
file states and, for an approved record, with the justering's hash. PDF: the same for the native
XML embedded in it, then the pages' text must still show the record's words (and the hash in the
footer of every page), what draws the pages must match the layout digest written at export (see
pdfa.layout_digest), and every signature must be intact and cover the whole file.

Without a signature this catches every edit made without recomputing the hash, not a forger who
recomputes it: that is what ``--sign`` is for.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from minutes_desk.errors import InputError, IntegrityError
from minutes_desk.export import native_xml, pdf, pdfa, signing
from minutes_desk.export.native_xml import NativeRecord
from minutes_desk.export.safe_xml import MAX_XML_BYTES
from minutes_desk.model import Meeting, Status
from minutes_desk.textio import read_capped_bytes

MAX_PDF_BYTES = 100 * 1024 * 1024
_SPACE = re.compile(r"\s+")


@dataclass
class Verification:
    """What a successful check found, for the CLI and GUI to show."""

    kind: str
    """"xml" or "pdf"."""
    meeting: Meeting
    content_hash: str
    signatures: list[signing.SignatureCheck] = field(default_factory=list)

    @property
    def approved(self) -> bool:
        return self.meeting.status is Status.APPROVED


def verify_file(path: str | Path) -> Verification:
    """The check of one file; IntegrityError (one Swedish line) when it was altered."""
    path = Path(path)
    data = read_capped_bytes(path, MAX_PDF_BYTES)
    if data.startswith(b"%PDF-"):
        return verify_pdf(data, path.name)
    return verify_xml(data, path.name)


def verify_xml(data: bytes, name: str) -> Verification:
    if len(data) > MAX_XML_BYTES:
        raise InputError(f"{name}: filen är för stor för att vara ett protokoll")
    record = _read_record(data, name)
    return Verification("xml", record.meeting, _check_record(record, name))


def verify_pdf(data: bytes, name: str) -> Verification:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        attachments = reader.attachments
        embedded = attachments.get(pdfa.ATTACHMENT_NAME)
        page_texts = [page.extract_text() or "" for page in reader.pages]
        signed = any(f.get("/FT") == "/Sig" for f in (reader.get_fields() or {}).values())
        root = reader.trailer["/Root"]
        layout_ok = root.get(pdfa.LAYOUT_KEY) == pdfa.layout_digest(reader.pages, root)
    except Exception as exc:  # noqa: BLE001 pypdf fails on damaged input in many ways (zlib, struct, filters…)
        raise IntegrityError(f"{name}: PDF-filen är skadad ({type(exc).__name__}: {_short(str(exc), 80)})") from None
    if not embedded:
        raise IntegrityError(f"{name}: den inbäddade protokollfilen ({pdfa.ATTACHMENT_NAME}) saknas; PDF:en är ändrad eller inte exporterad av minutes_desk")
    record = _read_record(embedded[0], f"{name} ({pdfa.ATTACHMENT_NAME})")
    digest = _check_record(record, name)
    _check_pages(record.meeting, page_texts, name)
    if not layout_ok:
        raise IntegrityError(f"{name}: sidornas innehåll, typsnitt eller färgprofil har ändrats")
    signatures = signing.check_signatures(data) if signed else []  # pyHanko is slow to load
    for sig in signatures:
        if not sig.intact:
            raise IntegrityError(f"{name}: signaturen av {sig.signer} är ogiltig: det signerade innehållet har ändrats")
        if not sig.covers_document:
            raise IntegrityError(f"{name}: PDF-filen har ändrats efter att den signerades av {sig.signer}")
    return Verification("pdf", record.meeting, digest, signatures)


def _read_record(data: bytes, name: str) -> NativeRecord:
    try:
        return native_xml.read(data, name)
    except InputError as exc:
        raise IntegrityError(str(exc)) from None


def _check_record(record: NativeRecord, name: str) -> str:
    digest = record.meeting.content_hash()
    if record.record_hash != digest:
        raise IntegrityError(f"{name}: innehållet har ändrats (kontrollsumman stämmer inte med posten)")
    approval = record.meeting.approval
    if approval is not None and approval.content_hash != digest:
        raise IntegrityError(f"{name}: innehållet stämmer inte med justeringens kontrollsumma")
    return digest


def _squash(text: str) -> str:
    """Text as compared: as printed (see pdf.printable), without whitespace."""
    return _SPACE.sub("", pdf.printable(text))


def _check_pages(meeting: Meeting, page_texts: list[str], name: str) -> None:
    """The pages must show the record: each running header/footer, then the record's words in order."""
    total = len(page_texts)
    digest = meeting.content_hash()
    body = []
    for number, text in enumerate(page_texts, start=1):
        squashed = _squash(text)
        # The running header and footer are drawn after the page's content, so its text ends with them.
        running = _squash("".join([pdf.header_text(meeting), *pdf.footer_texts(meeting, number, total, digest)]))
        if not squashed.endswith(running):
            raise IntegrityError(f"{name}: sidan {number} har ändrats (sidhuvud eller sidfot med kontrollsumman stämmer inte)")
        squashed = squashed[: len(squashed) - len(running)]
        if meeting.status is not Status.APPROVED:  # the watermark is drawn first, under the text
            squashed = squashed.removeprefix(pdf.DRAFT_MARK)
        body.append(squashed)
    shown = "".join(body)
    position = 0
    for expected in pdf.content_texts(meeting):
        found = shown.find(_squash(expected), position)
        if found < 0:
            raise IntegrityError(f"{name}: texten i PDF:en stämmer inte med protokollet (\"{_short(expected)}\" saknas eller är ändrad)")
        position = found + len(_squash(expected))


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
