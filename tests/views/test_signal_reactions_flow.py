"""Reporter satisfaction, clicked as a handler would: the administrator adds a reason that warrants
reopening; a handled signal gets the reporter's "niet tevreden"; the list shows it as a request to
reopen; one request is accepted (handled again, the letter to the reporter in the history), another
declined (closed again with the reason); the Brandpunten page and its PDF count the reactions."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from models.signals import categories
from models.signals import services as svc
from models.signals.entities import SignalStatus
from tests.views.conftest import closed, visible
from views.common.pdf_export import PdfPreviewDialog
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow
from views.signals.settings_dialog import ReasonDialog, SignalSettingsDialog
from views.signals.signal_dialogs import ReactionDialog, TransitionDialog

REASON = "Tegels liggen er nog los"


def _handled(worker: DatabaseWorker, category_id: int, street: str) -> int:
    with worker.database.session(user_id=1) as session:
        signal_id = svc.register_signal(
            session,
            svc.SignalInput(
                category_id=category_id,
                description="Losliggende stoeptegels",
                street=street,
                reporter_name="Els Jansen",
                reporter_email="els@example.nl",
                wants_contact=True,
            ),
        )
        version = svc.signal(session, signal_id, today=date.today()).version
        svc.move_signal(
            session,
            signal_id,
            version,
            svc.TransitionInput(
                status=SignalStatus.DONE, done="Tegels rechtgelegd", feedback="Beste Els, klaar."
            ),
        )
        session.commit()
    return signal_id


@pytest.fixture
def page(qtbot, window: MainWindow, worker: DatabaseWorker):
    with worker.database.session(user_id=1) as session:
        categories.save_category(session, "Bestrating", 5, None)
        session.commit()
    window.show_page("signals")
    qtbot.waitUntil(lambda: not worker.busy)
    return window.page("signals")


def _add_reason(qtbot, window: MainWindow, page) -> None:
    """The administrator keeps the reasons in the categories dialog."""
    qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
    settings = visible(window, SignalSettingsDialog)
    qtbot.waitUntil(lambda: settings.category_list.count() == 1)
    before = settings.reason_list.count()
    settings.tabs.setCurrentIndex(2)
    assert settings.tabs.tabText(2) == "Redenen van reacties"
    settings.new_reason()
    dialog = visible(window, ReasonDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.rows["name"].message.isVisible)  # a reason needs a name; nothing lost
    assert dialog.reopens.isChecked() is False
    qtbot.keyClicks(dialog.name, REASON)
    dialog.reopens.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.reason_list.count() == before + 1)
    texts = [settings.reason_list.item(i).text() for i in range(settings.reason_list.count())]
    assert f"{REASON}  —  niet tevreden: verzoek tot heropenen" in texts
    settings.accept()
    page.reload_lookups()
    qtbot.waitUntil(lambda: any(r.name == REASON for r in page.lookups.reasons))


def _not_satisfied(qtbot, window: MainWindow, worker: DatabaseWorker, page, signal_id: int) -> None:
    page.detail.load(signal_id)
    qtbot.waitUntil(lambda: page.detail.record is not None and page.detail.record.id == signal_id)
    assert page.detail.reaction_button.isVisible()
    qtbot.mouseClick(page.detail.reaction_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, ReactionDialog)
    dialog.satisfied.setCurrentIndex(dialog.satisfied.findText("niet tevreden"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.rows["reason_id"].message.isVisible)  # niet tevreden needs a reason
    assert dialog.satisfied.currentText() == "niet tevreden"  # what was chosen stays
    dialog.reason.setCurrentIndex(dialog.reason.findText(REASON, Qt.MatchFlag.MatchStartsWith))
    assert "verzoek tot heropenen" in dialog.outcome.text()
    dialog.comment.setPlainText("Ze liggen er nog steeds los, zegt mevrouw Jansen.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))
    qtbot.waitUntil(lambda: page.detail.record.status is SignalStatus.REOPEN_REQUESTED and not worker.busy)
    assert "niet tevreden" in page.detail.facts.text() and REASON in page.detail.facts.text()
    assert not page.detail.reaction_button.isVisible()


def test_niet_tevreden_asks_to_reopen_and_a_handler_accepts_or_declines(
    qtbot, window: MainWindow, worker: DatabaseWorker, page
) -> None:
    category_id = categories_id(worker)
    accepted = _handled(worker, category_id, "Kerkstraat")
    declined = _handled(worker, category_id, "Dorpsstraat")
    _add_reason(qtbot, window, page)
    _not_satisfied(qtbot, window, worker, page, accepted)

    # The list shows the request, and filters on it.
    with qtbot.waitSignal(page.loaded):
        page.status.setCurrentIndex(page.status.findData(SignalStatus.REOPEN_REQUESTED.value))
    assert page.model.rowCount() == 1
    columns = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    status_column = columns.index("Status")
    qtbot.waitUntil(lambda: page.model.index(0, status_column).data() == "verzoek tot heropenen")

    # Accept: the message to the reporter is required; then handled again, the letter in the history.
    accept = page.detail.buttons[SignalStatus.HANDLING]
    assert accept.isVisible() and accept.text() == "Aannemen: heropenen…"
    assert page.detail.buttons[SignalStatus.DONE].text() == "Verzoek afwijzen…"
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    move = visible(window, TransitionDialog)
    move.feedback.clear()
    qtbot.mouseClick(move.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(move.rows["feedback"].message.isVisible)
    move.feedback.setPlainText("Beste Els, u heeft gelijk: wij leggen de tegels opnieuw.")
    qtbot.mouseClick(move.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(move))
    qtbot.waitUntil(lambda: page.detail.record.status is SignalStatus.HANDLING and not worker.busy)
    assert [e.to_status for e in page.detail.record.events][-2:] == [
        SignalStatus.REOPEN_REQUESTED,
        SignalStatus.HANDLING,
    ]
    step = page.detail.current_event()
    assert step.feedback == "Beste Els, u heeft gelijk: wij leggen de tegels opnieuw."
    qtbot.mouseClick(page.detail.letter_button, Qt.MouseButton.LeftButton)
    preview = visible(window, PdfPreviewDialog)
    qtbot.waitUntil(preview.save_button.isEnabled)
    letter = " ".join(" ".join(p.extract_text() for p in PdfReader(str(preview.path)).pages).split())
    assert "wij leggen de tegels opnieuw" in letter
    preview.reject()

    # Decline the other one: the reason is required and written to the history.
    _not_satisfied(qtbot, window, worker, page, declined)
    qtbot.mouseClick(page.detail.buttons[SignalStatus.DONE], Qt.MouseButton.LeftButton)
    decline = visible(window, TransitionDialog)
    assert not decline.rows["done"].isVisible()
    decline.feedback.setPlainText("Beste Els, de tegels liggen volgens de norm.")
    qtbot.mouseClick(decline.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(decline.rows["found"].message.isVisible)
    decline.found.setPlainText("Na controle liggen de tegels vast")
    qtbot.mouseClick(decline.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(decline))
    qtbot.waitUntil(lambda: page.detail.record.status is SignalStatus.DONE and not worker.busy)
    last = page.detail.record.events[-1]
    assert (last.from_status, last.found) == (
        SignalStatus.REOPEN_REQUESTED,
        "Na controle liggen de tegels vast",
    )
    assert page.detail.reaction_button.isVisible()  # handled again: a new reaction can follow

    # The Brandpunten page counts the reactions: two, none satisfied; per category.
    window.show_page("hotspots")
    hotspots = window.page("hotspots")
    hotspots.group.setCurrentIndex(hotspots.group.findData("category"))
    qtbot.waitUntil(lambda: hotspots.satisfaction.topLevelItemCount() == 2 and not worker.busy)
    total, bestrating = hotspots.satisfaction.topLevelItem(0), hotspots.satisfaction.topLevelItem(1)
    assert [total.text(c) for c in range(4)] == ["Alle reacties in deze periode", "2", "0", "0 %"]
    assert [bestrating.text(c) for c in range(4)] == ["Bestrating", "2", "0", "0 %"]
    assert hotspots.satisfaction.headerItem().text(3) == "Aandeel tevreden"
    qtbot.mouseClick(hotspots.pdf_button, Qt.MouseButton.LeftButton)
    preview = visible(window, PdfPreviewDialog)
    qtbot.waitUntil(preview.save_button.isEnabled)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(preview.path)).pages).split())
    assert "Tevredenheid van melders per categorie" in text
    assert "reageerden 2 melders" in text and "Bestrating 2 0 0 %" in text
    preview.reject()


def categories_id(worker: DatabaseWorker) -> int:
    with worker.database.session(user_id=1) as session:
        return next(c.id for c in categories.categories(session) if c.name == "Bestrating")
