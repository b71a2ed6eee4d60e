"""About Ondernemersdesk: which version, under which licence, on which database and schema.

What a helpdesk asks first; "Copy details" puts it all on the clipboard as plain text.
"""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import backups
from models.db import ConnectionSecurity, connection_security
from models.errors import DomainError
from models.migrations import HEAD, current_revision
from views.common.app_icon import app_icon as app_icon  # where it was first; it lives there now
from views.common.paths import APP_NAME, app_version, data_dir
from views.common.screen import ScrollingPane
from views.common.settings import DATABASE_URL, Settings
from views.common.text import error_text, security_text
from views.common.worker import BackgroundJob, DatabaseWorker
from views.shell.restore_dialog import damaged_text

LICENCE = "EUPL-1.2"
LICENCE_URL = "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"


class AboutDialog(QDialog):
    """Signals:
    restore_requested(): the official asked to put a backup back (the window shows the dialog).
    """

    restore_requested = Signal()

    def __init__(
        self,
        worker: DatabaseWorker,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        may_restore: bool = True,
    ) -> None:
        """``may_restore``: the official may put a backup back (an administrator of a local file)."""
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(self.tr("About Ondernemersdesk"))
        self.setMinimumWidth(560)

        picture = QLabel()
        picture.setPixmap(app_icon().pixmap(72, 72))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(APP_NAME)
        title.setObjectName("pageTitle")
        self.version = QLabel(self.tr("Version %1").replace("%1", app_version()))
        purpose = QLabel(
            self.tr("The files of local entrepreneurs, contact moments and agreements, for the municipality.")
        )
        purpose.setObjectName("muted")
        purpose.setWordWrap(True)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        for label in (title, self.version, purpose):
            heading.addWidget(label)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(picture)
        top.addLayout(heading, 1)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.licence = QLabel(f'<a href="{LICENCE_URL}">{LICENCE}</a>')
        self.licence.setOpenExternalLinks(True)
        self.licence.setToolTip(self.tr("European Union Public Licence 1.2"))
        database = worker.database.display_name
        locked = settings.locked_by(DATABASE_URL)
        self.database = self._value(database)
        self.database.setWordWrap(True)
        if locked:
            self.database.setText(
                database
                + "<br><small>"
                + self.tr("Set by your IT department (%1)").replace("%1", locked)
                + "</small>"
            )
        self.schema = self._value(self.tr("reading…"))
        self.security = self._value(
            self.tr("local file, no network") if worker.database.is_sqlite else self.tr("reading…")
        )
        machine = settings.machine_path
        self.machine = self._value(
            str(machine) if machine.is_file() else self.tr("%1 (not present)").replace("%1", str(machine))
        )
        self.machine.setWordWrap(True)
        self.components = self._value(
            f"Qt {qVersion()} · PySide6 {pyside_version} · Python {platform.python_version()}"
        )
        rows = (
            (self.tr("Licence"), self.licence),
            (self.tr("Database"), self.database),
            (self.tr("Schema version"), self.schema),
            (self.tr("Connection"), self.security),
            (self.tr("Data folder"), self._value(str(data_dir()))),
            (self.tr("Your settings"), self._value(settings.path)),
            (self.tr("Settings for this computer"), self.machine),
            (self.tr("Components"), self.components),
        )
        for text, widget in rows:
            form.addRow(text, widget)
        self._rows = rows
        # A local file: a full check of the file, and putting a backup back.
        self.check_button: QPushButton | None = None
        self.restore_button: QPushButton | None = None
        self.check_result = self._value("")
        self.check_result.setWordWrap(True)
        self.check_result.setVisible(False)
        self._check_job: BackgroundJob | None = None
        if worker.database.path is not None and not worker.database.encrypted:
            care = QHBoxLayout()
            self.check_button = QPushButton(self.tr("Check the database"))
            self.check_button.setToolTip(self.tr("A full check of the file for damage (integrity check)"))
            self.check_button.setAutoDefault(False)
            self.check_button.clicked.connect(self.check_database)
            care.addWidget(self.check_button)
            if may_restore:
                self.restore_button = QPushButton(self.tr("Restore…"))
                self.restore_button.setToolTip(self.tr("Put a backup of this database back"))
                self.restore_button.setAutoDefault(False)
                self.restore_button.clicked.connect(self.show_restore)
                care.addWidget(self.restore_button)
            care.addStretch(1)
            form.addRow(self.tr("Maintenance"), care)
            form.addRow("", self.check_result)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setDefault(True)
        self.copy = QPushButton(self.tr("Copy details"))
        self.copy.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy.setToolTip(self.tr("For a question to the helpdesk (Ctrl+C)"))
        self.copy.setAutoDefault(False)
        self.copy.clicked.connect(self.copy_details)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addLayout(top)
        # The details scroll when the screen is low (a large scale), the buttons stay in view.
        details = QWidget()
        details.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(ScrollingPane(details), 1)
        layout.addWidget(buttons)

        self.worker.run(
            lambda _s: current_revision(self.worker.database), self._schema_read, self._schema_failed
        )
        if not worker.database.is_sqlite:
            self.worker.run(
                connection_security,
                self._security_read,
                lambda error: self.security.setText(error_text(error)),
            )

    def check_database(self) -> None:
        """SQLite's full integrity check, off the UI thread (it reads the whole file)."""
        path = self.worker.database.path
        assert path is not None and self.check_button is not None
        self.check_button.setEnabled(False)
        self.check_result.setText(self.tr("Checking the database…"))
        self.check_result.setVisible(True)
        self._check_job = BackgroundJob(lambda _job: backups.integrity_problems(path, quick=False), self)
        self._check_job.finished_with.connect(self._checked)
        self._check_job.start()

    def _checked(self, problems: list[str] | None, error: DomainError | None) -> None:
        assert self.check_button is not None and self.worker.database.path is not None
        self.check_button.setEnabled(True)
        if error is not None:
            self.check_result.setText(error_text(error))
        elif problems:
            self.check_result.setText(damaged_text(self.worker.database.path, problems))
            self.check_result.setStyleSheet("color: #8c1d18;")
        else:
            self.check_result.setText(self.tr("The database is in good order: the check found no damage."))

    def show_restore(self) -> None:
        """The window shows the restore dialog (this one closes: the window may be replaced)."""
        self.accept()
        self.restore_requested.emit()

    def done(self, result: int) -> None:
        if self._check_job is not None:
            self._check_job.wait()  # before the dialog (the job's parent) goes
        super().done(result)

    def _value(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _security_read(self, security: ConnectionSecurity | None) -> None:
        text = security_text(security)
        self.security.setText(text[:1].upper() + text[1:])

    def _schema_read(self, revision: str | None) -> None:
        if revision == HEAD:
            self.schema.setText(self.tr("%1 (up to date)").replace("%1", revision))
        else:
            self.schema.setText(revision or self.tr("none"))

    def _schema_failed(self, error: DomainError) -> None:
        self.schema.setText(error_text(error))

    def details(self) -> str:
        lines = [f"{APP_NAME} {app_version()}"]
        for text, widget in self._rows:
            value = widget.text()
            if widget is self.licence:
                value = LICENCE
            elif widget is self.database:
                value = value.replace("<br><small>", " — ").replace("</small>", "")
            lines.append(f"{text}: {value}")
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
