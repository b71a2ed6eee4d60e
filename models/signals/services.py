"""Signals (meldingen): registering them, moving them on with feedback, finding them again.

Every reporter gets individual feedback: when the reporter wants to be contacted, no status
change goes through without a message to them, made from a template and edited by hand.
The history of a signal is kept in ``SignalEvent`` rows that are never changed.

Handling deadlines count working days (Monday to Friday) from the report, or from the
reopening. A signal is overdue while it waits for an answer (gemeld, in behandeling,
heropend) and its due date lies before ``today``; a scheduled signal has had its answer.
``today`` is always a parameter, so the rule can be tested at its boundary.

Why somewhat over six hundred lines: registering, moving on and reading a signal share its
status rules and its search text; categories (categories.py) and feedback templates
(feedback.py) are modules of their own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, defer

from models import fulltext
from models.base import local_day_start, utcnow
from models.calendar import add_working_days
from models.common import created_before, fetch_ids, flush_or_conflict, load, load_for_edit
from models.companies.entities import Area, Company, Establishment
from models.errors import DomainError, NotFoundError
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, allowed, requires
from models.signals.entities import (
    SIGNAL_OPEN,
    SIGNAL_WAITING,
    FeedbackTemplate,
    Signal,
    SignalCategory,
    SignalEvent,
    SignalSource,
    SignalStatus,
)
from models.signals.letters import letter_problems
from models.signals.reactions import ReactionRecord, signal_reactions
from models.signals.records import SignalRow, signal_number
from models.team.entities import User
from models.text import digits, fold
from models.validation import (
    MAX_ID,
    InvalidValue,
    Validator,
    check_email,
    check_house_number,
    check_phone,
    check_postcode,
    record_number,
    search_words,
)

S = SignalStatus

# Which status may follow which. A closed signal only comes back by reopening it.
TRANSITIONS: dict[SignalStatus, frozenset[SignalStatus]] = {
    S.REPORTED: frozenset({S.HANDLING, S.SCHEDULED, S.DONE, S.CANCELLED}),
    S.HANDLING: frozenset({S.SCHEDULED, S.DONE, S.CANCELLED}),
    S.SCHEDULED: frozenset({S.HANDLING, S.DONE, S.CANCELLED}),
    S.REOPENED: frozenset({S.HANDLING, S.SCHEDULED, S.DONE, S.CANCELLED}),
    S.DONE: frozenset({S.REOPENED}),
    S.CANCELLED: frozenset({S.REOPENED}),
    # A reporter's request to reopen (models.signals.reactions puts a signal there): accepted, it is
    # handled again; declined, it is closed again with the reason. Nothing else follows it.
    S.REOPEN_REQUESTED: frozenset({S.HANDLING, S.DONE}),
}
CLOSED = (S.DONE, S.CANCELLED)

_NUMBER = re.compile(r"^\s*[mM]-?\s*(\d+)\s*$")  # a signal's number, M-123


def is_overdue(status: SignalStatus, due: date | None, today: date) -> bool:
    return status in SIGNAL_WAITING and due is not None and due < today


# -- input ------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class SignalInput:
    category_id: int | None = None
    source: SignalSource = SignalSource.CITIZEN
    description: str = ""
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    city: str = ""
    area_id: int | None = None
    company_id: int | None = None
    anonymous: bool = False
    reporter_name: str = ""
    reporter_phone: str = ""
    reporter_email: str = ""
    reporter_address: str = ""  # a postal address, for a reporter without e-mail
    wants_contact: bool = False
    reported_at: datetime | None = None  # when it came in (a call taken earlier); default: now
    handler_id: int | None = None  # the behandelaar


@dataclass(kw_only=True)
class TransitionInput:
    status: SignalStatus
    found: str = ""
    done: str = ""
    planned: str = ""
    planned_on: date | None = None
    feedback: str = ""
    template_id: int | None = None


# -- output -----------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class EventRecord:
    id: int
    at: datetime
    user: str | None
    from_status: SignalStatus | None
    to_status: SignalStatus
    found: str | None
    done: str | None
    planned: str | None
    planned_on: date | None
    feedback: str | None


@dataclass(frozen=True, kw_only=True)
class SignalRecord:
    """A signal as its detail shows it, with its history oldest first."""

    id: int
    version: int
    reported_at: datetime
    source: SignalSource
    category_id: int
    category: str
    target_days: int | None
    status: SignalStatus
    description: str
    street: str | None
    house_number: str | None
    postcode: str | None
    city: str | None
    area_id: int | None
    area: str | None
    company_id: int | None
    company: str | None
    anonymous: bool
    reporter_name: str | None
    reporter_phone: str | None
    reporter_email: str | None
    wants_contact: bool
    due_date: date | None
    overdue: bool
    events: list[EventRecord]
    reporter_address: str | None = None
    handler_id: int | None = None
    handler: str | None = None
    # The reporter's contact details and the feedback texts were left out: the official's role
    # does not handle signals (the reporter_* fields and every event's feedback are None).
    shielded: bool = False
    # The reporter's reactions to the handling, oldest first (models.signals.reactions).
    reactions: list[ReactionRecord] = field(default_factory=list)

    @property
    def number(self) -> str:
        return signal_number(self.id)

    @property
    def address(self) -> str:
        return format_address(self.street, self.house_number, self.postcode, self.city)

    @property
    def feedback_required(self) -> bool:
        return feedback_required(self.wants_contact, self.anonymous)

    @property
    def allowed(self) -> list[SignalStatus]:
        return [s for s in SignalStatus if s in TRANSITIONS[self.status]]


@dataclass(frozen=True, kw_only=True)
class EarlierSignal:
    """A signal of a reporter who calls again, with the last feedback they got."""

    id: int
    reported_at: datetime
    status: SignalStatus
    category: str
    description: str
    last_feedback: str | None
    last_feedback_at: datetime | None

    @property
    def number(self) -> str:
        return signal_number(self.id)


def format_address(street: str | None, number: str | None, postcode: str | None, city: str | None) -> str:
    first = " ".join(p for p in (street, number) if p)
    second = " ".join(p for p in (postcode, city) if p)
    return ", ".join(p for p in (first, second) if p)


def feedback_required(wants_contact: bool, anonymous: bool) -> bool:
    return wants_contact and not anonymous


# -- who may read reporters' contact details -----------------------------------------------------

# A reporter's name, phone and e-mail, the search text made of them, and the feedback written to
# them: only for the roles that handle signals. Everyone may report a signal with them; on a shared
# server the other roles' logins cannot read these columns (``models.server.privileges``), so the
# services never name them in a query for those roles.
REPORTER_COLUMNS = (
    Signal.reporter_name,
    Signal.reporter_phone,
    Signal.reporter_email,
    Signal.reporter_address,
    Signal.search_text,
)


@requires()
def sees_reporters(session: Session) -> bool:
    """Whether this official may read reporters' contact details and the feedback sent to them."""
    return allowed(session, Permission.HANDLE_SIGNALS)


