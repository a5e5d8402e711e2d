"""Akoma Ntoso 3.0 (OASIS LegalDocML) export: the record as a ``debate`` document.

For archives and publishing systems that speak LegalDocML. The mapping: the meeting's body is the
FRBR author and a TLCOrganization, every person a TLCPerson, chair/secretary/adjuster TLCRoles; the
justering is a workflow step; each agenda item a debateSection (num, heading, text, and a nested
"beslut" section with the decisions); the signatures go in conclusions. One-way: the native XML is
the format that comes back in.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date as Date
from datetime import datetime, timezone

from lxml import etree

from minutes_desk import __version__
from minutes_desk.export import safe_xml, swedish
from minutes_desk.model import Meeting, Participant, Status

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_Q = f"{{{AKN_NS}}}"
_NOT_XML = safe_xml.NOT_XML_CHAR
_ROLES = {"ordforande": "Ordförande", "sekreterare": "Sekreterare", "justerare": "Justerare"}


def slug(text: str) -> str:
    """An ASCII identifier part: "Åsa Öberg" -> "asa-oberg"."""
    folded = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, _Q + tag)
    for key, value in attrs.items():
        el.set(key, _NOT_XML.sub(" ", value))  # one-way export: a control character becomes a space
    if text is not None:
        el.text = _NOT_XML.sub(" ", text)
    return el


class _People:
    """TLCPerson ids, one per distinct name, unique within the document."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}

    def ref(self, name: str) -> str:
        if name not in self.ids:
            base = f"person-{slug(name)}"
            candidate, n = base, 2
            while candidate in self.ids.values():
                candidate, n = f"{base}-{n}", n + 1
            self.ids[name] = candidate
        return self.ids[name]


