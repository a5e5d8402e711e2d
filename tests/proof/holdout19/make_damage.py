"""Writes NAME.ocr.txt from NAME.gold.txt for the sealed holdout set 19 (writer R).

Deterministic and seeded: running it again gives byte-identical OCR files. Each pair has its own
process (A-E, see README.md). The damage is applied token by token to tokens that hold a letter;
whitespace and tokens without a letter are copied unchanged, and no token is split or merged.

    .venv/bin/python tests/proof/holdout19/make_damage.py          # write the OCR files
    .venv/bin/python tests/proof/holdout19/make_damage.py --check  # only compare with the files
"""
from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent

# Token function: (token, line number from 0, line text, rng) -> damaged token.
TokenFn = Callable[[str, int, str, random.Random], str]


def has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


def apply(text: str, fn: TokenFn, seed: int) -> str:
    rng = random.Random(seed)
    out = []
    for n, line in enumerate(text.split("\n")):
        parts = re.split(r"(\S+)", line)
        for i in range(1, len(parts), 2):
            tok = parts[i]
            if has_letter(tok):
                new = fn(tok, n, line, rng)
                assert new and not any(ch.isspace() for ch in new), (tok, new)
                parts[i] = new
        out.append("".join(parts))
    return "\n".join(out)


def split_punct(tok: str) -> tuple[str, str, str]:
    """(leading punctuation, core, trailing punctuation)."""
    m = re.fullmatch(r"([(\"']*)(.*?)([.,:;)\"']*)", tok)
    assert m
    return m.group(1), m.group(2), m.group(3)


# --- A: 7-bit printout (ISO 646-SE letters printed with the US-ASCII table) -------------------

SEVEN_BIT = str.maketrans("ÄÖÅäöåÉéÜü", "[\\]{|}@`^~")


def seven_bit(tok: str, n: int, line: str, rng: random.Random) -> str:
    return tok.translate(SEVEN_BIT)


# --- B: handwriting recognition with a model trained on 19th-century records -----------------

# Spelling of the records the model learnt from (before the 1906 spelling reform), which its
# language model prefers where the handwriting allows it.
ARCHAIC_PREFIXES = (("av", "af"), ("Av", "Af"), ("över", "öfver"), ("skriv", "skrifv"),
                    ("vilk", "hvilk"), ("kval", "qval"))
ARCHAIC_WORDS = {"fört": "fördt", "visat": "visadt", "konstaterat": "konstateradt",
                 "besiktigat": "besiktigadt", "blir": "blifver"}

CURSIVE = {"n": "ur", "u": "n", "m": "nw", "a": "ou", "o": "a", "e": "ci", "i": "e", "r": "vn",
           "v": "r", "t": "l", "l": "tb", "h": "kb", "k": "h", "s": "r", "ä": "åa", "å": "äa",
           "ö": "oä", "g": "y", "y": "g", "b": "l", "d": "a"}
CASE_SHAPES = "SsKkVvOoCcUuZzJjWw"


def archaic(core: str) -> str | None:
    if core in ARCHAIC_WORDS:
        return ARCHAIC_WORDS[core]
    for old, new in ARCHAIC_PREFIXES:
        if core.startswith(old) and not core.startswith("avg"):
            return new + core[len(old):]
    return None


def htr(tok: str, n: int, line: str, rng: random.Random) -> str:
    lead, core, trail = split_punct(tok)
    old = archaic(core)
    if old is not None and rng.random() < 0.6:
        return lead + old + trail
    if rng.random() >= 0.19 or not core:
        return tok
    kind = rng.random()
    if kind < 0.18 and core[0] in CASE_SHAPES:
        core = core.swapcase()[0] + core[1:]
    elif kind < 0.36 and len(core) > 4 and core[-1] in "naert":
        core = core[:-1]
    else:
        for _ in range(1 if rng.random() < 0.75 else 2):
            spots = [i for i, ch in enumerate(core) if ch in CURSIVE]
            if not spots:
                break
            i = rng.choice(spots)
            core = core[:i] + rng.choice(CURSIVE[core[i]]) + core[i + 1:]
    return lead + core + trail


# --- C: vision-language model transcription ---------------------------------------------------

# Names and places the model "corrects" to the spelling it has seen most often: every time.
VLM_ALWAYS = {"Söderqvist": "Söderkvist", "Pärsson": "Persson", "Mathilda": "Matilda",
              "Ekwall": "Ekvall", "Zandra": "Sandra", "Lindqvist": "Lindkvist",
              "Njutånger": "Njurunda", "Wiklund": "Viklund",
              "mathilda.ekwall@hudiksvall.se": "matilda.ekvall@hudiksvall.se"}
