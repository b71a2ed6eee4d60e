"""Long work on the database (an import, an export, a merge) with a progress bar, the time
remaining and *Annuleren*.

The task runs as one operation on the database worker, so it is ordered with every other
database action and has its own unit of work. It gets a ``models.progress.Progress`` whose
reports cross to the main thread through a queued signal; *Annuleren* sets a flag the task
sees at its next step, it raises ``CancelledError`` and its transaction is rolled back.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy.orm import Session

from models.errors import DomainError
from models.progress import CancelledError, Progress
from views.common.worker import DatabaseWorker

LongTask = Callable[[Session, Progress], Any]


class _Reports(QObject):
    progressed = Signal(int, int)


class LongWorkDialog(QProgressDialog):
    """A modal progress dialog around one long operation; it closes itself when the work ends.

    ``on_success`` gets the task's result; ``on_failure`` any domain error, including
    ``CancelledError`` after *Annuleren* (the caller may ignore that one: nothing was written).

    Signals:
        ended(): the work ended, whichever way.
    """

    ended = Signal()

    def __init__(
        self,
        worker: DatabaseWorker,
        *,
        title: str,
        text: str,
        task: LongTask,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[DomainError], None] | None = None,
        commit: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, self.tr("Cancel"), 0, 0, parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.text = text
        self.cancelled = threading.Event()
        self.started = time.monotonic()
        self._reports = _Reports()
        self._reports.progressed.connect(self._progressed)
        self.canceled.connect(self._cancel)
        self._on_success = on_success
        self._on_failure = on_failure
        progress = Progress(report=self._reports.progressed.emit, is_cancelled=self.cancelled.is_set)
        self.operation = worker.run(
            lambda session: task(session, progress), self._succeeded, self._failed, commit=commit
        )

    def remaining(self, done: int, total: int) -> str:
        """What is left, as a person says it: "nog ongeveer 40 s", "nog ongeveer 3 min"."""
        elapsed = time.monotonic() - self.started
        if total <= 0 or done <= 0 or done >= total or elapsed < 2 or done * 50 < total:
            return ""
        seconds = elapsed * (total - done) / done
        if seconds < 60:
            return self.tr("about %Ln s left", "", int(seconds) + 1)
        return self.tr("about %Ln min left", "", max(1, round(seconds / 60)))

    def _progressed(self, done: int, total: int) -> None:
        if self.cancelled.is_set():
            return
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))
        left = self.remaining(done, total)
        self.setLabelText(f"{self.text}\n{left}" if left else self.text)

    def _cancel(self) -> None:
        self.cancelled.set()
        self.setLabelText(self.tr("Cancelling; nothing will be changed…"))

    def _finish(self) -> None:
        self._reports.progressed.disconnect(self._progressed)
        self.canceled.disconnect(self._cancel)
        self.accept()  # not close(): a QProgressDialog's close counts as a cancel
        self.ended.emit()

    def _succeeded(self, result: Any) -> None:
        self._finish()
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, error: DomainError) -> None:
        self._finish()
        if self._on_failure is not None:
            self._on_failure(error)


__all__ = ["CancelledError", "LongWorkDialog", "LongTask"]
