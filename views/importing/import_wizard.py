"""Importeren: a file → its columns mapped → the Proefimport → the import → the result.

The file is opened and classified on the database worker (the trial in a transaction that is rolled
back, under ``LongWorkDialog``), and written there in one transaction with progress and *Annuleren*.
The person decides per "mogelijk dubbel" row (select rows, then a decision) or for all at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.companies.entities import ESTABLISHMENT_STATUS_LABELS, EstablishmentStatus
from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.importing import mapping as mapping_module
from models.importing.classify import CLASS_LABELS, Decision, RowClass, RowResult, Trial, trial, value_text
from models.importing.mapping import FIELDS, Mapping, looks_like_header
from models.importing.reading import Source, open_source, preview
from models.importing.report import write_report
from models.importing.run import ImportResult, run_import
from models.progress import CancelledError, Progress
from views.common.accessibility import name_view
from views.common.long_work import LongWorkDialog
from views.common.screen import ZoomPane, fit_to_screen
from views.common.text import error_text, label, message
from views.common.worker import DatabaseWorker

ERROR_COLOUR = QColor("#b3261e")
FILE_FILTER = "Bestanden (*.xlsx *.csv *.txt *.json);;Alle bestanden (*)"

DECISION_LABELS = {
    Decision.SKIP: QT_TRANSLATE_NOOP("ImportWizard", "skip"),
    Decision.NEW: QT_TRANSLATE_NOOP("ImportWizard", "import as new"),
    Decision.UPDATE: QT_TRANSLATE_NOOP("ImportWizard", "update the existing company"),
}


def decision_text(decision: Decision) -> str:
    return QCoreApplication.translate("ImportWizard", DECISION_LABELS[decision])


@dataclass(kw_only=True)
class Opened:
    source: Source
    mapping: Mapping
    remembered: bool
    sample: list[list[str]]
    areas: list[str]
    officials: list[str]


def open_file(session: Session, path: Path) -> Opened:
    """On the worker: read the file's header and first rows, and the mapping to start from."""
    source = open_source(path, looks_like_header=looks_like_header)
    remembered = mapping_module.remembered(session, source.header)
    areas, officials = mapping_module.default_choices(session)
    return Opened(
        source=source,
        mapping=remembered or mapping_module.suggest(source.header),
        remembered=remembered is not None,
        sample=preview(source, 3),
        areas=areas,
        officials=officials,
    )


def describe_row(row: RowResult) -> str:
    """What a person reads about a row: the changes, the record it resembles and why, the problems."""
    if row.kind == RowClass.ERROR:
        return "; ".join(f"{p.column}: {message(p.message, p.params)}" for p in row.problems)
    parts: list[str] = []
    if row.kind == RowClass.UPDATE or (row.kind == RowClass.POSSIBLE_DUPLICATE and row.changes):
        parts += [f"{c.field}: {value_text(c.old) or '—'} → {value_text(c.new)}" for c in row.changes]
        if row.kind == RowClass.UPDATE and not row.changes:
            parts.append(QCoreApplication.translate("ImportWizard", "nothing changes"))
    if row.kind == RowClass.POSSIBLE_DUPLICATE:
        if row.match is not None:
            reasons = " · ".join(
                QCoreApplication.translate("matching", r.text).format(**r.params) for r in row.match.reasons
            )
            like = (
                row.existing
                if row.company_id is not None
                else QCoreApplication.translate("ImportWizard", "row %1").replace("%1", str(row.same_as_row))
            )
            parts.insert(
                0,
                QCoreApplication.translate("ImportWizard", "like %1 (%2 %: %3)")
                .replace("%1", like)
                .replace("%2", str(row.match.score))
                .replace("%3", reasons),
            )
        elif row.same_as_row is not None:
            parts.insert(
                0,
                QCoreApplication.translate("ImportWizard", "the same as row %1").replace(
                    "%1", str(row.same_as_row)
                ),
            )
    if row.kind == RowClass.NEW_ESTABLISHMENT:
        parts.append(
            QCoreApplication.translate("ImportWizard", "of %1").replace("%1", row.existing)
            if row.existing
            else QCoreApplication.translate("ImportWizard", "of the company in row %1").replace(
                "%1", str(row.same_as_row)
            )
        )
    parts += [f"{p.column}: {message(p.message, p.params)}" for p in row.warnings]
    return "; ".join(parts)


