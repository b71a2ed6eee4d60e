"""Server logins of officials: created, made administrator, deactivated and re-passworded.

Only logins that belong to this installation are touched (see ``models.server.roles``).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.server.roles import admin_group_name, check_login, ensure_group_exists, quote, role_exists


def _admin_clauses(administrator: bool) -> str:
    return "CREATEROLE" if administrator else "NOCREATEROLE"


def create_login(session: Session, login: str, password: str | None, *, administrator: bool) -> None:
    """A login for an official, member of the group. An existing login (made by IT) is joined."""
    check_login(login)
    group = quote(ensure_group_exists(session))
    q = quote(login)
    if role_exists(session, login):
        session.execute(text(f"ALTER ROLE {q} LOGIN"))
    else:
        if not password:
            raise DomainError(QT_TRANSLATE_NOOP("errors", "A new login on the server needs a password."))
        session.execute(
            text(
                f"CREATE ROLE {q} LOGIN NOSUPERUSER NOCREATEDB INHERIT PASSWORD {_hashed(session, login, password)}"
            )
        )
    session.execute(text(f"GRANT {group} TO {q}"))
    set_administrator(session, login, administrator)


def set_administrator(session: Session, login: str, administrator: bool) -> None:
    group = quote(ensure_group_exists(session))
    q = quote(login)
    admins = quote(admin_group_name(session))
    if administrator:
        session.execute(text(f"ALTER ROLE {q} {_admin_clauses(True)}"))
        session.execute(text(f"GRANT {group} TO {q} WITH ADMIN OPTION"))
        session.execute(text(f"GRANT {admins} TO {q} WITH ADMIN OPTION"))
    elif role_exists(session, login):
        session.execute(text(f"REVOKE ADMIN OPTION FOR {group} FROM {q}"))
        session.execute(text(f"REVOKE {admins} FROM {q}"))
        session.execute(text(f"ALTER ROLE {q} {_admin_clauses(False)}"))


def set_can_login(session: Session, login: str, can_login: bool) -> None:
    if role_exists(session, login):
        session.execute(text(f"ALTER ROLE {quote(login)} {'LOGIN' if can_login else 'NOLOGIN'}"))


def set_password(session: Session, login: str, password: str) -> None:
    session.execute(text(f"ALTER ROLE {quote(login)} PASSWORD {_hashed(session, login, password)}"))


def _hashed(session: Session, login: str, password: str) -> str:
    """The password as a SCRAM-SHA-256 verifier literal, made here: CREATE/ALTER ROLE take no bind
    parameters, and a statement carrying the password itself would put it in the server's log
    (and in any error message quoting the statement) when it fails."""
    pgconn = session.connection().connection.driver_connection.pgconn  # type: ignore[union-attr]
    verifier = pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()
    literal = session.execute(text("SELECT quote_literal(:v)"), {"v": verifier}).scalar_one()
    return literal.replace(":", "\\:")  # for text(): "4096:salt" is not a bind parameter
