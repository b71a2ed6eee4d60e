"""Copying the local file to a shared server: what will happen, the copy with progress and
cancel, and the report of what was copied.

The copy runs on a thread of its own (the application's database worker is bound to one
database, and this copy reads one and writes another). ``exec()`` returns Accepted only when
the copy was completed and found equal; a failure or a cancel keeps the dialog open with a plain
message, and the server is left as empty as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.db import Database
from models.errors import DomainError
from models.tools.transfer import (
    CONTEXT,
    TransferCancelledError,
    TransferReport,
    TransferVerificationError,
    copy_database,
)
from models.tools.transfer_text import (
    report_headers,
    report_rows,
    report_summary,
    transfer_error_text,
    write_report,
)
from views.common import icons
from views.common.accessibility import name_view
from views.common.banners import ERROR_BANNER_STYLE, GOOD_BANNER_STYLE, WARN_BANNER_STYLE
from views.common.screen import ScrollingPane
from views.common.text import WORDING
from views.common.worker import BackgroundJob

log = logging.getLogger(__name__)

EQUAL_COLOUR, DIFFERENT_COLOUR = "#1e7d32", "#b3261e"


def transfer_job(source_url: str, target_url: str, parent: QWidget | None = None) -> BackgroundJob:
    """The copy as a background job: progress is rows copied, search documents and rows compared;
    a cancel leaves the server as empty as it was."""

    def copy(job: BackgroundJob) -> TransferReport:
        source = target = None
        try:
            source, target = Database(source_url), Database(target_url)
            return copy_database(
                source,
                target,
                progress=job.progressed.emit,
                is_cancelled=job.cancelled.is_set,
                stage=job.staged.emit,
            )
        finally:
            for database in (source, target):
                if database is not None:
                    database.dispose()

    return BackgroundJob(copy, parent)


class TransferDialog(QDialog):
    """Signals:
    copied(object): the copy succeeded; its TransferReport.
    """

    copied = Signal(object)

    def __init__(self, source_url: str, target_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_url = source_url
        self.target_url = target_url
        self.report: TransferReport | None = None  # set when the copy succeeded
        self._shown_report: TransferReport | None = None  # also a differing copy's report
        self.job: BackgroundJob | None = None
        self._close_when_stopped = False
        self.setWindowTitle(self.tr("Copy the local file to the server"))
        self.setMinimumWidth(640)

        self.title = QLabel(self.tr("Copy the local file to the server"))
        self.title.setObjectName("pageTitle")
        self.explanation = QLabel(
            self.tr(
                "All data of the local file is copied into the empty database on the server: companies, "
                "contact persons, contact moments and agreements, signals, rounds, ambitions, the knowledge "
                "base, the accounts and the audit trail. Every link between them is kept. The local file "
                "itself is not changed. If the copy is cancelled or fails, nothing is kept on the server."
            )
        )
        self.explanation.setWordWrap(True)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.source_label = QLabel(_display(source_url))
        self.target_label = QLabel(_display(target_url))
        for value in (self.source_label, self.target_label):
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("From:"), self.source_label)
        form.addRow(self.tr("To:"), self.target_label)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setTextVisible(True)
        self.stage = QLabel()
        self.stage.setObjectName("muted")
        self.stage.setVisible(False)

        self.table = QTableWidget(0, 5)
        name_view(self.table, self.tr("Tables copied"))
        self.table.setHorizontalHeaderLabels(list(report_headers(WORDING)))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        first_header = self.table.horizontalHeaderItem(0)
        assert first_header is not None  # the columns are set above
        first_header.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("muted")
        self.summary.setVisible(False)

        self.save_button = QPushButton(icons.icon("mdi6.content-save-outline"), self.tr("Save report…"))
        self.save_button.setVisible(False)
        self.save_button.clicked.connect(self.save_report)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.start_button = QPushButton(
            icons.icon("mdi6.database-arrow-right-outline"), self.tr("Start copying")
        )
        self.start_button.setObjectName("primary")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("primary")
        self.close_button.setVisible(False)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)

        # The texts scroll when a large font or scale leaves too little room: a wrapped label (a deep
        # data folder's path) is then never cut at the bottom. The table below scrolls by itself.
        texts = QWidget()
        text_layout = QVBoxLayout(texts)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.setSpacing(10)
        text_layout.addWidget(self.title)
        text_layout.addWidget(self.explanation)
        text_layout.addLayout(form)
        text_layout.addWidget(self.status)
        text_layout.addWidget(self.stage)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(ScrollingPane(texts))
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addStretch(0)
        layout.addLayout(buttons)

    # -- the copy -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self) -> None:
        if self.running or self.report is not None:
            return
        self.status.setVisible(False)
        self.table.setVisible(False)
        self.summary.setVisible(False)
        self.save_button.setVisible(False)
        self.progress.setRange(0, 0)  # busy until the rows are counted
        self.progress.setVisible(True)
        self.stage.setVisible(True)
        self.stage.setText(self.tr("Starting…"))
        self.start_button.setVisible(False)
        self.cancel_button.setText(self.tr("Cancel copying"))
        self.job = transfer_job(self.source_url, self.target_url, self)
        self.job.progressed.connect(self._progressed)
        self.job.staged.connect(self._staged)
        self.job.finished_with.connect(self._finished)
        self.job.start()
        self.adjustSize()

    def cancel_copy(self) -> None:
        if self.job is not None:
            self.job.cancelled.set()
            self.cancel_button.setEnabled(False)
            self.stage.setText(self.tr("Cancelling: the server is being left empty…"))

    def _progressed(self, done: int, total: int) -> None:
        if total <= 0:
            return
        # QProgressBar counts in int; per mille keeps any amount of work in range.
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(done * 1000 / total))

    def _staged(self, stage: str) -> None:
        if not self.cancel_button.isEnabled():
            return  # "Cancelling…" stays until the copy stopped
        self.stage.setText(QCoreApplication.translate(CONTEXT, stage))

    def _finished(self, report: TransferReport | None, error: DomainError | None) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.wait()
            job.deleteLater()
        self.progress.setVisible(False)
        self.stage.setVisible(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        if self._close_when_stopped:
            super().reject()
            return
        if error is not None:
            self._failed(error)
            return
        assert report is not None
        self.report = report
        self._show_report(report)
        self.status.setText(self.tr("The local file has been copied to the server."))
        self.status.setStyleSheet(GOOD_BANNER_STYLE)
        self.status.setVisible(True)
        self.start_button.setVisible(False)
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.copied.emit(report)

    def _failed(self, error: DomainError) -> None:
        self.status.setText(transfer_error_text(WORDING, error))
        cancelled = isinstance(error, TransferCancelledError)
        self.status.setStyleSheet(WARN_BANNER_STYLE if cancelled else ERROR_BANNER_STYLE)
        self.status.setVisible(True)
        if isinstance(error, TransferVerificationError):
            self._show_report(error.report)
        self.start_button.setVisible(True)
        self.start_button.setText(self.tr("Try again"))
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.adjustSize()

    def _show_report(self, report: TransferReport) -> None:
        rows = report_rows(WORDING, report)
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 4:
                    equal = report.in_reading_order()[row].equal
                    item.setForeground(QColor(EQUAL_COLOUR if equal else DIFFERENT_COLOUR))
                self.table.setItem(row, column, item)
        self.table.setVisible(True)
        self.explanation.setVisible(False)  # read before starting; the report needs the room now
        self.summary.setText("\n".join(report_summary(WORDING, report)[3:]))  # from, to and when: shown above
        self.summary.setVisible(True)
        self.save_button.setVisible(True)
        self._shown_report = report
        self.resize(max(self.width(), 720), max(self.height(), 640))

    # -- the report ---------------------------------------------------------------------------

    def save_report(self) -> None:
        report = self._shown_report
        if report is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / self.tr("copy-report.txt"))
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report"),
            suggested,
            self.tr("Text (*.txt);;Spreadsheet, CSV (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".csv" if "csv" in _filter.lower() else ".txt")
        try:
            write_report(WORDING, report, target)
        except OSError as exc:
            self.status.setText(
                self.tr("The report could not be saved as %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc))
            )
            self.status.setStyleSheet(ERROR_BANNER_STYLE)
            self.status.setVisible(True)
            return
        self.summary.setText(
            "\n".join(report_summary(WORDING, report)[3:])
            + "\n"
            + self.tr("Report saved as %1.").replace("%1", str(target))
        )

    # -- closing ------------------------------------------------------------------------------

    def reject(self) -> None:  # Cancel, Escape and the window's close button
        if self.running:
            self.cancel_copy()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel_copy()
            self._close_when_stopped = True
            event.ignore()
            return
        super().closeEvent(event)

    def accept(self) -> None:  # only a completed copy is Accepted
        if self.report is None:
            return
        super().accept()


def _display(url: str) -> str:
    """The file's path or the server's address, without a password."""
    try:
        database = Database(url)
    except DomainError:  # not an address we can open: still never show a password
        return url.split("://", 1)[0] + "://…" if "@" in url else url
    try:
        return database.display_name
    finally:
        database.dispose()