def _shielded_signal(session: Session) -> list[Any]:
    """Loader options that leave the reporter's columns out (raising if read) for the other roles."""
    return [] if sees_reporters(session) else [defer(c, raiseload=True) for c in REPORTER_COLUMNS]


# -- registering ------------------------------------------------------------------------------


def search_text(
    reporter_name: str | None,
    reporter_email: str | None,
    reporter_phone: str | None,
    street: str | None,
    house_number: str | None,
    postcode: str | None,
    city: str | None,
    company: str | None,
    description: str | None,
) -> str:
    """The folded words a signal is found by; a phone number also as it is dialled (06…)."""
    phone = digits(reporter_phone)
    if phone.startswith("31"):
        phone = "0" + phone[2:]
    parts = (
        reporter_name,
        reporter_email,
        phone,
        street,
        house_number,
        (postcode or "").replace(" ", ""),
        city,
        company,
        description,
    )
    return " " + " ".join(fold(p) for p in parts if p) + " "


def public_search_text(
    street: str | None,
    house_number: str | None,
    postcode: str | None,
    city: str | None,
    company: str | None,
    description: str | None,
) -> str:
    """What a signal is found by for a role that may not read its reporter: ``search_text``
    without the reporter's name, e-mail and phone (revision 0012 indexes it like the other)."""
    parts = (street, house_number, (postcode or "").replace(" ", ""), city, company, description)
    return " " + " ".join(fold(p) for p in parts if p) + " "


