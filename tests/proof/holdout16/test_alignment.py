"""Structural checks of the sealed holdout set 16 (writer O).

These tests check the DATA only (alignment, word counts, damage rates and the shape of each
pair's OCR process); they never run the engine. Each check is a function returning a list of
problems (or figures), and the *_can_fail tests feed it deliberately broken input so no check
is vacuous.
"""
from __future__ import annotations

import re
from pathlib import Path

from tests.proof.pair_checks import damage_rate, folder_tests, rates_differ_test, reader, token_pairs, word_count

HERE = Path(__file__).parent
read = reader(HERE)

# name -> (lowest, highest) damage rate in percent of word tokens (tokens with a letter).
PAIRS: dict[str, tuple[float, float]] = {
    "jamtland_kdg": (8.0, 11.5),
    "dalarna_fhb": (14.0, 19.0),
    "bohuslan_rtj": (13.0, 17.5),
    "vaxjo_mhn": (12.0, 17.0),
    "skelleftea_csg": (9.0, 13.5),
}
# gold words = tokens with at least one letter (the whole token count also stays within 420)
GOLD_WORDS = (330, 420)

# The README table: name -> (damaged, word tokens).
TABLE: dict[str, tuple[int, int]] = {
    "jamtland_kdg": (38, 391),
    "dalarna_fhb": (56, 344),
    "bohuslan_rtj": (52, 341),
    "vaxjo_mhn": (50, 347),
    "skelleftea_csg": (39, 344),
}

# --- the processes, as substitution tables (source -> possible readings) ----------------------

# A: flatbed scan, Tesseract with the Swedish model.
TESSERACT_SWE = {
    "ö": ["ó", "o", "6"], "ä": ["å", "a"], "å": ["ä", "a"], "Ö": ["Ó", "O"], "rn": ["m"],
    "m": ["rn"], "cl": ["d"], "li": ["h"], "l": ["I", "1", "|"], "i": ["l", "1", "í"],
    "e": ["c"], "c": ["e"], "n": ["ri"], "u": ["ii"],
}
SPECKS = ".,'`"

# B: English-only model: å/Å always lost; ä/ö/Ä/Ö either kept or lost.
ENGLISH_MODEL = {
    "å": {"a"}, "Å": {"A"}, "ä": {"ä", "a"}, "ö": {"ö", "o", "6"}, "Ä": {"Ä", "A"},
    "Ö": {"Ö", "O", "0"},
}

# C: multi-generation photocopy.
PHOTOCOPY = {
    "e": ["c", "o"], "a": ["o", "e"], "o": ["0"], "m": ["rn", "in"], "h": ["b"], "t": ["f", "l"],
    "S": ["5"], "B": ["8"], "g": ["q", "9"], "Z": ["2"],
}

# D: phone photo; glare band (1-based file lines) and the rest of the page.
GLARE_BAND = (29, 40)
GLARE = {
    "ä": ["a"], "ö": ["o"], "å": ["a"], "Ä": ["A"], "Ö": ["O"], "e": ["c"], "i": ["l"],
    "t": ["l"], "h": ["n"], "f": ["t"], "rn": ["m"],
}
BLUR = {
    "rn": ["m"], "m": ["rn"], "cl": ["d"], "li": ["h"], "ö": ["o"], "ä": ["a"], "e": ["o"],
    "n": ["ri"], "å": ["ä"],
}

# E: PDF line-end hyphens kept in the copied text.
HYPHENS = ("-", "\u00ad")


def readings(token: str, table: dict[str, list[str]]) -> set[str]:
    """Every token one substitution of ``table`` away from ``token``."""
    out = set()
    for src, reps in table.items():
        for m in re.finditer(re.escape(src), token):
            for r in reps:
                out.add(token[:m.start()] + r + token[m.end():])
    return out


def within(gold: str, ocr: str, table: dict[str, list[str]], steps: int) -> bool:
    frontier = {gold}
    for _ in range(steps):
        frontier |= {r for t in frontier for r in readings(t, table)}
    return ocr in frontier


