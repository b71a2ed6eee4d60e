"""``admin check``: search documents that drifted from the data found, counted and repaired."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from models.companies.search import SearchService
from models.db import Database
from models.migrations import migrate
from tests.desktop.test_cli import admin
from tests.models.conftest import establishment, new_company


def test_check_reports_the_drift_and_repairs_it(tmp_path: Path, isolated_home: Path) -> None:
    url = f"sqlite:///{tmp_path / 'drift.db'}"
    database = Database(url)
    migrate(database)
    new_company(database, "Café De Zwaan")
    moved = new_company(database, "Bakkerij Jansen", main=establishment(postcode="1234 AB"))
    with database.session() as session:  # the street as an older version's race left it
        session.execute(
            text("UPDATE company_search SET doc = '#n bakkerij jansen #a dorpsstraat 1' WHERE rowid = :id"),
            {"id": moved},
        )
        session.commit()
    database.dispose()

    looked = admin("check", "--dry-run", "--database", url, env_home=isolated_home)
    assert looked.returncode == 1, looked.stderr
    assert "2 ondernemingen gecontroleerd: 0 zonder zoekdocument, 1 met een verouderd" in looked.stdout
    assert "Niets hersteld" in looked.stdout

    repaired = admin("check", "--database", url, env_home=isolated_home)
    assert repaired.returncode == 0, repaired.stderr
    assert "Hersteld" in repaired.stdout
    database = Database(url)
    with database.session() as session:
        assert moved in [h.company_id for h in SearchService(session).search("Bakkerij Noordereinde")]
    database.dispose()

    again = admin("check", "--database", url, env_home=isolated_home)
    assert again.returncode == 0, again.stderr
    assert "0 zonder zoekdocument, 0 met een verouderd" in again.stdout
    assert "De zoekindex klopt met de gegevens." in again.stdout
