"""``admin copy``: a local file into an empty server database, from the command line."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from models.companies.entities import Company
from models.companies.services import CompanyInput, EstablishmentInput, create_company
from models.db import Database
from models.migrations import migrate
from tests.desktop.test_cli import admin


def test_copy_prints_the_report_and_refuses_a_second_time(
    tmp_path: Path, isolated_home: Path, pg_schema: str
) -> None:
    local = f"sqlite:///{tmp_path / 'local.db'}"
    database = Database(local)
    migrate(database)
    with database.session() as session:
        for name, postcode in (("Bakkerij Jansen", "1243 JJ"), ("Café De Zwaan", "1243 JK")):
            create_company(
                session,
                CompanyInput(name=name),
                EstablishmentInput(
                    street="Noordereinde", house_number="1", postcode=postcode, city="'s-Graveland"
                ),
            )
        session.commit()
    database.dispose()

    result = admin("copy", "--from", local, "--to", pg_schema, env_home=isolated_home)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert str(tmp_path / "local.db") in lines[0]
    assert "100 %" in result.stderr  # progress went to stderr, the report to stdout
    # The companies' line: label, 2 in the file, 2 on the server, time, check.
    company_line = next(line for line in lines if line.split()[1:3] == ["2", "2"])
    assert company_line.split()[0] in ("Ondernemingen", "Companies")
    server = Database(pg_schema)
    try:
        with server.session() as session:
            assert session.scalar(select(func.count()).select_from(Company)) == 2
    finally:
        server.dispose()

    again = admin("copy", "--from", local, "--to", pg_schema, env_home=isolated_home)
    assert again.returncode == 1
    assert "Traceback" not in again.stderr
    assert "2 ×" in again.stderr and "company" not in again.stderr  # what the server holds, in our labels
