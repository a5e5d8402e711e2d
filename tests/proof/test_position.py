"""Where a token stands: the part of its line before it, however long a line without breaks is."""

from __future__ import annotations

from minutes_desk.proof import position


def test_the_line_before_a_position_is_bounded() -> None:
    text = "Rubrik\n§ 4 Mötets öppnande"
    assert position.line_before(text, text.index("öppnande")) == "§ 4 Mötets "
    assert position.line_before(text, 0) == ""
    one_line = "ord " * 1000
    before = position.line_before(one_line, len(one_line) - 4)
    assert len(before) == position.HEADING_CHARS and one_line.endswith(before + "ord ")


def test_a_heading_line_far_into_a_text_without_breaks_is_none() -> None:
    one_line = "ord " * 1000 + "Beslut"
    assert not position.heading_line(one_line, one_line.index("Beslut"))
    assert position.heading_line("Ärendet\n\nBeslut fattades", len("Ärendet\n\n"))


def test_the_mark_before_a_place_looks_back_over_spaces_only() -> None:
    assert position.mark_before("Mötet slutade.\n\n  batum:", 18) == "."
    assert position.mark_before("  batum", 2) == ""
    assert position.mark_before("och (vtterligare", 5) == "("


def test_an_items_number_and_a_blank_line_open_what_follows() -> None:
    text = "§ 4 Information\n7, Övrigt\n2 april kom svaret.\n\nMötet"
    assert position.after_item_number(text, 4) and position.after_item_number(text, 19)
    assert not position.after_item_number(text, text.index("april"))  # a date's day running on
    assert position.paragraph_start(text, text.index("Mötet")) and position.paragraph_start(text, 0)
    assert not position.paragraph_start(text, text.index("Övrigt")) and not position.paragraph_start(text, text.index("kom"))
