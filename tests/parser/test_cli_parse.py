"""`minutes-desk parse FILE`: one JSON object on stdout; unreadable files give one line and exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import seed_path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "minutes_desk", *args], capture_output=True, text=True, timeout=60)


def test_parse_prints_the_record_as_json(tmp_path: Path) -> None:
    path = tmp_path / "protokoll.txt"
    path.write_bytes(seed_path("002").read_text(encoding="utf-8").replace("\n", "\r\n").encode("cp1252", "replace"))
    result = _run("parse", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["date"] == "2019-01-18" and (record["start"], record["end"]) == ("12:30", "16:00")
    assert record["attendees"][0]["name"] == "Palle Lundberg"
    assert record["items"][0]["decisions"] == ["att alla kommuner skriver på utskickat avtalsförslag."]
    assert record["next_meeting"] is None and "text" not in record
    for key in ("body", "place", "absent", "guests", "chair", "secretary", "adjusters"):
        assert key in record


def test_parse_text_format_and_bad_files(tmp_path: Path) -> None:
    result = _run("parse", str(seed_path("001")), "--format", "text")
    assert result.returncode == 0 and "2023-06-09 (året antaget)" in result.stdout
    empty = tmp_path / "tom.txt"
    empty.write_bytes(b"")
    result = _run("parse", str(empty))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
