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

Both speak the language chosen for the process (``models.i18n``): English source texts in the
"documents" context, the enums' words from their "labels", all translated in the .ts catalogues.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping, Sequence
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
    BUSINESS_STAGE_LABELS,
    COMPANY_SIZE_LABELS,
    INPUT_CHANNEL_LABELS,
    PLAN_STATUS_LABELS,
    RESPONDENT_SECTOR_LABELS,
    ActionStatus,
    InputChannel,
)
from models.ambitions.monitoring import (
    LIGHT_COLOURS,
    LIGHT_LABELS,
    TREND_LABELS,
    Assessment,
    Light,
    fit_line,
    is_late,
)
from models.ambitions.records import ActionRecord, AmbitionRecord, IndicatorRecord, PlanOverview, PlanRecord
from models.ambitions.summary import as_of, plan_summary
from models.documents.records import AmbitionDocumentData, MonitoringData
from models.i18n import ENGLISH, QT_TRANSLATE_NOOP, language, translate
from views.documents.fonts import REGULAR
from views.documents.toolkit import DONE, MUTED, OVERDUE, Cell, Column, PdfDocument
from views.documents.words import ACTION_STATUS, count, long_date

AMBITION_DOCUMENT = QT_TRANSLATE_NOOP("documents", "Ambition document")
MONITORING = QT_TRANSLATE_NOOP("documents", "Monitoring report")

MEASURED = colors.HexColor("#1f5fa8")
TARGET = colors.HexColor("#1e7d32")
TREND_COLOUR = colors.HexColor("#5f6368")
CHART_HEIGHT = 58 * mm
_form_names = itertools.count(1)


def _label(labels: Mapping[Any, str], key: Any) -> str:
    """An enum member's word, from its (English, marked) label in the language of the moment."""
    return translate("labels", labels[key])


def _channel(channel: InputChannel) -> str:
    # The labels' "meeting" is a contact moment's "overleg"; a respondent's input came from a gathering.
    if channel is InputChannel.MEETING:
        return translate("documents", "meeting")
    return _label(INPUT_CHANNEL_LABELS, channel)


def number(value: float | None, unit: str = "") -> str:
    """``1.234,5 %`` (English: ``1,234.5 %``): the reader's separators, no needless decimals."""
    if value is None:
        return "—"
    text = f"{value:,.1f}".rstrip("0").rstrip(".") if not float(value).is_integer() else f"{int(value):,}"
    if language() != ENGLISH:
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{text} {unit}".strip()


def _plan_line(overview: PlanOverview, *, with_title: bool = True) -> str:
    plan = overview.plan
    state = _label(PLAN_STATUS_LABELS, plan.status)
    if plan.adopted_on:
        state = translate("documents", "{state} on {date}").format(
            state=state, date=long_date(plan.adopted_on)
        )
    line = translate("documents", "version {number}, {state}").format(number=plan.number, state=state)
    # Not str.capitalize(): that would lower the rest (an English month).
    return f"{plan.title} · {line}" if with_title else line[:1].upper() + line[1:]


def leads(record: PlanRecord | AmbitionRecord) -> str | None:
    """The kartrekkers: "A. Official (ambtelijk); J. de Vries, Economie (bestuurlijk)"."""
    parts = []
    if record.lead:
        parts.append(translate("documents", "{name} (civil service)").format(name=record.lead))
    if record.portfolio_holder:
        holder = record.portfolio_holder + (f", {record.portfolio}" if record.portfolio else "")
        parts.append(translate("documents", "{name} (political)").format(name=holder))
    return "; ".join(parts) or None


def _lead_fact(record: PlanRecord) -> tuple[str, str]:
    return translate("documents", "Lead"), leads(record) or translate("documents", "not appointed yet")


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
    names = [translate("documents", "Path to the target")]
    if measured:
        lines.append(measured)
        styles.append((MEASURED, 1.8, None, True))
        names.append(translate("documents", "Measured"))
    line = fit_line(all_points)
    if line is not None:
        slope, intercept = line
        first = all_points[0][0]
        end = max(record.target_date, all_points[-1][0])
        lines.append([(x(first), intercept), (x(end), intercept + slope * (end - first).days)])
        styles.append((TREND_COLOUR, 0.9, (1, 2), False))
        names.append(translate("documents", "Trend"))
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


