"""Writer N's damage simulator for holdout15: reads NAME.gold.txt, writes NAME.ocr.txt.

One OCR process per pair (see README.md). Deterministic: every pair has its own fixed seed, so
running this again reproduces the committed .ocr.txt files byte for byte. Only tokens that contain
a letter are ever changed (the set's format convention); whitespace is never touched, so the pair
stays token-aligned.

    cd /work/main && .venv/bin/python tests/proof/holdout15/make_damage.py
"""
from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).parent


def has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


def pick(rng: random.Random, weighted: list[tuple[str, float]]) -> str:
    total = sum(w for _, w in weighted)
    x = rng.random() * total
    for item, w in weighted:
        x -= w
        if x < 0:
            return item
    return weighted[-1][0]


def substitute_once(rng: random.Random, token: str, rules: list[tuple[str, list[tuple[str, float]], float]]) -> str | None:
    """Apply one rule (chosen by weight among those whose pattern occurs) at one random occurrence."""
    options = []
    for pattern, outs, weight in rules:
        for m in re.finditer(re.escape(pattern), token):
            options.append((m.start(), pattern, outs, weight))
    if not options:
        return None
    total = sum(o[3] for o in options)
    x = rng.random() * total
    for start, pattern, outs, weight in options:
        x -= weight
        if x < 0:
            break
    out = pick(rng, outs)
    return token[:start] + out + token[start + len(pattern):]


def rebuild(line: str, new_tokens: list[str]) -> str:
    parts = re.split(r"(\S+)", line)
    k = 0
    for i in range(1, len(parts), 2):
        parts[i] = new_tokens[k]
        k += 1
    return "".join(parts)


# --- A: good commercial engine, Swedish model, scanned laser printout (ovik_ksau) ---------------

RULES_A = [
    ("ö", [("ó", 5), ("o", 3), ("6", 1)], 3.0),
    ("ä", [("a", 5), ("å", 3)], 3.0),
    ("å", [("a", 5), ("ä", 3)], 3.0),
    ("Ö", [("O", 1)], 2.0),
    ("Å", [("A", 1)], 2.0),
    ("rn", [("m", 1)], 3.0),
    ("m", [("rn", 1)], 1.0),
    ("cl", [("d", 1)], 3.0),
    ("li", [("h", 1)], 2.0),
    ("l", [("1", 2), ("I", 2)], 0.6),
    ("i", [("í", 2), ("1", 1)], 0.5),
    ("e", [("c", 1)], 0.5),
    ("é", [("e", 2), ("ë", 1)], 3.0),
]
# a speck near a letter read as punctuation, or a lost full stop/comma
SPECKS_A = [("'", 2), (".", 2), (",", 1)]
REALWORD_A = {"så": "sa", "bör": "bor", "låta": "lata"}  # diacritic lost, result is a Swedish word


def process_a(text: str, rng: random.Random) -> str:
    out_lines = []
    for line in text.split("\n"):
        toks = line.split()
        new = []
        for t in toks:
            if t in REALWORD_A and rng.random() < 0.6:
                new.append(REALWORD_A[t])  # the lexicon accepts the word the faint print also fits
                continue
            if not has_letter(t) or rng.random() >= 0.085:
                new.append(t)
                continue
            r = rng.random()
            if r < 0.12 and t[-1] in ".,":
                new.append(t[:-1])  # lost speck: the full stop or comma not seen
                continue
            if r < 0.22:
                i = rng.randrange(1, len(t) + 1)
                new.append(t[:i] + pick(rng, SPECKS_A) + t[i:])  # added speck
                continue
            s = substitute_once(rng, t, RULES_A)
            new.append(s if s is not None else t)
        out_lines.append(rebuild(line, new))
    return "\n".join(out_lines)


# --- B: 1994 typewritten protocol, 200 dpi archive scan, Tesseract-like engine (saffle_byggn) --

RULES_B = [
    ("ö", [("6", 3), ("o", 4), ("é", 1)], 3.0),
    ("ä", [("a", 5), ("à", 1), ("å", 2)], 3.0),
    ("å", [("a", 4), ("ä", 2)], 3.0),
    ("Ö", [("0", 2), ("O", 2)], 2.0),
    ("Ä", [("A", 1)], 2.0),
    ("Å", [("A", 1)], 2.0),
    ("l", [("I", 3), ("1", 2)], 1.0),
    ("i", [("l", 2), ("1", 1)], 0.8),
    ("rn", [("m", 1)], 3.0),
    ("m", [("rn", 1)], 1.0),
    ("h", [("li", 1)], 1.0),
    ("u", [("ii", 1)], 0.8),
    ("n", [("ri", 1)], 0.6),
    ("t", [("f", 1)], 0.8),
    ("c", [("e", 1)], 1.0),
    ("e", [("c", 2), ("o", 1)], 0.8),
    ("S", [("5", 1)], 1.5),
    ("O", [("0", 1)], 1.5),
    ("B", [("8", 1)], 1.5),
    ("g", [("q", 2), ("9", 1)], 1.0),
    (",", [(".", 1)], 1.0),
    (".", [(",", 1)], 0.6),
]
REALWORD_B = {"vägen": "vagen", "väg": "vag"}


