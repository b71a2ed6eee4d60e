"""The company list: every company of the municipality, filtered and sorted in the query."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.companies import listing
from models.companies.entities import EstablishmentStatus
from models.companies.listing import CompanyFilter, CompanyRow, SortKey
from models.exporting.lists import COMPANY_COLUMNS, export_companies
from models.exporting.sheet import ExportColumn, Kind
from models.permissions import Permission
from views.common.accessibility import label_field, sortable_by_keyboard
from views.common.export import Exporter, ExportTask
from views.common.forms import fill_combo, select_data
from views.common.icons import icon
from views.common.table_model import Column, LazyTableModel, Reader, table_view
from views.common.text import label
from views.common.worker import DatabaseWorker
from views.companies.company_dialogs import Lookups, status_choices
from views.companies.widths import COLUMN_WIDTHS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from models.notify import Change
    from views.shell.pages import Shell

ARCHIVED_COLOUR = QColor("#8a8a8a")
REQUERY_MS = 5000


class CompanyListModel(LazyTableModel[CompanyRow]):
    """The columns are the export's (models.exporting.lists.COMPANY_COLUMNS): what is exported
    is what the list shows, header for header."""

    # Up to five pages (1,000 rows) read ahead with the one asked for when someone scrolls on. Each
    # read is a task of the worker, which on PostgreSQL costs 1-3 ms beside its query (a pooled
    # connection checked out and pinged, a transaction begun and rolled back: three round trips in
    # the server's statement log): page by page that was as much again as the rows. Longer reads save no more: a row
    # costs the same, and from about 2,000 ids PostgreSQL scans the whole establishment table.
    READ_AHEAD = 5

    def __init__(self, worker: Reader) -> None:
        super().__init__(worker, [], listing.company_rows, lambda r: r.id)
        self.columns = [
            Column[CompanyRow](
                label(c.header), _shown(c), COLUMN_WIDTHS.get(str(c.key), 120), c.key, export=c.value
            )
            for c in COMPANY_COLUMNS
        ]

    def foreground(self, row: CompanyRow) -> QColor | None:
        return ARCHIVED_COLOUR if row.archived else None


def _shown(column: ExportColumn[CompanyRow]) -> Callable[[CompanyRow], str | None]:
    if column.kind is Kind.LABEL:
        return lambda row: label(text) if (text := column.value(row)) else None
    return column.value


class CompaniesPage(QWidget):
    """Signals:
    open_company(int): the user wants to see this company's file.
    new_company(): the user asked for a new company.
    loaded(int): the list was (re)loaded with this many companies.
    """

    open_company = Signal(int)
    new_company = Signal()
    loaded = Signal(int)
    import_requested = Signal()
    import_history_requested = Signal()

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self.filter = CompanyFilter()
        self._loading = 0
        # Colleagues' changes: the rows on screen at once, the list itself (order, new
        # companies) at most every REQUERY_MS: on 250,000 companies that query takes ~0.2 s.
        self._requery = QTimer(self, singleShot=True, interval=REQUERY_MS)
        self._requery.timeout.connect(self._requery_ids)
        self._requeried = QElapsedTimer()

        title = QLabel(self.tr("Companies"))
        title.setObjectName("pageTitle")
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.new_button = QPushButton(icon("mdi6.plus"), self.tr("New company"))
        self.new_button.setObjectName("primary")
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setToolTip(
            self.tr("New company (%1)").replace(
                "%1",
                QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.new_button.clicked.connect(self.new_company)
        self.import_button = QPushButton(icon("mdi6.file-import-outline"), self.tr("Import…"))
        self.import_button.clicked.connect(self.import_requested)
        self.history_button = QPushButton(self.tr("Import history"))
        self.history_button.clicked.connect(self.import_history_requested)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.count)
        header.addStretch(1)
        header.addWidget(self.history_button)
        header.addWidget(self.import_button)
        self.exporter = Exporter(self, worker, lambda: self.tr("Companies"), self._export_task)
        header.addWidget(self.exporter.button)
        header.addWidget(self.new_button)

        self.area = QComboBox()
        self.sector = QComboBox()
        self.status = QComboBox()
        self.manager = QComboBox()
        for combo, chars in ((self.area, 10), (self.sector, 14), (self.status, 6), (self.manager, 10)):
            # Long sector names must not widen the window: the list pops up wider instead.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
            combo.setMaxVisibleItems(20)
            combo.view().setMinimumWidth(320)
        self.archived = QCheckBox(self.tr("Show archived"))
        filters = QHBoxLayout()
        for caption, widget in (
            (self.tr("Area"), self.area),
            (self.tr("Sector"), self.sector),
            (self.tr("Status"), self.status),
            (self.tr("Account manager"), self.manager),
        ):
            text = QLabel(caption)
            label_field(text, widget)
            filters.addWidget(text)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.archived)
        filters.addStretch(1)

        self.model = CompanyListModel(worker)
        self.table = table_view(self.model, self.tr("Companies"), self.tr("Enter opens the company's file"))
        head = self.table.horizontalHeader()
        head.setSortIndicatorShown(True)
        head.setSectionsClickable(True)
        head.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        head.sectionClicked.connect(self._sort_clicked)
        sortable_by_keyboard(self.table)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

        self.empty = QLabel(
            self.tr("No companies match these filters. Change the filters, or create a new company.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)  # a long hint wraps in a narrow window instead of widening it
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

    def set_lookups(self, lookups: Lookups) -> None:
        for combo, choices in (
            (self.area, lookups.areas),
            (self.sector, lookups.sectors),
            (self.manager, lookups.officials),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            fill_combo(combo, choices, self.tr("All"))
            select_data(combo, current)
            combo.blockSignals(False)
        self.status.blockSignals(True)
        fill_combo(self.status, status_choices(), self.tr("All"))
        self.status.blockSignals(False)
        for combo in (self.area, self.sector, self.status, self.manager):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.archived.toggled.connect(self._filters_changed)

    def _filters_changed(self) -> None:
        status = self.status.currentData()
        self.filter = CompanyFilter(
            area_id=self.area.currentData(),
            sbi_code=self.sector.currentData(),
            status=EstablishmentStatus(status) if status else None,
            account_manager_id=self.manager.currentData(),
            include_archived=self.archived.isChecked(),
            sort=self.filter.sort,
            descending=self.filter.descending,
        )
        self.reload()

    def _sort_clicked(self, section: int) -> None:
        sort_key = self.model.columns[section].sort_key
        if sort_key is None:  # every column of this list has one
            return
        key = SortKey(sort_key)
        descending = self.filter.sort == key and not self.filter.descending
        self.table.horizontalHeader().setSortIndicator(
            section, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        self.filter = CompanyFilter(**{**self.filter.__dict__, "sort": key, "descending": descending})
        self.reload()

    def _export_task(self) -> ExportTask:
        flt = self.filter
        return lambda session, target, progress: (
            export_companies(
                session, flt, target, translate=QCoreApplication.translate, progress=progress
            ).rows
        )

    def reload(self) -> None:
        """Query the ids again; only the newest answer is shown when several are under way.

        In two steps: the first page with its rows, read from an index in the order asked for
        (a few milliseconds at 250,000 companies), then the whole list of ids, whose sort by a
        column other than the name takes the database most of a second; the rows already on
        screen stay as they are, selection and all."""
        self._loading += 1
        ticket, flt, page = self._loading, self.filter, self.model.PAGE
        self.count.setText(self.tr("Loading…"))

        def first_page(session: Session) -> tuple[list[int], list[CompanyRow]]:
            ids = listing.list_company_ids(session, flt, limit=page)
            return ids, listing.company_rows(session, ids)

        self.worker.run(first_page, lambda first: self._first_page_loaded(ticket, flt, *first))

    def _first_page_loaded(
        self, ticket: int, flt: CompanyFilter, ids: list[int], rows: list[CompanyRow]
    ) -> None:
        if ticket != self._loading:
            return
        self.model.set_first_page(ids, rows)
        self.stack.setCurrentWidget(self.table if ids else self.empty)
        if len(ids) < self.model.PAGE:  # the whole list already
            self._ids_loaded(ticket, ids, extend=True)
            return
        self.worker.run(
            lambda s: listing.list_company_ids(s, flt),
            lambda all_ids: self._ids_loaded(ticket, all_ids, extend=True),
        )

    def refresh_rows(self) -> None:
        self.model.refresh()

    def refresh_live(self) -> None:
        """A colleague changed companies: the rows on screen again now, and the list again
        soon, keeping the selected company and the scroll position."""
        if self._requery.isActive():
            self.model.refresh()
            return
        since = self._requeried.elapsed() if self._requeried.isValid() else REQUERY_MS
        if since >= REQUERY_MS:
            self._requery_ids()
        else:
            self.model.refresh()
            self._requery.start(REQUERY_MS - since)

    def _requery_ids(self) -> None:
        self._requeried.start()
        self._loading += 1
        ticket, flt = self._loading, self.filter
        self.worker.run(
            lambda s: listing.list_company_ids(s, flt), lambda ids: self._ids_refreshed(ticket, ids)
        )

    def _ids_refreshed(self, ticket: int, ids: list[int]) -> None:
        if ticket != self._loading:
            return
        if ids == self.model.ids:
            self.model.refresh()
            return
        current = self.table.currentIndex()
        selected = self.model.id_at(current.row()) if current.isValid() else None
        scroll = self.table.verticalScrollBar().value()
        self._ids_loaded(ticket, ids)
        self.table.verticalScrollBar().setValue(scroll)
        row = self.model.row_of(selected) if selected is not None else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, max(current.column(), 0)),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _ids_loaded(self, ticket: int, ids: list[int], extend: bool = False) -> None:
        if ticket != self._loading:
            return
        if extend:
            self.model.extend_ids(ids)
        else:
            self.model.set_ids(ids)
        self.count.setText(self.tr("%Ln company(ies)", "", len(ids)))
        self.stack.setCurrentWidget(self.table if ids else self.empty)
        self.loaded.emit(len(ids))

    def _activated(self, index: QModelIndex) -> None:
        company_id = self.model.id_at(index.row())
        if company_id is not None:
            self.open_company.emit(company_id)

    # -- as a page of the window --

    _stale = False  # colleagues changed companies while another page was on screen

    def activated(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh_live()

    def refresh(self, change: Change, shown: bool) -> None:
        if change.touches("company", "establishment", "app_user", "area", "sector"):
            if shown:
                self.refresh_live()
            else:
                self._stale = True


# -- as a page of the main window (views/shell/pages.py) ------------------------------------------


def make_page(shell: Shell) -> CompaniesPage:
    page = CompaniesPage(shell.worker)
    page.open_company.connect(shell.open_company)
    page.new_company.connect(shell.new_company)
    page.new_button.setVisible(shell.may(Permission.EDIT_COMPANIES))
    may_import = shell.may(Permission.IMPORT_COMPANIES)
    page.import_button.setVisible(may_import)
    page.history_button.setVisible(may_import)
    page.import_requested.connect(lambda: _open_import(shell, page))
    page.import_history_requested.connect(lambda: _open_import_history(shell, page))
    return page


# The import's wizard and history are imported when asked for: the first screen does not need them.


def _open_import(shell: Shell, page: CompaniesPage) -> None:
    from views.importing.import_wizard import open_import

    open_import(shell.worker, page, lambda _n: page.reload())


def _open_import_history(shell: Shell, page: CompaniesPage) -> None:
    from views.importing.history_dialog import ImportHistoryDialog

    ImportHistoryDialog(shell.worker, page).open()
