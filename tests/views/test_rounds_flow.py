"""Planning a round, recording an observation and following it up as a signal, as a supervisor would."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pypdf import PdfReader
from PySide6.QtCore import Qt

from models.companies import services as companies
from models.rounds import services as rounds
from models.signals import categories
from models.signals.entities import SignalSource
from tests.views.conftest import visible
from views.common.pdf_export import PdfPreviewDialog
from views.common.worker import DatabaseWorker
from views.rounds import rounds_page
from views.rounds.rounds_page import AgreementFollowUpDialog, ObservationDialog, RoundDialog
from views.shell.main_window import MainWindow


def _type(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_plan_a_round_observe_and_follow_up_with_a_signal(
    qtbot,
    window: MainWindow,
    worker: DatabaseWorker,
    monkeypatch,
) -> None:
    with worker.database.session(user_id=1) as session:
        categories.save_category(session, "Zwerfafval", 3)
        session.commit()
    window.show_page("rounds")
    page = window.page("rounds")
    qtbot.waitUntil(lambda: not worker.busy)
    assert "Geen rondes" in page.heading.text()

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, RoundDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.rows["title"].message.isVisible)
    _type(qtbot, dialog.title_edit, "Winkelstraten Noordereinde")
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current_round() is not None)
    assert page.current_round().officials == [(1, "Petra van Dam")]

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    observation = visible(window, ObservationDialog)
    observation.category.setCurrentIndex(1)
    _type(qtbot, observation.street, "Noordereinde")
    observation.finding.setFocus()
    qtbot.keyClicks(observation.finding, "Afval naast de bak bij het bankje")
    observation.follow_up.setChecked(True)
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(observation.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.observations.topLevelItemCount() == 1)
    page.observations.setCurrentItem(page.observations.topLevelItem(0))
    assert page.signal_button.isEnabled() and not page.agreement_button.isEnabled()  # no company linked

    qtbot.mouseClick(page.signal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.page("signals"))
    qtbot.waitUntil(lambda: window.page("signals").detail.record is not None and not worker.busy)
    signal = window.page("signals").detail.record
    assert signal.source is SignalSource.SUPERVISOR and signal.description.startswith("Afval naast de bak")

    window.show_page("rounds")
    qtbot.waitUntil(lambda: page.observations.topLevelItemCount() == 1 and not worker.busy)
    assert page.observations.topLevelItem(0).text(5) == f"melding M-{signal.id}"

    monkeypatch.setattr(rounds_page.PeriodDialog, "exec", lambda self: 1)
    qtbot.mouseClick(page.daily_button, Qt.MouseButton.LeftButton)
    preview = visible(window, PdfPreviewDialog)
    qtbot.waitUntil(preview.save_button.isEnabled)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(preview.path)).pages).split())
    assert "Dagrapport toezicht" in text and "Winkelstraten Noordereinde" in text and f"M-{signal.id}" in text
    preview.reject()


def test_an_observation_at_a_company_becomes_an_agreement_in_its_file(
    qtbot,
    window: MainWindow,
    worker: DatabaseWorker,
) -> None:
    with worker.database.session(user_id=1) as session:
        category = categories.save_category(session, "Terras en uitstalling", 5)
        company = companies.create_company(
            session,
            companies.CompanyInput(name="Café De Zwaan"),
            companies.EstablishmentInput(
                street="Noordereinde", house_number="12", postcode="1243 JJ", city="'s-Graveland"
            ),
        )
        round_id = rounds.save_round(
            session,
            rounds.RoundInput(
                held_on=date.today(), title="Horeca avondronde", area_id=None, notes="", official_ids=[1]
            ),
        )
        rounds.add_observation(
            session,
            round_id,
            rounds.ObservationInput(
                observed_at=datetime.now(UTC),
                category_id=category,
                company_id=company,
                finding="Terras over de stoeprand",
                action="Terras terugzetten tot de gevellijn",
                spoke_with="de eigenaar",
                follow_up=True,
            ),
        )
        session.commit()
    window.show_page("rounds")
    page = window.page("rounds")
    qtbot.waitUntil(lambda: page.observations.topLevelItemCount() == 1 and not worker.busy)
    page.observations.setCurrentItem(page.observations.topLevelItem(0))
    assert page.agreement_button.isEnabled()
    qtbot.mouseClick(page.agreement_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, AgreementFollowUpDialog)
    assert dialog.row.description.text() == "Terras terugzetten tot de gevellijn"  # the advice, to edit
    dialog.row.description.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.row.rows["description"].message.isVisible)
    qtbot.keyClicks(dialog.row.description, "Terras terugzetten")
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.observations.topLevelItemCount() == 1)
    assert page.observations.topLevelItem(0).text(5) == "afspraak gemaakt"
    assert not page.agreement_button.isEnabled() or page.current_observation() is None


def test_spoken_with_a_contact_person_at_an_address_with_its_postcode(
    qtbot,
    window: MainWindow,
    worker: DatabaseWorker,
) -> None:
    """*Gesproken met* offers the company's contact persons (a name may still be typed); the address
    takes a postcode or place; the conversation recorded from the round names the person."""
    from models.consultations import services as consultations

    with worker.database.session(user_id=1) as session:
        category = categories.save_category(session, "Terras en uitstalling", 5)
        company = companies.create_company(
            session,
            companies.CompanyInput(name="Café De Zwaan"),
            companies.EstablishmentInput(
                street="Kerkstraat", house_number="4", postcode="1231 AB", city="Loosdrecht"
            ),
        )
        companies.add_contact(session, company, companies.ContactInput(first_name="Jan", last_name="Visser"))
        round_id = rounds.save_round(
            session,
            rounds.RoundInput(held_on=date.today(), title="Horeca avondronde", official_ids=[1]),
        )
        rounds.add_observation(
            session,
            round_id,
            rounds.ObservationInput(
                observed_at=datetime.now(UTC),
                category_id=category,
                company_id=company,
                street="Kerkstraat",
                finding="Terras over de stoeprand",
                follow_up=True,
            ),
        )
        session.commit()
    window.show_page("rounds")
    page = window.page("rounds")
    qtbot.waitUntil(lambda: page.observations.topLevelItemCount() == 1 and not worker.busy)
    page.observations.setCurrentItem(page.observations.topLevelItem(0))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, ObservationDialog)
    qtbot.waitUntil(lambda: dialog.spoke_with.count() == 1)  # the company's contact person is offered
    _type(qtbot, dialog.postcode, "1231 AX")
    _type(qtbot, dialog.place, "Loosdrecht")
    dialog.spoke_with.setCurrentIndex(0)
    assert dialog.spoke_with.currentText() == "Jan Visser" and dialog.contact_id() is not None
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not worker.busy and page.observations.topLevelItemCount() == 1)
    page.observations.setCurrentItem(page.observations.topLevelItem(0))
    seen = page.current_observation()
    assert (seen.postcode, seen.place, seen.spoke_with) == ("1231 AX", "Loosdrecht", "Jan Visser")

    qtbot.mouseClick(page.agreement_button, Qt.MouseButton.LeftButton)
    follow_up = visible(window, AgreementFollowUpDialog)
    qtbot.keyClicks(follow_up.row.description, "Terras terugzetten")
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(follow_up.save_button, Qt.MouseButton.LeftButton)
    with worker.database.session() as session:
        [moment] = consultations.timeline(session, company, today=date.today())
    assert moment.report.startswith("Gesproken met Jan Visser.")
    assert [name for _id, name in moment.contacts] == ["Jan Visser"]