@requires()  # derived from the record the caller is writing: no permission of its own
def refresh_search_texts(session: Session, signal: Signal) -> None:
    """Fill both search texts from the signal's fields (a signal synchronised from a laptop)."""
    _set_search_texts(session, signal)


def _set_search_texts(session: Session, signal: Signal) -> None:
    company = (
        session.scalar(select(Company.name).where(Company.id == signal.company_id))
        if signal.company_id
        else None
    )
    signal.public_search_text = public_search_text(
        signal.street, signal.house_number, signal.postcode, signal.city, company, signal.description
    )
    signal.search_text = search_text(
        signal.reporter_name,
        signal.reporter_email,
        signal.reporter_phone,
        signal.street,
        signal.house_number,
        signal.postcode,
        signal.city,
        company,
        signal.description,
    )


def _validate(session: Session, data: SignalInput, v: Validator) -> dict[str, object]:
    clean: dict[str, object] = {}
    if data.category_id is None or session.get(SignalCategory, data.category_id) is None:
        v.add("category_id", QT_TRANSLATE_NOOP("errors", "Choose the category of the signal."))
    clean["description"] = v.required("description", data.description)
    clean["street"] = data.street.strip() or None
    v.max_length("street", data.street.strip(), 120)
    clean["house_number"] = v.optional("house_number", data.house_number, check_house_number)
    clean["postcode"] = v.optional("postcode", data.postcode, check_postcode)
    clean["city"] = data.city.strip() or None
    v.max_length("city", data.city.strip(), 80)
    if not (data.street.strip() or data.postcode.strip() or data.area_id or data.company_id):
        v.add("street", QT_TRANSLATE_NOOP("errors", "Say where it is: an address, an area or a company."))
    if data.handler_id is not None and not session.scalar(
        select(User.active).where(User.id == data.handler_id)
    ):
        v.add("handler_id", QT_TRANSLATE_NOOP("errors", "Choose an active official as the handler."))
    clean["handler_id"] = data.handler_id
    if data.reported_at is not None and data.reported_at > utcnow() + timedelta(minutes=5):
        v.add("reported_at", QT_TRANSLATE_NOOP("errors", "A signal cannot come in later than now."))
    if data.anonymous:
        clean["reporter_name"] = clean["reporter_phone"] = clean["reporter_email"] = None
        clean["reporter_address"] = None
    else:
        clean["reporter_name"] = data.reporter_name.strip() or None
        v.max_length("reporter_name", data.reporter_name.strip(), 200)
        clean["reporter_phone"] = v.optional("reporter_phone", data.reporter_phone, check_phone)
        email = v.optional("reporter_email", data.reporter_email, check_email)
        clean["reporter_email"] = email.lower() if email else None
        address = " ".join(data.reporter_address.split())
        v.max_length("reporter_address", address, 300)
        clean["reporter_address"] = address or None
        if data.wants_contact and not (data.reporter_phone.strip() or data.reporter_email.strip() or address):
            v.add(
                "reporter_phone",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "To be contacted the reporter needs a phone number, an e-mail address or a postal address.",
                ),
            )
    return clean


@requires(Permission.REPORT_SIGNALS)
def register_signal(
    session: Session, data: SignalInput, *, today: date | None = None, client_token: str | None = None
) -> int:
    """Record a new signal (status gemeld) and the first line of its history; returns its id.
    ``client_token``: the form's; a retried create returns the signal the first attempt made."""
    if (made := created_before(session, Signal, client_token)) is not None:
        return made
    v = Validator()
    clean = _validate(session, data, v)
    v.raise_if_any()
    category = load(session, SignalCategory, data.category_id)  # type: ignore[arg-type]
    reported_at = data.reported_at or utcnow()
    start = today or reported_at.astimezone().date()
    signal = Signal(
        reported_at=reported_at,
        source=data.source,
        category_id=category.id,
        status=SignalStatus.REPORTED,
        area_id=data.area_id,
        company_id=data.company_id,
        anonymous=data.anonymous,
        wants_contact=data.wants_contact and not data.anonymous,
        due_date=add_working_days(start, category.target_days) if category.target_days else None,
        client_token=client_token,
        **clean,
    )
    _set_search_texts(session, signal)
    session.add(signal)
    session.flush()
    session.add(
        SignalEvent(
            signal_id=signal.id,
            at=reported_at,
            user_id=_user_id(session),
            from_status=None,
            to_status=SignalStatus.REPORTED,
        )
    )
    session.flush()
    return signal.id


