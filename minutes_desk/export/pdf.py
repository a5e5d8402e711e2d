"""The minutes as a formatted A4 PDF, laid out the way Swedish minutes usually look.

Heading (body, date, time, place), the participant lists, the numbered items with their text and
"Beslut" clauses, then "Vid anteckningarna" / "Justeras". Every page has a running header, "Sida X
av Y" and the content hash; a draft has a large "UTKAST" under the text of every page. Decision
texts are printed verbatim: a decision must read exactly as it was approved.
"""

from __future__ import annotations

import functools
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from minutes_desk.errors import MinutesDeskError
from minutes_desk.export import swedish
from minutes_desk.model import AgendaItem, Meeting, Participant, Status

DRAFT_MARK = "UTKAST"
FONT, FONT_BOLD = "MinutesSans", "MinutesSans-Bold"
_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path(reportlab.__file__).parent / "fonts")
_FONT_FILES = (  # DejaVu (fonts-dejavu-core) first; reportlab's own Bitstream Vera if it is missing
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("Vera.ttf", "VeraBd.ttf"),
)
MARGIN = 22 * mm
SIGNATURE_BOX_HEIGHT = 22 * mm
INK = Color(0, 0, 0)
GREY = Color(0.38, 0.38, 0.38)
WATERMARK = Color(0.86, 0.86, 0.86)


@dataclass(frozen=True)
class SignatureBox:
    """Where the visible signature goes: page index (0-based) and (x1, y1, x2, y2) in points."""

    page: int
    box: tuple[int, int, int, int]


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int
    signature_box: SignatureBox | None


def _regular_font() -> Path:
    for directory in _FONT_DIRS:
        for files in _FONT_FILES:
            if (directory / files[0]).is_file():
                return directory / files[0]
    raise MinutesDeskError("inget inbäddningsbart typsnitt hittades (installera paketet fonts-dejavu-core)")


def register_fonts() -> None:
    """Registers the embedded TTF faces with reportlab (once per process: its registry is global)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    regular = _regular_font()
    files = next(f for f in _FONT_FILES if f[0] == regular.name)
    for name, file in zip((FONT, FONT_BOLD), files):
        pdfmetrics.registerFont(TTFont(name, str(regular.parent / file)))
    # No italic face: the minutes use none, and each face costs ~60 ms to load.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=10.5, leading=14, textColor=INK, alignment=TA_LEFT)
    return {
        "base": base,
        "kind": ParagraphStyle("kind", base, fontName=FONT, fontSize=11, leading=14, textColor=GREY),
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=8),
        "label": ParagraphStyle("label", base, fontName=FONT_BOLD),
        "section": ParagraphStyle("section", base, fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=3),
        "item": ParagraphStyle("item", base, fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=12, spaceAfter=4),
        "text": ParagraphStyle("text", base, spaceAfter=5),
        "beslut": ParagraphStyle("beslut", base, fontName=FONT_BOLD, spaceBefore=3, spaceAfter=1),
        "att": ParagraphStyle("att", base, leftIndent=8 * mm, spaceAfter=2),
        "small": ParagraphStyle("small", base, fontSize=9, leading=11, textColor=GREY),
    }


MISSING_GLYPH = "□"
"""Printed for a character the embedded font cannot show (CJK, most emoji), so the page stays honest
about it and its text layer stays readable; ``verify`` expects the same substitution."""


@functools.cache
def _covered() -> frozenset[int]:
    register_fonts()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in (FONT, FONT_BOLD)]
    # Beyond the BMP reportlab writes a broken ToUnicode entry (odd-length hex): the glyph would
    # show but its text could not be read back, so such characters count as missing too.
    return frozenset(c for c in faces[0].keys() & faces[1].keys() if c <= 0xFFFF)


def printable(text: str) -> str:
    """``text`` as the PDF shows it: characters the font lacks become MISSING_GLYPH (spaces it
    lacks, such as the ideographic space, a plain space).

    Invisible format characters (soft hyphen, zero-width space, BOM) are left out: reportlab
    would break a line at a soft hyphen and print a "-" there.
    """
    covered = _covered()
    return "".join(
        c if ord(c) in covered or c in "\n\t" else " " if c.isspace() else MISSING_GLYPH
        for c in text
        if unicodedata.category(c) != "Cf"
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(printable(text)).replace("\n", "<br/>"), style)


def header_text(meeting: Meeting) -> str:
    """The running header: one line, so any line break in the body's name becomes a space."""
    return "  ·  ".join(" ".join(x.split()) for x in (meeting.body, swedish.long_date(meeting.date)) if x.strip())


