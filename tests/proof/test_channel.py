"""The OCR channel: skeleton classes, priors, and the document profile."""

from __future__ import annotations

from minutes_desk.proof.candidates import keys_for
from minutes_desk.proof.channel import DAMAGE_BASE, FALLBACK_EDIT, OTHER_BASE, SHAPE_SUB, Profile, skeleton


def test_skeleton_joins_what_ocr_confuses() -> None:
    assert skeleton("södertälje") == skeleton("sodertalje") == skeleton("sédert1lje") == skeleton("s6dertdije")
    assert skeleton("kl") == skeleton("ki") == skeleton("k1")
    assert skeleton("möte") != skeleton("mute")


def test_prior_channel_before_any_evidence() -> None:
    p = Profile()
    assert p.p_sub("ö", "o") > p.p_sub("ö", "a")
    assert p.p_sub("o", "o") > 0.99
    assert 0.5 < p.p_sub("ö", "ö") < 1.0
    assert p.p_sub("ä", "ia") > p.p_sub("x", "q")


def test_profile_learns_from_counts_and_is_smoothed() -> None:
    p = Profile()
    for _ in range(40):
        p.add_alignment([("ö", "o"), ("r", "r")])
    for _ in range(10):
        p.add_word("höst", "höst")
    assert 0.45 < p.p_sub("ö", "o") < 0.8  # 40 of 50, pulled towards the prior
    assert p.loss_rate("ö", "o") == 40 / 50
    assert p.letter_loss("ö") == 40 / 50
    assert p.letter_loss("å") == 0.0
    assert p.p_sub("ö", "é") < 0.01  # never seen here: the prior, shrunk
    assert p.to_dict()["confusions"] == {"ö>o": 40}


def test_learned_rewrites_need_repetition() -> None:
    p = Profile()
    p.add_alignment([("f", "t")])
    p.add_alignment([("l", "j")])
    assert p.learned_rewrites() == []
    p.add_alignment([("f", "t")])
    p.add_alignment([("l", "j")])
    assert p.learned_rewrites() == [("f", "t")]  # l -> j is within a skeleton class already


def test_keys_reverse_one_into_two_confusions() -> None:
    keys = {k.text for k in keys_for("fraigor", Profile())}
    assert "fråigor" not in keys and "frågor" in keys and "fraigor" in keys
    assert "kornmun" in {k.text for k in keys_for("kommun", Profile())}  # m read as rn, reversed
    assert len(keys_for("a" * 40, Profile())) <= 48


def test_one_misread_letter_in_a_few_lines_is_no_damaged_page() -> None:
    profile = Profile()
    profile.add_word("förslaget", "förslaqet")
    profile.add_word("nämnden", "nämnden")
    assert profile.plain_damage() < 2 * DAMAGE_BASE


def test_a_badly_damaged_page_makes_its_unseen_plain_confusions_likelier() -> None:
    profile = Profile()
    for _ in range(40):
        profile.add_word("nämnden", "nämnben")
        profile.add_word("beslutade", "beslntade")
        profile.add_word("ekonomin", "ekononin")
    assert profile.plain_damage() > 0.05
    before = profile.p_sub("t", "f")
    profile.damage_boost = 5.0
    assert abs(profile.p_sub("t", "f") - 5.0 * before) < 1e-12  # a shape pair never seen in the document
    assert profile.p_sub("t", "f", boosted=False) == before  # (the candidate search's beam)
    assert profile.p_sub("ö", "o") == Profile(counts=profile.counts, totals=profile.totals).p_sub("ö", "o")  # not diacritics
    assert profile.p_sub("m", "x") == Profile(counts=profile.counts, totals=profile.totals).p_sub("m", "x")  # not any edit


def test_n_and_h_are_letters_of_like_outline() -> None:
    # a dot-matrix print loses an ascender or gains one ("hätverket" for nätverket): likelier than any edit
    profile = Profile()
    assert profile.p_sub("n", "h", boosted=False) == profile.p_sub("h", "n", boosted=False) == SHAPE_SUB > FALLBACK_EDIT


def test_a_page_that_reads_letters_as_any_other_makes_such_substitutions_likelier() -> None:
    profile = Profile()
    for _ in range(20):
        profile.add_word("nämnden", "nämnxen")  # d read as x: no table models it
        profile.add_word("beslutade", "beslutode")  # a read as o: a shape pair, modelled
        profile.add_word("ekonomin", "ekonomin")
    assert profile.other_damage() > 2 * OTHER_BASE
    before = profile.p_sub("m", "q")
    profile.other_boost = 4.0
    assert abs(profile.p_sub("m", "q") - 4.0 * before) < 1e-12  # an unmodelled pair never seen here
    assert profile.p_sub("t", "f") == Profile(counts=profile.counts, totals=profile.totals).p_sub("t", "f")  # a shape pair
    clean = Profile()
    clean.add_word("ekonomin", "ekonomin")
    assert clean.other_damage() <= OTHER_BASE
