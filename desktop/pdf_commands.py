"""The administrator's PDF commands (``admin pdf …``): a company's briefing, file or conversation
report, the ambition plan and its monitoring, the rounds' reports, the hotspot report, the letter to
a reporter and the desk's handout, fetched in a session of the
official signed in (desktop/signing_in.py: what their role may read, as in the window) and then drawn."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.console import fail
from desktop.signing_in import sign_in_official
from models.companies import listing
from models.companies import services as companies
from models.consultations import services as consultations
from models.db import Database
from models.documents import services as documents
from models.errors import DomainError, NotFoundError
from models.i18n import translate
from models.signals import services as signals
from views.documents import ambitions as plan_pdfs
from views.documents import briefing, dossier, feedback_letter, hotspots, knowledge, report
from views.documents import rounds as round_pdfs

# The documents of ``admin pdf``: their title on paper, and how each is made.
PDF_DOCUMENTS = {
    "briefing": briefing.TITLE,
    "dossier": dossier.TITLE,
    "report": report.TITLE,
    "ambition-document": plan_pdfs.AMBITION_DOCUMENT,
    "monitoring": plan_pdfs.MONITORING,
    "daily-report": round_pdfs.DAILY_TITLE,
    "entrepreneur-report": round_pdfs.ENTREPRENEUR_TITLE,
    "hotspots": hotspots.TITLE,
    "letter": feedback_letter.TITLE,
    "handout": knowledge.TITLE,
}

PLAN_DOCUMENTS = ("ambition-document", "monitoring")

ROUND_DOCUMENTS = ("daily-report", "entrepreneur-report")


def pdf_command(args: argparse.Namespace, database: Database) -> int:
    """Write one PDF; every mistake in the arguments is told in words, before any work is done."""
    if args.document in PLAN_DOCUMENTS:
        return _plan_pdf(args, database)
    if args.document in ROUND_DOCUMENTS:
        return _round_pdf(args, database)
    if args.document in OTHER_DOCUMENTS:
        return OTHER_DOCUMENTS[args.document](args, database)
    if not args.kvk:
        return fail(QCoreApplication.translate("cli", "Give the KvK number of the company: --kvk NUMBER."))
    if args.out is None:
        return fail(QCoreApplication.translate("cli", "Give the PDF file to write: --out FILE.pdf."))
    interaction_id: int | None = None
    if args.document == "report":
        if not args.interaction:
            return fail(
                QCoreApplication.translate(
                    "cli",
                    "A conversation report is about one contact moment: give its number with --interaction ID.",
                )
            )
        if not args.interaction.strip().isdigit():
            return fail(
                QCoreApplication.translate("cli", "%1 is not the number of a contact moment.").replace(
                    "%1", args.interaction
                )
            )
        interaction_id = int(args.interaction)
    elif args.interaction:
        return fail(
            QCoreApplication.translate("cli", "--interaction only goes with a conversation report (report).")
        )
    official = sign_in_official(database)
    today = date.today()
    with official.session() as session:
        company_id = listing.company_id_by_kvk(session, args.kvk)
        name = companies.company_file(session, company_id).name
        if interaction_id is None:
            if args.document == "briefing":
                data = documents.briefing(session, company_id, today=today)
                render: Callable[[Path], None] = partial(briefing.render_briefing, data)
            else:
                render = partial(dossier.render_dossier, documents.dossier(session, company_id, today=today))
        else:
            try:
                record = consultations.interaction(session, interaction_id, today=today)
            except (NotFoundError, StopIteration):  # StopIteration: an archived contact moment
                return fail(
                    QCoreApplication.translate("cli", "There is no contact moment %1.").replace(
                        "%1", str(interaction_id)
                    )
                )
            if record.company_id != company_id:
                return fail(
                    QCoreApplication.translate("cli", "Contact moment %1 is not one of %2 (KvK %3).")
                    .replace("%1", str(interaction_id))
                    .replace("%2", name)
                    .replace("%3", args.kvk.strip())
                )
            render = partial(report.render_report, documents.report(session, interaction_id, today=today))
    render(args.out)  # the data is all fetched: drawn without the session
    print(
        QCoreApplication.translate("cli", "%1 of %2 saved as %3.")
        .replace("%1", translate("documents", PDF_DOCUMENTS[args.document]))
        .replace("%2", name)
        .replace("%3", str(args.out))
    )
    return 0


def _plan_pdf(args: argparse.Namespace, database: Database) -> int:
    """The ambition document, or the monitoring report of a period (--from, --to)."""
    if args.out is None:
        return fail(QCoreApplication.translate("cli", "Give the PDF file to write: --out FILE.pdf."))
    period: list[date] = []
    if args.document == "monitoring":
        for value in (args.since, args.until):
            if not value:
                return fail(
                    QCoreApplication.translate(
                        "cli", "Give the period of the report: --from %1 and --to %1."
                    ).replace("%1", "YYYY-MM-DD")
                )
            try:
                period.append(date.fromisoformat(value.strip()))
            except ValueError:
                return fail(
                    QCoreApplication.translate("cli", "%1 is not a date; write it as %2.")
                    .replace("%1", value)
                    .replace("%2", "2026-01-31")
                )
    official = sign_in_official(database)
    today = date.today()
    with official.session() as session:
        if args.document == "monitoring":
            monitoring = documents.monitoring(session, since=period[0], until=period[1], today=today)
            render: Callable[[Path], None] = partial(plan_pdfs.render_monitoring, monitoring)
        else:
            render = partial(
                plan_pdfs.render_ambition_document, documents.ambition_document(session, today=today)
            )
    render(args.out)
    print(
        QCoreApplication.translate("cli", "%1 saved as %2.")
        .replace("%1", translate("documents", PDF_DOCUMENTS[args.document]))
        .replace("%2", str(args.out))
    )
    return 0


def _date_arg(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value.strip()) if value else None
    except ValueError:
        return None


def _round_pdf(args: argparse.Namespace, database: Database) -> int:
    """The daily report of the rounds of one day (--date), or an entrepreneur's report (--kvk, --from, --to)."""
    if args.out is None:
        return fail(QCoreApplication.translate("cli", "Give the PDF file to write: --out FILE.pdf."))
    for value in (args.date, args.since, args.until):
        if value and _date_arg(value) is None:
            return fail(
                QCoreApplication.translate("cli", "%1 is not a date; write it as %2.")
                .replace("%1", value)
                .replace("%2", "2026-01-31")
            )
    today = date.today()
    if args.document == "daily-report":
        day = _date_arg(args.date)
        if day is None:
            return fail(
                QCoreApplication.translate("cli", "Give the day of the report: --date %1.").replace(
                    "%1", "YYYY-MM-DD"
                )
            )
        with sign_in_official(database).session() as session:
            daily = documents.daily_report(session, day, today=today)
        round_pdfs.render_daily_report(daily, args.out)
        print(
            QCoreApplication.translate("cli", "%1 saved as %2.")
            .replace("%1", translate("documents", PDF_DOCUMENTS[args.document]))
            .replace("%2", str(args.out))
        )
        return 0
    if not args.kvk:
        return fail(QCoreApplication.translate("cli", "Give the KvK number of the company: --kvk NUMBER."))
    since, until = _date_arg(args.since), _date_arg(args.until)
    if since is None or until is None:
        return fail(
            QCoreApplication.translate(
                "cli", "Give the period of the report: --from %1 and --to %1."
            ).replace("%1", "YYYY-MM-DD")
        )
    with sign_in_official(database).session() as session:
        company_id = listing.company_id_by_kvk(session, args.kvk)
        data = documents.entrepreneur_report(session, company_id, since, until, today=today)
    round_pdfs.render_entrepreneur_report(data, args.out)
    name = data.company.name
    print(
        QCoreApplication.translate("cli", "%1 of %2 saved as %3.")
        .replace("%1", translate("documents", PDF_DOCUMENTS[args.document]))
        .replace("%2", name)
        .replace("%3", str(args.out))
    )
    return 0