@requires(Permission.HANDLE_SIGNALS)
def update_signal(session: Session, signal_id: int, expected_version: int, data: SignalInput) -> int:
    """Correct what was registered (a wrong address, a better description); the status stays."""
    signal = load_for_edit(session, Signal, signal_id, expected_version)
    v = Validator()
    clean = _validate(session, data, v)
    v.raise_if_any()
    for key, value in clean.items():
        setattr(signal, key, value)
    moved_in = data.reported_at is not None and data.reported_at != signal.reported_at
    if moved_in:
        signal.reported_at = data.reported_at  # type: ignore[assignment]
    if data.category_id != signal.category_id or (moved_in and signal.status is SignalStatus.REPORTED):
        category = load(session, SignalCategory, data.category_id)  # type: ignore[arg-type]
        signal.category_id = category.id
        start = signal.reported_at.astimezone().date()
        signal.due_date = add_working_days(start, category.target_days) if category.target_days else None
    signal.source, signal.area_id, signal.company_id = data.source, data.area_id, data.company_id
    signal.anonymous = data.anonymous
    signal.wants_contact = data.wants_contact and not data.anonymous
    _set_search_texts(session, signal)
    flush_or_conflict(session, signal)
    return signal.version


@requires(Permission.HANDLE_SIGNALS)
def assign_signal(session: Session, signal_id: int, expected_version: int, handler_id: int | None) -> int:
    """Make an official the signal's handler (None: nobody); returns the new version."""
    signal = load_for_edit(session, Signal, signal_id, expected_version)
    if handler_id is not None and not session.scalar(select(User.active).where(User.id == handler_id)):
        v = Validator()
        v.add("handler_id", QT_TRANSLATE_NOOP("errors", "Choose an active official as the handler."))
        v.raise_if_any()
    signal.handler_id = handler_id
    flush_or_conflict(session, signal)
    return signal.version


def _user_id(session: Session) -> int | None:
    return session.info.get("user_id")


# -- moving on --------------------------------------------------------------------------------


