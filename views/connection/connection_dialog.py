"""Where the application finds its database: the connection profiles dialog.

The local file first, then the team's shared servers; the selected profile's fields on the right,
with messages under the field they concern. "Test connection" runs off the UI thread and says
plainly what is there or what is wrong; an empty server can be set up for first use from here
(the first administrator, optionally after copying the local file into it). When IT fixed the
connection for the computer, only the password can be entered.

The first-use form is views/connection/setup_dialog.py, the password question at start
views/connection/password_dialog.py.

Why close to seven hundred lines: one dialog whose parts (the list of profiles, the fields of the
selected one, the password store, the connection test and what it found, set-up and switching)
all act on the one profile being edited; split further, each part would reach into the others.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError, ValidationError
from views.common import icons
from views.common.accessibility import label_field, name_view
from views.common.banners import ERROR_BANNER_STYLE, GOOD_BANNER_STYLE, INFO_BANNER_STYLE, WARN_BANNER_STYLE
from views.common.forms import FieldRow
from views.common.paths import APP_NAME, default_database_path
from views.common.screen import fit_to_screen
from views.common.settings import DATABASE_URL, Settings
from views.common.text import error_text, field_error_text, security_sentence
from views.common.worker import BackgroundJob
from views.connection import profiles
from views.connection.password_dialog import no_keyring_text
from views.connection.profiles import ConnectionResult, Profile
from views.connection.setup_dialog import SetUpDialog

log = logging.getLogger(__name__)


def ssl_mode_labels() -> dict[str, str]:
    return {
        "disable": QCoreApplication.translate("ConnectionDialog", "Off: not encrypted"),
        "prefer": QCoreApplication.translate("ConnectionDialog", "When the server offers it"),
        "require": QCoreApplication.translate("ConnectionDialog", "Required"),
        "verify-full": QCoreApplication.translate(
            "ConnectionDialog", "Required, with a verified certificate"
        ),
    }


def result_text(result: ConnectionResult) -> str:
    """The plain sentence for a test's outcome, in the user's language."""
    if result.error is not None:
        return error_text(result.error)
    return QCoreApplication.translate(profiles.RESULTS, result.message).format(**result.params)


def display_name(profile: Profile) -> str:
    if profile.is_fixed:
        return QCoreApplication.translate("ConnectionDialog", "Set by IT")
    if profile.is_local:
        return QCoreApplication.translate("ConnectionDialog", "Local file")
    return profile.name


class ConnectionDialog(QDialog):
    """The connection profiles. After ``exec()`` returns Accepted, ``chosen`` and ``password``
    name the connection to use (already remembered as the last one)."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, reason: str = "", current: str = ""
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Connection"))
        self.chosen: Profile | None = None
        self.password: str | None = None
        self.last_result: ConnectionResult | None = None
        self._job: BackgroundJob | None = None
        self._finished_job: BackgroundJob | None = None
        self._on_done: Callable[[Any, DomainError | None], None] = lambda _result, _error: None
        self._tested: tuple[Any, ...] | None = None  # what the last result is about
        self._connect_after_test = False
        self.keyring = profiles.keyring_available()
        self.preset = profiles.preset_profile(settings)
        self.profiles = [self.preset] if self.preset else profiles.load_profiles(settings)
        self._shown: Profile | None = None

        outer = QVBoxLayout(self)
        self.banner = QLabel(reason)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_BANNER_STYLE)
        self.banner.setVisible(bool(reason))
        self.banner.setObjectName("reason")
        outer.addWidget(self.banner)

        body = QHBoxLayout()
        body.setSpacing(16)
        outer.addLayout(body, 1)

        # -- the list
        left = QVBoxLayout()
        self.list = QListWidget()
        name_view(self.list, self.tr("Connections"))
        self.list.setObjectName("profiles")
        self.list.setFixedWidth(220)
        self.list.currentRowChanged.connect(self._selected)
        left.addWidget(self.list, 1)
        list_buttons = QHBoxLayout()
        self.new_button = QPushButton(icons.icon("mdi6.plus"), self.tr("New"))
        self.new_button.setToolTip(self.tr("Add a shared server"))
        self.new_button.clicked.connect(self.new_profile)
        self.delete_button = QPushButton(icons.icon("mdi6.delete-outline"), self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_profile)
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        left.addLayout(list_buttons)
        list_box = QWidget()
        list_box.setLayout(left)
        body.addWidget(list_box)
        list_box.setVisible(self.preset is None)

        # -- the fields
        right = QVBoxLayout()
        self.fixed_note = QLabel()
        self.fixed_note.setWordWrap(True)
        self.fixed_note.setStyleSheet(INFO_BANNER_STYLE)
        self.fixed_note.setVisible(False)
        right.addWidget(self.fixed_note)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.rows: dict[str, FieldRow] = {}
        self.captions: dict[str, QLabel] = {}
        self.name = self._line("name", self.tr("Name"))
        path_box = QWidget()
        path_layout = QHBoxLayout(path_box)
        path_layout.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit()
        self.path.setObjectName("path")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        path_layout.addWidget(self.path, 1)
        path_layout.addWidget(choose)
        self._add("path", self.tr("Database file"), path_box, self.path)
        self.host = self._line("host", self.tr("Server"), self.tr("For example db.gemeente.nl or 10.1.2.3"))
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(profiles.DEFAULT_PORT)
        self.port.setMaximumWidth(110)
        self._add("port", self.tr("Port"), self.port)
        self.database = self._line("database", self.tr("Database"))
        self.user = self._line("user", self.tr("Login"))
        self.rule = profiles.encryption_rule(settings)
        ssl_box = QWidget()
        ssl_layout = QVBoxLayout(ssl_box)
        ssl_layout.setContentsMargins(0, 0, 0, 0)
        ssl_layout.setSpacing(4)
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("sslmode")
        for mode, text in ssl_mode_labels().items():
            if self.rule.allows(mode):  # IT's rule leaves only the encrypted choices
                self.sslmode.addItem(text, mode)
        ssl_layout.addWidget(self.sslmode)
        self.ssl_note = QLabel(self.tr("Required by your IT department for this computer."))
        self.ssl_note.setObjectName("muted")
        self.ssl_note.setVisible(self.rule.required)
        ssl_layout.addWidget(self.ssl_note)
        self._add("sslmode", self.tr("Encryption (SSL)"), ssl_box, self.sslmode)
        password_box = QWidget()
        password_layout = QVBoxLayout(password_box)
        password_layout.setContentsMargins(0, 0, 0, 0)
        password_layout.setSpacing(4)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(500)
        self.remember = QCheckBox(self.tr("Remember in the password store"))
        self.remember.setObjectName("remember")
        self.remember.setChecked(self.keyring)
        self.remember.setEnabled(self.keyring)
        password_layout.addWidget(self.password_edit)
        password_layout.addWidget(self.remember)
        self.keyring_note = QLabel(no_keyring_text())
        self.keyring_note.setObjectName("muted")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(not self.keyring)
        password_layout.addWidget(self.keyring_note)
        self._add("password", self.tr("Password"), password_box, self.password_edit)
        right.addLayout(self.form)
        right.addStretch(1)

        # -- the outcome of a test
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setVisible(False)
        right.addWidget(self.busy)
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setVisible(False)
        right.addWidget(self.outcome)
        body.addLayout(right, 1)

        for editor in (self.name, self.path, self.host, self.database, self.user, self.password_edit):
            editor.textEdited.connect(self._edited)
        self.port.valueChanged.connect(self._edited)
        self.sslmode.currentIndexChanged.connect(self._edited)

        # -- the buttons
        buttons = QHBoxLayout()
        self.test_button = QPushButton(icons.icon("mdi6.lan-check"), self.tr("Test connection"))
        self.test_button.clicked.connect(self.test)
        self.setup_button = QPushButton(icons.icon("mdi6.database-plus"), self.tr("Set up this database…"))
        self.setup_button.setVisible(False)
        self.setup_button.clicked.connect(self.set_up)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setObjectName("primary")
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.connect_to)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.setup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.connect_button)
        outer.addLayout(buttons)

        fit_to_screen(self, 860, 560)  # a large scale: what the screen has
        self._fill_list()
        wanted = current or profiles.last_profile(settings).name
        row = next((i for i, p in enumerate(self.profiles) if p.name == wanted), 0)
        self.list.setCurrentRow(row)
        self._selected(row)

    # -- building ---------------------------------------------------------------------------------

    def _line(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        editor = QLineEdit()
        editor.setObjectName(name)
        editor.setMaxLength(200)
        editor.setPlaceholderText(placeholder)
        self._add(name, label, editor)
        return editor

    def _add(self, name: str, label: str, widget: QWidget, editor: QWidget | None = None) -> None:
        row = FieldRow(widget)
        if editor is not None:
            row.editor = editor  # the error border goes on the input, not on its box
        self.rows[name] = row
        caption = QLabel(label)
        label_field(caption, editor or widget)
        self.captions[name] = caption
        self.form.addRow(caption, row)

    def _show_row(self, name: str, visible: bool) -> None:
        self.rows[name].setVisible(visible)
        self.captions[name].setVisible(visible)

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for profile in self.profiles:
            icon = "mdi6.laptop" if profile.is_local else "mdi6.server-network"
            item = QListWidgetItem(icons.icon(icon, color="#5f6673"), display_name(profile))
            self.list.addItem(item)
        self.list.blockSignals(False)

    # -- the selected profile -----------------------------------------------------------------------

    @property
    def profile(self) -> Profile:
        return self.profiles[max(self.list.currentRow(), 0)]

    def _selected(self, row: int) -> None:
        if self._shown is not None and self._shown in self.profiles:
            self._take(self._shown)
        if row < 0:
            return
        profile = self.profiles[row]
        self._shown = None  # while its fields are filled in, nothing is taken back from them
        self.clear_errors()
        self.name.setText(display_name(profile) if profile.is_local else profile.name)
        self.name.setReadOnly(profile.is_local or profile.is_fixed)
        self.path.setText(str(profile.file()) if profile.is_local else "")
        self.host.setText(profile.host)
        self.port.setValue(profile.port)
        self.database.setText(profile.database)
        self.user.setText(profile.user)
        self.sslmode.setCurrentIndex(max(self.sslmode.findData(profile.sslmode), 0))
        stored = profiles.stored_password(profile) if self.keyring else None
        self.password_edit.setText(stored or "")
        self._shown = profile
        self.remember.setChecked(self.keyring)
        server = not profile.is_local
        for name in ("host", "port", "database", "user", "sslmode"):
            self._show_row(name, server and not profile.is_fixed)  # IT's address is in the note above
        self._show_row("path", profile.is_local and not profile.is_fixed)
        self._show_row("password", server)
        self._show_row("name", server and not profile.is_fixed)
        if profile.is_fixed:
            self.fixed_note.setText(
                self.tr("Your IT department fixed the connection for this computer (%1): %2")
                .replace("%1", self.settings.locked_by(DATABASE_URL))
                .replace(
                    "%2", profiles.url(profile).split("?")[0] if profile.is_local else self._where(profile)
                )
                + (" " + self.tr("Only your password can be entered here.") if server else "")
            )
        self.fixed_note.setVisible(profile.is_fixed)
        self.delete_button.setEnabled(server and not profile.is_fixed)
        self._show_outcome(None)
        if server and not profile.is_fixed and not profile.host:
            self.name.setFocus() if not profile.name else self.host.setFocus()

    @staticmethod
    def _where(profile: Profile) -> str:
        return f"{profile.user}@{profile.host}:{profile.port}/{profile.database}"

    def _take(self, profile: Profile) -> None:
        """Copy what is typed into the profile (kept while the dialog is open, also when not valid)."""
        if profile.is_fixed:
            return
        if profile.is_local:
            typed = self.path.text().strip()
            profile.path = "" if typed == str(default_database_path()) else typed
            return
        profile.name = self.name.text()
        profile.host = self.host.text()
        profile.port = self.port.value()
        profile.database = self.database.text()
        profile.user = self.user.text()
        profile.sslmode = str(self.sslmode.currentData())
        item = self.list.item(self.profiles.index(profile))
        if item is not None:
            item.setText(profile.name.strip() or self.tr("(no name)"))

    def _edited(self, *_args: object) -> None:
        if self._shown is not None:
            self._take(self._shown)
        if self.last_result is not None and not self.busy.isVisible():
            self._show_outcome(None)  # the last test was about what was there before

    def new_profile(self) -> None:
        if self._shown is not None:
            self._take(self._shown)
        taken = {p.name.strip().lower() for p in self.profiles}
        base = self.tr("Shared server")
        name, number = base, 2
        while name.lower() in taken:
            name, number = f"{base} {number}", number + 1
        profile = Profile(name, profiles.SERVER, user=getpass.getuser())
        self.profiles.append(profile)
        self._fill_list()
        self._shown = None
        self.list.setCurrentRow(len(self.profiles) - 1)
        self.host.setFocus()

    def delete_profile(self) -> None:
        profile = self.profile
        if profile.is_local or profile.is_fixed:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete connection"),
            self.tr(
                'Delete the connection "%1"? Its remembered password is removed as well; '
                "the database on the server is not touched."
            ).replace("%1", profile.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        profiles.forget_password(profile)
        index = self.profiles.index(profile)
        self.profiles.remove(profile)
        self._shown = None
        self._fill_list()
        self.list.setCurrentRow(min(index, len(self.profiles) - 1))
        self._store()

    def choose_file(self) -> None:
        current = self.path.text() or str(self.profile.file())
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            current,
            self.tr("Ondernemersdesk databases (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.path.setText(chosen)
            self._edited()

    # -- checking -----------------------------------------------------------------------------------

    def validated(self) -> Profile | None:
        """The selected profile when its fields can be used; else the messages are shown."""
        profile = self.profile
        self._take(profile)
        self.clear_errors()
        if profile.is_fixed:
            return profile
        try:
            profiles.validate(profile, self.profiles)
        except ValidationError as error:
            first = None
            for item in error.errors:
                row = self.rows.get(item.field)
                if row is not None:
                    row.set_error(field_error_text(item))
                    first = first or row.editor
            if first is not None:
                first.setFocus()
            return None
        return profile

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.set_error(None)

    def _typed_password(self) -> str | None:
        return self.password_edit.text() or None

    # -- testing ------------------------------------------------------------------------------------

    def test(self) -> None:
        profile = self.validated()
        if profile is None or self._job is not None:
            return
        tested = profiles.cleaned(profile)
        password = self._typed_password()
        self._tested = (tested, password)
        rule = self.rule
        self._run(lambda: profiles.test_connection(tested, password, rule), self._test_done)
        self.outcome.setText(self.tr("Connecting…"))
        self.outcome.setStyleSheet(INFO_BANNER_STYLE)
        self.outcome.setVisible(True)

    def _run(self, call: Callable[[], Any], done: Callable[[Any, DomainError | None], None]) -> None:
        self._set_busy(True)
        # No parent and no deleteLater: the dialog keeps the finished thread until the next one,
        # so Python and Qt never both delete it.
        job = BackgroundJob(lambda _job: call())
        self._job, self._on_done = job, done
        job.finished_with.connect(self._job_finished, Qt.ConnectionType.QueuedConnection)
        job.start()

    def _job_finished(self, result: Any, error: DomainError | None) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.wait()
        self._finished_job = job
        self._set_busy(False)
        self._on_done(result, error)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (
            self.test_button,
            self.connect_button,
            self.setup_button,
            self.new_button,
            self.delete_button,
            self.list,
        ):
            widget.setEnabled(not busy)
        if not busy:
            profile = self.profile
            self.delete_button.setEnabled(not profile.is_local and not profile.is_fixed)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _test_done(self, result: ConnectionResult | None, error: DomainError | None) -> None:
        if result is None:
            result = ConnectionResult(profiles.FAILED, "", error=error)
        self._show_outcome(result)
        if self._connect_after_test:
            self._connect_after_test = False
            self._finish_connect(result)

    def _show_outcome(self, result: ConnectionResult | None) -> None:
        self.last_result = result
        if result is None:
            self.outcome.setVisible(False)
            self.setup_button.setVisible(False)
            return
        text = result_text(result)
        if result.server_version:
            text += " " + self.tr("PostgreSQL %1.").replace("%1", result.server_version)
        if result.security is not None:
            text += " " + security_sentence(result.security)
        self.outcome.setText(text)
        if result.state == profiles.FAILED or not result.ok:
            style = ERROR_BANNER_STYLE
        elif (
            result.state in (profiles.EMPTY, profiles.OUTDATED)
            or result.security is not None
            and not result.security.encrypted
        ):
            style = WARN_BANNER_STYLE
        else:
            style = GOOD_BANNER_STYLE
        self.outcome.setStyleSheet(style)
        self.outcome.setVisible(True)
        self.setup_button.setVisible(result.state == profiles.EMPTY and not self.profile.is_local)

    # -- connecting ---------------------------------------------------------------------------------

    def connect_to(self) -> None:
        profile = self.validated()
        if profile is None or self._job is not None:
            return
        current = (profiles.cleaned(profile), self._typed_password())
        if self.last_result is not None and self._tested == current:
            self._finish_connect(self.last_result)
            return
        self._connect_after_test = True
        self.test()

    def _finish_connect(self, result: ConnectionResult) -> None:
        if not result.ok:
            self.connect_button.setFocus()
            return
        profile = self.profile
        if result.state == profiles.EMPTY and not profile.is_local:
            self.outcome.setText(
                result_text(result) + " " + self.tr('Set it up first with "Set up this database…".')
            )
            self.setup_button.setFocus()
            return
        profile_clean = profiles.cleaned(profile)
        index = self.profiles.index(profile)
        self.profiles[index] = profile_clean
        password = self._typed_password()
        if profile_clean.needs_password:
            if password and self.remember.isChecked() and self.keyring:
                if not profiles.store_password(profile_clean, password):
                    QMessageBox.information(self, APP_NAME, no_keyring_text())
            elif not self.remember.isChecked():
                profiles.forget_password(profile_clean)
        self.chosen, self.password = profile_clean, password
        self._store()
        if not profile_clean.is_fixed:
            profiles.remember_last(self.settings, profile_clean)
        self.accept()

    def _store(self) -> None:
        """Keep the profiles that have a name (never a password) in the settings."""
        if self.preset is not None:
            return
        if self._shown is not None and self._shown in self.profiles:
            self._take(self._shown)
        seen: set[str] = set()
        keep: list[Profile] = []
        for profile in self.profiles:
            clean = profiles.cleaned(profile)
            key = clean.name.lower()
            if clean.is_local or (key and key not in seen):
                seen.add(key)
                keep.append(clean)
        profiles.save_profiles(self.settings, keep)

    # -- first use of an empty server ---------------------------------------------------------------

    def set_up(self) -> None:
        profile = self.validated()
        if profile is None or self._job is not None:
            return
        profile = profiles.cleaned(profile)
        password = self._typed_password()
        local = profiles.load_profiles(self.settings)[0].file()
        form = SetUpDialog(profile, local if local.exists() else None, self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        target = self.rule.apply(profiles.url(profile, password))
        if form.copy_local:
            from views.connection.transfer_dialog import TransferDialog  # only ever needed here

            transfer = TransferDialog(profiles.url(profiles.local_profile(str(local))), target, self)
            if transfer.exec() != QDialog.DialogCode.Accepted:
                self.outcome.setText(self.tr("The local file was not copied; the database was not set up."))
                self.outcome.setStyleSheet(WARN_BANNER_STYLE)
                return
        username, full_name, admin_password = form.username, form.full_name, form.admin_password

        def run() -> int:
            from models.db import Database
            from models.setup import set_up_database

            database = Database(target)
            try:
                return set_up_database(
                    database, username=username, full_name=full_name, password=admin_password
                )
            finally:
                database.dispose()

        self.outcome.setText(self.tr("Setting up the database…"))
        self.outcome.setStyleSheet(INFO_BANNER_STYLE)
        self._run(run, lambda result, error: self._set_up_done(profile, username, result, error))

    def _set_up_done(
        self, profile: Profile, username: str, result: object, error: DomainError | None
    ) -> None:
        if error is not None:
            self.outcome.setText(error_text(error))
            self.outcome.setStyleSheet(ERROR_BANNER_STYLE)
            return
        self.setup_button.setVisible(False)
        self._tested = None
        self.last_result = None
        text = self.tr(
            "The database is set up. %1 is its administrator and can add the team's accounts."
        ).replace("%1", username)
        if username != profile.user:
            text += " " + self.tr(
                "To work as the administrator, change the login of this connection to %1."
            ).replace("%1", username)
        self.outcome.setText(text)
        self.outcome.setStyleSheet(GOOD_BANNER_STYLE)

    # -- closing ------------------------------------------------------------------------------------

    def done(self, code: int) -> None:  # QDialog.done: also for Escape and the close button
        if self._job is not None:
            self._job.wait(8000)  # a connection attempt ends within its timeout
        if code != QDialog.DialogCode.Accepted:
            self._store()  # profiles typed are not lost when the dialog is closed
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None:
            self._job.wait(8000)
        super().closeEvent(event)


def ask_switch(window: QWidget, chosen: Profile) -> bool:
    """After another connection was chosen: connect to it now, or at the next start.
    True when the user chose now (the window's host then switches in this process)."""
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ConnectionDialog", "Connection"))
    box.setText(
        QCoreApplication.translate(
            "ConnectionDialog",
            'Switch to "%1" now? Open forms are kept as drafts. Otherwise that connection is used the '
            "next time Ondernemersdesk starts.",
        ).replace("%1", display_name(chosen))
    )
    now = box.addButton(
        QCoreApplication.translate("ConnectionDialog", "Switch now"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("ConnectionDialog", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(now)
    box.exec()
    return box.clickedButton() is now