def table_problems(gold: str, ocr: str, table: dict[str, list[str]], steps: int = 2,
                   specks: str = "") -> list[str]:
    """Every damaged token is at most ``steps`` substitutions of ``table`` away from its gold
    token, or (if ``specks``) the gold token with one speck mark put in."""
    problems = []
    for g, o in token_pairs(gold, ocr):
        if g == o or within(g, o, table, steps):
            continue
        if specks and len(o) == len(g) + 1 and any(
                o[:i] + o[i + 1:] == g and o[i] in specks for i in range(len(o))):
            continue
        problems.append(f"{g!r} -> {o!r}")
    return problems


def english_model_problems(gold: str, ocr: str) -> list[str]:
    """dalarna_fhb: only å/ä/ö/Å/Ä/Ö may change, into their readings; å/Å never survive."""
    problems = []
    for g, o in token_pairs(gold, ocr):
        if len(g) != len(o) or any(
                (gc in ENGLISH_MODEL and oc not in ENGLISH_MODEL[gc]) or (gc not in ENGLISH_MODEL and gc != oc)
                for gc, oc in zip(g, o)):
            problems.append(f"{g!r} -> {o!r}")
    return problems


def glare_split(gold: str, ocr: str) -> tuple[float, float]:
    """vaxjo_mhn: damage rate inside the glare band and on the rest of the page."""
    gl, ol = gold.split("\n"), ocr.split("\n")
    a, b = GLARE_BAND[0] - 1, GLARE_BAND[1]
    inside = damage_rate("\n".join(gl[a:b]), "\n".join(ol[a:b]))
    outside = damage_rate("\n".join(gl[:a] + gl[b:]), "\n".join(ol[:a] + ol[b:]))
    return inside, outside


def phone_problems(gold: str, ocr: str) -> list[str]:
    """vaxjo_mhn: in the band, up to two glare substitutions or a lost final . , :; elsewhere
    one blur substitution."""
    problems = []
    for n, (gl, ol) in enumerate(zip(gold.split("\n"), ocr.split("\n")), 1):
        in_band = GLARE_BAND[0] <= n <= GLARE_BAND[1]
        for g, o in zip(gl.split(), ol.split()):
            if g == o:
                continue
            if in_band and (within(g, o, GLARE, 2) or (g[-1] in ".,:" and o == g[:-1])):
                continue
            if not in_band and within(g, o, BLUR, 1):
                continue
            problems.append(f"line {n}: {g!r} -> {o!r}")
    return problems


def hyphen_problems(gold: str, ocr: str) -> list[str]:
    """skelleftea_csg: a damaged token is its gold token (8 letters or more) with one hyphen or
    soft hyphen put in between two letters, nothing else."""
    problems = []
    for g, o in token_pairs(gold, ocr):
        if g == o:
            continue
        ok = (len(o) == len(g) + 1 and sum(ch.isalpha() for ch in g) >= 8 and any(
            o[i] in HYPHENS and o[:i] + o[i + 1:] == g and o[i - 1].isalpha() and o[i + 1].isalpha()
            for i in range(1, len(o) - 1)))
        if not ok:
            problems.append(f"{g!r} -> {o!r}")
    return problems


# --- the set itself -------------------------------------------------------------------------


(test_every_pair_present_and_nothing_else, test_utf8_lf_final_newline, test_alignment, test_gold_word_count,
 test_damage_rate_in_band, test_tokens_without_letters_unchanged) = folder_tests(
    HERE, PAIRS, GOLD_WORDS, count_words=word_count)


def test_whole_token_count_within_band() -> None:
    for name in PAIRS:
        assert len(read(name, "gold").split()) <= GOLD_WORDS[1]


def test_readme_table_matches_the_data() -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for name, (damaged, words) in TABLE.items():
        gold, ocr = read(name, "gold"), read(name, "ocr")
        pairs = [(g, o) for g, o in token_pairs(gold, ocr) if any(ch.isalpha() for ch in g)]
        assert (sum(g != o for g, o in pairs), len(pairs)) == (damaged, words)
        assert word_count(gold) == words
        rate = f"{100.0 * damaged / words:.1f} %"
        row = next(line for line in readme.splitlines() if line.startswith(f"| `{name}`"))
        assert f"| {words} |" in row and f"| {damaged} / {words} |" in row and f"| {rate} |" in row


test_rates_differ_per_pair = rates_differ_test(HERE, PAIRS)


def test_every_pair_has_swedish_letters_in_gold() -> None:
    for name in PAIRS:
        words = read(name, "gold").split()
        for ch in "åäö":
            assert sum(ch in w for w in words) >= 5, (name, ch)


