"""Signature labels and the names under them: "Vid anteckningarna", "Justeras", "Sekreterare ……".

Labels may stand alone (names follow in the same order, as in "Vid anteckningarna / Justerat /
Anna / Stefan"), share a line ("Vid anteckningarna  Justeras" over "Helene Olofsson  Camilla Broo"),
carry the name on their own line ("Vid protokollet<TAB>Mathias Nilsen, sekretariatsledare"), or be
missing, with a title under each name ("Palle Lundberg / ordförande").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes_desk.parser.cues import match_cue
from minutes_desk.parser.names import is_name, is_title, role_of
from minutes_desk.parser.numbers import numeric_view
from minutes_desk.parser.text import Line, edit_distance, fold

LABEL_KINDS = frozenset({"secretary", "chair", "adjuster", "approved", "signatures", "ignore"})
_LEADER = re.compile(r"[.…_·]{3,}")
_FIELDS = re.compile(r"\t+|\s{2,}")
_WORD = re.compile(r"\S+")
_TRAILING_DATE = re.compile(r"[ \t,]+(?:\d{1,4}[-./]\d{1,2}(?:[-./]\d{1,4})?|\d{6,8})(?!\w)")
_NAME_LIST = re.compile(r"\s+och\s+|\s*,\s*|\s+samt\s+|\s*&\s*")


@dataclass
class Signed:
    label: str | None
    name: str
    span: tuple[int, int]
    title: str = ""


def read_signatures(text: str, lines: list[Line], known: list[str]) -> list[Signed]:
    out: list[Signed] = []
    queue: list[str] = []
    last_label: str | None = None
    previous_row: list[Signed] = []
    previous_line = -2
    for line in lines:
        if line.blank:
            continue
        below_unlabelled = line.index == previous_line + 1 and previous_row and all(s.label is None for s in previous_row)
        previous_line = line.index
        if below_unlabelled and not previous_row[-1].title:
            cells = [c.strip() for c in _FIELDS.split(line.text.strip()) if c.strip()]
            if all(role_of(c) or is_title(c) for c in cells):
                for signed, title in zip(previous_row if len(cells) == len(previous_row) else previous_row[-1:], cells):
                    signed.title = title
                previous_row = []
                continue
        pos = line.content_start - line.start
        labels: list[str] = []
        ignored = False
        while True:
            while pos < len(line.text) and (line.text[pos] in " \t" or _LEADER.match(line.text, pos)):
                pos = _LEADER.match(line.text, pos).end() if _LEADER.match(line.text, pos) else pos + 1
            cue = match_cue(line.text, LABEL_KINDS, start=pos) if pos < len(line.text) else None
            if cue is None:
                break
            if cue.kind == "ignore":
                ignored = True
                break
            if cue.kind != "signatures":
                labels.append(cue.kind)
            pos = cue.rest
        if ignored:
            # Names under an ignored label ("Underskrift" of the notice) belong to it, not to the
            # label before; labels earlier on the same line ("Sekreterare …… Paragrafer") still wait.
            queue = list(labels)
            last_label = labels[-1] if labels else None
            previous_row = []
            continue
        names, titles = _fields(text, line.start + pos, line.end, max(len(labels or queue), 1), known)
        if labels and not names:
            queue.extend(labels)
        if names:
            row: list[Signed] = []
            own = list(labels)
            for name, span in names:
                if labels:
                    label = own.pop(0) if own else labels[-1]
                else:
                    label = queue.pop(0) if queue else last_label
                last_label = label
                row.append(Signed(label, name, span))
            out.extend(row)
            previous_row = row
            for signed, title in zip(row, titles):
                signed.title = title
        elif titles and previous_row:
            if len(titles) == len(previous_row):
                for signed, title in zip(previous_row, titles):
                    signed.title = signed.title or title
            else:
                previous_row[-1].title = previous_row[-1].title or titles[0]
            previous_row = []
        elif labels:
            previous_row = []
    return out


def _fields(text: str, start: int, end: int, expected: int, known: list[str]) -> tuple[list[tuple[str, tuple[int, int]]], list[str]]:
    """Names and titles on the rest of a line: tab/space-separated cells, each "Name[, title]"."""
    cells: list[tuple[int, int]] = []
    pos = start
    cleaned = _LEADER.sub(lambda m: "\t" * len(m.group(0)), text[start:end])
    for sep in _FIELDS.finditer(cleaned):
        cells.append((pos, start + sep.start()))
        pos = start + sep.end()
    cells.append((pos, end))
    names: list[tuple[str, tuple[int, int]]] = []
    titles: list[str] = []
    for a, b in cells:
        dated = _TRAILING_DATE.search(numeric_view(text), a, b)
        if dated and dated.start() > a:
            b = dated.start()  # "Anna Andersson 2023-05-12": the signing date is not part of the name
        cell = text[a:b].strip(" \t,.;:")
        if not cell:
            continue
        parts = [p.strip() for p in _NAME_LIST.split(cell) if p.strip()]
        if len(parts) >= 2 and all(is_name(p) for p in parts):
            for part in parts:
                at = text.find(part, a, b)
                names.append((part, (at, at + len(part))))
            continue
        head = re.split(r"[,(]", cell)[0].strip()
        tail = cell[len(head):].strip(" ,()")
        if is_name(head) and not role_of(head):
            split = _split_names(text, a, a + len(text[a:b]) - len(text[a:b].lstrip()) + len(head), expected, known)
            names.extend(split)
            if tail:
                titles.append(tail)
        elif len(cell.split()) >= 4 and expected >= 2:
            names.extend(_split_names(text, a, b, expected, known))
        elif role_of(cell) or is_title(cell) or len(cell.split()) <= 3 and not any(ch.isdigit() for ch in cell):
            titles.append(cell)
    return names, titles


def _split_names(text: str, start: int, end: int, expected: int, known: list[str]) -> list[tuple[str, tuple[int, int]]]:
    """One cell holding several names with single spaces: cut at known names, else evenly."""
    words = list(_WORD.finditer(text, start, end))
    words = [w for w in words if w.group(0).strip(",.")]
    if expected <= 1 and len(words) <= 4:
        return [(" ".join(w.group(0) for w in words), (words[0].start(), words[-1].end()))] if words else []
    folded_known = [fold(k) for k in known]
    out: list[tuple[str, tuple[int, int]]] = []
    i = 0
    while i < len(words):
        take = 0
        for n in (4, 3, 2):
            if i + n <= len(words):
                candidate = fold(" ".join(w.group(0) for w in words[i:i + n]))
                if any(_close(candidate, k) for k in folded_known):
                    take = n
                    break
        if not take:
            remaining_names = max(1, expected - len(out))
            take = max(2, (len(words) - i) // remaining_names)
        chunk = words[i:i + take]
        out.append((" ".join(w.group(0) for w in chunk), (chunk[0].start(), chunk[-1].end())))
        i += take
    return [n for n in out if is_name(n[0])]


def _close(a: str, b: str) -> bool:
    limit = max(1, len(b) // 6)
    return edit_distance(a, b, limit) <= limit
