"""Every kind of offline work issue 22 lists, through the window's own forms (clicked and typed), in a
set taken along from PostgreSQL with *Meenemen…*: observations on a round's companies, a contact
moment with an agreement, an agreement's and a signal's status, a new company and contact person, a
new signal, a feedback letter made locally. Then *Synchroniseren*: all of it on the server, read
back through the services, with the server's numbers, and nothing twice when it is repeated. And
the issue's own flow: a round taken along, two observations and an agreement, a colleague's change
to one company meanwhile, merged in the conflict dialog."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop import bootstrap
from desktop.app import Application
from models.companies import services as companies
from models.companies.entities import Company
from models.consultations import services as consultations
from models.consultations.entities import Agreement, AgreementStatus, Channel, Responsible
from models.db import Database
from models.desk import services as desk_services
from models.rounds import services as rounds
from models.signals import categories, feedback, reactions
from models.signals import services as signals
from models.signals.entities import Signal, SignalSource, SignalStatus
from models.team.entities import Role
from tests.models.conftest import establishment, new_area, new_company, new_user
from tests.views.conftest import add_agreement, closed, contact_form, handle_signal, visible
from views.common.conflict_dialog import ConflictDialog
from views.common.pdf_export import PdfPreviewDialog
from views.common.settings import Settings
from views.companies.company_dialogs import CompanyDialog
from views.consultations.interaction_dialogs import AgreementStatusDialog, InteractionDialog
from views.offline.take_dialog import TakeDialog
from views.rounds.round_dialogs import AgreementFollowUpDialog, ObservationDialog
from views.shell.first_run import FirstRunDialog
from views.shell.main_window import MainWindow
from views.signals.signal_dialogs import ReactionDialog, TransitionDialog

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])  # taken along from the team's server

TEMPLATE = "Beste {naam},\n\nWij vonden {bevinding}. Wij nemen het mee in {planning}."


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def _fill(db: Database) -> dict[str, Any]:
    """On the server: the official (the login), a colleague, a round today in Loosdrecht with two
    shops, a shop elsewhere; an open agreement and an open signal (hers) at the first shop."""
    official = new_user(db, db.engine.url.username or "postgres", "Tineke Toezicht", Role.ADMINISTRATOR)
    colleague = new_user(db, "bert", "Bert Bakker", Role.BUSINESS_MANAGER)
    area = new_area(db, "Loosdrecht")
    shops = [
        new_company(
            db,
            name,
            main=establishment(
                area_id=area, street="Rading", postcode="1231 AB", house_number=str(i), city="Loosdrecht"
            ),
        )
        for i, name in ((1, "Winkel De Zon"), (2, "Bakkerij Oud"))
    ]
    new_company(db, "Garage Elders", main=establishment(postcode="1241 AA"))
    with db.session(official) as session:
        category = categories.save_category(session, "Openbare ruimte", 5)
        feedback.save_template(session, "Ingepland", TEMPLATE, SignalStatus.SCHEDULED)
        reactions.save_reason(session, "Niet opgelost", True)
        round_id = rounds.save_round(
            session,
            rounds.RoundInput(
                held_on=date.today(),
                title="Winkelronde Loosdrecht",
                area_id=area,
                notes="",
                official_ids=[official],
            ),
        )
        interaction = consultations.log_interaction(
            session,
            shops[0],
            consultations.InteractionInput(
                occurred_at=datetime.now(UTC) - timedelta(days=7),
                channel=Channel.VISIT,
                subject="Kennismaking",
                official_ids=[official],
                agreements=[
                    consultations.AgreementInput(
                        description="Gemeente zoekt de vergunning uit",
                        assignee_id=official,
                        due_date=date.today() + timedelta(days=14),
                    )
                ],
            ),
        )
        signal = signals.register_signal(
            session,
            signals.SignalInput(
                category_id=category,
                source=SignalSource.CITIZEN,
                description="Fietsen voor de etalage",
                company_id=shops[0],
                reporter_name="Els Jansen",
                reporter_email="els@example.nl",
                wants_contact=True,
                handler_id=official,
            ),
        )
        session.commit()
    return {
        "official": official,
        "colleague": colleague,
        "area": area,
        "shops": shops,
        "round": round_id,
        "interaction": interaction,
        "signal": signal,
    }


@pytest.fixture
def application(tmp_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Application]:
    """The window on the team's PostgreSQL server (preset by IT)."""
    monkeypatch.setenv("ONDERNEMERSDESK_DATABASE", db.url)
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: pytest.fail("no first run"))
    application = Application(Settings(str(tmp_path / "settings.ini")), bootstrap.connect_at_start)
    yield application
    application.close()


