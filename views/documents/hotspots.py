"""Waarom wij hier handhaven: where signals and observations piled up in a period, ranked."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from models.documents.records import HotspotsData
from models.i18n import QT_TRANSLATE_NOOP, translate
from views.documents.toolkit import Cell, Column, PdfDocument
from views.documents.words import long_date

TITLE = QT_TRANSLATE_NOOP("documents", "Why we enforce here")
GROUP_TITLES = {
    "area": QT_TRANSLATE_NOOP("documents", "By area"),
    "street": QT_TRANSLATE_NOOP("documents", "By street"),
    "category": QT_TRANSLATE_NOOP("documents", "By category"),
}


def render_hotspots(data: HotspotsData, out: Path | BinaryIO) -> None:
    period = translate("documents", "{start} up to and including {end}").format(
        start=long_date(data.since), end=long_date(data.until)
    )
    title = translate("documents", TITLE)
    doc = PdfDocument(data.identity, title, subject=period, today=data.today, public=True)  # for residents
    doc.title(title, period)
    trend = data.trend
    total_signals = sum(w.signals for w in trend)
    total_observations = sum(w.observations for w in trend)
    doc.paragraph(
        translate(
            "documents",
            "In this period {signals} signals came in and our supervisors made {observations} observations. "
            "Below is where they pile up: that is where we put supervision and enforcement first.",
        ).format(signals=total_signals, observations=total_observations)
    )
    columns = [
        Column("#", width=8, align="right"),
        Column(translate("documents", "Where or what"), 3),
        Column(translate("documents", "Signals"), width=22, align="right"),
        Column(translate("documents", "Observations"), width=27, align="right"),
        Column(translate("documents", "Overdue"), width=16, align="right"),
    ]
    for group in data.groups:
        doc.heading(translate("documents", GROUP_TITLES[group.group]))
        rows = group.hotspots
        doc.table(
            columns,
            [
                [
                    str(i),
                    h.label,
                    str(h.signals),
                    str(h.observations),
                    Cell(str(h.overdue), muted=not h.overdue),
                ]
                for i, h in enumerate(rows, start=1)
            ],
            empty=translate("documents", "No signals or observations in this period."),
        )
    _satisfaction(doc, data)
    doc.heading(translate("documents", "Week by week"))
    doc.table(
        [
            Column(translate("documents", "Week of"), 2),
            Column(translate("documents", "Signals"), width=22, align="right"),
            Column(translate("documents", "Observations"), width=27, align="right"),
        ],
        [[long_date(w.week), str(w.signals), str(w.observations)] for w in trend],
    )
    doc.build(out)


SATISFACTION_TITLES = {
    "area": QT_TRANSLATE_NOOP("documents", "Reporters' satisfaction by area"),
    "category": QT_TRANSLATE_NOOP("documents", "Reporters' satisfaction by category"),
}

SATISFACTION_EMPTY = {
    "area": QT_TRANSLATE_NOOP("documents", "No reactions to signals in an area."),
    "category": QT_TRANSLATE_NOOP("documents", "No reactions."),
}


def share_text(share: float | None) -> str:
    """A share tevreden as a Dutch percentage: "67 %" (— without reactions)."""
    return "—" if share is None else f"{round(share * 100)} %"


def _satisfaction(doc: PdfDocument, data: HotspotsData) -> None:
    """After a signal was handled its reporter was asked how they took it: how many reacted, and
    how many of them were satisfied."""
    total = data.satisfaction_total
    if total is None:
        return
    doc.heading(translate("documents", "Reporters' satisfaction"))
    if total.reactions == 1:
        reacted = translate("documents", "1 reporter reacted")
    else:
        reacted = translate("documents", "{count} reporters reacted").format(count=total.reactions)
    doc.paragraph(
        translate(
            "documents",
            "In this period {reacted} to the handling of their signal. Satisfied: {satisfied} of {reactions} ({share}).",
        ).format(
            reacted=reacted,
            satisfied=total.satisfied,
            reactions=total.reactions,
            share=share_text(total.share),
        )
        if total.reactions
        else translate("documents", "No reactions of reporters to the handling were recorded in this period.")
    )
    if not total.reactions:
        return
    columns = [
        Column(translate("documents", "Where or what"), 3),
        Column(translate("documents", "Reactions"), width=22, align="right"),
        Column(translate("documents", "Satisfied"), width=22, align="right"),
        Column(translate("documents", "Share satisfied"), width=34, align="right"),
    ]
    for group in data.satisfaction:
        doc.subheading(translate("documents", SATISFACTION_TITLES[group.group]))
        doc.table(
            columns,
            [[r.label, str(r.reactions), str(r.satisfied), share_text(r.share)] for r in group.rows],
            empty=translate("documents", SATISFACTION_EMPTY[group.group]),
        )
