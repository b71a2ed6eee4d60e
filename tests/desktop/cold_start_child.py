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


# Qt classes the first screen does not show, whose Python classes (and their enums) cost the start
# when something makes them: Qt's namespace (its ~90 enums, ~15 ms), the application's style, the
# crash report's dialog.
WATCHED_CLASSES = (
    ("PySide6.QtCore", "Qt"),
    ("PySide6.QtWidgets", "QStyle"),
    ("PySide6.QtWidgets", "QDialog"),
    ("PySide6.QtWidgets", "QDialogButtonBox"),
    ("PySide6.QtWidgets", "QPlainTextEdit"),
)


def loaded() -> list[str]:
    """The watched modules imported and the watched Qt classes made so far (PySide6 makes a class
    when it is first used: until then it is not in its module's namespace)."""
    return [name for name in WATCHED if name in sys.modules] + [
        name for module, name in WATCHED_CLASSES if name in vars(sys.modules[module])
    ]


def main(settings_file: str) -> int:
    app = bootstrap.make_application(sys.argv[:1], version=False, dialogs=False)
    settings = Settings(settings_file)
    follow_the_system = bootstrap.follow_display_settings(app, settings)
    shell = StartShell(settings)
    shell.show()
    QCoreApplication.processEvents()
    print("shell", *loaded(), flush=True)
    early = bootstrap.FirstRows(os.environ[bootstrap.DATABASE_ENV])
    follow_the_system()
    bootstrap.use_translated_dialogs(app)
    shell.show_icons()
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
