"""Files and upgrades that mislead (issue 19): an empty file, a path with ``?`` or ``#``, a file
made writable again, a full disk, a backup cut short, a damaged file, a desktop newer than the
server's schema. Each case reproduces what a tester met; the faults found on both databases are
counted in tests/models/test_fault_matrix.py."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError

from models import backups
from models.companies import services as svc
from models.db import Database, database_error, sqlite_url
from models.errors import DatabasePermissionError, DatabaseUnavailableError, DomainError
from models.migrations import HEAD, backup_sqlite, migrate, sqlite_backups
from models.team.entities import Role
from tests.models.conftest import company, establishment, new_company
from tests.models.test_audit_server import Server, server  # noqa: F401 (the fixture)

ROOT = Path(__file__).resolve().parents[2]


def migrated(path: Path, *names: str) -> Path:
    database = Database(sqlite_url(path))
    try:
        migrate(database)
        for name in names:
            new_company(database, name, allow_duplicate=True)
    finally:
        database.dispose()
    return path


def names(path: Path) -> list[str]:
    database = Database(sqlite_url(path))
    try:
        with database.session() as session:
            return sorted(session.execute(text("SELECT name FROM company")).scalars())
    finally:
        database.dispose()


# -- an empty file --------------------------------------------------------------------------------


def test_an_empty_file_is_refused_and_left_empty(tmp_path: Path) -> None:
    path = tmp_path / "leeg.db"
    path.touch()
    database = Database(sqlite_url(path))
    with pytest.raises(DatabaseUnavailableError) as info:
        migrate(database)
    database.dispose()
    assert str(info.value) == (
        f"The file {path} is empty: it is not an Ondernemersdesk database. "
        "Choose another file, or restore a backup."
    )
    assert path.read_bytes() == b""  # never turned into a database silently


# -- a path with ? or # ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["klanten?mode=ro.db", "dossier #3.db", "50%korting.db", "a?b#c%d.db"])
def test_a_path_with_url_characters_opens_exactly_that_file(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    path = folder / name
    migrated(path, "Bakkerij Jansen")
    assert path.is_file() and path.stat().st_size > 0
    assert [p.name for p in folder.iterdir() if not p.name.startswith(path.name)] == []
    database = Database(sqlite_url(path))
    assert database.path == path and database.display_name == str(path)
    database.dispose()
    assert names(path) == ["Bakkerij Jansen"]


@pytest.mark.parametrize("name", ["klanten?mode=ro.db", "dossier?x#3.db", "a dir?b#c/d?e.db"])
def test_an_address_typed_with_a_question_mark_in_the_path_is_refused_not_shortened(
    tmp_path: Path, name: str
) -> None:
    """``--database sqlite:////map/klanten?mode=ro.db`` (or IT's ONDERNEMERSDESK_DATABASE): the
    URL parser takes ``?…`` for options, and the database was created as ``/map/klanten``. Now the
    address is refused with the one to type instead, and no file is made."""
    folder = tmp_path / "map"
    folder.mkdir()
    typed = f"sqlite:///{folder / name}"
    with pytest.raises(DatabaseUnavailableError) as info:
        Database(typed)
    said = str(info.value)
    assert sqlite_url(folder / name) in said and "?" in said, said
    assert list(folder.iterdir()) == []
    # What an address may hold after "?" still opens: the options SQLite knows.
    for address in (f"sqlite:///{folder / 'a.db'}?timeout=5", sqlite_url(folder / name)):
        Database(address).dispose()


# -- a file made writable again -------------------------------------------------------------------

_WRITABLE_AGAIN = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from models.db import Database, sqlite_url
    from models.errors import DomainError
    from models.migrations import migrate
    from models.companies import services as svc

    path = Path({path!r})
    database = Database(sqlite_url(path))
    migrate(database)
    database.dispose()
    path.chmod(0o444)  # made read-only: opened and read all the same (SQLite makes -wal/-shm)
    database = Database(sqlite_url(path))
    migrate(database)
    with database.session() as session:
        session.connection().exec_driver_sql("SELECT count(*) FROM company").scalar()
    database.dispose()
    path.chmod(0o644)  # writable again
    database = Database(sqlite_url(path))
    try:
        migrate(database)
        with database.session() as session:
            svc.create_company(
                session,
                svc.CompanyInput(name="Pietersen"),
                svc.EstablishmentInput(street="Kerkstraat", house_number="1", postcode="1234 AB", city="Baarn"),
            )
            session.commit()
    except DomainError as exc:
        print(exc)
    else:
        print("SAVED")
    """
)