def _respondents(n: int) -> str:
    return count(n, translate("documents", "respondent"), translate("documents", "respondents"))


def _ideas(n: int) -> str:
    return count(n, translate("documents", "idea"), translate("documents", "ideas"))


def render_ambition_document(data: AmbitionDocumentData, out: Path | BinaryIO) -> None:
    """The plan in force (or the draft when none is adopted) with its co-creation, ambitions and actions."""
    overview, today = data.overview, data.today
    title = translate("documents", AMBITION_DOCUMENT)
    doc = PdfDocument(data.identity, title, subject=overview.plan.title, today=today)
    doc.title(overview.plan.title, _plan_line(overview, with_title=False))
    doc.facts([_lead_fact(overview.plan)])
    doc.paragraph(overview.plan.introduction)
    _co_creation(doc, overview)
    doc.heading(translate("documents", "Ambitions"))
    if not overview.ambitions:
        doc.note(translate("documents", "This ambition document has no ambitions yet."))
    for ambition in overview.ambitions:
        _ambition(doc, ambition, overview, today)
    doc.heading(translate("documents", "Ideas that do not belong to an ambition yet"))
    doc.table(
        [
            Column(translate("documents", "Idea"), 2.4),
            Column(translate("documents", "From"), 1.2),
            Column(translate("documents", "Received"), width=24),
        ],
        [
            [idea.text, idea.respondent, long_date(idea.received_on, short=True)]
            for idea in overview.unlinked_ideas
        ],
        empty=translate("documents", "Every idea is linked to an ambition."),
    )
    doc.build(out)


def _co_creation(doc: PdfDocument, overview: PlanOverview) -> None:
    doc.heading(translate("documents", "The co-creation in figures"))
    people = overview.respondents
    ideas = overview.ideas
    linked = len(ideas) - len(overview.unlinked_ideas)
    sentence = (
        translate(
            "documents",
            "{respondents} gave {ideas} between them; {linked} of them is worked into the ambitions.",
        )
        if linked == 1
        else translate(
            "documents",
            "{respondents} gave {ideas} between them; {linked} of them are worked into the ambitions.",
        )
    )
    doc.paragraph(
        sentence.format(respondents=_respondents(len(people)), ideas=_ideas(len(ideas)), linked=linked)
    )
    total = len(people)
    rows: list[list[Any]] = []
    not_applicable = translate("documents", "not applicable")
    not_recorded = translate("documents", "not recorded")
    unknown = translate("documents", "unknown")
    groups = (
        (
            translate("documents", "Sector"),
            Counter(_label(RESPONDENT_SECTOR_LABELS, r.sector) for r in people),
        ),
        (
            translate("documents", "Size"),
            Counter(_label(COMPANY_SIZE_LABELS, r.size) if r.size else not_applicable for r in people),
        ),
        (
            translate("documents", "Stage"),
            Counter(_label(BUSINESS_STAGE_LABELS, r.stage) if r.stage else not_recorded for r in people),
        ),
        (translate("documents", "Kern"), Counter(r.area or unknown for r in people)),
        (translate("documents", "Channel"), Counter(_channel(r.channel) for r in people)),
    )
    for title, counts in groups:
        for index, (value, n) in enumerate(sorted(counts.items(), key=lambda item: (-item[1], item[0]))):
            rows.append([Cell(title, bold=True) if index == 0 else " ", value, str(n), _percent(n, total)])
    doc.table(
        [
            Column(translate("documents", "By"), width=24),
            Column("", 2),
            Column(translate("documents", "Respondents"), width=26, align="right"),
            Column(translate("documents", "Share"), width=18, align="right"),
        ],
        rows,
        empty=translate("documents", "No input has been recorded yet."),
    )


def _support_line(ambition: AmbitionRecord) -> str:
    s = ambition.support
    if not s.respondents:
        return translate("documents", "no input linked yet")
    parts = [f"{_label(RESPONDENT_SECTOR_LABELS, k)} {n}" for k, n in sorted(s.sectors.items())]
    return f"{_respondents(s.respondents)} ({', '.join(parts)}), {_ideas(s.ideas)}"


