"""The shared server keeps the audit trail and the version counters itself (issue 14, findings 2
and 7b): what a login does with psql is recorded like a change in the window, nobody but the
schema's owner writes the trail, and a live-update notice names only whom the server vouches for.

Every check runs as the login concerned, on a connection of its own, against a real PostgreSQL
server; the logins made here are dropped afterwards (roles are cluster-wide).
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from models.ambitions.entities import (
    Ambition,
    AmbitionPlan,
    Direction,
    Indicator,
    IndicatorSource,
    PlanStatus,
)
from models.audit.entities import AuditEntry
from models.audit.values import text_value
from models.base import utcnow
from models.companies import services as companies
from models.companies.entities import Company, CompanyContact
from models.consultations import services as consultations
from models.consultations.entities import Agreement, AgreementStatus, Channel
from models.consultations.services import AgreementInput, InteractionInput
from models.db import Database, normalise_url
from models.desk.entities import KnowledgeArticle
from models.errors import DatabasePermissionError
from models.migrations import migrate
from models.notify import CHANNEL, Change, vouch
from models.server import audit as server_audit
from models.server import roles as server_roles
from models.signals.entities import SignalCategory
from models.team.entities import Role, User
from tests.models.conftest import _ServerSchemas, audit_entries, company, contact, new_company, new_user
from views.common.live import PgListener


@dataclass
class Server:
    """A schema set up as the owner sets up a shared server; ``login`` makes an official's login."""

    database: Database
    url: str
    made: list[str] = field(default_factory=list)
    engines: list[Engine] = field(default_factory=list)

    def login(self, role: Role, full_name: str, *, account: bool = True) -> tuple[Engine, int | None, str]:
        """A server login in the group of ``role`` (and its account): its own engine, the account's id."""
        name = f"t{uuid.uuid4().hex[:10]}"
        with self.database.session() as session:
            group = server_roles.role_group_name(session, role)
            session.execute(
                text(f"CREATE ROLE {name} LOGIN PASSWORD 'pw' IN ROLE {server_roles.quote(group)}")
            )
            self.made.append(name)
            user_id = None
            if account:
                user = User(username=name, full_name=full_name, role=role)
                session.add(user)
                session.flush()
                user_id = user.id
            session.commit()
        url = make_url(normalise_url(self.url)).set(username=name, password="pw")
        engine = create_engine(url)
        self.engines.append(engine)
        return engine, user_id, url.render_as_string(hide_password=False)


@pytest.fixture
def server(_server_schemas: _ServerSchemas) -> Iterator[Server]:
    """A set-up server schema (made once per test process, emptied after each test); the logins
    a test makes are dropped after it."""
    url = _server_schemas.acquire()
    database = Database(url)
    made = Server(database, url)
    try:
        yield made
    finally:
        for engine in made.engines:
            engine.dispose()
        with database.engine.begin() as connection:
            for name in made.made:
                connection.exec_driver_sql(f"DROP OWNED BY {name}")
                connection.exec_driver_sql(f"DROP ROLE {name}")
        database.dispose()
        _server_schemas.release()


def _agreement(db: Database, official: int) -> tuple[int, int]:
    """A company with an agreement assigned to ``official``, made in the window by them."""
    company_id = new_company(db, "Bakkerij Jansen", user_id=official)
    with db.session(official) as session:
        consultations.log_interaction(
            session,
            company_id,
            InteractionInput(
                occurred_at=utcnow(),
                channel=Channel.VISIT,
                subject="Terras",
                official_ids=[official],
                agreements=[AgreementInput(description="Vergunning nakijken", assignee_id=official)],
            ),
        )
        session.commit()
        agreement_id = session.scalars(select(Agreement.id)).one()
    return company_id, agreement_id


def _row(db: Database, entity: Any, record_id: int) -> Any:
    with db.session() as session:
        return session.get(entity, record_id)


def _refused(engine: Engine, statement: str, **params: Any) -> None:
    with pytest.raises(ProgrammingError) as raised, engine.begin() as connection:
        connection.execute(text(statement), params)
    assert getattr(raised.value.orig, "sqlstate", None) == "42501", raised.value


