"""The administrator's page: the officials' accounts and what each role may do.

The matrix is read from ``models.permissions.ROLE_PERMISSIONS``, the very table the services
enforce; there is no second copy here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.errors import DomainError, FieldError, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.lookups import Choice
from models.permissions import PERMISSION_LABELS, ROLE_PERMISSIONS
from models.team import services as svc
from models.team.entities import ROLE_LABELS, Role
from models.team.services import AccountRecord
from views.common import icons
from views.common.accessibility import name_view
from views.common.forms import FormDialog
from views.common.text import error_text, label
from views.common.worker import DatabaseWorker

if TYPE_CHECKING:
    from views.shell.pages import Shell

ROLE_ORDER = (Role.BUSINESS_MANAGER, Role.OFFICIAL, Role.DESK, Role.SUPERVISOR, Role.ADMINISTRATOR)
MIN_PASSWORD = 8


def role_choices() -> list[Choice]:
    return [Choice(value=role.value, label=label(ROLE_LABELS[role]).capitalize()) for role in ROLE_ORDER]


def _same_passwords(password: str, repeat: str) -> None:
    """Checked before the save goes to the database, shown under the field like any other error."""
    if password != repeat:
        raise ValidationError(
            [
                FieldError(
                    field="repeat", message=QT_TRANSLATE_NOOP("errors", "The two passwords are not the same.")
                )
            ]
        )


class AccountDialog(FormDialog):
    """A new account, or changes to one (the login of an existing account stays)."""

    def __init__(
        self, worker: DatabaseWorker, record: AccountRecord | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, self.tr("New account") if record is None else self.tr("Account"), parent)
        self.record = record
        self.shared = not worker.database.is_sqlite
        self.username = self.line(
            "username",
            self.tr("Login"),
            record.username if record else "",
            hint=self.tr("The user name on the database server, e.g. pvdam")
            if self.shared
            else self.tr("The computer's user name of this official, e.g. pvdam"),
            max_length=63,
        )
        self.username.setReadOnly(record is not None)
        self.full_name = self.line("full_name", self.tr("Name"), record.full_name if record else "")
        self.email = self.line(
            "email", self.tr("E-mail"), (record.email or "") if record else "", max_length=254
        )
        self.role = self.combo(
            "role",
            self.tr("Role"),
            role_choices(),
            record.role.value if record else Role.BUSINESS_MANAGER.value,
            empty=None,
        )
        self.password: QLineEdit | None = None
        self.repeat: QLineEdit | None = None
        if record is None and self.shared:
            self.password = self.line(
                "password", self.tr("Password"), "", hint=self.tr("At least 8 characters"), max_length=200
            )
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.repeat = self.line("repeat", self.tr("Repeat password"), "", max_length=200)
            self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        (self.full_name if record else self.username).setFocus()

    def task(self) -> Callable[[Session], Any]:
        username, full_name, email = self.username.text(), self.full_name.text(), self.email.text()
        role = Role(self.role.currentData())
        password = self.password.text() if self.password else None
        repeat = self.repeat.text() if self.repeat else None
        record = self.record
        if record is not None:
            return lambda s: svc.update_account(s, record.id, record.version, full_name, email, role)

        def create(session: Session) -> int:
            if password is not None:
                _same_passwords(password, repeat or "")
                if len(password) < MIN_PASSWORD:
                    raise ValidationError(
                        [
                            FieldError(
                                field="password",
                                message=QT_TRANSLATE_NOOP("errors", "Use at least {min} characters."),
                                params={"min": MIN_PASSWORD},
                            )
                        ]
                    )
            return svc.create_account(session, username, full_name, role, email, password)

        return create

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        user_id = self.record.id
        return lambda s: next((a for a in svc.list_accounts(s) if a.id == user_id), None)

    def sibling(self, record: AccountRecord) -> AccountDialog:
        return AccountDialog(self.worker, record)


class PasswordDialog(FormDialog):
    """A new password for an official's server login (the account's version plays no part:
    the password is the server's, so this form edits no record and meets no conflict)."""

    def __init__(self, worker: DatabaseWorker, record: AccountRecord, parent: QWidget | None = None) -> None:
        super().__init__(worker, self.tr("New password for %1").replace("%1", record.full_name), parent)
        self.account = record
        self.password = self.line(
            "password", self.tr("New password"), "", hint=self.tr("At least 8 characters"), max_length=200
        )
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = self.line("repeat", self.tr("Repeat password"), "", max_length=200)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setFocus()

    def task(self) -> Callable[[Session], Any]:
        password, repeat, user_id = self.password.text(), self.repeat.text(), self.account.id

        def change(session: Session) -> None:
            _same_passwords(password, repeat)
            svc.set_password(session, user_id, password)

        return change