def _progress(done: int, counted: int, late: int) -> str:
    """``3 van 5 afgerond, 1 te laat``, or that there are no actions yet."""
    if not counted:
        return translate("documents", "no actions yet")
    if late:
        return translate("documents", "{done} of {counted} done, {late} overdue").format(
            done=done, counted=counted, late=late
        )
    return translate("documents", "{done} of {counted} done").format(done=done, counted=counted)


def _action_columns(*, with_ambition: bool) -> list[Column]:
    if with_ambition:
        return [
            Column(translate("documents", "Action"), 2.0),
            Column(translate("documents", "Ambition"), 1.4),
            Column(translate("documents", "Owner"), 1.0),
            Column(translate("documents", "Start"), width=20),
            Column(translate("documents", "Due"), width=20),
            Column(translate("documents", "Status"), width=24),
        ]
    return [
        Column(translate("documents", "Action"), 2.2),
        Column(translate("documents", "Owner"), 1.1),
        Column(translate("documents", "Start"), width=22),
        Column(translate("documents", "Due"), width=22),
        Column(translate("documents", "Status"), width=26),
    ]


def _ambition(doc: PdfDocument, ambition: AmbitionRecord, overview: PlanOverview, today: date) -> None:
    with doc.together():
        doc.subheading(f"{ambition.theme.capitalize()} – {ambition.title}")
        p = ambition.progress
        doc.facts(
            [
                (translate("documents", "Lead"), leads(ambition)),
                (translate("documents", "Support"), _support_line(ambition)),
                (translate("documents", "Actions"), _progress(p.done, p.counted, p.late)),
            ]
        )
    doc.paragraph(ambition.description)
    if ambition.ideas:
        heading = translate("documents", "Input")
        doc.markup(f"<b>{heading}</b>", doc.styles.small)
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
        _action_columns(with_ambition=False),
        [_action_row(action) for action in ambition.actions],
        empty=translate("documents", "No actions have been planned for this ambition yet."),
    )


