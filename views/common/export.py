"""*Exporteren…*: every list of the window out to a spreadsheet (``.xlsx``) or a CSV file.

One action for every page: it asks where (a file dialog offering both formats), then writes on
the database worker with a progress bar and *Annuleren* (``LongWorkDialog``); the file appears
only when complete. What is written comes from one of two sources:

- a service of ``models.exporting`` for the long lists (companies, signals, the audit trail):
  it queries the list again with the filter and sort shown and streams the rows in chunks;
- ``snapshot(view)`` for the lists a page holds whole (a file's timeline, Mijn werk, rounds,
  ambitions): the rows as the view shows them, typed where a page stored a cell's value under
  ``EXPORT_ROLE`` (dates as dates, numbers as numbers).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDir, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from models.errors import DomainError
from models.exporting.sheet import Kind, Sheet
from models.exporting.writers import write_sheet
from models.progress import CancelledError, Progress
from views.common import icons
from views.common.long_work import LongWorkDialog
from views.common.text import error_text, format_number
from views.common.widgets import icon_only
from views.common.worker import DatabaseWorker

EXPORT_ROLE = Qt.ItemDataRole.UserRole + 90  # a cell's typed value (a date, a number) for the export
Index = QModelIndex | QPersistentModelIndex

# (session, target, progress) → rows written; built when the person clicks, with the filter shown then.
ExportTask = Callable[[Session, Path, Progress], int]


def snapshot(view: QAbstractItemView, title: str, *, group: str | None = None) -> ExportTask:
    """The rows ``view`` shows now, top to bottom (a tree's children under their parent).

    With ``group``, a tree's top rows are headings (Mijn werk: a company with its agreements):
    they become a first column of that name on each of their children instead of rows.
    """
    model = view.model()
    columns = [c for c in range(model.columnCount()) if not _hidden(view, c)]
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    rows: list[list[Any]] = []

    def walk(parent: Index, heading: str | None) -> None:
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            has_children = model.rowCount(index) > 0
            if group is not None and not parent.isValid():
                walk(index, str(model.data(index) or ""))
                continue
            values = [_value(model, model.index(r, c, parent)) for c in columns]
            rows.append([heading, *values] if group is not None else values)
            if has_children:
                walk(index, heading)

    walk(QModelIndex(), None)
    if group is not None:
        headers = [group, *headers]
    kinds = [_kind([row[i] for row in rows]) for i in range(len(headers))]

    def task(session: Session, target: Path, progress: Progress) -> int:
        return write_sheet(target, Sheet(title, headers, kinds, iter(rows), len(rows), progress))

    return task


def table_task(title: str, headers: list[str], read: Callable[[Session], list[list[Any]]]) -> ExportTask:
    """The rows ``read`` makes on the worker (a list the page holds only in part, such as a long
    timeline), written like a ``snapshot``: an empty cell or "—" is empty, dates stay dates."""

    def task(session: Session, target: Path, progress: Progress) -> int:
        rows = [[None if v in ("", "—") else v for v in row] for row in read(session)]
        kinds = [_kind([row[i] for row in rows]) for i in range(len(headers))]
        return write_sheet(target, Sheet(title, headers, kinds, iter(rows), len(rows), progress))

    return task


def _hidden(view: QAbstractItemView, column: int) -> bool:
    is_hidden = getattr(view, "isColumnHidden", None)
    return bool(is_hidden(column)) if is_hidden is not None else False


def _value(model: QAbstractItemModel, index: QModelIndex) -> Any:
    typed = model.data(index, EXPORT_ROLE)
    if typed is not None:
        to_python = getattr(typed, "toPython", None)  # a date stored in a QTreeWidgetItem: a QDate
        return to_python() if to_python is not None else typed
    shown = model.data(index, Qt.ItemDataRole.DisplayRole)
    return None if shown in (None, "", "—") else str(shown)


def _kind(values: list[Any]) -> Kind:
    """A column of dates is a date column, of numbers a number column; anything else text."""
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, date) for v in present):
        return Kind.DATETIME if any(hasattr(v, "hour") for v in present) else Kind.DATE
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return Kind.NUMBER
    return Kind.TEXT


class Exporter(QObject):
    """The *Exporteren…* button of one list.

    ``source()`` is asked at the click for what to write (an ``ExportTask``), so the export
    has the filters and sort shown at that moment; ``name`` is the file name offered.

    Signals:
        exported(str, int): the file was written with this many rows.
        failed(str): why nothing was written (not sent for *Annuleren*).
    """

    exported = Signal(str, int)
    failed = Signal(str)

    def __init__(
        self,
        page: QWidget,
        worker: DatabaseWorker,
        name: Callable[[], str],
        source: Callable[[], ExportTask],
        *,
        explain_failures: bool = True,
    ) -> None:
        super().__init__(page)
        self.page, self.worker, self.name, self.source = page, worker, name, source
        self.explain_failures = explain_failures  # False: the page shows ``failed`` itself
        self.button = QPushButton(icons.icon("mdi6.microsoft-excel"), self.tr("Export…"))
        self.button.setToolTip(
            self.tr("Save this list, with its filters and order, for Excel (.xlsx or .csv)")
        )
        self.button.clicked.connect(self.choose)
        self.dialog: LongWorkDialog | None = None

    def compact(self) -> None:
        """The button as its icon alone (``icon_only``)."""
        icon_only(self.button)

    def choose(self) -> None:
        excel, comma = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV for Excel, semicolons (*.csv)")
        suggested = str(Path(QDir.homePath()) / f"{_safe(self.name())}.xlsx")
        path, chosen = QFileDialog.getSaveFileName(
            self.page, self.tr("Export the list"), suggested, f"{excel};;{comma}"
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + (".csv" if chosen == comma else ".xlsx"))
        self.export_to(target)

    def export_to(self, target: Path) -> LongWorkDialog:
        task = self.source()
        self.button.setEnabled(False)
        self.dialog = LongWorkDialog(
            self.worker,
            title=self.tr("Export"),
            text=self.tr("Writing %1…").replace("%1", target.name),
            task=lambda session, progress: task(session, target, progress),
            on_success=lambda count: self._done(target, count),
            on_failure=self._failed,
            parent=self.page,
        )
        return self.dialog

    def _done(self, target: Path, count: int) -> None:
        self.button.setEnabled(True)
        text = self.tr("%1 rows saved in %2.").replace("%1", format_number(count)).replace("%2", str(target))
        window = self.page.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15000)
        self.exported.emit(str(target), count)

    def _failed(self, error: DomainError) -> None:
        self.button.setEnabled(True)
        if isinstance(error, CancelledError):
            return  # nothing was written, as the person asked
        text = error_text(error)
        self.failed.emit(text)
        if not self.explain_failures:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export"), text, parent=self.page)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def _safe(name: str) -> str:
    for ch in '<>:"/\\|?*':
        name = name.replace(ch, "-")
    return name.strip() or "export"
