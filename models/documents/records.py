"""What each document shows, as plain data: the documents are data first, then a pure render.

A service in ``models/documents/services.py`` fetches one of these records in a unit of work
(on the database worker, or in the command line's session); ``views/documents`` only draws it, with
no session, no query and no Qt. So a document can be made again from the same record, tested
without a database, and its queries are all in one place where they can be measured.

Frozen and keyword-only, like every record here: the fields say what is on the paper.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from models.ambitions.records import CompanyAction, PlanOverview
from models.companies.records import CompanyFile
from models.consultations.records import AgreementRecord, InteractionRecord
from models.desk.records import ArticleRecord
from models.hotspots.records import Hotspot, Satisfaction, WeekCount
from models.rounds.records import DailyReport, EntrepreneurReport, ObservationRecord
from models.signals.entities import SignalStatus
from models.signals.records import SignalRow
from models.team.records import Identity


@dataclass(frozen=True, kw_only=True)
class BriefingData:
    """Gespreksvoorbereiding: a company and what happened around it in the last twelve months."""

    identity: Identity
    today: date
    since: date  # a year before today: the period the recent lists cover
    company: CompanyFile
    open_agreements: list[AgreementRecord]
    recent: list[InteractionRecord]  # contact moments since ``since``, newest first
    last_contact: InteractionRecord | None  # also when it is older than a year
    signals: list[SignalRow]  # reported since ``since``, newest first
    open_signals: list[SignalRow]  # of ``signals``, the ones not done or cancelled
    observations: list[ObservationRecord]  # seen on rounds since ``since``, newest first
    actions: list[CompanyAction]  # the actions of the ambition plan it takes part in


@dataclass(frozen=True, kw_only=True)
class ReportData:
    """Gespreksverslag: one contact moment, to the company it was with."""

    identity: Identity
    today: date
    company: CompanyFile
    interaction: InteractionRecord


@dataclass(frozen=True, kw_only=True)
class DossierData:
    """Ondernemersdossier: the whole file of one company."""

    identity: Identity
    today: date
    company: CompanyFile
    interactions: list[InteractionRecord]  # every contact moment, newest first
    # Every signal about the company, newest first; None: the official's role may not see signals.
    signals: list[SignalRow] | None = None


@dataclass(frozen=True, kw_only=True)
class FeedbackLetterData:
    """Terugkoppeling: the feedback of one step in a signal's history, to its reporter."""

    identity: Identity
    today: date
    number: str  # M-123
    category: str
    reported_on: date  # in this computer's time zone
    reporter_name: str | None
    reporter_email: str | None
    location: str | None  # the address, else the area, else the company
    description: str
    feedback: str  # as the official wrote it; paragraphs apart by a blank line
    status: SignalStatus  # what the step moved the signal to
    planned: str | None
    planned_on: date | None
    official: str  # who took the step; empty when unknown
    reporter_address: str | None = None  # a postal address, for a reporter without e-mail


@dataclass(frozen=True, kw_only=True)
class ArticleSheetData:
    """Informatieblad: one knowledge article as it stands on ``today``."""

    identity: Identity
    today: date
    article: ArticleRecord


@dataclass(frozen=True, kw_only=True)
class HotspotGroup:
    group: str  # "area", "street" or "category"
    hotspots: list[Hotspot]  # most first


@dataclass(frozen=True, kw_only=True)
class HotspotsData:
    """Waarom wij hier handhaven: where signals and observations piled up in a period."""

    identity: Identity
    today: date
    since: date
    until: date
    groups: list[HotspotGroup]
    trend: list[WeekCount]
    # Reporters' reactions to handled signals in the period: per category and per area, and in all.
    satisfaction: list[SatisfactionGroup] = field(default_factory=list)
    satisfaction_total: Satisfaction | None = None


@dataclass(frozen=True, kw_only=True)
class SatisfactionGroup:
    group: str  # "area" or "category"
    rows: list[Satisfaction]  # most reactions first


@dataclass(frozen=True, kw_only=True)
class DailyReportData:
    """Dagrapport toezicht: the rounds of one day."""

    identity: Identity
    today: date
    report: DailyReport


@dataclass(frozen=True, kw_only=True)
class EntrepreneurReportData:
    """Rapportage toezicht: what the rounds saw at one company in a period."""

    identity: Identity
    today: date
    company: CompanyFile
    report: EntrepreneurReport


@dataclass(frozen=True, kw_only=True)
class AmbitionDocumentData:
    """Ambitiedocument: the plan in force (or the draft, when none is adopted)."""

    identity: Identity
    today: date
    overview: PlanOverview


@dataclass(frozen=True, kw_only=True)
class MonitoringData:
    """Monitoringsrapportage: the plan in force, reported over a period."""

    identity: Identity
    today: date
    since: date
    until: date
    overview: PlanOverview
