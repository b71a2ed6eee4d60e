"""The window as it first shows, before the database is open: the frame, the navigation the
official had last time, and the search box, focused. What a person types or clicks in it while
the database stack loads and the database opens is kept and handed to the main window when that
takes its place (``hand_over``): nothing typed before the list is there is lost. The first screen
of the company list shows in it as soon as it is read (``show_rows``, read without the database
stack: models/companies/first_rows.py); a company opened there (double click, Enter) opens in the
main window when it comes.

It imports nothing of SQLAlchemy, the services or qtawesome, and uses nothing of Qt's namespace
(tests/desktop/test_cold_start.py guards this): showing it costs little more than an empty Qt
window (issue 20). Its icons (the navigation's, the search box's magnifier) are drawn right after
its first frame (``show_icons``): drawing them loads the icon font and makes Qt's namespace (a
painter's pen takes one of its enums), ~25 ms together, which the first frame does without.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from views.common.app_icon import app_icon
from views.common.screen import fit_to_screen
from views.common.settings import NAVIGATION, WINDOW_GEOMETRY, Settings
from views.companies.widths import COLUMN_WIDTHS
from views.shell.pages import BY_KEY

# Qt.ItemDataRole.UserRole, as the number the items take: nothing on the first screen uses Qt's
# namespace, whose ~90 enums cost ~15 ms to make (issue 20; tests/desktop/test_cold_start.py).
PAGE_ROLE = COMPANY_ROLE = 0x0100

if TYPE_CHECKING:  # the rows come after the first frame, and their module with them (from its thread)
    from models.companies.rows import CompanyRow

# The company list's columns, as the main window's list and its export name them
# (models/exporting/lists.py COMPANY_COLUMNS).
HEADERS = ("Name", "KvK", "Address", "Postcode", "Place", "Area", "Sector", "Account manager", "Status")


class _Window(Protocol):
    """What the shell hands over to (views.shell.main_window.MainWindow)."""

    @property
    def search(self) -> QLineEdit: ...

    def show_page(self, key: str, target: object = None) -> None: ...

    def focus_search(self) -> None: ...

    def open_company(self, company_id: int) -> None: ...


class StartShell(QMainWindow):
    """The frame of the main window, shown at once; see the module's docstring."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Ondernemersdesk"))
        self.setWindowIcon(app_icon())
        fit_to_screen(self, 1360, 820)  # as the main window does (views/shell/main_window.py)
        geometry = settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        self.abandoned = False  # the person closed it before the main window came
        self.chosen_page: str | None = None  # a page clicked in the navigation meanwhile
        self.chosen_company: int | None = None  # a company opened in the first rows meanwhile
        self.handed_over = False  # the main window took its place

        self.search = QLineEdit()
        self.search.setObjectName("globalSearch")  # styled as the main window's (app.qss)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            QCoreApplication.translate(  # the main window's search box says the same (views/companies)
                "SearchBox", "Search a company: name, KvK, address, postcode, contact person…  (Ctrl+K)"
            )
        )
        self.search.setMinimumWidth(480)
        brand = QLabel(self.tr("Ondernemersdesk"))
        brand.setObjectName("brand")
        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 8)
        top.addWidget(brand)
        top.addSpacing(24)
        top.addWidget(self.search, 1)
        top.addSpacing(24)
        top_bar = QFrame()
        top_bar.setObjectName("topBar")
        top_bar.setLayout(top)

        self.nav = QListWidget()
        self.nav.setObjectName("sidebar")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(230)
        for key in settings.get(NAVIGATION):
            info = BY_KEY.get(str(key))
            if info is None or info.dialog:
                continue
            item = QListWidgetItem(info.text)
            item.setData(PAGE_ROLE, info.key)
            self.nav.addItem(item)
        if self.nav.count():
            self.nav.item(0).setSelected(True)
        self.nav.itemClicked.connect(self._nav_clicked)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        self.companies = QTableWidget(0, len(HEADERS))
        self.companies.setObjectName("startCompanies")
        self.companies.setHorizontalHeaderLabels([QCoreApplication.translate("labels", h) for h in HEADERS])
        self.companies.setAccessibleName(self.tr("Companies"))
        self.companies.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.companies.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.companies.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.companies.verticalHeader().hide()
        self.companies.verticalHeader().setDefaultSectionSize(26)  # rows as the list's (table_view)
        self.companies.setAlternatingRowColors(True)
        self.companies.setWordWrap(False)
        self.companies.horizontalHeader().setStretchLastSection(True)
        # The list's widths from the first frame on, so nothing jumps when the rows or the main
        # window's list come.
        for column, width in enumerate(COLUMN_WIDTHS.values()):
            self.companies.setColumnWidth(column, width)
        self.companies.itemActivated.connect(self._company_activated)
        body.addWidget(self.companies, 1)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(top_bar)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self.search.setFocus()  # Qt.FocusReason.OtherFocusReason

    def show_icons(self) -> None:
        """The navigation's icons and the search box's magnifier, once the first frame shows."""
        from views.common.icons import icon  # its module too: the first frame draws no icon

        self.search.addAction(icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            info = BY_KEY.get(item.data(PAGE_ROLE))
            if info is not None:
                item.setIcon(icon(info.icon))

    def show_rows(self, rows: list[CompanyRow]) -> None:
        """The first screen of the company list (once; the main window's list follows it)."""
        if self.handed_over or self.companies.rowCount():
            return
        from models.companies.rows import ESTABLISHMENT_STATUS_LABELS

        self.companies.setRowCount(len(rows))
        for number, row in enumerate(rows):
            status = (
                QCoreApplication.translate("labels", ESTABLISHMENT_STATUS_LABELS[row.status])
                if row.status
                else ""
            )
            texts = (row.name, row.kvk_number, row.address, row.postcode, row.city, row.area, row.sector)
            for column, text in enumerate((*texts, row.account_manager, status)):
                item = QTableWidgetItem(text or "")
                item.setData(COMPANY_ROLE, row.id)
                self.companies.setItem(number, column, item)

    def _company_activated(self, item: QTableWidgetItem) -> None:
        self.chosen_company = item.data(COMPANY_ROLE)

    def _nav_clicked(self, item: QListWidgetItem) -> None:
        self.chosen_page = item.data(PAGE_ROLE)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.abandoned = True
        super().closeEvent(event)

    def hand_over(self, window: _Window) -> None:
        """Give ``window`` (shown already) what was typed and chosen here, then go."""
        QApplication.processEvents()  # keystrokes the system still holds for this window
        typed, cursor = self.search.text(), self.search.cursorPosition()
        if self.chosen_company is not None:
            window.open_company(self.chosen_company)
        elif self.chosen_page is not None and self.chosen_page in BY_KEY:
            window.show_page(self.chosen_page)
        window.focus_search()
        if typed:
            window.search.setText(typed)
            window.search.setCursorPosition(cursor)
            window.search.textEdited.emit(typed)  # searched as if typed there
        self.abandoned = False
        self.handed_over = True
        self.hide()
        self.deleteLater()
