"""The one table-model base: ids in order, rows fetched lazily a page at a time.

The model holds only the ordered ids of what the list shows (the query decides filter and
sort); rows are fetched on the database worker when they scroll into view and kept in a
bounded cache, so a list of 250,000 companies opens at once and never freezes the window.
Someone scrolling on through the list gets the pages ahead read with the one they see, in
reads that grow the further they go (``read_ahead``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from sqlalchemy.orm import Session

from views.common.accessibility import name_view
from views.common.export import EXPORT_ROLE

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class Reader(Protocol):
    """What the model needs of the database worker (views.common.worker.DatabaseWorker): run a
    task on the database and hand its result back on this thread."""

    def run(
        self, task: Callable[[Session], Any], on_success: Callable[[Any], None] | None = None
    ) -> object: ...


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    value: Callable[[R], Any]
    width: int = 120
    sort_key: str | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    # The typed value an export writes (a date, a number) where ``value`` formats it for the eye.
    export: Callable[[R], Any] | None = None


class LazyTableModel(QAbstractTableModel, Generic[R]):
    """Rows by id, fetched in pages of ``PAGE`` through ``fetch(session, ids)``.

    Signals:
        page_loaded(): rows arrived (tests and the screenshot command wait for it).
    """

    PAGE = 200
    MAX_PAGES = 40  # ~8,000 rows in memory, whatever the length of the list
    # The most pages read ahead with the one asked for, when someone scrolls on (a list whose
    # rows are cheap and many sets it: the company list); none by default.
    READ_AHEAD = 0
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    page_loaded = Signal()

    def __init__(
        self,
        worker: Reader | None,
        columns: Sequence[Column[R]],
        fetch: Callable[[Session, list[int]], list[R]] | None,
        row_id: Callable[[R], int],
    ) -> None:
        super().__init__()
        self.worker, self.columns, self._fetch, self._row_id = worker, list(columns), fetch, row_id
        self._ids: list[int] = []
        self._all: dict[int, R] | None = None  # set_rows: a short list held whole
        self._pages: OrderedDict[int, dict[int, R]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == self.ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            EXPORT_ROLE,
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.TextAlignmentRole,
            self.ROW_ROLE,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        row = self.row(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == self.ROW_ROLE:
            return row
        if role == EXPORT_ROLE:
            return column.export(row) if column.export is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, index.column())
        value = column.value(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(row, index.column(), "" if value is None else str(value))
        return "" if value is None else str(value)

    def foreground(self, row: R) -> Any:
        return None

    def decoration(self, row: R, column: int) -> Any:
        """An icon before a cell's text (a sign the eye catches where a word would not fit)."""
        return None

    def spoken(self, row: R, column: int, text: str) -> str:
        """What a screen reader says for a cell: its text, and in words what an icon shows."""
        return text

    # -- ids and rows ---------------------------------------------------------------------

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._generation += 1
        self._ids = ids
        self._all = None
        self._pages.clear()
        self._pending.clear()
        self.endResetModel()

    def set_first_page(self, ids: list[int], rows: Sequence[R]) -> None:
        """The first ids of a long list with their rows, shown while the rest is still being
        read; ``extend_ids`` adds the rest without losing the selection or scroll position."""
        self.set_ids(ids)
        self._pages[0] = {self._row_id(r): r for r in rows}
        if ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(self.columns) - 1))
        self.page_loaded.emit()

    def extend_ids(self, ids: list[int]) -> None:
        """The whole list, of which the ids shown are the beginning: the rest is appended (rows
        inserted, nothing reset); a list that begins otherwise (changed meanwhile) replaces them."""
        shown = len(self._ids)
        if self._all is not None or ids[:shown] != self._ids:
            self.set_ids(ids)
            return
        if len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()

    def set_rows(self, rows: Sequence[R]) -> None:
        """A short list (a file's establishments) is given whole; nothing is fetched."""
        self.beginResetModel()
        self._generation += 1
        self._ids = [self._row_id(r) for r in rows]
        self._all = {self._row_id(r): r for r in rows}
        self._pages.clear()
        self._pending.clear()
        self.endResetModel()

    @property
    def ids(self) -> list[int]:
        """The ids listed, in order (read-only: change them through set_ids)."""
        return self._ids

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def row(self, row: int) -> R | None:
        if self._all is not None:
            return self._all.get(self._ids[row])
        page_no = row // self.PAGE
        page = self._pages.get(page_no)
        if page is None:
            self._request(page_no)
            return None
        self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def refresh(self) -> None:
        """Fetch the visible rows again (after an edit), keeping ids and scroll position."""
        self._generation += 1
        self._pages.clear()
        self._pending.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    def _request(self, page_no: int) -> None:
        if page_no in self._pending or self.worker is None or self._fetch is None:
            return
        self._read([page_no, *self.read_ahead(page_no)])

    def read_ahead(self, page_no: int) -> list[int]:
        """The pages to read with ``page_no`` because the user is scrolling on towards them: as
        many as lie read (or are being read) just behind it, so that reads grow (1, 2, 4, … up to
        ``READ_AHEAD``), in the direction of scrolling, up to the first page already read or being
        read. None after a jump (dragging the scroll bar into the middle, the End key)."""
        last_page = (len(self._ids) - 1) // self.PAGE
        for step in (1, -1):  # scrolling down: the pages above are read; scrolling up: below
            behind = 0
            while behind < self.READ_AHEAD and self._read_or_reading(page_no - step * (behind + 1)):
                behind += 1
            if behind:
                ahead: list[int] = []
                for n in range(page_no + step, page_no + step * (behind + 1), step):
                    if not 0 <= n <= last_page or self._read_or_reading(n):
                        break
                    ahead.append(n)
                return ahead
        return []

    def _read_or_reading(self, page_no: int) -> bool:
        return page_no in self._pages or page_no in self._pending

    def _read(self, page_nos: list[int]) -> None:
        """Read these pages' rows in one task on the worker."""
        assert self.worker is not None and self._fetch is not None
        self._pending.update(page_nos)
        generation, fetch, page = self._generation, self._fetch, self.PAGE
        ids = [i for n in page_nos for i in self._ids[n * page : (n + 1) * page]]
        self.worker.run(lambda s: fetch(s, ids), lambda rows: self._loaded(generation, page_nos, rows))

    def _loaded(self, generation: int, page_nos: list[int], rows: list[R]) -> None:
        if generation != self._generation:
            return  # the list was filtered or sorted again meanwhile
        by_id = {self._row_id(r): r for r in rows}
        for page_no in page_nos:
            self._pending.discard(page_no)
            ids = self._ids[page_no * self.PAGE : (page_no + 1) * self.PAGE]
            self._pages[page_no] = {i: by_id[i] for i in ids if i in by_id}
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        first = min(page_nos) * self.PAGE
        last = min((max(page_nos) + 1) * self.PAGE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self.page_loaded.emit()


def table_view(model: LazyTableModel, name: str, description: str = "") -> QTableView:
    """The list every page shows: whole rows selected one at a time, read-only, alternating
    colours, one line per row, columns as wide as the model says, the last one stretched.
    ``name`` is what a screen reader calls it ("Companies"); it also says the columns."""
    table = QTableView()
    table.setModel(model)
    name_view(table, name, description)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    head = table.horizontalHeader()
    head.setStretchLastSection(True)
    head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for i, column in enumerate(model.columns):
        table.setColumnWidth(i, column.width)
    return table
