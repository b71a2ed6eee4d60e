"""What the schema's owner installs on a shared server after migrating: the group roles and
their privileges (``roles``), then the audit and version triggers, with the trail taken away
from every login (``audit``). Safe to run again; run by ``models.setup`` and ``admin migrate``."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.server import audit, roles


def install(session: Session) -> str:
    """Install (or bring up to date) everything the server enforces; returns the group's name."""
    group = roles.ensure_group(session)
    audit.install(session.connection())
    return group
