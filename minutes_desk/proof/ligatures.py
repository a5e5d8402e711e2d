"""Ligatures a PDF text layer's font maps to the wrong character, or to none at all.

Word's fonts (Calibri above all) join ti, tt, tf, ft, ff, fi and fl into one glyph; a subset font
without a proper ToUnicode entry for it gives the text layer an unrelated character
("informaƟon": U+019F for ti, the private-use U+10019F cut to 16 bits; a private-use character;
a letter such as ī or Ō) or drops it ("nns" for finns). Which ligature a character stands for
differs between fonts and documents, so each document's characters are read from the words they
make: a character is the ligature that turns most of its words into words.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from itertools import islice

LIGATURES = ("ti", "tt", "tf", "ft", "ff", "fi", "fl", "ffi", "ffl", "fj", "tti")
"""The letter groups fonts draw as one glyph (Calibri's ti, tt, tf, ft besides the classic f ones)."""
DROPPED = ("fi", "fl", "ff", "ti", "tt", "ft", "tf", "ffi")
"""Ligatures whose loss is looked for when a document's unknown words lack them."""
SWEDISH_LETTERS = ("å", "ä", "ö")
"""What a text layer's font without a map for them drops ("Nsta mte", "Rddningstjnsten": learned
like a lost ligature, put back up to twice in one word) or writes an odd character for instead."""
TWICE_PENALTY = 0.5
"""Zipf a reading loses for putting back two dropped letters rather than one."""
DOCUMENTED = {"\u019f": "ti", "\u0275": "ti"}
"""Calibri's ti ligature, read as U+019F (Ɵ) where nothing else decides."""
EXPECTED = set("abcdefghijklmnopqrstuvwxyzåäöéèüáàâãêëíìîïóòôõøúùûñçæßšžćčłńśźżřýđ")
"""Letters a Swedish text and its names (or an OCR's known confusions) use: no ligature."""
SYMBOLS = "&#$%*+=~^"
"""Characters other than letters a subset font writes for a glyph it has no map for (a bold
Calibri's ti as "&": "Informa&on"), besides the replacement character; an OCR writes some of
them for letters too ("f&tt"), so they are a ligature only where that makes a word as it stands."""
LETTER_DOMINANCE = 4
"""A character is one Swedish letter only where that letter makes this many times more of its
words words than either other does."""
MIN_WORDS = 2
"""Word forms a character must turn into words (where it stands in more than one)."""
MAX_DROP_LENGTH = 30
MAX_DROP_FORMS = 80
"""The unknown forms a document's lost ligatures are looked for in (enough to see a font's habit)."""
MIN_DROPS = 3
DROP_SHARE = 0.2
"""Unknown word forms a lost ligature must explain, as a count and as a share of them all."""


def odd(ch: str) -> bool:
    """A character no Swedish word holds: a letter outside the expected ones, a private-use one,
    the replacement character or a symbol among letters (a text layer's mark for a glyph without
    a map, or an OCR's for å: a ligature or a Swedish letter, as the words decide)."""
    return (ch.isalpha() and ch.lower() not in EXPECTED) or unicodedata.category(ch) == "Co" or ch in SYMBOLS or ch == "\ufffd"


def learn(words: Iterable[str], zipf: Callable[[str], float | None]) -> dict[str, str]:
    """Each odd character of ``words`` mapped to the ligature, or the Swedish letter, that makes
    most of them words (of two that make as many, the one whose words are commoner: "eŌer" is
    efter, not etter); a letter's capital to the capital ("pĺ", "Ĺland": a Windows-1252 text read
    as Windows-1250). The replacement character stands for å, ä and ö alike, so only a ligature is
    learned for it. ``zipf``: a form's frequency, None for no word."""
    by_char: dict[str, set[str]] = {}
    for word in words:
        for ch in set(word):
            if odd(ch):
                by_char.setdefault(ch.lower() if ch.isalpha() else ch, set()).add(word.lower())
    mapping: dict[str, str] = {}
    for ch, forms in by_char.items():
        found = {reading: [z for z in (zipf(form.replace(ch, reading)) for form in forms) if z is not None]
                 for reading in (*LIGATURES, *SWEDISH_LETTERS)}

        def best_of(readings: tuple[str, ...]) -> str:
            return max(readings, key=lambda reading: (len(found[reading]), sum(found[reading])))

        ligature, letter = best_of(LIGATURES), best_of(SWEDISH_LETTERS)
        enough = min(MIN_WORDS, len(forms))
        others = max(len(found[other]) for other in SWEDISH_LETTERS if other != letter)
        if len(found[ligature]) >= enough and len(found[ligature]) > len(found[letter]):
            mapping[ch] = ligature
        elif ch != "\ufffd" and len(found[letter]) >= enough and len(found[letter]) > len(found[ligature]) \
                and others * LETTER_DOMINANCE <= len(found[letter]):
            mapping[ch] = letter  # (one letter: a character an OCR writes for two is the channel's)
        elif ch in DOCUMENTED and not found[letter]:
            mapping[ch] = DOCUMENTED[ch]
    for ch, reading in list(mapping.items()):
        if ch.upper() != ch:
            mapping[ch.upper()] = reading.upper() if reading in SWEDISH_LETTERS else reading
    return mapping


def apply(word: str, mapping: dict[str, str]) -> str:
    """``word`` with its odd characters read as the ligatures or letters they stand for."""
    if not mapping or not any(ch in mapping for ch in word):
        return word
    return "".join(mapping.get(ch, ch) for ch in word)


def learn_drops(unknown: Iterable[str], is_word: Callable[[str], bool]) -> tuple[str, ...]:
    """The ligatures a text layer dropped throughout: those whose insertion turns at least
    MIN_DROPS (and DROP_SHARE) of the document's first MAX_DROP_FORMS unknown small-letter words
    into words (``unknown`` is read lazily: the costly test of a word being unknown stops there)."""
    forms = list(islice((w for w in unknown if 2 <= len(w) <= MAX_DROP_LENGTH and w.isalpha() and w.islower()),
                        MAX_DROP_FORMS))
    found = []
    for ligature in (*DROPPED, *SWEDISH_LETTERS):
        hits = sum(any(is_word(w[:i] + ligature + w[i:]) for i in range(len(w) + 1)) for w in forms)
        if hits >= MIN_DROPS and hits >= DROP_SHARE * len(forms):
            found.append(ligature)
    return tuple(found)


UNSEEN_DROP_PENALTY = 1.0
"""Zipf a reading loses when it puts back a ligature the document was not seen to drop (the same
font drops its other ligatures too, but more rarely in the words one document holds)."""


def restorations(word: str, drops: tuple[str, ...]) -> list[tuple[str, float]]:
    """``word`` with one dropped ligature put back, at every place, each with its zipf penalty:
    none for the ``drops`` learned, UNSEEN_DROP_PENALTY for the other ligatures."""
    return [(word[:i] + ligature + word[i:], 0.0 if ligature in drops else UNSEEN_DROP_PENALTY)
            for ligature in DROPPED for i in range(len(word) + 1)]


def letter_restorations(word: str, drops: tuple[str, ...]) -> list[tuple[str, float]]:
    """``word`` with one or two of å, ä, ö put back where the document was seen to drop one of
    them (the same font drops the others too), each with its zipf penalty: UNSEEN_DROP_PENALTY
    for a letter not seen dropped, TWICE_PENALTY for two."""
    if not any(d in SWEDISH_LETTERS for d in drops):
        return []
    cost = {a: 0.0 if a in drops else UNSEEN_DROP_PENALTY for a in SWEDISH_LETTERS}
    n = len(word)
    once = [(word[:i] + a + word[i:], i, cost[a]) for a in SWEDISH_LETTERS for i in range(n + 1)]
    out = [(form, penalty) for form, _, penalty in once]
    out.extend((form[: j + 1] + b + form[j + 1 :], penalty + cost[b] + TWICE_PENALTY)
               for form, i, penalty in once for b in SWEDISH_LETTERS for j in range(i, n + 1))
    return out


__all__ = ["DROPPED", "SWEDISH_LETTERS", "LIGATURES", "apply", "learn", "learn_drops", "letter_restorations", "odd", "restorations"]
