"""The names a document itself lists (attendees, absent, guests, chair, justerare): known words for it."""

from __future__ import annotations

import re

from minutes_desk.parser import parse


def document_names(text: str) -> list[str]:
    """The words of every person's name in the document's participant lists.

    Proofreading must work on any text, so a text the parser cannot structure simply has no names.
    """
    try:
        meeting = parse(text)
    except Exception:  # noqa: BLE001 - the parser's failure must not stop proofreading
        return []
    people = [*meeting.attendees, *meeting.absent, *meeting.guests]
    full = [p.name for p in people] + [meeting.chair, meeting.secretary, *meeting.adjusters]
    words: list[str] = []
    for name in full:
        words.extend(w for w in re.findall(r"[^\W\d_][\w'’-]*", name or "") if w[:1].isupper())
    return sorted(set(words))
