"""Starting the application as a person does, timed from outside: the empty Qt window the figures are compared with, and the cold start in two figures: the window visible (its frame, navigation and
focused search box, which keeps what is typed: ``visible`` on the child's output) and the first rows
of the company list (``ready``), and after them the main window complete (signed in, its own list
shown through the services: ``complete``).

Every process started here has its own deadline and dies with the benchmark (a benchmark killed
by a test's timeout on a loaded machine once left its child running for 25 minutes)."""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from PySide6.QtCore import QCoreApplication

from desktop.bench_figures import (
    REPEAT,
    TARGET_FIRST_ROWS_RATIO,
    TARGET_WINDOW_VISIBLE_RATIO,
    Figure,
    Spread,
    median_and_spread,
)
from desktop.bootstrap import EXIT_WHEN_READY_ENV

_EMPTY_WINDOW = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "w = QWidget(); w.resize(1360, 820); w.show()\n"
    "def peak():\n"
    "    try:\n"
    "        return next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
    "    except (OSError, StopIteration):\n"
    "        return 0\n"
    "QTimer.singleShot(0, lambda: (print('ready', peak(), flush=True), app.quit()))\n"
    "app.exec()\n"
)


START_TIMEOUT = 120  # seconds a started application may take to say it is ready

# Starts per database, at least, whatever --repeat says: a start takes about a second and a half,
# and the median of five on a machine with CPU steal moved by a third between two runs of the
# same code (SQLite's window visible 1.5x one evening, PostgreSQL's 1.1x twenty minutes before).
COLD_START_REPEAT = 11

# Seconds any process the benchmark starts may live, whatever becomes of the benchmark itself
# (killed, hung): far beyond START_TIMEOUT, so only a child nobody waits for any more meets it.
CHILD_DEADLINE = 15 * 60

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _child_guard(deadline: int) -> Callable[[], None] | None:
    """What a child runs between fork and exec, so that it never outlives the benchmark: on Linux
    it is killed when the benchmark dies (PR_SET_PDEATHSIG), and on any Unix it ends by itself
    after ``deadline`` seconds (an alarm survives exec; nothing here catches SIGALRM). Built in the
    parent, so that the child only makes two system calls (preexec_fn runs in a forked copy of
    a process with threads: no imports, no locks there)."""
    if os.name != "posix":
        return None
    parent = os.getpid()
    prctl = ctypes.CDLL(None, use_errno=True).prctl if sys.platform.startswith("linux") else None

    def guard() -> None:
        if prctl is not None:
            # The signal comes when the thread that started the child ends: bench runs on the main thread.
            prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
            if os.getppid() != parent:  # the benchmark died before the line above took effect
                os._exit(1)
        signal.alarm(deadline)

    return guard


@dataclass(frozen=True)
class Start:
    visible_ms: float  # to the "visible" line (the "ready" line's time for a child that has none)
    ready_ms: float
    peak_kb: int
    complete_ms: float  # to the "complete" line: the main window with its list (else as ready_ms)


def _start_ms(
    command: list[str], env: dict[str, str], deadline: int = CHILD_DEADLINE, stderr: IO[str] | None = None
) -> tuple[float, int]:
    """Wall time from starting the process to its "ready" line, and its peak memory (kB). The
    child's error output goes to ``stderr`` when given (``--profile`` keeps ``-X importtime``'s)."""
    start = _start(command, env, deadline, stderr)
    return start.ready_ms, start.peak_kb


def _start(
    command: list[str], env: dict[str, str], deadline: int = CHILD_DEADLINE, stderr: IO[str] | None = None
) -> Start:
    """``_start_ms`` with the time of the child's "visible" line too."""
    with tempfile.TemporaryFile("w+") as own:
        errors = stderr if stderr is not None else own
        guard = _child_guard(deadline)
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, env=env, text=True, preexec_fn=guard
        )
        assert process.stdout is not None
        # A start that never gets ready (a message box nobody can click offscreen, a server
        # that does not answer) is stopped rather than waited for for ever.
        watchdog = threading.Timer(START_TIMEOUT, process.kill)
        watchdog.start()
        visible: float | None = None
        elapsed: float | None = None
        complete: float | None = None
        peak = 0
        try:
            for line in process.stdout:
                words = line.split()
                if words[:1] == ["visible"] and visible is None:
                    visible = (time.perf_counter() - started) * 1000
                if words[:1] in (["ready"], ["complete"]):
                    now = (time.perf_counter() - started) * 1000
                    peak = max(peak, int(words[1]) if len(words) > 1 and words[1].isdigit() else 0)
                    if words[0] == "ready":
                        elapsed = now
                    else:
                        complete = now
                        break
            if elapsed is None:
                process.wait()
                said = ""
                if errors.readable():
                    errors.seek(0)
                    said = errors.read()[-2000:]
                raise RuntimeError(f"{' '.join(command)} ended without saying it was ready: {said}")
            process.stdout.close()
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            watchdog.cancel()  # also when the child never said it was ready: no thread left waiting
    process.returncode = os.waitstatus_to_exitcode(status)
    # The child's own figure when it gave one: maxrss would include this process's peak.
    return Start(
        visible_ms=elapsed if visible is None else visible,
        ready_ms=elapsed,
        peak_kb=peak or usage.ru_maxrss,
        complete_ms=elapsed if complete is None else complete,
    )


