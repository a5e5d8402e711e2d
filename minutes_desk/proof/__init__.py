"""The proofreading engine: Swedish, OCR-aware error detection and correction.

    engine = Engine.load(user_dictionary=None)        # cold start <= 1 s (after the first run's cache)
    profile = engine.profile(full_text, known_words)   # the document's OCR confusion profile
    flags = engine.check(text, profile=profile, known_words=names)   # offsets in code points of text

``check(text)`` without a profile estimates one from ``text`` itself. The app keeps the profile of
the whole document and re-checks one changed block with it.
"""

from minutes_desk.proof.engine import Engine, corrected_text
from minutes_desk.proof.flags import Flag, FlagKind
from minutes_desk.proof.userdict import MemoryUserDictionary, UserDictionary

__all__ = ["Engine", "Flag", "FlagKind", "MemoryUserDictionary", "UserDictionary", "corrected_text"]
