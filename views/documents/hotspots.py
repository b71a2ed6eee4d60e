"""Waarom wij hier handhaven: where signals and observations piled up in a period, ranked."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from models.documents.records import HotspotsData
from views.documents.toolkit import Cell, Column, PdfDocument
from views.documents.words import long_date

TITLE = "Waarom wij hier handhaven"
GROUP_TITLES = {"area": "Per gebied", "street": "Per straat", "category": "Per categorie"}


def render_hotspots(data: HotspotsData, out: Path | BinaryIO) -> None:
    period = f"{long_date(data.since)} tot en met {long_date(data.until)}"
    doc = PdfDocument(data.identity, TITLE, subject=period, today=data.today, public=True)  # for residents
    doc.title(TITLE, period)
    trend = data.trend
    total_signals = sum(w.signals for w in trend)
    total_observations = sum(w.observations for w in trend)
    doc.paragraph(
        f"In deze periode kwamen {total_signals} meldingen binnen en deden onze toezichthouders "
        f"{total_observations} waarnemingen. Hieronder staat waar die zich ophopen: daar zetten wij "
        "toezicht en handhaving als eerste in."
    )
    columns = [
        Column("#", width=8, align="right"),
        Column("Waar of wat", 3),
        Column("Meldingen", width=22, align="right"),
        Column("Waarnemingen", width=27, align="right"),
        Column("Te laat", width=16, align="right"),
    ]
    for group in data.groups:
        doc.heading(GROUP_TITLES[group.group])
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
            empty="Geen meldingen of waarnemingen in deze periode.",
        )
    _satisfaction(doc, data)
    doc.heading("Verloop per week")
    doc.table(
        [
            Column("Week van", 2),
            Column("Meldingen", width=22, align="right"),
            Column("Waarnemingen", width=27, align="right"),
        ],
        [[long_date(w.week), str(w.signals), str(w.observations)] for w in trend],
    )
    doc.build(out)


SATISFACTION_TITLES = {
    "area": "Tevredenheid van melders per gebied",
    "category": "Tevredenheid van melders per categorie",
}

SATISFACTION_EMPTY = {"area": "Geen reacties op meldingen in een gebied.", "category": "Geen reacties."}


def share_text(share: float | None) -> str:
    """A share tevreden as a Dutch percentage: "67 %" (— without reactions)."""
    return "—" if share is None else f"{round(share * 100)} %"


def _satisfaction(doc: PdfDocument, data: HotspotsData) -> None:
    """After a signal was handled its reporter was asked how they took it: how many reacted, and
    how many of them were satisfied."""
    total = data.satisfaction_total
    if total is None:
        return
    doc.heading("Tevredenheid van melders")
    reacted = "reageerde 1 melder" if total.reactions == 1 else f"reageerden {total.reactions} melders"
    doc.paragraph(
        f"In deze periode {reacted} op de afhandeling van hun melding. Tevreden: {total.satisfied} "
        f"van de {total.reactions} ({share_text(total.share)})."
        if total.reactions
        else "In deze periode zijn geen reacties van melders op de afhandeling vastgelegd."
    )
    if not total.reactions:
        return
    columns = [
        Column("Waar of wat", 3),
        Column("Reacties", width=22, align="right"),
        Column("Tevreden", width=22, align="right"),
        Column("Aandeel tevreden", width=34, align="right"),
    ]
    for group in data.satisfaction:
        doc.subheading(SATISFACTION_TITLES[group.group])
        doc.table(
            columns,
            [[r.label, str(r.reactions), str(r.satisfied), share_text(r.share)] for r in group.rows],
            empty=SATISFACTION_EMPTY[group.group],
        )
