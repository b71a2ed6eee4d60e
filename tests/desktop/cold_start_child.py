"""A child process for tests/desktop/test_cold_start.py: the start of ``python main.py`` step by
step (desktop/bootstrap.py ``run_gui``), printing after each step which of the modules a start
should not need are loaded.

Usage: ``python -m tests.desktop.cold_start_child SETTINGS.ini`` with ``ONDERNEMERSDESK_DATABASE``
set to a migrated database. Prints ``shell …`` once the first screen shows, ``rows …`` once it
shows the first rows of the company list (read before the database stack loads), then
``window …`` once the main window's company list shows its first rows.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

from desktop import bootstrap
from views.common.settings import Settings
from views.shell.start_shell import StartShell

WATCHED = (
    "sqlalchemy",
    "psycopg",
    "qtawesome",
    "qtpy",
    "reportlab",
    "alembic",
    "keyring",
    "rapidfuzz",
    "phonenumbers",
    "openpyxl",
    "xlsxwriter",
    # Not needed to paint the first frame either: the log file, the crash report, the domain errors.
    "logging.handlers",
    "models.diagnostics",
    "models.errors",
    "xml.etree",
)


def loaded() -> list[str]:
    return [name for name in WATCHED if name in sys.modules]


def main(settings_file: str) -> int:
    bootstrap.make_application(sys.argv[:1])
    settings = Settings(settings_file)
    shell = StartShell(settings)
    shell.show()
    QCoreApplication.processEvents()
    print("shell", *loaded(), flush=True)
    early = bootstrap.FirstRows(os.environ[bootstrap.DATABASE_ENV])
    early.deliver(shell.show_rows)
    deadline = QDeadlineTimer(60_000)
    while not shell.companies.rowCount() and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    print("rows", *loaded(), flush=True)
    print("first", shell.companies.item(0, 0).text() if shell.companies.rowCount() else "", flush=True)
    bootstrap.preload()
    from desktop.app import Application

    application = Application(settings, bootstrap.connect_at_start)
    if not application.start() or application.window is None:
        return 1
    shell.hand_over(application.window)
    model = application.window.companies.model
    deadline = QDeadlineTimer(60_000)
    while not (model.rowCount() and model.row(0) is not None) and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    print("window", *loaded(), flush=True)
    application.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
