"""Everything fits a 1366×768 laptop with a taskbar: 1366×720 for a window.

Every page of the registry (views/shell/pages.py), a company's file, Brandpunten and its click
through to Meldingen, the desk after each *Vastleggen*, and every dialog class of ``views`` (found
by subclass discovery, so a new dialog is covered or this test says it is not) is opened at that
size, filled from a demo database; none may make the window grow past 1366×720 or need more than
that, and no widget may lie outside it. Content in a scroll area may: it scrolls into view.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import Callable, Collection, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QPushButton,
    QScrollArea,
    QTableView,
    QTreeView,
    QWidget,
)
from sqlalchemy import select

import views
from models.db import Database
from models.tools import demo
from tests.conftest import _migrated_copy
from tests.views import screen_walk
from views.common import screen
from views.common.settings import Settings
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow
from views.shell.pages import PAGES

LIMIT = screen_walk.LIMIT
settle = screen_walk.settle


def _fits(size: QSize) -> bool:
    return size.width() <= LIMIT.width() and size.height() <= LIMIT.height()


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Whether ``widget`` is content of a scroll area under ``top`` (it may lie outside: it scrolls)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not top:
        if isinstance(parent, QAbstractScrollArea) and child is parent.viewport():
            return True
        child, parent = parent, parent.parentWidget()
    return False


def outside(top: QWidget) -> list[str]:
    """The visible widgets of ``top`` that lie (partly) outside it."""
    bounds = top.rect().adjusted(-1, -1, 1, 1)
    found = []
    for widget in top.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(top) or _scrolled(widget, top):
            continue
        where = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        if not bounds.contains(where):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} at {where.getRect()}")
    return found


def check_window(window: QWidget, what: str) -> None:
    assert _fits(window.size()), f"{what}: the window grew to {window.width()}×{window.height()}"
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert _fits(least), f"{what}: needs at least {least.width()}×{least.height()}"
    assert not outside(window), f"{what}: outside the window: {outside(window)}"
    # The main window scrolls as a whole at a large scale (tests/views/test_zoom.py); at 100 % on
    # the laptop it must not need to: its content fits the window, nothing lies outside it.
    pane = window.findChild(QAbstractScrollArea, "zoomPane")
    if isinstance(pane, QScrollArea) and pane.widget() is not None:
        content = pane.widget()
        room = pane.viewport().size()
        need = content.minimumSizeHint()
        assert need.width() <= room.width() and need.height() <= room.height(), (
            f"{what}: the window's content needs {need.width()}×{need.height()}, has {room.width()}×{room.height()}"
        )
        assert not outside(content), f"{what}: outside the window: {outside(content)}"
        # Wrapped text makes the content's height depend on its width: the pane then lays the
        # content out as high as that asks, and scrolls (the bottom buttons out of sight).
        if content.hasHeightForWidth():
            high = content.heightForWidth(pane.viewport().width())
            assert high <= pane.viewport().height(), (
                f"{what}: the window's content asks {high} px high at its width, has {pane.viewport().height()}"
            )
        bar = pane.verticalScrollBar()
        assert not bar.isVisible(), f"{what}: the window scrolls at 100 % (up to {bar.maximum()} px)"


@pytest.fixture(autouse=True)
def laptop_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The screen a window opens on is a 1366×768 laptop with a 40 px taskbar (the tests' own
    offscreen screen is 800×800)."""
    monkeypatch.setattr(screen, "available", screen_walk.laptop_available)


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the demo database made once per test process (tests/views/conftest.py)."""
    database = _migrated_copy(demo_template, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def admin_id(demo_db: Database) -> int:
    return screen_walk.administrator(demo_db)


@pytest.fixture
def demo_worker(demo_db: Database, admin_id: int) -> Iterator[DatabaseWorker]:
    worker = DatabaseWorker(demo_db, user_id=admin_id)
    yield worker
    worker.wait()


@pytest.fixture
def laptop(qtbot: Any, demo_worker: DatabaseWorker, admin_id: int, tmp_path: Path) -> MainWindow:
    window = screen_walk.laptop_window(demo_worker, admin_id, tmp_path / "settings.ini")
    qtbot.addWidget(window)
    window.show()
    settle(demo_worker, qtbot)
    return window


def test_the_first_window_asks_no_more_than_the_screen_has(
    qtbot: Any, worker: DatabaseWorker, tmp_path: Path
) -> None:
    window = MainWindow(worker, Settings(str(tmp_path / "settings.ini")), "Petra van Dam")
    qtbot.addWidget(window)
    # With its frame and title bar it fits the laptop's screen above the taskbar.
    assert window.width() + screen.FRAME.width() <= 1366 and window.height() + screen.FRAME.height() <= 728


def test_every_page_fits_1366_by_720(page_walk: screen_walk.Walked) -> None:
    """Every page of the registry and a company's file with its timeline (the walk shared with
    tests/views/test_accessibility.py)."""
    pages = [info.key for info in PAGES if not info.dialog]
    assert page_walk.opened == [*pages, "a company's file"]
    assert not page_walk.fit, "\n".join(page_walk.fit)


def _zwaan(worker: DatabaseWorker) -> int:
    from models.companies.entities import Company

    with worker.database.session() as session:
        found = session.scalar(select(Company.id).where(Company.kvk_number == demo.ZWAAN_KVK))
    assert found is not None
    return found


LONG_NAME = "Coöperatieve Vereniging Ondernemersvereniging Loosdrecht-Nederhorst den Berg U.A."


def test_a_company_with_a_long_name_fits(qtbot: Any, laptop: MainWindow, demo_worker: DatabaseWorker) -> None:
    """A name as long as the trade register has them: the file's title and the sidebar's
    "Recent geopend" hold it without widening the window (it was 1,400 px wide, the header's
    buttons cut off at the right)."""
    from models.companies.entities import Company

    company_id = _zwaan(demo_worker)
    with demo_worker.database.session() as session:
        found = session.get(Company, company_id)
        assert found is not None
        found.name = LONG_NAME
        session.commit()
    laptop.open_company(company_id)
    qtbot.waitUntil(lambda: laptop.company.record is not None, timeout=20_000)
    settle(demo_worker, qtbot)
    check_window(laptop, "a company with a long name")
    assert laptop.company.edit_button.isVisible()
    # In "Recent geopend" the name is shortened with "…"; the whole name in its tooltip and for
    # screen readers; the sidebar does not scroll sideways.
    entry = laptop.nav.item(laptop.nav.count() - 1)
    assert entry.text().endswith("…") and entry.toolTip() == LONG_NAME
    assert entry.data(Qt.ItemDataRole.AccessibleTextRole) == LONG_NAME
    assert not laptop.nav.horizontalScrollBar().isVisible()
    # The desk with that company, as a walk-in asks about it.
    from views.desk.desk_page import DeskPage

    laptop.show_page("desk")
    desk = laptop.page_as("desk", DeskPage)
    desk.show_company(company_id)
    qtbot.waitUntil(lambda: desk.summary is not None, timeout=20_000)
    settle(demo_worker, qtbot)
    check_window(laptop, "the desk with a company with a long name")


def test_hotspots_and_the_click_through_to_signals_fit(
    qtbot: Any, laptop: MainWindow, demo_worker: DatabaseWorker
) -> None:
    from views.hotspots.hotspots_page import HotspotsPage

    laptop.show_page("hotspots")
    settle(demo_worker, qtbot)
    page = laptop.page_as("hotspots", HotspotsPage)
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() > 0, timeout=20_000)
    check_window(laptop, "Brandpunten")
    # The longest period: reporters' reactions too, a third part under the list and above the chart.
    page.period.setCurrentIndex(page.period.count() - 1)
    settle(demo_worker, qtbot)
    qtbot.waitUntil(lambda: page.satisfaction.isVisible(), timeout=20_000)
    check_window(laptop, "Brandpunten over the longest period")
    for tree in (page.table, page.satisfaction):
        assert not cut_cells(tree), f"Brandpunten: cut off: {cut_cells(tree)}"
    for group in range(page.group.count()):
        page.group.setCurrentIndex(group)
        settle(demo_worker, qtbot)
        check_window(laptop, f"Brandpunten, grouping {group}")
    page.table.itemActivated.emit(page.table.topLevelItem(0), 1)
    settle(demo_worker, qtbot)
    assert laptop.pages.currentWidget() is laptop.page("signals")
    check_window(laptop, "Meldingen from Brandpunten")


def test_the_desk_does_not_grow_the_window_when_questions_are_logged(
    qtbot: Any, laptop: MainWindow, demo_worker: DatabaseWorker
) -> None:
    from views.desk.desk_page import DeskPage

    laptop.show_page("desk")
    settle(demo_worker, qtbot)
    desk = laptop.page_as("desk", DeskPage)
    desk.show_company(_zwaan(demo_worker))
    qtbot.waitUntil(lambda: desk.summary is not None, timeout=20_000)
    settle(demo_worker, qtbot)
    check_window(laptop, "the desk with a company")
    for n in range(3):
        desk.question.setPlainText(f"Mag het terras tijdens de kermis langer open? ({n})")
        desk.save_button.click()
        settle(demo_worker, qtbot)
        assert desk.question.toPlainText() == "", desk.banner.text()
        check_window(laptop, f"the desk after Vastleggen {n + 1}")


def cut_cells(tree: QTreeView | QTableView, columns: Collection[int] | None = None) -> list[str]:
    """The cells of ``tree`` whose text the view draws cut off (elided): each as "row: text".

    The text's room is what the style gives it in the cell (after the indentation, the icon and
    the margins); a wrapping view may use the row's height for more lines. ``columns``: only
    these (a list whose other columns are meant to be scrolled to).
    """
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    model, style, found = tree.model(), tree.style(), []
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1

    def walk(parent: QModelIndex) -> Iterator[QModelIndex]:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                yield model.index(row, column, parent)
            yield from walk(model.index(row, 0, parent))

    header = tree.header() if isinstance(tree, QTreeView) else tree.horizontalHeader()
    wanted = set(range(model.columnCount())) if columns is None else set(columns)
    bold = header.font()
    bold.setBold(True)  # the application's style sheet sets headings in bold
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        need = QFontMetrics(bold).horizontalAdvance(title) + 2 * margin + 8  # the section's padding
        if column not in wanted:
            continue
        if title and not header.isSectionHidden(column) and need > header.sectionSize(column):
            found.append(f"heading {column}: {title!r} ({need} > {header.sectionSize(column)})")
    for index in walk(QModelIndex()):
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        cell = tree.visualRect(index)
        if index.column() not in wanted:
            continue
        if not text or tree.isColumnHidden(index.column()) or not cell.isValid() or cell.width() <= 0:
            continue
        if isinstance(tree, QTreeView) and tree.isFirstColumnSpanned(index.row(), index.parent()):
            continue  # a heading over the whole row
        option = QStyleOptionViewItem()
        tree.initViewItemOption(option)
        tree.itemDelegateForIndex(index).initStyleOption(option, index)
        option.rect = cell
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
        room = room.adjusted(margin, 0, -margin, 0)
        metrics = QFontMetrics(option.font)
        if option.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
            need = metrics.boundingRect(room.x(), 0, room.width(), 10_000, Qt.TextFlag.TextWordWrap, text)
            fits = need.width() <= room.width() and need.height() <= room.height()
        else:
            fits = metrics.horizontalAdvance(text) <= room.width()
        if not fits:
            found.append(f"row {index.row()}, column {index.column()}: {text!r}")
    return found


def test_the_ambitions_and_their_leads_are_readable_at_1366(
    qtbot: Any, laptop: MainWindow, demo_worker: DatabaseWorker
) -> None:
    """The names of the ambitions, their kartrekkers and their counts are shown in full."""
    from views.ambitions.ambitions_page import AmbitionsPage

    laptop.show_page("ambitions")
    settle(demo_worker, qtbot)
    page = laptop.page_as("ambitions", AmbitionsPage)
    qtbot.waitUntil(lambda: page.overview_tab.dashboard.topLevelItemCount() > 0, timeout=20_000)
    trees = {
        "Overzicht": page.overview_tab.dashboard,
        "Ambities en acties": page.actions_tab.work,
        "Inbreng": page.input_tab.input,
        "Indicatoren": page.indicators_tab.indicators,
    }
    for tab, tree in trees.items():
        page.tabs.setCurrentIndex(list(trees).index(tab))
        settle(demo_worker, qtbot)
        assert tree.isVisible() and tree.model().rowCount() > 0, tab
        assert not cut_cells(tree), f"{tab}: cut off at 1366 px: {cut_cells(tree)}"
        check_window(laptop, f"Ambities, {tab}")


def test_the_rounds_are_named_in_full_at_1366(
    qtbot: Any, laptop: MainWindow, demo_worker: DatabaseWorker
) -> None:
    """A round's name, its area and its observations are read without being cut off."""
    from views.rounds.rounds_page import RoundsPage

    laptop.show_page("rounds")
    settle(demo_worker, qtbot)
    page = laptop.page_as("rounds", RoundsPage)
    page.period.setCurrentIndex(page.period.count() - 1)  # the longest period: the most names
    settle(demo_worker, qtbot)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() > 0, timeout=20_000)
    assert not cut_cells(page.list), f"Rondes: cut off at 1366 px: {cut_cells(page.list)}"
    check_window(laptop, "Rondes")


