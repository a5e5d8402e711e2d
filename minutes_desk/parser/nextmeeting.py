"""The next meeting: its date (after the meeting's own), time and place.

Read from an item titled "Nästa möte"/"Nästa sammanträde" (also damaged: "Naista mote"), a line
headed so, or failing both a sentence naming it. The earliest date after the meeting's wins.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from minutes_desk.model import Meeting, NextMeeting
from minutes_desk.parser.cues import match_cue
from minutes_desk.parser.dates import DateHit, find_dates, find_time, infer_year
from minutes_desk.parser.items import ItemHeading
from minutes_desk.parser.numbers import numeric_view
from minutes_desk.parser.text import AE, M, Line, fold_chars, squash, trimmed_span

_PLACE_AFTER = re.compile(r"[\s,]*(?:[i1l|]|p[åaiä]{1,2}|hos)\s+(?P<place>[^.;\n]+(?:\n(?![ \t]*\n)[^.;\n]+)?)")
# A listed place is a name, or a meeting held online ("digitalt via Teams", "på distans").
_PLACE_LISTED = re.compile(
    r"[ \t]*[,–-][ \t]*(?:plats:?\s*)?"
    r"(?P<place>(?:[A-ZÅÄÖ]|(?i:digital|via\s|videom|webbm|på\s+distans|distans))[^.;\n]*)"
)
_NEXT_SENTENCE = re.compile(rf"\bn{AE}sta\s+(?:ordinarie\s+)?(?:{M}ote|sa{M}{M}antr{AE}de|tr{AE}ff)\b")
"""On fold_chars(): "… Nästa möte den 5 maj." inside a paragraph, when no item or line is headed so."""


def next_meeting(meeting: Meeting, text: str, lines: list[Line], headings: list[ItemHeading],
                 years: Counter[int]) -> NextMeeting | None:
    regions: list[tuple[int, int]] = []
    for item in meeting.items:
        cue = match_cue(item.title, frozenset({"next"}))
        if cue is not None and len(item.title.split()) <= 5 and "text" in item.spans:
            regions.append(item.spans["text"])
    item_lines = {h.line for h in headings}
    for line in lines[(headings[0].line if headings else 0):]:
        if line.blank or line.index in item_lines:
            continue
        cue = match_cue(line.text, frozenset({"next"}), start=line.content_start - line.start)
        if cue is not None:
            end = line.end
            for nxt in lines[line.index + 1:]:
                if nxt.blank:
                    break
                end = nxt.end
            regions.append((line.start + cue.rest, end))
    if not regions:
        start = lines[headings[0].line].start if headings else 0
        for match in _NEXT_SENTENCE.finditer(fold_chars(text[start:])):
            end = text.find("\n\n", start + match.end())
            regions.append((start + match.start(), len(text) if end < 0 else end))
    after = dt.date.fromisoformat(meeting.date) if meeting.date else None
    for start, end in reversed(regions):
        found = _meeting_in(text, start, end, after, years)
        if found is not None:
            return found
    return None


def _meeting_in(text: str, start: int, end: int, after: dt.date | None, years: Counter[int]) -> NextMeeting | None:
    best: tuple[str, DateHit, bool] | None = None
    for hit in find_dates(text, start, end, compact=True):
        year, inferred = hit.year, False
        if year is None:
            year, inferred = infer_year(hit, years, after), True
        iso = hit.iso(year)
        if iso is None or (after is not None and dt.date.fromisoformat(iso) <= after):
            continue
        if best is None or iso < best[0]:
            best = (iso, hit, inferred)
    if best is None:
        return None
    iso, hit, inferred = best
    line_start = text.rfind("\n", start, hit.start) + 1
    line_end = text.find("\n", hit.end, end)
    line_end = end if line_end < 0 else line_end
    result = NextMeeting(date=iso, date_inferred=inferred, spans={"date": (hit.start, hit.end)})
    time = find_time(text, max(start, line_start), line_end) or find_time(text, start, end)
    place_from = hit.end
    if time is not None:
        result.start, result.end = time.begin, time.finish
        result.spans["start"] = (time.start, time.end)
        if time.finish:
            result.spans["end"] = (time.start, time.end)
        if line_start <= time.start < line_end:
            place_from = max(place_from, time.end)
    for origin in sorted({place_from, hit.end}, reverse=True):
        match = _PLACE_AFTER.match(text, origin, end) or _PLACE_LISTED.match(text, origin, end)
        if match:
            place_span = trimmed_span(text, *match.span("place"), " \t\r\n\f,.;:")
            value = squash(text[place_span[0]:place_span[1]])
            cut = re.search(r"\s(?:k[lI1i]\.?\s*\d|den\s+\d|\d)",
                            squash(numeric_view(text)[place_span[0]:place_span[1]]))
            if cut:
                value = value[:cut.start()].strip(" ,")
            if value and len(value) <= 80:
                result.place = value
                result.spans["place"] = (place_span[0], place_span[0] + len(value))
                break
    return result
