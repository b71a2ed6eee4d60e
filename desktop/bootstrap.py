"""Start-up: from ``python main.py`` to a usable main window, or to the admin command line."""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from models.i18n import ENGLISH, LANGUAGES, set_language, system_language
from views.common import theme
from views.common.app_icon import app_icon
from views.common.application import DesktopApplication
from views.common.garbage import collect_on_main_thread
from views.common.locales import DUTCH_LOCALE, ENGLISH_LOCALE
from views.common.paths import APP_NAME, app_version, default_database_path, resource
from views.common.settings import (
    CONNECTION_LAST,
    CONNECTION_PROFILES,
    DATABASE_URL,
    IDENTITY_LOGO,
    IDENTITY_PRESETS,
    LANGUAGE,
    OFFLINE_WORKING,
    REQUIRE_ENCRYPTION,
    ROOT_CERTIFICATE,
    SYSTEM_HIGH_CONTRAST,
    Settings,
)
from views.common.theme import Theme, apply_theme, current_theme
from views.shell.start_shell import StartShell

if TYPE_CHECKING:
    from models.companies.rows import CompanyRow
    from models.db import Database
    from models.team.services import SignedIn
    from views.common.worker import DatabaseWorker
    from views.connection.profiles import Profile
    from views.shell.main_window import MainWindow

# Nothing of the database stack (SQLAlchemy, the drivers, the services) nor of the main window is
# imported above: the start shows its first screen (views/shell/start_shell.py) with Qt alone, then
# loads the rest while that screen takes what is typed (``preload``), and the functions below
# import what they use. Nor the log file's handler, the crash report and the domain errors
# (desktop/log_file.py opens the log once the first screen shows; ``EarlyRecords`` keeps what is
# logged before). Nor Qt's namespace (``from PySide6.QtCore import Qt``): PySide makes its ~90
# enums at its first use, ~15 ms, which the first screen does without; the functions that need it
# import it. tests/desktop/test_cold_start.py guards it (issue 20).

log = logging.getLogger(__name__)

DATABASE_ENV = DATABASE_URL.env or ""
DESKTOP_FILE = "ondernemersdesk"  # installer/linux/ondernemersdesk.desktop: the taskbar's icon and name
WINDOWS_APP_ID = "Ondernemersdesk.Ondernemersdesk"  # the same in installer/windows/ondernemersdesk.iss


def database_url(settings: Settings | None) -> str:
    """IT's preset wins (the environment variable, then the machine-wide file), then the user's
    last connection profile (with its password from the password store, when one is kept there),
    then the local file. Encrypted when IT requires it (``profiles.EncryptionRule``)."""
    from models.db import sqlite_url
    from views.connection import profiles

    if os.environ.get(DATABASE_ENV) or settings is None:
        address = os.environ.get(DATABASE_ENV) or sqlite_url(default_database_path())
    else:
        profile = profiles.last_profile(settings)
        address = profiles.url(profile, profiles.stored_password(profile))
    return profiles.encryption_rule(settings).apply(address) if settings is not None else address


def apply_presets(settings: Settings) -> list[str]:
    """Give the identity fields IT preset for this computer to every document; what cannot be used
    (an unreadable logo, a wrong colour) is left out and returned, and logged, so the start goes on."""
    from models.errors import ValidationError
    from models.team import identity

    values: dict[str, object] = {key: settings.get(s) for key, s in IDENTITY_PRESETS.items() if key != "logo"}
    problems: list[str] = []
    logo = settings.get(IDENTITY_LOGO)
    if logo:
        try:
            values["logo"] = Path(logo).expanduser().read_bytes()
        except OSError as exc:
            problems.append(f"identity logo {logo}: {exc.strerror or exc}")
    try:
        identity.set_preset(**values)
    except ValidationError as error:
        problems += [f"identity {e.field}: {e.message.format(**e.params)}" for e in error.errors]
        identity.set_preset(**{k: v for k, v in values.items() if error.for_field(k) is None})
    for problem in problems:
        log.warning("machine-wide setting not used: %s", problem)
    return problems


