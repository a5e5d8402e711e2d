"""Writes NAME.ocr.txt from NAME.gold.txt for the five pairs of holdout23 (writer V).

Each pair has one OCR process, modelled as a process (what the device and the engine do to glyphs,
lines and the page), seeded so that a rerun gives the same files. Stdlib only.

    python tests/proof/holdout23/make_damage.py

Only tokens with at least one letter are touched; tokens are never split or merged, and the
whitespace of every line is kept as it is.
"""
from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
PAIRS = ("gotland_rsfled", "vaxjo_csg", "dalarna_kdg", "eslov_bn", "tranas_ksau")
SEEDS = {"gotland_rsfled": 2301, "vaxjo_csg": 2302, "dalarna_kdg": 2303, "eslov_bn": 2304, "tranas_ksau": 2305}

UNDOT = str.maketrans("åäöÅÄÖ", "aaoAAO")


def has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


def tokens_with_columns(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"\S+", line)]


def rebuild(line: str, new_tokens: list[str]) -> str:
    parts = re.split(r"(\S+)", line)
    k = 0
    for i in range(1, len(parts), 2):
        parts[i] = new_tokens[k]
        k += 1
    return "".join(parts)


def sub_once(token: str, rng: random.Random, table: list[tuple[str, str, float]]) -> str:
    """Apply one confusion from ``table`` (source, target, weight) at one place where it fits."""
    options = []
    for src, dst, weight in table:
        start = token.find(src)
        while start != -1:
            options.append((start, src, dst, weight))
            start = token.find(src, start + 1)
    if not options:
        return token
    total = sum(o[3] for o in options)
    pick = rng.random() * total
    for start, src, dst, weight in options:
        pick -= weight
        if pick <= 0:
            break
    return token[:start] + dst + token[start + len(src):]


def safe(gold: str, new: str) -> str:
    """A damaged token is never empty, keeps a letter and never holds whitespace (no split, no merge)."""
    if not new or any(ch.isspace() for ch in new) or not has_letter(gold) or not has_letter(new):
        return gold
    return new


# --- A: handwritten notes on an e-ink tablet, converted to text ------------------------------------

HAND_SHAPES = [
    ("a", "o", 3), ("o", "a", 2), ("u", "n", 3), ("n", "u", 2), ("r", "v", 2), ("v", "r", 1),
    ("e", "l", 1.5), ("l", "e", 1), ("cl", "d", 1), ("d", "cl", 1), ("m", "nn", 1.5), ("nn", "m", 1),
    ("rn", "m", 1), ("h", "k", 1), ("k", "h", 1), ("y", "g", 0.5), ("g", "y", 0.5), ("i", "e", 0.7),
    ("t", "f", 0.5), ("b", "h", 0.5), ("å", "ä", 1), ("ä", "å", 1), ("ä", "a", 2.5), ("ö", "o", 2.5),
    ("å", "a", 2), ("Ö", "O", 1.5), ("Å", "A", 1), ("Ä", "A", 1),
]
HAND_CASE = set("sovkcwzpöåuSOVKCWZPÖÅU")


def handwriting(text: str, rng: random.Random, lexicon: Counter) -> str:
    """Writer's hand gets quicker through the meeting: the error rate grows with the line number.
    Shape confusions of cursive letters, diacritics dropped or read as the other mark, capitals
    written like their small letter (and the reverse), full stops lost; then the converter's
    language model snaps a non-word to the most frequent known word one edit away (sometimes back
    to the right word, sometimes to another real word)."""
    lines = text.split("\n")
    out = []
    for n, line in enumerate(lines):
        p = 0.14 + 0.46 * n / len(lines)
        new_tokens = []
        for _, tok in tokens_with_columns(line):
            new = tok
            if has_letter(tok) and rng.random() < p:
                for _ in range(2 if rng.random() < 0.25 else 1):
                    r = rng.random()
                    if r < 0.16 and new[0] in HAND_CASE:
                        new = new[0].swapcase() + new[1:]
                    elif r < 0.24 and new[-1] in ".,":
                        new = new[:-1] if len(new) > 1 and rng.random() < 0.7 else new[:-1] + ",.".replace(new[-1], "")
                    else:
                        new = sub_once(new, rng, HAND_SHAPES)
                new = snap(tok, new, rng, lexicon)
            new_tokens.append(safe(tok, new))
        out.append(rebuild(line, new_tokens))
    return "\n".join(out)


