"""On a shared server each login gets exactly its role's privileges, per table and per column.

What a security officer checks: the server's own answer (``has_table_privilege``,
``has_column_privilege``, row-level security) for the group of every role agrees with the role table
(``models.permissions.ROLE_PERMISSIONS``) through the declaration in ``models.server.privileges``; a
desk login using psql cannot read confidential conversation reports nor reporters' contact details,
nor remove signals; and every role's own work in the application is not refused by the server.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Column, Connection, Integer, Table, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ProgrammingError

from models import schema
from models.consultations.entities import Agreement, Channel, Interaction, Responsible
from models.db import Database
from models.errors import DatabasePermissionError
from models.migrations import VERSION_TABLE
from models.permissions import ROLE_PERMISSIONS, Permission
from models.server import privileges
from models.server.roles import group_name, quote, role_group_name
from models.setup import set_up_database
from models.signals.entities import (
    ReactionReason,
    Signal,
    SignalCategory,
    SignalEvent,
    SignalSource,
    SignalStatus,
)
from models.signals.services import public_search_text, search_text
from models.team.entities import Role, User
from tests.conftest import _MigratedSchemas
from tests.models.conftest import company, contact, establishment

SUFFIX = uuid.uuid4().hex[:6]
TODAY = date.today()
NOW = datetime.now(UTC)
COMMANDS = ("SELECT", "INSERT", "UPDATE", "DELETE")


def test_every_table_has_a_declaration() -> None:
    assert privileges.undeclared() == set()
    assert set(privileges.TABLES) == privileges.declared_tables()  # and nothing stale


def test_a_new_table_without_a_declaration_is_caught() -> None:
    table = Table("sneaky_notes", schema.metadata, Column("id", Integer, primary_key=True))
    try:
        assert privileges.undeclared() == {"sneaky_notes"}
    finally:
        schema.metadata.remove(table)


def test_whoever_reads_the_audit_trail_may_read_what_it_holds() -> None:
    """The trail keeps old and new values of every field: reports and reporters' details too."""
    for role in Role:
        if privileges.may_read(role, "audit_entry"):
            for table, rule in privileges.TABLES.items():
                for column in rule.hidden:
                    assert privileges.may_read(role, table, column), (role, table, column)
            assert privileges.grant(role, "interaction", []).all_rows, role


# -- on the server ----------------------------------------------------------------------------------


@dataclass
class Server:
    database: Database  # the schema's owner
    schema: str
    logins: list[str]

    def login(self, role: Role) -> tuple[Database, int]:
        """A login of this role, made as IT would (a member of the role's group), with its account."""
        name = f"{role.value[:8]}_{SUFFIX}_{len(self.logins)}"
        with self.database.session() as session:
            group = role_group_name(session, role)
        with self.database.engine.begin() as connection:
            connection.execute(text(f"CREATE ROLE {quote(name)} LOGIN PASSWORD 'pw' IN ROLE {quote(group)}"))
        self.logins.append(name)
        with self.database.session() as session:
            user = User(username=name, full_name=f"{role.value} {SUFFIX}", role=role)
            session.add(user)
            session.commit()
            user_id = user.id
        url = make_url(self.database.url).set(username=name, password="pw")
        return Database(url.render_as_string(hide_password=False)), user_id


class _SetUpSchemas(_MigratedSchemas):
    """A schema set up as ``admin setup`` leaves it (the group roles, the privileges, the owner as
    the first administrator) once per test process instead of once per test (seconds of DDL and
    grants each): after a test it is emptied and given the set-up's rows again, or, when the test
    changed more than rows (privileges, policies, roles), dropped, and the next test gets a new one.
    The set-up's rows are kept in a schema beside it, ``<schema>_setup``."""

    def prepare(self, database: Database, schema: str) -> None:
        with database.session() as session:
            owner = session.execute(text("SELECT current_user")).scalar_one()
        set_up_database(database, username=owner, full_name="Eigenaar")
        assert self.admin is not None
        with self.admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}_setup"))
            for table in self._filled(connection, schema):
                connection.execute(text(f'CREATE TABLE {schema}_setup."{table}" AS TABLE {schema}."{table}"'))
            connection.execute(
                text(
                    f"CREATE TABLE {schema}_setup.sequences AS SELECT sequencename, last_value "
                    "FROM pg_sequences WHERE schemaname = :schema"
                ),
                {"schema": schema},
            )

    @staticmethod
    def _filled(connection: Connection, schema: str) -> list[str]:
        tables = connection.scalars(
            text("SELECT tablename FROM pg_tables WHERE schemaname = :schema AND tablename <> :version"),
            {"schema": schema, "version": VERSION_TABLE},
        ).all()
        return [t for t in tables if connection.scalar(text(f'SELECT EXISTS (SELECT 1 FROM {schema}."{t}")'))]

    def refill(self, schema: str) -> None:
        assert self.admin is not None
        with self.admin.begin() as connection:
            # As they were stored: no trigger adds an audit entry or a notice to what is restored.
            connection.execute(text("SET LOCAL session_replication_role = replica"))
            for table in connection.scalars(
                text("SELECT tablename FROM pg_tables WHERE schemaname = :seed AND tablename <> 'sequences'"),
                {"seed": f"{schema}_setup"},
            ).all():
                columns = ", ".join(
                    f'"{c}"'
                    for c in connection.scalars(
                        text(
                            "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(:t) AND attnum > 0 "
                            "AND NOT attisdropped AND attgenerated = '' ORDER BY attnum"
                        ),
                        {"t": f'{schema}."{table}"'},
                    )
                )
                connection.execute(
                    text(
                        f'INSERT INTO {schema}."{table}" ({columns}) OVERRIDING SYSTEM VALUE '
                        f'SELECT {columns} FROM {schema}_setup."{table}"'
                    )
                )
            for sequence, last_value in connection.execute(
                text(f"SELECT sequencename, last_value FROM {schema}_setup.sequences")
            ).tuples():
                if last_value is not None:
                    connection.execute(
                        text("SELECT setval(:s, :v, true)"), {"s": f'{schema}."{sequence}"', "v": last_value}
                    )

    def drop(self, schema: str) -> None:
        super().drop(schema)
        assert self.admin is not None
        with self.admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {schema}_setup CASCADE"))


