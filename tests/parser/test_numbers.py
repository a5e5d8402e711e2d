"""Digits misread as letters ("2O19", "kl O8.3O-ll.OO", "§ l2") read back only where a number is expected."""

from __future__ import annotations

import pytest

from minutes_desk.parser import parse
from minutes_desk.parser.dates import find_dates, find_time
from minutes_desk.parser.numbers import numeric_view


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("kl O8.3O-ll.OO", "kl 08.30-11.00"),
        ("under 2O19 och", "under 2019 och"),
        ("Tid l5:00", "Tid 15:00"),
        ("kl 9.4S", "kl 9.45"),
        ("den 1O juni", "den 10 juni"),
        ("den lO juni", "den 10 juni"),
        ("den b december", "den 6 december"),
        ("den ZO rnaj", "den 20 rnaj"),
        ("§ l2 Val", "§ 12 Val"),
        ("lO §", "10 §"),
        ("Datum 2019-1O-04", "Datum 2019-10-04"),
        ("kI. 13.OO", "kI. 13.00"),
        ("kl. ll.OO", "kl. 11.00"),
        ("kl lO", "kl 10"),
        ("Protokoll nr lO", "Protokoll nr 10"),
        ("kl 8.3O - ll", "kl 8.30 - 11"),
        ("lO. Val av justerare", "10. Val av justerare"),
        ("x\nll. Övriga frågor", "x\n11. Övriga frågor"),
    ],
)
def test_numbers_read_back_where_a_number_is_expected(text: str, view: str) -> None:
    assert numeric_view(text) == view


@pytest.mark.parametrize(
    "text",
    [
        "Olle Sol och Bo lBo I maj",  # names, words and "I maj" (i maj) stay words
        "kIockan kommer Ola",  # a damaged word, not a number
        "SSKs lO-möte och Kdir-grupp",  # runs touching letters are words
        "I. Inledning",  # a roman I at a line start is no digit here
        "Vi ses l maj och I juni",  # one letter before a month is the word "i"
        "Se bilaga B och punkt S ovan",  # a lone letter without a number context
    ],
)
def test_words_never_become_numbers(text: str) -> None:
    assert numeric_view(text) == text


def test_the_view_keeps_offsets() -> None:
    text = "Tid Fredag 4 oktober 2O19 kl 9.4S–l2.l5, § l2, lO. Titel, Olle"
    assert len(numeric_view(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "begin", "finish"),
    [
        ("kl O8.3O-ll.OO", "08:30", "11:00"),
        ("l5:00-17:00", "15:00", "17:00"),
        ("kI. 13.OO", "13:00", None),
        ("13.00—15.30", "13:00", "15:30"),
        ("13.00 -15.30", "13:00", "15:30"),
        ("13.00 − 15.30", "13:00", "15:30"),
        ("13.00‒15.30", "13:00", "15:30"),
        ("kl 13 - 15", "13:00", "15:00"),
        ("kl. 9–11.30", "09:00", "11:30"),
        ("kl 9.4S-l2.lS", "09:45", "12:15"),
        ("kI. 8.3O - ll", "08:30", "11:00"),
    ],
)
def test_damaged_times(text: str, begin: str, finish: str | None) -> None:
    hit = find_time(text)
    assert hit is not None and (hit.begin, hit.finish) == (begin, finish)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2O19-1O-O4", "2019-10-04"),
        ("2019-1O–04", "2019-10-04"),
        ("1O juni 2O19", "2019-06-10"),
        ("Fredag 4 oktober 2OI9", "2019-10-04"),
        ("9.S.2O23", "2023-05-09"),
        ("l9O118", "2019-01-18"),
    ],
)
def test_damaged_dates(text: str, iso: str) -> None:
    (hit,) = find_dates(text, compact=True)
    assert hit.iso() == iso
    assert (hit.start, hit.end) == (0, len(text))


def test_a_word_before_a_month_gives_no_date() -> None:
    assert find_dates("I maj 2019 beslutade styrelsen") == []


_DOC = """Kommunstyrelsens arbetsutskott\tProtokoll nr {no}

Datum\t{date}
Tid\t{time}

{one}. Val av justerare
Anna Berg utses.

2. Budget
Beslut
{enum}) Uppdra till förvaltningen att ta fram en plan.
2) Återrapportera i juni.

3. Remisser
Inga remisser.

4. Uppföljning
Ekonomichefen redovisar.

{five}. Nästa möte
Nästa möte är den {next} i Stadshuset.
"""


