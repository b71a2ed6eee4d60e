"""The bottom of the desk: the questions logged today, and what is asked most in a period."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import fulltext
from models.consultations.entities import CHANNEL_LABELS
from models.desk import services as svc
from views.common import icons
from views.common.accessibility import name_view
from views.common.export import Exporter, snapshot
from views.common.text import format_date, format_short_datetime, label
from views.common.worker import DatabaseWorker

COMPANY_ROLE = Qt.ItemDataRole.UserRole
SEARCH_MS = 250  # one search when typing pauses, not one per letter


class TodayTabs(QTabWidget):
    """Signals:
    company_chosen(int): a question of this company was activated in today's list.
    """

    company_chosen = Signal(int)

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.today_list = QTreeWidget()
        name_view(self.today_list, self.tr("Questions today"))
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
        # Word search over every question ever logged (by index: models.desk.services); while it
        # holds words, the list shows what it found instead of today's questions.
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search all questions asked"))
        self.search.setAccessibleDescription(
            self.tr("Words of the question, the answer, the company or the visitor")
        )
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Search all questions asked"))
        self.search.setToolTip(self.tr("Words of the question, the answer, the company or the visitor"))
        self.search.setMinimumWidth(260)
        self.search.setMaximumWidth(420)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_MS)
        self._search_timer.timeout.connect(self.reload_today)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_hint = QLabel(self.tr("Type at least 3 letters"))
        self.search_hint.setObjectName("muted")
        self.search_hint.setVisible(False)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search)
        search_row.addWidget(self.search_hint)
        search_row.addWidget(self.today_empty)
        search_row.addStretch(1)
        today_box = QWidget()
        today_layout = QVBoxLayout(today_box)
        today_layout.setContentsMargins(4, 4, 4, 4)
        today_layout.addLayout(search_row)
        today_layout.addWidget(self.today_list, 1)
        self.addTab(today_box, self.tr("Today at the desk"))
        self.exporter = Exporter(
            self,
            worker,
            lambda: self.tr("Desk questions"),
            lambda: snapshot(self.today_list, self.tr("Desk questions")),
        )
        self.setCornerWidget(self.exporter.button)
        self.currentChanged.connect(lambda index: self.exporter.button.setVisible(index == 0))

        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
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
        self.stats.setAccessibleName(self.tr("Figures"))
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
        self.addTab(stats_box, self.tr("Asked most"))

    def searched(self) -> str:
        """The words to look for, or "" while none is long enough for the index (today's questions
        stay in the list and a hint asks for a third letter)."""
        typed = self.search.text().strip()
        short = bool(typed) and fulltext.too_short(fulltext.search_words(typed))
        self.search_hint.setVisible(short)
        return "" if short else typed

    def reload_today(self) -> None:
        """Today's questions, or what the search box finds among all of them."""
        self._search_timer.stop()
        typed = self.searched()
        if typed:
            self.worker.run(lambda s: svc.search_questions(s, typed), self._found)
        else:
            today = date.today()
            self.worker.run(lambda s: svc.questions(s, today, today), self._today_loaded)

    def _found(self, records: list[svc.QuestionRecord]) -> None:
        self._show(records, whole_date=True)
        self.today_empty.setText(self.tr("No question holds these words."))
        self.setTabText(0, self.tr("Questions found (%1)").replace("%1", str(len(records))))

    def _today_loaded(self, records: list[svc.QuestionRecord]) -> None:
        self._show(records, whole_date=False)
        self.today_empty.setText(self.tr("No questions yet today. Logged questions appear here."))
        self.setTabText(0, self.tr("Today at the desk (%1)").replace("%1", str(len(records))))

    def _show(self, records: list[svc.QuestionRecord], *, whole_date: bool) -> None:
        self.today_list.clear()
        self.today_list.setColumnWidth(0, 110 if whole_date else 60)
        for r in records:
            when = format_short_datetime(r.asked_at)
            item = QTreeWidgetItem(
                [
                    when if whole_date else when[-5:],
                    label(CHANNEL_LABELS[r.channel]),
                    r.who or self.tr("(unknown)"),
                    " ".join(r.question.split()),
                    r.article or "—",
                    r.handed_to or "",
                ]
            )
            item.setData(0, COMPANY_ROLE, r.company_id)
            item.setToolTip(3, r.question + ("\n\n" + r.answer if r.answer else ""))
            self.today_list.addTopLevelItem(item)
        self.today_empty.setVisible(not records)

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

    def _question_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        company_id = item.data(0, COMPANY_ROLE)
        if company_id is not None:
            self.company_chosen.emit(company_id)
