"""The engine uses the dictionary at once: accepted words are not flagged, corrections come first."""

from __future__ import annotations

from pathlib import Path

from minutes_desk.proof.engine import Engine
from tests.shareddict.helpers import user

TEXT = "Vi besökte mobilitetsnavet i sodertilje och talade om lakemedelsgenomgangar."


def _flagged(engine: Engine) -> dict[str, tuple[str, ...]]:
    return {f.word: tuple(w for w, _ in f.suggestions) for f in engine.check(TEXT)}


def test_accepted_words_and_remembered_corrections_change_what_the_engine_says(tmp_path: Path) -> None:
    bo = user(tmp_path, "bo")
    engine = Engine.load(user_dictionary=bo)
    before = _flagged(engine)
    assert {"mobilitetsnavet", "sodertilje", "lakemedelsgenomgangar"} <= before.keys()  # the test needs flagged words
    assert before["sodertilje"][0] != "Södertellje"

    anna = user(tmp_path, "anna")
    anna.add_word("mobilitetsnavet")
    anna.add_correction("sodertilje", "Södertellje", note="så stavar vi det här")
    bo.sync()
    after = _flagged(engine)
    assert "mobilitetsnavet" not in after
    assert after["sodertilje"][0] == "Södertellje"
    assert after["lakemedelsgenomgangar"] == before["lakemedelsgenomgangar"]

    anna.remove("mobilitetsnavet")
    bo.sync()
    bo.mark_wrong("besökte")  # a real word this user wants flagged
    again = _flagged(engine)
    assert "mobilitetsnavet" in again and "besökte" in again and "besökte" not in before
