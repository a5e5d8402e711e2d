from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader

from minutes_desk.errors import InputError, IntegrityError
from minutes_desk.export import exporter, native_xml, pdfa
from minutes_desk.model import Meeting
from tests.export import samples


def export_pdf(meeting: Meeting, tmp_path: Path, name: str = "protokoll.pdf") -> Path:
    path = tmp_path / name
    exporter.export_record(meeting, pdf_path=path)
    return path


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_pdf_text_holds_the_names_items_and_decisions(tmp_path: Path) -> None:
    meeting = samples.approved(8)
    text = flat(" ".join(page_texts(export_pdf(meeting, tmp_path))))
    assert meeting.body in text
    assert "fredag 4 oktober 2019" in text and "kl. 09.45–12.15" in text and "Norrskogen, StorSthlm" in text
    for label in ("Närvarande", "Frånvarande", "Övriga deltagare", "Vid anteckningarna", "Justeras", "Beslut"):
        assert label in text
    for person in meeting.attendees + meeting.absent + meeting.guests:
        assert person.name in text
    assert "Nynäshamns kommun, på distans" in text
    for item in meeting.items:
        assert f"{item.number}. {item.title}" in text
        for decision in item.decisions:
            assert decision.text in text
    assert "åtgärder <tas fram>" in text  # markup characters are printed, not interpreted
    assert "Justerat 2019-10-11" in text
    assert "UTKAST" not in text


def test_every_page_has_page_x_of_y_and_the_content_hash(tmp_path: Path) -> None:
    meeting = samples.approved(20)
    texts = page_texts(export_pdf(meeting, tmp_path))
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Sida {number} av {len(texts)}" in text
        assert meeting.content_hash() in text


def test_a_draft_carries_the_utkast_mark_on_every_page(tmp_path: Path) -> None:
    texts = page_texts(export_pdf(samples.draft(12), tmp_path))
    assert len(texts) >= 2
    for text in texts:
        assert "UTKAST" in text
        assert "ej justerat" in text


def test_pdfa_identification_output_intent_and_embedded_fonts(tmp_path: Path) -> None:
    reader = PdfReader(export_pdf(samples.approved(4), tmp_path))
    xmp = etree.fromstring(reader.trailer["/Root"]["/Metadata"].get_object().get_data())
    ns = {"pdfaid": "http://www.aiim.org/pdfa/ns/id/", "dc": "http://purl.org/dc/elements/1.1/"}
    assert xmp.findtext(".//pdfaid:part", namespaces=ns) == "3"
    assert xmp.findtext(".//pdfaid:conformance", namespaces=ns) == "B"
    assert "Södertörnskommunernas ledningsgrupp" in "".join(xmp.xpath(".//dc:title//text()", namespaces=ns))
    assert reader.metadata.title == "".join(xmp.xpath(".//dc:title//text()", namespaces=ns)).strip()
    intent = reader.trailer["/Root"]["/OutputIntents"][0].get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    profile = intent["/DestOutputProfile"].get_object().get_data()
    assert profile[36:40] == b"acsp" and profile[16:20] == b"RGB "
    fonts = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]  # embedded, never a standard-14 font
            fonts += 1
    assert fonts >= 2
    assert reader.trailer["/Root"]["/AF"][0].get_object()["/AFRelationship"] == "/Data"


def test_the_native_record_is_embedded_and_reads_back(tmp_path: Path) -> None:
    meeting = samples.approved(3)
    reader = PdfReader(export_pdf(meeting, tmp_path))
    (embedded,) = reader.attachments[pdfa.ATTACHMENT_NAME]
    assert native_xml.read(embedded).meeting == meeting


def test_a_page_renders_to_a_png_with_ink_on_it(tmp_path: Path) -> None:
    pdf = export_pdf(samples.approved(5), tmp_path)
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-gray", str(pdf), str(tmp_path / "page")], check=True)
    (image,) = tmp_path.glob("page*.pgm")
    pixels = image.read_bytes().split(b"\n", 3)[3]
    dark = sum(1 for value in pixels if value < 128)
    assert 0.005 < dark / len(pixels) < 0.3  # text, not a blank or black page


