from minutes_desk.gui.positions import from_qt, to_qt


def test_identity_for_plain_text_and_shifted_after_an_emoji() -> None:
    assert to_qt("Södertörn", 5) == 5 and from_qt("Södertörn", 5) == 5
    text = "a😀bc"
    assert to_qt(text, 2) == 3 and to_qt(text, 1) == 1
    assert from_qt(text, 3) == 2 and from_qt(text, 5) == 4
    assert all(from_qt(text, to_qt(text, i)) == i for i in range(len(text) + 1))