def test_a_change_made_with_psql_is_recorded_like_one_made_in_the_window(server: Server) -> None:
    db = server.database
    anna = new_user(db, "anna", "Anna de Vries")
    _company, agreement_id = _agreement(db, anna)
    bert_sql, bert, _url = server.login(Role.BUSINESS_MANAGER, "Bert Bakker")

    # Anna starts on it in the window.
    with db.session(anna) as session:
        consultations.set_agreement_status(session, agreement_id, 1, AgreementStatus.IN_PROGRESS)
        session.commit()
    # Bert closes Anna's agreement with psql, behind the window's back.
    with bert_sql.begin() as connection:
        connection.execute(text("UPDATE agreement SET status = 'done' WHERE id = :id"), {"id": agreement_id})

    stored = _row(db, Agreement, agreement_id)
    assert (stored.status, stored.version, stored.updated_by_id) == (AgreementStatus.DONE, 3, bert)
    changed = [e for e in audit_entries(db, "agreement", agreement_id) if e.action != "create"]
    # Both read the same way: who, which field, from which value to which.
    assert [(e.user_id, e.action, e.field, e.old_value, e.new_value) for e in changed] == [
        (anna, "update", "status", "open", "in_progress"),
        (bert, "update", "status", "in_progress", "done"),
    ]
    assert changed[0].at <= changed[1].at


def test_a_login_cannot_pass_itself_off_as_someone_else(server: Server) -> None:
    db = server.database
    anna = new_user(db, "anna", "Anna de Vries")
    _company, agreement_id = _agreement(db, anna)
    bert_sql, bert, _url = server.login(Role.BUSINESS_MANAGER, "Bert Bakker")
    with bert_sql.begin() as connection:
        # The settings an owner's session may use are ignored for an ordinary login.
        connection.execute(text("SELECT set_config('ondernemersdesk.user_id', :u, true)"), {"u": str(anna)})
        connection.execute(text("SELECT set_config('ondernemersdesk.audit', 'off', true)"))
        connection.execute(
            text(
                "UPDATE agreement SET description = 'Afgehandeld', version = 1, updated_by_id = :anna, "
                "created_at = '2001-01-01', updated_at = '2001-01-01' WHERE id = :id"
            ),
            {"anna": anna, "id": agreement_id},
        )
    stored = _row(db, Agreement, agreement_id)
    assert (stored.description, stored.version, stored.updated_by_id) == ("Afgehandeld", 2, bert)
    assert stored.created_at.year == stored.updated_at.year == utcnow().year
    last = audit_entries(db, "agreement", agreement_id)[-1]
    assert (last.user_id, last.field, last.new_value) == (bert, "description", "Afgehandeld")
    # Nor can a record be moved out from under its history.
    _refused(bert_sql, "UPDATE agreement SET id = 999999 WHERE id = :id", id=agreement_id)


def test_rows_added_and_removed_with_psql_are_recorded(server: Server) -> None:
    db = server.database
    anna = new_user(db, "anna", "Anna de Vries")
    company_id = new_company(db, "Bakkerij Jansen", user_id=anna)
    with db.session(anna) as session:
        companies.add_contact(session, company_id, contact("Jansen", first_name="Piet"))
        session.commit()
        link_id = session.scalars(select(CompanyContact.id)).one()
    bert_sql, bert, _url = server.login(Role.BUSINESS_MANAGER, "Bert Bakker")
    with bert_sql.begin() as connection:
        new_id = connection.execute(
            text(
                "INSERT INTO company (name, name_folded, version, created_at, updated_at, updated_by_id) "
                "VALUES ('Slagerij Smit', 'slagerij smit', 7, '2001-01-01', '2001-01-01', :anna) RETURNING id"
            ),
            {"anna": anna},
        ).scalar_one()
        connection.execute(text("DELETE FROM company_contact WHERE id = :id"), {"id": link_id})
    made = _row(db, Company, new_id)
    assert (made.version, made.updated_by_id) == (1, bert)
    assert made.created_at.year == utcnow().year
    assert [(e.user_id, e.action) for e in audit_entries(db, "company", new_id)] == [(bert, "create")]
    assert [(e.user_id, e.action) for e in audit_entries(db, "company_contact", link_id)] == [
        (anna, "create"),
        (bert, "delete"),
    ]