@pytest.fixture(scope="module")
def _set_up_schemas() -> Iterator[_SetUpSchemas]:
    schemas = _SetUpSchemas()
    yield schemas
    schemas.close()


@pytest.fixture
def server(_set_up_schemas: _SetUpSchemas) -> Iterator[Server]:
    database = Database(_set_up_schemas.acquire())
    assert _set_up_schemas.schema is not None
    found = Server(database=database, schema=_set_up_schemas.schema, logins=[])
    try:
        yield found
    finally:
        with database.engine.begin() as connection:
            for name in found.logins:
                connection.execute(text(f"DROP OWNED BY {quote(name)}"))
                connection.execute(text(f"DROP ROLE {quote(name)}"))
        database.dispose()
        _set_up_schemas.release()


def test_the_server_grants_what_the_declaration_derives_for_every_role_and_table(server: Server) -> None:
    with server.database.session() as session:
        tables = set(
            session.scalars(
                text("SELECT tablename FROM pg_tables WHERE schemaname = :s"), {"s": server.schema}
            )
        )
        # Every table the migrations made is declared: a table added without one fails here.
        assert tables == set(privileges.TABLES)
        installation = group_name(session)
        for table in sorted(tables):
            qualified = f"{quote(server.schema)}.{quote(table)}"
            columns = list(
                session.scalars(
                    text(
                        "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(:t) "
                        "AND attnum > 0 AND NOT attisdropped"
                    ),
                    {"t": qualified},
                )
            )
            for command in (*COMMANDS, "TRUNCATE", "REFERENCES", "TRIGGER"):
                # The schema's version only: a login in no role group learns it has no account.
                expected = table == "alembic_version" and command == "SELECT"
                assert (
                    session.scalar(
                        text("SELECT has_table_privilege(:g, :t, :c)"),
                        {"g": installation, "t": qualified, "c": command},
                    )
                    == expected
                ), (installation, table, command)
            rule = privileges.TABLES[table]
            row_security, policies = session.execute(
                text(
                    "SELECT relrowsecurity, (SELECT count(*) FROM pg_policy WHERE polrelid = c.oid) "
                    "FROM pg_class c WHERE oid = to_regclass(:t)"
                ),
                {"t": qualified},
            ).one()
            assert row_security == (rule.rows is not None or rule.write_rows is not None), table
            assert policies == len(Role) * rule.policies, table
            for role in Role:
                group = role_group_name(session, role)
                expected = privileges.grant(role, table, columns)
                for command in COMMANDS:
                    wanted = command in expected.commands and (
                        command != "SELECT" or expected.select_columns is None
                    )
                    has = session.scalar(
                        text("SELECT has_table_privilege(:g, :t, :c)"),
                        {"g": group, "t": qualified, "c": command},
                    )
                    assert has == wanted, (role, table, command)
                for command in ("TRUNCATE", "REFERENCES", "TRIGGER"):
                    assert not session.scalar(
                        text("SELECT has_table_privilege(:g, :t, :c)"),
                        {"g": group, "t": qualified, "c": command},
                    ), (role, table, command)
                for column in columns:
                    has = session.scalar(
                        text("SELECT has_column_privilege(:g, :t, :col, 'SELECT')"),
                        {"g": group, "t": qualified, "col": column},
                    )
                    assert has == privileges.may_read(role, table, column), (role, table, column)
                # The role table itself, read the other way round: the permissions that name this table.
                granted = ROLE_PERMISSIONS[role]
                assert ("INSERT" in expected.commands) == bool(granted & rule.insert), (role, table)
                sequences = [
                    s
                    for s in session.scalars(
                        text(
                            "SELECT pg_get_serial_sequence(:t, attname) FROM pg_attribute "
                            "WHERE attrelid = to_regclass(:t) AND attnum > 0 AND NOT attisdropped"
                        ),
                        {"t": qualified},
                    )
                    if s
                ]
                for sequence in sequences:
                    uses = session.scalar(
                        text("SELECT has_sequence_privilege(:g, :s, 'USAGE')"), {"g": group, "s": sequence}
                    )
                    assert uses == ("INSERT" in expected.commands), (role, sequence)


