"""Registering a signal, scheduling it with feedback from a template, reopening it: as an official would."""

from __future__ import annotations

import io
from datetime import date, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from models.documents import services as documents
from models.signals import categories, feedback
from models.signals import services as svc
from models.signals.entities import SignalStatus
from tests.views.conftest import closed, handle_signal, visible
from views.common.pdf_export import PdfPreviewDialog
from views.common.worker import DatabaseWorker
from views.documents.feedback_letter import render_feedback_letter
from views.shell.main_window import MainWindow
from views.signals.settings_dialog import SignalSettingsDialog, TemplateDialog
from views.signals.signal_dialogs import SignalDialog, TransitionDialog

TEMPLATE = (
    "Beste {naam},\n\nOp {datum_melding} meldde u ons: {categorie} bij {adres}. Wij vonden {bevinding}.\n\n"
    "Dit is niet spoedeisend. Wij nemen het mee in {planning}, gepland op {plandatum}."
)


def _setup(worker: DatabaseWorker) -> None:
    with worker.database.session(user_id=1) as session:
        groen = categories.save_category(session, "Openbaar groen", None)
        categories.save_category(session, "Overhangende takken", 5, groen)
        feedback.save_template(session, "Ingepland met onderhoudsronde", TEMPLATE, SignalStatus.SCHEDULED)
        feedback.save_template(
            session, "Heropend", "Beste {naam}, wij kijken opnieuw: {bevinding}.", SignalStatus.REOPENED
        )
        session.commit()


