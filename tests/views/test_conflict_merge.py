"""A colleague saved the same record while the form was open: a three-way merge, never an overwrite."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from models.audit.entities import AuditEntry
from models.companies import services as svc
from models.db import Database
from models.team.entities import Role, User
from tests.views.conftest import closed, visible
from views.common.conflict_dialog import ConflictDialog
from views.common.worker import DatabaseWorker
from views.companies.company_dialogs import CompanyDialog
from views.shell.main_window import MainWindow


@pytest.fixture
def seeded_db(db: Database) -> Database:
    """The GUI fixtures' database on both backends (SQLite, and PostgreSQL in a fresh schema)."""
    with db.session() as session:
        session.add(User(username="pvdam", full_name="Petra van Dam", role=Role.BUSINESS_MANAGER))
        session.commit()
    return db


def _company(worker: DatabaseWorker) -> int:
    with worker.database.session(user_id=1) as session:
        company_id = svc.create_company(
            session,
            svc.CompanyInput(
                name="Café De Zwaan",
                kvk_number="69599084",
                website="https://dezwaan.nl",
                notes="Terras aan de gracht.",
            ),
            svc.EstablishmentInput(
                street="Noordereinde", house_number="12", postcode="1243 JJ", city="'s-Graveland"
            ),
        )
        session.add(User(username="collega", full_name="Karin Bos", role=Role.BUSINESS_MANAGER))
        session.commit()
    return company_id


def colleague_saves(worker: DatabaseWorker, company_id: int, **changes: str) -> None:
    """Karin Bos changes the company on her own desk (another session, another user)."""
    with worker.database.session(user_id=2) as session:
        record = svc.company_file(session, company_id)
        data = svc.CompanyInput(
            name=record.name,
            kvk_number=record.kvk_number or "",
            legal_name=record.legal_name or "",
            legal_form=record.legal_form or "",
            account_manager_id=record.account_manager_id,
            email=record.email or "",
            phone=record.phone or "",
            website=record.website or "",
            notes=record.notes or "",
        )
        for name, value in changes.items():
            setattr(data, name, value)
        svc.update_company(session, company_id, record.version, data)
        session.commit()


def open_edit(qtbot, window: MainWindow, company_id: int) -> CompanyDialog:
    window.open_company(company_id)
    qtbot.waitUntil(lambda: window.company.record is not None)
    qtbot.mouseClick(window.company.edit_button, Qt.MouseButton.LeftButton)
    return visible(window.company, CompanyDialog)


def test_three_way_merge_per_field(qtbot, window: MainWindow, worker: DatabaseWorker) -> None:
    company_id = _company(worker)
    dialog = open_edit(qtbot, window, company_id)

    colleague_saves(worker, company_id, name="Grand Café De Zwaan", website="https://grandcafedezwaan.nl")

    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Cafe De Zwaan VOF")
    qtbot.keyClicks(dialog.email, "info@dezwaan.nl")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible())
    merge: ConflictDialog = dialog.conflict_dialog  # type: ignore[assignment]

    # Only the fields that differ, each with original, theirs and mine.
    assert merge.fields == ["name", "email", "website"]
    rows = {
        merge.table.item(r, 0).text(): [merge.table.item(r, c).text() for c in (1, 2, 3)]
        for r in range(merge.table.rowCount())
    }
    assert rows["Naam"] == ["Café De Zwaan", "Grand Café De Zwaan", "Cafe De Zwaan VOF"]
    assert rows["Website"] == ["https://dezwaan.nl", "https://grandcafedezwaan.nl", "https://dezwaan.nl"]
    assert rows["E-mail"][2] == "info@dezwaan.nl"
    assert "Karin Bos" in merge.table.horizontalHeaderItem(2).text()
    # Only she changed the website: theirs; only I the e-mail: mine; both the name: a choice to make.
    assert merge.choice("website") == 2 and merge.choice("email") == 1 and merge.choice("name") is None
    assert not merge.use.isEnabled()
    assert "Naam" in merge.missing.text()
    merge.grab().save(str(Path("/tmp/h4_merge_dialog.png")))

    merge.choose("name", "mine")
    assert merge.use.isEnabled()
    qtbot.mouseClick(merge.use, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(merge))

    # The form shows the merged values; the save goes through on the colleague's version.
    assert dialog.name.text() == "Cafe De Zwaan VOF"
    assert dialog.website.text() == "https://grandcafedezwaan.nl"
    assert dialog.email.text() == "info@dezwaan.nl"
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))
    worker.wait()

    with worker.database.session() as session:
        record = svc.company_file(session, company_id)
        assert (record.name, record.website, record.email) == (
            "Cafe De Zwaan VOF",
            "https://grandcafedezwaan.nl",
            "info@dezwaan.nl",
        )
        trail = session.execute(
            select(AuditEntry.user_id, AuditEntry.field, AuditEntry.new_value)
            .where(
                AuditEntry.entity == "company",
                AuditEntry.entity_id == company_id,
                AuditEntry.action == "update",
            )
            .order_by(AuditEntry.id)
        ).all()
    assert (2, "name", "Grand Café De Zwaan") in trail
    assert (2, "website", "https://grandcafedezwaan.nl") in trail
    assert (1, "name", "Cafe De Zwaan VOF") in trail
    assert (1, "email", "info@dezwaan.nl") in trail
    assert not any(user == 1 and field == "website" for user, field, _ in trail)


