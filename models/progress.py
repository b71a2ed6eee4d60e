"""Progress and cancel for long work (import, export, merging, copying), without Qt.

A long service takes a ``Progress`` and calls ``step(done, total)`` between units of work.
The caller decides what a report does (a progress bar, a line on the console) and when the
person has cancelled; ``step`` then raises ``CancelledError``, which the service lets roll
back its transaction, so a cancel leaves nothing half-written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP


class CancelledError(DomainError):
    """The person stopped the work; everything it had written was rolled back."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Cancelled: nothing was changed."))


def _ignore(done: int, total: int) -> None:
    pass


def _never() -> bool:
    return False


@dataclass(frozen=True)
class Progress:
    """``report(done, total)`` is told how far the work is; ``is_cancelled()`` is asked at each step.

    ``total`` may be 0 while the amount of work is not known yet.
    """

    report: Callable[[int, int], None] = _ignore
    is_cancelled: Callable[[], bool] = _never

    def step(self, done: int, total: int) -> None:
        """Report how far the work is, and raise ``CancelledError`` once the person cancelled."""
        self.report(done, total)
        if self.is_cancelled():
            raise CancelledError()


SILENT = Progress()
