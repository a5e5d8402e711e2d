"""What the engine asks: verdicts and corrections, through the own and shared levels."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest

from minutes_desk.errors import InputError
from minutes_desk.proof.userdict import UserDictionary
from minutes_desk.shareddict import CorrectionsDictionary, Entry
from tests.shareddict.helpers import user


def test_it_is_a_user_dictionary(tmp_path: Path) -> None:
    dictionary: UserDictionary = user(tmp_path, "anna")
    assert dictionary.verdict("Gyllestad") is None
    assert dictionary.correction("Sodertilje") is None


def test_an_accepted_word_follows_spell_checker_case_rules(tmp_path: Path) -> None:
    anna = user(tmp_path, "anna")
    anna.add_word("Gyllestad")
    anna.add_word("kommunledningsgrupp")
    assert anna.verdict("Gyllestad") is True
    assert anna.verdict("GYLLESTAD") is True
    assert anna.verdict("gyllestad") is None  # a name in lower case is for the engine to judge
    assert anna.verdict("Kommunledningsgrupp") is True
    assert anna.verdict("KOMMUNLEDNINGSGRUPP") is True


def test_a_correction_is_returned_in_the_case_of_the_text_and_marks_the_word_wrong(tmp_path: Path) -> None:
    anna = user(tmp_path, "anna")
    anna.add_correction("Sodertilje", "Södertälje")
    assert anna.correction("sodertilje") == "Södertälje"
    assert anna.correction("SODERTILJE") == "SÖDERTÄLJE"
    anna.add_correction("6vriga", "övriga")
    assert anna.correction("6vriga") == "övriga"
    assert anna.verdict("Sodertilje") is False
    assert anna.verdict("Södertälje") is True  # the right form of a correction is a word


def test_the_users_own_wrong_mark_beats_a_shared_acceptance_only_for_that_user(tmp_path: Path) -> None:
    anna, bo = user(tmp_path, "anna"), user(tmp_path, "bo")
    anna.add_word("Hössna")
    bo.sync()
    assert bo.verdict("Hössna") is True
    bo.mark_wrong("Hössna")
    assert bo.verdict("Hössna") is False
    anna.add_word("Hössna", note="ort i Ulricehamn")  # a later shared acceptance still loses for bo
    bo.sync()
    assert bo.verdict("Hössna") is False
    assert anna.sync() and anna.verdict("Hössna") is True
    bo.add_word("Hössna")  # bo accepting it himself lifts his own mark
    assert bo.verdict("Hössna") is True


def test_accepting_a_word_drops_its_correction_and_vice_versa(tmp_path: Path) -> None:
    anna = user(tmp_path, "anna")
    anna.add_correction("Gyllestadt", "Gyllestad")
    anna.add_word("Gyllestadt")
    assert anna.correction("Gyllestadt") is None and anna.verdict("Gyllestadt") is True
    anna.add_correction("Gyllestadt", "Gyllestad")
    assert anna.verdict("Gyllestadt") is False and anna.correction("Gyllestadt") == "Gyllestad"
    assert [e.kind for e in anna.entries()] == ["correction"]


def test_removal_spreads_like_an_addition(tmp_path: Path) -> None:
    anna, bo = user(tmp_path, "anna"), user(tmp_path, "bo")
    anna.add_correction("Sodertilje", "Södertälje")
    bo.sync()
    removed = bo.remove("SODERTILJE")
    assert [(e.kind, e.word, e.author) for e in removed] == [("correction", "Sodertilje", "anna")]
    anna.sync()
    assert anna.correction("Sodertilje") is None and anna.entries() == []
    assert bo.remove("Sodertilje") == []


def test_entries_show_who_added_what_and_when(tmp_path: Path) -> None:
    anna = user(tmp_path, "Anna Älv")
    anna.add_word("Gyllestad", note="by i Ulricehamn")
    anna.add_correction("kI", "kl")
    anna.mark_wrong("Stenstorp")
    dicts = [e.to_dict() for e in anna.entries()]
    assert dicts[0] == {
        "kind": "word", "word": "Gyllestad", "author": "Anna Älv", "time": dicts[0]["time"],
        "note": "by i Ulricehamn", "level": "shared",
    }
    assert {"kind": "correction", "wrong": "kI", "right": "kl"}.items() <= dicts[1].items()
    assert {"kind": "rejected", "word": "Stenstorp", "level": "own"}.items() <= dicts[2].items()
    assert dicts[0]["time"] < dicts[1]["time"] < dicts[2]["time"]
    assert [(e.wrong, e.right) for e in anna.entries()] == [(None, None), ("kI", "kl"), (None, None)]
    assert dicts[0]["time"].endswith("Z") and len(dicts[0]["time"]) == 27


def test_revision_changes_with_content_only(tmp_path: Path) -> None:
    anna, bo = user(tmp_path, "anna"), user(tmp_path, "bo")
    start = bo.revision
    bo.sync()
    assert bo.revision == start
    anna.add_word("Gyllestad")
    bo.sync()
    assert bo.revision > start
    before = anna.revision
    anna.add_word("Gyllestad")  # already there: nothing written
    assert anna.revision == before


@pytest.mark.parametrize("word", ["", "   ", "två ord", "tab\there", "x" * 101, "nul\x00"])
def test_bad_words_are_refused_with_a_message(tmp_path: Path, word: str) -> None:
    anna = user(tmp_path, "anna")
    with pytest.raises(InputError):
        anna.add_word(word)
    assert anna.entries() == []


def test_an_overlong_note_is_refused(tmp_path: Path) -> None:
    anna = user(tmp_path, "anna")
    with pytest.raises(InputError, match="anteckningen"):
        anna.add_word("Gyllestad", note="x" * 501)
    assert anna.add_word("Gyllestad", note="  rad ett\trad två\n ").note == "rad ett\trad två"


def test_corrections_that_change_nothing_or_only_case_are_refused(tmp_path: Path) -> None:
    anna = user(tmp_path, "anna")
    for wrong, right in (("kl", "kl"), ("gyllestad", "Gyllestad")):
        with pytest.raises(InputError):
            anna.add_correction(wrong, right)


def test_without_a_shared_folder_the_dictionary_is_local_and_shares_once_one_is_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    alone = CorrectionsDictionary.open(user="anna", data_dir=data)
    assert not alone.status.configured
    alone.add_word("Gyllestad")
    assert alone.verdict("Gyllestad") is True and alone.status.pending == 1

    monkeypatch.setenv("MINUTES_DESK_SHARED_DIR", str(tmp_path / "share"))
    (tmp_path / "share").mkdir()
    joined = CorrectionsDictionary.open(user="anna", data_dir=data)
    assert joined.status.online and joined.status.pending == 0
    assert user(tmp_path, "bo").verdict("Gyllestad") is True


def test_entry_times_are_shown_in_local_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        entry = Entry("word", "Gyllestad", None, "anna", "2026-01-15T23:30:00.000000Z", "", "shared")
        assert entry.local_time == "2026-01-16 00:30"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_decomposed_letters_in_the_text_find_the_entry(tmp_path: Path) -> None:
    anna = user(tmp_path, "anna")
    anna.add_word("Hössna")
    anna.add_correction("Sodertälje", "Södertälje")
    decomposed = unicodedata.normalize("NFD", "Hössna")
    assert decomposed != "Hössna" and anna.verdict(decomposed) is True
    assert anna.correction(unicodedata.normalize("NFD", "Sodertälje")) == "Södertälje"
    assert [e.word for e in anna.remove(unicodedata.normalize("NFD", "hössna"))] == ["Hössna"]
