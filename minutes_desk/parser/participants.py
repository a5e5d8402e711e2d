"""Participant blocks ("Deltagare", "Närvarande", "Beslutande" …) -> Participants with spans.

Layouts: "Name<TAB>Org, role" rows; "Name Org" rows with single spaces; "Name, Place, Name, Place"
runs; "Name (Place, role)" lists; "Från Region X deltar A (titel), B och C" sentences; a block of
names followed by a block of their organisations in the same order; [X] ticks marking who was present;
"Efternamn, Förnamn" one per line (a register's order: read as "Förnamn Efternamn").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutes_desk.model import Participant
from minutes_desk.parser.names import (
    PARTIES, is_name, is_name_token, is_org, is_place, is_title, role_of, split_name_org, strip_remarks,
)
from minutes_desk.parser.text import AA, AE, M, Line, fold, fold_chars, trimmed_span

Row = tuple[int, int]
"""Span of a non-blank row's content in the text."""

_TICK = re.compile(r"(?:^|(?<=\s))(?:[\[(|{]\s*(?P<mark>[xX×✓✔✗*])?\s*[\])|}]|(?P<bare>[xX])(?=\t|\s{2,}|\s*$))\s*")
_TICK_FIELD = re.compile(r"[\[(|{]?\s*[xX×✓✔]?\s*[\])|}]?")
_ROLE_FOR = re.compile(rf"^(?P<role>.+?)\s+(?:for|istf\.?|i\s+st{AE}iiet\s+for)\s+\S.*$")
"""Matched on fold_chars(): "ersättare f6r Cederberg" -> the role "ersättare"."""
_COLUMNS = re.compile(r"\t+|\s{2,}|\s+[–—-]+\s+")
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-ZÅÄÖ])")
# Matched on fold_chars() of the text (see names.py): "Fran Region Skane de1tar" still reads.
_FROM_ORG = re.compile(
    rf"\s*fr{AA}n\s+(?P<org>.+?)\s+(?:deitar|deitog|{M}edverkar|{M}edverkade|n{AE}rvarar)\s+(?:{AE}ven\s+)?"
)
_PERSON_PAREN = re.compile(r"[A-ZÅÄÖ][\w'\-]+(?:[ \t]+[A-ZÅÄÖ][\w'\-]+){1,3}[ \t]*\(")
_ELEMENT_SPLIT = re.compile(r",|;|\s+och\s+|\s+samt\s+|\s+&\s+")
_SOM_ROLE = re.compile(rf"\s*,?\s*(?:so{M}|s{AA}so{M})\s+([\w ]+?)\s*(?:[,.;]|$)")
_TOKEN = re.compile(r"\S+")
_REPLACES = re.compile(
    rf"\b(?:ers{AE}tter|i\s+st{AE}iiet\s+for|ist{AE}iiet\s+for|i\s+st\.?\s+for|istf\.?|tj{AE}nstgor\s+for|ers\.?\s+for)\s*"
)


@dataclass
class _Person:
    name: Row
    orgs: list[Row] = field(default_factory=list)
    roles: list[tuple[str, Row]] = field(default_factory=list)
    remote: bool = False
    present: bool = True
    reordered: str | None = None
    """The name in reading order when the text writes it "Efternamn, Förnamn"."""


def parse_block(text: str, rows: list[Row | None]) -> tuple[list[Participant], list[Participant]]:
    """(present, not ticked) participants of one block; ``None`` rows are blank lines."""
    paragraphs: list[list[Row]] = [[]]
    for row in rows:
        if row is None:
            if paragraphs[-1]:
                paragraphs.append([])
        else:
            paragraphs[-1].append(row)
    paragraphs = [p for p in paragraphs if p]
    ticked = any(_tick(text, r) is not None for p in paragraphs for r in p)
    persons: list[_Person] = []
    i = 0
    while i < len(paragraphs):
        para = paragraphs[i]
        nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        table = _header_table(text, para)
        if table is not None:
            persons.extend(table)
            i += 1
            continue
        surname_first = _surname_first(text, para)
        if surname_first is not None:
            persons.extend(surname_first)
            i += 1
            continue
        if nxt and _is_name_column(text, para) and len(nxt) == len(para) and _is_org_column(text, nxt):
            for name_row, org_row in zip(para, nxt):
                person = _Person(trimmed_span(text, *name_row))
                _add_segments(text, person, [org_row])
                persons.append(person)
            i += 2
            continue
        persons.extend(_paragraph(text, para, ticked))
        i += 1
    present = [_participant(text, p) for p in persons if p.present]
    absent = [_participant(text, p) for p in persons if not p.present]
    return present, absent