def outside_view(table: QTableView, columns: Collection[int]) -> list[str]:
    """The ``columns`` of ``table`` that lie (partly) beyond its viewport: to be scrolled to."""
    head, width = table.horizontalHeader(), table.viewport().width()
    found = []
    for column in columns:
        start = head.sectionViewportPosition(column)
        if start < 0 or start + head.sectionSize(column) > width:
            title = table.model().headerData(column, Qt.Orientation.Horizontal)
            found.append(f"{title!r} at {start}..{start + head.sectionSize(column)} of {width}")
    return found


def test_the_signals_list_shows_its_key_columns_beside_the_detail_at_1366(
    qtbot: Any, laptop: MainWindow, demo_worker: DatabaseWorker
) -> None:
    """Number, reported, status, target date, source and category in full, without scrolling
    sideways, beside a signal's detail with the most actions shown."""
    from views.signals.signals_page import SignalsPage

    laptop.show_page("signals")
    settle(demo_worker, qtbot)
    page = laptop.page_as("signals", SignalsPage)
    page.status.setCurrentIndex(page.status.findData("all"))  # every status: the longest texts
    settle(demo_worker, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.detail.record is not None, timeout=20_000)
    # The signal with the most actions (moves, take on, company file) on screen.
    best, most = 0, -1
    for row in range(min(page.model.rowCount(), 40)):
        page.table.selectRow(row)
        settle(demo_worker, qtbot)
        shown = sum(b.isVisibleTo(page.detail) for b in page.detail.findChildren(QPushButton))
        if shown > most:
            best, most = row, shown
    page.table.selectRow(best)
    settle(demo_worker, qtbot)
    titles = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert titles == ["Nummer", "Gemeld", "Status", "Streefdatum", "Bron", "Categorie"]
    key = range(6)
    # The detail beside it: its facts and buttons wrap in the room left, nothing to scroll sideways to.
    pane = page.detail.stack.currentWidget()
    assert isinstance(pane, QScrollArea)
    assert pane.widget().minimumSizeHint().width() <= pane.viewport().width()
    assert not pane.horizontalScrollBar().isVisible(), "the signal's detail scrolls sideways"
    for button in page.detail.findChildren(QPushButton):
        if button.isVisibleTo(page.detail):
            where = QRect(button.mapTo(pane.widget(), QPoint(0, 0)), button.size())
            assert pane.widget().rect().contains(where), f"{button.text()} lies outside the detail"
    assert not outside_view(page.table, key), f"Meldingen: beyond the list: {outside_view(page.table, key)}"
    assert not cut_cells(page.table, key), f"Meldingen: cut off at 1366 px: {cut_cells(page.table, key)}"
    check_window(laptop, "Meldingen with a signal's detail")


