"""Importing a company list on the command line, for IT: ``admin import FILE [--mapping M.json]
[--dry-run]`` and ``admin import --undo NUMBER``.

The command signs in as the window does and runs the import services as that official, so only a
role that may import (administrator, business manager) gets anywhere. It prints the same
classification as the window's trial run (one line per class with its count) and the import's
number; a file that cannot be read is one Dutch line on stderr and exit 1, nothing written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.console import fail
from desktop.dutch_argparse import Count
from desktop.signing_in import sign_in_official
from models.db import Database
from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.importing import mapping as mapping_module
from models.importing.classify import CLASS_LABELS, Decision, RowClass, Trial, trial
from models.importing.mapping import Mapping, looks_like_header
from models.importing.reading import open_source
from models.importing.run import run_import
from models.importing.undo import undo_import
from models.validation import MAX_ID
from views.common.text import label, message

Command = Callable[[argparse.Namespace, Database], int]
ERRORS_SHOWN = 20


def add_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Command]:
    """Add ``admin import`` through cli's ``command`` (which adds ``--database``); its handler."""
    cmd = command("import", "import a company list (.xlsx, .csv, .txt, KvK .json), or undo an import")
    cmd.add_argument("file", nargs="?", type=Path, help="the file to import")
    cmd.add_argument(
        "--mapping", type=Path, metavar="MAPPING.json", help='{"columns": {"Label": "field"}, "defaults": {}}'
    )
    cmd.add_argument("--dry-run", action="store_true", help="only the trial run: nothing is written")
    cmd.add_argument(
        "--duplicates",
        choices=[d.value for d in Decision],
        default=Decision.SKIP.value,
        help="what to do with every possible duplicate (default: skip)",
    )
    cmd.add_argument(
        "--undo", type=Count(1, MAX_ID), metavar="NUMBER", help="undo the import with this number"
    )
    return {"import": import_command}


def _mapping(args: argparse.Namespace, header: list[str], database: Database, user_id: int) -> Mapping:
    if args.mapping is not None:
        try:
            text = args.mapping.read_text(encoding="utf-8-sig")
        except OSError as e:
            raise DomainError(
                QT_TRANSLATE_NOOP("errors", "The mapping file {name} cannot be read."), name=str(args.mapping)
            ) from e
        return Mapping.from_json(text, header)
    with database.session(user_id) as session:
        remembered = mapping_module.remembered(session, header)
    return remembered or mapping_module.suggest(header)


def _print_summary(result: Trial) -> None:
    counts = result.counts()
    for kind in RowClass:
        print(f"  {label(CLASS_LABELS[kind])}: {counts[kind]}")
    problems = [r for r in result.rows if r.problems]
    for row in problems[:ERRORS_SHOWN]:
        for p in row.problems:
            print(
                QCoreApplication.translate("cli", "  row %1, column %2: %3")
                .replace("%1", str(row.number))
                .replace("%2", p.column)
                .replace("%3", message(p.message, p.params))
            )
    if len(problems) > ERRORS_SHOWN:
        print(
            QCoreApplication.translate("cli", "  … and %1 more rows with errors").replace(
                "%1", str(len(problems) - ERRORS_SHOWN)
            )
        )


def import_command(args: argparse.Namespace, database: Database) -> int:
    if args.undo is not None:
        return _undo(args.undo, database)
    if args.file is None:
        return fail(QCoreApplication.translate("cli", "Give the file to import, or --undo NUMBER."))
    source = open_source(args.file, looks_like_header=looks_like_header)
    user_id = sign_in_official(database).signed_in.user_id
    mapping = _mapping(args, source.header, database, user_id)
    if args.dry_run:
        with database.session(user_id) as session:
            result = trial(session, source, mapping)
            session.rollback()
        print(
            QCoreApplication.translate("cli", "Trial run of %1: nothing was written.").replace(
                "%1", source.path.name
            )
        )
        _print_summary(result)
        return 0
    with database.session(user_id) as session:
        done = run_import(session, source, mapping, default_decision=Decision(args.duplicates))
        session.commit()
    print(
        QCoreApplication.translate("cli", "Import %1 of %2:")
        .replace("%1", str(done.batch_id))
        .replace("%2", source.path.name)
    )
    _print_summary(done.trial)
    print(
        QCoreApplication.translate("cli", "Written: %1 companies, %2 establishments, %3 records updated.")
        .replace("%1", str(done.written["companies"]))
        .replace("%2", str(done.written["establishments"]))
        .replace("%3", str(done.written["updated"]))
    )
    print(QCoreApplication.translate("cli", "Import number: %1").replace("%1", str(done.batch_id)))
    return 0


def _undo(number: int, database: Database) -> int:
    user_id = sign_in_official(database).signed_in.user_id
    with database.session(user_id) as session:
        result = undo_import(session, number)
        session.commit()
    print(
        QCoreApplication.translate("cli", "Import %1 undone: %2 records removed, %3 records set back.")
        .replace("%1", str(number))
        .replace("%2", str(result.removed))
        .replace("%3", str(result.restored))
    )
    for refused in result.refused:
        print(
            QCoreApplication.translate("cli", "  left as it is (changed since by %1): %2")
            .replace("%1", refused.changed_by or "?")
            .replace("%2", refused.name)
        )
    return 0