def test_a_second_colleague_save_during_the_merge_asks_again(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    company_id = _company(worker)
    dialog = open_edit(qtbot, window, company_id)
    colleague_saves(worker, company_id, notes="Terras vergund tot 2027.")
    dialog.notes.setPlainText("Terras aan de gracht, 40 stoelen.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible())
    first = dialog.conflict_dialog
    assert first.fields == ["notes"] and first.choice("notes") is None
    qtbot.mouseClick(first.all_mine, Qt.MouseButton.LeftButton)
    assert dialog.notes.toPlainText() == "Terras aan de gracht, 40 stoelen."

    # While the user looks at the merged form, the colleague saves once more.
    colleague_saves(worker, company_id, phone="035 656 1234")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not first and dialog.conflict_dialog.isVisible())
    second = dialog.conflict_dialog
    # The base is now her first version: she changed the phone, the notes differ only by me.
    assert second.fields == ["phone", "notes"]
    assert second.choice("phone") == 2 and second.choice("notes") == 1 and second.use.isEnabled()
    qtbot.mouseClick(second.use, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))
    worker.wait()
    with worker.database.session() as session:
        record = svc.company_file(session, company_id)
    assert record.notes == "Terras aan de gracht, 40 stoelen."
    assert record.phone == "0356561234" or "656" in (record.phone or "")


def test_keep_all_theirs_takes_the_colleagues_version(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    company_id = _company(worker)
    dialog = open_edit(qtbot, window, company_id)
    colleague_saves(worker, company_id, name="Grand Café De Zwaan")
    dialog.name.setText("Café De Zwaan VOF")
    dialog.legal_name.setText("De Zwaan VOF")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible())
    qtbot.mouseClick(dialog.conflict_dialog.all_theirs, Qt.MouseButton.LeftButton)
    assert dialog.name.text() == "Grand Café De Zwaan"
    assert dialog.legal_name.text() == ""


def test_the_same_change_by_both_is_simply_saved(qtbot, window: MainWindow, worker: DatabaseWorker) -> None:
    company_id = _company(worker)
    dialog = open_edit(qtbot, window, company_id)
    colleague_saves(worker, company_id, website="https://www.dezwaan.nl")
    dialog.website.setText("https://www.dezwaan.nl")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))
    assert dialog.conflict_dialog is None


def test_a_contact_moment_report_changed_by_both_is_shown_side_by_side(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    from datetime import UTC, datetime

    from models.consultations import services as consultations
    from views.consultations.interaction_dialogs import InteractionDialog

    company_id = _company(worker)
    report = "Gesprek met de eigenaar over het terras.\n\n" + "Hij wil uitbreiden naar de gracht. " * 12
    with worker.database.session(user_id=1) as session:
        version = svc.company_file(session, company_id).version
        consultations.log_interaction(
            session,
            company_id,
            consultations.InteractionInput(
                occurred_at=datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
                subject="Terras",
                report=report,
                official_ids=[1],
            ),
            company_version=version,
        )
        session.commit()
    window.open_company(company_id)
    qtbot.waitUntil(lambda: window.company.record is not None)
    qtbot.waitUntil(lambda: window.company.timeline.tree.topLevelItemCount() > 0)
    tree = window.company.timeline.tree
    tree.setCurrentItem(tree.topLevelItem(0))
    window.company.timeline.edit_contact()
    dialog = visible(window, InteractionDialog)

    with worker.database.session(user_id=2) as session:
        record = consultations.interaction(session, dialog.record.id, today=date.today())
        consultations.update_interaction(
            session,
            record.id,
            record.version,
            consultations.InteractionInput(
                occurred_at=record.occurred_at,
                channel=record.channel,
                subject=record.subject,
                report=record.report
                + "\n\nAanvulling Karin: de buren hebben bezwaar tegen geluid na 22.00 uur.",
                official_ids=[uid for uid, _ in record.officials],
            ),
        )
        session.commit()
    dialog.report.edit.setMarkdown(report + "\n\nAfgesproken: aanvraag voor 1 december insturen.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible())
    merge = dialog.conflict_dialog
    assert merge.fields == ["report"] and merge.choice("report") is None
    row = merge.fields.index("report")
    assert merge.table.item(row, 2).text().endswith("…")  # a long text is cut in the table...
    merge.table.selectRow(row)
    assert "bezwaar tegen geluid" in merge.full[1].toPlainText()  # ...and read in full underneath
    assert "1 december" in merge.full[2].toPlainText()
    merge.grab().save("/tmp/h4_merge_report.png")
    merge.choose("report", "mine")
    qtbot.mouseClick(merge.use, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))
    worker.wait()
    with worker.database.session() as session:
        saved = consultations.interaction(session, dialog.record.id, today=date.today())
    assert "1 december" in saved.report and "bezwaar" not in saved.report
