"""The administrator's command line, run as an administrator would.

The commands run in the test's own process (``desktop.cli.run``, what ``main.py admin`` calls):
a process of their own would cost each call two to three seconds of Python and Qt starting.
That ``main.py admin`` starts as a process, exits with the command's code and ends quietly when
its reader goes away is proven by real processes at the end of this file.
"""

from __future__ import annotations

import gc
import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import desktop.cli
from desktop.bootstrap import install_translations
from desktop.log_file import PrivateLogFile
from models import i18n
from models.companies import services as companies
from models.db import Database
from models.migrations import migrate
from models.team import identity
from tests.views.test_pdf import KVK, Seeded, seed, text_of

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Outcome:
    """What a run of ``main.py admin …`` gives back: its exit code and what it wrote."""

    returncode: int
    stdout: str
    stderr: str


def admin(*args: str, env_home: Path, user: str | None = None) -> Outcome:
    """``main.py admin …`` as a process of its own would run it, in this process: with ``env_home``'s
    folders, no terminal to prompt on, and ``user`` as the computer's account (the official a local
    file signs in, see desktop/signing_in.py), else the one running the tests."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp, _as_a_process_leaves_it():
        for var, sub in (
            ("XDG_DATA_HOME", "data"),
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_CACHE_HOME", "cache"),
        ):
            mp.setenv(var, str(env_home / sub))
        if user is not None:  # getpass.getuser() reads these first
            for var in ("LOGNAME", "USER", "LNAME", "USERNAME"):
                mp.setenv(var, user)
        mp.setattr(sys, "stdin", io.StringIO())  # as under a script: no terminal to ask a password on
        opened: list[Database] = []

        class Opened(Database):
            """The databases the command opens: closed when it ends, as its process's end would."""

            def __init__(self, *a: Any, **kw: Any) -> None:
                super().__init__(*a, **kw)
                opened.append(self)

        mp.setattr(desktop.cli, "Database", Opened)
        try:
            with redirect_stdout(out), redirect_stderr(err):
                try:
                    code = desktop.cli.run(list(args))
                except SystemExit as exit_:  # argparse's usage errors
                    code = exit_.code if isinstance(exit_.code, int) else 1
        finally:
            for database in opened:
                database.dispose()
    return Outcome(code, out.getvalue(), err.getvalue())


