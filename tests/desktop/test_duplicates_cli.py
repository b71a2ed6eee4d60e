"""``admin duplicates`` lists the probable duplicates, best first, with their reasons in Dutch."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.bootstrap import install_translations
from desktop.duplicate_commands import duplicates_command
from models.db import Database
from models.migrations import migrate
from tests.models.conftest import establishment, new_company


def _run(database: Database, min_score: int = 70) -> int:
    """The handler in this process (``desktop.cli.run`` makes its own Qt application)."""
    return duplicates_command(argparse.Namespace(min_score=min_score, contacts=False), database)


def test_admin_duplicates_lists_pairs_with_reasons(
    tmp_path: Path, isolated_home: Path, capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> None:
    install_translations(qapp)
    url = f"sqlite:///{tmp_path / 'dubbel.db'}"
    database = Database(url)
    migrate(database)
    same = establishment(postcode="1243 JJ", house_number="12")
    new_company(database, "Bakkerij Janssen B.V.", main=same)
    new_company(database, "Bakkerij Janssen BV", main=same, allow_duplicate=True)
    new_company(database, "Fietsenmaker De Spaak", main=establishment(postcode="1243 JJ", house_number="14"))

    assert _run(database) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2
    assert "Bakkerij Janssen B.V. (#1)  ~  Bakkerij Janssen BV (#2)" in out[0]
    assert "naam lijkt 100 % · zelfde postcode en huisnummer" in out[0]
    assert out[0].lstrip().startswith("99")  # 100 is kept for the same identifier
    assert "1 mogelijke dubbelen" in out[1]

    assert _run(database, min_score=101) == 1
    database.dispose()