# Column headings of a participant table and what their column holds (compared folded).
_HEADINGS = {
    **dict.fromkeys(("namn", "deltagare", "person"), "name"),
    **dict.fromkeys(("organisation", "kommun", "förvaltning", "myndighet", "verksamhet", "representerar",
                     "företräder", "parti", "organ"), "org"),
    **dict.fromkeys(("funktion", "roll", "titel", "befattning", "uppdrag", "tjänst"), "role"),
}
_HEADING_KIND = {fold(k): v for k, v in _HEADINGS.items()}


def _cells(text: str, row: Row) -> list[Row]:
    cells, pos = [], row[0]
    for sep in _COLUMNS.finditer(text, row[0], row[1]):
        cells.append(trimmed_span(text, pos, sep.start(), " \t"))
        pos = sep.end()
    cells.append(trimmed_span(text, pos, row[1], " \t"))
    return cells


def _header_table(text: str, para: list[Row]) -> list[_Person] | None:
    """A table whose first row names its columns ("Namn  Organisation  Funktion"): read by column."""
    if len(para) < 2:
        return None
    kinds = [_HEADING_KIND.get(fold(text[a:b].strip(" :"))) for a, b in _cells(text, para[0])]
    if len(kinds) < 2 or None in kinds or kinds.count("name") != 1:
        return None
    persons = []
    for row in para[1:]:
        cells = _cells(text, row)
        if len(cells) > len(kinds) or not cells[0][1] > cells[0][0]:
            return None
        by_kind: dict[str, list[Row]] = {}
        for kind, cell in zip(kinds, cells):
            by_kind.setdefault(kind, []).append(cell)
        (name,) = by_kind["name"]
        person = _Person(name)
        _add_segments(text, person, by_kind.get("org", []))
        for start, end in by_kind.get("role", []):
            cleaned, remote = strip_remarks(text[start:end])
            person.remote = person.remote or remote
            if cleaned:
                offset = text[start:end].find(cleaned)
                span = (start + offset, start + offset + len(cleaned)) if offset >= 0 else (start, end)
                person.roles.append((role_of(cleaned) or cleaned, span))
        persons.append(person)
    return persons


def looks_like_participants(text: str, para: list[Line], previous: list[Line] | None) -> bool:
    """Whether a paragraph after a blank line still belongs to a participant block."""
    first = para[0].text.strip()
    if "\t" in first or _TICK.match(first):
        return True
    if len(_TOKEN.findall(first)) > 14 and first.count(",") < 2:
        return False
    head = re.split(r"[,(\t]|\s{2,}|\s[–—-]+\s", first)[0].strip()
    if is_name(head) or is_name(split_name_org(head)[0]) and split_name_org(head)[1]:
        return True
    if previous and len(previous) == len(para) and all(is_name(l.text.strip().rstrip(",")) for l in previous):
        return True
    return _surname_first(text, [(l.content_start, l.end) for l in para]) is not None


def _surname_first(text: str, para: list[Row]) -> list[_Person] | None:
    """ "Berg, Anna" on every line: people, surname first; None unless every line reads so.

    A given-name part that is a place, a part that is a role or title, or a whole name before the
    comma ("Anna Berg, Lund", "Holm, Malmö") makes it a "Name, Place" paragraph instead, and one
    such line keeps the whole paragraph out. Surnames may be places (Berg, Lund, Holm).
    """
    if len(para) < 2:
        return None
    persons: list[_Person] = []
    for start, end in para:
        row = text[start:end].strip()
        surname, comma, given = row.partition(",")
        surname, given = surname.strip(), given.strip(" .;")
        if not comma or "," in given or "\t" in row or "(" in row:
            return None
        if not (1 <= len(surname.split()) <= 2 and 1 <= len(given.split()) <= 3):
            return None
        if any(role_of(part) or is_title(part) for part in (surname, given)) or any(map(is_place, given.split())):
            return None
        if is_name(surname) or not is_name(f"{given} {surname}"):
            return None
        span = trimmed_span(text, start, end, " \t,.;")
        persons.append(_Person(span, reordered=f"{given} {surname}"))
    return persons


def _is_name_column(text: str, para: list[Row]) -> bool:
    if len(para) < 2:
        return False
    for start, end in para:
        row = text[start:end]
        if "\t" in row or "(" in row or not is_name(row.strip().rstrip(",")):
            return False
    return True