def test_installing_again_changes_nothing(server: Server) -> None:
    from models.server import install

    def snapshot() -> set[tuple]:
        with server.database.session() as session:
            return set(
                session.execute(
                    text(
                        "SELECT grantee, table_name, column_name, privilege_type "
                        "FROM information_schema.column_privileges WHERE table_schema = :s"
                    ),
                    {"s": server.schema},
                ).tuples()
            )

    before = snapshot()
    with server.database.session() as session:
        install.install(session)
        session.commit()
    assert snapshot() == before


def test_an_upgrade_takes_the_old_blanket_privileges_away(server: Server) -> None:
    """An installation set up by an earlier version gave its group every table; ``admin migrate``
    (``install.reinstall``, as the owner) brings it to the role table. Nobody else can."""
    from models.server import install

    with server.database.session() as session:
        installation = group_name(session)
        desk_group = role_group_name(session, Role.DESK)
    schema_name = quote(server.schema)
    with server.database.engine.begin() as connection:  # as the earlier version left it
        connection.execute(
            text(
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema_name} TO {quote(installation)}"
            )
        )
    desk, _desk_id = server.login(Role.DESK)
    try:
        assert not install.reinstall(desk)  # not the owner: nothing happens
        assert install.reinstall(server.database)
        with server.database.session() as session:
            for group in (installation, desk_group):
                assert not session.scalar(
                    text("SELECT has_column_privilege(:g, :t, 'report', 'SELECT')"),
                    {"g": group, "t": f"{schema_name}.interaction"},
                )
                assert not session.scalar(
                    text("SELECT has_table_privilege(:g, :t, 'DELETE')"),
                    {"g": group, "t": f"{schema_name}.signal"},
                )
    finally:
        desk.dispose()


# -- a desk login with psql -------------------------------------------------------------------------


def _seed(database: Database) -> dict[str, int]:
    """A company with a confidential and an open contact moment (each with an agreement), a signal
    with its reporter's details and feedback sent to them; made by the owner."""
    with database.session() as session:
        from models.companies.services import create_company

        company_id = create_company(session, company("Bakkerij Jansen"), establishment())
        moments = {}
        for confidential in (True, False):
            moment = Interaction(
                company_id=company_id,
                occurred_at=NOW - timedelta(days=1),
                channel=Channel.VISIT,
                subject="Vertrouwelijk gesprek" if confidential else "Open gesprek",
                report="Schulden bij de belastingdienst" if confidential else "Over de gevel",
                confidential=confidential,
            )
            session.add(moment)
            session.flush()
            session.add(
                Agreement(
                    interaction_id=moment.id,
                    company_id=company_id,
                    description="Betalingsregeling" if confidential else "Gevel schilderen",
                    responsible=Responsible.ENTREPRENEUR,
                )
            )
            moments[confidential] = moment.id
        category = SignalCategory(name="Afval", target_days=5)
        session.add(category)
        session.add(ReactionReason(name="Niet opgelost", reopens=True))
        session.flush()
        signal = Signal(
            reported_at=NOW,
            source=SignalSource.CITIZEN,
            category_id=category.id,
            description="Zwerfvuil bij de bakker",
            street="Noordereinde",
            company_id=company_id,
            reporter_name="Karel Klager",
            reporter_phone="+31612345678",
            reporter_email="karel@example.nl",
            wants_contact=True,
            search_text=search_text(
                "Karel Klager",
                "karel@example.nl",
                "+31612345678",
                "Noordereinde",
                None,
                None,
                None,
                "Bakkerij Jansen",
                "Zwerfvuil bij de bakker",
            ),
            public_search_text=public_search_text(
                "Noordereinde", None, None, None, "Bakkerij Jansen", "Zwerfvuil bij de bakker"
            ),
        )
        session.add(signal)
        session.flush()
        session.add(
            SignalEvent(
                signal_id=signal.id,
                to_status=SignalStatus.DONE,
                done="Opgeruimd",
                feedback="Beste Karel Klager, het is opgeruimd.",
            )
        )
        session.commit()
        return {
            "company": company_id,
            "confidential": moments[True],
            "open": moments[False],
            "signal": signal.id,
        }


def _refused(engine: Engine, statement: str) -> None:
    with engine.connect() as connection, pytest.raises(ProgrammingError, match="permission denied"):
        connection.execute(text(statement))


