"""What the schema's owner installs on a shared server after migrating: the group roles
(``roles``), what each role's group may do to each table (``privileges``), the accounts role
and its functions, which also bring the logins of an earlier version in line (``accounts``),
the audit and version triggers, with the trail taken away from every login (``audit``), and
who may run the audit trail's anonymisation (``grant_privacy_functions``). Safe to run again;
run by ``models.setup`` at first use and by ``admin migrate`` (and the owner's window) after
every upgrade."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.db import Database
from models.server import accounts, audit, privileges, roles
from models.team.entities import AppSetting, Role

# Made by revision 0008 with EXECUTE revoked from PUBLIC: only administrators blank the audit trail.
PRIVACY_SCRUB = "privacy_scrub_audit(text, integer[], text[], integer[], text[])"


def install(session: Session) -> str:
    """Install (or bring up to date) everything the server enforces; returns the group's name."""
    group = roles.ensure_group(session)
    privileges.apply(session, group)
    accounts.install(session)
    grant_privacy_functions(session)
    audit.install(session.connection())
    return group


def reinstall(database: Database) -> bool:
    """After a migration of an installation that was set up before: install again, so that a
    new table gets its privileges, a changed role table reaches the server and the logins of an
    earlier version lose CREATEROLE and sit in their account's role group. Only the owner of the
    tables (or a superuser) can; for anyone else, a local file or a database never set up,
    nothing happens. Returns whether it ran."""
    if database.is_sqlite:
        return False
    with database.session() as session:
        owner = session.scalar(
            text(
                "SELECT r.rolsuper OR pg_has_role(current_user, c.relowner, 'MEMBER') "
                "FROM pg_roles r, pg_class c WHERE r.rolname = current_user "
                "AND c.oid = to_regclass(quote_ident(current_schema()) || '.app_user')"
            )
        )
        if not owner or session.get(AppSetting, roles.GROUP_SETTING) is None:
            return False
        install(session)
        session.commit()
    return True


def grant_privacy_functions(session: Session) -> None:
    """The administrators' group may run the audit trail's anonymisation (models/privacy/scrub.py)."""
    schema = roles.quote(roles.current_schema(session))
    admins = roles.quote(roles.role_group_name(session, Role.ADMINISTRATOR))
    session.execute(text(f"REVOKE ALL ON FUNCTION {schema}.{PRIVACY_SCRUB} FROM PUBLIC"))
    session.execute(text(f"GRANT EXECUTE ON FUNCTION {schema}.{PRIVACY_SCRUB} TO {admins}"))
