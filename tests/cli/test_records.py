from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from minutes_desk.cli import main
from minutes_desk.store import Store
from tests.conftest import PROJECT_ROOT, seed_path

SEEDS = [str(seed_path(s)) for s in ("000", "001", "002", "003", "004")]


def test_import_json_lists_ids_and_paths(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "--format", "json", *SEEDS]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["path"] for r in out] == SEEDS
    assert len({r["id"] for r in out}) == 5 and all(r["created"] for r in out)
    assert main(["import", "--format", "json", SEEDS[2]]) == 0
    (again,) = json.loads(capsys.readouterr().out)
    assert again == {"id": out[2]["id"], "path": SEEDS[2], "created": False}


def test_import_text_output_and_a_bad_file_among_good_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "bild.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    assert main(["import", SEEDS[0], str(binary), SEEDS[1]]) == 2
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"1\tinläst\t{SEEDS[0]}", f"2\tinläst\t{SEEDS[1]}"]
    errors = captured.err.splitlines()
    assert errors[0] == "minutes-desk: fel: bild.txt: filen ser inte ut att vara text (binärfil?)"
    assert errors[1] == "2 inlästa, 0 fanns redan, 1 fel"
    with Store.open() as store:
        assert len(store.list_meetings()) == 2


def test_list_and_search(capsys: pytest.CaptureFixture[str]) -> None:
    main(["import", *SEEDS[:3]])
    capsys.readouterr()
    assert main(["list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(r["id"] for r in listed) == [1, 2, 3]
    assert {r["status"] for r in listed} == {"draft"}
    assert {r["file_name"] for r in listed} == {Path(p).name for p in SEEDS[:3]}
    assert main(["list", "--search", Path(SEEDS[1]).name]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("ID\tSTATUS") and len(lines) == 2 and lines[1].startswith("2\tutkast\t")


def test_list_of_an_empty_database(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "Inga poster" in captured.err
    assert main(["list", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_show_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    main(["import", SEEDS[0]])
    capsys.readouterr()
    assert main(["show", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Post 1, version 1 (utkast)") and Path(SEEDS[0]).name in out
    assert main(["show", "1", "--format", "json", "--text"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["id"], data["version"], data["status"]) == (1, 1, "draft")
    assert data["text"] == Path(SEEDS[0]).read_text(encoding="utf-8").replace("\r\n", "\n")
    for key in ("body", "date", "start", "end", "place", "attendees", "absent", "guests", "chair",
                "secretary", "adjusters", "items", "next_meeting"):
        assert key in data
    assert main(["show", "1", "--format", "json"]) == 0
    assert "text" not in json.loads(capsys.readouterr().out)


def test_show_a_missing_record_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "7"]) == 2
    assert capsys.readouterr().err == "minutes-desk: fel: det finns ingen post med id 7\n"


def test_the_installed_command_refuses_bad_files_without_traceback(tmp_path: Path) -> None:
    bad = {"tom.txt": b"", "binar.txt": b"\x00\x01\x02\xff" * 500, "trasig.txt": b"\xff\xfe\x00\xd8x"}
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-m", "minutes_desk", "import", *(str(tmp_path / name) for name in bad)],
        capture_output=True, text=True, cwd=PROJECT_ROOT,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert [line.split(":")[:2] for line in lines[:3]] == [["minutes-desk", " fel"]] * 3
    assert [line.split(": ")[2] for line in lines[:3]] == list(bad)
    assert lines[3:] == ["0 inlästa, 0 fanns redan, 3 fel"]
    assert "Traceback" not in done.stderr
    with Store.open() as store:
        assert store.list_meetings() == []


def test_many_files_on_a_terminal_get_a_progress_bar(tmp_path: Path) -> None:
    files = []
    for n in range(60):  # enough to parse in worker processes, spawned from `python -m minutes_desk`
        path = tmp_path / f"{n:02}.txt"
        path.write_text(f"Minnesanteckningar {n}\nPlats: Rum {n}\n", encoding="utf-8")
        files.append(str(path))
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a 100-column terminal
    done = subprocess.run(
        [sys.executable, "-m", "minutes_desk", "import", *files],
        stdout=subprocess.PIPE, stderr=slave, text=True, cwd=PROJECT_ROOT,
    )
    os.close(slave)
    terminal = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        terminal += chunk
    os.close(master)
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 60
    assert "Läser in" in terminal.decode() and "60/60" in terminal.decode()


def test_registering_these_commands_loads_no_heavy_module() -> None:
    """Every command (and --version) builds the whole parser: the store, tqdm, export and Qt load
    only in the command that uses them. A fresh interpreter, so nothing is loaded already."""
    script = (
        "import argparse, sys\n"
        "from minutes_desk.cli import approval, exporting, gui, records\n"
        "sub = argparse.ArgumentParser().add_subparsers()\n"
        "for module in (records, approval, exporting, gui):\n"
        "    module.register(sub)\n"
        "heavy = ('minutes_desk.store', 'sqlite_utils', 'tqdm', 'minutes_desk.export', 'lxml', 'PySide6',"
        " 'minutes_desk.parser', 'minutes_desk.proof')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m.startswith(heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=PROJECT_ROOT).stdout
    assert out.strip() == "[]"