def test_a_desk_login_cannot_read_confidential_reports_nor_reporters_with_psql(server: Server) -> None:
    seeded = _seed(server.database)
    desk, _desk_id = server.login(Role.DESK)
    manager, _manager_id = server.login(Role.BUSINESS_MANAGER)
    official, _official_id = server.login(Role.OFFICIAL)
    try:
        engine = desk.engine
        for statement in (
            "SELECT report FROM interaction",
            "SELECT * FROM interaction",
            "SELECT reporter_name FROM signal",
            "SELECT reporter_phone FROM signal",
            "SELECT reporter_email FROM signal",
            "SELECT search_text FROM signal",
            "SELECT * FROM signal",
            "SELECT id FROM signal WHERE reporter_phone = '+31612345678'",  # no probing either
            "SELECT feedback FROM signal_event",
            "SELECT comment FROM signal_reaction",  # the reporter's own words
            "INSERT INTO signal_reaction (signal_id, at, satisfied, version, created_at, updated_at) "
            "VALUES (1, now(), true, 1, now(), now())",
            "UPDATE signal_reaction SET satisfied = true",
            "INSERT INTO signal_reaction_reason (name, reopens, active, version, created_at, updated_at) "
            "VALUES ('x', true, true, 1, now(), now())",
            "SELECT count(*) FROM interaction_official",
            "SELECT count(*) FROM audit_entry",
            # Finding 2: nothing removed, nothing changed that the desk does not change in the window.
            "DELETE FROM signal",
            "DELETE FROM interaction",
            "DELETE FROM signal_event",
            "UPDATE signal SET status = 'done'",
            "UPDATE agreement SET status = 'done'",
            "UPDATE company SET name = 'Overgenomen'",
            "UPDATE interaction SET confidential = false",
        ):
            _refused(engine, statement)
        with engine.connect() as connection:
            # The confidential contact moment and its agreement are not there for the desk.
            visible = connection.execute(text("SELECT id, subject FROM interaction ORDER BY id")).all()
            assert [row.id for row in visible] == [seeded["open"]]
            descriptions = connection.scalars(text("SELECT description FROM agreement")).all()
            assert descriptions == ["Gevel schilderen"]
            # What the desk does need: the signal itself, and the history without the letters.
            assert connection.execute(
                text("SELECT description, status FROM signal WHERE id = :i"), {"i": seeded["signal"]}
            ).one() == ("Zwerfvuil bij de bakker", "reported")
            assert connection.scalars(text("SELECT done FROM signal_event")).all() == ["Opgeruimd"]
        with engine.begin() as connection, pytest.raises(ProgrammingError, match="row-level security"):
            # Nor can it make a contact moment it could not read back.
            connection.execute(
                text(
                    "INSERT INTO interaction (company_id, occurred_at, channel, subject, confidential, "
                    "version, created_at, updated_at) VALUES (:c, now(), 'desk', 'x', true, 1, now(), now())"
                ),
                {"c": seeded["company"]},
            )
        # The roles that may, read them.
        with manager.engine.connect() as connection:
            assert connection.scalar(
                text("SELECT report FROM interaction WHERE id = :i"), {"i": seeded["confidential"]}
            )
            assert connection.scalar(text("SELECT reporter_phone FROM signal")) == "+31612345678"
            assert connection.scalar(text("SELECT count(*) FROM agreement")) == 2
        with official.engine.connect() as connection:  # reads reports, does not handle signals
            assert connection.scalar(text("SELECT count(report) FROM interaction")) == 2
        _refused(official.engine, "SELECT reporter_name FROM signal")
        _refused(official.engine, "SELECT feedback FROM signal_event")
        _refused(manager.engine, "DELETE FROM signal")  # nobody removes signals
    finally:
        for login in (desk, manager, official):
            login.dispose()


# -- the application says the same, on both databases --------------------------------------------------


