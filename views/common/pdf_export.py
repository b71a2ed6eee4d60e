"""Every PDF leaves through here: made on the database worker, previewed, then saved.

Generation happens once, into a temporary file; saving copies it. When the chosen folder
is not writable or the file is open in another program, the user is told so plainly and
can choose again without the document being made again.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.errors import DomainError
from views.common import icons
from views.common.mail_draft import open_mail_draft
from views.common.screen import fit_to_screen
from views.common.text import error_text
from views.common.worker import DatabaseWorker
from views.documents.mail import MailDraft

Build = Callable[[Session, Path], None]
# What an e-mail draft of the document says (to whom, subject, text), read on the worker with it.
Mail = Callable[[Session], MailDraft]


class PdfPreviewDialog(QDialog):
    """Signals:
    ready(): the document is made and shown.
    saved(str): the document was saved at this path.
    """

    ready = Signal()
    saved = Signal(str)

    def __init__(
        self,
        worker: DatabaseWorker,
        title: str,
        file_name: str,
        build: Build,
        parent: QWidget | None = None,
        *,
        mail: Mail | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft: MailDraft | None = None
        self.setWindowTitle(title)
        fit_to_screen(self, 860, 900)  # a page as large as the screen allows, Save as… in view
        self.file_name = file_name
        self._folder = tempfile.TemporaryDirectory(prefix="ondernemersdesk-pdf-")
        self.path = Path(self._folder.name) / file_name
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Preview of the PDF"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(self.tr("Making the document…"))
        self.status.setWordWrap(True)
        self.status.setObjectName("muted")
        self.open_after = QCheckBox(self.tr("Open after saving"))
        self.open_after.setChecked(True)
        self.save_button = QPushButton(icons.icon("mdi6.content-save-outline"), self.tr("Save as…"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        # The document as an e-mail draft, attached, in the mail program (only where it goes by mail).
        self.mail_button = QPushButton(icons.icon("mdi6.email-edit-outline"), self.tr("E-mail draft"))
        self.mail_button.setToolTip(self.tr("A new e-mail in your mail program with this document attached"))
        self.mail_button.setEnabled(False)
        self.mail_button.setVisible(mail is not None)
        self.mail_button.clicked.connect(self.mail_draft)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.open_after)
        buttons.addWidget(close)
        buttons.addWidget(self.mail_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        path = self.path

        def make(session: Session) -> MailDraft | None:
            build(session, path)
            return mail(session) if mail is not None else None

        worker.run(make, self._made, self._failed)

    def _made(self, draft: MailDraft | None) -> None:
        self.draft = draft
        self.mail_button.setEnabled(draft is not None)
        self.document.load(str(self.path))
        pages = self.document.pageCount()
        self.status.setText(self.tr("%Ln page(s). Check the document, then save it.", "", pages))
        self.save_button.setEnabled(True)
        self.ready.emit()

    def _failed(self, error: DomainError) -> None:
        self.status.setText(error_text(error))
        self.status.setStyleSheet("color: #b3261e;")

    def save_as(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(Path(folder) / self.file_name), self.tr("PDF documents (*.pdf)")
        )
        if target:
            self.save_to(Path(target))

    def save_to(self, target: Path) -> bool:
        """Copy the made document; a failure is explained and can be retried at once."""
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            shutil.copyfile(self.path, target)
        except PermissionError:
            self._say(
                self.tr(
                    "Cannot write %1: no permission there, or the file is open in another program. "
                    "Close it or choose another place, and save again."
                ).replace("%1", str(target))
            )
            return False
        except OSError as exc:
            self._say(
                self.tr("Cannot write %1: %2. Choose another place and save again.")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc))
            )
            return False
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved as %1.").replace("%1", str(target)))
        self.saved.emit(str(target))
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return True

    def mail_draft(self) -> Path | None:
        """The document attached to a new e-mail in the mail program; returns the draft's file."""
        if self.draft is None:
            return None
        return open_mail_draft(self, self.draft, self.path)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;")

    def done(self, result: int) -> None:  # closing removes the temporary copy
        self.document.close()
        self._folder.cleanup()
        super().done(result)


def safe_file_name(*parts: str) -> str:
    """``Gespreksverslag Café De Zwaan 2026-11-23.pdf`` without characters file systems refuse."""
    name = " ".join(p for p in parts if p)
    for ch in '<>:"/\\|?*':
        name = name.replace(ch, "-")
    return name.strip() + ".pdf"
