"""A long timeline opens with its newest contact moments and reads older ones as one scrolls down."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from models.companies import services as svc
from models.consultations import services as consultations
from models.consultations.entities import Responsible
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow

# More than two pages: the page after the first may be read at once when the first does not fill
# two screens (the window reads on when within a screen of the end).
MOMENTS = 2 * consultations.TIMELINE_PAGE + 30


def _busy_company(worker: DatabaseWorker) -> int:
    """A company with ``MOMENTS`` contact moments, one a day back from yesterday; the oldest has an agreement."""
    now = datetime.now(UTC)
    with worker.database.session(user_id=1) as session:
        company_id = svc.create_company(
            session,
            svc.CompanyInput(name="Café De Zwaan", kvk_number="69599084"),
            svc.EstablishmentInput(
                street="Noordereinde", house_number="12", postcode="1243 JJ", city="Kortenhoef"
            ),
        )
        for day in range(1, MOMENTS + 1):
            oldest = day == MOMENTS
            consultations.log_interaction(
                session,
                company_id,
                consultations.InteractionInput(
                    occurred_at=now - timedelta(days=day),
                    subject=f"Gesprek {day}",
                    agreements=[
                        consultations.AgreementInput(
                            description="Vergunning sturen",
                            responsible=Responsible.MUNICIPALITY,
                            assignee_id=1,
                        )
                    ]
                    if oldest
                    else [],
                ),
            )
        session.commit()
    return company_id


@pytest.fixture
def opened(qtbot, window: MainWindow, worker: DatabaseWorker) -> MainWindow:
    company_id = _busy_company(worker)
    window.resize(1366, 768)
    window.show()
    timeline = window.company.timeline
    with qtbot.waitSignal(timeline.loaded, timeout=10000) as loaded:
        window.open_company(company_id)
    assert loaded.args == [MOMENTS]
    return window


def _subjects(window: MainWindow) -> list[str]:
    tree = window.company.timeline.tree
    return [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]


def test_the_newest_page_first_then_older_ones_as_one_scrolls_to_the_end(qtbot, opened: MainWindow) -> None:
    timeline = opened.company.timeline
    # The first page, newest first; the count and the tab speak of all of them.
    assert _subjects(opened)[:2] == ["Gesprek 1", "Gesprek 2"]
    assert timeline.tree.topLevelItemCount() == consultations.TIMELINE_PAGE
    assert timeline.count.text() == f"{MOMENTS} contactmomenten"
    assert opened.company.tabs.tabText(0) == f"Tijdlijn ({MOMENTS})"

    bar = timeline.tree.verticalScrollBar()

    def scrolled_to_the_end() -> bool:
        bar.setValue(bar.maximum())
        return timeline.tree.topLevelItemCount() == MOMENTS

    qtbot.waitUntil(scrolled_to_the_end, timeout=10000)
    assert _subjects(opened) == [f"Gesprek {day}" for day in range(1, MOMENTS + 1)]
    oldest = timeline.tree.topLevelItem(MOMENTS - 1)
    assert oldest.isExpanded() and oldest.child(0).text(2) == "Vergunning sturen"
    # Read again (a colleague saved something): as many as were shown, the selection kept.
    timeline.tree.setCurrentItem(oldest)
    with qtbot.waitSignal(timeline.loaded, timeout=10000):
        timeline.reload()
    assert timeline.tree.topLevelItemCount() == MOMENTS
    assert timeline.current_interaction().subject == f"Gesprek {MOMENTS}"


def test_export_writes_the_whole_timeline_though_only_the_first_page_is_shown(
    qtbot, opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    timeline = opened.company.timeline
    assert timeline.tree.topLevelItemCount() == consultations.TIMELINE_PAGE
    target = tmp_path / "contactmomenten.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(target), "Excel (*.xlsx)"))
    with qtbot.waitSignal(timeline.exporter.exported, timeout=10000):
        qtbot.mouseClick(timeline.exporter.button, Qt.MouseButton.LeftButton)
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Datum", "Kanaal", "Onderwerp / afspraak")
    subjects = [r[2] for r in rows[1:] if r[0] is not None]
    assert subjects == [f"Gesprek {day}" for day in range(1, MOMENTS + 1)]
    assert rows[-1][2] == "Vergunning sturen"  # the oldest moment's agreement, under it
    assert all(isinstance(r[0], datetime) for r in rows[1:] if r[0] is not None)  # dates stay dates
    assert timeline.tree.topLevelItemCount() < MOMENTS  # the screen still reads on as one scrolls
