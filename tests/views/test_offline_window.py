"""Working offline in the window (issue 22): *Meenemen…* a set from the server, the window on the
encrypted copy with its banner, a change made offline and a colleague's on the server, the clash
chosen in the conflict dialog at *Synchroniseren*, and *Terugzetten* — refused while a change
waits, then back on the server with the copy and its key gone. On a SQLite file as the server
and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QRadioButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop import bootstrap
from desktop.app import Application
from desktop.signing_in import current_official
from models.companies.entities import Company
from models.consultations.entities import Channel, Interaction
from models.db import Database
from models.offline import sync
from models.offline.entities import OfflineChange
from models.offline.sets import COMPANIES, SetDefinition
from models.signals.entities import (
    SIGNAL_STATUS_LABELS,
    Signal,
    SignalCategory,
    SignalSource,
    SignalStatus,
)
from models.team.entities import Role
from tests.models.conftest import establishment, new_area, new_company, new_user
from tests.views.conftest import visible
from views.common.conflict_dialog import ConflictDialog
from views.common.settings import OFFLINE_FILE, Settings
from views.common.text import format_date, label
from views.companies.company_dialogs import CompanyDialog
from views.connection import profiles
from views.offline.take_dialog import TakeDialog
from views.shell.first_run import FirstRunDialog
from views.shell.main_window import MainWindow


def _fill(db: Database) -> dict[str, Any]:
    login = current_official()[0] if db.is_sqlite else db.engine.url.username or "postgres"
    official = new_user(db, login, "Tineke Toezicht", Role.ADMINISTRATOR)
    area = new_area(db, "Loosdrecht")
    companies = [
        new_company(
            db, f"Winkel {i}", main=establishment(area_id=area, postcode="1231 AB", house_number=str(i))
        )
        for i in (1, 2)
    ]
    new_company(db, "Garage Elders", main=establishment(postcode="1241 AA"))
    with db.session() as session:
        session.add(SignalCategory(name="Openbare ruimte"))
        session.commit()
    return {"official": official, "companies": companies}


@pytest.fixture
def application(tmp_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Application]:
    """The window on the team's database: a SQLite file (a profile), or PostgreSQL (preset by IT)."""
    settings = Settings(str(tmp_path / "settings.ini"))
    if db.is_sqlite:
        profile = profiles.local_profile(str(db.path))
        profiles.save_profiles(settings, [profile])
        profiles.remember_last(settings, profile)
    else:
        monkeypatch.setenv("ONDERNEMERSDESK_DATABASE", db.url)
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: pytest.fail("no first run"))
    application = Application(settings, bootstrap.connect_at_start)
    yield application
    application.close()


def _window(application: Application) -> MainWindow:
    assert application.window is not None
    return application.window


def _offline_change(qtbot: QtBot, window: MainWindow, company_id: int) -> None:
    """Offline, as usual: the company's notes changed in its form (opened, typed, saved), and a
    contact moment at it saved on the window's worker."""
    window.open_company(company_id)
    page = window.company
    qtbot.waitUntil(lambda: page.record is not None and page.record.id == company_id, timeout=10000)
    page.edit_button.click()
    form = visible(window, CompanyDialog)
    form.notes.setPlainText("Hier: nieuwe openingstijden")
    saved: list[object] = []
    form.saved.connect(saved.append)
    form.save_button.click()
    qtbot.waitUntil(lambda: bool(saved), timeout=10000)

    def work(session: Any) -> None:
        session.add(
            Interaction(
                company_id=company_id,
                occurred_at=datetime.now(UTC),
                channel=Channel.VISIT,
                subject="Ronde: gesprek met de eigenaar",
            )
        )
        session.add(
            Signal(
                reported_at=datetime.now(UTC),
                source=SignalSource.SUPERVISOR,
                category_id=session.scalars(select(SignalCategory.id)).first(),
                status=SignalStatus.REPORTED,
                description="Losliggende stoeptegels voor de winkel",
                company_id=company_id,
            )
        )

    done: list[bool] = []
    window.worker.run(work, lambda _r: done.append(True), commit=True)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)


def _choose_mine(monkeypatch: pytest.MonkeyPatch, shown: list[ConflictDialog]) -> None:
    """The conflict dialog: the official clicks "Mine" for the clashing field and *Use these choices*."""

    def exec_(self: ConflictDialog) -> int:
        shown.append(self)
        self.show()
        self.findChild(QRadioButton, "notes:mine").click()
        self.use.click()
        return self.result()

    monkeypatch.setattr(ConflictDialog, "exec", exec_)


