"""Waarom wij hier handhaven: where signals and observations piled up in a period, ranked."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from models.hotspots import services as hotspots
from models.team.identity import identity
from views.pdf.dutch import dutch_date
from views.pdf.toolkit import OVERDUE, Cell, Column, PdfDocument

TITLE = "Waarom wij hier handhaven"
GROUP_TITLES = {"area": "Per gebied", "street": "Per straat", "category": "Per categorie"}


def build_hotspots(session: Session, since: date, until: date, out: Path | BinaryIO, *, today: date) -> None:
    sender = identity(session)
    period = f"{dutch_date(since)} tot en met {dutch_date(until)}"
    doc = PdfDocument(sender, TITLE, subject=period, today=today)
    doc.title(TITLE, period)
    trend = hotspots.weekly_trend(session, since, until)
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
    for group in hotspots.GROUPS:
        doc.heading(GROUP_TITLES[group])
        rows = hotspots.hotspots(session, since, until, group, today=today, limit=15)
        doc.table(
            columns,
            [
                [
                    str(i),
                    h.label,
                    str(h.signals),
                    str(h.observations),
                    Cell(str(h.overdue), colour=OVERDUE if h.overdue else None, muted=not h.overdue),
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
