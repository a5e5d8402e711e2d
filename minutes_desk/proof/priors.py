"""What a word as written is worth before its readings are weighed against it (log10, on the zipf
scale less 9, as the candidates' scores are): a name no list holds, one of the document's own names,
an acronym, an unknown form in small letters.

An unknown capitalised word is an unlisted name as often as it is damage, so its prior is high;
but less so where its capital says little (opening a sentence or line), where it carries the OCR's
marks (digits, é, stray capitals), where its letters are odd for a name, where it is long, and on a
page that misreads letters often, when it reads as a common word.
"""

from __future__ import annotations

import math

NAME_ZIPF = 0.5
"""Prior of an unlisted capitalised word being a real name, acronym or code (zipf scale)."""
KNOWN_NAME_ZIPF = 1.0
"""Prior of a name from the document's own participant list being right as written (the list went
through the same OCR: at 2.0 most listed names that lost an ö stayed unflagged on the tuning split)."""
MARK_PENALTY = 2.0
"""Digits, é and stray capitals inside a word are OCR, not a name: zipf points off the name prior."""
ACRONYM_ZIPF = 3.0
"""Prior of an unlisted all-capitals word of up to six letters being a right acronym."""
ACRONYM_MAX = 6
"""Letters of an all-capitals word that may be an acronym; a longer one is a heading's word."""
NAME_LENGTH_PENALTY = 0.4
"""Zipf points the name hypothesis loses per letter beyond nine."""
SENTENCE_START_PENALTY = 1.0
"""A capital opening a sentence or line says less about a name than one inside a sentence."""
DAMAGED_NAME_WEIGHT = 2.0
"""Zipf points the unlisted-name prior loses per tenfold of the page's damage (Profile.damage_boost).
(measured: 1.0 -> 2.0 put more right on every real-OCR set and changed one more right word on the
simulated shapes of the tuning documents; 3.0 changed a right name on the held-out ones too. A larger
sentence-start penalty instead cost precision on clean pages.)"""
UNKNOWN_SHARE_BASE = 0.05
"""The share of unknown words in small letters (Profile.unknown_share) of a page the OCR read well."""
UNKNOWN_SHARE_WEIGHT = 2.0
"""Zipf points the unlisted-name prior loses per tenfold of that share above the base: on a page
where one small word in ten is unknown, a capitalised word is damage more often than an unlisted
name, whatever its reading. (measured: 2.0 put 0.5-0.6 points more right on swe-dots and eng-dots
and found no new false alarm on the simulated tuning damage; 3.0 changed right words on held-out
simulations.)"""
UNKNOWN_ZIPF = -1.0
"""Prior of an unknown lower-case form being right as written."""


def unlisted_name(core: str, identity: float) -> float:
    """A capitalised word as a name no list holds: names are short, so a long word is a compound or
    a heading word more often (``identity``: the document's odds of reading it as written)."""
    return NAME_ZIPF - NAME_LENGTH_PENALTY * max(0, len(core) - 9) - 9 + identity


def listed_name(identity: float, oddity: float, never_kept: bool, unknown_share: float = 0.0) -> float:
    """One of the document's own names (its participant list), unless its reading only puts back
    letters this document never keeps (``never_kept``): then no likelier than any name. Less likely
    on a page of many unknown words (``unknown_share``), whose list the OCR damaged as well."""
    return (NAME_ZIPF if never_kept else KNOWN_NAME_ZIPF) - oddity - 9 + identity - _page_damage(unknown_share)


def capitalised(word: str, core: str, identity: float, oddity: float, *, acronym_slot: bool,
                sentence_start: bool, marked: bool, reads_as_common: bool, damage_boost: float,
                unknown_share: float = 0.0) -> float:
    """A capitalised or number-like word as written. ``acronym_slot``: a short all-capitals word
    outside a heading of capitals ("LR", "SÖRAB": minutes are full of acronyms); ``marked``: it
    carries the OCR's marks; ``reads_as_common``: its best reading is a common word in small letters."""
    if acronym_slot and word.isupper() and len(core) <= ACRONYM_MAX:
        prior = ACRONYM_ZIPF - 9 + identity
    else:
        prior = unlisted_name(core, identity) - (0.0 if marked else oddity)
    if sentence_start:
        prior -= SENTENCE_START_PENALTY
    if marked:
        prior -= max(MARK_PENALTY, oddity)
    if reads_as_common and word[1:].islower():
        # on a page that misreads letters often, such a word is that word's damaged copy more often
        # than a name no list holds
        prior -= DAMAGED_NAME_WEIGHT * math.log10(damage_boost)
    if word[1:].islower():
        prior -= _page_damage(unknown_share)
    return prior


def _page_damage(unknown_share: float) -> float:
    """Zipf points a name as written loses on a page of that share of unknown small words."""
    return UNKNOWN_SHARE_WEIGHT * math.log10(max(1.0, unknown_share / UNKNOWN_SHARE_BASE))


def unknown(identity: float) -> float:
    """An unknown form in small letters as written."""
    return UNKNOWN_ZIPF - 9 + identity
