"""Participant lists written surname first ("Berg, Anna" per line) and runs joined with "och"."""

from __future__ import annotations

from minutes_desk.parser import parse


def _minutes(attendees: list[str], absent: list[str] | None = None) -> str:
    text = "Styrelsen\n\nDatum\t2019-05-04\n\nNärvarande:\n" + "\n".join(attendees) + "\n"
    if absent:
        text += "\nFrånvarande:\n" + "\n".join(absent) + "\n"
    return text + "\n1. Val av justerare\nText.\n"


def test_surname_first_one_per_line_reads_as_first_name_surname() -> None:
    text = _minutes(["Berg, Anna", "Lind, Per", "Holm, Karin Maria", "af Klercker, Olof"], ["Ek, Eva", "Ström, Bo"])
    meeting = parse(text)
    assert [p.name for p in meeting.attendees] == ["Anna Berg", "Per Lind", "Karin Maria Holm", "Olof af Klercker"]
    assert [p.name for p in meeting.absent] == ["Eva Ek", "Bo Ström"]
    assert [text[slice(*p.spans["name"])] for p in meeting.attendees][:2] == ["Berg, Anna", "Lind, Per"]
    assert all(p.organisation == "" for p in meeting.attendees)


def test_surname_first_survives_ocr_damage_in_the_letters() -> None:
    meeting = parse(_minutes(["Bérg, Anna", "Lind, Pér", "Hoim, Karin"]))
    assert [p.name for p in meeting.attendees] == ["Anna Bérg", "Pér Lind", "Karin Hoim"]


def test_name_place_lines_stay_name_and_place() -> None:
    meeting = parse(_minutes(["Anna Berg, Lund", "Per Lind, Lomma", "Karin Holm, Malmö"]))
    assert [(p.name, p.organisation) for p in meeting.attendees] == [
        ("Anna Berg", "Lund"), ("Per Lind", "Lomma"), ("Karin Holm", "Malmö")]


def test_one_line_that_disagrees_keeps_the_block_from_being_read_surname_first() -> None:
    for rows in (["Berg, Anna", "Lind, Lomma"], ["Berg, Anna", "Lind, ordförande"], ["Berg, Lund", "Lind, Lomma"]):
        assert all(p.name not in ("Anna Berg", "Lund Berg", "Lomma Lind") for p in parse(_minutes(rows)).attendees)


def test_och_joins_the_last_person_of_a_comma_run() -> None:
    text = (
        "Styrelsen\n\nDatum\t2019-05-04\n\nNärvarande: Anna Berg, Lund och Per Lind, Lomma\n"
        "Frånvarande: Karin Holm, Malmö, Olof Ek, Lund och Eva Ström, Ystad\n\n1. Val av justerare\nText.\n"
    )
    meeting = parse(text)
    assert [(p.name, p.organisation) for p in meeting.attendees] == [("Anna Berg", "Lund"), ("Per Lind", "Lomma")]
    assert [(p.name, p.organisation) for p in meeting.absent] == [
        ("Karin Holm", "Malmö"), ("Olof Ek", "Lund"), ("Eva Ström", "Ystad")]


def test_names_with_a_text_layers_replacement_character_are_still_names() -> None:
    text = ("Kommundirektörsgruppen\nMinnesanteckningar 2026-05-06\n\nDeltagare\n"
            "Ulrika \ufffddmark, kommundirekt\ufffdr, Sundsvalls kommun\n"
            "Stefan H\ufffdllstr\ufffdm, kommundirekt\ufffdr, Timr\ufffd kommun\n\n1. Inledning\nMötet öppnades.\n")
    names = [p.name for p in parse(text).attendees]
    assert names[:2] == ["Ulrika \ufffddmark", "Stefan H\ufffdllstr\ufffdm"]


def test_an_organisation_with_a_text_layers_replacement_character_is_no_person() -> None:
    text = ("Kommundirektörsgruppen\nMinnesanteckningar 2026-05-06\n\nDeltagare\n"
            "Niklas Edfors, f\ufffdrbundsdirekt\ufffdr, R\ufffdddningstj\ufffdnsten Medelpad\n"
            "Jonas Berg, sekreterare, Sundsvalls kommun\n\n1. Inledning\nMötet öppnades.\n")
    people = [(p.name, p.organisation) for p in parse(text).attendees]
    assert people == [("Niklas Edfors", "R\ufffdddningstj\ufffdnsten Medelpad"), ("Jonas Berg", "Sundsvalls kommun")]
