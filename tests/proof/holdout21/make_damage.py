"""Writes the OCR side of every pair in this folder from its gold side (writer T, holdout21).

Each pair is read by ONE OCR process, modelled here as a process: per-character confusions
by glyph shape, diacritics lost, swapped or added, strokes merged or broken, case and
punctuation noise, with rates that vary over the page as the process makes them vary. No
word is ever listed by hand. Stdlib only; seeded, so the output is reproducible:

    python3 tests/proof/holdout21/make_damage.py

Tokens are never split or joined and tokens without a letter are left as they are.
"""
from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent

Damage = Callable[[str, int, int, int, random.Random], str]  # token, line no, lines, column, rng


def has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


def substitute(token: str, rules: list[tuple[str, list[str], float]], rng: random.Random,
               scale: float = 1.0) -> str:
    """Walk the token; where a rule's source glyph(s) start, replace them with probability p*scale."""
    out, i = [], 0
    while i < len(token):
        for src, dsts, p in rules:
            if token.startswith(src, i) and rng.random() < p * scale:
                out.append(rng.choice(dsts))
                i += len(src)
                break
        else:
            out.append(token[i])
            i += 1
    return "".join(out)


# --- A: screen text extraction with an English-only recogniser (jamtland_kdg) --------------------

ENGLISH_FOLD = {"å": "a", "Å": "A"}  # no ring class at all in the Latin-1 charset of the English model
ENGLISH_DOUBTFUL = {"ä": "a", "ö": "o", "Ä": "A", "Ö": "O"}  # known glyphs, but the English prior dislikes them
SCREEN_RULES = [
    ("rn", ["m"], 0.30),   # 1 px gap between r and n closes at screen resolution
    ("m", ["rn"], 0.03),
    ("I", ["l"], 0.35),    # sans-serif capital I and small l are the same column of pixels
    ("l", ["I"], 0.025),
    ("cl", ["d"], 0.20),
    ("ff", ["ft"], 0.2),
    (".", [",", ""], 0.04),  # a 1-2 px full stop is anti-aliased away or read as a comma
    (",", ["."], 0.06),
]


def screen_english(token: str, line: int, lines: int, col: int, rng: random.Random) -> str:
    # No class for å at all: always its base letter. ä and ö exist in the model's charset (German
    # names, loanwords), but its English word prior drops the dots in about half the cases.
    token = "".join(ENGLISH_FOLD.get(ch, ch) if ch not in ENGLISH_DOUBTFUL or rng.random() >= 0.45
                    else ENGLISH_DOUBTFUL[ch] for ch in token)
    # Teams shares the screen downscaled; the right half of the shared window is slightly smaller.
    scale = 1.0 if col < 45 else 1.6
    return substitute(token, SCREEN_RULES, rng, scale)


# --- B: third-generation photocopy, MFP scan (gallivare_ksau) ---------------------------------

STREAK_COLUMN = 44
PHOTOCOPY_RULES = [
    ("a", ["ä"], 0.030),   # toner speckle sits above a bowl: a dot pair appears
    ("o", ["ö"], 0.030),
    ("A", ["Ä"], 0.05),
    ("O", ["Ö"], 0.05),
    ("ä", ["a"], 0.10),    # grey background removal wipes faint original dots
    ("ö", ["o"], 0.10),
    ("å", ["a"], 0.10),
    ("rn", ["m"], 0.30),   # thickened strokes merge
    ("cl", ["d"], 0.30),
    ("ri", ["n"], 0.15),
    ("e", ["c", "o"], 0.025),  # eye of e fills or its bar vanishes
    ("h", ["b"], 0.02),
    ("i", ["l"], 0.015),
]


def photocopy(token: str, line: int, lines: int, col: int, rng: random.Random) -> str:
    # Each generation darkens the copy unevenly: a dark band across the middle of the page.
    darkness = 0.8 + 1.0 * math.exp(-((line / lines - 0.55) ** 2) / 0.03)
    k = STREAK_COLUMN - col
    if 0 <= k < len(token) and token[k].isalpha() and token[k] not in "lI" and rng.random() < 0.85:
        # scratch on the copier drum: a thin vertical black line through one character column
        token = token[:k] + rng.choice("lI|") + token[k + 1:]
    token = substitute(token, PHOTOCOPY_RULES, rng, darkness)
    r = rng.random()
    if r < 0.015 * darkness:
        token += rng.choice(".,'")    # speckle after the word read as punctuation
    elif r < 0.025 * darkness:
        token = "'" + token
    return token


# --- C: cloud-drive OCR (Google Drive, open as Google Docs) (kungsbacka_flg) -------------------

CLOUD_SWAPS = {"å": "ä", "ä": "å", "ö": "o", "l": "I", "I": "l", "t": "f", "h": "b", "c": "e",
               "e": "c", "n": "h", ".": ",", ",": ".", "Å": "Ä", "i": "í"}

