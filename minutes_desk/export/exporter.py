"""Exporting one record to its files: native XML, PDF/A (optionally signed), Akoma Ntoso.

Everything is rendered and validated in memory first and only then written, each file through a
temporary file and a rename, so a failed export leaves no half-written file behind.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from minutes_desk import __version__
from minutes_desk.errors import InputError, IntegrityError
from minutes_desk.export import akoma_ntoso, native_xml, pdf, pdfa, signing
from minutes_desk.export.native_xml import CorrectionCount
from minutes_desk.model import Meeting, Status


@dataclass(frozen=True)
class SigningKey:
    p12_path: Path
    password: str | None = None


@dataclass(frozen=True)
class ExportResult:
    written: list[Path]
    content_hash: str
    final: bool
    """True for an approved record (no UTKAST mark)."""
    pages: int = 0


def check_exportable(meeting: Meeting) -> None:
    """IntegrityError when an approved record no longer matches what was approved."""
    if meeting.status is not Status.APPROVED:
        return
    if meeting.approval is None:
        raise IntegrityError("posten är markerad som justerad men saknar justeringsuppgifter")
    if meeting.approval.content_hash != meeting.content_hash():
        raise IntegrityError("innehållet stämmer inte med justeringens kontrollsumma: posten har ändrats efter justeringen")


def pdf_bytes(
    meeting: Meeting,
    corrections: list[CorrectionCount] | None = None,
    sign: SigningKey | None = None,
    exported_at: datetime | None = None,
    record: bytes | None = None,
) -> tuple[bytes, int]:
    """The finished PDF/A (signed when ``sign`` is given) and its page count.

    ``record`` is the native XML to embed, when the caller has already made it.
    """
    check_exportable(meeting)
    if sign is not None and meeting.status is not Status.APPROVED:
        raise InputError("bara justerade protokoll kan signeras; justera posten först")
    moment = exported_at or datetime.now(timezone.utc).replace(microsecond=0)
    if record is None:
        record = native_xml.to_bytes(meeting, corrections or [], moment.isoformat())
    rendered = pdf.render(meeting, reserve_signature=sign is not None)
    kind = meeting.title or "Protokoll"
    info = pdfa.DocumentInfo(
        title=" – ".join(x for x in (f"{kind} {meeting.date or ''}".strip(), meeting.body) if x),
        author=meeting.secretary or meeting.body,
        subject=f"{'Justerat' if meeting.status is Status.APPROVED else 'Utkast'}; innehållets SHA-256 {meeting.content_hash()}",
        creator=f"minutes-desk {__version__}",
        created=moment,
    )
    data = pdfa.finish(rendered.data, info, record)
    if sign is not None:
        assert rendered.signature_box is not None and meeting.approval is not None
        reason = f"Justerat {meeting.approval.date}; innehållets SHA-256 {meeting.content_hash()}"
        data = signing.sign_pdf(data, sign.p12_path, sign.password, rendered.signature_box, reason)
    return data, rendered.pages


def export_record(
    meeting: Meeting,
    xml: Path | None = None,
    pdf_path: Path | None = None,
    akn: Path | None = None,
    sign: SigningKey | None = None,
    corrections: list[CorrectionCount] | None = None,
) -> ExportResult:
    """Writes the requested files; a draft exports with the UTKAST mark, an approved record as final."""
    check_exportable(meeting)
    if sign is not None and pdf_path is None:
        raise InputError("--sign gäller PDF-filen: ange också --pdf")
    moment = datetime.now(timezone.utc).replace(microsecond=0)
    outputs: list[tuple[Path, bytes]] = []
    pages = 0
    record = native_xml.to_bytes(meeting, corrections or [], moment.isoformat())
    if xml is not None:
        outputs.append((xml, record))
    if pdf_path is not None:
        data, pages = pdf_bytes(meeting, corrections, sign, moment, record)
        outputs.append((pdf_path, data))
    if akn is not None:
        outputs.append((akn, akoma_ntoso.to_bytes(meeting)))
    for path, data in outputs:
        write_atomically(path, data)
    return ExportResult(
        written=[p for p, _ in outputs],
        content_hash=meeting.content_hash(),
        final=meeting.status is Status.APPROVED,
        pages=pages,
    )


def write_atomically(path: Path, data: bytes) -> None:
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"{path}: mappen finns inte")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}: filen kan inte skrivas ({exc.strerror or exc})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
