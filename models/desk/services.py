"""The desk (ondernemersloket): the company summary, questions asked and handovers.

The knowledge base the desk answers from is ``models.desk.knowledge``.

Every question is logged as a ``DeskQuestion``. When the company is known the question is
also a contact moment (channel desk, phone or e-mail) in the company's file, made through
``consultations.log_interaction``; a handover is an agreement in that contact moment,
assigned to the company's account manager or a chosen colleague, so it shows in "Mijn werk".
A visitor without a company (a starter, a citizen) is logged with a name only; there is no
file to put a contact moment in, and no account manager to hand over to.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from models import fulltext
from models.base import utcnow
from models.calendar import add_working_days
from models.common import created_before, load
from models.companies.entities import Company, Contact
from models.companies.services import company_file
from models.consultations import services as consultations
from models.consultations.entities import Agreement, Channel, Responsible
from models.consultations.services import AgreementInput, AgreementRecord, InteractionInput
from models.desk.entities import DESK_CHANNELS, DeskQuestion, KnowledgeArticle
from models.errors import FieldError, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, requires
from models.signals.entities import Signal, SignalCategory, SignalStatus
from models.signals.records import signal_number
from models.team.entities import User
from models.text import fold
from models.validation import Validator

HANDOVER_DAYS = 5  # working days a handover gets by default
RECENT_MOMENTS = 5
SUMMARY_AGREEMENTS = 5


# -- the company summary ------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class RecentMoment:
    occurred_at: datetime
    channel: Channel
    subject: str


@dataclass(frozen=True, kw_only=True)
class OpenSignal:
    number: str  # M-123
    reported_at: datetime
    category: str
    status: SignalStatus
    due_date: date | None


SUMMARY_SIGNALS = 4


@dataclass(frozen=True, kw_only=True)
class DeskSummary:
    """What the desk needs to see about a company at a glance."""

    company_id: int
    version: int
    name: str
    kvk_number: str | None
    address: str
    archived: bool
    manager_id: int | None
    manager: str | None
    manager_email: str | None
    manager_phone: str | None
    manager_active: bool
    contacts: list[tuple[int, str, str | None]]  # id, name, role
    open_agreements: list[AgreementRecord]
    open_count: int
    recent: list[RecentMoment]
    moment_count: int
    open_signals: list[OpenSignal] = field(default_factory=list)
    open_signal_count: int = 0


@requires(Permission.DESK)
def company_summary(session: Session, company_id: int, *, today: date) -> DeskSummary:
    """A handful of small queries whatever the size of the file (no timeline is loaded)."""
    company = company_file(session, company_id)
    main = company.main
    manager = session.get(User, company.account_manager_id) if company.account_manager_id else None
    # The desk sees that the company was contacted, when and about what, and its open agreements
    # (who to hand over to), never a report: the contact summary (Permission.VIEW_CONTACT_SUMMARY).
    agreements = consultations.open_agreements(session, company_id, today=today)
    contact = consultations.recent_contact(session, company_id, limit=RECENT_MOMENTS)
    # Signals about the company that are still being handled: the desk must know before answering.
    still_open = (
        Signal.company_id == company_id,
        Signal.status.not_in((SignalStatus.DONE, SignalStatus.CANCELLED)),
    )
    signal_rows = session.execute(
        select(Signal.id, Signal.reported_at, SignalCategory.name, Signal.status, Signal.due_date)
        .join(SignalCategory, SignalCategory.id == Signal.category_id)
        .where(*still_open)
        .order_by(Signal.reported_at.desc(), Signal.id.desc())
        .limit(SUMMARY_SIGNALS)
    ).all()
    open_signals = session.scalar(select(func.count()).select_from(Signal).where(*still_open)) or 0
    return DeskSummary(
        company_id=company.id,
        version=company.version,
        name=company.name,
        kvk_number=company.kvk_number,
        address=f"{main.street} {main.house_number}, {main.postcode} {main.city}" if main else "",
        archived=company.archived_at is not None,
        manager_id=manager.id if manager else None,
        manager=manager.full_name if manager else None,
        manager_email=manager.email if manager else None,
        manager_phone=manager.phone if manager else None,
        manager_active=bool(manager and manager.active),
        contacts=[(c.id, c.full_name, c.role) for c in company.contacts],
        open_agreements=agreements[:SUMMARY_AGREEMENTS],
        open_count=len(agreements),
        recent=[
            RecentMoment(occurred_at=at, channel=channel, subject=subject)
            for at, channel, subject in contact.moments
        ],
        moment_count=contact.count,
        open_signals=[
            OpenSignal(
                number=signal_number(i), reported_at=at, category=category, status=status, due_date=due
            )
            for i, at, category, status, due in signal_rows
        ],
        open_signal_count=open_signals,
    )


# -- logging a question and handing it over -----------------------------------------------------


@dataclass(kw_only=True)
class HandoverInput:
    assignee_id: int | None = None  # None: the company's account manager
    due_date: date | None = None


@dataclass(kw_only=True)
class QuestionInput:
    question: str = ""
    answer: str = ""
    channel: Channel = Channel.DESK
    article_id: int | None = None
    company_id: int | None = None
    company_version: int | None = None
    contact_id: int | None = None
    visitor: str = ""
    handover: HandoverInput | None = None
    asked_at: datetime | None = None  # default: now


@dataclass(frozen=True, kw_only=True)
class LoggedQuestion:
    id: int
    interaction_id: int | None
    agreement_id: int | None
    assignee: str | None


# -- the words a question is found by ----------------------------------------------------------

# The FTS5 trigram index over ``desk_question.search_text`` on SQLite (revision 0012, kept by
# triggers); on PostgreSQL a pg_trgm GIN index on the column itself.
SEARCH_TABLE = "desk_question_search"
SEARCH_LIMIT = 200  # the newest questions that hold the words; a longer list helps nobody at the desk


def search_text(question: str | None, answer: str | None, visitor: str | None, company: str | None) -> str:
    """The folded words a desk question is found by: what was asked and answered, and who asked."""
    return " " + " ".join(fold(p) for p in (company, visitor, question, answer) if p) + " "


@requires()  # derived from the record the caller is writing: no permission of its own
def set_search_text(session: Session, question: DeskQuestion) -> None:
    """Fill ``question.search_text`` from its fields (before it is flushed: one statement)."""
    with session.no_autoflush:  # the record is being changed: written once, by the caller's flush
        company = (
            session.scalar(select(Company.name).where(Company.id == question.company_id))
            if question.company_id
            else None
        )
    question.search_text = search_text(question.question, question.answer, question.visitor, company)


def _subject(question: str) -> str:
    line = " ".join(question.split())
    return line if len(line) <= 120 else line[:119].rstrip() + "…"


def default_due(today: date) -> date:
    return add_working_days(today, HANDOVER_DAYS)


@requires(Permission.DESK)
def log_question(session: Session, data: QuestionInput, *, client_token: str | None = None) -> LoggedQuestion:
    """Log a desk question; with a company, also a contact moment; with a handover, an agreement.

    Validation messages name the desk form's fields: ``question``, ``channel``, ``visitor``,
    ``assignee_id``, ``due_date``. ``client_token``: the form's; logged again after an answer
    was lost, the question the first attempt logged is returned.
    """
    if (made := created_before(session, DeskQuestion, client_token)) is not None:
        return _logged(session, made)
    now = data.asked_at or utcnow()
    v = Validator()
    question = data.question.strip()
    if not question:
        v.add("question", QT_TRANSLATE_NOOP("errors", "Write down what was asked."))
    if data.channel not in DESK_CHANNELS:
        v.add("channel", QT_TRANSLATE_NOOP("errors", "Choose desk, phone or e-mail."))
    v.max_length("visitor", data.visitor.strip(), 200)
    assignee_id = None
    if data.handover is not None:
        if data.company_id is None:
            v.add(
                "assignee_id",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A handover needs a company: find the company first, or answer without handing over.",
                ),
            )
        else:
            assignee_id = data.handover.assignee_id
            if assignee_id is None:
                assignee_id = session.scalar(
                    select(Company.account_manager_id).where(Company.id == data.company_id)
                )
            if assignee_id is None:
                v.add(
                    "assignee_id",
                    QT_TRANSLATE_NOOP("errors", "This company has no account manager; choose a colleague."),
                )
        if data.handover.due_date is not None and data.handover.due_date < now.date():
            v.add("due_date", QT_TRANSLATE_NOOP("errors", "The due date lies in the past."))
    v.raise_if_any()

    interaction_id = agreement_id = None
    if data.company_id is not None:
        report = (
            question
            if data.answer.strip() == ""
            else f"**Vraag:** {question}\n\n**Antwoord:** {data.answer.strip()}"
        )
        agreements = []
        if data.handover is not None:
            agreements.append(
                AgreementInput(
                    description=question,
                    responsible=Responsible.MUNICIPALITY,
                    assignee_id=assignee_id,
                    due_date=data.handover.due_date or default_due(now.date()),
                )
            )
        user_id = session.info.get("user_id")
        try:
            # A desk question is recorded as a contact moment by design (no RECORD_CONSULTATIONS needed).
            interaction_id = consultations.log_interaction.__wrapped__(
                session,
                data.company_id,
                InteractionInput(
                    occurred_at=now,
                    channel=data.channel,
                    subject=_subject(question),
                    report=report,
                    official_ids=[user_id] if user_id else [],
                    contact_ids=[data.contact_id] if data.contact_id else [],
                    agreements=agreements,
                ),
                company_version=None,
            )
        except ValidationError as error:
            raise _desk_errors(error) from None
        if agreements:
            agreement_id = session.scalar(
                select(Agreement.id).where(Agreement.interaction_id == interaction_id)
            )
    entry = DeskQuestion(
        asked_at=now,
        channel=data.channel,
        question=question,
        answer=data.answer.strip() or None,
        article_id=data.article_id,
        company_id=data.company_id,
        contact_id=data.contact_id,
        visitor=None if data.company_id else (data.visitor.strip() or None),
        official_id=session.info.get("user_id"),
        interaction_id=interaction_id,
        agreement_id=agreement_id,
        client_token=client_token,
    )
    set_search_text(session, entry)
    session.add(entry)
    session.flush()
    assignee = session.get(User, assignee_id).full_name if assignee_id else None  # type: ignore[union-attr]
    return LoggedQuestion(
        id=entry.id, interaction_id=interaction_id, agreement_id=agreement_id, assignee=assignee
    )


def _logged(session: Session, question_id: int) -> LoggedQuestion:
    """What logging this question gave, read back (a retried log that found it)."""
    entry = load(session, DeskQuestion, question_id)
    assignee = (
        session.scalar(
            select(User.full_name)
            .join(Agreement, Agreement.assignee_id == User.id)
            .where(Agreement.id == entry.agreement_id)
        )
        if entry.agreement_id
        else None
    )
    return LoggedQuestion(
        id=entry.id, interaction_id=entry.interaction_id, agreement_id=entry.agreement_id, assignee=assignee
    )


def _desk_errors(error: ValidationError) -> ValidationError:
    """The contact moment's field names ("agreements.0.assignee_id") as the desk form's."""
    return ValidationError(
        [
            FieldError(
                field=e.field.rsplit(".", 1)[-1] if e.field.startswith("agreements.") else e.field,
                message=e.message,
                params=e.params,
            )
            for e in error.errors
        ]
    )


# -- today at the desk, and what is asked most ----------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class QuestionRecord:
    id: int
    asked_at: datetime
    channel: Channel
    question: str
    answer: str | None
    who: str  # the company, or the visitor's name
    company_id: int | None
    article: str | None
    official: str | None
    handed_to: str | None


def _day_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    start = datetime.combine(first, datetime.min.time()).astimezone()
    end = datetime.combine(last + timedelta(days=1), datetime.min.time()).astimezone()
    return start, end


@requires(Permission.DESK)
def questions(session: Session, first: date, last: date, *, limit: int = 1000) -> list[QuestionRecord]:
    """The questions asked between two days (inclusive, local time), newest first."""
    start, end = _day_bounds(first, last)
    return _question_records(
        session,
        select(DeskQuestion).where(DeskQuestion.asked_at >= start, DeskQuestion.asked_at < end),
        limit,
    )


@requires(Permission.DESK)
def search_questions(session: Session, typed: str, *, limit: int = SEARCH_LIMIT) -> list[QuestionRecord]:
    """The questions ever asked that hold every word typed, newest first (found by index).

    Nothing when no word has three characters (``fulltext.too_short``): no index answers it, and
    the desk asks for one more letter instead of reading every question.
    """
    words = fulltext.search_words(typed)
    if fulltext.too_short(words):
        return []
    found = fulltext.where_containing(
        select(DeskQuestion),
        session.get_bind().dialect.name,
        DeskQuestion.id,
        DeskQuestion.search_text,
        SEARCH_TABLE,
        words,
    )
    return _question_records(session, found, limit)


def _question_records(
    session: Session, stmt: Select[tuple[DeskQuestion]], limit: int
) -> list[QuestionRecord]:
    rows = session.execute(
        stmt.add_columns(Company.name, KnowledgeArticle.question, User.full_name)
        .outerjoin(Company, Company.id == DeskQuestion.company_id)
        .outerjoin(KnowledgeArticle, KnowledgeArticle.id == DeskQuestion.article_id)
        .outerjoin(User, User.id == DeskQuestion.official_id)
        .order_by(DeskQuestion.asked_at.desc(), DeskQuestion.id.desc())
        .limit(limit)
    ).all()
    agreement_ids = [q.agreement_id for q, *_ in rows if q.agreement_id]
    handed = (
        dict(
            session.execute(
                select(Agreement.id, User.full_name)
                .join(User, User.id == Agreement.assignee_id)
                .where(Agreement.id.in_(agreement_ids))
            )
            .tuples()
            .all()
        )
        if agreement_ids
        else {}
    )
    return [
        QuestionRecord(
            id=q.id,
            asked_at=q.asked_at,
            channel=q.channel,
            question=q.question,
            answer=q.answer,
            who=company or q.visitor or "",
            company_id=q.company_id,
            article=article,
            official=official,
            handed_to=handed.get(q.agreement_id) if q.agreement_id else None,
        )
        for q, company, article, official in rows
    ]


@dataclass(frozen=True, kw_only=True)
class AskedMost:
    total: int
    without_article: int
    handed_over: int
    by_tag: list[tuple[str, int]] = field(default_factory=list)
    by_department: list[tuple[str, int]] = field(default_factory=list)
    by_article: list[tuple[int, str, int]] = field(default_factory=list)
    by_channel: list[tuple[Channel, int]] = field(default_factory=list)


@requires(Permission.DESK)
def asked_most(session: Session, first: date, last: date, *, top: int = 10) -> AskedMost:
    """What entrepreneurs asked in a period: counted per article in SQL, then per tag and department.

    A question answered without an article is a gap in the knowledge base: counted apart.
    """
    start, end = _day_bounds(first, last)
    period = (DeskQuestion.asked_at >= start, DeskQuestion.asked_at < end)
    per_article = session.execute(
        select(DeskQuestion.article_id, func.count()).where(*period).group_by(DeskQuestion.article_id)
    ).all()
    total = sum(n for _a, n in per_article)
    without = sum(n for a, n in per_article if a is None)
    counted = {a: n for a, n in per_article if a is not None}
    handed = (
        session.scalar(
            select(func.count())
            .select_from(DeskQuestion)
            .where(*period, DeskQuestion.agreement_id.is_not(None))
        )
        or 0
    )
    channels = session.execute(
        select(DeskQuestion.channel, func.count()).where(*period).group_by(DeskQuestion.channel)
    ).all()
    tags: Counter[str] = Counter()
    departments: Counter[str] = Counter()
    articles: list[tuple[int, str, int]] = []
    if counted:
        for a in session.scalars(select(KnowledgeArticle).where(KnowledgeArticle.id.in_(list(counted)))):
            n = counted[a.id]
            articles.append((a.id, a.question, n))
            for tag in a.tag_list:
                tags[tag] += n
            departments[a.department or "—"] += n
    articles.sort(key=lambda x: (-x[2], x[1]))
    return AskedMost(
        total=total,
        without_article=without,
        handed_over=handed,
        by_tag=sorted(tags.items(), key=lambda x: (-x[1], x[0]))[:top],
        by_department=sorted(departments.items(), key=lambda x: (-x[1], x[0]))[:top],
        by_article=articles[:top],
        by_channel=sorted(((Channel(c), n) for c, n in channels), key=lambda x: -x[1]),
    )


@requires(Permission.VIEW_COMPANIES)
def contact_name(session: Session, contact_id: int) -> str:
    return load(session, Contact, contact_id).full_name