def test_the_services_shield_the_same_as_the_server_on_both_databases(db: Database) -> None:
    from models.consultations import services as consultations
    from models.desk import services as desk
    from models.documents import services as documents
    from models.errors import PermissionDeniedError
    from models.signals import services as signals
    from tests.models.conftest import new_user

    seeded = _seed(db)
    users = {role: new_user(db, f"u_{role.value}", role.value, role) for role in Role}
    with db.session(users[Role.DESK]) as session:
        summary = desk.company_summary(session, seeded["company"], today=TODAY)
        assert summary.moment_count == 1 and [m.subject for m in summary.recent] == ["Open gesprek"]
        assert [a.description for a in summary.open_agreements] == ["Gevel schilderen"]
        with pytest.raises(PermissionDeniedError):
            signals.earlier_signals(session, "0612345678")
    for role in Role:
        handles = Permission.HANDLE_SIGNALS in ROLE_PERMISSIONS[role]
        with db.session(users[role]) as session:
            record = signals.signal(session, seeded["signal"], today=TODAY)
            assert record.shielded is not handles, role
            assert (record.reporter_phone == "+31612345678") is handles, role
            assert (record.events[0].feedback is not None) is handles, role
            [row] = signals.signal_rows(session, [seeded["signal"]], today=TODAY)
            assert (row.reporter, row.shielded) == (("Karel Klager", False) if handles else (None, True)), (
                role
            )
            by_name = signals.SignalFilter(text="klager", sort="reporter")
            assert signals.find_signals(session, by_name, today=TODAY) == (
                [seeded["signal"]] if handles else []
            )
            by_place = signals.SignalFilter(text="zwerfvuil noordereinde", sort="reporter")
            assert signals.find_signals(session, by_place, today=TODAY) == [seeded["signal"]], role
            assert signals.sees_reporters(session) is handles
            if not handles:
                event_id = session.scalar(select(SignalEvent.id))
                with pytest.raises(PermissionDeniedError):
                    documents.feedback_letter(session, event_id, today=TODAY)
            if Permission.VIEW_CONSULTATIONS in ROLE_PERMISSIONS[role]:
                moments = consultations.timeline(session, seeded["company"], today=TODAY)
                assert {m.confidential for m in moments} == {True, False}, role


# -- every role's own work, as a login of that role ---------------------------------------------------


Work = Callable[..., object]


