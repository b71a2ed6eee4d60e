"""The knowledge base as its maintainer sees it: every article, what needs review, editing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.desk import knowledge
from models.desk.knowledge import ARTICLE_STATE_LABELS, ArticleScope
from models.desk.records import ArticleRecord, ArticleState
from models.documents import services as documents
from models.errors import DomainError
from models.permissions import Permission
from views.common import icons
from views.common.date_field import DateField
from views.common.export import Exporter, snapshot
from views.common.forms import FormDialog
from views.common.pdf_export import PdfPreviewDialog, safe_file_name
from views.common.table_model import Column, LazyTableModel, table_view
from views.common.text import error_text, format_short_date, label
from views.common.widgets import ReportEditor
from views.common.worker import DatabaseWorker
from views.documents.knowledge import render_article

if TYPE_CHECKING:
    from views.shell.pages import Shell

REVIEW_MONTHS_DAYS = 182  # a new article is reviewed again after about six months


class ArticleModel(LazyTableModel[ArticleRecord]):
    def foreground(self, row: ArticleRecord) -> Any:
        if row.state in (ArticleState.EXPIRED, ArticleState.UPCOMING):
            return QBrush(QColor("#b3261e"))
        if row.state is ArticleState.PAST_REVIEW:
            return QBrush(QColor("#b26a00"))
        return None


class ArticleDialog(FormDialog):
    """A new knowledge article, or changes to one."""

    def __init__(
        self, worker: DatabaseWorker, record: ArticleRecord | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            worker, self.tr("New article") if record is None else self.tr("Knowledge article"), parent
        )
        self.record = record
        self.question = self.line(
            "question", self.tr("Question"), record.question if record else "", max_length=300
        )
        # Rich text in (bold, lists, kept as Markdown), shown formatted at the desk and in the handout.
        self.answer = ReportEditor(record.answer if record else "")
        self.answer.edit.setMinimumHeight(160)
        self.add_field("answer", self.tr("Answer"), self.answer)
        self.tags = self.line(
            "tags",
            self.tr("Tags"),
            ", ".join(record.tags) if record else "",
            hint=self.tr("Separated by commas, e.g. terrace, catering, permit"),
            max_length=400,
        )
        self.department = self.line(
            "department", self.tr("Department"), record.department if record else "", max_length=120
        )
        self.valid_from = DateField(record.valid_from if record else date.today())
        self.add_field("valid_from", self.tr("Valid from"), self.valid_from)
        self.valid_until = DateField(record.valid_until if record else None)
        self.add_field(
            "valid_until", self.tr("Valid until"), self.valid_until, self.tr("Empty: until further notice")
        )
        self.review_on = DateField(
            record.review_on if record else date.today() + timedelta(days=REVIEW_MONTHS_DAYS)
        )
        self.add_field("review_on", self.tr("Review on"), self.review_on)
        self.setMinimumWidth(640)
        self.question.setFocus()

    def article_input(self) -> knowledge.ArticleInput:
        return knowledge.ArticleInput(
            question=self.question.text(),
            answer=self.answer.markdown(),
            tags=self.tags.text(),
            department=self.department.text(),
            valid_from=self.valid_from.value(),
            valid_until=self.valid_until.value(),
            review_on=self.review_on.value(),
        )

    def task(self) -> Callable[[Session], Any]:
        data, record = self.article_input(), self.record
        if record is None:
            return lambda s: knowledge.create_article(s, data)
        return lambda s: knowledge.update_article(s, record.id, record.version, data)

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        article_id = self.record.id
        return lambda s: knowledge.article(s, article_id, today=date.today())

    def sibling(self, record: ArticleRecord) -> ArticleDialog:
        return ArticleDialog(self.worker, record)


class KnowledgePage(QWidget):
    """Signals:
    loaded(int): this many articles are listed.
    changed(): an article was added, changed or archived.
    """

    loaded = Signal(int)
    changed = Signal()

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self._ticket = 0
        title = QLabel(self.tr("Knowledge base"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)  # a larger system font: on two lines rather than cut off
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Which articles"))
        for scope, text in (
            (ArticleScope.VALID, self.tr("Valid today")),
            (ArticleScope.NEEDS_REVIEW, self.tr("Needs review")),
            (ArticleScope.ALL, self.tr("All articles")),
            (ArticleScope.ARCHIVED, self.tr("Withdrawn")),
        ):
            self.scope.addItem(text, scope)
        self.scope.currentIndexChanged.connect(self.reload)
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Search knowledge articles"))
        self.filter.setAccessibleDescription(self.tr("Finds articles by question, answer or tags"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Search question, answer, tags…"))
        self.filter.setMinimumWidth(280)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.reload)
        self.filter.textEdited.connect(lambda _t: self._timer.start())
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.summary)
        head.addStretch(1)
        head.addWidget(self.filter)
        head.addWidget(self.scope)
        self.exporter = Exporter(
            self,
            worker,
            lambda: self.tr("Knowledge base"),
            lambda: snapshot(self.table, self.tr("Knowledge base")),
        )
        head.addWidget(self.exporter.button)

        self.model = ArticleModel(
            worker,
            [
                Column(self.tr("Question"), lambda r: r.question, 420),
                Column(self.tr("Department"), lambda r: r.department or "", 150),
                Column(self.tr("Tags"), lambda r: ", ".join(r.tags), 200),
                Column(
                    self.tr("Valid until"),
                    lambda r: format_short_date(r.valid_until) if r.valid_until else "—",
                    140,
                ),
                Column(
                    self.tr("Review on"),
                    lambda r: format_short_date(r.review_on) if r.review_on else "—",
                    110,
                ),
                Column(self.tr("Status"), lambda r: label(ARTICLE_STATE_LABELS[r.state]), 180),
            ],
            None,
            lambda r: r.id,
        )
        self.table = table_view(self.model, self.tr("Knowledge articles"))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit())
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.new_button = QPushButton(icons.icon("mdi6.plus"), self.tr("New article"))
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(icons.icon("mdi6.pencil"), self.tr("Edit / review"))
        self.edit_button.clicked.connect(self.edit)
        self.archive_button = QPushButton(icons.icon("mdi6.archive-arrow-down-outline"), self.tr("Withdraw"))
        self.archive_button.clicked.connect(self.toggle_archived)
        self.pdf_button = QPushButton(icons.icon("mdi6.printer-outline"), self.tr("Handout (PDF)"))
        self.pdf_button.clicked.connect(self.export)
        self.message = QLabel()
        self.message.setObjectName("muted")
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.archive_button)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.new_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        self._selected()

    def show_needs_review(self) -> None:
        self.scope.setCurrentIndex(self.scope.findData(ArticleScope.NEEDS_REVIEW))

    def reload(self) -> None:
        self._timer.stop()
        self._ticket += 1
        ticket, scope, text, today = (
            self._ticket,
            ArticleScope(self.scope.currentData()),
            self.filter.text(),
            date.today(),
        )

        def task(s: Session) -> tuple[list[ArticleRecord], int]:
            return knowledge.list_articles(s, scope, today=today, text=text), knowledge.review_count(
                s, today=today
            )

        self.worker.run(task, lambda result: self._show(ticket, *result), lambda e: self._refused(ticket, e))

    def _refused(self, ticket: int, error: DomainError) -> None:
        """A search too long to be one: said in the empty list; the box keeps what was typed."""
        if ticket != self._ticket:
            return
        self.model.set_rows([])
        self.empty.setText(error_text(error))
        self.stack.setCurrentWidget(self.empty)
        self._selected()
        self.loaded.emit(0)

    def _show(self, ticket: int, records: list[ArticleRecord], review: int) -> None:
        if ticket != self._ticket:
            return
        current = self.current()
        self.model.set_rows(records)
        colour = "#b26a00" if review else "#1e7d32"
        self.summary.setText(
            f"<span style='color:{colour}'><b>{review}</b> "
            + self.tr("to review (past the review date or expired)")
            + "</span>"
        )
        self.empty.setText(
            self.tr("Nothing needs review.")
            if self.scope.currentData() == ArticleScope.NEEDS_REVIEW
            else self.tr('No articles here. Add one with "New article".')
        )
        self.stack.setCurrentWidget(self.table if records else self.empty)
        if current is not None and self.model.row_of(current.id) >= 0:
            self.table.selectRow(self.model.row_of(current.id))
        self._selected()
        self.loaded.emit(len(records))

    def current(self) -> ArticleRecord | None:
        index = self.table.currentIndex()
        return self.model.data(index, LazyTableModel.ROW_ROLE) if index.isValid() else None

    def _selected(self, *_args: QModelIndex) -> None:
        record = self.current()
        for button in (self.edit_button, self.archive_button, self.pdf_button):
            button.setEnabled(record is not None)
        archived = record is not None and record.archived
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Withdraw"))

    def new(self) -> None:
        self._open(ArticleDialog(self.worker, None, self.window()))

    def edit(self) -> None:
        record = self.current()
        if record is not None:
            self._open(ArticleDialog(self.worker, record, self.window()))

    def _open(self, dialog: ArticleDialog) -> None:
        dialog.saved.connect(lambda _r: self._changed())
        dialog.open()

    def _changed(self) -> None:
        self.message.setText("")
        self.reload()
        self.changed.emit()

    def toggle_archived(self) -> None:
        record = self.current()
        if record is None:
            return
        self.worker.run(
            lambda s: knowledge.set_article_archived(s, record.id, record.version, not record.archived),
            lambda _v: self._changed(),
            self._failed,
            commit=True,
        )

    def _failed(self, error: DomainError) -> None:
        self.message.setText(error_text(error))

    def export(self) -> None:
        record = self.current()
        if record is None:
            return
        today = date.today()
        PdfPreviewDialog(
            self.worker,
            self.tr("Handout"),
            safe_file_name("Informatieblad", record.question[:60]),
            lambda s, path: render_article(documents.article_sheet(s, record.id, today=today), path),
            self.window(),
        ).open()

    # -- as a page of the window --

    def activated(self) -> None:
        self.reload()


# -- as a page of the main window (views/shell/pages.py) ------------------------------------------


def make_page(shell: Shell) -> KnowledgePage:
    page = KnowledgePage(shell.worker)
    writing = shell.may(Permission.EDIT_KNOWLEDGE)
    page.new_button.setVisible(writing)
    page.archive_button.setVisible(writing)
    return page
