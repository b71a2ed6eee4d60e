"""Copies of a local database file, and putting one back.

Every copy is made with SQLite's online backup API (consistent while the application writes: it
reads through the WAL), into a temporary name in the same folder, synced to disk and only then
renamed to its real name: a copy that a kill or a full disk cut short never looks like a backup.

Two kinds sit next to the file, both listed by ``backups``:

- ``<name>.before-<revision>.<time>.db``: made before a migration (``models.migrations``);
- ``<name>.backup.<time>.db``: the routine copy, at most one a day at start (``routine_backup``),
  of which the last N are kept (a setting); ``admin backup`` makes one at any time.

``restore`` first keeps the current file aside (``<name>.before-restore.<time>.db``), then copies
the backup into the database through the same API, so its WAL never mixes with the other file.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from models.db import disk_full, disk_is_full, file_error, sqlite_file_error
from models.errors import DatabaseUnavailableError, DomainError
from models.i18n import QT_TRANSLATE_NOOP

ROUTINE = "backup"
BEFORE_RESTORE = "before-restore"
DEFAULT_KEEP = 7
_STAMP = "%Y%m%dT%H%M%S"
_STEP_PAGES = 4096  # copied per step, between which a cancel is seen


@dataclass(frozen=True, kw_only=True)
class Backup:
    path: Path
    made: datetime  # UTC, from the name (a copy keeps its time when the folder is copied)
    kind: str  # "backup" (routine), "before-<revision>" (a migration), "before-restore"
    size: int


def backups(database: Path, folder: Path | None = None) -> list[Backup]:
    """The copies of ``database``, newest first."""
    found = []
    for path in (folder or database.parent).glob(f"{database.stem}.*.db"):
        parts = path.name[len(database.stem) + 1 : -len(".db")].rsplit(".", 1)
        if len(parts) != 2 or not (parts[0] == ROUTINE or parts[0].startswith("before-")):
            continue
        try:
            made = datetime.strptime(parts[1], _STAMP).replace(tzinfo=UTC)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(path=path, made=made, kind=parts[0], size=size))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def backup_name(database: Path, kind: str, now: datetime | None = None) -> str:
    return f"{database.stem}.{kind}.{(now or datetime.now(UTC)):{_STAMP}}.db"


class Cancelled(Exception):
    """The copy or the check was cancelled (the application closes): nothing was left behind."""


Cancel = Callable[[], bool]


def _never() -> bool:
    return False


def copy_database(source: Path, target: Path, cancelled: Cancel = _never) -> Path:
    """A consistent copy of ``source`` at ``target``, complete or not there at all.
    ``cancelled`` is asked between steps; when it says so, ``Cancelled`` is raised."""
    temporary = target.with_name(f".{target.name}.partial")

    def step(_status: int, _remaining: int, _total: int) -> None:
        if cancelled():
            raise Cancelled

    try:
        temporary.unlink(missing_ok=True)
        with (
            closing(sqlite3.connect(f"file:{_uri(source)}?mode=ro", uri=True)) as original,
            closing(sqlite3.connect(temporary)) as copy,
        ):
            original.backup(copy, pages=_STEP_PAGES, progress=step)
            # One self-contained file: no -wal beside the copy (the database sets WAL again when opened).
            copy.execute("PRAGMA journal_mode = DELETE")
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except sqlite3.Error as exc:
        _remove(temporary)
        code = getattr(exc, "sqlite_errorcode", 0) or 0
        if code & 0xFF == sqlite3.SQLITE_FULL or disk_is_full(target.parent):
            raise disk_full(target.parent) from None
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The database {path} could not be copied: it may be damaged."),
            path=source,
        ) from None
    except OSError as exc:
        _remove(temporary)
        raise file_error(exc, target) from None
    except BaseException:
        _remove(temporary)
        raise
    return target


def make_backup(
    database: Path, kind: str = ROUTINE, folder: Path | None = None, cancelled: Cancel = _never
) -> Path:
    target_folder = folder or database.parent
    try:
        target_folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise file_error(exc, target_folder) from None
    for stale in target_folder.glob(f".{database.stem}.*.db.partial"):  # a copy a kill cut short
        _remove(stale)
    return copy_database(database, target_folder / backup_name(database, kind), cancelled)


def routine_backup(
    database: Path, keep: int = DEFAULT_KEEP, *, now: datetime | None = None, cancelled: Cancel = _never
) -> Path | None:
    """Today's routine copy, unless one was made today already (None); then only the ``keep``
    newest routine copies stay."""
    now = now or datetime.now(UTC)
    routine = [b for b in backups(database) if b.kind == ROUTINE]
    made = None
    if not routine or routine[0].made.date() < now.date():
        made = database.parent / backup_name(database, ROUTINE, now)
        copy_database(database, made, cancelled)
    prune(database, keep)
    return made


def prune(database: Path, keep: int) -> list[Path]:
    """Remove the routine copies beyond the ``keep`` newest; a migration's or a restore's copies stay."""
    removed = []
    for old in [b for b in backups(database) if b.kind == ROUTINE][max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def check_backup(path: Path) -> None:
    """Refuse a file that is not a complete, undamaged database to restore from."""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "The backup {path} cannot be read."), path=path
        ) from None
    if header != b"SQLite format 3\x00":
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "The file {path} is not a backup of an Ondernemersdesk database."),
            path=path,
        )
    problems = integrity_problems(path, quick=True)
    if problems:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "The backup {path} is damaged too; choose an older one."), path=path
        )


def integrity_problems(path: Path, *, quick: bool, cancelled: Cancel = _never) -> list[str]:
    """What SQLite's ``quick_check`` (or the full ``integrity_check``) finds wrong; [] when sound.
    ``cancelled`` is asked as the check goes (it reads the whole file): ``Cancelled`` when it says so."""
    pragma = "quick_check" if quick else "integrity_check"
    if cancelled():
        raise Cancelled
    done = threading.Event()
    try:
        with closing(
            sqlite3.connect(f"file:{_uri(path)}?mode=ro", uri=True, check_same_thread=False)
        ) as connection:

            def watch() -> None:  # the check is one long step: interrupted from outside
                while not done.wait(0.1):
                    if cancelled():
                        connection.interrupt()
                        return

            if cancelled is not _never:
                threading.Thread(target=watch, name="integrity-check-cancel", daemon=True).start()
            try:
                rows = connection.execute(f"PRAGMA {pragma}").fetchall()
            finally:
                done.set()
    except sqlite3.DatabaseError as exc:
        if cancelled():
            raise Cancelled from None
        code = getattr(exc, "sqlite_errorcode", 0) or 0
        if code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return [getattr(exc, "sqlite_errorname", None) or type(exc).__name__]
        # Busy, gone, unreadable: not damage; said as what it is.
        raise sqlite_file_error(exc, path) from None
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def restore(database: Path, backup: Path) -> Path:
    """Put ``backup`` back as ``database`` (closed by the caller); returns where the current file
    was kept aside first."""
    check_backup(backup)
    aside = database.parent / backup_name(database, BEFORE_RESTORE)
    if database.exists():
        try:
            copy_database(database, aside)
        except DatabaseUnavailableError:
            if disk_is_full(aside.parent):
                raise
            _raw_copy(database, aside)  # too damaged to read through SQLite: keep its bytes
    try:
        with (
            closing(sqlite3.connect(f"file:{_uri(backup)}?mode=ro", uri=True)) as source,
            closing(sqlite3.connect(database)) as target,
        ):
            source.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError:
        # The current file cannot even take the copy (too damaged): replace it whole.
        for suffix in ("-wal", "-shm", ""):
            _remove(database.with_name(database.name + suffix))
        copy_database(backup, database)
    return aside


def _raw_copy(source: Path, target: Path) -> None:
    temporary = target.with_name(f".{target.name}.partial")
    try:
        shutil.copyfile(source, temporary)
        os.replace(temporary, target)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    except OSError as exc:
        _remove(temporary)
        raise file_error(exc, target) from None


def _uri(path: Path) -> str:
    """A path as the path of a ``file:`` URI (``?`` and ``#`` in it are not options)."""
    from urllib.parse import quote

    location = quote(path.resolve().as_posix(), safe="/:")
    return location if location.startswith("/") else "/" + location


def _remove(path: Path) -> None:
    with suppress(OSError):
        path.unlink(missing_ok=True)
