"""The corrections dictionary shared between users through an ordinary folder.

    dictionary = CorrectionsDictionary.open()          # configured folder, user, data dir; syncs
    dictionary.add_word("Gyllestad")
    dictionary.add_correction("Sodertilje", "Södertälje")
    engine = Engine.load(user_dictionary=dictionary)   # implements proof.userdict.UserDictionary

Each user appends to a file of their own in the folder and everyone merges all files (last writer
wins per entry, removals are tombstones), so there is no write contention and no server.
"""

from minutes_desk.shareddict.corrections import (
    KIND_CORRECTION,
    KIND_REJECTED,
    KIND_WORD,
    LEVEL_OWN,
    LEVEL_SHARED,
    CorrectionsDictionary,
    Entry,
    ImportResult,
    SyncStatus,
)

__all__ = [
    "KIND_CORRECTION",
    "KIND_REJECTED",
    "KIND_WORD",
    "LEVEL_OWN",
    "LEVEL_SHARED",
    "CorrectionsDictionary",
    "Entry",
    "ImportResult",
    "SyncStatus",
]
