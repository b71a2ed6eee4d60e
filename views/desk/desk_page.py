"""The desk (ondernemersloket): find the company, answer from the knowledge base, log, hand over.

Built for speed from the keyboard, left to right as a conversation goes:

- Ctrl+L: find the company (any fragment, the global search service); Enter shows its card.
  Ctrl+B: a visitor without a company (a starter, a citizen).
- Ctrl+J: search the knowledge base while typing; Up/Down choose, Enter takes the answer
  into the log. Ctrl+P: the article as a handout (PDF).
- Ctrl+Enter: log the question (with "Hand over" ticked, Alt+O, also an agreement for the
  account manager or a chosen colleague). The form is emptied only once the log is saved:
  when the database is unreachable everything typed stays, and the save can be repeated.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING

import qtawesome as qta
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.consultations.entities import CHANNEL_LABELS, Channel
from models.desk import knowledge
from models.desk import services as svc
from models.desk.entities import DESK_CHANNELS
from models.desk.knowledge import ARTICLE_STATE_LABELS
from models.desk.records import ArticleRecord, ArticleState
from models.desk.services import DeskSummary, LoggedQuestion
from models.documents import services as documents
from models.errors import DatabaseUnavailableError, DomainError, ValidationError
from models.lookups import Choice, officials
from models.signals.entities import SIGNAL_STATUS_LABELS
from models.signals.services import is_overdue as is_signal_overdue
from models.validation import format_phone
from views.common.forms import FieldRow, fill_combo
from views.common.pdf_export import PdfPreviewDialog, safe_file_name
from views.common.text import (
    error_text,
    field_error_text,
    format_date,
    format_short_date,
    format_short_datetime,
    label,
)
from views.common.widgets import OptionalDateEdit
from views.common.worker import DatabaseWorker
from views.companies.search_box import SearchBox
from views.consultations.agreements import due_text, urgency_colour
from views.documents.knowledge import render_article

if TYPE_CHECKING:
    from models.notify import Change
    from views.shell.pages import Shell

DEBOUNCE_MS = 100
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S)
_FRAGMENT = re.compile(r"<!--(Start|End)Fragment-->")
ARTICLE_ROLE = Qt.ItemDataRole.UserRole
STYLE = """
#deskCard { background: #f8f9fb; border: 1px solid #dde2ea; border-radius: 6px; }
#deskForm { background: #ffffff; border: 1px solid #dde2ea; border-radius: 6px; }
#cardTitle { font-size: 13pt; font-weight: 600; color: #1c2330; }
#sectionTitle { font-weight: 600; color: #1c2330; padding-top: 4px; }
#articleList { border: 1px solid #dde2ea; }
#articleList::item { padding: 4px 2px; }
#articleList::item:selected { background: #dbe6f5; color: #1c2330; }
"""
PAST_REVIEW_COLOUR = "#b26a00"
INVALID_COLOUR = "#b3261e"


def state_html(record: ArticleRecord, today: date) -> str:
    """A mark for anything but a plain valid article; the colour is never the only sign."""
    text = escape(label(ARTICLE_STATE_LABELS[record.state]))
    if record.state is ArticleState.VALID:
        return ""
    colour = PAST_REVIEW_COLOUR if record.state is ArticleState.PAST_REVIEW else INVALID_COLOUR
    return f"<span style='color:{colour}; font-weight:600'>● {text}</span>"


class _ArticleKeys(QObject):
    """Up/Down in the knowledge search move through the results; Enter takes the answer."""

    def __init__(self, page: DeskPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            results = self.page.results
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and results.count():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                results.setCurrentRow(max(0, min(results.count() - 1, results.currentRow() + step)))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.page.use_answer()
                return True
        return super().eventFilter(obj, event)


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
        self.article: ArticleRecord | None = None  # the article whose answer is in the log
        self._shown: ArticleRecord | None = None  # the article being read
        self._article_ticket = 0
        self._officials: list[Choice] = []
        self._save_when_back = False  # a log failed because the database was unreachable
        worker.available.connect(self._connection_back)
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
            qta.icon("mdi6.account-outline"), self.tr("Visitor without company")
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

        # -- left: the company card
        self.card = QLabel()
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setWordWrap(True)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(qta.icon("mdi6.folder-open-outline"), self.tr("Open file"))
        self.open_button.clicked.connect(self._open_file)
        card_frame = QFrame()
        card_frame.setObjectName("deskCard")
        card_layout = QVBoxLayout(card_frame)
        card_layout.addWidget(self.card, 1)
        card_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)

        # -- middle: the knowledge base
        self.article_search = QLineEdit()
        self.article_search.setObjectName("articleSearch")
        self.article_search.setClearButtonEnabled(True)
        self.article_search.addAction(
            qta.icon("mdi6.book-search-outline"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.article_search.setPlaceholderText(self.tr("Search the knowledge base…  (Ctrl+J)"))
        self.article_search.installEventFilter(_ArticleKeys(self))
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_articles)
        self.article_search.textEdited.connect(lambda _t: self._timer.start())
        self.results = QListWidget()
        self.results.setObjectName("articleList")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setUniformItemSizes(True)
        self.results.currentItemChanged.connect(self._article_selected)
        self.results.itemDoubleClicked.connect(lambda _i: self.use_answer())
        self.answer_view = QTextBrowser()
        self.answer_view.setOpenExternalLinks(True)
        self.use_button = QPushButton(
            qta.icon("mdi6.arrow-right-bold-box-outline"), self.tr("Use this answer (Enter)")
        )
        self.use_button.clicked.connect(self.use_answer)
        self.pdf_button = QPushButton(qta.icon("mdi6.printer-outline"), self.tr("Handout (PDF)"))
        self.pdf_button.setToolTip(self.tr("Print the article or hand it out as a PDF (Ctrl+P)"))
        self.pdf_button.clicked.connect(self.export_article)
        article_buttons = QHBoxLayout()
        article_buttons.addWidget(self.pdf_button)
        article_buttons.addStretch(1)
        article_buttons.addWidget(self.use_button)
        knowledge_box = QWidget()
        knowledge_layout = QVBoxLayout(knowledge_box)
        knowledge_layout.setContentsMargins(0, 0, 0, 0)
        knowledge_layout.addWidget(self.article_search)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.results)
        split.addWidget(self.answer_view)
        split.setSizes([150, 250])
        knowledge_layout.addWidget(split, 1)
        knowledge_layout.addLayout(article_buttons)

        # -- right: the log form
        form_frame = QFrame()
        form_frame.setObjectName("deskForm")
        self.form = QFormLayout(form_frame)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.rows: dict[str, FieldRow] = {}
        heading = QLabel(self.tr("Log the question"))
        heading.setObjectName("sectionTitle")
        self.form.addRow(heading)
        self.channel = QComboBox()
        fill_combo(
            self.channel, [Choice(value=c.value, label=label(CHANNEL_LABELS[c])) for c in DESK_CHANNELS], None
        )
        self._field("channel", self.tr("Channel"), self.channel)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.form.addRow(self.tr("Company"), self.who)
        self.contact = QComboBox()
        self._field("contact_id", self.tr("Contact person"), self.contact)
        self.visitor = QLineEdit()
        self.visitor.setPlaceholderText(self.tr("Name or description, e.g. starter, bakery"))
        self._field("visitor", self.tr("Visitor"), self.visitor)
        self.question = QPlainTextEdit()
        self.question.setObjectName("question")
        self.question.setTabChangesFocus(True)
        self.question.setFixedHeight(64)
        self.question.setPlaceholderText(self.tr("What does the entrepreneur ask?"))
        self._field("question", self.tr("Question"), self.question)
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.answer.setFixedHeight(84)
        self.answer.setPlaceholderText(self.tr("The answer given (empty when handed over)"))
        self._field("answer", self.tr("Answer"), self.answer)
        self.article_label = QLabel("—")
        self.article_label.setWordWrap(True)
        self.article_label.setObjectName("muted")
        self.form.addRow(self.tr("Article"), self.article_label)
        self.handover = QCheckBox(self.tr("Hand over to (Alt+O)"))
        self.handover.toggled.connect(self._handover_toggled)
        self.assignee = QComboBox()
        self.rows["assignee_id"] = FieldRow(self.assignee)
        self.form.addRow(self.handover, self.rows["assignee_id"])
        self.due = OptionalDateEdit(svc.default_due(date.today()))
        self._field("due_date", self.tr("Due"), self.due)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.form.addRow(self.banner)
        self.save_button = QPushButton(qta.icon("mdi6.content-save-outline"), self.tr("Log (Ctrl+Enter)"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Empty form"))
        self.clear_button.clicked.connect(self.reset_form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        self.form.addRow(buttons)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(card_frame)
        top.addWidget(knowledge_box)
        top.addWidget(form_frame)
        top.setSizes([330, 460, 420])
        top.setChildrenCollapsible(False)

        # -- bottom: today at the desk, and what is asked most
        self.tabs = QTabWidget()
        self.today_list = QTreeWidget()
        self.today_list.setHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Channel"),
                self.tr("Who"),
                self.tr("Question"),
                self.tr("Article"),
                self.tr("Handed over to"),
            ]
        )
        self.today_list.setRootIsDecorated(False)
        self.today_list.setAlternatingRowColors(True)
        self.today_list.setUniformRowHeights(True)
        self.today_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.today_list.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.today_list.header().setStretchLastSection(False)
        for column, width in ((0, 60), (1, 90), (2, 200), (4, 240), (5, 150)):
            self.today_list.setColumnWidth(column, width)
        self.today_list.itemActivated.connect(self._question_activated)
        self.today_empty = QLabel(self.tr("No questions yet today. Logged questions appear here."))
        self.today_empty.setObjectName("muted")
        today_box = QWidget()
        today_layout = QVBoxLayout(today_box)
        today_layout.setContentsMargins(4, 4, 4, 4)
        today_layout.addWidget(self.today_empty)
        today_layout.addWidget(self.today_list, 1)
        self.tabs.addTab(today_box, self.tr("Today at the desk"))

        self.period = QComboBox()
        for days, text in (
            (7, self.tr("Last 7 days")),
            (30, self.tr("Last 30 days")),
            (91, self.tr("Last quarter")),
            (365, self.tr("Last year")),
        ):
            self.period.addItem(text, days)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.reload_stats)
        self.stats = QTextBrowser()
        self.stats.setFrameShape(QFrame.Shape.NoFrame)
        stats_box = QWidget()
        stats_layout = QVBoxLayout(stats_box)
        stats_layout.setContentsMargins(4, 4, 4, 4)
        period_row = QHBoxLayout()
        period_row.addWidget(QLabel(self.tr("Period")))
        period_row.addWidget(self.period)
        period_row.addStretch(1)
        stats_layout.addLayout(period_row)
        stats_layout.addWidget(self.stats, 1)
        self.tabs.addTab(stats_box, self.tr("Asked most"))

        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(top)
        body.addWidget(self.tabs)
        body.setSizes([520, 230])
        body.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(body, 1)

        for keys, slot in (
            ("Ctrl+L", self.focus_company_search),
            ("Ctrl+J", self.focus_article_search),
            ("Ctrl+B", self.clear_company),
            ("Ctrl+P", self.export_article),
            ("Ctrl+Return", self.save),
            ("Ctrl+Enter", self.save),
            ("Alt+O", self._toggle_handover),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._show_summary(None)
        self._show_article(None)
        self._handover_toggled(False)

    def _field(self, name: str, text: str, editor: QWidget) -> None:
        row = FieldRow(editor)
        self.rows[name] = row
        caption = QLabel(text)
        caption.setBuddy(editor)
        self.form.addRow(caption, row)

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Fresh colleagues, today's questions and the statistics (when the page is shown)."""
        self.worker.run(lambda s: officials(s), self._officials_loaded)
        self.reload_today()
        self.reload_stats()
        if not self.article_search.text():
            self.search_articles()

    def _officials_loaded(self, choices: list[Choice]) -> None:
        self._officials = choices
        self._fill_assignees()

    def _fill_assignees(self, *, reset: bool = False) -> None:
        """The account manager first (the default), then every active colleague."""
        current = None if reset else self.assignee.currentData()
        manager = self.summary.manager_id if self.summary and self.summary.manager_active else None
        empty = (
            self.tr("Account manager: %1").replace("%1", self.summary.manager or "")
            if manager and self.summary
            else None
        )
        choices = [c for c in self._officials if c.value != manager] if manager else self._officials
        fill_combo(self.assignee, choices, empty)
        index = self.assignee.findData(current)
        self.assignee.setCurrentIndex(max(index, 0))

    def reload_today(self) -> None:
        today = date.today()
        self.worker.run(lambda s: svc.questions(s, today, today), self._today_loaded)

    def _today_loaded(self, records: list[svc.QuestionRecord]) -> None:
        self.today_list.clear()
        for r in records:
            item = QTreeWidgetItem(
                [
                    format_short_datetime(r.asked_at)[-5:],
                    label(CHANNEL_LABELS[r.channel]),
                    r.who or self.tr("(unknown)"),
                    " ".join(r.question.split()),
                    r.article or "—",
                    r.handed_to or "",
                ]
            )
            item.setData(0, ARTICLE_ROLE, r.company_id)
            item.setToolTip(3, r.question + ("\n\n" + r.answer if r.answer else ""))
            self.today_list.addTopLevelItem(item)
        self.today_empty.setVisible(not records)
        self.tabs.setTabText(0, self.tr("Today at the desk (%1)").replace("%1", str(len(records))))

    def reload_stats(self) -> None:
        days = int(self.period.currentData())
        last = date.today()
        first = last - timedelta(days=days - 1)
        self.worker.run(
            lambda s: svc.asked_most(s, first, last), lambda stats: self._stats_loaded(first, stats)
        )

    def _stats_loaded(self, first: date, stats: svc.AskedMost) -> None:
        if not stats.total:
            self.stats.setHtml(escape(self.tr("No questions logged in this period.")))
            return

        def table(title: str, rows: list[tuple[str, int]]) -> str:
            lines = (
                "".join(
                    f"<tr><td>{escape(name)}</td><td align='right' style='padding-left:12px'><b>{n}</b></td></tr>"
                    for name, n in rows
                )
                or f"<tr><td>{escape('—')}</td></tr>"
            )
            return (
                f"<td valign='top' style='padding-right:28px'><b>{escape(title)}</b>"
                f"<table cellspacing='0' cellpadding='1'>{lines}</table></td>"
            )

        summary = (
            self.tr(
                "%1 questions since %2; %3 answered without an article (a gap in the knowledge base), "
                "%4 handed over."
            )
            .replace("%1", str(stats.total))
            .replace("%2", format_date(first))
            .replace("%3", str(stats.without_article))
            .replace("%4", str(stats.handed_over))
        )
        channels = [(label(CHANNEL_LABELS[c]), n) for c, n in stats.by_channel]
        self.stats.setHtml(
            f"<p>{escape(summary)}</p><table><tr>"
            + table(self.tr("Topic (tag)"), stats.by_tag[:8])
            + table(self.tr("Department"), stats.by_department[:8])
            + table(self.tr("Article"), [(q, n) for _id, q, n in stats.by_article[:8]])
            + table(self.tr("Channel"), channels)
            + "</tr></table>"
        )

    # -- the company ------------------------------------------------------------------------

    def focus_company_search(self) -> None:
        self.company_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.company_search.selectAll()

    def show_company(self, company_id: int) -> None:
        today = date.today()
        self.worker.run(
            lambda s: svc.company_summary(s, company_id, today=today),
            self._summary_loaded,
            lambda error: self._say(error_text(error)),
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
        self.open_button.setEnabled(summary is not None)
        self.contact.clear()
        self.rows["contact_id"].setVisible(summary is not None)
        self.form.labelForField(self.rows["contact_id"]).setVisible(summary is not None)
        self.rows["visitor"].setVisible(summary is None)
        self.form.labelForField(self.rows["visitor"]).setVisible(summary is None)
        if summary is None:
            self.card.setText(
                "<p style='font-size:13pt; font-weight:600'>"
                + escape(self.tr("No company chosen"))
                + "</p><p>"
                + escape(
                    self.tr(
                        "Find the company above (Ctrl+L), or help a visitor without a company: "
                        "a starter or a citizen. Their question is logged at the desk, "
                        "without a contact moment in a company file."
                    )
                )
                + "</p>"
            )
            self.who.setText("<i>" + escape(self.tr("visitor without company")) + "</i>")
            self.handover.setChecked(False)
            self.handover.setEnabled(False)
            self.handover.setToolTip(self.tr("A handover needs a company: find the company first."))
            self._fill_assignees(reset=True)
            return
        self.who.setText(f"<b>{escape(summary.name)}</b>")
        self.handover.setEnabled(not summary.archived)
        self.handover.setToolTip("")
        self.contact.addItem(self.tr("(not known)"), None)
        for contact_id, name, role in summary.contacts:
            self.contact.addItem(f"{name} ({role})" if role else name, contact_id)
        self._fill_assignees(reset=True)
        self.card.setText(self._card_html(summary))

    def _card_html(self, s: DeskSummary) -> str:
        today = date.today()
        archived, manager_title = self.tr("archived"), self.tr("Account manager")
        inactive_text, no_manager = (
            self.tr("no longer active"),
            self.tr("None: a handover goes to a colleague you choose."),
        )
        open_title, none_text = self.tr("Open agreements"), self.tr("None.")
        recent_title, no_contact = self.tr("Recent contact"), self.tr("No contact logged yet.")
        muted = "<span style='color:#5f6673'>%s</span>"
        parts = [f"<p style='margin:0'><span style='font-size:13pt; font-weight:600'>{escape(s.name)}</span>"]
        if s.archived:
            parts.append(f" <span style='color:{INVALID_COLOUR}'>({escape(archived)})</span>")
        detail = "  ·  ".join(
            escape(p) for p in (f"KvK {s.kvk_number}" if s.kvk_number else "", s.address) if p
        )
        parts.append(f"<br>{muted % detail}</p>")
        parts.append(f"<p style='margin-top:10px'><b>{escape(manager_title)}</b><br>")
        if s.manager:
            phone = format_phone(s.manager_phone) if s.manager_phone else ""
            reach = " · ".join(escape(p) for p in (phone, s.manager_email or "") if p)
            inactive = (
                ""
                if s.manager_active
                else f" <span style='color:{INVALID_COLOUR}'>({escape(inactive_text)})</span>"
            )
            parts.append(f"{escape(s.manager)}{inactive}<br>{muted % reach}</p>")
        else:
            parts.append(muted % escape(no_manager) + "</p>")
        parts.append(f"<p style='margin-top:10px'><b>{escape(open_title)} ({s.open_count})</b><br>")
        if not s.open_agreements:
            parts.append(muted % escape(none_text))
        for a in s.open_agreements:
            colour = urgency_colour(a, today)
            style = f" style='color:{colour.name()}'" if colour else ""
            parts.append(
                f"<span{style}>{escape(due_text(a))}</span> – {escape(a.description)} "
                + muted % f"({escape(a.assignee or '—')})"
                + "<br>"
            )
        if s.open_count > len(s.open_agreements):
            more = self.tr("… and %1 more in the file.").replace(
                "%1", str(s.open_count - len(s.open_agreements))
            )
            parts.append(muted % escape(more))
        parts.append("</p>")
        if s.open_signal_count:
            signals_title = self.tr("Open signals")
            parts.append(
                f"<p style='margin-top:10px'><b>{escape(signals_title)} ({s.open_signal_count})</b><br>"
            )
            for signal in s.open_signals:
                late = is_signal_overdue(signal.status, signal.due_date, today)
                style = f" style='color:{INVALID_COLOUR}'" if late else ""
                parts.append(
                    f"<span{style}>{escape(signal.number)}</span> · "
                    f"{escape(format_short_date(signal.reported_at.astimezone().date()))} · "
                    f"{escape(signal.category)} – {escape(label(SIGNAL_STATUS_LABELS[signal.status]))}<br>"
                )
            parts.append("</p>")
        parts.append(f"<p style='margin-top:10px'><b>{escape(recent_title)} ({s.moment_count})</b><br>")
        if not s.recent:
            parts.append(muted % escape(no_contact))
        for m in s.recent:
            parts.append(
                f"{escape(format_short_date(m.occurred_at.astimezone().date()))} · "
                f"{escape(label(CHANNEL_LABELS[m.channel]))} – {escape(m.subject)}<br>"
            )
        parts.append("</p>")
        return "".join(parts)

    def _open_file(self) -> None:
        if self.summary is not None:
            self.open_company.emit(self.summary.company_id)

    # -- the knowledge base -------------------------------------------------------------------

    def focus_article_search(self) -> None:
        self.article_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.article_search.selectAll()

    def search_articles(self) -> None:
        self._timer.stop()
        self._article_ticket += 1
        ticket, text, today = self._article_ticket, self.article_search.text(), date.today()
        self.worker.run(
            lambda s: knowledge.search_articles(s, text, today=today),
            lambda found: self._articles(ticket, found),
        )

    def _articles(self, ticket: int, found: list[ArticleRecord]) -> None:
        if ticket != self._article_ticket:
            return
        self.results.clear()
        for record in found:
            item = QListWidgetItem()
            mark = "⚠ " if record.state is ArticleState.PAST_REVIEW else ""
            item.setText(mark + record.question)
            details = " · ".join(p for p in (record.department or "", ", ".join(record.tags)) if p)
            item.setToolTip(record.question + ("\n" + details if details else ""))
            item.setData(ARTICLE_ROLE, record)
            if record.state is ArticleState.PAST_REVIEW:
                item.setForeground(Qt.GlobalColor.darkYellow)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        else:
            self._show_article(
                None,
                self.tr(
                    "No valid article matches. Answer yourself, or hand the question over; "
                    'a question without an article shows as a gap in "Asked most".'
                ),
            )
        self.articles_shown.emit(len(found))

    def _article_selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self._show_article(item.data(ARTICLE_ROLE) if item else None)

    def _show_article(self, record: ArticleRecord | None, empty: str = "") -> None:
        self._shown = record
        self.use_button.setEnabled(record is not None)
        self.pdf_button.setEnabled(record is not None)
        if record is None:
            hint = empty or self.tr("Type a few letters of the question.")
            self.answer_view.setHtml(f"<p style='color:#5f6673'>{escape(hint)}</p>")
            return
        today = date.today()
        meta = [escape(record.department or "")] if record.department else []
        if record.valid_until:
            meta.append(escape(self.tr("valid until %1").replace("%1", format_date(record.valid_until))))
        if record.tags:
            meta.append(escape(", ".join(record.tags)))
        warning = ""
        if record.state is ArticleState.PAST_REVIEW:
            warning = (
                "<p style='background:#fff4e0; color:#6d4200; padding:4px'>"
                + escape(
                    self.tr(
                        "Past its review date (%1): check the answer is still right before giving it."
                    ).replace("%1", format_date(record.review_on))
                )
                + "</p>"
            )
        # The answer is Markdown typed by a person: Qt renders it, nothing in it is read as HTML.
        answer = _BODY.search(QTextDocumentFragment.fromMarkdown(record.answer).toHtml())
        self.answer_view.setHtml(
            f"<h3 style='margin:0'>{escape(record.question)}</h3>"
            f"<p style='color:#5f6673; margin-top:2px'>{' · '.join(meta)} {state_html(record, today)}</p>"
            # Qt imports only what lies between fragment markers: drop them, or the heading goes.
            f"{warning}{_FRAGMENT.sub('', answer.group(1)) if answer else ''}"
        )

    def use_answer(self) -> None:
        """Take the shown article's answer into the log; the question is kept when already typed."""
        record = self._shown
        if record is None:
            return
        self.article = record
        self.answer.setPlainText(record.answer)
        if not self.question.toPlainText().strip():
            self.question.setPlainText(record.question)
        self.article_label.setText(record.question)
        self.question.setFocus(Qt.FocusReason.OtherFocusReason)

    def export_article(self) -> None:
        record = self._shown
        if record is None:
            return
        today = date.today()
        dialog = PdfPreviewDialog(
            self.worker,
            self.tr("Handout"),
            safe_file_name("Informatieblad", record.question[:60]),
            lambda s, path: render_article(documents.article_sheet(s, record.id, today=today), path),
            self.window(),
        )
        dialog.open()

    # -- logging --------------------------------------------------------------------------------

    def _toggle_handover(self) -> None:
        if self.handover.isEnabled():
            self.handover.toggle()

    def _handover_toggled(self, on: bool) -> None:
        self.rows["assignee_id"].setEnabled(on)
        self.rows["due_date"].setEnabled(on)

    def question_input(self) -> svc.QuestionInput:
        handover = None
        if self.handover.isChecked():
            handover = svc.HandoverInput(assignee_id=self.assignee.currentData(), due_date=self.due.value())
        return svc.QuestionInput(
            question=self.question.toPlainText(),
            answer=self.answer.toPlainText(),
            channel=Channel(self.channel.currentData()),
            article_id=self.article.id if self.article else None,
            company_id=self.summary.company_id if self.summary else None,
            contact_id=self.contact.currentData() if self.summary else None,
            visitor=self.visitor.text() if self.summary is None else "",
            handover=handover,
        )

    def save(self) -> None:
        self._save_when_back = False
        self._clear_errors()
        data = self.question_input()
        self.save_button.setEnabled(False)
        self.worker.run(lambda s: svc.log_question(s, data), self._saved, self._failed, commit=True)

    def _saved(self, result: LoggedQuestion) -> None:
        self.save_button.setEnabled(True)
        if result.assignee:
            text = self.tr('Logged and handed over to %1; it is in their "My work".').replace(
                "%1", result.assignee
            )
        elif result.interaction_id:
            text = self.tr("Logged as a contact moment in the company's file.")
        else:
            text = self.tr("Logged.")
        self.reset_form()
        self._say(text, ok=True)
        self.reload_today()
        self.reload_stats()
        if self.summary is not None:
            self.show_company(self.summary.company_id)
        self.logged.emit(result)

    def _failed(self, error: DomainError) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            first = None
            rest = []
            for item in error.errors:
                row = self.rows.get(item.field)
                if row is None:
                    rest.append(field_error_text(item))
                    continue
                row.set_error(field_error_text(item))
                first = first or row.editor
            if rest:
                self._say(" ".join(rest))
            if first is not None:
                first.setFocus()
            return
        if isinstance(error, DatabaseUnavailableError):
            self._save_when_back = True
            self._say(
                error_text(error)
                + " "
                + self.tr("The question stays here and is logged as soon as the connection is back.")
            )
            return
        self._say(error_text(error) + " " + self.tr("What you typed is kept; you can log it again."))

    def _connection_back(self) -> None:
        if self._save_when_back:
            self._save_when_back = False
            self.save()

    def _clear_errors(self) -> None:
        self.banner.setVisible(False)
        for row in self.rows.values():
            row.set_error(None)

    def _say(self, text: str, *, ok: bool = False) -> None:
        colour = "background: #e6f4ea; color: #1e5b2a;" if ok else "background: #fdecea; color: #8c1d18;"
        self.banner.setStyleSheet(colour + " padding: 6px; border-radius: 4px;")
        self.banner.setText(text)
        self.banner.setVisible(True)

    def reset_form(self) -> None:
        """Empty the log for the next visitor; the company stays until another is chosen."""
        self._clear_errors()
        self.question.clear()
        self.answer.clear()
        self.visitor.clear()
        self.article = None
        self.article_label.setText("—")
        self.handover.setChecked(False)
        self.due.set_value(svc.default_due(date.today()))
        self.channel.setCurrentIndex(0)

    def _question_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        company_id = item.data(0, ARTICLE_ROLE)
        if company_id is not None:
            self.show_company(company_id)

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
    page.logged.connect(lambda _logged: shell.tell_overdue())
    return page
