"""Anonymising and removing personal data everywhere it lives.

A person's data is not only in the columns that hold it: a feedback letter starts "Geachte Jan
de Vries", a conversation report names who was there, the audit trail keeps every old and new
value, and the search indexes hold the folded text. Each function here changes the records
(through the ORM, so versions go up and an open form meets a conflict instead of writing the
data back), rebuilds their search text, removes the person's name, phone and e-mail from the free
texts that belong to them, and then blanks the audit trail: the fields that held the data are
replaced by ``MARKER`` as a whole, and the person's words are replaced in every other field of
the same records. The audit rows the anonymising change itself wrote (old value → nothing) are
blanked the same way, because the scrub runs after the change is flushed (on PostgreSQL that
includes what the audit triggers wrote).

On PostgreSQL no login may change ``audit_entry``; the blanking goes through the SECURITY
DEFINER function ``privacy_scrub_audit`` (revision 0008), which only administrators may run.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import CursorResult, bindparam, delete, select, text, update
from sqlalchemy.orm import Session

from models.ambitions.entities import Idea, Respondent
from models.audit.entities import AuditEntry
from models.base import Base, utcnow
from models.companies import search as company_search
from models.companies.entities import Company, CompanyContact, Contact
from models.consultations.entities import Interaction, InteractionContact
from models.desk.entities import DeskQuestion
from models.desk.services import set_search_text as set_desk_search_text
from models.duplicates.entities import CONTACT, MergeLog
from models.rounds.entities import Observation
from models.rounds.services import set_search_text as set_observation_search_text
from models.signals.entities import Signal, SignalEvent, SignalReaction
from models.signals.services import public_search_text as signal_public_search_text
from models.signals.services import search_text as signal_search_text
from models.text import digits
from models.validation import format_phone

MARKER = "[geanonimiseerd]"  # the same text as in revision 0008's privacy_scrub_audit
CHUNK = 500
_MIN_TERM = 3  # shorter words would blank unrelated text


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def phone_forms(stored: str | None) -> list[str]:
    """A stored number (E.164) the ways it is written in a letter or report."""
    if not stored:
        return []
    national = format_phone(stored)
    forms = {stored, national, digits(national), national.replace(" ", "-")}
    if stored.startswith("+31"):
        forms.add("0031" + stored[3:])
    return [f for f in forms if f]


def terms(*values: str | None, phone: str | None = None) -> list[str]:
    """The words to blank in free text: the values themselves and the phone's forms, longest
    first (a full name goes before a part of it)."""
    found = {v.strip() for v in values if v and v.strip() and v.strip() != MARKER}
    found.update(phone_forms(phone))
    return sorted((t for t in found if len(t) >= _MIN_TERM), key=lambda t: (-len(t), t))


@functools.lru_cache(maxsize=4096)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for all the words, longest first (a full name before a part of it)."""
    usable = sorted({w for w in words if len(w) >= _MIN_TERM}, key=lambda t: (-len(t), t))
    return re.compile("|".join(re.escape(w) for w in usable), re.IGNORECASE) if usable else None


def redact(value: str | None, words: Sequence[str]) -> str | None:
    """``value`` with every word replaced by the marker, whatever its case."""
    pattern = _pattern(tuple(words))
    if not value or pattern is None:
        return value
    return pattern.sub(MARKER, value)


def all_fields(entity: type[Base]) -> list[str]:
    return [column.name for column in entity.__table__.columns]


# -- the audit trail ---------------------------------------------------------------------------


def earlier_values(
    session: Session,
    entity: type[Base],
    ids: Sequence[int],
    fields: Sequence[str],
    phones: Sequence[str] = (),
) -> dict[int, list[str]]:
    """What these fields held before (a name corrected, a number changed), from the audit trail:
    a letter written before the correction still carries the old value."""
    found: dict[int, set[str]] = {}
    for entity_id, name, old, new in session.execute(
        select(AuditEntry.entity_id, AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value).where(
            AuditEntry.entity == entity.__tablename__,
            AuditEntry.entity_id.in_(sorted(set(ids))),
            AuditEntry.field.in_([*fields, *phones]),
        )
    ).tuples():
        for value in (old, new):
            if value and value != MARKER:
                found.setdefault(entity_id, set()).update(phone_forms(value) if name in phones else [value])
    return {entity_id: sorted(values) for entity_id, values in found.items()}


