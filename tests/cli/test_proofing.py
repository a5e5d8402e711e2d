"""``check``, ``correct`` and ``evaluate`` end to end, on real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_desk.cli import main
from tests.conftest import PROJECT_ROOT, SHARED_DIR, seed_path

TEXT = "Inga 6vriga frågor.\n\nMötet börjar kI 15.30 1 Huddinge, se www.exempel.se.\n"


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_check_json_lists_flags_with_code_point_offsets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.txt", "🙂 " + TEXT)
    assert main(["check", str(path), "--format", "json"]) == 0
    flags = json.loads(capsys.readouterr().out)
    text = "🙂 " + TEXT
    assert [(f["word"], f["suggestions"][0]["word"]) for f in flags] == [("6vriga", "övriga"), ("kI", "kl"), ("1", "i")]
    for f in flags:
        assert text[f["start"] : f["end"]] == f["word"]
        assert set(f) == {"start", "end", "word", "kind", "confidence", "suggestions"}
        assert f["kind"] == "ocr-pattern" and 0 < f["confidence"] <= 1


def test_check_text_format_for_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.txt", TEXT, encoding="cp1252")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert lines[0].startswith("1:6\t6vriga\tOCR-mönster") and lines[0].endswith("→ övriga")
    assert lines[1].startswith("3:14\tkI\t")
    assert "3 misstänkta ord" in out.err


def test_correct_keeps_layout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.txt", TEXT.replace("\n", "\r\n"))
    assert main(["correct", str(path)]) == 0
    assert capsys.readouterr().out == "Inga övriga frågor.\n\nMötet börjar kl 15.30 i Huddinge, se www.exempel.se.\n"


def test_evaluate_prints_the_figures(capsys: pytest.CaptureFixture[str]) -> None:
    gold = SHARED_DIR / "eval" / "001.corrected.txt"
    assert main(["evaluate", str(seed_path("001")), str(gold), "--format", "json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["errors"] == 352
    assert figures["f1"] >= 0.93 and figures["suggestion_accuracy"] >= 0.9 and figures["changed_share"] <= 0.006
    assert main(["evaluate", str(seed_path("001")), str(gold)]) == 0
    out = capsys.readouterr().out
    assert "upptäckt F1:" in out and "bästa förslaget rätt:" in out and "rätta ord som ändras:" in out


def test_errors_are_one_line_with_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "saknas.txt")]) == 2
    assert capsys.readouterr().err.strip().endswith("filen finns inte")
    empty = write(tmp_path, "tom.txt", "")
    assert main(["correct", str(empty)]) == 2
    assert "tom" in capsys.readouterr().err
    binary = tmp_path / "bin.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    assert main(["check", str(binary)]) == 2
    assert "binärfil" in capsys.readouterr().err
    a = write(tmp_path, "a.txt", "ett två\ntre\n")
    b = write(tmp_path, "b.txt", "ett två tre\n")
    assert main(["evaluate", str(a), str(b)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "rad" in err


def test_installed_command_runs(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", TEXT)
    result = subprocess.run(
        [sys.executable, "-m", "minutes_desk", "correct", str(path)],
        capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "övriga" in result.stdout
