"""*Samenvoegen…*: two records side by side, per field which value survives, and what moves.

The value proposed per field is the survivor's unless it is empty or the copy's is more recent
(``models.duplicates.merge.merge_plan``); a click on the other value chooses that one. *Omwisselen*
makes the other record the survivor. The merge itself is long work on the database worker (one
transaction, with a progress bar); a colleague's change to either record since the dialog opened
is told with their name, and the dialog reads both again, keeping the sides chosen.
"""

from __future__ import annotations

from typing import Any

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.audit.services import FIELD_LABELS, KIND_LABELS
from models.duplicates import merge as svc
from models.duplicates.entities import COMPANY
from models.errors import ConflictError, DomainError
from models.progress import CancelledError
from models.validation import format_phone
from views.common.long_work import LongWorkDialog
from views.common.text import error_text, format_number, label
from views.common.worker import DatabaseWorker

SURVIVOR, MERGED = "survivor", "merged"


def _shown(field: str, text: str) -> str:
    if field == "phone" and text:
        return format_phone(text)
    return text


class MergeDialog(QDialog):
    """Merge ``merged_id`` into ``survivor_id`` (either may be swapped in the dialog).

    Signals:
        merged(int): the merge is saved; its id (for undo).
    """

    merged = Signal(int)

    def __init__(
        self,
        worker: DatabaseWorker,
        kind: str,
        survivor_id: int,
        merged_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.kind = kind
        self.survivor_id, self.merged_id = survivor_id, merged_id
        self.plan: svc.MergePlan | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.kept: dict[str, str] = {}  # the side chosen per field, kept across a reload
        self.work: LongWorkDialog | None = None
        self.setWindowTitle(self.tr("Merge"))
        self.resize(900, 600)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.swap_button = QPushButton(qta.icon("mdi6.swap-horizontal"), self.tr("Swap"))
        self.swap_button.setToolTip(self.tr("Keep the other record instead"))
        self.swap_button.clicked.connect(self.swap)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.swap_button, 0, Qt.AlignmentFlag.AlignTop)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)

        self.moves = QLabel()
        self.moves.setWordWrap(True)
        self.moves.setObjectName("muted")
        self.into_archived = QCheckBox(self.tr("Yes, merge the active record into the archived one"))
        self.into_archived.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("warningBanner")
        self.message.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.moves)
        layout.addWidget(self.into_archived)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.load()

    # -- reading ---------------------------------------------------------------------------

    def load(self) -> None:
        kind, survivor, merged = self.kind, self.survivor_id, self.merged_id
        self.merge_button.setEnabled(False)
        self.worker.run(lambda s: svc.merge_plan(s, kind, survivor, merged), self.show_plan, self._refused)

    def show_plan(self, plan: svc.MergePlan) -> None:
        if (plan.survivor_id, plan.merged_id) != (self.survivor_id, self.merged_id):
            return
        self.plan = plan
        self.intro.setText(
            self.tr(
                "<b>%1</b> is kept; <b>%2</b> is merged into it and kept as an archived reference "
                "that still finds %1. Choose per field which value stays."
            )
            .replace("%1", plan.survivor_name)
            .replace("%2", plan.merged_name)
        )
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.groups = {}
        for column, caption in enumerate(
            (
                self.tr("Field"),
                self.tr("Kept: %1").replace("%1", plan.survivor_name),
                self.tr("Merged: %1").replace("%1", plan.merged_name),
            )
        ):
            head = QLabel(f"<b>{caption}</b>")
            head.setWordWrap(True)
            self.grid.addWidget(head, 0, column)
        for row, choice in enumerate(plan.fields, start=1):
            self.grid.addWidget(QLabel(label(FIELD_LABELS.get(choice.field, choice.field))), row, 0)
            group = QButtonGroup(self)
            group.setObjectName(choice.field)
            for column, (side, text) in enumerate(
                ((SURVIVOR, choice.survivor_text), (MERGED, choice.merged_text)), start=1
            ):
                button = QRadioButton(_shown(choice.field, text) or self.tr("(empty)"))
                button.setObjectName(f"{choice.field}.{side}")
                button.setProperty("side", side)
                group.addButton(button)
                self.grid.addWidget(button, row, column)
                if side == self.kept.get(choice.field, choice.proposed):
                    button.setChecked(True)
            if choice.survivor_text == choice.merged_text:
                for same in group.buttons():
                    same.setEnabled(False)
            self.groups[choice.field] = group
        self.grid.setRowStretch(len(plan.fields) + 1, 1)
        moving = [
            f"{format_number(n)} {label(svc.MOVE_LABELS.get(table, table))}"
            for table, n in sorted(plan.to_move.items())
        ]
        self.moves.setText(
            self.tr("Moves to %1: %2.").replace("%1", plan.survivor_name).replace("%2", ", ".join(moving))
            if moving
            else self.tr("Nothing is linked to %1.").replace("%1", plan.merged_name)
        )
        needs_consent = plan.survivor_archived and not plan.merged_archived
        self.into_archived.setVisible(needs_consent)
        self.into_archived.setChecked(False)
        self.merge_button.setEnabled(True)

    def _refused(self, error: DomainError) -> None:
        self.say(error_text(error))
        self.merge_button.setEnabled(False)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # -- choosing --------------------------------------------------------------------------

    def side(self, field: str) -> str:
        button = self.groups[field].checkedButton()
        return str(button.property("side")) if button is not None else SURVIVOR

    def values(self) -> dict[str, Any]:
        assert self.plan is not None
        return {
            f.field: f.survivor_value if self.side(f.field) == SURVIVOR else f.merged_value
            for f in self.plan.fields
        }

    def choose(self, field: str, side: str) -> None:
        for button in self.groups[field].buttons():
            if button.property("side") == side:
                button.setChecked(True)

    def swap(self) -> None:
        self.kept = {}
        self.survivor_id, self.merged_id = self.merged_id, self.survivor_id
        self.message.hide()
        self.load()

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        plan = self.plan
        if plan is None:
            return
        if self.into_archived.isVisible() and not self.into_archived.isChecked():
            self.say(
                self.tr("%1 is archived: tick the box to merge an active record into it.").replace(
                    "%1", plan.survivor_name
                )
            )
            return
        values, kind, into = self.values(), self.kind, self.into_archived.isChecked()
        self.kept = {f.field: self.side(f.field) for f in plan.fields}
        self.merge_button.setEnabled(False)
        self.work = LongWorkDialog(
            self.worker,
            title=self.tr("Merge"),
            text=self.tr("Merging %1 into %2…")
            .replace("%1", plan.merged_name)
            .replace("%2", plan.survivor_name),
            task=lambda session, progress: svc.merge(
                session,
                kind,
                plan.survivor_id,
                plan.survivor_version,
                plan.merged_id,
                plan.merged_version,
                values,
                into_archived=into,
                progress=progress,
            ),
            on_success=self._merged,
            on_failure=self._failed,
            commit=True,
            parent=self,
        )

    def _merged(self, merge_id: int) -> None:
        self.merged.emit(merge_id)
        self.accept()

    def _failed(self, error: DomainError) -> None:
        if isinstance(error, CancelledError):
            self.merge_button.setEnabled(True)
            return
        self.say(error_text(error))
        if isinstance(error, ConflictError):
            self.load()  # their values now, your choices kept: look again and merge
        elif not isinstance(error, svc.AlreadyMergedError):
            self.merge_button.setEnabled(True)


def kind_title(kind: str) -> str:
    return label(KIND_LABELS[COMPANY if kind == COMPANY else "contact"])
