"""Errors the user can act on.

Anything raised as a :class:`MinutesDeskError` is shown to the user as one line (CLI) or a
message box (GUI); anything else is a bug and keeps its traceback.
"""


class MinutesDeskError(Exception):
    """An error with a message meant for the user."""


class InputError(MinutesDeskError):
    """A file could not be read as minutes text (empty, binary, too large, unknown encoding)."""


class NotFoundError(MinutesDeskError):
    """A record, document or entry id that does not exist."""


class ReadOnlyError(MinutesDeskError):
    """An edit of an approved (justerat) record without reopening it first."""


class IntegrityError(MinutesDeskError):
    """Exported content whose hash or signature no longer matches."""