def test_no_login_but_the_owner_writes_the_trail(server: Server) -> None:
    db = server.database
    anna = new_user(db, "anna", "Anna de Vries")
    company_id = new_company(db, "Bakkerij Jansen", user_id=anna)
    roles = (Role.DESK, Role.BUSINESS_MANAGER, Role.ADMINISTRATOR)
    logins = [server.login(role, f"Iemand {role}")[0] for role in roles]
    with db.engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM audit_entry")).scalar_one()
        trail = connection.execute(
            text("SELECT quote_ident(current_schema()) || '.audit_entry'")
        ).scalar_one()
    for engine in logins:
        _refused(
            engine,
            f"INSERT INTO {trail} (at, user_id, entity, entity_id, action, field, old_value, new_value) "
            "VALUES (now(), :anna, 'company', :id, 'update', 'name', 'Jansen', 'Vervalst')",
            anna=anna,
            id=company_id,
        )
        _refused(engine, f"UPDATE {trail} SET new_value = 'Vervalst'")
        _refused(engine, f"DELETE FROM {trail}")
        _refused(engine, f"TRUNCATE {trail}")
        _refused(engine, f"SELECT nextval(pg_get_serial_sequence('{trail}', 'id'))")
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_entry")).scalar_one() == before


def test_a_login_without_an_account_changes_nothing(server: Server) -> None:
    db = server.database
    anna = new_user(db, "anna", "Anna de Vries")
    _company, agreement_id = _agreement(db, anna)
    stranger, _none, _url = server.login(Role.BUSINESS_MANAGER, "", account=False)
    _refused(stranger, "UPDATE agreement SET status = 'done' WHERE id = :id", id=agreement_id)
    assert _row(db, Agreement, agreement_id).status == AgreementStatus.OPEN


def test_the_windows_saves_on_the_server_write_one_entry_per_changed_field(server: Server) -> None:
    db = server.database
    anna = new_user(db, "anna", "Anna de Vries")
    company_id = new_company(db, "Bakkerij Jansen", user_id=anna)
    _engine, bert, bert_url = server.login(Role.BUSINESS_MANAGER, "Bert Bakker")
    desk = Database(bert_url)  # Bert's own desk: the application connected as his login
    try:
        with desk.session(bert) as session:
            companies.update_company(
                session, company_id, 1, company("Bakkerij Jansen & Zn", phone="0612345678")
            )
            session.commit()
    finally:
        desk.dispose()
    # And a save by the owner's tools acting for Anna.
    with db.session(anna) as session:
        companies.update_company(
            session, company_id, 2, company("Bakkerij Jansen & Zn", phone="0612345678", website="jansen.nl")
        )
        session.commit()
    changes = [
        (e.user_id, e.field, e.old_value, e.new_value) for e in audit_entries(db, "company", company_id)
    ]
    assert changes == [
        (anna, None, None, None),
        (bert, "name", "Bakkerij Jansen", "Bakkerij Jansen & Zn"),
        (bert, "phone", None, "+31612345678"),
        (anna, "website", None, "https://jansen.nl"),
    ]
    stored = _row(db, Company, company_id)
    assert (stored.version, stored.updated_by_id) == (3, anna)


def test_every_versioned_table_has_the_triggers_owned_by_the_tables_owner(server: Server) -> None:
    with server.database.engine.connect() as connection:
        assert server_audit.tables_without_triggers(connection) == []
        functions = connection.execute(
            text(
                "SELECT p.proname, p.prosecdef, "
                "p.proowner = (SELECT relowner FROM pg_class WHERE oid = 'audit_entry'::regclass), "
                "p.proconfig FROM pg_proc p "
                "JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = current_schema() AND p.proname LIKE 'ondernemersdesk%'"
            )
        ).all()
    tables = {t.name for t in server_audit.audited_tables()}
    assert {"agreement", "company", "signal", "app_user", "knowledge_article"} <= tables
    assert {f"ondernemersdesk_audit_{t}" for t in tables} <= {f[0] for f in functions}
    for name, definer, owned_by_tables_owner, config in functions:
        assert definer and owned_by_tables_owner, name
        assert any(c.startswith("search_path=") for c in config), name