def _is_org_column(text: str, para: list[Row]) -> bool:
    orgs = 0
    for start, end in para:
        row = text[start:end].strip()
        if "\t" in row:
            return False
        first = row.split(",")[0]
        if is_org(first) or role_of(first) or is_title(first):
            orgs += 1
    return orgs * 2 >= len(para)


def _tick(text: str, row: Row) -> bool | None:
    """True for a filled box, False for an empty one, None without a box."""
    match = _TICK.search(text, row[0], row[1])
    if match is None:
        return None
    return bool(match.group("mark") or match.group("bare"))


def _paragraph(text: str, para: list[Row], ticked: bool) -> list[_Person]:
    persons: list[_Person] = []
    chunk: list[Row] = []
    for index, row in enumerate(para):
        start, end = row
        present = True
        if ticked:
            mark = _tick(text, row)
            present = bool(mark)
            tick = _TICK.search(text, start, end)
            if tick is not None and tick.start() <= start + 1:
                start = tick.end()
        raw = text[start:end]
        if _COLUMNS.search(raw.strip()):
            persons.extend(_columns(text, (start, end), present))
            continue
        if chunk or raw.rstrip().endswith(",") or raw.count(",") >= 2 or "(" in raw or " och " in raw:
            chunk.append((start, end))
            following = para[index + 1] if index + 1 < len(para) else None
            if not raw.rstrip().endswith(",") and not (following and _wraps(raw, text[following[0]:following[1]])):
                persons.extend(_chunk(text, chunk[0][0], chunk[-1][1], present))
                chunk = []
            continue
        if (persons and not re.search(r"[,(\t]", raw) and (role_of(raw) or is_title(raw.strip()))
                and not is_name(raw.strip())):
            span = trimmed_span(text, start, end, " \t,.;:")
            persons[-1].roles.append((role_of(raw) or text[span[0]:span[1]], span))
            continue
        person = _single(text, (start, end))
        if person is not None:
            person.present = present
            persons.append(person)
    if chunk:
        persons.extend(_chunk(text, chunk[0][0], chunk[-1][1], True))
    return persons


def _wraps(row: str, following: str) -> bool:
    """Whether a run of people goes on in the next line: "…, Lilian" over "Eriksson, Ängelholm, …"."""
    last = row.rsplit(",", 1)[-1].strip()
    first = following.strip().split(" ", 1)[0].rstrip(",")
    if following.strip()[:1].islower():
        return True
    return (len(last.split()) == 1 and is_name_token(last) and not is_place(last) and last.upper() != last
            and is_name(f"{last} {first}"))


def _columns(text: str, row: Row, present: bool) -> list[_Person]:
    fields = [f for f in _cells(text, row) if f[1] > f[0] and text[f[0]:f[1]].strip(" .…_") and not _TICK_FIELD.fullmatch(text, *f)]
    name_at = next((i for i, f in enumerate(fields) if _name_part(text, f)), None)
    if name_at is None:
        return []
    # A second column of people ("Ledamöter  |  Tjänstgörande ersättare"): a later field that
    # opens with a name and a parenthesis, "Per Persson (M) för Lars Larsson (M)".
    second = next((i for i in range(name_at + 1, len(fields)) if _starts_person(text, fields[i])), None)
    others: list[_Person] = []
    if second is not None:
        others = _chunk(text, fields[second][0], fields[-1][1], present)
        fields = fields[:second]
    name_field = fields[name_at]
    name_end = _name_end(text, name_field)
    person = _Person((name_field[0], name_end), present=present)
    rest = [(name_end, name_field[1])] if name_end < name_field[1] else []
    _add_segments(text, person, rest + fields[:name_at] + fields[name_at + 1:])
    return [person, *others]


def _starts_person(text: str, field_: Row) -> bool:
    """A field that opens another person: "Per Persson (M) …" or "Ola Ek, revisor"."""
    opening = _PERSON_PAREN.match(text, *field_)
    if opening:
        inside = text[opening.end():field_[1]].split(")")[0]
        return bool(strip_remarks(inside)[0])
    head, _, tail = text[field_[0]:field_[1]].partition(",")
    return bool(tail.strip()) and is_name(head.strip()) and bool(role_of(tail) or is_title(tail.strip().split(",")[0]))


def _name_part(text: str, field_: Row) -> bool:
    head = re.split(r"[,(]", text[field_[0]:field_[1]])[0].strip()
    return is_name(head)


def _name_end(text: str, field_: Row) -> int:
    """End of the name inside a field like "Anna Andersson (S), ordförande"."""
    match = re.search(r"[,(]", text[field_[0]:field_[1]])
    end = field_[0] + match.start() if match else field_[1]
    return trimmed_span(text, field_[0], end)[1]


