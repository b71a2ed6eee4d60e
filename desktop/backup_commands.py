"""``admin backup`` and ``admin restore``: copies of a local database file (models/backups.py).

Both work on the file itself, without signing in: a damaged file must still be restorable, and
whoever may read (or write) the file may copy (or replace) it anyway. A shared server is backed
up by its administrator's own tools (pg_dump), so both refuse a server address.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.dutch_argparse import Count
from models import backups
from models.db import Database
from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from views.common.settings import BACKUPS_KEPT, Settings
from views.shell.restore_dialog import kind_text

Handler = Callable[[argparse.Namespace, Database], int]


def add_backup_commands(command: Callable[[str, str], Any]) -> dict[str, Handler]:
    backup = command("backup", "copy a local database file next to it now; older routine copies are pruned")
    backup.add_argument(
        "--keep", type=Count(1, 1000), metavar="N", help="routine copies to keep (the setting: 7)"
    )
    restore = command("restore", "put a backup back; the current file is kept aside first")
    restore.add_argument(
        "--from", dest="backup", type=Path, metavar="FILE", help="the backup (default: the newest)"
    )
    restore.add_argument("--list", action="store_true", help="only list the backups")
    restore.add_argument("--yes", action="store_true", help="restore without asking (scripts)")
    return {"backup": _backup, "restore": _restore}


def _local(database: Database) -> Path:
    database.dispose()  # only the file is used
    if database.path is None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Only a local database file is backed up here; a server is backed up by its administrator (pg_dump).",
            )
        )
    if not database.path.is_file():
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "The database file {path} does not exist."), path=database.path
        )
    return database.path


def _backup(args: argparse.Namespace, database: Database) -> int:
    path = _local(database)
    made = backups.make_backup(path)
    backups.prune(path, args.keep if args.keep else Settings().get(BACKUPS_KEPT))
    print(QCoreApplication.translate("cli", "Backup written: %1").replace("%1", str(made)))
    return 0


def _restore(args: argparse.Namespace, database: Database) -> int:
    path = _local(database)
    found = backups.backups(path)
    if args.list or not (args.backup or found):
        for item in found:
            print(
                f"{item.made.astimezone():%Y-%m-%d %H:%M}  {kind_text(item.kind):<20} {item.size:>12}  {item.path}"
            )
        if not found:
            print(QCoreApplication.translate("cli", "There are no backups of %1.").replace("%1", str(path)))
        return 0
    chosen = args.backup or found[0].path
    if not args.yes:
        print(
            QCoreApplication.translate(
                "cli",
                "This replaces %1 by the backup %2 (the current file is kept aside first). Add --yes to do it.",
            )
            .replace("%1", str(path))
            .replace("%2", str(chosen)),
        )
        return 1
    aside = backups.restore(path, chosen)
    print(
        QCoreApplication.translate("cli", "Restored from %1; the file as it was is kept as %2.")
        .replace("%1", str(chosen))
        .replace("%2", str(aside))
    )
    return 0
