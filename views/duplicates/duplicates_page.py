"""*Mogelijke dubbelen*: pairs of companies (or contact persons) that are probably the same, best
first, each with its reasons; *Samenvoegen…* opens the side-by-side dialog, *Geen dubbel*
remembers that the pair is not the same so it is not offered again."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.duplicates import candidates as svc
from models.duplicates.candidates import CandidatePair
from models.duplicates.entities import COMPANY, CONTACT
from models.errors import DomainError
from models.permissions import Permission
from views.common import icons
from views.common.accessibility import name_view
from views.common.text import error_text, format_number
from views.common.worker import DatabaseWorker
from views.duplicates.merge_dialog import MergeDialog
from views.duplicates.reasons import reasons_text

if TYPE_CHECKING:
    from views.shell.pages import Shell

Index = QModelIndex | QPersistentModelIndex


class PairsModel(QAbstractTableModel):
    """The candidate pairs, as the service sorted them (best first)."""

    SCORE, FIRST, SECOND, REASONS = range(4)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CandidatePair] = []
        self.headers = [
            self.tr("Certainty"),
            self.tr("Record"),
            self.tr("Probably the same as"),
            self.tr("Why"),
        ]

    def set_rows(self, rows: list[CandidatePair]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        pair = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SCORE:
                return f"{pair.score} %"
            if column == self.FIRST:
                return self._side(pair.first)
            if column == self.SECOND:
                return self._side(pair.second)
            return reasons_text(pair.reasons)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.FIRST, self.SECOND):
                return self._side(pair.first if column == self.FIRST else pair.second)
            if column == self.REASONS:
                return reasons_text(pair.reasons)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _side(self, side: svc.Side) -> str:
        text = side.name + (f" — {side.detail}" if side.detail else "")
        return text + (" " + self.tr("(archived)") if side.archived else "")


class DuplicatesPage(QWidget):
    def __init__(self, worker: DatabaseWorker, may_merge: bool = True) -> None:
        super().__init__()
        self.worker = worker
        self.may_merge = may_merge
        self._ticket = 0
        self.dialog: MergeDialog | None = None

        title = QLabel(self.tr("Possible duplicates"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Companies and contact persons that are probably the same, most certain first. "
                "Merge them, or mark a pair as not the same so it is not offered again."
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Duplicates of"))
        self.kind.addItem(self.tr("Companies"), COMPANY)
        self.kind.addItem(self.tr("Contact persons"), CONTACT)
        self.kind.currentIndexChanged.connect(self.reload)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.merge_button = QPushButton(icons.icon("mdi6.call-merge"), self.tr("Merge…"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.not_button = QPushButton(icons.icon("mdi6.close-circle-outline"), self.tr("Not a duplicate"))
        self.not_button.setToolTip(self.tr("These two are not the same: do not offer this pair again"))
        self.not_button.clicked.connect(self.dismiss_selected)
        for button in (self.merge_button, self.not_button):
            button.setVisible(may_merge)
            button.setEnabled(False)

        bar = QHBoxLayout()
        bar.addWidget(self.kind)
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(self.not_button)
        bar.addWidget(self.merge_button)

        self.model = PairsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        name_view(self.table, self.tr("Possible duplicates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Why a pair is offered is the column to read: wrapped in full, never cut off at 1366 px.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PairsModel.REASONS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((PairsModel.SCORE, 100), (PairsModel.FIRST, 300), (PairsModel.SECOND, 300)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.merge_selected())
        self.empty = QLabel(self.tr("No possible duplicates: nothing to do here."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.message = QLabel()
        self.message.setObjectName("warningBanner")
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._ticket += 1
        ticket, kind = self._ticket, self.kind.currentData()
        self.count.setText(self.tr("Looking for duplicates…"))
        find = svc.company_candidates if kind == COMPANY else svc.contact_candidates
        self.worker.run(lambda s: find(s), lambda rows: self._loaded(ticket, rows), self._failed)

    def _loaded(self, ticket: int, rows: list[CandidatePair]) -> None:
        if ticket != self._ticket:
            return
        self.model.set_rows(rows)
        self.count.setText(self.tr("pairs: %1").replace("%1", format_number(len(rows))))
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self._selection_changed()

    def _failed(self, error: DomainError) -> None:
        self.message.setText(error_text(error))
        self.message.show()

    def selected(self) -> CandidatePair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.merge_button.setEnabled(chosen)
        self.not_button.setEnabled(chosen)

    # -- acting ----------------------------------------------------------------------------

    def merge_selected(self) -> None:
        pair = self.selected()
        if pair is None or not self.may_merge:
            return
        # The active record survives an archived one; otherwise the first (the oldest) does.
        keep, merge = (
            (pair.second, pair.first)
            if pair.first.archived and not pair.second.archived
            else (
                pair.first,
                pair.second,
            )
        )
        self.dialog = MergeDialog(self.worker, pair.kind, keep.id, merge.id, self.window())
        self.dialog.merged.connect(lambda _id: self.reload())
        self.dialog.open()

    def dismiss_selected(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        self.message.hide()
        self.worker.run(
            lambda s: svc.not_a_duplicate(s, pair.kind, pair.first.id, pair.second.id),
            lambda _r: self.reload(),
            self._failed,
            commit=True,
        )

    # -- as a page of the window --

    def activated(self) -> None:
        self.reload()


def make_page(shell: Shell) -> DuplicatesPage:
    return DuplicatesPage(shell.worker, may_merge=shell.may(Permission.MERGE_COMPANIES))
