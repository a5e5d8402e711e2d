"""Writer O's damage script for holdout16: reads NAME.gold.txt, writes NAME.ocr.txt.

Deterministic (one fixed seed per pair). Each pair gets exactly one OCR process (see README.md).
Only tokens with a letter are ever touched; whitespace is never touched, so the pairs stay
token-aligned. OVERRIDES holds a few hand-chosen readings per pair, keyed by (gold token,
occurrence number), that replace what the random draw gave for that token: real-word errors
where the process makes them, one characteristic glyph error the draw missed (bohuslan_rtj), and (skelleftea_csg) the break point a real Swedish hyphenator
would choose where the simple one below picks a wrong one.

Run:  python3 tests/proof/holdout16/make_damage.py
"""
from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).parent

VOWELS = set("aeiouyåäöéAEIOUYÅÄÖÉ")


def has_letter(tok: str) -> bool:
    return any(ch.isalpha() for ch in tok)


def sub_options(tok: str, table: list[tuple[str, list[str]]]) -> list[tuple[int, str, str]]:
    """Every (position, source, replacement) where a source string of the table occurs."""
    out = []
    for src, reps in table:
        for m in re.finditer(re.escape(src), tok):
            for r in reps:
                out.append((m.start(), src, r))
    return out


def apply_one(tok: str, rng: random.Random, table, weights=None) -> str:
    opts = sub_options(tok, table)
    if not opts:
        return tok
    if weights:
        w = [weights.get(src, 1.0) for _, src, _ in opts]
        pos, src, rep = rng.choices(opts, weights=w, k=1)[0]
    else:
        pos, src, rep = rng.choice(opts)
    return tok[:pos] + rep + tok[pos + len(src):]


# --- A: flatbed scan, Tesseract with the Swedish model, light noise ------------------------------

TESS_SWE = [
    ("ö", ["ó", "o", "6"]), ("ä", ["å", "a"]), ("å", ["ä", "a"]), ("Ö", ["Ó", "O"]),
    ("rn", ["m"]), ("m", ["rn"]), ("cl", ["d"]), ("li", ["h"]), ("l", ["I", "1", "|"]),
    ("i", ["l", "1", "í"]), ("e", ["c"]), ("c", ["e"]), ("n", ["ri"]), ("u", ["ii"]),
]
TESS_WEIGHTS = {"ö": 3, "ä": 3, "å": 3, "Ö": 2, "rn": 4, "m": 1.2, "cl": 4, "li": 3}
SPECKS = [".", ",", "'", "`"]


def tesseract_swe(tok: str, rng: random.Random) -> str:
    if rng.random() < 0.14:  # a speck of dust read as a punctuation mark
        sp = rng.choice(SPECKS)
        where = rng.random()
        letters = [i for i, ch in enumerate(tok) if ch.isalpha()]
        if where < 0.4:
            return sp + tok
        if where < 0.7 or len(letters) < 3:
            return tok + sp
        i = rng.choice(letters[1:-1])
        return tok[:i] + sp + tok[i:]
    out = apply_one(tok, rng, TESS_SWE, TESS_WEIGHTS)
    if out != tok and rng.random() < 0.12:
        out = apply_one(out, rng, TESS_SWE, TESS_WEIGHTS)
    return out


# --- B: English-only model --------------------------------------------------------------------

def english_model(tok: str, rng: random.Random, p_lost: float = 0.42) -> str:
    out = []
    for ch in tok:
        if ch == "å":
            out.append("a")
        elif ch == "Å":
            out.append("A")
        elif ch == "ä" and rng.random() < p_lost:
            out.append("a")
        elif ch == "ö" and rng.random() < p_lost:
            out.append(rng.choices(["o", "6"], weights=[4, 1])[0])
        elif ch == "Ä" and rng.random() < p_lost:
            out.append("A")
        elif ch == "Ö" and rng.random() < p_lost:
            out.append(rng.choice(["O", "0"]))
        else:
            out.append(ch)
    return "".join(out)


