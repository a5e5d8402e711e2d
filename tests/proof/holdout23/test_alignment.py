"""Structural checks of the sealed holdout set 23 (writer V).

These tests check the DATA only (alignment, word counts, damage rates, the shapes of the five OCR
processes); they never run the engine. Each check is a function returning a list of problems or a
figure, and the *_can_fail tests feed it deliberately broken input so no check is vacuous.
"""
from __future__ import annotations

import re
from pathlib import Path

from tests.proof.pair_checks import damage_rate, folder_tests, has_letter, rates_differ_test, reader, token_pairs

HERE = Path(__file__).parent
read = reader(HERE)

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "gotland_rsfled": (21.0, 29.0),
    "vaxjo_csg": (7.0, 12.0),
    "dalarna_kdg": (12.0, 18.0),
    "eslov_bn": (20.0, 28.0),
    "tranas_ksau": (14.0, 20.0),
}
GOLD_WORDS = (330, 420)
STREAK_COL = 44  # vaxjo_csg: column of the dust streak on the feeder glass
PAGE_WIDTH = 90  # eslov_bn: characters across the filmed page


def aligned_positions(gold: str, ocr: str) -> list[tuple[int, int, int, str, str]]:
    """(line number, token index on its line, start column, gold token, OCR token) for every token."""
    rows = []
    for n, (gl, ol) in enumerate(zip(gold.split("\n"), ocr.split("\n"))):
        for k, (m, o) in enumerate(zip(re.finditer(r"\S+", gl), ol.split())):
            rows.append((n, k, m.start(), m.group(), o))
    return rows


def rate(rows: list[tuple[str, str]]) -> float:
    words = [(g, o) for g, o in rows if has_letter(g)]
    return 100.0 * sum(g != o for g, o in words) / max(1, len(words))


def fatigue_gradient(gold: str, ocr: str) -> tuple[float, float]:
    """gotland_rsfled: damage rate of the upper and the lower half of the notes (by line)."""
    gl, ol = gold.split("\n"), ocr.split("\n")
    half = len(gl) // 2
    return (damage_rate("\n".join(gl[:half]), "\n".join(ol[:half])),
            damage_rate("\n".join(gl[half:]), "\n".join(ol[half:])))


def streak_share(gold: str, ocr: str, col: int = STREAK_COL, reach: int = 4) -> float:
    """vaxjo_csg: share of damaged word tokens that lie on (or touch) the streak's column band."""
    damaged = [(s, g) for _, _, s, g, o in aligned_positions(gold, ocr) if has_letter(g) and g != o]
    near = [1 for s, g in damaged if s - 1 <= col + reach and s + len(g) >= col - reach]
    return len(near) / max(1, len(damaged))


def mark_confusions(gold: str, ocr: str) -> tuple[int, int]:
    """dalarna_kdg: (ring/dot swaps å<->ä, ring/dot losses to a plain a or o) over aligned letters
    of damaged tokens of equal length."""
    swaps = losses = 0
    for g, o in token_pairs(gold, ocr):
        if g == o or len(g) != len(o):
            continue
        for a, b in zip(g, o):
            if (a, b) in {("å", "ä"), ("ä", "å"), ("Å", "Ä"), ("Ä", "Å")}:
                swaps += 1
            elif (a, b) in {("å", "a"), ("ä", "a"), ("ö", "o"), ("Å", "A"), ("Ä", "A"), ("Ö", "O")}:
                losses += 1
    return swaps, losses


def vignette_rates(gold: str, ocr: str, width: int = PAGE_WIDTH) -> tuple[float, float]:
    """eslov_bn: damage rate of the tokens nearer the frame centre and of those nearer its corners
    (split at the median distance)."""
    rows = aligned_positions(gold, ocr)
    n_lines = len(gold.split("\n"))
    scored = []
    for n, _, s, g, o in rows:
        if not has_letter(g):
            continue
        dx = (s + len(g) / 2 - width / 2) / (width / 2)
        dy = (n - n_lines / 2) / (n_lines / 2)
        scored.append((dx * dx + dy * dy, g, o))
    scored.sort(key=lambda r: r[0])
    half = len(scored) // 2
    return rate([(g, o) for _, g, o in scored[:half]]), rate([(g, o) for _, g, o in scored[half:]])


