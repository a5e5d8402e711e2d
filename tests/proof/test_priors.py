"""The priors of a word as written (proof/priors.py): each circumstance that makes a capitalised
word less likely a name lowers it, and none raises it."""

from __future__ import annotations

from minutes_desk.proof import priors
from minutes_desk.proof.channel import DAMAGE_BOOST_MAX


def _capitalised(word: str, **changes: object) -> float:
    args = dict(acronym_slot=True, sentence_start=False, marked=False, reads_as_common=False, damage_boost=1.0)
    args.update(changes)
    return priors.capitalised(word, word.lower(), 0.0, 0.5, **args)  # type: ignore[arg-type]


def test_an_acronym_is_likelier_right_than_a_name_and_a_name_than_an_unknown_small_word() -> None:
    assert _capitalised("SÖRAB") > _capitalised("Sörab") > priors.unknown(0.0)
    assert _capitalised("SÖRAB", acronym_slot=False) == _capitalised("SÖRAB") - priors.ACRONYM_ZIPF + priors.NAME_ZIPF - 0.5
    assert _capitalised("KOMMUNEN") < _capitalised("SÖRAB")  # too long for an acronym: a heading's word


def test_what_makes_a_capital_say_less_about_a_name() -> None:
    plain = _capitalised("Lindqvist")
    assert _capitalised("Lindqvist", sentence_start=True) == plain - priors.SENTENCE_START_PENALTY
    assert _capitalised("Lindqvist", marked=True) == plain + 0.5 - priors.MARK_PENALTY  # the marks instead of the oddity
    assert _capitalised("Lindqvist", reads_as_common=True) == plain  # a clean page: no step
    assert _capitalised("Lindqvist", reads_as_common=True, damage_boost=100.0) == plain - 2 * priors.DAMAGED_NAME_WEIGHT
    assert _capitalised("LINDQVIST", reads_as_common=True, damage_boost=100.0) == _capitalised("LINDQVIST")
    # a page where many small words are unknown lowers it for any reading, from the base share on
    assert _capitalised("Lindqvist", unknown_share=priors.UNKNOWN_SHARE_BASE) == plain
    assert _capitalised("Lindqvist", unknown_share=10 * priors.UNKNOWN_SHARE_BASE) == plain - priors.UNKNOWN_SHARE_WEIGHT
    assert _capitalised("LINDQVIST", unknown_share=0.5) == _capitalised("LINDQVIST")
    # on the worst page, reading as a common word says more against a name than opening a sentence
    worst = DAMAGE_BOOST_MAX
    assert _capitalised("Lindqvist", reads_as_common=True, damage_boost=worst) < _capitalised("Lindqvist", sentence_start=True)


def test_long_words_are_seldom_names_and_listed_names_are_trusted_more() -> None:
    assert priors.unlisted_name("lindqvist", 0.0) == priors.unlisted_name("berg", 0.0)
    assert priors.unlisted_name("förvaltningschefen", 0.0) < priors.unlisted_name("lindqvist", 0.0) - 3
    assert priors.listed_name(0.0, 0.0, never_kept=False) > priors.listed_name(0.0, 0.0, never_kept=True) \
        == priors.unlisted_name("berg", 0.0)
    # a page of many unknown words damaged its participant list as well
    assert priors.listed_name(0.0, 0.0, False, unknown_share=10 * priors.UNKNOWN_SHARE_BASE) \
        == priors.listed_name(0.0, 0.0, False) - priors.UNKNOWN_SHARE_WEIGHT