def _action_row(action: ActionRecord, ambition: str | None = None) -> list[Any]:
    status = ACTION_STATUS[action.status]
    if action.late:
        cell = Cell(status, colour=OVERDUE, bold=True, detail=translate("documents", "overdue"))
    elif action.status == ActionStatus.DONE:
        cell = Cell(status, colour=DONE, bold=True, detail=long_date(action.done_on, short=True) or None)
    elif action.status == ActionStatus.DROPPED:
        cell = Cell(status, muted=True)
    else:
        cell = Cell(status)
    companies = ", ".join(name for _id, name in action.companies)
    title = Cell(
        action.title,
        detail=translate("documents", "With: {companies}").format(companies=companies) if companies else None,
    )
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
    period = translate("documents", "{start} to {end}").format(start=long_date(since), end=long_date(until))
    title = translate("documents", MONITORING)
    doc = PdfDocument(data.identity, title, subject=f"{overview.plan.title}, {period}", today=today)
    doc.title(
        title,
        translate("documents", "{plan} · period {period}").format(plan=_plan_line(overview), period=period),
    )
    doc.facts([_lead_fact(overview.plan)])

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
    doc.heading(translate("documents", "Summary"))
    doc.facts(
        [
            (
                translate("documents", "As of"),
                translate("documents", "{date} (the last day of the period)").format(date=long_date(until)),
            ),
            (
                translate("documents", "Indicators"),
                ", ".join(
                    f"{summary.lights[light]} {_label(LIGHT_LABELS, light)}"
                    for light in Light
                    if summary.lights.get(light)
                )
                or translate("documents", "no indicators"),
            ),
            (
                translate("documents", "Actions"),
                translate("documents", "{count}, {percent}% of them done").format(
                    count=summary.actions, percent=summary.percent_done
                )
                if summary.percent_done is not None
                else str(summary.actions),
            ),
            (
                translate("documents", "Actions done from {period}").format(period=period),
                str(summary.done_in_period or 0),
            ),
            (
                translate("documents", "Actions overdue"),
                Cell(str(summary.late), colour=OVERDUE if summary.late else None, bold=bool(summary.late)),
            ),
            (translate("documents", "Actions planned or in progress"), str(summary.open)),
        ]
    )
    doc.table(
        [
            Column(translate("documents", "Ambition"), 1.8),
            Column(translate("documents", "Lead"), 1.7),
            Column(translate("documents", "Actions"), width=34),
            Column(translate("documents", "Indicators"), width=40),
        ],
        [
            [
                a.title,
                leads(a),
                translate("documents", "{done}/{counted} done").format(
                    done=a.progress.done, counted=a.progress.counted
                )
                if a.progress.counted
                else "—",
                _lights_cell([assessment for amb, _i, _p, assessment in indicators if amb.id == a.id]),
            ]
            for a in overview.ambitions
        ],
    )

    doc.add(CondPageBreak(CHART_HEIGHT + 60 * mm))  # the heading goes with the first chart
    doc.heading(translate("documents", "Indicators"))
    if not indicators:
        doc.note(translate("documents", "No indicators have been recorded yet."))
    for ambition, record, points, assessment in indicators:
        colour = colors.HexColor(LIGHT_COLOURS[assessment.light])
        with doc.together():
            doc.subheading(record.name)
            doc.note(
                translate("documents", "{ambition} · counted from the data in the application").format(
                    ambition=ambition.title
                )
                if record.computed
                else ambition.title
            )
            doc.add(ChartFlowable(indicator_chart(record, points, doc.width)))
            latest = points[-1] if points else None
            on_date = translate("documents", "{value} on {date}")
            doc.facts(
                [
                    (
                        translate("documents", "State"),
                        Cell(
                            _label(LIGHT_LABELS, assessment.light),
                            colour=colour,
                            bold=True,
                            detail=translate("documents", "trend {trend}").format(
                                trend=_label(TREND_LABELS, assessment.trend)
                            ),
                        ),
                    ),
                    (
                        translate("documents", "Latest value"),
                        on_date.format(value=number(latest[1], record.unit), date=long_date(latest[0]))
                        if latest
                        else translate("documents", "no measurement yet"),
                    ),
                    (
                        translate("documents", "Target"),
                        on_date.format(
                            value=number(record.target, record.unit), date=long_date(record.target_date)
                        ),
                    ),
                    (
                        translate("documents", "Expected on the target date"),
                        number(round(assessment.projected, 1), record.unit)
                        if assessment.projected is not None
                        else "—",
                    ),
                    (
                        translate("documents", "Baseline"),
                        on_date.format(
                            value=number(record.baseline, record.unit), date=long_date(record.baseline_date)
                        )
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
                        translate("documents", "Actions working on this"),
                        "; ".join(f"{x.title} ({ACTION_STATUS[x.status]})" for x in working)
                        or translate("documents", "no action names this indicator"),
                    )
                ]
            )

    columns = _action_columns(with_ambition=True)
    doc.heading(translate("documents", "Actions"))
    for heading, rows, empty in (
        (
            translate("documents", "Done in the period"),
            done,
            translate("documents", "No action was done in this period."),
        ),
        (translate("documents", "Overdue"), late, translate("documents", "No actions overdue.")),
        (
            translate("documents", "Planned or in progress"),
            planned,
            translate("documents", "No actions planned."),
        ),
    ):
        doc.subheading(f"{heading} ({len(rows)})")
        doc.table(columns, [_action_row(x, a.title) for a, x in rows], empty=empty)
    doc.build(out)


def _lights_cell(assessments: list[Assessment]) -> Cell:
    if not assessments:
        return Cell(translate("documents", "none"), muted=True)
    counts = Counter(a.light for a in assessments)
    worst = next(
        light for light in (Light.OFF_TRACK, Light.AT_RISK, Light.ON_TRACK, Light.NO_DATA) if counts[light]
    )
    text = ", ".join(f"{counts[light]} {_label(LIGHT_LABELS, light)}" for light in Light if counts[light])
    return Cell(text, colour=colors.HexColor(LIGHT_COLOURS[worst]) if worst != Light.NO_DATA else MUTED)
