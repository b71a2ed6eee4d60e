"""The error report of a trial or an import, as a CSV file Dutch Excel opens right
(semicolons, UTF-8 with BOM): row, column, value, problem."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from models.i18n import QT_TRANSLATE_NOOP

HEADER = (
    QT_TRANSLATE_NOOP("labels", "Row"),
    QT_TRANSLATE_NOOP("labels", "Column"),
    QT_TRANSLATE_NOOP("labels", "Value"),
    QT_TRANSLATE_NOOP("labels", "Problem"),
)


def write_report(
    rows: Iterable[Sequence[Any]],
    path: str | Path,
    *,
    translate: Callable[[str, dict[str, Any]], str],
) -> int:
    """Write (row, column, value, message, params) rows; ``translate`` turns a message and its
    parameters into the person's language (the view's ``message``). Returns how many rows."""
    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow([translate(h, {}) for h in HEADER])
        for number, column, value, message, params in rows:
            writer.writerow([number, column, value, translate(message, dict(params or {}))])
            count += 1
    return count
