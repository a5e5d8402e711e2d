from __future__ import annotations

import io
import random
import re
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, StreamObject

from minutes_desk.errors import IntegrityError
from minutes_desk.export import exporter, native_xml, pdfa
from minutes_desk.export.verify import verify_file
from minutes_desk.model import Meeting
from tests.export import samples
from tests.export.conftest import P12_PASSWORD


def exported(tmp_path: Path, meeting: Meeting, sign: Path | None = None) -> tuple[Path, Path]:
    xml, pdf = tmp_path / "protokoll.xml", tmp_path / "protokoll.pdf"
    key = exporter.SigningKey(sign, P12_PASSWORD) if sign else None
    exporter.export_record(meeting, xml=xml, pdf_path=pdf, sign=key)
    return xml, pdf


def test_untouched_exports_verify(tmp_path: Path) -> None:
    meeting = samples.approved(6)
    xml, pdf = exported(tmp_path, meeting)
    for path, kind in ((xml, "xml"), (pdf, "pdf")):
        result = verify_file(path)
        assert result.kind == kind and result.approved
        assert result.content_hash == meeting.content_hash()
        assert result.signatures == []


def test_a_draft_verifies_as_an_unaltered_draft(tmp_path: Path) -> None:
    xml, pdf = exported(tmp_path, samples.draft(12))
    assert not verify_file(xml).approved
    assert not verify_file(pdf).approved


# -- XML ----------------------------------------------------------------------------------


def test_a_reworded_decision_in_the_xml_fails(tmp_path: Path) -> None:
    xml, _ = exported(tmp_path, samples.approved(4))
    data = xml.read_bytes()
    xml.write_bytes(data.replace(b"att notera informationen", b"att inte notera informationen", 1))
    with pytest.raises(IntegrityError, match="innehållet har ändrats"):
        verify_file(xml)


def test_a_changed_name_with_a_recomputed_record_hash_still_fails_against_the_justering(tmp_path: Path) -> None:
    meeting = samples.approved(4)
    forged = samples.approved(4)
    forged.attendees[0].name = "Lars Eriksson"
    assert forged.approval.content_hash == meeting.content_hash()  # the old justering, new content
    path = tmp_path / "forged.xml"
    path.write_bytes(native_xml.to_bytes(forged))
    with pytest.raises(IntegrityError, match="justeringens kontrollsumma"):
        verify_file(path)


def test_a_removed_item_fails(tmp_path: Path) -> None:
    xml, _ = exported(tmp_path, samples.approved(4))
    xml.write_bytes(re.sub(rb"<item>\s*<number>4</number>.*?</item>\s*", b"", xml.read_bytes(), flags=re.S))
    with pytest.raises(IntegrityError, match="innehållet har ändrats"):
        verify_file(xml)


def test_a_file_that_is_not_a_record_fails_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "annat.xml"
    path.write_bytes(b"<?xml version='1.0'?><note>hej</note>")
    with pytest.raises(IntegrityError, match="inte en minutes_desk-post") as caught:
        verify_file(path)
    assert "\n" not in str(caught.value)


# -- PDF ----------------------------------------------------------------------------------


def replace_attachment(pdf: Path, data: bytes) -> None:
    writer = PdfWriter(clone_from=pdf)
    names = writer.root_object["/Names"]["/EmbeddedFiles"]["/Names"]
    spec = names[names.index(pdfa.ATTACHMENT_NAME) + 1].get_object()
    stream = spec["/EF"]["/F"].get_object()
    stream.set_data(data)
    buffer = io.BytesIO()
    writer.write(buffer)
    pdf.write_bytes(buffer.getvalue())


def test_a_reworded_decision_in_the_embedded_record_fails(tmp_path: Path) -> None:
    _, pdf = exported(tmp_path, samples.approved(4))
    embedded = PdfReader(pdf).attachments[pdfa.ATTACHMENT_NAME][0]
    replace_attachment(pdf, embedded.replace(b"att notera informationen", b"att inte notera informationen", 1))
    with pytest.raises(IntegrityError, match="innehållet har ändrats"):
        verify_file(pdf)


def test_a_consistently_forged_embedded_record_does_not_match_the_pages(tmp_path: Path) -> None:
    _, pdf = exported(tmp_path, samples.approved(4))
    forged = samples.draft(4)
    forged.items[2].decisions[0].text = "att inte notera informationen"
    replace_attachment(pdf, native_xml.to_bytes(forged))
    with pytest.raises(IntegrityError, match="sidan 1 har ändrats"):
        verify_file(pdf)


