from minutes_desk.gui.checker import split_by_line
from minutes_desk.proof.flags import Flag, FlagKind


def flag(start: int, word: str) -> Flag:
    return Flag(start, start + len(word), word, FlagKind.NON_WORD, 0.9, ((word.upper(), 0.9),))


def test_flags_of_a_text_become_flags_of_its_lines_at_line_offsets() -> None:
    text = "fran har\n\nInga 6vriga\nfran har"
    flags = [flag(0, "fran"), flag(15, "6vriga"), flag(22, "fran")]
    lines = split_by_line(text, flags)
    assert lines == {
        "fran har": (flag(0, "fran"),),
        "": (),
        "Inga 6vriga": (flag(5, "6vriga"),),
    }


def test_a_flag_across_a_line_break_is_dropped_and_an_empty_text_has_one_empty_line() -> None:
    assert split_by_line("ab\ncd", [Flag(1, 4, "b\nc", FlagKind.NON_WORD, 0.5)]) == {"ab": (), "cd": ()}
    assert split_by_line("", []) == {"": ()}
