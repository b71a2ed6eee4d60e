"""The words of a copy to the server: its report and its errors, as plain text, without Qt.

The transfer dialog shows these in its table and saves them; ``admin copy`` prints them. Both
pass a ``Wording``: how a text is translated and a number, a moment or an error message is
written (the screen and the command line pass Qt's translator and the Dutch locale, see
``views.common.text.WORDING``; the class is in ``models.i18n``). The texts keep the context "TransferDialog", so their translations
stay where they were; ``QT_TRANSLATE_NOOP`` marks them for lupdate.
"""

from __future__ import annotations

import csv
from pathlib import Path

from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP, Wording
from models.tools.transfer import (
    CONTEXT,
    RowRefusedError,
    TargetNotEmptyError,
    TransferReport,
    describe_rows,
    label,
)

DIALOG = "TransferDialog"  # the context of the report's own texts


def _t(w: Wording, text: str) -> str:
    return w.translate(DIALOG, text)


def seconds_text(w: Wording, seconds: float) -> str:
    """``2,4 s``; a minute or more as ``3 min 05 s``."""
    if seconds < 60:
        return _t(w, QT_TRANSLATE_NOOP("TransferDialog", "%1 s")).replace("%1", w.seconds(seconds))
    minutes, rest = divmod(round(seconds), 60)
    return (
        _t(w, QT_TRANSLATE_NOOP("TransferDialog", "%1 min %2 s"))
        .replace("%1", str(minutes))
        .replace("%2", f"{rest:02d}")
    )


def report_rows(w: Wording, report: TransferReport) -> list[tuple[str, str, str, str, str]]:
    """What, rows in the file, rows on the server, time, check: one line per table, translated."""
    return [
        (
            w.translate(CONTEXT, entry.label),
            w.number(entry.source_rows),
            w.number(entry.target_rows),
            seconds_text(w, entry.seconds),
            _t(w, QT_TRANSLATE_NOOP("TransferDialog", "equal"))
            if entry.equal
            else _t(w, QT_TRANSLATE_NOOP("TransferDialog", "differs")),
        )
        for entry in report.in_reading_order()
    ]


def report_headers(w: Wording) -> tuple[str, str, str, str, str]:
    return (
        _t(w, QT_TRANSLATE_NOOP("TransferDialog", "What")),
        _t(w, QT_TRANSLATE_NOOP("TransferDialog", "In the file")),
        _t(w, QT_TRANSLATE_NOOP("TransferDialog", "On the server")),
        _t(w, QT_TRANSLATE_NOOP("TransferDialog", "Time")),
        _t(w, QT_TRANSLATE_NOOP("TransferDialog", "Check")),
    )


def report_summary(w: Wording, report: TransferReport) -> list[str]:
    """The sentences above (and, in a saved report, below) the table."""
    lines = [
        _t(w, QT_TRANSLATE_NOOP("TransferDialog", "From: %1")).replace("%1", report.source),
        _t(w, QT_TRANSLATE_NOOP("TransferDialog", "To: %1")).replace("%1", report.target),
        _t(w, QT_TRANSLATE_NOOP("TransferDialog", "When: %1")).replace("%1", w.moment(report.started_at)),
    ]
    if report.equal:
        lines.append(
            _t(
                w,
                QT_TRANSLATE_NOOP(
                    "TransferDialog",
                    "%1 rows copied in %2. Every table on the server is equal to the file, and every link is kept.",
                ),
            )
            .replace("%1", w.number(report.rows))
            .replace("%2", seconds_text(w, report.seconds))
        )
    else:
        lines.append(
            _t(
                w,
                QT_TRANSLATE_NOOP(
                    "TransferDialog", "The copy differs from the file; it has not been kept on the server."
                ),
            )
        )
    lines.append(
        _t(
            w,
            QT_TRANSLATE_NOOP(
                "TransferDialog", "Search index rebuilt for %1 companies and %2 knowledge base articles."
            ),
        )
        .replace("%1", w.number(report.search_documents))
        .replace("%2", w.number(report.knowledge_documents))
    )
    lines.append(
        _t(
            w,
            QT_TRANSLATE_NOOP(
                "TransferDialog",
                "Also compared through their links: the contact moments and agreements of %1 companies.",
            ),
        ).replace("%1", w.number(report.sample_companies))
    )
    if report.accounts:
        lines.append(
            _t(
                w,
                QT_TRANSLATE_NOOP(
                    "TransferDialog",
                    "The %1 accounts of the file were copied, with everything they did (the audit trail). "
                    "On the server every official signs in with a login of their own: the administrator "
                    "gives each account a login under Accounts.",
                ),
            ).replace("%1", w.number(report.accounts))
        )
    return lines


def transfer_error_text(w: Wording, error: DomainError) -> str:
    """The error in the reader's language; a refused target names its data with the report's labels."""
    if isinstance(error, TargetNotEmptyError):
        what = describe_rows(
            error.found, lambda table: _lower_first(w.translate(CONTEXT, label(table))), w.number
        )
        return w.message(error.message, {**error.params, "what": what})
    if isinstance(error, RowRefusedError):
        what = _lower_first(w.translate(CONTEXT, label(error.table)))
        return w.message(error.message, {**error.params, "what": what})
    return w.message(error.message, error.params)


def _lower_first(text: str) -> str:
    """``Sectoren (SBI)`` → ``sectoren (SBI)``: a label inside a sentence."""
    return text[:1].lower() + text[1:]


def report_text(w: Wording, report: TransferReport) -> str:
    """The report as plain text, aligned in columns: for the command line and "Save report…"."""
    headers = report_headers(w)
    rows = report_rows(w, report)
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            cell.rjust(widths[i]) if i in (1, 2, 3) else cell.ljust(widths[i]) for i, cell in enumerate(cells)
        ).rstrip()

    out = [*report_summary(w, report), "", line(headers), line(tuple("-" * width for width in widths))]
    out += [line(row) for row in rows]
    return "\n".join(out) + "\n"


def write_report(w: Wording, report: TransferReport, path: Path) -> None:
    """A CSV file (semicolons, as Dutch spreadsheets expect) or, for any other suffix, plain text."""
    if path.suffix.lower() == ".csv":
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(report_headers(w))
            writer.writerows(report_rows(w, report))
    else:
        path.write_text(report_text(w, report), encoding="utf-8")
