"""One signal on the signals page: its facts, the steps it went through with the feedback given, and the actions that move it on."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.documents import services as documents
from models.errors import DomainError
from models.numbers import numbered
from models.signals import services as svc
from models.signals.entities import SIGNAL_OPEN, SIGNAL_SOURCE_LABELS, SignalStatus
from models.signals.letters import letter_problems
from models.signals.services import EventRecord, SignalRecord
from models.validation import format_phone
from views.common import icons
from views.common.accessibility import name_view
from views.common.flow import FlowLayout
from views.common.mail_draft import open_mail_draft
from views.common.pdf_export import PdfPreviewDialog, safe_file_name
from views.common.screen import ScrollingPane
from views.common.text import (
    error_text,
    format_date,
    format_datetime,
    format_short_datetime,
    label,
    message,
)
from views.common.widgets import FactsLabel, breakable
from views.common.worker import DatabaseWorker
from views.documents.feedback_letter import render_feedback_letter
from views.documents.mail import MailDraft
from views.signals.signal_dialogs import (
    ReactionDialog,
    SignalDialog,
    SignalLookups,
    TransitionDialog,
    status_text,
)
from views.signals.status_colours import SCHEDULED_COLOUR as SCHEDULED_COLOUR
from views.signals.status_colours import colour_of as colour_of

EVENT_ROLE = Qt.ItemDataRole.UserRole

# The order of the buttons that move a signal on.
_ACTIONS = (
    (SignalStatus.HANDLING, "mdi6.progress-wrench"),
    (SignalStatus.SCHEDULED, "mdi6.calendar-clock"),
    (SignalStatus.DONE, "mdi6.check-circle-outline"),
    (SignalStatus.REOPENED, "mdi6.restore"),
    (SignalStatus.CANCELLED, "mdi6.close-circle-outline"),
)


def feedback_mail(record: SignalRecord, step: EventRecord) -> MailDraft:
    """The feedback to the reporter as an e-mail draft; the letter goes with it as a PDF."""
    return MailDraft(
        to=record.reporter_email or "",
        subject=f"Uw melding {record.number}: {record.category}",
        body=step.feedback or "",
    )


class SignalDetail(QFrame):
    """One signal: what, where, who reported it, where it stands, and every step with its feedback.

    Signals:
        changed(int): the signal was moved on or corrected.
        open_company(int): show the file of the company it concerns.
    """

    changed = Signal(int)
    open_company = Signal(int)

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.setObjectName("detailPane")
        self.worker = worker
        self.record: SignalRecord | None = None
        self.may_handle = True  # the official's role may move and correct signals (set by the main window)
        self.lookups = SignalLookups()
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.facts = FactsLabel()  # an e-mail address wraps in the narrow pane and copies whole
        self.buttons: dict[SignalStatus, QPushButton] = {}
        # The actions wrap onto more lines in a narrow pane (FlowLayout): in one row they made the
        # pane 724 px wide and pushed the list's status and target date out of sight at 1366 px.
        actions = FlowLayout()
        for status, icon in _ACTIONS:
            button = QPushButton(icons.icon(icon), self._action_text(status))
            button.clicked.connect(lambda _c=False, s=status: self.move_to(s))
            self.buttons[status] = button
            actions.addWidget(button)
        self.edit_button = QPushButton(icons.icon("mdi6.pencil-outline"), self.tr("Correct…"))
        self.edit_button.clicked.connect(self.edit)
        # One click to become the handler (another handler: Correct…).
        self.take_button = QPushButton(icons.icon("mdi6.account-arrow-left-outline"), self.tr("Take it on"))
        self.take_button.setToolTip(self.tr("Become the handler: the signal is then in your My work"))
        self.take_button.clicked.connect(self.take_on)
        # After afgehandeld: how the reporter took it (tevreden or not, and why).
        self.reaction_button = QPushButton(
            icons.icon("mdi6.emoticon-outline"), self.tr("Reporter's reaction…")
        )
        self.reaction_button.clicked.connect(self.record_reaction)
        self.company_button = QPushButton(icons.icon("mdi6.folder-open-outline"), self.tr("Company file"))
        self.company_button.clicked.connect(
            lambda: self.record and self.record.company_id and self.open_company.emit(self.record.company_id)
        )
        # What concerns the signal itself, below the moves, wrapping likewise.
        record_actions = FlowLayout()
        record_actions.addWidget(self.company_button)
        record_actions.addWidget(self.edit_button)
        record_actions.addWidget(self.take_button)
        record_actions.addWidget(self.reaction_button)

        self.history = QTreeWidget()
        name_view(self.history, self.tr("Status history"))
        self.history.setHeaderLabels([self.tr("When"), self.tr("Status"), self.tr("By"), self.tr("Feedback")])
        self.history.setRootIsDecorated(False)
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.header().setStretchLastSection(True)
        for column, width in ((0, 130), (1, 170), (2, 120)):
            self.history.setColumnWidth(column, width)
        self.history.currentItemChanged.connect(self._event_selected)
        self.feedback_view = QLabel()
        self.feedback_view.setWordWrap(True)
        self.feedback_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.feedback_view.setObjectName("feedbackText")
        self.feedback_view.setStyleSheet(
            "background: palette(alternate-base); padding: 8px; border-radius: 4px;"
        )
        self.letter_button = QPushButton(icons.icon("mdi6.file-pdf-box"), self.tr("Letter (PDF)…"))
        self.letter_button.clicked.connect(self.letter)
        self.mail_button = QPushButton(icons.icon("mdi6.email-edit-outline"), self.tr("E-mail draft"))
        self.mail_button.clicked.connect(self.mail)
        feedback_buttons = FlowLayout()
        feedback_buttons.addWidget(self.letter_button)
        feedback_buttons.addWidget(self.mail_button)

        history_title = QLabel(self.tr("History and feedback"))
        history_title.setObjectName("sectionTitle")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addLayout(actions)
        layout.addLayout(record_actions)
        layout.addSpacing(6)
        layout.addWidget(history_title)
        layout.addWidget(self.history, 2)
        layout.addWidget(self.feedback_view)
        layout.addLayout(feedback_buttons)
        self.empty = QLabel(self.tr("Choose a signal in the list to see its history, or register a new one."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        # The details scroll when the pane is low (a large scale), rather than squeezing the texts.
        self.stack.addWidget(ScrollingPane(content))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.show_record(None)

    def take_on(self) -> None:
        record, me = self.record, self.worker.user_id
        if record is None or me is None:
            return
        signal_id, version = record.id, record.version

        def assign(session: Session) -> None:
            svc.assign_signal(session, signal_id, version, me)
            session.commit()

        self.worker.run(assign, lambda _r: self._assigned(signal_id), self._refused)

    def _assigned(self, signal_id: int) -> None:
        self.changed.emit(signal_id)
        self.load(signal_id)

    def _refused(self, error: DomainError) -> None:
        QMessageBox.warning(self, self.tr("Signal"), error_text(error))

    def _action_text(self, status: SignalStatus, answering: bool = False) -> str:
        if answering and status is SignalStatus.HANDLING:
            return self.tr("Accept: reopen…")
        if answering and status is SignalStatus.DONE:
            return self.tr("Decline request…")
        return {
            SignalStatus.HANDLING: self.tr("Handle…"),
            SignalStatus.SCHEDULED: self.tr("Schedule…"),
            SignalStatus.DONE: self.tr("Mark as handled…"),
            SignalStatus.REOPENED: self.tr("Reopen…"),
            SignalStatus.CANCELLED: self.tr("Cancel…"),
        }[status]

    def load(self, signal_id: int | None) -> None:
        if signal_id is None:
            self.show_record(None)
            return
        today = date.today()
        self.worker.run(lambda s: svc.signal(s, signal_id, today=today), self.show_record)

    def show_record(self, record: SignalRecord | None) -> None:
        self.record = record
        self.stack.setCurrentIndex(0 if record is None else 1)
        if record is None:
            return
        colour = colour_of(record.status, record.overdue)
        state = status_text(record.status) + (" · " + self.tr("overdue") if record.overdue else "")
        state_html = (
            f"<span style='color:{colour.name()}'>{escape(state)}</span>" if colour else escape(state)
        )
        self.heading.setText(f"<b>{escape(record.number)} · {escape(record.category)}</b> — {state_html}")
        self.heading.setToolTip(
            ""
            if numbered(record.id)
            else self.tr("Made offline: the server gives this signal its number when you synchronise")
        )
        rows = [
            (
                self.tr("Reported"),
                format_datetime(record.reported_at) + " · " + label(SIGNAL_SOURCE_LABELS[record.source]),
            ),
            (self.tr("Location"), " · ".join(p for p in (record.address, record.area) if p) or "—"),
            (self.tr("Company"), record.company or "—"),
            (self.tr("Description"), record.description),
            (self.tr("Reporter"), self._reporter(record)),
            (self.tr("Handler"), record.handler or self.tr("nobody yet")),
            (self.tr("Target date"), self._target(record)),
        ]
        if record.reactions:
            rows.append((self.tr("Reaction"), self._reaction(record)))
        # Each caption above its value: a table of two columns needed the longest caption and the
        # longest word beside each other (300 px), so the pane could not make room for the list.
        self.facts.setText(
            "".join(
                f"<div style='color:#5f6368'>{escape(k)}</div>"
                f"<div style='margin-bottom:4px'>{escape(breakable(v)).replace(chr(10), '<br>')}</div>"
                for k, v in rows
            )
        )
        allowed = set(record.allowed) if self.may_handle else set()
        answering = record.status is SignalStatus.REOPEN_REQUESTED
        for status, button in self.buttons.items():
            button.setVisible(status in allowed)
            button.setText(self._action_text(status, answering))
        self.reaction_button.setVisible(self.may_handle and record.status is SignalStatus.DONE)
        self.edit_button.setVisible(self.may_handle)
        me = self.worker.user_id
        self.take_button.setVisible(
            self.may_handle and me is not None and record.handler_id != me and record.status in SIGNAL_OPEN
        )
        self.company_button.setVisible(record.company_id is not None)
        self.history.clear()
        last_with_feedback = None
        for step in record.events:
            item = QTreeWidgetItem(
                [
                    format_short_datetime(step.at),
                    status_text(step.to_status),
                    step.user or "—",
                    (step.feedback or step.done or step.found or step.planned or "").replace("\n", " "),
                ]
            )
            item.setData(0, EVENT_ROLE, step.id)
            item.setToolTip(3, step.feedback or "")
            self.history.addTopLevelItem(item)
            if step.feedback:
                last_with_feedback = item
        last = last_with_feedback or self.history.topLevelItem(self.history.topLevelItemCount() - 1)
        if last is not None:
            self.history.setCurrentItem(last)
        self._event_selected()

    def _reporter(self, record: SignalRecord) -> str:
        if record.anonymous:
            return self.tr("anonymous")
        if record.shielded:
            text = self.tr("shielded: only those who handle signals see the reporter's details")
        else:
            parts = [
                record.reporter_name or "",
                format_phone(record.reporter_phone),
                record.reporter_email or "",
                record.reporter_address or "",
            ]
            text = " · ".join(p for p in parts if p) or "—"
        return (
            text
            + "\n"
            + (
                self.tr("wants to be contacted")
                if record.wants_contact
                else self.tr("does not need to be contacted")
            )
        )

    def _reaction(self, record: SignalRecord) -> str:
        """The reporter's latest reaction: satisfied or not, why, in their words, when."""
        last = record.reactions[-1]
        parts = [
            self.tr("satisfied") if last.satisfied else self.tr("not satisfied"),
            last.reason or "",
            f"“{last.comment}”" if last.comment else "",
            format_short_datetime(last.at),
        ]
        text = " · ".join(p for p in parts if p)
        if len(record.reactions) > 1:
            text += " " + self.tr("(%Ln reaction(s) in all)", "", len(record.reactions))
        return text

    def _target(self, record: SignalRecord) -> str:
        if record.due_date is None:
            return "—"
        days = self.tr("%Ln working day(s)", "", record.target_days or 0)
        return f"{format_date(record.due_date)} ({days})"

    def current_event(self) -> EventRecord | None:
        item = self.history.currentItem()
        if item is None or self.record is None:
            return None
        return next((e for e in self.record.events if e.id == item.data(0, EVENT_ROLE)), None)

    def _event_selected(self, *_args: object) -> None:
        step = self.current_event()
        text = step.feedback if step else None
        details = []
        if step is not None:
            for caption, value in (
                (self.tr("Found"), step.found),
                (self.tr("Done"), step.done),
                (self.tr("Planned"), step.planned),
            ):
                if value:
                    details.append(f"<b>{escape(caption)}:</b> {escape(value)}")
            if step.planned_on:
                planned_for = self.tr("Planned for")
                details.append(f"<b>{escape(planned_for)}:</b> {escape(format_date(step.planned_on))}")
        shielded = bool(self.record and self.record.shielded)
        if text:
            body = escape(text).replace("\n", "<br>")
        elif shielded:
            body = (
                "<i>"
                + escape(
                    self.tr(
                        "The feedback to the reporter is shielded: only those who handle signals read it."
                    )
                )
                + "</i>"
            )
        else:
            body = "<i>" + escape(self.tr("No feedback given at this step.")) + "</i>"
        self.feedback_view.setText("<br>".join([*details, body]))
        self.feedback_view.setVisible(step is not None)
        self.letter_button.setVisible(not shielded)
        self.mail_button.setVisible(not shielded)
        self.letter_button.setEnabled(bool(text))
        self.mail_button.setEnabled(bool(text and self.record and self.record.reporter_email))

    # -- actions --------------------------------------------------------------------------

    def move_to(self, status: SignalStatus) -> None:
        if self.record is None:
            return
        dialog = TransitionDialog(self.worker, self.record, status, self.lookups.templates, self.window())
        dialog.saved.connect(self._moved)
        dialog.open()

    def record_reaction(self) -> None:
        if self.record is None:
            return
        dialog = ReactionDialog(self.worker, self.record, self.lookups.reasons, self.window())
        dialog.saved.connect(self._moved)
        dialog.open()

    def _moved(self, _event_id: object) -> None:
        if self.record is not None:
            self.changed.emit(self.record.id)
            self.load(self.record.id)

    def edit(self) -> None:
        if self.record is None:
            return
        dialog = SignalDialog(self.worker, self.lookups, self.record, self.window())
        dialog.saved.connect(self._moved)
        dialog.open()

    def _has_holes(self, text: str | None) -> bool:
        """A letter or e-mail with a hole (saved before letters were checked) does not go out:
        say why, and let the official write a new step with a whole letter."""
        problems = letter_problems(text or "")
        if problems:
            QMessageBox.warning(
                self,
                self.tr("This letter has a hole"),
                " ".join(message(source, params) for source, params in problems),
            )
        return bool(problems)

    def letter(self) -> None:
        step, record = self.current_event(), self.record
        if step is None or record is None or self._has_holes(step.feedback):
            return
        today, event_id = date.today(), step.id
        self.preview = PdfPreviewDialog(
            self.worker,
            self.tr("Feedback letter"),
            safe_file_name("Terugkoppeling", record.number, today.isoformat()),
            lambda s, path: render_feedback_letter(documents.feedback_letter(s, event_id, today=today), path),
            self.window(),
        )
        self.preview.open()

    def mail(self) -> None:
        """The feedback as a new e-mail in the mail program, the letter attached as a PDF."""
        step, record = self.current_event(), self.record
        if step is None or record is None or not step.feedback or self._has_holes(step.feedback):
            return
        today, event_id = date.today(), step.id
        folder = Path(tempfile.mkdtemp(prefix="ondernemersdesk-mail-"))
        pdf = folder / safe_file_name("Terugkoppeling", record.number, today.isoformat())
        draft = feedback_mail(record, step)

        def made(_result: object) -> None:
            self.draft_file = open_mail_draft(self.window(), draft, pdf)
            shutil.rmtree(folder, ignore_errors=True)  # the draft holds the letter itself

        def failed(error: DomainError) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            QMessageBox.warning(self.window(), self.tr("E-mail draft"), error_text(error))

        self.worker.run(
            lambda s: render_feedback_letter(documents.feedback_letter(s, event_id, today=today), pdf),
            made,
            failed,
        )