def process_b(text: str, rng: random.Random) -> str:
    out_lines = []
    for line in text.split("\n"):
        toks = line.split()
        new = []
        for t in toks:
            if t in REALWORD_B and rng.random() < 0.6:
                new.append(REALWORD_B[t])  # the dots of ä lost; the word list has the result
                continue
            if not has_letter(t) or rng.random() >= 0.15:
                new.append(t)
                continue
            s = substitute_once(rng, t, RULES_B)
            if s is not None and rng.random() < 0.25:
                s2 = substitute_once(rng, s, RULES_B)
                s = s2 if s2 is not None else s
            new.append(s if s is not None else t)
        out_lines.append(rebuild(line, new))
    return "\n".join(out_lines)


# --- C: English-only engine on a clean scan (vaxjo_kpr) ---------------------------------------

# per letter: probability the letter is lost, and what it becomes
ENGLISH_MAP = {
    "å": (0.70, [("a", 7), ("à", 2), ("â", 1)]),
    "ä": (0.30, [("a", 6), ("á", 2), ("à", 2)]),
    "ö": (0.30, [("o", 6), ("6", 2), ("ó", 1), ("ô", 1)]),
    "Å": (0.80, [("A", 1)]),
    "Ä": (0.40, [("A", 1)]),
    "Ö": (0.40, [("O", 3), ("0", 1)]),
}
RULES_C = [
    ("rn", [("m", 1)], 3.0),
    ("cl", [("d", 1)], 3.0),
    ("li", [("h", 1)], 2.0),
    ("l", [("I", 1)], 0.5),
    ("i", [("l", 1)], 0.4),
    ("e", [("c", 1)], 0.4),
    (".", [(",", 1)], 0.5),
]


def process_c(text: str, rng: random.Random) -> str:
    out_lines = []
    for line in text.split("\n"):
        toks = line.split()
        new = []
        for t in toks:
            if not has_letter(t):
                new.append(t)
                continue
            chars = []
            for ch in t:
                if ch in ENGLISH_MAP and rng.random() < ENGLISH_MAP[ch][0]:
                    chars.append(pick(rng, ENGLISH_MAP[ch][1]))
                else:
                    chars.append(ch)
            s = "".join(chars)
            if rng.random() < 0.03:
                s2 = substitute_once(rng, s, RULES_C)
                s = s2 if s2 is not None else s
            new.append(s)
        out_lines.append(rebuild(line, new))
    return "\n".join(out_lines)


# --- D: text copied from a published PDF (kfvast_dir) -----------------------------------------

LIGATURES = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]
PDF_WIDTH = 58  # characters per line of the PDF's body column (the label column takes the rest)
VOWELS = set("aeiouyåäöéAEIOUYÅÄÖÉ")
NEXT_UNITS = ("sch", "sj", "tj", "kj", "ch")  # go to the next line whole
KEEP_UNITS = ("ng", "ck")  # stay on the line whole (never begin a syllable)
ONSETS = ("br", "dr", "fr", "gr", "kr", "pr", "tr", "bl", "fl", "gl", "kl", "pl")  # go over together


# compounds whose seams the one-consonant rule misses: the layout program's exception list
HYPHENATION_EXCEPTIONS = {
    "förstahandsansökningar": "för-sta-hands-an-sök-ningar",
}


def break_points(word: str) -> list[int]:
    """Swedish one-consonant rule: break before the last consonant of a cluster between vowels
    (sj, tj, kj, ch, sch go over whole, as do a stop or f followed by r or l; ng and ck stay on the
    line); at least 2 letters stay on the line, at least 3 go to the next."""
    if not word.isalpha() or not word.islower() or len(word) < 6:
        return []
    if word in HYPHENATION_EXCEPTIONS:
        parts = HYPHENATION_EXCEPTIONS[word].split("-")
        return [sum(len(p) for p in parts[:i]) for i in range(1, len(parts))]
    points = []
    i = 0
    n = len(word)
    while i < n:
        if word[i] in VOWELS:
            j = i + 1
            while j < n and word[j] not in VOWELS:
                j += 1
            if j < n and j - i > 1:  # consonant cluster word[i+1:j] between two vowels
                cluster = word[i + 1:j]
                cut = j - 1
                for u in NEXT_UNITS + ONSETS:
                    if cluster.endswith(u):
                        cut = j - len(u)
                        break
                for u in KEEP_UNITS:
                    if cluster.endswith(u):
                        cut = j
                    elif cluster[:-1].endswith(u):
                        cut = j - 1
                cut = max(cut, i + 1)
                if cut < j and cut >= 2 and n - cut >= 3:
                    points.append(cut)
            i = j
        else:
            i += 1
    return points


