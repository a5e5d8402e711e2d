from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from minutes_desk.cli import main
from minutes_desk.store import Store
from tests.export import samples
from tests.export.conftest import P12_PASSWORD, make_p12


def stored(approve: bool = True, n_items: int = 5) -> int:
    with Store.open() as store:
        meeting_id = store.add_meeting(samples.draft(n_items))
        store.log_correction(meeting_id, "Sédertérn", "Södertörn")
        store.log_correction(meeting_id, "Sédertérn", "Södertörn")
        if approve:
            store.approve(meeting_id, ["Camilla Broo"], "Anna Söderström", date="2019-10-11")
    return meeting_id


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_then_verify_both_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meeting_id = stored()
    xml, pdf, akn = tmp_path / "p.xml", tmp_path / "p.pdf", tmp_path / "p.akn.xml"
    code, out, err = run(capsys, "export", str(meeting_id), "--xml", str(xml), "--pdf", str(pdf), "--akn", str(akn))
    assert (code, err) == (0, "")
    assert "justerad, slutlig" in out
    assert xml.exists() and pdf.exists() and akn.exists()
    assert b'<correction count="2">' in xml.read_bytes()  # the store's corrections, summarised
    for path in (xml, pdf):
        code, out, err = run(capsys, "verify", str(path))
        assert (code, err) == (0, "")
        assert out.startswith(f"OK: {path.name}") and "Justerad 2019-10-11 av Camilla Broo" in out


def test_a_tampered_file_fails_verify_with_one_swedish_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meeting_id = stored()
    xml = tmp_path / "p.xml"
    assert run(capsys, "export", str(meeting_id), "--xml", str(xml))[0] == 0
    xml.write_bytes(xml.read_bytes().replace(b"Camilla Broo", b"Camilla Bro", 1))
    code, out, err = run(capsys, "verify", str(xml))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "innehållet har ändrats" in err


def test_a_draft_exports_with_utkast(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meeting_id = stored(approve=False)
    pdf = tmp_path / "utkast.pdf"
    code, out, _ = run(capsys, "export", str(meeting_id), "--pdf", str(pdf))
    assert code == 0 and "UTKAST" in out
    assert "UTKAST" in PdfReader(pdf).pages[0].extract_text()
    code, out, _ = run(capsys, "verify", str(pdf))
    assert code == 0 and "Utkast" in out


def test_export_signed_and_verify_the_signature(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meeting_id = stored()
    p12 = make_p12(tmp_path / "anna.p12")
    pdf = tmp_path / "signerad.pdf"
    code, _, err = run(capsys, "export", str(meeting_id), "--pdf", str(pdf), "--sign", str(p12), "--sign-password", P12_PASSWORD)
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "verify", str(pdf))
    assert code == 0 and "Signerad av Anna Söderström" in out and "signaturen är giltig" in out


def test_import_xml_round_trips_through_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = stored()
    xml = tmp_path / "p.xml"
    run(capsys, "export", str(meeting_id), "--xml", str(xml))
    with Store.open() as store:
        original = store.load(meeting_id)
    monkeypatch.setenv("MINUTES_DESK_DB", str(tmp_path / "annan-dator.sqlite"))
    code, out, err = run(capsys, "import-xml", str(xml))
    assert (code, err) == (0, "") and "Inläst som post" in out and "justerad 2019-10-11" in out
    new_id = int(out.split("post ")[1].split()[0])
    with Store.open() as store:
        assert store.load(new_id) == original


def test_import_xml_twice_gives_the_same_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meeting_id = stored(approve=False)
    xml = tmp_path / "p.xml"
    run(capsys, "export", str(meeting_id), "--xml", str(xml))
    code, out, err = run(capsys, "import-xml", str(xml))  # the record it came from is still here
    assert (code, err) == (0, "") and out.startswith(f"Finns redan som post {meeting_id} (utkast)")
    with Store.open() as store:
        store.approve(meeting_id, ["Camilla Broo"], "Anna Söderström", date="2019-10-11")
    code, out, _ = run(capsys, "import-xml", str(xml))  # the draft it was is no longer here
    assert code == 0 and out.startswith("Inläst som post")
    draft_id = int(out.split("post ")[1].split()[0])
    assert draft_id != meeting_id
    code, out, _ = run(capsys, "import-xml", str(xml))
    assert code == 0 and out.startswith(f"Finns redan som post {draft_id} ")
    with Store.open() as store:
        assert len(store.list_meetings()) == 2


def test_import_xml_refuses_an_altered_or_hostile_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meeting_id = stored()
    xml = tmp_path / "p.xml"
    run(capsys, "export", str(meeting_id), "--xml", str(xml))
    xml.write_bytes(xml.read_bytes().replace(b"att notera informationen", b"att strunta i informationen"))
    code, _, err = run(capsys, "import-xml", str(xml))
    assert code == 2 and "ändrats" in err and err.count("\n") == 1
    hostile = tmp_path / "xxe.xml"
    hostile.write_text('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>', "utf-8")
    code, _, err = run(capsys, "import-xml", str(hostile))
    assert code == 2 and "DTD" in err
    with Store.open() as store:
        assert len(store.list_meetings()) == 1


def test_export_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", "999", "--xml", str(tmp_path / "x.xml"))
    assert code == 2 and err.count("\n") == 1
    meeting_id = stored()
    code, _, err = run(capsys, "export", str(meeting_id))
    assert code == 2 and "--xml" in err
    code, _, err = run(capsys, "export", str(meeting_id), "--xml", str(tmp_path / "saknas" / "x.xml"))
    assert code == 2 and "mappen finns inte" in err
    code, _, err = run(capsys, "verify", str(tmp_path / "finns-inte.pdf"))
    assert code == 2 and "filen finns inte" in err


def test_after_reopen_the_approved_version_still_exports_as_final(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meeting_id = stored()
    with Store.open() as store:
        store.reopen(meeting_id, "stavfel i punkt 3")
    old, new = tmp_path / "v1.pdf", tmp_path / "v2.pdf"
    assert run(capsys, "export", str(meeting_id), "--version", "1", "--pdf", str(old))[0] == 0
    assert run(capsys, "export", str(meeting_id), "--pdf", str(new))[0] == 0
    assert "UTKAST" not in PdfReader(old).pages[0].extract_text()
    assert "UTKAST" in PdfReader(new).pages[0].extract_text()
    assert run(capsys, "verify", str(old))[0] == 0