def snap(gold: str, new: str, rng: random.Random, lexicon: Counter) -> str:
    m = re.fullmatch(r"([^\w]*)(\w+)([^\w]*)", new)
    if not m or new == gold or rng.random() > 0.6:
        return new
    pre, core, post = m.groups()
    if core.lower() in lexicon:
        return new
    neighbours = [w for w in lexicon if len(w) == len(core) and sum(a != b for a, b in zip(w, core.lower())) == 1]
    if not neighbours:
        return new
    best = max(neighbours, key=lambda w: (lexicon[w], w))
    if core[0].isupper():
        best = best[0].upper() + best[1:]
    return pre + best + post


# --- B: office MFP document feeder with a dust streak on the scan glass -----------------------------

STREAK_COL = 44
BAR_FUSE = {"a": "d", "c": "d", "o": "d", "n": "m", "r": "n", "i": "l", "e": "b", "u": "ll", "v": "y",
            "s": "$", ".": "!", ",": ";", "t": "f", "ä": "d", "ö": "d", "å": "d"}
STRAY = ("|", "l", "I", "!")
MFP_BACKGROUND = [("rn", "m", 2), ("m", "rn", 1), ("l", "I", 1), ("I", "l", 1), ("é", "e", 2), ("ii", "ü", 0.5),
                  ("e", "c", 0.5), ("å", "ä", 0.5), (",", ".", 1), ("fi", "fl", 0.5)]


def adf_streak(text: str, rng: random.Random) -> str:
    """A dust grain on the feeder's scan glass draws one thin vertical black line down the whole
    page at a fixed position; with a proportional font it falls on column 44 give or take one or
    two characters. The glyph under it gets an extra stem (fused into another letter, or read as
    a stray |, l, I or ! beside it); where it falls in a gap, the stroke is glued to the nearer word
    or dropped. Elsewhere the 300 dpi scan is clean: a little background noise only."""
    out = []
    for line in text.split("\n"):
        toks = tokens_with_columns(line)
        new_tokens = [t for _, t in toks]
        col = STREAK_COL + round(rng.gauss(0, 1.0))
        if col < len(line) and rng.random() < 0.9:
            hit = None
            for k, (start, tok) in enumerate(toks):
                if start <= col < start + len(tok):
                    hit = k
            if hit is not None and has_letter(toks[hit][1]):
                start, tok = toks[hit]
                i = col - start
                ch = tok[i]
                if ch in BAR_FUSE and rng.random() < 0.6:
                    new = tok[:i] + BAR_FUSE[ch] + tok[i + 1:]
                elif ch.isupper() and rng.random() < 0.3:
                    new = tok
                else:
                    stray = rng.choice(STRAY)
                    new = tok[:i] + stray + tok[i:] if rng.random() < 0.5 else tok[:i + 1] + stray + tok[i + 1:]
                new_tokens[hit] = safe(tok, new)
            elif hit is None and rng.random() < 0.5:
                left = [k for k, (s, t) in enumerate(toks) if s + len(t) == col]
                right = [k for k, (s, t) in enumerate(toks) if s == col + 1]
                stray = rng.choice(STRAY)
                if left and has_letter(toks[left[0]][1]):
                    new_tokens[left[0]] = toks[left[0]][1] + stray
                elif right and has_letter(toks[right[0]][1]):
                    new_tokens[right[0]] = stray + toks[right[0]][1]
        for k, (_, tok) in enumerate(toks):
            if has_letter(tok) and new_tokens[k] == tok and rng.random() < 0.05:
                new_tokens[k] = safe(tok, sub_once(tok, rng, MFP_BACKGROUND))
        out.append(rebuild(line, new_tokens))
    return "\n".join(out)


