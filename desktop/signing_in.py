"""Who is working: the official signed in, the same way for the window and the command line.

The window and every command that reads or writes the application's data sign in here, so the
same permission checks apply to both (``models.permissions``: each service's ``@requires``):

- on a shared PostgreSQL server the connected login names the account (``app_user.username``);
  a login without an account, or with a deactivated one, is refused;
- on a local SQLite file the operating-system account names the official; the very first one
  becomes its administrator, a later newcomer a business manager (``models.team.services.sign_in``).

A command gets the official with ``sign_in_official(database)`` and does its work in
``official.session()``: a unit of work as that official, never the system's session (which may
do everything). A refusal is a ``DomainError`` (``PermissionDeniedError`` for a role that lacks a
permission), which the command line prints as one line with a non-zero exit.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.db import Database
from models.errors import PermissionDeniedError
from models.i18n import QT_TRANSLATE_NOOP
from models.migrations import migrate
from models.permissions import DENIED_MESSAGES, Permission
from models.server import install as server_install
from models.team.entities import Role
from models.team.services import SignedIn, sign_in

ADMINISTRATORS_ONLY = QT_TRANSLATE_NOOP("errors", "Only an administrator may do this.")


def current_official() -> tuple[str, str]:
    """The operating-system account working at this computer: (login, full name)."""
    username = getpass.getuser()
    full_name = username
    try:
        import pwd

        gecos = pwd.getpwnam(username).pw_gecos.split(",")[0]
        full_name = gecos or username
    except (ImportError, KeyError):
        pass
    return username, full_name


@dataclass(frozen=True)
class Official:
    """The official a piece of work is done for, on one database."""

    database: Database
    signed_in: SignedIn

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work as this official: every service checks their role."""
        with self.database.session(self.signed_in.user_id) as session:
            yield session

    def require(self, *needed: Permission) -> None:
        """Refuse (``PermissionDeniedError``) unless the official's role has every permission."""
        for permission in needed:
            if not self.signed_in.may(permission):
                raise PermissionDeniedError(permission, DENIED_MESSAGES[permission])

    def require_administrator(self) -> None:
        """Refuse unless the official is an administrator: for work done as the system (demo data,
        copying a whole file), which no single permission covers."""
        if self.signed_in.role is not Role.ADMINISTRATOR:
            raise PermissionDeniedError("administrator", ADMINISTRATORS_ONLY)


def sign_in_official(database: Database, *, keep: bool = True) -> Official:
    """Bring the database to the application's schema and sign the official in, as the window
    does at start. ``keep=False`` signs in without keeping anything: an account the sign-in
    would create on a local file (a newcomer) is not saved (for reading a file that is copied)."""
    migrated = migrate(database)
    if migrated.before != migrated.after:
        server_install.reinstall(database)  # the owner upgraded a shared server: its privileges too
    with database.session() as session:
        signed_in = sign_in(session, current_official())
        if keep:
            session.commit()
    return Official(database, signed_in)
