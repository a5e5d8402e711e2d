"""Raw OCR text of Swedish minutes -> a draft :class:`~minutes_desk.model.Meeting`.

Contract: ``parse(text)`` never raises on odd input; it returns what it could recognise, with
``Meeting.text`` set to ``text`` and spans indexing into it. (Placeholder until the parser lands.)
"""

from minutes_desk.model import Meeting


def parse(text: str) -> Meeting:
    return Meeting(text=text)