def test_a_file_made_writable_again_opens_writable() -> None:
    """As an ordinary user (root ignores file modes): the -wal/-shm files SQLite made while the
    file was read-only are read-only too, which kept the database read-only."""
    folder = Path(tempfile.mkdtemp(prefix="ondernemersdesk-writable-"))
    folder.chmod(0o777)
    script = folder / "open.py"
    script.write_text(_WRITABLE_AGAIN.format(root=str(ROOT), path=str(folder / "gedeeld.db")))
    script.chmod(0o644)
    command = [sys.executable, str(script)]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root, which ignores file modes, and setpriv is not there")
        command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "SAVED"


_NOT_OURS = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from models.db import Database, sqlite_url
    from models.errors import DomainError
    from models.migrations import migrate
    from pathlib import Path

    database = Database(sqlite_url(Path({path!r})))
    try:
        migrate(database)
    except DomainError as exc:
        print(exc)
    else:
        print("OPENED")
    """
)


def test_a_read_only_companion_of_someone_else_is_explained() -> None:
    """The -shm file belongs to another account and may not be written: the database would open
    read-only without a word; now the message names the file and what to do."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root to make a file of another account, and setpriv")
    folder = Path(tempfile.mkdtemp(prefix="ondernemersdesk-companion-"))
    folder.chmod(0o777)
    path = migrated(folder / "gedeeld.db")
    os.chown(path, 65534, 65534)
    shm = folder / "gedeeld.db-shm"
    shm.write_bytes(b"")
    shm.chmod(0o444)  # root's, read-only
    script = folder / "open.py"
    script.write_text(_NOT_OURS.format(root=str(ROOT), path=str(path)))
    script.chmod(0o644)
    command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, str(script)]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"The database {path} may be written, but its companion file {shm} may not, so the database "
        f"would open read-only. Make {shm} writable (or ask whoever owns it), then open the database again."
    )


# -- a full disk ----------------------------------------------------------------------------------


def _sqlite_failure(code_name: str) -> OperationalError:
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = getattr(sqlite3, code_name)  # type: ignore[attr-defined]
    error.sqlite_errorname = code_name  # type: ignore[attr-defined]
    return OperationalError("INSERT", {}, error)


def test_a_full_disk_is_told_by_code_not_by_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    where = str(tmp_path / "x.db")
    full = f"The disk holding {where} is full. Make room, then try again."
    assert str(database_error(_sqlite_failure("SQLITE_FULL"), Database(sqlite_url(Path(where))))) == full
    # Growing the WAL index on a full disk: SQLite says "disk I/O error" (SQLITE_IOERR_SHMSIZE).
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9, 0))  # type: ignore[attr-defined]
    assert (
        str(database_error(_sqlite_failure("SQLITE_IOERR_SHMSIZE"), Database(sqlite_url(Path(where)))))
        == full
    )
    # The same code with room on the disk is something else.
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 0, 10**9))  # type: ignore[attr-defined]
    other = database_error(_sqlite_failure("SQLITE_IOERR_SHMSIZE"), Database(sqlite_url(Path(where))))
    assert str(other) == f"The database file {where} cannot be opened."