# --- C: multi-generation photocopy ------------------------------------------------------------

COPY = [
    ("e", ["c", "o"]), ("a", ["o", "e"]), ("o", ["0"]), ("m", ["rn", "in"]), ("h", ["b"]),
    ("t", ["f", "l"]), ("S", ["5"]), ("B", ["8"]), ("g", ["q", "9"]), ("Z", ["2"]),
]
COPY_WEIGHTS = {"S": 4, "B": 4, "Z": 6, "h": 2, "g": 2, "m": 1.5}


def photocopy(tok: str, rng: random.Random) -> str:
    out = apply_one(tok, rng, COPY, COPY_WEIGHTS)
    if out != tok and len(tok) > 6 and rng.random() < 0.3:
        out = apply_one(out, rng, COPY, COPY_WEIGHTS)
    return out


# --- D: phone photo with a glare band ---------------------------------------------------------

GLARE = [
    ("ä", ["a"]), ("ö", ["o"]), ("å", ["a"]), ("Ä", ["A"]), ("Ö", ["O"]), ("e", ["c"]),
    ("i", ["l"]), ("t", ["l"]), ("h", ["n"]), ("f", ["t"]), ("rn", ["m"]),
]
GLARE_WEIGHTS = {"ä": 3, "ö": 3, "å": 3, "Ä": 2, "Ö": 2}
BLUR = [
    ("rn", ["m"]), ("m", ["rn"]), ("cl", ["d"]), ("li", ["h"]), ("ö", ["o"]), ("ä", ["a"]),
    ("e", ["o"]), ("n", ["ri"]), ("å", ["ä"]),
]
BLUR_WEIGHTS = {"rn": 4, "cl": 4, "li": 3}


def phone_glare(tok: str, rng: random.Random) -> str:
    if tok[-1] in ".,:" and len(tok) > 2 and rng.random() < 0.25:
        return tok[:-1]  # a thin full stop, comma or colon washed out by the glare
    out = apply_one(tok, rng, GLARE, GLARE_WEIGHTS)
    if out != tok and rng.random() < 0.35:
        out = apply_one(out, rng, GLARE, GLARE_WEIGHTS)
    return out


def phone_blur(tok: str, rng: random.Random) -> str:
    return apply_one(tok, rng, BLUR, BLUR_WEIGHTS)


# --- E: hyphens of the justified PDF kept in the copied text -----------------------------------

SOFT_HYPHEN = "\u00ad"


UNITS = ("ng", "ck", "ch")  # never split, and ng/ck never begin a line
ONSETS = {"bl", "br", "dr", "dj", "fl", "fr", "gl", "gr", "kl", "kn", "kr", "kv", "pl", "pr",
          "sk", "sl", "sm", "sn", "sp", "st", "sv", "sj", "tr", "tv", "tj", "kj", "ch",
          "skr", "spr", "str", "spl", "skj", "stj"}


def break_points(tok: str) -> list[int]:
    """Break points of a simple Swedish hyphenator (maximal onset): before the longest
    consonant cluster in front of a vowel that can begin a Swedish word (ng, ck and ch are
    never split), with at least three letters on either side; never near an existing hyphen."""
    core = tok.rstrip(".,:;)")
    low = core.lower()
    units: list[tuple[int, str]] = []  # (start, unit)
    i = 0
    while i < len(low):
        u = next((d for d in UNITS if low.startswith(d, i)), low[i])
        units.append((i, u))
        i += len(u)
    pts = []
    for k, (start, u) in enumerate(units):
        if u not in VOWELS or k == 0:
            continue
        run = []
        m = k - 1
        while m >= 0 and units[m][1] not in VOWELS and units[m][1].isalpha():
            run.insert(0, units[m])
            m -= 1
        if m < 0 or not run:
            continue  # no vowel before the run, or two vowels in a row
        best = len(run) - 1
        for n in range(len(run) - 1, -1, -1):
            cluster = "".join(x for _, x in run[n:])
            if len(run) - n == 1 or cluster in ONSETS:
                best = n
        j = run[best][0]
        if run[best][1] in ("ng", "ck"):
            continue
        if run[best][1] == "s" and best > 0 and len(run) == best + 1:
            j += 1  # a linking s before a vowel stays on the first line: "skydds-ombud"
        if 3 <= j <= len(core) - 3 and "-" not in core[max(0, j - 3):j + 3]:
            pts.append(j)
    return pts


