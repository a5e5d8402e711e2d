"""PDF/A-3b finishing of a reportlab PDF: XMP identification, sRGB output intent, the record attached.

reportlab (open-source edition) writes plain PDF; PDF/A needs a few catalog entries on top, added
here with pypdf. PDF/A-3 is chosen over PDF/A-2 because it allows the embedded native XML, which is
what lets ``verify`` recompute the content hash from the PDF alone. The sRGB profile is made by
LittleCMS (through Pillow) at run time, so no ICC file has to ship with the app.
"""

from __future__ import annotations

import functools
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from lxml import etree
from pypdf import PageObject, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
    create_string_object,
)

from minutes_desk.export import safe_xml

ATTACHMENT_NAME = "protokoll.xml"
"""The embedded native XML; ``verify`` looks for this name."""

LAYOUT_KEY = "/MinutesDeskLayoutSHA256"
"""Catalog entry: SHA-256 over what draws the pages (see :func:`layout_digest`)."""

_NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
}
_XML_NS = "http://www.w3.org/XML/1998/namespace"


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    author: str
    subject: str
    creator: str
    created: datetime
    """Timezone-aware."""


@functools.cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile, its header marked version 4.2 (the newest PDF/A-2/3 accept)."""
    from PIL import ImageCms  # only here, and once per process

    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    profile[8:12] = bytes([0x04, 0x20, 0x00, 0x00])
    return bytes(profile)


def finish(pdf: bytes, info: DocumentInfo, attachment: bytes) -> bytes:
    """``pdf`` with PDF/A-3b metadata, an sRGB output intent and ``attachment`` as protokoll.xml."""
    info = DocumentInfo(  # XMP is XML: a control character in a name becomes a space, in Info too
        *(safe_xml.NOT_XML_CHAR.sub(" ", v) for v in (info.title, info.author, info.subject, info.creator)),
        created=info.created,
    )
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.pdf_header = "%PDF-1.7"  # PDF/A-3 builds on PDF 1.7 (associated files)
    root = writer.root_object
    # The Info dictionary must agree with the XMP entry for entry. reportlab's empty /Keywords and
    # /Trapped go; /Producer is left out because pyHanko rewrites it in Info but not in XMP.
    writer._info = DictionaryObject(
        {
            NameObject("/Title"): create_string_object(info.title),
            NameObject("/Author"): create_string_object(info.author),
            NameObject("/Subject"): create_string_object(info.subject),
            NameObject("/Creator"): create_string_object(info.creator),
            NameObject("/CreationDate"): create_string_object(_pdf_date(info.created)),
            NameObject("/ModDate"): create_string_object(_pdf_date(info.created)),
        }
    )
    metadata = DecodedStreamObject()
    metadata.set_data(_xmp(info, info.creator))
    metadata.update({NameObject("/Type"): NameObject("/Metadata"), NameObject("/Subtype"): NameObject("/XML")})
    root[NameObject("/Metadata")] = writer._add_object(metadata)

    icc = DecodedStreamObject()
    icc.set_data(srgb_profile())
    icc[NameObject("/N")] = NumberObject(3)
    intent = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFA1"),
            NameObject("/OutputConditionIdentifier"): TextStringObject("sRGB IEC61966-2.1"),
            NameObject("/Info"): TextStringObject("sRGB IEC61966-2.1"),
            NameObject("/DestOutputProfile"): writer._add_object(icc),
        }
    )
    root[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])
    root[NameObject("/Lang")] = TextStringObject("sv-SE")

    embedded = writer.add_attachment(ATTACHMENT_NAME, attachment)
    embedded.subtype = NameObject("/text/xml")
    embedded.description = TextStringObject("Protokollet i minutes_desks XML-format, med innehållets kontrollsumma")
    embedded.associated_file_relationship = NameObject("/Data")
    filespec = embedded.pdf_object
    filespec[NameObject("/UF")] = create_string_object(ATTACHMENT_NAME)
    params = DictionaryObject({NameObject("/ModDate"): TextStringObject(_pdf_date(info.created))})
    params[NameObject("/Size")] = NumberObject(len(attachment))
    filespec["/EF"]["/F"].get_object()[NameObject("/Params")] = params
    root[NameObject("/AF")] = ArrayObject([filespec.indirect_reference])
    root[NameObject(LAYOUT_KEY)] = TextStringObject(layout_digest(writer.pages, root))

    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _pdf_date(moment: datetime) -> str:
    offset = moment.strftime("%z") or "+0000"
    return moment.strftime("D:%Y%m%d%H%M%S") + f"{offset[0]}{offset[1:3]}'{offset[3:5]}'"


def _xmp(info: DocumentInfo, producer: str) -> bytes:
    def q(prefix: str, name: str) -> str:
        return f"{{{_NS[prefix]}}}{name}"

    meta = etree.Element(q("x", "xmpmeta"), nsmap={"x": _NS["x"]})
    rdf = etree.SubElement(meta, q("rdf", "RDF"), nsmap={"rdf": _NS["rdf"]})

    def description(prefix: str) -> etree._Element:
        el = etree.SubElement(rdf, q("rdf", "Description"), nsmap={prefix: _NS[prefix]})
        el.set(q("rdf", "about"), "")
        return el

    pdfaid = description("pdfaid")
    etree.SubElement(pdfaid, q("pdfaid", "part")).text = "3"
    etree.SubElement(pdfaid, q("pdfaid", "conformance")).text = "B"

    dc = description("dc")
    etree.SubElement(dc, q("dc", "format")).text = "application/pdf"
    for tag, value in (("title", info.title), ("description", info.subject)):
        alt = etree.SubElement(etree.SubElement(dc, q("dc", tag)), q("rdf", "Alt"))
        li = etree.SubElement(alt, q("rdf", "li"))
        li.set(f"{{{_XML_NS}}}lang", "x-default")
        li.text = value
    seq = etree.SubElement(etree.SubElement(dc, q("dc", "creator")), q("rdf", "Seq"))
    etree.SubElement(seq, q("rdf", "li")).text = info.author

    xmp = description("xmp")
    stamp = info.created.isoformat(timespec="seconds")
    for tag in ("CreateDate", "ModifyDate", "MetadataDate"):
        etree.SubElement(xmp, q("xmp", tag)).text = stamp
    etree.SubElement(xmp, q("xmp", "CreatorTool")).text = info.creator

    pdf = description("pdf")
    etree.SubElement(pdf, q("pdf", "Producer")).text = producer

    body = etree.tostring(meta, encoding="UTF-8")
    return b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' + body + b'\n<?xpacket end="w"?>'


def layout_digest(pages: Iterable[PageObject], root: DictionaryObject) -> str:
    """SHA-256 over the pages' content streams, their fonts' programs and the output intent's profile.

    The page text and the embedded record are checked word by word; this covers the rest of what
    the eye sees, so that a damaged font or drawing operator is noticed without a signature too.
    Metadata is left out: signing rewrites it.
    """
    digest = hashlib.sha256()
    for page in pages:
        contents = page.get_contents()
        digest.update(contents.get_data() if contents is not None else b"")
        fonts = page.get("/Resources", {}).get("/Font", {})
        for name in sorted(fonts):
            descriptor = fonts[name].get_object().get("/FontDescriptor")
            program = descriptor.get_object().get("/FontFile2") if descriptor is not None else None
            digest.update(name.encode("utf-8") + (program.get_object().get_data() if program is not None else b""))
    for intent in root.get("/OutputIntents", []):
        profile = intent.get_object().get("/DestOutputProfile")
        if profile is not None:
            digest.update(profile.get_object().get_data())
    return digest.hexdigest()