Words = Mapping[int, Sequence[str]]  # per record: the words to blank in its audit rows


def scrub_audit(
    session: Session, entity: type[Base], ids: Sequence[int], fields: Sequence[str], words: Words
) -> int:
    """Blank ``fields`` of these records' audit rows, and each record's ``words`` wherever they
    occur in its rows; returns the number of audit rows changed."""
    ids = sorted(set(ids))
    if not ids:
        return 0
    session.flush()  # the change first: its own audit rows are blanked too
    table = entity.__tablename__
    changed = 0
    for chunk in chunks(ids):
        pairs = [(i, w) for i in chunk for w in dict.fromkeys(words.get(i, ())) if len(w) >= _MIN_TERM]
        if not (fields or pairs):
            continue
        if session.get_bind().dialect.name == "postgresql":
            changed += session.execute(
                text(
                    "SELECT privacy_scrub_audit(:entity, CAST(:ids AS integer[]), CAST(:fields AS text[]), "
                    "CAST(:word_ids AS integer[]), CAST(:words AS text[]))"
                ),
                {
                    "entity": table,
                    "ids": chunk,
                    "fields": list(fields),
                    "word_ids": [i for i, _w in pairs],
                    "words": [w for _i, w in pairs],
                },
            ).scalar_one()
            continue
        if fields:
            result = session.execute(
                text(
                    "UPDATE audit_entry SET "
                    "old_value = CASE WHEN old_value IS NULL THEN NULL ELSE :marker END, "
                    "new_value = CASE WHEN new_value IS NULL THEN NULL ELSE :marker END "
                    "WHERE entity = :entity AND entity_id IN :ids AND field IN :fields "
                    "AND (coalesce(old_value, :marker) <> :marker OR coalesce(new_value, :marker) <> :marker)"
                ).bindparams(bindparam("ids", expanding=True), bindparam("fields", expanding=True)),
                {"marker": MARKER, "entity": table, "ids": chunk, "fields": list(fields)},
            )
            changed += cast(CursorResult, result).rowcount
        with_words = sorted({i for i, _w in pairs})
        if not with_words:
            continue
        rows = session.execute(
            select(AuditEntry.id, AuditEntry.entity_id, AuditEntry.old_value, AuditEntry.new_value).where(
                AuditEntry.entity == table, AuditEntry.entity_id.in_(with_words)
            )
        ).tuples()
        blanked: list[dict[str, object]] = []
        for row_id, entity_id, old, new in rows:
            own = words.get(entity_id, ())
            old2, new2 = redact(old, own), redact(new, own)
            if (old2, new2) != (old, new):
                blanked.append({"b_id": row_id, "old": old2, "new": new2})
        if blanked:
            audit = AuditEntry.__table__
            session.execute(
                update(audit)
                .where(audit.c.id == bindparam("b_id"))
                .values(old_value=bindparam("old"), new_value=bindparam("new")),
                blanked,
            )
            changed += len(blanked)
    return changed


# -- signals -----------------------------------------------------------------------------------

REPORTER_FIELDS = ("reporter_name", "reporter_phone", "reporter_email", "reporter_address", "search_text")
EVENT_TEXTS = ("found", "done", "planned", "feedback")


