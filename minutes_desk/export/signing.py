"""PAdES signatures on exported PDFs (pyHanko): signing with a .p12 and checking what is there.

The signature goes into a visible field in the room the PDF reserved for it, as an incremental
update, so the PDF/A content it signs stays byte for byte as exported. pyHanko is imported on use:
it is slow to load and most exports are not signed.
Checking never goes online: trust in the certificate is reported, integrity is what decides.
"""

from __future__ import annotations

import io
import logging
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from minutes_desk.errors import InputError, IntegrityError
from minutes_desk.export.pdf import FONT, FONT_BOLD, GREY, INK, SignatureBox, printable, register_fonts

FIELD_NAME = "Justering"


@dataclass(frozen=True)
class SignatureCheck:
    """One signature as found in a PDF."""

    signer: str
    signed_at: str
    intact: bool
    """The signed bytes are unchanged and the cryptographic signature is valid."""
    covers_document: bool
    """Nothing was changed after signing (only harmless additions such as timestamps)."""
    trusted: bool
    """The certificate chains to a trusted root (a self-made certificate does not)."""


def sign_pdf(pdf: bytes, p12_path: str | Path, password: str | None, box: SignatureBox, reason: str) -> bytes:
    """``pdf`` with a visible PAdES signature by the key in ``p12_path``."""
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    path = Path(p12_path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path.name}: certifikatfilen kan inte läsas ({exc.strerror or exc})") from None
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(
            data, other_certs=(), passphrase=password.encode("utf-8") if password else None
        )
    except ValueError:
        raise InputError(f"{path.name}: certifikatet kan inte öppnas (fel lösenord eller inte en PKCS#12-fil)") from None
    name = signer.signing_cert.subject.native.get("common_name") or signer.signing_cert.subject.human_friendly
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        name=name,
    )
    field_spec = fields.SigFieldSpec(FIELD_NAME, on_page=box.page, box=box.box)
    x1, y1, x2, y2 = box.box
    with tempfile.TemporaryDirectory(prefix="minutes-desk-stamp-") as tmp:
        stamp_file = Path(tmp) / "stamp.pdf"
        stamp_file.write_bytes(_stamp(name, x2 - x1, y2 - y1))
        fill = layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MIN, margins=layout.Margins.uniform(0)
        )
        style = StaticStampStyle.from_pdf_file(str(stamp_file), border_width=0, background_layout=fill)
        pdf_signer = signers.PdfSigner(metadata, signer=signer, stamp_style=style, new_field_spec=field_spec)
        out = pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)))
    return out.getvalue()


def _stamp(signer: str, width: float, height: float) -> bytes:
    """The signature's appearance, drawn by reportlab with the page text's embedded font.

    pyHanko's own text stamp either uses Courier (not embedded: breaks PDF/A, no "ö") or, with an
    OpenType font, writes glyph widths unscaled for fonts whose em is not 1000 units (DejaVu's is 2048).
    """
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=FONT, invariant=1)
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.8)
    canvas.rect(0.5, 0.5, width - 1, height - 1)
    canvas.setFillColor(INK)
    canvas.setFont(FONT, 8)
    canvas.drawString(6, height - 13, "Digitalt signerad av")
    canvas.setFont(FONT_BOLD, 10)
    canvas.drawString(6, height - 27, printable(signer[:48]))
    canvas.setFont(FONT, 8)
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    canvas.drawString(6, height - 40, when)
    canvas.setFillColor(GREY)
    canvas.drawString(6, 6, "PAdES-signatur; kontrollera med minutes-desk verify")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def check_signatures(pdf: bytes) -> list[SignatureCheck]:
    """Every signature in ``pdf``, validated offline; IntegrityError when the PDF cannot be read."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)  # untrusted roots are reported, not logged
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise IntegrityError(f"PDF-filens struktur är skadad ({exc})") from None
    checks: list[SignatureCheck] = []
    roots = _system_trust_roots() if embedded else []
    for sig in embedded:
        try:
            status = validate_pdf_signature(sig, ValidationContext(trust_roots=roots, allow_fetching=False))
        except ValueError as exc:  # pyHanko's SignatureValidationError is one
            raise IntegrityError(f"signaturen kan inte kontrolleras ({exc})") from None
        level = status.modification_level
        covers = status.coverage == SignatureCoverageLevel.ENTIRE_FILE or (
            status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
            and level is not None
            and level.name in ("NONE", "LTA_UPDATES")
        )
        checks.append(
            SignatureCheck(
                signer=status.signing_cert.subject.native.get("common_name") or status.signing_cert.subject.human_friendly,
                signed_at=str(status.signer_reported_dt or ""),
                intact=bool(status.intact and status.valid),
                covers_document=covers,
                trusted=bool(status.trusted),
            )
        )
    return checks


def _system_trust_roots() -> list[object]:
    """The operating system's certificate roots, the only trust this offline tool can judge by."""
    from oscrypto import trust_list
    from oscrypto.errors import CACertsError

    try:
        return [entry[0] for entry in trust_list.get_list()]
    except (CACertsError, OSError):
        return []