def test_take_along_work_offline_synchronise_with_a_conflict_and_hand_in(
    qtbot: QtBot,
    application: Application,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    fake_keyring: Any,
    tmp_path: Path,
) -> None:
    s = _fill(db)
    first = s["companies"][0]
    assert application.start()
    window = _window(application)
    assert not window.offline.offline and not window.offline.banner.isVisible()

    # Meenemen…: the companies matching "Winkel", kept in a file of our choice.
    window.offline.take_action.trigger()
    dialog = window.findChild(TakeDialog)
    assert isinstance(dialog, TakeDialog) and dialog.isVisible()
    dialog.filter.setText("Winkel")
    dialog.by_filter.click()
    target = tmp_path / "ronde.odset"
    dialog.file.setText(str(target))
    dialog.take_button.click()
    qtbot.waitUntil(lambda: dialog.offline_button.isVisible(), timeout=20000)
    assert str(target) in dialog.message.text() and "2" in dialog.message.text()
    assert target.exists() and fake_keyring.secrets, "encrypted, its key in the keyring"
    assert window.settings.get(OFFLINE_FILE) == str(target)

    # Offline werken: the window now works on the copy, and says so.
    dialog.offline_button.click()
    qtbot.waitUntil(lambda: application.window is not window, timeout=20000)
    offline = _window(application)
    assert offline.offline.offline
    assert application.database is not None and application.database.path == target.resolve()
    model = offline.companies.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10000)  # the set only, not Garage Elders
    banner = offline.offline.banner
    qtbot.waitUntil(lambda: banner.isVisible() and "Offline" in banner.text.text(), timeout=10000)

    _offline_change(qtbot, offline, first)
    offline.offline.refresh()
    qtbot.waitUntil(lambda: "3 " in banner.text.text(), timeout=10000)  # three changes wait

    # Terugzetten is refused while they wait, with the reason.
    assert not offline.offline.hand_in()
    assert offline.offline.message.isVisible() and "3" in offline.offline.message.text()
    offline.offline.message.close()
    assert target.exists()

    # Meanwhile a colleague changed the same company's notes on the server.
    with db.session() as session:
        company = session.get(Company, first)
        assert company is not None
        company.notes = "Server: collega's notitie"
        session.commit()

    shown: list[ConflictDialog] = []
    _choose_mine(monkeypatch, shown)
    banner.button.click()
    qtbot.waitUntil(lambda: offline.offline.last_report is not None, timeout=30000)
    assert len(shown) == 1 and shown[0].fields == ["notes"]
    report = offline.offline.last_report
    assert report.done and report.sent.get("interaction") == 1 and report.sent.get("signal") == 1
    with db.session() as session:
        number = session.scalars(select(Signal.id)).one()
        assert report.numbers == [f"M-{number}"]
        assert session.get(Company, first).notes == "Hier: nieuwe openingstijden"
        assert session.scalar(select(func.count()).select_from(Interaction)) == 1
        assert session.scalar(select(func.count()).select_from(OfflineChange)) >= 2
    assert (
        "Synchronised" in offline.offline.message.text()
        or "Gesynchroniseerd" in offline.offline.message.text()
    )
    offline.offline.message.close()
    offline.offline.refresh()
    qtbot.waitUntil(lambda: "0 " in banner.text.text(), timeout=10000)
    # Only SQLCipher opens the copy: no watcher with the standard sqlite3 module (whose closing
    # the file released SQLCipher's locks and let the window read torn pages), and it is sound.
    assert application.live._watcher is None
    check = sync.open_local(target)
    try:
        with check.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        check.dispose()

    # Terugzetten: back on the server, the copy and its key gone.
    assert offline.offline.hand_in()
    back = _window(application)
    assert back is not offline and not back.offline.offline
    assert (
        not target.exists()
        and fake_keyring.secrets.get(("Ondernemersdesk offline", str(target.resolve()))) is None
    )
    assert back.settings.get(OFFLINE_FILE) == ""
    qtbot.waitUntil(lambda: back.companies.model.rowCount() == 3, timeout=10000)