def anonymise_signal_reporters(session: Session, ids: Sequence[int], extra: Sequence[str] = ()) -> int:
    """Blank the reporters of these signals: contact details, their words in the description,
    the feedback letters and the history, the search text and the audit trail."""
    done = 0
    for chunk in chunks(ids):
        words_of: dict[int, list[str]] = {}
        before = earlier_values(
            session,
            Signal,
            chunk,
            ("reporter_name", "reporter_email", "reporter_address"),
            ("reporter_phone",),
        )
        rows = list(session.scalars(select(Signal).where(Signal.id.in_(chunk))))
        company_ids = {s.company_id for s in rows if s.company_id}
        companies = {
            company_id: name
            for company_id, name in session.execute(
                select(Company.id, Company.name).where(Company.id.in_(company_ids))
            ).tuples()
        }
        for signal in rows:
            words = terms(
                signal.reporter_name,
                signal.reporter_email,
                signal.reporter_address,
                *before.get(signal.id, []),
                *extra,
                phone=signal.reporter_phone,
            )
            words_of[signal.id] = words
            if signal.reporter_name:
                signal.reporter_name = MARKER
            signal.reporter_phone = None
            signal.reporter_email = None
            signal.reporter_address = None
            signal.wants_contact = False
            signal.description = redact(signal.description, words) or ""
            signal.search_text = signal_search_text(
                None,
                None,
                None,
                signal.street,
                signal.house_number,
                signal.postcode,
                signal.city,
                companies.get(signal.company_id) if signal.company_id else None,
                signal.description,
            )
            signal.public_search_text = signal_public_search_text(
                signal.street,
                signal.house_number,
                signal.postcode,
                signal.city,
                companies.get(signal.company_id) if signal.company_id else None,
                signal.description,
            )
            done += 1
        session.flush()
        _redact_events(session, chunk, words_of)
        _redact_reactions(session, chunk, words_of)
        scrub_audit(session, Signal, chunk, REPORTER_FIELDS, words_of)
    return done


def _redact_events(session: Session, signal_ids: list[int], words_of: dict[int, list[str]]) -> None:
    """The history's texts, the feedback letters as sent among them (never changed otherwise, so
    not versioned nor audited)."""
    columns = [getattr(SignalEvent, name) for name in EVENT_TEXTS]
    rows: list[dict[str, object]] = []
    for event_id, signal_id, *values in session.execute(
        select(SignalEvent.id, SignalEvent.signal_id, *columns).where(SignalEvent.signal_id.in_(signal_ids))
    ):
        words = words_of.get(signal_id, [])
        redacted = [redact(value, words) for value in values]
        if redacted != values:
            rows.append({"b_id": event_id, **dict(zip(EVENT_TEXTS, redacted, strict=True))})
    if rows:
        table = SignalEvent.__table__
        session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values({n: bindparam(n) for n in EVENT_TEXTS}),
            rows,
        )


def _redact_reactions(session: Session, signal_ids: list[int], words_of: dict[int, list[str]]) -> None:
    """The reporter's own words in their reactions to the handling, and in the trail of them."""
    words_by_reaction: dict[int, list[str]] = {}
    for reaction_id, signal_id, comment in session.execute(
        select(SignalReaction.id, SignalReaction.signal_id, SignalReaction.comment).where(
            SignalReaction.signal_id.in_(signal_ids), SignalReaction.comment.is_not(None)
        )
    ).tuples():
        words = words_of.get(signal_id, [])
        words_by_reaction[reaction_id] = words
        redacted = redact(comment, words)
        if redacted != comment:
            session.execute(
                update(SignalReaction)
                .where(SignalReaction.id == reaction_id)
                .values(comment=redacted, version=SignalReaction.version + 1, updated_at=utcnow())
            )
    scrub_audit(session, SignalReaction, list(words_by_reaction), (), words_by_reaction)


def remove_signals(session: Session, ids: Sequence[int]) -> int:
    """Remove these signals with their history and feedback; their audit rows keep that they
    existed and changed, not what they held."""
    removed = 0
    for chunk in chunks(ids):
        session.execute(
            update(Observation)
            .where(Observation.signal_id.in_(chunk))
            .values(signal_id=None, version=Observation.version + 1, updated_at=utcnow())
        )
        session.execute(delete(SignalEvent).where(SignalEvent.signal_id.in_(chunk)))
        reactions = list(
            session.scalars(select(SignalReaction.id).where(SignalReaction.signal_id.in_(chunk)))
        )
        session.execute(delete(SignalReaction).where(SignalReaction.id.in_(reactions)))
        scrub_audit(session, SignalReaction, reactions, all_fields(SignalReaction), {})
        for signal in session.scalars(select(Signal).where(Signal.id.in_(chunk))):
            session.delete(signal)
            removed += 1
        session.flush()
        scrub_audit(session, Signal, chunk, all_fields(Signal), {})
    return removed


