"""Duplicates in the window, as a business manager meets them: the page lists the bakery twice with
its reasons; *Samenvoegen…* shows both side by side, a click picks the copy's phone number, the
merge moves the copy's contact moment; the file shows a badge before and the merge with its undo
after; *Geen dubbel* makes a pair go away for good."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from models.companies import services as companies
from models.companies.entities import Company, Contact
from models.consultations.entities import Channel, Interaction
from models.db import Database
from models.duplicates import merge as merging
from models.duplicates.entities import COMPANY, CONTACT, DuplicateDecision
from models.team.entities import Role, User
from tests.models.conftest import establishment
from views.common.conflict_dialog import ConflictDialog
from views.common.worker import DatabaseWorker
from views.duplicates.duplicates_page import DuplicatesPage, PairsModel
from views.duplicates.merge_dialog import MergeDialog
from views.shell.main_window import MainWindow


def _bakery_twice(worker: DatabaseWorker) -> tuple[int, int]:
    same = establishment(postcode="1243 JJ", house_number="12")
    with worker.database.session(1) as session:
        first = companies.create_company(session, companies.CompanyInput(name="Bakkerij Janssen B.V."), same)
        second = companies.create_company(
            session,
            companies.CompanyInput(name="Bakkerij Janssen BV", phone="035 656 1234"),
            same,
            allow_duplicate=True,
        )
        session.add(
            Interaction(
                company_id=second,
                occurred_at=datetime(2026, 11, 2, 10, tzinfo=UTC),
                channel=Channel.VISIT,
                subject="Terras",
            )
        )
        session.commit()
    return first, second


def _page(qtbot, window: MainWindow) -> DuplicatesPage:
    window.show_page("duplicates")
    page = window.page_as("duplicates", DuplicatesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 or page.stack.currentWidget() is page.empty)
    return page


def test_merge_from_the_page_and_undo_from_the_file(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    first, second = _bakery_twice(worker)
    page = _page(qtbot, window)
    assert page.model.rowCount() == 1
    model = page.model
    assert model.data(model.index(0, PairsModel.SCORE)) == "99 %"
    assert (
        model.data(model.index(0, PairsModel.REASONS)) == "naam lijkt 100 % · zelfde postcode en huisnummer"
    )
    page.table.selectRow(0)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.merge_button.isEnabled())
    assert "1 contactmomenten" in dialog.moves.text()
    # The survivor has no phone number: the copy's is proposed; the name stays the survivor's.
    assert dialog.side("phone") == "merged" and dialog.side("name") == "survivor"
    dialog.choose("name", "merged")
    dialog.grab().save("/tmp/duplicates-merge.png")
    with qtbot.waitSignal(dialog.merged, timeout=10000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not worker.busy)
    with worker.database.session() as session:
        kept = session.get_one(Company, first)
        assert (kept.name, kept.phone) == ("Bakkerij Janssen BV", "+31356561234")
        assert session.scalar(select(Interaction.company_id)) == first
        assert session.get_one(Company, second).merged_into_id == first
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty)  # the page read again

    # The survivor's Wijzigingen: the merge as one event, and its undo.
    window.open_company(first)
    qtbot.waitUntil(lambda: window.company.record is not None and window.company.record.id == first)
    qtbot.mouseClick(window.company.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.company.history is not None and window.company.history.isVisible())
    panel = window.company.history.merges  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.isVisible() and panel.table.rowCount() == 1)
    assert "Bakkerij Janssen BV merged" not in panel.table.item(0, 2).text()  # Dutch on screen
    assert panel.table.item(0, 1).text() == "Petra van Dam"
    panel.table.selectRow(0)
    assert panel.undo_button.isEnabled()
    with qtbot.waitSignal(panel.undone, timeout=10000):
        panel.undo_selected(confirm=False)
    with worker.database.session() as session:
        assert session.get_one(Company, second).merged_into_id is None
        assert session.scalar(select(Interaction.company_id)) == second
        assert session.get_one(Company, first).name == "Bakkerij Janssen B.V."
    qtbot.waitUntil(lambda: panel.table.item(0, 3) is not None and panel.table.item(0, 3).text() != "")
    assert not panel.undo_button.isEnabled()


def test_the_file_shows_a_badge_and_not_a_duplicate_is_remembered(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    first, second = _bakery_twice(worker)
    window.open_company(first)
    badge: QPushButton = window.company.duplicates_badge
    qtbot.waitUntil(badge.isVisible)
    assert badge.text() == "1 mogelijke dubbele"
    page = _page(qtbot, window)
    page.table.selectRow(0)
    qtbot.mouseClick(page.not_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty)
    with worker.database.session() as session:
        assert session.scalar(select(DuplicateDecision.decided_by_id)) == 1
    window.open_company(first)
    qtbot.waitUntil(lambda: not worker.busy)
    assert not badge.isVisible()


def test_a_desk_official_sees_no_merging(qtbot, window: MainWindow, worker: DatabaseWorker) -> None:
    with worker.database.session() as session:
        session.get_one(User, 1).role = Role.DESK
        session.commit()
    page = DuplicatesPage(worker, may_merge=False)
    qtbot.addWidget(page)
    assert page.merge_button.isHidden() and page.not_button.isHidden()


def test_the_merged_copys_file_leads_to_the_survivor(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    first, second = _bakery_twice(worker)
    with worker.database.session(1) as session:
        plan = merging.merge_plan(session, COMPANY, first, second)
        merging.merge(session, COMPANY, first, plan.survivor_version, second, plan.merged_version)
        session.commit()
    window.open_company(second)
    page = window.company
    qtbot.waitUntil(lambda: page.record is not None and page.record.id == second)
    assert page.merged_banner.isVisible() and not page.archived_banner.isVisible()
    assert page.merged_label.text() == "Samengevoegd in Bakkerij Janssen B.V."
    # The way back is undoing the merge, not restoring the archived copy.
    assert page.archive_button.isHidden() and not page.edit_button.isEnabled()
    qtbot.mouseClick(page.merged_open, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.record is not None and page.record.id == first)
    assert not page.merged_banner.isVisible()


def test_back_from_the_three_way_merge_shows_the_records_as_they_are_now(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    first, second = _bakery_twice(worker)
    dialog = MergeDialog(worker, COMPANY, first, second, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.merge_button.isEnabled())
    assert dialog.side("phone") == "merged"
    # A colleague corrects the copy's phone number, the one chosen here.
    with worker.database.session(1) as session:
        record = companies.company_file(session, second)
        companies.update_company(
            session,
            second,
            record.version,
            companies.CompanyInput(name=record.name, phone="035 656 9999"),
        )
        session.commit()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible())
    merge = dialog.conflict_dialog
    assert merge.fields == ["phone"] and merge.choice("phone") == 2  # only theirs changed: theirs
    qtbot.mouseClick(merge.back, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible() and dialog.merge_button.isEnabled()
    assert dialog.side("phone") == "merged"
    with qtbot.waitSignal(dialog.merged, timeout=10000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not worker.busy)
    with worker.database.session() as session:
        assert session.get_one(Company, first).phone == "+31356569999"


class TestOnBothDatabases:
    """The three-way merge on SQLite and PostgreSQL (the other GUI tests run on SQLite)."""

    @pytest.fixture
    def seeded_db(self, db: Database) -> Database:
        with db.session() as session:
            session.add(User(username="pvdam", full_name="Petra van Dam", role=Role.ADMINISTRATOR))
            session.commit()
        return db

    def test_a_colleagues_change_meanwhile_goes_through_the_three_way_merge(
        self, qtbot, window: MainWindow, worker: DatabaseWorker
    ) -> None:
        first, second = _bakery_twice(worker)
        dialog = MergeDialog(worker, COMPANY, first, second, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.plan is not None and dialog.merge_button.isEnabled())
        dialog.choose("name", "merged")  # "Bakkerij Janssen BV"; the copy's phone is proposed already

        # Karin Bos renames the survivor and gives it a website while the dialog is open.
        with worker.database.session(1) as session:
            session.add(User(username="kbos", full_name="Karin Bos", role=Role.BUSINESS_MANAGER))
            session.commit()
        with worker.database.session(2) as session:
            record = companies.company_file(session, first)
            companies.update_company(
                session,
                first,
                record.version,
                companies.CompanyInput(name="Bakkerij Janssen Brood B.V.", website="https://janssenbrood.nl"),
            )
            session.commit()

        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible())
        merge: ConflictDialog = dialog.conflict_dialog  # type: ignore[assignment]
        # Only what she changed: the name (both of us: a choice to make) and the website (hers).
        assert merge.fields == ["name", "website"]
        rows = {
            merge.table.item(r, 0).text(): [merge.table.item(r, c).text() for c in (1, 2, 3)]
            for r in range(merge.table.rowCount())
        }
        assert rows["Naam"] == ["Bakkerij Janssen B.V.", "Bakkerij Janssen Brood B.V.", "Bakkerij Janssen BV"]
        assert rows["Website"][1] == "https://janssenbrood.nl"
        assert "Karin Bos" in merge.table.horizontalHeaderItem(2).text()
        assert merge.choice("name") is None and merge.choice("website") == 2
        assert not merge.use.isEnabled()
        merge.grab().save("/tmp/merge3way-conflict.png")

        merge.choose("name", "mine")
        with qtbot.waitSignal(dialog.merged, timeout=10000):
            qtbot.mouseClick(merge.use, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not worker.busy)
        with worker.database.session() as session:
            kept = session.get_one(Company, first)
            assert (kept.name, kept.website, kept.phone) == (
                "Bakkerij Janssen BV",
                "https://janssenbrood.nl",
                "+31356561234",
            )
            assert session.get_one(Company, second).merged_into_id == first
            assert session.scalar(select(Interaction.company_id)) == first


def test_two_contact_persons_are_merged_from_the_page(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    """The same person twice on one file (once with an e-mail address): *Contactpersonen* lists the
    pair, *Samenvoegen…* keeps one with the address, and her link to the file stays one."""
    with worker.database.session(1) as session:
        company_id = companies.create_company(
            session, companies.CompanyInput(name="Kapsalon Knip"), establishment(postcode="1243 JJ")
        )
        for email in ("", "anna@janssen.nl"):
            companies.add_contact(
                session, company_id, companies.ContactInput(first_name="Anna", last_name="Smit", email=email)
            )
        session.commit()
    page = _page(qtbot, window)
    page.kind.setCurrentIndex(page.kind.findData(CONTACT))
    qtbot.waitUntil(lambda: page.kind.currentData() == CONTACT and page.model.rowCount() == 1)
    assert "Anna Smit" in page.model.data(page.model.index(0, PairsModel.FIRST))
    page.table.selectRow(0)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.merge_button.isEnabled())
    with qtbot.waitSignal(dialog.merged, timeout=10000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not worker.busy)
    with worker.database.session() as session:
        people = session.scalars(select(Contact).where(Contact.merged_into_id.is_(None))).all()
        assert [(p.full_name, p.email) for p in people] == [("Anna Smit", "anna@janssen.nl")]
        shown = companies.company_file(session, company_id).contacts
        assert [(c.id, c.email) for c in shown] == [(people[0].id, "anna@janssen.nl")]
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty)
