"""The application object of the window: a QApplication that says when a quit begins.

Qt closes every open dialog when the application quits (``QApplication.quit()``, SIGTERM, the
session ending), before ``aboutToQuit``: by then an open form is closed and its input looks
cancelled. ``quit_requested`` comes first, while the forms are still open, so they can be kept as
drafts (views/common/drafts.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QApplication


class DesktopApplication(QApplication):
    """Signals:
    quit_requested(): the application is asked to quit; its windows are still open.
    """

    quit_requested = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Quit:
            self.quit_requested.emit()
        return super().event(event)