def _window(application: Application) -> MainWindow:
    assert application.window is not None
    return application.window


def _take_the_round_and_go_offline(
    qtbot: QtBot, application: Application, round_id: int, target: Path
) -> MainWindow:
    """*Meenemen…*: the round planned today; then *Nu offline werken*."""
    assert application.start()
    window = _window(application)
    window.offline.take_action.trigger()
    dialog = window.findChild(TakeDialog)
    assert isinstance(dialog, TakeDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.rounds.count() == 1, timeout=10000)
    dialog.by_round.click()
    dialog.rounds.setCurrentIndex(dialog.rounds.findData(round_id))
    dialog.file.setText(str(target))
    dialog.take_button.click()
    qtbot.waitUntil(lambda: dialog.offline_button.isVisible(), timeout=20000)
    dialog.offline_button.click()
    qtbot.waitUntil(lambda: application.window is not window, timeout=20000)
    offline = _window(application)
    assert offline.offline.offline
    qtbot.waitUntil(lambda: offline.companies.model.rowCount() == 2, timeout=10000)  # the round's shops
    return offline


def _idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10000)


def _open_round(qtbot: QtBot, window: MainWindow) -> Any:
    window.show_page("rounds")
    page = window.page("rounds")
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 1, timeout=10000)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    qtbot.waitUntil(lambda: page.current_round() is not None, timeout=10000)
    _idle(qtbot, window)
    return page


def _observe(qtbot: QtBot, window: MainWindow, page: Any, company: str, finding: str) -> None:
    """*Waarneming toevoegen…*: category, the company found by typing its name, the finding."""
    before = page.observations.topLevelItemCount()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, ObservationDialog)
    dialog.category.setCurrentIndex(dialog.category.findText("Openbare ruimte", Qt.MatchFlag.MatchContains))
    dialog.company_search.setFocus()
    qtbot.keyClicks(dialog.company_search, company)
    qtbot.keyClick(dialog.company_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: company in dialog.company_label.text(), timeout=10000)
    dialog.finding.setFocus()
    qtbot.keyClicks(dialog.finding, finding)
    dialog.follow_up.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog), timeout=10000)
    qtbot.waitUntil(lambda: page.observations.topLevelItemCount() == before + 1, timeout=10000)


def _select_observation(qtbot: QtBot, page: Any, finding: str) -> None:
    tree = page.observations
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if any(finding in tree.topLevelItem(i).text(c) for c in range(tree.columnCount()))
    )
    tree.setCurrentItem(item)
    qtbot.waitUntil(lambda: page.current_observation() is not None)


def _round_follow_up(qtbot: QtBot, window: MainWindow, finding: str) -> str:
    """What the round's list says was done with an observation (its last column)."""
    page = _open_round(qtbot, window)
    tree = page.observations
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if any(finding in tree.topLevelItem(i).text(c) for c in range(tree.columnCount()))
    )
    return str(item.text(tree.columnCount() - 1))


def _agreement_from_observation(qtbot: QtBot, window: MainWindow, page: Any, finding: str, what: str) -> None:
    """*Afspraak maken…* on an observation at a company."""
    _select_observation(qtbot, page, finding)
    qtbot.mouseClick(page.agreement_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, AgreementFollowUpDialog)
    _type(qtbot, dialog.row.description, what)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog), timeout=10000)
    _idle(qtbot, window)


def _synchronise(qtbot: QtBot, window: MainWindow) -> Any:
    window.offline.last_report = None
    window.offline.banner.button.click()
    qtbot.waitUntil(lambda: window.offline.last_report is not None, timeout=30000)
    report = window.offline.last_report
    assert report.done
    return report