def _work(role: Role, seeded: dict[str, int], user_id: int) -> list[tuple[str, Work]]:
    """The services a role may call (by its permissions), as the window calls them."""
    from models.ambitions import cocreation, indicators
    from models.ambitions import services as ambitions
    from models.audit import services as audit_log
    from models.companies import listing
    from models.companies import services as companies
    from models.companies.search import SearchService
    from models.consultations import services as consultations
    from models.desk import knowledge
    from models.desk import services as desk
    from models.documents import services as documents
    from models.hotspots import services as hotspots
    from models.lookups import areas, officials
    from models.rounds import services as rounds
    from models.signals import categories, feedback, reactions
    from models.signals import services as signals
    from models.team import identity
    from models.team import services as accounts

    cid, sid = seeded["company"], seeded["signal"]
    granted = ROLE_PERMISSIONS[role]
    P = Permission
    work: list[tuple[str, Work]] = [
        ("sign in", lambda s: accounts.sign_in(s, ("x", "x"))),
        ("lookups", lambda s: (areas(s), officials(s), identity.identity(s))),
        (
            "company list",
            lambda s: listing.company_rows(s, listing.list_company_ids(s, listing.CompanyFilter())),
        ),
        # A phrase with a short word goes through the index of word pairs (its function, revision 0020).
        ("search", lambda s: (SearchService(s).search("bakker"), SearchService(s).search("bakker d"))),
        ("company file", lambda s: companies.company_file(s, cid)),
        (
            "report a signal with the reporter's details",
            lambda s: signals.register_signal(
                s,
                signals.SignalInput(
                    category_id=s.scalar(select(SignalCategory.id)),
                    description="Losliggende stoeptegel",
                    street="Kerkstraat",
                    reporter_name="Els Melder",
                    reporter_phone="0612345679",
                    reporter_email="els@example.nl",
                    wants_contact=True,
                ),
            ),
        ),
        (
            "signals",
            lambda s: (
                signals.signal(s, sid, today=TODAY),
                signals.signal_rows(
                    s,
                    signals.find_signals(
                        s, signals.SignalFilter(text="bakker", sort="reporter"), today=TODAY
                    ),
                    today=TODAY,
                ),
                signals.counts(s, today=TODAY),
                categories.categories(s),
                feedback.templates(s),
                signals.sees_reporters(s),
            ),
        ),
        (
            "hotspots",
            lambda s: (
                [
                    hotspots.hotspots(s, TODAY - timedelta(days=90), TODAY, g, today=TODAY)
                    for g in hotspots.GROUPS
                ]
                + [hotspots.satisfaction(s, TODAY - timedelta(days=90), TODAY, g) for g in hotspots.GROUPS]
                + [documents.hotspots_report(s, TODAY - timedelta(days=90), TODAY, today=TODAY)]
            ),
        ),
        ("ambitions", lambda s: [ambitions.overview(s, p.id, today=TODAY) for p in ambitions.plans(s)]),
        ("knowledge", lambda s: knowledge.search_articles(s, "vergunning", today=TODAY)),
        ("company's actions", lambda s: ambitions.company_actions(s, cid)),
        (
            "monitoring series",
            lambda s: indicators.open_agreements_series(s, TODAY - timedelta(days=200), TODAY),
        ),
    ]
    if P.EDIT_COMPANIES in granted:

        def edit_companies(s):
            new = companies.create_company(
                s, company(f"Fietsen Bos {role.value}"), establishment(house_number="3")
            )
            found = companies.company_file(s, new)
            companies.update_company(s, new, found.version, company(f"Fietsen Bos {role.value} BV"))
            companies.add_contact(s, new, contact("Bos"))
            link = companies.company_file(s, new).contacts[0]
            companies.remove_contact(s, link.link_id, link.link_version)

        work.append(("edit companies", edit_companies))
    if P.VIEW_CONSULTATIONS in granted:
        work.append(
            (
                "read contact moments",
                lambda s: (
                    consultations.timeline(s, cid, today=TODAY),
                    consultations.my_work(s, None, today=TODAY),
                    documents.briefing(s, cid, today=TODAY) if P.VIEW_ROUNDS in granted else None,
                    documents.dossier(s, cid, today=TODAY),
                    documents.report(s, seeded["confidential"], today=TODAY),
                ),
            )
        )
    if P.RECORD_CONSULTATIONS in granted:

        def record(s):
            data = consultations.InteractionInput(
                occurred_at=NOW,
                subject="Bezoek",
                report="Vertrouwelijk verslag",
                confidential=True,
                official_ids=[user_id],
                agreements=[consultations.AgreementInput(description="Offerte sturen", assignee_id=user_id)],
            )
            iid = consultations.log_interaction(s, cid, data)
            record = consultations.interaction(s, iid, today=TODAY)
            data.report = "Aangevuld verslag"
            consultations.update_interaction(s, iid, record.version, data)
            agreement = consultations.interaction(s, iid, today=TODAY).agreements[0]
            consultations.set_agreement_status(
                s, agreement.id, agreement.version, consultations.AgreementStatus.DONE, "Verstuurd"
            )

        work.append(("record contact moments", record))
    if P.MERGE_COMPANIES in granted:

        def merge_and_undo(s):
            """Every record of a copy moves (contact moments, signals, desk questions, actions' links…)."""
            from models.duplicates import candidates as duplicate_candidates
            from models.duplicates import merge as duplicates

            copy = companies.create_company(
                s, company(f"Kopie {role.value}"), establishment(house_number="5"), allow_duplicate=True
            )
            s.add(Interaction(company_id=copy, occurred_at=NOW, channel=Channel.VISIT, subject="Bezoek"))
            s.flush()
            plan = duplicates.merge_plan(s, "company", cid, copy)
            merged = duplicates.merge(
                s, "company", cid, plan.survivor_version, copy, plan.merged_version, plan.proposed_values()
            )
            duplicates.undo(s, merged)
            duplicate_candidates.not_a_duplicate(s, "company", cid, copy)
            duplicate_candidates.company_candidates(s)

        work.append(("merge duplicates and undo", merge_and_undo))
    if P.HANDLE_SIGNALS in granted:

        def handle(s):
            record = signals.signal(s, sid, today=TODAY)
            assert record.reporter_phone == "+31612345678" and not record.shielded
            event_id = signals.move_signal(
                s,
                sid,
                record.version,
                signals.TransitionInput(
                    status=SignalStatus.HANDLING,
                    found="Weer vuil",
                    feedback="Beste Karel, we gaan weer kijken.",
                ),
            )
            record = signals.signal(s, sid, today=TODAY)
            signals.update_signal(
                s,
                sid,
                record.version,
                signals.SignalInput(
                    category_id=record.category_id,
                    description=record.description,
                    street="Noordereinde",
                    company_id=cid,
                    reporter_name="Karel Klager",
                    reporter_phone="0612345678",
                    wants_contact=True,
                ),
            )
            assert signals.earlier_signals(s, "0612345678")
            documents.feedback_letter(s, event_id, today=TODAY)
            # The reporter's reaction after afgehandeld: a request to reopen, accepted.
            record = signals.signal(s, sid, today=TODAY)
            signals.move_signal(
                s,
                sid,
                record.version,
                signals.TransitionInput(
                    status=SignalStatus.DONE, done="Opgeruimd", feedback="Beste Karel, klaar."
                ),
            )
            reason = next(r.id for r in reactions.reasons(s) if r.reopens)
            version = signals.signal(s, sid, today=TODAY).version
            reaction = reactions.record_reaction(
                s,
                sid,
                version,
                reactions.ReactionInput(satisfied=False, reason_id=reason, comment="Nog vuil"),
            )
            assert reaction.reopen_requested
            record = signals.signal(s, sid, today=TODAY)
            assert record.reactions[-1].comment == "Nog vuil"
            signals.move_signal(
                s,
                sid,
                record.version,
                signals.TransitionInput(
                    status=SignalStatus.HANDLING, feedback="Beste Karel, we kijken opnieuw."
                ),
            )

        work.append(("handle signals", handle))
    if P.CONFIGURE_SIGNALS in granted:
        work.append(
            (
                "configure signals",
                lambda s: (
                    categories.save_category(s, f"Geluid {role.value}", 10),
                    feedback.save_template(s, f"Standaard {role.value}", "Beste {naam},"),
                    reactions.save_reason(s, f"Reden {role.value}", False),
                ),
            )
        )
    if P.DESK in granted:

        def at_the_desk(s):
            summary = desk.company_summary(s, cid, today=TODAY)
            if P.VIEW_CONSULTATIONS not in granted:  # what the desk sees, also in the application
                assert summary.moment_count == 1 and [m.subject for m in summary.recent] == ["Open gesprek"]
                assert [a.description for a in summary.open_agreements] == ["Gevel schilderen"]
            desk.log_question(
                s,
                desk.QuestionInput(
                    question="Mag ik een terras?",
                    answer="Ja, met vergunning",
                    company_id=cid,
                    handover=desk.HandoverInput(assignee_id=user_id),
                ),
            )
            desk.log_question(s, desk.QuestionInput(question="Starten?", visitor="Piet Starter"))
            desk.questions(s, TODAY, TODAY)
            desk.search_questions(s, "piet starter")
            desk.asked_most(s, TODAY, TODAY)

        work.append(("desk", at_the_desk))
    if P.EDIT_KNOWLEDGE in granted:

        def write_knowledge(s):
            data = knowledge.ArticleInput(question="Terras?", answer="Vergunning nodig", tags="horeca")
            article_id = knowledge.create_article(s, data)
            found = knowledge.article(s, article_id, today=TODAY)
            data.answer = "Vergunning nodig, 6 weken"
            knowledge.update_article(s, article_id, found.version, data)

        work.append(("write knowledge", write_knowledge))
    if P.EDIT_AMBITIONS in granted:

        def plan(s):
            plan_id = ambitions.create_plan(s, f"Agenda {role.value}")
            ambition_id = ambitions.save_ambition(
                s, plan_id, ambitions.AmbitionInput(theme="Centrum", title="Levendig")
            )
            agreement_ids = [a for a, _t in ambitions.agreements_of(s, [cid])]
            ambitions.save_action(
                s,
                ambition_id,
                ambitions.ActionInput(title="Terrassen", company_ids=[cid], agreement_ids=agreement_ids),
            )
            respondent = cocreation.save_respondent(
                s, cocreation.RespondentInput(name="Winkeliersvereniging")
            )
            idea = cocreation.save_idea(
                s, respondent, cocreation.IdeaInput(text="Meer groen", received_on=TODAY, ambition_ids=[])
            )
            cocreation.link_idea(s, idea, [ambition_id])
            indicator = indicators.save_indicator(
                s,
                ambition_id,
                indicators.IndicatorInput(
                    name="Bezoekers",
                    unit="per dag",
                    baseline=500.0,
                    baseline_date=TODAY - timedelta(days=30),
                    target=800.0,
                    target_date=TODAY + timedelta(days=365),
                ),
            )
            measured = indicators.add_measurement(s, indicator, TODAY, 520.0)
            indicators.delete_measurement(s, measured, 1)

        work.append(("ambitions", plan))
    if P.MANAGE_AREAS in granted:

        def make_areas(s):
            from models.companies import areas as area_service

            kern = area_service.save_area(s, area_service.AreaInput(name=f"Kern {role.value}"))
            [made] = [a for a in area_service.area_records(s) if a.id == kern]
            area_service.save_area(s, area_service.AreaInput(name=f"Dorp {role.value}"), kern, made.version)

        work.append(("kernen and areas", make_areas))
    if P.EDIT_ROUNDS in granted:

        def round_(s):
            round_id = rounds.save_round(
                s, rounds.RoundInput(held_on=TODAY, title="Winkelstraat", official_ids=[user_id])
            )
            category_id = s.scalar(select(SignalCategory.id))
            observation = lambda finding: rounds.add_observation(  # noqa: E731
                s,
                round_id,
                rounds.ObservationInput(
                    observed_at=NOW, category_id=category_id, company_id=cid, finding=finding
                ),
            )
            rounds.follow_up_as_signal(s, observation("Afval naast de bak"), 1)
            rounds.follow_up_as_agreement(
                s,
                observation("Reclamebord op de stoep"),
                1,
                consultations.AgreementInput(description="Bord weg", responsible=Responsible.ENTREPRENEUR),
            )
            rounds.daily_report(s, TODAY, today=TODAY)
            rounds.search_rounds(s, "afval", TODAY, TODAY)
            rounds.entrepreneur_report(s, cid, TODAY, TODAY, today=TODAY)

        work.append(("rounds", round_))
    if P.MANAGE_IDENTITY in granted:
        work.append(
            (
                "identity",
                lambda s: identity.save_identity(
                    s, identity.Identity(name="Gemeente Wijdemeren", address="Postbus 190")
                ),
            )
        )
    if P.MANAGE_ACCOUNTS in granted:
        work.append(("accounts", lambda s: accounts.list_accounts(s)))
    if P.VIEW_COMPANY_HISTORY in granted:
        work.append(
            (
                "company history",
                lambda s: audit_log.entry_rows(
                    s,
                    audit_log.entry_ids(s, audit_log.AuditFilter(records=audit_log.company_records(s, cid))),
                ),
            )
        )
    return work


