"""Swedish dates and times as minutes write them, and the year of a date written without one.

Forms: "Fredag 4 oktober 2019", "den 7 maj 2019", "4/10 2019", "8/10", "2017-11-28", "9.5.2023",
"190118", "20190118"; times "kl 9.45-12.15", "kl. 12.30-16.00", "15:00-17:00", "16:15 – 17:22",
"kl 12.00". OCR damage in the words ("kI", "okt0ber", "fredaq") is read through folding; digits
read as letters ("2O19", "kl O8.3O-ll.OO") through numbers.numeric_view, which every search here reads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from minutes_desk.parser.numbers import numeric_view
from minutes_desk.parser.text import edit_distance, fold

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5, "söndag": 6}

_FOLDED_MONTHS = {fold(k): v for k, v in MONTHS.items()}
_FOLDED_WEEKDAYS = {fold(k): v for k, v in WEEKDAYS.items()}


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    day: int
    month: int
    year: int | None
    weekday: int | None = None

    def iso(self, year: int | None = None) -> str | None:
        y = self.year if self.year is not None else year
        if y is None:
            return None
        try:
            return dt.date(y, self.month, self.day).isoformat()
        except ValueError:
            return None


@dataclass(frozen=True)
class TimeHit:
    start: int
    end: int
    begin: str
    finish: str | None


def _month(word: str) -> int | None:
    folded = fold(word.strip(".,"))
    if folded in _FOLDED_MONTHS:
        return _FOLDED_MONTHS[folded]
    if len(folded) >= 5:
        for name, number in _FOLDED_MONTHS.items():
            if len(name) >= 5 and edit_distance(folded, name, 1) <= 1:
                return number
    return None


def _weekday(word: str) -> int | None:
    folded = fold(word.strip(".,"))
    if folded.endswith("en") and folded[:-2] in _FOLDED_WEEKDAYS:
        folded = folded[:-2]
    for name, number in _FOLDED_WEEKDAYS.items():
        if edit_distance(folded, name, 1) <= 1 or edit_distance(folded, name + "en", 1) <= 1:
            return number
    return None


_TEXTUAL = re.compile(
    r"(?:(?P<wd>[^\W\d_][\w]{4,10})[,]?\s+)?(?:(?:den|d\.)\s+)?"
    r"(?P<d>[0-3]?\d)(?::?[ea])?\.?\s+(?P<m>[A-Za-zÅÄÖåäöéÉ0-9|]{3,10})\.?"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d)(?![\d]|[-/.]\d))?"
)
_ISO = re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d\d)[-–—‐‑‒−](?P<m>[01]?\d)[-–—‐‑‒−](?P<d>[0-3]?\d)(?![\d])")
_DOTTED = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d|\d\d)(?![\d])")
_SLASH = re.compile(r"(?<![\d/])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:(?:\s+|-|/)(?P<y>(?:19|20)\d\d)(?![\d]))?(?![\d/])")
_COMPACT = re.compile(r"(?<![\d\-/.,])(?P<y>(?:19|20)?\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d\-/.,]\d|\d)")

_KL = r"(?:k[lI1|i]\.?|klockan)"
_SEP = r"\s*(?:[-–—‐‑‒−]|till|to)\s*(?:ca\.?\s*|cirka\s*)?"
_HM = r"(?P<{h}>[012]?\d)(?:[.:](?P<{m}>[0-5]\d))"
_RANGE = re.compile(
    rf"(?:{_KL}\s*)?(?<![\d.:/]){_HM.format(h='h1', m='m1')}{_SEP}(?:{_KL}\s*)?{_HM.format(h='h2', m='m2')}(?![\d.:]\d)"
)
_KL_RANGE = re.compile(
    rf"{_KL}\s*(?P<h1>[012]?\d)(?:[.:](?P<m1>[0-5]\d))?{_SEP}(?P<h2>[012]?\d)(?:[.:](?P<m2>[0-5]\d))?(?![\d.:]\d)"
)
_BARE_RANGE = re.compile(
    rf"(?<![\d.:/-])(?P<h1>[012]?\d)(?:[.:](?P<m1>[0-5]\d))?{_SEP}(?P<h2>[012]?\d)(?:[.:](?P<m2>[0-5]\d))?(?![\d.:/-])"
)
_KL_SINGLE = re.compile(rf"{_KL}\s*(?P<h1>[012]?\d)(?:[.:](?P<m1>[0-5]\d))?(?![\d.:]\d)")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _valid(day: int, month: int, year: int | None) -> bool:
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def find_dates(text: str, start: int = 0, end: int | None = None, compact: bool = False) -> list[DateHit]:
    """Every date in ``text[start:end]`` in order; six/eight-digit forms only when ``compact``."""
    end = len(text) if end is None else end
    text = numeric_view(text)
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def add(hit: DateHit) -> None:
        if any(a < hit.end and hit.start < b for a, b in taken):
            return
        taken.append((hit.start, hit.end))
        hits.append(hit)

    for m in _ISO.finditer(text, start, end):
        d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
        if _valid(d, mo, y):
            add(DateHit(m.start(), m.end(), d, mo, y))
    for m in _DOTTED.finditer(text, start, end):
        d, mo = int(m["d"]), int(m["m"])
        y = int(m["y"])
        y = y + 2000 if y < 100 else y
        if _valid(d, mo, y):
            add(DateHit(m.start(), m.end(), d, mo, y))
    for m in _TEXTUAL.finditer(text, start, end):
        month = _month(m["m"])
        if month is None:
            continue
        d = int(m["d"])
        y = int(m["y"]) if m["y"] else None
        if not _valid(d, month, y):
            continue
        weekday = _weekday(m["wd"]) if m["wd"] else None
        begin = m.start() if weekday is not None else m.start("d")
        if weekday is None:
            prefix = text[max(start, m.start("d") - 4):m.start("d")]
            if prefix.rstrip().lower().endswith("den"):
                begin = m.start("d") - (len(prefix) - prefix.lower().rfind("den"))
        stop = m.end("y") if m["y"] else m.end("m")
        add(DateHit(begin, stop, d, month, y, weekday))
    for m in _SLASH.finditer(text, start, end):
        d, mo = int(m["d"]), int(m["m"])
        y = int(m["y"]) if m["y"] else None
        if 1 <= mo <= 12 and _valid(d, mo, y):
            add(DateHit(m.start(), m.end(), d, mo, y))
    if compact:
        for m in _COMPACT.finditer(text, start, end):
            y = int(m["y"])
            y = y + 2000 if y < 100 else y
            d, mo = int(m["d"]), int(m["m"])
            if 1990 <= y <= 2099 and _valid(d, mo, y):
                add(DateHit(m.start(), m.end(), d, mo, y))
    hits.sort(key=lambda h: h.start)
    return hits


def _hm(hour: str, minute: str | None) -> str | None:
    h, mi = int(hour), int(minute or 0)
    if h > 24 or mi > 59:
        return None
    return f"{h % 24:02d}:{mi:02d}"


def find_time(text: str, start: int = 0, end: int | None = None, bare: bool = False) -> TimeHit | None:
    """The first time range ("kl 9.45-12.15") or, failing that, a single "kl 12.00".

    ``bare`` (for a "Tid" field's value) also reads hour-only ranges without "kl": "9-12".
    """
    end = len(text) if end is None else end
    text = numeric_view(text)
    best: TimeHit | None = None
    for pattern in (_RANGE, _KL_RANGE):
        for m in pattern.finditer(text, start, end):
            begin, finish = _hm(m["h1"], m["m1"]), _hm(m["h2"], m["m2"])
            if begin and finish:
                if best is None or m.start() < best.start:
                    best = TimeHit(m.start(), m.end(), begin, finish)
                break
    if best is None and bare:
        m = _BARE_RANGE.search(text, start, end)
        if m and (begin := _hm(m["h1"], m["m1"])) and (finish := _hm(m["h2"], m["m2"])):
            best = TimeHit(m.start(), m.end(), begin, finish)
    if best is not None:
        return best
    for m in _KL_SINGLE.finditer(text, start, end):
        begin = _hm(m["h1"], m["m1"])
        if begin:
            return TimeHit(m.start(), m.end(), begin, None)
    return None


def years_mentioned(text: str) -> Counter[int]:
    return Counter(int(y) for y in _YEAR.findall(numeric_view(text)) if 1990 <= int(y) <= 2099)


def infer_year(hit: DateHit, years: Counter[int], after: dt.date | None = None) -> int | None:
    """The year of a date written without one.

    After a known date (a next meeting follows its meeting): the first year from that date's on
    where the date lands after it and, if a weekday is written, on that weekday. Otherwise: among
    the years the text mentions ±1, those where the weekday matches, nearest a mentioned year
    (then the most mentioned, then the later); without a weekday, the most mentioned year.
    """
    if after is not None:
        later = [y for y in range(after.year, after.year + 8) if (iso := hit.iso(y)) and dt.date.fromisoformat(iso) > after]
        matching = [y for y in later if hit.weekday is None or dt.date.fromisoformat(hit.iso(y) or "").weekday() == hit.weekday]
        if matching and matching[0] <= after.year + 1:
            return matching[0]
        return later[0] if later else None
    if not years:
        return None
    if hit.weekday is None:
        return max(years, key=lambda y: (years[y], y))
    scored: list[tuple[int, int, int, int]] = []
    for year in {y + k for y in years for k in (-1, 0, 1)}:
        iso = hit.iso(year)
        if iso and dt.date.fromisoformat(iso).weekday() == hit.weekday:
            distance = min(abs(year - y) for y in years)
            scored.append((distance, -years.get(year, 0), -year, year))
    if not scored:
        return max(years, key=lambda y: (years[y], y))
    return min(scored)[3]
