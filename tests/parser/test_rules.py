"""The parser's rules on small cases: dates, times, cue words, participant layouts, decisions."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from minutes_desk.parser import parse
from minutes_desk.parser.cues import match_cue
from minutes_desk.parser.dates import find_dates, find_time, infer_year


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Fredag 4 oktober 2019", "2019-10-04"),
        ("190118 kl. 12.30", "2019-01-18"),
        ("2017-11-28", "2017-11-28"),
        ("den 7 maj 2019", "2019-05-07"),
        ("9.5.2023 kl. 16:15", "2023-05-09"),
        ("4/10 2019", "2019-10-04"),
        ("Tisdag 3 okt0ber 2023", "2023-10-03"),
    ],
)
def test_date_forms(text: str, iso: str) -> None:
    (hit,) = find_dates(text, compact=True)
    assert hit.iso() == iso


def test_year_missing_is_inferred_from_weekday_and_mentioned_years() -> None:
    (hit,) = find_dates("Fredag den 9 juni")
    assert hit.year is None and hit.weekday == 4
    assert infer_year(hit, Counter({2024: 3, 2012: 1})) == 2023
    (short,) = find_dates("8/10")
    assert infer_year(short, Counter(), after=dt.date(2019, 10, 4)) == 2019
    assert infer_year(short, Counter(), after=dt.date(2019, 11, 4)) == 2020


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("kl 9.45-12.15", "09:45", "12:15"),
        ("kl. 12.30-16.00", "12:30", "16:00"),
        ("15:00-17:00", "15:00", "17:00"),
        ("kl 08.30–11.00", "08:30", "11:00"),
        ("16:15 – 17:22", "16:15", "17:22"),
        ("kI 15.30-16.30", "15:30", "16:30"),
        ("start kl 12.00 den 21", "12:00", None),
    ],
)
def test_time_forms(text: str, start: str, end: str | None) -> None:
    hit = find_time(text)
    assert hit is not None and (hit.begin, hit.finish) == (start, end)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Besiut", "decision"),
        ("Franvarande:  Petra Oxonius Botkyrka", "absent"),
        ("Naista mote", "next"),
        ("Nirvarande", "attendees"),
        ("Delagare", "attendees"),
        ("6vriga deltagare", "guests"),
        ("Vid anteckningarna Justeras", "secretary"),
        ("Tid/Plats: 190118", "timeplace"),
        ("Sammanträdestid 9.5.2023", "time"),
        ("Protokolljusterare", "adjuster"),
        ("Nästamöte: 12 juni", "next"),
        ("Övrigadeltagare:", "guests"),
        ("Närvarande", "attendees"),
    ],
)
def test_damaged_cue_words(line: str, kind: str) -> None:
    cue = match_cue(line)
    assert cue is not None and cue.kind == kind


def test_ordinary_text_is_no_cue() -> None:
    assert match_cue("Rickard öppnar mötet och hälsar välkommen.") is None


def test_participant_layouts() -> None:
    text = (
        "Protokoll från Testgruppen\n\nTid 2020-01-10 kl 9-11\n\n"
        "Deltagare\nAnna Berg\tBotkyrka kommun, ordförande\nBo Ek Huddinge (digitalt)\n\n"
        "Gäster: Från Region Skåne deltar Ulla Ny (Strateg) och Per Lind.\n\n"
        "Frånvarande: Eva Holm, Salem, Lars Ås, Tyresö\n\n1. Inledning\n\nText.\n"
    )
    m = parse(text)
    assert [(p.name, p.organisation, p.role, p.remote) for p in m.attendees] == [
        ("Anna Berg", "Botkyrka kommun", "ordförande", False),
        ("Bo Ek", "Huddinge", "", True),
    ]
    assert [(p.name, p.organisation, p.role) for p in m.guests] == [
        ("Ulla Ny", "Region Skåne", "Strateg"),
        ("Per Lind", "Region Skåne", ""),
    ]
    assert [(p.name, p.organisation) for p in m.absent] == [("Eva Holm", "Salem"), ("Lars Ås", "Tyresö")]
    assert m.chair == "Anna Berg" and (m.start, m.end) == ("09:00", "11:00")
    for p in m.attendees:
        a, b = p.spans["name"]
        assert text[a:b] == p.name


def test_decisions_att_clauses_bullets_and_stop() -> None:
    text = (
        "1. Ärende ett\n\nBeslut\n\natt godkänna rapporten\n\natt uppdra åt kansliet att återkomma.\n\n"
        "Mötet avslutades.\n\n2. Ärende två\n\nBesiut:\n- Informationen noteras.\n- Frågan tas upp igen.\n\n"
        "3. Ärende tre\n\nGruppen beslutade följande:\n\n1) Uppdra till kansliet att:\n\n- ta fram underlag\n\n2) Återkomma i maj.\n"
    )
    m = parse(text)
    assert [d.text for d in m.items[0].decisions] == ["att godkänna rapporten", "att uppdra åt kansliet att återkomma."]
    assert [d.text for d in m.items[1].decisions] == ["Informationen noteras.", "Frågan tas upp igen."]
    assert [d.text for d in m.items[2].decisions] == ["Uppdra till kansliet att: - ta fram underlag", "Återkomma i maj."]
    for item in m.items:
        for d in item.decisions:
            a, b = d.spans["text"]
            assert text[a:b].strip()


@pytest.mark.parametrize("odd", ["", " ", "\x00\x01", "1.\n2.\n§", "Beslut\n" * 500, "é" * 10000, "Tid kl 99.99-88.77"])
def test_odd_input_never_raises_and_keeps_text(odd: str) -> None:
    m = parse(odd)
    assert m.text == odd


def test_agenda_listed_first_does_not_hide_the_items() -> None:
    text = (
        "Minnesanteckningar\nKulturgruppen\nDatum: 2022-03-15\nTid: 9-11\n\nDagordning\n1. Öppnande\n2. Budget\n3. Nästa möte\n\n"
        "1. Öppnande\nOrdföranden öppnade mötet.\n\n2. Budget\nEkonomen redogjorde för läget.\n"
        "Beslutades att godkänna uppföljningen.\n\n3. Nästa möte\nNästa möte tisdag 12 april kl. 9.00 i Kulturhuset.\n"
    )
    m = parse(text)
    assert (m.start, m.end) == ("09:00", "11:00")
    assert [(i.number, i.title) for i in m.items] == [("1", "Öppnande"), ("2", "Budget"), ("3", "Nästa möte")]
    assert [d.text for d in m.items[1].decisions] == ["att godkänna uppföljningen."]
    nxt = m.next_meeting
    assert nxt is not None and (nxt.date, nxt.start, nxt.place, nxt.date_inferred) == ("2022-04-12", "09:00", "Kulturhuset", True)


def test_section_protocol_ticks_replacements_and_signature_columns() -> None:
    text = (
        "Socialnämndens arbetsutskott\nSammanträdestid\t9.5.2023 kl. 16:15 – 17:22\n\n"
        "Beslutande\tX\tLinnea Ek\tordförande\n\t\tAnders Holm\n\tX\tOlof Berg (M) ersätter Lisa Nord (M)\n\n"
        "Frånvarande\tAnders Holm\n\n"
        "Underskrifter\tLinnea Ek\tSofia Lind\n\tordförande\tsekreterare\n\n"
        "Protokolljusterare\tOlof Berg\n\n"
        "§ 16\tDnr SN 2023/1\nVal av justerare\n\nBeslut\nArbetsutskottet föreslår nämnden besluta\natt välja Olof Berg.\n"
    )
    m = parse(text)
    assert m.body == "Socialnämndens arbetsutskott" and m.date == "2023-05-09"
    assert [(p.name, p.role) for p in m.attendees] == [("Linnea Ek", "ordförande"), ("Olof Berg", "tjänstgörande ersättare")]
    assert [p.name for p in m.absent] == ["Anders Holm", "Lisa Nord"]
    assert (m.chair, m.secretary, m.adjusters) == ("Linnea Ek", "Sofia Lind", ["Olof Berg"])
    assert [(i.number, i.title, [d.text for d in i.decisions]) for i in m.items] == [
        ("16", "Val av justerare", ["att välja Olof Berg."])
    ]


def test_participant_remarks_survive_ocr_damage() -> None:
    text = "Protokoll\nGruppen\nDatum 2020-09-17\n\nDeltagare:\nDavid Falk, Borås (via Tearns)\nSara Nilsson, Vänersborg (frin kl 10)\n\n1. Start\nText.\n"
    m = parse(text)
    assert [(p.name, p.organisation, p.remote) for p in m.attendees] == [
        ("David Falk", "Borås", True),
        ("Sara Nilsson", "Vänersborg", False),
    ]


def test_header_date_line_body_label_and_abbreviated_roles() -> None:
    text = (
        "Mötesanteckningar\nMöte: Arbetsgrupp Trygghet\nTisdag 21 november 2023, kl 14–16, Stadshuset rum 3\n\n"
        "Närvarande: Anna Ek (ordf), Bo Berg, Polisen, Cia Holm (sekr), Dan Dahl, Räddningstjiansten Syd\n\n"
        "§1 Lägesbild\nPolisen redogjorde.\nStyrelsen besIutar\natt ta fram en plan,\natt återkomma.\nAnsvarig: Bo Berg.\n"
    )
    m = parse(text)
    assert m.body == "Arbetsgrupp Trygghet"
    assert (m.date, m.start, m.end, m.place) == ("2023-11-21", "14:00", "16:00", "Stadshuset rum 3")
    assert [(p.name, p.organisation, p.role) for p in m.attendees] == [
        ("Anna Ek", "", "ordförande"),
        ("Bo Berg", "Polisen", ""),
        ("Cia Holm", "", "sekreterare"),
        ("Dan Dahl", "Räddningstjiansten Syd", ""),
    ]
    assert (m.chair, m.secretary) == ("Anna Ek", "Cia Holm")
    assert [d.text for d in m.items[0].decisions] == ["att ta fram en plan,", "att återkomma."]


def test_many_numbered_lines_stay_fast() -> None:
    m = parse("1. a\n" * 20000 + "".join(f"{i}. Rubrik\ntext\n" for i in range(1, 100)))
    assert len(m.items) == 99


def test_two_column_member_table_with_serving_substitutes() -> None:
    text = (
        "Kommunstyrelsen\nSammanträdesdatum 2022-06-14\n\nBeslutande\n"
        "Ledamöter                                Tjänstgörande ersättare\n"
        "Anna Andersson (S), ordförande           Per Persson (M) fér Lars Larsson (M)\n"
        "Karin Kvist (S)\n\n"
        "Övriga närvarande\nMaja Moberg, kommundirektör              Ola Ek, revisor\n\n"
        "§ 70 Val av justerare\nBeslut\nKarin Kvist väljs att justera protokollet.\n"
    )
    m = parse(text)
    assert [(p.name, p.organisation, p.role) for p in m.attendees] == [
        ("Anna Andersson", "S", "ordförande"),
        ("Per Persson", "M", "tjänstgörande ersättare"),
        ("Karin Kvist", "S", ""),
    ]
    assert [p.name for p in m.absent] == ["Lars Larsson"]
    assert [(p.name, p.role) for p in m.guests] == [("Maja Moberg", "kommundirektör"), ("Ola Ek", "revisor")]
    assert m.adjusters == ["Karin Kvist"]


def test_run_of_people_wrapped_over_lines() -> None:
    text = (
        "Protokoll\nGruppen\nDatum 2023-05-09\n\nNärvarande: Palle Lundberg, Helsingborg, Ulf Bengtsson, Perstorp, Lilian\n"
        "Eriksson, Ängelholm, Erik Lidberg, Båstad\n\n1. Start\nText.\n"
    )
    m = parse(text)
    assert [(p.name, p.organisation) for p in m.attendees] == [
        ("Palle Lundberg", "Helsingborg"),
        ("Ulf Bengtsson", "Perstorp"),
        ("Lilian Eriksson", "Ängelholm"),
        ("Erik Lidberg", "Båstad"),
    ]


def _all_texts() -> list[str]:
    from pathlib import Path

    from tests.conftest import seed_path

    own = sorted((Path(__file__).resolve().parent / "documents").glob("*.txt"))
    return [seed_path(n).read_text(encoding="utf-8") for n in ("000", "001", "002", "003", "004")] + [
        p.read_text(encoding="utf-8") for p in own
    ]


@pytest.mark.parametrize("index", range(9))
def test_every_value_points_at_its_source(index: int) -> None:
    text = _all_texts()[index]
    m = parse(text)
    squash = " ".join

    def at(span: tuple[int, int]) -> str:
        return squash(text[span[0]:span[1]].split())

    for p in m.attendees + m.absent + m.guests:
        assert at(p.spans["name"]) == p.name
        if p.organisation:
            assert p.organisation.split(",")[0] in at(p.spans["organisation"])
    for item in m.items:
        assert at(item.spans["title"]) == item.title
        assert at(item.spans["number"]) == item.number
        for d in item.decisions:
            assert at(d.spans["text"])
    for key in ("place", "chair", "secretary"):
        if getattr(m, key):
            assert at(m.spans[key]) == getattr(m, key)
    assert at(m.spans["body"]).startswith(m.body[:-1])  # "Kommundirektörsgruppens protokoll" -> "…gruppen"
    if m.date:
        assert str(int(m.date[8:])) in at(m.spans["date"]) or m.date[2:4] in at(m.spans["date"])
    for i, name in enumerate(m.adjusters):
        assert at(m.spans[f"adjusters[{i}]"]) == name


def test_next_meeting_in_running_text_and_bare_protocol_number() -> None:
    m = parse(
        "Protokoll nr 3\nStyrelsen\nDatum 2023-05-09\n\n1. Start\nText.\n\n"
        "2. Avslut\nMötet avslutades. Nästa möte den 5 juni kl 10-12 i Kommunhuset.\n"
    )
    assert (m.body, m.protocol_number) == ("Styrelsen", "3")
    nxt = m.next_meeting
    assert nxt is not None and (nxt.date, nxt.start, nxt.end, nxt.place) == ("2023-06-05", "10:00", "12:00", "Kommunhuset")


def test_no_internal_error_on_cut_shuffled_and_damaged_minutes() -> None:
    """parse() hides internal errors behind an empty draft; parse_document must not need to."""
    import random

    from minutes_desk.parser.document import parse_document
    from tests.support.ocr_noise import damage

    rng = random.Random(5)
    texts = _all_texts()
    for k in range(300):
        source = rng.choice(texts)
        if k % 3 == 0:
            a = rng.randint(0, len(source))
            text = source[a:rng.randint(a, len(source))]
        elif k % 3 == 1:
            lines = source.split("\n")
            rng.shuffle(lines)
            text = "\n".join(lines[: rng.randint(1, len(lines))])
        else:
            text = damage(source, rng.random(), k)
        assert parse_document(text).text == text


def test_signature_labels_right_under_the_last_decision() -> None:
    m = parse("Protokoll\nStyrelsen\nDatum 2023-05-09\n\n1. Start\nBeslut\natt godkänna.\nVid protokollet\nAnna Berg\nJusteras\nLars Holm\n")
    assert (m.secretary, m.adjusters) == ("Anna Berg", ["Lars Holm"])
    assert [d.text for d in m.items[0].decisions] == ["att godkänna."]


def test_roles_after_the_party_and_serving_substitutes() -> None:
    m = parse(
        "KOMMUNSTYRELSENS ARBETSUTSKOTT\nSammanträdestid: 9.5.2023 kl. 16:15 – 17:22\n\nBeslutande:\n"
        "[X] Anna Andersson (S) ordförande\n[ ] Per Nilsson (C)\n\nErsättare:\n"
        "[X] Jonas Ek (SD) tjänstgörande för Per Nilsson\n[ ] Maria Holm (S)\n\n§ 12 Val av justerare\nText.\n"
    )
    assert [(p.name, p.organisation, p.role) for p in m.attendees] == [
        ("Anna Andersson", "S", "ordförande"),
        ("Jonas Ek", "SD", "tjänstgörande ersättare"),
    ]
    assert [p.name for p in m.absent] == ["Per Nilsson"]
    assert m.chair == "Anna Andersson"


def test_item_number_alone_with_the_title_below() -> None:
    m = parse("Protokoll\nStyrelsen\nDatum 2023-05-09\n\n1.\nMötets öppnande\nText.\n\n2.\nBudget\nBeslut\natt godkänna.\n")
    assert [(i.number, i.title, [d.text for d in i.decisions]) for i in m.items] == [
        ("1", "Mötets öppnande", []),
        ("2", "Budget", ["att godkänna."]),
    ]
