"""Word-pair context for the words that diacritic loss turns into other words.

Without its diacritics "ar" is both "är" and "år", "nar" both "när" and "når", "stod" both the
verb "stod" and the noun "stöd", and "Are kommun" is Åre. Word frequencies cannot tell such pairs
apart; the neighbouring word usually can, by Swedish grammar rather than by any document's words:
a number, "varje" or a genitive calls for the noun "år", a subject pronoun for a verb, an article,
a preposition or a neuter adjective for a noun, and "kommun" for a place name before it.
All cues are compared without diacritics, since in a text that lost them the cue lost them too.
"""

from __future__ import annotations

import functools
import re

from minutes_desk.places import PLACES

_PLAIN = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")


def plain(word: str) -> str:
    """``word`` in lower case without diacritics: how a cue looks in a text that lost them."""
    return word.lower().translate(_PLAIN)


def _plain_set(*words: str) -> frozenset[str]:
    return frozenset(plain(w) for w in words)


YEAR_CUES = _plain_set(
    "i", "per", "varje", "nästa", "förra", "detta", "samma", "ett", "två", "tre", "fyra", "fem", "sex", "sju",
    "åtta", "nio", "tio", "några", "flera", "många", "efter", "innevarande", "kommande", "första", "andra",
    "halvt", "helt", "hela", "under",
)
SUBJECT_PRONOUNS = _plain_set("jag", "du", "han", "hon", "vi", "ni", "de", "man")
NOUN_CUES = _plain_set(
    "ett", "en", "med", "till", "som", "utan", "av", "om", "visst", "mer", "mindre", "mycket", "något",
    "inget", "eget", "bra", "gott", "stort", "starkt", "ökat", "fortsatt", "särskilt", "behov", "sitt", "vårt",
    "ert", "deras", "dess", "hans", "hennes", "vilket",
)
"""Words after which a noun, not a finite verb, follows ("ett stöd", "med stöd av")."""
PLACE_NOUNS = _plain_set("kommun", "kommuns", "kommunen", "stad", "stads", "län", "läns")
_NEUTER_ADJECTIVE = re.compile(r"(?:sk|ig|lig|ad|at|rd)t$")
_GENITIVE = re.compile(r"[a-z]{2,}(?:ets|ens|nas)$")
_SUPINE = re.compile(r"[a-zåäö]{2,}(?:at|it|tt|ats|its|tts)")
"""A supine ("beslutat", "gett", "skrivit"): what the auxiliary "har" stands before."""
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_WORD_EDGE = "\"'’()[]"
_CLAUSE_END = ".!?:;,"
_PLACES = frozenset(p.lower() for p in PLACES if " " not in p)


def previous_word(text: str, pos: int) -> str:
    """The word before ``pos``, plain ("" after a clause break: a full stop, colon or comma)."""
    before = text[max(0, pos - 40) : pos].split()
    if not before or before[-1][-1:] in _CLAUSE_END:
        return ""
    return plain(before[-1].strip(_WORD_EDGE))


def next_word(text: str, end: int) -> str:
    """The word after a token ending at ``end``, plain ("" when punctuation closes the token, "."
    when a full stop does)."""
    if text[end : end + 1] == "." and not text[end + 1 : end + 2].isalnum():
        return "."
    if text[end : end + 1] in tuple(_CLAUSE_END):
        return ""
    after = text[end : end + 40].split()
    return plain(after[0].strip(_WORD_EDGE + _CLAUSE_END)) if after else ""


def _noun_expected(prev: str) -> bool:
    return prev in NOUN_CUES or bool(_NEUTER_ADJECTIVE.search(prev)) and len(prev) > 4


AS_WRITTEN_BEFORE = {
    "val": _plain_set("av", "till"),
    "bor": _plain_set("i", "på", "kvar", "hos", "nära", "utanför", "inom", "tillsammans", "ensam", "ensamma", "där",
                      "här", "hemma", "själv", "själva", "ute", "centralt", "långt", "glest"),
}
"""Words after which a diacritic-less real word is meant as written: "Val av justerare" (the
noun val, not väl), "som bor i" (the verb bo, not the modal bör)."""


def as_written(word: str, nxt: str) -> bool:
    """Does the next word show that ``word`` is meant as written?"""
    return nxt in AS_WRITTEN_BEFORE.get(word.lower(), ())


RULED = frozenset({"är", "år", "när", "når", "stod", "stöd", "bar", "har", "bor", "bör"})
"""The words whose readings reading() chooses by rules of their own."""


def reading(best: str, prev: str, nxt: str = "") -> str | None:
    """The other reading of a confusable word where its neighbours call for it, else None."""
    if best == "är" and (_NUMBER.fullmatch(prev) or prev in YEAR_CUES or _GENITIVE.fullmatch(prev) or nxt == "."):
        return "år"  # "3,8 ar", "varje ar", "gymnasiets ar 2", "... om ett ar.": the verb seldom ends a sentence
    if best == "år" and prev in SUBJECT_PRONOUNS:
        return "är"  # "hon ar": a subject pronoun takes the verb
    if best == "när" and prev in SUBJECT_PRONOUNS:
        return "når"  # "vi nar målet": "när" never follows a subject pronoun (after a noun it may:
        # "besöker mötet när nätverket träffas" is as common as "resultaten når skolorna")
    if best == "stod" and _noun_expected(prev):
        return "stöd"  # "ett stod", "ekonomiskt stod"
    if best == "bar" and _SUPINE.fullmatch(nxt):
        return "har"  # "nämnden bar beslutat": the auxiliary before a supine, its h read as b
    if best == "bor" and nxt and nxt.isalpha() and not as_written(best, nxt):
        return "bör"  # "styrelsen bor besluta": bo takes a place after it, the modal a verb
    return None


def expects_place(prev: str, nxt: str) -> bool:
    """Is the token in a place name's slot ("X kommun", "Region X")?"""
    return nxt in PLACE_NOUNS or prev == "region"


@functools.cache
def places_of_length(n: int) -> tuple[str, ...]:
    """The one-word municipalities and counties and their genitives that are ``n`` letters long."""
    forms = _PLACES | {p if p.endswith(("s", "x", "z")) else p + "s" for p in _PLACES}
    return tuple(sorted(p for p in forms if len(p) == n))


def is_place(word: str) -> bool:
    """A municipality's or county's name (one word), or its genitive."""
    lw = word.lower()
    return lw in _PLACES or lw.endswith("s") and lw[:-1] in _PLACES


__all__ = ["RULED", "as_written", "expects_place", "is_place", "next_word", "places_of_length", "plain", "previous_word",
           "reading"]