def _cold_starts(command: list[str], env: dict[str, str], repeat: int) -> list[Start]:
    """A few starts; the first start, which fills the operating system's file cache (and, for
    the application, writes its compiled modules as an installation holds them), is not counted."""
    _start(command, env)
    return [_start(command, env) for _ in range(repeat)]


def _alternated_starts(
    command: list[str], env: dict[str, str], repeat: int
) -> tuple[list[Start], list[Start]]:
    """``repeat`` starts of ``command``, each just after a start of the empty Qt window (a first
    pair, which fills the caches, not counted): the empty windows' and the application's."""
    empty_command, empty_env = [sys.executable, "-c", _EMPTY_WINDOW], _child_env()
    empties: list[Start] = []
    runs: list[Start] = []
    for counted in [False] + [True] * repeat:
        empty, run = _start(empty_command, empty_env), _start(command, env)
        if counted:
            empties.append(empty)
            runs.append(run)
    return empties, runs


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # An installed application runs from compiled modules (the bundle holds them); a checkout
    # told not to write them would compile every module at every start and measure that instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure_empty_window(repeat: int = REPEAT) -> Figure:
    runs = _cold_starts([sys.executable, "-c", _EMPTY_WINDOW], _child_env(), repeat)
    ms, spread = median_and_spread([r.ready_ms for r in runs])
    rss = max(r.peak_kb for r in runs) / 1024
    return Figure(
        what=QCoreApplication.translate("bench", "Empty Qt window, start to shown"),
        database="—",
        app_ms=ms,
        app_spread=spread,
        note=QCoreApplication.translate("bench", "%1 MB peak memory").replace("%1", f"{rss:.0f}"),
    )


def measure_cold_start(
    url: str, name: str, empty: Figure | float | None = None, repeat: int = REPEAT
) -> list[Figure]:
    """The window visible, the first rows and the main window complete, each beside the empty Qt
    window; the first two held to their ratios. ``empty`` (its figure, or its median) is that
    yardstick when given; by default (None) an empty Qt window is started just before each start
    of the application and the figures are set beside those. A yardstick measured once, at the
    beginning of a run, met the PostgreSQL starts minutes later on a machine whose load had
    changed meanwhile: the ratios differed between the databases although the start up to the
    window is the same code on both (issue 20)."""
    env = _child_env()
    env["ONDERNEMERSDESK_DATABASE"] = url
    env[EXIT_WHEN_READY_ENV] = "1"
    main = Path(__file__).resolve().parent.parent / "main.py"
    empty_ms: float | None
    empty_spread: Spread | None
    if empty is None:
        empties, runs = _alternated_starts([sys.executable, str(main)], env, repeat)
        empty_ms, empty_spread = median_and_spread([r.ready_ms for r in empties])
    else:
        runs = _cold_starts([sys.executable, str(main)], env, repeat)
        empty_ms, empty_spread = (
            (empty.app_ms, empty.app_spread) if isinstance(empty, Figure) else (empty, None)
        )
    rss = max(r.peak_kb for r in runs) / 1024

    def figure(what: str, moment: str, target: float | None, note: str) -> Figure:
        ms, spread = median_and_spread([getattr(r, moment) for r in runs])
        return Figure(
            what=what,
            database=name,
            app_ms=ms,
            app_spread=spread,
            engine_ms=empty_ms,
            engine_spread=empty_spread,
            target_ratio=target,
            note=note,
        )

    return [
        figure(
            QCoreApplication.translate("bench", "Cold start: window visible"),
            "visible_ms",
            TARGET_WINDOW_VISIBLE_RATIO,
            QCoreApplication.translate(
                "bench",
                "frame, navigation (its icons right after), search box focused (typing kept); beside an empty Qt window started just before each",
            ),
        ),
        figure(
            QCoreApplication.translate("bench", "Cold start: first rows of the company list"),
            "ready_ms",
            TARGET_FIRST_ROWS_RATIO,
            QCoreApplication.translate(
                "bench",
                "the first screen of the list, read before the database stack is loaded; beside the same empty Qt windows",
            ),
        ),
        figure(
            QCoreApplication.translate("bench", "Cold start: main window complete"),
            "complete_ms",
            None,
            QCoreApplication.translate(
                "bench", "signed in, every page working, the list through the services; %1 MB peak memory"
            ).replace("%1", f"{rss:.0f}"),
        ),
    ]