def pdf_hyphen(tok: str, rng: random.Random) -> str:
    if tok.isupper() or sum(ch.isalpha() for ch in tok) < 8:
        return tok
    pts = break_points(tok)
    if not pts:
        return tok
    j = rng.choice(pts)
    mark = SOFT_HYPHEN if rng.random() < 0.25 else "-"
    return tok[:j] + mark + tok[j:]


# --- the pairs ---------------------------------------------------------------------------------

def line_rule(prob: float, fn):
    return lambda line_no, tok, rng: fn(tok, rng) if rng.random() < prob else tok


def glare_rule(line_no: int, tok: str, rng: random.Random) -> str:
    if GLARE_BAND[0] <= line_no <= GLARE_BAND[1]:
        return phone_glare(tok, rng) if rng.random() < 0.27 else tok
    return phone_blur(tok, rng) if rng.random() < 0.075 else tok


GLARE_BAND = (29, 40)  # 1-based file lines under the lamp's reflection (vaxjo_mhn)

PAIRS = {
    "jamtland_kdg": (1601, line_rule(0.105, tesseract_swe)),
    "dalarna_fhb": (1602, lambda line_no, tok, rng: english_model(tok, rng)),
    "bohuslan_rtj": (1603, line_rule(0.14, photocopy)),
    "vaxjo_mhn": (1604, glare_rule),
    "skelleftea_csg": (1605, line_rule(0.26, pdf_hyphen)),
}

# (gold token, occurrence) -> ocr token; see the module docstring.
OVERRIDES: dict[str, dict[tuple[str, int], str]] = {
    "jamtland_kdg": {("länets", 2): "lånets", ("år.", 2): "är.", ("för", 5): "for", ("om", 3): "orn"},
    "dalarna_fhb": {},
    "bohuslan_rtj": {("har", 1): "bar", ("att", 4): "alt", ("med", 2): "mod", ("den", 2): "don",
                     ("Zandra", 1): "2andra"},
    "vaxjo_mhn": {("att", 4): "all"},
    "skelleftea_csg": {("arbetstagarsidan.", 1): "arbetstagar-sidan.",
                       ("Förändringen", 1): "Föränd-ringen",
                       ("arbetsplats.", 1): "arbets-plats.",
                       ("Kristina", 1): "Kris-tina",
                       ("arbetsmiljö", 1): "arbets-miljö"},
}


def damage(name: str) -> str:
    seed, rule = PAIRS[name]
    rng = random.Random(seed)
    gold = (HERE / f"{name}.gold.txt").read_text(encoding="utf-8")
    seen: dict[str, int] = {}
    out_lines = []
    for line_no, line in enumerate(gold.split("\n"), 1):
        parts = re.split(r"(\s+)", line)
        for i, part in enumerate(parts):
            if not part or part.isspace() or not has_letter(part):
                continue
            seen[part] = seen.get(part, 0) + 1
            key = (part, seen[part])
            parts[i] = rule(line_no, part, rng)  # always drawn, so an override shifts nothing
            if key in OVERRIDES[name]:
                parts[i] = OVERRIDES[name][key]
        out_lines.append("".join(parts))
    unused = [k for k in OVERRIDES[name] if seen.get(k[0], 0) < k[1]]
    assert not unused, (name, unused)
    return "\n".join(out_lines)


def main() -> None:
    for name in PAIRS:
        (HERE / f"{name}.ocr.txt").write_text(damage(name), encoding="utf-8")


if __name__ == "__main__":
    main()