@pytest.mark.parametrize("role", list(Role))
def test_every_role_does_its_work_as_its_own_login(server: Server, role: Role) -> None:
    seeded = _seed(server.database)
    login, user_id = server.login(role)
    try:
        for name, task in _work(role, seeded, user_id):
            with login.session(user_id) as session:
                try:
                    task(session)
                    session.commit()
                except DatabasePermissionError as refused:  # the server said no to the window's own work
                    pytest.fail(f"{role.value}: '{name}' was refused by the server: {refused}")
    finally:
        login.dispose()


def test_the_desk_reports_a_signal_and_sees_it_without_the_reporter(server: Server) -> None:
    """Reporting with the reporter's details works for a desk login; reading them back does not,
    and the application says they are shielded instead of failing."""
    from models.signals import services as signals

    seeded = _seed(server.database)
    desk, desk_id = server.login(Role.DESK)
    try:
        with desk.session(desk_id) as session:
            category_id = session.scalar(select(SignalCategory.id))
            signal_id = signals.register_signal(
                session,
                signals.SignalInput(
                    category_id=category_id,
                    description="Kapotte lantaarnpaal",
                    street="Kerkstraat",
                    reporter_name="Els Melder",
                    reporter_phone="0612345679",
                    wants_contact=True,
                ),
            )
            session.commit()
        with desk.session(desk_id) as session:
            record = signals.signal(session, signal_id, today=TODAY)
            assert record.shielded and record.reporter_name is None and record.reporter_phone is None
            assert record.wants_contact and not record.anonymous
            older = signals.signal(session, seeded["signal"], today=TODAY)
            assert [e.feedback for e in older.events] == [None]
            rows = signals.signal_rows(session, [signal_id, seeded["signal"]], today=TODAY)
            assert {(r.reporter, r.shielded) for r in rows} == {(None, True)}
            # Found by what the desk may read; not by the reporter's name.
            assert signals.find_signals(session, signals.SignalFilter(text="lantaarnpaal"), today=TODAY) == [
                signal_id
            ]
            assert signals.find_signals(session, signals.SignalFilter(text="melder"), today=TODAY) == []
        with server.database.session() as session:  # what was stored, as the owner sees it
            stored = session.get(Signal, signal_id)
            assert stored is not None
            assert (stored.reporter_name, stored.reporter_phone) == ("Els Melder", "+31612345679")
            assert "els melder" in stored.search_text
    finally:
        desk.dispose()