def test_timeline_subjects_and_agreements_in_my_work_are_read_whole_at_1366(
    qtbot: Any, laptop: MainWindow, demo_worker: DatabaseWorker
) -> None:
    """A long subject on a company's timeline and a long agreement in Mijn werk wrap in their
    row rather than ending in "…"."""
    from views.consultations.my_work_page import MyWorkPage

    laptop.open_company(_zwaan(demo_worker))
    qtbot.waitUntil(lambda: laptop.company.record is not None, timeout=20_000)
    settle(demo_worker, qtbot)
    tree = laptop.company.timeline.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=20_000)
    assert not cut_cells(tree), f"Tijdlijn: cut off at 1366 px: {cut_cells(tree)}"
    check_window(laptop, "a company's file with its timeline")

    laptop.show_page("my_work")
    settle(demo_worker, qtbot)
    page = laptop.page_as("my_work", MyWorkPage)
    page.scope.setCurrentIndex(page.scope.count() - 1)  # everyone's: the most agreements
    page.horizon.setCurrentIndex(page.horizon.findData(True))  # every open one
    settle(demo_worker, qtbot)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 0, timeout=20_000)
    assert not cut_cells(page.tree), f"Mijn werk: cut off at 1366 px: {cut_cells(page.tree)}"
    check_window(laptop, "Mijn werk")


