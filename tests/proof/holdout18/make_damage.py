"""Produce every NAME.ocr.txt of holdout18 from its NAME.gold.txt (writer Q).

Run from anywhere:  python tests/proof/holdout18/make_damage.py

Each pair has its own OCR process and its own fixed seed (one random.Random per pair), so the
output is reproducible. Only tokens containing a letter are touched; whitespace is copied from
the gold line unchanged (the line is split with re.split(r"(\\s+)") and only the non-space parts
are rewritten), so the pair stays token-aligned. No replacement string contains whitespace.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).parent

Op = tuple[str, str, float]  # (regex matched inside the token, replacement, weight)

LOWER = "a-zåäöé"

# --- process A: 1980s 9-pin dot-matrix printout, modern engine with Swedish model -----------
# Broken pin columns and a worn ribbon: the two dots of ä/ö and the ring of å are single pins
# and drop out (or run together into a ring-like blob), the i-dot is lost, open and closed
# counters are confused (e/c/o), touching glyphs split or merge (m/rn), ascender stubs break
# (h/b), a column of pins can wipe out a letter.
DOT_MATRIX: list[Op] = [
    ("ä", "a", 6), ("ö", "o", 6), ("å", "a", 3), ("Ä", "A", 2), ("Ö", "O", 2), ("Å", "A", 2),
    ("ä", "å", 1.5),
    ("i", "l", 3), ("i", "1", 0.7),
    ("e", "c", 4), ("c", "e", 1.5), ("o", "c", 1.5), ("e", "o", 2), ("a", "o", 1.5),
    ("m", "rn", 3), ("rn", "m", 2), ("h", "b", 2.5), ("b", "h", 1), ("n", "u", 1.5), ("u", "n", 1.5),
    ("g", "q", 1), ("y", "v", 1.5), ("j", "i", 0.7),
    ("E", "F", 0.8), ("B", "8", 0.6), ("D", "O", 0.6), ("S", "5", 0.6), ("l", "1", 0.8), ("t", "f", 1),
    (f"(?<=[{LOWER}])[{LOWER}](?=[{LOWER}])", "", 1.2),  # a pin column missing: letter gone
]

# --- process B: microfilm reader-printer copy ---------------------------------------------
# Low contrast: hairlines and small marks vanish (dots, rings, the bar of e, the tail of a
# comma, hyphens), while the heavy strokes fill in and run together (rn->m, ri->n, cl->d,
# li->h, bowls of e/a filled). Nothing is ever added: a damaged token is never longer.
MICROFILM: list[Op] = [
    ("ä", "a", 4), ("ö", "o", 4), ("å", "a", 3), ("Å", "A", 1), ("Ä", "A", 1), ("Ö", "O", 1.5),
    ("e", "c", 4), ("i", "l", 2), ("f", "l", 0.8), (",$", ".", 2), ("(?<=[a-zåäö])-", "", 0.8),
    ("e", "o", 2.5), ("a", "o", 1.5), ("a", "e", 1), ("rn", "m", 3), ("ri", "n", 2), ("cl", "d", 1.2),
    ("li", "h", 1.5), ("O", "0", 0.5), ("B", "8", 0.5), ("(?<=[a-zåäö])i(?=[a-zåäö])", "", 0.8),
]

# --- process C: engine that confuses the ring and the dots ---------------------------------
# The classifier sees "a vowel with something on top" correctly but picks the wrong mark:
# å<->ä, Å<->Ä, and ö read with the Hungarian double acute or a tilde. It never drops or adds
# a mark. Besides, ordinary shape errors that never touch a marked vowel.
RING_DOTS: list[Op] = [
    ("å", "ä", 5), ("ä", "å", 5), ("Å", "Ä", 2), ("Ä", "Å", 2), ("ö", "ő", 3), ("ö", "õ", 1.5),
    ("Ö", "Ő", 0.8),
]
RING_SHAPE: list[Op] = [
    ("rn", "m", 2), ("m", "rn", 2), ("l", "I", 2), ("I", "l", 1), ("e", "c", 2), ("c", "e", 1),
    ("h", "b", 1), ("cl", "d", 1), ("o", "0", 0.6), ("t", "l", 1), ("n", "h", 0.8), ("g", "q", 0.5),
]
RING_MARKED = "åäöÅÄÖ"

# --- process D: PDF text layer, font without ToUnicode for three glyphs ----------------------
# The subset font embedded by the minutes system has no ToUnicode entries for the glyphs of ä,
# Ä and Å; the extractor falls back to the symbol-font code range U+F000 + code, so every such
# letter becomes a private-use character. Fully systematic, nothing else changes.
TOUNICODE = str.maketrans({"ä": "\uf0e4", "Ä": "\uf0c4", "Å": "\uf0c5"})

# --- process E: 8-pt print, engine at its resolution limit ----------------------------------
# Lower-case letters at 8 pt run together (rn/m, cl/d, li/h, ri/n, ti/d), the i-dot and the
# small diacritic dots merge into the stem, comma and full stop are confused. Capitals (and
# digits) are tall enough to be read right: the upper-case letters are always kept.
SMALL_PRINT: list[Op] = [
    ("rn", "m", 4), ("m", "rn", 3), ("cl", "d", 2), ("d", "cl", 1), ("li", "h", 2.5), ("ri", "n", 2.5),
    ("n", "ri", 0.8), ("ti", "d", 1), ("i", "l", 3), ("i", "í", 0.8), (",$", ".", 2), (r"\.$", ",", 1.5),
    ("ä", "a", 2), ("ö", "o", 2), ("e", "c", 1.5),
]


def has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


def apply_one(rng: random.Random, token: str, ops: list[Op]) -> str:
    """One error from ``ops`` at a random place where it applies (token unchanged if none does)."""
    choices = [(pat, rep, w, list(re.finditer(pat, token))) for pat, rep, w in ops if w > 0]
    choices = [c for c in choices if c[3]]
    if not choices:
        return token
    pat, rep, _, matches = rng.choices(choices, weights=[c[2] for c in choices])[0]
    m = rng.choice(matches)
    return token[: m.start()] + rep + token[m.end():]


def random_damage(rng: random.Random, token: str, ops: list[Op], per_letter: float, two: float) -> str:
    letters = sum(ch.isalpha() for ch in token)
    if rng.random() >= 1 - (1 - per_letter) ** letters:
        return token
    out = token
    for _ in range(4):  # a few tries for an error that changes something
        out = apply_one(rng, token, ops)
        if out != token:
            break
    if out != token and rng.random() < two:
        second = apply_one(rng, out, ops)
        if second and has_letter(second):
            out = second
    return out if out and has_letter(out) else token


def dot_matrix(rng: random.Random, token: str) -> str:
    return random_damage(rng, token, DOT_MATRIX, 0.032, 0.22)


def microfilm(rng: random.Random, token: str) -> str:
    return random_damage(rng, token, MICROFILM, 0.021, 0.15)


def ring_dots(rng: random.Random, token: str) -> str:
    out = token
    if any(ch in RING_MARKED for ch in token) and rng.random() < 0.40:
        out = apply_one(rng, out, RING_DOTS)
    if rng.random() < 0.05:
        # shape errors only on the unmarked parts; the ops never create or remove a mark
        out = apply_one(rng, out, RING_SHAPE)
    return out


def tounicode(rng: random.Random, token: str) -> str:
    return token.translate(TOUNICODE)


def small_print(rng: random.Random, token: str) -> str:
    return random_damage(rng, token, SMALL_PRINT, 0.016, 0.12)


# name -> (seed, process)
PAIRS = {
    "jamtland_kcg": (1988_0317, dot_matrix),
    "skelleftea_flg": (1996_1008, microfilm),
    "norrtalje_fsg": (2011_1124, ring_dots),
    "ljusdal_klg": (2018_0718, tounicode),
    "vetlanda_mbn": (2023_0914, small_print),
}


def damage_text(name: str, gold: str) -> str:
    seed, process = PAIRS[name]
    rng = random.Random(seed)
    lines = []
    for line in gold.split("\n"):
        parts = re.split(r"(\s+)", line)
        out = []
        for part in parts:
            if part and not part.isspace() and has_letter(part):
                new = process(rng, part)
                assert new and not any(ch.isspace() for ch in new), (part, new)
                out.append(new)
            else:
                out.append(part)
        lines.append("".join(out))
    return "\n".join(lines)


def main() -> None:
    for name in PAIRS:
        gold = (HERE / f"{name}.gold.txt").read_text(encoding="utf-8")
        ocr = damage_text(name, gold)
        (HERE / f"{name}.ocr.txt").write_text(ocr, encoding="utf-8", newline="\n")
        words = [(g, o) for g, o in zip(gold.split(), ocr.split()) if has_letter(g)]
        bad = sum(g != o for g, o in words)
        print(f"{name}: {bad} / {len(words)} = {100 * bad / len(words):.1f} %")


if __name__ == "__main__":
    main()