def test_an_approved_record_that_no_longer_matches_its_hash_is_not_exported(tmp_path: Path) -> None:
    meeting = samples.approved(3)
    meeting.items[2].decisions[0].text = "att inte notera informationen"
    with pytest.raises(IntegrityError, match="justeringens kontrollsumma"):
        exporter.export_record(meeting, xml=tmp_path / "a.xml", pdf_path=tmp_path / "a.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_draft_cannot_be_signed(tmp_path: Path, p12: Path) -> None:
    with pytest.raises(InputError, match="justerade"):
        exporter.export_record(samples.draft(2), pdf_path=tmp_path / "a.pdf", sign=exporter.SigningKey(p12, "x"))
    assert not (tmp_path / "a.pdf").exists()


def test_a_failed_export_leaves_no_file_behind(tmp_path: Path) -> None:
    meeting = samples.draft(2)
    meeting.date = "den fjärde oktober"
    with pytest.raises(Exception, match="XML-schemat"):
        exporter.export_record(meeting, xml=tmp_path / "a.xml", pdf_path=tmp_path / "a.pdf")
    assert list(tmp_path.iterdir()) == []


def test_pdf_bytes_are_a_pdf_reader_can_open_without_warnings(tmp_path: Path) -> None:
    data, pages = exporter.pdf_bytes(samples.approved(2))
    reader = PdfReader(io.BytesIO(data), strict=True)
    assert len(reader.pages) == pages


def test_decisions_the_item_text_repeats_are_printed_once_and_no_word_is_lost(tmp_path: Path) -> None:
    from minutes_desk.model import AgendaItem, Decision

    meeting = samples.draft(1)
    meeting.items = [
        AgendaItem("1", "Budget", "Diskussion om budgeten.\n\nBeslut\n\natt godkänna budgeten\natt återkomma i maj.\n*",
                   [Decision("att godkänna budgeten"), Decision("att återkomma i maj.")]),
        AgendaItem("2", "Lokaler", "Beslut: att hyra lokalen, men texten säger något annat",
                   [Decision("att hyra lokalen")]),
    ]
    text = flat(" ".join(page_texts(export_pdf(meeting, tmp_path))))
    assert text.count("att godkänna budgeten") == 1 and text.count("att återkomma i maj.") == 1
    assert "Diskussion om budgeten." in text and "*" in text
    # Where the text does not hold the decisions word for word, it is printed whole, decisions again.
    assert "Beslut: att hyra lokalen, men texten säger något annat" in text
    assert text.count("att hyra lokalen") == 2


def _xmp_values(reader: PdfReader) -> dict[str, str]:
    """XMP properties whether written as elements (ours) or as attributes (pyHanko's rewrite)."""
    xmp = etree.fromstring(reader.trailer["/Root"]["/Metadata"].get_object().get_data())
    rdf = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
    values: dict[str, str] = {}
    for description in xmp.iter(f"{rdf}Description"):
        for key, value in description.attrib.items():
            values[etree.QName(key).localname] = value
        for child in description:
            values[etree.QName(child).localname] = " ".join(t.strip() for t in child.itertext() if t.strip())
    return values


def _info_date(value: str) -> str:
    digits = value[2:16]
    return f"{digits[0:4]}-{digits[4:6]}-{digits[6:8]}T{digits[8:10]}:{digits[10:12]}:{digits[12:14]}"


@pytest.mark.parametrize("signed", [False, True], ids=["unsigned", "signed"])
def test_the_info_dictionary_agrees_with_the_xmp_as_pdfa_requires(tmp_path: Path, p12: Path, signed: bool) -> None:
    from tests.export.conftest import P12_PASSWORD

    path = tmp_path / "p.pdf"
    exporter.export_record(samples.approved(3), pdf_path=path, sign=exporter.SigningKey(p12, P12_PASSWORD) if signed else None)
    reader = PdfReader(path)
    info, xmp = reader.metadata, _xmp_values(reader)
    assert (xmp["part"], xmp["conformance"]) == ("3", "B")
    pairs = {"/Title": "title", "/Author": "creator", "/Subject": "description", "/Creator": "CreatorTool", "/Producer": "Producer"}
    for key, prop in pairs.items():
        if key in info:
            assert info[key] == xmp[prop], key
    for key, prop in (("/CreationDate", "CreateDate"), ("/ModDate", "ModifyDate")):
        assert xmp[prop].startswith(_info_date(info[key])), key
    assert set(info) <= set(pairs) | {"/CreationDate", "/ModDate"}  # nothing without an XMP twin
    assert "/Encrypt" not in reader.trailer and len(reader.trailer["/ID"]) == 2
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            assert int(annotation.get_object()["/F"]) & 4  # printable, as PDF/A wants every annotation


def test_ocr_line_wraps_are_joined_but_lists_att_clauses_and_headings_keep_their_lines(tmp_path: Path) -> None:
    from minutes_desk.model import AgendaItem

    meeting = samples.draft(1)
    scanned = (
        "Diskussion\n"
        "Ekonomichefen redovisar läget för helåret och prognosen\n"
        "för äldreomsorgen.\n"
        "- Kurser för kommunala tjänstemän på\n"
        "olika nivåer\n"
        "- Nätverk för chefer\n"
        "att gå vidare med förslaget"
    )
    meeting.items = [AgendaItem("1", "Rapport", scanned)]
    (text,) = page_texts(export_pdf(meeting, tmp_path))[:1]
    lines = [line.strip() for line in text.splitlines()]
    for line in (
        "Diskussion",
        "Ekonomichefen redovisar läget för helåret och prognosen för äldreomsorgen.",
        "- Kurser för kommunala tjänstemän på olika nivåer",
        "- Nätverk för chefer",
        "att gå vidare med förslaget",
    ):
        assert line in lines
