"""Writing a sheet to ``.xlsx`` (XlsxWriter, constant memory) or ``.csv`` (as Dutch Excel reads it).

Both write to a temporary file next to the target and rename it only when the last row is in,
so a cancel, a full disk or a failure leaves the target as it was and no half file behind.
"""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from models.errors import DomainError
from models.exporting.sheet import FORMULA_FIRST, Kind, Sheet, is_formula_like, typed
from models.i18n import QT_TRANSLATE_NOOP

FORMATS = (".xlsx", ".csv")
STEP = 500  # rows between progress reports (and chances to cancel)
MAX_WIDTH = 60  # characters; a long note must not make a column as wide as the screen
XLSX_MAX_ROWS = 1_048_576
DATE_FORMAT = "dd-mm-yyyy"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"


class ExportError(DomainError):
    """The file could not be written; nothing was left behind."""


def check_target(path: Path) -> str:
    """The format of ``path`` (``.xlsx`` or ``.csv``); an ``ExportError`` for anything else."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(
            QT_TRANSLATE_NOOP("errors", "Export to a file ending in .xlsx or .csv, not {name}."),
            name=path.name,
        )
    return suffix


def write_sheet(path: Path, sheet: Sheet) -> int:
    """Write ``sheet`` to ``path`` (replacing it when complete); the number of rows written."""
    path = Path(path)
    suffix = check_target(path)
    # Next to the target, so the rename is atomic; hidden, and with the usual permissions.
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        count = _write_xlsx(temp, sheet) if suffix == ".xlsx" else _write_csv(temp, sheet)
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise _cannot_write(path, error) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return count


def _cannot_write(path: Path, error: OSError) -> ExportError:
    if isinstance(error, PermissionError):
        return ExportError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot write {name}: it is open in another program, or the folder may not be "
                "written to. Close it, or choose another place and export again.",
            ),
            name=path.name,
        )
    return ExportError(
        QT_TRANSLATE_NOOP("errors", "Cannot write {name}: {reason}. Choose another place and export again."),
        name=path.name,
        reason=error.strerror or str(error),
    )


def _steps(sheet: Sheet) -> Callable[[int], None]:
    total = sheet.total

    def step(done: int) -> None:
        if done % STEP == 0:
            sheet.progress.step(done, max(total, done))

    step(0)
    return step


# -- xlsx -------------------------------------------------------------------------------------


def _write_xlsx(path: Path, sheet: Sheet) -> int:
    import xlsxwriter  # only for an export (~0.1 s at start otherwise: the company list imports this module)

    book = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,  # each row goes to disk as it is written
            "strings_to_numbers": False,  # text stays text: KvK 01234567 keeps its zero
            "strings_to_formulas": False,  # a name "=1+1" is never run as a formula
            "strings_to_urls": False,
            "default_date_format": DATE_FORMAT,
        },
    )
    # Closed only when complete: a cancelled or failed book is dropped with its temporary files.
    ws = book.add_worksheet(_sheet_name(sheet.title))
    bold = book.add_format({"bold": True})
    as_date = book.add_format({"num_format": DATE_FORMAT})
    as_moment = book.add_format({"num_format": DATETIME_FORMAT})
    # Excel shows the text as it is, and does not make it a formula when the cell is edited.
    quoted = book.add_format({"quote_prefix": True})
    wrapped = book.add_format({"text_wrap": True, "valign": "top"})
    widths = [len(h) + 3 for h in sheet.headers]  # room for the filter's arrow
    for col, header in enumerate(sheet.headers):
        ws.write_string(0, col, header, bold)
    kinds = sheet.kinds
    step = _steps(sheet)
    row_no = 0
    for row_no, values in enumerate(sheet.rows, start=1):
        if row_no >= XLSX_MAX_ROWS:
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "errors", "More than {limit} rows do not fit in Excel: export to .csv, or filter."
                ),
                limit=XLSX_MAX_ROWS - 1,
            )
        for col, raw in enumerate(values):
            # Text is most cells: it takes the short way (typed() would return it as it is).
            value = raw if raw.__class__ is str else typed(raw, kinds[col])
            if not value and value != 0:
                continue  # None or "": an empty cell
            if value.__class__ is str:
                if value[0] in FORMULA_FIRST:
                    ws.write_string(row_no, col, value, quoted)
                elif "\n" in value:
                    ws.write_string(row_no, col, value, wrapped)
                else:
                    ws.write_string(row_no, col, value)
                width = len(value)  # a note's lines together; MAX_WIDTH caps it anyway
            elif isinstance(value, datetime):
                ws.write_datetime(row_no, col, value, as_moment)
                width = 16
            elif isinstance(value, date):
                ws.write_datetime(row_no, col, datetime(value.year, value.month, value.day), as_date)
                width = 10
            else:
                ws.write_number(row_no, col, value)
                width = len(str(value))
            if width > widths[col]:
                widths[col] = width
        step(row_no)
    sheet.progress.step(row_no, max(sheet.total, row_no))
    for col, width in enumerate(widths):
        ws.set_column(col, col, min(width, MAX_WIDTH) + 1)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(row_no, 1), max(len(sheet.headers) - 1, 0))
    book.close()
    return row_no


def _sheet_name(title: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\."""
    name = "".join(" " if c in "[]:*?/\\" else c for c in title).strip("' ")[:31]
    return name or "Export"


# -- csv --------------------------------------------------------------------------------------


def _csv_value(value: Any) -> str:
    """As Dutch Excel reads it: dates day-month-year, a decimal comma, formulas neutralised."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float):
        return repr(value).replace(".", ",") if not value.is_integer() else str(int(value))
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return "'" + text if is_formula_like(text) else text


def _write_csv(path: Path, sheet: Sheet) -> int:
    kinds = sheet.kinds
    step = _steps(sheet)
    row_no = 0
    # utf-8-sig: the byte order mark tells Excel the file is UTF-8 (é, ë, €); ";" is what
    # Dutch Excel splits on; CRLF as Windows writes it; newlines inside a note are quoted.
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([_csv_value(h) for h in sheet.headers])
        for row_no, values in enumerate(sheet.rows, start=1):
            writer.writerow(_csv_row(values, kinds))
            step(row_no)
    sheet.progress.step(row_no, max(sheet.total, row_no))
    return row_no


def _csv_row(values: Sequence[Any], kinds: Sequence[Kind]) -> list[str]:
    return [_csv_value(typed(v, kinds[i])) for i, v in enumerate(values)]