def _single(text: str, row: Row) -> _Person | None:
    """ "Magnus Gyllestad Haninge, ordförande" or "Karin Lund, kommunsekreterare" or a bare name."""
    raw = text[row[0]:row[1]]
    comma = raw.find(",")
    head_end = row[0] + comma if comma >= 0 else row[1]
    head_text, remote = strip_remarks(text[row[0]:head_end])
    name, org = split_name_org(head_text)
    if not is_name(name):
        return None
    name_start = text.find(name, row[0], head_end)
    if name_start < 0:
        return None
    person = _Person((name_start, name_start + len(name)), remote=remote)
    if org:
        org_start = text.find(org, name_start + len(name), head_end)
        if org_start >= 0:
            person.orgs.append((org_start, org_start + len(org)))
    if comma >= 0:
        _add_segments(text, person, [(head_end + 1, row[1])])
    return person


def _chunk(text: str, start: int, end: int, present: bool) -> list[_Person]:
    """A run of people: "A, Place, B, Place", "A (Org, role), B (Org)", "Från X deltar A och B"."""
    persons: list[_Person] = []
    pos = start
    sentences = [m.start() for m in _SENTENCE.finditer(text, start, end)] + [end]
    for stop in sentences:
        default: Row | None = None
        from_org = _FROM_ORG.match(fold_chars(text[pos:stop]))
        if from_org:
            default = (pos + from_org.start("org"), pos + from_org.end("org"))
            pos += from_org.end()
        found = _elements(text, pos, stop)
        for person in found:
            person.present = present and person.present
            if default and not person.orgs:
                person.orgs.append(default)
        persons.extend(found)
        pos = stop
    return persons


def _elements(text: str, start: int, end: int) -> list[_Person]:
    persons: list[_Person] = []
    current: _Person | None = None
    for el_start, el_end in _split_outside_parens(text, start, end):
        el_start, el_end = trimmed_span(text, el_start, el_end, " \t\r\n\f,.;:")
        if el_end <= el_start:
            continue
        element = text[el_start:el_end]
        if "(" in element:
            cursor = el_start
            for paren in re.finditer(r"\(([^()]*)\)?", text[el_start:el_end]):
                p_start, p_end = el_start + paren.start(), el_start + paren.end()
                name = _trailing_name(text, cursor, p_start)
                if name is None:
                    if current is not None:
                        _add_segments(text, current, [(cursor, p_start), (p_start + 1, el_start + paren.end(1))])
                    cursor = p_end
                    continue
                replaced = _search_folded(_REPLACES, text, cursor, name[0])
                if replaced is None and current is not None and fold_chars(text[cursor:name[0]]).strip() == "for":
                    replaced = (cursor, name[0])
                if replaced and current is not None and not current.roles:
                    current.roles.append(("tjänstgörande ersättare", replaced))
                current = _Person(name, present=replaced is None)
                persons.append(current)
                _split_place(text, current)
                _add_segments(text, current, [(p_start + 1, el_start + paren.end(1))])
                som = _SOM_ROLE.match(fold_chars(text[p_end:el_end]))
                if som:
                    said = text[p_end + som.start(1):p_end + som.end(1)]
                    role = role_of(said) or (said if is_title(said) else None)
                    if role:
                        current.roles.append((role, (p_end + som.start(1), p_end + som.end(1))))
                else:
                    _role_after(text, current, p_end, el_end)
                cursor = p_end
            continue
        replaced = _search_folded(_REPLACES, text, el_start, el_end)
        if replaced and is_name(text[el_start:replaced[0]].strip()) and is_name(text[replaced[1]:el_end].strip()):
            first = trimmed_span(text, el_start, replaced[0], " \t")
            second = trimmed_span(text, replaced[1], el_end, " \t")
            persons.append(_Person(first, roles=[("tjänstgörande ersättare", replaced)]))
            persons.append(_Person(second, present=False))
            current = persons[-2]
            continue
        cleaned, remote = strip_remarks(element)
        if is_name(cleaned) and not (current is not None and is_org(cleaned) and not is_name_token(cleaned.split()[0])):
            name_start = text.find(cleaned, el_start, el_end)
            span = (name_start, name_start + len(cleaned)) if name_start >= 0 else (el_start, el_end)
            current = _Person(span, remote=remote)
            persons.append(current)
        elif current is not None:
            _add_segments(text, current, [(el_start, el_end)])
    return persons


