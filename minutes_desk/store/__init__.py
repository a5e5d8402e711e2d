"""The local SQLite store of documents, meeting records, justering and corrections.

Public API (everything else in this package is internal)::

    from minutes_desk.store import Store

    with Store.open() as store:            # path=None -> config.db_path() (MINUTES_DESK_DB wins)
        result = store.import_file(path)   # ImportResult(id, path, created); same bytes -> same id
        results = store.import_files(paths, progress=callback, workers=None)
                                           # list[ImportResult | ImportFailure], in order; bad files
                                           # become ImportFailure(path, message), the rest import;
                                           # progress() once per file; 50+ files parse in spawned
                                           # worker processes (workers=1 keeps it in-process)
        result = store.import_text(text, file_name, sha256=None, encoding="utf-8")
        new_id = store.add_meeting(meeting, raw_text=None, file_name="", sha256=None)
                                           # a ready Meeting (XML import), always a new record;
                                           # keeps an approved status and its approval, refusing a
                                           # content_hash that does not match (IntegrityError);
                                           # meeting.source wins over file_name/sha256
        result = store.import_meeting(meeting, path="")
                                           # add_meeting for a file's record (XML import), but
                                           # idempotent: a record whose current version has the
                                           # same content hash, source SHA-256, status and
                                           # approval gives ImportResult(its id, path,
                                           # created=False) and writes nothing
        store.list_meetings(search=None)   # list[MeetingSummary(id, body, title, date, status,
                                           #   file_name, updated_at, version)], newest first
        meeting = store.load(id, version=None)
                                           # the current version (or an older one), with status,
                                           # approval, source (file name, SHA-256) and text set
        store.current_version(id)          # the number of the version load(id) gives
        store.document(id)                 # Document(id, file_name, sha256, encoding, raw_text,
                                           #   imported_at): the original OCR text as imported
        store.save(id, meeting, corrections=(), user=None)
                                           # replaces the current draft version's content and logs
                                           # the corrections (Correction(old, new, start, end,
                                           # field, what)), all in one transaction;
                                           # ReadOnlyError when the record is approved
        store.log_correction(id, old, new, start=None, end=None, field="text", what="text",
                             user=None)    # -> Correction; ReadOnlyError when approved
        store.corrections(id)              # list[Correction], oldest first, all versions
        store.ignored_words(id)            # set[str]: words the proofreader leaves alone here
        store.ignore_word(id, word, user=None)
        store.unignore_word(id, word) -> bool
                                           # (un)ignore in this record; allowed when approved
                                           # (no content changes); False: it was not ignored
        store.approve(id, adjusters, secretary, date=None, user=None) -> Approval
                                           # draft -> approved; content_hash = Meeting.content_hash()
        store.reopen(id, reason, user=None) -> int
                                           # approved -> new draft version (its number); the
                                           # approved version stays as it was, forever
        store.history(id)                  # list[HistoryEvent(version, kind, at, user, detail)],
                                           # kind in "imported", "created", "saved", "approved",
                                           # "reopened"

Errors: :class:`~minutes_desk.errors.InputError` (unreadable file or bad argument: nothing is
written), :class:`~minutes_desk.errors.NotFoundError` (no such record or version),
:class:`~minutes_desk.errors.ReadOnlyError` (edit of an approved record),
:class:`~minutes_desk.errors.IntegrityError` (an imported approval whose hash does not match),
:class:`~minutes_desk.errors.MinutesDeskError` (a database file that is busy, unwritable or from a
newer version of the program).

``user=None`` means :func:`minutes_desk.config.user_name`. Times are UTC ISO 8601 strings.
A ``Store`` holds one SQLite connection: use it from one thread, open another for a worker.
Every write is one transaction; an approved version is also guarded by triggers in the database.
"""

from minutes_desk.store.records import (
    Correction,
    Document,
    HistoryEvent,
    ImportFailure,
    ImportResult,
    MeetingSummary,
)
from minutes_desk.store.store import Store

__all__ = [
    "Correction",
    "Document",
    "HistoryEvent",
    "ImportFailure",
    "ImportResult",
    "MeetingSummary",
    "Store",
]
