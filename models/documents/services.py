"""The documents' data: every query a PDF needs, done before it is drawn.

Each function returns one record of ``models/documents/records.py`` with everything its document
shows; ``views/documents`` draws it without a session. Call them in a unit of work (the database
worker, the command line's session), then render outside it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from models.ambitions import services as ambitions
from models.ambitions.records import PlanOverview
from models.companies.services import company_file
from models.consultations import services as consultations
from models.desk import knowledge
from models.documents.records import (
    AmbitionDocumentData,
    ArticleSheetData,
    BriefingData,
    DailyReportData,
    DossierData,
    EntrepreneurReportData,
    FeedbackLetterData,
    HotspotGroup,
    HotspotsData,
    MonitoringData,
    ReportData,
    SatisfactionGroup,
)
from models.errors import DomainError
from models.hotspots import services as hotspots
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, allowed, requires
from models.rounds import services as rounds
from models.signals import services as signals
from models.team.entities import User
from models.team.identity import identity

HOTSPOTS_PER_GROUP = 15  # the lines of each ranking in "Waarom wij hier handhaven"


class NoPlanError(DomainError):
    """There is no ambition plan to print."""


def year_before(today: date) -> date:
    try:
        return today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year - 1, day=28)


# -- a company's documents --------------------------------------------------------------------


@requires(Permission.VIEW_COMPANIES, Permission.VIEW_CONSULTATIONS)
def briefing(session: Session, company_id: int, *, today: date) -> BriefingData:
    """What an official reads before meeting a company, as of ``today``."""
    since = year_before(today)
    found = signals.company_signals(session, company_id, today=today, since=since)
    seen = rounds.entrepreneur_report(session, company_id, since, today, today=today)
    recent = consultations.timeline(session, company_id, today=today, since=since)
    # The last contact moment, also when it is older than a year.
    latest = recent or consultations.timeline(session, company_id, today=today)
    return BriefingData(
        identity=identity(session),
        today=today,
        since=since,
        company=company_file(session, company_id),
        open_agreements=consultations.open_agreements(session, company_id, today=today),
        recent=recent,
        last_contact=latest[0] if latest else None,
        signals=found,
        open_signals=[row for row in found if row.status not in signals.CLOSED],
        observations=[observation for _round, observation in reversed(seen.observations)],
        actions=ambitions.company_actions(session, company_id),
    )


@requires(Permission.VIEW_CONSULTATIONS)
def report(session: Session, interaction_id: int, *, today: date) -> ReportData:
    """The conversation report of one contact moment, dated ``today``."""
    record = consultations.interaction(session, interaction_id, today=today)
    return ReportData(
        identity=identity(session),
        today=today,
        company=company_file(session, record.company_id),
        interaction=record,
    )


@requires(Permission.VIEW_COMPANIES, Permission.VIEW_CONSULTATIONS)
def dossier(session: Session, company_id: int, *, today: date) -> DossierData:
    """The complete file of one company, as it stands on ``today``: with every signal about it
    when the official's role may see signals."""
    return DossierData(
        identity=identity(session),
        today=today,
        company=company_file(session, company_id),
        interactions=consultations.timeline(session, company_id, today=today),
        signals=(
            signals.company_signals(session, company_id, today=today)
            if allowed(session, Permission.VIEW_SIGNALS)
            else None
        ),
    )


# -- signals, hotspots and rounds ---------------------------------------------------------------


@requires(Permission.HANDLE_SIGNALS)  # the reporter's name and address, and what was written to them
def feedback_letter(session: Session, event_id: int, *, today: date) -> FeedbackLetterData:
    """The letter with the feedback of one step in a signal's history."""
    step = signals.event(session, event_id)
    record = signals.signal(session, step.signal_id, today=today)
    official = session.get(User, step.user_id) if step.user_id else None
    return FeedbackLetterData(
        identity=identity(session),
        today=today,
        number=record.number,
        category=record.category,
        reported_on=record.reported_at.astimezone().date(),
        reporter_name=record.reporter_name,
        reporter_email=record.reporter_email,
        reporter_address=record.reporter_address,
        location=record.address or record.area or record.company,
        description=record.description,
        feedback=step.feedback or "",
        status=step.to_status,
        planned=step.planned,
        planned_on=step.planned_on,
        official=official.full_name if official else "",
    )


@requires(Permission.VIEW_SIGNALS)
def hotspots_report(session: Session, since: date, until: date, *, today: date) -> HotspotsData:
    """Where signals and observations piled up from ``since`` to ``until``, per kind of place."""
    return HotspotsData(
        identity=identity(session),
        today=today,
        since=since,
        until=until,
        groups=[
            HotspotGroup(
                group=group,
                hotspots=hotspots.hotspots(
                    session, since, until, group, today=today, limit=HOTSPOTS_PER_GROUP
                ),
            )
            for group in hotspots.GROUPS
        ],
        trend=hotspots.weekly_trend(session, since, until),
        satisfaction=[
            SatisfactionGroup(group=group, rows=hotspots.satisfaction(session, since, until, group)[0])
            for group in ("category", "area")
        ],
        satisfaction_total=hotspots.satisfaction(session, since, until, "area")[1],
    )


@requires(Permission.VIEW_ROUNDS)
def daily_report(session: Session, day: date, *, today: date) -> DailyReportData:
    return DailyReportData(
        identity=identity(session), today=today, report=rounds.daily_report(session, day, today=today)
    )


@requires(Permission.VIEW_ROUNDS, Permission.VIEW_COMPANIES)
def entrepreneur_report(
    session: Session, company_id: int, since: date, until: date, *, today: date
) -> EntrepreneurReportData:
    return EntrepreneurReportData(
        identity=identity(session),
        today=today,
        company=company_file(session, company_id),
        report=rounds.entrepreneur_report(session, company_id, since, until, today=today),
    )


# -- the knowledge base -------------------------------------------------------------------------


@requires(Permission.VIEW_KNOWLEDGE)
def article_sheet(session: Session, article_id: int, *, today: date) -> ArticleSheetData:
    """One knowledge article as a handout, as it stands on ``today``."""
    return ArticleSheetData(
        identity=identity(session), today=today, article=knowledge.article(session, article_id, today=today)
    )


# -- the ambition plan --------------------------------------------------------------------------


def _overview(session: Session, today: date) -> PlanOverview:
    plan_id = ambitions.current_plan_id(session)
    if plan_id is None:
        raise NoPlanError(QT_TRANSLATE_NOOP("errors", "There is no ambition plan yet."))
    return ambitions.overview(session, plan_id, today=today)


@requires(Permission.VIEW_AMBITIONS)
def ambition_document(session: Session, *, today: date) -> AmbitionDocumentData:
    """The plan in force (or the draft when none is adopted); NoPlanError when there is none."""
    return AmbitionDocumentData(identity=identity(session), today=today, overview=_overview(session, today))


@requires(Permission.VIEW_AMBITIONS)
def monitoring(
    session: Session, *, since: date, until: date, today: date, plan_id: int | None = None
) -> MonitoringData:
    """A plan (the one shown on screen; without ``plan_id`` the plan in force), to report the
    period from ``since`` to ``until``."""
    if until < since:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "The period ends before it starts."))
    overview = ambitions.overview(session, plan_id, today=today) if plan_id else _overview(session, today)
    return MonitoringData(
        identity=identity(session), today=today, since=since, until=until, overview=overview
    )