@pytest.fixture
def small_disk() -> Iterator[Path]:
    """A 4 MB file system of its own (tmpfs), to fill for real; skipped where it cannot be mounted."""
    folder = Path(tempfile.mkdtemp(prefix="ondernemersdesk-full-"))
    mounted = (
        os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True
        ).returncode
        == 0
    )
    if not mounted:
        folder.rmdir()
        pytest.skip("a small file system needs root (mount -t tmpfs)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
        folder.rmdir()


def _fill(folder: Path) -> None:
    descriptor = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    os.write(descriptor, b"\0" * size)
            except OSError:
                continue
    finally:
        os.close(descriptor)


def test_a_full_disk_says_so_when_saving_and_when_backing_up(small_disk: Path) -> None:
    path = migrated(small_disk / "ondernemersdesk.db", "Bakkerij Jansen")
    _fill(small_disk)
    database = Database(sqlite_url(path))
    try:
        with pytest.raises(DatabaseUnavailableError) as saving:
            for number in range(200):
                with database.session() as session:
                    svc.create_company(
                        session,
                        company(f"Zaak {number}", notes="x" * 4000),
                        establishment(),
                        allow_duplicate=True,
                    )
                    session.commit()
    finally:
        database.dispose()
    assert str(saving.value) == f"The disk holding {path} is full. Make room, then try again."
    with pytest.raises(DatabaseUnavailableError) as copying:
        backup_sqlite(path, small_disk, "0010")
    assert "is full" in str(copying.value)
    assert sqlite_backups(path) == []  # no empty or half "backup" left behind
    assert not [p for p in small_disk.iterdir() if p.name.startswith(".")]


# -- backups --------------------------------------------------------------------------------------


def test_a_backup_cut_short_leaves_nothing_that_looks_like_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = migrated(tmp_path / "ondernemersdesk.db", "Bakkerij Jansen")

    def killed(*_args: object) -> None:
        raise KeyboardInterrupt  # as a kill in the middle of copying

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        backup_sqlite(path, tmp_path, "0010")
    monkeypatch.undo()
    assert sqlite_backups(path) == []
    made = backup_sqlite(path, tmp_path, "0010")
    assert sqlite_backups(path) == [made] and names(made) == ["Bakkerij Jansen"]


def test_routine_backups_once_a_day_keeping_the_last_n(tmp_path: Path) -> None:
    path = migrated(tmp_path / "ondernemersdesk.db", "Bakkerij Jansen")
    day = datetime(2026, 11, 1, 9, tzinfo=UTC)
    made = [backups.routine_backup(path, keep=3, now=day + timedelta(days=n)) for n in range(5)]
    assert all(made)
    assert backups.routine_backup(path, keep=3, now=day + timedelta(days=4, hours=5)) is None  # once a day
    kept = [b.path for b in backups.backups(path) if b.kind == backups.ROUTINE]
    assert kept == [made[4], made[3], made[2]]
    assert names(made[4]) == ["Bakkerij Jansen"]
    assert not Path(f"{made[4]}-wal").exists()  # one self-contained file


def test_restore_keeps_the_current_file_aside_first(tmp_path: Path) -> None:
    path = migrated(tmp_path / "ondernemersdesk.db", "Bakkerij Jansen")
    made = backups.make_backup(path)
    new_company_in(path, "Slagerij Later")
    aside = backups.restore(path, made)
    assert names(path) == ["Bakkerij Jansen"]
    assert names(aside) == ["Bakkerij Jansen", "Slagerij Later"]
    assert aside in [b.path for b in backups.backups(path)]


def new_company_in(path: Path, name: str) -> None:
    database = Database(sqlite_url(path))
    try:
        new_company(database, name, allow_duplicate=True)
    finally:
        database.dispose()


def test_a_damaged_or_foreign_backup_is_not_restored(tmp_path: Path) -> None:
    path = migrated(tmp_path / "ondernemersdesk.db", "Bakkerij Jansen")
    foreign = tmp_path / "ondernemersdesk.backup-20260101T000000.db"
    foreign.write_bytes(b"no database")
    with pytest.raises(DomainError):
        backups.restore(path, foreign)
    assert names(path) == ["Bakkerij Jansen"]


# -- a damaged file -------------------------------------------------------------------------------


def damage(path: Path) -> None:
    """Overwrite the middle of the page of the index on company.email: the file opens and answers
    simple queries, but SQLite's checks find the damage, and so does reading through that index."""
    connection = sqlite3.connect(path)
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = 'ix_company_email'"
    ).fetchone()[0]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    assert not Path(f"{path}-wal").exists(), "the index page must be in the file, not in a WAL"
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        assert handle.read(1) == b"\x0a", "the index on company.email must fit one leaf page"
        handle.seek((root - 1) * page_size + 8)  # a leaf page's cell pointers follow its 8-byte header
        handle.write(b"\xff" * 64)


