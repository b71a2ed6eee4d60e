"""The pages of the main window: one protocol and one registry (like Picard's option pages).

A page is a widget made by a factory in its own module (``make_page(shell)``): the factory
wires the page to the window through ``Shell`` and applies the official's permissions. The
window builds the sidebar, makes pages when first shown, hides what a role may not see,
routes navigation and hands colleagues' changes on, all from ``PAGES`` below. Adding a page is
its module plus one line here.

The registry names a factory by its module path, not the function itself: a page's module is
imported when the page is first shown, so a start pays only for the first screen (importing
every page costs about 0.2 s).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission

if TYPE_CHECKING:
    from models.notify import Change
    from views.common.worker import DatabaseWorker


class Shell(Protocol):
    """What a page may ask of the window around it."""

    @property
    def worker(self) -> DatabaseWorker: ...

    @property
    def user_id(self) -> int | None:
        """The official working now."""
        ...

    def may(self, permission: Permission | None) -> bool:
        """Whether the official's role allows ``permission`` (None: everyone)."""
        ...

    def show_page(self, key: str, target: object = None) -> None:
        """Show another page; ``target`` is what it should show (see ``Page.activated``)."""
        ...

    def open_company(self, company_id: int) -> None:
        """Open a company's file."""
        ...

    def new_company(self) -> None:
        """Register a new company (a dialog)."""
        ...

    def recent_company_ids(self) -> list[int]:
        """The files the official opened lately, most recent first (a search's tie-breaker)."""
        ...

    def tell_overdue(self) -> None:
        """The official's agreements may have changed: count the overdue ones again."""
        ...

    def window(self) -> QWidget:
        """The window, as the parent of a page's dialogs."""
        ...


@runtime_checkable
class Page(Protocol):
    """A page of the window. Optional besides ``activated``:

    ``refresh(change, shown)``: colleagues changed records (``models.notify.Change``); ``shown``
    tells whether the page is on screen. Pages that have not been made yet hear nothing.
    """

    def activated(self, target: object = None) -> None:
        """The page was brought on screen: read again what it shows. ``target`` comes from
        another page (a signal's id, a filter); pages that take none may leave it out."""
        ...


@runtime_checkable
class LiveRefresh(Protocol):
    def refresh(self, change: Change, shown: bool) -> None: ...


Factory = Callable[[Shell], QWidget]


@dataclass(frozen=True)
class PageInfo:
    """One entry of the navigation.

    ``title``: the English text, translated in the ``MainWindow`` context when shown.
    ``factory``: ``"module:function"`` making the page (imported when first needed).
    ``permission``: what the role needs to see it (None: everyone).
    ``eager``: made with the window (the first screen, and what it shows at once).
    ``dialog``: the entry opens a dialog (the factory gets the shell and returns nothing)
    instead of showing a page.
    """

    key: str
    title: str
    icon: str
    factory: str
    permission: Permission | None = None
    eager: bool = False
    dialog: bool = False

    @property
    def text(self) -> str:
        return QCoreApplication.translate("MainWindow", self.title)

    def load(self) -> Callable[[Shell], object]:
        module, _, name = self.factory.partition(":")
        return getattr(import_module(module), name)


# -- the registry: the navigation's order ---------------------------------------------------------

PAGES: tuple[PageInfo, ...] = (
    PageInfo(
        "companies",
        QT_TRANSLATE_NOOP("MainWindow", "Companies"),
        "mdi6.domain",
        "views.companies.companies_page:make_page",
        eager=True,
    ),
    PageInfo(
        "my_work",
        QT_TRANSLATE_NOOP("MainWindow", "My work"),
        "mdi6.clipboard-check-outline",
        "views.consultations.my_work_page:make_page",
        Permission.VIEW_CONSULTATIONS,
        eager=True,
    ),
    PageInfo(
        "signals",
        QT_TRANSLATE_NOOP("MainWindow", "Signals"),
        "mdi6.bullhorn-outline",
        "views.signals.signals_page:make_page",
        Permission.VIEW_SIGNALS,
    ),
    PageInfo(
        "rounds",
        QT_TRANSLATE_NOOP("MainWindow", "Rounds"),
        "mdi6.walk",
        "views.rounds.rounds_page:make_page",
        Permission.VIEW_ROUNDS,
    ),
    PageInfo(
        "hotspots",
        QT_TRANSLATE_NOOP("MainWindow", "Hotspots"),
        "mdi6.map-marker-radius-outline",
        "views.hotspots.hotspots_page:make_page",
        Permission.VIEW_SIGNALS,
    ),
    PageInfo(
        "desk",
        QT_TRANSLATE_NOOP("MainWindow", "Desk"),
        "mdi6.face-agent",
        "views.desk.desk_page:make_page",
        Permission.DESK,
    ),
    PageInfo(
        "knowledge",
        QT_TRANSLATE_NOOP("MainWindow", "Knowledge base"),
        "mdi6.book-open-variant",
        "views.desk.knowledge_page:make_page",
        Permission.VIEW_KNOWLEDGE,
    ),
    PageInfo(
        "ambitions",
        QT_TRANSLATE_NOOP("MainWindow", "Ambitions"),
        "mdi6.flag-checkered",
        "views.ambitions.ambitions_page:make_page",
        Permission.VIEW_AMBITIONS,
    ),
    PageInfo(
        "duplicates",
        QT_TRANSLATE_NOOP("MainWindow", "Possible duplicates"),
        "mdi6.content-duplicate",
        "views.duplicates.duplicates_page:make_page",
        Permission.EDIT_COMPANIES,
    ),
    PageInfo(
        "audit",
        QT_TRANSLATE_NOOP("MainWindow", "Audit trail"),
        "mdi6.history",
        "views.audit.audit_page:make_page",
        Permission.VIEW_AUDIT_LOG,
    ),
    PageInfo(
        "accounts",
        QT_TRANSLATE_NOOP("MainWindow", "Accounts"),
        "mdi6.account-key-outline",
        "views.team.accounts_page:make_page",
        Permission.MANAGE_ACCOUNTS,
    ),
    PageInfo(
        "privacy",
        QT_TRANSLATE_NOOP("MainWindow", "Privacy (AVG)"),
        "mdi6.shield-account-outline",
        "views.privacy.privacy_page:make_page",
        Permission.MANAGE_PRIVACY,
    ),
    PageInfo(
        "areas",
        QT_TRANSLATE_NOOP("MainWindow", "Kernen and areas"),
        "mdi6.map-outline",
        "views.companies.areas_page:make_page",
        Permission.MANAGE_AREAS,
    ),
    PageInfo(
        "settings",
        QT_TRANSLATE_NOOP("MainWindow", "Identity on documents"),
        "mdi6.cog-outline",
        "views.team.identity_dialog:edit_identity",
        Permission.MANAGE_IDENTITY,
        dialog=True,
    ),
)

BY_KEY: dict[str, PageInfo] = {info.key: info for info in PAGES}
