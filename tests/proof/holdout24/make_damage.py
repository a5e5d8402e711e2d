"""Simulated OCR damage for holdout24 (writer W, written blind).

Reads NAME.gold.txt in this folder and writes NAME.ocr.txt, one OCR process per pair. The run is
deterministic: every pair has its own random.Random seeded with a fixed string, and tokens are
visited in reading order, so two runs give byte-identical output.

Shared rules (all processes)
----------------------------
* The text is split per line with re.split(r"(\\S+)", line); the whitespace between tokens is copied
  unchanged, so the OCR text has the same lines, the same whitespace layout and the same tokens
  positions as the gold. No token is split or merged: a process works on one token at a time and
  never emits whitespace.
* Tokens without a letter (numbers, dates, times, §, –, bullets, diarienummer) are never touched.
* A token with letters may lose all of them; if a process would leave it empty, it becomes a
  single speck "." (what an engine reads for a word that has faded or been covered away).
* Each process gets the token, its line index, the column where it starts, the number of lines
  and the longest line length, so damage can depend on where on the page the token sits.

The five processes (details in each class docstring)
----------------------------------------------------
pitea_ksau       DanishModelEngine   clean 300 dpi scan, engine run with a Danish/Norwegian model
fyrbodal_kdg     ThermalFaxFade      received on thermal fax paper that faded unevenly before scanning
trelleborg_klg   ScreenShareGrab     screenshots of a Teams screen share read by a desktop text grabber
hudiksvall_kpr   HighlighterBilevel  marker-highlighted passages, page scanned black-and-white
katrineholm_fsg  PhotocopyGenerations third-generation photocopy (copy of a copy of a copy)

Run:  .venv/bin/python tests/proof/holdout24/make_damage.py
"""
from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).parent
SEED = "holdout24-writer-W"


def has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