class TrialModel(QAbstractTableModel):
    """The rows of a trial, filtered by class; thin: the rows are the trial's."""

    COL_ROW, COL_CLASS, COL_NAME, COL_DECISION, COL_DETAILS = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all: list[RowResult] = []
        self.rows: list[RowResult] = []
        self.decisions: dict[int, Decision] = {}
        self.default = Decision.SKIP
        self.kind: RowClass | None = None
        self.headers = [
            self.tr("Row"),
            self.tr("Class"),
            self.tr("Name"),
            self.tr("Decision"),
            self.tr("Details"),
        ]

    def set_rows(self, rows: list[RowResult]) -> None:
        self.beginResetModel()
        self.all = rows
        self.decisions = {}
        self.rows = [r for r in rows if self.kind is None or r.kind == self.kind]
        self.endResetModel()

    def set_filter(self, kind: RowClass | None) -> None:
        self.beginResetModel()
        self.kind = kind
        self.rows = [r for r in self.all if kind is None or r.kind == kind]
        self.endResetModel()

    def decide(self, numbers: list[int], decision: Decision) -> None:
        for number in numbers:
            self.decisions[number] = decision
        self.dataChanged.emit(
            self.index(0, self.COL_DECISION), self.index(max(0, len(self.rows) - 1), self.COL_DECISION)
        )

    def decide_all(self, decision: Decision) -> None:
        self.default = decision
        self.decisions = {}
        self.dataChanged.emit(
            self.index(0, self.COL_DECISION), self.index(max(0, len(self.rows) - 1), self.COL_DECISION)
        )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and row.kind == RowClass.ERROR:
            return ERROR_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DETAILS:
            return describe_row(row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_ROW:
            return row.number
        if column == self.COL_CLASS:
            return label(CLASS_LABELS[row.kind])
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_DECISION:
            if row.kind != RowClass.POSSIBLE_DUPLICATE:
                return ""
            return decision_text(self.decisions.get(row.number, self.default))
        if column == self.COL_DETAILS:
            return describe_row(row)
        return None


class ImportWizard(QDialog):
    """Signals:
    imported(int): an import was written; its number.
    """

    imported = Signal(int)

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.opened: Opened | None = None
        self.trial: Trial | None = None
        self.outcome: ImportResult | None = None
        self.work: LongWorkDialog | None = None
        self.setWindowTitle(self.tr("Import companies"))
        fit_to_screen(self, 1100, 660)  # a large scale: what the screen has
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._trial_page())
        self.pages.addWidget(self._result_page())
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self._back)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(ZoomPane(self.pages), 1)  # a large scale: each step scrolls into view
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self._show(0)

    # -- pages ---------------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("Import companies from a file"))
        title.setObjectName("pageTitle")
        text = QLabel(
            self.tr(
                "Choose an Excel file (.xlsx), a CSV or text file (.csv, .txt) or a KvK file (.json). "
                "Title lines above the column names, empty rows and a totals row are fine. Nothing is "
                "written until you have seen the trial run (Proefimport)."
            )
        )
        text.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.file_label.setObjectName("muted")
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.mapping_title = QLabel()
        self.mapping_title.setObjectName("pageTitle")
        self.mapping_note = QLabel()
        self.mapping_note.setObjectName("muted")
        self.mapping_note.setWordWrap(True)
        self.columns = QTableWidget(0, 3)
        name_view(self.columns, self.tr("Columns of the file"))
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Field")]
        )
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.setColumnWidth(0, 200)
        self.columns.setColumnWidth(2, 230)
        self.columns.verticalHeader().setVisible(False)
        self.default_area = QComboBox()
        self.default_manager = QComboBox()
        self.default_status = QComboBox()
        defaults = QFormLayout()
        for text, combo in (
            (self.tr("Area, when the file has none"), self.default_area),
            (self.tr("Account manager, when the file has none"), self.default_manager),
            (self.tr("Status, when the file has none"), self.default_status),
        ):
            combo.setAccessibleName(text)  # a combo box is otherwise read by its value
            defaults.addRow(text, combo)
        layout.addWidget(self.mapping_title)
        layout.addWidget(self.mapping_note)
        layout.addWidget(self.columns, 1)
        layout.addLayout(defaults)
        return page

    def _trial_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("Trial run (Proefimport): nothing has been written yet"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show rows"))
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.model = TrialModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        name_view(self.table, self.tr("Trial run"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        for column, width in ((0, 50), (1, 130), (2, 200), (3, 150)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        # The selected row's details in full, wrapped: a long one is cut off in its column.
        self.details = QLabel()
        self.details.setObjectName("muted")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.model.modelReset.connect(self.details.clear)
        self.all_decision = QComboBox()
        for decision in Decision:
            self.all_decision.addItem(decision_text(decision), decision)
        self.all_decision.currentIndexChanged.connect(
            lambda _i: self.model.decide_all(Decision(self.all_decision.currentData()))
        )
        self.row_decision = QComboBox()
        for decision in Decision:
            self.row_decision.addItem(decision_text(decision), decision)
        apply = QPushButton(self.tr("For the selected rows"))
        apply.setObjectName("decide_selected")
        apply.clicked.connect(self._decide_selected)
        self.report_button = QPushButton(self.tr("Save the error report…"))
        self.report_button.clicked.connect(self.save_report)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.report_button)
        decisions = QHBoxLayout()
        decisions.addWidget(QLabel(self.tr("Possible duplicates:")))
        decisions.addWidget(self.all_decision)
        decisions.addSpacing(16)
        decisions.addWidget(self.row_decision)
        decisions.addWidget(apply)
        decisions.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(decisions)
        return page

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        text = self.model.index(current.row(), TrialModel.COL_DETAILS).data() if current.isValid() else ""
        self.details.setText(str(text or ""))

    def _result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.result_title = QLabel()
        self.result_title.setObjectName("pageTitle")
        self.result_text = QLabel()
        self.result_text.setWordWrap(True)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_text)
        layout.addStretch(1)
        return page

    # -- navigation ---------------------------------------------------------------------------

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.problem.clear()
        self.back_button.setVisible(page in (1, 2))
        self.next_button.setVisible(page in (1, 2))
        self.next_button.setText(self.tr("Trial run") if page == 1 else self.tr("Import"))
        self.close_button.setText(self.tr("Close") if page == 3 else self.tr("Cancel"))

    def _back(self) -> None:
        self._show(max(0, self.pages.currentIndex() - 1))

    def _next(self) -> None:
        if self.pages.currentIndex() == 1:
            self.start_trial()
        elif self.pages.currentIndex() == 2:
            self.start_import()

    def _fail(self, error: DomainError) -> None:
        if isinstance(error, CancelledError):
            self.problem.setText(error_text(error))
            return
        self.problem.setText(error_text(error))

    # -- the file -----------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"), "", FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> None:
        self.file_label.setText(str(path))
        self.problem.clear()
        self.worker.run(lambda s: open_file(s, path), self._opened, self._fail)

    def _opened(self, opened: Opened) -> None:
        self.opened = opened
        src = opened.source
        self.mapping_title.setText(self.tr("Which column holds what? (%1)").replace("%1", src.path.name))
        self.mapping_note.setText(
            self.tr("The mapping you made for a file with these columns before.")
            if opened.remembered
            else self.tr("Suggested from the column names; change what is not right.")
        )
        self.columns.setRowCount(len(src.header))
        for index, header in enumerate(src.header):
            self.columns.setCellWidget(index, 0, QLabel(header))
            sample = " | ".join(r[index] for r in opened.sample if index < len(r) and r[index])
            self.columns.setCellWidget(index, 1, QLabel(sample.replace("\n", " ")))
            combo = QComboBox()
            combo.addItem(self.tr("— do not import —"), None)
            for field in FIELDS:
                combo.addItem(label(field.label), field.key)
            combo.setCurrentIndex(max(0, combo.findData(opened.mapping.columns[index])))
            self.columns.setCellWidget(index, 2, combo)
        for combo, choices, key in (
            (self.default_area, opened.areas, "area"),
            (self.default_manager, opened.officials, "account_manager"),
        ):
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for choice in choices:
                combo.addItem(choice, choice)
            combo.setCurrentIndex(max(0, combo.findData(opened.mapping.defaults.get(key))))
        self.default_status.clear()
        self.default_status.addItem(self.tr("(none)"), None)
        for status in EstablishmentStatus:
            self.default_status.addItem(label(ESTABLISHMENT_STATUS_LABELS[status]), status.value)
        self.default_status.setCurrentIndex(
            max(0, self.default_status.findData(opened.mapping.defaults.get("status")))
        )
        self._show(1)

    def mapping(self) -> Mapping:
        assert self.opened is not None
        columns: list[str | None] = []
        for index in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(index, 2)
            assert isinstance(combo, QComboBox)
            columns.append(combo.currentData())
        defaults = {
            key: combo.currentData()
            for key, combo in (
                ("area", self.default_area),
                ("account_manager", self.default_manager),
                ("status", self.default_status),
            )
            if combo.currentData()
        }
        return Mapping(columns=columns, defaults=defaults)

    # -- the trial ----------------------------------------------------------------------------

    def start_trial(self) -> None:
        assert self.opened is not None
        source, mapping = self.opened.source, self.mapping()
        try:
            mapping_module.validate(mapping, source.header)
        except DomainError as error:
            self.problem.setText(error_text(error))
            return

        def task(session: Session, progress: Progress) -> Trial:
            return trial(session, source, mapping, progress)

        self.work = LongWorkDialog(
            self.worker,
            title=self.tr("Trial run"),
            text=self.tr("Reading and checking every row…"),
            task=task,
            on_success=self._tried,
            on_failure=self._fail,
            commit=False,
            parent=self,
        )

    def _tried(self, result: Trial) -> None:
        self.trial = result
        counts = result.counts()
        self.summary.setText(" · ".join(f"{label(CLASS_LABELS[k])}: {counts[k]}" for k in RowClass))
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All rows (%1)").replace("%1", str(len(result.rows))), None)
        for kind in RowClass:
            self.filter.addItem(f"{label(CLASS_LABELS[kind])} ({counts[kind]})", kind.value)
        self.filter.blockSignals(False)
        self.model.set_filter(None)
        self.model.set_rows(result.rows)
        self.model.decide_all(Decision(self.all_decision.currentData()))
        self.report_button.setEnabled(bool(result.report()))
        self._show(2)

    def _filter_changed(self, _index: int) -> None:
        data = self.filter.currentData()
        self.model.set_filter(RowClass(data) if data else None)

    def _decide_selected(self) -> None:
        numbers = [
            self.model.rows[index.row()].number
            for index in self.table.selectionModel().selectedRows()
            if self.model.rows[index.row()].kind == RowClass.POSSIBLE_DUPLICATE
        ]
        self.model.decide(numbers, Decision(self.row_decision.currentData()))

    def save_report(self, path: Path | None = None) -> None:
        if self.trial is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the error report"), "foutenrapport.csv", "CSV (*.csv)"
            )
            if not name:
                return
            path = Path(name)
        write_report(self.trial.report(), path, translate=report_text)

    # -- the import ---------------------------------------------------------------------------

    def start_import(self) -> None:
        assert self.opened is not None
        source, mapping = self.opened.source, self.mapping()
        decisions, default, tried = dict(self.model.decisions), self.model.default, self.trial

        def task(session: Session, progress: Progress) -> ImportResult:
            return run_import(
                session,
                source,
                mapping,
                decisions=decisions,
                default_decision=default,
                progress=progress,
                tried=tried,
            )

        self.work = LongWorkDialog(
            self.worker,
            title=self.tr("Import"),
            text=self.tr("Importing %1…").replace("%1", source.path.name),
            task=task,
            on_success=self._imported,
            on_failure=self._fail,
            commit=True,
            parent=self,
        )

    def _imported(self, result: ImportResult) -> None:
        self.outcome = result
        written = result.written
        self.result_title.setText(self.tr("Import %1 is done").replace("%1", str(result.batch_id)))
        self.result_text.setText(
            self.tr(
                "%1 companies and %2 establishments were added and %3 records updated. "
                "You can undo the whole import under Import history."
            )
            .replace("%1", str(written["companies"]))
            .replace("%2", str(written["establishments"]))
            .replace("%3", str(written["updated"]))
        )
        self._show(3)
        self.imported.emit(result.batch_id)


def report_text(text: str, params: dict[str, Any]) -> str:
    if not params:
        translated = QCoreApplication.translate("labels", text)
        if translated != text:
            return translated
    return message(text, params)


def open_import(
    worker: DatabaseWorker, parent: QWidget | None = None, on_imported: Any = None
) -> ImportWizard:
    """Show the wizard (the companies page's *Importeren…*, the first start's "… of importeer ze")."""
    wizard = ImportWizard(worker, parent)
    if on_imported is not None:
        wizard.imported.connect(on_imported)
    wizard.open()
    return wizard