@requires(Permission.HANDLE_SIGNALS)
def move_signal(
    session: Session,
    signal_id: int,
    expected_version: int,
    data: TransitionInput,
    *,
    today: date | None = None,
) -> int:
    """Move a signal to another status, recording who, when and the feedback; returns the event id.

    Rules: only the transitions in ``TRANSITIONS``; when the reporter wants contact, feedback is
    required; "afgehandeld" says what was done, "ingepland" what is planned and when.
    """
    today = today or date.today()
    signal = load_for_edit(session, Signal, signal_id, expected_version)
    v = Validator()
    target = data.status
    if target == signal.status or target not in TRANSITIONS[signal.status]:
        v.add("status", QT_TRANSLATE_NOOP("errors", "This status cannot follow the current one."))
    if feedback_required(signal.wants_contact, signal.anonymous) and not data.feedback.strip():
        v.add(
            "feedback",
            QT_TRANSLATE_NOOP(
                "errors", "The reporter wants to be contacted: write the feedback they will get."
            ),
        )
    for message, params in letter_problems(data.feedback):
        v.add("feedback", message, **params)
    answering = signal.status is SignalStatus.REOPEN_REQUESTED
    if (
        answering
        and target is SignalStatus.HANDLING
        and not data.feedback.strip()
        and not feedback_required(signal.wants_contact, signal.anonymous)
    ):
        v.add(
            "feedback",
            QT_TRANSLATE_NOOP("errors", "Write the message that tells the reporter the signal is reopened."),
        )
    if answering and target is SignalStatus.DONE and not data.found.strip():
        v.add("found", QT_TRANSLATE_NOOP("errors", "Write down why the request to reopen is declined."))
    if target is SignalStatus.DONE and not answering and not data.done.strip():
        v.add("done", QT_TRANSLATE_NOOP("errors", 'Write down what was done; "handled" alone is no answer.'))
    if target is SignalStatus.SCHEDULED:
        if not data.planned.strip():
            v.add("planned", QT_TRANSLATE_NOOP("errors", "Write down what is planned."))
        if data.planned_on is None:
            v.add("planned_on", QT_TRANSLATE_NOOP("errors", "When will it be done?"))
        elif data.planned_on < today:
            v.add("planned_on", QT_TRANSLATE_NOOP("errors", "The planned date lies in the past."))
    if target in (SignalStatus.CANCELLED, SignalStatus.REOPENED) and not (
        data.found.strip() or data.feedback.strip()
    ):
        v.add("found", QT_TRANSLATE_NOOP("errors", "Write down why."))
    if data.template_id is not None and session.get(FeedbackTemplate, data.template_id) is None:
        data.template_id = None
    v.raise_if_any()
    previous = signal.status
    signal.status = target
    if target in CLOSED:
        signal.closed_at = utcnow()
    elif target is SignalStatus.REOPENED or answering:
        signal.closed_at = None
        category = session.get(SignalCategory, signal.category_id)
        signal.due_date = (
            add_working_days(today, category.target_days) if category and category.target_days else None
        )
    flush_or_conflict(session, signal)
    event = SignalEvent(
        signal_id=signal.id,
        at=utcnow(),
        user_id=_user_id(session),
        from_status=previous,
        to_status=target,
        found=data.found.strip() or None,
        done=data.done.strip() or None,
        planned=data.planned.strip() or None,
        planned_on=data.planned_on if target is SignalStatus.SCHEDULED else None,
        feedback=data.feedback.strip() or None,
        template_id=data.template_id,
    )
    session.add(event)
    session.flush()
    return event.id


# -- reading ----------------------------------------------------------------------------------


@requires(Permission.VIEW_SIGNALS)
def signal(session: Session, signal_id: int, *, today: date) -> SignalRecord:
    visible = sees_reporters(session)
    # A number no signal can have (typed: --signal M-99999999999999999999) is not sent to the
    # database, which would refuse it as out of range rather than find nothing.
    s = (
        session.scalar(select(Signal).where(Signal.id == signal_id).options(*_shielded_signal(session)))
        if 0 < signal_id <= MAX_ID
        else None
    )
    if s is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    category = session.get(SignalCategory, s.category_id)
    area = session.scalar(select(Area.name).where(Area.id == s.area_id)) if s.area_id else None
    company = session.scalar(select(Company.name).where(Company.id == s.company_id)) if s.company_id else None
    events = [
        EventRecord(
            id=e.id,
            at=e.at,
            user=name,
            from_status=e.from_status,
            to_status=e.to_status,
            found=e.found,
            done=e.done,
            planned=e.planned,
            planned_on=e.planned_on,
            feedback=e.feedback if visible else None,
        )
        for e, name in session.execute(
            select(SignalEvent, User.full_name)
            .outerjoin(User, User.id == SignalEvent.user_id)
            .where(SignalEvent.signal_id == signal_id)
            .order_by(SignalEvent.at, SignalEvent.id)
            .options(*([] if visible else [defer(SignalEvent.feedback, raiseload=True)]))
        ).tuples()
    ]
    return SignalRecord(
        id=s.id,
        version=s.version,
        reported_at=s.reported_at,
        source=s.source,
        category_id=s.category_id,
        category=category.name if category else "",
        target_days=category.target_days if category else None,
        status=s.status,
        description=s.description,
        street=s.street,
        house_number=s.house_number,
        postcode=s.postcode,
        city=s.city,
        area_id=s.area_id,
        area=area,
        company_id=s.company_id,
        company=company,
        anonymous=s.anonymous,
        reporter_name=s.reporter_name if visible else None,
        reporter_phone=s.reporter_phone if visible else None,
        reporter_email=s.reporter_email if visible else None,
        reporter_address=s.reporter_address if visible else None,
        wants_contact=s.wants_contact,
        due_date=s.due_date,
        overdue=is_overdue(s.status, s.due_date, today),
        events=events,
        handler_id=s.handler_id,
        handler=session.scalar(select(User.full_name).where(User.id == s.handler_id))
        if s.handler_id
        else None,
        shielded=not visible,
        reactions=signal_reactions(session, s.id),
    )


