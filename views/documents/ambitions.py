"""Ambitiedocument and monitoringsrapportage: the ambition plan on paper.

The **ambitiedocument** tells how the plan came about and what it holds: the co-creation in
figures (respondents by sector, size, kern and channel), then every ambition with its lead,
its support, the ideas behind it and its actions, and the ideas that found no place yet.

The **monitoringsrapportage** reports a period: every indicator with its chart, last value,
target and state as of the end of the period (the same traffic-light rule as on screen,
applied to the measurements known by then), and the actions done in the period, late, and
still planned.

Charts are drawn with reportlab's graphics (vector, sharp at any zoom), each one placed in
the PDF as a self-contained form XObject, so it can be found, copied and checked as a figure.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.legends import LineLegend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from models.ambitions.entities import (
    ActionStatus,
    BusinessStage,
    CompanySize,
    InputChannel,
    PlanStatus,
    RespondentSector,
)
from models.ambitions.monitoring import LIGHT_COLOURS, Assessment, Light, fit_line, is_late
from models.ambitions.records import ActionRecord, AmbitionRecord, IndicatorRecord, PlanOverview, PlanRecord
from models.ambitions.summary import as_of, plan_summary
from models.documents.records import AmbitionDocumentData, MonitoringData
from views.documents.fonts import REGULAR
from views.documents.toolkit import DONE, MUTED, OVERDUE, Cell, Column, PdfDocument
from views.documents.words import ACTION_STATUS, count, long_date

AMBITION_DOCUMENT = "Ambitiedocument"
MONITORING = "Monitoringsrapportage"

SECTOR = {RespondentSector.PUBLIC: "publieke sector", RespondentSector.PRIVATE: "private sector"}
SIZE = {
    CompanySize.SELF_EMPLOYED: "zzp",
    CompanySize.SME: "mkb",
    CompanySize.LARGE: "groot bedrijf",
    CompanySize.STARTER: "starter",
}
STAGE = {BusinessStage.STARTER: "starter", BusinessStage.ESTABLISHED: "gevestigd"}
CHANNEL = {
    InputChannel.EMAIL: "e-mail",
    InputChannel.WRITTEN: "schriftelijk (brief of formulier)",
    InputChannel.PHONE: "telefoon",
    InputChannel.IN_PERSON: "persoonlijk gesprek",
    InputChannel.MEETING: "bijeenkomst",
}
LIGHT = {
    Light.ON_TRACK: "op koers",
    Light.AT_RISK: "risico",
    Light.OFF_TRACK: "uit koers",
    Light.NO_DATA: "geen gegevens",
}
TREND = {"rising": "stijgend", "falling": "dalend", "flat": "vlak", "none": "nog geen trend"}
PLAN_STATUS = {
    PlanStatus.DRAFT: "concept",
    PlanStatus.ADOPTED: "vastgesteld",
    PlanStatus.SUPERSEDED: "vervangen",
}

MEASURED = colors.HexColor("#1f5fa8")
TARGET = colors.HexColor("#1e7d32")
TREND_COLOUR = colors.HexColor("#5f6368")
CHART_HEIGHT = 58 * mm
_form_names = itertools.count(1)


def number(value: float | None, unit: str = "") -> str:
    """``1.234,5 %``: Dutch separators, no needless decimals."""
    if value is None:
        return "—"
    text = f"{value:,.1f}".rstrip("0").rstrip(".") if not float(value).is_integer() else f"{int(value):,}"
    text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{text} {unit}".strip()


def _plan_line(overview: PlanOverview, *, with_title: bool = True) -> str:
    plan = overview.plan
    state = PLAN_STATUS[plan.status]
    if plan.adopted_on:
        state += f" op {long_date(plan.adopted_on)}"
    line = f"versie {plan.number}, {state}"
    return f"{plan.title} · {line}" if with_title else line.capitalize()


def leads(record: PlanRecord | AmbitionRecord) -> str | None:
    """The kartrekkers: "A. Official (ambtelijk); J. de Vries, Economie (bestuurlijk)"."""
    parts = []
    if record.lead:
        parts.append(f"{record.lead} (ambtelijk)")
    if record.portfolio_holder:
        holder = record.portfolio_holder + (f", {record.portfolio}" if record.portfolio else "")
        parts.append(f"{holder} (bestuurlijk)")
    return "; ".join(parts) or None


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "—"


# -- charts ---------------------------------------------------------------------------------------


class ChartFlowable(Flowable):
    """A reportlab drawing placed once as a form XObject (a self-contained figure in the PDF)."""

    def __init__(self, drawing: Drawing) -> None:
        super().__init__()
        self.drawing = drawing
        self.width, self.height = drawing.width, drawing.height
        self.name = f"chart{next(_form_names)}"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.beginForm(self.name, lowerx=0, lowery=0, upperx=self.width, uppery=self.height)
        renderPDF.draw(self.drawing, canvas, 0, 0, showBoundary=False)
        canvas.endForm()
        canvas.doForm(self.name)


def indicator_chart(record: IndicatorRecord, points: Sequence[tuple[date, float]], width: float) -> Drawing:
    """Measured values, the path from baseline to target, and the trend, on a time axis."""
    drawing = Drawing(width, CHART_HEIGHT, initialFontName=REGULAR)  # else Helvetica, not embedded
    origin = min(
        [d for d, _ in points]
        + [record.target_date]
        + ([record.baseline_date] if record.baseline_date else [])
    )

    def x(day: date) -> float:
        return float((day - origin).days)

    measured = [(x(d), v) for d, v in points]
    start = (
        (record.baseline_date, record.baseline)
        if record.baseline is not None and record.baseline_date
        else (points[0] if points else None)
    )
    target = ([(x(start[0]), start[1])] if start else []) + [(x(record.target_date), record.target)]
    all_points = sorted(
        [
            *points,
            *(
                [(record.baseline_date, record.baseline)]
                if start and record.baseline is not None and record.baseline_date
                else []
            ),
        ]
    )
    lines: list[list[tuple[float, float]]] = [target]
    styles: list[tuple[colors.Color, float, Any, bool]] = [(TARGET, 1.2, (4, 2), False)]
    names = ["Pad naar het doel"]
    if measured:
        lines.append(measured)
        styles.append((MEASURED, 1.8, None, True))
        names.append("Gemeten")
    line = fit_line(all_points)
    if line is not None:
        slope, intercept = line
        first = all_points[0][0]
        end = max(record.target_date, all_points[-1][0])
        lines.append([(x(first), intercept), (x(end), intercept + slope * (end - first).days)])
        styles.append((TREND_COLOUR, 0.9, (1, 2), False))
        names.append("Trend")
    plot = LinePlot()
    plot.x, plot.y = 34, 30
    plot.width, plot.height = width - 44, CHART_HEIGHT - 42
    plot.data = lines
    for index, (colour, stroke, dash, markers) in enumerate(styles):
        plot.lines[index].strokeColor = colour
        plot.lines[index].strokeWidth = stroke
        if dash:
            plot.lines[index].strokeDashArray = dash
        if markers:
            plot.lines[index].symbol = makeMarker(
                "FilledCircle", size=3.2, fillColor=colour, strokeColor=colour
            )
    values = [v for series in lines for _, v in series]
    low, high = min(values), max(values)
    pad = (high - low) * 0.1 or 1.0
    plot.yValueAxis.valueMin = 0 if low >= 0 and low - pad < 0 else low - pad
    plot.yValueAxis.valueMax = high + pad
    plot.yValueAxis.labels.fontName = REGULAR
    plot.yValueAxis.labels.fontSize = 7
    plot.yValueAxis.labelTextFormat = lambda v: number(round(v, 1))
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#e3e3e3")
    last = max(x(record.target_date), max((p[0] for series in lines for p in series), default=0))
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, last
    years = range(origin.year + 1, origin.year + int(last // 365) + 2)
    ticks = [x(date(y, 1, 1)) for y in years if 0 <= x(date(y, 1, 1)) <= last]
    plot.xValueAxis.valueSteps = ticks or [0, last]
    plot.xValueAxis.labelTextFormat = lambda v: str(date.fromordinal(origin.toordinal() + round(v)).year)
    plot.xValueAxis.labels.fontName = REGULAR
    plot.xValueAxis.labels.fontSize = 7
    drawing.add(plot)
    legend = LineLegend()
    legend.x, legend.y = 34, 8
    legend.fontName, legend.fontSize = REGULAR, 7
    legend.dx, legend.dy, legend.deltax = 14, 2, 95
    legend.columnMaximum = 1
    legend.alignment = "right"
    legend.colorNamePairs = [(colour, name) for (colour, _s, _d, _m), name in zip(styles, names, strict=True)]
    drawing.add(legend)
    return drawing


# -- ambitiedocument ------------------------------------------------------------------------------


def render_ambition_document(data: AmbitionDocumentData, out: Path | BinaryIO) -> None:
    """The plan in force (or the draft when none is adopted) with its co-creation, ambitions and actions."""
    overview, today = data.overview, data.today
    doc = PdfDocument(data.identity, AMBITION_DOCUMENT, subject=overview.plan.title, today=today)
    doc.title(overview.plan.title, _plan_line(overview, with_title=False))
    doc.facts([("Kartrekker", leads(overview.plan) or "nog niet benoemd")])
    doc.paragraph(overview.plan.introduction)
    _co_creation(doc, overview)
    doc.heading("Ambities")
    if not overview.ambitions:
        doc.note("Dit ambitiedocument heeft nog geen ambities.")
    for ambition in overview.ambitions:
        _ambition(doc, ambition, overview, today)
    doc.heading("Ideeën die nog niet bij een ambitie horen")
    doc.table(
        [Column("Idee", 2.4), Column("Van", 1.2), Column("Ontvangen", width=24)],
        [
            [idea.text, idea.respondent, long_date(idea.received_on, short=True)]
            for idea in overview.unlinked_ideas
        ],
        empty="Elk idee is aan een ambitie gekoppeld.",
    )
    doc.build(out)


def _co_creation(doc: PdfDocument, overview: PlanOverview) -> None:
    doc.heading("De co-creatie in cijfers")
    people = overview.respondents
    ideas = overview.ideas
    linked = len(ideas) - len(overview.unlinked_ideas)
    doc.paragraph(
        f"{count(len(people), 'respondent', 'respondenten')} gaven samen {count(len(ideas), 'idee', 'ideeën')}; "
        f"{linked} daarvan {'is' if linked == 1 else 'zijn'} verwerkt in de ambities."
    )
    total = len(people)
    rows: list[list[Any]] = []
    groups = (
        ("Sector", Counter(SECTOR[r.sector] for r in people)),
        ("Omvang", Counter(SIZE[r.size] if r.size else "niet van toepassing" for r in people)),
        ("Fase", Counter(STAGE[r.stage] if r.stage else "niet vastgelegd" for r in people)),
        ("Kern", Counter(r.area or "onbekend" for r in people)),
        ("Kanaal", Counter(CHANNEL[r.channel] for r in people)),
    )
    for title, counts in groups:
        for index, (value, n) in enumerate(sorted(counts.items(), key=lambda item: (-item[1], item[0]))):
            rows.append([Cell(title, bold=True) if index == 0 else " ", value, str(n), _percent(n, total)])
    doc.table(
        [
            Column("Naar", width=24),
            Column("", 2),
            Column("Respondenten", width=26, align="right"),
            Column("Aandeel", width=18, align="right"),
        ],
        rows,
        empty="Er is nog geen inbreng vastgelegd.",
    )


def _support_line(ambition: AmbitionRecord) -> str:
    s = ambition.support
    if not s.respondents:
        return "nog geen inbreng gekoppeld"
    parts = [f"{SECTOR[k]} {n}" for k, n in sorted(s.sectors.items())]
    return f"{count(s.respondents, 'respondent', 'respondenten')} ({', '.join(parts)}), {count(s.ideas, 'idee', 'ideeën')}"


def _ambition(doc: PdfDocument, ambition: AmbitionRecord, overview: PlanOverview, today: date) -> None:
    with doc.together():
        doc.subheading(f"{ambition.theme.capitalize()} – {ambition.title}")
        p = ambition.progress
        doc.facts(
            [
                ("Kartrekker", leads(ambition)),
                ("Draagvlak", _support_line(ambition)),
                (
                    "Acties",
                    f"{p.done} van {p.counted} afgerond" + (f", {p.late} te laat" if p.late else "")
                    if p.counted
                    else "nog geen acties",
                ),
            ]
        )
    doc.paragraph(ambition.description)
    if ambition.ideas:
        doc.markup("<b>Inbreng</b>", doc.styles.small)
        seen: set[str] = set()
        items = []
        for idea in ambition.ideas:
            if idea.text in seen:
                continue
            seen.add(idea.text)
            supporters = sorted({i.respondent for i in ambition.ideas if i.text == idea.text})
            items.append(f"{idea.text} ({', '.join(supporters)})")
        doc.bullets(items)
    doc.table(
        [
            Column("Actie", 2.2),
            Column("Eigenaar", 1.1),
            Column("Start", width=22),
            Column("Uiterlijk", width=22),
            Column("Status", width=26),
        ],
        [_action_row(action) for action in ambition.actions],
        empty="Voor deze ambitie zijn nog geen acties gepland.",
    )


def _action_row(action: ActionRecord, ambition: str | None = None) -> list[Any]:
    status = ACTION_STATUS[action.status]
    if action.late:
        cell = Cell(status, colour=OVERDUE, bold=True, detail="te laat")
    elif action.status == ActionStatus.DONE:
        cell = Cell(status, colour=DONE, bold=True, detail=long_date(action.done_on, short=True) or None)
    elif action.status == ActionStatus.DROPPED:
        cell = Cell(status, muted=True)
    else:
        cell = Cell(status)
    companies = ", ".join(name for _id, name in action.companies)
    title = Cell(action.title, detail=f"Met: {companies}" if companies else None)
    row: list[Any] = [title]
    if ambition is not None:
        row.append(ambition)
    row += [
        action.owner,
        long_date(action.start_date, short=True),
        long_date(action.due_date, short=True),
        cell,
    ]
    return row


# -- monitoringsrapportage ------------------------------------------------------------------------


def render_monitoring(data: MonitoringData, out: Path | BinaryIO) -> None:
    """Every indicator and action of the plan in force, as they stood at the end of the period."""
    overview, since, until, today = data.overview, data.since, data.until, data.today
    period = f"{long_date(since)} t/m {long_date(until)}"
    doc = PdfDocument(data.identity, MONITORING, subject=f"{overview.plan.title}, {period}", today=today)
    doc.title(MONITORING, f"{_plan_line(overview)} · periode {period}")
    doc.facts([("Kartrekker", leads(overview.plan) or "nog niet benoemd")])

    indicators = [(a, i, *as_of(i, until)) for a in overview.ambitions for i in a.indicators]
    actions = [(a, x) for a in overview.ambitions for x in a.actions]
    done = [
        (a, x)
        for a, x in actions
        if x.status == ActionStatus.DONE and x.done_on and since <= x.done_on <= until
    ]
    late = [(a, x) for a, x in actions if is_late(x.status, x.due_date, until)]
    planned = [
        (a, x)
        for a, x in actions
        if x.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
        and not is_late(x.status, x.due_date, until)
    ]
    # The same count as the Ambities screen (models.ambitions.summary), as of the period's last day.
    summary = plan_summary(overview, as_of_day=until, since=since)
    doc.heading("Samenvatting")
    doc.facts(
        [
            ("Stand op", f"{long_date(until)} (de laatste dag van de periode)"),
            (
                "Indicatoren",
                ", ".join(
                    f"{summary.lights[light]} {LIGHT[light]}" for light in Light if summary.lights.get(light)
                )
                or "geen indicatoren",
            ),
            (
                "Acties",
                f"{summary.actions}"
                + (f", waarvan {summary.percent_done}% afgerond" if summary.percent_done is not None else ""),
            ),
            (f"Acties afgerond van {period}", str(summary.done_in_period or 0)),
            (
                "Acties te laat",
                Cell(str(summary.late), colour=OVERDUE if summary.late else None, bold=bool(summary.late)),
            ),
            ("Acties gepland of in uitvoering", str(summary.open)),
        ]
    )
    doc.table(
        [
            Column("Ambitie", 1.8),
            Column("Kartrekker", 1.7),
            Column("Acties", width=34),
            Column("Indicatoren", width=40),
        ],
        [
            [
                a.title,
                leads(a),
                f"{a.progress.done}/{a.progress.counted} afgerond" if a.progress.counted else "—",
                _lights_cell([assessment for amb, _i, _p, assessment in indicators if amb.id == a.id]),
            ]
            for a in overview.ambitions
        ],
    )

    doc.add(CondPageBreak(CHART_HEIGHT + 60 * mm))  # the heading goes with the first chart
    doc.heading("Indicatoren")
    if not indicators:
        doc.note("Er zijn nog geen indicatoren vastgelegd.")
    for ambition, record, points, assessment in indicators:
        colour = colors.HexColor(LIGHT_COLOURS[assessment.light])
        with doc.together():
            doc.subheading(record.name)
            doc.note(
                f"{ambition.title}"
                + (" · geteld uit de gegevens van de applicatie" if record.computed else "")
            )
            doc.add(ChartFlowable(indicator_chart(record, points, doc.width)))
            latest = points[-1] if points else None
            doc.facts(
                [
                    (
                        "Stand",
                        Cell(
                            LIGHT[assessment.light],
                            colour=colour,
                            bold=True,
                            detail=f"trend {TREND[assessment.trend.value]}",
                        ),
                    ),
                    (
                        "Laatste waarde",
                        f"{number(latest[1], record.unit)} op {long_date(latest[0])}"
                        if latest
                        else "nog geen meting",
                    ),
                    (
                        "Streefwaarde",
                        f"{number(record.target, record.unit)} op {long_date(record.target_date)}",
                    ),
                    (
                        "Verwacht op de streefdatum",
                        number(round(assessment.projected, 1), record.unit)
                        if assessment.projected is not None
                        else "—",
                    ),
                    (
                        "Nulmeting",
                        f"{number(record.baseline, record.unit)} op {long_date(record.baseline_date)}"
                        if record.baseline is not None
                        else "—",
                    ),
                ],
                columns=2,
            )
            working = overview.actions_on(record.id)
            doc.facts(
                [
                    (
                        "Acties die hieraan werken",
                        "; ".join(f"{x.title} ({ACTION_STATUS[x.status]})" for x in working)
                        or "geen actie noemt deze indicator",
                    )
                ]
            )

    columns = [
        Column("Actie", 2.0),
        Column("Ambitie", 1.4),
        Column("Eigenaar", 1.0),
        Column("Start", width=20),
        Column("Uiterlijk", width=20),
        Column("Status", width=24),
    ]
    doc.heading("Acties")
    for title, rows, empty in (
        ("Afgerond in de periode", done, "In deze periode is geen actie afgerond."),
        ("Te laat", late, "Geen acties te laat."),
        ("Gepland of in uitvoering", planned, "Geen acties gepland."),
    ):
        doc.subheading(f"{title} ({len(rows)})")
        doc.table(columns, [_action_row(x, a.title) for a, x in rows], empty=empty)
    doc.build(out)


def _lights_cell(assessments: list[Assessment]) -> Cell:
    if not assessments:
        return Cell("geen", muted=True)
    counts = Counter(a.light for a in assessments)
    worst = next(
        light for light in (Light.OFF_TRACK, Light.AT_RISK, Light.ON_TRACK, Light.NO_DATA) if counts[light]
    )
    text = ", ".join(f"{counts[light]} {LIGHT[light]}" for light in Light if counts[light])
    return Cell(text, colour=colors.HexColor(LIGHT_COLOURS[worst]) if worst != Light.NO_DATA else MUTED)
