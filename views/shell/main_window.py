"""The main window: navigation on the left, the global search on top, pages in the middle."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import qtawesome as qta
from PySide6.QtCore import QSize, Qt, QTime, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.companies.services import CompanyFile
from models.consultations.services import overdue_count
from models.errors import DatabaseUnavailableError
from models.notify import Change
from models.permissions import Permission
from models.team.identity import Identity, identity
from models.team.services import SignedIn
from views.common.drafts import DraftsBanner, keep_open_forms
from views.common.errors import show_bug
from views.common.live import LiveUpdates
from views.common.settings import RECENT_COMPANIES, WINDOW_GEOMETRY, Settings
from views.common.text import error_text
from views.common.worker import DatabaseWorker, Operation
from views.companies.companies_page import CompaniesPage
from views.companies.company_dialogs import CompanyDialog, Lookups
from views.companies.company_page import CompanyPage
from views.companies.search_box import SearchBox
from views.consultations.my_work_page import MyWorkPage
from views.shell.about_dialog import AboutDialog, app_icon
from views.team.identity_dialog import IdentityDialog

if TYPE_CHECKING:
    from views.ambitions.ambitions_page import AmbitionsPage
    from views.audit.audit_page import AuditPage
    from views.desk.desk_page import DeskPage
    from views.desk.knowledge_page import KnowledgePage
    from views.hotspots.hotspots_page import HotspotsPage
    from views.rounds.rounds_page import RoundsPage
    from views.signals.signals_page import SignalsPage

RECENT_MAX = 8
# Pages made when first shown (see MainWindow._page), in the order of the navigation.
LAZY_PAGES = ("signals", "rounds", "hotspots", "desk", "knowledge", "ambitions", "audit", "accounts")
# What each page of the navigation needs (models/permissions.py); pages not listed are for everyone.
PAGE_PERMISSIONS: dict[str, Permission] = {
    "my_work": Permission.VIEW_CONSULTATIONS,
    "signals": Permission.VIEW_SIGNALS,
    "rounds": Permission.VIEW_ROUNDS,
    "hotspots": Permission.VIEW_SIGNALS,
    "desk": Permission.DESK,
    "knowledge": Permission.VIEW_KNOWLEDGE,
    "ambitions": Permission.VIEW_AMBITIONS,
    "audit": Permission.VIEW_AUDIT_LOG,
    "accounts": Permission.MANAGE_ACCOUNTS,
    "settings": Permission.MANAGE_IDENTITY,
}
PAGE_ROLE = Qt.ItemDataRole.UserRole
COMPANY_ROLE = Qt.ItemDataRole.UserRole + 1


class Banner(QFrame):
    """A strip under the top bar: a message and one action.

    Signals:
        action(): the button was clicked.
    """

    action = Signal()

    def __init__(self, name: str, icon: str, colour: str, button: str) -> None:
        super().__init__()
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        picture = QLabel()
        picture.setPixmap(qta.icon(icon, color=colour).pixmap(20, 20))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton(button)
        self.button.clicked.connect(self.action)
        close = QPushButton(qta.icon("mdi6.close"), "")
        close.setFlat(True)
        close.setToolTip(self.tr("Hide"))
        close.clicked.connect(self.hide)
        layout.addWidget(picture)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        layout.addWidget(close)
        self.hide()

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.show()


class MainWindow(QMainWindow):
    def __init__(
        self,
        worker: DatabaseWorker,
        settings: Settings,
        user_name: str = "",
        signed_in: SignedIn | None = None,
    ) -> None:
        super().__init__()
        self.worker = worker
        self.settings = settings
        # What the official may use: pages and buttons they may not are hidden (a courtesy;
        # the services refuse anyway). Without a sign-in (tests, benchmark) everything shows.
        self.signed_in = signed_in
        self.lookups = Lookups()
        self._failed_ops: list[Operation] = []
        self.setWindowTitle(self.tr("Ondernemersdesk"))
        self.setWindowIcon(app_icon())
        self.about: AboutDialog | None = None
        self.resize(1360, 820)

        # -- top bar
        self.search = SearchBox(worker, self)
        self.search.open_company.connect(self.open_company)
        brand = QLabel(self.tr("Ondernemersdesk"))
        brand.setObjectName("brand")
        who = QLabel(user_name)
        who.setObjectName("muted")
        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 8)
        top.addWidget(brand)
        top.addSpacing(24)
        top.addWidget(self.search, 1)
        top.addSpacing(24)
        top.addWidget(who)
        connection = QPushButton(qta.icon("mdi6.database-cog-outline", color="#5f6673"), "")
        connection.setObjectName("connectionButton")
        connection.setFlat(True)
        connection.setToolTip(self.tr("Connection…"))
        connection.setAccessibleName(self.tr("Connection…"))
        connection.clicked.connect(self.show_connection)
        top.addWidget(connection)
        about = QPushButton(qta.icon("mdi6.information-outline", color="#5f6673"), "")
        about.setObjectName("aboutButton")
        about.setFlat(True)
        about.setToolTip(self.tr("About Ondernemersdesk (F1)"))
        about.clicked.connect(self.show_about)
        top.addWidget(about)
        top_bar = QFrame()
        top_bar.setObjectName("topBar")
        top_bar.setLayout(top)

        # -- navigation
        self.nav = QListWidget()
        self.nav.setObjectName("sidebar")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(230)
        self.nav.itemClicked.connect(self._nav_clicked)
        self.nav.itemActivated.connect(self._nav_clicked)

        # -- pages
        self.companies = CompaniesPage(worker)
        self.companies.open_company.connect(self.open_company)
        self.companies.new_company.connect(self.new_company)
        self.company = CompanyPage(worker, self.lookups)
        self.company.changed.connect(self._company_changed)
        self.company.open_company.connect(self.open_company)
        self.company.loaded.connect(self._company_loaded)
        self.my_work = MyWorkPage(worker)
        self.my_work.open_company.connect(self.open_company)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.companies)
        self.pages.addWidget(self.company)
        self.pages.addWidget(self.my_work)
        # The other pages are made (and their modules imported) when first shown: a start
        # builds only what the first screen needs. See ``_page``.
        self._made: dict[str, QWidget] = {}

        self.banner = Banner("connectionBanner", "mdi6.lan-disconnect", "#8c1d18", self.tr("Try again"))
        self.banner.action.connect(self._retry)
        self.notice = Banner("noticeBanner", "mdi6.alarm", "#6d4200", self.tr("Show my work"))
        self.notice.action.connect(self.show_my_work)
        worker.unavailable.connect(self._unavailable)
        worker.available.connect(self.banner.hide)
        worker.bug.connect(self._show_bug)  # a method: Qt disconnects it when the window is gone

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(top_bar)
        outer.addWidget(self.banner)
        outer.addWidget(self.notice)
        # Forms kept when the application closed before they were saved: offered again.
        self.drafts = DraftsBanner(self)
        outer.addWidget(self.drafts)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", worker.database.display_name))
        focus_search = QShortcut(QKeySequence("Ctrl+K"), self)
        focus_search.setContext(Qt.ShortcutContext.ApplicationShortcut)
        focus_search.activated.connect(self.focus_search)
        help_key = QShortcut(QKeySequence(Qt.Key.Key_F1), self)
        help_key.activated.connect(self.show_about)
        new_action = QAction(self.tr("New company"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.new_company)
        self.addAction(new_action)

        geometry = settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        self.company.apply_permissions(self.may)
        self.companies.new_button.setVisible(self.may(Permission.EDIT_COMPANIES))
        self._build_nav()
        self.reload_lookups()
        self.companies.reload()
        self._tell_overdue()
        self.drafts.offer()

        # Colleagues' changes (LISTEN/NOTIFY on PostgreSQL): open lists and the file refresh.
        self.live_note = QLabel()
        self.live_note.setObjectName("muted")
        self.live_note.setContentsMargins(0, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.live_note)
        self._companies_stale = False
        self.live = LiveUpdates(worker.database, self)
        self.live.changed.connect(self._live_changed)
        self.live.start()

    # -- navigation -----------------------------------------------------------------------

    def _build_nav(self, recent: list[tuple[int, str]] | None = None) -> None:
        self.nav.clear()
        for page, icon, text in (
            ("companies", "mdi6.domain", self.tr("Companies")),
            ("my_work", "mdi6.clipboard-check-outline", self.tr("My work")),
            ("signals", "mdi6.bullhorn-outline", self.tr("Signals")),
            ("rounds", "mdi6.walk", self.tr("Rounds")),
            ("hotspots", "mdi6.map-marker-radius-outline", self.tr("Hotspots")),
            ("desk", "mdi6.face-agent", self.tr("Desk")),
            ("knowledge", "mdi6.book-open-variant", self.tr("Knowledge base")),
            ("ambitions", "mdi6.flag-checkered", self.tr("Ambitions")),
            ("audit", "mdi6.history", self.tr("Audit trail")),
            ("accounts", "mdi6.account-key-outline", self.tr("Accounts")),
            ("settings", "mdi6.cog-outline", self.tr("Identity on documents")),
        ):
            if not self.may(PAGE_PERMISSIONS.get(page)):
                continue
            item = QListWidgetItem(qta.icon(icon), text)
            item.setData(PAGE_ROLE, page)
            self.nav.addItem(item)
        recent = recent if recent is not None else self._recent()
        if recent:
            heading = QListWidgetItem(self.tr("Recently opened"))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setData(PAGE_ROLE, None)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            spacer = QListWidgetItem("")
            spacer.setFlags(Qt.ItemFlag.NoItemFlags)
            self.nav.addItem(spacer)
            self.nav.addItem(heading)
            for company_id, name in recent:
                entry = QListWidgetItem(qta.icon("mdi6.folder-account-outline"), name)
                entry.setData(PAGE_ROLE, "company")
                entry.setData(COMPANY_ROLE, company_id)
                entry.setToolTip(name)
                self.nav.addItem(entry)
        self._mark_current()

    def may(self, permission: Permission | None) -> bool:
        """Whether the signed-in official's role allows ``permission`` (None: everyone)."""
        return permission is None or self.signed_in is None or permission in self.signed_in.permissions

    def _recent(self) -> list[tuple[int, str]]:
        result = []
        for entry in self.settings.get(RECENT_COMPANIES):
            company_id, _, name = str(entry).partition("|")
            if company_id.isdigit():
                result.append((int(company_id), name))
        return result

    def _remember(self, record: CompanyFile) -> None:
        recent = [(cid, name) for cid, name in self._recent() if cid != record.id]
        recent.insert(0, (record.id, record.name))
        recent = recent[:RECENT_MAX]
        self.settings.set(RECENT_COMPANIES, [f"{cid}|{name}" for cid, name in recent])
        self._build_nav(recent)

    def _mark_current(self) -> None:
        shown = self.pages.currentWidget()
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            page = item.data(PAGE_ROLE)
            current = (
                (page == "companies" and shown is self.companies)
                or (page == "my_work" and shown is self.my_work)
                or (page in LAZY_PAGES and shown is self._made.get(page))
                or (
                    page == "company"
                    and shown is self.company
                    and item.data(COMPANY_ROLE) == self.company.company_id
                )
            )
            item.setSelected(current)

    def _nav_clicked(self, item: QListWidgetItem) -> None:
        page = item.data(PAGE_ROLE)
        if page == "companies":
            self.show_companies()
        elif page == "my_work":
            self.show_my_work()
        elif page == "signals":
            self.show_signals()
        elif page == "rounds":
            self.show_rounds()
        elif page == "hotspots":
            self.show_hotspots()
        elif page in ("desk", "knowledge", "ambitions", "audit", "accounts"):
            self.show_page(page)
        elif page == "settings":
            self.edit_identity()
            self._mark_current()
        elif page == "company":
            self.open_company(item.data(COMPANY_ROLE))

    def show_companies(self) -> None:
        self.pages.setCurrentWidget(self.companies)
        self._mark_current()
        if self._companies_stale:
            self._companies_stale = False
            self.companies.refresh_live()

    def show_my_work(self) -> None:
        self.notice.hide()
        self.pages.setCurrentWidget(self.my_work)
        self.my_work.reload()
        self._mark_current()

    def show_signals(self) -> None:
        self.pages.setCurrentWidget(self.signals)
        self.signals.reload_lookups()
        self.signals.reload()
        self._mark_current()

    def show_rounds(self) -> None:
        self.pages.setCurrentWidget(self.rounds)
        self.rounds.reload_lookups()
        self.rounds.reload()
        self._mark_current()

    def show_signal(self, signal_id: int) -> None:
        self.signals.detail.load(signal_id)  # first: the list then keeps it selected
        self.show_signals()

    def show_hotspots(self) -> None:
        self.pages.setCurrentWidget(self.hotspots)
        self.hotspots.reload()
        self._mark_current()

    def show_filtered_signals(self, flt: object) -> None:
        self.pages.setCurrentWidget(self.signals)
        self.signals.reload_lookups()
        self.signals.show_filter(flt)  # type: ignore[arg-type]
        self._mark_current()

    PAGES = ("companies", "my_work", *LAZY_PAGES)

    # -- pages made when first shown ------------------------------------------------------

    def _page(self, name: str) -> QWidget:
        page = self._made.get(name)
        if page is None:
            page = self._make(name)
            self._made[name] = page
            self.pages.addWidget(page)
        return page

    def _make(self, name: str) -> QWidget:  # each page's module is imported here, when needed
        worker = self.worker
        if name == "signals":
            from views.signals.signals_page import SignalsPage

            signals = SignalsPage(worker)
            signals.open_company.connect(self.open_company)
            signals.detail.may_handle = self.may(Permission.HANDLE_SIGNALS)
            signals.settings_button.setVisible(self.may(Permission.CONFIGURE_SIGNALS))
            return signals
        if name == "rounds":
            from views.rounds.rounds_page import RoundsPage

            rounds = RoundsPage(worker)
            rounds.open_signal.connect(self.show_signal)
            return rounds
        if name == "hotspots":
            from views.hotspots.hotspots_page import HotspotsPage

            hotspots = HotspotsPage(worker)
            hotspots.show_signals.connect(self.show_filtered_signals)
            return hotspots
        if name == "desk":
            from views.desk.desk_page import DeskPage

            desk = DeskPage(worker)
            desk.open_company.connect(self.open_company)
            desk.logged.connect(lambda _logged: self._tell_overdue())
            return desk
        if name == "knowledge":
            from views.desk.knowledge_page import KnowledgePage

            knowledge = KnowledgePage(worker)
            writing = self.may(Permission.EDIT_KNOWLEDGE)
            knowledge.new_button.setVisible(writing)
            knowledge.archive_button.setVisible(writing)
            return knowledge
        if name == "ambitions":
            from views.ambitions.ambitions_page import AmbitionsPage

            ambitions = AmbitionsPage(worker)
            ambitions.may_edit = self.may(Permission.EDIT_AMBITIONS)
            ambitions._update_buttons()
            return ambitions
        if name == "audit":
            from views.audit.audit_page import AuditPage

            return AuditPage(worker)
        if name == "accounts":
            from views.team.accounts_page import AccountsPage

            return AccountsPage(worker, self.signed_in.user_id if self.signed_in else worker.user_id)
        raise ValueError(name)

    @property
    def signals(self) -> SignalsPage:
        return self._page("signals")  # type: ignore[return-value]

    @property
    def rounds(self) -> RoundsPage:
        return self._page("rounds")  # type: ignore[return-value]

    @property
    def hotspots(self) -> HotspotsPage:
        return self._page("hotspots")  # type: ignore[return-value]

    @property
    def desk(self) -> DeskPage:
        return self._page("desk")  # type: ignore[return-value]

    @property
    def knowledge(self) -> KnowledgePage:
        return self._page("knowledge")  # type: ignore[return-value]

    @property
    def ambitions(self) -> AmbitionsPage:
        return self._page("ambitions")  # type: ignore[return-value]

    @property
    def audit(self) -> AuditPage:
        return self._page("audit")  # type: ignore[return-value]

    def show_page(self, name: str) -> None:
        """Navigate by name (the command line's screenshot uses this): one of ``PAGES``."""
        if name == "companies":
            self.show_companies()
        elif name == "my_work":
            self.show_my_work()
        elif name == "signals":
            self.show_signals()
        elif name == "rounds":
            self.show_rounds()
        elif name == "hotspots":
            self.show_hotspots()
        elif name == "desk":
            self.pages.setCurrentWidget(self.desk)
            self.desk.reload()
            self._mark_current()
            self.desk.focus_company_search()
        elif name == "knowledge":
            self.pages.setCurrentWidget(self.knowledge)
            self.knowledge.reload()
            self._mark_current()
        elif name == "ambitions":
            self.pages.setCurrentWidget(self.ambitions)
            self.ambitions.reload()
            self._mark_current()
        elif name == "audit":
            self.pages.setCurrentWidget(self.audit)
            self.audit.reload()
            self._mark_current()
        elif name == "accounts":
            page = self._page("accounts")
            self.pages.setCurrentWidget(page)
            page.reload()  # type: ignore[attr-defined]
            self._mark_current()
        else:
            raise ValueError(name)

    def show_about(self) -> None:
        self.about = AboutDialog(self.worker, self.settings, self)
        self.about.open()

    def show_connection(self) -> None:
        """The connection profiles; another database is opened by starting again, after asking."""
        from views.connection.connection_dialog import ConnectionDialog, ask_restart  # rarely needed

        dialog = ConnectionDialog(self.settings, self)
        if dialog.exec() == ConnectionDialog.DialogCode.Accepted and dialog.chosen is not None:
            ask_restart(self, dialog)

    def edit_identity(self) -> None:
        self.worker.run(identity, self._identity_loaded)

    def _identity_loaded(self, current: Identity) -> None:
        IdentityDialog(self.worker, current, self).open()

    def _tell_overdue(self) -> None:
        user_id, today = self.worker.user_id, date.today()
        if user_id is None or not self.may(Permission.VIEW_CONSULTATIONS):
            return
        self.worker.run(lambda s: overdue_count(s, user_id, today=today), self._overdue_counted)

    def _overdue_counted(self, count: int) -> None:
        if count:
            self.notice.say(self.tr("%n of your agreements is overdue.", "", count))

    def open_company(self, company_id: int) -> None:
        self.pages.setCurrentWidget(self.company)
        self.company.open(company_id)
        self._mark_current()

    def _company_loaded(self) -> None:
        if self.company.record is not None:
            self._remember(self.company.record)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- changes --------------------------------------------------------------------------

    def reload_lookups(self) -> None:
        self.worker.run(Lookups.load, self._lookups_loaded)

    def _lookups_loaded(self, lookups: Lookups) -> None:
        self.lookups.areas, self.lookups.sectors, self.lookups.officials = (
            lookups.areas,
            lookups.sectors,
            lookups.officials,
        )
        self.companies.set_lookups(self.lookups)

    def new_company(self) -> None:
        if not self.may(Permission.EDIT_COMPANIES):
            return
        dialog = CompanyDialog(self.worker, self.lookups, None, self)
        dialog.saved.connect(self._company_created)
        dialog.open_existing.connect(self.open_company)
        dialog.open()

    def _company_created(self, company_id: int) -> None:
        self.companies.reload()
        self.open_company(company_id)

    def _company_changed(self, _company_id: int) -> None:
        self.companies.refresh_rows()
        self._tell_overdue()

    # -- colleagues' changes --------------------------------------------------------------

    def _live_changed(self, change: Change) -> None:
        """Refresh what shows a colleague's change; open dialogs are never touched (what
        someone types stays; a later save meets the conflict dialog if need be)."""
        shown = self.pages.currentWidget()
        if change.touches("company", "establishment", "app_user", "area", "sector"):
            if shown is self.companies:
                self.companies.refresh_live()
            else:
                self._companies_stale = True
        if self.company.company_id is not None and change.touches_company(self.company.company_id):
            self.company.reload()
        if shown is self.my_work and change.touches("agreement", "interaction", "company"):
            self.my_work.reload()
        signals = self._made.get("signals")
        if signals is not None and change.touches("signal", "signal_event"):
            # A step added (signal_event) names no signal: the one on screen is read again.
            ids = None if change.everything or "signal_event" in change.kinds else change.kinds.get("signal")
            signals.refresh_live(ids)  # type: ignore[attr-defined]
        desk = self._made.get("desk")
        if desk is not None and shown is desk and change.touches("desk_question"):
            desk.reload_today()  # type: ignore[attr-defined]  # the questions colleagues logged today
        now = QTime.currentTime().toString("HH:mm")
        who = next((c.label for c in self.lookups.officials if c.value == change.user_id), None)
        if who:
            self.live_note.setText(self.tr("Updated by %1 at %2").replace("%2", now).replace("%1", who))
        else:
            self.live_note.setText(self.tr("Updated by a colleague at %1").replace("%1", now))

    # -- connection -----------------------------------------------------------------------

    def _unavailable(self, op: Operation, error: DatabaseUnavailableError) -> None:
        if op.on_failure is None:
            self._failed_ops.append(op)  # a read nobody else reports: retried from the banner
        self.banner.say(error_text(error) + " " + self.tr("Nothing you typed is lost."))

    def _retry(self) -> None:
        ops, self._failed_ops = self._failed_ops, []
        self.banner.hide()
        for op in ops:
            self.worker.retry(op)
        if not ops:
            self.companies.reload()

    def _show_bug(self, exc: BaseException) -> None:
        show_bug(exc, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        keep_open_forms(self)  # nothing typed is lost: unsaved forms become drafts
        self.live.stop()
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.sync()
        super().closeEvent(event)