def _role_after(text: str, person: _Person, start: int, end: int) -> None:
    """ "Anna Andersson (S) ordförande", "Jonas Ek (SD) tjänstgörande för Per Nilsson": a role after the ")"."""
    span = trimmed_span(text, start, end, " \t\r\n\f,.;:")
    after = text[span[0]:span[1]]
    if not after:
        return
    role = role_of(after)
    if role is None and (role_for := _ROLE_FOR.match(fold_chars(after))):
        role = role_of(after[:role_for.end("role")])
    if role:
        person.roles.append((role, span))


def _search_folded(pattern: re.Pattern[str], text: str, start: int, end: int) -> Row | None:
    """Search ``pattern`` (written in fold_chars' alphabet) in ``text[start:end]``; its span in ``text``."""
    match = pattern.search(fold_chars(text[start:end]))
    return (start + match.start(), start + match.end()) if match else None


def _split_place(text: str, person: _Person) -> None:
    """A name run like "Kristina Tidestav Nynashamn" before "(digitalt)": the place is an organisation."""
    name_text = text[person.name[0]:person.name[1]]
    name, org = split_name_org(name_text)
    if org:
        person.name = (person.name[0], person.name[0] + len(name))
        org_start = person.name[0] + name_text.index(org, len(name))
        person.orgs.append((org_start, org_start + len(org)))


def _split_outside_parens(text: str, start: int, end: int) -> list[Row]:
    parts: list[Row] = []
    depth = 0
    pos = start
    i = start
    while i < end:
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            match = _ELEMENT_SPLIT.match(text, i, end)
            if match and match.end() > i:
                parts.append((pos, i))
                pos = match.end()
                i = match.end()
                continue
        i += 1
    parts.append((pos, end))
    return parts


def _trailing_name(text: str, start: int, end: int) -> Row | None:
    """The run of capitalised words just before ``end`` (before a parenthesis): up to four words."""
    words = list(_TOKEN.finditer(text, start, end))
    run: list[re.Match[str]] = []
    for word in reversed(words):
        if is_name_token(word.group(0)) and len(run) < 4:
            run.insert(0, word)
        else:
            break
    while run and not is_name(" ".join(w.group(0) for w in run)):
        run.pop(0)
    if not run:
        return None
    return run[0].start(), run[-1].end()


def _add_segments(text: str, person: _Person, spans: list[Row]) -> None:
    """Classify each comma-separated segment as role, job title, remote remark or organisation."""
    for span_start, span_end in spans:
        for piece in re.finditer(r"[^,;]+", text[span_start:span_end]):
            seg_start, seg_end = trimmed_span(text, span_start + piece.start(), span_start + piece.end(), " \t\r\n\f.:")
            if seg_end > seg_start and text[seg_start] == "(" and ")" not in text[seg_start:seg_end]:
                seg_start += 1
            if seg_end > seg_start and text[seg_end - 1] == ")" and "(" not in text[seg_start:seg_end]:
                seg_end -= 1
            if seg_end - seg_start > 2 and text[seg_start] == "(" and text[seg_end - 1] == ")":
                seg_start, seg_end = seg_start + 1, seg_end - 1
            if seg_end <= seg_start:
                continue
            raw = text[seg_start:seg_end]
            cleaned, remote = strip_remarks(raw)
            person.remote = person.remote or remote
            if not cleaned:
                continue
            offset = raw.find(cleaned)
            span = (seg_start + offset, seg_start + offset + len(cleaned)) if offset >= 0 else (seg_start, seg_end)
            role = role_of(cleaned)
            if role is None and (role_for := _ROLE_FOR.match(fold_chars(cleaned))):
                role = role_of(cleaned[:role_for.end("role")])
            if role:
                person.roles.append((role, span))
            elif cleaned.upper() in PARTIES or not is_title(cleaned):
                person.orgs.append(span)
            else:
                person.roles.append((cleaned, span))


def _participant(text: str, person: _Person) -> Participant:
    spans = {"name": person.name}
    organisation = ", ".join(text[a:b] for a, b in person.orgs)
    if person.orgs:
        spans["organisation"] = (person.orgs[0][0], person.orgs[-1][1])
    role = ", ".join(r for r, _ in person.roles)
    if person.roles:
        spans["role"] = (person.roles[0][1][0], person.roles[-1][1][1])
    name = person.reordered or re.sub(r"\s+", " ", text[person.name[0]:person.name[1]]).strip(" ,")
    return Participant(name=name, organisation=re.sub(r"\s+", " ", organisation), role=role,
                       remote=person.remote, spans=spans)