# -- the desk ----------------------------------------------------------------------------------


def remove_desk_questions(session: Session, ids: Sequence[int]) -> int:
    removed = 0
    for chunk in chunks(ids):
        for question in session.scalars(select(DeskQuestion).where(DeskQuestion.id.in_(chunk))):
            session.delete(question)
            removed += 1
        session.flush()
        scrub_audit(session, DeskQuestion, chunk, all_fields(DeskQuestion), {})
    return removed


def anonymise_desk_visitors(session: Session, ids: Sequence[int], extra: Sequence[str] = ()) -> int:
    done = 0
    for chunk in chunks(ids):
        words_of: dict[int, list[str]] = {}
        before = earlier_values(session, DeskQuestion, chunk, ("visitor",))
        for question in session.scalars(select(DeskQuestion).where(DeskQuestion.id.in_(chunk))):
            words = words_of[question.id] = terms(question.visitor, *before.get(question.id, []), *extra)
            question.visitor = MARKER if question.visitor else None
            question.question = redact(question.question, words) or ""
            question.answer = redact(question.answer, words)
            set_desk_search_text(session, question)
            done += 1
        session.flush()
        scrub_audit(session, DeskQuestion, chunk, ("visitor",), words_of)
    return done


# -- contact persons ---------------------------------------------------------------------------

CONTACT_FIELDS = ("first_name", "name_prefix", "last_name", "email", "phone", "notes")


def anonymise_contacts(session: Session, ids: Sequence[int], extra: Sequence[str] = ()) -> int:
    """Blank these contact persons, their words in the conversation reports and desk questions
    they took part in, the company search and the audit trail; an active one is archived too."""
    done = 0
    now: datetime = utcnow()
    for chunk in chunks(ids):
        words_of: dict[int, list[str]] = {}
        before = earlier_values(session, Contact, chunk, ("email",), ("phone",))
        for contact in session.scalars(select(Contact).where(Contact.id.in_(chunk))):
            words_of[contact.id] = terms(
                contact.full_name, contact.email, *before.get(contact.id, []), *extra, phone=contact.phone
            )
            contact.first_name = contact.name_prefix = contact.email = contact.phone = contact.notes = None
            contact.last_name = MARKER
            if contact.archived_at is None:
                contact.archived_at = now
            done += 1
        # The contact moments and desk questions they took part in, with the words of their people.
        in_interaction: dict[int, list[str]] = {}
        for interaction_id, contact_id in session.execute(
            select(InteractionContact.interaction_id, InteractionContact.contact_id).where(
                InteractionContact.contact_id.in_(chunk)
            )
        ).tuples():
            in_interaction.setdefault(interaction_id, []).extend(words_of.get(contact_id, []))
        for interaction in session.scalars(
            select(Interaction).where(Interaction.id.in_(list(in_interaction)))
        ):
            words = in_interaction[interaction.id]
            report = redact(interaction.report, words)
            if report != interaction.report:
                interaction.report = report
            subject = redact(interaction.subject, words) or ""
            if subject != interaction.subject:
                interaction.subject = subject
        in_question: dict[int, list[str]] = {}
        for question in session.scalars(select(DeskQuestion).where(DeskQuestion.contact_id.in_(chunk))):
            words = in_question[question.id] = words_of.get(question.contact_id or 0, [])
            for name in ("question", "answer", "visitor"):
                value = getattr(question, name)
                if value and redact(value, words) != value:
                    setattr(question, name, redact(value, words))
            set_desk_search_text(session, question)
        session.flush()
        company_ids = list(
            session.scalars(select(CompanyContact.company_id).where(CompanyContact.contact_id.in_(chunk)))
        )
        company_search.refresh(session, company_ids)
        _redact_merge_logs(session, chunk, words_of)
        scrub_audit(session, Contact, chunk, CONTACT_FIELDS, words_of)
        scrub_audit(session, Interaction, list(in_interaction), (), in_interaction)
        scrub_audit(session, DeskQuestion, list(in_question), (), in_question)
    return done


