"""What the main window needs from the application that hosts it.

The application object (desktop/app.py) owns the database, its worker and the live updates, and
can close one database and open another in the same process. The window sits a layer below it
(views never import desktop), so it asks through this protocol: dependency inversion.

``FixedHost`` is the host for a window on one database that never changes: the tests, the
benchmark and the screenshot command, which build a window on a worker of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from views.common.live import LiveUpdates

if TYPE_CHECKING:
    from models.team.services import SignedIn
    from views.common.worker import DatabaseWorker
    from views.connection.profiles import Profile
    from views.shell.main_window import MainWindow


class Host(Protocol):
    """The application as the main window sees it."""

    @property
    def worker(self) -> DatabaseWorker:
        """The one worker every database task of this window runs on."""
        ...

    @property
    def signed_in(self) -> SignedIn | None:
        """The official working now (None: no sign-in, everything shows)."""
        ...

    @property
    def live(self) -> LiveUpdates:
        """Colleagues' changes to this database, started by the host."""
        ...

    def switch_database(self, profile: Profile, password: str | None = None) -> bool:
        """Close this database (and the window, keeping unsaved forms as drafts) and open the
        one of ``profile`` in the same process. False when it did not happen: it could not be
        opened, the user cancelled, or this host cannot switch (the profile is then used at the
        next start)."""
        ...

    def window_closed(self, window: MainWindow) -> None:
        """The window closed: nobody listens to colleagues' changes any more."""
        ...


class FixedHost:
    """A host for one database that stays: live updates for the window, no switching."""

    def __init__(
        self, worker: DatabaseWorker, signed_in: SignedIn | None = None, parent: QObject | None = None
    ) -> None:
        """``parent``: the window, so the live updates (and their timers) go with it, on the main thread."""
        self._worker = worker
        self._signed_in = signed_in
        self._live = LiveUpdates(worker.database, parent)
        self._live.start()

    @property
    def worker(self) -> DatabaseWorker:
        return self._worker

    @property
    def signed_in(self) -> SignedIn | None:
        return self._signed_in

    @property
    def live(self) -> LiveUpdates:
        return self._live

    def switch_database(self, profile: Profile, password: str | None = None) -> bool:
        return False

    def window_closed(self, window: MainWindow) -> None:
        self._live.stop()
