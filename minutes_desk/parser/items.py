"""Agenda items ("1. Titel", "§ 16 Titel", "16 § Titel") and the decisions inside them.

Decision blocks start at a "Beslut" heading (also "Beslut:", "Besiut", "Arbetsutskottets beslut"),
at "… beslutade följande:", or at a paragraph "X beslutar att …". A block is a run of units —
"att …"/"Att …" clauses, bullets, "1)" enumerations, or one plain paragraph — and ends at the next
cue, the next item, or a plain capitalised paragraph that is no longer part of the decision.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from minutes_desk.model import AgendaItem, Decision
from minutes_desk.parser.cues import match_cue
from minutes_desk.parser.names import is_name, is_name_token
from minutes_desk.parser.numbers import numeric_view
from minutes_desk.parser.text import Line, fold, fold_chars, squash, trimmed_span

_DOT_ITEM = re.compile(
    r"^[ \t]*(?:(?:[Pp]unkt|PUNKT|[ÄäAa]rende|ÄRENDE|[Pp]\.)[ \t]*)?(?P<num>\d{1,2})(?:\.|:|(?<=\d)(?=[ \t]+[A-ZÅÄÖ]))[ \t]+(?P<title>\S.*?)\s*$"
)
_PARA_ITEM = re.compile(
    r"^[ \t]*(?:(?P<num1>\d{1,3})[ \t]*[§$](?![\w§])|[§$][ \t]*(?P<num2>\d{1,3})(?![\d/]))\.?(?:[ \t]+(?P<title>\S.*?))?\s*$"
)
_NUMBER_ALONE = re.compile(r"^[ \t]*(?P<num>\d{1,2})\.[ \t]*$")
_LETTER_NUMBER = re.compile(r"^[ \t]*(?P<num>[SBbZOI|]|[I|l][SBbZOoIl|])\.[ \t]+(?P<title>[A-ZÅÄÖ0-9|]\S*(?:[ \t]+\S+)*?)\s*$")
"""An item number read as letters ("b. Verksamhetsplan" for 6., "I. Val" for 1., "IS." for 15.):
taken only where it continues the run, or opens one as 1."""
_LETTER_DIGIT = str.maketrans("SBbZOoIl|", "586200111")
_BULLET = re.compile(r"^[ \t]*(?:[-–—•·▪►]|o(?=\s)|\*(?=\s))\s*")
_ENUM = re.compile(r"^[ \t]*(?:(?:\d{1,2}|[a-h])[).]|[\dlI|OSBZ]{1,2}\))\s+")
"""Enumerations "1)", "a.", also with the digit read as a letter ("l)", "I)")."""
_ATT = re.compile(r"^[ \t]*[Aa]tt\s")
_INLINE_HEADING = re.compile(r"\bbes\w{1,7}\s+(?:foijande|att|enigt\s+foijande)\s*:\s*$")
_UNHEADED = re.compile(
    r"^[ \t]*[a-z][\w\-]*(?:[ \t]+[\w\-]+){0,6}?[ \t]+(?:besiutar|besiutade|besiot|besiuter)(?:\s+(?:att|enligt)\b|\s*:?\s*$)"
)
"""On fold_chars() of a line: "Styrelsen besIutar", "Ledningsgruppen beslutar att …"."""
_OWNER_HEADING = re.compile(r"^[\w\-/ ]{0,60}s\s+besiut\w{0,2}\s*:?$")
_DNR = re.compile(r"^\s*(?:dnr|diarienr|diarienummer|ks|ksau)\b", re.IGNORECASE)
_TITLE_TAIL = re.compile(r"(?:\t|\s{2,})(?:dnr|diarienr|diarienummer|ks|ksau|\d+/\d{2,4}|sid)\b.*$", re.IGNORECASE)
_INTRO_END = re.compile(r"(?::|\bbesiuta|\bbesiutar|\bbesiutade|\bbesiot|\bfoijande|\batt)\s*$")
_AFTER_DECISION = re.compile(r"\breserver\w{0,4}\s+sig\b|\banmaide\s+reservation|\bprotokoiisanteckning|\bdeiade\s+meningar")
"""On fold() of a line: a reservation or dissent recorded after the decision, which is not part of it."""

_BLOCK_STOPS = frozenset({"decision", "stop", "section", "next", "secretary", "approved", "adjuster", "signatures", "chair"})
SIGNATURE_KINDS = frozenset({"secretary", "approved", "adjuster", "signatures", "chair"})


@dataclass
class ItemHeading:
    line: int
    number: str
    number_span: tuple[int, int]
    title_span: tuple[int, int]
    title_lines: int = 1
    tentative: bool = False


def find_items(text: str, lines: list[Line]) -> list[ItemHeading]:
    """Item headings, validated as a numbered sequence (so lists inside items are not taken)."""
    para: list[ItemHeading] = []
    dots: list[ItemHeading] = []
    view = numeric_view(text)
    for line in lines:
        numbered = view[line.start:line.end]  # "§ l2", "lO. Val av justerare": the numbers as digits
        match = _PARA_ITEM.match(numbered)
        if match:
            num = match["num1"] or match["num2"]
            key = "num1" if match["num1"] else "num2"
            title = match.span("title") if match["title"] else None
            para.append(_heading(text, lines, line, num, match.span(key), title))
            continue
        match = _DOT_ITEM.match(numbered)
        if match and len(match["title"]) <= 160:
            dots.append(_heading(text, lines, line, match["num"], match.span("num"), match.span("title")))
            continue
        match = _NUMBER_ALONE.match(numbered)
        if match:  # "3." alone, the title on the next line (a numbering column read apart)
            dots.append(_heading(text, lines, line, match["num"], match.span("num"), None))
            continue
        match = _LETTER_NUMBER.match(line.text)
        if match and len(match["title"]) <= 160:
            heading = _heading(text, lines, line, match["num"].translate(_LETTER_DIGIT), match.span("num"), match.span("title"))
            heading.tentative = True
            dots.append(heading)
    if dots:  # a letter read as a number yields to the same number written as one
        written = {h.number for h in dots if not h.tentative}
        dots = [h for h in dots if not h.tentative or h.number not in written]
    if len(para) >= 2:
        return _sequence(lines, para, step=4, first_max=999)
    return _sequence(lines, dots, step=1, first_max=3) or _sequence(lines, para, step=4, first_max=999)


def _heading(text: str, lines: list[Line], line: Line, num: str, num_span: tuple[int, int],
             title: tuple[int, int] | None) -> ItemHeading:
    heading = ItemHeading(line.index, num, (line.start + num_span[0], line.start + num_span[1]), (line.end, line.end))
    if title is not None and _DNR.match(line.text[title[0]:title[1]]):
        title = None
    if title is not None:
        tail = _TITLE_TAIL.search(line.text, title[0], title[1])
        if tail:  # "Val av justerare        Dnr KS 2023/12": the diary number is not the title
            title = (title[0], tail.start())
    if title is not None:
        heading.title_span = (line.start + title[0], line.start + title[1])
        nxt = lines[line.index + 1] if line.index + 1 < len(lines) else None
        current = text[heading.title_span[0]:heading.title_span[1]]
        if (nxt is not None and not nxt.blank and nxt.text.strip()[:1].islower() and len(nxt.text.strip()) <= 60
                and not current.rstrip().endswith((".", ":", "!", "?")) and not nxt.text.rstrip().endswith(".")):
            heading.title_span = (heading.title_span[0], trimmed_span(text, nxt.start, nxt.end, " \t")[1])
            heading.title_lines = 2
        return heading
    # "§ 12" alone: the title is the next non-blank line that is not a diary number.
    for nxt in lines[line.index + 1: line.index + 5]:
        if nxt.blank or _DNR.match(nxt.text):
            continue
        heading.title_span = trimmed_span(text, nxt.start, nxt.end, " \t")
        heading.title_lines = nxt.index - line.index + 1
        break
    return heading


def _sequence(lines: list[Line], candidates: list[ItemHeading], step: int, first_max: int) -> list[ItemHeading]:
    """The numbered run of headings with the most text under it.

    Several runs may exist: an agenda listed first ("Dagordning 1. … 2. …") and then the items
    themselves, or a numbered list inside one item; the agenda list has no text under its lines.
    """
    runs: list[list[ItemHeading]] = []
    for cand in candidates:
        number = int(cand.number)
        ends = {int(run[-1].number) for run in runs}
        for run in runs:
            previous = int(run[-1].number)
            if (number == previous + 1 if cand.tentative else previous < number <= previous + step) and cand.line > run[-1].line:
                run.append(cand)
        if number <= first_max and number not in ends and (not cand.tentative or number == 1):
            runs.append([cand])
    if not runs:
        return []
    starts = sorted(c.line for c in candidates)
    filled = [0]
    for line in lines:
        filled.append(filled[-1] + (not line.blank))

    def body(heading: ItemHeading) -> int:
        at = bisect_right(starts, heading.line)
        following = starts[at] if at < len(starts) else len(lines)
        first = min(heading.line + heading.title_lines, following)
        return filled[following] - filled[first]

    return max(runs, key=lambda run: (sum(body(h) for h in run) + len(run) / 2, len(run)))


_LIST_MARK = (-1, -1)
"""Stands for "- " before a sub-bullet appended to an enumerated decision ("1) Uppdra … att:")."""


@dataclass
class _Unit:
    kind: str
    start: int
    end: int
    open_list: bool = False
    parts: list[tuple[int, int]] = field(default_factory=list)


def build_item(text: str, lines: list[Line], heading: ItemHeading, end_line: int) -> AgendaItem:
    body = lines[heading.line + heading.title_lines: end_line]
    title = squash(text[heading.title_span[0]:heading.title_span[1]])
    body_span = _body_span(body)
    item = AgendaItem(
        number=heading.number,
        title=title,
        text=text[body_span[0]:body_span[1]].strip() if body_span else "",
        spans={"number": heading.number_span, "title": heading.title_span},
    )
    if body_span:
        item.spans["text"] = body_span
    item.decisions = find_decisions(text, body)
    return item


def _body_span(body: list[Line]) -> tuple[int, int] | None:
    filled = [l for l in body if not l.blank]
    if not filled:
        return None
    return filled[0].content_start, filled[-1].end


def find_decisions(text: str, body: list[Line]) -> list[Decision]:
    decisions: list[Decision] = []
    i = 0
    previous_blank = True
    while i < len(body):
        line = body[i]
        if line.blank:
            previous_blank = True
            i += 1
            continue
        heading_rest = _decision_heading(line)
        if heading_rest is not None:
            units, i = _collect(text, body, i, heading_rest)
            decisions.extend(_decisions(text, units))
            previous_blank = True
            continue
        if ((previous_blank or body[i - 1].text.rstrip().endswith((".", "!", "?", ":")))
                and line.text.lstrip()[:1].isupper() and _UNHEADED.match(fold_chars(line.text))):
            units, i = _collect(text, body, i, line.content_start - line.start)
            decisions.extend(_decisions(text, units))
            previous_blank = True
            continue
        previous_blank = False
        i += 1
    return decisions


def _decision_heading(line: Line) -> int | None:
    """Offset in the line where decision content starts, if the line heads a decision block."""
    stripped = line.text.strip()
    if stripped.endswith(":") and len(stripped) < 160 and _INLINE_HEADING.search(fold(stripped)):
        return len(line.text)
    if len(stripped) <= 60:
        folded = fold(stripped)
        if _OWNER_HEADING.match(folded) and "forsiag" not in folded:
            return len(line.text)
    cue = match_cue(line.text, frozenset({"decision", "stop"}))
    if cue is None or cue.kind != "decision":
        return None
    rest = line.text[cue.rest:].strip()
    if not rest:
        return len(line.text)
    between = line.text[:cue.rest]
    if ":" in between or _ATT.match(rest + " ") or _BULLET.match(rest):
        return cue.rest
    return None


def _marker(text: str, start: int, end: int) -> tuple[str | None, int]:
    segment = text[start:end]
    for kind, pattern in (("enum", _ENUM), ("bullet", _BULLET), ("att", _ATT)):
        match = pattern.match(segment)
        if match and (kind != "bullet" or match.end() > 0 and segment[match.end():].strip()):
            return kind, start + (0 if kind == "att" else match.end())
    return None, start


def _collect(text: str, body: list[Line], i: int, first_offset: int) -> tuple[list[_Unit], int]:
    units: list[_Unit] = []
    blank_seen = False
    first = True
    line_ended_sentence = True
    while i < len(body):
        line = body[i]
        start = line.start + first_offset if first else line.start
        if first and start >= line.end:
            first = False
            i += 1
            continue
        if line.blank or not text[start:line.end].strip():
            blank_seen = True
            i += 1
            continue
        if units:
            if _decision_heading(line) is not None or _AFTER_DECISION.search(fold(line.text)):
                break
            cue = match_cue(line.text, _BLOCK_STOPS)
            if cue is not None and cue.kind != "decision":
                rest = line.text[cue.rest:].strip()
                labelled = ":" in line.text[:cue.rest]
                if not rest or labelled or blank_seen and (cue.kind in ("section", "signatures") or len(rest) < 40):
                    break
        first = False
        start, end = trimmed_span(text, start, line.end, " \t")
        kind, content = _marker(text, start, end)
        lower = text[content:end].lstrip("*\"'(”“")[:1].islower() and kind != "att"
        prev = units[-1] if units else None
        if prev is None:
            units.append(_Unit(kind or "plain", content, end, parts=[(content, end)]))
        elif kind == "bullet" and prev.open_list:
            prev.parts.extend([_LIST_MARK, (content, end)])
            prev.end = end
        elif (kind == "att" and not blank_seen and not line_ended_sentence and prev.kind not in ("att", "bullet")
              and not (prev.kind == "plain" and _INTRO_END.search(fold(text[prev.start:prev.end])))):
            prev.parts.append((content, end))
            prev.end = end
        elif kind is not None:
            units.append(_Unit(kind, content, end, parts=[(content, end)]))
        elif lower or not blank_seen:
            prev.parts.append((content, end))
            prev.end = end
        else:
            break
        current = units[-1]
        if current.kind == "enum" and text[start:end].rstrip().endswith(":"):
            current.open_list = True
        elif kind == "enum" and not text[start:end].rstrip().endswith(":"):
            current.open_list = False
        line_ended_sentence = text[start:end].rstrip().endswith((".", ":", ";", "!", "?"))
        blank_seen = False
        i += 1
    if len(units) > 1 and units[0].kind == "plain":
        intro = fold(squash(" ".join(text[a:b] for a, b in units[0].parts)))
        if _INTRO_END.search(intro):
            units = units[1:]
    return units, i


def _decisions(text: str, units: list[_Unit]) -> list[Decision]:
    out: list[Decision] = []
    for unit in units:
        pieces = ["-" if (a, b) == _LIST_MARK else text[a:b] for a, b in unit.parts]
        joined = squash(" ".join(pieces)).replace("*", "").strip()
        joined = squash(joined)
        if joined:
            out.append(Decision(text=joined, spans={"text": (unit.start, unit.end)}))
    return out


def adjusters_in(text: str, item: AgendaItem) -> list[tuple[str, tuple[int, int]]]:
    """Names an item choosing the adjuster gives ("Camilla Broo utses som justerare")."""
    title = fold(item.title)
    if "justera" not in title and "justering" not in title and "justerin" not in title:
        return []
    span = item.spans.get("text")
    if not span:
        return []
    found: list[tuple[str, tuple[int, int]]] = []
    for sentence in re.finditer(r"[^.\n]+(?:\n(?!\s*\n)[^.\n]+)*", text[span[0]:span[1]]):
        words = list(re.finditer(r"[^\s,.;:()]+", sentence.group(0)))
        if not any("justera" in fold(w.group(0)) or "justering" in fold(w.group(0)) for w in words):
            continue
        run: list[re.Match[str]] = []
        for word in words + [None]:
            token = word.group(0) if word else ""
            if run and word is not None and "\n" in sentence.group(0)[run[-1].end():word.start()]:
                run = run if len(run) >= 2 and is_name(" ".join(w.group(0) for w in run)) else []
                if run:
                    base = span[0] + sentence.start()
                    found.append((" ".join(w.group(0) for w in run), (base + run[0].start(), base + run[-1].end())))
                run = []
            if word is not None and is_name_token(token) and "juster" not in fold(token) and fold(token) not in ("tiii", "att"):
                run.append(word)
                continue
            if len(run) >= 2:
                name = " ".join(w.group(0) for w in run)
                if is_name(name):
                    base = span[0] + sentence.start()
                    found.append((name, (base + run[0].start(), base + run[-1].end())))
            run = []
    return found
