"""Taking a set along and synchronising it on the command line, for IT and tests (issue 22):
``admin offline take --round ID|--companies FILTER|--ids ID,…|--mine --to FILE`` and
``admin offline sync FILE [--keep mine|theirs]``, each printing counts; ``admin offline hand-in FILE``.

The official is signed in as the window does (the OS account on a local file, the server login on
PostgreSQL); the set follows that official's rights and privacy rules. A synchronisation with a
conflict writes nothing and lists each one; ``--keep`` chooses for all of them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.dutch_argparse import Count
from desktop.signing_in import sign_in_official
from models.db import Database
from models.offline import sync
from models.offline.sets import COMPANIES, MINE, ROUND, SET_TABLES, SetDefinition
from models.tools.transfer import TABLE_LABELS
from models.validation import MAX_ID, record_number

Command = Callable[[argparse.Namespace, Database], int]


def add_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Command]:
    """Add ``offline`` through cli's ``command`` (which adds ``--database``); its handler."""
    offline = command("offline", "take a set along on a laptop, synchronise it, hand it in")
    actions = offline.add_subparsers(dest="offline_action", required=True)
    take = actions.add_parser("take", help="copy a set into an encrypted local file")
    chosen = take.add_mutually_exclusive_group(required=True)
    chosen.add_argument(
        "--round",
        type=Count(1, MAX_ID),
        metavar="ID",
        help="a planned round: its area's companies and signals",
    )
    chosen.add_argument(
        "--companies", metavar="FILTER", help="companies whose name, KvK, postcode or place match"
    )
    chosen.add_argument("--ids", metavar="ID,ID,…", help="a selection: the numbers of the companies")
    chosen.add_argument("--mine", action="store_true", help="the companies of the signed-in account manager")
    take.add_argument("--to", dest="file", required=True, type=Path, metavar="FILE")
    sync_cmd = actions.add_parser("sync", help="send the changes up and bring the server's down")
    sync_cmd.add_argument("file", type=Path, metavar="FILE")
    sync_cmd.add_argument(
        "--keep",
        choices=(sync.MINE, sync.THEIRS),
        help="for every conflict: keep mine (offline) or theirs (server)",
    )
    hand_in = actions.add_parser(
        "hand-in", help="remove the local file and its key once everything is synchronised"
    )
    hand_in.add_argument("file", type=Path, metavar="FILE")
    for parser in (take, sync_cmd, hand_in):  # --database also after the action
        parser.add_argument("--database", metavar="URL", default=argparse.SUPPRESS)
    return {"offline": offline_command}


def offline_command(args: argparse.Namespace, database: Database) -> int:
    if args.offline_action == "hand-in":
        sync.hand_in(args.file)
        print(
            QCoreApplication.translate(
                "cli", "The set taken along is removed from this computer, with its key."
            )
        )
        return 0
    user_id = sign_in_official(database).signed_in.user_id
    if args.offline_action == "take":
        if args.round is not None:
            definition = SetDefinition(kind=ROUND, round_id=args.round)
        elif args.mine:
            definition = SetDefinition(kind=MINE)
        elif args.ids:
            ids = tuple(record_number(part) for part in args.ids.replace(" ", "").split(",") if part)
            definition = SetDefinition(kind=COMPANIES, company_ids=ids)
        else:
            definition = SetDefinition(kind=COMPANIES, text=args.companies)
        with database.session(user_id) as session:
            report = sync.take(session, definition, args.file, server=database)
        print(
            QCoreApplication.translate(
                "cli", "Taken along to %1 (encrypted; the key is in this computer's password store):"
            ).replace("%1", str(args.file))
        )
        _counts(report.counts)
        print(
            QCoreApplication.translate("cli", "With the lookups and the knowledge base: %1 rows. %2 s.")
            .replace("%1", str(sum(report.lookups.values())))
            .replace("%2", f"{report.seconds:.1f}")
        )
        return 0
    resolutions: dict[tuple[str, ...], str] = {("*",): args.keep} if args.keep else {}
    with database.session(user_id) as session:
        result = sync.synchronise(session, args.file, server=database, resolutions=resolutions)
    if not result.done:
        print(
            QCoreApplication.translate(
                "cli", "Not synchronised: %1 records were changed both here and on the server."
            ).replace("%1", str(len(result.conflicts)))
        )
        for conflict in result.conflicts:
            print("  " + _conflict_line(conflict))
        print(
            QCoreApplication.translate(
                "cli",
                "Nothing was written. Choose with --keep mine (offline) or --keep theirs (server).",
            )
        )
        return 1
    if result.resumed:
        print(
            QCoreApplication.translate(
                "cli", "The previous attempt had reached the server; nothing was sent twice."
            )
        )
    print(QCoreApplication.translate("cli", "Sent to the server:"))
    _counts(result.sent, empty=QCoreApplication.translate("cli", "nothing"))
    for name, made in result.created.items():
        for local_id, server_id in sorted(made.items()):
            print(
                "  "
                + QCoreApplication.translate("cli", "%1 made offline (here %2) is now number %3.")
                .replace("%1", _label(name))
                .replace("%2", str(local_id))
                .replace("%3", str(server_id))
            )
    print(QCoreApplication.translate("cli", "Received from the server:"))
    _counts(result.received, empty=QCoreApplication.translate("cli", "nothing"))
    if result.removed:
        print(QCoreApplication.translate("cli", "No longer in the set:"))
        _counts(result.removed)
    print(
        QCoreApplication.translate(
            "cli", "Merged field by field: %1. The set now holds %2 rows, the same as on the server."
        )
        .replace("%1", str(result.merged))
        .replace("%2", str(sum(result.counts.values())))
    )
    return 0


def _label(name: str) -> str:
    return QCoreApplication.translate("transfer", TABLE_LABELS.get(name, name))


def _counts(counts: Mapping[str, int], *, empty: str | None = None) -> None:
    shown = [(name, counts[name]) for name in SET_TABLES if counts.get(name)]
    if not shown and empty is not None:
        print("  " + empty)
    for name, count in shown:
        print(f"  {_label(name)}: {count}")


def _conflict_line(conflict: sync.Conflict) -> str:
    what = f"{_label(conflict.table)} {conflict.pk}"
    if conflict.kind == sync.DELETED:
        return QCoreApplication.translate("cli", "%1: removed on the server, changed here").replace(
            "%1", what
        )
    if conflict.kind == sync.ARCHIVED:
        return QCoreApplication.translate("cli", "%1: archived on the server, changed here").replace(
            "%1", what
        )
    fields = "; ".join(
        QCoreApplication.translate("cli", "%1: here %2, on the server %3")
        .replace("%1", f.field)
        .replace("%2", repr(f.mine))
        .replace("%3", repr(f.theirs))
        for f in conflict.fields
    )
    return f"{what}: {fields}"
