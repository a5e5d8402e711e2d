"""Make the OCR side of the holdout20 pairs from their gold side (writer S).

Each pair is read by ONE simulated OCR process (see README.md). The script is seeded per pair, uses
the standard library only and is reproducible:

    python tests/proof/holdout20/make_damage.py          # rewrites every NAME.ocr.txt

Rules kept by every process: the damage works inside a token and never splits or joins tokens; the
whitespace of every line is kept byte for byte; tokens without a letter (numbers, dates, times, §,
amounts) are never touched, since an OCR engine that reads them wrongly would give a different token
class that the evaluation does not count.
"""
from __future__ import annotations

import math
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent

LOSE_DIACRITIC = {"ä": "a", "ö": "o", "å": "a", "Ä": "A", "Ö": "O", "Å": "A", "é": "e", "É": "E"}


def has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


def apply_op(token: str, rng: random.Random, ops: list[tuple[str, str, float]]) -> str:
    """One glyph-level misreading: ops are (regex, replacement, weight); one applicable match is
    chosen with probability proportional to its weight and replaced. Returns the token unchanged if
    no op applies."""
    cands = []
    for pat, rep, w in ops:
        for m in re.finditer(pat, token):
            cands.append((m, rep, w))
    if not cands:
        return token
    total = sum(w for _, _, w in cands)
    x = rng.random() * total
    for m, rep, w in cands:
        x -= w
        if x <= 0:
            break
    new = token[: m.start()] + m.expand(rep) + token[m.end():]
    return new if new and not any(c.isspace() for c in new) else token


def map_lines(gold: str, fn) -> str:
    """fn(line_no, n_lines, token_index, n_tokens, token) -> token, for word tokens only."""
    lines = gold.split("\n")
    out = []
    for n, line in enumerate(lines):
        parts = re.split(r"(\s+)", line)
        toks = [p for p in parts if p and not p.isspace()]
        k = 0
        new_parts = []
        for p in parts:
            if p and not p.isspace():
                new_parts.append(fn(n, len(lines), k, len(toks), p) if has_letter(p) else p)
                k += 1
            else:
                new_parts.append(p)
        out.append("".join(new_parts))
    return "\n".join(out)


# --- A: office MFP, scan to searchable PDF, Swedish OCR (kalmar_kdg) -------------------------------

MFP_OPS = [
    (r"l", "I", 3.0), (r"I", "l", 2.0), (r"(?<=k)l", "I", 3.0), (r"rn", "m", 3.0), (r"m", "rn", 1.5),
    (r"(?<=[a-z])i(?=[a-z])", "l", 1.0), (r"fi", "fl", 1.0), (r"e", "c", 0.8), (r"c", "e", 0.6),
    (r"å", "ä", 1.2), (r"ä", "a", 0.5), (r"ö", "ô", 0.3), (r"^s", "S", 0.8), (r"^o", "O", 0.5),
    (r"^v", "V", 0.5), (r"^S", "s", 0.5), (r",$", ".", 1.5), (r"\.$", ",", 1.0), (r"(?<=\w)\.(?=\w)", ",", 0.6),
    (r"t(?=t)", "", 0.6), (r"ii", "ü", 0.3), (r"O", "0", 0.4), (r"(?<=\w):$", ";", 0.8),
]


def mfp(name: str, gold: str) -> str:
    rng = random.Random(f"holdout20:{name}:mfp")

    def fn(n, total, k, ntok, tok):
        # The ADF feeds the sheet with a slight skew that grows toward the trailing edge; the
        # engine's deskew leaves the lower lines a little softer.
        p = 0.07 + 0.08 * (n / max(total - 1, 1))
        if rng.random() < p:
            return apply_op(tok, rng, MFP_OPS)
        return tok

    return map_lines(gold, fn)


# --- B: phone scanning app, recognition language English (lulea_csg) -------------------------------

PHONE_OPS = [
    (r"rn", "m", 2.0), (r"m", "rn", 1.0), (r"cl", "d", 1.2), (r"d", "cl", 0.8), (r"li", "h", 1.0),
    (r"h", "li", 0.5), (r"e", "c", 1.5), (r"e", "o", 0.8), (r"a", "o", 0.8), (r"o", "a", 0.5),
    (r"i", "l", 1.0), (r"l", "I", 1.5), (r"t", "l", 0.8), (r"f", "t", 0.8), (r"n", "ri", 0.6),
    (r"u", "n", 0.8), (r"s", "a", 0.4), (r",$", ".", 1.0), (r"\.$", ",", 1.0),
]
# At the right margin the page curls away from the lens: the last letter of a line's last word
# (with any punctuation after it) can be lost.
PHONE_EDGE_OPS = PHONE_OPS + [(r"(?<=[a-zåäö]{3})[a-zåäö][.,:]?$", "", 4.0)]
ENGLISH_NO_DIACRITIC = {"ä": ["a", "a", "a", "à"], "ö": ["o", "o", "o", "6"], "å": ["a", "a", "a", "à"],
                        "Ä": ["A"], "Ö": ["O", "O", "0"], "Å": ["A"]}


