"""What the schema's owner installs on a shared server after migrating: the group roles and
their privileges (``roles``). Safe to run again; run by ``models.setup`` and ``admin migrate``."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.server import roles
from models.team.entities import Role

# Made by revision 0008 with EXECUTE revoked from PUBLIC: only administrators blank the audit trail.
PRIVACY_SCRUB = "privacy_scrub_audit(text, integer[], text[], integer[], text[])"


def install(session: Session) -> str:
    """Install (or bring up to date) everything the server enforces; returns the group's name."""
    name = roles.ensure_group(session)
    grant_privacy_functions(session)
    return name


def grant_privacy_functions(session: Session) -> None:
    """The administrators' group may run the audit trail's anonymisation (models/privacy/scrub.py)."""
    schema = roles.quote(roles.current_schema(session))
    admins = roles.quote(roles.role_group_name(session, Role.ADMINISTRATOR))
    session.execute(text(f"REVOKE ALL ON FUNCTION {schema}.{PRIVACY_SCRUB} FROM PUBLIC"))
    session.execute(text(f"GRANT EXECUTE ON FUNCTION {schema}.{PRIVACY_SCRUB} TO {admins}"))
