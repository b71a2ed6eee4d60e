"""What the schema's owner installs on a shared server after migrating: the group roles
(``roles``) and what each role's group may do to each table (``privileges``). Safe to run
again; run by ``models.setup`` and ``admin migrate``."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.server import privileges, roles


def install(session: Session) -> str:
    """Install (or bring up to date) everything the server enforces; returns the group's name."""
    group = roles.ensure_group(session)
    privileges.apply(session, group)
    return group
