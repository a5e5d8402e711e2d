"""What a fragment of a participant line is: a person's name, a place/organisation, a role, a remark.

Minutes write "Name<TAB>Org, role", "Name Org", "Name (Org, role)", "Name, Org": the parser has to
tell a surname from a municipality and a role from an organisation, with OCR damage in all of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from minutes_desk.places import PLACES
from minutes_desk.parser.text import AA, AE, M, edit_distance, fold, fold_chars, fuzzy_equal, ocr_pattern

ROLES = (
    "ordförande", "vice ordförande", "1:e vice ordförande", "2:e vice ordförande",
    "förste vice ordförande", "andre vice ordförande", "I vice ordförande", "II vice ordförande",
    "första vice ordförande", "andra vice ordförande", "sekreterare", "justerare",
    "protokollförare", "ersättare", "tjänstgörande ersättare", "ledamot", "adjungerad",
    "föredragande", "mötesordförande", "sammankallande", "protokolljusterare",
)
_ALIASES = {
    "ordf": "ordförande", "ordf.": "ordförande", "v. ordf": "vice ordförande", "v ordf": "vice ordförande",
    "vice ordf": "vice ordförande", "v.ordf": "vice ordförande", "sekr": "sekreterare", "sekr.": "sekreterare",
    "ers": "ersättare", "ers.": "ersättare", "tjänstgörande": "tjänstgörande ersättare", "tjg ers": "tjänstgörande ersättare", "tjg. ers": "tjänstgörande ersättare",
    "ordförande tillika sekreterare": "ordförande, sekreterare",
}
_FOLDED_ROLES = {fold(r): r for r in ROLES} | {fold(a): r for a, r in _ALIASES.items()}
_TITLE_ENDINGS = tuple(
    fold(e)
    for e in (
        "direktör", "chef", "sekreterare", "strateg", "handläggare", "controller", "ekonom",
        "samordnare", "koordinator", "ledare", "utredare", "jurist", "ombudsman", "föredragande",
        "ordförande", "registrator", "specialist", "rådgivare", "analytiker", "projektledare",
        "kommunikatör", "planerare", "förhandlare", "konsult", "inspektör", "assistent", "revisor",
        "administratör", "rektor", "ingenjör", "arkitekt", "tjänsteman", "tjänsteperson", "notarie",
        "sakkunnig", "expert", "ombud", "representant", "kamrer", "sekreterare",
    )
)
# Titles written as abbreviations: chief executives of companies and förbund.
_TITLE_ABBREVIATIONS = frozenset(fold(t) for t in ("vd", "vvd", "bitr. vd", "tf. vd", "tf vd", "ceo", "cfo"))
_ORG_WORDS = re.compile(
    "|".join(
        ocr_pattern(w)
        for w in (
            "kommun", "region", "förvaltning", "nämnd", "styrelse", "förbund", "bolag", "sekretariat",
            "nätverk", "förening", "landsting", "länsstyrelse", "myndighet", "universitet", "högskola",
            "verket", "kansli", "enhet", "avdelning", "kontor", "fack", "partiet", "organisation",
            "gruppen", "rådet", "centrum", "stiftelse", "koncern", "aktiebolag", "tjänst", "polis", "kassa",
            "förmedling", "skola", "bostäder", "fastighet", "byrå", "institut", "museum", "bibliotek",
            "församling", "sjukhus", "vårdcentral",
        )
    )
)
"""Words that make a segment an organisation, matched on fold_chars() through their OCR readings."""
PARTIES = frozenset({"S", "M", "C", "V", "L", "KD", "SD", "MP", "FP", "SFP", "SPF", "SAML", "VF", "ÅS", "-"})

# Remarks are matched on fold_chars() of the text (one character for one: ö/é/6 -> o, ä/å -> a,
# l/1/I -> i), so the patterns are written in that alphabet; the OCR readings fold_chars keeps
# apart are spelled out: ä as a/i/d/ia/ai (AE), å as a/i/ai (AA), m as rn (M). "(d1gitalt)",
# "via Tearns" and "frin kl 10" still read.
_D = r"[\dio]"
_REMOTE = re.compile(
    rf"\(?\s*(?:deitar\s+|deitog\s+|n{AE}rvarar\s+)?(?:digitait|digitai\s+n{AE}rvaro|p{AA}\s+distans|distans"
    rf"|via\s+(?:tea{M}s|zoo{M}|skype|i{AE}nk|video)|per\s+(?:teiefon|video)|videoi{AE}nk|p{AA}\s+i{AE}nk|oniine)\s*\)?"
)
_QUALIFIER = re.compile(
    rf"\(?\s*(?:ej\s+|inte\s+|uto{M}\s+)?(?:n{AE}rvarande\s+|{M}ed\s+|n{AE}rv\.?\s+)?"
    rf"(?:(?:punkt(?:erna)?|p\.|§§?|paragraf(?:erna)?)\s*(?:{_D}|[\s,.–\-§]|och)+"
    rf"|(?:fr{AA}n|fr\.?\s*o\.?\s*{M}\.?|tiii|t\.?\s*o\.?\s*{M}\.?)\s+(?:ki\.?\s*(?:{_D}|[.:])+|punkt\s*{_D}+|§\s*{_D}+)"
    rf"|dei\s+av\s+(?:{M}otet|sa{M}{M}antr{AE}det)|deivis)\s*\)?"
)
_PARTICLES = frozenset({"von", "af", "de", "van", "der", "den", "da", "di", "el", "al", "la", "le", "du", "zu"})
_NAME_TOKEN = re.compile(r"^(?:[A-ZÅÄÖÉÜØÆ]|[60\ufffd](?=[a-zåäöé]))[\w'’\-.\ufffd]*$|^[A-ZÅÄÖÉ]\.$")
"""A name's word: a capital, or a digit or a text layer's replacement character standing for
Ö or Å ("0stlund", "\ufffddmark"), then letters (the replacement character among them: "H\ufffdllström")."""

_PLACE_INDEX: dict[str, list[str]] = {}
_PLACE_SET: set[str] = set()
for _place in PLACES:
    _key = fold(_place)
    _PLACE_SET.add(_key)
    _PLACE_INDEX.setdefault(_key[0], []).append(_key)


@lru_cache(maxsize=16384)
def is_place(word: str) -> bool:
    """A municipality or county name, also in genitive and with OCR damage ("Tyres6", "Sodertilje")."""
    key = fold(word.strip(" ,.;:()"))
    if not key:
        return False
    if key in _PLACE_SET or (key.endswith("s") and key[:-1] in _PLACE_SET):
        return True
    if len(key) < 6:
        return False
    candidates = _PLACE_INDEX.get(key[0], [])
    return any(abs(len(c) - len(key)) <= 2 and edit_distance(key, c, 1) <= 1 for c in candidates) or any(
        key.endswith("s") and edit_distance(key[:-1], c, 1) <= 1 for c in candidates if abs(len(c) - len(key)) <= 2
    )


@lru_cache(maxsize=16384)
def role_of(segment: str) -> str | None:
    """The canonical role a segment names ("ordfërande" -> "ordförande"), if it is one."""
    key = fold(segment.strip(" ,.;:()"))
    if not key:
        return None
    if key in _FOLDED_ROLES:
        return _FOLDED_ROLES[key]
    best = min(((edit_distance(key, f, 2), f, r) for f, r in _FOLDED_ROLES.items() if abs(len(f) - len(key)) <= 2),
               default=None)
    if best is not None and len(best[1]) >= 6 and fuzzy_equal(key, best[1]):
        return best[2]
    return None


@lru_cache(maxsize=16384)
def is_title(segment: str) -> bool:
    """A job title ("kommundirektör", "Strateg"): one or two words ending in a title word."""
    words = segment.split()
    if not 1 <= len(words) <= 3:
        return False
    if fold(segment.strip(" ,.;:()")) in _TITLE_ABBREVIATIONS:
        return True
    key = fold(words[-1].strip(" ,.;:()"))
    return any(key.endswith(e) or edit_distance(key[-len(e):], e, 1) <= 1 and len(e) >= 6 for e in _TITLE_ENDINGS)


@lru_cache(maxsize=16384)
def is_org(segment: str) -> bool:
    """An organisation or place rather than a person."""
    text = segment.strip(" ,.;:()")
    if not text:
        return False
    if text.upper() == text and any(c.isalpha() for c in text) and len(text) <= 12:
        return True  # SACO, SSR, (S), LR
    if text[0].islower():
        return True
    if _ORG_WORDS.search(fold_chars(text)):
        return True
    words = text.split()
    if len(words) == 1:
        return True
    return is_place(words[-1]) and len(words) <= 2 and not is_name_token(words[0]) or all(is_place(w) for w in words)


@lru_cache(maxsize=16384)
def is_name_token(token: str) -> bool:
    if not _NAME_TOKEN.match(token):
        return False
    digits = sum(c.isdigit() for c in token)
    return digits <= max(1, len(token) // 4) and len(token) - digits >= 2 or len(token) == 2 and token[1] == "."


@lru_cache(maxsize=16384)
def is_name(segment: str) -> bool:
    """Two to five capitalised words, particles allowed: "Maria Niemi Börner", "Lars-Åke Ståhl"."""
    words = segment.strip(" ,.;:").split()
    if not 2 <= len(words) <= 5:
        return False
    if not is_name_token(words[0]) or not is_name_token(words[-1]):
        return False
    for word in words[1:-1]:
        if not (is_name_token(word) or word.lower() in _PARTICLES):
            return False
    if _ORG_WORDS.search(fold_chars(segment)):
        return False
    if role_of(words[0]) or (len(words) == 2 and is_place(words[0]) and is_place(words[1])):
        return False
    return True


def strip_remarks(segment: str) -> tuple[str, bool]:
    """The segment without remote markers and attendance remarks ("punkt 12"), and whether remote."""
    folded = fold_chars(segment)
    cuts = [m.span() for pattern in (_REMOTE, _QUALIFIER) for m in pattern.finditer(folded) if m.end() > m.start()]
    remote = any(_REMOTE.fullmatch(folded, a, b) for a, b in cuts)
    if not cuts:
        return re.sub(r"\s+", " ", segment).strip(" ,;:-–"), remote
    keep = [True] * len(segment)
    for a, b in cuts:
        keep[a:b] = [False] * (b - a)
    cleaned = "".join(ch if k else " " for ch, k in zip(segment, keep))
    return re.sub(r"\s+", " ", cleaned).strip(" ,;:-–"), remote


def split_name_org(head: str) -> tuple[str, str]:
    """Split "Magnus Gyllestad Haninge" into name and place when the last word is a place/organisation."""
    words = head.split()
    if len(words) >= 3:
        for cut in (len(words) - 1, len(words) - 2):
            if cut < 2:
                break
            tail = " ".join(words[cut:])
            if all(is_place(w) for w in words[cut:]) or _ORG_WORDS.search(fold_chars(tail)):
                return " ".join(words[:cut]), tail
    return head, ""