class Process:
    """Base class: ``token(tok, line, col, n_lines, width)`` returns the OCR reading of ``tok``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def prepare(self, gold: str) -> None:  # processes that need the whole page override this
        pass

    def token(self, tok: str, line: int, col: int, n_lines: int, width: int) -> str:
        raise NotImplementedError

    # helpers -------------------------------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options: list[tuple[str, float]]) -> str:
        """Weighted choice among (value, weight)."""
        total = sum(w for _, w in options)
        r = self.rng.random() * total
        for value, w in options:
            r -= w
            if r < 0:
                return value
        return options[-1][0]

    def replace_pairs(self, tok: str, table: dict[str, float], repl: dict[str, str], scale: float = 1.0) -> str:
        """Replace multi-letter glyph groups (e.g. 'rn' -> 'm'), each occurrence with its probability."""
        for seq, p in table.items():
            out, i = [], 0
            while i < len(tok):
                if tok.startswith(seq, i) and self.chance(p * scale):
                    out.append(repl[seq])
                    i += len(seq)
                else:
                    out.append(tok[i])
                    i += 1
            tok = "".join(out)
        return tok


# --------------------------------------------------------------------------------------------
class DanishModelEngine(Process):
    """pitea_ksau: a clean 300 dpi office scan, recognised by an LSTM engine that the registry had
    configured with the Danish/Norwegian language model instead of the Swedish one.

    The glyph shapes are clean; all damage comes from the model's character set and dictionary:
    * ä/Ä are rare in the Danish training text: a clear 'ä' is still read right with p 0.25, otherwise
      the dots above the bowl are taken for the Danish ring (ä -> å, p 0.55 of the errors), dropped
      (ä -> a, 0.33) or the wide letter becomes æ (0.12). Capitals: Ä -> Å or A.
    * ö/Ö: the Danish/Norwegian letter ø is the nearest class: ö -> ø (0.6 of the errors) or o;
      Ö -> Ø or O. Correct reading p 0.25.
    * Dictionary pull: Swedish words that become a Danish/Norwegian word after that mapping
      (för -> før, över -> øver, är -> år, även, mötet ...) are almost always mapped (p 0.95),
      because the word list confirms the wrong reading. Some results are real Swedish words (år).
    * Out-of-dictionary Swedish compounds (12+ letters) get a worse language-model score, so one
      visually close glyph is resolved the wrong way with p 0.14 (rn/m, cl/d, li/h, e/c, i/l, h/b,
      u/n, t/f), anywhere inside the word.
    * å/Å are Danish letters too and are read correctly.
    """

    DANISH_HITS = {"för": "før", "över": "øver", "är": "år", "även": "øven", "mötet": "møtet",
                   "möte": "møte", "sökt": "søkt", "dör": "dør", "höra": "høra"}
    COMPOUND_SWAPS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("i", "l"),
                      ("h", "b"), ("u", "n"), ("n", "u"), ("t", "f")]

    def token(self, tok, line, col, n_lines, width):
        core = tok.strip('.,:;()"')
        if core.lower() in self.DANISH_HITS and self.chance(0.95):
            target = self.DANISH_HITS[core.lower()]
            if core[0].isupper():
                target = target[0].upper() + target[1:]
            return tok.replace(core, target)
        out = []
        for ch in tok:
            if ch == "ä" and self.chance(0.75):
                out.append(self.pick([("å", 0.55), ("a", 0.33), ("æ", 0.12)]))
            elif ch == "Ä" and self.chance(0.75):
                out.append(self.pick([("Å", 0.6), ("A", 0.3), ("Æ", 0.1)]))
            elif ch == "ö" and self.chance(0.75):
                out.append(self.pick([("ø", 0.6), ("o", 0.4)]))
            elif ch == "Ö" and self.chance(0.75):
                out.append(self.pick([("Ø", 0.7), ("O", 0.3)]))
            else:
                out.append(ch)
        new = "".join(out)
        letters = sum(c.isalpha() for c in tok)
        if letters >= 12 and new == tok and self.chance(0.14):
            options = [(a, b) for a, b in self.COMPOUND_SWAPS if a in tok[1:]]
            if options:
                a, b = self.rng.choice(options)
                spots = [i for i in range(1, len(tok)) if tok.startswith(a, i)]
                i = self.rng.choice(spots)
                new = tok[:i] + b + tok[i + len(a):]
        return new


# --------------------------------------------------------------------------------------------
class ThermalFaxFade(Process):
    """fyrbodal_kdg: the minutes were faxed to a member office and printed on thermal paper. The
    sheet lay half under a window for weeks before being scanned for the diarium, so the print has
    faded unevenly: almost intact at the top, increasingly pale towards the bottom, and paler again
    along the right-hand edge where the curled roll stood up towards the light.

    Fade level f for a character at (line fraction y, column fraction x):
        f = 0.03 + 0.50 * max(0, (y - 0.30) / 0.70) ** 1.2 + 0.22 * max(0, x - 0.70) / 0.30
    Per character, with probability f * susceptibility, the thin part of the glyph is lost:
    * dots and rings go first (susceptibility 1.0): ä -> a, ö -> o, å -> a, i -> l (dotless stem),
      j -> l;
    * thin horizontal strokes (0.7): e -> c, t -> l, f -> l, capital E -> F, capital Ä/Ö/Å lose
      their marks;
    * thin joins (0.3-0.35): m -> n or rn, n -> r, h -> li, a -> o, u -> n;
    * capitals are printed with more dots and are robust (other capitals 0.15: O -> C, B -> R).
    Where f > 0.35 a whole character can vanish, with probability (f - 0.35) * 0.5; hairline
    letters (r, i, l, t, f, s) vanish first. A token whose letters all fade becomes "." .
    Digits are never touched (the rule for tokens without letters), and digits inside letter
    tokens are left alone too.
    """

    LOSS = {
        "ä": ("a", 1.0), "ö": ("o", 1.0), "å": ("a", 1.0), "i": ("l", 1.0), "j": ("l", 0.8),
        "e": ("c", 0.7), "t": ("l", 0.7), "f": ("l", 0.6),
        "E": ("F", 0.5), "Ä": ("A", 0.9), "Ö": ("O", 0.9), "Å": ("A", 0.9),
        "m": ("rn|n", 0.35), "n": ("r", 0.35), "h": ("li", 0.3), "a": ("o", 0.3), "u": ("n", 0.3),
        "O": ("C", 0.15), "B": ("R", 0.15),
    }
    HAIRLINE = set("rilts")

    def fade(self, line, col, n_lines, width):
        y = line / max(1, n_lines - 1)
        x = col / max(1, width)
        return 0.03 + 0.50 * max(0.0, (y - 0.30) / 0.70) ** 1.2 + 0.22 * max(0.0, x - 0.70) / 0.30

    def token(self, tok, line, col, n_lines, width):
        out = []
        for k, ch in enumerate(tok):
            f = self.fade(line, col + k, n_lines, width)
            if ch.isalpha() and f > 0.35:
                vanish = (f - 0.35) * 0.5 * (1.6 if ch in self.HAIRLINE else 0.6)
                if self.chance(vanish):
                    continue
            if ch in self.LOSS:
                repl, sus = self.LOSS[ch]
                if self.chance(f * sus):
                    out.append(self.rng.choice(repl.split("|")))
                    continue
            out.append(ch)
        return "".join(out) or "."


# --------------------------------------------------------------------------------------------
class ScreenShareGrab(Process):
    """trelleborg_klg: the note-taker shared the Word document in a Teams meeting; a participant
    took three screenshots while the document was scrolled and ran a desktop text grabber
    (Swedish recogniser) on them. The shared screen arrives down-scaled to about 0.7, so the
    sans-serif text is some 9 px high, anti-aliased and blurred by video compression.

    * Small diacritics at 9 px: ä -> a (p 0.16) or ä -> å (0.06); å -> a (0.20); ö -> o (0.14);
      capitals Å/Ä/Ö -> A/A/O (0.25).
    * Pixel-level merges of narrow sans-serif glyphs: rn -> m (0.45), cl -> d (0.35), m -> rn (0.03),
      ri -> n (0.08).
    * Sans-serif I/l are one vertical bar: word-initial capital I -> l (0.6), word-initial l -> I
      (0.06).
    * Anti-aliasing blurs the final full stop and comma of a word: '.' -> ',' (0.12),
      ',' -> '.' (0.10).
    * The presenter's floating video tile covers the bottom-right corner of each screenshot. Every
      screenshot shows 28 document lines (lines 0-27, 28-55, 56-83); on its last 6 lines, text at
      column >= 46 lies under the semi-transparent tile edge: each character is dropped (p 0.18) or
      replaced by a glyph of similar outline (p 0.30), giving heavy damage in that corner only.
    """

    SCREEN_LINES = 28
    TILE_LINES = 6
    TILE_COL = 46
    LOOKALIKE = {"a": "e", "e": "c", "c": "e", "o": "c", "n": "r", "m": "n", "h": "b", "b": "h", "d": "a",
                 "i": "l", "l": "i", "t": "f", "f": "t", "r": "", "s": "e", "u": "v", "v": "y", "g": "q",
                 "k": "x", "p": "o", "ä": "a", "ö": "o", "å": "a", "j": "i"}

    @classmethod
    def under_tile(cls, line: int, col: int) -> bool:
        return line % cls.SCREEN_LINES >= cls.SCREEN_LINES - cls.TILE_LINES and col >= cls.TILE_COL

    def token(self, tok, line, col, n_lines, width):
        if self.under_tile(line, col):
            out = []
            for ch in tok:
                r = self.rng.random()
                if ch.isalpha() and r < 0.18:
                    continue
                if ch.isalpha() and r < 0.48:
                    out.append(self.LOOKALIKE.get(ch.lower(), ch))
                else:
                    out.append(ch)
            new = "".join(out)
            return new if new else "."
        new = self.replace_pairs(tok, {"rn": 0.45, "cl": 0.35, "ri": 0.08, "m": 0.03},
                                 {"rn": "m", "cl": "d", "ri": "n", "m": "rn"})
        out = []
        for k, ch in enumerate(new):
            if ch == "ä":
                out.append(self.pick([("a", 0.16), ("å", 0.06), ("ä", 0.78)]))
            elif ch == "å":
                out.append("a" if self.chance(0.20) else ch)
            elif ch == "ö":
                out.append("o" if self.chance(0.14) else ch)
            elif ch in "ÅÄÖ" and self.chance(0.25):
                out.append({"Å": "A", "Ä": "A", "Ö": "O"}[ch])
            elif ch == "I" and (k == 0 or not new[k - 1].isalpha()) and self.chance(0.6):
                out.append("l")
            elif ch == "l" and (k == 0 or not new[k - 1].isalpha()) and self.chance(0.06):
                out.append("I")
            elif ch == "." and k == len(new) - 1 and self.chance(0.12):
                out.append(",")
            elif ch == "," and k == len(new) - 1 and self.chance(0.10):
                out.append(".")
            else:
                out.append(ch)
        return "".join(out)


# --------------------------------------------------------------------------------------------
class HighlighterBilevel(Process):
    """hudiksvall_kpr: the chair marked the passages she wanted to follow up with a yellow
    highlighter before handing the signed minutes to the registry, which scans black-and-white
    (bilevel, 300 dpi, automatic threshold). Under the marker the yellow comes out as a grey
    dither of isolated black dots; the rest of the page is a clean scan.

    * Highlighted spans are sentences chosen by their content (decisions, the deficit, the
      building dates, the next meeting); a span runs from a start phrase to an end phrase in
      the running text and covers every token that overlaps it, across line breaks.
    * Inside a span each token is damaged with p 0.50:
      - dither dots above vowels become diacritics: a -> ä or å, o -> ö, e -> é, u -> ü;
      - dots glued to letters by the threshold: c -> e, r -> n, n -> m, h -> b, l -> i, i -> l, v -> y;
      - a dot beside the word is read as punctuation appended at its end: . , ' or `.
      One to two such edits per damaged token.
    * The marker pools ink where the stroke starts and where it is lifted, so the first and the
      last token of every span are damaged with p 0.9 and get two to three edits, one of which
      may drop a letter.
    * Outside the spans: a clean modern scan, one glyph error (rn -> m, e -> c, ä -> a) in about
      1.5 % of tokens.
    """

    SPANS = [
        ("Nämnden prognostiserar", "hemtjänsten."),
        ("Byggstart beräknas", "hösten 2026."),
        ("Rådet beslutade att ställa", "under 2025."),
        ("Rådet beslutade vidare", "villkor."),
        ("Nästa sammanträde hålls", "Stadshuset."),
    ]
    DIACRITIC = {"a": "ä|å", "o": "ö", "e": "é", "u": "ü"}
    GLUE = {"c": "e", "r": "n", "n": "m", "h": "b", "l": "i", "i": "l", "v": "y"}
    SPECKS = [".", ",", "'", "`"]

    def prepare(self, gold):
        """Mark (line, col) starts of tokens covered by a span, and the span-end tokens."""
        flat = gold.replace("\n", " ")
        starts: dict[int, tuple[int, int]] = {}
        pos = 0
        for ln, line in enumerate(gold.split("\n")):
            for m in re.finditer(r"\S+", line):
                starts[pos + m.start()] = (ln, m.start())
            pos += len(line) + 1
        self.covered: set[tuple[int, int]] = set()
        self.edges: set[tuple[int, int]] = set()
        norm = re.sub(r"\s", " ", flat)
        for a, b in self.SPANS:
            sa = self.find(norm, a)
            sb = self.find(norm, b, sa) + len(b)
            toks = [starts[p] for p in sorted(starts) if sa <= p < sb]
            assert toks, (a, b)
            self.covered.update(toks)
            self.edges.update({toks[0], toks[-1]})

    @staticmethod
    def find(text: str, phrase: str, start: int = 0) -> int:
        pattern = r"\s+".join(map(re.escape, phrase.split()))
        m = re.compile(pattern).search(text, start)
        assert m, phrase
        return m.start()

    def edit(self, tok: str, allow_drop: bool) -> str:
        kinds = ["diacritic", "glue", "speck"] + (["drop"] if allow_drop else [])
        kind = self.rng.choice(kinds)
        letters = [i for i, c in enumerate(tok) if c.isalpha()]
        if kind == "diacritic":
            spots = [i for i in letters if tok[i] in self.DIACRITIC]
            if spots:
                i = self.rng.choice(spots)
                return tok[:i] + self.rng.choice(self.DIACRITIC[tok[i]].split("|")) + tok[i + 1:]
            kind = "glue"
        if kind == "glue":
            spots = [i for i in letters if tok[i] in self.GLUE]
            if spots:
                i = self.rng.choice(spots)
                return tok[:i] + self.GLUE[tok[i]] + tok[i + 1:]
            kind = "speck"
        if kind == "drop" and len(letters) > 1:
            i = self.rng.choice(letters)
            return tok[:i] + tok[i + 1:]
        return tok + self.rng.choice(self.SPECKS)

    def token(self, tok, line, col, n_lines, width):
        where = (line, col)
        if where in self.edges:
            if self.chance(0.9):
                for n in range(self.rng.choice([2, 3])):
                    tok = self.edit(tok, allow_drop=(n == 0))
            return tok
        if where in self.covered:
            if self.chance(0.50):
                for _ in range(self.rng.choice([1, 1, 2])):
                    tok = self.edit(tok, allow_drop=False)
            return tok
        if self.chance(0.015):
            for a, b in (("rn", "m"), ("ä", "a"), ("e", "c")):
                if a in tok:
                    return tok.replace(a, b, 1)
        return tok


# --------------------------------------------------------------------------------------------
class PhotocopyGenerations(Process):
    """katrineholm_fsg: the protocol reached the archive as a third-generation photocopy (the
    signed original was copied for the unions, and copies of those copies circulated). Each
    generation darkens and spreads the toner, merges fine detail, adds dust specks and widens the
    shadow of the original's left edge. The copy was then OCR'd with a Swedish engine.

    * Stroke spread closes the gaps between narrow glyphs: rn -> m (p 0.45), cl -> d (0.40),
      ri -> n (0.30), li -> h (0.25), in -> m (0.10), ni -> m (0.08), vv -> w (0.5).
    * Apertures and counters close: e -> c (0.035), c -> e (0.05), a -> o (0.02), h -> b (0.05),
      s -> 8 is not used because digits never appear in the Swedish engine's word output.
    * Diacritics merge into one blob: ä -> å (0.18) or a (0.08); ö -> o (0.16); å -> ä (0.05);
      capitals Ä/Ö/Å -> A/O/A (0.2).
    * Dust specks accumulated over the generations: per token p 0.035 a speck is read as '.', ','
      or ''' inside the word or at its end.
    * Edge shadow: the dark band of the original's left edge covers the first two characters of
      every line. A line-initial token keeps them with p 0.62; otherwise its first letter is read
      as 'I', 'l' or '|' or disappears into the band.
    """

    PAIRS = {"rn": 0.45, "cl": 0.40, "ri": 0.30, "li": 0.25, "in": 0.10, "ni": 0.08, "vv": 0.5}
    REPL = {"rn": "m", "cl": "d", "ri": "n", "li": "h", "in": "m", "ni": "m", "vv": "w"}
    CLOSE = {"e": ("c", 0.035), "c": ("e", 0.05), "a": ("o", 0.02), "h": ("b", 0.05),
             "ä": ("å|å|a", 0.26), "ö": ("o", 0.16), "å": ("ä", 0.05),
             "Ä": ("A", 0.2), "Ö": ("O", 0.2), "Å": ("A", 0.2)}

    def token(self, tok, line, col, n_lines, width):
        new = self.replace_pairs(tok, self.PAIRS, self.REPL)
        out = []
        for ch in new:
            if ch in self.CLOSE:
                repl, p = self.CLOSE[ch]
                if self.chance(p):
                    out.append(self.rng.choice(repl.split("|")))
                    continue
            out.append(ch)
        new = "".join(out)
        if self.chance(0.035):
            i = self.rng.choice([len(new), len(new), self.rng.randrange(1, max(2, len(new)))])
            new = new[:i] + self.rng.choice([".", ",", "'"]) + new[i:]
        if col == 0 and new[0].isalpha() and self.chance(0.38):
            new = self.rng.choice(["I", "l", "|", ""]) + new[1:]
        return new or "."


PROCESSES = {
    "pitea_ksau": DanishModelEngine,
    "fyrbodal_kdg": ThermalFaxFade,
    "trelleborg_klg": ScreenShareGrab,
    "hudiksvall_kpr": HighlighterBilevel,
    "katrineholm_fsg": PhotocopyGenerations,
}


def damage(name: str, gold: str) -> str:
    proc = PROCESSES[name](random.Random(f"{SEED}:{name}"))
    proc.prepare(gold)
    lines = gold.split("\n")
    width = max(len(line) for line in lines)
    out_lines = []
    for ln, line in enumerate(lines):
        parts = re.split(r"(\S+)", line)
        col = 0
        for k, part in enumerate(parts):
            if k % 2 == 1 and has_letter(part):
                new = proc.token(part, ln, col, len(lines), width)
                assert new and not re.search(r"\s", new), (name, part, new)
                parts[k] = new
            col += len(part)
        out_lines.append("".join(parts))
    return "\n".join(out_lines)


def main() -> None:
    for name in PROCESSES:
        gold = (HERE / f"{name}.gold.txt").read_text(encoding="utf-8")
        ocr = damage(name, gold)
        (HERE / f"{name}.ocr.txt").write_text(ocr, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
