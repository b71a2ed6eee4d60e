"""A task's closure (a screen's widgets among what it holds) is let go of on the main thread, never
on the worker's: Qt objects must die on the thread they live on. Before, Qt deleted each finished
operation on the worker thread, dropping the last reference to its closure there; a rare crash in
a later garbage collection of a GUI test was the symptom."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from PySide6.QtCore import QObject

from models.db import Database
from models.migrations import migrate
from views.common.garbage import collect_on_main_thread
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


class InCycle:
    """A Qt object in a reference cycle, as a closed dialog and its slots are; notes where it is freed."""

    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()

    def __del__(self) -> None:
        InCycle.freed_on.append(threading.current_thread().name)


def test_garbage_with_qt_objects_is_collected_on_the_main_thread_not_the_workers(
    qtbot, qapp, tmp_path: Path
) -> None:
    """The worker's tasks allocate enough to pass the collector's threshold: automatically, Python
    would collect there, freeing whatever Qt objects the garbage holds on the worker thread."""
    collect_on_main_thread(qapp)
    assert not gc.isenabled()
    database = Database(f"sqlite:///{tmp_path / 'w.db'}")
    migrate(database)
    worker = DatabaseWorker(database)
    InCycle.freed_on.clear()
    try:
        for _ in range(5):
            InCycle()
        threshold = gc.get_threshold()[0]
        worker.run(lambda _session: [[] for _ in range(threshold * 50)])  # many collections' worth
        assert worker.wait()
        assert InCycle.freed_on == []  # not on the worker thread
        qtbot.waitUntil(lambda: len(InCycle.freed_on) == 5)  # the collector's timer, on this thread
        assert set(InCycle.freed_on) == {threading.main_thread().name}
    finally:
        worker.wait()
        database.dispose()
