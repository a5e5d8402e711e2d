"""Deterministic damage for the sealed holdout set 17 (writer P).

Reads NAME.gold.txt and writes NAME.ocr.txt for the four pairs. Each pair has ONE OCR process
(A-D, described in README.md) with a fixed seed, so running this script again reproduces the
OCR files byte for byte (test_alignment.py checks that). Only tokens containing a letter are
touched; whitespace is never produced, so the pairs stay token-aligned.

    python tests/proof/holdout17/make_damage.py
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent

Edit = tuple[str, str, int]  # (read, misread, weight): substring replaced once, weighted choice


def has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


def pick(rng: random.Random, options: list[tuple[str, int]]) -> str:
    total = sum(w for _, w in options)
    x = rng.uniform(0, total)
    for value, w in options:
        x -= w
        if x <= 0:
            return value
    return options[-1][0]


def apply_one(rng: random.Random, token: str, edits: list[Edit]) -> str:
    """Apply one weighted edit from ``edits`` at a random place where it fits (else unchanged)."""
    usable = [(a, b, w) for a, b, w in edits if a in token]
    if not usable:
        return token
    total = sum(w for _, _, w in usable)
    x = rng.uniform(0, total)
    for a, b, w in usable:
        x -= w
        if x <= 0:
            break
    places = [m.start() for m in re.finditer(re.escape(a), token)]
    at = rng.choice(places)
    return token[:at] + b + token[at + len(a):]


Damager = Callable[[random.Random, str, int, int, list[str]], str]


def damage_text(gold: str, damage_token: Damager, seed: int) -> str:
    """Run ``damage_token(rng, token, line_no, token_no, line_tokens)`` on every word token; keep
    whitespace and every token without a letter."""
    rng = random.Random(seed)
    out_lines = []
    for n, line in enumerate(gold.split("\n")):
        parts = re.split(r"(\s+)", line)
        tokens = line.split()
        k = 0
        for i, part in enumerate(parts):
            if not part or part.isspace():
                continue
            if has_letter(part):
                new = damage_token(rng, part, n, k, tokens)
                assert new and not any(ch.isspace() for ch in new), (part, new)
                parts[i] = new
            k += 1
        out_lines.append("".join(parts))
    return "\n".join(out_lines)


# --- A: office scan, English language model (kalix_klg) -------------------------------------

A_DIACRITIC = {
    "å": [("a", 65), ("à", 18), ("á", 13), ("&", 4)],
    "ä": [("a", 64), ("à", 12), ("á", 9), ("â", 8), ("4", 3), ("é", 4)],
    "ö": [("o", 58), ("6", 12), ("0", 8), ("ô", 12), ("ó", 10)],
    "Å": [("A", 85), ("À", 15)],
    "Ä": [("A", 90), ("À", 10)],
    "Ö": [("O", 80), ("0", 20)],
}
A_SHAPES: list[Edit] = [
    ("rn", "m", 4), ("cl", "d", 2), ("li", "h", 3), ("l", "1", 3), ("l", "I", 3),
    ("i", "l", 2), ("i", "1", 1), ("e", "c", 3),
]
A_P_DIACRITIC_TOKEN = 0.55   # a token with å/ä/ö/Å/Ä/Ö is misread (else the model guessed it right)
A_P_EACH_DIACRITIC = 0.90    # within a misread token, each diacritic letter is misread
A_P_SHAPE = 0.035            # any word token: one ordinary shape error


def english_model(rng: random.Random, token: str, line: int, k: int, tokens: list[str]) -> str:
    new = token
    if any(ch in A_DIACRITIC for ch in token) and rng.random() < A_P_DIACRITIC_TOKEN:
        chars = list(token)
        spots = [i for i, ch in enumerate(chars) if ch in A_DIACRITIC]
        hit = [i for i in spots if rng.random() < A_P_EACH_DIACRITIC] or [rng.choice(spots)]
        for i in hit:
            chars[i] = pick(rng, A_DIACRITIC[chars[i]])
        new = "".join(chars)
    if rng.random() < A_P_SHAPE:
        new = apply_one(rng, new, A_SHAPES)
    return new


# --- B: older typewritten archive page, Swedish model (hudik_tn) -----------------------------

B_GLYPHS: list[Edit] = [
    ("ö", "o", 8), ("ö", "6", 4), ("ö", "ó", 3), ("ä", "a", 7), ("ä", "å", 4), ("å", "a", 6), ("å", "ä", 4),
    ("Ö", "O", 3), ("Ä", "A", 3), ("Å", "A", 3),
    ("rn", "m", 5), ("m", "rn", 4), ("m", "in", 3), ("h", "li", 3), ("h", "b", 3),
    ("n", "ri", 3), ("n", "u", 3), ("u", "ii", 2), ("u", "n", 3), ("t", "f", 3), ("t", "l", 3),
    ("e", "c", 5), ("e", "o", 3), ("a", "o", 3), ("a", "e", 2), ("s", "5", 2), ("s", "$", 1),
    ("S", "5", 2), ("B", "8", 3), ("g", "q", 3),
]
# Where the same glyph confusions happen to give another Swedish word (real-word errors).
B_REAL_WORDS = {
    "har": "bar", "hand": "band", "hus": "bus", "man": "men", "dag": "dog", "kan": "kon",
    "för": "for", "bör": "bor", "mål": "mal", "år": "ar", "får": "far", "gång": "gäng",
    "lån": "län", "så": "sa", "sätt": "satt", "väg": "vag", "att": "alt", "tre": "tro",
    "den": "don", "med": "mod", "hon": "bon", "tar": "far", "tas": "fas", "se": "so", "bra": "bro",
}
B_P_TOKEN = 0.26       # word token damaged
B_P_TWO = 0.25         # a damaged token gets a second glyph error
B_P_SPECK = 0.12       # a damaged token's error is a speck . , ' instead of a glyph error
B_P_REAL = 0.8         # a damaged token that can become another word does


def archive_typewriter(rng: random.Random, token: str, line: int, k: int, tokens: list[str]) -> str:
    if rng.random() >= B_P_TOKEN:
        return token
    core = token.strip(".,:;()")
    if core in B_REAL_WORDS and rng.random() < B_P_REAL:
        return token.replace(core, B_REAL_WORDS[core], 1)
    new = token
    for _ in range(20):
        if rng.random() < B_P_SPECK:
            at = rng.choice([i + 1 for i, ch in enumerate(new) if ch.isalpha()])
            new = new[:at] + pick(rng, [(".", 5), (",", 3), ("'", 2)]) + new[at:]
        else:
            new = apply_one(rng, new, B_GLYPHS)
        if rng.random() < B_P_TWO:
            new = apply_one(rng, new, B_GLYPHS)
        if new != token:
            return new
    return new


# --- C: second-generation copy, good Swedish engine (jkpg_rss) -------------------------------

C_NAME: list[Edit] = [
    ("é", "e", 6), ("é", "è", 2), ("ö", "o", 5), ("ö", "ó", 2), ("å", "a", 4), ("ä", "a", 4),
    ("Å", "A", 4), ("Ö", "O", 3), ("rn", "m", 4), ("li", "h", 2), ("h", "b", 2), ("l", "I", 3),
    ("ll", "Il", 2), ("st", "sl", 2), ("e", "c", 1), ("qv", "gv", 3), ("ki", "k", 1),
]
C_MIXED: list[Edit] = [
    ("1", "l", 5), ("1", "I", 3), ("0", "O", 4), ("5", "S", 3), ("8", "B", 4), ("3", "8", 2),
    ("Q", "O", 4), ("v.", "y.", 2), (":", ";", 3),
]
C_ABBREV: list[Edit] = [
    (".", ",", 5), ("m.", "m", 2), ("l.", "1.", 2), ("x", "k", 2), (".a", "a", 2),
    ("ex", "cx", 2), (":", ";", 4), ("l", "I", 2), ("r.", "r,", 2),
]
C_DIACRITIC: list[Edit] = [("ä", "a", 5), ("ö", "o", 5), ("å", "a", 4), ("å", "ä", 2), ("ä", "å", 1), ("Ö", "O", 2)]
C_OTHER: list[Edit] = [("rn", "m", 3), ("e", "c", 3), ("cl", "d", 2), ("i", "í", 1), (".", ",", 2), ("m", "rn", 2)]
C_P = {"mixed": 0.6, "abbrev": 0.45, "name": 0.3, "diacritic": 0.065, "other": 0.012}


def c_category(token: str, k: int, tokens: list[str]) -> str:
    """mixed (letters and digits), abbrev, name (a capitalised token next to another capitalised
    token, or inside a sentence), diacritic (other tokens with å ä ö é), other."""
    core = token.strip(",;()")
    if any(ch.isdigit() for ch in core):
        return "mixed"
    if re.search(r"[A-Za-zÅÄÖåäö][.:][A-Za-zåäö]", core) or core in {"kl.", "ca", "dvs.", "ev."}:
        return "abbrev"
    if core[:1].isupper():
        def capital(t: str) -> bool:
            return t.lstrip("(")[:1].isupper()
        after_capital = k > 0 and capital(tokens[k - 1]) and not tokens[k - 1].endswith((".", ":"))
        before_capital = k + 1 < len(tokens) and capital(tokens[k + 1]) and not token.endswith((".", ":"))
        inside_sentence = k > 0 and not tokens[k - 1].endswith((".", ":"))
        if after_capital or before_capital or inside_sentence:
            return "name"
    if any(ch in "åäöÅÄÖéü" for ch in core):
        return "diacritic"
    return "other"


C_EDITS = {"mixed": C_MIXED, "abbrev": C_ABBREV, "name": C_NAME, "diacritic": C_DIACRITIC, "other": C_OTHER}


def second_generation(rng: random.Random, token: str, line: int, k: int, tokens: list[str]) -> str:
    cat = c_category(token, k, tokens)
    if rng.random() >= C_P[cat]:
        return token
    for _ in range(20):
        new = apply_one(rng, token, C_EDITS[cat])
        if new != token:
            return new
    return token


# --- D: received fax, Swedish model without lexicon (ovik_csg) -------------------------------

D_GLYPHS: list[Edit] = [
    ("ä", "a", 20), ("ö", "o", 20), ("å", "a", 12), ("å", "ä", 4), ("Ö", "O", 6), ("Å", "A", 6), ("Ä", "A", 4),
    ("i", "l", 4), ("i", "1", 2), ("j", "J", 1), ("e", "c", 5), ("c", "e", 2), ("t", "l", 3),
    ("f", "l", 2), ("rn", "m", 3), ("m", "rn", 2), ("h", "b", 2), ("o", "0", 1), ("a", "e", 1),
]
D_STREAK: list[Edit] = D_GLYPHS + [
    ("o", "e", 3), ("n", "m", 3), ("c", "o", 2), ("l", "I", 3), ("r", "t", 2), ("a", "s", 2),
    ("s", "a", 2), ("u", "v", 2), ("v", "y", 1), ("d", "á", 1),
]
D_P_TOKEN = 0.095       # word token outside a streak line damaged
D_P_STREAK = 0.70       # word token on a transmission-error (streak) line damaged
D_P_TWO_STREAK = 0.45   # second error in a damaged streak-line token
D_STREAK_LINES = (36, 55)  # 0-based line numbers hit by the two transmission errors


def fax(rng: random.Random, token: str, line: int, k: int, tokens: list[str]) -> str:
    streak = line in D_STREAK_LINES
    if rng.random() >= (D_P_STREAK if streak else D_P_TOKEN):
        return token
    edits = D_STREAK if streak else D_GLYPHS
    for _ in range(20):
        new = apply_one(rng, token, edits)
        if streak and rng.random() < D_P_TWO_STREAK:
            new = apply_one(rng, new, edits)
        if new != token:
            return new
    return token


PROCESSES: dict[str, tuple[Damager, int]] = {
    "kalix_klg": (english_model, 1701),
    "hudik_tn": (archive_typewriter, 1702),
    "jkpg_rss": (second_generation, 1703),
    "ovik_csg": (fax, 1704),
}


def make(name: str) -> str:
    func, seed = PROCESSES[name]
    return damage_text((HERE / f"{name}.gold.txt").read_text(encoding="utf-8"), func, seed)


if __name__ == "__main__":
    for pair in PROCESSES:
        (HERE / f"{pair}.ocr.txt").write_text(make(pair), encoding="utf-8")
