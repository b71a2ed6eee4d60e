"""The audit trail in the window: a company's changes from its file, and the whole log with
its filters and an export."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from models.companies import services as companies
from models.team.entities import Role, User
from tests.models.conftest import establishment
from tests.views.conftest import visible
from views.audit.audit_page import AuditDialog, AuditPage
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow


def _company_changed_by_two(worker: DatabaseWorker) -> int:
    database = worker.database
    with database.session() as session:
        karim = User(username="kdijk", full_name="Karim van Dijk", role=Role.BUSINESS_MANAGER)
        session.add(karim)
        session.commit()
        karim_id = karim.id
    with database.session(1) as session:
        company_id = companies.create_company(
            session, companies.CompanyInput(name="Bakkerij Jansen"), establishment()
        )
        session.commit()
    with database.session(karim_id) as session:
        version = companies.company_file(session, company_id).version
        companies.update_company(
            session, company_id, version, companies.CompanyInput(name="Bakkerij Jansen", phone="035 656 1234")
        )
        session.commit()
    return company_id


def _cells(view, column: str) -> list[str]:
    model = view.model
    index = next(i for i, c in enumerate(model.columns) if c.title == column)
    return [model.data(model.index(row, index)) for row in range(model.rowCount())]


def test_a_files_changes_say_who_changed_what(qtbot, window: MainWindow, worker: DatabaseWorker) -> None:
    company_id = _company_changed_by_two(worker)
    window.open_company(company_id)
    qtbot.waitUntil(lambda: window.company.record is not None)
    assert window.company.history_button.text() == "Wijzigingen"
    qtbot.mouseClick(window.company.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.company.history is not None and window.company.history.isVisible())
    dialog = visible(window, AuditDialog)
    assert dialog.windowTitle() == "Wijzigingen in Bakkerij Jansen"
    view = dialog.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.model.row(0) is not None)
    qtbot.waitUntil(lambda: view.model.row(view.model.rowCount() - 1) is not None)
    assert _cells(view, "Wie")[0] == "Karim van Dijk"  # newest first
    assert _cells(view, "Veld")[0] == "telefoon"
    assert _cells(view, "Nieuwe waarde")[0] == "035 656 1234"
    assert set(_cells(view, "Soort")) == {"onderneming", "vestiging"}
    assert "aangemaakt" in _cells(view, "Wat")
    dialog.close()


def test_the_log_filters_by_person_and_exports_what_it_shows(
    qtbot,
    window: MainWindow,
    worker: DatabaseWorker,
    tmp_path: Path,
) -> None:
    _company_changed_by_two(worker)
    page = AuditPage(worker)
    qtbot.addWidget(page)
    page.show()
    view = page.view
    qtbot.waitUntil(lambda: view.person.count() > 1 and view.model.rowCount() > 0)
    everything = view.model.rowCount()
    with qtbot.waitSignal(view.loaded):
        view.person.setCurrentIndex(view.person.findText("Karim van Dijk"))
    assert 0 < view.model.rowCount() < everything
    assert "wijzigingen" in view.count.text()
    qtbot.waitUntil(lambda: view.model.row(0) is not None)
    assert set(_cells(view, "Wie")) == {"Karim van Dijk"}

    target = tmp_path / "logboek.csv"
    view.export_to(target)
    qtbot.waitUntil(view.message.isVisible)
    assert "opgeslagen" in view.message.text()
    rows = list(csv.reader(target.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0] == [
        "Wanneer",
        "Wie",
        "Soort",
        "Wat gewijzigd",
        "Wat",
        "Veld",
        "Oude waarde",
        "Nieuwe waarde",
    ]
    assert len(rows) == view.model.rowCount() + 1
    assert {r[1] for r in rows[1:]} == {"Karim van Dijk"}

    view.export_to(tmp_path / "no-such-folder" / "logboek.csv")
    qtbot.waitUntil(lambda: "Kan" in view.message.text())
    assert "kies een andere plek" in view.message.text().lower()


def test_a_contact_moment_logged_in_the_window_counts_in_the_files_changes(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    from datetime import UTC, datetime

    from models.consultations import services as consultations

    company_id = _company_changed_by_two(worker)
    with worker.database.session(1) as session:
        consultations.log_interaction(
            session,
            company_id,
            consultations.InteractionInput(
                occurred_at=datetime.now(UTC),
                subject="Terrasvergunning",
                official_ids=[1],
                agreements=[consultations.AgreementInput(description="Regels sturen", assignee_id=1)],
            ),
        )
        session.commit()
    window.open_company(company_id)
    qtbot.waitUntil(lambda: window.company.record is not None)
    qtbot.mouseClick(window.company.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.company.history is not None and window.company.history.isVisible())
    view = visible(window, AuditDialog).view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.model.row(0) is not None)
    qtbot.waitUntil(lambda: view.model.row(view.model.rowCount() - 1) is not None)
    assert {"contactmoment", "afspraak"} <= set(_cells(view, "Soort"))
    assert "Regels sturen" in _cells(view, "Wat gewijzigd")
    window.company.history.close()
