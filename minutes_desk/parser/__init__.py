"""Raw OCR text of Swedish minutes -> a draft :class:`~minutes_desk.model.Meeting`.

Contract: ``parse(text)`` never raises on odd input; it returns what it could recognise, with
``Meeting.text`` set to ``text`` and every span indexing into it. The parser is built for the genre
(Swedish municipal minutes and §-protocols, OCR-damaged cue words), not for particular documents.
"""

from __future__ import annotations

from minutes_desk.model import Meeting
from minutes_desk.parser.document import parse_document


def parse(text: str) -> Meeting:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        return parse_document(text)
    except Exception:  # noqa: BLE001 - a draft with less in it beats no draft; the text is kept whole
        return Meeting(text=text)
