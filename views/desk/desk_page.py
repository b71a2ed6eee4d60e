"""The desk (ondernemersloket): find the company, answer from the knowledge base, log, hand over.

Built for speed from the keyboard, left to right as a conversation goes:

- Ctrl+L: find the company (any fragment, the global search service); Enter shows its card.
  Ctrl+B: a visitor without a company (a starter, a citizen).
- Ctrl+J: search the knowledge base while typing; Up/Down choose, Enter takes the answer
  into the log. Ctrl+P: the article printed as a handout.
- Ctrl+Enter: log the question (with "Hand over" ticked, Alt+O, also an agreement for the
  account manager or a chosen colleague). The form is emptied only once the log is saved:
  when the database is unreachable everything typed stays, and the save can be repeated.

The page composes its parts and wires them together: the company card (``company_card``), the
knowledge base (``answer_panel``), the log form (``question_form``) and today's questions with
what is asked most (``today_tabs``). What callers reach (the tests, the screenshot command) stays
reachable on the page itself.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from models.desk import services as svc
from models.desk.records import ArticleRecord
from models.desk.services import DeskSummary, LoggedQuestion
from views.common import icons
from views.common.date_field import DateField
from views.common.forms import FieldRow
from views.common.screen import ScrollingPane
from views.common.text import error_text
from views.common.worker import DatabaseWorker
from views.companies.search_box import SearchBox
from views.desk.answer_panel import AnswerPanel
from views.desk.company_card import CompanyCard
from views.desk.question_form import QuestionForm
from views.desk.today_tabs import TodayTabs

if TYPE_CHECKING:
    from models.notify import Change
    from views.shell.pages import Shell

STYLE = """
#deskCard { background: #f8f9fb; border: 1px solid #dde2ea; border-radius: 6px; }
#deskForm { background: #ffffff; border: 1px solid #dde2ea; border-radius: 6px; }
#cardTitle { font-size: 13pt; font-weight: 600; color: #1c2330; }
#sectionTitle { font-weight: 600; color: #1c2330; padding-top: 4px; }
#articleList { border: 1px solid #dde2ea; }
#articleList::item { padding: 4px 2px; }
#articleList::item:selected { background: #dbe6f5; color: #1c2330; }
"""


class DeskPage(QWidget):
    """Signals:
    open_company(int): show this company's file.
    summary_shown(int): the card of this company is on screen.
    articles_shown(int): this many articles match what was typed.
    logged(object): a question was logged (a ``LoggedQuestion``).
    """

    open_company = Signal(int)
    summary_shown = Signal(int)
    articles_shown = Signal(int)
    logged = Signal(object)

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self.summary: DeskSummary | None = None
        self.setStyleSheet(STYLE)

        # -- header: the company search
        title = QLabel(self.tr("Desk"))
        title.setObjectName("pageTitle")
        self.company_search = SearchBox(worker, self)
        self.company_search.setObjectName("globalSearch")
        self.company_search.setPlaceholderText(
            self.tr("Who is at the desk? Company name, KvK, street, postcode, contact person…  (Ctrl+L)")
        )
        self.company_search.open_company.connect(self.show_company)
        self.visitor_button = QPushButton(
            icons.icon("mdi6.account-outline"), self.tr("Visitor without company")
        )
        self.visitor_button.setToolTip(
            self.tr("A starter or a citizen: log the question without a company (Ctrl+B)")
        )
        self.visitor_button.clicked.connect(self.clear_company)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.company_search, 1)
        head.addWidget(self.visitor_button)

        # -- left to right: the company card, the knowledge base, the log form
        self.company_card = CompanyCard()
        self.company_card.open_company.connect(self.open_company)
        self.answer_panel = AnswerPanel(worker)
        self.answer_panel.articles_shown.connect(self.articles_shown)
        self.question_form = QuestionForm(worker)
        self.answer_panel.answer_chosen.connect(self.question_form.take_answer)
        self.question_form.logged.connect(self._logged)
        top = QSplitter(Qt.Orientation.Horizontal)
        # The card and the form scroll rather than grow: a message after Vastleggen, or a company
        # with much to tell, made the window taller than a 1366×768 screen.
        top.addWidget(ScrollingPane(self.company_card))
        top.addWidget(self.answer_panel)
        top.addWidget(self.question_form)  # its fields scroll, its buttons stay
        top.setSizes([330, 460, 420])
        top.setChildrenCollapsible(False)

        # -- bottom: today at the desk, and what is asked most
        self.tabs = TodayTabs(worker)
        self.tabs.company_chosen.connect(self.show_company)

        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(top)
        body.addWidget(self.tabs)
        body.setSizes([520, 230])
        body.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(body, 1)

        for keys, slot, what in (
            ("Ctrl+L", self.focus_company_search, self.tr("Find the visitor's company")),
            ("Ctrl+J", self.focus_article_search, self.tr("Search the knowledge base")),
            ("Ctrl+B", self.clear_company, self.tr("A visitor without a company")),
            ("Ctrl+P", self.print_article, self.tr("Print the article for the visitor")),
            ("Ctrl+Return", self.save, self.tr("Log the question")),
            ("Ctrl+Enter", self.save, self.tr("Log the question")),
            ("Alt+O", self.question_form.toggle_handover, self.tr("Hand the question over")),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)  # said in the keyboard shortcuts overview (F1)
            shortcut.activated.connect(slot)
        self._show_summary(None)

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Fresh colleagues, today's questions and the statistics (when the page is shown)."""
        self.question_form.reload_officials()
        self.reload_today()
        self.reload_stats()
        if not self.article_search.text():
            self.search_articles()

    def reload_today(self) -> None:
        self.tabs.reload_today()

    def reload_stats(self) -> None:
        self.tabs.reload_stats()

    # -- the company ------------------------------------------------------------------------

    def focus_company_search(self) -> None:
        self.company_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.company_search.selectAll()

    def show_company(self, company_id: int) -> None:
        today = date.today()
        self.worker.run(
            lambda s: svc.company_summary(s, company_id, today=today),
            self._summary_loaded,
            lambda error: self.question_form.say(error_text(error)),
        )

    def _summary_loaded(self, summary: DeskSummary) -> None:
        self._show_summary(summary)
        self.summary_shown.emit(summary.company_id)
        self.question.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_company(self) -> None:
        self._show_summary(None)
        self.visitor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_summary(self, summary: DeskSummary | None) -> None:
        self.summary = summary
        self.question_form.set_company(summary)
        self.company_card.show_summary(summary)

    # -- the knowledge base and the log ------------------------------------------------------

    def focus_article_search(self) -> None:
        self.answer_panel.focus_article_search()

    def search_articles(self) -> None:
        self.answer_panel.search_articles()

    def use_answer(self) -> None:
        """Take the shown article's answer into the log; the question is kept when already typed."""
        self.answer_panel.use_answer()

    def export_article(self) -> None:
        self.answer_panel.export_article()

    def print_article(self) -> None:
        self.answer_panel.print_article()

    def question_input(self) -> svc.QuestionInput:
        return self.question_form.question_input()

    def save(self) -> None:
        self.question_form.save()

    def reset_form(self) -> None:
        """Empty the log for the next visitor; the company stays until another is chosen."""
        self.question_form.reset_form()

    def _logged(self, result: LoggedQuestion) -> None:
        self.reload_today()
        self.reload_stats()
        if self.summary is not None:
            self.show_company(self.summary.company_id)
        self.logged.emit(result)

    # -- the parts' widgets, as callers reach them on the page --------------------------------

    @property
    def card(self) -> QLabel:
        return self.company_card.card

    @property
    def open_button(self) -> QPushButton:
        return self.company_card.open_button

    @property
    def article_search(self) -> QLineEdit:
        return self.answer_panel.article_search

    @property
    def _timer(self) -> QTimer:
        return self.answer_panel._timer

    @property
    def results(self) -> QListWidget:
        return self.answer_panel.results

    @property
    def answer_view(self) -> QTextBrowser:
        return self.answer_panel.answer_view

    @property
    def use_button(self) -> QPushButton:
        return self.answer_panel.use_button

    @property
    def pdf_button(self) -> QPushButton:
        return self.answer_panel.pdf_button

    @property
    def article(self) -> ArticleRecord | None:
        """The article whose answer is in the log."""
        return self.question_form.article

    @property
    def form(self) -> QFormLayout:
        return self.question_form.form

    @property
    def rows(self) -> dict[str, FieldRow]:
        return self.question_form.rows

    @property
    def channel(self) -> QComboBox:
        return self.question_form.channel

    @property
    def who(self) -> QLabel:
        return self.question_form.who

    @property
    def contact(self) -> QComboBox:
        return self.question_form.contact

    @property
    def visitor(self) -> QLineEdit:
        return self.question_form.visitor

    @property
    def question(self) -> QPlainTextEdit:
        return self.question_form.question

    @property
    def answer(self) -> QPlainTextEdit:
        return self.question_form.answer

    @property
    def article_label(self) -> QLabel:
        return self.question_form.article_label

    @property
    def handover(self) -> QCheckBox:
        return self.question_form.handover

    @property
    def assignee(self) -> QComboBox:
        return self.question_form.assignee

    @property
    def due(self) -> DateField:
        return self.question_form.due

    @property
    def banner(self) -> QLabel:
        return self.question_form.banner

    @property
    def save_button(self) -> QPushButton:
        return self.question_form.save_button

    @property
    def clear_button(self) -> QPushButton:
        return self.question_form.clear_button

    @property
    def today_list(self) -> QTreeWidget:
        return self.tabs.today_list

    @property
    def today_empty(self) -> QLabel:
        return self.tabs.today_empty

    @property
    def period(self) -> QComboBox:
        return self.tabs.period

    @property
    def stats(self) -> QTextBrowser:
        return self.tabs.stats

    # -- as a page of the window --

    def activated(self) -> None:
        self.reload()
        self.focus_company_search()

    def refresh(self, change: Change, shown: bool) -> None:
        if shown and change.touches("desk_question"):
            self.reload_today()  # the questions colleagues logged today


# -- as a page of the main window (views/shell/pages.py) ------------------------------------------


def make_page(shell: Shell) -> DeskPage:
    page = DeskPage(shell.worker)
    page.open_company.connect(shell.open_company)
    page.company_search.recent_ids = shell.recent_company_ids  # as in the top bar
    page.logged.connect(lambda _logged: shell.tell_overdue())
    return page
