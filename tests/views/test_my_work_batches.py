"""Mijn werk of a busy team: the first screenful at once, the rest of the list right after."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from models.companies import services as svc
from models.consultations import services as consultations
from models.consultations.entities import Responsible
from views.common.worker import DatabaseWorker
from views.consultations.my_work_page import BATCH
from views.shell.main_window import MainWindow

PER_COMPANY = BATCH // 2 + 5  # two companies fill the first batch, the third comes after


@pytest.fixture
def page(qtbot, window: MainWindow, worker: DatabaseWorker):
    due = date.today() + timedelta(days=30)
    with worker.database.session(user_id=1) as session:
        for n, name in enumerate(("Atelier Noord", "Bakkerij Jansen", "Café De Zwaan")):
            company_id = svc.create_company(
                session,
                svc.CompanyInput(name=name),
                svc.EstablishmentInput(
                    street="Dorpsstraat", house_number=str(n + 1), postcode="1241 AB", city="Kortenhoef"
                ),
            )
            consultations.log_interaction(
                session,
                company_id,
                consultations.InteractionInput(
                    occurred_at=datetime.now(UTC) - timedelta(days=1),
                    subject="Overleg",
                    agreements=[
                        consultations.AgreementInput(
                            description=f"{name} {i:03}",
                            responsible=Responsible.MUNICIPALITY,
                            assignee_id=1,
                            due_date=due + timedelta(days=n),  # the companies in this order
                        )
                        for i in range(PER_COMPANY)
                    ],
                ),
            )
        session.commit()
    window.show_page("my_work")
    my_work = window.page("my_work")
    qtbot.waitUntil(lambda: not worker.busy)
    return my_work


def _companies(tree) -> list[str]:
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_the_first_companies_at_once_then_the_rest_expanded_with_their_agreements(qtbot, page) -> None:
    at_loaded = []  # what the tree holds when the page says it is loaded
    page.loaded.connect(lambda n: at_loaded.append((n, _companies(page.tree))))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    assert at_loaded == [(3 * PER_COMPANY, ["Atelier Noord", "Bakkerij Jansen"])]
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 3)
    last = page.tree.topLevelItem(2)
    assert last.text(0) == "Café De Zwaan" and last.isExpanded()
    assert last.childCount() == PER_COMPANY and last.child(0).text(0) == "Café De Zwaan 000"


def test_export_as_the_list_appears_writes_every_agreement(
    qtbot, page, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "mijn werk.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(target), "CSV (*.csv)"))
    shown = []

    def export_at_once(_n: int) -> None:
        shown.append(page.tree.topLevelItemCount())
        page.exporter.choose()

    page.loaded.connect(export_at_once)
    with qtbot.waitSignal(page.exporter.exported, timeout=10000):
        page.reload()
    assert shown == [2]  # the third company was not in the tree yet
    lines = target.read_bytes().decode("utf-8-sig").split("\r\n")
    rows = [line for line in lines[1:] if line]
    assert len(rows) == 3 * PER_COMPANY
    assert rows[-1].startswith(f"Café De Zwaan;Café De Zwaan {PER_COMPANY - 1:03};")


def test_the_list_is_shown_before_the_counts_are_read(qtbot, page) -> None:
    """The counts above the list read every open agreement of the team (65 of the 170 ms the
    service took on PostgreSQL at 250,000 companies): the list is shown without waiting for
    them, and they follow it."""
    page.summary.clear()
    page._counts = None
    at_loaded = []
    page.loaded.connect(lambda n: at_loaded.append(page.summary.text()))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    assert at_loaded == [""]
    qtbot.waitUntil(lambda: page.summary.text() != "")
    assert "<b>3</b>" not in page.summary.text() and f"<b>{3 * PER_COMPANY}</b>" in page.summary.text()


def test_the_first_screenful_is_shown_before_the_whole_list_is_read(qtbot, page) -> None:
    """The most urgent BATCH agreements are read and shown first (a few milliseconds for a team
    of 2,000 listed), the whole list after them: its agreements are added to the companies on
    screen and the other companies below, without emptying the tree in between; exporting
    waits for the whole list."""
    events = []
    page.first_shown.connect(
        lambda n: events.append(
            ("first", n, page.tree.topLevelItem(1).childCount(), page.exporter.button.isEnabled())
        )
    )
    page.loaded.connect(lambda n: events.append(("whole", n, page.tree.topLevelItem(1).childCount(), True)))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    # Two companies fill the first screenful: the second with what is left of BATCH, then all of its own.
    assert events == [
        ("first", BATCH, BATCH - PER_COMPANY, False),
        ("whole", 3 * PER_COMPANY, PER_COMPANY, True),
    ]
    assert page.tree.topLevelItem(1).text(4) == page.tr("%n open", "", PER_COMPANY)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 3)
    assert [page.tree.topLevelItem(i).childCount() for i in range(3)] == [PER_COMPANY] * 3
