"""The audit trail (logboek): who changed what and when, for the whole database or one file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models import lookups
from models.audit import services as audit_log
from models.audit.services import (
    ACTION_LABELS,
    BOOLEAN_LABELS,
    FIELD_LABELS,
    KIND_LABELS,
    AuditFilter,
    AuditRow,
)
from models.exporting.lists import export_audit
from models.permissions import Permission
from models.validation import format_phone
from views.common.accessibility import label_field
from views.common.date_field import DateField
from views.common.export import Exporter, ExportTask
from views.common.forms import fill_combo
from views.common.screen import ZoomPane, fit_to_screen
from views.common.table_model import Column, LazyTableModel, table_view
from views.common.text import format_number, format_short_date, format_short_datetime, label
from views.common.worker import DatabaseWorker
from views.duplicates.merges_panel import MergesPanel

if TYPE_CHECKING:
    from views.shell.pages import Shell


def _value(row: AuditRow, value: str | None) -> str:
    """A stored value as a person reads it: dates in Dutch, yes/no, the rest as it is."""
    if value is None:
        return "—"
    if row.labelled:  # a choice: its name on screen ("afgehandeld"), never the stored value
        return label(value)
    if row.field and (row.field.endswith("_at") or row.field.endswith("_on") or row.field.endswith("_date")):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        return format_short_datetime(moment) if "T" in value else format_short_date(moment.date())
    if row.field == "phone":
        return format_phone(value)
    if value in BOOLEAN_LABELS:
        return label(BOOLEAN_LABELS[value])
    return value


class AuditModel(LazyTableModel[AuditRow]):
    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__(worker, [], audit_log.entry_rows, lambda r: r.id)
        self.columns = [
            Column[AuditRow](self.tr("When"), lambda r: format_short_datetime(r.at), 135),
            # A change made offline: "When" is its synchronisation, this when it was done.
            Column[AuditRow](
                self.tr("Done offline"),
                lambda r: format_short_datetime(r.done_offline) if r.done_offline else "",
                135,
            ),
            Column[AuditRow](self.tr("Who"), lambda r: r.user or self.tr("(system)"), 140),
            Column[AuditRow](self.tr("Kind"), lambda r: label(KIND_LABELS.get(r.kind, r.kind)), 120),
            Column[AuditRow](self.tr("Record"), lambda r: r.record, 190),
            Column[AuditRow](self.tr("What"), lambda r: label(ACTION_LABELS.get(r.action, r.action)), 90),
            Column[AuditRow](
                self.tr("Field"), lambda r: label(FIELD_LABELS.get(r.field, r.field)) if r.field else "", 120
            ),
            Column[AuditRow](self.tr("Old value"), lambda r: _value(r, r.old_value), 170),
            Column[AuditRow](self.tr("New value"), lambda r: _value(r, r.new_value), 170),
        ]


class AuditView(QWidget):
    """The trail with its filters. ``records`` limits it to one file (see ``company_records``).

    Signals:
        loaded(int): the list shows this many lines.
    """

    loaded = Signal(int)

    def __init__(self, worker: DatabaseWorker, records: tuple[tuple[str, int], ...] = ()) -> None:
        super().__init__()
        self.worker = worker
        self.records = records
        self._ticket = 0

        self.person = QComboBox()
        self.kind = QComboBox()
        for combo in (self.person, self.kind):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.view().setMinimumWidth(220)
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in audit_log.kinds():
            self.kind.addItem(label(KIND_LABELS.get(kind, kind)), kind)
        self.since = DateField()
        self.until = DateField()
        for edit in (self.since, self.until):
            edit.setMaximumWidth(150)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.exporter = Exporter(
            self, worker, lambda: self.tr("logbook"), self._export_task, explain_failures=False
        )
        self.exporter.exported.connect(self._exported)
        self.exporter.failed.connect(lambda text: self._say(text, True))
        self.export_button = self.exporter.button

        filters = QHBoxLayout()
        for caption, widget in (
            (self.tr("Who"), self.person),
            (self.tr("Kind"), self.kind),
            (self.tr("From"), self.since),
            (self.tr("Until"), self.until),
        ):
            text = QLabel(caption)
            label_field(text, widget)
            filters.addWidget(text)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.count)
        filters.addStretch(1)
        filters.addWidget(self.export_button)

        self.model = AuditModel(worker)
        self.table = table_view(self.model, self.tr("Changes"))
        self.empty = QLabel(self.tr("No changes match these filters."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)  # a long hint wraps in a narrow window instead of widening it
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

        for combo in (self.person, self.kind):
            combo.currentIndexChanged.connect(self.reload)
        for edit in (self.since, self.until):
            edit.changed.connect(self.reload)
        worker.run(lambda s: lookups.officials(s, include_inactive=True), self._officials)

    def _officials(self, choices: list[lookups.Choice]) -> None:
        self.person.blockSignals(True)
        fill_combo(self.person, choices, self.tr("Everyone"))
        self.person.blockSignals(False)
        self.reload()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            user_id=self.person.currentData(),
            kind=self.kind.currentData(),
            since=self.since.value(),
            until=self.until.value(),
            records=self.records,
        )

    def reload(self) -> None:
        if not (self.since.is_valid() and self.until.is_valid()):
            return  # the field says what it cannot read; the list stays as it was
        self._ticket += 1
        ticket, flt = self._ticket, self.current_filter()
        self.count.setText(self.tr("Loading…"))
        self.worker.run(lambda s: audit_log.entry_ids(s, flt), lambda ids: self._loaded(ticket, ids))

    def _loaded(self, ticket: int, ids: list[int]) -> None:
        if ticket != self._ticket:
            return
        self.model.set_ids(ids)
        self.count.setText(self.tr("changes: %1").replace("%1", format_number(len(ids))))
        self.stack.setCurrentWidget(self.table if ids else self.empty)
        self.export_button.setEnabled(bool(ids))
        self.loaded.emit(len(ids))

    def _export_task(self) -> ExportTask:
        flt = self.current_filter()
        return lambda session, target, progress: (
            export_audit(session, flt, target, translate=QCoreApplication.translate, progress=progress).rows
        )

    def export_to(self, target: Path) -> None:
        """Write the lines shown (all of them, not only those on screen) on the worker."""
        self.exporter.export_to(target)

    def _exported(self, target: str, count: int) -> None:
        self._say(
            self.tr("%1 lines saved in %2.").replace("%1", format_number(count)).replace("%2", target),
            False,
        )

    def _say(self, text: str, problem: bool) -> None:
        self.message.setText(text)
        self.message.setObjectName("warningBanner" if problem else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()


class AuditPage(QWidget):
    """The whole database's trail, as a page of the main window."""

    def __init__(self, worker: DatabaseWorker, may_undo_merges: bool = False) -> None:
        super().__init__()
        title = QLabel(self.tr("Audit trail"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr("Every change by everyone: who, when, from which value to which."))
        intro.setObjectName("muted")
        self.view = AuditView(worker)
        # Merges are one event each, with their undo (models.duplicates).
        self.merges = MergesPanel(worker, may_undo=may_undo_merges)
        self.merges.undone.connect(self.view.reload)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.merges)
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        self.view.reload()
        self.merges.reload()

    # -- as a page of the window --

    def activated(self) -> None:
        self.reload()


class AuditDialog(QDialog):
    """The changes to one company's file: the company, its establishments, its contact links."""

    def __init__(
        self,
        worker: DatabaseWorker,
        company_name: str,
        records: tuple[tuple[str, int], ...],
        parent: QWidget | None = None,
        *,
        company_id: int | None = None,
        may_undo_merges: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes to %1").replace("%1", company_name))
        fit_to_screen(self, 1100, 560)  # a large scale: what the screen has
        self.view = AuditView(worker, records)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        if company_id is not None:  # the merges this company was part of, with their undo
            self.merges: MergesPanel | None = MergesPanel(worker, company_id, may_undo=may_undo_merges)
            self.merges.undone.connect(self.view.reload)
            layout.addWidget(self.merges)
            self.merges.reload()
        else:
            self.merges = None
        layout.addWidget(self.view, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(ZoomPane(content), 1)  # a large scale: the filters scroll into view
        outer.addWidget(buttons)


# -- as a page of the main window (views/shell/pages.py) ------------------------------------------


def make_page(shell: Shell) -> AuditPage:
    return AuditPage(shell.worker, may_undo_merges=shell.may(Permission.MERGE_COMPANIES))