@requires(Permission.HANDLE_SIGNALS)
def event(session: Session, event_id: int) -> SignalEvent:
    """One step with the feedback as sent (for its letter): for the roles that handle signals."""
    found = session.get(SignalEvent, event_id)
    if found is None:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    return found


@dataclass(kw_only=True)
class SignalFilter:
    text: str = ""
    statuses: tuple[SignalStatus, ...] = ()  # none: every status
    overdue_only: bool = False
    category_id: int | None = None  # with the categories under it
    area_id: int | None = None  # with the areas inside it
    company_id: int | None = None
    since: date | None = None
    until: date | None = None
    street: str | None = None
    city: str | None = None  # the place in the address (a street's hotspot without an area)
    source: SignalSource | None = None
    handler_id: int | None = None  # NO_HANDLER: the ones nobody handles yet
    sort: str = "reported_at"
    descending: bool = True


NO_HANDLER = 0  # SignalFilter.handler_id: the signals without a handler

SORTS = {
    "reported_at": Signal.reported_at,
    "source": Signal.source,
    "status": Signal.status,
    "due_date": Signal.due_date,
    "category": SignalCategory.name,
    "reporter": Signal.reporter_name,
    "street": Signal.street,
}


def _subtree(session: Session, table: type[SignalCategory] | type[Area], root: int) -> list[int]:
    rows = session.execute(select(table.id, table.parent_id)).all()
    children: dict[int | None, list[int]] = defaultdict(list)
    for child, parent in rows:
        children[parent].append(child)
    result, stack = [], [root]
    while stack:
        current = stack.pop()
        result.append(current)
        stack.extend(children.get(current, []))
    return result


# The FTS5 trigram indexes over ``signal.search_text`` (revision 0011) and
# ``signal.public_search_text`` (0012) on SQLite, kept by triggers; on PostgreSQL a pg_trgm GIN index
# on each column itself serves ``LIKE '%word%'``.
SEARCH_TABLE = "signal_search"
PUBLIC_SEARCH_TABLE = "signal_public_search"


def _containing_words(session: Session, stmt: Select, words: list[str]) -> Select:
    """Signals whose search text holds every (folded) word, found by index.

    A handler searches the folded ``search_text``, the reporter's words among them; the other
    roles search ``public_search_text``, which leaves the reporter out (and which their login may
    read on a shared server), by an index of its own (``fulltext.where_containing``).
    """
    dialect = session.get_bind().dialect.name
    if not sees_reporters(session):
        return fulltext.where_containing(
            stmt, dialect, Signal.id, Signal.public_search_text, PUBLIC_SEARCH_TABLE, words
        )
    return fulltext.where_containing(stmt, dialect, Signal.id, Signal.search_text, SEARCH_TABLE, words)


