"""A writer killed with SIGKILL in the middle of saving never leaves half a record."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

from minutes_desk import config
from minutes_desk.store import Store
from tests.conftest import PROJECT_ROOT

WRITER = textwrap.dedent(
    """
    import sys
    from minutes_desk.model import AgendaItem, Decision, Participant
    from minutes_desk.store import Correction, Store

    with Store.open() as store:
        meeting_id = int(sys.argv[1])
        i = int(sys.argv[2])
        while True:
            meeting = store.load(meeting_id)
            meeting.title = str(i)
            meeting.attendees = [Participant(f"{i}-{k}") for k in range(i % 7 + 1)]
            meeting.items = [
                AgendaItem(str(n), f"{i}", decisions=[Decision(f"att {i}")] * (n + 1)) for n in range(i % 5 + 1)
            ]
            store.save(meeting_id, meeting, corrections=[Correction(old=str(i - 1), new=str(i))])
            print(i, flush=True)
            i += 1
    """
)


def _check_consistent(meeting_id: int, at_least: int) -> int:
    conn = sqlite3.connect(config.db_path())
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    with Store.open() as store:
        meeting = store.load(meeting_id)
        i = int(meeting.title)
        assert i >= at_least  # every save reported as done is there
        assert [p.name for p in meeting.attendees] == [f"{i}-{k}" for k in range(i % 7 + 1)]
        assert [(item.title, len(item.decisions)) for item in meeting.items] == [
            (str(i), n + 1) for n in range(i % 5 + 1)
        ]
        assert all(d.text == f"att {i}" for item in meeting.items for d in item.decisions)
        assert [c.new for c in store.corrections(meeting_id)] == [str(n) for n in range(1, i + 1)]
        return i


def test_killed_mid_save_keeps_the_last_committed_state() -> None:
    with Store.open() as store:
        meeting_id = store.import_text("Protokoll\nTid: kl 9.00\n", "krasch.txt").id
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    last = 0
    delays = random.Random(4)
    for round_ in range(5):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(meeting_id), str(last + 1)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert writer.stdout is not None
        reported = last
        for _ in range(10):
            reported = int(writer.stdout.readline())
        time.sleep(delays.uniform(0, 0.003))  # land anywhere in a save, not just after a print
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        assert writer.returncode == -signal.SIGKILL, round_
        last = _check_consistent(meeting_id, at_least=reported)
    assert last >= 50
