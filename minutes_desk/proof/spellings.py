"""A person's name the document writes in two spellings: the same person, one spelling damaged.

The participant list and the running text go through the same OCR, so one of them often keeps what
the other lost: "Anders Jönsson" and, three lines on, "Anders Jonsson" (a text that loses ö), or
"Eva Mattsson" and "Eva Matsson" (a doubled letter read once). The first name or surname beside a
spelling says whose name it is: another one beside the other spelling is another person, and no
evidence. profile_spellings and profile_doublings are learned with the document's profile
(Profile.name_spellings, Profile.name_doublings); spelling_flag and doubling_flag read a token by them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from minutes_desk.proof import context
from minutes_desk.proof.casing import apply_case
from minutes_desk.proof.channel import DIACRITICS, REAL_WORD_MIN_RATE, Profile
from minutes_desk.proof.flags import Flag, FlagKind
from minutes_desk.proof.tokens import Token

DOUBLING_NAME_MARGIN = 0.5
"""Zipf a name written as often as its form with one doubled letter less (or more) needs over it
to be read as the same person's name beside the same first name."""
RARE_LETTER = 5
"""A letter seen fewer times than this (é) has no loss rate of its own in a document."""
_DOUBLED_RUN = re.compile(r"([bdfgklmnprst])\1")


def name_neighbours(text: str, tok: Token) -> set[str]:
    """The capitalised words right before and after ``tok`` on its line, one space away, plain:
    the first name or surname that says whose name it is."""
    out = set()
    before = text[max(0, tok.raw_start - 40) : tok.raw_start]
    if before.endswith(" ") and not before.endswith("  "):
        words = before.split()
        if words and words[-1].isalpha() and words[-1][:1].isupper():
            out.add(context.plain(words[-1]))
    after = text[tok.end : tok.end + 40]
    if after.startswith(" ") and not after.startswith("  "):
        words = after.split()
        if words and words[0].isalpha() and words[0][:1].isupper():
            out.add(context.plain(words[0]))
    return out


def profile_spellings(text: str, toks: Iterable[Token], names: set[str]) -> dict[str, dict[str, frozenset[str]]]:
    """Names written with å, ä, ö or é beside another capitalised word (a first name or
    surname) or in the participant lists, with those neighbours: what Profile.name_spellings holds."""
    found: dict[str, dict[str, set[str]]] = {}
    for tok in toks:
        word = tok.text
        lw = word.lower()
        if len(word) < 3 or not word.isalpha() or not word[:1].isupper() or not word[1:].islower() \
                or not any(ch in DIACRITICS for ch in lw):
            continue
        neighbours = name_neighbours(text, tok)
        if neighbours or lw in names:
            found.setdefault(context.plain(lw), {}).setdefault(lw, set()).update(neighbours)
    return {key: {form: frozenset(n) for form, n in forms.items()} for key, forms in found.items()}


def profile_doublings(text: str, toks: Iterable[Token], names: set[str]) -> dict[str, dict[str, tuple[int, frozenset[str]]]]:
    """Capitalised names (beside another name, or in the participant lists) by their form with
    doubled consonants read once: what Profile.name_doublings holds."""
    found: dict[str, dict[str, tuple[int, set[str]]]] = {}
    for tok in toks:
        word = tok.text
        if len(word) < 4 or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
            continue
        neighbours = name_neighbours(text, tok)
        if neighbours or word.lower() in names:
            forms = found.setdefault(_DOUBLED_RUN.sub(r"\1", word.lower()), {})
            count, beside = forms.get(word.lower(), (0, set()))
            forms[word.lower()] = (count + 1, beside | neighbours)
    return {key: {form: (n, frozenset(b)) for form, (n, b) in forms.items()}
            for key, forms in found.items() if len(forms) > 1}


def doubling_flag(text: str, tok: Token, profile: Profile, zipf: Callable[[str], float],
                  known: Callable[[str], object]) -> Flag | None:
    """"Eva Matsson" where the document writes "Eva Mattsson" more often: the same person's
    name with a doubled letter read once (or a letter read twice), beside the same name.
    ``zipf``: a form's frequency; ``known``: the engine's verdict on a word as written (None: unknown)."""
    word = tok.text
    forms = profile.name_doublings.get(_DOUBLED_RUN.sub(r"\1", word.lower())) if word.isalpha() else None
    if not forms or word.lower() not in forms:
        return None
    count, _ = forms[word.lower()]
    neighbours = name_neighbours(text, tok)
    own = zipf(word.lower())
    # written more often, or as often and the commoner name ("Per Olson", "Per Olsson")
    rivals = [(n, form) for form, (n, beside) in forms.items() if form != word.lower() and neighbours & beside
              and (n > count or n == count and zipf(form) >= own + DOUBLING_NAME_MARGIN)]
    if not rivals:
        return None
    kind = FlagKind.REAL_WORD if known(word) is not None else FlagKind.NON_WORD
    return Flag(tok.start, tok.end, word, kind, 0.7, ((apply_case(word, max(rivals)[1]), 0.8),))


def spelling_flag(text: str, tok: Token, profile: Profile, names: set[str], known: Callable[[str], object]) -> Flag | None:
    """"Anders Jonsson" where the document also writes "Anders Jönsson": in a text that loses
    the letter, the same person's name lost it here (both spellings may be listed names, and
    the commoner one would win on frequency alone). Call it only for a text that loses letters."""
    word = tok.text
    if len(word) < 3 or not word.isalpha() or not word[:1].isupper():
        return None
    forms = profile.name_spellings.get(context.plain(word))
    if not forms:
        return None
    lw = word.lower()
    neighbours = name_neighbours(text, tok)
    if not neighbours and lw not in names:
        return None  # not a person's name here ("Are" opening a sentence)
    for form, beside in forms.items():
        if form == lw or len(form) != len(lw) or (neighbours and beside and not neighbours & beside):
            continue
        if all(a == b or (context.plain(a) == b and (
                profile.letter_loss(a) >= REAL_WORD_MIN_RATE or profile.totals.get(a, 0) < RARE_LETTER))
                for a, b in zip(form, lw)):
            kind = FlagKind.REAL_WORD if known(word) is not None else FlagKind.NON_WORD
            return Flag(tok.start, tok.end, word, kind, 0.8, ((apply_case(word, form), 0.9),))
    return None


__all__ = ["doubling_flag", "name_neighbours", "profile_doublings", "profile_spellings", "spelling_flag"]
