"""The benchmark's figures of the window and the company list at scale (issue 20): Mijn werk of the
whole team on screen, the company list sorted by each column it can be sorted by (first screen,
beside the same query in plain SQL), and the memory the application holds after opening 50 company
files and scrolling the whole company list (measured in a process of its own, so that nothing the
benchmark itself holds is counted).

``python -m desktop.bench_window memory URL ID…`` is that process: it prints ``ready RSS PEAK``
(kB) when done.
"""

from __future__ import annotations

import functools
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEvent, QEventLoop
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop.bench_figures import REPEAT, Figure, Timed, median_ms, number
from desktop.bench_start import CHILD_DEADLINE, _child_env, _child_guard
from models.companies import listing
from models.companies.entities import Company
from models.db import Database
from views.common.garbage import collect_on_main_thread
from views.common.settings import Settings
from views.common.table_model import LazyTableModel
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow

# The targets of issue 20, in milliseconds and megabytes.
TARGET_MY_WORK_WINDOW = 150.0
TARGET_SORTED_FIRST_SCREEN = 150.0
TARGET_MEMORY_MB = 300.0
FILES_OPENED = 50  # company files opened before the memory is read


def _wait(condition: Callable[[], bool], seconds: float = 120) -> None:
    deadline = QDeadlineTimer(int(seconds * 1000))
    app = QCoreApplication.instance()
    while not condition() and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)  # type: ignore[union-attr]


def _window(worker: DatabaseWorker, folder: str) -> MainWindow:
    window = MainWindow(worker, Settings(str(Path(folder) / "settings.ini")), "Benchmark")
    window.resize(1360, 820)
    window.show()
    _wait(lambda: not worker.busy)
    return window


def _close(window: MainWindow, worker: DatabaseWorker) -> None:
    window.close()
    worker.wait()
    # Gone while the application still runs (see bench._measure_window).
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def measure_my_work_window(db: Database, name: str, repeat: int = REPEAT) -> Figure:
    """Mijn werk of the whole team, from choosing "Het hele team" to its first screenful on
    screen (the page's ``first_shown``); the whole list (``loaded``, the rest added to it) is in
    the note."""
    worker = DatabaseWorker(db, None)
    with tempfile.TemporaryDirectory() as folder:
        window = _window(worker, folder)
        window.show_page("my_work")
        page: Any = window.page("my_work")
        _wait(lambda: not worker.busy)
        team = page.scope.findData("team")
        samples: list[float] = []
        wholes: list[float] = []
        listed: list[int] = []
        mine = page.scope.findData("mine")
        for _ in range(repeat + 1):
            page.scope.setCurrentIndex(mine)  # one's own work first, as the page opens
            _wait(lambda: not worker.busy)
            QCoreApplication.processEvents()
            shown: list[int] = []
            loaded: list[int] = []
            page.first_shown.connect(shown.append)
            page.loaded.connect(loaded.append)
            started = time.perf_counter()
            page.scope.setCurrentIndex(team)  # reads the team's work
            _wait(functools.partial(bool, shown))
            QCoreApplication.processEvents()
            samples.append((time.perf_counter() - started) * 1000)
            _wait(functools.partial(bool, loaded))
            QCoreApplication.processEvents()
            wholes.append((time.perf_counter() - started) * 1000)
            page.first_shown.disconnect(shown.append)
            page.loaded.disconnect(loaded.append)
            listed = loaded
            _wait(lambda: not worker.busy)
        _close(window, worker)
    return Figure(
        what=QCoreApplication.translate("bench", "Mijn werk of the whole team on screen"),
        database=name,
        app_ms=Timed(samples[1:]),
        target_ms=TARGET_MY_WORK_WINDOW,
        note=QCoreApplication.translate(
            "bench", "the first screenful; all %1 agreements listed after %2 ms; first time: %3 ms"
        )
        .replace("%1", number(listed[0] if listed else 0))
        .replace("%2", f"{statistics.median(wholes[1:]):.0f}")
        .replace("%3", f"{samples[0]:.0f}"),
    )


SORT_LABELS = {
    listing.SortKey.KVK: "KvK",
    listing.SortKey.ADDRESS: "adres",
    listing.SortKey.POSTCODE: "postcode",
    listing.SortKey.CITY: "plaats",
    listing.SortKey.AREA: "gebied",
    listing.SortKey.SECTOR: "sector",
    listing.SortKey.MANAGER: "accountmanager",
    listing.SortKey.STATUS: "status",
}


