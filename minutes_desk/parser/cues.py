"""The cue vocabulary of Swedish minutes and fuzzy recognition of a cue at the start of a line.

A cue is recognised on its folded form with a small edit distance (see :mod:`.text`), so
"Franvarande:", "Besiut", "Naista mote" and "Nirvarande" read as their clean words. Only the
first tokens of a line are compared: cues head a line or a table cell, they never sit mid-sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes_desk.parser.text import allowed_distance, edit_distance, fold

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
        "plats och tid för sammanträdet",
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
    ),
    "secretary": (
        "sekreterare", "vid protokollet", "vid anteckningarna", "protokollförare", "antecknare",
        "sekreterare/protokollförare", "protokollet fördes av", "antecknat av", "antecknades av",
        "vid tangentbordet", "mötessekreterare", "anteckningar",
    ),
    "chair": ("ordförande", "mötesordförande", "sammanträdets ordförande", "mötets ordförande"),
    "adjuster": (
        "justerare", "protokolljusterare", "justeringsman", "justeringsmän", "justeringsperson",
        "justeringspersoner", "justerande", "utses att justera", "utsedd att justera",
        "utsedda att justera", "protokollsjusterare",
    ),
    "approved": (
        "justeras", "justerat", "justerad", "justerade", "protokollet justerat", "justerat protokoll",
        "justerandes signatur", "justerandes sign", "justerandes signaturer", "justering",
    ),
    "ignore": (
        "justeringens tid och plats", "justeringens plats och tid", "justeringsdatum",
        "tid för justering", "protokollet justeras", "paragrafer", "anslag", "anslagsdatum",
        "datum för anslags uppsättande", "datum för anslagets uppsättande",
        "datum då anslaget tas ned", "förvaringsplats för protokollet", "förvaringsplats",
        "intygande", "bevis", "anslagsbevis", "underskrift", "organ", "sammanträdesdatum för organ",
        "protokollet är justerat", "justeringen har tillkännagivits genom anslag",
    ),
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
        "tidigare behandling", "sammanfattning av ärendet", "bilagor", "bilaga",
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
_MAX_TOKENS = 6


def _build() -> dict[tuple[int, str], list[_Entry]]:
    index: dict[tuple[int, str], list[_Entry]] = {}
    for kind, phrases in VOCABULARY.items():
        for phrase in phrases:
            folded = fold(phrase)
            tokens = len(phrase.split())
            entry = _Entry(kind, phrase, folded, tokens, allowed_distance(folded.replace(" ", "")))
            keys = {folded[0], folded[1]} if len(folded) > 1 else {folded[0]}
            for key in keys:
                index.setdefault((tokens, key), []).append(entry)
    return index


_INDEX = _build()


def match_cue(line: str, kinds: frozenset[str] | None = None, start: int = 0) -> Cue | None:
    """The longest cue heading ``line`` (from ``start``), if any of ``kinds``, with the offset after it."""
    tokens: list[tuple[str, int]] = []
    for match in _TOKEN.finditer(line, start):
        word = match.group(0).strip(_EDGE)
        if not word:
            if tokens:
                break
            continue
        tokens.append((fold(word), match.end()))
        if len(tokens) == _MAX_TOKENS:
            break
    if not tokens:
        return None
    for n in range(len(tokens), 0, -1):
        candidate = " ".join(t for t, _ in tokens[:n])
        seen: set[int] = set()
        best: tuple[int, _Entry] | None = None
        for key in {candidate[0], candidate[1:2]}:
            for entry in _INDEX.get((n, key), ()):
                if id(entry) in seen or (kinds is not None and entry.kind not in kinds):
                    continue
                seen.add(id(entry))
                distance = edit_distance(candidate, entry.folded, entry.limit)
                if distance <= entry.limit and (best is None or distance < best[0]):
                    best = (distance, entry)
        if best is not None:
            return Cue(best[1].kind, best[1].phrase, _after_cue(line, tokens[n - 1][1]))
    return None


def _after_cue(line: str, pos: int) -> int:
    """Skip the cue's trailing punctuation (':' '.' '*') and spaces/tabs."""
    while pos < len(line) and line[pos] in " \t:.*;-–":
        pos += 1
    return pos
