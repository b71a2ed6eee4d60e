"""Bewaartermijnen: how long each kind of personal data is kept, what the retention job would do
now (a dry run) and doing it, and the privacy log of what was anonymised or removed.

The job itself is ``models.privacy.services.run_retention``, the same the command line runs for
IT's scheduler (``admin retention``); this tab only shows it and asks before it runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.errors import DomainError, FieldError, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.privacy import services as privacy
from models.privacy.kinds import ANONYMISE, KINDS, MAX_MONTHS, MIN_MONTHS, RetentionKind
from models.privacy.services import (
    ERASURE,
    INZAGE,
    LOG_ACTION_LABELS,
    PrivacyLogRecord,
    RetentionRule,
    RetentionStep,
)
from views.common import icons
from views.common.banners import ERROR_BANNER_STYLE, GOOD_BANNER_STYLE, NOTE_BANNER_STYLE
from views.common.export import Exporter, snapshot
from views.common.forms import FormDialog
from views.common.table_model import Column, LazyTableModel, table_view
from views.common.text import error_text, format_date, format_number, format_short_datetime, label
from views.common.worker import DatabaseWorker
from views.privacy.wording import action_text, done_text, kind_text, months_text, step_text


def list_model(columns: Sequence[Column[Any]]) -> LazyTableModel[Any]:
    """A short list held whole (a handful of rules, the last hundred log lines): the table-model
    base without fetching. Rows are told apart by their object (``id``), as they carry no number."""
    return LazyTableModel(None, columns, None, id)


WRAP_WIDTH = 480  # the width a dialog's wrapped text is measured at


class RetentionDialog(FormDialog):
    """The retention period of one kind of record. Months are typed (not spun), so a value out
    of range stays in the field with the message under it, as in every form."""

    def __init__(self, worker: DatabaseWorker, rule: RetentionRule, parent: QWidget | None = None) -> None:
        super().__init__(worker, self.tr("Retention period"), parent)
        self.rule = rule
        what = QLabel(f"<b>{label(rule.label)}</b>: {action_text(rule.action)}")
        basis = QLabel(label(rule.basis))
        for text in (what, basis):
            text.setWordWrap(True)
            # A wrapped label in a form is given the height of one line: make it this wide and
            # reserve the height it needs at that width.
            text.setMinimumHeight(text.heightForWidth(WRAP_WIDTH))
        self.add_field("kind", self.tr("Personal data"), what)
        self.months = self.line(
            "months",
            self.tr("Months"),
            str(rule.months),
            hint=self.tr("Default: %1").replace("%1", months_text(rule.default_months)),
            max_length=6,
        )
        self.add_field("basis", self.tr("Basis"), basis)
        for text in (what, basis):
            text.setMinimumWidth(WRAP_WIDTH)
        # FormDialog sets a minimum width of its own, and the layout then no longer holds the
        # window to what the fields need: do that here, or the captions are cut off.
        self.setMinimumSize(self.minimumSizeHint())
        self.months.selectAll()
        self.months.setFocus()

    def task(self) -> Callable[[Session], Any]:
        kind, typed = self.rule.kind, self.months.text().strip()

        def save(session: Session) -> None:
            try:
                months = int(typed)
            except ValueError:
                raise ValidationError(
                    [
                        FieldError(
                            field="months",
                            # The service's own message: one wording for every period refused.
                            message=QT_TRANSLATE_NOOP(
                                "errors", "A retention period is between {minimum} and {maximum} months."
                            ),
                            params={"minimum": MIN_MONTHS, "maximum": MAX_MONTHS},
                        )
                    ]
                ) from None
            privacy.set_retention_months(session, kind, months)

        return save


class RetentionTab(QWidget):
    """Signals:
    rules_loaded(int): the rules are listed (this many).
    planned(object): a dry run came back (its steps).
    ran(object): the job ran (what it did).
    log_loaded(int): the privacy log shows this many lines.
    """

    rules_loaded = Signal(int)
    planned = Signal(object)
    ran = Signal(object)
    log_loaded = Signal(int)

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self.rules: list[RetentionRule] = []
        self.plan: dict[str, RetentionStep] = {}  # by kind: the last dry run
        self.dialog: FormDialog | None = None

        self.rules_model = list_model(
            [
                Column[RetentionRule](self.tr("Personal data"), lambda r: label(r.label), 380),
                Column[RetentionRule](self.tr("What happens"), lambda r: action_text(r.action), 125),
                Column[RetentionRule](self.tr("After"), lambda r: months_text(r.months), 95),
                Column[RetentionRule](self.tr("Default"), lambda r: months_text(r.default_months), 95),
                Column[RetentionRule](self.tr("Due now"), self._due_now, 150),
                Column[RetentionRule](self.tr("Basis"), lambda r: label(r.basis), 200),
            ]
        )
        self.rules_table = table_view(self.rules_model, self.tr("Retention periods"))
        self.rules_table.activated.connect(lambda _index: self.edit())
        self.rules_table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        # The selected rule's basis in full (the column shows its start).
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        self.basis.setObjectName("muted")

        self.summary = QLabel(
            self.tr("Preview shows what the retention job would anonymise or remove today, without doing it.")
        )
        self.summary.setWordWrap(True)
        self.summary.setObjectName("muted")
        self.edit_button = QPushButton(icons.icon("mdi6.pencil"), self.tr("Change period…"))
        self.edit_button.clicked.connect(self.edit)
        self.preview_button = QPushButton(icons.icon("mdi6.eye-outline"), self.tr("Preview"))
        self.preview_button.setToolTip(self.tr("Count what is due now, without changing anything"))
        self.preview_button.clicked.connect(self.preview)
        self.run_button = QPushButton(icons.icon("mdi6.play-outline"), self.tr("Run now…"))
        self.run_button.setObjectName("primary")
        self.run_button.clicked.connect(self.run)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.run_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        log_title = QLabel("<b>" + self.tr("Privacy log") + "</b>")
        log_note = QLabel(
            self.tr("What was anonymised or removed, when and by whom: counts only, never the data itself.")
        )
        log_note.setObjectName("muted")
        self.log_model = list_model(
            [
                Column[PrivacyLogRecord](
                    self.tr("When"), lambda r: format_short_datetime(r.at), 125, export=lambda r: r.at
                ),
                Column[PrivacyLogRecord](self.tr("By"), lambda r: r.by or self.tr("the daily run"), 135),
                Column[PrivacyLogRecord](self.tr("What"), self._log_action, 215),
                Column[PrivacyLogRecord](
                    self.tr("Personal data"),
                    lambda r: kind_text(r.kind, r.action in (ERASURE, INZAGE)) or self.tr("nothing was due"),
                    380,
                ),
                Column[PrivacyLogRecord](
                    self.tr("Number"),
                    lambda r: format_number(r.count),
                    60,
                    export=lambda r: r.count,
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column[PrivacyLogRecord](self.tr("Reason"), lambda r: r.reason or "", 150),
            ]
        )
        self.log_table = table_view(self.log_model, self.tr("Privacy log"))
        self.log_empty = QLabel(self.tr("Nothing has been anonymised, removed or exported yet."))
        self.log_empty.setObjectName("emptyState")
        self.log_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.log_stack = QStackedWidget()
        self.log_stack.addWidget(self.log_table)
        self.log_stack.addWidget(self.log_empty)

        layout = QVBoxLayout(self)
        layout.addWidget(self.rules_table)
        layout.addWidget(self.basis)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addSpacing(6)
        self.exporter = Exporter(
            self,
            worker,
            lambda: self.tr("Privacy log"),
            lambda: snapshot(self.log_table, self.tr("Privacy log")),
        )
        log_head = QHBoxLayout()
        log_head.addWidget(log_title, 1)
        log_head.addWidget(self.exporter.button)
        layout.addLayout(log_head)
        layout.addWidget(log_note)
        layout.addWidget(self.log_stack, 1)
        self._selected()

    # -- what the rows say ------------------------------------------------------------------

    def _due_now(self, rule: RetentionRule) -> str:
        step = self.plan.get(rule.kind)
        if step is None:
            return "" if not self.plan else self.tr("nothing")
        if step.count == 0:
            return self.tr("nothing")
        return step_text(step.action, step.count)

    def _log_action(self, record: PrivacyLogRecord) -> str:
        """``bewaartermijn: verwijderd``, ``wissen: geanonimiseerd``."""
        what = label(LOG_ACTION_LABELS.get(record.action, record.action))
        if record.action == ERASURE:
            return f"{what}: {done_text(ANONYMISE)}"
        if record.action == INZAGE:
            return what
        if record.kind in KINDS:
            return f"{what}: {done_text(KINDS[RetentionKind(record.kind)].action)}"
        return what

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        self.worker.run(privacy.list_retention_rules, self._rules, self._failed)
        self.reload_log()

    def refresh_live(self) -> None:
        """Read everything again; a preview on screen is counted again too, as it may be stale."""
        self.reload()
        if self.plan:
            self._plan()

    def reload_log(self) -> None:
        self.worker.run(privacy.privacy_log, self._log, self._failed)

    def _rules(self, rules: list[RetentionRule]) -> None:
        current = self.current()
        self.rules = rules
        self.rules_model.set_rows(rules)
        # As high as its rules: the privacy log below gets the rest of the page.
        table = self.rules_table
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + table.verticalHeader().length()
            + 2 * table.frameWidth()
        )
        if current is not None:
            self.select(current.kind)
        self._selected()
        self.rules_loaded.emit(len(rules))

    def _log(self, records: list[PrivacyLogRecord]) -> None:
        self.log_model.set_rows(records)
        self.log_stack.setCurrentWidget(self.log_table if records else self.log_empty)
        self.log_loaded.emit(len(records))

    def _failed(self, error: DomainError) -> None:
        self.preview_button.setEnabled(True)
        self.run_button.setEnabled(True)
        self.say(error_text(error), ERROR_BANNER_STYLE)

    def say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.show()

    # -- the selected rule ------------------------------------------------------------------

    def current(self) -> RetentionRule | None:
        rows = self.rules_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rules):
            return None
        return self.rules[rows[0].row()]

    def select(self, kind: str) -> None:
        for row, rule in enumerate(self.rules):
            if rule.kind == kind:
                self.rules_table.selectRow(row)
                return

    def _selected(self) -> None:
        rule = self.current()
        self.edit_button.setEnabled(rule is not None)
        self.basis.setText(
            self.tr("%1 — basis: %2").replace("%1", label(rule.label)).replace("%2", label(rule.basis))
            if rule
            else self.tr("Select a kind to see the basis of its period; double-click to change the period.")
        )

    def edit(self) -> None:
        rule = self.current()
        if rule is None:
            return
        self.message.hide()
        self.dialog = RetentionDialog(self.worker, rule, self)
        self.dialog.saved.connect(lambda _result: self._changed(rule))
        self.dialog.open()

    def _changed(self, rule: RetentionRule) -> None:
        self.plan = {}  # a new period makes the last preview stale
        self.summary.setText(
            self.tr("Period of %1 changed. Preview again to see what is due now.").replace(
                "%1", label(rule.label)
            )
        )
        self.reload()

    # -- the job ----------------------------------------------------------------------------

    def preview(self) -> None:
        self.message.hide()
        self._plan()

    def _plan(self) -> None:
        self.preview_button.setEnabled(False)
        self.worker.run(privacy.plan_retention, self._planned, self._failed)

    def _planned(self, steps: list[RetentionStep]) -> None:
        self.preview_button.setEnabled(True)
        self.plan = {step.kind: step for step in steps}
        self.rules_model.refresh()
        self.summary.setText(
            self.tr("Preview of %1: ").replace("%1", format_date(date.today())) + self._total(steps)
        )
        self.planned.emit(steps)

    def _total(self, steps: list[RetentionStep]) -> str:
        due = [s for s in steps if s.count]
        if not due:
            return self.tr("nothing is due.")
        return "; ".join(f"{label(s.label)}: {step_text(s.action, s.count)}" for s in due) + "."

    def run(self) -> None:
        """Count first, then ask with those counts, then run."""
        self.message.hide()
        self.run_button.setEnabled(False)
        self.worker.run(privacy.plan_retention, self._confirm, self._failed)

    def _confirm(self, steps: list[RetentionStep]) -> None:
        self._planned(steps)
        due = [s for s in steps if s.count]
        if not due:
            self.run_button.setEnabled(True)
            self.say(
                self.tr("Nothing is due now: no personal data is past its retention period."),
                NOTE_BANNER_STYLE,
            )
            return
        lines = "\n".join(f"• {label(s.label)}: {step_text(s.action, s.count)}" for s in due)
        answer = QMessageBox.question(
            self,
            self.tr("Apply the retention periods"),
            self.tr(
                "The retention job will now do this:\n\n%1\n\nThis cannot be undone. The privacy log "
                "records what was done (counts only). Run it now?"
            ).replace("%1", lines),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.run_button.setEnabled(True)
            return
        self.worker.run(privacy.run_retention, self._ran, self._failed, commit=True)

    def _ran(self, steps: list[RetentionStep]) -> None:
        self.run_button.setEnabled(True)
        self.plan = {}
        self.rules_model.refresh()
        done = [s for s in steps if s.count]
        text = (
            self.tr("Done: ")
            + "; ".join(f"{label(s.label)}: {step_text(s.action, s.count, done=True)}" for s in done)
            + "."
            if done
            else self.tr("Done: nothing was due.")
        )
        self.say(text, GOOD_BANNER_STYLE)
        self.reload_log()
        self._plan()  # what is due now: nothing, unless records changed meanwhile
        self.ran.emit(steps)
