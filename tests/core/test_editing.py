from __future__ import annotations

import random

import pytest

from minutes_desk import editing
from minutes_desk.errors import InputError, ReadOnlyError
from minutes_desk.model import AgendaItem, Decision, Meeting, Participant, Status

TEXT = (
    "Plats Sédertérns kommunhus\n"
    "Deltagare Mats Bergstrém Salem, ordférande\n"
    "1. Val av justerare\n"
    "Beslut: Mats Bergstrém utses som justerare.\n"
)


def meeting() -> Meeting:
    def span(sub: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = TEXT.index(sub, start + 1)
        return (start, start + len(sub))

    return Meeting(
        text=TEXT,
        place="Sédertérns kommunhus",
        attendees=[
            Participant("Mats Bergstrém", "Salem", "ordförande",
                        spans={"name": span("Mats Bergstrém"), "organisation": span("Salem"),
                               "role": span("ordférande")}),
        ],
        items=[AgendaItem("1", "Val av justerare", spans={"title": span("Val av justerare")},
                          decisions=[Decision("Mats Bergstrém utses som justerare.",
                                              {"text": span("Mats Bergstrém utses som justerare.")})])],
        spans={"place": span("Sédertérns kommunhus")},
    )


def source(m: Meeting, path: editing.Path) -> str:
    span = editing.span_of(m, path)
    assert span is not None
    return m.text[span[0] : span[1]]


def test_correcting_a_word_updates_the_value_from_that_span_and_shifts_the_rest() -> None:
    m = meeting()
    start = TEXT.index("Sédertérns")
    change = editing.replace_text(m, start, start + len("Sédertérns"), "Södertörns")
    assert m.place == "Södertörns kommunhus"
    assert ("place",) in change.value_paths
    assert source(m, ("attendees", 0, "name")) == "Mats Bergstrém"

    first = m.text.index("Bergstrém")
    change = editing.replace_text(m, first, first + len("Bergstrém"), "Bergström ")
    assert m.attendees[0].name == "Mats Bergström "
    assert source(m, ("attendees", 0, "organisation")) == "Salem"
    assert m.items[0].decisions[0].text.startswith("Mats Bergstrém")  # other occurrence untouched


def test_a_normalised_value_keeps_its_own_form_and_gets_the_corrected_word() -> None:
    m = meeting()
    start = TEXT.index("ordférande")
    editing.replace_text(m, start, start + len("ordférande"), "ordförande")
    assert m.attendees[0].role == "ordförande"
    m.attendees[0].role = "Ordförande (vald)"
    start = m.text.index("ordförande")
    editing.replace_text(m, start, start + len("ordförande"), "ordförandé")
    assert m.attendees[0].role == "Ordförande (vald)"  # the word is not in the value: left alone


def test_replace_all_is_one_change_and_undo_restores_everything() -> None:
    m = meeting()
    before = m.to_dict()
    change = editing.replace_all(m, "Bergstrém", "Bergström")
    assert len(change.text_edits) == 2
    assert "Bergstrém" not in m.text
    assert m.attendees[0].name == "Mats Bergström"
    assert m.items[0].decisions[0].text == "Mats Bergström utses som justerare."
    after = m.to_dict()
    editing.apply(m, change.inverse())
    assert m.to_dict() == before
    editing.apply(m, change)
    assert m.to_dict() == after


def test_whole_words_only_and_typing_at_a_word_edge() -> None:
    m = meeting()
    assert editing.occurrences(m.text, "Salem") == [editing.span_of(m, ("attendees", 0, "organisation"))]
    assert editing.occurrences("Salems Salem", "Salem") == [(7, 12)]
    end = editing.span_of(m, ("attendees", 0, "organisation"))[1]
    editing.replace_text(m, end, end, "s")  # typing at the end of a word extends it
    assert m.attendees[0].organisation == "Salems"
    end += 1
    editing.replace_text(m, end, end, " kommun")  # a space starts a new word
    assert m.attendees[0].organisation == "Salems"


def test_random_edits_undo_to_the_original() -> None:
    rng = random.Random(5)
    m = meeting()
    before = m.to_dict()
    changes = []
    for _ in range(200):
        a = rng.randrange(len(m.text) + 1)
        b = min(len(m.text), a + rng.choice([0, 0, 1, 2, 5]))
        changes.append(editing.replace_text(m, a, b, rng.choice(["", "x", "ö ", "\n", "ab"])))
    for (path, (a, b)) in editing.iter_spans(m):
        assert 0 <= a <= b <= len(m.text), path
    merged = editing.Change()
    for change in changes:
        merged = merged.then(change)
    editing.apply(m, merged.inverse())
    assert m.to_dict() == before


def test_structure_operations_and_undo() -> None:
    m = meeting()
    before = m.to_dict()
    c1 = editing.insert(m, ("attendees",), 1, Participant("Camilla Broo", "Huddinge"))
    c2 = editing.move(m, ("attendees",), 1, 0)
    c3 = editing.set_value(m, ("attendees", 0, "name"), "Camilla Bro")
    c4 = editing.transfer(m, "attendees", 1, "absent")
    assert [p.name for p in m.attendees] == ["Camilla Bro"]
    assert [p.name for p in m.absent] == ["Mats Bergstrém"]
    assert c4.structural and not c3.structural
    for change in (c4, c3, c2, c1):
        editing.apply(m, change.inverse())
    assert m.to_dict() == before


def test_use_selection_as_fields_participants_and_decisions() -> None:
    m = meeting()
    start = TEXT.index("Salem")
    editing.use_as(m, start, start + 5, "guest")
    assert m.guests[0].name == "Salem" and editing.span_of(m, ("guests", 0, "name")) == (start, start + 5)
    editing.use_as(m, start, start + 5, "adjuster")
    assert m.adjusters == ["Salem"] and editing.span_of(m, ("adjusters", 0)) == (start, start + 5)
    line = m.text.index("Beslut")
    editing.use_as(m, line, line + 6, "decision", item=0)
    assert m.items[0].decisions[-1].text == "Beslut"
    editing.use_as(m, 0, 5, "next_place")
    assert m.next_meeting is not None and m.next_meeting.place == "Plats"
    with pytest.raises(InputError):
        editing.use_as(m, 3, 3, "place")
    with pytest.raises(InputError):
        editing.use_as(m, 0, 5, "decision", item=7)
    assert set(editing.values_at(m, start)) == {("adjusters", 0), ("guests", 0, "name"),
                                                ("attendees", 0, "organisation")}


def test_an_approved_record_refuses_edits() -> None:
    m = meeting()
    m.status = Status.APPROVED
    with pytest.raises(ReadOnlyError):
        editing.replace_text(m, 0, 1, "x")
    with pytest.raises(ReadOnlyError):
        editing.replace_all(m, "Salem", "Salen")
    with pytest.raises(ReadOnlyError):
        editing.set_value(m, ("place",), "x")
    assert m.text == TEXT


def test_bad_ranges_are_refused() -> None:
    m = meeting()
    with pytest.raises(InputError):
        editing.replace_text(m, 5, 2, "x")
    with pytest.raises(InputError):
        editing.replace_text(m, 0, len(TEXT) + 1, "x")
    assert editing.replace_text(m, 0, 1, TEXT[0]).steps == []


def test_replace_spans_changes_only_the_occurrences_pointed_at() -> None:
    text = "1. Val av justerare\nMats 1 Salem\n"  # the second "1" is an OCR "i"
    m = Meeting(text=text, place="Salem", spans={"place": (text.index("Salem"), text.index("Salem") + 5)})
    lone = text.index("1 Salem")
    change = editing.replace_spans(m, [(lone, lone + 1), (5, 6)], "i", "1")  # (5, 6) is no "1": skipped
    assert m.text == "1. Val av justerare\nMats i Salem\n"
    assert len(change.text_edits) == 1 and editing.span_of(m, ("place",)) == (lone + 2, lone + 7)
    editing.apply(m, change.inverse())
    assert m.text == text


def test_normalise_line_ends_moves_every_span_with_the_text() -> None:
    m = meeting()
    before = {path: m.text[a:b] for path, (a, b) in editing.iter_spans(m)}
    crlf = meeting()
    editing.normalise_line_ends(crlf)  # nothing to do: unchanged
    assert crlf == m
    # The same record as read from a file with Windows line ends.
    damaged = meeting()
    shift = {}
    for path, (a, b) in editing.iter_spans(damaged):
        shift[path] = (a + TEXT[:a].count("\n"), b + TEXT[:b].count("\n"))
    for path, span in shift.items():
        editing._set(damaged, path, span)
    damaged.text = TEXT.replace("\n", "\r\n")
    damaged.items[0].decisions[0].text = "Mats Bergstrém\r\nutses."
    assert editing.normalise_line_ends(damaged)
    assert damaged.text == TEXT and "\r" not in damaged.items[0].decisions[0].text
    assert {path: damaged.text[a:b] for path, (a, b) in editing.iter_spans(damaged)} == before
    old_mac = Meeting(text="Plats\rLund", place="Lund", spans={"place": (6, 10)})
    assert editing.normalise_line_ends(old_mac) and old_mac.text == "Plats\nLund" and old_mac.spans["place"] == (6, 10)