def identify_application(version: bool = True) -> None:
    """Name, version, icon and taskbar identity; before the QApplication exists where Qt needs it.
    ``version=False``: the start sets the version once its first screen shows (reading it costs
    more than showing that)."""
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_NAME)
    if version:
        QApplication.setApplicationVersion(app_version())
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    if sys.platform == "win32":  # group the taskbar button under our icon, not Python's
        import ctypes

        try:
            ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)  # type: ignore[attr-defined]
        except (AttributeError, OSError):
            log.info("no explicit AppUserModelID on this Windows version")


def interface_language(settings: Settings | None) -> str:
    """The language chosen in the settings, or else the computer's: English on an English
    computer, Dutch on every other (and Dutch when nothing is known)."""
    chosen = settings.get(LANGUAGE).strip().lower() if settings is not None else ""
    if chosen in LANGUAGES:
        return chosen
    return system_language(QLocale.system().name())


TRANSLATORS = "ondernemersdesk-translations"  # the object name of the translators installed here

# The translators installed last: their application, language and the translators themselves.
# Kept here rather than searched for among the application's children: that search made a Python
# object of each child, the application's style among them, whose class and enums cost the first
# screen ~7 ms (issue 20).
_translators: tuple[weakref.ref[QCoreApplication], str, list[QTranslator]] | None = None


def install_translations(app: QCoreApplication, language: str = "nl") -> None:
    """Our own texts and Qt's (for its standard dialogs) in ``language``, the default locale
    for dates and numbers, and the language of what is written without Qt (documents, the
    command line). Called again (the admin command line run twice in one process, as the tests
    do), the translators of another language make way; those of the same one stay."""
    global _translators
    set_language(language)
    QLocale.setDefault(ENGLISH_LOCALE if language == ENGLISH else DUTCH_LOCALE)
    if _translators is not None:
        owner, installed, earlier = _translators
        if owner() is app and all(isValid(t) for t in earlier):
            if installed == language:
                return
            for translator in earlier:
                app.removeTranslator(translator)
                translator.deleteLater()
    translators = []
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"ondernemersdesk_{language}.qm"))):
        translators.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    for translator in translators:
        translator.setObjectName(f"{TRANSLATORS}-{language}")
        app.installTranslator(translator)
    _translators = (weakref.ref(app), language, translators)


def use_translated_dialogs(app: QCoreApplication) -> None:
    """On Linux the platform's file dialog (GTK, a portal) speaks the desktop's language, often
    half English: Qt's own dialog speaks ours (qtbase_nl, completed by our catalogue, or English)."""
    from PySide6.QtCore import Qt  # not before the first screen: see the module's note on Qt

    if sys.platform.startswith("linux"):
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)


def stylesheet() -> str:
    """The standard style sheet at the size it is written for (tests, screenshots, the benchmark);
    the window itself is styled for the user's theme and the system's text size (views.common.theme)."""
    return theme.stylesheet()


def follow_display_settings(app: QApplication, settings: Settings) -> Callable[[], None]:
    """The theme chosen in Weergave and the system's text size; with the theme on "follow the
    system", a change of the system's contrast setting is followed while the window is open.
    The first frame takes the system's contrast of the last start (asking the system makes Qt's
    namespace, ~15 ms): call the function returned once the window shows, which asks the system,
    follows a change made meanwhile and keeps the answer for the next start."""
    apply_theme(app, current_theme(settings), system=settings.get(SYSTEM_HIGH_CONTRAST))

    def follow_the_system() -> None:
        wants = theme.system_wants_high_contrast()
        if wants != settings.get(SYSTEM_HIGH_CONTRAST):
            settings.set(SYSTEM_HIGH_CONTRAST, wants)
            if current_theme(settings) is Theme.SYSTEM:
                apply_theme(app, Theme.SYSTEM, system=wants)

    def confirm() -> None:
        follow_the_system()
        QGuiApplication.styleHints().accessibility().contrastPreferenceChanged.connect(follow_the_system)

    return confirm


def open_database(url: str) -> tuple[Database, SignedIn]:
    """Open, migrate (backing up a local file first) and sign the official in: the server login
    on PostgreSQL, the operating-system account on a local file (see desktop/signing_in.py)."""
    from desktop.signing_in import sign_in_official
    from models.db import Database
    from models.errors import DomainError

    database = Database(url)
    try:
        if database.url.startswith("sqlite+pysqlcipher:"):  # a set taken along: its own official
            from models.offline import sync

            return database, sync.sign_in_local(database)
        official = sign_in_official(database)
    except DomainError:
        database.dispose()
        raise
    return database, official.signed_in