def to_element(meeting: Meeting, exported: Date | None = None) -> etree._Element:
    exported = exported or datetime.now(timezone.utc).date()
    approval = meeting.approval if meeting.status is Status.APPROVED else None
    people = _People()
    for person in (*meeting.attendees, *meeting.absent, *meeting.guests):
        people.ref(person.name)
    for name in (meeting.chair, meeting.secretary, *meeting.adjusters, *(approval.adjusters if approval else [])):
        if name:
            people.ref(name)
    if approval and approval.secretary:
        people.ref(approval.secretary)

    work_date, work_date_name = (
        (meeting.date, "meeting") if meeting.date else (approval.date, "justering") if approval else (exported.isoformat(), "export")
    )
    body_slug = slug(meeting.body or "okand")
    number = slug(meeting.protocol_number) if meeting.protocol_number else "1"
    work = f"/akn/se/debate/{body_slug}/{work_date}/{number}"
    expression = f"{work}/swe@{approval.date if approval else ''}"

    root = etree.Element(_Q + "akomaNtoso", nsmap={None: AKN_NS})
    debate = _el(root, "debate", name=slug(meeting.title or "protokoll"))
    meta = _el(debate, "meta")
    ident = _el(meta, "identification", source="#minutesDesk")
    frbr_work = _el(ident, "FRBRWork")
    _el(frbr_work, "FRBRthis", value=f"{work}/!main")
    _el(frbr_work, "FRBRuri", value=work)
    _el(frbr_work, "FRBRdate", date=work_date, name=work_date_name)
    _el(frbr_work, "FRBRauthor", href="#body")
    _el(frbr_work, "FRBRcountry", value="se")
    if meeting.protocol_number:
        _el(frbr_work, "FRBRnumber", value=meeting.protocol_number)
    frbr_expr = _el(ident, "FRBRExpression")
    _el(frbr_expr, "FRBRthis", value=f"{expression}/!main")
    _el(frbr_expr, "FRBRuri", value=expression)
    _el(frbr_expr, "FRBRdate", date=approval.date if approval else work_date, name="justering" if approval else work_date_name)
    _el(frbr_expr, "FRBRauthor", href=f"#{people.ref(meeting.secretary)}" if meeting.secretary else "#body")
    _el(frbr_expr, "FRBRlanguage", language="swe")
    frbr_man = _el(ident, "FRBRManifestation")
    _el(frbr_man, "FRBRthis", value=f"{expression}/!main.xml")
    _el(frbr_man, "FRBRuri", value=f"{expression}.akn")
    _el(frbr_man, "FRBRdate", date=exported.isoformat(), name="export")
    _el(frbr_man, "FRBRauthor", href="#minutesDesk")

    if approval:
        workflow = _el(meta, "workflow", source="#minutesDesk")
        for name in approval.adjusters or [approval.secretary]:
            _el(workflow, "step", date=approval.date, by=f"#{people.ref(name)}", refersTo="#justering", outcome="#justerat")

    refs = _el(meta, "references", source="#minutesDesk")
    _el(refs, "TLCOrganization", eId="body", href=f"/akn/ontology/organization/se/{body_slug}", showAs=meeting.body or "okänd")
    _el(refs, "TLCOrganization", eId="minutesDesk", href="/akn/ontology/organization/se/minutes-desk", showAs=f"minutes-desk {__version__}")
    for name, eid in people.ids.items():
        _el(refs, "TLCPerson", eId=eid, href=f"/akn/ontology/person/se/{slug(name)}", showAs=name)
    for eid, label in _ROLES.items():
        _el(refs, "TLCRole", eId=eid, href=f"/akn/ontology/role/se/{eid}", showAs=label)
    if approval:
        _el(refs, "TLCProcess", eId="justering", href="/akn/ontology/process/se/justering", showAs="Justering")
        _el(refs, "TLCConcept", eId="justerat", href="/akn/ontology/concept/se/justerat", showAs="Justerat")

    preface = _el(debate, "preface")
    title = " – ".join(x for x in (meeting.title or "Protokoll", meeting.body) if x)
    _el(_el(preface, "p"), "docTitle", title)
    if meeting.date:
        _el(_el(preface, "p"), "docDate", swedish.long_date(meeting.date), date=meeting.date)
    when = ", ".join(x for x in (swedish.time_range(meeting.start, meeting.end), meeting.place) if x)
    if when:
        _el(preface, "p", when)
    for label, group in (("Närvarande", meeting.attendees), ("Frånvarande", meeting.absent), ("Övriga deltagare", meeting.guests)):
        if group:
            container = _el(preface, "container", name=slug(label))
            _el(container, "p", label)
            for person in group:
                _person_p(container, person, people, "ordforande" if person.name == meeting.chair else "")

    body = _el(debate, "debateBody")
    for index, item in enumerate(meeting.items, start=1):
        section = _el(body, "debateSection", name="item", eId=f"dbsect_{index}")
        _el(section, "num", item.number)
        _el(section, "heading", item.title)
        for part in item.text.split("\n\n"):
            if part.strip():
                _el(section, "p", part.strip())
        if item.decisions:
            decisions = _el(section, "debateSection", name="beslut", eId=f"dbsect_{index}__beslut")
            _el(decisions, "heading", "Beslut")
            for decision in item.decisions:
                _el(decisions, "p", decision.text)
    if not meeting.items:
        _el(_el(body, "debateSection", name="item", eId="dbsect_1"), "p", "")

    conclusions = _el(debate, "conclusions")
    secretary = approval.secretary if approval else meeting.secretary
    adjusters = approval.adjusters if approval else meeting.adjusters
    signed = approval.date if approval else None
    _signature(conclusions, "Vid anteckningarna", secretary, "sekreterare", signed, people)
    for name in adjusters:
        _signature(conclusions, "Justeras", name, "justerare", signed, people)
    if not secretary and not adjusters:
        _el(conclusions, "p", "Ej justerat")
    return root


def _person_p(parent: etree._Element, person: Participant, people: _People, role: str) -> None:
    p = _el(parent, "p")
    attrs = {"as": f"#{role}"} if role else {}
    _el(p, "person", person.name, refersTo=f"#{people.ref(person.name)}", **attrs)
    details = ", ".join(d for d in (person.organisation, person.role, "på distans" if person.remote else "") if d)
    if details:
        p[-1].tail = _NOT_XML.sub(" ", f", {details}")


def _signature(parent: etree._Element, label: str, name: str, role: str, signed: str | None, people: _People) -> None:
    if not name:
        return
    p = _el(parent, "p")
    sig = _el(p, "signature")
    _el(sig, "role", label, refersTo=f"#{role}")
    sig[-1].tail = " "
    _el(sig, "person", name, refersTo=f"#{people.ref(name)}", **{"as": f"#{role}"})
    if signed:
        sig[-1].tail = " "
        _el(sig, "date", signed, date=signed, refersTo="#justering")


def to_bytes(meeting: Meeting, exported: Date | None = None) -> bytes:
    return etree.tostring(to_element(meeting, exported), xml_declaration=True, encoding="UTF-8", pretty_print=True)
