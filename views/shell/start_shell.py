"""The window as it first shows, before the database is open: the frame, the navigation the
official had last time, and the search box, focused. What a person types or clicks in it while
the database stack loads and the database opens is kept and handed to the main window when that
takes its place (``hand_over``): nothing typed before the list is there is lost.

It imports nothing of SQLAlchemy, the services or qtawesome (tests/desktop/test_cold_start.py
guards this): showing it costs little more than an empty Qt window (issue 20).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from views.common.icons import app_icon, icon
from views.common.screen import fit_to_screen
from views.common.settings import NAVIGATION, WINDOW_GEOMETRY, Settings
from views.shell.pages import BY_KEY

PAGE_ROLE = Qt.ItemDataRole.UserRole


class _Window(Protocol):
    """What the shell hands over to (views.shell.main_window.MainWindow)."""

    @property
    def search(self) -> QLineEdit: ...

    def show_page(self, key: str, target: object = None) -> None: ...

    def focus_search(self) -> None: ...


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

        self.search = QLineEdit()
        self.search.setObjectName("globalSearch")  # styled as the main window's (app.qss)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
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
            item = QListWidgetItem(icon(info.icon), info.text)
            item.setData(PAGE_ROLE, info.key)
            self.nav.addItem(item)
        if self.nav.count():
            self.nav.item(0).setSelected(True)
        self.nav.itemClicked.connect(self._nav_clicked)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(QWidget(), 1)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(top_bar)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _nav_clicked(self, item: QListWidgetItem) -> None:
        self.chosen_page = item.data(PAGE_ROLE)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.abandoned = True
        super().closeEvent(event)

    def hand_over(self, window: _Window) -> None:
        """Give ``window`` (shown already) what was typed and chosen here, then go."""
        QApplication.processEvents()  # keystrokes the system still holds for this window
        typed, cursor = self.search.text(), self.search.cursorPosition()
        if self.chosen_page is not None and self.chosen_page in BY_KEY:
            window.show_page(self.chosen_page)
        window.focus_search()
        if typed:
            window.search.setText(typed)
            window.search.setCursorPosition(cursor)
            window.search.textEdited.emit(typed)  # searched as if typed there
        self.abandoned = False
        self.hide()
        self.deleteLater()
