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
from models.rounds.records import ObservationRecord
from views.documents import sections
from views.documents.toolkit import OVERDUE, Cell, Column, PdfDocument
from views.documents.words import count, long_date, time_of_day

DAILY_TITLE = "Dagrapport toezicht"
ENTREPRENEUR_TITLE = "Rapportage toezicht"


def _follow_up(o: ObservationRecord) -> Cell:
    if o.signal_id is not None:
        return Cell("melding", detail=f"M-{o.signal_id}")
    if o.agreement_id is not None:
        return Cell("afspraak gemaakt")
    if o.follow_up:
        return Cell("nodig", colour=OVERDUE, bold=True)
    return Cell("geen", muted=True)


def _observation_table(
    doc: PdfDocument, items: Sequence[ObservationRecord], *, with_company: bool = True
) -> None:
    columns = [
        Column("Tijd", width=17),
        Column("Waar", 1.3),
        Column("Bevinding", 2.2),
        Column("Advies of actie", 1.8),
        Column("Vervolg", width=26),
    ]
    rows = []
    for o in items:
        where = o.location or o.area or ""
        if with_company and o.company:
            where = f"{o.company}\n{where}".strip()
        finding = Cell(
            o.finding, detail=f"{o.category}" + (f" · gesproken met {o.spoke_with}" if o.spoke_with else "")
        )
        rows.append([time_of_day(o.observed_at), where, finding, o.action, _follow_up(o)])
    doc.table(columns, rows, empty="Geen waarnemingen.")


def render_daily_report(data: DailyReportData, out: Path | BinaryIO) -> None:
    report = data.report
    day = report.day
    doc = PdfDocument(data.identity, DAILY_TITLE, subject=long_date(day), today=data.today)
    doc.title(DAILY_TITLE, long_date(day))
    conversations = sum(1 for r in report.rounds for o in r.observations if o.spoke_with)
    doc.facts(
        [
            ("Rondes", str(len(report.rounds))),
            ("Waarnemingen", str(report.observation_count)),
            ("Gesprekken", str(conversations)),
            ("Afspraken", str(len(report.agreements))),
            ("Vervolg nog nodig", str(sum(r.open_follow_ups for r in report.rounds))),
        ],
        columns=2,
    )
    if not report.rounds:
        doc.note("Op deze dag zijn geen rondes gelopen.")
    for area, group in groupby(report.rounds, key=lambda r: r.area or "Zonder gebied"):
        doc.heading(area)
        for the_round in group:
            officials = ", ".join(name for _id, name in the_round.officials)
            doc.subheading(f"{the_round.title} — {officials}")
            if the_round.notes:
                doc.paragraph(the_round.notes)
            _observation_table(doc, the_round.observations)
    doc.heading("Gesprekken")
    # In the order they were held, whichever round or area they belonged to.
    talks = sorted(
        (o for r in report.rounds for o in r.observations if o.spoke_with), key=lambda o: o.observed_at
    )
    doc.table(
        [
            Column("Tijd", width=17),
            Column("Met", 1.2),
            Column("Onderneming of plek", 1.4),
            Column("Besproken", 2.4),
        ],
        [
            [time_of_day(o.observed_at), o.spoke_with, o.company or o.location, o.action or o.finding]
            for o in talks
        ],
        empty="Er zijn geen gesprekken gevoerd.",
    )
    doc.heading("Afspraken")
    sections.agreements_table(
        doc,
        report.agreements,
        columns=(sections.WHAT, sections.WHO, sections.ASSIGNEE, sections.DUE),
        empty="Er zijn geen afspraken gemaakt.",
    )
    doc.heading("Totaal per categorie")
    doc.table(
        [Column("Categorie", 3), Column("Waarnemingen", width=30, align="right")],
        [[name, str(n)] for name, n in report.per_category],
        empty="Geen waarnemingen.",
    )
    doc.build(out)


def render_entrepreneur_report(data: EntrepreneurReportData, out: Path | BinaryIO) -> None:
    report, company, sender, today = data.report, data.company, data.identity, data.today
    since, until = report.since, report.until
    doc = PdfDocument(sender, ENTREPRENEUR_TITLE, subject=company.name, today=today, public=True)
    lines = [company.name]
    if company.main is not None:
        lines += [
            f"{company.main.street} {company.main.house_number}",
            f"{company.main.postcode}  {company.main.city}",
        ]
    doc.address_block(lines, [sender.name, *sender.address_lines])
    period = f"{long_date(since)} tot en met {long_date(until)}"
    doc.facts([("Datum", long_date(today)), ("Periode", period), ("Onderneming", company.name)])
    doc.title(ENTREPRENEUR_TITLE, company.name)
    doc.paragraph(
        "Onze toezichthouders zijn tijdens hun rondes ook een aanspreekpunt voor ondernemers. In dit overzicht "
        f"leest u wat zij in de periode van {period} bij uw onderneming hebben gezien, welk advies zij gaven en "
        "welke afspraken wij met u hebben gemaakt. Zo kunt u zelf waar nodig actie ondernemen."
    )
    doc.heading("Waarnemingen")
    doc.paragraph(count(len(report.observations), "waarneming", "waarnemingen") + " in deze periode.")
    columns = [Column("Datum", width=26), Column("Bevinding", 2.4), Column("Advies of actie", 2)]
    doc.table(
        columns,
        [
            [
                long_date(o.observed_at.date(), short=True),
                Cell(
                    o.finding,
                    detail=o.category + (f" · gesproken met {o.spoke_with}" if o.spoke_with else ""),
                ),
                o.action,
            ]
            for _round, o in report.observations
        ],
        empty="In deze periode zijn bij uw onderneming geen waarnemingen gedaan.",
    )
    doc.heading("Afspraken")
    sections.agreements_table(
        doc,
        report.agreements,
        columns=(sections.WHAT, sections.WHO, sections.DUE, sections.STATUS),
        made=True,
        empty="In deze periode zijn geen afspraken met u gemaakt.",
    )
    doc.paragraph("Hebt u vragen over dit overzicht, neem dan contact op met het ondernemersloket.")
    doc.build(out)
