"""What the schema's owner installs on a shared server after migrating: the group roles
(``roles``) and what each role's group may do to each table (``privileges``). Safe to run
again; run by ``models.setup`` at first use and by ``admin migrate`` after every upgrade."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.db import Database
from models.server import privileges, roles
from models.team.entities import AppSetting


def install(session: Session) -> str:
    """Install (or bring up to date) everything the server enforces; returns the group's name."""
    group = roles.ensure_group(session)
    privileges.apply(session, group)
    return group


def reinstall(database: Database) -> bool:
    """After a migration of an installation that was set up before: install again, so that a
    new table gets its privileges and a changed role table reaches the server. Only the schema's
    owner can; for anyone else (or a local file) nothing happens. Returns whether it ran."""
    if database.is_sqlite:
        return False
    with database.session() as session:
        owner = session.scalar(
            text(
                "SELECT pg_has_role(current_user, nspowner, 'USAGE') FROM pg_namespace "
                "WHERE nspname = current_schema()"
            )
        )
        if not owner or session.get(AppSetting, roles.GROUP_SETTING) is None:
            return False
        install(session)
        session.commit()
    return True