def phone(name: str, gold: str) -> str:
    rng = random.Random(f"holdout20:{name}:phone")
    lines = gold.split("\n")
    top, bottom = int(len(lines) * 0.42), int(len(lines) * 0.72)

    def fn(n, total, k, ntok, tok):
        # The phone's own shadow lies across a band of lines in the middle of the page: contrast
        # drops there and the shapes blur; elsewhere the page is sharp.
        shadow = top <= n < bottom
        # Recognition language English (the app's default): the model has no å ä ö. Where the
        # marks are clear the app's shape classifier still emits the Swedish letter; where they are
        # faint (much more often in the shadow) the language model pulls it to the bare base
        # letter, sometimes to à or a digit of like shape.
        out = []
        for ch in tok:
            if ch in ENGLISH_NO_DIACRITIC and rng.random() < (0.45 if shadow else 0.12):
                out.append(rng.choice(ENGLISH_NO_DIACRITIC[ch]))
            else:
                out.append(ch)
        tok = "".join(out)
        p = 0.25 if shadow else 0.035
        if rng.random() < p:
            ops = PHONE_EDGE_OPS if k == ntok - 1 else PHONE_OPS
            tok = apply_op(tok, rng, ops)
            if shadow and rng.random() < 0.25:
                tok = apply_op(tok, rng, ops)
        return tok

    return map_lines(gold, fn)


# --- C: 1993 dot-matrix print with a dead top pin, archive scan (eksjo_kfn) --------------------------

TOP_PIN = {"ä": "a", "ö": "o", "å": "a", "Ä": "A", "Ö": "O", "Å": "A", "T": "I"}
ARCHIVE_OPS = [
    (r"e", "c", 2.0), (r"o", "c", 0.8), (r"a", "o", 1.0), (r"rn", "m", 1.5), (r"m", "rn", 1.5),
    (r"n", "ri", 0.8), (r"d", "cl", 0.8), (r"h", "b", 1.0), (r"b", "h", 0.6), (r"i", "l", 1.2),
    (r"l", "1", 1.0), (r"f", "t", 0.8), (r"t", "f", 0.5), (r"u", "n", 0.8), (r"g", "q", 0.6),
    (r"s", "e", 0.5), (r"B", "8", 0.5), (r"S", "5", 0.4), (r"O", "0", 0.4), (r"\.$", ",", 1.0),
    (r",$", ".", 0.8), (r"(?<=[a-zåäö])[a-zåäö](?=[a-zåäö])", "", 0.7),
]


def dotmatrix(name: str, gold: str) -> str:
    rng = random.Random(f"holdout20:{name}:dotmatrix")
    last = len(gold.rstrip("\n").split("\n")) - 1

    def fn(n, total, k, ntok, tok):
        if n == last:
            # The archive's rubber stamp (added when the page was digitised): no dot-matrix print,
            # but uneven stamp ink, so only the scan's own misreadings, at a higher rate.
            return apply_op(tok, rng, ARCHIVE_OPS) if rng.random() < 0.35 else tok
        # The top pin of the 9-pin head misfires more often than not (it prints only about two strikes in five): dots and rings over ä ö å (and the
        # raised dots over Ä Ö Å) are not printed, nor is the top bar of T.
        out = []
        for ch in tok:
            if ch in TOP_PIN and rng.random() < (0.62 if ch != "T" else 0.5):
                out.append(TOP_PIN[ch])
            else:
                out.append(ch)
        tok = "".join(out)
        # A worn ribbon and a 300 dpi bilevel scan: broken and filled strokes, at a rate that
        # rises as the ribbon fades over the page.
        p = 0.03 + 0.05 * (n / max(total - 1, 1))
        if rng.random() < p:
            tok = apply_op(tok, rng, ARCHIVE_OPS)
        return tok

    return map_lines(gold, fn)


# --- D: fax received as e-mail attachment, Tesseract with Swedish data (sala_tnau) -----------------