class _Progress(QObject):
    step = Signal(int, int)


def generate_demo(worker: DatabaseWorker, companies: int, parent=None) -> bool:
    """Fill the new database with demonstration data, with progress and cancel."""
    from PySide6.QtWidgets import QProgressDialog

    from models.tools import demo

    dialog = QProgressDialog(
        QCoreApplication.translate("bootstrap", "Creating demonstration data…"),
        QCoreApplication.translate("bootstrap", "Cancel"),
        0,
        companies,
        parent,
    )
    dialog.setWindowTitle(APP_NAME)
    from PySide6.QtCore import Qt  # see the module's note on Qt

    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    progress = _Progress()
    progress.step.connect(lambda done, _total: dialog.setValue(done))
    cancelled = threading.Event()
    dialog.canceled.connect(cancelled.set)
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def finish(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    worker.run(
        lambda _s: demo.generate(
            worker.database, companies, progress=progress.step.emit, is_cancelled=cancelled.is_set
        ),
        lambda summary: finish("ok", summary),
        lambda error: finish("error", error),
    )
    loop.exec()
    dialog.close()
    return "ok" in outcome


# For the benchmark's cold-start figure: print "ready" and quit once the company list shows
# its first rows, the moment a person can start working.
EXIT_WHEN_READY_ENV = "ONDERNEMERSDESK_EXIT_WHEN_READY"


def peak_memory_kb() -> int:
    """This process's peak resident memory so far (Linux: VmHWM, which, unlike getrusage's
    maxrss, does not carry over the parent's peak through fork and exec); 0 where unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _exit_when_ready(app: QApplication, window: MainWindow) -> None:
    model = window.companies.model

    def check() -> None:
        if model.rowCount() == 0 or model.row(0) is not None:
            say_ready()
            print("complete", peak_memory_kb(), flush=True)
            app.quit()

    model.page_loaded.connect(check)
    window.companies.loaded.connect(lambda _count: check())


def connect_at_start(
    settings: Settings, profile: Profile | None = None, password: str | None = None
) -> tuple[Database, SignedIn, bool, bool] | None:
    """Open the last connection profile's database (or ``profile``'s: another one chosen while
    working, see desktop/app.py): the first-run question for a new local file, the password when
    the server asks for one the password store does not hold, and, when connecting fails, the
    connection dialog with the reason on top (never just quit).
    Returns the database, the official signed in, whether demonstration data was asked for and
    whether the import wizard was (the first start's "… of importeer ze");
    None when the user chose to quit (or, switching, to stay on the current database)."""
    from PySide6.QtWidgets import QDialog

    from models.errors import AuthenticationError, DomainError
    from views.common.text import error_text
    from views.connection import profiles
    from views.shell.first_run import FirstRunDialog

    if profile is None:
        profile = profiles.last_profile(settings)
    if not password:
        password = profiles.stored_password(profile)
    remember = False
    rule = profiles.encryption_rule(settings)
    while True:
        with_demo = then_import = False
        if profile.is_local and not profile.file().exists():
            first = FirstRunDialog(profile.file())
            if first.exec() != FirstRunDialog.DialogCode.Accepted:
                return None
            with_demo, then_import = first.with_demo, first.then_import
        try:
            database, signed_in = open_database(rule.apply(profiles.url(profile, password)))
        except DomainError as failure:
            error = rule.explained(failure)
            # Imported only when the connection fails.
            from views.connection.connection_dialog import ConnectionDialog
            from views.connection.password_dialog import PasswordDialog

            reason = error_text(error)
            if profile.needs_password and isinstance(error, AuthenticationError):
                # The server asks for a password, or refused the one given: ask, and try again.
                ask = PasswordDialog(profile, reason=reason if password else "")
                code = ask.exec()
                if code == QDialog.DialogCode.Accepted:
                    password, remember = ask.password, ask.remember_it
                    continue
                if code != PasswordDialog.OTHER:
                    return None
                reason = ""
            dialog = ConnectionDialog(settings, reason=reason, current=profile.name)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
                return None
            profile, remember = dialog.chosen, False
            password = dialog.password or profiles.stored_password(profile)
            continue
        if remember and password:
            profiles.store_password(profile, password)  # only now: it is known to be right
        return database, signed_in, with_demo, then_import


def quit_on_terminate(app: QApplication) -> None:
    """A forced quit (the system shutting down, ``kill``, the terminal closed) ends like Quit
    does, so open forms are kept as drafts (views/common/drafts.py listens to the application's
    quit_requested) instead of vanishing."""
    import signal  # here: its enums cost the first screen ~0.7 ms

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, lambda _signum, _frame: app.quit())
    # Python sees a signal only when it runs: a light timer gives it the chance.
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(500)


def make_application(
    argv: list[str], language: str = "nl", version: bool = True, dialogs: bool = True
) -> DesktopApplication:
    """The application object, named, translated and styled (before any window); ``version``:
    see ``identify_application``; ``dialogs``: ``use_translated_dialogs``, which the start does
    once its first screen shows (it uses Qt's namespace)."""
    identify_application(version)
    app = DesktopApplication(argv)
    collect_on_main_thread(app)  # never a Qt object freed by the worker thread's garbage collection
    app.setWindowIcon(app_icon())
    install_translations(app, language)
    if dialogs:
        use_translated_dialogs(app)
    app.setStyleSheet(stylesheet())
    return app


# What the main window needs beyond the first screen, imported on a thread of its own while the
# first screen takes what is typed: SQLAlchemy, the driver, the services the first rows come through.
# Only ``models`` (never Qt: tests/test_layers.py), so nothing Qt-bound is made off the main thread.
PRELOAD = (
    "desktop.signing_in",
    "models.companies.listing",
    "models.companies.search",
    "models.consultations.services",
    "models.team.identity",
    "models.notify",
)


PRELOAD_WAIT = 3.0  # seconds the import waits for the first rows (a server that does not answer)


class _Loaded(QObject):
    done = Signal()


def preload(
    modules: tuple[str, ...] = PRELOAD, psycopg: bool = False, after: threading.Event | None = None
) -> None:
    """Import ``modules`` on a thread while the event loop keeps the first screen alive (typing,
    moving, repainting); returns when they are in. A module that fails to import here fails again,
    with its error, where it is used. ``after``: begin once it is set (the first rows read), or
    after ``PRELOAD_WAIT`` seconds."""
    from PySide6.QtCore import Qt  # see the module's note on Qt

    loaded = _Loaded()
    loop = QEventLoop()
    loaded.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def load() -> None:
        try:
            if after is not None:
                after.wait(PRELOAD_WAIT)
            for name in (*modules, *(("psycopg",) if psycopg else ())):
                try:
                    importlib.import_module(name)
                except Exception:  # said where it is used, on the main thread
                    log.debug("preloading %s failed", name, exc_info=True)
        finally:
            loaded.done.emit()

    thread = threading.Thread(target=load, name="preload", daemon=True)
    thread.start()
    loop.exec()
    thread.join()


def first_rows_address(settings: Settings) -> str | None:
    """The database the start will open, when that is known without the connection profiles'
    machinery (SQLAlchemy, the password store): IT's preset, or the local file of a computer that
    never chose another. None otherwise (a profile, a set taken along, encryption required): then
    the first rows come with the main window."""
    if (
        settings.get(REQUIRE_ENCRYPTION)
        or settings.get(ROOT_CERTIFICATE).strip()
        or settings.get(OFFLINE_WORKING)
    ):
        return None
    preset = os.environ.get(DATABASE_ENV) or (
        settings.get(DATABASE_URL) if settings.locked_by(DATABASE_URL) else ""
    )
    if preset:
        return preset
    if settings.get(CONNECTION_PROFILES) or settings.get(CONNECTION_LAST) or settings.get(DATABASE_URL):
        return None  # a profile chosen; or an older version's address, which becomes one (load_profiles)
    return f"sqlite:///{default_database_path()}"


class FirstRows(QObject):
    """The first screen of the company list, read on a thread of its own from the start on, while
    the first screen builds and the database stack loads (models/companies/first_rows.py).

    Signals:
        arrived(list): the rows, once (never when they cannot be read this way).
    """

    arrived = Signal(list)

    def __init__(self, address: str | None) -> None:
        super().__init__()
        self.rows: list[CompanyRow] | None = None
        self.done = threading.Event()  # read, or found unreadable this way
        self._thread = threading.Thread(target=self._read, args=(address,), name="first-rows", daemon=True)
        if address:
            self._thread.start()
        else:
            self.done.set()

    def _read(self, address: str) -> None:
        try:
            from models.companies.first_rows import first_rows

            rows = first_rows(address)
            if rows is not None:
                self.rows = rows
                self.arrived.emit(rows)
        finally:
            self.done.set()

    def deliver(self, to: Callable[[list[CompanyRow]], None]) -> None:
        """Give the rows to ``to`` when they come, or now when they came already (``to`` is
        called on the main thread; it may be called twice and takes the first)."""
        from PySide6.QtCore import Qt  # see the module's note on Qt

        self.arrived.connect(to, Qt.ConnectionType.QueuedConnection)
        if self.rows is not None:
            to(self.rows)


_said_ready = False


def say_ready() -> None:
    """For the benchmark's "first rows": print ``ready`` and the peak memory once, when the first
    rows of the company list show (in the first screen or in the main window, whichever first)."""
    global _said_ready
    if _said_ready or not os.environ.get(EXIT_WHEN_READY_ENV):
        return
    _said_ready = True
    QCoreApplication.processEvents()  # the rows painted
    print("ready", peak_memory_kb(), flush=True)


def say_visible(window: StartShell) -> None:
    """For the benchmark's "window visible": once the first screen is exposed with the search
    box focused, print ``visible`` and the peak memory so far."""
    if not os.environ.get(EXIT_WHEN_READY_ENV):
        return
    handle = window.windowHandle()
    while handle is not None and not handle.isExposed():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    QCoreApplication.processEvents()  # the first paint
    print("visible", peak_memory_kb(), flush=True)


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """views.common.errors' hook, imported at the first uncaught exception: its crash dialog's Qt
    classes (a dialog, a button box, a text field) cost the first screen more than they are worth."""
    from views.common.errors import excepthook as show

    show(kind, exc, tb)


class EarlyRecords(logging.Handler):
    """What is logged before the log file is opened (that waits until the first screen shows:
    ``logging.handlers`` and the crash report's module cost more than showing it), kept to be
    written to the log file then, in order."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def hand_to(self, handler: logging.Handler) -> None:
        logging.getLogger().removeHandler(self)
        for record in self.records:
            if record.levelno >= handler.level:
                handler.handle(record)
        self.records.clear()


def run_gui(argv: list[str]) -> int:
    early_records = EarlyRecords()
    logging.getLogger().addHandler(early_records)
    logging.getLogger().setLevel(logging.INFO)
    identify_application(version=False)  # the settings file's place depends on the application's name
    settings = Settings()
    app = make_application(argv, interface_language(settings), version=False, dialogs=False)
    sys.excepthook = excepthook
    follow_the_system = follow_display_settings(app, settings)
    shell = StartShell(settings)
    shell.show()
    say_visible(shell)
    from desktop.log_file import setup_logging

    early_records.hand_to(setup_logging())
    # Once the window shows (a thread started before slowed it by a third on a busy machine), and
    # before the database stack's import, which would compete with it for the interpreter.
    early = FirstRows(first_rows_address(settings))
    # What the first frame did without (Qt's namespace, the icon font), while the rows are read.
    follow_the_system()
    use_translated_dialogs(app)
    shell.show_icons()

    def rows_arrived(rows: list[CompanyRow]) -> None:
        if not shell.abandoned and not shell.handed_over and not shell.companies.rowCount():
            shell.show_rows(rows)
            say_ready()

    early.deliver(rows_arrived)
    preload(psycopg=not (os.environ.get(DATABASE_ENV) or "sqlite").startswith("sqlite"), after=early.done)
    # After the first rows: reading it (importlib.metadata and its e-mail parser) competed with them.
    QApplication.setApplicationVersion(app_version())
    if shell.abandoned:  # closed before anything was opened
        return 0
    from desktop.app import Application
    from views.shell.first_run import DEMO_COMPANIES

    apply_presets(settings)
    application = Application(
        settings, connect_at_start, lambda worker: generate_demo(worker, DEMO_COMPANIES)
    )
    if not application.start():
        return 0
    assert application.window is not None
    if shell.abandoned:
        application.close()
        return 0
    shell.hand_over(application.window)
    quit_on_terminate(app)
    if os.environ.get(EXIT_WHEN_READY_ENV):
        _exit_when_ready(app, application.window)
    code = app.exec()
    application.close()
    return code
