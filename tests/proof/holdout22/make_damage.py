"""Make the OCR side of the holdout22 pairs from their gold side (writer U).

Each pair gets ONE OCR process, modelled as a process: where on the page a token sits, which glyph
shapes it contains and what the process does to those shapes decide its damage; there is no list
of words. Stdlib only, seeded, reproducible:

    python tests/proof/holdout22/make_damage.py          # rewrites every NAME.ocr.txt

Tokens are damaged one by one and never split or merged; tokens without a letter are left alone.
See README.md for the five processes.
"""
from __future__ import annotations

import math
import random
from pathlib import Path

HERE = Path(__file__).parent

Table = list[tuple[str, list[tuple[str, float]], float]]


def has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


def confuse(token: str, rng: random.Random, table: Table, edits: int = 1) -> str:
    """Apply ``edits`` glyph confusions from ``table`` (source, [(result, weight)], weight) at
    places where the source occurs in the token, chosen by weight."""
    for _ in range(edits):
        spots = []
        for src, results, weight in table:
            start = token.find(src)
            while start != -1:
                spots.append((start, src, results, weight))
                start = token.find(src, start + 1)
        if not spots:
            break
        pick = rng.uniform(0, sum(s[3] for s in spots))
        for start, src, results, weight in spots:
            pick -= weight
            if pick <= 0:
                break
        outs, weights = zip(*results)
        out = rng.choices(outs, weights)[0]
        candidate = token[:start] + out + token[start + len(src):]
        if candidate and not candidate.isspace():
            token = candidate
    return token


def each_token(gold: str, damage) -> str:
    """Rebuild the text keeping every whitespace run; ``damage(token, line_no, index, offset, line)``
    gives the OCR token for each word token (a token with a letter)."""
    out_lines = []
    for n, line in enumerate(gold.split("\n")):
        pieces, pos, index = [], 0, 0
        for token in line.split():
            start = line.index(token, pos)
            pieces.append(line[pos:start])
            new = damage(token, n, index, start, line) if has_letter(token) else token
            assert new and not any(ch.isspace() for ch in new), (token, new)
            pieces.append(new)
            pos = start + len(token)
            index += 1
        pieces.append(line[pos:])
        out_lines.append("".join(pieces))
    return "\n".join(out_lines)


# --- A: screen-share capture read by the operating system's OCR (gavleborg_kdg) ------------------

SCREEN: Table = [
    ("ä", [("å", 5), ("a", 2)], 6.0),
    ("å", [("ä", 5), ("a", 1)], 6.0),
    ("ö", [("o", 3), ("ó", 1)], 4.0),
    ("Ö", [("O", 1)], 3.0),
    ("Å", [("Ä", 2), ("A", 1)], 3.0),
    ("rn", [("m", 1)], 5.0),
    ("m", [("rn", 1)], 2.0),
    ("cl", [("d", 1)], 3.0),
    ("ri", [("n", 1)], 2.0),
    ("li", [("h", 1)], 1.5),
    ("l", [("I", 3), ("i", 1)], 1.2),
    ("I", [("l", 1)], 2.0),
    ("i", [("l", 1), ("í", 1)], 0.8),
    ("t", [("f", 1)], 0.8),
    ("f", [("t", 1)], 1.0),
    ("e", [("c", 2), ("o", 1)], 0.6),
    ("c", [("e", 1)], 0.8),
    ("a", [("e", 1), ("o", 1)], 0.4),
    ("s", [("e", 1)], 0.3),
    ("n", [("r", 1), ("u", 1)], 0.4),
    ("h", [("b", 1)], 0.6),
    (",", [(".", 1)], 2.0),
    (".", [(",", 1)], 2.0),
]


