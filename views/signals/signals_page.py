"""Meldingen: every signal in one list (filtered and sorted in the query), its detail with the
history of feedback, and the actions that move it on."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError
from models.exporting.lists import export_signals
from models.lookups import Choice
from models.permissions import Permission
from models.signals import services as svc
from models.signals.entities import SIGNAL_OPEN, SIGNAL_SOURCE_SHORT, SignalSource, SignalStatus
from models.signals.services import NO_HANDLER, SignalFilter, SignalRow
from views.common import icons
from views.common.accessibility import label_field, sortable_by_keyboard
from views.common.export import Exporter, ExportTask
from views.common.forms import fill_combo, select_data
from views.common.table_model import Column, LazyTableModel, table_view
from views.common.text import (
    error_text,
    format_number,
    format_short_date,
    format_short_datetime,
    label,
)
from views.common.worker import DatabaseWorker
from views.consultations.agreements import OVERDUE
from views.signals.settings_dialog import SignalSettingsDialog
from views.signals.signal_detail import SignalDetail, colour_of
from views.signals.signal_dialogs import SignalDialog, SignalLookups, status_text

if TYPE_CHECKING:
    from models.notify import Change
    from views.shell.pages import Shell

SEARCH_MS = 250


class SignalListModel(LazyTableModel[SignalRow]):
    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__(worker, [], self._fetch_rows, lambda r: r.id)
        # Status and target date early: beside the detail pane on a 1366 px screen the list shows
        # about five columns, and those two are what a handler looks for.
        self.columns = [
            Column[SignalRow](self.tr("Number"), lambda r: r.number, 80, "reported_at"),
            Column[SignalRow](
                self.tr("Reported"), lambda r: format_short_datetime(r.reported_at), 140, "reported_at"
            ),
            Column[SignalRow](self.tr("Status"), self._status, 175, "status"),
            Column[SignalRow](
                self.tr("Target date"), lambda r: format_short_date(r.due_date), 110, "due_date"
            ),
            Column[SignalRow](self.tr("Source"), self._source, 90, "source"),
            Column[SignalRow](self.tr("Category"), lambda r: r.category, 150, "category"),
            Column[SignalRow](self.tr("Location"), lambda r: r.address or r.company or r.area, 220, "street"),
            Column[SignalRow](self.tr("Description"), lambda r: r.description.replace("\n", " "), 240, None),
            Column[SignalRow](self.tr("Reporter"), self._reporter, 130, "reporter"),
            Column[SignalRow](self.tr("Handler"), lambda r: r.handler or "—", 110, None),
        ]

    @staticmethod
    def _fetch_rows(session, ids: list[int]) -> list[SignalRow]:
        return svc.signal_rows(session, ids, today=date.today())

    def _source(self, row: SignalRow) -> str:
        return label(SIGNAL_SOURCE_SHORT[row.source]) if row.source else ""

    def _reporter(self, row: SignalRow) -> str:
        return self.tr("shielded") if row.shielded else row.reporter or "—"

    def _status(self, row: SignalRow) -> str:
        return status_text(row.status)

    def foreground(self, row: SignalRow) -> QColor | None:
        return colour_of(row.status, row.overdue)

    # Overdue: the row in red and a warning sign at the target date, "te laat" in the tooltip and
    # for a screen reader. (As words after the status it made the column too wide at 1366 px.)
    TARGET_COLUMN = 3

    def decoration(self, row: SignalRow, column: int) -> QIcon | None:
        if column == self.TARGET_COLUMN and row.overdue:
            return icons.icon("mdi6.alert-circle-outline", color=OVERDUE.name())
        return None

    def spoken(self, row: SignalRow, column: int, text: str) -> str:
        if column == self.TARGET_COLUMN and row.overdue:
            return text + ", " + self.tr("overdue")
        return text

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TARGET_COLUMN:
            row = self.row(index.row())
            if row is not None and row.overdue:
                return format_short_date(row.due_date) + " · " + self.tr("overdue")
        return super().data(index, role)


class SignalsPage(QWidget):
    """Signals:
    loaded(int): the list was (re)loaded with this many signals.
    open_company(int): show a company's file.
    """

    loaded = Signal(int)
    open_company = Signal(int)

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self.filter = SignalFilter(statuses=SIGNAL_OPEN)
        self.lookups = SignalLookups()
        self._loading = 0
        title = QLabel(self.tr("Signals"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.new_button = QPushButton(icons.icon("mdi6.plus"), self.tr("New signal"))
        self.new_button.setObjectName("primary")
        self.new_button.setShortcut(QKeySequence("Ctrl+M"))
        self.new_button.setToolTip(self.tr("Register a signal (Ctrl+M)"))
        self.new_button.clicked.connect(self.new_signal)
        self.settings_button = QPushButton(
            icons.icon("mdi6.cog-outline"), self.tr("Categories and templates…")
        )
        self.settings_button.clicked.connect(self.edit_settings)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.summary)
        header.addStretch(1)
        self.exporter = Exporter(self, worker, lambda: self.tr("Signals"), self._export_task)
        header.addWidget(self.exporter.button)
        header.addWidget(self.settings_button)
        header.addWidget(self.new_button)

        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search signals"))
        self.search.setAccessibleDescription(
            self.tr("Finds signals by reporter, address, company, number or words")
        )
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Reporter, address, company, number or words"))
        self.search.setMinimumWidth(180)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.status = QComboBox()
        self.status.addItem(self.tr("Open"), "open")
        self.status.addItem(self.tr("Overdue"), "overdue")
        self.status.addItem(self.tr("All"), "all")
        for status in SignalStatus:
            self.status.addItem(status_text(status), status.value)
        self.category = QComboBox()
        self.area = QComboBox()
        self.source = QComboBox()
        # Source and handler without a caption beside them (the row is full at 1366 px): their
        # first choice and tooltip say what they filter.
        self.source.addItem(self.tr("Every source"), None)
        self.source.setToolTip(self.tr("Source"))
        self.source.setAccessibleName(self.tr("Source"))
        for source in SignalSource:
            self.source.addItem(label(SIGNAL_SOURCE_SHORT[source]), source.value)
        self.handler = QComboBox()
        self.handler.setToolTip(self.tr("Handler"))
        self.handler.setAccessibleName(self.tr("Handler"))
        for combo in (self.status, self.category, self.area, self.source, self.handler):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.view().setMinimumWidth(260)
        self.handler.setMinimumContentsLength(15)  # "Elke behandelaar" whole: it has no caption
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for caption, widget in (
            (self.tr("Status"), self.status),
            (self.tr("Category"), self.category),
            (self.tr("Area"), self.area),
        ):
            text = QLabel(caption)
            label_field(text, widget)
            filters.addSpacing(8)
            filters.addWidget(text)
            filters.addWidget(widget)
        for widget in (self.source, self.handler):
            filters.addSpacing(8)
            filters.addWidget(widget)
        self.drill = QLabel()
        self.drill.setObjectName("muted")
        self.drill_clear = QPushButton(icons.icon("mdi6.close"), "")
        self.drill_clear.setFlat(True)
        self.drill_clear.setToolTip(self.tr("Show all open signals again"))
        self.drill_clear.setAccessibleName(self.tr("Show all open signals again"))
        self.drill_clear.clicked.connect(self._clear_drill)
        # What a click on Brandpunten filtered on, on a line of its own: in the filter row its
        # text widened the window past a 1366 px screen.
        self.drill.setWordWrap(True)
        drill_row = QHBoxLayout()
        drill_row.addWidget(self.drill, 1)
        drill_row.addWidget(self.drill_clear)
        self.drill.setVisible(False)
        self.drill_clear.setVisible(False)
        self.status.currentIndexChanged.connect(self._filters_changed)
        self.category.currentIndexChanged.connect(self._filters_changed)
        self.area.currentIndexChanged.connect(self._filters_changed)
        self.source.currentIndexChanged.connect(self._filters_changed)
        self.handler.currentIndexChanged.connect(self._filters_changed)

        self.model = SignalListModel(worker)
        self.table = table_view(self.model, self.tr("Signals"), self.tr("Enter opens the signal"))
        head = self.table.horizontalHeader()
        head.setSortIndicatorShown(True)
        head.setSectionsClickable(True)
        head.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        head.sectionClicked.connect(self._sort_clicked)
        sortable_by_keyboard(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.empty = QLabel(
            self.tr("No signals match these filters. Change the filters, or register a new signal.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyState")
        self._empty_text = self.empty.text()  # back after a refused search (_refused)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.detail = SignalDetail(worker)
        self.detail.changed.connect(self._changed)
        self.detail.open_company.connect(self.open_company)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list_stack)
        split.addWidget(self.detail)
        # The list as wide as its key columns (number to category: what a handler scans), the
        # detail the rest; a wider window gives both more.
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([self._key_width(), 380])
        self.split = split
        self._split_placed = False  # the first width the page gets is split in _place_split
        self._split_dragged = False  # the official moved it: theirs from then on
        split.splitterMoved.connect(lambda *_a: setattr(self, "_split_dragged", True))
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addLayout(drill_row)
        layout.addWidget(split, 1)

    KEY_COLUMNS = 6
    CELL_PADDING = 14  # the cell's text margins and focus frame, both sides
    WIDEST_KEY_COLUMN = 260

    def _key_width(self) -> int:
        """The list's width that shows its first KEY_COLUMNS columns whole, beside a scroll bar."""
        columns = sum(self.table.columnWidth(c) for c in range(self.KEY_COLUMNS))
        return columns + self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth()

    def _fit_key_columns(self, categories: list[str]) -> None:
        """The key columns as wide as their longest text (a status with "te laat", every source,
        every category) or heading: whole, and no wider, so the detail keeps the rest."""
        from datetime import datetime

        days = [datetime(2026, month, 28, 23, 59) for month in range(1, 13)]  # every month's name
        texts: list[list[str]] = [
            ["2026-00000"],
            [format_short_datetime(d) for d in days],
            [status_text(s) for s in SignalStatus],
            [format_short_date(d.date()) for d in days],
            [label(text) for text in SIGNAL_SOURCE_SHORT.values()],
            categories or [self.tr("Category")],
        ]
        metrics = self.table.fontMetrics()
        bold = self.table.horizontalHeader().font()
        bold.setBold(True)  # the application's style sheet sets headings in bold
        heading = QFontMetrics(bold)
        for column, values in enumerate(texts):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            need = max(
                max(metrics.horizontalAdvance(v) for v in values) + self.CELL_PADDING,
                heading.horizontalAdvance(title) + self.CELL_PADDING,
            )
            if column == SignalListModel.TARGET_COLUMN:  # room for the sign that it is overdue
                need += self.table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 4
            self.table.setColumnWidth(column, min(need, self.WIDEST_KEY_COLUMN))
        self._split_placed = False
        self._place_split()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place_split()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_split()

    def _place_split(self) -> None:
        """QSplitter scales the sizes it was given to its first width; the list should get its
        key columns exactly (the detail pane wraps its buttons and makes do with the rest). Once:
        after that the official's own dragging counts."""
        width = self.split.width() - self.split.handleWidth()
        if self._split_placed or self._split_dragged or not self.isVisible():
            return
        if width > self._key_width():
            self._split_placed = True
            self.split.setSizes([self._key_width(), width - self._key_width()])

    # -- loading --------------------------------------------------------------------------

    def reload_lookups(self) -> None:
        self.worker.run(SignalLookups.load, self._lookups_loaded)

    def _lookups_loaded(self, lookups: SignalLookups) -> None:
        self.lookups = lookups
        self.detail.lookups = lookups
        self._fit_key_columns([c.label for c in lookups.category_choices()])
        for combo, choices in ((self.category, lookups.category_choices()), (self.area, lookups.areas)):
            current = combo.currentData()
            combo.blockSignals(True)
            fill_combo(combo, choices, self.tr("All"))
            select_data(combo, current)
            combo.blockSignals(False)
        current = self.handler.currentData()
        self.handler.blockSignals(True)
        fill_combo(
            self.handler,
            [Choice(value=NO_HANDLER, label=self.tr("(nobody yet)")), *lookups.officials],
            self.tr("Every handler"),
        )
        select_data(self.handler, current)
        self.handler.blockSignals(False)

    def show_filter(self, flt: SignalFilter) -> None:
        """Show the signals behind a number elsewhere (a hotspot): its period, place or category."""
        for combo, value in (
            (self.status, "all"),
            (self.category, flt.category_id),
            (self.area, flt.area_id),
            (self.source, flt.source.value if flt.source else None),
            (self.handler, flt.handler_id),
        ):
            combo.blockSignals(True)
            select_data(combo, value)
            combo.blockSignals(False)
        self.search.clear()
        parts = []
        if flt.since and flt.until:
            parts.append(
                self.tr("%1 to %2")
                .replace("%1", format_short_date(flt.since))
                .replace("%2", format_short_date(flt.until))
            )
        if flt.street:
            parts.append(flt.street)
        if flt.overdue_only:
            parts.append(self.tr("overdue"))
        self.drill.setText(" · ".join(parts))
        self.drill.setVisible(bool(parts))
        self.drill_clear.setVisible(bool(parts))
        self.filter = SignalFilter(
            **{**flt.__dict__, "sort": self.filter.sort, "descending": self.filter.descending}
        )
        self.detail.show_record(None)
        self.reload()

    def _clear_drill(self) -> None:
        self.status.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.status.blockSignals(False)
        self._filters_changed()

    def _export_task(self) -> ExportTask:
        flt, today = self.filter, date.today()
        return lambda session, target, progress: (
            export_signals(
                session, flt, target, translate=QCoreApplication.translate, today=today, progress=progress
            ).rows
        )

    def _filters_changed(self) -> None:
        self.drill.setVisible(False)
        self.drill_clear.setVisible(False)
        choice = self.status.currentData()
        statuses: tuple[SignalStatus, ...] = ()
        if choice == "open":
            statuses = SIGNAL_OPEN
        elif choice not in ("overdue", "all", None):
            statuses = (SignalStatus(choice),)
        self.filter = SignalFilter(
            text=self.search.text(),
            statuses=statuses,
            overdue_only=choice == "overdue",
            category_id=self.category.currentData(),
            area_id=self.area.currentData(),
            source=SignalSource(self.source.currentData()) if self.source.currentData() else None,
            handler_id=self.handler.currentData(),
            sort=self.filter.sort,
            descending=self.filter.descending,
        )
        self.reload()

    def _sort_clicked(self, section: int) -> None:
        key = self.model.columns[section].sort_key
        if key is None:
            head = self.table.horizontalHeader()
            current = next(i for i, c in enumerate(self.model.columns) if c.sort_key == self.filter.sort)
            head.setSortIndicator(
                current,
                Qt.SortOrder.DescendingOrder if self.filter.descending else Qt.SortOrder.AscendingOrder,
            )
            return
        descending = not self.filter.descending if self.filter.sort == key else key in ("reported_at",)
        self.table.horizontalHeader().setSortIndicator(
            section, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        self.filter = SignalFilter(**{**self.filter.__dict__, "sort": key, "descending": descending})
        self.reload()

    def reload(self) -> None:
        self._loading += 1
        ticket, flt, today = self._loading, self.filter, date.today()
        self.worker.run(
            lambda s: (svc.find_signals(s, flt, today=today), svc.counts(s, today=today)),
            lambda result: self._loaded(ticket, *result),
            lambda error: self._refused(ticket, error),
        )

    def _refused(self, ticket: int, error: DomainError) -> None:
        """A search no signal can match (a number beyond any, a pasted page): said where the
        list stands; the search box keeps what was typed."""
        if ticket != self._loading:
            return
        self.model.set_ids([])
        self.empty.setText(error_text(error))  # wrapped in the list's place: the page keeps its width
        self.list_stack.setCurrentWidget(self.empty)
        self.loaded.emit(0)

    def _loaded(self, ticket: int, ids: list[int], counts: dict[str, int]) -> None:
        if ticket != self._loading:
            return
        selected = self.detail.record.id if self.detail.record else None
        self.model.set_ids(ids)
        self.empty.setText(self._empty_text)
        open_text, overdue_text = self.tr("open"), self.tr("overdue")
        shown = self.tr("%Ln signal(s) listed", "", len(ids))
        self.summary.setText(
            f"<b>{format_number(counts['open'])}</b> {escape(open_text)} · "
            f"<span style='color:#b3261e'><b>{format_number(counts['overdue'])}</b> {escape(overdue_text)}</span>"
            f" · <span style='color:#5f6368'>{escape(shown)}</span>"
        )
        self.list_stack.setCurrentWidget(self.table if ids else self.empty)
        # The signal on screen stays there, even when the filter no longer lists it (just closed).
        row = self.model.row_of(selected) if selected is not None else (0 if ids else -1)
        if row >= 0:
            self.table.selectRow(row)
        elif selected is None:
            self.detail.load(None)
        self.loaded.emit(len(ids))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.load(self.model.id_at(current.row()) if current.isValid() else None)

    def _changed(self, _signal_id: int) -> None:
        self.model.refresh()
        self.reload()

    def refresh_live(self, signal_ids: set[int] | None) -> None:
        """A colleague changed signals (``None``: which is unknown): the list, its counts and
        the signal on screen again; the selection stays."""
        self.model.refresh()
        self.reload()
        shown = self.detail.record.id if self.detail.record else None
        if shown is not None and (signal_ids is None or shown in signal_ids):
            self.detail.load(shown)

    def select(self, signal_id: int) -> None:
        row = self.model.row_of(signal_id)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.detail.load(signal_id)

    # -- actions --------------------------------------------------------------------------

    def new_signal(self) -> None:
        dialog = SignalDialog(self.worker, self.lookups, None, self.window())
        dialog.saved.connect(self._registered)
        dialog.open()

    def _registered(self, signal_id: int) -> None:
        self.detail.load(signal_id)
        self.reload()

    def edit_settings(self) -> None:
        dialog = SignalSettingsDialog(self.worker, self.window())
        dialog.finished.connect(lambda _r: self.reload_lookups())
        dialog.open()

    # -- as a page of the window --

    def activated(self, target: int | SignalFilter | None = None) -> None:
        """``target``: a signal's id to show, or a filter to list (the hotspots page's)."""
        if isinstance(target, int):
            self.detail.load(target)  # first: the list then keeps it selected
        self.reload_lookups()
        if isinstance(target, SignalFilter):
            self.show_filter(target)
        else:
            self.reload()

    def refresh(self, change: Change, shown: bool) -> None:
        if change.touches("signal", "signal_event"):
            # A step added (signal_event) names no signal: the one on screen is read again.
            ids = None if change.everything or "signal_event" in change.kinds else change.kinds.get("signal")
            self.refresh_live(ids)


# -- as a page of the main window (views/shell/pages.py) ------------------------------------------


def make_page(shell: Shell) -> SignalsPage:
    page = SignalsPage(shell.worker)
    page.open_company.connect(shell.open_company)
    page.detail.may_handle = shell.may(Permission.HANDLE_SIGNALS)
    page.settings_button.setVisible(shell.may(Permission.CONFIGURE_SIGNALS))
    return page
