"""The desk's knowledge base: search while typing, read the article, take its answer, hand it out.

Ctrl+J (the page's shortcut) puts the cursor in the search; Up/Down choose, Enter takes the answer
(``answer_chosen``); Ctrl+P prints the article as a handout (the print dialog, then the printer);
*Handout (PDF)* previews it to save or send.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextDocumentFragment
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.desk import knowledge
from models.desk.knowledge import ARTICLE_STATE_LABELS
from models.desk.records import ArticleRecord, ArticleState
from models.documents import services as documents
from models.errors import DomainError
from views.common import icons
from views.common.accessibility import name_view
from views.common.pdf_export import PdfPreviewDialog, safe_file_name
from views.common.printing import print_pdf
from views.common.text import error_text, format_date, label
from views.common.widgets import icon_only
from views.common.worker import DatabaseWorker
from views.documents.knowledge import render_article

DEBOUNCE_MS = 100
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S)
_FRAGMENT = re.compile(r"<!--(Start|End)Fragment-->")
ARTICLE_ROLE = Qt.ItemDataRole.UserRole
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

    def __init__(self, panel: AnswerPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            results = self.panel.results
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and results.count():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                results.setCurrentRow(max(0, min(results.count() - 1, results.currentRow() + step)))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.panel.use_answer()
                return True
        return super().eventFilter(obj, event)


class AnswerPanel(QWidget):
    """Signals:
    articles_shown(int): this many articles match what was typed.
    answer_chosen(object): take this article's answer into the log (an ``ArticleRecord``).
    printed(int): the handout went to the printer, this many pages (0: the printer did not start).
    """

    articles_shown = Signal(int)
    answer_chosen = Signal(object)
    printed = Signal(int)

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._shown: ArticleRecord | None = None  # the article being read
        self._article_ticket = 0

        self.article_search = QLineEdit()
        self.article_search.setAccessibleName(self.tr("Search the knowledge base"))
        self.article_search.setAccessibleDescription(
            self.tr("Finds articles by words of the question or answer; Up and Down choose an article")
        )
        self.article_search.setObjectName("articleSearch")
        self.article_search.setClearButtonEnabled(True)
        self.article_search.addAction(
            icons.icon("mdi6.book-search-outline"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.article_search.setPlaceholderText(self.tr("Search the knowledge base…  (Ctrl+J)"))
        self.article_search.installEventFilter(_ArticleKeys(self))
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_articles)
        self.article_search.textEdited.connect(lambda _t: self._timer.start())
        self.results = QListWidget()
        name_view(self.results, self.tr("Knowledge articles found"))
        self.results.setObjectName("articleList")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setUniformItemSizes(True)
        self.results.currentItemChanged.connect(self._article_selected)
        self.results.itemDoubleClicked.connect(lambda _i: self.use_answer())
        self.answer_view = QTextBrowser()
        self.answer_view.setAccessibleName(self.tr("Answer"))
        self.answer_view.setOpenExternalLinks(True)
        self.use_button = QPushButton(
            icons.icon("mdi6.arrow-right-bold-box-outline"), self.tr("Use this answer (Enter)")
        )
        self.use_button.clicked.connect(self.use_answer)
        self.pdf_button = QPushButton(icons.icon("mdi6.file-pdf-box"), self.tr("Handout (PDF)"))
        self.pdf_button.setToolTip(self.tr("The article as a handout to save or send (PDF)"))
        self.pdf_button.clicked.connect(self.export_article)
        icon_only(self.pdf_button)  # the desk's three columns must fit 1366 px
        self.print_button = QPushButton(icons.icon("mdi6.printer-outline"), self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the article as a handout (Ctrl+P)"))
        self.print_button.clicked.connect(lambda: self.print_article())
        article_buttons = QHBoxLayout()
        article_buttons.addWidget(self.print_button)
        article_buttons.addWidget(self.pdf_button)
        article_buttons.addStretch(1)
        article_buttons.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.article_search)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.results)
        split.addWidget(self.answer_view)
        split.setSizes([150, 250])
        layout.addWidget(split, 1)
        layout.addLayout(article_buttons)
        self._show_article(None)

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
            lambda error: self._refused(ticket, error),
        )

    def _refused(self, ticket: int, error: DomainError) -> None:
        """A search too long to be one (a pasted page): said where the answer would be."""
        if ticket != self._article_ticket:
            return
        self.results.clear()
        self._show_article(None, error_text(error))
        self.articles_shown.emit(0)

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
        self.print_button.setEnabled(record is not None)
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
        """Offer the shown article's answer to the log (``answer_chosen``)."""
        if self._shown is not None:
            self.answer_chosen.emit(self._shown)

    def print_article(self, printer: QPrinter | None = None) -> None:
        """Print the shown article as a handout: made on the worker, then the print dialog (unless a
        printer is given, already set up: the tests' PDF file). ``printed`` says how many pages."""
        record = self._shown
        if record is None:
            return
        today = date.today()
        folder = Path(tempfile.mkdtemp(prefix="ondernemersdesk-print-"))
        pdf = folder / safe_file_name("Informatieblad", record.question[:60])

        def made(_result: object) -> None:
            try:
                self._print(pdf, printer)
            finally:
                shutil.rmtree(folder, ignore_errors=True)

        def failed(error: DomainError) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            QMessageBox.warning(self.window(), self.tr("Print"), error_text(error))

        self.worker.run(
            lambda s: render_article(documents.article_sheet(s, record.id, today=today), pdf), made, failed
        )

    def _print(self, pdf: Path, printer: QPrinter | None) -> None:
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(pdf.stem)
            dialog = QPrintDialog(printer, self.window())
            dialog.setWindowTitle(self.tr("Print handout"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        pages = print_pdf(pdf, printer)
        if pages == 0:
            QMessageBox.warning(
                self.window(),
                self.tr("Print"),
                self.tr(
                    "The printer could not be started. Choose another printer, or save the handout as a PDF."
                ),
            )
        self.printed.emit(pages)

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