def footer_texts(meeting: Meeting, page: int, pages: int, digest: str | None = None) -> list[str]:
    """The running footer lines of one page; ``digest`` is the content hash when already known."""
    if meeting.status is Status.APPROVED and meeting.approval is not None:
        state = f"Justerat {meeting.approval.date}"
    else:
        state = f"{DRAFT_MARK} – ej justerat"
    return [state, f"Sida {page} av {pages}", f"Innehållets SHA-256: {digest or meeting.content_hash()}"]


def _person_line(person: Participant) -> tuple[str, str]:
    details = [person.organisation, person.role, "på distans" if person.remote else ""]
    return person.name, ", ".join(d for d in details if d)


def _table_style(padding: float) -> TableStyle:
    # FONTNAME too: a Table sets its cell font (Helvetica by default) even when every cell is a
    # Paragraph, and a standard, non-embedded font breaks PDF/A.
    everywhere = ((0, 0), (-1, -1))
    return TableStyle([
        ("FONTNAME", *everywhere, FONT), ("VALIGN", *everywhere, "TOP"), ("LEFTPADDING", *everywhere, 0),
        ("TOPPADDING", *everywhere, padding), ("BOTTOMPADDING", *everywhere, padding),
    ])


def _people_table(people: list[Participant], styles: dict[str, ParagraphStyle], width: float) -> Table:
    rows = [[_p(name, styles["base"]), _p(detail, styles["base"])] for name, detail in map(_person_line, people)]
    table = Table(rows, colWidths=[width * 0.42, width * 0.58], hAlign="LEFT")
    table.setStyle(_table_style(0.5))
    return table


class _SignatureSpace(Flowable):
    """Empty room for the visible digital signature; remembers where it landed."""

    def __init__(self, width: float, height: float, found: Callable[[SignatureBox], None]) -> None:
        super().__init__()
        self.width, self.height, self._found = width, height, found

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self._found(SignatureBox(self.canv.getPageNumber() - 1, (int(x), int(y), int(x + self.width), int(y + self.height))))


def content_texts(meeting: Meeting) -> list[str]:
    """Every text the PDF shows besides the running header and footer, in page order.

    ``verify`` finds each of them, in this order, in the pages' text; keep it in step with _story.
    """
    texts = [_kind(meeting), meeting.body or "Möte"]
    for label, value in _facts(meeting):
        texts += [label, value]
    for label, people in _groups(meeting):
        texts.append(label)
        for person in people:
            texts += _person_line(person)
    for item in meeting.items:
        before, after = _item_text(item)
        texts += [_heading(item.number, item.title), before]
        if item.decisions:
            texts += ["Beslut", *(d.text for d in item.decisions)]
        texts.append(after)
    if _next_meeting(meeting):
        texts += ["Nästa möte", _next_meeting(meeting)]
    secretary, adjusters, when = _signers(meeting)
    texts += ["Vid anteckningarna", secretary, "Justeras", *adjusters, when]
    return [t for t in texts if t.strip()]


def _kind(meeting: Meeting) -> str:
    kind = meeting.title or "Protokoll"
    number = meeting.protocol_number.strip()
    return f"{kind} nr {number}" if number and number not in kind else kind


def _squash(text: str) -> str:
    return "".join(text.split())


