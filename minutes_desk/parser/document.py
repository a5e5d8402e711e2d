"""The whole document: header fields and participant blocks, items, signatures; the order of reading.

Items are found first (they bound the header); the header gives date, time, place, people and labels;
signatures after the last item give secretary, chair and adjusters; the next meeting comes last, since
its year is inferred from the meeting's date.
"""

from __future__ import annotations

import re

from minutes_desk.model import AgendaItem, Meeting, Participant
from minutes_desk.parser.cues import match_cue
from minutes_desk.parser.dates import DateHit, find_dates, find_time, infer_year, years_mentioned
from minutes_desk.parser.items import SIGNATURE_KINDS, adjusters_in, build_item, find_items
from minutes_desk.parser.names import is_name, is_title, role_of
from minutes_desk.parser.nextmeeting import next_meeting
from minutes_desk.parser.numbers import numeric_view
from minutes_desk.parser.participants import looks_like_participants, parse_block
from minutes_desk.parser.signatures import LABEL_KINDS, Signed, read_signatures
from minutes_desk.parser.text import Line, edit_distance, fold, split_lines, squash, trimmed_span
from minutes_desk.parser.title import read_title

FIELD_KINDS = frozenset({"time", "date", "place", "timeplace"})
PARTICIPANT_KINDS = frozenset({"attendees", "substitutes", "absent", "guests"})
HEADER_KINDS = FIELD_KINDS | PARTICIPANT_KINDS | LABEL_KINDS | {"section", "next", "body"}
_CHAIR = re.compile(r"^ordförande|^mötesordförande")


def parse_document(text: str) -> Meeting:
    lines = split_lines(text)
    meeting = Meeting(text=text)
    headings = find_items(text, lines)
    first_item = headings[0].line if headings else len(lines)
    tail = _signature_start(text, lines, headings[-1].line + 1 if headings else first_item)
    signed: list[Signed] = []
    label_lines: list[Line] = []
    date_hit = _read_header(meeting, text, lines[:min(first_item, tail)], label_lines)
    known = [p.name for p in meeting.attendees + meeting.absent + meeting.guests]
    signed.extend(read_signatures(text, label_lines, known))
    years = years_mentioned(text)
    if date_hit is not None:
        year = date_hit.year
        if year is None:
            year = infer_year(date_hit, years)
            meeting.date_inferred = year is not None
        meeting.date = date_hit.iso(year)
        if meeting.date:
            meeting.spans["date"] = (date_hit.start, date_hit.end)

    for k, heading in enumerate(headings):
        end_line = headings[k + 1].line if k + 1 < len(headings) else tail
        meeting.items.append(build_item(text, lines, heading, end_line))

    signed.extend(read_signatures(text, lines[tail:], known))
    _people_from_signatures(meeting, signed)
    for item in meeting.items:
        for name, span in adjusters_in(text, item):
            _add_adjuster(meeting, name, span)
    meeting.next_meeting = next_meeting(meeting, text, lines, headings, years)
    _check_spans(meeting)
    return meeting


