"""The application object: one database at a time, with its worker, its live updates and the
main window on them; another database is opened in the same process.

The main window talks to this object through ``views.shell.host.Host`` (views never import
desktop). Start-up (desktop/bootstrap.py) makes it, handing in how a database is connected to
(the first-run question, the password, the connection dialog when it fails) and how
demonstration data are made, so this module needs nothing of bootstrap's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models.db import Database
from models.errors import DomainError
from models.team.services import SignedIn
from views.common.live import LiveUpdates
from views.common.settings import BACKUPS_KEPT, Settings
from views.common.text import error_text
from views.common.worker import BackgroundJob, DatabaseWorker
from views.connection.profiles import Profile
from views.shell.main_window import MainWindow

if TYPE_CHECKING:
    from models.privacy.services import RetentionStep

# The import wizard, the privacy services (retention), the backups and the restore dialog are
# imported where they are used, after the window shows: a start pays only for its first screen.

log = logging.getLogger(__name__)

# the database, the official signed in, demo data asked for, the import wizard asked for
Opened = tuple[Database, SignedIn, bool, bool]
# Connect to ``profile`` (None: the last one used) with ``password`` (None: the stored one);
# None when the user gave up (quit at the start, cancelled a switch).
Connect = Callable[[Settings, Profile | None, str | None], Opened | None]
FillDemo = Callable[[DatabaseWorker], object]


class Application(QObject):
    """Owns the open database, the one worker every task runs on, the live updates and the
    main window; implements ``views.shell.host.Host``."""

    def __init__(self, settings: Settings, connect: Connect, fill_demo: FillDemo | None = None) -> None:
        super().__init__()
        self.settings = settings
        self._connect = connect
        self._fill_demo = fill_demo
        self.database: Database | None = None
        self.window: MainWindow | None = None
        self._worker: DatabaseWorker | None = None
        self._signed_in: SignedIn | None = None
        self._live: LiveUpdates | None = None
        self._retention: BackgroundJob | None = None
        self._care: BackgroundJob | None = None
        self._care_timer: QTimer | None = None

    # -- Host ------------------------------------------------------------------------------------

    @property
    def worker(self) -> DatabaseWorker:
        assert self._worker is not None, "no database open"
        return self._worker

    @property
    def signed_in(self) -> SignedIn | None:
        return self._signed_in

    @property
    def live(self) -> LiveUpdates:
        assert self._live is not None, "no database open"
        return self._live

    def switch_database(self, profile: Profile, password: str | None = None) -> bool:
        """Open ``profile``'s database first (so a failure leaves this one working), then close
        this one and show the window on the other."""
        opened = self._connect(self.settings, profile, password)
        if opened is None:
            return False
        app = QApplication.instance()
        quit_on_close = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # the window closes, the application stays
        try:
            if not self.close():
                opened[0].dispose()
                return False
            self.open(*opened)
        finally:
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(quit_on_close)
        log.info("switched to %s", opened[0].display_name)
        return True

    def window_closed(self, window: MainWindow) -> None:
        if self._live is not None:
            self._live.stop()

    # -- opening and closing ---------------------------------------------------------------------

    def start(self) -> bool:
        """Connect to the last database used and show the window; False when the user quit."""
        opened = self._connect(self.settings, None, None)
        if opened is None:
            return False
        self.open(*opened)
        return True

    def open(
        self, database: Database, signed_in: SignedIn, with_demo: bool = False, then_import: bool = False
    ) -> MainWindow:
        """A worker, live updates and a window on an opened (migrated, signed-in) database."""
        self.database, self._signed_in = database, signed_in
        self._worker = DatabaseWorker(database, signed_in.user_id)
        if with_demo and self._fill_demo is not None:
            self._fill_demo(self._worker)
        self._live = LiveUpdates(database, self)
        self._live.start()
        self.window = MainWindow(self._worker, self.settings, signed_in.full_name, signed_in, host=self)
        self.window.show()
        if then_import:  # the first start's "… of importeer ze"
            from views.importing.import_wizard import open_import

            open_import(self._worker, self.window, self._imported)
        # A set taken along is neither cleaned up nor backed up here: a deletion would be a change
        # to send, a plain copy would be unencrypted; the server keeps both (docs/offline-sync.md).
        if database.is_sqlite and not database.encrypted:
            self._start_retention(database)
            # A little after the window shows: the start (and its benchmark) is not slowed by it.
            self._care_timer = QTimer(self)
            self._care_timer.setSingleShot(True)
            self._care_timer.timeout.connect(lambda: self._start_file_care(database))
            self._care_timer.start(self.FILE_CARE_DELAY_MS)
        return self.window

    FILE_CARE_DELAY_MS = 5000

    def _start_file_care(self, database: Database) -> None:
        """A local file: SQLite's quick check at open (a damaged file is said at once, with what
        to do) and, when it is sound, the day's backup (the last N kept), off the UI thread."""
        if database.path is None or database is not self.database:
            return
        path, keep = database.path, self.settings.get(BACKUPS_KEPT)
        job = BackgroundJob(lambda job: file_care(path, keep, job.cancelled.is_set), self)
        job.finished_with.connect(self._file_cared)
        self._care = job
        job.start()

    def _file_cared(self, result: object, error: object) -> None:
        if isinstance(error, DomainError):
            log.warning("the daily backup failed: %s", type(error).__name__)
            if self.window is not None:
                self.window.statusBar().showMessage(
                    QCoreApplication.translate("Application", "No backup was made today: %1").replace(
                        "%1", error_text(error)
                    )
                )
            return
        if isinstance(result, FileCare) and result.problems and self.window is not None and self.database:
            from views.shell.restore_dialog import damaged_text

            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Application", "The database file is damaged"),
                damaged_text(result.path, result.problems),
            )

    def _imported(self, _number: int) -> None:
        if self.window is not None:
            self.window.companies.reload()

    def _start_retention(self, database: Database) -> None:
        """A local file's daily retention run, off the UI thread: nobody else runs it for a file on a
        laptop (on a server IT schedules ``admin retention``)."""
        job = BackgroundJob(lambda _job: retention_at_start(database), self)
        job.finished_with.connect(_retention_finished)
        self._retention = job
        job.start()

    def close(self) -> bool:
        """Close the window (unsaved forms become drafts), stop listening, let the worker finish
        its tasks and dispose the engine. False when the window stayed open."""
        window, self.window = self.window, None
        if window is not None:
            if window.isVisible() and not window.close():
                self.window = window
                return False
            window.deleteLater()
        if self._live is not None:
            self._live.stop()
            self._live.deleteLater()
            self._live = None
        if self._retention is not None:
            self._retention.wait()  # before the engine it writes with is disposed
            self._retention.deleteLater()
            self._retention = None
        if self._care_timer is not None:
            self._care_timer.stop()
            self._care_timer = None
        if self._care is not None:
            self._care.cancelled.set()  # a check or copy of a large file is not worth waiting for
            self._care.wait()
            self._care.deleteLater()
            self._care = None
        if self._worker is not None:
            self._worker.wait()
            self._worker = None
        if self.database is not None:
            self.database.dispose()
            self.database = None
        self._signed_in = None
        return True


