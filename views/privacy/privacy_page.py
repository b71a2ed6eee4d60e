"""Privacy (AVG): the administrator's page for personal data. Two tabs, each a widget of its own:
Bewaartermijnen (``retention_tab``: the periods, the retention job's preview and run, the
privacy log) and Inzage en wissen (``inzage_tab``: find a person, export, erase)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from views.common import icons
from views.common.worker import DatabaseWorker
from views.privacy.inzage_tab import InzageTab
from views.privacy.retention_tab import RetentionTab

if TYPE_CHECKING:
    from models.notify import Change
    from views.shell.pages import Shell

# What the Bewaartermijnen tab shows depends on: the periods, the log, and the records counted.
RETENTION_TABLES = (
    "retention_setting",
    "privacy_log",
    "signal",
    "desk_question",
    "contact",
    "company_contact",
    "observation",
)


class PrivacyPage(QWidget):
    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        title = QLabel(self.tr("Privacy (AVG)"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "How long personal data is kept, and what a person may ask: to see everything held "
                "about them (inzage) and to be erased."
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.retention = RetentionTab(worker)
        self.inzage = InzageTab(worker)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.retention, icons.icon("mdi6.timer-sand"), self.tr("Retention periods"))
        self.tabs.addTab(
            self.inzage, icons.icon("mdi6.account-search-outline"), self.tr("Inzage and erasure")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)

    # -- as a page of the window --

    def activated(self) -> None:
        self.retention.refresh_live()

    def refresh(self, change: Change, shown: bool) -> None:
        """A colleague (or the daily run at start) changed a period, the privacy log, or records
        a period applies to: the tab reads them again when on screen (``activated`` does otherwise)."""
        if shown and change.touches(*RETENTION_TABLES):
            self.retention.refresh_live()


# -- as a page of the main window (views/shell/pages.py) ------------------------------------------


def make_page(shell: Shell) -> PrivacyPage:
    return PrivacyPage(shell.worker)