def _read_header(meeting: Meeting, text: str, header: list[Line], label_lines: list[Line]) -> DateHit | None:
    title_lines: list[Line] = []
    date_hit: DateHit | None = None
    seen_people = False
    i = 0
    while i < len(header):
        line = header[i]
        if line.blank:
            i += 1
            continue
        cue = match_cue(line.text, HEADER_KINDS, start=line.content_start - line.start)
        if cue is None:
            hits = find_dates(text, line.content_start, line.end) if not seen_people else []
            if hits and hits[0].start == line.content_start and date_hit is None:
                # "Tisdag 21 november 2023, kl 14–16, Stadshuset": the date line of a header without cues.
                date_hit = _read_field(meeting, text, "timeplace", line.content_start, line.end) or date_hit
            elif not seen_people and len(title_lines) < 6 and len(line.text.strip()) <= 100:
                title_lines.append(line)
            i += 1
            continue
        seen_people = seen_people or cue.kind in PARTICIPANT_KINDS or cue.kind in LABEL_KINDS
        if cue.kind in FIELD_KINDS:
            start, end = trimmed_span(text, line.start + cue.rest, line.end, " \t")
            i += 1
            if cue.kind in ("time", "date") and not (
                find_dates(text, start, end, compact=True) or find_time(text, start, end, bare=True)
            ):
                start = end  # "Sammanträdesdatum  Sida" over "2023-05-09  1(12)": the value is below
            if start >= end:
                while i < len(header) and header[i].blank:
                    i += 1
                if i < len(header) and match_cue(header[i].text, HEADER_KINDS) is None:
                    start, end = trimmed_span(text, header[i].start, header[i].end, " \t")
                    i += 1
            date_hit = _read_field(meeting, text, cue.kind, start, end) or date_hit
        elif cue.kind in PARTICIPANT_KINDS:
            rows, i = _block_rows(text, header, i, line.start + cue.rest)
            present, unticked = parse_block(text, rows)
            if cue.kind == "attendees":
                meeting.attendees.extend(present)
                meeting.absent.extend(unticked)
            elif cue.kind == "substitutes":
                for p in present:
                    p.role = p.role or "ersättare"
                meeting.attendees.extend(present)
            elif cue.kind == "absent":
                meeting.absent.extend(present + unticked)
            else:
                meeting.guests.extend(present)
        elif cue.kind == "body":
            start, end = trimmed_span(text, line.start + cue.rest, line.end, " \t")
            if ":" in line.text[:cue.rest] and end > start and not meeting.body:
                meeting.body = squash(text[start:end])
                meeting.spans["body"] = (start, end)
            elif not seen_people and len(title_lines) < 6:
                title_lines.append(line)
            i += 1
        elif cue.kind in LABEL_KINDS:
            label_lines.append(line)
            i += 1
            while i < len(header) and (header[i].blank or match_cue(header[i].text, HEADER_KINDS - LABEL_KINDS) is None):
                if not header[i].blank:
                    label_lines.append(header[i])
                i += 1
        else:
            i += 1
    meeting.attendees = _unique(meeting.attendees, [])
    meeting.absent = _unique(meeting.absent, meeting.attendees)
    meeting.guests = _unique(meeting.guests, meeting.attendees + meeting.absent)
    read_title(meeting, text, title_lines)
    if date_hit is None:
        for line in title_lines:
            hits = find_dates(text, line.start, line.end)
            if hits:
                date_hit = hits[0]
                break
    if meeting.date is None and date_hit is None and header:
        hits = find_dates(text, header[0].start, header[-1].end)
        date_hit = hits[0] if hits else None
    chair = next((p for p in meeting.attendees if _CHAIR.match(p.role.lower())), None)
    if chair is not None:
        meeting.chair = chair.name
        meeting.spans["chair"] = chair.spans["name"]
    for p in meeting.attendees + meeting.guests:
        if not meeting.secretary and re.search(r"sekreterare|protokollförare", p.role):
            meeting.secretary = p.name
            meeting.spans["secretary"] = p.spans["name"]
        if "justerare" in p.role:
            _add_adjuster(meeting, p.name, p.spans["name"])
    return date_hit


def _unique(people: list[Participant], earlier: list[Participant]) -> list[Participant]:
    """Each person once: a name listed again (unticked and under "Frånvarande", say) is dropped."""
    kept: list[Participant] = []
    seen = [fold(other.name) for other in earlier]
    for person in people:
        key = fold(person.name)
        if not any(_close_keys(key, other) for other in seen):
            kept.append(person)
            seen.append(key)
    return kept