class AccountsPage(QWidget):
    """Signals:
    loaded(int): this many accounts are listed.
    """

    loaded = Signal(int)

    def __init__(self, worker: DatabaseWorker, own_user_id: int | None = None) -> None:
        super().__init__()
        self.worker = worker
        self.own_user_id = own_user_id
        self.records: list[AccountRecord] = []
        self.dialog: FormDialog | None = None

        title = QLabel(self.tr("Accounts"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.summary)
        head.addStretch(1)

        self.table = QTableWidget(0, 5)
        name_view(self.table, self.tr("Accounts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Login"), self.tr("Role"), self.tr("E-mail"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 170), (3, 220), (4, 130)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemActivated.connect(lambda _item: self.edit())

        self.new_button = QPushButton(icons.icon("mdi6.account-plus-outline"), self.tr("New account"))
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(icons.icon("mdi6.pencil"), self.tr("Edit"))
        self.edit_button.clicked.connect(self.edit)
        self.deactivate_button = QPushButton(icons.icon("mdi6.account-off-outline"), self.tr("Deactivate"))
        self.deactivate_button.clicked.connect(self.deactivate)
        self.reactivate_button = QPushButton(icons.icon("mdi6.account-check-outline"), self.tr("Reactivate"))
        self.reactivate_button.clicked.connect(self.reactivate)
        self.password_button = QPushButton(icons.icon("mdi6.form-textbox-password"), self.tr("Set password"))
        self.password_button.clicked.connect(self.change_password)
        self.password_button.setVisible(not worker.database.is_sqlite)
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (
            self.password_button,
            self.reactivate_button,
            self.deactivate_button,
            self.edit_button,
            self.new_button,
        ):
            buttons.addWidget(button)

        accounts = QWidget()
        top = QVBoxLayout(accounts)
        top.addWidget(self.table, 1)
        top.addLayout(buttons)

        matrix_note = QLabel(
            self.tr(
                "What each role may see and do. This is the table the application enforces; "
                "a role is changed per account with Edit."
            )
        )
        matrix_note.setObjectName("muted")
        matrix_note.setWordWrap(True)
        self.matrix = self._matrix()
        permissions = QWidget()
        bottom = QVBoxLayout(permissions)
        bottom.addWidget(matrix_note)
        bottom.addWidget(self.matrix, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(accounts, icons.icon("mdi6.account-multiple-outline"), self.tr("Accounts"))
        self.tabs.addTab(permissions, icons.icon("mdi6.table-check"), self.tr("Roles and permissions"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self._selected()

    def _matrix(self) -> QTableWidget:
        """Permissions down (first column), roles across, a check mark where the role
        table grants it."""
        permissions = list(PERMISSION_LABELS)
        table = QTableWidget(len(permissions), len(ROLE_ORDER) + 1)
        name_view(table, self.tr("Permissions per role"))
        table.setObjectName("permissionMatrix")
        table.setStyleSheet("QHeaderView::section:horizontal { padding: 4px 2px; font-weight: normal; }")
        table.setHorizontalHeaderLabels(
            [self.tr("Permission"), *(label(ROLE_LABELS[r]).capitalize() for r in ROLE_ORDER)]
        )
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        # The roles as wide as their names, the permissions get the rest (long ones fit a laptop).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumSectionSize(96)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(25)
        bold = table.font()
        bold.setBold(True)
        for row, permission in enumerate(permissions):
            name = QTableWidgetItem(label(PERMISSION_LABELS[permission]))
            name.setToolTip(name.text())
            table.setItem(row, 0, name)
            for column, role in enumerate(ROLE_ORDER, start=1):
                granted = permission in ROLE_PERMISSIONS[role]
                item = QTableWidgetItem("✓" if granted else "–")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(Qt.ItemDataRole.UserRole, granted)
                if granted:
                    item.setForeground(QBrush(QColor("#1e7b34")))
                    item.setFont(bold)
                    item.setToolTip(self.tr("Allowed"))
                else:
                    item.setForeground(QBrush(QColor("#9aa0a6")))
                    item.setToolTip(self.tr("Not allowed"))
                table.setItem(row, column, item)
        return table

    # -- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        self.worker.run(svc.list_accounts, self._loaded, self._failed)

    def _loaded(self, records: list[AccountRecord]) -> None:
        selected = self.current()
        self.records = records
        self.table.setRowCount(len(records))
        inactive = QBrush(QColor("#80868b"))
        for row, record in enumerate(records):
            values = (
                record.full_name,
                record.username,
                label(ROLE_LABELS[record.role]).capitalize(),
                record.email or "",
                self.tr("Active") if record.active else self.tr("Deactivated"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not record.active:
                    item.setForeground(inactive)
                self.table.setItem(row, column, item)
        active = sum(1 for r in records if r.active)
        self.summary.setText(
            self.tr("%1 active, %2 deactivated")
            .replace("%1", str(active))
            .replace("%2", str(len(records) - active))
        )
        if selected is not None:
            self.select(selected.id)
        self._selected()
        self.loaded.emit(len(records))

    def _failed(self, error: DomainError) -> None:
        self.message.setText(error_text(error))

    def select(self, user_id: int) -> None:
        for row, record in enumerate(self.records):
            if record.id == user_id:
                self.table.selectRow(row)
                return

    def current(self) -> AccountRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.records):
            return None
        return self.records[rows[0].row()]

    def _selected(self) -> None:
        record = self.current()
        self.edit_button.setEnabled(record is not None)
        self.password_button.setEnabled(record is not None and record.active)
        self.deactivate_button.setEnabled(
            record is not None and record.active and record.id != self.own_user_id
        )
        self.reactivate_button.setEnabled(record is not None and not record.active)

    # -- actions --------------------------------------------------------------------------

    def _open(self, dialog: FormDialog) -> None:
        self.message.clear()
        self.dialog = dialog
        dialog.saved.connect(lambda _result: self.reload())
        dialog.open()

    def new(self) -> None:
        self._open(AccountDialog(self.worker, None, self))

    def edit(self) -> None:
        record = self.current()
        if record is not None:
            self._open(AccountDialog(self.worker, record, self))

    def change_password(self) -> None:
        record = self.current()
        if record is not None:
            self._open(PasswordDialog(self.worker, record, self))

    def deactivate(self) -> None:
        record = self.current()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Deactivate account"),
            self.tr(
                "Deactivate the account of %1? They can no longer sign in and no longer appear in "
                "lists to choose from. Everything they recorded stays, under their name."
            ).replace("%1", record.full_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        user_id = record.id
        self.worker.run(
            lambda s: svc.deactivate_account(s, user_id), lambda _r: self._done(), self._failed, commit=True
        )

    def reactivate(self) -> None:
        record = self.current()
        if record is None:
            return
        user_id = record.id
        self.worker.run(
            lambda s: svc.reactivate_account(s, user_id), lambda _r: self._done(), self._failed, commit=True
        )

    def _done(self) -> None:
        self.message.clear()
        self.reload()

    # -- as a page of the window --

    def activated(self) -> None:
        self.reload()


# -- as a page of the main window (views/shell/pages.py) ------------------------------------------


def make_page(shell: Shell) -> AccountsPage:
    return AccountsPage(shell.worker, shell.user_id)