def test_a_pdf_without_the_embedded_record_fails(tmp_path: Path) -> None:
    _, pdf = exported(tmp_path, samples.approved(2))
    writer = PdfWriter(clone_from=pdf)
    del writer.root_object["/Names"]
    buffer = io.BytesIO()
    writer.write(buffer)
    pdf.write_bytes(buffer.getvalue())
    with pytest.raises(IntegrityError, match="saknas"):
        verify_file(pdf)


def _tamper_string(pdf: Path, which: int) -> None:
    """Swaps two characters inside the ``which``-th text string shown on page 1."""
    writer = PdfWriter(clone_from=pdf)
    page = writer.pages[0]
    content = page.get_contents()
    data = content.get_data()
    strings = [m for m in re.finditer(rb"\(((?:[^()\\]|\\.){6,})\) Tj", data) if b"\\" not in m.group(1)]
    match = strings[which % len(strings)]
    body = bytearray(match.group(1))
    i = next(k for k in range(len(body) - 1) if body[k] != body[k + 1])
    body[i], body[i + 1] = body[i + 1], body[i]
    data = data[: match.start(1)] + bytes(body) + data[match.end(1) :]
    stream = StreamObject()
    stream.set_data(data)
    page[NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    pdf.write_bytes(buffer.getvalue())


@pytest.mark.parametrize("which", [0, 3, 7, 12, 20, -1])
def test_an_edited_text_on_the_page_fails(tmp_path: Path, which: int) -> None:
    _, pdf = exported(tmp_path, samples.approved(4))
    _tamper_string(pdf, which)
    with pytest.raises(IntegrityError, match="ändrat|ändrad|stämmer inte"):
        verify_file(pdf)


def test_garbage_after_a_pdf_header_fails_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "trasig.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    with pytest.raises(IntegrityError) as caught:
        verify_file(path)
    assert "\n" not in str(caught.value)


# -- signed PDF ----------------------------------------------------------------------------


def test_a_signed_pdf_verifies_with_its_signer(tmp_path: Path, p12: Path) -> None:
    _, pdf = exported(tmp_path, samples.approved(4), sign=p12)
    result = verify_file(pdf)
    (signature,) = result.signatures
    assert signature.signer == "Anna Söderström"
    assert signature.intact and signature.covers_document
    assert not signature.trusted  # self-made certificate: reported, not fatal
    reader = PdfReader(pdf)
    fields = reader.get_fields()
    assert fields["Justering"]["/FT"] == "/Sig"
    annotation = next(a.get_object() for p in reader.pages for a in p.get("/Annots", []) if a.get_object().get("/FT") == "/Sig")
    x1, y1, x2, y2 = (float(v) for v in annotation["/Rect"])
    assert x2 - x1 > 100 and y2 - y1 > 30  # a visible signature, not an invisible field


def test_a_byte_changed_inside_the_signed_range_fails(tmp_path: Path, p12: Path) -> None:
    _, pdf = exported(tmp_path, samples.approved(4), sign=p12)
    data = pdf.read_bytes()
    assert data.count(b"<pdfaid:conformance>B<") == 1
    pdf.write_bytes(data.replace(b"<pdfaid:conformance>B<", b"<pdfaid:conformance>A<"))
    with pytest.raises(IntegrityError, match="signaturen av Anna Söderström är ogiltig"):
        verify_file(pdf)


def test_a_change_appended_after_signing_fails(tmp_path: Path, p12: Path) -> None:
    from pyhanko.pdf_utils.generic import pdf_string
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    _, pdf = exported(tmp_path, samples.approved(4), sign=p12)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf.read_bytes()))
    writer.root["/Lang"] = pdf_string("en-US")
    writer.update_root()
    buffer = io.BytesIO()
    writer.write(buffer)
    pdf.write_bytes(buffer.getvalue())
    with pytest.raises(IntegrityError, match="ändrats efter att den signerades"):
        verify_file(pdf)


