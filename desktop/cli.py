"""The administrator's command line: ``python main.py admin COMMAND [--database URL]``.

Messages go to stderr in the user's language with a non-zero exit; never a traceback
(details of an unexpected error go to the log file, without any field's value).

Every command that reads or writes the application's data signs in like the window does
(desktop/signing_in.py: the server login on PostgreSQL, the computer's account on a local file)
and works as that official, so the same permission checks apply as in the window:

- ``search``, ``pdf``, ``screenshot``, ``account``: what the official's role allows (a desk login
  gets no conversation report, and the screenshot shows the window as the official sees it);
- ``demo``: an administrator (it writes a whole demonstration data set as the system);
- ``copy``: an administrator of the local file that is copied; the server decides about the
  target (its database must be empty, and the login must be allowed to create the tables).

The owner's and IT's commands do not sign in, because they act on the schema or on a place of
their own rather than on the officials' data, and the database decides who may run them:

- ``migrate``: creates or upgrades the schema, as the window does at start; on a server only the
  schema's owner holds the rights for it. ``--administrator`` (first use) is refused once the
  database has an administrator;
- ``bench``: measures on demonstration data in a file, or a schema (``bench_small``), of its own;
- ``loadtest``: runs in a schema of its own, dropped afterwards (a login that may create schemas:
  IT's); given a URL that chooses a schema itself, it works in that one, so choose an empty one.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, text

from desktop import bench
from desktop.backup_commands import add_backup_commands
from desktop.bootstrap import (
    apply_presets,
    database_url,
    identify_application,
    install_translations,
    interface_language,
)
from desktop.check_commands import add_commands as add_check_commands
from desktop.console import fail
from desktop.duplicate_commands import add_commands as add_duplicate_commands
from desktop.dutch_argparse import Count, DutchArgumentParser
from desktop.export_commands import add_commands as add_export_commands
from desktop.import_commands import add_commands as add_import_commands
from desktop.log_file import setup_logging
from desktop.offline_commands import add_commands as add_offline_commands
from desktop.pdf_commands import PDF_DOCUMENTS, pdf_command
from desktop.privacy_commands import add_commands as add_privacy_commands
from desktop.screenshots import screenshot_command
from desktop.search_commands import add_commands as add_search_commands
from desktop.signing_in import sign_in_official
from models.companies.search import SearchService
from models.db import Database
from models.diagnostics import describe
from models.errors import DomainError, ValidationError, database_advice
from models.i18n import LANGUAGES, set_language
from models.migrations import migrate, migration_lock
from models.permissions import Permission
from models.server import install as server_install
from models.setup import set_up_database
from models.team import services as accounts
from models.team.entities import ROLE_LABELS, Role, User
from models.tools import demo
from views.common.settings import Settings
from views.common.text import WORDING, error_text, field_error_text, label
from views.connection import profiles

log = logging.getLogger(__name__)

ADMIN_PASSWORD_ENV = "ONDERNEMERSDESK_ADMIN_PASSWORD"  # admin migrate --administrator, for scripts
ACCOUNT_PASSWORD_ENV = "ONDERNEMERSDESK_ACCOUNT_PASSWORD"  # admin account create, for scripts


def _parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(prog="main.py admin", description="Ondernemersdesk administration")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help_text)
        cmd.add_argument("--database", metavar="URL", help="sqlite:///path or postgresql://user@host/db")
        return cmd

    migrate_cmd = command(
        "migrate", "create or upgrade the database schema; first use: the first administrator"
    )
    migrate_cmd.add_argument(
        "--administrator",
        metavar="LOGIN",
        help="first use: the login of the first administrator (password from a prompt or "
        f"{ADMIN_PASSWORD_ENV})",
    )
    migrate_cmd.add_argument(
        "--full-name", dest="full_name", metavar="NAME", help="the administrator's full name"
    )
    account = command("account", "list, create, deactivate or reactivate officials' accounts")
    account.add_argument("action", choices=("list", "create", "deactivate", "reactivate"))
    account.add_argument("login", nargs="?", help="the official's login (user name on the server)")
    account.add_argument("--full-name", dest="full_name", metavar="NAME")
    account.add_argument("--role", choices=[role.value for role in Role], default=Role.BUSINESS_MANAGER.value)
    account.add_argument("--email", metavar="ADDRESS")
    demo_cmd = command("demo", "fill an empty database with demonstration data")
    demo_cmd.add_argument("--companies", type=Count(1, 1_000_000), default=500)
    demo_cmd.add_argument("--seed", type=int, default=1)
    search_cmd = command("search", "search companies as the global search does, best first")
    search_cmd.add_argument("text")
    search_cmd.add_argument("--limit", type=Count(1, 1000), default=20)
    shot = command("screenshot", "render a page of the main window to a PNG")
    shot.add_argument(
        "--page",
        required=True,
        help="companies, my_work, desk, knowledge, ambitions, signals, or company:KVK",
    )
    shot.add_argument("out", type=Path)
    shot.add_argument("--size", default="1360x820", help="WIDTHxHEIGHT")
    shot.add_argument("--language", choices=LANGUAGES, help="the window's language (default: the settings')")
    bench.add_arguments(sub.add_parser("bench", help="measure the speed at municipal scale; write a report"))
    copy_cmd = sub.add_parser("copy", help="copy a local file into an empty shared database, with a report")
    copy_cmd.add_argument("--from", dest="source", required=True, metavar="URL", help="sqlite:///path.db")
    copy_cmd.add_argument("--to", dest="target", required=True, metavar="URL", help="postgresql://…")
    pdf = command("pdf", "write a document as PDF: " + ", ".join(sorted(PDF_DOCUMENTS)))
    pdf.add_argument("document", choices=sorted(PDF_DOCUMENTS))
    pdf.add_argument("--kvk", metavar="NUMBER", help="the company's KvK number")
    pdf.add_argument("--interaction", metavar="ID", help="report: the number of the contact moment")
    pdf.add_argument("--out", metavar="FILE.pdf", type=Path, help="the PDF file to write")
    pdf.add_argument(
        "--from", dest="since", metavar="YYYY-MM-DD", help="monitoring, hotspots: the first day of the period"
    )
    pdf.add_argument(
        "--to", dest="until", metavar="YYYY-MM-DD", help="monitoring, hotspots: the last day of the period"
    )
    pdf.add_argument("--date", metavar="YYYY-MM-DD", help="daily-report: the day of the rounds")
    pdf.add_argument("--signal", metavar="M-123", help="letter: the signal whose last feedback is printed")
    pdf.add_argument("--article", metavar="ID", help="handout: the number of the knowledge article")
    pdf.add_argument("--language", choices=LANGUAGES, help="the document's language (default: the settings')")
    load = command("loadtest", "many desks editing the same files at once on PostgreSQL: no lost update")
    load.add_argument("--clients", type=Count(1, 200), default=20)
    load.add_argument("--edits", type=Count(1, 100_000), default=200, help="edits per client")
    load.add_argument("--companies", type=Count(1, 10_000), default=10, help="companies all clients edit")
    load.add_argument("--agreements", type=Count(1, 10_000), default=10, help="agreements all clients edit")
    PRIVACY_HANDLERS.update(add_privacy_commands(command))
    PRIVACY_HANDLERS.update(add_import_commands(command))  # admin import (desktop/import_commands.py)
    PRIVACY_HANDLERS.update(add_export_commands(command))
    PRIVACY_HANDLERS.update(add_duplicate_commands(command))
    PRIVACY_HANDLERS.update(add_search_commands(command))  # admin reindex (desktop/search_commands.py)
    PRIVACY_HANDLERS.update(
        add_backup_commands(command)
    )  # admin backup, restore (desktop/backup_commands.py)
    PRIVACY_HANDLERS.update(add_check_commands(command))  # admin check (desktop/check_commands.py)
    PRIVACY_HANDLERS.update(add_offline_commands(command))  # admin offline (desktop/offline_commands.py)
    return parser


# admin retention, inzage and erase (desktop/privacy_commands.py) and export (export_commands.py)
PRIVACY_HANDLERS: dict[str, Callable[[argparse.Namespace, Database], int]] = {}


def run(argv: list[str]) -> int:
    identify_application()
    settings = Settings()
    set_language(interface_language(settings))  # argparse's own messages too
    args = _parser().parse_args(argv)
    # Qt allows one application per process: run in a process that has one already (the tests
    # call run() in theirs), the command uses it; screenshot and bench need it to be a QApplication.
    app = QCoreApplication.instance()
    if app is None:
        if args.command in ("screenshot", "bench"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            app = QApplication([sys.argv[0]])
        else:
            app = QCoreApplication([sys.argv[0]])
    install_translations(app, getattr(args, "language", None) or interface_language(settings))
    setup_logging()
    apply_presets(settings)  # documents made here carry the identity IT fixed, as in the window
    rule = profiles.encryption_rule(settings)  # IT's: every server connection encrypted, also here
    handlers: dict[str, Callable[[argparse.Namespace, Database], int]] = {
        "migrate": _migrate,
        "account": _account,
        "demo": _demo,
        "search": _search,
        "screenshot": screenshot_command,
        "pdf": pdf_command,
        "loadtest": _loadtest,
        **PRIVACY_HANDLERS,
    }
    try:
        if args.command == "bench":
            code = bench.run(args)
        elif args.command == "copy":
            code = _copy(args, rule)
        else:
            address = rule.apply(args.database) if args.database else database_url(settings)
            code = handlers[args.command](args, Database(address))
        sys.stdout.flush()  # a reader gone shows here, not in Python's own flush at exit
        return code
    except DomainError as error:
        print(error_text(rule.explained(error)), file=sys.stderr)
        return 1
    except BrokenPipeError:
        return _reader_gone()
    except Exception as exc:  # a bug: one line to the user, the details to the log
        log.exception("admin %s failed", args.command)
        advice = database_advice(exc)  # unless the database said what it was, by a known code
        if advice is not None:
            print(error_text(advice), file=sys.stderr)
            return 1
        print(
            QCoreApplication.translate("cli", "Unexpected error: %1 (details in the log file)").replace(
                "%1", describe(exc)
            ),
            file=sys.stderr,
        )
        return 2


def _reader_gone() -> int:
    """``admin search … | head``: the reader closed the pipe because it has what it wanted. Nothing
    failed, so nothing is said; what is still buffered goes nowhere, or Python's own flush at exit
    would meet the closed pipe again (as the Python docs' note on SIGPIPE advises)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 0


def _password(env: str, login: str) -> str | None:
    """From the environment (scripts) or typed at a prompt; a local file needs none."""
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        return None
    return (
        getpass.getpass(
            QCoreApplication.translate("cli", "Password for %1 on the server: ").replace("%1", login)
        )
        or None
    )


def _set_up(args: argparse.Namespace, database: Database) -> int:
    if not args.full_name:
        return fail(QCoreApplication.translate("cli", "Give the administrator's name with --full-name."))
    password = None
    if not database.is_sqlite:
        with database.session() as session:
            connected = session.execute(text("SELECT current_user")).scalar_one()
        if args.administrator != connected:
            password = _password(ADMIN_PASSWORD_ENV, args.administrator)
    user_id = set_up_database(
        database, username=args.administrator, full_name=args.full_name, password=password
    )
    print(
        QCoreApplication.translate("cli", "The database %1 is set up; %2 (account %3) is its administrator.")
        .replace("%2", args.full_name)
        .replace("%3", str(user_id))
        .replace("%1", database.display_name)
    )
    return 0


def _account(args: argparse.Namespace, database: Database) -> int:
    """Accounts from the command line, as the official signed in: only an administrator's role
    may manage them (on a server the connected login, on a local file the computer's account)."""
    official = sign_in_official(database)
    if args.action == "list":
        with official.session() as session:
            records = accounts.list_accounts(session)
        for r in records:
            state = (
                QCoreApplication.translate("cli", "active")
                if r.active
                else QCoreApplication.translate("cli", "deactivated")
            )
            print(f"{r.username:<20} {r.full_name:<30} {label(ROLE_LABELS[r.role]):<20} {state}")
        return 0
    if not args.login:
        return fail(QCoreApplication.translate("cli", "Give the official's login."))
    with official.session() as session:
        if args.action == "create":
            if not args.full_name:
                return fail(QCoreApplication.translate("cli", "Give the official's name with --full-name."))
            password = None if database.is_sqlite else _password(ACCOUNT_PASSWORD_ENV, args.login)
            try:
                accounts.create_account(
                    session, args.login, args.full_name, Role(args.role), args.email, password
                )
            except ValidationError as error:
                return fail("\n".join(field_error_text(e) for e in error.errors))
            done = QCoreApplication.translate("cli", "Account %1 created.")
        else:
            target = session.scalar(select(User.id).where(User.username == args.login))
            if target is None:
                return fail(
                    QCoreApplication.translate("cli", "There is no account with the login %1.").replace(
                        "%1", args.login
                    )
                )
            if args.action == "deactivate":
                accounts.deactivate_account(session, target)
                done = QCoreApplication.translate("cli", "Account %1 deactivated.")
            else:
                accounts.reactivate_account(session, target)
                done = QCoreApplication.translate("cli", "Account %1 reactivated.")
        session.commit()
    print(done.replace("%1", args.login))
    return 0


def _migrate(args: argparse.Namespace, database: Database) -> int:
    if args.administrator:
        return _set_up(args, database)
    with migration_lock(database):  # a second migrate at once waits, then finds it up to date
        return _migrate_locked(database)


def _migrate_locked(database: Database) -> int:
    result = migrate(database)
    if result.before == result.after:
        print(
            QCoreApplication.translate("cli", "The database %1 is up to date (schema %2).")
            .replace("%2", result.after)
            .replace("%1", database.display_name)  # last: an address may hold "%3D" itself
        )
    else:
        print(
            QCoreApplication.translate("cli", "The database %1 is now at schema %2 (was: %3).")
            .replace("%2", result.after)
            .replace("%3", result.before or QCoreApplication.translate("cli", "empty"))
            .replace("%1", database.display_name)
        )
    if result.backup:
        print(
            QCoreApplication.translate("cli", "Backup of the previous version: %1").replace(
                "%1", str(result.backup)
            )
        )
    if server_install.reinstall(database):  # the owner: what the server enforces follows the new version
        print(
            QCoreApplication.translate(
                "cli", "The server's roles, privileges and account functions are up to date."
            )
        )
    return 0


def _demo(args: argparse.Namespace, database: Database) -> int:
    sign_in_official(database).require_administrator()
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r{done:>9,} / {total:,}".replace(",", "."), end="", file=sys.stderr, flush=True)

    summary = demo.generate(database, args.companies, seed=args.seed, progress=progress)
    print(file=sys.stderr)
    print(
        QCoreApplication.translate(
            "cli",
            "%1 companies, %2 establishments, %3 contact persons, %4 contact moments and "
            "%5 agreements created in %6 s.",
        )
        .replace("%1", str(summary.companies))
        .replace("%2", str(summary.establishments))
        .replace("%3", str(summary.contacts))
        .replace("%4", str(summary.interactions))
        .replace("%5", str(summary.agreements))
        .replace("%6", f"{time.perf_counter() - started:.1f}")
    )
    return 0


def _copy(args: argparse.Namespace, rule: profiles.EncryptionRule) -> int:
    """Everything of a local file into an empty server database; progress on stderr, the report on stdout."""
    from models.tools.transfer import CONTEXT, TransferVerificationError, copy_database
    from models.tools.transfer_text import report_text, transfer_error_text

    source, target = Database(args.source), Database(rule.apply(args.target))
    try:
        # The whole file is read, confidential reports and reporters' details too: its administrator's work.
        sign_in_official(source, keep=False).require_administrator()
    except DomainError:
        source.dispose()
        target.dispose()
        raise
    shown = {"progress": False}

    def stage(text: str) -> None:
        if shown["progress"]:
            print(file=sys.stderr)
            shown["progress"] = False
        print(QCoreApplication.translate(CONTEXT, text), file=sys.stderr, flush=True)

    def progress(done: int, total: int) -> None:
        print(f"\r{done * 100 // max(total, 1):>3} %", end="", file=sys.stderr, flush=True)
        shown["progress"] = True

    try:
        report = copy_database(source, target, progress=progress, stage=stage)
    except DomainError as error:
        if shown["progress"]:
            print(file=sys.stderr)
            shown["progress"] = False
        if isinstance(error, TransferVerificationError):
            print(report_text(WORDING, error.report), end="")
        print(
            transfer_error_text(WORDING, rule.explained(error)), file=sys.stderr
        )  # a refused server: its data in our labels
        return 1
    finally:
        source.dispose()
        target.dispose()
        if shown["progress"]:
            print(file=sys.stderr)
    print(report_text(WORDING, report), end="")
    return 0


def _search(args: argparse.Namespace, database: Database) -> int:
    official = sign_in_official(database)
    official.require(Permission.VIEW_COMPANIES)
    with official.session() as session:
        for hit in SearchService(session).search(args.text, limit=args.limit):
            print(f"{hit.kvk_number or '-'}\t{hit.name}\t{hit.address}")
    return 0


def _loadtest(args: argparse.Namespace, database: Database) -> int:
    """20 desks (threads with connections of their own) on the same files; the report on stdout."""
    from models.tools.loadtest import run as run_loadtest  # only this command needs it

    def progress(done: int, total: int) -> None:
        print(f"\r{done:>9,} / {total:,}".replace(",", "."), end="", file=sys.stderr, flush=True)

    report = run_loadtest(
        database.url,
        clients=args.clients,
        edits=args.edits,
        companies_count=args.companies,
        agreements_count=args.agreements,
        progress=progress,
    )
    print(file=sys.stderr)
    lines = [
        QCoreApplication.translate(
            "cli", "%1 clients, %2 edits each, on %3 companies and %4 agreements: %5 s."
        )
        .replace("%1", str(report.clients))
        .replace("%2", str(report.edits_per_client))
        .replace("%3", str(report.records["company"]))
        .replace("%4", str(report.records["agreement"]))
        .replace("%5", f"{report.seconds:.1f}"),
        QCoreApplication.translate(
            "cli", "Saved: %1 (%2 per second). Conflicts shown: %3. Attempts: %4 (%5 per second)."
        )
        .replace("%1", str(report.saves))
        .replace("%2", f"{report.saves_per_second:.1f}")
        .replace("%3", str(report.conflicts))
        .replace("%4", str(report.attempts))
        .replace("%5", f"{report.attempts_per_second:.1f}"),
        QCoreApplication.translate("cli", "Time per edit: p50 %1 ms, p95 %2 ms, slowest %3 ms.")
        .replace("%1", f"{report.p50_ms:.1f}")
        .replace("%2", f"{report.p95_ms:.1f}")
        .replace("%3", f"{report.max_ms:.0f}"),
    ]
    for line in lines:
        print(line)
    for problem in [*report.errors, *report.problems]:
        print(problem)
    if report.ok:
        print(
            QCoreApplication.translate(
                "cli", "No update was lost: every edit was saved or shown as a conflict."
            )
        )
        return 0
    print(QCoreApplication.translate("cli", "Updates were lost or failed: see above."))
    return 1
