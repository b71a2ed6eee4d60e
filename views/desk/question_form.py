"""The desk's log form: the question, the answer given, and (Alt+O) a handover to a colleague.

The form is emptied only once the log is saved: when the database is unreachable everything
typed stays, and the save is repeated as soon as the connection is back.
"""

from __future__ import annotations

import uuid
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.consultations.entities import CHANNEL_LABELS, Channel
from models.desk import services as svc
from models.desk.entities import DESK_CHANNELS
from models.desk.records import ArticleRecord
from models.desk.services import DeskSummary, LoggedQuestion
from models.errors import DatabaseUnavailableError, DomainError, ValidationError
from models.lookups import Choice, officials
from views.common import icons
from views.common.accessibility import announce, label_field
from views.common.date_field import DateField
from views.common.forms import FieldRow, fill_combo
from views.common.screen import ScrollingPane
from views.common.text import error_text, field_error_text, label, markdown_as_plain_text
from views.common.worker import DatabaseWorker


class QuestionForm(QFrame):
    """Signals:
    logged(object): a question was logged (a ``LoggedQuestion``); the form is empty again.
    """

    logged = Signal(object)

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskForm")
        self.worker = worker
        self.company: DeskSummary | None = None  # the company at the desk, or a visitor without
        self.article: ArticleRecord | None = None  # the article whose answer is in the log
        self._officials: list[Choice] = []
        self._save_when_back = False  # a log failed because the database was unreachable
        # The question being typed, sent with every attempt to log it: logged again when the
        # connection is back after an answer was lost, it is found instead of logged twice.
        self.client_token = str(uuid.uuid4())
        worker.available.connect(self._connection_back)

        # The fields scroll on a low screen; the message and the buttons below them stay in view.
        fields = QWidget()
        fields.setObjectName("deskFormFields")
        self.form = QFormLayout(fields)
        self.form.setContentsMargins(0, 0, 0, 0)
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
        self.due = DateField(svc.default_due(date.today()))
        self._field("due_date", self.tr("Due"), self.due)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.save_button = QPushButton(icons.icon("mdi6.content-save-outline"), self.tr("Log (Ctrl+Enter)"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Empty form"))
        self.clear_button.clicked.connect(self.reset_form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.addWidget(ScrollingPane(fields), 1)
        outer.addWidget(self.banner)
        outer.addLayout(buttons)
        self._handover_toggled(False)

    def _field(self, name: str, text: str, editor: QWidget) -> None:
        row = FieldRow(editor)
        self.rows[name] = row
        caption = QLabel(text)
        label_field(caption, editor)
        self.form.addRow(caption, row)

    # -- the company and the colleagues -------------------------------------------------------

    def reload_officials(self) -> None:
        self.worker.run(lambda s: officials(s), self._officials_loaded)

    def _officials_loaded(self, choices: list[Choice]) -> None:
        self._officials = choices
        self._fill_assignees()

    def _fill_assignees(self, *, reset: bool = False) -> None:
        """The account manager first (the default), then every active colleague."""
        current = None if reset else self.assignee.currentData()
        manager = self.company.manager_id if self.company and self.company.manager_active else None
        empty = (
            self.tr("Account manager: %1").replace("%1", self.company.manager or "")
            if manager and self.company
            else None
        )
        choices = [c for c in self._officials if c.value != manager] if manager else self._officials
        fill_combo(self.assignee, choices, empty)
        index = self.assignee.findData(current)
        self.assignee.setCurrentIndex(max(index, 0))

    def set_company(self, summary: DeskSummary | None) -> None:
        """The company at the desk (its contact persons, its account manager), or a visitor."""
        self.company = summary
        self.contact.clear()
        self.rows["contact_id"].setVisible(summary is not None)
        self.form.labelForField(self.rows["contact_id"]).setVisible(summary is not None)
        self.rows["visitor"].setVisible(summary is None)
        self.form.labelForField(self.rows["visitor"]).setVisible(summary is None)
        if summary is None:
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

    def take_answer(self, record: ArticleRecord) -> None:
        """Take the article's answer into the log; the question is kept when already typed."""
        self.article = record
        # The article is Markdown; the log (and what is said or mailed from it) is plain text.
        self.answer.setPlainText(markdown_as_plain_text(record.answer))
        if not self.question.toPlainText().strip():
            self.question.setPlainText(record.question)
        self.article_label.setText(record.question)
        self.question.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- logging --------------------------------------------------------------------------------

    def toggle_handover(self) -> None:
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
            company_id=self.company.company_id if self.company else None,
            contact_id=self.contact.currentData() if self.company else None,
            visitor=self.visitor.text() if self.company is None else "",
            handover=handover,
        )

    def save(self) -> None:
        self._save_when_back = False
        self._clear_errors()
        data = self.question_input()
        self.save_button.setEnabled(False)
        token = self.client_token
        self.worker.run(
            lambda s: svc.log_question(s, data, client_token=token), self._saved, self._failed, commit=True
        )

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
        self.say(text, ok=True)
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
                self.say(" ".join(rest))
            if first is not None:
                first.setFocus()
            return
        if isinstance(error, DatabaseUnavailableError):
            self._save_when_back = True
            self.say(
                error_text(error)
                + " "
                + self.tr("The question stays here and is logged as soon as the connection is back.")
            )
            return
        self.say(error_text(error) + " " + self.tr("What you typed is kept; you can log it again."))

    def _connection_back(self) -> None:
        if self._save_when_back:
            self._save_when_back = False
            self.save()

    def _clear_errors(self) -> None:
        self.banner.setVisible(False)
        for row in self.rows.values():
            row.set_error(None)

    def say(self, text: str, *, ok: bool = False) -> None:
        colour = "background: #e6f4ea; color: #1e5b2a;" if ok else "background: #fdecea; color: #8c1d18;"
        self.banner.setStyleSheet(colour + " padding: 6px; border-radius: 4px;")
        self.banner.setText(text)
        self.banner.setVisible(True)
        announce(self.banner, text, urgent=not ok)  # "logged" politely, a problem at once

    def reset_form(self) -> None:
        """Empty the log for the next visitor; the company stays until another is chosen."""
        self.client_token = str(uuid.uuid4())  # the next question is another record
        self._clear_errors()
        self.question.clear()
        self.answer.clear()
        self.visitor.clear()
        self.article = None
        self.article_label.setText("—")
        self.handover.setChecked(False)
        self.due.set_value(svc.default_due(date.today()))
        self.channel.setCurrentIndex(0)