def screen_capture(gold: str, rng: random.Random) -> str:
    """Teams screen share captured in a small window: the video codec drops to a low bitrate for a
    few seconds whenever the presenter scrolls, so the page has stretches of blurred lines (state
    'blurred') between sharp ones; small glyph details are lost in both, far more in the blur."""
    states, blurred = [], False
    for _ in gold.split("\n"):
        blurred = rng.random() < (0.65 if blurred else 0.14)
        states.append(blurred)

    def damage(token, n, index, offset, line):
        rate = 0.33 if states[n] else 0.07
        if rng.random() >= rate:
            return token
        return confuse(token, rng, SCREEN, 2 if rng.random() < 0.2 else 1)

    return each_token(gold, damage)


# --- B: PDF recognised with the document language left at French (kungalv_tn) --------------------

FRENCH = {
    "ä": (("â", 6), ("à", 3), ("a", 2)),
    "å": (("à", 5), ("â", 3), ("a", 2)),
    "ö": (("ô", 8), ("o", 2)),
    "Ä": (("Â", 4), ("A", 3), ("À", 1)),
    "Å": (("À", 5), ("A", 4)),
    "Ö": (("Ô", 7), ("O", 3)),
}


def french_language(gold: str, rng: random.Random) -> str:
    """A clean scan, recognised with the French character set: a, o with marks that French does
    not have are read as the nearest French class; every other glyph is read right."""
    def damage(token, n, index, offset, line):
        out = []
        for ch in token:
            if ch in FRENCH:
                outs, weights = zip(*FRENCH[ch])
                ch = rng.choices(outs, weights)[0]
            out.append(ch)
        return "".join(out)

    return each_token(gold, damage)


# --- C: 1994 protocol, photocopy of a photocopy, scanned (eslov_ksau) -----------------------------

TONER: Table = [
    ("ä", [("a", 5), ("å", 2)], 5.0),
    ("ö", [("o", 4), ("ò", 1)], 5.0),
    ("å", [("a", 4), ("ä", 1)], 4.0),
    ("Ö", [("O", 3), ("0", 1)], 3.0),
    ("Å", [("A", 1)], 3.0),
    ("rn", [("m", 1)], 6.0),
    ("ri", [("n", 1)], 4.0),
    ("in", [("m", 1)], 2.0),
    ("li", [("h", 1)], 3.0),
    ("cl", [("d", 1)], 3.0),
    ("ll", [("U", 1), ("11", 1)], 1.5),
    ("e", [("o", 3), ("a", 1), ("c", 1)], 1.0),
    ("a", [("e", 2), ("o", 2), ("s", 1)], 0.8),
    ("c", [("e", 1), ("o", 1)], 0.8),
    ("s", [("a", 1), ("e", 1)], 0.4),
    ("i", [("l", 2), ("1", 1)], 0.8),
    ("t", [("l", 1), ("f", 1)], 0.6),
    ("n", [("h", 1), ("ri", 1)], 0.5),
    ("h", [("b", 1), ("li", 1)], 0.6),
    ("u", [("n", 1), ("ii", 1)], 0.4),
    ("g", [("q", 1), ("9", 1)], 0.5),
    (",", [(".", 1)], 1.5),
]
SPECKS = ".,'`"


def photocopy(gold: str, rng: random.Random) -> str:
    """Second-generation photocopy of a page copied out of a bound binder: toner spreads (counters
    fill, neighbouring glyphs fuse, diacritic dots melt into the letter), the binder's gutter prints
    as a dark band at the left edge, and copier dust adds specks that the engine reads as marks."""
    def damage(token, n, index, offset, line):
        rate = 0.10 + 0.32 * math.exp(-offset / 14.0)
        if rng.random() < rate:
            token = confuse(token, rng, TONER, 2 if rng.random() < 0.25 else 1)
        if rng.random() < 0.035:
            speck = rng.choice(SPECKS)
            token = speck + token if rng.random() < 0.4 else token + speck
        return token

    return each_token(gold, damage)


# --- D: scanned PDF converted by a cloud drive's OCR (ostersund_csg) ------------------------------

