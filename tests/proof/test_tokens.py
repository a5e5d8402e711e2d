"""Which pieces of text the engine judges, with exact offsets."""

from __future__ import annotations

from minutes_desk.proof.tokens import is_number_like, tokens


def texts(text: str) -> list[str]:
    return [t.text for t in tokens(text)]


def test_words_with_offsets_and_edge_punctuation() -> None:
    text = "(Kommunstyrelseordförande, KSO). Göteborg/Västsverige: ”citat”"
    toks = tokens(text)
    assert [t.text for t in toks] == ["Kommunstyrelseordförande", "KSO", "Göteborg", "Västsverige", "citat"]
    for t in toks:
        assert text[t.start : t.end] == t.text


def test_abbreviations_keep_their_dots_but_sentences_do_not() -> None:
    assert texts("bl.a. t.ex. m.m. Slut.") == ["bl.a.", "t.ex.", "m.m.", "Slut"]


def test_numbers_urls_and_mail_are_skipped() -> None:
    assert texts("2024-07-14 08.30-11.00 110 000 kr 15,5 % § 12") == ["kr"]
    assert texts("www.kommun.se http://x.se/a?b=1 namn@kommun.se info.se") == []
    # an address whose dot the OCR misread is still one; an @ with no domain after it is a letter misread
    assert texts("per@hoglandet,se anna.berg@kommun:se sk@ts @versynen") == ["sk@ts", "@versynen"]


def test_codes_count_as_numbers() -> None:
    assert is_number_like("1:a") and is_number_like("10-tal") and is_number_like("3D")
    assert not is_number_like("6vriga") and not is_number_like("16per")


def test_dashes_part_words_and_a_comma_between_letters_is_a_speck() -> None:
    from minutes_desk.proof.tokens import tokens as split

    assert [t.text for t in split("januari–augusti, Berg,qvist och Anna,Per")] == [
        "januari", "augusti", "Berg,qvist", "och", "Anna", "Per"]
    assert [t.text for t in split("Se skaraborgsvatten.se. och info@kommun.se, nu")] == ["Se", "och", "nu"]


def test_an_acute_after_an_e_at_a_words_end_is_the_words_letter() -> None:
    """"Lindhe´": a PDF text layer's acute set after its letter (Lindhé); elsewhere "´" is a quote mark."""
    assert [t.text for t in tokens("Rene\u00b4 Lindhe\u00b4, ´citat´ och Anna´")] == [
        "Rene\u00b4", "Lindhe\u00b4", "citat", "och", "Anna"]
