"""The one place where failures become dialogs: a person's message, or a crash report.

Domain errors (the user's input, the environment) are shown where they happen, by the
screen concerned. Anything else is a bug: it is logged and shown here with details the
user can copy into a report. The details never hold a value that was typed or stored (a
reporter's name, phone, e-mail): ``models.diagnostics.report`` keeps the traceback's frames, the
database's codes and names, and leaves the values out.
"""

from __future__ import annotations

import logging
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from views.common.screen import fit_to_screen

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        fit_to_screen(self, 640, 420)  # a large scale: what the screen has
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Ondernemersdesk ran into an error it did not expect. What you saved before is safe. "
                "Please copy the details below and send them to your administrator."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.details = QPlainTextEdit(details)
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def details_of(exc: BaseException) -> str:
    from models.diagnostics import report  # at a failure only: the start does without it (issue 20)

    return getattr(exc, "details", None) or report(exc)


# The crash dialogs on screen: one without a parent (a failure before the window is shown) would
# otherwise be deleted with its last Python reference, before anyone could read it.
_shown: list[CrashDialog] = []


def show_bug(exc: BaseException, parent: QWidget | None = None) -> None:
    details = details_of(exc)
    log.error("unexpected error:\n%s", details)
    if QApplication.instance() is not None:
        dialog = CrashDialog(details, parent)
        _shown.append(dialog)
        dialog.finished.connect(lambda _code: _shown.remove(dialog) if dialog in _shown else None)
        dialog.open()


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Installed at start: an uncaught exception in a slot shows the crash dialog, not a dead window."""
    from models.diagnostics import report

    exc.details = report(exc.with_traceback(tb))  # type: ignore[attr-defined]
    show_bug(exc, QApplication.activeWindow())