def measure_sorted_lists(db: Database, name: str, cursor: Any, repeat: int = REPEAT) -> list[Figure]:
    """The company list's first screen sorted by each column but the name (measured beside it
    already), as the list page reads it: the first page of ids in that order and their rows (the
    whole order follows in a second query, while the first screen is already shown; its time is in
    the note); beside the same queries run in plain SQL. Ascending and descending."""
    session_figures: list[tuple[listing.SortKey, bool, Timed, Timed, Timed]] = []
    page = LazyTableModel.PAGE
    with db.session() as session:
        for key in SORT_LABELS:
            for descending in (False, True):
                flt = listing.CompanyFilter(sort=key, descending=descending)
                parts_sql = [
                    _plain_sql(db, part.limit(page))
                    for part in listing._list_queries(session, flt, first_screen=True)
                ]

                def app(flt: listing.CompanyFilter = flt) -> None:
                    listing.company_rows(session, listing.list_company_ids(session, flt, limit=page))

                def engine(parts_sql: list[str] = parts_sql) -> None:
                    first: list[int] = []
                    for sql in parts_sql:
                        if len(first) >= page:
                            break
                        cursor.execute(sql)
                        first += [r[0] for r in cursor.fetchall()]
                    cursor.execute(_plain_sql(db, listing.company_rows_query(first[:page])))
                    cursor.fetchall()

                def whole(flt: listing.CompanyFilter = flt) -> None:
                    listing.list_company_ids(session, flt)

                session_figures.append(
                    (key, descending, median_ms(app, repeat), median_ms(engine, repeat), median_ms(whole, 1))
                )
    count = db_count(db)
    figures = []
    for key, descending, app_ms, engine_ms, whole_ms in session_figures:
        direction = (
            QCoreApplication.translate("bench", "descending")
            if descending
            else QCoreApplication.translate("bench", "ascending")
        )
        figures.append(
            Figure(
                what=QCoreApplication.translate("bench", "Company list sorted by %1 (%2), first screen")
                .replace("%1", SORT_LABELS[key])
                .replace("%2", direction),
                database=name,
                app_ms=app_ms,
                engine_ms=engine_ms,
                target_ms=TARGET_SORTED_FIRST_SCREEN,
                note=QCoreApplication.translate("bench", "%1 companies; the whole order after %2 ms")
                .replace("%1", number(count))
                .replace("%2", f"{whole_ms:.0f}"),
            )
        )
    return figures


def db_count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).where(Company.archived_at.is_(None))) or 0


def _plain_sql(db: Database, stmt: Any) -> str:
    return str(stmt.compile(dialect=db.engine.dialect, compile_kwargs={"literal_binds": True}))


# -- memory: a process of its own --------------------------------------------------------------


def measure_memory(db: Database, name: str) -> Figure:
    """The resident memory of the application after opening ``FILES_OPENED`` company files (the
    busiest first) and scrolling the company list from top to bottom, in a process of its own."""
    with db.session() as session:
        ids = list(
            session.scalars(
                select(Company.id)
                .where(Company.archived_at.is_(None))
                .order_by(Company.id)
                .limit(FILES_OPENED)
            )
        )
    command = [sys.executable, "-m", "desktop.bench_window", "memory", db.url, *map(str, ids)]
    started = time.perf_counter()
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=_child_env(),
        preexec_fn=_child_guard(CHILD_DEADLINE),
        cwd=Path(__file__).resolve().parent.parent,
        check=False,
    )
    elapsed = (time.perf_counter() - started) * 1000
    said = [line.split() for line in done.stdout.splitlines() if line.startswith("ready")]
    if not said:
        raise RuntimeError(f"the memory measurement ended without its figures: {done.stderr[-2000:]}")
    rss_mb, peak_mb = int(said[-1][1]) / 1024, int(said[-1][2]) / 1024
    return Figure(
        what=QCoreApplication.translate(
            "bench", "Memory after opening %1 company files and scrolling the whole list"
        ).replace("%1", str(FILES_OPENED)),
        database=name,
        app_ms=None,
        note=QCoreApplication.translate("bench", "%1 MB resident (target < %2 MB: %3); peak %4 MB; took %5 s")
        .replace("%1", f"{rss_mb:.0f}")
        .replace("%2", f"{TARGET_MEMORY_MB:.0f}")
        .replace(
            "%3",
            QCoreApplication.translate("bench", "met")
            if rss_mb < TARGET_MEMORY_MB
            else QCoreApplication.translate("bench", "**missed**"),
        )
        .replace("%4", f"{peak_mb:.0f}")
        .replace("%5", f"{elapsed / 1000:.0f}"),
    )


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _memory_child(url: str, company_ids: list[int]) -> None:
    from desktop.bootstrap import stylesheet

    app = QApplication([])
    app.setStyleSheet(stylesheet())
    collect_on_main_thread(app)  # as the window: garbage with Qt objects freed on this thread only
    db = Database(url)
    worker = DatabaseWorker(db, None)
    with tempfile.TemporaryDirectory() as folder:
        window = _window(worker, folder)
        for company_id in company_ids:
            shown: list[int] = []
            window.company.timeline.loaded.connect(shown.append)
            window.open_company(company_id)
            _wait(functools.partial(bool, shown))
            window.company.timeline.loaded.disconnect(shown.append)
            _wait(lambda: not worker.busy)
        window.show_page("companies")
        page: Any = window.page("companies")
        _wait(lambda: bool(page.model.ids) and not worker.busy)
        table, model = page.table, page.model
        bar = table.verticalScrollBar()
        rows = len(model.ids)
        # Down the whole list a page of the model at a time: every row is read once, as when
        # someone drags the scroll bar slowly to the end.
        for row in range(0, rows, model.PAGE):
            table.scrollTo(model.index(row, 0))
            QCoreApplication.processEvents()
            _wait(lambda: not worker.busy)
        table.scrollToBottom()
        _wait(lambda: not worker.busy)
        assert bar.value() == bar.maximum()
        print("ready", _status_kb("VmRSS"), _status_kb("VmHWM"), flush=True)
        _close(window, worker)
    db.dispose()


if __name__ == "__main__":
    if sys.argv[1:2] == ["memory"]:
        _memory_child(sys.argv[2], [int(i) for i in sys.argv[3:]])