def pdf_layout_breaks(text: str) -> dict[tuple[int, int], int]:
    """(line, token) -> letter position, for the gold tokens that the PDF's justified, hyphenated
    layout broke at a line end. Flowed paragraphs: runs of gold lines where every line but the last
    is at least 55 characters long; each paragraph is set greedily at PDF_WIDTH characters, and a
    word that does not fit is hyphenated at the last Swedish break point that still fits."""
    lines = text.split("\n")
    breaks: dict[tuple[int, int], int] = {}
    n = 0
    while n < len(lines):
        block = [n]
        while len(lines[block[-1]]) >= 55 and block[-1] + 1 < len(lines) and lines[block[-1] + 1].strip():
            block.append(block[-1] + 1)
        col = 0
        for ln in block:
            for k, t in enumerate(lines[ln].split()):
                need = len(t) + (1 if col else 0)
                if col + need <= PDF_WIDTH:
                    col += need
                    continue
                core = re.match(r"^(.*?)([.,:;)]*)$", t).group(1)
                room = PDF_WIDTH - col - (1 if col else 0) - 1  # -1 for the hyphen
                fits = [p for p in break_points(core) if p <= room]
                if fits and col:
                    breaks[(ln, k)] = max(fits)
                    col = len(t) - max(fits)
                else:
                    col = len(t)
        n = block[-1] + 1
    return breaks


def process_d(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    breaks = pdf_layout_breaks(text)
    out_lines = []
    for ln, line in enumerate(lines):
        new = []
        for k, t in enumerate(line.split()):
            if not has_letter(t):
                new.append(t)
                continue
            if (ln, k) in breaks:
                p = breaks[(ln, k)]
                t = t[:p] + "-" + t[p:]
            for seq, lig in LIGATURES:
                t = t.replace(seq, lig)
            new.append(t)
        out_lines.append(rebuild(line, new))
    return "\n".join(out_lines)


# --- E: feeder scan with two vertical streaks (skelleftea_ofn) ---------------------------------

STREAKS = (23, 58)  # character column where each streak crosses the first line
DRIFT_EVERY = 12  # the page was fed slightly skewed: the streaks move one column right per 12 lines
ABSORBED = set("lIi|1!dbhkfmHILTEFDBKMNPR")  # a stem already there takes the stroke in
STREAK_SUBST = {
    "a": [("d", 1)], "c": [("d", 1)], "o": [("d", 2), ("b", 1)], "e": [("é", 1)],
    "s": [("$", 1)], "S": [("$", 1)], "n": [("h", 1)], "t": [("f", 1)], "r": [("n", 1)],
    "j": [("l", 1)], ".": [("!", 1)], ",": [(";", 1)], "-": [("+", 1)], "O": [("Ø", 1)],
}
INSERTS = [("l", 5), ("I", 3), ("|", 2)]


def streak_columns(line_no: int, rng: random.Random) -> list[int]:
    return [base + line_no // DRIFT_EVERY + rng.randint(-2, 2) for base in STREAKS]


def process_e(text: str, rng: random.Random) -> str:
    out_lines = []
    for ln, line in enumerate(text.split("\n")):
        spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
        toks = line.split()
        for col in streak_columns(ln, rng):
            if rng.random() < 0.12:
                continue  # the streak is faint here (dust moved): nothing printed
            for k, (a, b) in enumerate(spans):
                if not a <= col < b or not has_letter(line[a:b]):
                    continue
                gold_tok = line[a:b]
                i = col - a
                ch = gold_tok[i]
                t = toks[k]
                if t != gold_tok:
                    break  # already damaged by the other streak (cannot happen with these columns)
                if ch in ABSORBED:
                    break
                if ch in STREAK_SUBST and rng.random() < 0.6:
                    t = t[:i] + pick(rng, STREAK_SUBST[ch]) + t[i + 1:]
                else:
                    j = i + (1 if rng.random() < 0.5 else 0)
                    t = t[:j] + pick(rng, INSERTS) + t[j:]
                toks[k] = t
                break
        out_lines.append(rebuild(line, toks))
    return "\n".join(out_lines)


PROCESSES = {
    "ovik_ksau": (process_a, 1501),
    "saffle_byggn": (process_b, 1502),
    "vaxjo_kpr": (process_c, 1503),
    "kfvast_dir": (process_d, 1504),
    "skelleftea_ofn": (process_e, 1505),
}


def main() -> None:
    for name, (process, seed) in PROCESSES.items():
        gold = (HERE / f"{name}.gold.txt").read_text(encoding="utf-8")
        ocr = process(gold, random.Random(seed))
        (HERE / f"{name}.ocr.txt").write_text(ocr, encoding="utf-8")


if __name__ == "__main__":
    main()
