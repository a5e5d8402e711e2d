"""The cue vocabulary of Swedish minutes and fuzzy recognition of a cue at the start of a line.

A cue is recognised on its folded form with a small edit distance (see :mod:`.text`), so
"Franvarande:", "Besiut", "Naista mote" and "Nirvarande" read as their clean words. Only the
first tokens of a line are compared: cues head a line or a table cell, they never sit mid-sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from minutes_desk.parser.text import allowed_distance, deletions, edit_distance, fold

# kind -> phrases. Kinds: header fields (time, date, place, timeplace), participant blocks
# (attendees, substitutes, absent, guests), signature labels (secretary, chair, adjuster,
# approved), values to skip (ignore), structure (signatures, section, next), and inside items
# (decision, stop).
VOCABULARY: dict[str, tuple[str, ...]] = {
    "time": ("tid", "mötestid", "sammanträdestid", "tidpunkt", "mötets tid"),
    "date": ("datum", "mötesdatum", "sammanträdesdatum", "mötesdag", "sammanträdesdag"),
    "place": ("plats", "lokal", "mötesplats", "sammanträdesplats", "mötets plats", "möteslokal"),
    "timeplace": (
        "tid/plats", "tid och plats", "plats och tid", "tid, plats", "plats, tid",
        "plats/tid", "tid & plats", "sammanträdestid och plats", "tid och plats för sammanträdet",
        "plats och tid för sammanträdet", "datum och tid", "datum/tid", "datum, tid", "tid och datum",
        "dag och tid", "datum och plats", "datum, tid och plats", "datum, plats", "plats och datum",
        "datum, tid, plats", "datum/tid/plats", "tid och lokal", "mötestid och plats",
    ),
    "attendees": (
        "deltagare", "närvarande", "beslutande", "ledamöter", "närvarande ledamöter",
        "beslutande ledamöter", "närvarande beslutande", "deltog", "mötesdeltagare",
        "närvarande medlemmar", "närvarande ordinarie", "ordinarie ledamöter", "deltagande",
    ),
    "substitutes": (
        "ersättare", "tjänstgörande ersättare", "närvarande ersättare", "ej tjänstgörande ersättare",
        "icke tjänstgörande ersättare",
    ),
    "absent": (
        "frånvarande", "anmält förhinder", "förhinder", "ej närvarande", "frånvarande ledamöter",
        "anmäld frånvaro", "frånvaro", "ej deltagande",
    ),
    "guests": (
        "övriga deltagare", "övriga närvarande", "gäster", "gäst", "tjänstemän",
        "närvarande tjänstemän", "inbjudna", "inbjudna gäster", "adjungerade", "adjungerad",
        "övriga deltagande", "närvarande övriga", "närvarande ej beslutande", "övriga mötesdeltagare",
        "medverkande", "föredragande tjänstemän", "tjänstepersoner", "närvarande tjänstepersoner",
        "dessutom närvarande", "dessutom deltog", "även närvarande", "närvarande i övrigt",
    ),
    "secretary": (
        "sekreterare", "vid protokollet", "vid anteckningarna", "protokollförare", "antecknare",
        "sekreterare/protokollförare", "protokollet fördes av", "antecknat av", "antecknades av",
        "vid tangentbordet", "mötessekreterare", "anteckningar",
    ),
    "chair": (
        "ordförande", "mötesordförande", "sammanträdets ordförande", "mötets ordförande",
        "mötesledare", "ordförande för mötet", "ordförande vid mötet",
    ),
    "adjuster": (
        "justerare", "protokolljusterare", "justeringsman", "justeringsmän", "justeringsperson",
        "justeringspersoner", "justerande", "utses att justera", "utsedd att justera",
        "utsedda att justera", "protokollsjusterare", "justerat av", "justeras av", "justerad av",
        "justerades av",
    ),
    "approved": (
        "justeras", "justerat", "justerad", "justerade", "protokollet justerat", "justerat protokoll",
        "justerandes signaturer", "justering",
    ),
    "ignore": (
        "justeringens tid och plats", "justeringens plats och tid", "justeringsdatum",
        "tid för justering", "protokollet justeras", "paragrafer", "anslag", "anslagsdatum",
        "datum för anslags uppsättande", "datum för anslagets uppsättande",
        "datum då anslaget tas ned", "förvaringsplats för protokollet", "förvaringsplats",
        "intygande", "bevis", "anslagsbevis", "underskrift", "organ", "sammanträdesdatum för organ",
        "protokollet är justerat", "justeringen har tillkännagivits genom anslag",
        "datum då anslaget sätts upp", "datum då anslaget sattes upp", "datum då anslaget tas ner",
        "datum för anslags nedtagande", "anslaget sätts upp", "anslaget tas ned", "anslag/bevis",
        "justerandes sign", "justerandes signatur", "utdragsbestyrkande", "sida",
        "protokollet framlagt", "framlagt till påseende", "protokollet har varit framlagt",
        "protokollet framläggs", "till påseende", "behandlade ärenden", "behandlade paragrafer",
    ),
    "body": ("möte", "mötesforum", "forum", "grupp", "nätverk", "mötestyp", "sammanträde"),
    "signatures": ("underskrifter", "signaturer", "underskrift av"),
    "next": (
        "nästa möte", "nästa sammanträde", "nästa träff", "nästa ordinarie möte", "nästa mötestid",
        "nästa mötesdatum", "nästa möten", "nästa lg-möte", "kommande sammanträde",
    ),
    "section": (
        "dagordning", "beslutspunkter", "informationspunkter", "diskussionspunkter",
        "diskussions- och informationspunkter", "föredragningslista", "ärenden", "ärendelista",
        "informationsärenden", "beslutsärenden", "agenda",
    ),
    "decision": (
        "beslut", "beslutet", "beslutades", "beslöts", "beslut fattades", "mötet beslutade",
        "gruppen beslutade", "följande beslutades",
    ),
    "stop": (
        "diskussion", "information", "förslag till beslut", "beslutsförslag", "beslutsunderlag",
        "bakgrund", "ärendebeskrivning", "sammanfattning", "yrkanden", "yrkande",
        "propositionsordning", "omröstning", "reservation", "protokollsanteckning", "jäv",
        "expedieras", "beslutet skickas till", "handlingar", "underlag", "ärendet", "föredragande",
        "förslag", "behandling", "diskussion och synpunkter", "dnr", "diarienummer",
        "ärendebeskrivning och bakgrund", "kommundirektörens förslag", "beredning",
        "tidigare behandling", "sammanfattning av ärendet", "bilagor", "bilaga", "ansvarig", "ansvariga",
        "ansvar", "tidplan", "klart senast", "deadline", "återrapportering",
    ),
}


@dataclass(frozen=True)
class Cue:
    kind: str
    phrase: str
    rest: int
    """Offset in the line where the value after the cue (and its ':') begins."""


@dataclass(frozen=True)
class _Entry:
    kind: str
    phrase: str
    folded: str
    tokens: int
    limit: int


_TOKEN = re.compile(r"[^\s:]+")
_EDGE = ".,;*()[]\"'”“»«"


def _build() -> dict[str, list[_Entry]]:
    """Entries by the folded first word of their phrase."""
    index: dict[str, list[_Entry]] = {}
    for kind, phrases in VOCABULARY.items():
        for phrase in phrases:
            folded = fold(phrase)
            entry = _Entry(kind, phrase, folded, len(phrase.split()), allowed_distance(folded.replace(" ", "")))
            index.setdefault(folded.split()[0], []).append(entry)
    return index


_BY_FIRST_WORD = _build()
_FIRST_WORD_DELETES: dict[str, set[str]] = {}
for _word in _BY_FIRST_WORD:
    for _variant in deletions(_word, allowed_distance(_word)):
        _FIRST_WORD_DELETES.setdefault(_variant, set()).add(_word)

_LONGEST_FIRST = max(map(len, _BY_FIRST_WORD))


@lru_cache(maxsize=16384)
def _first_word_entries(word: str) -> tuple[_Entry, ...]:
    """Entries whose first word this (folded, maybe damaged) word may be."""
    if len(word) > _LONGEST_FIRST + 2:  # out of edit-distance reach; its deletions would cost O(n²)
        return ()
    firsts: set[str] = set()
    for variant in deletions(word, 2 if len(word) > 3 else 0):
        firsts |= _FIRST_WORD_DELETES.get(variant, set())
    out: list[_Entry] = []
    for first in sorted(firsts):
        limit = allowed_distance(first)
        if edit_distance(word, first, limit) <= limit:
            out.extend(_BY_FIRST_WORD[first])
    return tuple(out)


_JOINED: dict[str, list[_Entry]] = {}
_JOINED_DELETES: dict[str, set[str]] = {}
for _entries in _BY_FIRST_WORD.values():
    for _entry in _entries:
        if _entry.tokens > 1:
            _joined = _entry.folded.replace(" ", "")
            _JOINED.setdefault(_joined, []).append(_entry)
            for _variant in deletions(_joined, _entry.limit):
                _JOINED_DELETES.setdefault(_variant, set()).add(_joined)

_LONGEST_JOINED = max(map(len, _JOINED), default=0)


@lru_cache(maxsize=16384)
def _merged_entries(word: str) -> tuple[tuple[_Entry, int], ...]:
    """Several-word cues the scanner ran together into this one word ("Nästamöte", "Vidprotokollet")."""
    if not 8 <= len(word) <= _LONGEST_JOINED + 1:
        return ()
    joined: set[str] = set()
    for variant in deletions(word, 1):
        joined |= _JOINED_DELETES.get(variant, set())
    out: list[tuple[_Entry, int]] = []
    for key in sorted(joined):
        for entry in _JOINED[key]:
            distance = edit_distance(word, key, 1)
            if distance <= 1:
                out.append((entry, distance))
    return tuple(out)


def match_cue(line: str, kinds: frozenset[str] | None = None, start: int = 0) -> Cue | None:
    """The longest cue heading ``line`` (from ``start``), if any of ``kinds``, with the offset after it."""
    for entry, end in _matches(line, start):
        if kinds is None or entry.kind in kinds:
            return Cue(entry.kind, entry.phrase, _after_cue(line, end))
    return None


@lru_cache(maxsize=8192)
def _matches(line: str, start: int) -> tuple[tuple[_Entry, int], ...]:
    """Every cue the line may start with, longest first, then closest (cached: a parse asks often)."""
    words = _TOKEN.finditer(line, start)
    tokens: list[tuple[str, int]] = []
    entries: tuple[_Entry, ...] = ()
    merged: tuple[tuple[_Entry, int], ...] = ()
    needed = 1
    for match in words:
        word = match.group(0).strip(_EDGE)
        if not word:
            if tokens:
                break
            continue
        tokens.append((fold(word), match.end()))
        if len(tokens) == 1:
            entries = _first_word_entries(tokens[0][0])
            merged = _merged_entries(tokens[0][0])
            if not entries and not merged:
                return ()
            needed = max((e.tokens for e in entries), default=1)
        if len(tokens) >= needed:
            break
    # A run-together cue ranks as one word, after a cue that is that one word as written.
    found: list[tuple[int, int, _Entry, int]] = [(-1, d + 1, entry, tokens[0][1]) for entry, d in merged]
    for entry in entries:
        n = entry.tokens
        if n > len(tokens):
            continue
        candidate = " ".join(t for t, _ in tokens[:n])
        if abs(len(candidate) - len(entry.folded)) > entry.limit:
            continue
        distance = edit_distance(candidate, entry.folded, entry.limit)
        if distance <= entry.limit:
            found.append((-n, distance, entry, tokens[n - 1][1]))
    found.sort(key=lambda f: (f[0], f[1]))
    return tuple((entry, end) for _, _, entry, end in found)


def _after_cue(line: str, pos: int) -> int:
    """Skip the cue's trailing punctuation (':' '.' '*') and spaces/tabs."""
    while pos < len(line) and line[pos] in " \t:.*;-–":
        pos += 1
    return pos
