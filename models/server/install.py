"""What the schema's owner installs on a shared server after migrating: the group roles and
their privileges (``roles``). Safe to run again; run by ``models.setup`` and ``admin migrate``."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.server import roles


def install(session: Session) -> str:
    """Install (or bring up to date) everything the server enforces; returns the group's name."""
    return roles.ensure_group(session)
