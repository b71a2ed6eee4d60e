"""The audit trail (logboek): who changed what and when, for the whole database or one file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import qtawesome as qta
from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
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
from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission
from models.validation import format_phone
from views.common.forms import fill_combo
from views.common.table_model import Column, LazyTableModel, table_view
from views.common.text import error_text, format_number, format_short_datetime, label
from views.common.widgets import OptionalDateEdit
from views.common.worker import DatabaseWorker
from views.duplicates.merges_panel import MergesPanel

if TYPE_CHECKING:
    from views.shell.pages import Shell


def _value(row: AuditRow, value: str | None) -> str:
    """A stored value as a person reads it: dates in Dutch, yes/no, the rest as it is."""
    if value is None:
        return "—"
    if row.field and (row.field.endswith("_at") or row.field.endswith("_on") or row.field.endswith("_date")):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        return format_short_datetime(moment) if "T" in value else value
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
        self.since = OptionalDateEdit()
        self.until = OptionalDateEdit()
        for edit in (self.since, self.until):
            edit.setMaximumWidth(150)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.export_button = QPushButton(qta.icon("mdi6.file-delimited-outline"), self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the lines shown as a CSV file for a spreadsheet"))
        self.export_button.clicked.connect(self.export)

        filters = QHBoxLayout()
        for caption, widget in (
            (self.tr("Who"), self.person),
            (self.tr("Kind"), self.kind),
            (self.tr("From"), self.since),
            (self.tr("Until"), self.until),
        ):
            text = QLabel(caption)
            text.setBuddy(widget)
            filters.addWidget(text)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.count)
        filters.addStretch(1)
        filters.addWidget(self.export_button)

        self.model = AuditModel(worker)
        self.table = table_view(self.model)
        self.empty = QLabel(self.tr("No changes match these filters."))
        self.empty.setObjectName("emptyState")
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
            edit.dateChanged.connect(self.reload)
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

    def export(self) -> None:
        name = self.tr("logbook") + ".csv"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit trail"),
            str(Path(QDir.homePath()) / name),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, target: Path) -> None:
        """Write the lines shown (all of them, not only those on screen) on the worker."""
        flt = self.current_filter()
        headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Kind"),
            self.tr("Record"),
            self.tr("What"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
        ]

        def write(session: object) -> int:
            try:
                with target.open("w", encoding="utf-8-sig", newline="") as out:
                    return audit_log.export_csv(session, flt, out, headers, label)  # type: ignore[arg-type]
            except OSError as exc:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Cannot write {path}: {reason}. Choose another place and export again."
                    ),
                    path=str(target),
                    reason=exc.strerror or str(exc),
                ) from exc

        self.export_button.setEnabled(False)
        self.worker.run(write, lambda count: self._exported(target, count), self._export_failed)

    def _exported(self, target: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        self._say(
            self.tr("%1 lines saved in %2.").replace("%1", format_number(count)).replace("%2", str(target)),
            False,
        )

    def _export_failed(self, error: DomainError) -> None:
        self.export_button.setEnabled(True)
        self._say(error_text(error), True)

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
        self.resize(1100, 560)
        self.view = AuditView(worker, records)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if company_id is not None:  # the merges this company was part of, with their undo
            self.merges: MergesPanel | None = MergesPanel(worker, company_id, may_undo=may_undo_merges)
            self.merges.undone.connect(self.view.reload)
            layout.addWidget(self.merges)
            self.merges.reload()
        else:
            self.merges = None
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)


# -- as a page of the main window (views/shell/pages.py) ------------------------------------------


def make_page(shell: Shell) -> AuditPage:
    return AuditPage(shell.worker, may_undo_merges=shell.may(Permission.MERGE_COMPANIES))
