"""E-mail drafts leave through here: written as an ``.eml`` file with the PDF attached
(``views.documents.mail``) and opened in the default mail program. When no mail program takes it,
the official is told so, shown the folder with the draft and given the text to copy."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from views.common import icons
from views.common.paths import data_dir
from views.common.screen import fit_to_screen
from views.documents.mail import MailDraft, write_draft


def drafts_folder() -> Path:
    """Kept in the user's data folder, not a temporary one: the mail program reads the file after
    this returns, and an official may attach it by hand later."""
    return data_dir() / "E-mailconcepten"


def open_mail_draft(parent: QWidget, draft: MailDraft, pdf: Path) -> Path:
    """Write the draft with ``pdf`` attached and open it; returns the ``.eml`` file."""
    eml = write_draft(draft, pdf, drafts_folder())
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(eml))):
        # The document beside the draft, to attach by hand to a mail written elsewhere.
        shutil.copyfile(pdf, eml.with_suffix(".pdf"))
        dialog = NoMailProgramDialog(draft, eml, parent)
        dialog.open()
    return eml


class NoMailProgramDialog(QDialog):
    """No program opened the draft: where it is, and the text to copy into any mail."""

    def __init__(self, draft: MailDraft, eml: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-mail draft"))
        self.eml, self.draft = eml, draft
        explanation = QLabel(
            self.tr(
                "No mail program opened the draft. It is saved as %1 with the document attached: open it "
                "from the folder, or copy the text below into a new e-mail to %2 and attach %3."
            )
            .replace("%1", eml.name)
            .replace("%2", draft.to or self.tr("the recipient"))
            .replace("%3", eml.with_suffix(".pdf").name)
        )
        explanation.setWordWrap(True)
        self.text = QPlainTextEdit(f"{draft.subject}\n\n{draft.body}")
        self.text.setAccessibleName(self.tr("The message"))
        self.text.setReadOnly(True)
        self.text.setMinimumHeight(200)
        self.copy_button = QPushButton(icons.icon("mdi6.content-copy"), self.tr("Copy text"))
        self.copy_button.clicked.connect(self.copy_text)
        self.folder_button = QPushButton(icons.icon("mdi6.folder-open-outline"), self.tr("Show folder"))
        self.folder_button.clicked.connect(self.show_folder)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 620, 420)  # a large scale: what the screen has

    def copy_text(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.draft.body)

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.eml.parent)))