def test_a_damaged_page_is_refused_when_read_not_read_past(tmp_path: Path) -> None:
    """A page whose cell pointers point outside it is refused as it is read from disk. Without
    SQLite's cell size check, a cell at the page's last byte was decoded from the memory after the
    page buffer: the damaged index was read as healthy or not depending on the process's heap."""
    path = migrated(tmp_path / "ondernemersdesk.db")
    database = Database(sqlite_url(path))
    try:
        with database.session() as session:
            assert session.execute(text("PRAGMA cell_size_check")).scalar_one() == 1
    finally:
        database.dispose()


def test_a_damaged_file_is_found_by_the_quick_check(tmp_path: Path) -> None:
    path = migrated(tmp_path / "ondernemersdesk.db", *[f"Zaak {n}" for n in range(30)])
    assert backups.integrity_problems(path, quick=True) == []
    damage(path)
    database = Database(sqlite_url(path))
    try:
        migrate(database)  # opens without a word: only the check tells
    finally:
        database.dispose()
    assert backups.integrity_problems(path, quick=True)
    assert backups.integrity_problems(path, quick=False)


# -- a desktop newer than the server's schema ------------------------------------------------------


def test_a_login_that_may_not_upgrade_is_told_and_tries_no_ddl(server: Server) -> None:  # noqa: F811
    _engine, _bert, bert_url = server.login(Role.BUSINESS_MANAGER, "Bert Bakker")
    with server.database.engine.begin() as connection:  # the server is one schema behind this desktop
        connection.execute(text("UPDATE alembic_version SET version_num = '0010'"))
    desk = Database(bert_url)
    statements: list[str] = []
    event.listen(desk.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    try:
        with pytest.raises(DatabasePermissionError) as info:
            migrate(desk)
    finally:
        desk.dispose()
        with server.database.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :h"), {"h": HEAD})
    message = str(info.value)
    assert "has schema 0010" in message and f"needs {HEAD}" in message
    assert "python main.py admin migrate --database postgresql://" in message
    assert "Bert" not in message and "pw" not in message.split("--database")[1]
    assert all(s.lstrip().upper().startswith(("SELECT", "SHOW")) for s in statements), statements


def test_the_check_and_the_copy_stop_when_cancelled(tmp_path: Path) -> None:
    """The application closing does not wait for a check or a copy of a large file."""
    path = migrated(tmp_path / "ondernemersdesk.db", *[f"Zaak {n}" for n in range(30)])
    with pytest.raises(backups.Cancelled):
        backups.integrity_problems(path, quick=False, cancelled=lambda: True)
    with pytest.raises(backups.Cancelled):
        backups.routine_backup(path, cancelled=lambda: True)
    assert backups.backups(path) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_working_in_a_damaged_file_says_what_to_do(tmp_path: Path) -> None:
    """SQLITE_CORRUPT met while working: the file is an Ondernemersdesk database, damaged; the
    message says to restore a backup (it said "not an Ondernemersdesk database")."""
    path = migrated(tmp_path / "ondernemersdesk.db", *[f"Zaak {n}" for n in range(30)])
    damage(path)
    database = Database(sqlite_url(path))
    try:
        with pytest.raises(DatabaseUnavailableError) as info, database.session() as session:
            # damage() hit the index on company.email: reading through it meets the damage.
            session.execute(
                text("SELECT email FROM company INDEXED BY ix_company_email ORDER BY email")
            ).all()
    finally:
        database.dispose()
    assert str(info.value).startswith(f"The database file {path} is damaged.")
    assert "restore the last good backup" in str(info.value)


def test_a_file_that_cannot_be_read_is_not_called_damaged(tmp_path: Path) -> None:
    gone = tmp_path / "weg.db"
    with pytest.raises(DatabaseUnavailableError) as info:
        backups.integrity_problems(gone, quick=True)
    assert str(info.value) == f"The database file {gone} cannot be opened."


def test_a_damaged_file_is_restored_and_kept_aside(tmp_path: Path) -> None:
    path = migrated(tmp_path / "ondernemersdesk.db", *[f"Zaak {n}" for n in range(30)])
    good = backups.make_backup(path)
    damage(path)
    aside = backups.restore(path, good)
    assert backups.integrity_problems(path, quick=False) == []
    assert len(names(path)) == 30
    assert backups.integrity_problems(aside, quick=True)  # kept as it was, damage and all
