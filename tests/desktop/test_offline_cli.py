"""``admin offline take|sync|hand-in``: counts printed in Dutch, a conflict stops with each one listed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.bootstrap import install_translations
from desktop.cli import _parser
from desktop.offline_commands import offline_command
from models.companies.entities import AreaKind, Company
from models.consultations.entities import Channel, Interaction
from models.db import Database
from models.errors import DomainError
from models.migrations import migrate
from models.offline import sync
from models.rounds.entities import Round
from tests.models.conftest import establishment, new_area, new_company


def _run(database: Database, *argv: str) -> int:
    args = _parser().parse_args(["offline", *argv, "--database", database.url])
    return offline_command(args, database)


def test_take_work_offline_sync_and_hand_in_on_the_command_line(
    tmp_path: Path, isolated_home: Path, capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> None:
    install_translations(qapp)
    database = Database(f"sqlite:///{tmp_path / 'server.db'}")
    migrate(database)
    area = new_area(database, "Loosdrecht", AreaKind.KERN)
    first = new_company(database, "Bakkerij Jansen", main=establishment(area_id=area))
    new_company(database, "Slagerij Smit", main=establishment(area_id=area, house_number="14"))
    with database.session() as session:
        held = Round(held_on=date.today(), area_id=area, title="Winkelstraten")
        session.add(held)
        session.commit()
    path = tmp_path / "ronde.odset"

    assert _run(database, "take", "--round", str(held.id), "--to", str(path)) == 0
    out = capsys.readouterr().out
    assert "Ondernemingen: 2" in out and "Toezichtrondes: 1" in out

    local = sync.open_local(path)
    with local.session() as session:
        session.add(
            Interaction(
                company_id=first, occurred_at=datetime.now(UTC), channel=Channel.VISIT, subject="Ronde"
            )
        )
        company = session.get(Company, first)
        assert company is not None
        company.notes = "Offline genoteerd"
        session.commit()
    local.dispose()
    with database.session() as session:  # a colleague at the office
        company = session.get(Company, first)
        assert company is not None
        company.notes = "Op kantoor genoteerd"
        session.commit()

    assert _run(database, "sync", str(path)) == 1
    out = capsys.readouterr().out
    assert "Niet gesynchroniseerd" in out and "notes" in out and "Offline genoteerd" in out
    with pytest.raises(sync.OfflineError, match="not been synchronised"):
        _run(database, "hand-in", str(path))

    assert _run(database, "sync", str(path), "--keep", "mine") == 0
    out = capsys.readouterr().out
    assert "Contactmomenten: 1" in out and "Samengevoegd per veld: 1" in out
    with database.session() as session:
        assert session.scalar(select(Company.notes).where(Company.id == first)) == "Offline genoteerd"
    assert _run(database, "hand-in", str(path)) == 0
    assert not path.exists()

    assert _run(database, "take", "--ids", str(first), "--to", str(tmp_path / "een.odset")) == 0
    assert "Ondernemingen: 1" in capsys.readouterr().out
    with pytest.raises(DomainError, match="abc is not a number"):  # said, never the whole database
        _run(database, "take", "--ids", "abc", "--to", str(tmp_path / "alles.odset"))
    assert not (tmp_path / "alles.odset").exists()
    database.dispose()
