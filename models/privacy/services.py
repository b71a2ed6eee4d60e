"""The AVG for administrators: retention periods and their daily run, inzage and erasure.

Everything here needs ``Permission.MANAGE_PRIVACY`` (administrators only). What was done is
written to the privacy log: when, by whom, what kind, how many, and the reason of an erasure;
never who it was about or what the data were. ``today`` is a parameter so the periods can be
tested at their boundary; a period ends on the same day ``months`` later (``kinds.months_before``).

The anonymising itself (records, letters, search text, audit trail) is ``models.privacy.scrub``;
finding a person and their dossier is ``models.privacy.dossier``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from models.base import CURRENT_USER, local_day_start, utcnow
from models.companies.entities import Contact
from models.desk.entities import DeskQuestion
from models.errors import FieldError, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, requires
from models.privacy import scrub
from models.privacy.dossier import (
    PERSON_KINDS,
    Dossier,
    DossierSection,
    PersonHit,
    PersonKind,
    PersonQuery,
    build_dossier,
    dossier_json,
    normalised_phone,
    search_person,
)
from models.privacy.entities import PrivacyLogEntry, RetentionSetting
from models.privacy.kinds import (
    ACTION_LABELS,
    ANONYMISE,
    KINDS,
    MAX_MONTHS,
    MIN_MONTHS,
    REMOVE,
    RetentionKind,
    months_before,
)
from models.rounds.entities import Observation
from models.signals.entities import Signal, SignalStatus
from models.team.entities import User
from models.team.identity import identity as letterhead

__all__ = [
    "ACTION_LABELS",
    "ANONYMISE",
    "REMOVE",
    "Dossier",
    "DossierSection",
    "PersonHit",
    "PersonKind",
    "PersonQuery",
    "PrivacyLogRecord",
    "RetentionKind",
    "RetentionRule",
    "RetentionStep",
    "dossier_json",
    "erase_person",
    "find_person",
    "last_retention_run",
    "list_retention_rules",
    "person_dossier",
    "plan_retention",
    "privacy_log",
    "retention_due",
    "run_retention",
    "set_retention_months",
]

RETENTION, ERASURE, INZAGE = "retention", "erasure", "inzage"
LOG_ACTION_LABELS = {
    RETENTION: QT_TRANSLATE_NOOP("labels", "retention period"),
    ERASURE: QT_TRANSLATE_NOOP("labels", "erasure"),
    INZAGE: QT_TRANSLATE_NOOP("labels", "inzage: exported"),
}


@dataclass(frozen=True, kw_only=True)
class RetentionRule:
    kind: RetentionKind
    label: str  # QT_TRANSLATE_NOOP("labels", …)
    action: str  # ANONYMISE | REMOVE
    months: int
    default_months: int
    basis: str  # QT_TRANSLATE_NOOP("labels", …): where the default comes from


@dataclass(frozen=True, kw_only=True)
class RetentionStep:
    """What a run will do or did for one kind (a retention kind, or a person kind of an erasure)."""

    kind: str
    label: str  # QT_TRANSLATE_NOOP("labels", …)
    action: str  # ANONYMISE | REMOVE
    count: int


@dataclass(frozen=True, kw_only=True)
class PrivacyLogRecord:
    at: datetime
    by: str | None  # None: the application itself (the daily run at start)
    action: str  # RETENTION | ERASURE
    kind: str | None
    count: int
    reason: str | None


# -- retention periods -------------------------------------------------------------------------


def _months(session: Session) -> dict[RetentionKind, int]:
    stored = {k: m for k, m in session.execute(select(RetentionSetting.kind, RetentionSetting.months))}
    return {kind: stored.get(kind.value, info.default_months) for kind, info in KINDS.items()}


@requires(Permission.MANAGE_PRIVACY)
def list_retention_rules(session: Session) -> list[RetentionRule]:
    months = _months(session)
    return [
        RetentionRule(
            kind=kind,
            label=info.label,
            action=info.action,
            months=months[kind],
            default_months=info.default_months,
            basis=info.basis,
        )
        for kind, info in KINDS.items()
    ]


@requires(Permission.MANAGE_PRIVACY)
def set_retention_months(session: Session, kind: RetentionKind | str, months: int) -> None:
    kind = RetentionKind(kind)
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise ValidationError(
            [
                FieldError(
                    field="months",
                    message=QT_TRANSLATE_NOOP(
                        "errors", "A retention period is between {minimum} and {maximum} months."
                    ),
                    params={"minimum": MIN_MONTHS, "maximum": MAX_MONTHS},
                )
            ]
        )
    setting = session.scalar(select(RetentionSetting).where(RetentionSetting.kind == kind.value))
    if setting is None:
        session.add(RetentionSetting(kind=kind.value, months=months))
    elif setting.months != months:
        setting.months = months
    session.flush()


# -- what is due -------------------------------------------------------------------------------


def _cutoff(today: date, months: int) -> datetime:
    """Records whose purpose ended before this moment are due: ended on or before the day
    ``months`` before ``today`` (where the user is)."""
    return local_day_start(months_before(today, months) + timedelta(days=1))


def _reporter_held() -> ColumnElement[bool]:
    return or_(
        Signal.reporter_phone.is_not(None),
        Signal.reporter_email.is_not(None),
        Signal.reporter_address.is_not(None),
        and_(Signal.reporter_name.is_not(None), Signal.reporter_name != scrub.MARKER),
    )


def _due(session: Session, today: date) -> dict[RetentionKind, list[int]]:
    months = _months(session)
    cut = {kind: _cutoff(today, months[kind]) for kind in KINDS}
    K = RetentionKind
    due: dict[RetentionKind, list[int]] = {}
    due[K.SIGNAL] = list(
        session.scalars(
            select(Signal.id).where(Signal.status == SignalStatus.DONE, Signal.closed_at < cut[K.SIGNAL])
        )
    )
    due[K.SIGNAL_CANCELLED] = list(
        session.scalars(
            select(Signal.id).where(
                Signal.status == SignalStatus.CANCELLED, Signal.closed_at < cut[K.SIGNAL_CANCELLED]
            )
        )
    )
    removed = set(due[K.SIGNAL]) | set(due[K.SIGNAL_CANCELLED])
    due[K.SIGNAL_REPORTER] = [
        i
        for i in session.scalars(
            select(Signal.id).where(
                Signal.status.in_((SignalStatus.DONE, SignalStatus.CANCELLED)),
                Signal.closed_at < cut[K.SIGNAL_REPORTER],
                _reporter_held(),
            )
        )
        if i not in removed
    ]
    due[K.DESK_VISITOR] = list(
        session.scalars(
            select(DeskQuestion.id).where(
                DeskQuestion.company_id.is_(None), DeskQuestion.asked_at < cut[K.DESK_VISITOR]
            )
        )
    )
    due[K.CONTACT_ARCHIVED] = list(
        session.scalars(
            select(Contact.id).where(
                Contact.archived_at < cut[K.CONTACT_ARCHIVED],
                or_(
                    Contact.last_name != scrub.MARKER,
                    Contact.first_name.is_not(None),
                    Contact.email.is_not(None),
                    Contact.phone.is_not(None),
                    Contact.notes.is_not(None),
                ),
            )
        )
    )
    due[K.ROUND_CONVERSATION] = list(
        session.scalars(
            select(Observation.id).where(
                Observation.observed_at < cut[K.ROUND_CONVERSATION],
                Observation.spoke_with.is_not(None),
                Observation.spoke_with != scrub.MARKER,
            )
        )
    )
    return {kind: due[kind] for kind in KINDS}  # in the order of KINDS


def _steps(due: dict[RetentionKind, list[int]]) -> list[RetentionStep]:
    return [
        RetentionStep(kind=kind, label=KINDS[kind].label, action=KINDS[kind].action, count=len(ids))
        for kind, ids in due.items()
    ]


@requires(Permission.MANAGE_PRIVACY)
def plan_retention(session: Session, today: date | None = None) -> list[RetentionStep]:
    """The dry run: per kind, how many records a run today would anonymise or remove."""
    return _steps(_due(session, today or date.today()))


_APPLY = {
    RetentionKind.SIGNAL: scrub.remove_signals,
    RetentionKind.SIGNAL_CANCELLED: scrub.remove_signals,
    RetentionKind.SIGNAL_REPORTER: scrub.anonymise_signal_reporters,
    RetentionKind.DESK_VISITOR: scrub.remove_desk_questions,
    RetentionKind.CONTACT_ARCHIVED: scrub.anonymise_contacts,
    RetentionKind.ROUND_CONVERSATION: scrub.anonymise_conversations,
}


@requires(Permission.MANAGE_PRIVACY)
def run_retention(session: Session, today: date | None = None) -> list[RetentionStep]:
    """Anonymise and remove what is due, and log per kind how many (a run with nothing due is
    logged too, so "at most once a day" can be told). The caller commits."""
    due = _due(session, today or date.today())
    for kind, ids in due.items():
        if ids:
            _APPLY[kind](session, ids)
    steps = _steps(due)
    user_id = session.info.get(CURRENT_USER)
    now = utcnow()
    done = [s for s in steps if s.count]
    for step in done:
        session.add(
            PrivacyLogEntry(at=now, user_id=user_id, action=RETENTION, kind=step.kind, count=step.count)
        )
    if not done:
        session.add(PrivacyLogEntry(at=now, user_id=user_id, action=RETENTION, kind=None, count=0))
    session.flush()
    return steps


@requires(Permission.MANAGE_PRIVACY)
def last_retention_run(session: Session) -> datetime | None:
    return session.scalar(select(func.max(PrivacyLogEntry.at)).where(PrivacyLogEntry.action == RETENTION))


@requires(Permission.MANAGE_PRIVACY)
def retention_due(session: Session, today: date | None = None) -> bool:
    """Whether the daily run has not run yet today (where the user is)."""
    last = last_retention_run(session)
    return last is None or last.astimezone().date() < (today or date.today())


@requires(Permission.MANAGE_PRIVACY)
def privacy_log(session: Session, limit: int = 100) -> list[PrivacyLogRecord]:
    rows = session.execute(
        select(PrivacyLogEntry, User.full_name)
        .outerjoin(User, User.id == PrivacyLogEntry.user_id)
        .order_by(PrivacyLogEntry.at.desc(), PrivacyLogEntry.id.desc())
        .limit(limit)
    ).tuples()
    return [
        PrivacyLogRecord(
            at=entry.at, by=name, action=entry.action, kind=entry.kind, count=entry.count, reason=entry.reason
        )
        for entry, name in rows
    ]


# -- inzage and erasure ------------------------------------------------------------------------


@requires(Permission.MANAGE_PRIVACY)
def find_person(session: Session, query: PersonQuery) -> list[PersonHit]:
    """Everyone matching the query in every kind of record: a name case- and accent-insensitive
    (every word of it in the stored name), a phone number however written, an e-mail address
    whatever its case. Any given criterion suffices."""
    return search_person(session, query)


@requires(Permission.MANAGE_PRIVACY)
def person_dossier(session: Session, query: PersonQuery, hits: list[PersonHit] | None = None) -> Dossier:
    """Everything held about the person: the records of ``hits`` (default: all found) with their
    audit trail. Plain data, for the PDF (views/documents/inzage.py) and ``dossier_json``.

    That personal data were handed out goes into the privacy log (per kind of record, how many;
    never whose): the caller commits once the files are written, so a failed export logs nothing."""
    if hits is None:
        hits = search_person(session, query)
    user_id = session.info.get(CURRENT_USER)
    now = utcnow()
    for kind, count in sorted(Counter(hit.kind for hit in hits).items()):
        session.add(PrivacyLogEntry(at=now, user_id=user_id, action=INZAGE, kind=kind, count=count))
    session.flush()
    made_by = (
        session.scalar(select(User.full_name).where(User.id == user_id)) if user_id is not None else None
    )
    return build_dossier(
        session, query, hits, made_by=made_by or "Ondernemersdesk", identity=letterhead(session)
    )


_ERASE: dict[str, Callable[[Session, Sequence[int], Sequence[str]], int]] = {
    PersonKind.SIGNAL_REPORTER: scrub.anonymise_signal_reporters,
    PersonKind.CONTACT_PERSON: scrub.anonymise_contacts,
    PersonKind.DESK_VISITOR: scrub.anonymise_desk_visitors,
    PersonKind.ROUND_CONVERSATION: scrub.anonymise_conversations,
    PersonKind.RESPONDENT: scrub.anonymise_respondents,
}


@requires(Permission.MANAGE_PRIVACY)
def erase_person(
    session: Session, query: PersonQuery, hits: list[PersonHit], reason: str
) -> list[RetentionStep]:
    """Anonymise the person everywhere ``hits`` point (the records, their letters and reports,
    the search indexes, the audit trail) and log per kind how many, with ``reason``. The caller
    commits."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            [
                FieldError(
                    field="reason",
                    message=QT_TRANSLATE_NOOP("errors", "Say why the data are erased (for the privacy log)."),
                )
            ]
        )
    words = scrub.terms(query.name, query.email.strip().lower(), phone=normalised_phone(query.phone) or None)
    by_kind: dict[str, list[int]] = {}
    for hit in hits:
        by_kind.setdefault(hit.kind, []).append(hit.record_id)
    steps: list[RetentionStep] = []
    user_id = session.info.get(CURRENT_USER)
    now = utcnow()
    for kind in PERSON_KINDS:
        ids = sorted(set(by_kind.get(kind, [])))
        if not ids:
            continue
        count = _ERASE[kind](session, ids, words)
        steps.append(RetentionStep(kind=kind, label=PERSON_KINDS[kind], action=ANONYMISE, count=count))
        session.add(
            PrivacyLogEntry(at=now, user_id=user_id, action=ERASURE, kind=kind, count=count, reason=reason)
        )
    session.flush()
    return steps