@requires(Permission.VIEW_SIGNALS)
def filtered(session: Session, f: SignalFilter, stmt: Select, *, today: date) -> Select:
    """Apply a filter to a query over ``Signal`` (the list, and the counts of the overview)."""
    number = _NUMBER.match(search_words(f.text))
    if number:
        stmt = stmt.where(Signal.id == record_number(number.group(1), prefix="M-"))
    else:
        stmt = _containing_words(session, stmt, fulltext.search_words(f.text))
    if f.statuses:
        stmt = stmt.where(Signal.status.in_(f.statuses))
    if f.overdue_only:
        stmt = stmt.where(Signal.status.in_(SIGNAL_WAITING), Signal.due_date < today)
    if f.category_id is not None:
        stmt = stmt.where(Signal.category_id.in_(_subtree(session, SignalCategory, f.category_id)))
    if f.area_id is not None:
        stmt = stmt.where(Signal.area_id.in_(_subtree(session, Area, f.area_id)))
    if f.company_id is not None:
        stmt = stmt.where(Signal.company_id == f.company_id)
    if f.street is not None:
        stmt = stmt.where(Signal.street == f.street)
    if f.city is not None:
        stmt = stmt.where(Signal.city == f.city)
    if f.source is not None:
        stmt = stmt.where(Signal.source == f.source)
    if f.handler_id is not None:
        stmt = stmt.where(
            Signal.handler_id.is_(None) if f.handler_id == NO_HANDLER else Signal.handler_id == f.handler_id
        )
    if f.since is not None:
        stmt = stmt.where(Signal.reported_at >= local_day_start(f.since))
    if f.until is not None:
        stmt = stmt.where(Signal.reported_at < local_day_start(f.until + timedelta(days=1)))
    return stmt


@requires(Permission.VIEW_SIGNALS)
def find_signals(session: Session, f: SignalFilter, *, today: date) -> list[int]:
    """The ids of the signals that match, in the chosen order (filtered and sorted in SQL)."""
    sort = f.sort if f.sort != "reporter" or sees_reporters(session) else "reported_at"
    key: ColumnElement[Any] | InstrumentedAttribute[Any] = SORTS.get(sort, Signal.reported_at)
    stmt = select(Signal.id)
    if sort == "category":
        stmt = stmt.join(SignalCategory, SignalCategory.id == Signal.category_id)
    stmt = filtered(session, f, stmt, today=today)
    if (
        f.statuses
        or f.overdue_only
        or f.category_id is not None
        or f.area_id is not None
        or f.handler_id is not None
    ):
        # A selective filter: let the database find the few rows by their index and sort them,
        # rather than walk the date index over every signal (SQLite: 2.4 s → 30 ms for the open ones).
        key = func.coalesce(key, key)
    order = key.desc() if f.descending else key.asc()
    stmt = stmt.order_by(order, Signal.id.desc() if f.descending else Signal.id)
    return fetch_ids(session, stmt)


@requires(Permission.VIEW_SIGNALS)
def signal_rows(session: Session, ids: list[int], *, today: date) -> list[SignalRow]:
    if not ids:
        return []
    visible = sees_reporters(session)
    rows = session.execute(
        select(Signal, SignalCategory.name, Area.name, Company.name, User.full_name)
        .join(SignalCategory, SignalCategory.id == Signal.category_id)
        .outerjoin(Area, Area.id == Signal.area_id)
        .outerjoin(Company, Company.id == Signal.company_id)
        .outerjoin(User, User.id == Signal.handler_id)
        .where(Signal.id.in_(ids))
        .options(*_shielded_signal(session))
    ).tuples()
    return [
        SignalRow(
            id=s.id,
            reported_at=s.reported_at,
            status=s.status,
            category=category,
            description=s.description,
            address=format_address(s.street, s.house_number, s.postcode, s.city),
            area=area,
            company=company,
            reporter=None if s.anonymous or not visible else s.reporter_name,
            shielded=not (s.anonymous or visible),
            due_date=s.due_date,
            overdue=is_overdue(s.status, s.due_date, today),
            source=s.source,
            handler=handler,
        )
        for s, category, area, company, handler in rows
    ]


def _about_company(session: Session, company_id: int) -> ColumnElement[bool]:
    """Linked to the company, or at one of its establishments: the same postcode and house number,
    or (for a signal without a postcode) the same street, house number and place. Each term is
    found by an index (company, postcode, street), so a file opens fast among many signals."""
    terms: list[ColumnElement[bool]] = [Signal.company_id == company_id]
    places = session.execute(
        select(
            Establishment.street, Establishment.house_number, Establishment.postcode, Establishment.city
        ).where(Establishment.company_id == company_id)
    ).tuples()
    for street, number, postcode, city in places:
        same_number = func.lower(Signal.house_number) == number.lower()
        terms.append(and_(Signal.postcode == postcode, same_number))
        terms.append(
            and_(
                Signal.street == street,
                Signal.postcode.is_(None),
                same_number,
                func.lower(Signal.city) == city.lower(),
            )
        )
    return or_(*terms)


