"""IT's privacy commands: admin retention (dry run first), admin inzage and admin erase, under the
same permission checks as the window (the OS account signs in; only an administrator may)."""

from __future__ import annotations

import getpass
import json
import sqlite3
import stat
from datetime import date
from pathlib import Path

from models.db import Database
from models.migrations import migrate
from models.privacy.scrub import MARKER
from models.signals.entities import SignalStatus
from models.team.entities import Role
from tests.desktop.test_cli import admin
from tests.models.conftest import new_user
from tests.models.test_privacy import _category, _desk_question, _signal
from tests.views.test_pdf import text_of


def test_retention_inzage_and_erase_from_the_command_line(tmp_path: Path, isolated_home: Path) -> None:
    path = tmp_path / "cli.db"
    url = f"sqlite:///{path}"
    database = Database(url)
    migrate(database)
    new_user(database, "beheer", "Bea Beheer", Role.ADMINISTRATOR)  # someone else administers this file
    category_id = _category(database)
    _signal(database, category_id, status=SignalStatus.DONE, closed=date(2020, 1, 6))  # past every period
    _signal(database, category_id, name="Piet Bos", phone="0201234567", email="piet@example.nl")
    _desk_question(database, "Els Jansen", date.today())
    database.dispose()

    refused = admin("retention", "--dry-run", "--database", url, env_home=isolated_home)
    assert refused.returncode == 1
    assert refused.stderr.strip().count("\n") == 0 and "beheerder" in refused.stderr
    with sqlite3.connect(path) as connection:  # the OS account (signed in above) made administrator
        connection.execute(
            "UPDATE app_user SET role = 'administrator' WHERE username = ?", (getpass.getuser(),)
        )

    dry = admin("retention", "--dry-run", "--database", url, env_home=isolated_home)
    assert dry.returncode == 0, dry.stderr
    assert ": 1 (verwijderen)" in dry.stdout and "niets gewijzigd" in dry.stdout
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM signal").fetchone()[0] == 2

    out = tmp_path / "inzage"
    inzage = admin(
        "inzage", "--name", "els jansen", "--out", str(out), "--database", url, env_home=isolated_home
    )
    assert inzage.returncode == 0, inzage.stderr
    pdf, json_file = (Path(line) for line in inzage.stdout.splitlines()[-2:])
    assert pdf.suffix == ".pdf" and json_file.suffix == ".json"
    assert "Els Jansen" in text_of(pdf) and "els@example.nl" in text_of(pdf)
    held = json.loads(json_file.read_text(encoding="utf-8"))
    assert "els@example.nl" in json.dumps(held) and "Piet Bos" not in json.dumps(held)
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600 and stat.S_IMODE(json_file.stat().st_mode) == 0o600
    with sqlite3.connect(path) as connection:  # that data were handed out is in the privacy log
        assert (
            connection.execute("SELECT sum(count) FROM privacy_log WHERE action = 'inzage'").fetchone()[0]
            == 2
        )

    unconfirmed = admin(
        "erase", "--email", "ELS@example.nl", "--reason", "Verzoek", "--database", url, env_home=isolated_home
    )
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr
    backup = tmp_path / "cli.before-0007.20260101T000000.db"  # as models.migrations.backup_sqlite names it
    backup.write_bytes(b"")
    erased = admin(
        "erase",
        "--email",
        "els@example.nl",
        "--reason",
        "Verzoek betrokkene",
        "--yes",
        "--database",
        url,
        env_home=isolated_home,
    )
    assert erased.returncode == 0, erased.stderr
    assert "Els Jansen" in erased.stdout  # what it will do, before doing it
    assert str(backup) in erased.stdout  # a copy the erasure cannot reach is named, not deleted
    with sqlite3.connect(path) as connection:
        reporters = connection.execute(
            "SELECT reporter_name, reporter_email FROM signal ORDER BY id"
        ).fetchall()
        log = connection.execute(
            "SELECT action, kind, count, reason FROM privacy_log WHERE action = 'erasure'"
        ).fetchall()
    assert reporters == [(MARKER, None), ("Piet Bos", "piet@example.nl")]
    assert log == [("erasure", "signal_reporter", 1, "Verzoek betrokkene")]

    run = admin("retention", "--database", url, env_home=isolated_home)
    assert run.returncode == 0, run.stderr
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM signal").fetchone()[0] == 1
        assert ("retention", "signal", 1) in connection.execute(
            "SELECT action, kind, count FROM privacy_log"
        ).fetchall()
