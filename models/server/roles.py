"""Least-privilege PostgreSQL roles for the officials of one installation.

Every official signs in with their own server login. Those logins get no privileges of their
own: they are members of one NOLOGIN group role per installation (database + schema), which may
only use the schema, and of the NOLOGIN group of their role, which holds exactly that role's
privileges per table and column (``models.server.privileges``). Nobody but the owner (who ran
the migrations) may create anything in the schema, and no login is a superuser.
A login is a member of the group of its account's role only; no login holds CREATEROLE or
ADMIN OPTION: accounts are managed through the functions of ``models.server.accounts``.

Roles are cluster-wide; the group's name is unique per database and schema and kept in
``app_setting`` so every client of the installation finds it.
"""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.team.entities import AppSetting, Role

GROUP_SETTING = "postgresql.group_role"
AUDIT_TABLE = "audit_entry"
_LOGIN = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def check_login(name: str) -> None:
    if not _LOGIN.match(name):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors",
                "'{login}' cannot be a login: use lower-case letters, digits, '.', '-' or '_' "
                "(at most 63), starting with a letter.",
            ),
            login=name,
        )


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def current_schema(session: Session) -> str:
    return session.execute(text("SELECT current_schema()")).scalar_one()


def group_name(session: Session) -> str:
    """The group role of this installation: stored once, made from database and schema."""
    stored = session.scalar(select(AppSetting.value).where(AppSetting.key == GROUP_SETTING))
    if stored:
        return stored
    database, schema = session.execute(text("SELECT current_database(), current_schema()")).one()
    digest = hashlib.sha1(f"{database}/{schema}".encode()).hexdigest()[:10]
    base = re.sub(r"[^a-z0-9_]", "_", f"{database}_{schema}".lower())[:40]
    return f"ondernemersdesk_{base}_{digest}"[:63]


def admin_group_name(session: Session) -> str:
    """The group that may change accounts and settings: only administrators' logins are in it, so
    an official who connects with psql cannot make themselves administrator."""
    return role_group_name(session, Role.ADMINISTRATOR)


# One NOLOGIN group per role of the application (``models.permissions.ROLE_PERMISSIONS``); a
# login is a member of the group of its account's role, and of nothing else of this installation.
ROLE_GROUP_SUFFIX: dict[Role, str] = {
    Role.BUSINESS_MANAGER: "_bm",
    Role.OFFICIAL: "_official",
    Role.DESK: "_desk",
    Role.SUPERVISOR: "_supervisor",
    Role.ADMINISTRATOR: "_admin",
}


def role_group_name(session: Session, role: Role) -> str:
    """The group role of the installation's officials with this role (at most 63 characters)."""
    suffix = ROLE_GROUP_SUFFIX[Role(role)]
    return group_name(session)[: 63 - len(suffix)] + suffix


def role_exists(session: Session, name: str) -> bool:
    return bool(session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}))


def ensure_group(session: Session) -> str:
    """Create the installation's group and the group of every role (if needed).

    Run by the schema's owner after migrating (``models.setup``); safe to run again. What each
    role's group may do to the tables is granted by ``models.server.privileges`` (from the role
    table); the installation's group itself only uses the schema.
    """
    name = group_name(session)
    q = quote(name)
    schema = quote(current_schema(session))
    if not role_exists(session, name):
        session.execute(text(f"CREATE ROLE {q} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT"))
    if session.get(AppSetting, GROUP_SETTING) is None:
        session.add(AppSetting(key=GROUP_SETTING, value=name))
        session.flush()
    session.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {q}"))
    session.execute(text(f"REVOKE CREATE ON SCHEMA {schema} FROM {q}"))
    for role in Role:
        member = role_group_name(session, role)
        if not role_exists(session, member):
            session.execute(
                text(f"CREATE ROLE {quote(member)} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT")
            )
        # Logins are not direct members of the group: their role's group passes it on.
        session.execute(text(f"ALTER ROLE {quote(member)} INHERIT"))
        session.execute(text(f"GRANT {q} TO {quote(member)}"))
    return name
