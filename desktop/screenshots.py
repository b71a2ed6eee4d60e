"""``admin screenshot``: the window as the official signed in sees it (desktop/signing_in.py: the
server login, or the computer's account on a local file), on one page, at a chosen size, saved as
PNG (README pictures, manuals, checking a screen at 1366×768 without a desktop). A page the
official's role may not see is refused, as the window hides it."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop
from PySide6.QtWidgets import QApplication

from desktop.bootstrap import stylesheet
from desktop.console import fail
from desktop.signing_in import Official, sign_in_official
from models.companies import listing
from models.db import Database
from models.errors import NotFoundError
from models.team.entities import ROLE_LABELS
from models.tools import demo
from views.common.garbage import collect_on_main_thread
from views.common.paths import APP_NAME
from views.common.settings import Settings
from views.common.text import label
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow
from views.shell.pages import BY_KEY, PAGES


def _wait_for(condition: Callable[[], bool], seconds: float = 30) -> bool:
    deadline = QDeadlineTimer(int(seconds * 1000))
    while not condition():
        if deadline.hasExpired():
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return True


def screenshot_command(args: argparse.Namespace, database: Database) -> int:
    page: str = args.page
    key = "companies" if page.startswith("company:") else page
    info = BY_KEY.get(key)
    if info is None or info.dialog:
        return fail(
            QCoreApplication.translate("cli", "There is no page %1; choose one of: %2.")
            .replace("%1", page)
            .replace("%2", ", ".join([p.key for p in PAGES if not p.dialog] + ["company:KVK"]))
        )
    official = sign_in_official(database)
    signed_in = official.signed_in
    if info.permission is not None:
        official.require(info.permission)  # as the window, which does not offer the page
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the command line makes one for screenshots"
    app.setStyleSheet(stylesheet())
    collect_on_main_thread(app)  # as the window: garbage with Qt objects freed on this thread only
    worker = DatabaseWorker(database, signed_in.user_id)
    # A throwaway settings file: a screenshot never changes the user's recent files or window size.
    scratch = tempfile.mkdtemp(prefix="ondernemersdesk-")
    window = MainWindow(worker, Settings(str(Path(scratch) / "settings.ini")), signed_in.full_name, signed_in)
    width, _, height = args.size.partition("x")
    window.resize(int(width), int(height))
    window.setWindowTitle(APP_NAME)
    window.show()
    if page.startswith("company:"):
        with official.session() as session:
            company_id = listing.company_id_by_kvk(session, page.partition(":")[2])
        window.open_company(company_id)
        _wait_for(lambda: window.company.record is not None and window.company.record.id == company_id)
    elif page == "desk":
        _desk_screenshot(window, official)
    elif page == "signals":
        window.show_page(page)
        from views.signals.signals_page import SignalsPage  # imported with its page, not at start

        signals = window.page_as("signals", SignalsPage)
        _wait_for(
            lambda: (
                signals.model.rowCount() > 0
                and signals.model.row(0) is not None
                or signals.list_stack.currentWidget() is signals.empty
            )
        )
        _wait_for(lambda: not worker.busy)
        _wait_for(lambda: signals.detail.record is not None or signals.model.rowCount() == 0)
    else:
        window.show_page(page)
        _wait_for(
            lambda: (
                window.companies.model.rowCount() > 0
                and window.companies.model.row(0) is not None
                or window.companies.stack.currentWidget() is window.companies.empty
            )
        )
    _wait_for(lambda: not worker.busy)
    QCoreApplication.processEvents()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(args.out)):
        print(
            QCoreApplication.translate("cli", "Cannot write %1.").replace("%1", str(args.out)),
            file=sys.stderr,
        )
        return 1
    print(args.out)
    print(
        QCoreApplication.translate("cli", "The window as %1 (%2) sees it; its pages: %3.")
        .replace("%2", label(ROLE_LABELS[signed_in.role]))
        .replace("%3", ", ".join(p.text for p in window.visible_pages()))
        .replace("%1", signed_in.full_name)  # last: a name may hold "%2" itself
    )
    worker.wait()
    return 0


def _desk_screenshot(window: MainWindow, official: Official) -> None:
    """The desk as during a conversation: Café De Zwaan at the desk, a terrace question looked up."""
    window.show_page("desk")
    from views.desk.desk_page import DeskPage  # imported with its page, not at start

    desk = window.page_as("desk", DeskPage)
    with official.session() as session:
        try:
            company_id: int | None = listing.company_id_by_kvk(session, demo.ZWAAN_KVK)
        except NotFoundError:
            company_id = None
    if company_id is not None:
        desk.show_company(company_id)
        _wait_for(lambda: desk.summary is not None)
    desk.article_search.setText("terras")
    desk.search_articles()
    _wait_for(lambda: desk.results.count() > 0, 10)
    desk.question.setPlainText("Mag het terras tijdens de kermis langer open?")