# --- C: 150 dpi JPEG attachment, OCR at import in the case management system -------------------------

JPEG_MARKS = [("å", "ä", 5), ("ä", "å", 5), ("Å", "Ä", 3), ("Ä", "Å", 3), ("ä", "a", 0.6), ("å", "a", 0.6),
              ("ö", "o", 0.8)]
JPEG_SHAPES = [
    ("rn", "m", 2), ("m", "rn", 2), ("li", "h", 1), ("cl", "d", 1), ("e", "c", 2.5), ("c", "e", 1.5),
    ("i", "l", 2), ("l", "i", 1.5), ("l", "1", 1), ("f", "t", 1), ("t", "f", 1), ("h", "b", 1), ("b", "h", 0.7),
    ("a", "e", 1), ("s", "e", 0.5), ("ri", "n", 1), ("I", "l", 1), ("S", "5", 0.3),
]


def jpeg_import(text: str, rng: random.Random) -> str:
    """The scan was e-mailed as greyscale 150 dpi JPEG at low quality and the system OCRs it on
    import. Compression blocks smear small marks: the ring of å and the dots of ä become the same
    blob and are read as each other; at 150 dpi thin joins fill or break. The blockiness varies
    across the page (bands of six lines compressed harder or softer). Commas and full stops swap."""
    out = []
    p = 0.0
    for n, line in enumerate(text.split("\n")):
        if n % 6 == 0:
            p = rng.choice((0.04, 0.08, 0.15, 0.22))
        new_tokens = []
        for _, tok in tokens_with_columns(line):
            new = tok
            if has_letter(tok) and rng.random() < p:
                if any(c in tok for c in "åäÅÄö") and rng.random() < 0.75:
                    new = sub_once(tok, rng, JPEG_MARKS)
                elif tok[-1] in ".," and rng.random() < 0.25:
                    new = tok[:-1] + (",." if tok[-1] == "." else ".,")[0]
                else:
                    new = sub_once(tok, rng, JPEG_SHAPES)
            new_tokens.append(safe(tok, new))
        out.append(rebuild(line, new_tokens))
    return "\n".join(out)


# --- D: security microfilm of 1997, scanned from the film by the archive ------------------------------

FILM_SHAPES = [
    ("ä", "a", 4), ("ö", "o", 4), ("å", "a", 3), ("Ä", "A", 2), ("Ö", "O", 2), ("Å", "A", 2), ("ö", "6", 0.6),
    ("e", "c", 3), ("e", "o", 1.5), ("a", "e", 1), ("a", "s", 0.7), ("h", "li", 1), ("m", "rn", 1.5),
    ("n", "ri", 1), ("u", "ii", 0.7), ("l", "1", 1.5), ("i", "l", 1.5), ("I", "l", 1), ("t", "l", 1),
    ("f", "t", 1), ("r", "t", 0.7), ("B", "8", 0.7), ("S", "5", 0.7), ("O", "0", 0.7), ("g", "q", 0.5),
    ("d", "cl", 1),
]
PAGE_WIDTH = 90


def microfilm(text: str, rng: random.Random) -> str:
    """A 16 mm security film shot in 1997 at 24x reduction, now scanned by the archive's film scanner
    as 8-bit greyscale and read with a Swedish model. The film's lamp and lens fall off toward the
    corners of each frame, so damage grows with the distance from the page centre. Low contrast
    breaks thin strokes and drops the dots and rings; dust on the film adds specks."""
    lines = text.split("\n")
    n_lines = len(lines)
    out = []
    for n, line in enumerate(lines):
        dy = (n - n_lines / 2) / (n_lines / 2)
        new_tokens = []
        for start, tok in tokens_with_columns(line):
            new = tok
            dx = (start + len(tok) / 2 - PAGE_WIDTH / 2) / (PAGE_WIDTH / 2)
            p = 0.16 + 0.34 * min(1.0, (dx * dx + dy * dy) / 2)
            if has_letter(tok) and rng.random() < p:
                for _ in range(2 if rng.random() < 0.3 else 1):
                    if rng.random() < 0.1 and len(new) > 2:
                        i = rng.randrange(1, len(new))
                        new = new[:i] + rng.choice(".,'") + new[i:]
                    else:
                        new = sub_once(new, rng, FILM_SHAPES)
            new_tokens.append(safe(tok, new))
        out.append(rebuild(line, new_tokens))
    return "\n".join(out)


