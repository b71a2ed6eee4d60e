"""Logging a consultation and following up its agreements, as an official would."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.companies import services as svc
from models.consultations import services as consultations
from models.consultations.entities import AgreementStatus, Responsible
from tests.views.conftest import add_agreement, closed, visible
from views.common.pdf_export import PdfPreviewDialog
from views.common.worker import DatabaseWorker
from views.consultations.interaction_dialogs import AgreementStatusDialog, InteractionDialog
from views.shell.main_window import MainWindow


def _company(worker: DatabaseWorker) -> int:
    with worker.database.session(user_id=1) as session:
        company_id = svc.create_company(
            session,
            svc.CompanyInput(name="Café De Zwaan", kvk_number="69599084"),
            svc.EstablishmentInput(
                street="Noordereinde", house_number="12", postcode="1243 JJ", city="'s-Graveland"
            ),
        )
        svc.add_contact(
            session, company_id, svc.ContactInput(first_name="Jan", name_prefix="de", last_name="Vries")
        )
        session.commit()
    return company_id


def _type(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


# What the official reads along the way, in each language of the interface.
SEEN = {
    "nl": {
        "empty": "Nog geen contactmomenten",
        "describe": "Beschrijf wat is afgesproken",
        "before": "vóór het contactmoment",
        "visit": "bezoek",
        "open": "2 open afspraken",
        "this week": "deze week",
        "late": "te laat",
        "what was done": "Schrijf kort op wat er is gedaan",
    },
    "en": {
        "empty": "No contact moments yet",
        "describe": "Describe what was agreed",
        "before": "before the contact moment",
        "visit": "visit",
        "open": "2 open agreements",
        "this week": "due this week",
        "late": "overdue",
        "what was done": "Write down briefly what was done",
    },
}


def test_log_a_contact_moment_with_two_agreements_and_complete_one_in_my_work(
    qtbot,
    language: str,
    window: MainWindow,
    worker: DatabaseWorker,
) -> None:
    seen = SEEN[language]
    company_id = _company(worker)
    window.open_company(company_id)
    qtbot.waitUntil(lambda: window.company.record is not None)
    timeline = window.company.timeline
    assert seen["empty"] in timeline.empty.text()

    qtbot.mouseClick(timeline.log_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, InteractionDialog)
    assert dialog.official_list.checked_ids() == [1]  # the official logging it was there
    _type(qtbot, dialog.subject, "Terrasvergunning zomerseizoen")
    dialog.contact_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.report.edit.setFocus()
    qtbot.keyClicks(dialog.report.edit, "Terras tot 23:00 besproken.")

    qtbot.mouseClick(dialog.add_agreement_button, Qt.MouseButton.LeftButton)
    first = dialog.agreement_rows[0]
    first.assignee.setCurrentIndex(first.assignee.findData(1))
    first.due.set_value(date.today() - timedelta(days=1))  # before the contact moment
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(first.rows["description"].message.isVisible)
    assert seen["describe"] in first.rows["description"].message.text()
    assert seen["before"] in first.rows["due_date"].message.text()
    assert dialog.subject.text() == "Terrasvergunning zomerseizoen"  # nothing typed is lost

    _type(qtbot, first.description, "Gemeente stuurt de regels voor terrassen")
    first.due.set_value(date.today() + timedelta(days=2))
    in_a_month = date.today() + timedelta(days=30)
    add_agreement(qtbot, dialog, "Ondernemer vraagt de vergunning aan", Responsible.ENTREPRENEUR, in_a_month)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))

    qtbot.waitUntil(lambda: timeline.tree.topLevelItemCount() == 1)
    entry = timeline.tree.topLevelItem(0)
    assert entry.text(2) == "Terrasvergunning zomerseizoen"
    assert entry.text(1) == seen["visit"]
    assert entry.text(4) == seen["open"]
    assert entry.childCount() == 2
    assert "Jan de Vries" in timeline.detail.toPlainText()
    assert "Terras tot 23:00 besproken." in timeline.detail.toPlainText()

    window.show_page("my_work")
    page = window.page("my_work")
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1)
    group = page.tree.topLevelItem(0)
    assert group.text(0) == "Café De Zwaan"
    # The entrepreneur's agreement is followed up by the official who logged it: both are mine.
    assert group.childCount() == 2
    mine = next(group.child(i) for i in range(2) if group.child(i).text(0).startswith("Gemeente"))
    assert mine.text(0) == "Gemeente stuurt de regels voor terrassen"
    qtbot.waitUntil(lambda: page.summary.text() != "")  # the counts follow the list
    assert seen["this week"] in page.summary.text() or seen["late"] in page.summary.text()
    page.tree.setCurrentItem(mine)
    qtbot.mouseClick(page.agreement_actions.buttons[AgreementStatus.DONE], Qt.MouseButton.LeftButton)
    status = visible(window, AgreementStatusDialog)
    qtbot.mouseClick(status.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(status.rows["note"].message.isVisible)
    assert seen["what was done"] in status.rows["note"].message.text()
    qtbot.keyClicks(status.note, "Regels per e-mail gestuurd")
    qtbot.mouseClick(status.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(status))
    qtbot.waitUntil(
        lambda: page.tree.topLevelItemCount() == 1 and page.tree.topLevelItem(0).childCount() == 1
    )

    with worker.database.session() as session:
        [record] = consultations.timeline(session, company_id, today=date.today())
    done = next(a for a in record.agreements if a.status is AgreementStatus.DONE)
    assert done.status_note == "Regels per e-mail gestuurd"
    assert done.closed_on == date.today()


def test_overdue_agreements_are_announced_at_start(qtbot, worker: DatabaseWorker, tmp_path: Path) -> None:
    from views.common.settings import Settings

    company_id = _company(worker)
    with worker.database.session(user_id=1) as session:
        from datetime import UTC, datetime

        consultations.log_interaction(
            session,
            company_id,
            consultations.InteractionInput(
                occurred_at=datetime.now(UTC) - timedelta(days=20),
                subject="Parkeren",
                agreements=[
                    consultations.AgreementInput(
                        description="Bord plaatsen",
                        responsible=Responsible.MUNICIPALITY,
                        assignee_id=1,
                        due_date=date.today() - timedelta(days=3),
                    )
                ],
            ),
        )
        session.commit()
    window = MainWindow(worker, Settings(str(tmp_path / "s.ini")), "Petra van Dam")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.notice.isVisible)
    assert window.notice.text.text() == "1 van uw afspraken is te laat."
    qtbot.mouseClick(window.notice.button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.page("my_work")
    qtbot.waitUntil(lambda: window.page("my_work").tree.topLevelItemCount() == 1)
    assert window.page("my_work").tree.topLevelItem(0).child(0).text(4) == "open · te laat"


def test_briefing_preview_save_fails_then_succeeds(
    qtbot, window: MainWindow, worker: DatabaseWorker, tmp_path: Path
) -> None:
    company_id = _company(worker)
    window.open_company(company_id)
    qtbot.waitUntil(lambda: window.company.record is not None)
    qtbot.mouseClick(window.company.briefing_button, Qt.MouseButton.LeftButton)
    preview = visible(window, PdfPreviewDialog)
    qtbot.waitUntil(preview.save_button.isEnabled, timeout=10000)
    assert preview.document.pageCount() >= 1
    preview.open_after.setChecked(False)

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert not preview.save_to(blocker / "briefing.pdf")
    assert "Kan" in preview.status.text() and "niet schrijven" in preview.status.text()
    assert preview.isVisible()

    target = tmp_path / "Gespreksvoorbereiding.pdf"
    assert preview.save_to(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Opgeslagen als" in preview.status.text()
    preview.reject()
    QApplication.processEvents()


def test_an_agreement_has_labelled_fields_and_an_owner_by_default(
    qtbot, worker: DatabaseWorker, tmp_path: Path
) -> None:
    from models.team.entities import Role, User
    from views.common.settings import Settings

    company_id = _company(worker)
    with worker.database.session() as session:
        karim = User(username="kdijk", full_name="Karim van Dijk", role=Role.BUSINESS_MANAGER)
        session.add(karim)
        session.commit()
        karim_id = karim.id
    window = MainWindow(worker, Settings(str(tmp_path / "settings.ini")), "Petra van Dam")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not worker.busy)
    window.open_company(company_id)
    qtbot.waitUntil(lambda: window.company.record is not None)
    qtbot.mouseClick(window.company.timeline.log_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, InteractionDialog)
    qtbot.mouseClick(dialog.add_agreement_button, Qt.MouseButton.LeftButton)
    row = dialog.agreement_rows[0]
    assert [c.text() for c in row.captions.values()] == [
        "Wat is afgesproken",
        "Wie is verantwoordelijk",
        "Medewerker die het oppakt",
        "Uiterlijk",
    ]
    qtbot.waitUntil(lambda: all(c.isVisible() for c in row.captions.values()))
    assert row.captions["due_date"].buddy() is row.due.edit
    # The file has no account manager yet: the official logging it carries it out.
    assert row.responsible.currentData() == Responsible.MUNICIPALITY.value
    assert row.assignee.currentData() == 1
    dialog.reject()

    with worker.database.session(1) as session:
        version = svc.company_file(session, company_id).version
        svc.update_company(
            session,
            company_id,
            version,
            svc.CompanyInput(name="Café De Zwaan", kvk_number="69599084", account_manager_id=karim_id),
        )
        session.commit()
    window.open_company(company_id)
    qtbot.waitUntil(
        lambda: window.company.record is not None and window.company.record.account_manager_id == karim_id
    )
    qtbot.waitUntil(lambda: not worker.busy)
    qtbot.mouseClick(window.company.timeline.log_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, InteractionDialog)
    qtbot.keyClicks(dialog.subject, "Terras")
    qtbot.mouseClick(dialog.add_agreement_button, Qt.MouseButton.LeftButton)
    row = dialog.agreement_rows[0]
    qtbot.keyClicks(row.description, "Regels sturen")
    assert row.assignee.currentData() == karim_id  # the municipality's work: the account manager
    row.responsible.setCurrentIndex(row.responsible.findData(Responsible.ENTREPRENEUR.value))
    assert row.assignee.currentData() == 1  # the entrepreneur's: followed up by the one logging it
    row.responsible.setCurrentIndex(row.responsible.findData(Responsible.MUNICIPALITY.value))
    row.assignee.setCurrentIndex(0)  # "(nog niemand)"
    row.assignee.activated.emit(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(row.rows["assignee_id"].message.isVisible)
    assert "Kies de medewerker" in row.rows["assignee_id"].message.text()
    assert row.description.text() == "Regels sturen"
    row.responsible.setCurrentIndex(row.responsible.findData(Responsible.ENTREPRENEUR.value))
    assert row.assignee.currentIndex() == 0  # chosen by hand: it stays
    row.responsible.setCurrentIndex(row.responsible.findData(Responsible.MUNICIPALITY.value))
    row.assignee.setCurrentIndex(row.assignee.findData(karim_id))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))
    with worker.database.session() as session:
        [record] = consultations.timeline(session, company_id, today=date.today())
    assert record.agreements[0].assignee_id == karim_id