FAX_OPS = [
    (r"ä", "a", 2.0), (r"ö", "o", 2.0), (r"å", "ä", 1.5), (r"ä", "å", 1.0), (r"Ö", "O", 1.0),
    (r"e", "c", 1.5), (r"a", "o", 1.2), (r"o", "a", 0.6), (r"i", "l", 1.2), (r"l", "i", 0.8),
    (r"h", "b", 0.8), (r"n", "m", 0.8), (r"m", "n", 0.6), (r"rn", "m", 1.2), (r"s", "e", 0.6),
    (r"u", "n", 0.8), (r"t", "l", 0.6), (r"r", "t", 0.5), (r"[a-zåäö](?=[a-zåäö])", "", 0.6),
    (r",$", ".", 1.0), (r"\.$", ",", 0.8), (r"^([a-zåäö]+)$", r"\1'", 0.2),
]


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def fax(name: str, gold: str, lexicon: set[str]) -> str:
    rng = random.Random(f"holdout20:{name}:fax")
    lines = gold.split("\n")
    # Standard-mode fax (204 x 98 dpi) from a machine with a dirty scanner glass: some scan lines
    # drop out or smear across the page, so a few text lines are badly hit and the rest are legible.
    streak = {n for n in range(len(lines)) if lines[n].strip() and rng.random() < 0.2}

    def fn(n, total, k, ntok, tok):
        p = 0.65 if n in streak else 0.12
        if rng.random() >= p:
            return tok
        new = apply_op(tok, rng, FAX_OPS)
        if n in streak and rng.random() < 0.35:
            new = apply_op(new, rng, FAX_OPS)
        # Tesseract's Swedish word list pulls an uncertain word to a nearby valid one.
        # Only whole words of four letters or more are looked up; the result may be the right word
        # again (the dictionary repairs the misreading) or another valid word (a real-word error).
        m = re.fullmatch(r"([^\wåäöÅÄÖ]*)([\wåäöÅÄÖ]+)([^\wåäöÅÄÖ]*)", new)
        if m and len(m.group(2)) >= 4 and m.group(2).isalpha() and m.group(2).lower() not in lexicon:
            head, core, tail = m.groups()
            near = sorted(w for w in lexicon if len(w) >= 4 and abs(len(w) - len(core)) <= 1
                          and edit_distance(w, core.lower()) == 1)
            if near and rng.random() < 0.7:
                w = rng.choice(near)
                new = head + (w[0].upper() + w[1:] if core[0].isupper() else w) + tail
        return new

    return map_lines(gold, fn)


# --- E: text copied from a PDF whose font has no usable ToUnicode map (gotland_rdlg) ---------------

SPACING_ACCENT = {"\u0308": "\u00a8", "\u030a": "\u02da", "\u0301": "\u00b4"}
LIGATURE = {"ffi": "\ufb03", "ffl": "\ufb04", "ff": "\ufb00", "fi": "\ufb01", "fl": "\ufb02"}


def pdf_copy_token(tok: str) -> str:
    """The document generator draws å ä ö é as a base glyph with an accent glyph placed on it, and
    sets fi/fl/ff as ligature glyphs. With no ToUnicode map the reader recovers text from glyph
    names: the accent comes out as its spacing character right after the base letter, each
    ligature as its presentation-form character."""
    out = []
    for ch in tok:
        d = unicodedata.normalize("NFD", ch)
        if len(d) == 2 and d[1] in SPACING_ACCENT:
            out.append(d[0] + SPACING_ACCENT[d[1]])
        else:
            out.append(ch)
    s = "".join(out)
    for lig, rep in LIGATURE.items():
        s = s.replace(lig, rep)
    return s


HEADING = re.compile(r"^(\d+\. \S|Minnesanteckningar|Region )")


def is_heading(line: str) -> bool:
    """gotland_rdlg: the title lines and the numbered item headings are set in the heading font."""
    return bool(HEADING.match(line))


def label_tokens(line: str) -> int:
    """gotland_rdlg: how many tokens at the start of a line form a bold label ("Datum:", "Nästa
    möte:"), i.e. the tokens up to a first colon-ended token among the first two; 0 if none."""
    toks = line.split()
    for i, tok in enumerate(toks[:2]):
        if tok.endswith(":"):
            return i + 1
    return 0


def in_heading_font(line: str, k: int) -> bool:
    return is_heading(line) or k < label_tokens(line)


def pdf_copy(name: str, gold: str) -> str:
    # Only the body font lacks a ToUnicode map; the heading font (title, item headings and the
    # bold labels) is embedded with one and copies correctly.
    lines = gold.split("\n")
    return map_lines(gold, lambda n, total, k, ntok, tok: tok if in_heading_font(lines[n], k) else pdf_copy_token(tok))


# ----------------------------------------------------------------------------------------------------

PROCESSES = {
    "kalmar_kdg": "mfp",
    "lulea_csg": "phone",
    "eksjo_kfn": "dotmatrix",
    "sala_tnau": "fax",
    "gotland_rdlg": "pdf_copy",
}


def lexicon_of_golds() -> set[str]:
    """The fax engine's word list, modelled as the word forms of all five gold texts."""
    words = set()
    for name in PROCESSES:
        for tok in (HERE / f"{name}.gold.txt").read_text(encoding="utf-8").split():
            w = re.sub(r"^[^\wåäöÅÄÖ]+|[^\wåäöÅÄÖ]+$", "", tok).lower()
            if w.isalpha() and len(w) >= 2:
                words.add(w)
    return words


def make(name: str) -> str:
    gold = (HERE / f"{name}.gold.txt").read_text(encoding="utf-8")
    kind = PROCESSES[name]
    if kind == "mfp":
        return mfp(name, gold)
    if kind == "phone":
        return phone(name, gold)
    if kind == "dotmatrix":
        return dotmatrix(name, gold)
    if kind == "fax":
        return fax(name, gold, lexicon_of_golds())
    return pdf_copy(name, gold)


def main() -> int:
    for name in PROCESSES:
        (HERE / f"{name}.ocr.txt").write_text(make(name), encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