def _read_field(meeting: Meeting, text: str, kind: str, start: int, end: int) -> DateHit | None:
    hits = find_dates(text, start, end, compact=True) if kind != "place" else []
    time = find_time(text, start, end, bare=kind in ("time", "timeplace")) if kind != "place" else None
    if time is not None and meeting.start is None:
        meeting.start, meeting.end = time.begin, time.finish
        meeting.spans["start"] = (time.start, time.end)
        if time.finish:
            meeting.spans["end"] = (time.start, time.end)
    if kind in ("place", "timeplace") and not meeting.place:
        cut = sorted([(h.start, h.end) for h in hits[:1]] + ([(time.start, time.end)] if time else []))
        pieces: list[tuple[int, int]] = []
        pos = start
        for a, b in cut:
            pieces.append((pos, a))
            pos = b
        pieces.append((pos, end))
        best = max((trimmed_span(text, a, b, " \t,.;:-–") for a, b in pieces), key=lambda s: s[1] - s[0])
        value = text[best[0]:best[1]]
        value = re.sub(r"^(?:k[lI1i]\.?\s*|den\s+)", "", value)
        if value and not (len(value) < 3 and not value.isalpha()):
            meeting.place = squash(value)
            meeting.spans["place"] = best
    return hits[0] if hits and meeting.date is None else None


def _block_rows(text: str, header: list[Line], i: int, first_start: int) -> tuple[list[tuple[int, int] | None], int]:
    """Rows of a participant block: the cue line's rest, then lines until a cue or a non-participant paragraph."""
    rows: list[tuple[int, int] | None] = []
    line = header[i]
    start, end = trimmed_span(text, first_start, line.end, " \t")
    if start < end:
        rows.append((start, end))
    i += 1
    previous: list[Line] | None = None
    current: list[Line] = []
    blank_before = False
    while i < len(header):
        line = header[i]
        if line.blank:
            if current:
                previous, current = current, []
            blank_before = True
            rows.append(None)
            i += 1
            continue
        if blank_before and previous and _org_column_follows(text, header, i, previous):
            for org_line in header[i:i + len(previous)]:
                rows.append(trimmed_span(text, org_line.start, org_line.end, " \t"))
            i += len(previous)
            current, previous = [], None
            continue
        cue = match_cue(line.text, HEADER_KINDS, start=line.content_start - line.start)
        if cue is not None and not (
            cue.kind in ("chair", "secretary", "adjuster") and not blank_before and current
            and not line.text[cue.rest:].strip()
        ):
            break
        if blank_before or not rows:
            para = [line]
            j = i + 1
            while j < len(header) and not header[j].blank:
                para.append(header[j])
                j += 1
            if rows and any(r is not None for r in rows) or previous:
                if not looks_like_participants(text, para, previous or _last_paragraph(header, i)):
                    break
            elif not looks_like_participants(text, para, None):
                break
        blank_before = False
        current.append(line)
        rows.append(trimmed_span(text, line.start, line.end, " \t"))
        i += 1
    while rows and rows[-1] is None:
        rows.pop()
    return rows, i


def _org_column_follows(text: str, header: list[Line], i: int, names: list[Line]) -> bool:
    """A paragraph of organisations, one per name of the paragraph before ("Ordförande, KSF" under "Magnus")."""
    para = header[i:i + len(names)]
    if len(names) < 2 or len(para) < len(names) or any(l.blank for l in para):
        return False
    if i + len(names) < len(header) and not header[i + len(names)].blank:
        return False
    if not all(is_name(l.text.strip().rstrip(",")) for l in names):
        return False
    return not any(is_name(l.text.split(",")[0].strip()) for l in para)


def _last_paragraph(header: list[Line], i: int) -> list[Line]:
    para: list[Line] = []
    j = i - 1
    while j >= 0 and header[j].blank:
        j -= 1
    while j >= 0 and not header[j].blank:
        para.insert(0, header[j])
        j -= 1
    return para


def _signature_start(text: str, lines: list[Line], from_line: int) -> int:
    """First line of the closing signatures after the last item (labelled or a trailing Name/title run)."""
    for idx in range(from_line, len(lines)):
        line = lines[idx]
        if line.blank:
            continue
        cue = match_cue(line.text, SIGNATURE_KINDS, start=line.content_start - line.start)
        if cue is None:
            continue
        rest = re.sub(r"[.…_]{3,}", " ", line.text[cue.rest:]).strip()
        head = re.split(r"[,(\t]|\s{2,}", rest)[0].strip()
        if idx > 0 and not lines[idx - 1].blank:
            # Right under running text only as a bare label with a name below it.
            # A role under a name ("Palle Lundberg / ordförande") is a title, not a label.
            below = next((l for l in lines[idx + 1:] if not l.blank), None)
            if (rest or below is None or not is_name(re.split(r"[,(\t]|\s{2,}", below.text.strip())[0])
                    or is_name(re.split(r"[,(\t]|\s{2,}", lines[idx - 1].text.strip())[0])):
                continue
        if not rest or match_cue(rest, SIGNATURE_KINDS) is not None or is_name(head):
            return idx
    start = len(lines)
    idx = len(lines) - 1
    while idx >= from_line:
        while idx >= from_line and lines[idx].blank:
            idx -= 1
        end = idx
        while idx >= from_line and not lines[idx].blank:
            idx -= 1
        para = lines[idx + 1:end + 1]
        if not para or not _signature_paragraph(para):
            break
        start = para[0].index
    return start


