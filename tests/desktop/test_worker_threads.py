"""A task's closure (a screen's widgets among what it holds) is let go of on the main thread, never
on the worker's: Qt objects must die on the thread they live on. Before, Qt deleted each finished
operation on the worker thread, dropping the last reference to its closure there; a rare crash in
a later garbage collection of a GUI test was the symptom."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from models.db import Database
from models.migrations import migrate
from views.common.worker import DatabaseWorker


class Tracked:
    """Notes the thread it is freed on."""

    freed_on: list[str] = []

    def __del__(self) -> None:
        Tracked.freed_on.append(threading.current_thread().name)


def test_a_finished_tasks_closure_is_freed_on_the_main_thread(qtbot, tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'w.db'}")
    migrate(database)
    worker = DatabaseWorker(database)
    Tracked.freed_on.clear()
    try:
        for _ in range(20):
            held = Tracked()
            worker.run(lambda _session, held=held: None)  # the closure holds the only reference
            del held
        qtbot.waitUntil(lambda: not worker.busy, timeout=60_000)
        assert worker.wait()
        gc.collect()
        assert len(Tracked.freed_on) == 20
        assert set(Tracked.freed_on) == {threading.main_thread().name}, Tracked.freed_on
    finally:
        worker.wait()
        database.dispose()