# -- every dialog ----------------------------------------------------------------------------------


def dialog_classes() -> list[type[QDialog]]:
    """Every concrete dialog class in ``views`` (imported here, so a new module's dialog counts)."""
    for module in pkgutil.walk_packages(views.__path__, "views."):
        importlib.import_module(module.name)
    found: list[type[QDialog]] = []
    todo: list[type] = [QDialog]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("views.") and sub not in found:
                found.append(sub)
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


# Base classes: never opened themselves, their subclasses are.
ABSTRACT = {"views.common.forms.FormDialog", "views.common.forms.StatusChangeDialog"}


class Demo:
    """What the dialogs are opened with: records of the demo database, read as the administrator."""

    def __init__(self, worker: DatabaseWorker, admin_id: int, parent: QWidget, tmp_path: Path) -> None:
        from models.ambitions import cocreation
        from models.ambitions import services as ambitions
        from models.companies import services as companies
        from models.companies.areas import area_records
        from models.companies.entities import Company
        from models.consultations import services as consultations
        from models.consultations.entities import Agreement, Interaction
        from models.privacy import services as privacy
        from models.privacy.dossier import PersonQuery
        from models.rounds import services as rounds
        from models.rounds.entities import Round as SupervisionRound
        from models.signals import categories, feedback, reactions
        from models.signals import services as signals
        from models.signals.entities import Signal, SignalStatus
        from models.team import identity
        from models.team import services as team
        from views.companies.company_dialogs import Lookups
        from views.rounds.round_dialogs import RoundLookups
        from views.signals.signal_dialogs import SignalLookups

        self.worker, self.parent, self.tmp_path = worker, parent, tmp_path
        self.busy = threading.Event()  # the long work the progress dialog shows: until it is checked
        today = date.today()
        with worker.database.session(admin_id) as s:
            self.lookups = Lookups.load(s)
            self.signal_lookups = SignalLookups.load(s)
            self.round_lookups = RoundLookups.load(s)
            self.company_id = _zwaan(worker)
            self.company = companies.company_file(s, self.company_id)
            self.other_company = s.scalar(select(Company.id).where(Company.id != self.company_id).limit(1))
            plan_id = ambitions.current_plan_id(s)
            assert plan_id is not None
            self.overview = ambitions.overview(s, plan_id, today=today)
            self.ambition = next(a for a in self.overview.ambitions if a.indicators)
            self.respondent = cocreation.respondents(s)[0]
            self.areas = area_records(s)
            self.reasons = reactions.reasons(s, include_inactive=True)
            interaction_id = s.scalar(
                select(Interaction.id).join(Agreement, Agreement.interaction_id == Interaction.id).limit(1)
            )
            assert interaction_id is not None
            self.agreement = consultations.interaction(s, interaction_id, today=today).agreements[0]
            signal_id = s.scalar(select(Signal.id).where(Signal.status == SignalStatus.REPORTED).limit(1))
            assert signal_id is not None
            self.signal = signals.signal(s, signal_id, today=today)
            self.templates = feedback.templates(s)
            self.categories = categories.categories(s)
            round_id = s.scalar(select(SupervisionRound.id).limit(1))
            assert round_id is not None
            self.round = rounds.round_record(s, round_id)
            self.observation = next(
                o for r in rounds.rounds_between(s, date(2000, 1, 1), today) for o in r.observations
            )
            self.account = team.list_accounts(s)[0]
            self.identity = identity.identity(s)
            self.rule = privacy.list_retention_rules(s)[0]
            contact = self.company.contacts[0]
            self.person = PersonQuery(name=f"{contact.first_name or ''} {contact.last_name}".strip())
            self.hits = privacy.find_person(s, self.person)
            assert self.hits
        self.officials = self.lookups.officials
        self.kernen = self.lookups.areas