@requires(Permission.VIEW_SIGNALS)
def company_signals(
    session: Session, company_id: int, *, today: date, since: date | None = None
) -> list[SignalRow]:
    """The signals about one company, newest first: the ones linked to it, and the ones reported
    at the address of one of its establishments without a link (a neighbour's complaint names the
    address, not the company). The one answer for the company file, its briefing and its dossier.
    """
    stmt = select(Signal.id).where(_about_company(session, company_id))
    if since is not None:
        stmt = stmt.where(Signal.reported_at >= local_day_start(since))
    ids = list(session.scalars(stmt))
    return sorted(
        signal_rows(session, ids, today=today), key=lambda row: (row.reported_at, row.id), reverse=True
    )


@requires(Permission.HANDLE_SIGNALS)
def my_signals(session: Session, user_id: int, *, today: date) -> list[SignalRow]:
    """The open signals this official handles (their Mijn werk), the first target date first."""
    ids = list(
        session.scalars(
            select(Signal.id)
            .where(Signal.handler_id == user_id, Signal.status.in_(SIGNAL_OPEN))
            .order_by(Signal.due_date.is_(None), Signal.due_date, Signal.reported_at)
        )
    )
    order = {signal_id: index for index, signal_id in enumerate(ids)}
    return sorted(signal_rows(session, ids, today=today), key=lambda row: order[row.id])


@requires(Permission.VIEW_SIGNALS)
def counts(session: Session, *, today: date) -> dict[str, int]:
    """Open and overdue signals, for the page's summary line."""
    row = session.execute(
        select(
            func.count().filter(Signal.status.in_(SIGNAL_OPEN)),
            func.count().filter(and_(Signal.status.in_(SIGNAL_WAITING), Signal.due_date < today)),
        ).select_from(Signal)
    ).one()
    return {"open": row[0] or 0, "overdue": row[1] or 0}


@requires(Permission.HANDLE_SIGNALS)
def earlier_signals(
    session: Session, phone: str = "", email: str = "", *, exclude: int | None = None, limit: int = 20
) -> list[EarlierSignal]:
    """A reporter calling again: their signals (same phone or e-mail), newest first, with the
    last feedback each one got. Nothing is looked up for a number or address that is not valid.

    Only for the roles that handle signals: for any other role a lookup by phone number would
    tell who reported what (tried for every number, it names the reporter of any signal).
    """
    keys = []
    if phone.strip():
        with suppress(InvalidValue):  # an unfinished number: nothing to recognise yet
            keys.append(Signal.reporter_phone == check_phone(phone))
    if email.strip():
        with suppress(InvalidValue):
            keys.append(Signal.reporter_email == check_email(email).lower())
    if not keys:
        return []
    stmt = (
        select(Signal.id, Signal.reported_at, Signal.status, SignalCategory.name, Signal.description)
        .join(SignalCategory, SignalCategory.id == Signal.category_id)
        .where(or_(*keys))
        .order_by(Signal.reported_at.desc())
        .limit(limit)
    )
    if exclude is not None:
        stmt = stmt.where(Signal.id != exclude)
    rows = session.execute(stmt).all()
    if not rows:
        return []
    last: dict[int, tuple[str, datetime]] = {}
    for signal_id, text, at in session.execute(
        select(SignalEvent.signal_id, SignalEvent.feedback, SignalEvent.at)
        .where(SignalEvent.signal_id.in_([r[0] for r in rows]), SignalEvent.feedback.is_not(None))
        .order_by(SignalEvent.at, SignalEvent.id)
    ):
        last[signal_id] = (text, at)
    earlier = []
    for r in rows:
        last_feedback, last_feedback_at = last.get(r[0]) or (None, None)
        earlier.append(
            EarlierSignal(
                id=r[0],
                reported_at=r[1],
                status=r[2],
                category=r[3],
                description=r[4],
                last_feedback=last_feedback,
                last_feedback_at=last_feedback_at,
            )
        )
    return earlier