# --- E: handheld pen scanner, one swipe per line ----------------------------------------------------

PEN_START = [("T", "I", 1), ("S", "s", 1), ("Å", "A", 1), ("Ö", "O", 1), ("B", "8", 0.5), ("K", "k", 0.5),
             ("E", "F", 0.5), ("J", "l", 0.5), ("P", "F", 0.5)]


def pen_scanner(text: str, rng: random.Random) -> str:
    """A handheld pen scanner is swiped across each printed line. The first glyphs of a swipe are
    read before the pen is steady (first letter lost or misread), the last before it is lifted
    (last letter or mark lost). Each swipe has its own speed and height: a fast swipe drops letters
    and collapses doubled ones; a swipe riding low cuts off the dots and rings of the whole line."""
    out = []
    for line in text.split("\n"):
        toks = tokens_with_columns(line)
        new_tokens = [t for _, t in toks]
        letter_idx = [k for k, (_, t) in enumerate(toks) if has_letter(t)]
        if not letter_idx:
            out.append(line)
            continue
        fast = rng.random() < 0.3
        low = rng.random() < 0.25
        for k in letter_idx:
            tok = new_tokens[k]
            if low and rng.random() < 0.9:
                tok = tok.translate(UNDOT)
            if fast and rng.random() < 0.12:
                doubled = [i for i in range(len(tok) - 1) if tok[i] == tok[i + 1] and tok[i].isalpha()]
                if doubled:
                    i = rng.choice(doubled)
                    tok = tok[:i] + tok[i + 1:]
                elif len(tok) > 3:
                    i = rng.randrange(1, len(tok) - 1)
                    tok = tok[:i] + tok[i + 1:]
            elif not fast and rng.random() < 0.02 and len(tok) > 3:
                i = rng.randrange(1, len(tok) - 1)
                tok = tok[:i] + tok[i] + tok[i:]
            new_tokens[k] = tok
        first, last = toks[0], toks[-1]
        if has_letter(first[1]) and rng.random() < 0.45:
            tok = new_tokens[0]
            if len(tok) > 2 and rng.random() < 0.5:
                tok = tok[1:]
            else:
                tok = sub_once(tok[:1], rng, PEN_START) + tok[1:] if tok[:1] in "TSÅÖBKEJP" else rng.choice("l'i") + tok[1:]
            new_tokens[0] = tok
        if has_letter(last[1]) and len(toks) > 1 and rng.random() < 0.4:
            tok = new_tokens[-1]
            if len(tok) > 2:
                tok = tok[:-1]
            new_tokens[-1] = tok
        out.append(rebuild(line, [safe(t, n) for (_, t), n in zip(toks, new_tokens)]))
    return "\n".join(out)


def main() -> None:
    golds = {name: (HERE / f"{name}.gold.txt").read_text(encoding="utf-8") for name in PAIRS}
    lexicon = Counter(w.lower() for text in golds.values() for w in re.findall(r"\w+", text) if w.isalpha())
    processes = {
        "gotland_rsfled": lambda t, r: handwriting(t, r, lexicon),
        "vaxjo_csg": adf_streak,
        "dalarna_kdg": jpeg_import,
        "eslov_bn": microfilm,
        "tranas_ksau": pen_scanner,
    }
    for name in PAIRS:
        rng = random.Random(SEEDS[name])
        ocr = processes[name](golds[name], rng)
        (HERE / f"{name}.ocr.txt").write_text(ocr, encoding="utf-8")


if __name__ == "__main__":
    main()