def _choose_mine_for(monkeypatch: pytest.MonkeyPatch, shown: list[ConflictDialog], field: str) -> None:
    """The conflict dialog: the official clicks *Offline* for the clashing field, then *Use these choices*."""

    def exec_(self: ConflictDialog) -> int:
        shown.append(self)
        self.show()
        self.findChild(QRadioButton, f"{field}:mine").click()
        self.use.click()
        return self.result()

    monkeypatch.setattr(ConflictDialog, "exec", exec_)


def test_a_round_taken_along_two_observations_and_an_agreement_merged_with_a_colleague_s_change(
    qtbot: QtBot, application: Application, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The issue's flow: take a round along, go offline, record two observations and an agreement,
    come back; a colleague changed one company meanwhile; merged; synchronised."""
    s = _fill(db)
    zon, oud = s["shops"]
    window = _take_the_round_and_go_offline(qtbot, application, s["round"], tmp_path / "ronde.odset")

    page = _open_round(qtbot, window)
    _observe(qtbot, window, page, "Winkel De Zon", "Reclamebord midden op de stoep")
    _observe(qtbot, window, page, "Bakkerij Oud", "Afvalbak van de bakkerij vol")
    _agreement_from_observation(qtbot, window, page, "Reclamebord", "Bord tegen de gevel zetten")

    # The shop's phone number, heard on the round, corrected in its form.
    window.open_company(zon)
    qtbot.waitUntil(
        lambda: window.company.record is not None and window.company.record.id == zon, timeout=10000
    )
    qtbot.mouseClick(window.company.edit_button, Qt.MouseButton.LeftButton)
    form = visible(window, CompanyDialog)
    _type(qtbot, form.phone, "035-5820001")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(form), timeout=10000)

    # Meanwhile a colleague at the office corrected the same number, and noted something at the bakery.
    with db.session(s["colleague"]) as session:
        for company_id, field, value in (
            (zon, "phone", "035-5820009"),
            (oud, "notes", "Nieuwe eigenaar per 1 januari"),
        ):
            held = session.get(Company, company_id)
            assert held is not None
            setattr(held, field, value)
        session.commit()

    shown: list[ConflictDialog] = []
    _choose_mine_for(monkeypatch, shown, "phone")
    report = _synchronise(qtbot, window)
    assert len(shown) == 1 and shown[0].fields == ["phone"]
    assert report.sent.get("observation") == 2 and report.sent.get("agreement") == 1

    with db.session(s["official"]) as session:  # on the server, through its services
        the_round = rounds.round_record(session, s["round"])
        assert sorted((o.company, o.finding) for o in the_round.observations) == [
            ("Bakkerij Oud", "Afvalbak van de bakkerij vol"),
            ("Winkel De Zon", "Reclamebord midden op de stoep"),
        ]
        agreed = consultations.open_agreements(session, zon, today=date.today())
        assert "Bord tegen de gevel zetten" in [a.description for a in agreed]
        assert companies.company_file(session, zon).phone == "+31355820001"  # mine, chosen (as stored)
        assert companies.company_file(session, oud).notes == "Nieuwe eigenaar per 1 januari"
    # The colleague's note came down: the bakery's file here shows it.
    window.open_company(oud)
    qtbot.waitUntil(
        lambda: (
            window.company.record is not None
            and window.company.record.id == oud
            and window.company.record.notes == "Nieuwe eigenaar per 1 januari"
        ),
        timeout=10000,
    )

    # Synchronised again: nothing to send, nothing twice.
    again = _synchronise(qtbot, window)
    assert not again.sent and not again.created
    with db.session(s["official"]) as session:
        assert len(rounds.round_record(session, s["round"]).observations) == 2
        assert session.scalar(select(func.count()).select_from(Agreement)) == 2


def _select_signal(qtbot: QtBot, window: MainWindow, description: str) -> Any:
    window.show_page("signals")
    page = window.page("signals")
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() >= 1, timeout=10000)
    _idle(qtbot, window)

    def row_showing() -> int | None:
        """The row whose cells show ``description``; asking for a row not read yet reads its page
        (it shows "…" until then, as after a synchronisation refreshed the list)."""
        return next(
            (
                r
                for r in range(model.rowCount())
                if any(description in str(model.index(r, c).data()) for c in range(model.columnCount()))
            ),
            None,
        )

    qtbot.waitUntil(lambda: row_showing() is not None, timeout=10000)
    page.table.selectRow(row_showing())
    qtbot.waitUntil(
        lambda: page.detail.record is not None and page.detail.record.description == description,
        timeout=10000,
    )
    _idle(qtbot, window)
    return page


def test_every_kind_of_offline_work_through_its_form_arrives_on_the_server_once(
    qtbot: QtBot, application: Application, db: Database, tmp_path: Path
) -> None:
    s = _fill(db)
    zon, oud = s["shops"]
    window = _take_the_round_and_go_offline(qtbot, application, s["round"], tmp_path / "ronde.odset")
    _idle(qtbot, window)

    # A contact moment with an agreement, logged in the shop's file.
    window.open_company(zon)
    page = window.company
    qtbot.waitUntil(lambda: page.record is not None and page.record.id == zon, timeout=10000)
    timeline = page.timeline
    qtbot.waitUntil(lambda: timeline.tree.topLevelItemCount() == 1, timeout=10000)
    qtbot.mouseClick(timeline.log_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, InteractionDialog)
    _type(qtbot, dialog.subject, "Gesprek op de ronde")
    dialog.report.edit.setFocus()
    qtbot.keyClicks(dialog.report.edit, "Fietsenrek voor de deur besproken.")
    in_a_month = date.today() + timedelta(days=30)
    add_agreement(qtbot, dialog, "Ondernemer vraagt een fietsenrek aan", Responsible.ENTREPRENEUR, in_a_month)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog), timeout=10000)
    qtbot.waitUntil(lambda: timeline.tree.topLevelItemCount() == 2, timeout=10000)

    # The agreement taken along is started (*Starten*).
    earlier = next(
        timeline.tree.topLevelItem(i)
        for i in range(timeline.tree.topLevelItemCount())
        if timeline.tree.topLevelItem(i).text(2) == "Kennismaking"
    )
    timeline.tree.setCurrentItem(earlier.child(0))
    start = timeline.agreement_actions.buttons[AgreementStatus.IN_PROGRESS]
    qtbot.waitUntil(start.isEnabled, timeout=10000)
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    status = visible(window, AgreementStatusDialog)
    qtbot.keyClicks(status.note, "Navraag gedaan bij vergunningen")
    qtbot.mouseClick(status.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(status), timeout=10000)
    _idle(qtbot, window)

    # The signal taken along is scheduled with feedback from the template, and its letter made here.
    signals_page = _select_signal(qtbot, window, "Fietsen voor de etalage")
    qtbot.mouseClick(signals_page.detail.buttons[SignalStatus.SCHEDULED], Qt.MouseButton.LeftButton)
    move = visible(window, TransitionDialog)
    move.found.setFocus()
    qtbot.keyClicks(move.found, "drie fietsen op de stoep")
    qtbot.keyClicks(move.planned, "de handhavingsronde van volgende week")
    move.planned_on.set_value(date.today() + timedelta(days=7))
    move.template.setCurrentIndex(move.template.findText("Ingepland"))
    assert move.feedback.toPlainText().startswith("Beste Els Jansen,")
    qtbot.mouseClick(move.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(move), timeout=10000)
    qtbot.waitUntil(lambda: signals_page.detail.record.status is SignalStatus.SCHEDULED, timeout=10000)
    _idle(qtbot, window)
    qtbot.mouseClick(signals_page.detail.letter_button, Qt.MouseButton.LeftButton)
    preview = visible(window, PdfPreviewDialog)
    qtbot.waitUntil(preview.save_button.isEnabled, timeout=20000)
    letter = " ".join(" ".join(p.extract_text() for p in PdfReader(str(preview.path)).pages).split())
    assert "Winkel De Zon" in letter and "Beste Els Jansen" in letter and "drie fietsen op de stoep" in letter
    preview.reject()
    # Handled on the spot; the reporter, called back, is not satisfied: a request to reopen.
    handle_signal(
        qtbot, window, signals_page.detail, "Fietsen laten weghalen", "Beste Els Jansen, ze zijn weggehaald."
    )
    _idle(qtbot, window)
    qtbot.mouseClick(signals_page.detail.reaction_button, Qt.MouseButton.LeftButton)
    reaction = visible(window, ReactionDialog)
    reaction.satisfied.setCurrentIndex(reaction.satisfied.findText("niet tevreden"))
    reaction.reason.setCurrentIndex(reaction.reason.findText("Niet opgelost", Qt.MatchFlag.MatchStartsWith))
    reaction.comment.setPlainText("Er staan er alweer drie.")
    qtbot.mouseClick(reaction.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(reaction), timeout=10000)
    qtbot.waitUntil(lambda: signals_page.detail.record.status is SignalStatus.REOPEN_REQUESTED, timeout=10000)
    _idle(qtbot, window)

    # A new company found on the round, with its owner.
    window.show_page("companies")
    qtbot.mouseClick(window.companies.new_button, Qt.MouseButton.LeftButton)
    company_form = visible(window, CompanyDialog)
    _type(qtbot, company_form.name, "Kaaswinkel Rading")
    _type(qtbot, company_form.kvk, "6959 9084")
    _type(qtbot, company_form.main.street, "Rading")
    _type(qtbot, company_form.main.house_number, "7")
    _type(qtbot, company_form.main.postcode, "1231 AB")
    _type(qtbot, company_form.main.city, "Loosdrecht")
    qtbot.mouseClick(company_form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.company.record is not None and window.company.record.name == "Kaaswinkel Rading",
        timeout=10000,
    )
    page = window.company
    contact = contact_form(qtbot, page, "Kees", "", "Kaas", "kees@kaaswinkel.nl")
    contact.role.setCurrentText("eigenaar")
    qtbot.mouseClick(contact.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.contact_model.rowCount() == 1, timeout=10000)

    # An observation on the round that becomes a new signal.
    rounds_page = _open_round(qtbot, window)
    _observe(qtbot, window, rounds_page, "Bakkerij Oud", "Losliggende stoeptegel bij de ingang")
    _select_observation(qtbot, rounds_page, "Losliggende stoeptegel")
    qtbot.mouseClick(rounds_page.signal_button, Qt.MouseButton.LeftButton)
    signals_page = window.page("signals")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is signals_page, timeout=10000)
    qtbot.waitUntil(
        lambda: (
            signals_page.detail.record is not None
            and signals_page.detail.record.description.startswith("Losliggende stoeptegel")
        ),
        timeout=10000,
    )
    # Offline it has no number yet: the server gives it at synchronisation (a colleague may take
    # the next one meanwhile). No number made up here is shown, in its heading, the list or the round.
    new_signal = signals_page.detail.record.id
    _idle(qtbot, window)
    row = next(r for r in range(signals_page.model.rowCount()) if signals_page.model.id_at(r) == new_signal)
    shown_offline = [
        signals_page.detail.heading.text(),
        signals_page.model.index(row, 0).data(),
        _round_follow_up(qtbot, window, "Losliggende stoeptegel"),
    ]
    assert not [t for t in shown_offline if re.search(r"M-\d", t)], shown_offline
    assert "synchronis" in signals_page.detail.heading.toolTip() + signals_page.detail.heading.text()

    # At a pop-up desk: a question about the shop, handed over to its account manager (the official).
    window.show_page("desk")
    desk = window.page("desk")
    with qtbot.waitSignal(desk.summary_shown, timeout=10000):
        qtbot.keyClicks(desk.company_search, "Winkel De Zon")
        qtbot.keyClick(desk.company_search, Qt.Key.Key_Return)
    desk.question.setFocus()
    qtbot.keyClicks(desk.question, "Mag er een reclamebord op de stoep?")
    desk.handover.click()
    desk.assignee.setCurrentIndex(desk.assignee.findData(s["official"]))
    with qtbot.waitSignal(desk.logged, timeout=10000):
        qtbot.mouseClick(desk.question_form.save_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, window)

    # Meanwhile at the office a colleague registered a signal at the shop and logged a visit with an
    # agreement at the bakery: the server's next numbers are theirs, and these come down to the set.
    with db.session(s["colleague"]) as session:
        theirs = signals.register_signal(
            session,
            signals.SignalInput(
                category_id=signals_page.detail.record.category_id,
                source=SignalSource.ENTREPRENEUR,
                description="Lekkage in de luifel",
                company_id=zon,
            ),
        )
        consultations.log_interaction(
            session,
            oud,
            consultations.InteractionInput(
                occurred_at=datetime.now(UTC),
                channel=Channel.PHONE,
                subject="Telefoon over de verbouwing",
                official_ids=[s["colleague"]],
                agreements=[
                    consultations.AgreementInput(
                        description="Bouwtekening opsturen", assignee_id=s["colleague"]
                    )
                ],
            ),
        )
        session.commit()

    window.offline.refresh()
    qtbot.waitUntil(
        lambda: window.offline.state is not None and window.offline.state.waiting > 0, timeout=10000
    )
    report = _synchronise(qtbot, window)
    assert report.sent.get("company") and report.sent.get("signal")

    with db.session(s["official"]) as session:  # on the server, through its services
        today = date.today()
        entries = consultations.timeline(session, zon, today=today)
        logged = next(e for e in entries if e.subject == "Gesprek op de ronde")
        assert logged.report == "Fietsenrek voor de deur besproken."
        assert [a.description for a in logged.agreements] == ["Ondernemer vraagt een fietsenrek aan"]
        assert logged.agreements[0].responsible is Responsible.ENTREPRENEUR
        started = next(e for e in entries if e.subject == "Kennismaking").agreements[0]
        assert started.status is AgreementStatus.IN_PROGRESS
        scheduled = signals.signal(session, s["signal"], today=today)
        assert [e.to_status for e in scheduled.events] == [
            SignalStatus.REPORTED,
            SignalStatus.SCHEDULED,
            SignalStatus.DONE,
            SignalStatus.REOPEN_REQUESTED,
        ]
        assert scheduled.events[1].feedback.startswith("Beste Els Jansen,")
        [reacted] = reactions.signal_reactions(session, s["signal"])
        assert not reacted.satisfied and reacted.comment == "Er staan er alweer drie."
        new_id = report.created["company"]
        server_company = companies.company_file(session, next(iter(new_id.values())))
        assert server_company.name == "Kaaswinkel Rading" and server_company.kvk_number == "69599084"
        assert [p.full_name for p in server_company.contacts] == ["Kees Kaas"]
        [signal_id] = report.created["signal"].values()
        made = signals.signal(session, signal_id, today=today)
        assert made.description.startswith("Losliggende stoeptegel") and made.company == "Bakkerij Oud"
        number = made.number
        [asked] = desk_services.questions(session, today, today)
        assert asked.question == "Mag er een reclamebord op de stoep?" and asked.company_id == zon
        assert asked.handed_to == "Tineke Toezicht" and asked.official == "Tineke Toezicht"
        handed = consultations.open_agreements(session, zon, today=today)
        assert "Mag er een reclamebord op de stoep?" in [a.description for a in handed]
    # The user is told the server's number, and the window shows it from then on.
    assert number in window.offline.message.text()
    assert report.numbers == [number]
    window.offline.message.close()
    _select_signal(qtbot, window, made.description)
    assert number in window.page("signals").detail.heading.text()
    assert number in _round_follow_up(qtbot, window, "Losliggende stoeptegel")
    # The colleague's signal came down beside it, under its own number.
    _select_signal(qtbot, window, "Lekkage in de luifel")
    assert f"M-{theirs}" in window.page("signals").detail.heading.text()

    # Synchronised again: nothing sent, nothing twice.
    again = _synchronise(qtbot, window)
    assert not again.sent and not again.created
    with db.session(s["official"]) as session:
        assert session.scalar(select(func.count()).select_from(Signal)) == 3
        assert session.scalar(select(func.count()).select_from(Company)) == 4
        assert session.scalar(select(func.count()).select_from(Agreement)) == 4
        assert len(desk_services.questions(session, date.today(), date.today())) == 1
