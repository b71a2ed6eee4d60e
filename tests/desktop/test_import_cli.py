"""admin import for IT, in-process: the trial run, the import with its number, undo, and a file that cannot be read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop.cli import run
from models.companies.entities import Company
from models.db import Database
from models.migrations import migrate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def test_import_dry_run_import_and_undo_from_the_command_line(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    database = Database(url)
    migrate(database)

    assert run(["import", str(FIXTURES / "bedrijven_excel.csv"), "--dry-run", "--database", url]) == 0
    out = capsys.readouterr().out
    assert "niets geschreven" in out
    assert "  nieuw: 4" in out and "  mogelijk dubbel: 1" in out
    assert "  fout: 2" in out and "  overgeslagen: 2" in out
    assert "rij 9, kolom KvK nr" in out
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Company)) == 0

    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps({"columns": {"Bedrijfsnaam": "name", "Postcode": "postcode"}}), encoding="utf-8"
    )
    assert (
        run(["import", str(FIXTURES / "bedrijven_excel.csv"), "--mapping", str(mapping), "--database", url])
        == 0
    )
    out = capsys.readouterr().out
    assert "Importnummer: 1" in out
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Company)) == 6  # names only: no KvK to fail on

    assert run(["import", "--undo", "1", "--database", url]) == 0
    assert "Import 1 teruggedraaid: " in capsys.readouterr().out
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Company)) == 0

    assert run(["import", str(FIXTURES / "plaatje.csv"), "--database", url]) == 1
    err = capsys.readouterr().err
    assert "plaatje.csv" in err and err.strip().count("\n") == 0
    database.dispose()