def _type(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


@pytest.fixture
def page(qtbot, window: MainWindow, worker: DatabaseWorker):
    _setup(worker)
    window.show_page("signals")
    qtbot.waitUntil(lambda: not worker.busy)
    return window.page("signals")


def test_register_schedule_with_template_feedback_and_reopen(
    qtbot,
    window: MainWindow,
    worker: DatabaseWorker,
    page,
    monkeypatch,
) -> None:
    assert page.list_stack.currentWidget() is page.empty
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, SignalDialog)
    dialog.category.setCurrentIndex(
        dialog.category.findText("Overhangende takken", Qt.MatchFlag.MatchContains)
    )
    assert "5 werkdagen" in dialog.target.text()
    dialog.description.setFocus()
    qtbot.keyClicks(dialog.description, "Laaghangende tak boven de stoep")
    _type(qtbot, dialog.street, "Noordereinde")
    _type(qtbot, dialog.house_number, "12")
    _type(qtbot, dialog.postcode, "12345")
    _type(qtbot, dialog.reporter_name, "Els Jansen")
    _type(qtbot, dialog.reporter_phone, "06 12345678")
    _type(qtbot, dialog.reporter_email, "els@example.nl")
    dialog.wants_contact.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.rows["postcode"].message.isVisible)
    assert "vier cijfers en twee letters" in dialog.rows["postcode"].message.text()
    assert dialog.description.toPlainText() == "Laaghangende tak boven de stoep"  # nothing lost
    _type(qtbot, dialog.postcode, "1243jj")
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.record is not None)
    qtbot.waitUntil(lambda: not worker.busy)
    record = page.detail.record
    assert record.status is SignalStatus.REPORTED and record.postcode == "1243 JJ"
    assert page.model.rowCount() == 1

    # Schedule it: feedback comes from the template, filled in, then edited by hand.
    assert page.detail.buttons[SignalStatus.SCHEDULED].isVisible()
    assert not page.detail.buttons[SignalStatus.REOPENED].isVisible()
    qtbot.mouseClick(page.detail.buttons[SignalStatus.SCHEDULED], Qt.MouseButton.LeftButton)
    move = visible(window, TransitionDialog)
    assert move.feedback.toPlainText().startswith("Beste Els Jansen,")  # the first template, filled in
    move.template.setCurrentIndex(0)  # (write it yourself)
    move.feedback.clear()
    qtbot.mouseClick(move.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(move.rows["feedback"].message.isVisible)
    assert "terugkoppeling" in move.rows["feedback"].message.text()
    assert move.rows["planned"].message.isVisible()
    move.found.setFocus()
    qtbot.keyClicks(move.found, "een tak op 1,90 meter hoogte")
    qtbot.keyClicks(move.planned, "de snoeironde van december")
    planned_on = date.today() + timedelta(days=21)
    move.planned_on.set_value(planned_on)
    move.template.setCurrentIndex(1)
    text = move.feedback.toPlainText()
    assert text.startswith("Beste Els Jansen,")
    assert "Wij vonden een tak op 1,90 meter hoogte." in text
    assert "de snoeironde van december" in text and "{" not in text
    move.feedback.setPlainText(text + "\n\nMet dank voor uw melding.")
    qtbot.mouseClick(move.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(move))
    qtbot.waitUntil(lambda: page.detail.record.status is SignalStatus.SCHEDULED)
    step = page.detail.current_event()
    assert step.feedback.endswith("Met dank voor uw melding.")
    assert page.detail.letter_button.isEnabled() and page.detail.mail_button.isEnabled()

    # The e-mail draft: an .eml with the letter attached, opened in the mail program
    # (tests/views/test_mail_drafts.py reads it back).
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(page.detail.mail_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].isLocalFile() and opened[0].toLocalFile().endswith(".eml")
    draft = BytesParser(policy=policy.default).parsebytes(Path(opened[0].toLocalFile()).read_bytes())
    assert draft["To"] == "els@example.nl" and draft["X-Unsent"] == "1"
    assert draft.get_body(("plain",)).get_content().rstrip().endswith("Met dank voor uw melding.")
    [attached] = list(draft.iter_attachments())
    attached_text = PdfReader(io.BytesIO(attached.get_payload(decode=True))).pages[0].extract_text()
    assert attached.get_filename().startswith("Terugkoppeling") and "Beste Els Jansen" in attached_text

    qtbot.mouseClick(page.detail.letter_button, Qt.MouseButton.LeftButton)
    preview = visible(window, PdfPreviewDialog)
    qtbot.waitUntil(preview.save_button.isEnabled)
    letter = "\n".join(p.extract_text() for p in PdfReader(str(preview.path)).pages)
    assert "Terugkoppeling op uw melding" in letter and "Beste Els Jansen" in letter
    preview.reject()

    # Afgehandeld → ingepland is not offered; a done signal can be reopened.
    handle_signal(qtbot, window, page.detail, "Tak gesnoeid", "Beste Els, de tak is gesnoeid.")
    assert not page.detail.buttons[SignalStatus.SCHEDULED].isVisible()
    qtbot.mouseClick(page.detail.buttons[SignalStatus.REOPENED], Qt.MouseButton.LeftButton)
    reopen = visible(window, TransitionDialog)
    reopen.found.setFocus()
    qtbot.keyClicks(reopen.found, "de tak hangt weer laag")
    reopen.fill()
    assert reopen.feedback.toPlainText() == "Beste Els Jansen, wij kijken opnieuw: de tak hangt weer laag."
    qtbot.mouseClick(reopen.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.record.status is SignalStatus.REOPENED)
    assert [e.to_status for e in page.detail.record.events] == [
        SignalStatus.REPORTED,
        SignalStatus.SCHEDULED,
        SignalStatus.DONE,
        SignalStatus.REOPENED,
    ]
    assert page.detail.history.topLevelItemCount() == 4


def test_a_reporter_calling_again_is_recognised(
    qtbot, window: MainWindow, worker: DatabaseWorker, page
) -> None:
    with worker.database.session(user_id=1) as session:
        category = categories.categories(session)[1].id
        first = svc.register_signal(
            session,
            svc.SignalInput(
                category_id=category,
                description="Tak",
                street="Noordereinde",
                reporter_name="Els Jansen",
                reporter_phone="0612345678",
                wants_contact=True,
            ),
        )
        svc.move_signal(
            session,
            first,
            1,
            svc.TransitionInput(status=SignalStatus.HANDLING, feedback="Wij gaan ernaar kijken."),
        )
        session.commit()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, SignalDialog)
    dialog.reporter_phone.setFocus()
    qtbot.keyClicks(dialog.reporter_phone, "06 1234 5678")
    qtbot.waitUntil(dialog.earlier.isVisible)
    assert "1 melding" in dialog.earlier_title.text()
    assert "Wij gaan ernaar kijken." in dialog.earlier.item(0).text()