def test_the_server_answering_again_synchronises_and_an_archived_record_is_shown_not_restored(
    qtbot: QtBot, application: Application, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    s = _fill(db)
    first = s["companies"][0]
    assert application.start()
    window = _window(application)
    window.offline.take_action.trigger()
    dialog = window.findChild(TakeDialog)
    assert isinstance(dialog, TakeDialog)
    dialog.filter.setText("Winkel")
    dialog.by_filter.click()
    dialog.file.setText(str(tmp_path / "ronde.odset"))
    dialog.take_button.click()
    qtbot.waitUntil(lambda: dialog.offline_button.isVisible(), timeout=20000)
    dialog.offline_button.click()
    qtbot.waitUntil(lambda: application.window is not window, timeout=20000)
    offline = _window(application)
    _offline_change(qtbot, offline, first)
    offline.offline.refresh()
    qtbot.waitUntil(
        lambda: offline.offline.state is not None and offline.offline.state.waiting == 3, timeout=10000
    )

    # A colleague archived the company meanwhile.
    with db.session() as session:
        company = session.get(Company, first)
        assert company is not None
        company.archived_at = datetime.now(UTC)
        session.commit()
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    # The periodic try finds the server answering: the sync starts by itself, meets the archived
    # company and stops before it, saying so in the banner; nothing is asked in the middle of work.
    offline.offline._try_server()
    banner = offline.offline.banner
    qtbot.waitUntil(lambda: banner.review.isVisible(), timeout=30000)
    assert asked == [] and offline.offline.last_report is None
    # Bekijken…: now the official is asked.
    banner.review.click()
    qtbot.waitUntil(lambda: offline.offline.last_report is not None, timeout=30000)
    assert (
        len(asked) == 1 and "Winkel 1" in asked[0] and ("archived" in asked[0] or "gearchiveerd" in asked[0])
    )
    report = offline.offline.last_report
    assert report.done and report.sent.get("interaction") == 1 and "company" not in report.sent
    with db.session() as session:
        company = session.get(Company, first)
        assert company is not None and company.archived_at is not None, "not restored"
        assert company.notes != "Hier: nieuwe openingstijden", "the lapsed change was not sent"


def test_the_application_starts_on_the_set_while_working_offline(tmp_path: Path) -> None:
    from views.common.settings import OFFLINE_WORKING

    settings = Settings(str(tmp_path / "settings.ini"))
    server = profiles.local_profile(str(tmp_path / "server.db"))
    profiles.save_profiles(settings, [server])
    profiles.remember_last(settings, server)
    taken = tmp_path / "ronde.odset"
    taken.write_bytes(b"encrypted")
    settings.set(OFFLINE_FILE, str(taken))
    settings.set(OFFLINE_WORKING, True)
    assert profiles.last_profile(settings).kind == profiles.OFFLINE  # the laptop on the street
    profiles.remember_last(settings, server)  # another connection chosen: the set waits
    assert profiles.last_profile(settings).path == server.path
    settings.set(OFFLINE_WORKING, True)
    taken.unlink()  # gone: the server, not a connection that cannot open
    assert profiles.last_profile(settings).path == server.path


def test_the_sync_conflict_dialog_shows_names_dutch_dates_and_the_sides_of_a_sync(
    qtbot: QtBot,
    application: Application,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    fake_keyring: Any,
    tmp_path: Path,
) -> None:
    """A signal's handler, category, status and due date changed offline and on the server: the
    dialog names the officials and categories, writes the dates in words and the status by its
    label, and heads its columns as a synchronisation's versions, not a colleague's form."""
    s = _fill(db)
    first = s["companies"][0]
    anton = new_user(db, "anton", "Anton Ander", Role.SUPERVISOR)
    bea = new_user(db, "bea", "Bea Beheer", Role.SUPERVISOR)
    with db.session() as session:
        public = session.scalars(select(SignalCategory.id)).one()
        waste, parking = SignalCategory(name="Afval"), SignalCategory(name="Parkeren")
        session.add_all([waste, parking])
        signal = Signal(
            reported_at=datetime.now(UTC),
            source=SignalSource.SUPERVISOR,
            category_id=public,
            status=SignalStatus.REPORTED,
            description="Losliggende stoeptegels voor de winkel",
            company_id=first,
            handler_id=s["official"],
            due_date=date(2026, 12, 10),
        )
        session.add(signal)
        session.commit()
        signal_id, waste_id, parking_id = signal.id, waste.id, parking.id
    assert application.start()
    window = _window(application)
    target = tmp_path / "ronde.odset"
    with db.session(s["official"]) as session:
        sync.take(session, SetDefinition(kind=COMPANIES, company_ids=(first,)), target, server=db)
    window.offline._taken(str(target))

    def change(database: Database, handler: int, category: int, status: SignalStatus, due: date) -> None:
        with database.session(s["official"]) as session:
            held = session.get(Signal, signal_id)
            assert held is not None
            held.handler_id, held.category_id, held.status, held.due_date = handler, category, status, due
            session.commit()

    local = sync.open_local(target)
    try:
        change(local, anton, waste_id, SignalStatus.HANDLING, date(2026, 12, 24))
    finally:
        local.dispose()
    change(db, bea, parking_id, SignalStatus.SCHEDULED, date(2026, 12, 31))

    seen: dict[str, Any] = {}

    def exec_(self: ConflictDialog) -> int:
        self.show()
        table = self.table
        seen["headers"] = [table.horizontalHeaderItem(c).text() for c in range(4)]
        seen["rows"] = {
            table.item(r, 0).text(): [table.item(r, c).text() for c in (1, 2, 3)]
            for r in range(table.rowCount())
        }
        seen["picks"] = [b.text() for b in self.findChildren(QRadioButton)[:2]]
        self.all_mine.click()
        return self.result()

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    window.offline.synchronise()
    qtbot.waitUntil(lambda: window.offline.last_report is not None, timeout=30000)
    assert window.offline.last_report.done

    assert seen["headers"][1:] in (
        ["When taken along", "On the server", "Offline (yours)"],
        ["Bij meenemen", "Op de server", "Offline (van u)"],
    )
    assert seen["picks"] == ["Server", "Offline"]
    rows = seen["rows"]
    assert ["Tineke Toezicht", "Bea Beheer", "Anton Ander"] in rows.values()
    assert ["Openbare ruimte", "Parkeren", "Afval"] in rows.values()
    assert [format_date(date(2026, 12, d)) for d in (10, 31, 24)] in rows.values()
    assert [
        label(SIGNAL_STATUS_LABELS[st])
        for st in (SignalStatus.REPORTED, SignalStatus.SCHEDULED, SignalStatus.HANDLING)
    ] in rows.values()
    shown = " ".join(t for texts in rows.values() for t in texts)
    assert "2026-12" not in shown and str(anton) not in shown.split(), "no ISO dates, no ids"
    with db.session() as session:  # "Keep all offline": the offline versions went up
        held = session.get(Signal, signal_id)
        assert held is not None and held.handler_id == anton and held.due_date == date(2026, 12, 24)


def test_take_along_the_selected_company_then_work_offline_from_the_menu(
    qtbot: QtBot,
    application: Application,
    db: Database,
    fake_keyring: Any,
    tmp_path: Path,
) -> None:
    """*Meenemen…* offers the companies selected in the list; the set taken, the window stays on
    the server until *Offline werken* in the menu switches it to the set: that company alone."""
    s = _fill(db)
    assert application.start()
    window = _window(application)
    companies = window.companies
    model, table = companies.model, companies.table
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=10000)
    row = next(r for r in range(model.rowCount()) if model.id_at(r) == s["companies"][1])
    table.setFocus()
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(row, 0)).center()
    )
    assert [model.id_at(i.row()) for i in table.selectionModel().selectedRows()] == [s["companies"][1]]

    window.offline.take_action.trigger()
    dialog = window.findChild(TakeDialog)
    assert isinstance(dialog, TakeDialog) and dialog.isVisible()
    assert dialog.by_selection.isVisible() and dialog.by_selection.isChecked()
    assert "(1)" in dialog.by_selection.text()
    target = tmp_path / "selectie.odset"
    dialog.file.setText(str(target))
    dialog.take_button.click()
    qtbot.waitUntil(lambda: dialog.offline_button.isVisible(), timeout=20000)
    dialog.close()

    # Still online: the menu offers Offline werken now that a set is taken.
    assert not window.offline.offline and application.window is window
    window.offline.menu.aboutToShow.emit()
    assert window.offline.work_action.isVisible() and not window.offline.take_action.isEnabled()
    window.offline.work_action.trigger()
    qtbot.waitUntil(lambda: application.window is not window, timeout=20000)
    offline = _window(application)
    assert offline.offline.offline
    qtbot.waitUntil(lambda: offline.companies.model.rowCount() == 1, timeout=10000)
    assert offline.companies.model.id_at(0) == s["companies"][1]
    qtbot.waitUntil(lambda: offline.offline.banner.isVisible(), timeout=10000)