def _factories() -> dict[str, Callable[[Demo], QDialog]]:
    """How each dialog is opened: its class's full name, and a call that makes it."""
    from models.consultations.entities import AgreementStatus
    from models.errors import ConflictError
    from models.signals.entities import SignalStatus
    from views.ambitions import ambition_dialogs as ad
    from views.ambitions import indicator_dialogs as ind
    from views.ambitions.monitoring_dialog import MonitoringPeriodDialog
    from views.audit.audit_page import AuditDialog
    from views.common.conflict_dialog import ConflictDialog
    from views.common.errors import CrashDialog
    from views.common.long_work import LongWorkDialog
    from views.common.mail_draft import NoMailProgramDialog
    from views.common.pdf_export import PdfPreviewDialog
    from views.companies import company_dialogs as cd
    from views.companies.areas_page import AreaDialog
    from views.connection.connection_dialog import ConnectionDialog
    from views.connection.password_dialog import PasswordDialog as ConnectionPasswordDialog
    from views.connection.profiles import Profile
    from views.connection.setup_dialog import SetUpDialog
    from views.connection.transfer_dialog import TransferDialog
    from views.consultations.interaction_dialogs import AgreementStatusDialog, InteractionDialog
    from views.desk.knowledge_page import ArticleDialog
    from views.documents.dossier import render_dossier
    from views.documents.mail import MailDraft
    from views.duplicates.merge_dialog import MergeDialog
    from views.importing.history_dialog import ImportHistoryDialog
    from views.importing.import_wizard import ImportWizard
    from views.offline.take_dialog import TakeDialog
    from views.privacy.inzage_tab import EraseDialog
    from views.privacy.retention_tab import RetentionDialog
    from views.rounds import round_dialogs as rd
    from views.shell.about_dialog import AboutDialog
    from views.shell.first_run import FirstRunDialog
    from views.shell.restore_dialog import RestoreDialog
    from views.shell.settings_dialog import SettingsDialog
    from views.shell.shortcuts_dialog import ShortcutsDialog
    from views.signals import settings_dialog as sd
    from views.signals import signal_dialogs as sdl
    from views.signals.signal_dialogs import SignalDialog, TransitionDialog
    from views.team.accounts_page import AccountDialog, PasswordDialog
    from views.team.identity_dialog import IdentityDialog

    def pdf(d: Demo) -> QDialog:
        from models.documents import services as documents

        company_id = d.company_id
        return PdfPreviewDialog(
            d.worker,
            "Ondernemersdossier",
            "dossier.pdf",
            lambda s, path: render_dossier(documents.dossier(s, company_id, today=date.today()), path),
            d.parent,
        )

    def conflict(d: Demo) -> QDialog:
        original = {"name": "Café De Zwaan", "phone": "035 123 45 67"}
        return ConflictDialog(
            ConflictError("Company", "Petra van Dam", None),
            {"name": "Naam", "phone": "Telefoon"},
            lambda _name, value: str(value),
            original,
            {**original, "name": "Café De Zwaan B.V."},
            {**original, "phone": "035 765 43 21"},
            d.parent,
        )

    name = "views.{}.{}".format
    return {
        name("ambitions.ambition_dialogs", "PlanDialog"): lambda d: ad.PlanDialog(d.worker, d.overview.plan),
        name("ambitions.ambition_dialogs", "LeadsDialog"): lambda d: ad.LeadsDialog(
            d.worker, d.officials, d.overview.plan, d.parent
        ),
        name("common.mail_draft", "NoMailProgramDialog"): lambda d: NoMailProgramDialog(
            MailDraft(to="info@cafedezwaan.nl", subject="Uw melding M-12", body="Geachte heer Visser,\n\n…"),
            d.tmp_path / "concept.eml",
            d.parent,
        ),
        name("companies.areas_page", "AreaDialog"): lambda d: AreaDialog(d.worker, d.areas, None, d.parent),
        name("signals.signal_dialogs", "ReactionDialog"): lambda d: sdl.ReactionDialog(
            d.worker, d.signal, d.reasons, d.parent
        ),
        name("signals.settings_dialog", "ReasonDialog"): lambda d: sd.ReasonDialog(
            d.worker, d.reasons[0], d.parent
        ),
        name("ambitions.ambition_dialogs", "AdoptDialog"): lambda d: ad.AdoptDialog(
            d.worker, d.overview.plan
        ),
        name("ambitions.ambition_dialogs", "AmbitionDialog"): lambda d: ad.AmbitionDialog(
            d.worker, d.overview.plan.id, d.officials, d.ambition
        ),
        name("ambitions.ambition_dialogs", "ActionDialog"): lambda d: ad.ActionDialog(
            d.worker, d.ambition, d.officials, None
        ),
        name("ambitions.ambition_dialogs", "RespondentDialog"): lambda d: ad.RespondentDialog(
            d.worker, d.kernen, d.respondent
        ),
        name("ambitions.ambition_dialogs", "IdeaDialog"): lambda d: ad.IdeaDialog(
            d.worker, d.respondent, d.overview.ambitions, None
        ),
        name("ambitions.indicator_dialogs", "IndicatorDialog"): lambda d: ind.IndicatorDialog(
            d.worker, d.ambition, d.kernen, d.ambition.indicators[0]
        ),
        name("ambitions.indicator_dialogs", "MeasurementDialog"): lambda d: ind.MeasurementDialog(
            d.worker, d.ambition.indicators[0]
        ),
        name("ambitions.monitoring_dialog", "MonitoringPeriodDialog"): lambda d: MonitoringPeriodDialog(
            d.parent
        ),
        name("audit.audit_page", "AuditDialog"): lambda d: AuditDialog(
            d.worker, d.company.name, (("company", d.company_id),), d.parent, company_id=d.company_id
        ),
        name("common.conflict_dialog", "ConflictDialog"): conflict,
        name("common.errors", "CrashDialog"): lambda d: CrashDialog("Traceback …\n" * 200, d.parent),
        name("common.long_work", "LongWorkDialog"): lambda d: LongWorkDialog(
            d.worker,
            title="Importeren",
            text="Bezig met importeren…",
            task=lambda s, progress: d.busy.wait(60),
        ),
        name("common.pdf_export", "PdfPreviewDialog"): pdf,
        name("companies.company_dialogs", "CompanyDialog"): lambda d: cd.CompanyDialog(
            d.worker, d.lookups, None
        ),
        name("companies.company_dialogs", "EstablishmentDialog"): lambda d: cd.EstablishmentDialog(
            d.worker, d.lookups, d.company_id, None
        ),
        name("companies.company_dialogs", "ContactDialog"): lambda d: cd.ContactDialog(
            d.worker, d.company_id
        ),
        name("offline.take_dialog", "TakeDialog"): lambda d: TakeDialog(d.worker, [1, 2, 3], d.parent),
        name("connection.connection_dialog", "ConnectionDialog"): lambda d: ConnectionDialog(
            Settings(str(d.tmp_path / "connection.ini")), d.parent
        ),
        name("connection.password_dialog", "PasswordDialog"): lambda d: ConnectionPasswordDialog(
            Profile("Gemeente", host="db.gemeente.nl", database="ondernemersdesk", user="pvdam"), d.parent
        ),
        name("connection.setup_dialog", "SetUpDialog"): lambda d: SetUpDialog(
            Profile("Gemeente", host="db.gemeente.nl", database="ondernemersdesk", user="postgres"),
            d.tmp_path / "local.db",
            d.parent,
        ),
        name("connection.transfer_dialog", "TransferDialog"): lambda d: TransferDialog(
            f"sqlite:///{d.tmp_path / 'local.db'}",
            "postgresql://postgres@db.gemeente.nl/ondernemersdesk",
            d.parent,
        ),
        name("consultations.interaction_dialogs", "InteractionDialog"): lambda d: InteractionDialog(
            d.worker,
            d.company_id,
            d.company.version,
            d.officials,
            [(c.id, c.last_name) for c in d.company.contacts],
        ),
        name("consultations.interaction_dialogs", "AgreementStatusDialog"): lambda d: AgreementStatusDialog(
            d.worker, d.agreement, AgreementStatus.DONE
        ),
        name("desk.knowledge_page", "ArticleDialog"): lambda d: ArticleDialog(d.worker, None),
        name("duplicates.merge_dialog", "MergeDialog"): lambda d: MergeDialog(
            d.worker, "company", d.company_id, d.other_company, d.parent
        ),
        name("importing.history_dialog", "ImportHistoryDialog"): lambda d: ImportHistoryDialog(
            d.worker, d.parent
        ),
        name("importing.import_wizard", "ImportWizard"): lambda d: ImportWizard(d.worker, d.parent),
        name("privacy.inzage_tab", "EraseDialog"): lambda d: EraseDialog(
            d.worker, d.person, d.hits, d.parent
        ),
        name("privacy.retention_tab", "RetentionDialog"): lambda d: RetentionDialog(d.worker, d.rule),
        name("rounds.round_dialogs", "RoundDialog"): lambda d: rd.RoundDialog(
            d.worker, d.round_lookups, d.round
        ),
        name("rounds.round_dialogs", "ObservationDialog"): lambda d: rd.ObservationDialog(
            d.worker, d.round_lookups, d.round, None
        ),
        name("rounds.round_dialogs", "AgreementFollowUpDialog"): lambda d: rd.AgreementFollowUpDialog(
            d.worker, d.officials, d.observation
        ),
        name("rounds.round_dialogs", "PeriodDialog"): lambda d: rd.PeriodDialog(
            "Dagrapport", date.today(), date.today(), d.parent
        ),
        name("shell.about_dialog", "AboutDialog"): lambda d: AboutDialog(
            d.worker, Settings(str(d.tmp_path / "about.ini")), d.parent
        ),
        name("shell.shortcuts_dialog", "ShortcutsDialog"): lambda d: ShortcutsDialog(
            d.parent.keyboard_shortcuts(), d.parent
        ),
        name("shell.restore_dialog", "RestoreDialog"): lambda d: RestoreDialog(d.worker, d.parent, d.parent),
        name("shell.settings_dialog", "SettingsDialog"): lambda d: SettingsDialog(
            Settings(str(d.tmp_path / "settings.ini")), d.parent
        ),
        name("shell.first_run", "FirstRunDialog"): lambda d: FirstRunDialog(
            d.tmp_path / "ondernemersdesk.db", d.parent
        ),
        name("signals.settings_dialog", "CategoryDialog"): lambda d: sd.CategoryDialog(
            d.worker, d.categories, None
        ),
        name("signals.settings_dialog", "TemplateDialog"): lambda d: sd.TemplateDialog(d.worker, None),
        name("signals.settings_dialog", "SignalSettingsDialog"): lambda d: sd.SignalSettingsDialog(
            d.worker, d.parent
        ),
        name("signals.signal_dialogs", "SignalDialog"): lambda d: SignalDialog(
            d.worker, d.signal_lookups, None
        ),
        name("signals.signal_dialogs", "TransitionDialog"): lambda d: TransitionDialog(
            d.worker, d.signal, SignalStatus.DONE, d.templates
        ),
        name("team.accounts_page", "AccountDialog"): lambda d: AccountDialog(d.worker, None),
        name("team.accounts_page", "PasswordDialog"): lambda d: PasswordDialog(d.worker, d.account),
        name("team.identity_dialog", "IdentityDialog"): lambda d: IdentityDialog(d.worker, d.identity),
    }