def test_a_wrong_password_or_a_broken_p12_is_one_line(tmp_path: Path, p12: Path) -> None:
    from minutes_desk.errors import InputError

    with pytest.raises(InputError, match="fel lösenord"):
        exporter.export_record(samples.approved(1), pdf_path=tmp_path / "a.pdf", sign=exporter.SigningKey(p12, "fel"))
    broken = tmp_path / "broken.p12"
    broken.write_bytes(b"not pkcs12")
    with pytest.raises(InputError, match="PKCS#12"):
        exporter.export_record(samples.approved(1), pdf_path=tmp_path / "a.pdf", sign=exporter.SigningKey(broken, None))
    assert not (tmp_path / "a.pdf").exists()


def test_characters_the_font_lacks_or_hides_do_not_make_an_untouched_pdf_fail(tmp_path: Path) -> None:
    meeting = samples.approved(3)
    meeting.body = "Styrelsen 😀"
    meeting.items[0].text = "Kinesiska 中文, ligatur ﬁ, mjukt\u00adbindestreck, nbsp\u00a0här, tab\there, <b>fet</b> &amp;\u200b"
    meeting.items[1].title = "Långt ord: " + "Södertörnskommunernasledningsgruppsmötesanteckningar" * 3
    meeting.approval.content_hash = meeting.content_hash()
    _, pdf = exported(tmp_path, meeting)
    assert verify_file(pdf).content_hash == meeting.content_hash()
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Kinesiska □□" in text and "Styrelsen □" in text  # shown as missing, not silently dropped


def test_records_of_random_unicode_export_round_trip_and_verify(tmp_path: Path) -> None:
    """Control characters, combining marks, CJK, emoji, soft hyphens, odd spaces, long unbroken words."""
    rng = random.Random(20191004)
    alphabet = [chr(c) for c in [*range(0, 0x250), 0x2013, 0x201D, 0x20AC, 0x3000, 0x4E2D, 0x1F600, 0xFEFF, 0xAD, 0x200B, 0x0301]]

    def text(n: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, n)))

    for round_ in range(6):
        meeting = samples.approved(3)
        meeting.body, meeting.place, meeting.text = text(30), text(20), text(200)
        meeting.attendees[0].name, meeting.attendees[1].organisation = text(15), text(20)
        meeting.items[0].title, meeting.items[2].text = text(25), text(300)
        meeting.items[2].decisions[0].text = text(80)
        meeting.approval.content_hash = meeting.content_hash()
        folder = tmp_path / str(round_)
        folder.mkdir()
        exporter.export_record(meeting, xml=folder / "p.xml", pdf_path=folder / "p.pdf", akn=folder / "p.akn.xml")
        assert native_xml.read(folder / "p.xml").meeting == meeting
        assert verify_file(folder / "p.xml").content_hash == meeting.content_hash()
        assert verify_file(folder / "p.pdf").content_hash == meeting.content_hash()


def test_a_damaged_font_program_fails_although_the_text_still_reads_the_same(tmp_path: Path) -> None:
    _, pdf = exported(tmp_path, samples.approved(3))
    writer = PdfWriter(clone_from=pdf)
    font = writer.pages[0]["/Resources"]["/Font"]["/F1+0"].get_object()
    program = font["/FontDescriptor"]["/FontFile2"].get_object()
    data = bytearray(program.get_data())
    data[len(data) // 2] ^= 0xFF  # somewhere in the glyph outlines
    program.set_data(bytes(data))
    buffer = io.BytesIO()
    writer.write(buffer)
    pdf.write_bytes(buffer.getvalue())
    with pytest.raises(IntegrityError, match="typsnitt"):
        verify_file(pdf)


def test_randomly_damaged_files_are_refused_with_one_line_never_a_traceback(tmp_path: Path) -> None:
    from minutes_desk.errors import MinutesDeskError

    xml, pdf = exported(tmp_path, samples.approved(2))
    rng = random.Random(7)
    for original in (xml, pdf):
        data = original.read_bytes()
        refused = 0
        for round_ in range(25):
            damaged = bytearray(data)
            for _ in range(3):
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
            path = tmp_path / f"damaged-{round_}{original.suffix}"
            path.write_bytes(bytes(damaged[: rng.randrange(len(damaged) // 2, len(damaged) + 1)]))
            try:
                verify_file(path)
            except MinutesDeskError as exc:
                assert "\n" not in str(exc)
                refused += 1
        assert refused >= 22  # the rest changed only bytes no reader sees (indentation, padding)