@dataclass(frozen=True, kw_only=True)
class FileCare:
    path: Path
    problems: list[str]  # what the quick check found; [] when the file is sound
    backup: Path | None  # the day's backup, None when there was one today already (or damage)


def file_care(path: Path, keep: int, cancelled: Callable[[], bool] = lambda: False) -> FileCare | None:
    """The quick check, then the day's backup, only of a sound file: a damaged one would push the
    last good copies out. None when cancelled (the application closed first)."""
    from models import backups

    try:
        problems = backups.integrity_problems(path, quick=True, cancelled=cancelled)
        made = None if problems else backups.routine_backup(path, keep, cancelled=cancelled)
    except backups.Cancelled:
        return None
    return FileCare(path=path, problems=problems, backup=made)


def retention_at_start(database: Database) -> list[RetentionStep] | None:
    """Anonymise and remove what is past its retention period, at most once a day; None when it ran
    today already. Run as the application itself (no official): the privacy log says so."""
    from models.privacy import services as privacy

    with database.session() as session:
        if not privacy.retention_due(session):
            return None
        steps = privacy.run_retention(session)
        session.commit()
    return steps


def _retention_finished(result: object, error: object) -> None:
    if error is not None:
        log.warning("the daily retention run failed: %s", type(error).__name__)
    elif isinstance(result, list):
        log.info("daily retention run: %d records anonymised or removed", sum(s.count for s in result))