def test_every_dialog_fits_1366_by_720(dialog_walk: screen_walk.Walked) -> None:
    """Every dialog class, opened by its opener of ``_factories()`` (the walk shared with
    tests/views/test_accessibility.py)."""
    factories = _factories()
    classes = [c for c in dialog_classes() if screen_walk.dialog_key(c) not in ABSTRACT]
    missing = [screen_walk.dialog_key(c) for c in classes if screen_walk.dialog_key(c) not in factories]
    assert not missing, f"dialogs this test cannot open yet; add them to _factories(): {missing}"
    assert dialog_walk.opened == [screen_walk.dialog_key(c) for c in classes]
    assert not dialog_walk.fit, "\n".join(dialog_walk.fit)


def test_a_window_with_wrapped_text_scrolls_only_when_its_least_height_does_not_fit(qtbot: Any) -> None:
    """Brandpunten at 1366×720 asked 814 px for its preferred heights (a chart, two lists and a
    wrapped line) and scrolled its chart off the window, though 578 px were enough."""
    from PySide6.QtWidgets import QLabel, QTreeWidget, QVBoxLayout

    content = QWidget()
    layout = QVBoxLayout(content)
    line = QLabel("59 meldingen en 126 waarnemingen in deze periode " * 3)
    line.setWordWrap(True)
    layout.addWidget(line)
    for _ in range(3):
        layout.addWidget(QTreeWidget())  # each prefers 192 px and needs 70
    pane = screen.ZoomPane(content)
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.show()
    QApplication.processEvents()
    assert content.layout().totalHeightForWidth(600) > 400  # what it would like
    assert not pane.verticalScrollBar().isVisible()
    assert content.height() <= pane.viewport().height()
    pane.resize(600, 200)  # less than it needs: now it scrolls
    QApplication.processEvents()
    assert pane.verticalScrollBar().isVisible()


def test_a_company_without_contact_moments_fits_1366(
    qtbot: Any, laptop: MainWindow, demo_worker: DatabaseWorker
) -> None:
    """The timeline's hint for a file without contact moments (log one, or drag an e-mail here) is
    one long sentence: it wraps, and does not widen the window to 1,581 px."""
    from tests.models.conftest import new_company

    laptop.open_company(new_company(demo_worker.database, "Winkel Zonder Contact"))
    qtbot.waitUntil(lambda: laptop.company.record is not None, timeout=20_000)
    settle(demo_worker, qtbot)
    check_window(laptop, "a company without contact moments")
