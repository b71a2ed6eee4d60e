"""Long work: progress reaches the dialog, Annuleren rolls back what the task had written."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.companies.entities import Area
from models.db import Database
from models.errors import DomainError
from models.progress import CancelledError, Progress
from views.common.long_work import LongWorkDialog
from views.common.worker import DatabaseWorker


def _areas(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Area)) or 0


def test_progress_and_result_reach_the_screen(qtbot, worker: DatabaseWorker) -> None:
    seen: list[object] = []

    def task(session: Session, progress: Progress) -> str:
        for done in range(1, 6):
            progress.step(done, 5)
        return "klaar"

    dialog = LongWorkDialog(worker, title="Export", text="Bezig", task=task, on_success=seen.append)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ended, timeout=10000):
        pass
    assert seen == ["klaar"]
    assert dialog.maximum() == 5 and dialog.value() == 5


def test_cancel_rolls_back_what_was_written(qtbot, worker: DatabaseWorker, seeded_db: Database) -> None:
    before = _areas(seeded_db)
    failures: list[DomainError] = []

    def task(session: Session, progress: Progress) -> None:
        for done in range(1, 1000):
            session.add(Area(name=f"Proefgebied {done}", kind="kern"))
            session.flush()
            progress.step(done, 1000)

    dialog = LongWorkDialog(
        worker, title="Import", text="Bezig", task=task, on_failure=failures.append, commit=True
    )
    qtbot.addWidget(dialog)
    dialog.findChild(QPushButton).click()  # Annuleren, before the work is done
    with qtbot.waitSignal(dialog.ended, timeout=10000):
        pass
    assert len(failures) == 1 and isinstance(failures[0], CancelledError)
    assert _areas(seeded_db) == before
