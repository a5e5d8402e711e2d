"""A record whose text holds "\r\n" (an XML import, a store written by another tool) opens with
the text pane and the record's offsets in step."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from minutes_desk import editing
from minutes_desk.export import export_record
from minutes_desk.gui.mainwindow import MainWindow
from minutes_desk.parser import parse
from minutes_desk.store import Store
from tests.conftest import seed_path


def _crlf_meeting():  # noqa: ANN202
    text = seed_path("001").read_text(encoding="utf-8").replace("\n", "\r\n")
    meeting = parse(text)
    meeting.text = text  # as another tool would have stored it, whatever our parser does
    return meeting


def _sources(meeting) -> dict:  # noqa: ANN001
    """Each span's source text, line ends as "\\n"."""
    return {path: meeting.text[a:b].replace("\r\n", "\n") for path, (a, b) in editing.iter_spans(meeting)}


def _assert_in_step(w: MainWindow, original) -> None:  # noqa: ANN001
    meeting = w.session.meeting
    assert "\r" not in meeting.text and w.text_pane.toPlainText() == meeting.text
    assert len(_sources(original)) > 10 and _sources(meeting) == _sources(original)


def test_an_xml_record_with_crlf_opens_in_step(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    meeting = _crlf_meeting()
    xml = tmp_path / "post.xml"
    export_record(meeting, xml=xml)
    assert "&#13;" in xml.read_text(encoding="utf-8")  # the "\r" survive in the file
    window.open_record(window.service.import_file(xml))
    _assert_in_step(window, meeting)


def test_a_stored_crlf_draft_is_normalised_and_saved_when_opened(qtbot: QtBot, window: MainWindow) -> None:
    meeting = _crlf_meeting()
    with Store.open(window.service.db_path) as store:
        meeting_id = store.add_meeting(meeting)
    window.open_record(meeting_id)
    _assert_in_step(window, meeting)
    with Store.open(window.service.db_path) as store:
        assert store.load(meeting_id).text == window.session.meeting.text