def _saved(document: str, out: Path) -> int:
    print(
        QCoreApplication.translate("cli", "%1 saved as %2.")
        .replace("%1", translate("documents", PDF_DOCUMENTS[document]))
        .replace("%2", str(out))
    )
    return 0


def _hotspots_pdf(args: argparse.Namespace, database: Database) -> int:
    """Where signals and observations piled up in a period (--from, --to), as the Hotspots page prints it."""
    if args.out is None:
        return fail(QCoreApplication.translate("cli", "Give the PDF file to write: --out FILE.pdf."))
    since, until = _date_arg(args.since), _date_arg(args.until)
    for value in (args.since, args.until):
        if value and _date_arg(value) is None:
            return fail(
                QCoreApplication.translate("cli", "%1 is not a date; write it as %2.")
                .replace("%1", value)
                .replace("%2", "2026-01-31")
            )
    if since is None or until is None:
        return fail(
            QCoreApplication.translate(
                "cli", "Give the period of the report: --from %1 and --to %1."
            ).replace("%1", "YYYY-MM-DD")
        )
    with sign_in_official(database).session() as session:
        data = documents.hotspots_report(session, since, until, today=date.today())
    hotspots.render_hotspots(data, args.out)
    return _saved(args.document, args.out)


def _number(value: str | None, prefix: str = "") -> int | None:
    """``123``, or ``M-123`` for a signal (as it is written on the screen and in the letter)."""
    text = (value or "").strip().upper().removeprefix(prefix).strip()
    return int(text) if text.isdigit() else None


