"""The window's part of working offline (issue 22, docs/offline-sync.md): a top-bar button with
*Meenemen…*, *Offline werken*, *Synchroniseren* and *Terugzetten*, and, while the window works on
a set taken along, a banner "Offline sinds … · N wijzigingen wachten" with *Synchroniseren*.

The window works on the set as on any database: the host opens its encrypted file in the
server's place (``views.connection.profiles.offline_profile``). Synchronising runs off the UI
thread on a connection of its own to the server the set came from; a record changed on both
sides is shown field by field in the ``ConflictDialog`` (base, server, here), a record removed or
archived on the server is shown and its local change dropped only when the official agrees.
Every so often the server is tried; when it answers and changes wait, the sync starts by itself.
Starting by itself it never interrupts: a clash stops it before anything is sent and the banner
says so ("N wijzigingen botsen met de server", *Bekijken…*); the official opens the choice when
ready, and a sync that goes through says so in the banner and the status bar, not in a box.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
)

from models.audit.services import BOOLEAN_LABELS, FIELD_LABELS, KIND_LABELS, choice_labels
from models.errors import AuthenticationError, ConflictError, DomainError
from models.notify import Change
from models.offline import sync
from views.common.accessibility import announce
from views.common.icons import icon
from views.common.settings import OFFLINE_FILE, OFFLINE_SERVER, OFFLINE_WORKING, Settings
from views.common.text import error_text, format_date, format_datetime, format_number, label
from views.common.widgets import top_bar_button
from views.common.worker import BackgroundJob, DatabaseWorker
from views.connection import profiles

if TYPE_CHECKING:
    from views.shell.main_window import MainWindow

TRY_SERVER_MS = 60_000  # while offline with changes waiting: how often the server is tried
STATE_MS = 5_000  # how often the banner counts the changes waiting


def _label(text: str) -> str:
    return label(text)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class OfflineBanner(QFrame):
    """The strip under the top bar while the window works on a set taken along."""

    synchronise = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("offlineBanner")
        self.setStyleSheet("#offlineBanner { background: #fff4ce; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        picture = QLabel()
        picture.setPixmap(icon("mdi6.cloud-off-outline", color="#6d4200").pixmap(20, 20))
        self.text = QLabel()
        self.text.setObjectName("offlineState")
        self.text.setWordWrap(True)
        self.button = QPushButton(icon("mdi6.sync"), self.tr("Synchronise"))
        self.button.setObjectName("offlineSync")
        self.button.setAccessibleName(self.tr("Synchronise with the server"))
        self.button.clicked.connect(self.synchronise)
        self.review = QPushButton(icon("mdi6.call-merge"), self.tr("Review…"))
        self.review.setObjectName("offlineReview")
        self.review.setAccessibleName(self.tr("Review the changes that clash with the server"))
        self.review.hide()
        layout.addWidget(picture)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.review)
        layout.addWidget(self.button)
        self.hide()

    def say(self, text: str) -> None:
        changed = text != self.text.text()
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.show()
        if changed:
            announce(self.text, text)


class OfflineControls(QObject):
    """Owned by the main window; ``button`` goes in its top bar, ``banner`` under it.

    Signals:
        synchronised(object): a synchronisation finished (its ``SyncReport``).
    """

    synchronised = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings: Settings = window.settings
        self.worker: DatabaseWorker = window.worker
        self.offline = sync.is_local_copy(self.worker.database.url)
        self.job: BackgroundJob | None = None
        self.clashes = 0  # records an automatic sync found changed on both sides: waiting for a look
        self.state: sync.LocalState | None = None
        self.last_report: sync.SyncReport | None = None
        self.password: str | None = None  # given for this server while this window is open
        self.probe: BackgroundJob | None = None  # trying whether the server answers again

        self.take_action = QAction(icon("mdi6.bag-suitcase-outline"), self.tr("Take along…"), self)
        self.take_action.triggered.connect(self.take)
        self.work_action = QAction(icon("mdi6.cloud-off-outline"), self.tr("Work offline"), self)
        self.work_action.triggered.connect(lambda: self.work_offline(self.file()))
        self.sync_action = QAction(icon("mdi6.sync"), self.tr("Synchronise"), self)
        self.sync_action.triggered.connect(lambda: self.synchronise())
        self.hand_in_action = QAction(icon("mdi6.keyboard-return"), self.tr("Hand in (remove the set)"), self)
        self.hand_in_action.triggered.connect(self.hand_in)
        self.menu = QMenu(self.tr("Take along"), window)
        for action in (self.take_action, self.work_action, self.sync_action, self.hand_in_action):
            self.menu.addAction(action)
        self.menu.aboutToShow.connect(self._update_actions)
        self.button = top_bar_button(
            "offlineButton",
            "mdi6.bag-suitcase-outline",
            self.tr("Take along: work offline, synchronise, hand in"),
            self.tr("Take along"),
            self.menu,
        )
        self.banner = OfflineBanner()
        self.banner.synchronise.connect(lambda: self.synchronise())
        self.banner.review.clicked.connect(lambda: self.synchronise())  # by hand: the choice is shown
        self._update_actions()
        self._state_timer = QTimer(self)
        self._state_timer.timeout.connect(self.refresh)
        self._server_timer = QTimer(self)
        self._server_timer.timeout.connect(self._try_server)
        if self.offline:
            self.refresh()
            self._state_timer.start(STATE_MS)
            self._server_timer.start(TRY_SERVER_MS)

    # -- state ------------------------------------------------------------------------------

    def file(self) -> Path | None:
        taken = self.settings.get(OFFLINE_FILE)
        return Path(taken) if taken else None

    def _update_actions(self) -> None:
        has_set = self.file() is not None and self.file().exists()  # type: ignore[union-attr]
        self.take_action.setEnabled(not has_set and not self.offline)
        self.work_action.setVisible(has_set and not self.offline)
        self.sync_action.setEnabled(has_set and self.job is None)
        self.hand_in_action.setEnabled(has_set and self.job is None)

    def refresh(self) -> None:
        """Count the changes waiting (on the worker) and say so in the banner."""
        if self.offline:
            self.worker.run(sync.local_state, self._state_read, lambda _error: None)

    def _state_read(self, state: sync.LocalState) -> None:
        self.state = state
        since = format_datetime(state.taken_at)
        waiting = self.tr("%Ln change(s) waiting", "", state.waiting)
        text = self.tr("Offline since %1 · %2").replace("%1", since).replace("%2", waiting)
        if self.job is not None:
            text += " · " + self.tr("synchronising…")
        elif state.last_sync is not None:
            text += " · " + self.tr("last synchronised %1").replace("%1", format_datetime(state.last_sync))
        if self.clashes:
            text += " · " + self.tr("%Ln change(s) clash with the server", "", self.clashes)
        self.banner.review.setVisible(bool(self.clashes) and self.job is None)
        self.banner.say(text)

    # -- taking along -----------------------------------------------------------------------

    def take(self) -> None:
        from views.offline.take_dialog import TakeDialog  # rarely needed

        if self.offline:
            return
        selected: list[int] = []
        companies = self.window._made.get("companies")
        if companies is not None:
            model, table = self.window.companies.model, self.window.companies.table
            selected = [
                i for r in table.selectionModel().selectedRows() if (i := model.id_at(r.row())) is not None
            ]
        dialog = TakeDialog(self.worker, selected, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.taken.connect(self._taken)
        dialog.work_offline.connect(lambda path: self.work_offline(Path(path)))
        self.take_dialog = dialog
        dialog.open()

    def _taken(self, path: str) -> None:
        self.settings.set(OFFLINE_FILE, path)
        self.settings.set(OFFLINE_SERVER, profiles.last_profile(self.settings).name)
        self.settings.sync()
        self._update_actions()

    def work_offline(self, path: Path | None) -> bool:
        """Open the set in the server's place (the host closes this window and opens another)."""
        if path is None:
            return False
        QTimer.singleShot(0, self, lambda: self._switch(profiles.offline_profile(str(path)), offline=True))
        return True

    def _switch(self, profile: profiles.Profile, *, offline: bool) -> bool:
        host, settings = self.window.host, self.settings
        settings.set(OFFLINE_WORKING, offline)
        settings.sync()
        if not host.switch_database(profile):
            settings.set(OFFLINE_WORKING, self.offline)
            settings.sync()
            return False
        return True

    # -- synchronising ----------------------------------------------------------------------

    def server_profile(self) -> profiles.Profile | None:
        name = self.settings.get(OFFLINE_SERVER)
        preset = profiles.preset_profile(self.settings)
        if preset is not None and preset.name == name:
            return preset  # the server IT set for this computer
        return next((p for p in profiles.load_profiles(self.settings) if p.name == name), None)

    def server_url(self, *, quiet: bool = False) -> str | None:
        """The address of the server the set came from, with its password (the one given here,
        else the stored one; asked when the server refuses); None when the profile is gone (said
        in a box unless ``quiet``: the periodic try interrupts nobody)."""
        profile = self.server_profile()
        if profile is None:
            if quiet:
                return None
            self._tell(
                self.tr(
                    "The connection this set came from (%1) no longer exists; choose it again under Connection…"
                ).replace("%1", self.settings.get(OFFLINE_SERVER)),
                error=True,
            )
            return None
        password = self.password or profiles.stored_password(profile)
        return profiles.encryption_rule(self.settings).apply(profiles.url(profile, password))

    def synchronise(
        self, resolutions: dict[tuple[str, ...], str] | None = None, *, auto: bool = False
    ) -> None:
        """Synchronise off the UI thread. ``auto``: started by the server answering again — a clash
        then waits in the banner instead of opening the choice in the middle of someone's work."""
        path = self.file()
        if self.job is not None or path is None:
            return
        address = self.server_url(quiet=auto)
        if address is None:
            return
        chosen = dict(resolutions or {})
        job = BackgroundJob(lambda _job: sync.synchronise_with(address, path, resolutions=chosen), self)
        job.finished_with.connect(lambda result, error: self._synchronised(job, result, error, chosen, auto))
        self.job = job
        self._update_actions()
        self.banner.button.setEnabled(False)
        self.banner.review.hide()
        self.window.statusBar().showMessage(self.tr("Synchronising with the server…"))
        job.start()

    def _synchronised(
        self,
        job: BackgroundJob,
        report: sync.SyncReport | None,
        error: DomainError | None,
        chosen: dict[tuple[str, ...], str],
        auto: bool,
    ) -> None:
        job.wait()
        job.deleteLater()
        self.job = None
        self.banner.button.setEnabled(True)
        self._update_actions()
        profile = self.server_profile()
        if (
            isinstance(error, AuthenticationError)
            and not auto
            and profile is not None
            and profile.needs_password
        ):
            from views.connection.password_dialog import PasswordDialog  # rarely needed

            ask = PasswordDialog(profile, self.window, reason=error_text(error) if self.password else "")
            if ask.exec() == QDialog.DialogCode.Accepted:
                self.password = ask.password
                if ask.remember_it:
                    profiles.store_password(profile, ask.password)
                self.synchronise(chosen)
                return
        if error is not None or report is None:
            self.window.statusBar().showMessage(
                self.tr("Not synchronised: %1").replace("%1", error_text(error) if error else "")
            )
            if not auto and error is not None:
                self._tell(error_text(error), error=True)
            self.refresh()
            return
        if not report.done:
            self.clashes = len(report.conflicts)
            if auto:  # stopped before the clash; the official looks when ready (Bekijken…)
                self.window.statusBar().showMessage(
                    self.tr(
                        "Not synchronised automatically: %Ln change(s) clash with the server. "
                        "Review them when you are ready.",
                        "",
                        self.clashes,
                    )
                )
                self.refresh()
                return
            more = self.resolve(report.conflicts)
            if more is None:
                self.window.statusBar().showMessage(self.tr("Not synchronised: a choice is still needed."))
                self.refresh()
                return
            chosen.update(more)
            self.synchronise(chosen)
            return
        self.clashes = 0
        self.last_report = report
        self.window.statusBar().showMessage(self.summary(report))
        self.refresh()
        if self.offline:  # the local file was renewed underneath the pages: as a colleague's change
            self.window.show_change(Change(everything=True))
        self.synchronised.emit(report)
        if not auto:
            self._tell(self.summary(report))

    def summary(self, report: sync.SyncReport) -> str:
        sent = sum(report.sent.values())
        received = sum(report.received.values())
        text = (
            self.tr("Synchronised: %1 sent, %2 received, %3 merged field by field.")
            .replace("%1", format_number(sent))
            .replace("%2", format_number(received))
            .replace("%3", format_number(report.merged))
        )
        if report.numbers:
            text += " " + self.tr("New signals got their numbers: %1.").replace(
                "%1", ", ".join(report.numbers)
            )
        if report.resumed:
            text += " " + self.tr("The previous attempt had reached the server; nothing was sent twice.")
        return text

    def resolve(self, conflicts: list[sync.Conflict]) -> dict[tuple[str, ...], str] | None:
        """Every conflict shown to the official; their choices, or None when they stopped."""
        from views.common.conflict_dialog import MINE as PICKED_MINE
        from views.common.conflict_dialog import ConflictDialog  # rarely needed

        chosen: dict[tuple[str, ...], str] = {}
        gone = [c for c in conflicts if c.kind != sync.BOTH_CHANGED]
        if gone:
            lines = "\n".join(f"• {self._what(c)}" for c in gone)
            answer = QMessageBox.question(
                self.window,
                self.tr("Removed or archived on the server"),
                self.tr(
                    "These records were removed or archived on the server while you changed them "
                    "here. They are not brought back; your changes to them lapse.\n\n%1\n\n"
                    "Let these changes lapse and synchronise the rest?"
                ).replace("%1", lines),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            chosen.update({c.key: sync.THEIRS for c in gone})
        for conflict in (c for c in conflicts if c.kind == sync.BOTH_CHANGED):
            labels = {f.field: _label(FIELD_LABELS.get(f.field, f.field)) for f in conflict.fields}
            # Each version as (value, what a person reads): names, not ids; Dutch dates; labels.
            base = {f.field: (f.base, self.shown(conflict, f, f.base, f.names[0])) for f in conflict.fields}
            mine = {f.field: (f.mine, self.shown(conflict, f, f.mine, f.names[1])) for f in conflict.fields}
            theirs = {
                f.field: (f.theirs, self.shown(conflict, f, f.theirs, f.names[2])) for f in conflict.fields
            }
            dialog = ConflictDialog(
                ConflictError(self._what(conflict), self.tr("the server"), None),
                labels,
                lambda _name, value: value[1],
                base,
                theirs,
                mine,
                self.window,
                sides=(self.tr("When taken along"), self.tr("On the server"), self.tr("Offline (yours)")),
                picks=(
                    self.tr("Server"),
                    self.tr("Offline"),
                    self.tr("Keep all from the server"),
                    self.tr("Keep all done offline"),
                ),
                intro=self.tr(
                    "%1 was changed here, offline, and meanwhile on the server too. The fields "
                    "below differ; choose for each which version to keep (fields marked yellow "
                    "were changed on both sides). The other changes are merged as they are."
                ).replace("%1", _capitalised(self._what(conflict))),
                back=self.tr("Stop synchronising"),
            )
            dialog.setWindowTitle(
                self.tr("Changed here and on the server: %1").replace("%1", self._what(conflict))
            )
            self.conflict_dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            for name in dialog.fields:
                picked = dialog.choice(name) == PICKED_MINE
                chosen[(conflict.table, conflict.pk, name)] = sync.MINE if picked else sync.THEIRS
        return chosen

    def shown(self, conflict: sync.Conflict, field: sync.FieldConflict, value: Any, name: str | None) -> str:
        """One version of a field as a person reads it (empty for no value)."""
        if value is None or value == "":
            return ""
        if field.kind == sync.REFERENCE:
            return name or self.tr("(a record no longer there)")
        if field.kind == sync.CHOICE:
            labels = choice_labels(conflict.table, field.field) or {}
            return _label(labels.get(str(value), str(value)))
        if field.kind == sync.YES_NO:
            return _label(BOOLEAN_LABELS[str(bool(value))])
        try:
            if field.kind == sync.MOMENT:
                return format_datetime(datetime.fromisoformat(str(value)))
            if field.kind == sync.DAY:
                return format_date(date.fromisoformat(str(value)))
        except ValueError:
            pass
        return str(value)

    def _what(self, conflict: sync.Conflict) -> str:
        what = f"{_label(KIND_LABELS.get(conflict.table, conflict.table))} {conflict.title or conflict.pk}"
        if conflict.kind == sync.DELETED:
            return self.tr("%1 (removed on the server)").replace("%1", what)
        if conflict.kind == sync.ARCHIVED:
            return self.tr("%1 (archived on the server)").replace("%1", what)
        return what

    def _try_server(self) -> None:
        """Offline with changes waiting: when the server answers again, synchronise by itself."""
        if self.job is not None or self.probe is not None or self.state is None or not self.state.waiting:
            return
        if self.clashes:  # the same clash would stop it again each minute: it waits for Bekijken…
            return
        address = self.server_url(quiet=True)
        if address is None:
            return
        probe = BackgroundJob(lambda _job: sync.reachable(address), self)

        def answered(result: Any, _error: Any) -> None:
            probe.wait()
            probe.deleteLater()
            if self.probe is probe:
                self.probe = None
            if result and self.job is None:
                self.synchronise(auto=True)

        probe.finished_with.connect(answered)
        self.probe = probe
        probe.start()

    # -- handing in -------------------------------------------------------------------------

    def hand_in(self) -> bool:
        """*Terugzetten*: refused with the reason while changes wait; else back to the server and
        the local file and its key removed."""
        path = self.file()
        if path is None:
            return False
        try:
            waiting = sync.changes_waiting(path) if path.exists() else 0
        except DomainError as error:
            self._tell(error_text(error), error=True)
            return False
        if waiting:
            self._tell(
                self.tr(
                    "%Ln change(s) made offline have not been synchronised yet. Synchronise first; "
                    "then the set can be handed in.",
                    "",
                    waiting,
                ),
                error=True,
            )
            return False
        settings = self.settings
        if self.offline:
            profile = self.server_profile()
            if profile is None or not self._switch(profile, offline=False):
                return False
        with contextlib.suppress(DomainError):
            if path.exists():
                sync.hand_in(path)
        settings.set(OFFLINE_FILE, "")
        settings.set(OFFLINE_SERVER, "")
        settings.set(OFFLINE_WORKING, False)
        settings.sync()
        message = QCoreApplication.translate(
            "OfflineControls", "The set taken along is removed from this computer, with its key."
        )
        if not self.offline:
            self._update_actions()
            self.window.statusBar().showMessage(message)
        return True

    def _tell(self, text: str, *, error: bool = False) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information,
            self.tr("Take along"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("offlineMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()
