"""The small question asked at start when a shared server needs a password the password store
does not have (or had a wrong one): the password, or another connection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from views.common.banners import ERROR_BANNER_STYLE
from views.common.forms import ERROR_STYLE
from views.connection import profiles
from views.connection.profiles import Profile


def no_keyring_text() -> str:
    return QCoreApplication.translate(
        "ConnectionDialog",
        "This computer has no password store, so the password cannot be remembered: "
        "it is asked each time Ondernemersdesk starts.",
    )


class PasswordDialog(QDialog):
    """The password of a server connection, asked at start when the password store has none."""

    def __init__(self, profile: Profile, parent: QWidget | None = None, reason: str = "") -> None:
        super().__init__(parent)
        self.profile = profile
        self.keyring = profiles.keyring_available()
        self.setWindowTitle(self.tr("Password"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        if reason:
            banner = QLabel(reason)
            banner.setWordWrap(True)
            banner.setStyleSheet(ERROR_BANNER_STYLE)
            layout.addWidget(banner)
        question = QLabel(
            self.tr("The password of %1 on %2:")
            .replace("%1", f"<b>{profile.user}</b>")
            .replace("%2", f"<b>{profile.host}</b> ({profile.database})")
        )
        question.setWordWrap(True)
        layout.addWidget(question)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Password"))
        self.edit.setObjectName("password")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.edit)
        self.remember = QCheckBox(self.tr("Remember in the password store"))
        self.remember.setObjectName("remember")
        self.remember.setChecked(self.keyring)
        self.remember.setEnabled(self.keyring)
        layout.addWidget(self.remember)
        if not self.keyring:
            note = QLabel(no_keyring_text())
            note.setObjectName("muted")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.other = QPushButton(self.tr("Other connection…"))
        self.other.clicked.connect(lambda: self.done(2))
        buttons.addWidget(self.other)
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Quit"))
        cancel.clicked.connect(self.reject)
        ok = QPushButton(self.tr("Connect"))
        ok.setObjectName("primary")
        ok.setDefault(True)
        ok.clicked.connect(self.check)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout.addLayout(buttons)

    OTHER = 2  # done(): the user wants the connection dialog

    def check(self) -> None:
        if not self.edit.text():
            self.message.setText(QCoreApplication.translate("errors", "Please fill this in."))
            self.message.setVisible(True)
            return
        self.accept()

    @property
    def password(self) -> str:
        return self.edit.text()

    @property
    def remember_it(self) -> bool:
        """Store the password once the connection works (not before: it may be mistyped)."""
        return self.keyring and self.remember.isChecked()
