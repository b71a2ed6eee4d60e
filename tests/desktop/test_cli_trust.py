"""The command line works under the same permission checks as the window (issue 14, finding 3).

A desk official who runs ``admin pdf report`` is refused the confidential conversation report, and
``admin screenshot`` shows them the desk's window, not an administrator's: on a local file (the
computer's account names the official) and on a shared server (connected as the desk's own login).
"""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text, update
from sqlalchemy.engine import make_url

from models.consultations.entities import Interaction
from models.db import Database
from models.migrations import migrate
from models.server import roles as server_roles
from models.setup import set_up_database
from models.team.entities import Role, User
from tests.desktop.test_cli import admin
from tests.views.test_pdf import KVK, Seeded, seed

DENIED_REPORT = "Je rol staat het lezen van contactmomenten en afspraken niet toe."


def _confidential(database: Database, seeded: Seeded) -> None:
    with database.session() as session:
        session.execute(
            update(Interaction).where(Interaction.id == seeded.interaction_id).values(confidential=True)
        )
        session.commit()


def _report(
    url: str, out: Path, interaction_id: int, home: Path, user: str | None = None
) -> subprocess.CompletedProcess[str]:
    return admin(
        "pdf",
        "report",
        "--kvk",
        KVK,
        "--interaction",
        str(interaction_id),
        "--out",
        str(out),
        "--database",
        url,
        env_home=home,
        user=user,
    )


def _assert_desk_window(result: subprocess.CompletedProcess[str], out: Path) -> None:
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 20_000  # a rendered window
    said = result.stdout.splitlines()[-1]
    assert "(baliemedewerker)" in said, said
    pages = said.rpartition(": ")[2]
    assert "Balie" in pages and "Ondernemingen" in pages
    assert "Accounts" not in pages and "Mijn werk" not in pages


def test_a_desk_official_on_a_local_file(tmp_path: Path, isolated_home: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    database = Database(url)
    migrate(database)
    seeded = seed(database)  # pvdam: business manager; kjansen: supervisor
    _confidential(database, seeded)
    with database.session() as session:
        session.add(User(username="balie", full_name="Bert Balie", role=Role.DESK))
        session.commit()
    database.dispose()

    out = tmp_path / "report.pdf"
    refused = _report(url, out, seeded.interaction_id, isolated_home, user="balie")
    assert refused.returncode == 1
    assert refused.stderr.strip() == DENIED_REPORT  # one line, no traceback
    assert not out.exists()
    allowed = _report(url, out, seeded.interaction_id, isolated_home, user="pvdam")
    assert allowed.returncode == 0, allowed.stderr  # the role decides, not the command
    assert out.exists()

    shot = tmp_path / "desk.png"
    result = admin(
        "screenshot",
        "--page",
        "companies",
        str(shot),
        "--database",
        url,
        env_home=isolated_home,
        user="balie",
    )
    _assert_desk_window(result, shot)
    assert "Bert Balie" in result.stdout
    # A page the desk is not offered (the pages each role sees: tests/views/test_roles_flow.py).
    other = admin(
        "screenshot",
        "--page",
        "audit",
        str(tmp_path / "x.png"),
        "--database",
        url,
        env_home=isolated_home,
        user="balie",
    )
    assert other.returncode == 1 and "Traceback" not in other.stderr, other.stderr
    assert other.stderr.count("\n") == 1, other.stderr
    assert not (tmp_path / "x.png").exists()
    # `account list` refused to a non-administrator: tests/desktop/test_accounts_cli.py
    demo = admin("demo", "--companies", "5", "--database", url, env_home=isolated_home, user="balie")
    assert demo.returncode == 1 and "Alleen een beheerder" in demo.stderr


@pytest.fixture
def desk_login(pg_schema: str) -> Iterator[tuple[str, Seeded]]:
    """A server set up by its owner, Café De Zwaan's data, and a desk official's own login (in the
    desk's group role, with an account); yields that login's URL. The login is dropped after
    (roles are cluster-wide)."""
    database = Database(pg_schema)
    login = f"balie_{uuid.uuid4().hex[:8]}"
    try:
        with database.session() as session:
            owner = session.execute(text("SELECT current_user")).scalar_one()
        set_up_database(database, username=owner, full_name="Eigenaar")
        seeded = seed(database)
        _confidential(database, seeded)
        with database.session() as session:
            desk_group = server_roles.role_group_name(session, Role.DESK)
            session.execute(
                text(
                    f"CREATE ROLE {server_roles.quote(login)} LOGIN PASSWORD 'pw' IN ROLE {server_roles.quote(desk_group)}"
                )
            )
            session.add(User(username=login, full_name="Bert Balie", role=Role.DESK))
            session.commit()
        yield (
            make_url(pg_schema).set(username=login, password="pw").render_as_string(hide_password=False),
            seeded,
        )
    finally:
        database.dispose()
        owner_engine = create_engine(make_url(pg_schema).set(drivername="postgresql+psycopg"))
        with owner_engine.begin() as connection:
            if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).scalar():
                connection.execute(text(f"DROP OWNED BY {server_roles.quote(login)}"))
                connection.execute(text(f"DROP ROLE {server_roles.quote(login)}"))
        owner_engine.dispose()


