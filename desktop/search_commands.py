"""The company search on the command line, for IT: ``admin reindex``.

The search documents changed form (tagged fields, places written together; issue 17): a database
made by an earlier version keeps finding companies, but ranks and explains them fully only once
its documents are made again. An administrator runs this once after the upgrade (it takes about
six minutes for 250,000 companies); nothing else changes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.signing_in import sign_in_official
from models.companies.search import rebuild_all
from models.db import Database

Command = Callable[[argparse.Namespace, Database], int]


def add_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Command]:
    """Add ``reindex`` through cli's ``command`` (which adds ``--database``); its handler."""
    command("reindex", "make every company's search document again (once, after an upgrade)")
    return {"reindex": reindex_command}


def reindex_command(args: argparse.Namespace, database: Database) -> int:
    official = sign_in_official(database)
    official.require_administrator()
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        print(f"\r{done:>9,}".replace(",", "."), end="", file=sys.stderr, flush=True)

    with database.session() as session:  # as the system, like the demo and the transfer
        written = rebuild_all(session, advance=advance)
        session.commit()
    print(file=sys.stderr)
    print(QCoreApplication.translate("cli", "%1 search documents made again.").replace("%1", str(written)))
    return 0
