"""``admin check``: finds, and unless told not to repairs, search documents that drifted from the data.

Every save rebuilds its company's search document under a lock on the company (models/companies/
search.py, ``lock``), so drift should not arise; a database changed by hand, an older version's
race (issue 19) or a restored index can still hold some. The check reads every company, compares
its stored document with the one its committed data gives and reports the counts.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.signing_in import sign_in_official
from models.companies import search
from models.db import Database

Command = Callable[[argparse.Namespace, Database], int]


def add_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Command]:
    """Add ``check`` through cli's ``command`` (which adds ``--database``); its handler."""
    check = command("check", "find and repair search documents that differ from the data")
    check.add_argument("--dry-run", dest="dry_run", action="store_true", help="only report, repair nothing")
    return {"check": check_command}


def check_command(args: argparse.Namespace, database: Database) -> int:
    sign_in_official(database).require_administrator()
    with database.session() as session:  # as the system, like reindex and the demo
        found = search.drift(session) if args.dry_run else search.repair(session)
        session.commit()
    print(
        QCoreApplication.translate(
            "cli",
            "%1 companies checked: %2 without a search document, %3 with an outdated one, "
            "%4 documents of companies that no longer exist.",
        )
        .replace("%1", str(found.checked))
        .replace("%2", str(len(found.missing)))
        .replace("%3", str(len(found.stale)))
        .replace("%4", str(len(found.orphaned)))
    )
    if found.clean:
        print(QCoreApplication.translate("cli", "The search index matches the data."))
        return 0
    if args.dry_run:
        print(
            QCoreApplication.translate("cli", "Nothing was repaired (--dry-run); run it without to repair.")
        )
        return 1
    print(QCoreApplication.translate("cli", "Repaired: the search index matches the data again."))
    return 0
