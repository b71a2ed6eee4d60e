"""Dagrapport toezicht and the report for one entrepreneur: what the rounds saw and agreed.

The daily report is for the municipality: per area, every observation of the day with the
advice given or action taken, the conversations held, the agreements made, and totals per
category. The entrepreneur's report is sent to the company so it can act itself: what the
supervisors saw at its premises in a period, and what was agreed with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from pathlib import Path
from typing import BinaryIO

from models.documents.records import DailyReportData, EntrepreneurReportData
from models.i18n import QT_TRANSLATE_NOOP, translate
from models.rounds.records import ObservationRecord
from models.signals.records import signal_number
from views.documents import sections
from views.documents.toolkit import OVERDUE, Cell, Column, PdfDocument
from views.documents.words import count, long_date, time_of_day

DAILY_TITLE = QT_TRANSLATE_NOOP("documents", "Supervision daily report")
ENTREPRENEUR_TITLE = QT_TRANSLATE_NOOP("documents", "Supervision report")


def _follow_up(o: ObservationRecord) -> Cell:
    if o.signal_id is not None:
        return Cell(translate("documents", "signal"), detail=signal_number(o.signal_id))
    if o.agreement_id is not None:
        return Cell(translate("documents", "agreement made"))
    if o.follow_up:
        return Cell(translate("documents", "needed"), colour=OVERDUE, bold=True)
    return Cell(translate("documents", "none"), muted=True)


def _observation_table(
    doc: PdfDocument, items: Sequence[ObservationRecord], *, with_company: bool = True
) -> None:
    columns = [
        Column(translate("documents", "Time"), width=17),
        Column(translate("documents", "Where"), 1.3),
        Column(translate("documents", "Finding"), 2.2),
        Column(translate("documents", "Advice or action"), 1.8),
        Column(translate("documents", "Follow-up"), width=26),
    ]
    rows = []
    for o in items:
        where = o.location or o.area or ""
        if with_company and o.company:
            where = f"{o.company}\n{where}".strip()
        finding = Cell(
            o.finding,
            detail=o.category
            + (
                " · " + translate("documents", "spoke with {name}").format(name=o.spoke_with)
                if o.spoke_with
                else ""
            ),
        )
        rows.append([time_of_day(o.observed_at), where, finding, o.action, _follow_up(o)])
    doc.table(columns, rows, empty=translate("documents", "No observations."))


def render_daily_report(data: DailyReportData, out: Path | BinaryIO) -> None:
    report = data.report
    day = report.day
    title = translate("documents", DAILY_TITLE)
    doc = PdfDocument(data.identity, title, subject=long_date(day), today=data.today)
    doc.title(title, long_date(day))
    conversations = sum(1 for r in report.rounds for o in r.observations if o.spoke_with)
    doc.facts(
        [
            (translate("documents", "Rounds"), str(len(report.rounds))),
            (translate("documents", "Observations"), str(report.observation_count)),
            (translate("documents", "Conversations"), str(conversations)),
            (translate("documents", "Agreements"), str(len(report.agreements))),
            (
                translate("documents", "Follow-up still needed"),
                str(sum(r.open_follow_ups for r in report.rounds)),
            ),
        ],
        columns=2,
    )
    if not report.rounds:
        doc.note(translate("documents", "No rounds were walked on this day."))
    for area, group in groupby(
        report.rounds, key=lambda r: r.area or translate("documents", "Without an area")
    ):
        doc.heading(area)
        for the_round in group:
            officials = ", ".join(name for _id, name in the_round.officials)
            doc.subheading(f"{the_round.title} — {officials}")
            if the_round.notes:
                doc.paragraph(the_round.notes)
            _observation_table(doc, the_round.observations)
    doc.heading(translate("documents", "Conversations"))
    # In the order they were held, whichever round or area they belonged to.
    talks = sorted(
        (o for r in report.rounds for o in r.observations if o.spoke_with), key=lambda o: o.observed_at
    )
    doc.table(
        [
            Column(translate("documents", "Time"), width=17),
            Column(translate("documents", "With"), 1.2),
            Column(translate("documents", "Company or place"), 1.4),
            Column(translate("documents", "Discussed"), 2.4),
        ],
        [
            [time_of_day(o.observed_at), o.spoke_with, o.company or o.location, o.action or o.finding]
            for o in talks
        ],
        empty=translate("documents", "No conversations were held."),
    )
    doc.heading(translate("documents", "Agreements"))
    sections.agreements_table(
        doc,
        report.agreements,
        columns=(sections.WHAT, sections.WHO, sections.ASSIGNEE, sections.DUE),
        empty=translate("documents", "No agreements were made."),
    )
    doc.heading(translate("documents", "Total by category"))
    doc.table(
        [
            Column(translate("documents", "Category"), 3),
            Column(translate("documents", "Observations"), width=30, align="right"),
        ],
        [[name, str(n)] for name, n in report.per_category],
        empty=translate("documents", "No observations."),
    )
    doc.build(out)


def render_entrepreneur_report(data: EntrepreneurReportData, out: Path | BinaryIO) -> None:
    report, company, sender, today = data.report, data.company, data.identity, data.today
    since, until = report.since, report.until
    title = translate("documents", ENTREPRENEUR_TITLE)
    doc = PdfDocument(sender, title, subject=company.name, today=today, public=True)
    lines = [company.name]
    if company.main is not None:
        lines += [
            f"{company.main.street} {company.main.house_number}",
            f"{company.main.postcode}  {company.main.city}",
        ]
    doc.address_block(lines, [sender.name, *sender.address_lines])
    period = translate("documents", "{start} up to and including {end}").format(
        start=long_date(since), end=long_date(until)
    )
    doc.facts(
        [
            (translate("documents", "Date"), long_date(today)),
            (translate("documents", "Period"), period),
            (translate("documents", "Company"), company.name),
        ]
    )
    doc.title(title, company.name)
    doc.paragraph(
        translate(
            "documents",
            "On their rounds our supervisors are also a point of contact for entrepreneurs. In this overview "
            "you can read what they saw at your company in the period {period}, what advice they gave and "
            "which agreements we made with you. So you can take action yourself where needed.",
        ).format(period=period)
    )
    doc.heading(translate("documents", "Observations"))
    doc.paragraph(
        translate("documents", "{observations} in this period.").format(
            observations=count(
                len(report.observations),
                translate("documents", "observation"),
                translate("documents", "observations"),
            )
        )
    )
    columns = [
        Column(translate("documents", "Date"), width=26),
        Column(translate("documents", "Finding"), 2.4),
        Column(translate("documents", "Advice or action"), 2),
    ]
    doc.table(
        columns,
        [
            [
                long_date(o.observed_at.date(), short=True),
                Cell(
                    o.finding,
                    detail=o.category
                    + (
                        " · " + translate("documents", "spoke with {name}").format(name=o.spoke_with)
                        if o.spoke_with
                        else ""
                    ),
                ),
                o.action,
            ]
            for _round, o in report.observations
        ],
        empty=translate("documents", "No observations were made at your company in this period."),
    )
    doc.heading(translate("documents", "Agreements"))
    sections.agreements_table(
        doc,
        report.agreements,
        columns=(sections.WHAT, sections.WHO, sections.DUE, sections.STATUS),
        made=True,
        empty=translate("documents", "No agreements were made with you in this period."),
    )
    doc.paragraph(
        translate("documents", "If you have questions about this overview, please contact the business desk.")
    )
    doc.build(out)
