"""Waarom wij hier handhaven: where signals and observations piled up in a period, ranked."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from models.documents.records import HotspotsData
from views.documents.dutch import dutch_date
from views.documents.toolkit import Cell, Column, PdfDocument

TITLE = "Waarom wij hier handhaven"
GROUP_TITLES = {"area": "Per gebied", "street": "Per straat", "category": "Per categorie"}


def render_hotspots(data: HotspotsData, out: Path | BinaryIO) -> None:
    period = f"{dutch_date(data.since)} tot en met {dutch_date(data.until)}"
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
    doc.heading("Verloop per week")
    doc.table(
        [
            Column("Week van", 2),
            Column("Meldingen", width=22, align="right"),
            Column("Waarnemingen", width=27, align="right"),
        ],
        [[dutch_date(w.week), str(w.signals), str(w.observations)] for w in trend],
    )
    doc.build(out)
