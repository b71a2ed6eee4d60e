"""``admin export``: every list the command line knows, in process, as the signed-in official."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import update

from desktop import cli
from desktop.export_commands import export_command
from desktop.signing_in import sign_in_official
from models.db import Database
from models.migrations import migrate
from models.team.entities import Role, User
from models.tools import demo


def _export(database: Database, *args: str) -> int:
    return export_command(cli._parser().parse_args(["export", *args]), database)


@pytest.fixture
def demo_db(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'cli.db'}")
    migrate(database)
    demo.generate(database, 40, seed=3)
    official = sign_in_official(database).signed_in.user_id  # the computer's account, as the command does
    with database.session() as session:  # made administrator: the audit trail is theirs to export
        session.execute(update(User).where(User.id == official).values(role=Role.ADMINISTRATOR))
        session.commit()
    return database


def test_every_list_goes_out_with_its_filters(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("companies", "agreements", "signals", "observations", "audit"):
        target = tmp_path / f"{name}.xlsx"
        assert _export(demo_db, name, "--out", str(target), "--from", "2000-01-01") == 0
        said = capsys.readouterr().out.strip()
        rows = openpyxl.load_workbook(target).active.max_row - 1
        assert said == f"{rows} rijen geschreven naar {target}."
        assert rows > 0 or name == "audit"

    closed = tmp_path / "gesloten.csv"
    assert _export(demo_db, "companies", "--status", "closed", "--sort", "kvk", "--out", str(closed)) == 0
    with closed.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][0] == "Naam" and {r[-1] for r in rows[1:]} == {"gesloten"}
    numbers = [r[1] for r in rows[1:]]
    known = sorted(n for n in numbers if n)
    assert numbers == known + [""] * (len(numbers) - len(known))  # as the list: without a KvK number last


def test_a_bad_filter_or_file_is_one_dutch_line(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(demo_db, "companies", "--area", "Atlantis", "--out", str(tmp_path / "a.xlsx")) == 1
    assert capsys.readouterr().err.strip() == "Er is geen gebied dat Atlantis heet."
    assert _export(demo_db, "agreements", "--status", "klaar", "--out", str(tmp_path / "a.xlsx")) == 1
    assert "Onbekende status klaar" in capsys.readouterr().err
    assert not (tmp_path / "a.xlsx").exists()
