"""The command line in Dutch to the end (issue 19): argparse's own errors and usage, a record
number beyond any, and what the database says in English turned into advice by its code."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

import desktop.cli
from models.errors import SQLITE_ADVICE, database_advice
from models.i18n import translate
from tests.desktop.test_cli import admin, consultations_db  # noqa: F401  (a fixture)
from tests.views.test_pdf import KVK, Seeded

ENGLISH = ("error:", "usage:", "invalid", "expected", "required", "unrecognized", "choose from")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["demo", "--companies", "12x"], "argument --companies: '12x' is geen geheel getal"),
        (["loadtest", "--clients", "veel"], "'veel' is geen geheel getal"),
        (["pdf", "report", "--interaction"], "argument --interaction: verwacht één waarde"),
        (["frobnicate"], "ongeldige keuze: 'frobnicate' (kies uit 'migrate'"),
        (["search"], "deze argumenten zijn verplicht: text"),
        (["search", "bakker", "--bogus"], "onbekende argumenten: --bogus"),
        (["account", "remove"], "ongeldige keuze: 'remove'"),
    ],
)
def test_argument_errors_are_dutch(args: list[str], expected: str, isolated_home: Path) -> None:
    result = admin(*args, env_home=isolated_home)
    assert result.returncode == 2
    assert expected in result.stderr, result.stderr
    assert "fout:" in result.stderr and "gebruik: main.py admin" in result.stderr
    assert not [word for word in ENGLISH if word in result.stderr], result.stderr


def test_help_is_dutch_and_argparse_is_left_as_it_was(isolated_home: Path) -> None:
    result = admin("search", "--help", env_home=isolated_home)
    assert result.stdout.startswith("gebruik: main.py admin search")
    assert "positionele argumenten" in result.stdout and "toon deze hulp en stop" in result.stdout
    plain = argparse.ArgumentParser(prog="x")  # the rest of the process still speaks English
    assert plain.format_usage().startswith("usage: x")


def test_a_record_number_beyond_any_is_not_found(
    consultations_db: tuple[str, Seeded],  # noqa: F811
    tmp_path: Path,
    isolated_home: Path,
) -> None:
    url, _seeded = consultations_db
    for number in ("99999999999999999999", "2147483648"):
        result = admin(
            "pdf", "report", "--kvk", KVK, "--interaction", number, "--out", str(tmp_path / "x.pdf"),
            "--database", url, env_home=isolated_home,
        )  # fmt: skip
        assert result.returncode == 1, result.stderr
        assert f"Contactmoment {number} bestaat niet" in result.stderr
        assert "Traceback" not in result.stderr and "Onverwachte fout" not in result.stderr


def test_an_import_number_beyond_any_is_not_found(tmp_path: Path, isolated_home: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert admin("migrate", "--database", url, env_home=isolated_home).returncode == 0
    result = admin("import", "--undo", "99999999999999999999", "--database", url, env_home=isolated_home)
    assert (
        result.returncode == 2
    )  # refused where it is read, with the range (tests/desktop/test_cli_bounds.py)
    assert "99999999999999999999 ligt niet tussen 1 en 2147483647" in result.stderr
    assert "Onverwachte fout" not in result.stderr
    result = admin("import", "--undo", "2147483647", "--database", url, env_home=isolated_home)
    assert result.returncode == 1
    assert "Er is geen import met nummer 2147483647" in result.stderr


def _sqlite_failure(text: str, code: int) -> OperationalError:
    original = sqlite3.OperationalError(text)
    original.sqlite_errorcode = code  # type: ignore[attr-defined]
    return OperationalError("SELECT 1", {}, original)


@pytest.mark.parametrize(
    ("text", "code", "advice"),
    [
        ("database disk image is malformed", 11, "beschadigd"),
        ("database is locked", 5, "in gebruik door een ander programma"),
        ("disk I/O error", 10 | (3 << 8), "Lezen of schrijven van de schijf"),  # SQLITE_IOERR_WRITE
        ("attempt to write a readonly database", 8, "alleen gelezen"),
        ("database or disk is full", 13, "De schijf is vol"),
    ],
)
def test_known_database_texts_become_dutch_advice(
    text: str, code: int, advice: str, tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(_args: argparse.Namespace, _database: object) -> int:
        raise _sqlite_failure(text, code)

    monkeypatch.setattr(desktop.cli, "_search", fails)
    result = admin("search", "bakker", "--database", f"sqlite:///{tmp_path / 'x.db'}", env_home=isolated_home)
    assert result.returncode == 1
    assert advice in result.stderr
    assert text not in result.stderr and "Onverwachte fout" not in result.stderr


def test_every_advice_is_translated() -> None:
    for source in SQLITE_ADVICE.values():
        assert translate("errors", source) != source
    assert database_advice(RuntimeError("database is locked")) is None  # by code, never by wording