def _item_text(item: AgendaItem) -> tuple[str, str]:
    """The item's text before and after its decisions, when the text repeats them.

    The parser keeps an item's whole text, decisions and their cue line ("Beslut") included, and
    the PDF prints the decisions in their own "Beslut" block; printing both would show every
    decision twice. The cut is made only where the text holds the decisions word for word on lines
    of their own, so no word of the record is ever dropped from the page.
    """
    if not item.decisions or not item.decisions[0].text.strip():
        return item.text, ""
    start = item.text.rfind(item.decisions[0].text)
    wanted = _squash("".join(d.text for d in item.decisions))
    if start < 0:
        return item.text, ""
    rest, consumed = item.text[start:], 0
    squashed = 0
    while squashed < len(wanted) and consumed < len(rest):  # walk the text until the decisions are used up
        if not rest[consumed].isspace():
            if rest[consumed] != wanted[squashed]:
                return item.text, ""
            squashed += 1
        consumed += 1
    tail = rest[consumed:].lstrip(" \t")
    at_line_start = start == 0 or item.text[:start].rstrip(" \t").endswith("\n")
    if squashed < len(wanted) or not at_line_start or (tail and not tail.startswith("\n")):
        return item.text, ""
    before = item.text[:start].rstrip()
    lines = before.rsplit("\n", 1)
    if len(lines) == 2 and 0 < len(lines[1].split()) <= 3 and len(lines[1]) <= 30:
        before = lines[0].rstrip()  # the cue line the parser split the decisions off at
    return before, rest[consumed:].strip()


def _facts(meeting: Meeting) -> list[tuple[str, str]]:
    facts = [
        ("Datum", swedish.long_date(meeting.date)),
        ("Tid", swedish.time_range(meeting.start, meeting.end)),
        ("Plats", meeting.place),
        ("Ordförande", meeting.chair),
        ("Sekreterare", meeting.secretary),
        ("Justerare", ", ".join(meeting.adjusters)),
    ]
    return [(k, v) for k, v in facts if v]


def _groups(meeting: Meeting) -> list[tuple[str, list[Participant]]]:
    groups = [("Närvarande", meeting.attendees), ("Frånvarande", meeting.absent), ("Övriga deltagare", meeting.guests)]
    return [(label, people) for label, people in groups if people]


def _next_meeting(meeting: Meeting) -> str:
    nxt = meeting.next_meeting
    if nxt is None or not (nxt.date or nxt.place):
        return ""
    if any(item.title.casefold().startswith("nästa möte") for item in meeting.items):
        return ""  # the minutes have it as an item of their own already
    return ", ".join(x for x in (swedish.long_date(nxt.date), swedish.time_range(nxt.start, nxt.end), nxt.place) if x)


def _signers(meeting: Meeting) -> tuple[str, list[str], str]:
    """Secretary, adjusters and the justering line: the approval's own when the record is approved."""
    approval = meeting.approval if meeting.status is Status.APPROVED else None
    if approval:
        return approval.secretary, approval.adjusters, f"Justerat {approval.date}"
    return meeting.secretary, meeting.adjusters, "Ej justerat"


_LINE_OF_ITS_OWN = re.compile(r"\s*([-–•*·]|\d{1,2}[.)]\s|[a-zåäö][.)]\s|att\s)", re.IGNORECASE)


def _reflow(paragraph: str) -> str:
    """Joins the OCR's line wraps so the text fills our line width.

    A line was wrapped by the scanned page when it is nearly as long as the paragraph's longest
    line; a shorter one ended on purpose (a heading such as "Diskussion", a sentence's end). List
    items and "att" clauses always keep a line of their own.
    """
    lines = [line.strip() for line in paragraph.strip("\n").split("\n")]
    longest = max(len(line) for line in lines)
    out = lines[0]
    for previous, line in zip(lines, lines[1:]):
        wrapped = longest >= 40 and len(previous) >= 0.6 * longest
        out += (" " if wrapped and not _LINE_OF_ITS_OWN.match(line) else "\n") + line
    return out


def _paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    return [_p(_reflow(part), style) for part in re.split(r"\n\s*\n", text) if part.strip()]


def _heading(number: str, title: str) -> str:
    number = number.strip()
    if not number:
        return title
    return f"{number} {title}" if number.startswith("§") else f"{number}. {title}"


