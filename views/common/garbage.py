"""Python's cyclic garbage is collected on the main thread only.

CPython's automatic collector runs in whichever thread happens to allocate past its threshold: the
database worker (a task builds thousands of objects), a background job, the live-update listener.
A reference cycle that holds a Qt object (a closed dialog whose slots refer to it, a window and the
worker's last operation) is then freed on that thread: a widget destroyed off the GUI thread, and a
segfault in Qt, then or some time later. So the automatic collector is switched off and its own rule
(the same thresholds, the same generations) is applied on the main thread: by a timer while the
event loop runs, and by anyone on the main thread who calls ``collect_due`` (the tests, between tests).

This is what Anki and others do for the same reason; it changes when garbage is collected, never
whether: a cycle waits at most one tick of the timer longer.
"""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

INTERVAL_MS = 500


def collect_due() -> int:
    """On the main thread: the collection the automatic collector would have made by now (none when
    no threshold is passed), the oldest generation whose threshold is passed. Returns what it freed."""
    assert threading.current_thread() is threading.main_thread(), "collect garbage on the main thread"
    thresholds, counts = gc.get_threshold(), gc.get_count()
    if counts[0] <= thresholds[0]:
        return 0
    generation = 0
    for older in (1, 2):
        if counts[older] > thresholds[older]:
            generation = older
    return gc.collect(generation)


class MainThreadCollector(QObject):
    """Switches the automatic collector off and collects on the main thread while it lives (give it
    the application as parent). ``stop`` switches the automatic collector back on."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        assert threading.current_thread() is threading.main_thread(), "made on the main thread"
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()
        gc.disable()

    def collect(self) -> int:
        return collect_due()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


# The collector installed, and its application. Kept here rather than searched for among the
# application's children: that search made a Python object of each child, the application's style
# among them, whose class and its hundred enums cost the start ~7 ms (issue 20).
_installed: tuple[weakref.ref[QObject], MainThreadCollector] | None = None


def collect_on_main_thread(app: QObject) -> MainThreadCollector:
    """Install the collector on the application; asked again (the admin command line run twice in
    one process, as the tests do), the one there already."""
    global _installed
    if _installed is not None:
        owner, collector = _installed
        if owner() is app and isValid(collector):
            gc.disable()
            return collector
    collector = MainThreadCollector(app)
    _installed = (weakref.ref(app), collector)
    return collector