def _letter_pdf(args: argparse.Namespace, database: Database) -> int:
    """The last letter to the reporter of a signal (--signal M-123): the last feedback it was given."""
    if args.out is None:
        return fail(QCoreApplication.translate("cli", "Give the PDF file to write: --out FILE.pdf."))
    if not args.signal:
        return fail(
            QCoreApplication.translate("cli", "Give the number of the signal: --signal %1.").replace(
                "%1", "M-123"
            )
        )
    signal_id = _number(args.signal, "M-")
    if signal_id is None:
        return fail(
            QCoreApplication.translate("cli", "%1 is not the number of a signal.").replace("%1", args.signal)
        )
    today = date.today()
    with sign_in_official(database).session() as session:
        try:
            record = signals.signal(session, signal_id, today=today)
        except DomainError:
            return fail(
                QCoreApplication.translate("cli", "There is no signal %1.").replace("%1", args.signal.strip())
            )
        steps = [step for step in record.events if step.feedback]
        if not steps:
            return fail(
                QCoreApplication.translate("cli", "Signal %1 has no feedback to the reporter yet.").replace(
                    "%1", record.number
                )
            )
        data = documents.feedback_letter(session, steps[-1].id, today=today)
    feedback_letter.render_feedback_letter(data, args.out)
    return _saved(args.document, args.out)


def _handout_pdf(args: argparse.Namespace, database: Database) -> int:
    """A knowledge article as the desk's handout (--article ID)."""
    if args.out is None:
        return fail(QCoreApplication.translate("cli", "Give the PDF file to write: --out FILE.pdf."))
    if not args.article:
        return fail(
            QCoreApplication.translate("cli", "Give the number of the knowledge article: --article ID.")
        )
    article_id = _number(args.article)
    if article_id is None:
        return fail(
            QCoreApplication.translate("cli", "%1 is not the number of a knowledge article.").replace(
                "%1", args.article
            )
        )
    with sign_in_official(database).session() as session:
        try:
            data = documents.article_sheet(session, article_id, today=date.today())
        except DomainError:
            return fail(
                QCoreApplication.translate("cli", "There is no knowledge article %1.").replace(
                    "%1", str(article_id)
                )
            )
    knowledge.render_article(data, args.out)
    return _saved(args.document, args.out)


OTHER_DOCUMENTS: dict[str, Callable[[argparse.Namespace, Database], int]] = {
    "hotspots": _hotspots_pdf,
    "letter": _letter_pdf,
    "handout": _handout_pdf,
}
