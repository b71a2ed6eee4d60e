"""Accounts of officials: signing in, and the administrator managing them.

On a shared PostgreSQL server every official signs in with their own server login, and the
login names the account (``app_user.username``). On a local SQLite file the operating-system
account names the official, and the first one administers. A person who leaves is
deactivated, never deleted: their work stays attributed to them, and on PostgreSQL their login
can no longer connect.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from models.base import CURRENT_USER
from models.common import flush_or_conflict, load, load_for_edit
from models.errors import DomainError, FieldError, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, permissions_of, requires
from models.server import accounts as server_accounts
from models.server import roles as server_roles
from models.server.accounts import LoginState
from models.team.entities import Role, User


@dataclass(frozen=True, kw_only=True)
class SignedIn:
    user_id: int
    username: str
    full_name: str
    role: Role
    permissions: frozenset[Permission]

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions


@dataclass(frozen=True, kw_only=True)
class AccountRecord:
    id: int
    version: int
    username: str
    full_name: str
    email: str | None
    role: Role
    active: bool


def _signed_in(user: User) -> SignedIn:
    return SignedIn(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=user.role,
        permissions=permissions_of(user.role),
    )


@requires()
def signed_in_as(session: Session, user_id: int) -> SignedIn:
    """The official with this account, as if signed in (the screenshot command shows the window
    as an administrator sees it); no check of a login."""
    return _signed_in(load(session, User, user_id))


@requires()
def sign_in(session: Session, os_login: tuple[str, str]) -> SignedIn:
    """The official working now. PostgreSQL: the server login; SQLite: the OS account
    (``(username, full name)``), created on first use, the very first one as administrator.

    On an empty shared database (no accounts at all) whoever connected set it up, and becomes
    its first administrator like on a local file.
    """
    no_account = QT_TRANSLATE_NOOP(
        "errors",
        "The login '{login}' has no account in Ondernemersdesk. Ask the administrator to create one.",
    )
    if server_roles.is_postgresql(session):
        # A login in no role group of this installation may not even read the accounts: it has none.
        login, readable = session.execute(
            text("SELECT current_user, has_table_privilege(current_user, 'app_user', 'SELECT')")
        ).one()
        if not readable:
            raise DomainError(no_account, login=login)
        full_name = os_login[1] if login == os_login[0] else login
    else:
        login, full_name = os_login
    no_accounts = session.scalar(select(func.count()).select_from(User)) == 0
    user = session.scalar(select(User).where(User.username == login))
    if user is None:
        if server_roles.is_postgresql(session) and not no_accounts:
            raise DomainError(no_account, login=login)
        user = User(
            username=login,
            full_name=full_name or login,
            role=Role.ADMINISTRATOR if no_accounts else Role.BUSINESS_MANAGER,
        )
        session.add(user)
        session.flush()
    if not user.active:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The account '{login}' has been deactivated. Ask the administrator if this is a mistake.",
            ),
            login=login,
        )
    return _signed_in(user)


@requires(Permission.MANAGE_ACCOUNTS)
def list_accounts(session: Session) -> list[AccountRecord]:
    """Every account, active ones first, by name."""
    users = session.scalars(select(User).order_by(User.active.desc(), User.full_name, User.username))
    return [
        AccountRecord(
            id=u.id,
            version=u.version,
            username=u.username,
            full_name=u.full_name,
            email=u.email,
            role=u.role,
            active=u.active,
        )
        for u in users
    ]


def _validate(
    session: Session, username: str, full_name: str, email: str | None, exclude: int | None
) -> None:
    errors: list[FieldError] = []
    if username is not None:
        if not username.strip():
            errors.append(FieldError(field="username", message=QT_TRANSLATE_NOOP("errors", "Enter a login.")))
        else:
            try:
                server_roles.check_login(username)
            except DomainError as error:
                errors.append(FieldError(field="username", message=error.message, params=error.params))
            taken = session.scalar(select(User.id).where(func.lower(User.username) == username.lower()))
            if taken is not None and taken != exclude:
                errors.append(
                    FieldError(
                        field="username",
                        message=QT_TRANSLATE_NOOP("errors", "The login '{login}' is taken."),
                        params={"login": username},
                    )
                )
    if not full_name.strip():
        errors.append(FieldError(field="full_name", message=QT_TRANSLATE_NOOP("errors", "Enter a name.")))
    elif len(full_name.strip()) > 200:
        errors.append(
            FieldError(
                field="full_name",
                message=QT_TRANSLATE_NOOP("errors", "At most {max} characters."),
                params={"max": 200},
            )
        )
    if email and ("@" not in email or len(email) > 254 or " " in email.strip()):
        errors.append(
            FieldError(field="email", message=QT_TRANSLATE_NOOP("errors", "This is not an e-mail address."))
        )
    if errors:
        raise ValidationError(errors)


@requires(Permission.MANAGE_ACCOUNTS)
def create_account(
    session: Session,
    username: str,
    full_name: str,
    role: Role,
    email: str | None = None,
    password: str | None = None,
) -> int:
    """A new account; on PostgreSQL also its server login (with ``password``) in its role's group,
    made by the server's account functions. A login of that name that belongs to something else
    on the server (another application's) is refused at the field and left alone."""
    username, role = username.strip(), Role(role)
    _validate(session, username, full_name, email, None)
    shared = server_roles.is_postgresql(session)
    if shared:
        state = server_accounts.login_state(session, username)
        if state is LoginState.FOREIGN:  # another application's login is never taken over
            raise ValidationError(
                [
                    FieldError(
                        field="username", message=server_accounts.FOREIGN_LOGIN, params={"login": username}
                    )
                ]
            )
        if not password and state is not LoginState.OURS:
            raise ValidationError(
                [
                    FieldError(
                        field="password",
                        message=QT_TRANSLATE_NOOP("errors", "A new login on the server needs a password."),
                    )
                ]
            )
    user = User(
        username=username, full_name=full_name.strip(), email=(email or "").strip() or None, role=role
    )
    session.add(user)
    session.flush()
    if shared:  # the server's function reads the account just flushed
        server_accounts.create_login(session, username, password)
    return user.id


def _active_administrators(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(User).where(User.role == Role.ADMINISTRATOR, User.active)
        )
        or 0
    )


