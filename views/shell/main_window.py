"""The main window: navigation on the left, the global search on top, pages in the middle."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSize, Qt, QTime, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.companies.services import CompanyFile
from models.consultations.services import overdue_count
from models.db import ConnectionSecurity, connection_security
from models.errors import DatabaseUnavailableError
from models.notify import Change
from models.permissions import Permission
from models.team.entities import Role
from models.team.services import SignedIn
from views.common.accessibility import announce, name_view
from views.common.drafts import DraftsBanner, keep_open_forms
from views.common.errors import show_bug
from views.common.icons import icon
from views.common.live import LiveUpdates
from views.common.screen import ZoomPane, fit_to_screen
from views.common.settings import NAVIGATION, RECENT_COMPANIES, WINDOW_GEOMETRY, Settings
from views.common.text import error_text, security_sentence, security_text
from views.common.widgets import ReportEditor, top_bar_button
from views.common.worker import DatabaseWorker, Operation
from views.companies.companies_page import CompaniesPage
from views.companies.company_dialogs import CompanyDialog, Lookups
from views.companies.search_box import SearchBox
from views.shell.about_dialog import AboutDialog, app_icon
from views.shell.host import FixedHost, Host
from views.shell.pages import BY_KEY, PAGES, LiveRefresh, Page, PageInfo
from views.shell.shortcuts_dialog import KeyInfo, ShortcutsDialog, form_keys, keys_of

if TYPE_CHECKING:
    from views.companies.company_page import CompanyPage

RECENT_MAX = 8
COMPANY = "company"  # the navigation's recently opened files: the company file, not a registered page
MY_WORK = "my_work"  # the page the overdue notice leads to: showing it answers the notice
PAGE_ROLE = Qt.ItemDataRole.UserRole
COMPANY_ROLE = Qt.ItemDataRole.UserRole + 1


class Banner(QFrame):
    """A strip under the top bar: a message and one action.

    Signals:
        action(): the button was clicked.
    """

    action = Signal()

    def __init__(self, name: str, icon_name: str, colour: str, button: str, *, urgent: bool = False) -> None:
        super().__init__()
        self.setObjectName(name)
        self.urgent = urgent  # said at once, interrupting the screen reader (a lost connection)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        picture = QLabel()
        picture.setPixmap(icon(icon_name, color=colour).pixmap(20, 20))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton(button)
        self.button.clicked.connect(self.action)
        close = QPushButton(icon("mdi6.close"), "")
        close.setFlat(True)
        close.setToolTip(self.tr("Hide"))
        close.setAccessibleName(self.tr("Hide this message"))
        close.clicked.connect(self.hide)
        layout.addWidget(picture)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        layout.addWidget(close)
        self.hide()

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.show()
        announce(self.text, text, urgent=self.urgent)


P = TypeVar("P", bound=QWidget)


class MainWindow(QMainWindow):
    def __init__(
        self,
        worker: DatabaseWorker,
        settings: Settings,
        user_name: str = "",
        signed_in: SignedIn | None = None,
        *,
        host: Host | None = None,
    ) -> None:
        """``host``: the application owning the database, the worker and the live updates
        (desktop/app.py); without one (tests, benchmark) the window stays on this worker's
        database and listens to colleagues' changes through a ``FixedHost``."""
        super().__init__()
        # Registered pages made so far, by key (see ``page``).
        self._made: dict[str, QWidget] = {}
        self.host: Host = host if host is not None else FixedHost(worker, signed_in, self)
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
        self.shortcuts: ShortcutsDialog | None = None
        self.restore_dialog: QDialog | None = None
        self.settings_dialog: QDialog | None = None
        fit_to_screen(self, 1360, 820)  # on a 1366×768 laptop: the screen less its taskbar

        # -- top bar
        self.search = SearchBox(worker, self)
        self.search.recent_ids = self.recent_company_ids
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
        from views.offline.controls import OfflineControls  # a set taken along (issue 22)

        self.offline = OfflineControls(self)
        top.addWidget(self.offline.button)
        for name, icon_name, tip, spoken, action in (
            (
                "connectionButton",
                "mdi6.database-cog-outline",
                self.tr("Connection…"),
                None,
                self.show_connection,
            ),
            (
                "settingsButton",
                "mdi6.cog-outline",
                self.tr("Settings: language, contrast and text size… (Ctrl+,)"),
                self.tr("Settings…"),
                self.show_settings,
            ),
        ):
            button = top_bar_button(name, icon_name, tip, spoken or tip)
            button.clicked.connect(action)
            top.addWidget(button)
        # Help: the keyboard shortcuts (F1) and About. A menu a keyboard opens with Space or Enter.
        self.shortcuts_action = QAction(icon("mdi6.keyboard-outline"), self.tr("Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.addAction(self.shortcuts_action)
        self.about_action = QAction(icon("mdi6.information-outline"), self.tr("About Ondernemersdesk"), self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu = QMenu(self.tr("Help"), self)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)
        self.help_button = top_bar_button(
            "helpButton",
            "mdi6.help-circle-outline",
            self.tr("Help: keyboard shortcuts (F1), about Ondernemersdesk"),
            self.tr("Help"),
            self.help_menu,
        )
        top.addWidget(self.help_button)
        top_bar = QFrame()
        top_bar.setObjectName("topBar")
        top_bar.setLayout(top)

        # -- navigation
        self.nav = QListWidget()
        name_view(self.nav, self.tr("Navigation"))
        self.nav.setObjectName("sidebar")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(230)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.itemClicked.connect(self._nav_clicked)
        self.nav.itemActivated.connect(self._nav_clicked)

        # -- pages: the registered ones (views/shell/pages.py) and the company file
        self.pages = QStackedWidget()
        # The first screen and what it shows at once are made now; the other pages (and
        # their modules) when first shown: a start builds only what it needs.
        for info in PAGES:
            if info.eager and self.may(info.permission):
                self.page(info.key)
        self._company: CompanyPage | None = None  # see ``company``
        self.pages.setCurrentIndex(0)

        self.banner = Banner(
            "connectionBanner", "mdi6.lan-disconnect", "#8c1d18", self.tr("Try again"), urgent=True
        )
        self.banner.action.connect(self._retry)
        self.notice = Banner("noticeBanner", "mdi6.alarm", "#6d4200", self.tr("Show my work"))
        self.notice.action.connect(lambda: self.show_page(MY_WORK))
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
        outer.addWidget(self.offline.banner)
        outer.addWidget(self.notice)
        # Forms kept when the application closed before they were saved: offered again.
        self.drafts = DraftsBanner(self)
        outer.addWidget(self.drafts)
        outer.addLayout(body, 1)
        # At a large scale (200 % leaves a laptop 683×384 logical pixels) the whole window
        # scrolls rather than running off the screen; at 100 % it never needs to.
        self.zoom_pane = ZoomPane(central)
        self.setCentralWidget(self.zoom_pane)

        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", worker.database.display_name))
        # What the status bar says later (an export written, no backup made) is read out too.
        self.statusBar().messageChanged.connect(lambda text: announce(self.statusBar(), text))
        focus_search = QShortcut(QKeySequence("Ctrl+K"), self)
        focus_search.setContext(Qt.ShortcutContext.ApplicationShortcut)
        focus_search.setWhatsThis(self.tr("Search a company"))
        focus_search.activated.connect(self.focus_search)
        settings_key = QShortcut(QKeySequence("Ctrl+,"), self)
        settings_key.setWhatsThis(self.tr("Settings…"))
        settings_key.activated.connect(self.show_settings)
        to_navigation = QShortcut(QKeySequence("Ctrl+0"), self)
        to_navigation.setWhatsThis(self.tr("Go to the navigation (then Up/Down and Enter)"))
        to_navigation.activated.connect(lambda: self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason))
        new_action = QAction(self.tr("New company"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.new_company)
        self.addAction(new_action)

        geometry = settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        self._build_nav()
        self.reload_lookups()
        self.companies.reload()
        self.tell_overdue()
        self.drafts.offer()

        # Colleagues' changes (LISTEN/NOTIFY on PostgreSQL): open lists and the file refresh.
        self.live_note = QLabel()
        self.live_note.setObjectName("muted")
        self.live_note.setContentsMargins(0, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.live_note)
        self.live.changed.connect(self._live_changed)
        # Whether the connection to the server is encrypted (a local file has no network).
        self.security_note = QLabel()
        self.security_note.setObjectName("security")
        self.security_note.setContentsMargins(0, 0, 8, 0)
        self.security_note.setVisible(False)
        self.statusBar().addPermanentWidget(self.security_note)
        if not worker.database.is_sqlite:
            self.worker.run(connection_security, self._security_read)

    def _security_read(self, security: ConnectionSecurity | None) -> None:
        if security is None:
            return
        self.security_note.setText(self.tr("Connection: %1").replace("%1", security_text(security)))
        self.security_note.setToolTip(security_sentence(security))
        # Amber like every "watch out" in the window; an encrypted connection is said calmly.
        self.security_note.setStyleSheet("" if security.encrypted else "color: #6d4200; font-weight: 600;")
        self.security_note.setVisible(True)

    # -- navigation -----------------------------------------------------------------------

    def _build_nav(self, recent: list[tuple[int, str]] | None = None) -> None:
        self.nav.clear()
        shown = [info.key for info in self.visible_pages() if not info.dialog]
        if self.settings.get(NAVIGATION) != shown:  # for the next start's first screen
            self.settings.set(NAVIGATION, shown)
        for info in self.visible_pages():
            item = QListWidgetItem(icon(info.icon), info.text)
            item.setData(PAGE_ROLE, info.key)
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
            # A long name is shortened to the sidebar's width (its items' margins, padding, icon
            # and a scroll bar taken off), never widening it; whole in the tooltip and when spoken.
            room = self.nav.width() - self.nav.iconSize().width() - 74
            for company_id, name in recent:
                short = self.nav.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, room)
                entry = QListWidgetItem(icon("mdi6.folder-account-outline"), short)
                entry.setData(PAGE_ROLE, COMPANY)
                entry.setData(COMPANY_ROLE, company_id)
                entry.setData(Qt.ItemDataRole.AccessibleTextRole, name)
                entry.setToolTip(name)
                self.nav.addItem(entry)
        self._mark_current()

    def may(self, permission: Permission | None) -> bool:
        """Whether the signed-in official's role allows ``permission`` (None: everyone)."""
        return permission is None or self.signed_in is None or permission in self.signed_in.permissions

    def visible_pages(self) -> list[PageInfo]:
        """The registered pages the official's role may see, in the navigation's order."""
        return [info for info in PAGES if self.may(info.permission)]

    @property
    def user_id(self) -> int | None:
        return self.signed_in.user_id if self.signed_in is not None else self.worker.user_id

    @property
    def live(self) -> LiveUpdates:
        """Colleagues' changes, heard by the host."""
        return self.host.live

    def recent_company_ids(self) -> list[int]:
        return [cid for cid, _name in self._recent()]

    def _recent(self) -> list[tuple[int, str]]:
        result = []
        for entry in self.settings.get(RECENT_COMPANIES):
            company_id, _, name = str(entry).partition("|")
            if company_id.isdigit():
                result.append((int(company_id), name))
        return result

    def _remember(self, record: CompanyFile) -> None:
        before = self._recent()
        recent = [(cid, name) for cid, name in before if cid != record.id]
        recent.insert(0, (record.id, record.name))
        recent = recent[:RECENT_MAX]
        if recent == before:  # the file on top opened again: the navigation stays as it is
            return
        self.settings.set(RECENT_COMPANIES, [f"{cid}|{name}" for cid, name in recent])
        self._build_nav(recent)

    def _mark_current(self) -> None:
        shown = self.pages.currentWidget()
        self._update_title()
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            key = item.data(PAGE_ROLE)
            if key == COMPANY:
                current = (
                    self._company is not None
                    and shown is self._company
                    and item.data(COMPANY_ROLE) == self._company.company_id
                )
            else:
                current = key is not None and self._made.get(key) is shown
            item.setSelected(current)

    def _nav_clicked(self, item: QListWidgetItem) -> None:
        key = item.data(PAGE_ROLE)
        if key == COMPANY:
            self.open_company(item.data(COMPANY_ROLE))
        elif key is not None:
            self.show_page(key)

    # -- the registered pages (views/shell/pages.py) --------------------------------------

    def page(self, key: str) -> QWidget:
        """The registered page ``key``, made (and its module imported) when first asked for."""
        page = self._made.get(key)
        if page is None:
            info = BY_KEY.get(key)
            if info is None or info.dialog:
                raise ValueError(key)
            made = info.load()(self)
            assert isinstance(made, QWidget) and isinstance(made, Page), key
            self._made[key] = page = made
            self.pages.addWidget(page)
        return page

    @property
    def company(self) -> CompanyPage:
        """The company file, made (and its module, with the documents it prints, imported) when
        first opened: a start builds only the company list."""
        if self._company is None:
            from views.companies.company_page import CompanyPage

            page = CompanyPage(self.worker, self.lookups)
            page.changed.connect(self._company_changed)
            page.open_company.connect(self.open_company)
            page.open_signal.connect(lambda signal_id: self.show_page("signals", signal_id))
            page.loaded.connect(self._company_loaded)
            page.apply_permissions(self.may)
            self.pages.addWidget(page)
            self._company = page
        return self._company

    def page_as(self, key: str, kind: type[P]) -> P:
        """The registered page ``key`` as the class its module makes (for typed callers)."""
        page = self.page(key)
        assert isinstance(page, kind), (key, kind)
        return page

    @property
    def companies(self) -> CompaniesPage:
        """The home page, which the window also asks for lookups and refreshed rows."""
        return self.page_as("companies", CompaniesPage)

    def show_page(self, key: str, target: object = None) -> None:
        """Show a registered page (the navigation, other pages, the screenshot command);
        ``target`` is what it should show (see ``Page.activated``). An entry that opens a
        dialog opens it."""
        info = BY_KEY.get(key)
        if info is None:
            raise ValueError(key)
        if info.dialog:
            info.load()(self)
            self._mark_current()
            return
        if key == MY_WORK:
            self.notice.hide()
        page = self.page(key)
        self.pages.setCurrentWidget(page)
        if target is None:
            page.activated()  # type: ignore[attr-defined]
        else:
            page.activated(target)  # type: ignore[attr-defined]
        self._mark_current()

    def show_about(self) -> None:
        self.about = AboutDialog(
            self.worker,
            self.settings,
            self,
            may_restore=self.signed_in is None or self.signed_in.role is Role.ADMINISTRATOR,
        )
        self.about.restore_requested.connect(self.show_restore)
        self.about.open()

    def show_settings(self) -> None:
        """*Instellingen…*: the official's choices for this computer (language, contrast)."""
        from views.shell.settings_dialog import SettingsDialog  # rarely needed

        self.settings_dialog = SettingsDialog(self.settings, self)
        self.settings_dialog.open()

    def keyboard_shortcuts(self) -> list[KeyInfo]:
        """Every shortcut the window offers, read from the shortcuts themselves: the window's own,
        each page's (all pages the official may see are made for it), the company file's and the
        report editor's, then the keys every form shares."""
        for info in self.visible_pages():
            if not info.dialog:
                self.page(info.key)
        keys = keys_of(self, self.tr("Everywhere"), skip=(self.pages,))
        for key, page in self._made.items():
            keys += keys_of(page, BY_KEY[key].text)
        keys += keys_of(self.company, self.tr("Company file"))
        editor = ReportEditor()
        keys += keys_of(editor, self.tr("Report of a contact moment or article"))
        editor.deleteLater()
        # A page's button with the window's own key and meaning (Ctrl+N) is said once, as "everywhere".
        everywhere = {(k.keys, k.what) for k in keys if k.where == self.tr("Everywhere")}
        keys = [k for k in keys if k.where == self.tr("Everywhere") or (k.keys, k.what) not in everywhere]
        return keys + form_keys()

    def show_shortcuts(self) -> None:
        """*Sneltoetsen* (F1, Help ▸ Keyboard shortcuts)."""
        if self.shortcuts is not None and self.shortcuts.isVisible():
            self.shortcuts.raise_()
            return
        self.shortcuts = ShortcutsDialog(self.keyboard_shortcuts(), self)
        self.shortcuts.open()

    def show_restore(self) -> None:
        """*Herstellen…*: put a backup of the local file back (views/shell/restore_dialog.py)."""
        from views.shell.restore_dialog import RestoreDialog  # rarely needed

        self.restore_dialog = RestoreDialog(self.worker, self, self)
        self.restore_dialog.open()

    def show_connection(self) -> None:
        """The connection profiles; another database is opened in this window's place, after
        asking (the host closes this one, keeping unsaved forms as drafts)."""
        from views.connection.connection_dialog import ConnectionDialog, ask_switch  # rarely needed

        dialog = ConnectionDialog(self.settings, self)
        if dialog.exec() != ConnectionDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        if ask_switch(self, dialog.chosen):
            self.host.switch_database(dialog.chosen, dialog.password)

    def tell_overdue(self) -> None:
        user_id, today = self.worker.user_id, date.today()
        if user_id is None or not self.may(Permission.VIEW_CONSULTATIONS):
            return
        self.worker.run(lambda s: overdue_count(s, user_id, today=today), self._overdue_counted)

    def _overdue_counted(self, count: int) -> None:
        if count:
            self.notice.say(self.tr("%Ln of your agreements is overdue.", "", count))

    def open_company(self, company_id: int) -> None:
        # Read first, then switch: the worker reads the file while the window lays the page out,
        # and a page switched to is painted once, with the file it was opened for.
        self.company.open(company_id, hold_paint=self.pages.currentWidget() is not self.company)
        self.pages.setCurrentWidget(self.company)
        self._mark_current()

    def _company_loaded(self) -> None:
        if self.company.record is not None:
            self._remember(self.company.record)
        self._update_title()

    def _update_title(self) -> None:
        """The window (and the taskbar) says where the official is: the open company's name, or
        the page's, then the application."""
        shown = self.pages.currentWidget()
        where = ""
        if shown is not None and shown is self._company:
            record = self._company.record
            where = record.name if record is not None else ""
        else:
            where = next((BY_KEY[key].text for key, page in self._made.items() if page is shown), "")
        app = self.tr("Ondernemersdesk")
        self.setWindowTitle(f"{where} – {app}" if where else app)

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
        self.tell_overdue()

    # -- colleagues' changes --------------------------------------------------------------

    def _live_changed(self, change: Change) -> None:
        """A colleague's change: shown, and who made it said in the status bar."""
        self.show_change(change)
        now = QTime.currentTime().toString("HH:mm")
        who = next((c.label for c in self.lookups.officials if c.value == change.user_id), None)
        if who:
            self.live_note.setText(self.tr("Updated by %1 at %2").replace("%2", now).replace("%1", who))
        else:
            self.live_note.setText(self.tr("Updated by a colleague at %1").replace("%1", now))
        announce(self.live_note, self.live_note.text())

    def show_change(self, change: Change) -> None:
        """Refresh what shows a change made elsewhere (a colleague, or a synchronisation that
        renewed the set taken along); open dialogs are never touched (what someone types stays;
        a later save meets the conflict dialog if need be)."""
        shown = self.pages.currentWidget()
        for page in list(self._made.values()):
            if isinstance(page, LiveRefresh):
                page.refresh(change, page is shown)
        company = self._company
        if (
            company is not None
            and company.company_id is not None
            and change.touches_company(company.company_id)
        ):
            company.reload()

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
        self.host.window_closed(self)
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.sync()
        super().closeEvent(event)
