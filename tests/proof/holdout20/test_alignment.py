"""Structural checks of the sealed holdout set 20 (writer S).

These tests check the DATA only (alignment, word counts, damage rates, the rules and shapes of the
five OCR processes); they never run the engine. Each check is a function returning a list of
problems (or a figure), and the *_can_fail tests feed it deliberately broken input so no check is
vacuous.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from tests.proof.pair_checks import (damage_rate, edit_distance, folder_tests, has_letter, rates_differ_test,
                                     reader, token_pairs)

HERE = Path(__file__).parent
read = reader(HERE)

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "kalmar_kdg": (8.0, 14.0),
    "lulea_csg": (21.0, 29.0),
    "eksjo_kfn": (23.0, 30.0),
    "sala_tnau": (17.0, 24.0),
    "gotland_rdlg": (26.0, 30.0),
}
GOLD_WORDS = (330, 420)

SWEDISH_MARKED = "åäöÅÄÖ"


# --- checks of the processes -----------------------------------------------------------------


def mfp_problems(gold: str, ocr: str) -> list[str]:
    """kalmar_kdg: an office MFP with a Swedish model makes small, local misreadings: no damaged
    token is more than two edits from its gold token."""
    return [f"{g!r} -> {o!r}" for g, o in token_pairs(gold, ocr) if edit_distance(g, o) > 2]


def marks_lost(gold: str, ocr: str) -> tuple[int, int]:
    """(å ä ö Å Ä Ö letters missing from the OCR tokens, such letters in the gold tokens)."""
    total = lost = 0
    for g, o in token_pairs(gold, ocr):
        n_g = sum(ch in SWEDISH_MARKED for ch in g)
        total += n_g
        lost += max(0, n_g - sum(ch in SWEDISH_MARKED for ch in o))
    return lost, total


def shadow_band(gold: str, ocr: str) -> tuple[float, float]:
    """lulea_csg: damage rate inside the phone's shadow band (lines 42-72 % down the page) and
    outside it."""
    gl, ol = gold.split("\n"), ocr.split("\n")
    top, bottom = int(len(gl) * 0.42), int(len(gl) * 0.72)
    inside = damage_rate("\n".join(gl[top:bottom]), "\n".join(ol[top:bottom]))
    outside = damage_rate("\n".join(gl[:top] + gl[bottom:]), "\n".join(ol[:top] + ol[bottom:]))
    return inside, outside


def streak_share(gold: str, ocr: str) -> float:
    """sala_tnau: share of all damaged word tokens that lie on badly hit lines (lines with at least
    two word tokens, half or more of them damaged): fax streaks cluster the damage by line."""
    heavy = everything = 0
    for gl, ol in zip(gold.split("\n"), ocr.split("\n")):
        words = [(g, o) for g, o in zip(gl.split(), ol.split()) if has_letter(g)]
        damaged = sum(g != o for g, o in words)
        everything += damaged
        if len(words) >= 2 and 2 * damaged >= len(words):
            heavy += damaged
    return heavy / everything if everything else 0.0


SPACING_ACCENT = {"\u0308": "\u00a8", "\u030a": "\u02da", "\u0301": "\u00b4"}
LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"))


def body_font_copy(token: str) -> str:
    """What a copy from the PDF's body font yields: a marked letter as base letter + spacing accent,
    fi fl ff ffi ffl as their ligature characters."""
    out = ""
    for ch in token:
        d = unicodedata.normalize("NFD", ch)
        out += d[0] + SPACING_ACCENT[d[1]] if len(d) == 2 and d[1] in SPACING_ACCENT else ch
    for seq, lig in LIGATURES:
        out = out.replace(seq, lig)
    return out


def in_heading_font(line: str, k: int) -> bool:
    """Title lines, numbered item headings and a bold line label (tokens up to a colon among the
    first two tokens) are set in the heading font, which copies correctly."""
    if re.match(r"^(\d+\. \S|Minnesanteckningar|Region )", line):
        return True
    labels = [i for i, tok in enumerate(line.split()[:2]) if tok.endswith(":")]
    return bool(labels) and k <= labels[0]


def pdf_copy_problems(gold: str, ocr: str) -> list[str]:
    """gotland_rdlg: the copy follows the font rule exactly, token by token, and nothing else."""
    problems = []
    for gl, ol in zip(gold.split("\n"), ocr.split("\n")):
        for k, (g, o) in enumerate(zip(gl.split(), ol.split())):
            want = g if in_heading_font(gl, k) or not has_letter(g) else body_font_copy(g)
            if o != want:
                problems.append(f"{g!r} -> {o!r} (expected {want!r})")
    return problems


# --- the set itself -------------------------------------------------------------------------


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS)


test_rates_differ_per_pair = rates_differ_test(HERE, PAIRS)


def test_mfp_pair_has_only_small_misreadings() -> None:
    gold, ocr = read("kalmar_kdg", "gold"), read("kalmar_kdg", "ocr")
    assert mfp_problems(gold, ocr) == []
    lost, total = marks_lost(gold, ocr)
    assert total >= 50 and lost <= 0.1 * total  # the Swedish model keeps å ä ö


def test_phone_pair_is_worse_in_the_shadow_band() -> None:
    inside, outside = shadow_band(read("lulea_csg", "gold"), read("lulea_csg", "ocr"))
    assert inside >= 2.0 * outside


def test_dot_matrix_pair_lost_most_marks() -> None:
    lost, total = marks_lost(read("eksjo_kfn", "gold"), read("eksjo_kfn", "ocr"))
    assert total >= 50 and lost >= 0.5 * total


def test_fax_pair_damage_clusters_on_streak_lines() -> None:
    assert streak_share(read("sala_tnau", "gold"), read("sala_tnau", "ocr")) >= 0.5


def test_pdf_copy_pair_follows_its_font_rule() -> None:
    assert pdf_copy_problems(read("gotland_rdlg", "gold"), read("gotland_rdlg", "ocr")) == []


def test_damage_script_reproduces_the_set() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("holdout20_make_damage", HERE / "make_damage.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    for name in PAIRS:
        assert module.make(name) == read(name, "ocr"), name


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= len(GOLD.split())


def test_mfp_check_can_fail() -> None:
    assert not mfp_problems("kommun beslut\n", "komrnun bcslut\n")
    assert mfp_problems("kommundirektör\n", "kornmundirektôr\n")  # three edits


def test_marks_lost_check_can_fail() -> None:
    assert marks_lost("Öst får två\n", "Ost far tva\n") == (3, 3)
    assert marks_lost("Öst får två\n", "Öst får tvä\n") == (0, 3)  # swapped marks are not lost


def test_shadow_band_check_can_fail() -> None:
    gold = "\n".join(f"ord{n} text" for n in range(10)) + "\n"
    ocr_top = "\n".join(f"ord{n} tcxt" if n < 3 else f"ord{n} text" for n in range(10)) + "\n"
    inside, outside = shadow_band(gold, ocr_top)
    assert not inside >= 2.0 * outside


def test_streak_check_can_fail() -> None:
    gold = "ett två tre\nfyra fem sex\nsju åtta nio\n"
    spread = "etl två tre\nfyra fcm sex\nsju åtta nlo\n"
    clustered = "etl tva tro\nfyra fem sex\nsju åtta nio\n"
    assert streak_share(gold, spread) < 0.5
    assert streak_share(gold, clustered) == 1.0


def test_pdf_copy_check_can_fail() -> None:
    gold = "Åtgärd: förslag\nfinns på\n"
    assert pdf_copy_problems(gold, "Åtgärd: fo\u00a8rslag\n\ufb01nns pa\u02da\n") == []
    assert pdf_copy_problems(gold, "Åtgärd: forslag\n\ufb01nns pa\u02da\n")  # mark dropped, not copied
    assert pdf_copy_problems(gold, "Åtgärd: fo\u00a8rslag\nfinns pa\u02da\n")  # ligature copied right
    assert pdf_copy_problems(gold, "A\u02datga\u00a8rd: fo\u00a8rslag\n\ufb01nns pa\u02da\n")  # label font