def _last_administrator(session: Session, user: User) -> bool:
    return user.role is Role.ADMINISTRATOR and user.active and _active_administrators(session) <= 1


@requires(Permission.MANAGE_ACCOUNTS)
def update_account(
    session: Session,
    user_id: int,
    expected_version: int,
    full_name: str,
    email: str | None,
    role: Role,
) -> int:
    """Change name, e-mail and role; the last active administrator stays administrator."""
    role = Role(role)
    user = load_for_edit(session, User, user_id, expected_version)
    _validate(session, None, full_name, email, user_id)  # type: ignore[arg-type]
    if role is not Role.ADMINISTRATOR and _last_administrator(session, user):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "{name} is the last active administrator: make someone else administrator first."
            ),
            name=user.full_name,
        )
    if (
        role is not Role.ADMINISTRATOR
        and user.role is Role.ADMINISTRATOR
        and user_id == session.info.get(CURRENT_USER)
    ):
        # On a shared server the account functions would refuse anyway: by then the caller's own
        # account no longer says administrator.
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors",
                "You cannot give up your own administrator role: ask another administrator to do it.",
            )
        )
    role_changed = role is not user.role
    user.full_name = full_name.strip()
    user.email = (email or "").strip() or None
    user.role = role
    flush_or_conflict(session, user)
    if role_changed:
        _follow_on_server(session, user)
    return user.version


def _follow_on_server(session: Session, user: User) -> None:
    """A shared server's login follows its account (role group, may log in), if it is one of
    ours: an account without a login yet (copied from a local file) has nothing to follow, and a
    login that belongs to something else (the owner's) is left alone. A database never set up
    for accounts (no account functions installed) has no logins of ours to follow."""
    if (
        server_roles.is_postgresql(session)
        and server_accounts.installed(session)
        and server_accounts.login_state(session, user.username) is LoginState.OURS
    ):
        server_accounts.sync_login(session, user.username)


def _set_active(session: Session, user_id: int, active: bool) -> None:
    user = load(session, User, user_id)
    if user.active == active:
        return
    if not active:
        if user_id == session.info.get(CURRENT_USER):
            raise DomainError(QT_TRANSLATE_NOOP("errors", "You cannot deactivate your own account."))
        if _last_administrator(session, user):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "errors", "{name} is the last active administrator and cannot be deactivated."
                ),
                name=user.full_name,
            )
    user.active = active
    flush_or_conflict(session, user)
    _follow_on_server(session, user)


@requires(Permission.MANAGE_ACCOUNTS)
def deactivate_account(session: Session, user_id: int) -> None:
    """Someone left: they can no longer sign in and disappear from choice lists; their work stays."""
    _set_active(session, user_id, False)


@requires(Permission.MANAGE_ACCOUNTS)
def reactivate_account(session: Session, user_id: int) -> None:
    _set_active(session, user_id, True)


@requires(Permission.MANAGE_ACCOUNTS)
def set_password(session: Session, user_id: int, password: str) -> None:
    """A new password for the official's server login (PostgreSQL only)."""
    user = load(session, User, user_id)
    if not server_roles.is_postgresql(session):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "A local database file has no passwords: the computer's own sign-in protects it."
            )
        )
    if len(password) < 8:
        raise ValidationError(
            [
                FieldError(
                    field="password",
                    message=QT_TRANSLATE_NOOP("errors", "Use at least {min} characters."),
                    params={"min": 8},
                )
            ]
        )
    state = server_accounts.login_state(session, user.username)
    if state is LoginState.OURS:
        server_accounts.set_password(session, user.username, password)
    elif state is LoginState.FREE:  # an account copied from a local file: its server login is made now
        server_accounts.create_login(session, user.username, password)
    else:
        raise DomainError(server_accounts.FOREIGN_PASSWORD, login=user.username)
