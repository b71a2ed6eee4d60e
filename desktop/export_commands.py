"""Lists out to Excel from the command line: ``admin export companies|agreements|signals|observations|audit``.

The command signs in as the window does and exports as that official, through the same
services (models.exporting.lists), so it exports exactly what that official's lists show:
shielded reporters stay shielded, confidential contact moments stay out. Progress goes to
stderr; the number of rows and the file to stdout.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.console import fail
from desktop.signing_in import sign_in_official
from models.audit.services import AuditFilter
from models.companies.entities import Area, EstablishmentStatus
from models.companies.listing import CompanyFilter, SortKey
from models.consultations.entities import AgreementStatus
from models.db import Database
from models.exporting import lists
from models.exporting.lists import AgreementFilter, Exported
from models.progress import Progress
from models.signals.entities import SignalStatus
from models.signals.services import SignalFilter
from models.team.entities import User

E = TypeVar("E", EstablishmentStatus, AgreementStatus, SignalStatus)
Command = Callable[[argparse.Namespace, Database], int]
LISTS = ("companies", "agreements", "signals", "observations", "audit")


class _Refused(Exception):
    """A filter names something that does not exist; the message says which."""


def add_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Command]:
    """Add ``export`` through cli's ``command`` (which adds ``--database``); its handler."""
    cmd = command("export", "export a list to Excel (.xlsx) or CSV (.csv), as the window lists it")
    cmd.add_argument("list", choices=LISTS)
    cmd.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx|FILE.csv")
    cmd.add_argument(
        "--area", metavar="NAME", help="companies, signals: in this area (and the areas inside it)"
    )
    cmd.add_argument("--manager", metavar="LOGIN", help="companies: account manager; agreements: assignee")
    cmd.add_argument("--user", metavar="LOGIN", help="audit: changes by this official")
    cmd.add_argument("--sector", metavar="SBI", help="companies: SBI code of the main establishment")
    cmd.add_argument(
        "--status",
        action="append",
        metavar="STATUS",
        help="companies: active|moved|closed; agreements: open|in_progress|done|dropped; "
        "signals: reported|handling|scheduled|done|reopened|cancelled (repeat for more)",
    )
    cmd.add_argument("--archived", action="store_true", help="companies: include archived companies")
    cmd.add_argument("--sort", choices=[k.value for k in SortKey], default=SortKey.NAME.value)
    cmd.add_argument("--descending", action="store_true")
    cmd.add_argument("--overdue", action="store_true", help="signals: only overdue ones")
    cmd.add_argument("--kind", metavar="TABLE", help="audit: only this kind of record (e.g. company)")
    cmd.add_argument(
        "--from", dest="since", type=date.fromisoformat, metavar="YYYY-MM-DD", help="first day (inclusive)"
    )
    cmd.add_argument(
        "--to", dest="until", type=date.fromisoformat, metavar="YYYY-MM-DD", help="last day (inclusive)"
    )
    return {"export": export_command}


def _statuses(kind: type[E], given: list[str] | None) -> tuple[E, ...]:
    try:
        return tuple(kind(s) for s in given or ())
    except ValueError as error:
        raise _Refused(
            QCoreApplication.translate("cli", "Unknown status %1; choose from: %2.")
            .replace("%1", str(error).split("'")[1] if "'" in str(error) else str(error))
            .replace("%2", ", ".join(s.value for s in kind))
        ) from error


def _area(session: Session, name: str | None) -> int | None:
    if not name:
        return None
    found = session.scalar(select(Area.id).where(func.lower(Area.name) == name.strip().lower()))
    if found is None:
        raise _Refused(QCoreApplication.translate("cli", "There is no area called %1.").replace("%1", name))
    return found


def _user(session: Session, login: str | None) -> int | None:
    if not login:
        return None
    found = session.scalar(select(User.id).where(User.username == login.strip()))
    if found is None:
        raise _Refused(
            QCoreApplication.translate("cli", "There is no account with the login %1.").replace("%1", login)
        )
    return found


def _progress(shown: list[bool]) -> Progress:
    """A percentage on a terminal; nothing in a script's log."""
    if not sys.stderr.isatty():
        return Progress()

    def report(done: int, total: int) -> None:
        if total:
            print(f"\r{done * 100 // max(total, 1):>3} %", end="", file=sys.stderr, flush=True)
            shown[0] = True

    return Progress(report=report)


def export_command(args: argparse.Namespace, database: Database) -> int:
    official = sign_in_official(database)
    out: Path = args.out
    translate = QCoreApplication.translate
    shown = [False]
    progress = _progress(shown)
    today = date.today()
    try:
        with official.session() as session:
            if args.list == "companies":
                statuses = _statuses(EstablishmentStatus, args.status)
                if len(statuses) > 1:
                    raise _Refused(QCoreApplication.translate("cli", "Companies: give one --status."))
                result: Exported = lists.export_companies(
                    session,
                    CompanyFilter(
                        area_id=_area(session, args.area),
                        sbi_code=args.sector,
                        status=statuses[0] if statuses else None,
                        account_manager_id=_user(session, args.manager),
                        include_archived=args.archived,
                        sort=SortKey(args.sort),
                        descending=args.descending,
                    ),
                    out,
                    translate=translate,
                    progress=progress,
                )
            elif args.list == "agreements":
                result = lists.export_agreements(
                    session,
                    AgreementFilter(
                        statuses=_statuses(AgreementStatus, args.status),
                        assignee_id=_user(session, args.manager),
                        due_from=args.since,
                        due_until=args.until,
                    ),
                    out,
                    translate=translate,
                    today=today,
                    progress=progress,
                )
            elif args.list == "signals":
                result = lists.export_signals(
                    session,
                    SignalFilter(
                        statuses=_statuses(SignalStatus, args.status),
                        overdue_only=args.overdue,
                        area_id=_area(session, args.area),
                        since=args.since,
                        until=args.until,
                    ),
                    out,
                    translate=translate,
                    today=today,
                    progress=progress,
                )
            elif args.list == "observations":
                until = args.until or today
                result = lists.export_observations(
                    session,
                    out,
                    since=args.since or until - timedelta(days=30),
                    until=until,
                    translate=translate,
                    progress=progress,
                )
            else:
                result = lists.export_audit(
                    session,
                    AuditFilter(
                        user_id=_user(session, args.user), kind=args.kind, since=args.since, until=args.until
                    ),
                    out,
                    translate=translate,
                    progress=progress,
                )
    except _Refused as refused:
        return fail(str(refused))
    finally:
        if shown[0]:
            print("\r     \r", end="", file=sys.stderr, flush=True)
    print(
        QCoreApplication.translate("cli", "%1 rows written to %2.")
        .replace("%1", str(result.rows))
        .replace("%2", str(result.path))
    )
    return 0