@contextmanager
def _as_a_process_leaves_it() -> Iterator[None]:
    """What a run changes in the process beyond its own work is put back afterwards, so the next
    test finds the process as before: the application's names, the identity preset by IT, the log
    file and level, the windows a screenshot leaves open, and the language (``--language``)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the tests' one QApplication (pytest-qt's qapp)"
    names = (app.applicationName(), app.organizationName(), app.applicationVersion())
    desktop_file = QGuiApplication.desktopFileName()
    preset = dict(identity._preset)
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    windows = set(QApplication.topLevelWidgets())
    spoken = i18n.language()
    try:
        yield
    finally:
        install_translations(app, spoken)
        for window in set(QApplication.topLevelWidgets()) - windows:
            window.close()
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone now, not later
        # What the command left in reference cycles (a screenshot's window and database worker) is
        # collected here, where the process would have ended, not in the middle of a later test
        # while its threads run.
        gc.collect()
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
            if isinstance(handler, PrivateLogFile):
                handler.close()
        for handler in [h for h in handlers if h not in root.handlers]:
            root.addHandler(handler)  # one setup_logging() replaced
        root.setLevel(level)
        identity._preset.clear()
        identity._preset.update(preset)
        QCoreApplication.setApplicationName(names[0])
        QCoreApplication.setOrganizationName(names[1])
        QCoreApplication.setApplicationVersion(names[2])
        QGuiApplication.setDesktopFileName(desktop_file)


def test_migrate_demo_search_and_screenshot(tmp_path: Path, isolated_home: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    result = admin("migrate", "--database", url, env_home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert "staat nu op schema" in result.stdout
    again = admin("migrate", "--database", url, env_home=isolated_home)
    assert "is bijgewerkt" in again.stdout

    demo = admin("demo", "--companies", "300", "--seed", "7", "--database", url, env_home=isolated_home)
    assert demo.returncode == 0, demo.stderr
    assert "300 ondernemingen" in demo.stdout

    found = admin("search", "zwaan", "--database", url, env_home=isolated_home)
    assert found.returncode == 0, found.stderr
    first = found.stdout.splitlines()[0].split("\t")
    assert first[:2] == ["69599084", "Café De Zwaan"]
    assert "1243 JJ 's-Graveland" in first[2]
    by_postcode = admin("search", "1243jj", "--database", url, env_home=isolated_home)
    assert "Café De Zwaan" in by_postcode.stdout

    for page in ("companies", "company:69599084"):
        out = tmp_path / f"{page.replace(':', '_')}.png"
        shot = admin("screenshot", "--page", page, str(out), "--database", url, env_home=isolated_home)
        assert shot.returncode == 0, shot.stderr
        assert out.stat().st_size > 20_000  # a rendered window, not an empty image
    english = tmp_path / "companies_en.png"
    shot = admin(
        "screenshot",
        "--page",
        "companies",
        "--language",
        "en",
        str(english),
        "--database",
        url,
        env_home=isolated_home,
    )
    assert shot.returncode == 0, shot.stderr
    assert "The window as" in shot.stdout and "Companies, My work" in shot.stdout
    assert english.read_bytes() != (tmp_path / "companies.png").read_bytes()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://nobody@127.0.0.1:1/nothing", "is niet bereikbaar"),
        ("mysql://root@localhost/x", "Alleen SQLite-bestanden en PostgreSQL-servers"),
        ("::not a url::", "is geen databaseadres"),
    ],
)
def test_bad_database_gives_a_message_not_a_traceback(url: str, expected: str, isolated_home: Path) -> None:
    result = admin("search", "x", "--database", url, env_home=isolated_home)
    assert result.returncode == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path, isolated_home: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"these are not the rows you are looking for" * 100)
    result = admin("migrate", "--database", f"sqlite:///{junk}", env_home=isolated_home)
    assert result.returncode == 1
    assert "is geen Ondernemersdesk-database" in result.stderr
    assert junk.read_bytes().startswith(b"these are not")


def test_unknown_company_in_screenshot(tmp_path: Path, isolated_home: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    result = admin(
        "screenshot",
        "--page",
        "company:11111111",
        str(tmp_path / "x.png"),
        "--database",
        url,
        env_home=isolated_home,
    )
    assert result.returncode == 1
    assert "Geen onderneming met KvK-nummer 11111111" in result.stderr


# -- admin pdf ---------------------------------------------------------------------------------


@pytest.fixture
def consultations_db(tmp_path: Path) -> tuple[str, Seeded]:
    """A SQLite file with Café De Zwaan, its contact moments and agreements (see tests/views/test_pdf.py)."""
    url = f"sqlite:///{tmp_path / 'pdf.db'}"
    database = Database(url)
    migrate(database)
    seeded = seed(database)
    database.dispose()
    return url, seeded


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("briefing", ["Gespreksvoorbereiding", "Aandachtspunten", "Voor de ondernemer (1)"]),
        ("dossier", ["Ondernemersdossier", "Contactmomenten (3)", "Kennismaking oude eigenaar"]),
        ("report", ["Gespreksverslag", "t.a.v. Jan de Vries", "Met vriendelijke groet"]),
    ],
)
def test_pdf_documents(
    document: str,
    expected: list[str],
    consultations_db: tuple[str, Seeded],
    tmp_path: Path,
    isolated_home: Path,
) -> None:
    url, seeded = consultations_db
    out = tmp_path / f"{document}.pdf"
    extra = ["--interaction", str(seeded.interaction_id)] if document == "report" else []
    result = admin(
        "pdf", document, "--kvk", KVK, *extra, "--out", str(out), "--database", url, env_home=isolated_home
    )
    assert result.returncode == 0, result.stderr
    assert f"van Café De Zwaan opgeslagen als {out}" in result.stdout
    text = text_of(out)
    for words in expected:
        assert words in text
    assert "Pagina 1 van" in text


def test_pdf_errors_are_told_in_dutch(
    consultations_db: tuple[str, Seeded], tmp_path: Path, isolated_home: Path
) -> None:
    url, seeded = consultations_db
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    cases = [
        (["briefing", "--kvk", KVK, "--out", str(blocker / "out.pdf")], f"{blocker} is geen map"),
        (["dossier", "--kvk", KVK, "--out", str(tmp_path)], "is een map"),
        (
            ["briefing", "--kvk", "11111111", "--out", str(tmp_path / "x.pdf")],
            "Geen onderneming met KvK-nummer 11111111",
        ),
        (
            ["report", "--kvk", KVK, "--out", str(tmp_path / "x.pdf")],
            "Een gespreksverslag gaat over één contactmoment",
        ),
        (
            ["report", "--kvk", KVK, "--interaction", "abc", "--out", str(tmp_path / "x.pdf")],
            "abc is geen nummer",
        ),
        (
            ["report", "--kvk", KVK, "--interaction", "999", "--out", str(tmp_path / "x.pdf")],
            "Contactmoment 999 bestaat niet",
        ),
        (["briefing", "--out", str(tmp_path / "x.pdf")], "Geef het KvK-nummer van de onderneming op"),
        (["briefing", "--kvk", KVK], "Geef het PDF-bestand op"),
    ]
    for args, expected in cases:
        result = admin("pdf", *args, "--database", url, env_home=isolated_home)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert expected in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "x.pdf").exists()


def test_pdf_report_of_another_company_is_refused(
    consultations_db: tuple[str, Seeded], tmp_path: Path, isolated_home: Path
) -> None:
    url, seeded = consultations_db
    database = Database(url)
    with database.session() as session:
        companies.create_company(
            session,
            companies.CompanyInput(name="Bakkerij Jansen", kvk_number="12345678"),
            companies.EstablishmentInput(
                street="Kerkstraat", house_number="1", postcode="1234 AB", city="Loosdrecht"
            ),
        )
        session.commit()
    database.dispose()
    out = tmp_path / "report.pdf"
    result = admin(
        "pdf",
        "report",
        "--kvk",
        "12345678",
        "--interaction",
        str(seeded.interaction_id),
        "--out",
        str(out),
        "--database",
        url,
        env_home=isolated_home,
    )
    assert result.returncode == 1
    assert (
        f"Contactmoment {seeded.interaction_id} hoort niet bij Bakkerij Jansen (KvK 12345678)"
        in result.stderr
    )
    assert not out.exists()


# -- main.py admin as a process of its own ------------------------------------------------------


def _process_env(home: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        env[var] = str(home / sub)
    return env


def test_main_py_admin_is_a_process_that_exits_with_the_commands_code(isolated_home: Path) -> None:
    """What a script calling ``main.py admin`` sees of a failure: exit code 1 and one Dutch line,
    no traceback (the success, exit code 0, is the next test's)."""
    refused = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "admin",
            "search",
            "x",
            "--database",
            "mysql://root@localhost/x",
        ],
        capture_output=True,
        text=True,
        env=_process_env(isolated_home),
        timeout=120,
        cwd=ROOT,
    )
    assert refused.returncode == 1
    assert refused.stderr.strip() == refused.stderr.strip().splitlines()[0]  # one line
    assert "Alleen SQLite-bestanden en PostgreSQL-servers" in refused.stderr
    assert "Traceback" not in refused.stderr + refused.stdout
    assert refused.stdout == ""


def test_a_reader_that_stops_early_ends_the_output_quietly(tmp_path: Path, isolated_home: Path) -> None:
    """``admin search … | head``: the reader closing the pipe is no error, and says nothing."""
    from tests.models.conftest import new_company

    url = f"sqlite:///{tmp_path / 'pipe.db'}"
    database = Database(url)
    migrate(database)
    for number in range(5):
        new_company(database, f"Bakkerij Jansen {number}", allow_duplicate=True)
    database.dispose()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "admin", "search", "jansen", "--database", url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_process_env(isolated_home),
        cwd=ROOT,
    )
    assert process.stdout is not None
    process.stdout.close()  # the reader is gone before the first line is written
    _, stderr = process.communicate(timeout=120)
    assert stderr.decode() == ""
    assert process.returncode == 0
