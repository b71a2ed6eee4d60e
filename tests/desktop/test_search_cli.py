"""``admin reindex``: the search documents of a database made by an earlier version made again."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from models.db import Database
from models.migrations import migrate
from tests.desktop.test_cli import admin
from tests.models.conftest import new_company


def test_reindex_makes_the_documents_of_an_earlier_version_again(tmp_path: Path, isolated_home: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    database = Database(url)
    migrate(database)
    company_id = new_company(database, "Café De Zwaan")
    with database.session() as session:  # as an earlier version wrote it: untagged fields
        session.execute(
            text("UPDATE company_search SET doc = 'cafe de zwaan  noordereinde 12' WHERE rowid = :id"),
            {"id": company_id},
        )
        session.commit()
    database.dispose()

    done = admin("reindex", "--database", url, env_home=isolated_home)  # the first official administers
    assert done.returncode == 0, done.stderr
    assert "1" in done.stdout
    database = Database(url)
    with database.session() as session:
        doc = session.execute(text("SELECT doc FROM company_search")).scalar_one()
    database.dispose()
    assert doc.startswith("#n cafe de zwaan") and "#c s graveland sgraveland" in doc
