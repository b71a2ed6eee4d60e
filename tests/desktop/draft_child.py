"""A child process for tests/desktop/test_drafts_on_exit.py: the application with one form open
and typed in, ended from outside (SIGTERM, SIGKILL) or by ``QApplication.quit()``.

Usage: ``python -m tests.desktop.draft_child DATABASE HOW [START]`` with HOW one of ``wait`` (wait
to be ended from outside) or ``quit`` (quit by itself once the form is typed in). It prints
``typed`` when the form holds the text, then runs the event loop as the application does. START
``main``: the whole start of ``python main.py`` (``bootstrap.run_gui``: the first screen, the
database opened behind it, the main window taking its place) instead of a main window made here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop import bootstrap
from models.db import Database, sqlite_url
from views.common.settings import Settings
from views.common.worker import DatabaseWorker
from views.companies.company_dialogs import CompanyDialog
from views.shell.main_window import MainWindow

TYPED = "Café De Zwaan, terras tot 23.00 uur"


def main(path: Path, how: str) -> int:
    app = bootstrap.make_application(sys.argv[:1])
    database = Database(sqlite_url(path))
    worker = DatabaseWorker(database, user_id=1)
    window = MainWindow(worker, Settings(str(path.with_suffix(".ini"))), "Petra van Dam")
    window.show()
    bootstrap.quit_on_terminate(app)

    def edit() -> None:
        window.open_company(1)

    def when_open() -> None:
        if window.company.record is None or worker.busy:
            QTimer.singleShot(50, when_open)
            return
        window.company.edit_button.click()
        dialog = next(d for d in window.findChildren(CompanyDialog) if d.isVisible())
        dialog.name.setText(TYPED)
        print("typed", flush=True)
        if how == "quit":
            QTimer.singleShot(0, QApplication.quit)

    QTimer.singleShot(0, edit)
    QTimer.singleShot(50, when_open)
    code = app.exec()
    worker.wait()
    database.dispose()
    return code


def type_in_form(window: MainWindow, how: str) -> None:
    """Open the first company's form in ``window`` and type in it; print ``typed``."""

    def when_open() -> None:
        if window.company.record is None or window.worker.busy:
            QTimer.singleShot(50, when_open)
            return
        window.company.edit_button.click()
        dialog = next(d for d in window.findChildren(CompanyDialog) if d.isVisible())
        dialog.name.setText(TYPED)
        print("typed", flush=True)
        if how == "quit":
            QTimer.singleShot(0, QApplication.quit)

    window.open_company(1)
    QTimer.singleShot(50, when_open)


def main_as_started(how: str) -> int:
    """``python main.py`` as it starts (ONDERNEMERSDESK_DATABASE names the file): the form is
    opened once the main window has taken the first screen's place and the application is about
    to run its event loop, where ``bootstrap.quit_on_terminate`` is called."""
    installed = bootstrap.quit_on_terminate

    def then_type(app: QApplication) -> None:
        installed(app)
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        QTimer.singleShot(0, lambda: type_in_form(window, how))

    bootstrap.quit_on_terminate = then_type  # type: ignore[assignment]
    return bootstrap.run_gui(sys.argv[:1])


if __name__ == "__main__":
    if sys.argv[3:] == ["main"]:
        sys.exit(main_as_started(sys.argv[2]))
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
