"""Inzage: finding a natural person in every kind of record, and everything held about them.

A person appears as the reporter of a signal, a contact person of a company, a visitor at the
desk, someone a supervisor spoke with on a round, or a respondent in the co-creation. The
dossier's titles and field names are English source texts of the "labels" context (the window
translates them, documents and the JSON read them through ``models.i18n.translate``); the values
are the data as held, with dates and statuses in Dutch.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from models.ambitions.entities import RESPONDENT_SECTOR_LABELS, Idea, Respondent
from models.audit.entities import AuditEntry
from models.audit.services import ACTION_LABELS, FIELD_LABELS, KIND_LABELS
from models.base import Base, utcnow
from models.companies.entities import Company, CompanyContact, Contact
from models.consultations.entities import CHANNEL_LABELS, Interaction, InteractionContact
from models.desk.entities import DeskQuestion
from models.i18n import QT_TRANSLATE_NOOP, long_date, translate
from models.privacy.scrub import MARKER
from models.rounds.entities import Observation, Round
from models.signals.entities import (
    SIGNAL_STATUS_LABELS,
    ReactionReason,
    Signal,
    SignalCategory,
    SignalEvent,
    SignalReaction,
)
from models.signals.records import signal_number
from models.signals.services import format_address
from models.team.entities import User
from models.team.records import Identity
from models.text import fold
from models.validation import InvalidValue, check_phone, format_phone, search_words


class PersonKind(enum.StrEnum):
    SIGNAL_REPORTER = "signal_reporter"
    CONTACT_PERSON = "contact_person"
    DESK_VISITOR = "desk_visitor"
    ROUND_CONVERSATION = "round_conversation"
    RESPONDENT = "respondent"


# What each kind of hit is called on screen, in this order everywhere.
PERSON_KINDS: dict[str, str] = {
    PersonKind.SIGNAL_REPORTER: QT_TRANSLATE_NOOP("labels", "reporter of a signal"),
    PersonKind.CONTACT_PERSON: QT_TRANSLATE_NOOP("labels", "contact person"),
    PersonKind.DESK_VISITOR: QT_TRANSLATE_NOOP("labels", "visitor at the desk"),
    PersonKind.ROUND_CONVERSATION: QT_TRANSLATE_NOOP("labels", "spoken with on a round"),
    PersonKind.RESPONDENT: QT_TRANSLATE_NOOP("labels", "respondent in the co-creation"),
}
SECTION_TITLES: dict[str, str] = {
    PersonKind.SIGNAL_REPORTER: QT_TRANSLATE_NOOP("labels", "Signals reported"),
    PersonKind.CONTACT_PERSON: QT_TRANSLATE_NOOP("labels", "Contact person of companies"),
    PersonKind.DESK_VISITOR: QT_TRANSLATE_NOOP("labels", "Questions at the desk"),
    PersonKind.ROUND_CONVERSATION: QT_TRANSLATE_NOOP("labels", "Conversations on supervision rounds"),
    PersonKind.RESPONDENT: QT_TRANSLATE_NOOP("labels", "Input in the co-creation"),
}
AUDIT_TITLE = QT_TRANSLATE_NOOP("labels", "Audit trail of these records")
ENTITY_OF: dict[str, type[Base]] = {
    PersonKind.SIGNAL_REPORTER: Signal,
    PersonKind.CONTACT_PERSON: Contact,
    PersonKind.DESK_VISITOR: DeskQuestion,
    PersonKind.ROUND_CONVERSATION: Observation,
    PersonKind.RESPONDENT: Respondent,
}

# Field names of the dossier's records.
F_RECORD = QT_TRANSLATE_NOOP("labels", "Record")
F_DATE = QT_TRANSLATE_NOOP("labels", "Date")
F_NAME = QT_TRANSLATE_NOOP("labels", "Name")
F_PHONE = QT_TRANSLATE_NOOP("labels", "Phone")
F_EMAIL = QT_TRANSLATE_NOOP("labels", "E-mail")
F_POSTAL_ADDRESS = QT_TRANSLATE_NOOP("labels", "Postal address")
F_STATUS = QT_TRANSLATE_NOOP("labels", "Status")
F_CATEGORY = QT_TRANSLATE_NOOP("labels", "Category")
F_ADDRESS = QT_TRANSLATE_NOOP("labels", "Address")
F_DESCRIPTION = QT_TRANSLATE_NOOP("labels", "Description")
F_WANTS_CONTACT = QT_TRANSLATE_NOOP("labels", "Wants to be contacted")
F_FEEDBACK = QT_TRANSLATE_NOOP("labels", "Feedback sent")
F_REACTIONS = QT_TRANSLATE_NOOP("labels", "Reactions to the handling")
SATISFIED, NOT_SATISFIED = (
    QT_TRANSLATE_NOOP("labels", "satisfied"),
    QT_TRANSLATE_NOOP("labels", "not satisfied"),
)
F_NOTES = QT_TRANSLATE_NOOP("labels", "Notes")
F_COMPANIES = QT_TRANSLATE_NOOP("labels", "Companies")
F_CONTACT_MOMENTS = QT_TRANSLATE_NOOP("labels", "Contact moments")
F_CHANNEL = QT_TRANSLATE_NOOP("labels", "Channel")
F_QUESTION = QT_TRANSLATE_NOOP("labels", "Question")
F_ANSWER = QT_TRANSLATE_NOOP("labels", "Answer")
F_ROUND = QT_TRANSLATE_NOOP("labels", "Round")
F_FINDING = QT_TRANSLATE_NOOP("labels", "Finding")
F_ACTION = QT_TRANSLATE_NOOP("labels", "Advice or action")
F_SECTOR = QT_TRANSLATE_NOOP("labels", "Sector")
F_IDEAS = QT_TRANSLATE_NOOP("labels", "Ideas")
F_CHANGE = QT_TRANSLATE_NOOP("labels", "Change")
F_FIELD = QT_TRANSLATE_NOOP("labels", "Field")
F_OLD = QT_TRANSLATE_NOOP("labels", "Old value")
F_NEW = QT_TRANSLATE_NOOP("labels", "New value")
F_BY = QT_TRANSLATE_NOOP("labels", "By")
YES, NO = QT_TRANSLATE_NOOP("labels", "yes"), QT_TRANSLATE_NOOP("labels", "no")


@dataclass(frozen=True, kw_only=True)
class PersonQuery:
    name: str = ""
    phone: str = ""
    email: str = ""

    @property
    def empty(self) -> bool:
        return not (self.name.strip() or self.phone.strip() or self.email.strip())


@dataclass(frozen=True, kw_only=True)
class PersonHit:
    kind: str  # a PersonKind value
    kind_label: str  # QT_TRANSLATE_NOOP("labels", …)
    record_id: int
    name: str
    phone: str
    email: str
    context: str  # "M-12, 3 mrt. 2026"; a contact person's companies


@dataclass(frozen=True, kw_only=True)
class DossierSection:
    title: str  # QT_TRANSLATE_NOOP("labels", …)
    records: list[dict[str, str]] = field(default_factory=list)  # field name (labels) → value


@dataclass(frozen=True, kw_only=True)
class Dossier:
    query: PersonQuery
    made_at: datetime
    made_by: str
    sections: list[DossierSection]
    identity: Identity = field(default_factory=Identity)  # the letterhead of the PDF


def normalised_phone(value: str) -> str:
    """A phone number as stored (E.164), or "" when it is none."""
    if not value.strip():
        return ""
    try:
        return check_phone(value)
    except InvalidValue:
        return ""


# -- finding -----------------------------------------------------------------------------------


_PUNCTUATION = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class _Criteria:
    words: list[str]
    phone: str
    email: str

    def name_matches(self, stored: str | None) -> bool:
        if not (self.words and stored):
            return False
        # fold() for an ASCII name is lower case without punctuation: ten times cheaper this way
        folded = _PUNCTUATION.sub(" ", stored.lower()) if stored.isascii() else fold(stored)
        return all(w in folded for w in self.words)


def _criteria(query: PersonQuery) -> _Criteria:
    return _Criteria(
        words=fold(search_words(query.name)).split(),
        phone=normalised_phone(search_words(query.phone)),
        email=search_words(query.email).strip().lower(),
    )


def _when(moment: datetime | None) -> str:
    return long_date(moment.astimezone().date(), short=True) if moment else ""


def search_person(session: Session, query: PersonQuery) -> list[PersonHit]:
    c = _criteria(query)
    if not (c.words or c.phone or c.email):
        return []
    return [
        *_signal_hits(session, c),
        *_contact_hits(session, c),
        *_desk_hits(session, c),
        *_round_hits(session, c),
        *_respondent_hits(session, c),
    ]


def _signal_hits(session: Session, c: _Criteria) -> list[PersonHit]:
    wanted = []
    if c.words:  # the folded search text holds the reporter's name: a first sieve in the database
        wanted.append(and_(*[Signal.search_text.like(f"%{w}%") for w in c.words]))
    if c.phone:
        wanted.append(Signal.reporter_phone == c.phone)
    if c.email:
        wanted.append(Signal.reporter_email == c.email)
    hits = []
    for s in session.scalars(select(Signal).where(or_(*wanted)).order_by(Signal.reported_at, Signal.id)):
        if (
            (c.phone and s.reporter_phone == c.phone)
            or (c.email and s.reporter_email == c.email)
            or (s.reporter_name != MARKER and c.name_matches(s.reporter_name))
        ):
            hits.append(
                PersonHit(
                    kind=PersonKind.SIGNAL_REPORTER,
                    kind_label=PERSON_KINDS[PersonKind.SIGNAL_REPORTER],
                    record_id=s.id,
                    name=s.reporter_name or "",
                    phone=format_phone(s.reporter_phone),
                    email=s.reporter_email or "",
                    context=f"{signal_number(s.id)}, {_when(s.reported_at)}",
                )
            )
    return hits


def _contact_hits(session: Session, c: _Criteria) -> list[PersonHit]:
    """A scan of the columns (no ORM objects): a name folds only in Python, accents and all."""
    found: list[tuple[int, str, str | None, str | None]] = []
    rows = session.execute(
        select(
            Contact.id,
            Contact.first_name,
            Contact.name_prefix,
            Contact.last_name,
            Contact.phone,
            Contact.email,
        )
        .where(Contact.last_name != MARKER)
        .order_by(Contact.id)
    ).tuples()
    for contact_id, first, prefix, last, phone, email in rows:
        name = " ".join(p for p in (first, prefix, last) if p)
        if (
            (c.phone and phone == c.phone)
            or (c.email and (email or "").lower() == c.email)
            or c.name_matches(name)
        ):
            found.append((contact_id, name, phone, email))
    companies: dict[int, list[str]] = {}
    for contact_id, company in session.execute(
        select(CompanyContact.contact_id, Company.name)
        .join(Company, Company.id == CompanyContact.company_id)
        .where(CompanyContact.contact_id.in_([x[0] for x in found]))
        .order_by(Company.name)
    ).tuples():
        companies.setdefault(contact_id, []).append(company)
    return [
        PersonHit(
            kind=PersonKind.CONTACT_PERSON,
            kind_label=PERSON_KINDS[PersonKind.CONTACT_PERSON],
            record_id=contact_id,
            name=name,
            phone=format_phone(phone),
            email=email or "",
            context=", ".join(companies.get(contact_id, [])),
        )
        for contact_id, name, phone, email in found
    ]


def _desk_hits(session: Session, c: _Criteria) -> list[PersonHit]:
    if not c.words:
        return []
    rows = session.execute(
        select(DeskQuestion.id, DeskQuestion.visitor, DeskQuestion.asked_at)
        .where(DeskQuestion.visitor.is_not(None), DeskQuestion.visitor != MARKER)
        .order_by(DeskQuestion.asked_at, DeskQuestion.id)
    ).tuples()
    return [
        PersonHit(
            kind=PersonKind.DESK_VISITOR,
            kind_label=PERSON_KINDS[PersonKind.DESK_VISITOR],
            record_id=qid,
            name=visitor or "",
            phone="",
            email="",
            context=_when(asked_at),
        )
        for qid, visitor, asked_at in rows
        if c.name_matches(visitor)
    ]


def _round_hits(session: Session, c: _Criteria) -> list[PersonHit]:
    if not c.words:
        return []
    rows = session.execute(
        select(Observation.id, Observation.spoke_with, Observation.observed_at, Round.title)
        .join(Round, Round.id == Observation.round_id)
        .where(Observation.spoke_with.is_not(None), Observation.spoke_with != MARKER)
        .order_by(Observation.observed_at, Observation.id)
    ).tuples()
    return [
        PersonHit(
            kind=PersonKind.ROUND_CONVERSATION,
            kind_label=PERSON_KINDS[PersonKind.ROUND_CONVERSATION],
            record_id=oid,
            name=spoke_with or "",
            phone="",
            email="",
            context=f"{title}, {_when(observed_at)}",
        )
        for oid, spoke_with, observed_at, title in rows
        if c.name_matches(spoke_with)
    ]


def _respondent_hits(session: Session, c: _Criteria) -> list[PersonHit]:
    if not c.words:
        return []
    rows = session.execute(
        select(Respondent.id, Respondent.name).where(Respondent.name != MARKER).order_by(Respondent.id)
    ).tuples()
    return [
        PersonHit(
            kind=PersonKind.RESPONDENT,
            kind_label=PERSON_KINDS[PersonKind.RESPONDENT],
            record_id=rid,
            name=name,
            phone="",
            email="",
            context="",
        )
        for rid, name in rows
        if c.name_matches(name)
    ]


# -- the dossier -------------------------------------------------------------------------------


def _moment(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    return f"{long_date(local.date())} {local:%H:%M}"


def _signal_record(session: Session, signal_id: int) -> dict[str, str]:
    s = session.get(Signal, signal_id)
    if s is None:
        return {}
    category = session.scalar(select(SignalCategory.name).where(SignalCategory.id == s.category_id))
    feedback = [
        f"{_moment(at)}: {text}"
        for at, text in session.execute(
            select(SignalEvent.at, SignalEvent.feedback)
            .where(SignalEvent.signal_id == signal_id, SignalEvent.feedback.is_not(None))
            .order_by(SignalEvent.at, SignalEvent.id)
        ).tuples()
    ]
    # The reporter's reactions to the handling (models.signals.reactions), in their words.
    reactions = [
        f"{_moment(at)}: "
        + " · ".join(
            p for p in (translate("labels", SATISFIED if happy else NOT_SATISFIED), reason, comment) if p
        )
        for at, happy, reason, comment in session.execute(
            select(SignalReaction.at, SignalReaction.satisfied, ReactionReason.name, SignalReaction.comment)
            .outerjoin(ReactionReason, ReactionReason.id == SignalReaction.reason_id)
            .where(SignalReaction.signal_id == signal_id)
            .order_by(SignalReaction.at, SignalReaction.id)
        ).tuples()
    ]
    return {
        F_RECORD: signal_number(s.id),
        F_DATE: _moment(s.reported_at),
        F_STATUS: translate("labels", SIGNAL_STATUS_LABELS[s.status]),
        F_CATEGORY: category or "",
        F_ADDRESS: format_address(s.street, s.house_number, s.postcode, s.city),
        F_DESCRIPTION: s.description,
        F_NAME: s.reporter_name or "",
        F_PHONE: format_phone(s.reporter_phone),
        F_EMAIL: s.reporter_email or "",
        F_POSTAL_ADDRESS: s.reporter_address or "",
        F_WANTS_CONTACT: translate("labels", YES if s.wants_contact else NO),
        F_FEEDBACK: "\n\n".join(feedback),
        F_REACTIONS: "\n\n".join(reactions),
    }


def _contact_record(session: Session, contact_id: int) -> dict[str, str]:
    x = session.get(Contact, contact_id)
    if x is None:
        return {}
    companies = [
        f"{name} ({role})" if role else name
        for name, role in session.execute(
            select(Company.name, CompanyContact.role)
            .join(Company, Company.id == CompanyContact.company_id)
            .where(CompanyContact.contact_id == contact_id)
            .order_by(Company.name)
        ).tuples()
    ]
    moments = [
        f"{_moment(at)}: {subject}"
        for at, subject in session.execute(
            select(Interaction.occurred_at, Interaction.subject)
            .join(InteractionContact, InteractionContact.interaction_id == Interaction.id)
            .where(InteractionContact.contact_id == contact_id)
            .order_by(Interaction.occurred_at)
        ).tuples()
    ]
    return {
        F_RECORD: f"#{x.id}",
        F_NAME: x.full_name,
        F_PHONE: format_phone(x.phone),
        F_EMAIL: x.email or "",
        F_NOTES: x.notes or "",
        F_COMPANIES: "\n".join(companies),
        F_CONTACT_MOMENTS: "\n".join(moments),
    }


def _desk_record(session: Session, question_id: int) -> dict[str, str]:
    q = session.get(DeskQuestion, question_id)
    if q is None:
        return {}
    return {
        F_RECORD: f"#{q.id}",
        F_DATE: _moment(q.asked_at),
        F_NAME: q.visitor or "",
        F_CHANNEL: translate("labels", CHANNEL_LABELS[q.channel]),
        F_QUESTION: q.question,
        F_ANSWER: q.answer or "",
    }


def _round_record(session: Session, observation_id: int) -> dict[str, str]:
    o = session.get(Observation, observation_id)
    if o is None:
        return {}
    title = session.scalar(select(Round.title).where(Round.id == o.round_id))
    return {
        F_RECORD: f"#{o.id}",
        F_DATE: _moment(o.observed_at),
        F_ROUND: title or "",
        F_NAME: o.spoke_with or "",
        F_ADDRESS: format_address(o.street, o.house_number, None, None),
        F_FINDING: o.finding,
        F_ACTION: o.action or "",
    }


def _respondent_record(session: Session, respondent_id: int) -> dict[str, str]:
    r = session.get(Respondent, respondent_id)
    if r is None:
        return {}
    ideas = [
        f"{long_date(on)}: {text}" if on else text
        for on, text in session.execute(
            select(Idea.received_on, Idea.text).where(Idea.respondent_id == respondent_id).order_by(Idea.id)
        ).tuples()
    ]
    return {
        F_RECORD: f"#{r.id}",
        F_NAME: r.name,
        F_SECTOR: translate("labels", RESPONDENT_SECTOR_LABELS[r.sector]),
        F_IDEAS: "\n".join(ideas),
    }


_RECORD: dict[str, Callable[[Session, int], dict[str, str]]] = {
    PersonKind.SIGNAL_REPORTER: _signal_record,
    PersonKind.CONTACT_PERSON: _contact_record,
    PersonKind.DESK_VISITOR: _desk_record,
    PersonKind.ROUND_CONVERSATION: _round_record,
    PersonKind.RESPONDENT: _respondent_record,
}


def build_dossier(
    session: Session, query: PersonQuery, hits: list[PersonHit], *, made_by: str, identity: Identity
) -> Dossier:
    sections: list[DossierSection] = []
    for kind in PERSON_KINDS:
        ids = sorted({h.record_id for h in hits if h.kind == kind})
        records = [r for r in (_RECORD[kind](session, i) for i in ids) if r]
        if records:
            sections.append(DossierSection(title=SECTION_TITLES[kind], records=records))
    trail: list[dict[str, str]] = []
    for kind in PERSON_KINDS:
        ids = sorted({h.record_id for h in hits if h.kind == kind})
        if not ids:
            continue
        entity = ENTITY_OF[kind].__tablename__
        for entry, who in session.execute(
            select(AuditEntry, User.full_name)
            .outerjoin(User, User.id == AuditEntry.user_id)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id.in_(ids))
            .order_by(AuditEntry.at, AuditEntry.id)
        ).tuples():
            record = (
                signal_number(entry.entity_id)
                if entity == Signal.__tablename__
                else f"{translate('labels', KIND_LABELS.get(entity, entity))} #{entry.entity_id}"
            )
            trail.append(
                {
                    F_DATE: _moment(entry.at),
                    F_RECORD: record,
                    F_CHANGE: translate("labels", ACTION_LABELS.get(entry.action, entry.action)),
                    F_FIELD: translate("labels", FIELD_LABELS.get(entry.field, entry.field))
                    if entry.field
                    else "",
                    F_OLD: entry.old_value or "",
                    F_NEW: entry.new_value or "",
                    F_BY: who or "",
                }
            )
    if trail:
        sections.append(DossierSection(title=AUDIT_TITLE, records=trail))
    return Dossier(query=query, made_at=utcnow(), made_by=made_by, sections=sections, identity=identity)


def dossier_json(dossier: Dossier) -> str:
    """The dossier as a JSON file for the person (AVG art. 15 and 20), with Dutch field names."""
    data: dict[str, Any] = {
        "gezocht": {
            "naam": dossier.query.name,
            "telefoon": dossier.query.phone,
            "e-mail": dossier.query.email,
        },
        "gemaakt_op": dossier.made_at.isoformat(),
        "gemaakt_door": dossier.made_by,
        "onderdelen": [
            {
                "titel": translate("labels", section.title),
                "gegevens": [
                    {translate("labels", k): v for k, v in record.items()} for record in section.records
                ],
            }
            for section in dossier.sections
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
