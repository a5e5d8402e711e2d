"""Real processes importing into one folder at once, one of them killed mid-import."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT
from tests.shareddict.helpers import shared_files, user

WRITERS = 4
PER_WRITER = 2000
KILLED_ENTRIES = 20_000


VICTIM = (
    "import sys\n"
    "from minutes_desk.shareddict import files\n"
    "from minutes_desk.cli import main\n"
    "files.CHUNK_BYTES = 512  # many small fsynced writes, so the kill lands in the middle of them\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def _start_import(tmp_path: Path, name: str, words: list[str], victim: bool = False) -> subprocess.Popen[bytes]:
    listing = tmp_path / f"{name}.txt"
    listing.write_text("".join(f"{w}\n" for w in words), "utf-8")
    env = {
        **os.environ,
        "MINUTES_DESK_DATA_DIR": str(tmp_path / "machines" / name),
        "MINUTES_DESK_USER": name,
        "MINUTES_DESK_SHARED_DIR": str(tmp_path / "share"),
    }
    return subprocess.Popen(
        [sys.executable, *(("-c", VICTIM) if victim else ("-m", "minutes_desk")), "dict", "import", str(listing)],
        env=env, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


@pytest.mark.slow
def test_four_importers_at_once_and_one_killed_lose_nothing_and_never_break_reading(tmp_path: Path) -> None:
    (tmp_path / "share").mkdir()
    victim = _start_import(tmp_path, "offer", [f"offerord{i}" for i in range(KILLED_ENTRIES)], victim=True)
    writers = [_start_import(tmp_path, f"user{u}", [f"ord{u}x{i}" for i in range(PER_WRITER)]) for u in range(WRITERS)]

    deadline = time.monotonic() + 60
    while not any(p.name.startswith("offer.") and p.stat().st_size > 0 for p in shared_files(tmp_path / "share")):
        assert victim.poll() is None, "the import to be killed finished before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.001)
    victim.send_signal(signal.SIGKILL)
    assert victim.wait() == -signal.SIGKILL

    reader = user(tmp_path, "läsare")
    while any(w.poll() is None for w in writers):
        reader.sync()  # reading while the others write never fails
        time.sleep(0.05)
    for writer in writers:
        out, err = writer.communicate()
        assert writer.returncode == 0, err.decode()

    sixth = user(tmp_path, "sjätte")
    words = {e.word for e in sixth.entries()}
    expected = {f"ord{u}x{i}" for u in range(WRITERS) for i in range(PER_WRITER)}
    assert expected <= words
    killed_seen = len(words - expected)
    assert all(w.startswith("offerord") for w in words - expected)
    assert killed_seen < KILLED_ENTRIES  # it really was killed in the middle
    assert all(sixth.verdict(w) for w in ("ord0x0", "ord3x1999"))

    # The killed user restarts: everything it had written locally reaches the folder.
    restarted = user(tmp_path, "offer")
    assert restarted.status.pending == 0
    final = {e.word for e in user(tmp_path, "sjunde").entries()}
    print(f"killed import: {killed_seen} of {KILLED_ENTRIES} visible before restart, {len(final - expected)} after")
    assert len(final - expected) == KILLED_ENTRIES  # its outbox was complete before the flush began