def test_an_ordinary_login_never_installs_and_waits_for_the_owner(server: Server) -> None:
    _engine, _bert, bert_url = server.login(Role.BUSINESS_MANAGER, "Bert Bakker")
    desk = Database(bert_url)
    statements: list[str] = []
    event.listen(desk.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    try:
        migrate(desk)  # a normal start: the triggers of this version are there
        assert all(s.lstrip().upper().startswith(("SELECT", "SHOW")) for s in statements), statements
        with server.database.engine.begin() as connection:  # as if an older version had installed them
            connection.exec_driver_sql(f"COMMENT ON FUNCTION {server_audit.MARKER_FUNCTION}() IS 'older'")
        with pytest.raises(DatabasePermissionError):
            migrate(desk)
        migrate(server.database)  # the owner's start brings them up to date
        migrate(desk)
    finally:
        desk.dispose()
    with server.database.engine.connect() as connection:
        assert server_audit.installed_marker(connection) == server_audit.marker()


def test_values_read_the_same_as_the_python_trail_writes_them(db: Database) -> None:
    """On both backends: booleans, floats, days, moments (with microseconds), choices, archiving.
    On the server whatever the session's time zone and float digits."""
    with db.session() as session:
        plan = AmbitionPlan(title="Plan", number=1, status=PlanStatus.DRAFT)
        session.add(plan)
        session.flush()
        ambition = Ambition(plan_id=plan.id, theme="Economie", title="Levendige kernen")
        session.add(ambition)
        session.flush()
        indicator = Indicator(
            ambition_id=ambition.id,
            name="Leegstand",
            unit="%",
            baseline=1234567.0,
            target=12.5,
            target_date=date(2027, 1, 1),
            direction=Direction.LOWER,
            source=IndicatorSource.MANUAL,
        )
        article = KnowledgeArticle(question="Terras?", answer="Vergunning.")
        category = SignalCategory(name="Afval", active=True)
        session.add_all([indicator, article, category])
        session.commit()
        ids = indicator.id, article.id, category.id
    new = {
        "baseline": 1e-05,
        "target": 1e16,
        "target_date": date(2028, 2, 29),
        "direction": Direction.HIGHER,
        "archived_at": datetime(2026, 11, 23, 9, 30, 0, 123400, tzinfo=UTC),
        "valid_from": date(2026, 1, 1),
        "active": False,
    }
    with db.session() as session:
        if db.dialect == "postgresql":  # the triggers format in UTC with Python's digits regardless
            session.execute(text("SET LOCAL TimeZone = 'America/New_York'"))
            session.execute(text("SET LOCAL extra_float_digits = 0"))
        found_indicator, found_article, found_category = (
            session.get(Indicator, ids[0]),
            session.get(KnowledgeArticle, ids[1]),
            session.get(SignalCategory, ids[2]),
        )
        old = {
            "baseline": found_indicator.baseline,
            "target": found_indicator.target,
            "target_date": found_indicator.target_date,
            "direction": found_indicator.direction,
            "archived_at": None,
            "valid_from": None,
            "active": True,
        }
        for key in ("baseline", "target", "target_date", "direction"):
            setattr(found_indicator, key, new[key])
        found_article.archived_at, found_article.valid_from = new["archived_at"], new["valid_from"]
        found_category.active = False
        session.commit()
    with db.session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action != "create")).all()
    got = {e.field: (e.action, e.old_value, e.new_value) for e in entries}
    expected = {
        key: ("archive" if key == "archived_at" else "update", text_value(old[key]), text_value(new[key]))
        for key in new
    }
    assert got == expected
    assert got["archived_at"][2] == "2026-11-23T09:30:00.123400+00:00"
    assert got["baseline"][1:] == ("1234567.0", "1e-05")


class _Inbox:
    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.lock = threading.Lock()

    def __call__(self, change: Change) -> None:
        with self.lock:
            self.changes.append(change)

    def wait_for(self, origin: str, seconds: float = 5) -> Change | None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with self.lock:
                found = next((c for c in self.changes if c.origin == origin), None)
            if found is not None:
                return found
            time.sleep(0.02)
        return None


