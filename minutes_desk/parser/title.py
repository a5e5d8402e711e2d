"""The title lines at the top of minutes: the body (organ) that met and the protocol number.

"Minnesanteckningar från Södertörnskommunernas ledningsgrupp, 5", "Kommundirektörsgruppens protokoll
1/2019" (the genitive goes: the body is the group), "Centrala samverkansgruppen den 7 maj 2019",
"Protokoll fört vid sammanträde med styrelsen för X"; the patterns run on fold_chars() of a line.
"""

from __future__ import annotations

import re

from minutes_desk.model import Meeting
from minutes_desk.parser.dates import find_dates
from minutes_desk.parser.numbers import numeric_view
from minutes_desk.parser.text import Line, fold, fold_chars, squash, trimmed_span

_GENERIC_TITLE = re.compile(
    r"^(?:justerat\s+|utdrag\s+ur\s+)?(?:sammantradesprotokoii|protokoii|minnesanteckningar|minnesanteckning|"
    r"anteckningar|motesanteckningar|motesprotokoii|kaiieise|dagordning|protokoii\s+\(?justerat\)?)"
    r"(?:\s+(?:nr|nummer)\.?)?\s*:?$"
)
_TITLE_FROM = re.compile(
    r"^\s*(?:minnesanteckningar|minnesanteckning|anteckningar|motesanteckningar|protokoii|sammantradesprotokoii)"
    r"(?:(?:\s+fort)?\s+(?:fr(?:a|i|ai|ia)n|for|vid|over)\s+|\s*[–:-]\s*)"
    r"(?:(?:motet|mote|sammantradet|sammantrade|styreisemotet|styreisemote|traffen)\s+(?:med|i|for|hos)\s+)?",
)
_TITLE_OWNER = re.compile(r"^(?P<owner>.+?)\s+(?:protokoii|minnesanteckningar|motesanteckningar)\b(?P<rest>.*)$")
_PROTOCOL_NO = re.compile(r"(?:^|[\s,])(?:nr\.?\s*|nummer\s*)?(?P<no>\d{1,3}/(?:19|20)?\d\d|\d{1,3})\s*$", re.IGNORECASE)
_PROTOCOL_NR = re.compile(r"\b(?:protokoll|nr|nummer)\.?\s*(?:nr\.?\s*)?(?P<no>\d{1,3}/(?:19|20)?\d\d)\b", re.IGNORECASE)
_PAGE = re.compile(r"^\s*(?:sida\s+)?\d+\s*(?:\(\s*\d+\s*\)|av\s+\d+|/\s*\d+)\s*$", re.IGNORECASE)
_ORGAN_WORDS = tuple(
    fold(w) for w in (
        "grupp", "utskott", "styrelse", "nämnd", "råd", "fullmäktige", "beredning", "presidium",
        "samverkan", "möte", "ledning", "direktör", "kommitté", "delegation", "konferens", "forum",
    )
)


def read_title(meeting: Meeting, text: str, title_lines: list[Line]) -> None:
    joined: list[tuple[int, int]] = []
    cells: list[tuple[int, int]] = []
    for line in title_lines:
        pos = line.start
        for sep in re.finditer(r"\t+|\s{3,}", text[line.start:line.end]):
            cells.append((pos, line.start + sep.start()))
            pos = line.start + sep.end()
        cells.append((pos, line.end))
    for cell in cells:
        span = trimmed_span(text, cell[0], cell[1], " \t")
        content = text[span[0]:span[1]]
        if not content or _PAGE.match(content):
            continue
        if joined and re.search(r"\b(?:från|fran|frin|för|for|vid)$", text[joined[-1][0]:joined[-1][1]], re.IGNORECASE):
            joined[-1] = (joined[-1][0], span[1])
        else:
            joined.append(span)
    if not joined:
        return
    meeting.title = " – ".join(squash(text[a:b]) for a, b in joined)
    meeting.spans["title"] = (joined[0][0], joined[-1][1])
    candidates: list[tuple[int, int]] = []
    for a, b in joined:
        content = text[a:b]
        folded = fold_chars(content)
        if _GENERIC_TITLE.match(folded):
            continue
        start, end = a, b
        match = _TITLE_FROM.match(folded)
        if match:
            start = a + match.end()
        else:
            owner = _TITLE_OWNER.match(folded)
            if owner:
                end = a + owner.end("owner")
                rest = numeric_view(text)[a:b][owner.start("rest"):]
                number = _PROTOCOL_NO.search(rest) or _PROTOCOL_NR.search(rest)
                if number and not meeting.protocol_number:
                    meeting.protocol_number = number.group("no")
                    meeting.spans["protocol_number"] = (a + owner.start("rest") + number.start("no"),
                                                        a + owner.start("rest") + number.end("no"))
        hits = find_dates(text, start, end)
        if hits:
            first = hits[0]
            if first.start > start:
                end = first.start
        start, end = trimmed_span(text, start, end, " \t,.;:-–")
        number = _PROTOCOL_NO.search(numeric_view(text), start, end)
        if number and number.start("no") > start and not meeting.protocol_number:
            meeting.protocol_number = number.group("no")
            meeting.spans["protocol_number"] = number.span("no")
            end = trimmed_span(text, start, number.start("no"), " \t,.;:-–")[1]
        value = text[start:end]
        if end > start and any(ch.isalpha() for ch in value) and not _GENERIC_TITLE.match(fold_chars(value)):
            candidates.append((start, end))
    if not candidates:
        return
    organ = [c for c in candidates if any(w in fold(text[c[0]:c[1]]) for w in _ORGAN_WORDS)]
    if meeting.body:
        return
    start, end = (organ or candidates)[0]
    body = squash(text[start:end])
    if body.endswith("s") and re.search(r"s\s+(?:protokoll|minnesanteckningar)", text[start:end + 20]):
        body = body[:-1]
    meeting.body = body
    meeting.spans["body"] = (start, end)