def test_tesseract_pair_follows_its_process() -> None:
    gold, ocr = read("jamtland_kdg", "gold"), read("jamtland_kdg", "ocr")
    assert table_problems(gold, ocr, TESSERACT_SWE, 2, SPECKS) == []


def test_english_model_pair_follows_its_rule() -> None:
    gold, ocr = read("dalarna_fhb", "gold"), read("dalarna_fhb", "ocr")
    assert english_model_problems(gold, ocr) == []
    assert "å" not in ocr and "Å" not in ocr


def test_photocopy_pair_follows_its_process() -> None:
    gold, ocr = read("bohuslan_rtj", "gold"), read("bohuslan_rtj", "ocr")
    assert table_problems(gold, ocr, PHOTOCOPY, 2) == []


def test_phone_pair_follows_its_process_and_glare_band() -> None:
    gold, ocr = read("vaxjo_mhn", "gold"), read("vaxjo_mhn", "ocr")
    assert phone_problems(gold, ocr) == []
    inside, outside = glare_split(gold, ocr)
    assert inside >= 2.5 * outside


def test_pdf_pair_has_only_hyphens_and_both_kinds() -> None:
    gold, ocr = read("skelleftea_csg", "gold"), read("skelleftea_csg", "ocr")
    assert hyphen_problems(gold, ocr) == []
    assert "\u00ad" in ocr and "\u00ad" not in gold


# --- each check can fail ----------------------------------------------------------------------

GOLD = "Nämnden beslutar\nkl. 10.00 § 5 bifall\n"


def test_word_count_check_can_fail() -> None:
    low, _ = GOLD_WORDS
    assert not low <= word_count(GOLD)


def test_table_check_can_fail() -> None:
    gold = "kommunen möte till\n"
    assert not table_problems(gold, "kornmunen rnóte ti1l\n", TESSERACT_SWE, 2, SPECKS)
    assert not table_problems(gold, "kommunen, möte t.ill\n", TESSERACT_SWE, 2, SPECKS)
    assert table_problems(gold, "kommunen möte tull\n", TESSERACT_SWE, 2, SPECKS)  # i -> u not in table
    assert table_problems(gold, "kommunen rnótc till\n", TESSERACT_SWE, 2, SPECKS)  # three steps
    assert table_problems(gold, "kommunen m.öte. till\n", TESSERACT_SWE, 2, SPECKS)  # two specks
    assert table_problems("Sara\n", "5ora\n", PHOTOCOPY, 1)  # one step allowed, two made


def test_english_model_rule_can_fail() -> None:
    gold = "Åsa får höra\n"
    assert not english_model_problems(gold, "Asa far h6ra\n")
    assert not english_model_problems(gold, "Asa far höra\n")
    assert english_model_problems(gold, "Åsa far höra\n")  # Å kept
    assert english_model_problems(gold, "Asa fär hora\n")  # å read as ä
    assert english_model_problems(gold, "Asa far hora.\n")  # other damage


def test_glare_checks_can_fail() -> None:
    gold = "\n".join(["ett två tre fyra"] * 45) + "\n"
    lines = gold.split("\n")
    lines[2] = "ctt tva tre fyra"  # heavy damage outside the band
    ocr = "\n".join(lines)
    inside, outside = glare_split(gold, ocr)
    assert not inside >= 2.5 * outside
    assert phone_problems(gold, ocr)  # glare readings outside the band
    lines[2] = "ett två tre fyra"
    lines[30] = "ett tva trc fyra"
    assert not phone_problems(gold, "\n".join(lines))
    lines[30] = "ett tvä tre fyra"  # å -> ä is a blur reading, not a glare one
    assert phone_problems(gold, "\n".join(lines))


def test_hyphen_check_can_fail() -> None:
    gold = "förvaltningen beslutar\n"
    assert not hyphen_problems(gold, "förvalt-ningen beslutar\n")
    assert not hyphen_problems(gold, "förvalt\u00adningen beslutar\n")
    assert hyphen_problems(gold, "förvalt-ningcn beslutar\n")  # another change
    assert hyphen_problems("ett beslut\n", "ett bes-lut\n")  # word shorter than 8 letters
    assert hyphen_problems(gold, "förvaltningen- beslutar\n")  # not between letters
    assert hyphen_problems(gold, "för-valt-ningen beslutar\n")  # two hyphens