def _notify(engine: Engine, schema: str, origin: str, user_id: int | None) -> None:
    payload = json.dumps({"o": origin, "u": user_id, "s": schema, "k": {"company": [1]}, "c": [1]})
    with engine.begin() as connection:
        connection.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": payload})


def test_a_live_notice_names_only_the_colleague_the_server_vouches_for(server: Server) -> None:
    db = server.database
    anna = new_user(db, "anna", "Anna de Vries")  # whose name a forger would borrow
    _desk_engine, _carla, carla_url = server.login(Role.DESK, "Carla Smit")
    bert_sql, bert, _url = server.login(Role.BUSINESS_MANAGER, "Bert Bakker")
    carla = Database(carla_url)  # Carla's desk listens as her own login
    inbox = _Inbox()
    listener = PgListener(carla.engine, inbox, ignore_origin="carlas-desk", poll_seconds=0.1)
    listener.start()
    try:
        assert listener.listening.wait(5)
        schema = listener.schema
        assert schema is not None
        # Bert claims the notice comes from Anna: Carla's window names Bert, whom the server knows.
        _notify(bert_sql, schema, "forged", anna)
        forged = inbox.wait_for("forged")
        assert forged is not None and forged.user_id == bert
        # Nor can he pass his notice off as Carla's own echo, so that her desk would not refresh.
        _notify(bert_sql, schema, "carlas-desk", anna)
        echo = inbox.wait_for("carlas-desk")
        assert echo is not None and echo.user_id == bert
        # The owner's tools (trusted, like the application acting for an official) name the official.
        _notify(db.engine, schema, "owner-tool", anna)
        vouched = inbox.wait_for("owner-tool")
        assert vouched is not None and vouched.user_id == anna
    finally:
        listener.stop()
        carla.dispose()


def test_a_notice_from_a_session_that_is_gone_names_nobody() -> None:
    """The sender is established from the server, never from the payload: unknown is nobody."""
    change = Change(kinds={"company": {1}}, user_id=42)
    assert vouch(change, None).user_id is None


def test_the_trigger_does_not_double_the_python_trail_on_the_server(server: Server) -> None:
    """The application writes no entry of its own on PostgreSQL (no login could): one per change."""
    db = server.database
    anna = new_user(db, "anna", "Anna de Vries")
    company_id = new_company(db, "Bakkerij Jansen", user_id=anna)
    with db.session(anna) as session:
        companies.update_company(session, company_id, 1, company("Bakkerij Jansen B.V."))
        session.commit()
    with db.session() as session:
        rows = session.execute(
            select(AuditEntry.entity, AuditEntry.action, AuditEntry.field).where(
                AuditEntry.entity == "company"
            )
        ).all()
    assert [tuple(r) for r in rows] == [("company", "create", None), ("company", "update", "name")]


def test_an_owner_may_copy_rows_with_their_own_history(server: Server) -> None:
    """The transfer of a local file and the demo data keep the rows' bookkeeping and add no entries."""
    db = server.database
    with db.engine.begin() as connection:
        server_audit.without_trail(connection)
        connection.execute(
            text(
                "INSERT INTO company (id, name, name_folded, version, created_at, updated_at) "
                "VALUES (500, 'Uit het bestand', 'uit het bestand', 4, '2020-05-01', '2021-06-01')"
            )
        )
    made = _row(db, Company, 500)
    assert (made.version, made.created_at.year) == (4, 2020)
    assert audit_entries(db, "company", 500) == []
    with db.engine.connect() as connection:  # the setting lasted only for that transaction
        assert connection.execute(text("SELECT current_setting('ondernemersdesk.audit', true)")).scalar() in (
            None,
            "",
        )


def test_refusals_reach_the_window_as_a_permission_error(server: Server) -> None:
    """What a login without an account meets in the application: a plain refusal, not a crash."""
    _engine, _none, url = server.login(Role.BUSINESS_MANAGER, "", account=False)
    desk = Database(url)
    try:
        with pytest.raises(DatabasePermissionError), desk.session() as session:
            session.execute(text("INSERT INTO signal_category (name, active) VALUES ('Afval', true)"))
    finally:
        desk.dispose()