# Fluent rewrites it makes now and then: abbreviations written out, more common compounds,
# synonyms, other inflections, rare words read as frequent ones.
VLM_SOMETIMES = {"ev.": "eventuellt", "Ang.": "Angående", "resp.": "respektive", "enl.": "enligt",
                 "p.g.a.": "pga.", "ordf.": "ordförande", "elavbrotten": "strömavbrotten",
                 "Reservkraftverket": "Reservkraftsverket",
                 "Kokningsrekommendationen": "Kokrekommendationen", "kvarstår": "kvarstod",
                 "bräddning": "bräddningar", "beslutade": "beslöt",
                 "Trygghetspunkter": "Trygghetspunkterna", "Annelie": "Anneli", "Jonny": "Johnny",
                 "krisledningsrummet": "krisledningsrum", "avloppspumpstationer": "pumpstationer",
                 "Elnätsbolaget": "Elbolaget", "lägesbilden": "lägesbild", "konteras": "kontrolleras",
                 "bygdegård": "bygdegården", "församlingshem": "församlingshemmet",
                 "ekonomienheten": "ekonomiavdelningen", "abonnenter": "kunder",
                 "glesbygden": "landsbygden", "förstärkt": "förhöjt",
                 "bemanningsplan": "bemanningsplanering", "Skolskjutsarna": "Skolskjutsen",
                 "hävas": "upphävas", "Stabsmöte": "Stabsmötet", "säkerhetssamordnare": "säkerhetssamordnaren",
                 "TiB": "TIB", "VA-chef": "VA-chefen", "Framkomligheten": "Framkomligheterna",
                 "redovisade": "redogjorde", "hyrda": "inhyrda", "Lägesrapporter": "Lägesrapporterna"}


def vlm(tok: str, n: int, line: str, rng: random.Random) -> str:
    lead, core, trail = split_punct(tok)
    if tok in VLM_SOMETIMES:  # abbreviations keep their own full stops in the key
        return VLM_SOMETIMES[tok] if rng.random() < 0.8 else tok
    if core in VLM_ALWAYS:
        return lead + VLM_ALWAYS[core] + trail
    if core in VLM_SOMETIMES and VLM_SOMETIMES[core] != core:
        return lead + VLM_SOMETIMES[core] + trail if rng.random() < 0.8 else tok
    return tok


# --- D: show-through and toner specks on thin double-sided paper ------------------------------

# Marks can only be added: a speck over a letter gives it a diacritic or a stroke.
ADDED = {"a": "äåáà", "o": "öóø", "e": "éëè", "u": "üú", "i": "íï", "y": "ý", "n": "ñ", "c": "çe",
         "l": "t", "A": "ÄÅ", "O": "ÖØ", "E": "ÉË", "U": "Ü", "I": "Í", "F": "E"}
SPECKS = "'.,`·"


def specks(tok: str, n: int, line: str, rng: random.Random) -> str:
    if rng.random() >= 0.145:
        return tok
    kind = rng.random()
    if kind < 0.55 or kind >= 0.9:
        spots = [i for i, ch in enumerate(tok) if ch in ADDED]
        if spots:
            i = rng.choice(spots)
            tok = tok[:i] + rng.choice(ADDED[tok[i]]) + tok[i + 1:]
        else:
            kind = 0.7
    if 0.55 <= kind:
        i = rng.randint(1, len(tok))
        tok = tok[:i] + rng.choice(SPECKS) + tok[i:]
    return tok


# --- E: underlined headings and decisions, underline removed with the descenders ---------------

CLIPPED = {"g": "oa", "p": "on", "q": "ao", "y": "v", "j": "i", ",": ".", ";": ":", "Q": "O"}
DECISION_LABEL = "Direktionens beslut"


def underlined_lines(text: str) -> set[int]:
    """Line numbers (from 0) of the underlined lines: every § heading, and each decision
    label with the decision text under it up to the next blank line."""
    under: set[int] = set()
    in_decision = False
    for n, line in enumerate(text.split("\n")):
        if line.strip() == DECISION_LABEL:
            in_decision = True
        elif not line.strip():
            in_decision = False
        if in_decision or line.startswith("§ "):
            under.add(n)
    return under


def make_underline(gold: str) -> TokenFn:
    under = underlined_lines(gold)

    def clip(tok: str, n: int, line: str, rng: random.Random) -> str:
        if n not in under:
            return tok
        return "".join(rng.choice(CLIPPED[ch]) if ch in CLIPPED and rng.random() < 0.8 else ch
                       for ch in tok)

    return clip


# --- the pairs --------------------------------------------------------------------------------

PROCESSES: dict[str, tuple[str, int]] = {
    "helsingborg_hamn": ("A", 19001),
    "ragunda_hvn": ("B", 19002),
    "hudiksvall_krisstab": ("C", 19003),
    "kalmar_klg": ("D", 19004),
    "sodertorn_bff": ("E", 19005),
}


def damage(name: str, gold: str) -> str:
    letter, seed = PROCESSES[name]
    fn: TokenFn = {"A": seven_bit, "B": htr, "C": vlm, "D": specks}.get(letter) or make_underline(gold)
    return apply(gold, fn, seed)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    bad = 0
    for name in PROCESSES:
        gold = (HERE / f"{name}.gold.txt").read_text(encoding="utf-8")
        ocr = damage(name, gold)
        path = HERE / f"{name}.ocr.txt"
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != ocr:
                print(f"{name}: OCR file differs from make_damage.py output")
                bad += 1
        else:
            path.write_text(ocr, encoding="utf-8", newline="\n")
            print(f"wrote {path.name}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
