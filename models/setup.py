"""First use of an empty database: the schema, the roles and the first administrator.

Run by whoever owns the database (on a shared server: the server's administrator, connected
as the schema's owner), from the connection dialog or with ``python main.py admin migrate
--administrator LOGIN --full-name NAME``.
"""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.db import Database
from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.migrations import migrate
from models.server import accounts as server_accounts
from models.server import install as server_install
from models.server import roles as server_roles
from models.server.accounts import LoginState
from models.team.entities import Role, User


def set_up_database(database: Database, *, username: str, full_name: str, password: str | None = None) -> int:
    """Migrate, create the group role and the first administrator; returns their user id.

    On PostgreSQL the administrator's login is created (with ``password``) unless it is the
    login connected now. An existing account with that login (a local file copied to the server)
    is made administrator. Refused when an active administrator already exists.
    """
    username = username.strip()
    server_roles.check_login(username)
    if not full_name.strip():
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Enter the administrator's full name."))
    migrate(database)
    with database.session() as session:  # the system: no user, every permission
        administrators = session.scalars(
            select(User).where(User.role == Role.ADMINISTRATOR, User.active).order_by(User.id)
        ).all()
        if server_roles.is_postgresql(session):
            # Right after a local file was copied in, its administrator (the laptop's account)
            # has no login on this server: that one does not administer the server yet.
            administrators = [a for a in administrators if _can_sign_in(session, a.username)]
        administrator = next(iter(administrators), None)
        if administrator is not None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "errors", "This database already has an administrator ({name}); ask them to add accounts."
                ),
                name=administrator.full_name,
            )
        make_login = False
        if server_roles.is_postgresql(session):
            server_install.install(session)
            connected = session.execute(text("SELECT current_user")).scalar_one()
            make_login = username != connected
            if make_login:
                state = server_accounts.login_state(session, username)
                if state is LoginState.FOREIGN:
                    raise DomainError(server_accounts.FOREIGN_LOGIN, login=username)
                if state is LoginState.FREE and not password:
                    raise DomainError(
                        QT_TRANSLATE_NOOP("errors", "A new login on the server needs a password.")
                    )
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            user = User(username=username, full_name=full_name.strip(), role=Role.ADMINISTRATOR)
            session.add(user)
        else:
            user.role = Role.ADMINISTRATOR
            user.active = True
        session.flush()
        if make_login:  # made by the owner through the account functions, like every other login
            server_accounts.create_login(session, username, password)
        user_id = user.id
        session.commit()
    return user_id


def _can_sign_in(session: Session, login: str) -> bool:
    return bool(session.scalar(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n"), {"n": login}))