CAPITAL_MARKS = str.maketrans("ÅÄÖ", "AAO")


def cloud_drive(gold: str, rng: random.Random) -> str:
    """Arial print, single spacing, scanned and converted by the cloud drive's OCR. Arial's capital I
    and small l are the same glyph, so the engine guesses from context; the marks of capital Å Ä Ö
    reach into the line above and are cut off when that line holds text. Other glyphs are read well."""
    lines = gold.split("\n")

    def damage(token, n, index, offset, line):
        out = list(token)
        above = n > 0 and lines[n - 1].strip() != ""
        for i, ch in enumerate(out):
            if ch in "ÅÄÖ" and above and rng.random() < 0.75:
                out[i] = ch.translate(CAPITAL_MARKS)
            elif ch == "I" and rng.random() < (0.6 if i == 0 and token[1:2].islower() else 0.15):
                out[i] = "l"
            elif ch == "l" and rng.random() < (0.2 if i == 0 else 0.05):
                out[i] = "I"
        token = "".join(out)
        if "rn" in token and rng.random() < 0.2:
            token = token.replace("rn", "m", 1)
        if token[-1:] == "." and len(token) > 2 and rng.random() < 0.03:
            token = token[:-1] + ","
        return token

    return each_token(gold, damage)


# --- E: phone photographs of the projected minutes, camera text recognition (lidkoping_lg) --------

PROJECTED: Table = [
    ("ä", [("a", 4), ("å", 1)], 5.0),
    ("å", [("a", 4), ("ä", 1)], 5.0),
    ("ö", [("o", 1)], 5.0),
    ("Ä", [("A", 1)], 3.0),
    ("Å", [("A", 1)], 3.0),
    ("Ö", [("O", 1)], 3.0),
    ("rn", [("m", 1)], 3.0),
    ("cl", [("d", 1)], 2.0),
    ("e", [("c", 1), ("o", 1)], 0.8),
    ("h", [("b", 1), ("n", 1)], 0.8),
    ("i", [("l", 1), ("j", 1)], 0.6),
    ("t", [("f", 1), ("l", 1)], 0.6),
    ("a", [("o", 1), ("e", 1)], 0.5),
    ("v", [("y", 1)], 0.5),
    ("u", [("v", 1)], 0.5),
    ("g", [("q", 1)], 0.4),
    ("s", [("e", 1)], 0.3),
    (".", [(",", 1)], 1.0),
]
LINES_PER_PHOTO = 10


def projected_photos(gold: str, rng: random.Random) -> str:
    """One phone photograph per screenful of the projected document, taken from a seat, tilted up
    at the wall: in every photo the top rows are farthest away and smallest, so damage falls from the
    top of each photo to its bottom, then jumps back at the next photo. The recognizer prefers
    words it knows, so an uncertain mark is most often simply dropped."""
    def damage(token, n, index, offset, line):
        row = n % LINES_PER_PHOTO
        rate = 0.37 - 0.035 * row
        if rng.random() >= rate:
            return token
        token = confuse(token, rng, PROJECTED, 2 if rng.random() < 0.15 else 1)
        if index == 0 and rng.random() < 0.06 and token[:1].isupper():
            token = token[0].lower() + token[1:]
        return token

    return each_token(gold, damage)


PROCESSES = {
    "gavleborg_kdg": (screen_capture, 2211),
    "kungalv_tn": (french_language, 2212),
    "eslov_ksau": (photocopy, 2213),
    "ostersund_csg": (cloud_drive, 2214),
    "lidkoping_lg": (projected_photos, 2215),
}


def main() -> None:
    for name, (process, seed) in PROCESSES.items():
        gold = (HERE / f"{name}.gold.txt").read_text(encoding="utf-8")
        ocr = process(gold, random.Random(seed))
        (HERE / f"{name}.ocr.txt").write_text(ocr, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
