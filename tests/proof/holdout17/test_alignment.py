"""Structural checks of the sealed holdout set 17 (writer P).

These tests check the DATA only (alignment, word counts, damage rates, the rules of the four
damage processes); they never run the engine. Each check is a function returning a list of
problems (or a number), and the *_can_fail tests feed it deliberately broken input so no check
is vacuous. The OCR files are produced by make_damage.py with fixed seeds; a test checks that
running it again gives the same files byte for byte.
"""
from __future__ import annotations

from pathlib import Path

from tests.proof.holdout17 import make_damage
from tests.proof.pair_checks import damage_rate, folder_tests, rates_differ_test, reader, token_pairs, word_count

HERE = Path(__file__).parent
read = reader(HERE)

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "kalix_klg": (17.0, 23.0),
    "hudik_tn": (19.0, 25.0),
    "jkpg_rss": (6.5, 10.0),
    "ovik_csg": (11.0, 16.0),
}
GOLD_WORDS = (330, 420)

SWEDISH_DIACRITICS = set("åäöÅÄÖ")


def new_chars(gold_token: str, ocr_token: str) -> set[str]:
    return set(ocr_token) - set(gold_token)


def english_model_problems(gold: str, ocr: str) -> list[str]:
    """kalix_klg: the English model never produces a Swedish å/ä/ö/Å/Ä/Ö the gold token lacks;
    in tokens without them only the ordinary shape errors appear (m d h 1 I l c)."""
    problems = []
    for g, o in token_pairs(gold, ocr):
        extra = new_chars(g, o)
        if extra & SWEDISH_DIACRITICS:
            problems.append(f"{g!r} -> {o!r}: Swedish letter invented")
        elif not set(g) & SWEDISH_DIACRITICS and not extra <= set("mdh1Ilc"):
            problems.append(f"{g!r} -> {o!r}: look-alike outside a diacritic word")
    return problems


def diacritic_share(gold: str, ocr: str) -> float:
    """Share (percent) of damaged word tokens whose gold form has å/ä/ö/Å/Ä/Ö."""
    damaged = [g for g, o in token_pairs(gold, ocr) if g != o]
    return 100.0 * sum(bool(set(g) & SWEDISH_DIACRITICS) for g in damaged) / len(damaged)


def alphabet_problems(gold: str, ocr: str, allowed: set[str]) -> list[str]:
    """Every character a damaged token gained must come from the process's misreadings."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if not new_chars(g, o) <= allowed]


def archive_alphabet() -> set[str]:
    chars = {ch for _, b, _ in make_damage.B_GLYPHS for ch in b} | set(".,'")
    return chars | {ch for word in make_damage.B_REAL_WORDS.values() for ch in word}


def real_word_errors(gold: str, ocr: str) -> int:
    """hudik_tn: damaged tokens that became another Swedish word of the process's real-word table."""
    real = set(make_damage.B_REAL_WORDS.values())
    return sum(g != o and o.strip(".,:;()") in real for g, o in token_pairs(gold, ocr))


def category_rates(gold: str, ocr: str) -> dict[str, float]:
    """jkpg_rss: damage rate (percent) per token category of the second-generation process."""
    counts: dict[str, list[int]] = {}
    for gl, ol in zip(gold.split("\n"), ocr.split("\n")):
        tokens = gl.split()
        for k, (g, o) in enumerate(zip(tokens, ol.split())):
            if not make_damage.has_letter(g):
                continue
            seen = counts.setdefault(make_damage.c_category(g, k, tokens), [0, 0])
            seen[0] += g != o
            seen[1] += 1
    return {cat: 100.0 * hit / total for cat, (hit, total) in counts.items()}


def streak_rates(gold: str, ocr: str, lines: tuple[int, ...]) -> tuple[float, float]:
    """ovik_csg: damage rate on the transmission-error lines and on all other lines."""
    gl, ol = gold.split("\n"), ocr.split("\n")
    on = damage_rate("\n".join(gl[n] for n in lines), "\n".join(ol[n] for n in lines))
    rest = [n for n in range(len(gl)) if n not in lines]
    off = damage_rate("\n".join(gl[n] for n in rest), "\n".join(ol[n] for n in rest))
    return on, off


# --- the set itself -------------------------------------------------------------------------


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS)


def test_word_tokens_also_in_band() -> None:
    low, high = GOLD_WORDS
    for name in PAIRS:
        assert low <= word_count(read(name, "gold")) <= high, name


test_rates_differ_per_pair = rates_differ_test(HERE, PAIRS)


def test_script_reproduces_every_ocr_file() -> None:
    assert set(make_damage.PROCESSES) == set(PAIRS)
    for name in PAIRS:
        assert make_damage.make(name) == read(name, "ocr"), name


def test_english_model_pair_follows_its_rule() -> None:
    gold, ocr = read("kalix_klg", "gold"), read("kalix_klg", "ocr")
    assert english_model_problems(gold, ocr) == []
    assert diacritic_share(gold, ocr) >= 80.0


def test_archive_pair_uses_its_alphabet_and_has_real_word_errors() -> None:
    gold, ocr = read("hudik_tn", "gold"), read("hudik_tn", "ocr")
    assert alphabet_problems(gold, ocr, archive_alphabet()) == []
    assert real_word_errors(gold, ocr) >= 4
    assert any(mark in o for g, o in token_pairs(gold, ocr) if g != o for mark in ".,'")


def test_second_generation_pair_hits_names_numbers_and_abbreviations() -> None:
    rates = category_rates(read("jkpg_rss", "gold"), read("jkpg_rss", "ocr"))
    for cat in ("name", "abbrev", "mixed"):
        assert rates[cat] >= 4 * rates["other"], (cat, rates)


def test_fax_pair_has_its_transmission_error_lines() -> None:
    on, off = streak_rates(read("ovik_csg", "gold"), read("ovik_csg", "ocr"), make_damage.D_STREAK_LINES)
    assert on >= 50.0 and off <= 15.0


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= len(GOLD.split())
    assert not low <= word_count(GOLD)


def test_english_model_rule_can_fail() -> None:
    gold = "Göran för till\n"
    assert not english_model_problems(gold, "G6ran for tiIl\n")
    assert english_model_problems(gold, "Gäran for till\n")   # ö read as a Swedish ä
    assert english_model_problems(gold, "Göran för tiàl\n")   # accent in a word without å/ä/ö
    assert diacritic_share(gold, "Goran for tiIl\n") < 80.0


def test_archive_checks_can_fail() -> None:
    gold = "att hand\n"
    assert not alphabet_problems(gold, "alt band\n", archive_alphabet())
    assert alphabet_problems(gold, "atx hand\n", archive_alphabet())
    assert real_word_errors(gold, "alt band\n") == 2
    assert real_word_errors(gold, "atf haud\n") == 0


def test_category_rates_can_fail() -> None:
    gold = "Anna Berg och hon sa t.ex. nej\n"
    rates = category_rates(gold, "Anna Berg ocb bon sa t.ex. nej\n")
    assert rates["name"] < 4 * rates["other"]


def test_streak_check_can_fail() -> None:
    gold = "ett två tre\nfyra fem sex\n"
    on, off = streak_rates(gold, "ett två tre\nfyra fern sex\n", (0,))
    assert not on >= 50.0
    assert off > 0.0
