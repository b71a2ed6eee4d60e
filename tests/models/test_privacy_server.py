"""The audit trail's anonymisation on a real PostgreSQL server, as the logins concerned.

Nobody may change ``audit_entry`` directly; an administrator's erasure still blanks the person in
it, through ``privacy_scrub_audit`` (SECURITY DEFINER, owned by the schema's owner). A security
officer checks: no PUBLIC execute, an official's login cannot run it, and the function itself
refuses a login whose account is not an active administrator.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text, update
from sqlalchemy.exc import ProgrammingError

from models.db import Database
from models.privacy import services as privacy
from models.privacy.scrub import MARKER
from models.privacy.services import PersonQuery
from models.server import accounts as server_accounts
from models.server.install import PRIVACY_SCRUB
from models.setup import set_up_database
from models.signals.entities import SignalStatus
from models.team import services as accounts
from models.team.entities import Role, User
from tests.models.test_privacy import _category, _correct_reporter, _signal
from tests.models.test_server_roles import SUFFIX, _as_login, server  # noqa: F401 - a fixture


def test_an_administrator_login_erases_a_person_from_the_audit_trail(
    server: tuple[Database, list[str]],  # noqa: F811 - the fixture
) -> None:
    database, made = server
    admin_login, desk_login = f"privacy_{SUFFIX}", f"balie_{SUFFIX}"
    made += [admin_login, desk_login]
    admin_id = set_up_database(database, username=admin_login, full_name="Pia Vacy", password="geheim-123")
    category_id = _category(database)
    signal_id = _signal(database, category_id, status=SignalStatus.DONE, closed=date(2026, 1, 5))
    _correct_reporter(database, category_id, signal_id)
    with database.session() as session:
        server_accounts.create_login(session, desk_login, "geheim-456", administrator=False)
        session.add(User(username=desk_login, full_name="Bo Balie", role=Role.DESK))
        session.commit()
        assert not session.execute(
            text("SELECT has_function_privilege('public', :f, 'EXECUTE')"), {"f": PRIVACY_SCRUB}
        ).scalar_one()
    assert "Els Jansen" in _audit_text(database)

    as_desk = _as_login(database, desk_login)
    try:  # an official's login: no direct change of the trail, and not through the function either
        for statement in (
            "UPDATE audit_entry SET old_value = NULL",
            f"SELECT privacy_scrub_audit('signal', ARRAY[{signal_id}], ARRAY['reporter_name'], NULL, NULL)",
        ):
            with as_desk.session() as session, pytest.raises(ProgrammingError, match="permission denied"):
                session.execute(text(statement))
    finally:
        as_desk.dispose()

    as_admin = _as_login(database, admin_login)
    try:
        # the administrator may not rewrite the trail by hand either
        with as_admin.session() as session, pytest.raises(ProgrammingError, match="permission denied"):
            session.execute(text("UPDATE audit_entry SET old_value = NULL"))
        with as_admin.session() as session:
            user_id = accounts.sign_in(session, ("x", "x")).user_id
        assert user_id == admin_id
        with as_admin.session(user_id) as session:
            query = PersonQuery(name="Els Jansen")
            hits = privacy.find_person(session, query)
            privacy.erase_person(session, query, hits, "Verzoek van betrokkene")
            session.commit()
        trail = _audit_text(database)
        assert "Jansen" not in trail and "12345678" not in trail and "els@example.nl" not in trail
        assert MARKER in trail

        # A deactivated administrator's login that still connects is refused by the function itself.
        with database.session() as session:
            session.execute(update(User).where(User.id == admin_id).values(active=False))
            session.commit()
        with (
            as_admin.session() as session,
            pytest.raises(ProgrammingError, match="only an active administrator"),
        ):
            session.execute(
                text(
                    f"SELECT privacy_scrub_audit('signal', ARRAY[{signal_id}], ARRAY['description'], NULL, NULL)"
                )
            )
    finally:
        as_admin.dispose()


def _audit_text(database: Database) -> str:
    with database.engine.connect() as connection:
        return " ".join(
            f"{old} {new}"
            for old, new in connection.execute(text("SELECT old_value, new_value FROM audit_entry"))
        )
