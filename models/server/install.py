"""What the schema's owner installs on a shared server after migrating: the group roles and
their privileges (``roles``), then the accounts role and its functions, which also bring the
logins of an earlier version in line (``accounts``). Safe to run again; run by ``models.setup``
(first use) and ``admin migrate`` (every upgrade)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.server import accounts, roles


def install(session: Session) -> str:
    """Install (or bring up to date) everything the server enforces; returns the group's name."""
    name = roles.ensure_group(session)
    accounts.install(session)
    return name
