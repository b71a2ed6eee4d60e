"""The desk from the keyboard: find a company, answer from an article, log, hand over, Mijn werk."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialog

from models.companies import services as companies_svc
from models.companies.entities import Company
from models.consultations import services as consultations
from models.consultations.entities import Channel
from models.desk import knowledge
from models.desk import services as svc
from models.errors import DatabaseUnavailableError
from tests.views.conftest import closed, visible
from views.common.pdf_export import PdfPreviewDialog
from views.common.worker import DatabaseWorker
from views.desk.knowledge_page import ArticleDialog
from views.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _setup(worker: DatabaseWorker) -> int:
    with worker.database.session(user_id=1) as session:
        company_id = companies_svc.create_company(
            session,
            companies_svc.CompanyInput(name="Café De Zwaan", kvk_number="69599084"),
            companies_svc.EstablishmentInput(
                street="Noordereinde", house_number="12", postcode="1243 JJ", city="'s-Graveland"
            ),
        )
        companies_svc.add_contact(
            session,
            company_id,
            companies_svc.ContactInput(first_name="Jan", name_prefix="de", last_name="Vries"),
        )
        session.get(Company, company_id).account_manager_id = 1
        today = date.today()
        knowledge.create_article(
            session,
            knowledge.ArticleInput(
                question="Tot hoe laat mag mijn terras open zijn?",
                answer="Tot **23.00 uur**; in het weekend tot 24.00 uur.",
                tags="terras, horeca",
                department="Vergunningen",
                valid_until=today + timedelta(days=30),
            ),
        )
        knowledge.create_article(
            session,
            knowledge.ArticleInput(
                question="Terras in de coronaperiode",
                answer="Mocht 50% groter.",
                tags="terras",
                valid_until=today - timedelta(days=1),
            ),
        )
        session.commit()
    return company_id


def test_find_answer_log_and_hand_over_from_the_keyboard(
    qtbot,
    window: MainWindow,
    worker: DatabaseWorker,
    tmp_path: Path,
) -> None:
    company_id = _setup(worker)
    window.show_page("desk")
    desk = window.page("desk")
    assert desk.company_search.hasFocus()

    # Find the company: type a fragment, Enter opens the best hit as the card.
    with qtbot.waitSignal(desk.summary_shown, timeout=10000):
        qtbot.keyClicks(desk.company_search, "zwaan")
        qtbot.keyClick(desk.company_search, Qt.Key.Key_Return)
    card = desk.card.text()
    assert "Café De Zwaan" in card and "Petra van Dam" in card and "Noordereinde 12" in card
    assert desk.question.hasFocus()
    assert [desk.contact.itemText(i) for i in range(desk.contact.count())] == ["(onbekend)", "Jan de Vries"]

    # A bad save first: no question. The message is under the field; the answer typed stays.
    desk.answer.setFocus()
    qtbot.keyClicks(desk.answer, "Even nagevraagd")
    qtbot.keyClick(desk.answer, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(desk.rows["question"].message.isVisible)
    assert "Schrijf op wat er werd gevraagd" in desk.rows["question"].message.text()
    assert desk.answer.toPlainText() == "Even nagevraagd"
    desk.answer.clear()

    # The question, then the knowledge base: Ctrl+J, type, Enter takes the answer.
    desk.question.setFocus()
    qtbot.keyClicks(desk.question, "Mag het terras langer open?")
    qtbot.keyClick(desk.question, Qt.Key.Key_J, CTRL)
    assert desk.article_search.hasFocus()
    qtbot.keyClicks(desk.article_search, "terras")
    qtbot.waitUntil(lambda: not desk._timer.isActive() and not worker.busy)
    assert desk.results.count() == 1  # the expired corona article is not offered
    qtbot.keyClick(desk.article_search, Qt.Key.Key_Return)
    # Plain text where plain text is sent: the article's Markdown is not pasted as "**23.00 uur**".
    assert desk.answer.toPlainText().startswith("Tot 23.00 uur")
    assert "**" not in desk.answer.toPlainText()
    assert "<b>23.00 uur</b>" in desk.answer_view.toHtml() or "font-weight:700" in desk.answer_view.toHtml()
    assert desk.question.toPlainText() == "Mag het terras langer open?"
    assert desk.article_label.text() == "Tot hoe laat mag mijn terras open zijn?"

    # Log: Ctrl+Enter. It becomes a contact moment in the company's file.
    with qtbot.waitSignal(desk.logged, timeout=10000) as logged:
        qtbot.keyClick(desk.question, Qt.Key.Key_Return, CTRL)
    assert logged.args[0].interaction_id is not None
    assert desk.question.toPlainText() == "" and desk.answer.toPlainText() == ""
    assert "contactmoment" in desk.banner.text()
    qtbot.waitUntil(lambda: desk.today_list.topLevelItemCount() == 1)
    assert desk.today_list.topLevelItem(0).text(2) == "Café De Zwaan"

    # Hand over what the desk cannot answer: Alt+O ticks "Hand over", the account manager is the default.
    qtbot.waitUntil(lambda: desk.summary is not None and desk.summary.moment_count == 1)
    desk.question.setFocus()
    qtbot.keyClicks(desk.question, "Waar blijft mijn vergunning?")
    qtbot.keyClick(desk.question, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert desk.handover.isChecked()
    assert desk.assignee.currentText() == "Accountmanager: Petra van Dam"
    with qtbot.waitSignal(desk.logged, timeout=10000) as logged:
        qtbot.keyClick(desk.question, Qt.Key.Key_Return, CTRL)
    assert logged.args[0].assignee == "Petra van Dam"
    assert "Petra van Dam" in desk.banner.text()
    qtbot.waitUntil(lambda: desk.today_list.topLevelItemCount() == 2)
    assert desk.today_list.topLevelItem(0).text(5) == "Petra van Dam"

    with worker.database.session() as session:
        moments = consultations.timeline(session, company_id, today=date.today())
    assert [m.subject for m in moments] == ["Waar blijft mijn vergunning?", "Mag het terras langer open?"]
    assert {m.channel for m in moments} == {Channel.DESK}
    assert "Tot 23.00 uur" in moments[1].report

    # The account manager sees it in Mijn werk.
    window.show_page("my_work")
    qtbot.waitUntil(lambda: window.page("my_work").tree.topLevelItemCount() == 1)
    group = window.page("my_work").tree.topLevelItem(0)
    assert group.text(0) == "Café De Zwaan"
    assert group.child(0).text(0) == "Waar blijft mijn vergunning?"

    # What is asked most: the terrace article, tagged terras and horeca.
    window.show_page("desk")
    desk.tabs.setCurrentIndex(1)
    # Each save reloads the statistics: wait for the figures that count both questions.
    qtbot.waitUntil(lambda: "2 vragen" in desk.stats.toPlainText())
    assert "Vergunningen" in desk.stats.toPlainText()


def test_a_visitor_without_a_company_and_the_article_as_handout(
    qtbot,
    window: MainWindow,
    worker: DatabaseWorker,
    tmp_path: Path,
    monkeypatch,
) -> None:
    _setup(worker)
    window.show_page("desk")
    desk = window.page("desk")
    qtbot.keyClick(desk.company_search, Qt.Key.Key_B, CTRL)
    assert desk.visitor.hasFocus() and not desk.handover.isEnabled()
    qtbot.keyClicks(desk.visitor, "Starter, lunchroom")
    desk.question.setFocus()
    qtbot.keyClicks(desk.question, "Waar begin ik?")
    with qtbot.waitSignal(desk.logged, timeout=10000) as logged:
        qtbot.keyClick(desk.question, Qt.Key.Key_Return, CTRL)
    assert logged.args[0].interaction_id is None
    qtbot.waitUntil(lambda: desk.today_list.topLevelItemCount() == 1)
    assert desk.today_list.topLevelItem(0).text(2) == "Starter, lunchroom"

    # Ctrl+P: the print dialog (here cancelled; tests/views/test_desk_print.py prints to a file).
    desk.article_search.setFocus()
    qtbot.keyClicks(desk.article_search, "horeca")
    qtbot.waitUntil(lambda: not desk._timer.isActive() and not worker.busy)
    assert desk.results.count() == 1
    asked: list[str] = []
    monkeypatch.setattr(
        QPrintDialog, "exec", lambda dialog: asked.append(dialog.windowTitle()) or QDialog.DialogCode.Rejected
    )
    qtbot.keyClick(desk.article_search, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == ["Informatieblad afdrukken"]
    # The article as a handout: previewed, saved, read back.
    qtbot.mouseClick(desk.answer_panel.pdf_button, Qt.MouseButton.LeftButton)
    preview = visible(window, PdfPreviewDialog)
    qtbot.waitUntil(preview.save_button.isEnabled, timeout=10000)
    preview.open_after.setChecked(False)
    target = tmp_path / "handout.pdf"
    assert preview.save_to(target)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Tot hoe laat mag mijn terras open zijn?" in text
    assert "Geldt tot en met" in text and "Vergunningen" in text
    assert "Vertrouwelijk" not in text  # a handout is public
    preview.reject()
    QApplication.processEvents()


def test_knowledge_base_needs_review_and_an_invalid_period_keeps_the_input(
    qtbot,
    window: MainWindow,
    worker: DatabaseWorker,
) -> None:
    _setup(worker)
    window.show_page("knowledge")
    page = window.page("knowledge")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # valid today
    assert "1" in page.summary.text()  # the expired one needs review
    page.show_needs_review()
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.row(0).question == "Terras in de coronaperiode"
    )

    page.new_button.click()
    dialog = visible(window, ArticleDialog)
    qtbot.keyClicks(dialog.question, "Mag ik een foodtruck neerzetten?")
    # The answer is edited as formatted text (the bold button) and kept as Markdown.
    dialog.answer.edit.setFocus()
    qtbot.keyClicks(dialog.answer.edit, "Alleen met een ")
    qtbot.mouseClick(dialog.answer.bold, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.answer.edit, "standplaatsvergunning")
    qtbot.mouseClick(dialog.answer.bold, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.answer.edit, ".")
    assert dialog.answer.markdown() == "Alleen met een **standplaatsvergunning**."
    dialog.valid_from.set_value(date.today())
    dialog.valid_until.set_value(date.today() - timedelta(days=1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.rows["valid_until"].message.isVisible)
    assert "kan niet verlopen voordat" in dialog.rows["valid_until"].message.text()
    assert dialog.question.text() == "Mag ik een foodtruck neerzetten?"
    dialog.valid_until.set_value(None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))
    page.scope.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)


def test_expired_article_handout_says_so(worker: DatabaseWorker, tmp_path: Path) -> None:
    _setup(worker)
    from models.documents import services as documents
    from views.documents.knowledge import render_article

    with worker.database.session() as session:
        [expired] = knowledge.list_articles(session, knowledge.ArticleScope.NEEDS_REVIEW, today=date.today())
        render_article(documents.article_sheet(session, expired.id, today=date.today()), tmp_path / "x.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "x.pdf").pages)
    assert "Verlopen: gold tot en met" in text and "geldt niet meer" in text


def test_a_question_typed_while_the_database_is_away_is_logged_when_it_returns(
    qtbot,
    window: MainWindow,
    worker: DatabaseWorker,
    monkeypatch,
) -> None:
    _setup(worker)
    window.show_page("desk")
    desk = window.page("desk")
    qtbot.waitUntil(lambda: not worker.busy)
    real_session = worker.database.session
    down = {"on": True}

    def session(user_id=None):
        if down["on"]:
            raise DatabaseUnavailableError("The database server {path} cannot be reached.", path="db.example")
        return real_session(user_id)

    monkeypatch.setattr(worker.database, "session", session)
    desk.visitor.setFocus()
    qtbot.keyClicks(desk.visitor, "Inwoner")
    desk.question.setFocus()
    qtbot.keyClicks(desk.question, "Waar kan ik een klacht indienen?")
    qtbot.keyClick(desk.question, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(window.banner.isVisible)
    assert "zodra de verbinding terug is" in desk.banner.text()
    assert desk.question.toPlainText() == "Waar kan ik een klacht indienen?"  # nothing lost

    down["on"] = False
    with qtbot.waitSignal(desk.logged, timeout=10000):
        qtbot.mouseClick(window.banner.button, Qt.MouseButton.LeftButton)
    assert desk.question.toPlainText() == ""
    with worker.database.session() as s:
        [logged] = svc.questions(s, date.today(), date.today())
    assert (logged.question, logged.who) == ("Waar kan ik een klacht indienen?", "Inwoner")


def test_the_desk_search_says_why_and_puts_a_file_opened_lately_first(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    """Two companies whose contact person is Jan de Vries: the one opened lately comes first at
    the desk too (as in the top bar), and each hit says it was found by its contact person."""
    ids = []
    with worker.database.session(user_id=1) as session:
        for name in ("Aannemer Altena", "Zeilmakerij Zuid"):
            company_id = companies_svc.create_company(
                session,
                companies_svc.CompanyInput(name=name),
                companies_svc.EstablishmentInput(
                    street="Kerklaan", house_number="4", postcode="1241 AB", city="Kortenhoef"
                ),
            )
            companies_svc.add_contact(
                session,
                company_id,
                companies_svc.ContactInput(first_name="Jan", name_prefix="de", last_name="Vries"),
            )
            ids.append(company_id)
        session.commit()
    window.open_company(ids[1])  # the file of Zeilmakerij Zuid, opened lately
    qtbot.waitUntil(lambda: window.company.record is not None and window.company.record.id == ids[1])
    window.show_page("desk")
    desk = window.page("desk")
    desk.company_search.setText("Jan de Vries")
    with qtbot.waitSignal(desk.company_search.results_shown, timeout=10000):
        desk.company_search.search_now()
    shown = desk.company_search.popup.list
    first = shown.itemWidget(shown.item(0)).text()
    assert "Zeilmakerij Zuid" in first
    mark = "<span style='background-color:#fde68a;color:#1f1f1f'>"
    assert f"contactpersoon: {mark}Jan de Vries</span>" in first
    assert f"contactpersoon: {mark}Jan de Vries</span>" in shown.itemWidget(shown.item(1)).text()
