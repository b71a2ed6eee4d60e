"""A list as it goes out: typed columns and rows that stream, so 250,000 companies never sit in memory."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from models.progress import SILENT, Progress

R = TypeVar("R")

CHUNK = 1000  # rows fetched per query: bounded memory, few round trips


class Kind(enum.Enum):
    """What a cell holds, which decides how it is written."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"
    IDENTIFIER = "identifier"  # KvK, vestigingsnummer, postcode, phone: text, so zeros stay
    LABEL = "label"  # a domain label (QT_TRANSLATE_NOOP "labels"), translated when written


@dataclass(frozen=True)
class ExportColumn(Generic[R]):
    """One column: its header (an English source text in the "labels" context), how to read
    the value from a row, and what kind of cell it is. ``key`` names the list's sort key, when
    the window sorts on this column."""

    header: str
    value: Callable[[R], Any]
    kind: Kind = Kind.TEXT
    key: str | None = None


Translate = Callable[[str, str], str]  # (context, English source text) → what the reader sees


def _untranslated(context: str, text: str) -> str:
    return text


@dataclass
class Sheet:
    """What a writer writes: the headers as the reader reads them, a kind per column, and the
    rows (lists of plain values) as an iterator; ``total`` rows are expected, for the progress."""

    title: str
    headers: list[str]
    kinds: list[Kind]
    rows: Iterable[Sequence[Any]]
    total: int
    progress: Progress = field(default=SILENT)


def sheet_of(
    title: str,
    columns: Sequence[ExportColumn[R]],
    records: Iterable[R],
    total: int,
    *,
    translate: Translate = _untranslated,
    progress: Progress = SILENT,
) -> Sheet:
    """The sheet of ``records`` read through ``columns``; labels and headers in the reader's language."""

    def rows() -> Iterator[list[Any]]:
        for record in records:
            values = []
            for column in columns:
                value = column.value(record)
                if column.kind is Kind.LABEL and value:
                    value = translate("labels", value)
                values.append(value)
            yield values

    return Sheet(
        title=title,
        headers=[translate("labels", c.header) for c in columns],
        kinds=[c.kind for c in columns],
        rows=rows(),
        total=total,
        progress=progress,
    )


def in_chunks(
    session: Session, ids: Sequence[int], fetch: Callable[[Session, list[int]], list[R]], chunk: int = CHUNK
) -> Iterator[R]:
    """The rows of ``ids`` in their order, fetched ``chunk`` at a time by the list's own service,
    so what is exported is what the list shows and at most one chunk is held at once."""
    for start in range(0, len(ids), chunk):
        yield from fetch(session, list(ids[start : start + chunk]))


# -- cells ------------------------------------------------------------------------------------

# A spreadsheet runs a cell that starts with one of these as a formula (CSV or formula
# injection, OWASP): a company name "=HYPERLINK(…)" must stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_FIRST = frozenset(FORMULA_STARTS)


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def typed(value: Any, kind: Kind) -> Any:
    """The value as the cell should hold it: a date, a local date and time, a number, or text.

    A value of another type than its column says is written as text rather than lost."""
    if value is None or value == "":
        return None
    if kind is Kind.DATETIME and isinstance(value, datetime):
        return value.astimezone().replace(tzinfo=None) if value.tzinfo else value
    if kind is Kind.DATE and isinstance(value, datetime):
        return (value.astimezone() if value.tzinfo else value).date()
    if kind is Kind.DATE and isinstance(value, date):
        return value
    if kind is Kind.NUMBER and isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return float(value) if isinstance(value, Decimal) else value
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)