SAME_SHAPE_CASE = "cosvwxzkpCOSVWXZKP"


def cloud_drive(token: str, line: int, lines: int, col: int, rng: random.Random) -> str:
    # The second scanned page came through the feeder slightly skewed: more errors there.
    p = 0.085 if line < lines * 0.5 else 0.145
    if rng.random() >= p:
        return token
    choices = [i for i, ch in enumerate(token) if ch in CLOUD_SWAPS or ch.isalpha()]
    if not choices:
        return token
    i = rng.choice(choices)
    ch = token[i]
    if ch in CLOUD_SWAPS and rng.random() < 0.8:
        new = CLOUD_SWAPS[ch]
    elif ch.isalpha() and (i == 0 or ch in SAME_SHAPE_CASE):
        # a case error: at a word start (the model's casing prior) or on a letter whose capital
        # has the same shape as its small form, where only the height tells them apart
        new = ch.swapcase()
    else:
        return token
    return token[:i] + new + token[i + 1:]


# --- D: MFP OCR set to Norwegian (stromstad_csg) -----------------------------------------------

NORWEGIAN_RULES = [
    ("rn", ["m"], 0.15),
    ("l", ["1", "I"], 0.015),
    ("e", ["c"], 0.012),
    ("i", ["l"], 0.012),
    ("t", ["f"], 0.01),
    (",", ["."], 0.04),
]


def norwegian(token: str, line: int, lines: int, col: int, rng: random.Random) -> str:
    out = []
    for ch in token:
        if ch in "öÖ":
            out.append("ø" if ch == "ö" else "Ø")   # nearest class in a Norwegian charset, always
        elif ch in "äÄ":
            # æ where the two dots read as one blob, a where they drop out
            out.append(("æ" if ch == "ä" else "Æ") if rng.random() < 0.85 else ("a" if ch == "ä" else "A"))
        else:
            out.append(ch)
    token = "".join(out)
    # ordinary 300 dpi misreads, never touching å (known to the engine) or the swapped letters
    pieces = re.split(r"([åÅæÆøØ])", token)
    return "".join(p if re.fullmatch(r"[åÅæÆøØ]", p) else substitute(p, NORWEGIAN_RULES, rng) for p in pieces)


# --- E: 1978 spirit-duplicator copy, archive scan (askersund_sn) -----------------------------------

SPIRIT_RULES = [
    ("ä", ["a"], 0.45),   # faint violet dots vanish first
    ("ö", ["o"], 0.45),
    ("å", ["a"], 0.40),
    ("Ä", ["A"], 0.4),
    ("Ö", ["O"], 0.4),
    ("Å", ["A"], 0.4),
    ("m", ["rn"], 0.10),  # broken strokes: a glyph falls apart into two
    ("n", ["ri"], 0.05),
    ("h", ["li"], 0.07),
    ("d", ["cl"], 0.07),
    ("e", ["c"], 0.06),
    ("o", ["c"], 0.03),
    ("a", ["e", "o"], 0.025),
    ("t", ["l"], 0.03),
    ("u", ["ii"], 0.03),
    ("r", ["i"], 0.02),
    ("s", [""], 0.02),    # a whole faint letter drops out
    ("g", ["q"], 0.03),
    ("l", ["1"], 0.02),
]


def spirit_duplicator(token: str, line: int, lines: int, col: int, rng: random.Random) -> str:
    # The master runs out of dye toward its end: the lower lines are fainter; the right
    # margin, where the paper lay less firmly on the drum, is fainter too.
    fade = 0.15 + 1.6 * (line / lines) ** 1.3 + (0.3 if col > 50 else 0.0)
    new = substitute(token, SPIRIT_RULES, rng, fade)
    return new if has_letter(new) or not has_letter(token) else token


PROCESSES: dict[str, tuple[Damage, int]] = {
    "jamtland_kdg": (screen_english, 2101),
    "gallivare_ksau": (photocopy, 2102),
    "kungsbacka_flg": (cloud_drive, 2103),
    "stromstad_csg": (norwegian, 2104),
    "askersund_sn": (spirit_duplicator, 2105),
}


def damage_text(gold: str, damage: Damage, seed: int) -> str:
    rng = random.Random(seed)
    lines = gold.split("\n")
    out = []
    for n, line in enumerate(lines):
        parts = re.split(r"(\S+)", line)
        col = 0
        for j, part in enumerate(parts):
            if j % 2 == 1 and has_letter(part):
                new = damage(part, n, len(lines), col, rng)
                parts[j] = new if new and not any(c.isspace() for c in new) else part
            col += len(part)
        out.append("".join(parts))
    return "\n".join(out)


def main() -> None:
    for name, (damage, seed) in PROCESSES.items():
        gold = (HERE / f"{name}.gold.txt").read_text(encoding="utf-8")
        (HERE / f"{name}.ocr.txt").write_text(damage_text(gold, damage, seed), encoding="utf-8")


if __name__ == "__main__":
    main()