def test_a_desk_login_on_a_shared_server(
    desk_login: tuple[str, Seeded], tmp_path: Path, isolated_home: Path
) -> None:
    url, seeded = desk_login
    out = tmp_path / "report.pdf"
    refused = _report(url, out, seeded.interaction_id, isolated_home)
    assert refused.returncode == 1
    assert refused.stderr.strip() == DENIED_REPORT
    assert not out.exists()

    shot = tmp_path / "desk.png"
    result = admin("screenshot", "--page", "desk", str(shot), "--database", url, env_home=isolated_home)
    _assert_desk_window(result, shot)
    accounts = admin(
        "screenshot", "--page", "accounts", str(tmp_path / "x.png"), "--database", url, env_home=isolated_home
    )
    assert accounts.returncode == 1 and "Traceback" not in accounts.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_login_without_an_account_is_refused(pg_schema: str, tmp_path: Path, isolated_home: Path) -> None:
    """A server login that is not one of the application's officials gets nothing, as in the window."""
    database = Database(pg_schema)
    login = f"vreemd_{uuid.uuid4().hex[:8]}"
    try:
        with database.session() as session:
            owner = session.execute(text("SELECT current_user")).scalar_one()
        set_up_database(database, username=owner, full_name="Eigenaar")
        with database.session() as session:
            group = server_roles.group_name(session)
            session.execute(
                text(
                    f"CREATE ROLE {server_roles.quote(login)} LOGIN PASSWORD 'pw' IN ROLE {server_roles.quote(group)}"
                )
            )
            session.commit()
        url = make_url(pg_schema).set(username=login, password="pw").render_as_string(hide_password=False)
        result = admin("search", "zwaan", "--database", url, env_home=isolated_home)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert login in result.stderr and "geen account" in result.stderr
    finally:
        with database.engine.begin() as connection:
            if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).scalar():
                connection.execute(text(f"DROP OWNED BY {server_roles.quote(login)}"))
                connection.execute(text(f"DROP ROLE {server_roles.quote(login)}"))
        database.dispose()


def test_the_command_line_keeps_to_its_encryption_rule(isolated_home: Path) -> None:
    """IT's rule for the computer holds for ``--database`` too: no plaintext connection to a server
    that offers no encryption (the test server offers none), and a clear line saying why."""
    from tests.conftest import postgres_url
    from views.common.paths import machine_settings_path

    url = postgres_url()
    machine = machine_settings_path()
    machine.parent.mkdir(parents=True, exist_ok=True)
    machine.write_text("[database]\nrequire_encryption = ja\n", encoding="utf-8")
    result = admin("search", "zwaan", "--database", url, env_home=isolated_home)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "je IT-afdeling" in result.stderr and "niets verzonden" in result.stderr