def test_a_template_with_an_unknown_placeholder_is_refused_at_the_field(
    qtbot,
    window: MainWindow,
    worker: DatabaseWorker,
    page,
) -> None:
    qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
    settings = visible(window, SignalSettingsDialog)
    qtbot.waitUntil(lambda: settings.template_list.count() == 2)
    settings.tabs.setCurrentIndex(1)
    settings.new_template()
    dialog = visible(window, TemplateDialog)
    _type(qtbot, dialog.name, "Afgehandeld")
    dialog.body.setPlainText("Beste {naam}, {wat_gedaan}.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.rows["body"].message.isVisible)
    assert "{wat_gedaan}" in dialog.rows["body"].message.text()
    dialog.body.setPlainText("Beste {naam}, {actie}.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.template_list.count() == 3)


def test_the_letter_never_reads_typed_text_as_markup(worker: DatabaseWorker) -> None:
    _setup(worker)
    with worker.database.session(user_id=1) as session:
        category = categories.categories(session)[1].id
        signal_id = svc.register_signal(
            session,
            svc.SignalInput(
                category_id=category,
                description="<b>tak</b> & <font size=40>groot</font>",
                street="Noordereinde",
                reporter_name="Els <i>Jansen</i>",
                reporter_email="els@example.nl",
                wants_contact=True,
            ),
        )
        event_id = svc.move_signal(
            session,
            signal_id,
            1,
            svc.TransitionInput(
                status=SignalStatus.HANDLING,
                feedback="Beste Els <i>Jansen</i>,\n\nWij vonden <b>niets</b> & gaan kijken.",
            ),
        )
        session.commit()
        out = io.BytesIO()
        render_feedback_letter(documents.feedback_letter(session, event_id, today=date(2026, 11, 23)), out)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages)
    assert "Beste Els <i>Jansen</i>," in text
    assert "<b>niets</b> & gaan kijken." in text
    assert "<b>tak</b> & <font size=40>groot</font>" in text
    assert "23 november 2026" in text and f"M-{signal_id}" in text


def test_the_letter_follows_what_is_typed_until_edited_and_a_letter_with_holes_is_refused(
    qtbot, window: MainWindow, worker: DatabaseWorker, page
) -> None:
    with worker.database.session(user_id=1) as session:
        category_id = categories.categories(session)[1].id
        svc.register_signal(
            session,
            svc.SignalInput(
                category_id=category_id,
                description="Laaghangende tak",
                street="Noordereinde",
                reporter_name="Els Jansen",
                reporter_email="els@example.nl",
                wants_contact=True,
            ),
        )
        session.commit()
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not worker.busy)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.record is not None and not worker.busy)
    qtbot.mouseClick(page.detail.buttons[SignalStatus.SCHEDULED], Qt.MouseButton.LeftButton)
    move = visible(window, TransitionDialog)
    # Filled before anything was typed: the sentence has a hole, and saving says so.
    assert "Wij vonden ." in move.feedback.toPlainText()
    qtbot.keyClicks(move.planned, "de snoeironde")
    move.planned_on.set_value(date.today() + timedelta(days=7))
    qtbot.mouseClick(move.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(move.rows["feedback"].message.isVisible)
    assert "“Wij vonden .” mist iets" in move.rows["feedback"].message.text()
    # Typing what was found fills the letter as it is typed.
    move.found.setFocus()
    qtbot.keyClicks(move.found, "een tak op 1,90 meter")
    assert "Wij vonden een tak op 1,90 meter." in move.feedback.toPlainText()
    assert "de snoeironde, gepland op" in move.feedback.toPlainText()
    # Edited by hand: what is typed on the left no longer overwrites the letter.
    move.feedback.setPlainText(move.feedback.toPlainText() + "\n\nGroet, Petra")
    qtbot.keyClicks(move.found, " hoogte")
    assert move.feedback.toPlainText().endswith("Groet, Petra")
    assert "Wij vonden een tak op 1,90 meter." in move.feedback.toPlainText()
    qtbot.mouseClick(move.fill_button, Qt.MouseButton.LeftButton)  # follows again
    assert "Wij vonden een tak op 1,90 meter hoogte." in move.feedback.toPlainText()
    qtbot.mouseClick(move.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(move))
    qtbot.waitUntil(lambda: page.detail.record.status is SignalStatus.SCHEDULED)


def test_an_old_letter_with_a_hole_is_not_sent(
    qtbot, window: MainWindow, worker: DatabaseWorker, page, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import update

    from models.signals.entities import SignalEvent

    with worker.database.session(user_id=1) as session:
        category_id = categories.categories(session)[1].id
        signal_id = svc.register_signal(
            session,
            svc.SignalInput(
                category_id=category_id,
                description="Tak",
                street="Noordereinde",
                reporter_name="Els Jansen",
                reporter_email="els@example.nl",
                wants_contact=True,
            ),
        )
        session.flush()
        # A letter saved before letters were checked.
        session.execute(
            update(SignalEvent)
            .where(SignalEvent.signal_id == signal_id)
            .values(feedback="Wij vonden . Inmiddels is .")
        )
        session.commit()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not worker.busy)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.record is not None and not worker.busy)
    page.detail.history.setCurrentItem(page.detail.history.topLevelItem(0))
    qtbot.waitUntil(page.detail.letter_button.isEnabled)
    qtbot.mouseClick(page.detail.mail_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.detail.letter_button, Qt.MouseButton.LeftButton)
    assert len(warned) == 2 and "“Wij vonden .” mist iets" in warned[0]
    assert opened == [] and not [w for w in window.findChildren(PdfPreviewDialog) if w.isVisible()]
