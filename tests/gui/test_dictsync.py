"""The background sync of the shared dictionary: a share that hangs never blocks the UI thread."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from minutes_desk.errors import MinutesDeskError
from minutes_desk.gui.dictsync import DictionarySync


class HangingShare:
    """Stands in for a dictionary whose network folder does not answer until released."""

    def __init__(self) -> None:
        self.revision = 0
        self.release = threading.Event()
        self.calls = 0
        self.error: str | None = None

    def sync(self) -> None:
        self.calls += 1
        self.release.wait(10)
        if self.error:
            raise MinutesDeskError(self.error)
        self.revision += 1


def test_a_hanging_sync_returns_at_once_and_reports_the_change_later(qtbot: QtBot) -> None:
    share = HangingShare()
    syncer = DictionarySync(share)
    started = time.monotonic()
    syncer.request()
    syncer.request()  # asked again before it started: the one queued sync covers it
    qtbot.waitUntil(lambda: share.calls == 1)
    syncer.request()  # asked again while running: one more sync afterwards
    assert time.monotonic() - started < 0.5 and syncer.busy
    assert not syncer.wait(0.05)
    with qtbot.waitSignal(syncer.finished) as first:
        share.release.set()
    assert first.args == [True]
    qtbot.waitUntil(lambda: not syncer.busy)
    assert share.calls == 2


def test_a_failed_sync_says_why(qtbot: QtBot) -> None:
    share = HangingShare()
    share.release.set()
    share.error = "den delade mappen nås inte"
    syncer = DictionarySync(share)
    with qtbot.waitSignal(syncer.failed) as failed, qtbot.waitSignal(syncer.finished) as finished:
        syncer.request()
    assert failed.args == ["den delade mappen nås inte"] and finished.args == [False]


def test_changes_run_in_order_with_the_syncs_and_a_bad_one_says_why(qtbot: QtBot) -> None:
    share = HangingShare()
    share.release.set()
    syncer = DictionarySync(share)
    done: list[str] = []

    def bad_word() -> None:
        done.append("change")
        raise MinutesDeskError("ordet får inte innehålla mellanslag")

    syncer.request()
    with qtbot.waitSignal(syncer.failed) as failed:
        syncer.run(bad_word)
    assert failed.args == ["ordet får inte innehålla mellanslag"]
    assert share.calls == 1 and done == ["change"]
    syncer.stop()
    assert syncer.wait(2)