def test_a_kartrekker_login_changes_the_actions_of_its_own_ambition_only(server: Server) -> None:
    """The business manager who leads an ambition updates its actions, in the window and with psql;
    the actions of another ambition they can read but not change, add to or link (row policies)."""
    from models.ambitions import services as ambitions

    login, user_id = server.login(Role.BUSINESS_MANAGER)
    try:
        with server.database.session() as s:
            plan_id = ambitions.create_plan(s, "Agenda kartrekker")
            led = ambitions.save_ambition(
                s, plan_id, ambitions.AmbitionInput(theme="Centrum", title="Levendig", lead_id=user_id)
            )
            other = ambitions.save_ambition(
                s, plan_id, ambitions.AmbitionInput(theme="Verkeer", title="Bereikbaar")
            )
            mine = ambitions.save_action(s, led, ambitions.ActionInput(title="Pop-ups"))
            theirs = ambitions.save_action(s, other, ambitions.ActionInput(title="Parkeren"))
            s.commit()
        with login.session(user_id) as s:
            ambitions.save_action(s, led, ambitions.ActionInput(title="Pop-ups in de Kerkstraat"), mine, 1)
            ambitions.save_action(s, led, ambitions.ActionInput(title="Leegstandsbeheer"))
            s.commit()
        with login.engine.begin() as connection:
            assert connection.execute(text("SELECT count(*) FROM ambition_action")).scalar_one() == 3
            changed = connection.execute(
                text("UPDATE ambition_action SET title = 'x' WHERE id = :i"), {"i": theirs}
            )
            assert changed.rowcount == 0
        with (
            login.engine.connect() as connection,
            pytest.raises(ProgrammingError, match="row-level security"),
        ):
            connection.execute(
                text(
                    "INSERT INTO ambition_action (ambition_id, title, status, version, created_at, updated_at) "
                    "VALUES (:a, 'y', 'planned', 1, now(), now())"
                ),
                {"a": other},
            )
        with server.database.session() as s:
            titles = {
                x.title for a in ambitions.overview(s, plan_id, today=TODAY).ambitions for x in a.actions
            }
        assert titles == {"Pop-ups in de Kerkstraat", "Leegstandsbeheer", "Parkeren"}
    finally:
        login.dispose()