def swipe_edge_rates(gold: str, ocr: str) -> tuple[float, float]:
    """tranas_ksau: damage rate of the first and last token of each line (the ends of a swipe) and
    of the tokens between them."""
    edge, inner = [], []
    for gl, ol in zip(gold.split("\n"), ocr.split("\n")):
        pairs = list(zip(gl.split(), ol.split()))
        for k, pair in enumerate(pairs):
            (edge if k in (0, len(pairs) - 1) else inner).append(pair)
    return rate(edge), rate(inner)


# --- the set itself -------------------------------------------------------------------------


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(HERE, PAIRS, GOLD_WORDS)


test_rates_differ_per_pair = rates_differ_test(HERE, PAIRS)


def test_handwriting_pair_worsens_through_the_meeting() -> None:
    upper, lower = fatigue_gradient(read("gotland_rsfled", "gold"), read("gotland_rsfled", "ocr"))
    assert lower >= 1.2 * upper


def test_streak_pair_damage_lies_on_the_streak() -> None:
    assert streak_share(read("vaxjo_csg", "gold"), read("vaxjo_csg", "ocr")) >= 0.6


def test_jpeg_pair_swaps_rings_and_dots_more_than_it_loses_them() -> None:
    swaps, losses = mark_confusions(read("dalarna_kdg", "gold"), read("dalarna_kdg", "ocr"))
    assert swaps >= 5 and swaps > losses


def test_microfilm_pair_worsens_toward_the_corners() -> None:
    inner, outer = vignette_rates(read("eslov_bn", "gold"), read("eslov_bn", "ocr"))
    assert outer >= 1.3 * inner


def test_pen_pair_damages_the_ends_of_each_swipe() -> None:
    edge, inner = swipe_edge_rates(read("tranas_ksau", "gold"), read("tranas_ksau", "ocr"))
    assert edge >= 2.0 * inner


def test_damage_script_is_reproducible(tmp_path: Path) -> None:
    """make_damage.py, run on copies of the gold files, writes exactly the OCR files of the set."""
    import importlib.util
    import shutil

    for name in PAIRS:
        shutil.copy(HERE / f"{name}.gold.txt", tmp_path / f"{name}.gold.txt")
    spec = importlib.util.spec_from_file_location("holdout23_make_damage", HERE / "make_damage.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    module.HERE = tmp_path
    module.main()
    for name in PAIRS:
        assert (tmp_path / f"{name}.ocr.txt").read_text(encoding="utf-8") == read(name, "ocr")


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= len(GOLD.split())


def test_fatigue_gradient_can_fail() -> None:
    upper, lower = fatigue_gradient("ett två\ntre fyra\n", "etl tva\ntre fyra\n")
    assert not lower >= 1.2 * upper


def test_streak_share_can_fail() -> None:
    gold = "Ordet " + "x" * 60 + " ordet\n"
    assert streak_share(gold, gold.replace("Ordet", "0rdet")) == 0.0
    assert streak_share(gold, gold.replace("x" * 60, "x" * 30 + "|" + "x" * 30)) == 1.0


def test_mark_confusions_can_fail() -> None:
    assert mark_confusions("väg får\n", "vag far\n") == (0, 2)
    assert mark_confusions("väg får\n", "våg fär\n") == (2, 0)


def test_vignette_rates_can_fail() -> None:
    gold = "\n".join(["ord " * 20] * 9) + "\n"
    lines = gold.split("\n")
    lines[4] = lines[4].replace("ord ord ord ord", "ord ord 0rd 0rd", 1).replace(" ord ord ord ord ", " 0rd 0rd 0rd 0rd ")
    inner, outer = vignette_rates(gold, "\n".join(lines), width=80)
    assert not outer >= 1.3 * inner


def test_swipe_edge_rates_can_fail() -> None:
    edge, inner = swipe_edge_rates("ett två tre\n", "ett tva tre\n")
    assert (edge, inner) == (0.0, 100.0)