@pytest.mark.parametrize(
    "damaged",
    [
        dict(no="l2", date="2O19-O5–O4", time="kl O8.3O-ll.OO", one="l", enum="l", five="S", next="lO juni 2O19 kI. 13.OO—15.3O"),
        dict(no="lZ", date="2019-O5-04", time="kI. 8.3O - ll", one="I", enum="I", five="5", next="lO juni 2O19 kl l3 - 15.3O"),
    ],
)
def test_a_protocol_with_misread_digits_parses_like_the_clean_one(damaged: dict[str, str]) -> None:
    clean = parse(_DOC.format(no="12", date="2019-05-04", time="kl 08.30-11.00", one="1", enum="1", five="5",
                              next="10 juni 2019 kl. 13.00-15.30"))
    noisy = parse(_DOC.format(**damaged))
    for meeting in (clean, noisy):
        assert (meeting.protocol_number, meeting.date, meeting.start) == ("12", "2019-05-04", "08:30")
        assert [item.number for item in meeting.items] == ["1", "2", "3", "4", "5"]
        assert [d.text[:6] for d in meeting.items[1].decisions] == ["Uppdra", "Återra"]
        assert meeting.next_meeting is not None
        assert (meeting.next_meeting.date, meeting.next_meeting.start) == ("2019-06-10", "13:00")
    assert noisy.end == "11:00" and noisy.next_meeting is not None and noisy.next_meeting.end == "15:30"


def test_section_numbers_read_as_letters() -> None:
    text = "Styrelsen\n\n§ l2 Val av justerare\nAnna Berg.\n\n§ I3 Budget\nInformation.\n\nl4 § Remisser\nInga.\n"
    assert [(i.number, i.title) for i in parse(text).items] == [
        ("12", "Val av justerare"), ("13", "Budget"), ("14", "Remisser")]


def test_a_letter_read_as_an_item_number_only_continues_the_run() -> None:
    text = (
        "Styrelsen\n\n1. Inledning\nText.\n\n2. Budget\nText.\n\n3. Remisser\nText.\n\n"
        "4. Uppföljning\nText.\n\n5. Listor\nTvå delar:\n\nA. Första delen\nText.\n\nB. Andra delen\nText.\n\n"
        "b. Verksamhetsplan\nText.\n\n7. Övrigt\nText.\n"
    )
    items = parse(text).items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Inledning"), ("2", "Budget"), ("3", "Remisser"), ("4", "Uppföljning"), ("5", "Listor"),
        ("6", "Verksamhetsplan"), ("7", "Övrigt")]
    lettered = "Styrelsen\n\n1. Inledning\nText.\n\n2. Lista\nText:\n\na. Ett\nText.\n\nb. Två\nText.\n\n3. Slut\nText.\n"
    assert [i.number for i in parse(lettered).items] == ["1", "2", "3"]


def test_two_letters_and_a_damaged_title_still_make_an_item() -> None:
    head = "".join(f"{n}. Punkt {n}\nText.\n\n" for n in range(1, 7))
    text = f"Styrelsen\n\n{head}7. Sju\nText.\n\nB. 1ndustrinatten\nText.\n\n9. Nio\nText.\n\n" + "".join(
        f"{n}. Punkt {n}\nText.\n\n" for n in range(10, 15)) + "IS. Femton\nText.\n\nI6. Sexton\nText.\n"
    items = parse(text).items
    assert [i.number for i in items] == [str(n) for n in range(1, 17)]
    assert (items[7].title, items[14].title) == ("1ndustrinatten", "Femton")


def test_a_written_number_wins_over_a_letter_read_as_one() -> None:
    head = "".join(f"{n}. Punkt {n}\nText.\n\n" for n in range(1, 5))
    text = f"Styrelsen\n\n{head}5. Fem\nText:\n\nb. Delpunkt\nText.\n\n6. Sex\nText.\n"
    assert [(i.number, i.title) for i in parse(text).items][-3:] == [("4", "Punkt 4"), ("5", "Fem"), ("6", "Sex")]
