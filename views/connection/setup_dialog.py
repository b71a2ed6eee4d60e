"""First use of an empty server: who becomes its first administrator, and whether the local file
is copied into it first (the connection dialog's *Deze database inrichten…*)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from views.common.accessibility import label_field
from views.common.banners import ERROR_BANNER_STYLE
from views.common.forms import FieldRow
from views.common.screen import ScrollingPane
from views.connection.profiles import Profile


class SetUpDialog(QDialog):
    """First use of an empty server: who becomes the administrator, and whether the local file
    is copied into it first."""

    def __init__(self, profile: Profile, local_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.setWindowTitle(self.tr("Set up this database"))
        self.setMinimumWidth(680)
        # Everything above the buttons scrolls when a large font or scale leaves too little room: a
        # wrapped label (a deep data folder's path) is then never cut at the bottom.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Ondernemersdesk creates its tables in %1 and the first administrator's account. "
                "The administrator then adds the accounts of the team."
            ).replace("%1", f"{profile.database} ({profile.host})")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_BANNER_STYLE)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.rows: dict[str, FieldRow] = {}
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setObjectName("full_name")
        self.login_edit = QLineEdit(profile.user)
        self.login_edit.setObjectName("login")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("admin_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for name, label, editor in (
            ("full_name", self.tr("Administrator's full name"), self.full_name_edit),
            ("login", self.tr("Administrator's login"), self.login_edit),
            ("password", self.tr("Password of the new login"), self.password_edit),
        ):
            editor.setMinimumWidth(300)
            row = FieldRow(editor)
            self.rows[name] = row
            caption = QLabel(label)
            label_field(caption, editor)
            form.addRow(caption, row)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "The administrator's login is a login on the server; it is created, with this password, "
                "when it does not exist yet. When it is the login of this connection, no password is needed."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addSpacing(6)
        self.copy = QCheckBox(self.tr("First copy the data of my local file into it"))
        self.copy.setObjectName("copy_local")
        where = QLabel(
            str(local_file) if local_file is not None else self.tr("There is no local file on this computer.")
        )
        where.setObjectName("muted")
        where.setWordWrap(True)
        where.setContentsMargins(24, 0, 0, 0)
        self.copy.setEnabled(local_file is not None)
        layout.addWidget(self.copy)
        layout.addWidget(where)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addWidget(ScrollingPane(content), 1)
        self.login_edit.textChanged.connect(self._login_changed)
        self._login_changed(self.login_edit.text())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.ok = QPushButton(self.tr("Set up"))
        self.ok.setObjectName("primary")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.check)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok)
        outer.addLayout(buttons)

    def _login_changed(self, login: str) -> None:
        self.password_edit.setEnabled(login.strip() != self.profile.user)

    def check(self) -> None:
        for row in self.rows.values():
            row.set_error(None)
        required = QCoreApplication.translate("errors", "Please fill this in.")
        bad = False
        for name, editor in (("full_name", self.full_name_edit), ("login", self.login_edit)):
            if not editor.text().strip():
                self.rows[name].set_error(required)
                bad = True
        if self.password_edit.isEnabled() and not self.password_edit.text():
            self.rows["password"].set_error(
                QCoreApplication.translate("errors", "A new login on the server needs a password.")
            )
            bad = True
        if bad:
            self.adjustSize()  # messages under fields need room: grow rather than squeeze them
        else:
            self.accept()

    @property
    def full_name(self) -> str:
        return self.full_name_edit.text().strip()

    @property
    def username(self) -> str:
        return self.login_edit.text().strip()

    @property
    def admin_password(self) -> str | None:
        return (
            self.password_edit.text()
            if self.password_edit.isEnabled() and self.password_edit.text()
            else None
        )

    @property
    def copy_local(self) -> bool:
        return self.copy.isEnabled() and self.copy.isChecked()
