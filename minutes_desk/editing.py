"""Edit operations on a Meeting and its text that report exactly what they changed.

The form and the text are one record: every parsed value keeps a span into ``Meeting.text``, so a
correction in the text must move the spans after it and update the values whose source it
touched. Each operation mutates the meeting and returns a :class:`Change`; ``apply(meeting,
change.inverse())`` undoes it and ``apply(meeting, change)`` redoes it. Views refresh from the
Change (which text ranges were replaced, which values were assigned) instead of reloading all.

A value is addressed by a :data:`Path`: attribute names and list indexes from the meeting down,
e.g. ``("attendees", 2, "name")``, ``("items", 0, "decisions", 1, "text")``, or a span entry
``("attendees", 2, "spans", "name")``. Lists are replaced, never mutated in place, so a Change can
hold the old and the new list.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from minutes_desk.errors import InputError, ReadOnlyError
from minutes_desk.model import AgendaItem, Decision, Meeting, NextMeeting, Participant, Span, Status

Path = tuple[str | int, ...]

PARTICIPANT_GROUPS = ("attendees", "absent", "guests")


class _Absent:
    """The value of a span entry or list slot that did not exist."""

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()


@dataclass(frozen=True)
class TextEdit:
    """``old`` at ``start`` became ``new``; offsets are those of the text when it was applied."""

    start: int
    old: str
    new: str

    @property
    def end(self) -> int:
        return self.start + len(self.old)

    def inverse(self) -> TextEdit:
        return TextEdit(self.start, self.new, self.old)


@dataclass(frozen=True)
class Assignment:
    path: Path
    old: Any
    new: Any


@dataclass(frozen=True)
class Step:
    """One text edit (or none) and the assignments that go with it.

    Replayed as: the text edit with pure span shifting (spans at or after its end move), then the
    assignments, which set the spans and values the edit touched. Inverted as: the inverse text
    edit, then the old values; both orders leave every untouched span exactly where it was.
    """

    edit: TextEdit | None
    assignments: tuple[Assignment, ...] = ()

    def inverse(self) -> Step:
        return Step(
            self.edit.inverse() if self.edit else None,
            tuple(Assignment(a.path, a.new, a.old) for a in reversed(self.assignments)),
        )


@dataclass
class Change:
    """What one operation did, as steps in order."""

    steps: list[Step] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.steps)

    def inverse(self) -> Change:
        return Change([s.inverse() for s in reversed(self.steps)])

    def then(self, later: Change) -> Change:
        """This change followed by ``later`` as one (typing merged into one undo step)."""
        return Change(self.steps + later.steps)

    @property
    def text_edits(self) -> list[TextEdit]:
        return [s.edit for s in self.steps if s.edit is not None]

    @property
    def assignments(self) -> list[Assignment]:
        return [a for s in self.steps for a in s.assignments]

    @property
    def value_paths(self) -> list[Path]:
        """Assigned form values (not span entries): what a form view has to show anew."""
        return [a.path for a in self.assignments if "spans" not in a.path]

    @property
    def structural(self) -> bool:
        """True when a list (participants, items, decisions …) or a whole section was replaced."""
        return any(
            isinstance(v, list) or _is_record(v) for a in self.assignments for v in (a.old, a.new)
        )


def _is_record(value: Any) -> bool:
    return isinstance(value, (Participant, AgendaItem, Decision, NextMeeting))


# --- reading and writing by path -------------------------------------------------------------


def get(meeting: Meeting, path: Path) -> Any:
    obj: Any = meeting
    for key in path:
        if isinstance(obj, dict):
            obj = obj.get(key, ABSENT)
        elif isinstance(key, int):
            obj = obj[key] if 0 <= key < len(obj) else ABSENT
        else:
            obj = getattr(obj, key)
        if obj is ABSENT:
            return ABSENT
    return obj


def _set(meeting: Meeting, path: Path, value: Any) -> None:
    parent = get(meeting, path[:-1])
    key = path[-1]
    if isinstance(value, list):
        value = list(value)
    if isinstance(parent, dict):
        if value is ABSENT:
            parent.pop(key, None)
        else:
            parent[key] = value
    elif isinstance(key, int):
        parent[key] = value
    else:
        setattr(parent, key, value)


def iter_spans(meeting: Meeting) -> Iterator[tuple[Path, Span]]:
    """Every span in the record with the path of its span entry."""
    yield from ((("spans", k), s) for k, s in meeting.spans.items())
    for group in PARTICIPANT_GROUPS:
        for i, p in enumerate(getattr(meeting, group)):
            yield from (((group, i, "spans", k), s) for k, s in p.spans.items())
    for i, item in enumerate(meeting.items):
        yield from ((("items", i, "spans", k), s) for k, s in item.spans.items())
        for j, d in enumerate(item.decisions):
            yield from ((("items", i, "decisions", j, "spans", k), s) for k, s in d.spans.items())
    if meeting.next_meeting is not None:
        yield from ((("next_meeting", "spans", k), s) for k, s in meeting.next_meeting.spans.items())


def value_path(span_path: Path) -> Path:
    """The value a span entry belongs to: ("attendees", 2, "spans", "name") -> ("attendees", 2, "name").

    Span keys of list values name the element as the parser writes them: "adjusters[1]" ->
    ("adjusters", 1).
    """
    owner, key = span_path[:-2], str(span_path[-1])
    parts: list[str | int] = [int(p) if p.isdigit() else p for p in re.split(r"[\[\]]+", key) if p]
    return (*owner, *parts)


def span_of(meeting: Meeting, path: Path) -> Span | None:
    """The source span of the value at ``path`` (None for values typed by hand)."""
    for span_path, span in iter_spans(meeting):
        if value_path(span_path) == path:
            return span
    return None


def values_at(meeting: Meeting, position: int) -> list[Path]:
    """The form values whose source span contains ``position`` (innermost first)."""
    hits = [(s[1] - s[0], value_path(p)) for p, s in iter_spans(meeting) if s[0] <= position < s[1]]
    return [p for _, p in sorted(hits, key=lambda h: h[0])]


# --- applying a change -----------------------------------------------------------------------


def _check_editable(meeting: Meeting) -> None:
    if meeting.status == Status.APPROVED:
        raise ReadOnlyError("Protokollet är justerat och kan inte ändras. Återöppna det först.")


def apply(meeting: Meeting, change: Change) -> None:
    """Replay a change (or its inverse): text edits with pure span shifting, then assignments."""
    for step in change.steps:
        if step.edit is not None:
            _replace_raw(meeting, step.edit)
        for a in step.assignments:
            _set(meeting, a.path, a.new)


def _replace_raw(meeting: Meeting, edit: TextEdit) -> None:
    text = meeting.text
    if text[edit.start : edit.end] != edit.old:
        raise InputError("Texten stämmer inte med ändringen (internt fel i ångra/gör om).")
    meeting.text = text[: edit.start] + edit.new + text[edit.end :]
    delta = len(edit.new) - len(edit.old)
    if delta:
        for path, (a, b) in list(iter_spans(meeting)):
            if a >= edit.end and not (a == b == edit.start):
                _set(meeting, path, (a + delta, b + delta))


def _touches(span: Span, start: int, end: int, new: str) -> bool:
    a, b = span
    if start < end or a == b:
        return start < b and end > a or (a == b and start <= a <= end)
    # A pure insertion touches a span it lands in, or one it extends at an edge with word characters.
    if a < start < b:
        return True
    if start == b:
        return not new[:1].isspace()
    if start == a:
        return not new[-1:].isspace()
    return False


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _updated_value(value: Any, old_source: str, new_source: str, old_word: str, new_word: str) -> Any:
    """The value a corrected source gives: the new source when the value was the source (modulo
    whitespace), else the corrected word replaced inside the value, else the value unchanged."""
    if not isinstance(value, str) or not value:
        return value
    if value == old_source:
        return new_source
    if _normalise(value) == _normalise(old_source):
        return _normalise(new_source)
    if old_word.strip() and re.search(r"\w", old_word):
        pattern = rf"(?<!\w){re.escape(old_word.strip())}(?!\w)"
        return re.sub(pattern, lambda _m: new_word.strip(), value)
    return value


def _replace_tracked(meeting: Meeting, start: int, end: int, new: str) -> Step | None:
    """One text replacement that moves spans and updates the values whose source it touched."""
    old_text = meeting.text
    old = old_text[start:end]
    if old == new:
        return None
    touched = [(p, s) for p, s in iter_spans(meeting) if _touches(s, start, end, new)]
    meeting.text = old_text[:start] + new + old_text[end:]
    delta = len(new) - len(old)
    touched_paths = {p for p, _ in touched}
    if delta:
        for path, (a, b) in list(iter_spans(meeting)):
            if path not in touched_paths and a >= end:
                _set(meeting, path, (a + delta, b + delta))
    assignments = []
    for path, (a, b) in touched:
        new_a = a if a <= start else start
        new_b = b + delta if b >= end else start + len(new)
        vpath = value_path(path)
        value = get(meeting, vpath)
        new_value = _updated_value(value, old_text[a:b], meeting.text[new_a:new_b], old, new)
        for p, v in ((path, (new_a, new_b)), (vpath, new_value)):
            current = get(meeting, p)
            if v != current:
                assignments.append(Assignment(p, current, v))
                _set(meeting, p, v)
    return Step(TextEdit(start, old, new), tuple(assignments))


# --- operations ------------------------------------------------------------------------------


def replace_text(meeting: Meeting, start: int, end: int, new: str) -> Change:
    """Replace ``text[start:end]`` by ``new``: spans after it move, touched values follow."""
    _check_editable(meeting)
    if not 0 <= start <= end <= len(meeting.text):
        raise InputError(f"Ogiltigt textintervall {start}–{end}.")
    step = _replace_tracked(meeting, start, end, new)
    return Change([step] if step else [])


def normalise_line_ends(meeting: Meeting) -> bool:
    """"\r\n" and lone "\r" become "\n" in the text and in item and decision texts; spans move.

    A text editor shows "\r\n" as one line break, so offsets into a text holding it would drift
    from what the user sees. Not an undoable edit: it is how the text enters the app. True if
    anything changed.
    """
    text = meeting.text
    changed = False
    if "\r" in text:
        dropped = [m.start() for m in re.finditer("\r\n", text)]  # the "\r" of each pair goes
        for path, (a, b) in list(iter_spans(meeting)):
            _set(meeting, path, (a - bisect.bisect_left(dropped, a), b - bisect.bisect_left(dropped, b)))
        meeting.text = text.replace("\r\n", "\n").replace("\r", "\n")
        changed = True
    for item in meeting.items:
        for record in (item, *item.decisions):
            if "\r" in record.text:
                record.text = record.text.replace("\r\n", "\n").replace("\r", "\n")
                changed = True
    return changed


def occurrences(text: str, word: str, *, whole_word: bool = True) -> list[Span]:
    """Where ``word`` occurs (case-sensitive, as OCR errors are), as whole words by default."""
    if not word:
        return []
    pattern = re.escape(word)
    if whole_word:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def replace_all(meeting: Meeting, word: str, replacement: str, *, whole_word: bool = True) -> Change:
    """Every occurrence of ``word`` becomes ``replacement`` in one change (one undo step)."""
    _check_editable(meeting)
    # From the end, so the offsets of the occurrences still to replace stay valid.
    steps = [
        _replace_tracked(meeting, start, end, replacement)
        for start, end in reversed(occurrences(meeting.text, word, whole_word=whole_word))
    ]
    return Change([s for s in steps if s is not None])


def replace_spans(meeting: Meeting, spans: list[Span], replacement: str, expected: str) -> Change:
    """Replace the given occurrences of ``expected`` (e.g. the flagged ones) in one change.

    Unlike :func:`replace_all`, an occurrence nobody pointed at stays: a lone "1" flagged as an
    OCR "i" is not the "1" of "1. Val av justerare". A span whose text is no longer ``expected``
    (edited meanwhile) is skipped.
    """
    _check_editable(meeting)
    steps = [
        _replace_tracked(meeting, start, end, replacement)
        for start, end in sorted(set(spans), reverse=True)
        if meeting.text[start:end] == expected
    ]
    return Change([s for s in steps if s is not None])


def set_value(meeting: Meeting, path: Path, value: Any) -> Change:
    """A form value typed by hand; its span stays so the source can still be shown."""
    _check_editable(meeting)
    old = get(meeting, path)
    if old == value:
        return Change()
    _set(meeting, path, value)
    return Change([Step(None, (Assignment(path, old, value),))])


def _replace_list(meeting: Meeting, path: Path, new: list[Any]) -> Change:
    _check_editable(meeting)
    old = list(get(meeting, path))
    _set(meeting, path, new)
    return Change([Step(None, (Assignment(path, old, list(new)),))])


def insert(meeting: Meeting, path: Path, index: int, value: Any) -> Change:
    """Insert into the list at ``path`` (participants, adjusters, items, decisions)."""
    items = list(get(meeting, path))
    items.insert(index, value)
    return _replace_list(meeting, path, items)


def remove(meeting: Meeting, path: Path, index: int) -> Change:
    items = list(get(meeting, path))
    if not 0 <= index < len(items):
        raise InputError(f"Rad {index + 1} finns inte.")
    del items[index]
    return _replace_list(meeting, path, items)


def move(meeting: Meeting, path: Path, index: int, to: int) -> Change:
    """Reorder: the element at ``index`` ends up at ``to``."""
    items = list(get(meeting, path))
    if not (0 <= index < len(items) and 0 <= to < len(items)):
        raise InputError("Raden kan inte flyttas dit.")
    items.insert(to, items.pop(index))
    return _replace_list(meeting, path, items)


def transfer(meeting: Meeting, source: str, index: int, target: str) -> Change:
    """Move a participant between groups (attendee <-> absent <-> guest) as one change."""
    person = get(meeting, (source, index))
    first = remove(meeting, (source,), index)
    return first.then(insert(meeting, (target,), len(getattr(meeting, target)), person))


def use_as(meeting: Meeting, start: int, end: int, target: str, item: int | None = None) -> Change:
    """Make ``text[start:end]`` a form value with that span: a meeting field, a new participant,
    an adjuster, a decision or title of agenda item ``item``, the next meeting's place."""
    _check_editable(meeting)
    value = _normalise(meeting.text[start:end])
    if not value:
        raise InputError("Markera text först.")
    span = (start, end)
    if target in ("body", "title", "place", "chair", "secretary"):
        first = set_value(meeting, (target,), value)
        return first.then(set_value(meeting, ("spans", target), span))
    if target in ("attendee", "absent", "guest"):
        group = {"attendee": "attendees", "absent": "absent", "guest": "guests"}[target]
        person = Participant(value, spans={"name": span})
        return insert(meeting, (group,), len(getattr(meeting, group)), person)
    if target == "adjuster":
        index = len(meeting.adjusters)
        first = insert(meeting, ("adjusters",), index, value)
        return first.then(set_value(meeting, ("spans", f"adjusters[{index}]"), span))
    if target == "next_place":
        if meeting.next_meeting is None:
            return set_value(meeting, ("next_meeting",), NextMeeting(place=value, spans={"place": span}))
        first = set_value(meeting, ("next_meeting", "place"), value)
        return first.then(set_value(meeting, ("next_meeting", "spans", "place"), span))
    if target in ("decision", "item_title"):
        if item is None or not 0 <= item < len(meeting.items):
            raise InputError("Välj en punkt på dagordningen först.")
        if target == "item_title":
            first = set_value(meeting, ("items", item, "title"), value)
            return first.then(set_value(meeting, ("items", item, "spans", "title"), span))
        decisions = meeting.items[item].decisions
        return insert(meeting, ("items", item, "decisions"), len(decisions), Decision(value, {"text": span}))
    raise InputError(f"Okänt mål: {target}")