def _redact_merge_logs(session: Session, ids: list[int], words_of: Mapping[int, Sequence[str]]) -> None:
    """A merge of contact persons keeps both records' values (for undo): blank this person's fields
    on their side of each merge and their words on the other side. Undoing such a merge afterwards
    gives back the blanked values, never the person's."""
    logs = session.scalars(
        select(MergeLog).where(
            MergeLog.kind == CONTACT, (MergeLog.survivor_id.in_(ids)) | (MergeLog.merged_id.in_(ids))
        )
    )
    for log in logs:
        words = [*words_of.get(log.survivor_id, []), *words_of.get(log.merged_id, [])]
        survivor_gone, merged_gone = log.survivor_id in words_of, log.merged_id in words_of
        log.survivor_name = MARKER if survivor_gone else redact(log.survivor_name, words) or ""
        log.merged_name = MARKER if merged_gone else redact(log.merged_name, words) or ""
        log.survivor_before = _redact_values(log.survivor_before, words, blank=survivor_gone)
        log.survivor_after = _redact_values(log.survivor_after, words, blank=survivor_gone)
        log.merged_before = _redact_values(log.merged_before, words, blank=merged_gone)


def _redact_values(stored: str, words: Sequence[str], *, blank: bool) -> str:
    """A merge log's JSON of field values: the person's own fields blanked as ``anonymise_contacts``
    blanks the record (``blank``), their words replaced in every other value."""
    values = json.loads(stored)
    for name, value in values.items():
        if blank and name in CONTACT_FIELDS:
            values[name] = MARKER if name == "last_name" else None
        elif isinstance(value, str):
            values[name] = redact(value, words)
    return json.dumps(values, sort_keys=True)


# -- rounds and co-creation --------------------------------------------------------------------


def anonymise_conversations(session: Session, ids: Sequence[int], extra: Sequence[str] = ()) -> int:
    """Blank whom a supervisor spoke with on these observations (and their name in the finding)."""
    done = 0
    for chunk in chunks(ids):
        words_of: dict[int, list[str]] = {}
        before = earlier_values(session, Observation, chunk, ("spoke_with",))
        for observation in session.scalars(select(Observation).where(Observation.id.in_(chunk))):
            words = words_of[observation.id] = terms(
                observation.spoke_with, *before.get(observation.id, []), *extra
            )
            observation.spoke_with = MARKER if observation.spoke_with else None
            observation.finding = redact(observation.finding, words) or ""
            observation.action = redact(observation.action, words)
            set_observation_search_text(session, observation)
            done += 1
        session.flush()
        scrub_audit(session, Observation, chunk, ("spoke_with",), words_of)
    return done


def anonymise_respondents(session: Session, ids: Sequence[int], extra: Sequence[str] = ()) -> int:
    done = 0
    for chunk in chunks(ids):
        words_of: dict[int, list[str]] = {}
        before = earlier_values(session, Respondent, chunk, ("name",))
        for respondent in session.scalars(select(Respondent).where(Respondent.id.in_(chunk))):
            words_of[respondent.id] = terms(respondent.name, *before.get(respondent.id, []), *extra)
            respondent.name = MARKER
            done += 1
        of_idea: dict[int, list[str]] = {}
        for idea in session.scalars(select(Idea).where(Idea.respondent_id.in_(chunk))):
            words = of_idea[idea.id] = words_of.get(idea.respondent_id, [])
            value = redact(idea.text, words) or ""
            if value != idea.text:
                idea.text = value
        session.flush()
        scrub_audit(session, Respondent, chunk, ("name",), words_of)
        scrub_audit(session, Idea, list(of_idea), (), of_idea)
    return done
