"""The hotspot overview: ranked places, a weekly chart, and every row down to its signals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt

from models.signals import categories
from models.signals import services as svc
from tests.views.conftest import visible
from views.common.pdf_export import PdfPreviewDialog
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow


def test_hotspots_rank_and_open_the_signals_behind_a_row(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    now = datetime.now(UTC) - timedelta(hours=1)
    with worker.database.session(user_id=1) as session:
        afval = categories.save_category(session, "Zwerfafval", 3)
        for street, n in (("Kerkstraat", 3), ("Dorpsstraat", 1)):
            for _ in range(n):
                svc.register_signal(
                    session,
                    svc.SignalInput(category_id=afval, description="afval", street=street, reported_at=now),
                )
        session.commit()
    window.show_page("hotspots")
    page = window.page("hotspots")
    page.group.setCurrentIndex(page.group.findData("street"))
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 2 and not worker.busy)
    first = page.table.topLevelItem(0)
    assert (first.text(1), first.text(2)) == ("Kerkstraat", "3")
    assert "4 meldingen" in page.summary.text()
    assert page.chart.series()[0].count() == 2  # signals and observations per week

    page.table.itemActivated.emit(first, 0)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.page("signals"))
    qtbot.waitUntil(lambda: window.page("signals").model.rowCount() == 3 and not worker.busy)
    assert window.page("signals").drill.isVisible() and "Kerkstraat" in window.page("signals").drill.text()

    window.show_page("hotspots")
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 2 and not worker.busy)
    page.table.itemActivated.emit(page.table.topLevelItem(0), 4)  # the overdue number: none yet
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.page("signals") and not worker.busy)
    qtbot.waitUntil(lambda: window.page("signals").list_stack.currentWidget() is window.page("signals").empty)
    assert "te laat" in window.page("signals").drill.text()

    window.show_page("hotspots")
    qtbot.waitUntil(lambda: not worker.busy)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    preview = visible(window, PdfPreviewDialog)
    qtbot.waitUntil(preview.save_button.isEnabled)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(preview.path)).pages).split())
    assert "Waarom wij hier handhaven" in text and "Kerkstraat" in text
    preview.reject()


def test_the_hotspot_pdf_names_the_place_of_each_street(worker: DatabaseWorker, tmp_path) -> None:
    from datetime import date

    from models.companies.entities import Area, AreaKind
    from models.documents import services as documents
    from views.documents.hotspots import render_hotspots

    now = datetime.now(UTC) - timedelta(hours=1)
    with worker.database.session(user_id=1) as session:
        kernen = [Area(name=name, kind=AreaKind.KERN) for name in ("Loosdrecht", "Kortenhoef")]
        session.add_all(kernen)
        session.flush()
        afval = categories.save_category(session, "Zwerfafval", 3)
        for kern, n in zip(kernen, (2, 1), strict=True):
            for _ in range(n):
                svc.register_signal(
                    session,
                    svc.SignalInput(
                        category_id=afval,
                        description="afval",
                        street="Kerkstraat",
                        area_id=kern.id,
                        reported_at=now,
                    ),
                )
        session.commit()
    today = date.today()
    with worker.database.session(user_id=1) as session:
        data = documents.hotspots_report(session, today - timedelta(days=30), today, today=today)
    path = tmp_path / "hotspots.pdf"
    render_hotspots(data, path)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())
    assert "Kerkstraat, Loosdrecht" in text and "Kerkstraat, Kortenhoef" in text
