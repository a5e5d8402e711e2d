"""Field-level agreement between a parsed record and a hand-made expected record.

Definition (the same in benchmarks/parser_agreement.py and the regression test):
- Each scalar is one field: body, protocol_number, date, date_inferred, start, end, place, chair,
  secretary. Dates, times and flags must be equal; text fields agree when similar (below).
- next_meeting: one field "is there none" when none is expected; otherwise date, start, end, place.
- Each expected participant (attendees, absent, guests separately), adjuster, item and decision is
  one field. A participant agrees when a parsed one of the same list has a similar name AND similar
  organisation AND similar role AND the same remote flag; an item when number is equal and title
  similar; a decision when a decision of the same-numbered item is similar; pairs are one-to-one.
- Precision counts: every parsed participant, adjuster, item or decision left unmatched adds one
  field that disagrees. So agreement = agreeing fields / (expected fields + unmatched extras).
- "Similar": both empty, or SequenceMatcher ratio >= 0.8 after folding case, diacritics and
  OCR-confusable characters (ö/é/6 -> o, ä/å -> a, 1/l/I -> i), bullets, asterisks and spacing.
"""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from minutes_desk.cli.parsing import record_json
from minutes_desk.parser import parse
from minutes_desk.parser.text import fold

EXPECTED_DIR = Path(__file__).resolve().parent / "expected"
SCALARS = ("body", "protocol_number", "date", "date_inferred", "start", "end", "place", "chair", "secretary")
EXACT = frozenset({"date", "date_inferred", "start", "end"})
THRESHOLD = 0.8


def _key(value: Any) -> str:
    text = "" if value is None else str(value)
    text = re.sub(r"(?:^|\s)[-–•*o](?=\s)|\*", " ", text)
    return " ".join(fold(text).split())


def similar(a: Any, b: Any) -> bool:
    ka, kb = _key(a), _key(b)
    if ka == kb:
        return True
    if not ka or not kb:
        return False
    return SequenceMatcher(None, ka, kb, autojunk=False).ratio() >= THRESHOLD


def _pairs(expected: list[Any], actual: list[Any], same: Any) -> tuple[int, int]:
    """(matched, unmatched actual) pairing each expected value with the first unused agreeing one."""
    used: set[int] = set()
    hits = 0
    for e in expected:
        for j, a in enumerate(actual):
            if j not in used and same(e, a):
                used.add(j)
                hits += 1
                break
    return hits, len(actual) - len(used)


def _participant(e: dict[str, Any], a: dict[str, Any]) -> bool:
    return (
        similar(e["name"], a.get("name"))
        and similar(e.get("organisation", ""), a.get("organisation", ""))
        and similar(e.get("role", ""), a.get("role", ""))
        and bool(e.get("remote", False)) == bool(a.get("remote", False))
    )


def field_agreement(expected: dict[str, Any], actual: dict[str, Any]) -> tuple[int, int, list[str]]:
    """(agreeing fields, counted fields, the disagreeing ones by name) for one document."""
    hits = total = 0
    misses: list[str] = []

    def count(name: str, ok: bool) -> None:
        nonlocal hits, total
        total += 1
        hits += ok
        if not ok:
            misses.append(name)

    for key in SCALARS:
        e, a = expected.get(key), actual.get(key)
        ok = (e or None) == (a or None) if key in EXACT else similar(e, a)
        count(f"{key}: {e!r} != {a!r}", ok)
    e_next, a_next = expected.get("next_meeting"), actual.get("next_meeting")
    if e_next is None:
        count(f"next_meeting: None != {a_next!r}", a_next is None)
    else:
        a_next = a_next or {}
        for key in ("date", "start", "end"):
            count(f"next_meeting.{key}: {e_next.get(key)!r} != {a_next.get(key)!r}", e_next.get(key) == a_next.get(key))
        count(f"next_meeting.place: {e_next.get('place')!r} != {a_next.get('place')!r}",
              similar(e_next.get("place"), a_next.get("place")))
    for key in ("attendees", "absent", "guests"):
        matched, extra = _pairs(expected.get(key, []), actual.get(key, []), _participant)
        _lists(count, key, len(expected.get(key, [])), matched, extra)
    matched, extra = _pairs(expected.get("adjusters", []), actual.get("adjusters", []), similar)
    _lists(count, "adjusters", len(expected.get("adjusters", [])), matched, extra)
    e_items, a_items = expected.get("items", []), actual.get("items", [])
    matched, extra = _pairs(e_items, a_items, lambda e, a: str(e["number"]) == str(a["number"]) and similar(e["title"], a["title"]))
    _lists(count, "items", len(e_items), matched, extra)
    by_number = {str(a["number"]): a for a in a_items}
    seen: set[str] = set()
    for item in e_items:
        other = by_number.get(str(item["number"]), {})
        seen.add(str(item["number"]))
        matched, extra = _pairs(item.get("decisions", []), other.get("decisions", []), similar)
        _lists(count, f"decisions of {item['number']}", len(item.get("decisions", [])), matched, extra)
    for number, other in by_number.items():
        if number not in seen:
            _lists(count, f"decisions of extra item {number}", 0, 0, len(other.get("decisions", [])))
    return hits, total, misses


def _lists(count: Any, name: str, expected: int, matched: int, extra: int) -> None:
    for i in range(expected):
        count(f"{name}: expected #{i + 1} not found", i < matched)
    for i in range(extra):
        count(f"{name}: unexpected extra #{i + 1}", False)


def expected_record(name: str) -> dict[str, Any]:
    return json.loads((EXPECTED_DIR / f"{name}.json").read_text(encoding="utf-8"))


def parsed_record(text: str) -> dict[str, Any]:
    return record_json(parse(text))
