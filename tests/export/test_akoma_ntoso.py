from __future__ import annotations

import functools

import pytest
from lxml import etree

from minutes_desk.export import akoma_ntoso
from minutes_desk.model import AgendaItem, Decision, Meeting, Participant
from tests.conftest import SHARED_DIR
from tests.export import samples

NS = {"a": akoma_ntoso.AKN_NS}


@functools.cache
def akn_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SHARED_DIR / "schemas" / "akomantoso30.xsd")))


def valid_doc(meeting: Meeting) -> etree._Element:
    doc = etree.fromstring(akoma_ntoso.to_bytes(meeting))
    schema = akn_schema()
    assert schema.validate(doc), schema.error_log.last_error
    return doc


def test_an_approved_record_is_a_valid_debate_with_frbr_identification() -> None:
    doc = valid_doc(samples.approved(5))
    work = doc.find("a:debate/a:meta/a:identification/a:FRBRWork", NS)
    assert work.find("a:FRBRcountry", NS).get("value") == "se"
    assert work.find("a:FRBRdate", NS).get("date") == "2019-10-04"
    assert work.find("a:FRBRthis", NS).get("value").startswith("/akn/se/debate/sodertornskommunernas-ledningsgrupp/2019-10-04/")
    expression = doc.find("a:debate/a:meta/a:identification/a:FRBRExpression", NS)
    assert expression.find("a:FRBRlanguage", NS).get("language") == "swe"
    assert doc.find("a:debate/a:meta/a:identification/a:FRBRManifestation/a:FRBRauthor", NS) is not None


def test_people_roles_and_the_body_are_references_and_the_justering_a_workflow_step() -> None:
    meeting = samples.approved(3)
    doc = valid_doc(meeting)
    refs = doc.find("a:debate/a:meta/a:references", NS)
    persons = {p.get("showAs"): p.get("eId") for p in refs.findall("a:TLCPerson", NS)}
    for person in meeting.attendees + meeting.absent + meeting.guests:
        assert person.name in persons
    assert {r.get("eId") for r in refs.findall("a:TLCRole", NS)} >= {"ordforande", "sekreterare", "justerare"}
    assert refs.find("a:TLCOrganization[@eId='body']", NS).get("showAs") == meeting.body
    (step,) = doc.findall("a:debate/a:meta/a:workflow/a:step", NS)
    assert step.get("date") == "2019-10-11" and step.get("by") == f"#{persons['Camilla Broo']}"


def test_preface_body_and_conclusions() -> None:
    meeting = samples.approved(7)
    doc = valid_doc(meeting)
    assert meeting.body in doc.findtext("a:debate/a:preface//a:docTitle", namespaces=NS)
    assert doc.find("a:debate/a:preface//a:docDate", NS).get("date") == "2019-10-04"
    sections = doc.findall("a:debate/a:debateBody/a:debateSection", NS)
    assert [(s.findtext("a:num", namespaces=NS), s.findtext("a:heading", namespaces=NS)) for s in sections] == [
        (i.number, i.title) for i in meeting.items
    ]
    decisions = [p.text for p in sections[2].findall("a:debateSection[@name='beslut']/a:p", NS)]
    assert decisions == [d.text for d in meeting.items[2].decisions]
    signatures = doc.findall("a:debate/a:conclusions/a:p/a:signature", NS)
    assert [s.findtext("a:person", namespaces=NS) for s in signatures] == ["Anna Söderström", "Camilla Broo"]
    assert [s.findtext("a:role", namespaces=NS) for s in signatures] == ["Vid anteckningarna", "Justeras"]
    assert all(s.find("a:date", NS).get("date") == "2019-10-11" for s in signatures)


@pytest.mark.parametrize(
    "meeting",
    [
        Meeting(),
        Meeting(body="Ö", items=[AgendaItem("§ 1", "", "", [Decision("")])], attendees=[Participant("Ö"), Participant("O")]),
        samples.draft(2),
        Meeting(body="Nämnd\x0c", attendees=[Participant("Bo\x07 Ek")], items=[AgendaItem("1\x00", "Titel\x1b")]),
    ],
    ids=["empty", "clashing-slugs", "draft", "control-characters"],
)
def test_sparse_and_awkward_records_still_validate(meeting: Meeting) -> None:
    valid_doc(meeting)