def _signature_paragraph(para: list[Line]) -> bool:
    if len(para) > 3:
        return False
    cells = [c.strip() for c in re.split(r"\t+|\s{2,}", para[0].text.strip()) if c.strip()]
    if not cells or not all(is_name(c) for c in cells):
        return False
    for line in para[1:]:
        content = line.text.strip()
        if len(content.split()) > 5 or content.endswith(".") or re.search(r"(?<!\w)\d[\d\s.:/-]*(?!\w)", numeric_view(content)):
            return False
    return True


def _similar(a: str, b: str) -> bool:
    return _close_keys(fold(a), fold(b))


def _close_keys(a: str, b: str) -> bool:
    """Two folded names the same up to about one OCR slip in six characters."""
    if a == b:
        return True
    limit = max(1, len(b) // 6)
    return abs(len(a) - len(b)) <= limit and edit_distance(a, b, limit) <= limit


def _people_from_signatures(meeting: Meeting, signed: list[Signed]) -> None:
    """Chair and secretary first, then adjusters: whoever signs as chair or secretary is not also a justerare."""
    labelled = [(s, _signature_label(meeting, s)) for s in signed]
    for s, label in labelled:
        if label == "chair" and not meeting.chair:
            meeting.chair = s.name
            meeting.spans["chair"] = s.span
        elif label == "secretary" and not meeting.secretary:
            meeting.secretary = s.name
            meeting.spans["secretary"] = s.span
    for s, label in labelled:
        if label not in ("adjuster", "approved"):
            continue
        if any(p and _similar(s.name, p) for p in (meeting.chair, meeting.secretary)):
            continue
        if label == "approved" and is_title(s.title) and "ordf" in fold(s.title):
            continue
        _add_adjuster(meeting, s.name, s.span)


def _signature_label(meeting: Meeting, s: Signed) -> str | None:
    title = fold(s.title)
    role = role_of(s.title) or ""
    label = s.label
    if label is None:
        if role in ("ordförande", "mötesordförande"):
            label = "chair"
        elif "sekret" in title or "protokollfor" in title or role == "protokollförare":
            label = "secretary"
        elif role in ("justerare", "protokolljusterare"):
            label = "adjuster"
    if label == "approved" and role in ("ordförande", "mötesordförande") and not meeting.chair:
        label = "chair"
    return label
def _add_adjuster(meeting: Meeting, name: str, span: tuple[int, int]) -> None:
    if any(_similar(name, a) for a in meeting.adjusters):
        return
    meeting.spans[f"adjusters[{len(meeting.adjusters)}]"] = span
    meeting.adjusters.append(name)


def _check_spans(meeting: Meeting) -> None:
    """Drop any span that does not index into the text (a value typed later has none either)."""
    n = len(meeting.text)

    def valid(spans: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
        return {k: v for k, v in spans.items() if 0 <= v[0] <= v[1] <= n}

    meeting.spans = valid(meeting.spans)
    people: list[Participant] = meeting.attendees + meeting.absent + meeting.guests
    for p in people:
        p.spans = valid(p.spans)
    items: list[AgendaItem] = meeting.items
    for item in items:
        item.spans = valid(item.spans)
        for d in item.decisions:
            d.spans = valid(d.spans)
    if meeting.next_meeting is not None:
        meeting.next_meeting.spans = valid(meeting.next_meeting.spans)
