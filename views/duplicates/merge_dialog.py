"""*Samenvoegen…*: two records side by side, per field which value survives, and what moves.

The value proposed per field is the survivor's unless it is empty or the copy's is more recent
(``models.duplicates.merge.merge_plan``); a click on the other value chooses that one. *Omwisselen*
makes the other record the survivor. The merge itself is long work on the database worker (one
transaction, with a progress bar). A colleague's change to either record since the dialog opened
goes through the three-way merge (``ConflictDialog``): per field the colleague changed, the value
when the dialog opened, theirs, and the one chosen here; the merge is then tried again on the new
versions with the values decided. *Terug* there shows both records again, keeping the sides chosen.
"""

from __future__ import annotations

from typing import Any

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
from views.common import icons
from views.common.conflict_dialog import ConflictDialog
from views.common.long_work import LongWorkDialog
from views.common.screen import fit_to_screen
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
        self.conflict_dialog: ConflictDialog | None = None
        # The plan, values and consent of the merge under way: the base and "mine" of a conflict.
        self.attempt: tuple[svc.MergePlan, dict[str, Any], bool] | None = None
        self.setWindowTitle(self.tr("Merge"))
        fit_to_screen(self, 900, 600)  # a large scale: what the screen has

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.swap_button = QPushButton(icons.icon("mdi6.swap-horizontal"), self.tr("Swap"))
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
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the choices in it take the focus
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
            head.setTextFormat(Qt.TextFormat.RichText)  # one line: a narrow screen scrolls sideways
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
        self.kept = {f.field: self.side(f.field) for f in plan.fields}
        self.run_merge(plan, self.values(), self.into_archived.isChecked())

    def run_merge(self, plan: svc.MergePlan, values: dict[str, Any], into: bool) -> None:
        kind = self.kind
        self.attempt = (plan, values, into)
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
        if isinstance(error, ConflictError) and self.attempt is not None:
            before, mine, into = self.attempt
            kind, survivor, merged = self.kind, before.survivor_id, before.merged_id
            self.worker.run(
                lambda s: svc.merge_plan(s, kind, survivor, merged),
                lambda now: self.three_way(error, before, now, mine, into),
                self._refused,
            )
            return
        self.say(error_text(error))
        if not isinstance(error, svc.AlreadyMergedError):
            self.merge_button.setEnabled(True)

    # -- a colleague's change meanwhile: the three-way merge --------------------------------

    def three_way(
        self,
        error: ConflictError,
        before: svc.MergePlan,
        now: svc.MergePlan,
        mine: dict[str, Any],
        into: bool,
    ) -> None:
        """Per field the colleague changed: the value when opened, theirs, and the one chosen here.

        A field whose chosen side the colleague changed starts on theirs; a field they changed on
        the other side (the value not chosen here) is marked as changed by both and needs a choice.
        """
        old = {f.field: f for f in before.fields}
        new = {f.field: f for f in now.fields}
        original: dict[str, Any] = {}
        theirs: dict[str, Any] = {}
        texts: dict[tuple[str, Any], str] = {}
        for name, was in old.items():
            is_ = new[name]
            for choice in (was, is_):
                texts[(name, choice.survivor_value)] = choice.survivor_text
                texts[(name, choice.merged_value)] = choice.merged_text
            chosen_side = MERGED if mine.get(name) == was.merged_value != was.survivor_value else SURVIVOR
            sides = {
                SURVIVOR: (was.survivor_value, is_.survivor_value),
                MERGED: (was.merged_value, is_.merged_value),
            }
            other = MERGED if chosen_side == SURVIVOR else SURVIVOR
            for side in (chosen_side, other):
                then, current = sides[side]
                if then != current:
                    original[name] = mine.get(name) if side == chosen_side else then
                    theirs[name] = current
                    break
        self.plan = now
        self.show_plan(now)  # the records as they are now, the sides chosen kept
        if not theirs:
            self.run_merge(now, mine, into)  # nothing chosen here was changed: merge as it is now
            return
        captions = {
            name: label(FIELD_LABELS.get(name, name)) for name in old if name in theirs and name in mine
        }
        labels = {name: caption[:1].upper() + caption[1:] for name, caption in captions.items()}
        if not any(mine.get(name) != theirs[name] for name in labels):
            self.run_merge(now, {**mine, **theirs}, into)  # the colleague made the same choices
            return

        def describe(name: str, value: Any) -> str:
            if value is None or value == "":
                return ""
            return _shown(name, texts.get((name, value), str(value)))

        mine_listed = {name: mine.get(name) for name in labels}
        self.merge_button.setEnabled(False)  # decided in the three-way merge, or after Back
        dialog = ConflictDialog(error, labels, describe, original, theirs, mine_listed, self)
        self.conflict_dialog = dialog

        def chosen() -> None:
            self.run_merge(now, {**mine, **dialog.merged()}, into)

        def back() -> None:
            self.say(error_text(error))
            self.merge_button.setEnabled(True)

        dialog.accepted.connect(chosen)
        dialog.rejected.connect(back)
        dialog.open()


def kind_title(kind: str) -> str:
    return label(KIND_LABELS[COMPANY if kind == COMPANY else "contact"])
