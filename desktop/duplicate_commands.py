"""Duplicates on the command line: ``admin duplicates [--min-score N]`` lists the companies (and
contact persons) that are probably the same, best first, with their reasons, as the *Mogelijke
dubbelen* page does. Read only: merging is done in the window, side by side per field."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.signing_in import sign_in_official
from models.db import Database
from models.duplicates import candidates
from models.duplicates.candidates import CandidatePair
from models.matching.compare import DEFAULT_MIN_SCORE
from views.duplicates.reasons import reasons_text

Command = Callable[[argparse.Namespace, Database], int]


def add_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Command]:
    """Add ``duplicates`` through cli's ``command`` (which adds ``--database``); its handler."""
    duplicates = command("duplicates", "list companies and contact persons that are probably the same")
    duplicates.add_argument(
        "--min-score",
        dest="min_score",
        type=int,
        default=DEFAULT_MIN_SCORE,
        metavar="N",
        help=f"0-100: how certain a pair must be to be listed (default {DEFAULT_MIN_SCORE})",
    )
    duplicates.add_argument(
        "--contacts", action="store_true", help="list contact persons instead of companies"
    )
    return {"duplicates": duplicates_command}


def _line(pair: CandidatePair) -> str:
    first = f"{pair.first.name} (#{pair.first.id})"
    second = f"{pair.second.name} (#{pair.second.id})"
    return f"{pair.score:3d}  {first}  ~  {second}  [{reasons_text(pair.reasons)}]"


def duplicates_command(args: argparse.Namespace, database: Database) -> int:
    if not 0 <= args.min_score <= 100:
        print(QCoreApplication.translate("cli", "--min-score is a number from 0 to 100."))
        return 1
    user_id = sign_in_official(database).signed_in.user_id
    with database.session(user_id) as session:
        if args.contacts:
            pairs = candidates.contact_candidates(session, args.min_score)
        else:
            pairs = candidates.company_candidates(session, args.min_score)
    for pair in pairs:
        print(_line(pair))
    print(QCoreApplication.translate("cli", "%1 possible duplicates.").replace("%1", str(len(pairs))))
    return 0
