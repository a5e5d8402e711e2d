from __future__ import annotations

import json

import pytest

from minutes_desk.cli import main
from minutes_desk.model import Status
from minutes_desk.store import Store
from tests.conftest import seed_path


@pytest.fixture
def record_id(capsys: pytest.CaptureFixture[str]) -> int:
    assert main(["import", "--format", "json", str(seed_path("002"))]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    return int(result["id"])


def test_approve_reopen_history(record_id: int, capsys: pytest.CaptureFixture[str]) -> None:
    rid = str(record_id)
    assert main(["approve", rid, "--adjuster", "Bo Ek", "--adjuster", "Åsa Öberg", "--secretary", "Eva",
                 "--date", "2019-01-25"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Post {rid} justerad 2019-01-25: justerare Bo Ek, Åsa Öberg, sekreterare Eva")
    with Store.open() as store:
        approved = store.load(record_id)
    assert approved.status is Status.APPROVED
    assert approved.approval.content_hash in out and approved.approval.approved_by == "testanvändare"

    assert main(["approve", rid, "--adjuster", "X", "--secretary", "Y"]) == 2
    assert capsys.readouterr().err == f"minutes-desk: fel: post {rid} är redan justerad\n"

    assert main(["reopen", rid, "--reason", "Fel namn i närvarolistan"]) == 0
    assert "version 2" in capsys.readouterr().out
    with Store.open() as store:
        assert store.load(record_id).status is Status.DRAFT
        assert store.load(record_id, version=1) == approved

    assert main(["history", rid]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[1:3] for line in lines] == [
        ["version 1", "inläst"], ["version 1", "justerad"], ["version 2", "öppnad igen"],
    ]
    assert lines[2].endswith("\ttestanvändare\tFel namn i närvarolistan")

    assert main(["history", rid, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [e["kind"] for e in data["events"]] == ["imported", "approved", "reopened"]
    assert data["corrections"] == []

    assert main(["show", rid, "--version", "1"]) == 0
    shown = capsys.readouterr().out
    assert "(justerad)" in shown and "Justerad:    2019-01-25 av Bo Ek, Åsa Öberg; sekreterare Eva" in shown


@pytest.mark.parametrize(
    "args",
    [
        ["--adjuster", "A", "--secretary", "B", "--date", "25/1 2019"],
        ["--adjuster", "A", "--secretary", "B", "--date", "2019-13-01"],
        ["--adjuster", " ", "--secretary", "B"],
        ["--adjuster", "A", "--secretary", ""],
    ],
)
def test_approve_refuses_bad_arguments_and_stays_a_draft(
    record_id: int, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["approve", str(record_id), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("minutes-desk: fel: ") and err.count("\n") == 1
    with Store.open() as store:
        assert store.load(record_id).status is Status.DRAFT


def test_approve_requires_adjuster_and_secretary_options(record_id: int) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["approve", str(record_id), "--secretary", "B"])
    assert exited.value.code == 2


def test_reopen_of_a_draft_and_of_a_missing_record(record_id: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reopen", str(record_id), "--reason", "x"]) == 2
    assert "inte justerad" in capsys.readouterr().err
    assert main(["reopen", "99", "--reason", "x"]) == 2
    assert main(["history", "99"]) == 2
    assert capsys.readouterr().err.count("det finns ingen post med id 99") == 2
