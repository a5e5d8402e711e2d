"""``minutes-desk dict …`` end to end through the real dispatcher, over a real shared folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutes_desk.cli import main


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    monkeypatch.setenv("MINUTES_DESK_SHARED_DIR", str(folder))
    return folder


def _as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, user: str) -> None:
    monkeypatch.setenv("MINUTES_DESK_USER", user)
    monkeypatch.setenv("MINUTES_DESK_DATA_DIR", str(tmp_path / "machines" / user))


def _list(capsys: pytest.CaptureFixture[str]) -> list[dict[str, str]]:
    capsys.readouterr()
    assert main(["dict", "list", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_add_correct_list_as_json(share: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _as(monkeypatch, tmp_path, "Anna")
    assert main(["dict", "add", "Gyllestad", "Hössna", "--note", "orter"]) == 0
    assert "2 ord tillagda" in capsys.readouterr().out
    assert main(["dict", "add-correction", "Sodertilje", "Södertälje"]) == 0
    assert "Sodertilje → Södertälje" in capsys.readouterr().out

    _as(monkeypatch, tmp_path, "Bo")
    entries = _list(capsys)
    assert [{k: e[k] for k in e if k not in ("time",)} for e in entries] == [
        {"kind": "word", "word": "Gyllestad", "author": "Anna", "note": "orter", "level": "shared"},
        {"kind": "word", "word": "Hössna", "author": "Anna", "note": "orter", "level": "shared"},
        {"kind": "correction", "wrong": "Sodertilje", "right": "Södertälje", "author": "Anna", "note": "", "level": "shared"},
    ]
    assert all(e["time"].endswith("Z") for e in entries)
    assert main(["dict", "list", "--filter", "söder"]) == 0
    out = capsys.readouterr().out
    assert "Sodertilje → Södertälje" in out and "Gyllestad" not in out


def test_remove_and_mark_wrong(share: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _as(monkeypatch, tmp_path, "Anna")
    main(["dict", "add", "Gyllestad"])
    main(["dict", "add-correction", "Sodertilje", "Södertälje"])
    _as(monkeypatch, tmp_path, "Bo")
    assert main(["dict", "remove", "sodertilje"]) == 0
    assert "borttagen: Sodertilje → Södertälje" in capsys.readouterr().out
    assert main(["dict", "mark-wrong", "Gyllestad"]) == 0
    assert [(e["kind"], e["level"]) for e in _list(capsys)] == [("rejected", "own"), ("word", "shared")]
    assert main(["dict", "remove", "--kind", "rejected", "Gyllestad"]) == 0
    assert [e["kind"] for e in _list(capsys)] == ["word"]

    _as(monkeypatch, tmp_path, "Anna")
    assert [e["word"] for e in _list(capsys)] == ["Gyllestad"]  # bo's removal reached anna, his mark did not
    assert main(["dict", "remove", "Finnsinte"]) == 2
    assert capsys.readouterr().err.strip() == "minutes-desk: fel: finns inte i ordlistan: Finnsinte"


def test_import_export_round_trip(share: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _as(monkeypatch, tmp_path, "Anna")
    listing = tmp_path / "lista.txt"
    listing.write_bytes("# våra ord\nGyllestad\r\n\nkI\tkl\n6vriga\tövriga\nHössna\n".encode("cp1252"))
    assert main(["dict", "import", str(listing)]) == 0
    assert "4 poster inlästa, 0 fanns redan" in capsys.readouterr().out
    assert main(["dict", "import", str(listing)]) == 0
    assert "0 poster inlästa, 4 fanns redan" in capsys.readouterr().out

    exported = tmp_path / "ut.txt"
    assert main(["dict", "export", str(exported)]) == 0
    assert exported.read_text("utf-8") == "Gyllestad\nHössna\n6vriga\tövriga\nkI\tkl\n"
    _as(monkeypatch, tmp_path, "Bo")
    assert main(["dict", "import", str(exported)]) == 0
    assert "0 poster inlästa, 4 fanns redan" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "tom"),
        (b"\x00\x01\x02binary\x00" * 50, "text"),
        ("Gyllestad\ntvå ord\n".encode(), "rad 2"),
        (b"a\tb\tc\n", "rad 1"),
        (b"kl\tkl\n", "rad 1"),
    ],
)
def test_a_bad_import_file_is_refused_and_nothing_is_written(
    share: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    _as(monkeypatch, tmp_path, "Anna")
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert main(["dict", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("minutes-desk: fel: ") and message in err and err.count("\n") == 1
    assert _list(capsys) == [] and list(share.iterdir()) == []


def test_sync_reports_an_unreachable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MINUTES_DESK_SHARED_DIR", str(tmp_path / "saknas"))
    assert main(["dict", "add", "Gyllestad"]) == 0
    assert "nås inte" in capsys.readouterr().err
    assert main(["dict", "sync"]) == 2
    assert "1 ändringar väntar" in capsys.readouterr().err
    (tmp_path / "saknas").mkdir()
    assert main(["dict", "sync"]) == 0
    assert "1 poster" in capsys.readouterr().out


def test_a_bad_word_on_the_command_line_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dict", "add", "Gyllestad", "två ord"]) == 2
    assert "mellanslag" in capsys.readouterr().err
    assert _list(capsys) == []


def test_without_a_folder_the_dictionary_is_local(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dict", "add", "Gyllestad"]) == 0
    assert main(["dict", "sync"]) == 0
    assert "ingen delad mapp" in capsys.readouterr().out
    assert [e["word"] for e in _list(capsys)] == ["Gyllestad"]
