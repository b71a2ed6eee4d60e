"""*Herstellen…*: put a backup of the local database file back (models/backups.py).

The backups are listed newest first (when, what kind, how large). Restoring keeps the current
file aside first, runs on the database worker (nothing else touches the file meanwhile), and then
the application opens the file again, as after switching databases: open forms become drafts.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models import backups
from models.errors import DomainError
from views.common.accessibility import name_view
from views.common.text import error_text, format_datetime
from views.common.worker import DatabaseWorker
from views.connection import profiles

if TYPE_CHECKING:
    from views.shell.main_window import MainWindow

log = logging.getLogger(__name__)


def kind_text(kind: str) -> str:
    if kind == backups.ROUTINE:
        return QCoreApplication.translate("RestoreDialog", "daily backup")
    if kind == backups.BEFORE_RESTORE:
        return QCoreApplication.translate("RestoreDialog", "before a restore")
    return QCoreApplication.translate("RestoreDialog", "before an upgrade")


def size_text(size: int) -> str:
    return QCoreApplication.translate("RestoreDialog", "%1 MB").replace(
        "%1", f"{size / 1_000_000:.1f}".replace(".", ",")
    )


def damaged_text(path: Path, problems: list[str]) -> str:
    """What to say of a file the check found damaged (``problems``: what it found), and what to do."""
    text = QCoreApplication.translate(
        "RestoreDialog",
        "The database file %1 is damaged: the check found faults in it. Do not go on working in it. "
        "Restore the last good backup (Help, About Ondernemersdesk: Restore…), or ask your IT department for help.",
    )
    log.warning("the database check found %d faults", len(problems))
    return text.replace("%1", str(path))


class RestoreDialog(QDialog):
    """Choose a backup and restore it. ``restored`` holds where the old file was kept aside."""

    def __init__(self, worker: DatabaseWorker, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert worker.database.path is not None, "only a local file has backups"
        self.worker = worker
        self.window_ = window
        self.path: Path = worker.database.path
        self.restored: Path | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(620)
        intro = QLabel(
            self.tr(
                "Choose the backup to put back. The database as it is now is kept aside first, "
                "so nothing is lost; the application then opens the restored file."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        name_view(self.list, self.tr("Backups"))
        self.list.setObjectName("backups")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.found = backups.backups(self.path)
        for item in self.found:
            row = QTreeWidgetItem(
                [format_datetime(item.made.astimezone()), kind_text(item.kind), size_text(item.size)]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, str(item.path))
            row.setToolTip(0, str(item.path))
            self.list.addTopLevelItem(row)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self.empty = QLabel(self.tr("There are no backups of this database yet."))
        self.empty.setVisible(not self.found)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        # The primary action on the right, as in every form of the application.
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("primary")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.restore_button)
        self.list.currentItemChanged.connect(
            lambda item, _old: self.restore_button.setEnabled(item is not None)
        )
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.restore())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def restore(self) -> None:
        backup, item = self.chosen(), self.list.currentItem()
        if backup is None or item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace the database by the backup of %1? The current file is kept aside first."
            ).replace("%1", item.text(0)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_button.setEnabled(False)
        database, path = self.worker.database, self.path

        def task(_session: Session) -> Path:
            database.dispose()  # the pool's connections go: the copy goes into the file alone
            return backups.restore(path, backup)

        self.worker.run(task, self._restored, self._failed)

    def _restored(self, aside: Path) -> None:
        self.restored = aside
        window = self.window_
        self.accept()
        QMessageBox.information(
            window,
            self.tr("Restored"),
            self.tr("The backup is restored. The database as it was is kept as %1.").replace(
                "%1", str(aside)
            ),
        )
        # Open the file again as after a switch: a fresh sign-in, migration, window and drafts.
        if not window.host.switch_database(profiles.local_profile(str(self.path))):
            window.companies.reload()

    def _failed(self, error: DomainError) -> None:
        self.restore_button.setEnabled(True)
        self.message.setText(error_text(error))
        self.message.setVisible(True)
