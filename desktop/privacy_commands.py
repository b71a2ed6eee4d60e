"""The AVG on the command line, for IT: ``admin retention``, ``admin inzage`` and ``admin erase``.

Under the window's permission checks: the command signs in as the window does (the OS account on
a local file, the server login on PostgreSQL) and runs the privacy services as that official, so
only an administrator gets anywhere; anyone else reads one line and the command exits with 1.
The files of an inzage hold personal data: they are written readable by their owner alone (0600).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, cast

from PySide6.QtCore import QCoreApplication

from desktop.console import fail
from desktop.signing_in import sign_in_official
from models.db import Database
from models.migrations import sqlite_backups
from models.privacy import services as privacy
from models.privacy.dossier import AUDIT_TITLE
from models.privacy.services import PersonQuery, RetentionStep
from views.common.pdf_export import safe_file_name
from views.common.text import label
from views.documents.inzage import render_inzage

Command = Callable[[argparse.Namespace, Database], int]


def add_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Command]:
    """Add the three commands through cli's ``command`` (which adds ``--database``); their handlers."""
    retention = command("retention", "anonymise and remove personal data past their retention period")
    retention.add_argument("--dry-run", action="store_true", help="only show what would be done")
    inzage = command("inzage", "export everything held about a person as PDF and JSON")
    _person_arguments(inzage)
    inzage.add_argument("--out", required=True, type=Path, metavar="FOLDER", help="the folder to write to")
    erase = command("erase", "anonymise a person everywhere (right to erasure)")
    _person_arguments(erase)
    erase.add_argument("--reason", required=True, metavar="TEXT", help="why (kept in the privacy log)")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    return {"retention": retention_command, "inzage": inzage_command, "erase": erase_command}


def _person_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", default="", metavar="NAME")
    parser.add_argument("--phone", default="", metavar="NUMBER")
    parser.add_argument("--email", default="", metavar="ADDRESS")


def _official(database: Database) -> int:
    """Sign in as the window does; the services check the role of whoever that is."""
    return sign_in_official(database).signed_in.user_id


def _print_steps(steps: list[RetentionStep]) -> None:
    for step in steps:
        print(f"  {label(step.label)}: {step.count} ({label(privacy.ACTION_LABELS[step.action])})")


def retention_command(args: argparse.Namespace, database: Database) -> int:
    user_id = _official(database)
    with database.session(user_id) as session:
        plan = privacy.plan_retention(session)
    print(QCoreApplication.translate("cli", "Due for anonymising or removing today:"))
    _print_steps(plan)
    if args.dry_run:
        print(QCoreApplication.translate("cli", "Dry run: nothing was changed."))
        return 0
    with database.session(user_id) as session:
        done = privacy.run_retention(session)
        session.commit()
    print(
        QCoreApplication.translate(
            "cli", "Done: %1 records anonymised or removed; recorded in the privacy log."
        ).replace("%1", str(sum(s.count for s in done)))
    )
    _name_backups(database)
    return 0


def _query(args: argparse.Namespace) -> PersonQuery | None:
    query = PersonQuery(name=args.name.strip(), phone=args.phone.strip(), email=args.email.strip())
    return None if query.empty else query


def inzage_command(args: argparse.Namespace, database: Database) -> int:
    query = _query(args)
    if query is None:
        return fail(QCoreApplication.translate("cli", "Give the person's --name, --phone or --email."))
    user_id = _official(database)
    folder: Path = args.out
    folder.mkdir(parents=True, exist_ok=True)
    stem = safe_file_name(
        "Inzage", query.name or query.email or query.phone, f"{datetime.now():%Y-%m-%d %H.%M}"
    )
    pdf, json_file = folder / stem, (folder / stem).with_suffix(".json")
    with database.session(user_id) as session:
        dossier = privacy.person_dossier(session, query)
        with _private(pdf) as handle:
            render_inzage(dossier, handle)
        with _private(json_file) as handle:
            handle.write(privacy.dossier_json(dossier).encode("utf-8"))
        session.commit()  # the privacy log's line: the files are there
    found = sum(len(s.records) for s in dossier.sections if s.title != AUDIT_TITLE)
    print(QCoreApplication.translate("cli", "%1 records found.").replace("%1", str(found)))
    print(pdf)
    print(json_file)
    return 0


def _private(path: Path) -> BinaryIO:
    """A new file only its owner may read: it holds a person's data."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)  # an existing file keeps its mode on O_CREAT
    return cast(BinaryIO, os.fdopen(descriptor, "wb"))


def erase_command(args: argparse.Namespace, database: Database) -> int:
    query = _query(args)
    if query is None:
        return fail(QCoreApplication.translate("cli", "Give the person's --name, --phone or --email."))
    if not args.reason.strip():
        return fail(
            QCoreApplication.translate("cli", "Say why with --reason: it is kept in the privacy log.")
        )
    user_id = _official(database)
    with database.session(user_id) as session:
        hits = privacy.find_person(session, query)
    if not hits:
        print(QCoreApplication.translate("cli", "Nobody was found: nothing to erase."))
        return 0
    print(
        QCoreApplication.translate(
            "cli", "These records will be anonymised everywhere (letters, search and audit trail included):"
        )
    )
    for hit in hits:
        print(
            f"  {label(hit.kind_label)}: {hit.name} {hit.phone} {hit.email} ({hit.context})".replace(
                "  (", " ("
            )
        )
    if not args.yes:
        if not sys.stdin.isatty():
            return fail(
                QCoreApplication.translate("cli", "Confirm with --yes (there is no terminal to ask).")
            )
        word = QCoreApplication.translate("cli", "yes", "the word typed to confirm an erasure")
        answer = input(QCoreApplication.translate("cli", "Type '%1' to erase: ").replace("%1", word))
        if answer.strip().lower() != word.lower():
            print(QCoreApplication.translate("cli", "Nothing was erased."))
            return 1
    with database.session(user_id) as session:
        steps = privacy.erase_person(session, query, hits, args.reason)
        session.commit()
    print(QCoreApplication.translate("cli", "Erased; recorded in the privacy log with the reason:"))
    _print_steps(steps)
    _name_backups(database)
    return 0


def _name_backups(database: Database) -> None:
    """Copies made before a migration still hold what was just anonymised: say so, never delete them."""
    backups = sqlite_backups(database.path) if database.path is not None else []
    if backups:
        print(
            QCoreApplication.translate(
                "cli",
                "These backups made before an upgrade still hold the earlier data; delete them when no longer needed:",
            )
        )
        for backup in backups:
            print(f"  {backup}")
