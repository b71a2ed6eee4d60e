"""The desk (ondernemersloket): the knowledge base, the company summary, questions and handovers.

An outdated answer is worse than none, so an article's validity is always judged "as of"
``today`` (a parameter, so the rules can be tested at their boundaries):

- valid from and until are inclusive days; before ``valid_from`` an article is *upcoming*,
  after ``valid_until`` it is *expired*, and neither is ever offered as a valid answer;
- an article whose review date has passed is still valid but *past review*: the desk sees a
  mark, the knowledge base's "needs review" list shows it to whoever maintains it.

Every question is logged as a ``DeskQuestion``. When the company is known the question is
also a contact moment (channel desk, phone or e-mail) in the company's file, made through
``consultations.log_interaction``; a handover is an agreement in that contact moment,
assigned to the company's account manager or a chosen colleague, so it shows in "Mijn werk".
A visitor without a company (a starter, a citizen) is logged with a name only; there is no
file to put a contact moment in, and no account manager to hand over to.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from rapidfuzz import fuzz
from sqlalchemy import Date, bindparam, func, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from models import fulltext
from models.base import utcnow
from models.common import flush_or_conflict, load, load_for_edit
from models.companies.entities import Company, Contact
from models.companies.services import company_file
from models.consultations import services as consultations
from models.consultations.entities import Agreement, Channel, Interaction, Responsible
from models.consultations.services import AgreementInput, AgreementRecord, InteractionInput
from models.desk.entities import DESK_CHANNELS, DeskQuestion, KnowledgeArticle
from models.errors import FieldError, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, requires
from models.signals.entities import Signal, SignalCategory, SignalStatus
from models.team.entities import User
from models.text import fold
from models.validation import Validator

SEARCH_TABLE = "knowledge_search"
HANDOVER_DAYS = 5  # working days a handover gets by default
RECENT_MOMENTS = 5
SUMMARY_AGREEMENTS = 5


# -- articles -------------------------------------------------------------------------------


class ArticleState(enum.StrEnum):
    VALID = "valid"
    PAST_REVIEW = "past_review"
    UPCOMING = "upcoming"
    EXPIRED = "expired"


ARTICLE_STATE_LABELS = {
    ArticleState.VALID: QT_TRANSLATE_NOOP("labels", "valid"),
    ArticleState.PAST_REVIEW: QT_TRANSLATE_NOOP("labels", "past review date"),
    ArticleState.UPCOMING: QT_TRANSLATE_NOOP("labels", "not yet valid"),
    ArticleState.EXPIRED: QT_TRANSLATE_NOOP("labels", "expired"),
}


def article_state(
    valid_from: date | None, valid_until: date | None, review_on: date | None, today: date
) -> ArticleState:
    if valid_until is not None and valid_until < today:
        return ArticleState.EXPIRED
    if valid_from is not None and valid_from > today:
        return ArticleState.UPCOMING
    if review_on is not None and review_on < today:
        return ArticleState.PAST_REVIEW
    return ArticleState.VALID


def parse_tags(text: str) -> list[str]:
    """``"Terras, horeca; vergunning"`` → ``["terras", "horeca", "vergunning"]`` (no doubles)."""
    seen: dict[str, str] = {}
    for part in text.replace(";", ",").split(","):
        tag = " ".join(part.split()).lower()
        if tag and fold(tag) not in seen:
            seen[fold(tag)] = tag
    return list(seen.values())


@dataclass(kw_only=True)
class ArticleInput:
    question: str = ""
    answer: str = ""
    tags: str = ""
    department: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    review_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class ArticleRecord:
    id: int
    version: int
    question: str
    answer: str
    tags: tuple[str, ...]
    department: str | None
    valid_from: date | None
    valid_until: date | None
    review_on: date | None
    state: ArticleState
    archived: bool
    score: float = 0.0

    @property
    def is_valid(self) -> bool:
        return self.state in (ArticleState.VALID, ArticleState.PAST_REVIEW) and not self.archived

    @property
    def needs_review(self) -> bool:
        return self.state in (ArticleState.PAST_REVIEW, ArticleState.EXPIRED) and not self.archived


def _record(a: KnowledgeArticle, today: date, score: float = 0.0) -> ArticleRecord:
    return ArticleRecord(
        id=a.id,
        version=a.version,
        question=a.question,
        answer=a.answer,
        tags=tuple(a.tag_list),
        department=a.department,
        valid_from=a.valid_from,
        valid_until=a.valid_until,
        review_on=a.review_on,
        state=article_state(a.valid_from, a.valid_until, a.review_on, today),
        archived=a.archived_at is not None,
        score=score,
    )


def document(question: str, tags: str, answer: str, department: str | None) -> str:
    """The folded search text: question, tags, department, answer on lines of their own.

    Ranking reads the question and the tags back from here (one line each, tags two spaces
    apart), so it never folds text again while the user types.
    """
    tag_line = "  ".join(fold(t) for t in parse_tags(tags))
    return "\n".join((fold(question), tag_line, fold(department or ""), fold(answer)))


def _validate_article(data: ArticleInput) -> dict:
    v = Validator()
    question, answer = data.question.strip(), data.answer.strip()
    if not question:
        v.add("question", QT_TRANSLATE_NOOP("errors", "Write the question this article answers."))
    v.max_length("question", question, 300)
    if not answer:
        v.add("answer", QT_TRANSLATE_NOOP("errors", "Write the answer the desk can give."))
    tags = ", ".join(parse_tags(data.tags))
    v.max_length("tags", tags, 400)
    v.max_length("department", data.department.strip(), 120)
    if data.valid_from and data.valid_until and data.valid_until < data.valid_from:
        v.add(
            "valid_until",
            QT_TRANSLATE_NOOP("errors", "The article cannot expire before it becomes valid."),
        )
    v.raise_if_any()
    return {
        "question": question,
        "answer": answer,
        "tags": tags,
        "department": data.department.strip() or None,
        "valid_from": data.valid_from,
        "valid_until": data.valid_until,
        "review_on": data.review_on,
    }


def _index(session: Session, article: KnowledgeArticle) -> None:
    session.flush()
    doc = document(article.question, article.tags, article.answer, article.department)
    fulltext.write(session, SEARCH_TABLE, [{"id": article.id, "doc": doc}])


@requires(Permission.EDIT_KNOWLEDGE)
def create_article(session: Session, data: ArticleInput) -> int:
    article = KnowledgeArticle(**_validate_article(data))
    session.add(article)
    _index(session, article)
    return article.id


@requires(Permission.EDIT_KNOWLEDGE)
def update_article(session: Session, article_id: int, expected_version: int, data: ArticleInput) -> int:
    article = load_for_edit(session, KnowledgeArticle, article_id, expected_version)
    for key, value in _validate_article(data).items():
        setattr(article, key, value)
    flush_or_conflict(session, article)
    _index(session, article)
    return article.version


@requires(Permission.EDIT_KNOWLEDGE)
def set_article_archived(session: Session, article_id: int, expected_version: int, archived: bool) -> int:
    """Withdraw an article (it stays in the history of the questions answered with it)."""
    article = load_for_edit(session, KnowledgeArticle, article_id, expected_version)
    article.archived_at = utcnow() if archived else None
    flush_or_conflict(session, article)
    return article.version


@requires(Permission.VIEW_KNOWLEDGE)
def article(session: Session, article_id: int, *, today: date) -> ArticleRecord:
    return _record(load(session, KnowledgeArticle, article_id), today)


# Ranking: an exact tag first, then the question (title), then a tag containing the query,
# then the answer or department. Within a rank, the question most like the query first.
EXACT_TAG, IN_QUESTION, IN_TAG, ELSEWHERE = 1000, 700, 500, 300
INVALID_PENALTY = 5000  # expired or upcoming articles (when asked for) always come last


def _base_score(query: str, tokens: list[str], question: str, tag_line: str) -> int:
    tags = tag_line.split("  ") if tag_line else []
    if query in tags:
        return EXACT_TAG
    if all(t in question for t in tokens):
        return IN_QUESTION + (50 if question.startswith(query) else 0)
    if any(all(t in tag for t in tokens) for tag in tags):
        return IN_TAG
    return ELSEWHERE


_VALID_SQL = (
    "(a.valid_from IS NULL OR a.valid_from <= :today) AND (a.valid_until IS NULL OR a.valid_until >= :today)"
)
CANDIDATES = 5000  # at most this many matches are ranked (the whole of a large knowledge base)
FINE_RANKED = 300  # of those, at most this many compete on likeness for the places shown


@requires(Permission.VIEW_KNOWLEDGE)
def search_articles(
    session: Session, text: str, *, today: date, include_invalid: bool = False, limit: int = 30
) -> list[ArticleRecord]:
    """Articles matching every fragment typed, best first; valid ones only unless asked.

    One query finds the candidates through the trigram index, joined to the articles for
    the validity rules, and returns their folded text; they are ranked on that text (exact
    tag, question, tag, elsewhere; then likeness of the question to the query), and only
    the ``limit`` best are read in full. An empty query lists articles by question.
    """
    query = fold(text)
    if not query:
        stmt = select(KnowledgeArticle.id).where(KnowledgeArticle.archived_at.is_(None))
        if not include_invalid:
            stmt = stmt.where(
                or_(KnowledgeArticle.valid_from.is_(None), KnowledgeArticle.valid_from <= today),
                or_(KnowledgeArticle.valid_until.is_(None), KnowledgeArticle.valid_until >= today),
            )
        ids = list(session.scalars(stmt.order_by(KnowledgeArticle.question).limit(limit)))
        return _full(session, ids, {}, today)
    tokens = query.split()
    found = fulltext.match(session.get_bind().dialect.name, SEARCH_TABLE, tokens)
    if found is None:
        return []
    sql = (
        f"SELECT {found.key}, {SEARCH_TABLE}.doc, CASE WHEN {_VALID_SQL} THEN 0 ELSE 1 END "
        f"FROM {SEARCH_TABLE} JOIN knowledge_article a ON a.id = {found.key} "
        f"WHERE {found.where} AND a.archived_at IS NULL"
        + ("" if include_invalid else f" AND {_VALID_SQL}")
        + " LIMIT :limit"
    )
    rows = session.execute(
        sql_text(sql).bindparams(bindparam("today", type_=Date)),
        {**found.params, "today": today, "limit": CANDIDATES},
    )
    questions: dict[int, str] = {}
    base: dict[int, float] = {}
    for article_id, doc, invalid in rows:
        question, tag_line = (doc.split("\n", 2) + ["", ""])[:2]
        questions[article_id] = question
        base[article_id] = _base_score(query, tokens, question, tag_line) - INVALID_PENALTY * invalid
    # Likeness only orders articles within a rank: compute it for those that can still be shown.
    order = sorted(base, key=lambda i: -base[i])
    if len(order) > limit:
        cutoff = base[order[limit - 1]]
        order = [i for i in order if base[i] >= cutoff][:FINE_RANKED]
    scores = {i: base[i] + fuzz.partial_ratio(query, questions[i]) / 10 for i in order}
    best = sorted(scores, key=lambda i: (-scores[i], questions[i]))[:limit]
    return _full(session, best, scores, today)


def _full(session: Session, ids: list[int], scores: dict[int, float], today: date) -> list[ArticleRecord]:
    """The articles with these ids, whole, in this order."""
    if not ids:
        return []
    found = {a.id: a for a in session.scalars(select(KnowledgeArticle).where(KnowledgeArticle.id.in_(ids)))}
    return [_record(found[i], today, scores.get(i, 0.0)) for i in ids if i in found]


class ArticleScope(enum.StrEnum):
    ALL = "all"
    VALID = "valid"
    NEEDS_REVIEW = "needs_review"
    ARCHIVED = "archived"


@requires(Permission.VIEW_KNOWLEDGE)
def list_articles(
    session: Session, scope: ArticleScope, *, today: date, text: str = "", limit: int = 5000
) -> list[ArticleRecord]:
    """The knowledge base as its maintainer sees it. Needs review: past the review date or expired."""
    scope = ArticleScope(scope)
    if text.strip():
        ids = fulltext.containing(session, SEARCH_TABLE, fold(text).split(), limit)
        stmt = select(KnowledgeArticle).where(KnowledgeArticle.id.in_(ids))
    else:
        stmt = select(KnowledgeArticle)
    if scope is ArticleScope.ARCHIVED:
        stmt = stmt.where(KnowledgeArticle.archived_at.is_not(None))
    else:
        stmt = stmt.where(KnowledgeArticle.archived_at.is_(None))
    if scope is ArticleScope.VALID:
        stmt = stmt.where(
            or_(KnowledgeArticle.valid_from.is_(None), KnowledgeArticle.valid_from <= today),
            or_(KnowledgeArticle.valid_until.is_(None), KnowledgeArticle.valid_until >= today),
        )
    elif scope is ArticleScope.NEEDS_REVIEW:
        stmt = stmt.where(or_(KnowledgeArticle.review_on < today, KnowledgeArticle.valid_until < today))
    stmt = stmt.order_by(
        KnowledgeArticle.review_on.is_(None), KnowledgeArticle.review_on, KnowledgeArticle.id
    )
    if scope is not ArticleScope.NEEDS_REVIEW:
        stmt = stmt.order_by(None).order_by(KnowledgeArticle.question, KnowledgeArticle.id)
    return [_record(a, today) for a in session.scalars(stmt.limit(limit))]


@requires(Permission.VIEW_KNOWLEDGE)
def review_count(session: Session, *, today: date) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(KnowledgeArticle)
            .where(
                KnowledgeArticle.archived_at.is_(None),
                or_(KnowledgeArticle.review_on < today, KnowledgeArticle.valid_until < today),
            )
        )
        or 0
    )


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
    # The desk's summary shows the open agreements (who to hand over to) by design: called past
    # the permission check, which would otherwise ask for reading every contact report.
    agreements = consultations.open_agreements.__wrapped__(session, company_id, today=today)
    recent_rows = session.execute(
        select(Interaction.occurred_at, Interaction.channel, Interaction.subject)
        .where(Interaction.company_id == company_id, Interaction.archived_at.is_(None))
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(RECENT_MOMENTS)
    ).all()
    moments = session.scalar(
        select(func.count())
        .select_from(Interaction)
        .where(Interaction.company_id == company_id, Interaction.archived_at.is_(None))
    )
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
            for at, channel, subject in recent_rows
        ],
        moment_count=moments or 0,
        open_signals=[
            OpenSignal(number=f"M-{i}", reported_at=at, category=category, status=status, due_date=due)
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


def _subject(question: str) -> str:
    line = " ".join(question.split())
    return line if len(line) <= 120 else line[:119].rstrip() + "…"


def working_days_after(day: date, days: int) -> date:
    while days:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def default_due(today: date) -> date:
    return working_days_after(today, HANDOVER_DAYS)


@requires(Permission.DESK)
def log_question(session: Session, data: QuestionInput) -> LoggedQuestion:
    """Log a desk question; with a company, also a contact moment; with a handover, an agreement.

    Validation messages name the desk form's fields: ``question``, ``channel``, ``visitor``,
    ``assignee_id``, ``due_date``.
    """
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
    )
    session.add(entry)
    session.flush()
    assignee = session.get(User, assignee_id).full_name if assignee_id else None  # type: ignore[union-attr]
    return LoggedQuestion(
        id=entry.id, interaction_id=interaction_id, agreement_id=agreement_id, assignee=assignee
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
    rows = session.execute(
        select(DeskQuestion, Company.name, KnowledgeArticle.question, User.full_name)
        .outerjoin(Company, Company.id == DeskQuestion.company_id)
        .outerjoin(KnowledgeArticle, KnowledgeArticle.id == DeskQuestion.article_id)
        .outerjoin(User, User.id == DeskQuestion.official_id)
        .where(DeskQuestion.asked_at >= start, DeskQuestion.asked_at < end)
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