def _story(meeting: Meeting, width: float, signature: Callable[[SignatureBox], None] | None) -> list[Flowable]:
    s = _styles()
    story: list[Flowable] = [_p(_kind(meeting), s["kind"]), _p(meeting.body or "Möte", s["title"])]
    rows = [[_p(k, s["label"]), _p(v, s["base"])] for k, v in _facts(meeting)]
    if rows:
        table = Table(rows, colWidths=[32 * mm, width - 32 * mm], hAlign="LEFT")
        table.setStyle(_table_style(1))
        story.append(table)
    for label, people in _groups(meeting):
        story += [_p(label, s["section"]), _people_table(people, s, width)]

    for item in meeting.items:
        block: list[Flowable] = [_p(_heading(item.number, item.title), s["item"])]
        before, after = _item_text(item)
        block += _paragraphs(before, s["text"])
        if item.decisions:
            block.append(_p("Beslut", s["beslut"]))
            block += [_p(d.text, s["att"]) for d in item.decisions]
        block += _paragraphs(after, s["text"])
        story += [CondPageBreak(30 * mm), *block]

    if _next_meeting(meeting):
        story += [_p("Nästa möte", s["item"]), _p(_next_meeting(meeting), s["text"])]

    story.append(KeepTogether(_signatures(meeting, s, width)))
    if signature is not None:
        story += [Spacer(1, 6 * mm), _SignatureSpace(78 * mm, SIGNATURE_BOX_HEIGHT, signature)]
    return story


def _signatures(meeting: Meeting, s: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    secretary, adjusters, when = _signers(meeting)
    line = "_" * 30
    left = [_p("Vid anteckningarna", s["label"]), Spacer(1, 10 * mm), _p(line, s["small"]), _p(secretary, s["base"])]
    right: list[Flowable] = [_p("Justeras", s["label"])]
    for name in adjusters or [""]:
        right += [Spacer(1, 10 * mm), _p(line, s["small"]), _p(name, s["base"])]
    table = Table([[left, right]], colWidths=[width / 2, width / 2], hAlign="LEFT")
    table.setStyle(_table_style(3))
    return [Spacer(1, 12 * mm), table, Spacer(1, 4 * mm), _p(when, s["small"])]


def _numbered_canvas(meeting: Meeting) -> type[Canvas]:
    """A canvas that draws the running header and footer once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            digest = meeting.content_hash()
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._running_texts(number, total, digest)
                super().showPage()
            super().save()

        def _running_texts(self, page: int, pages: int, digest: str) -> None:
            width, height = A4
            self.saveState()
            self.setFillColor(GREY)
            self.setStrokeColor(GREY)
            self.setFont(FONT, 8.5)
            self.drawString(MARGIN, height - 14 * mm, printable(header_text(meeting)))
            self.setLineWidth(0.4)
            self.line(MARGIN, height - 15.5 * mm, width - MARGIN, height - 15.5 * mm)
            self.line(MARGIN, 17 * mm, width - MARGIN, 17 * mm)
            state, page_of, digest_line = footer_texts(meeting, page, pages, digest)
            self.setFont(FONT, 8.5)
            self.drawString(MARGIN, 13 * mm, state)
            self.drawRightString(width - MARGIN, 13 * mm, page_of)
            self.setFont(FONT, 7)
            self.drawString(MARGIN, 9.5 * mm, digest_line)
            self.restoreState()

    return NumberedCanvas


def _watermark(canvas: Canvas, _doc: object) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFont(FONT_BOLD, 120)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(52)
    canvas.drawCentredString(0, -40, DRAFT_MARK)
    canvas.restoreState()


def render(meeting: Meeting, reserve_signature: bool = False) -> RenderedPdf:
    """The PDF (not yet PDF/A-finished); a draft gets the UTKAST mark."""
    register_fonts()
    buffer = io.BytesIO()
    found: list[SignatureBox] = []
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{meeting.title or 'Protokoll'} – {meeting.body}",
        author=meeting.secretary,
        initialFontName=FONT,
        lang="sv-SE",
    )
    on_page = _watermark if meeting.status is not Status.APPROVED else (lambda c, d: None)
    story = _story(meeting, doc.width, found.append if reserve_signature else None)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=_numbered_canvas(meeting))
    return RenderedPdf(buffer.getvalue(), doc.page, found[-1] if found else None)
