"""Closing the application while a form cannot be saved: the form is kept as a draft on this
computer, offered at the next start, reopened with what was typed, and then saved."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models.companies import services as svc
from models.consultations import services as consultations
from models.errors import DatabaseUnavailableError
from tests.views.conftest import closed, visible
from tests.views.test_conflict_merge import _company, colleague_saves, open_edit
from views.common import draft_store as store
from views.common.settings import Settings
from views.common.text import format_date
from views.common.worker import DatabaseWorker
from views.companies.company_dialogs import CompanyDialog
from views.consultations.interaction_dialogs import InteractionDialog
from views.shell.main_window import MainWindow


def go_offline(worker: DatabaseWorker, monkeypatch) -> dict[str, bool]:
    real_session = worker.database.session
    down = {"on": True}

    def session(user_id=None):
        if down["on"]:
            raise DatabaseUnavailableError(
                "The database server {path} cannot be reached. Check the network and try again.",
                path="db.example",
            )
        return real_session(user_id)

    monkeypatch.setattr(worker.database, "session", session)
    return down


def restart(qtbot, worker: DatabaseWorker, tmp_path: Path) -> MainWindow:
    window = MainWindow(worker, Settings(str(tmp_path / "settings2.ini")), "Petra van Dam")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not worker.busy)
    return window


def test_a_form_that_could_not_be_saved_survives_closing_the_application(
    qtbot, window: MainWindow, worker: DatabaseWorker, monkeypatch, tmp_path: Path
) -> None:
    company_id = _company(worker)
    dialog = open_edit(qtbot, window, company_id)
    dialog.name.setText("Café De Zwaan VOF")
    dialog.notes.setPlainText("Terras aan de gracht.\nGesprek 20 november: vergunning verlengen, 40 stoelen.")
    down = go_offline(worker, monkeypatch)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.waiting_for_connection)

    window.close()  # the official goes home; the server is still away
    files = list(store.drafts_dir().glob("*.json"))
    assert len(files) == 1
    kept = json.loads(files[0].read_text(encoding="utf-8"))
    assert kept["kind"] == "company" and kept["context"]["record_id"] == company_id
    assert kept["values"]["name"] == "Café De Zwaan VOF"
    assert kept["original"]["name"] == "Café De Zwaan"
    assert not dialog.waiting_for_connection  # the draft saves it now, not the old form

    # Next morning: the server is back, the application offers the form again.
    down["on"] = False
    window = restart(qtbot, worker, tmp_path)
    assert window.drafts.isVisible()
    assert format_date(date.today()) in window.drafts.text.text()
    assert "1 " in window.drafts.text.text()
    window.drafts.grab().save("/tmp/h4_drafts_banner.png")
    window.grab().save("/tmp/h4_drafts_window.png")

    qtbot.mouseClick(window.drafts.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(CompanyDialog)))
    reopened = visible(window, CompanyDialog)
    assert reopened.name.text() == "Café De Zwaan VOF"
    assert "40 stoelen" in reopened.notes.toPlainText()
    assert reopened.banner.isVisible()
    qtbot.mouseClick(reopened.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(reopened))
    worker.wait()
    with worker.database.session() as session:
        record = svc.company_file(session, company_id)
    assert record.name == "Café De Zwaan VOF" and "40 stoelen" in (record.notes or "")
    assert not list(store.drafts_dir().glob("*.json"))


def test_a_draft_of_a_record_changed_meanwhile_goes_through_the_merge(
    qtbot, window: MainWindow, worker: DatabaseWorker, monkeypatch, tmp_path: Path
) -> None:
    company_id = _company(worker)
    dialog = open_edit(qtbot, window, company_id)
    dialog.name.setText("Café De Zwaan VOF")
    window.close()
    assert len(list(store.drafts_dir().glob("*.json"))) == 1

    colleague_saves(worker, company_id, name="Grand Café De Zwaan", website="https://grandcafe.nl")
    window = restart(qtbot, worker, tmp_path)
    qtbot.mouseClick(window.drafts.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(CompanyDialog)))
    reopened = visible(window, CompanyDialog)
    qtbot.mouseClick(reopened.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reopened.conflict_dialog is not None and reopened.conflict_dialog.isVisible())
    merge = reopened.conflict_dialog
    assert merge.fields == ["name", "website"]
    assert merge.choice("name") is None and merge.choice("website") == 2
    merge.choose("name", "mine")
    qtbot.mouseClick(merge.use, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(reopened.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(reopened))
    worker.wait()
    with worker.database.session() as session:
        record = svc.company_file(session, company_id)
    assert (record.name, record.website) == ("Café De Zwaan VOF", "https://grandcafe.nl")


def test_a_contact_moment_report_is_kept_and_can_be_discarded(
    qtbot, window: MainWindow, worker: DatabaseWorker, monkeypatch, tmp_path: Path
) -> None:
    company_id = _company(worker)
    window.open_company(company_id)
    qtbot.waitUntil(lambda: window.company.record is not None)
    qtbot.waitUntil(lambda: not worker.busy)
    window.company.timeline.log_contact()
    dialog = visible(window, InteractionDialog)
    dialog.subject.setText("Terras en vergunning")
    dialog.report.edit.setMarkdown("Ondernemer wil het terras uitbreiden.\n\n- 40 stoelen\n- tot 23.00 uur")
    dialog.add_agreement(None).description.setText("Aanvraag terrasvergunning insturen")
    window.close()

    window = restart(qtbot, worker, tmp_path)
    assert window.drafts.isVisible()
    qtbot.mouseClick(window.drafts.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(InteractionDialog)))
    reopened = visible(window, InteractionDialog)
    assert reopened.subject.text() == "Terras en vergunning"
    assert "40 stoelen" in reopened.report.markdown()
    assert [row.description.text() for row in reopened.agreement_rows] == [
        "Aanvraag terrasvergunning insturen"
    ]
    qtbot.mouseClick(reopened.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(reopened))
    worker.wait()
    with worker.database.session() as session:
        items = consultations.open_agreements(session, company_id, today=date.today())
    assert [a.description for a in items] == ["Aanvraag terrasvergunning insturen"]
    assert not list(store.drafts_dir().glob("*.json"))

    # Another form kept, and this time thrown away on purpose.
    qtbot.waitUntil(lambda: window.company.record is not None)
    qtbot.waitUntil(lambda: not worker.busy)
    window.company.timeline.log_contact()
    visible(window, InteractionDialog).subject.setText("Nog een gesprek")
    window.close()
    window = restart(qtbot, worker, tmp_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(window.drafts.discard_button, Qt.MouseButton.LeftButton)
    assert not window.drafts.isVisible()
    assert not list(store.drafts_dir().glob("*.json"))


def test_the_main_windows_try_again_saves_a_waiting_form_at_once(
    qtbot, window: MainWindow, worker: DatabaseWorker, monkeypatch
) -> None:
    company_id = _company(worker)
    dialog = open_edit(qtbot, window, company_id)
    dialog.legal_name.setText("De Zwaan Horeca B.V.")
    down = go_offline(worker, monkeypatch)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.waiting_for_connection)
    qtbot.waitUntil(window.banner.isVisible)
    assert dialog.legal_name.text() == "De Zwaan Horeca B.V."

    down["on"] = False
    qtbot.mouseClick(window.banner.button, Qt.MouseButton.LeftButton)
    # Well before the form's own next try (2 s): the window's successful retry wakes it up.
    qtbot.waitUntil(closed(dialog), timeout=1500)
    worker.wait()
    with worker.database.session() as session:
        assert svc.company_file(session, company_id).legal_name == "De Zwaan Horeca B.V."
    assert not list(store.drafts_dir().glob("*.json"))


def test_cancel_while_waiting_for_the_server_asks_first(
    qtbot, window: MainWindow, worker: DatabaseWorker, monkeypatch
) -> None:
    company_id = _company(worker)
    dialog = open_edit(qtbot, window, company_id)
    dialog.notes.setPlainText("Belangrijk: vergunning loopt af.")
    go_offline(worker, monkeypatch)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.waiting_for_connection)
    asked: list[str] = []

    def keep_editing(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", keep_editing)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert asked and dialog.isVisible() and dialog.waiting_for_connection
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
