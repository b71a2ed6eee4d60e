"""Open forms kept as drafts when the application closes, and offered again at the next start.

``keep_open_forms`` writes every open form that holds unsaved input (typed, or waiting for
the server) to a draft file (views/common/draft_store.py). At the next start ``DraftsBanner`` says how
many there are and from when, and reopens each dialog with what was typed; the draft
remembers the version the record was opened at, so a record a colleague changed meanwhile
goes through the three-way merge instead of being overwritten.

``REGISTRY`` says for each kind of dialog what to remember (``context``) and how to open it
again (``reopen``).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from models.companies import services as company_service
from models.consultations import services as interactions
from models.consultations.entities import AgreementStatus
from models.errors import DatabaseUnavailableError, DomainError
from views.common import draft_store as store
from views.common.application import DesktopApplication
from views.common.draft_store import Draft
from views.common.forms import FormDialog
from views.common.icons import icon
from views.common.text import error_text, format_date
from views.companies.company_dialogs import CompanyDialog, ContactDialog, EstablishmentDialog, Lookups
from views.consultations.interaction_dialogs import AgreementStatusDialog, InteractionDialog

if TYPE_CHECKING:
    from views.shell.main_window import MainWindow

log = logging.getLogger(__name__)

Show = Callable[[FormDialog, int | None], None]  # a rebuilt dialog, and the company to open after saving


@dataclass(frozen=True)
class Kind:
    context: Callable[[Any], dict[str, Any]]
    reopen: Callable[[MainWindow, Draft, Show], None]


def _versions(record: Any) -> dict[str, int]:
    return {
        k: getattr(record, k) for k in ("version", "link_version") if getattr(record, k, None) is not None
    }


def _record_context(dialog: FormDialog, **extra: Any) -> dict[str, Any]:
    record = dialog.record
    return {
        "record_id": record.id if record is not None else None,
        "versions": _versions(record) if record is not None else {},
        **extra,
    }


def _as_opened(record: Any, draft: Draft) -> Any:
    """The record with the versions it had when the form was opened: a colleague's change made
    since then makes the save meet a conflict (and the merge), never overwrite it."""
    return dataclasses.replace(record, **draft.context.get("versions", {})) if record is not None else None


def _gone(window: MainWindow, draft: Draft) -> None:
    store.discard(draft.id)  # nothing to save it to any more
    QMessageBox.information(
        window,
        QCoreApplication.translate("Drafts", "Unsaved form"),
        QCoreApplication.translate(
            "Drafts", "The record of this form no longer exists; the form cannot be opened again."
        ),
    )
    window.drafts.skip()


def _not_reopened(window: MainWindow, draft: Draft, error: DomainError) -> None:
    """The record could not be read: gone, or the server out of reach (then the draft stays and
    is offered again at the next start)."""
    if not isinstance(error, DatabaseUnavailableError):
        _gone(window, draft)
        return
    QMessageBox.information(
        window,
        QCoreApplication.translate("Drafts", "Unsaved form"),
        error_text(error)
        + "\n\n"
        + QCoreApplication.translate(
            "Drafts", "The unsaved forms are kept and offered again at the next start."
        ),
    )


# -- the dialogs ---------------------------------------------------------------------------------


def _reopen_company(window: MainWindow, draft: Draft, show: Show) -> None:
    record_id = draft.context.get("record_id")

    def fetch(s: Session) -> tuple[Lookups, Any]:
        return Lookups.load(s), company_service.company_file(s, record_id) if record_id else None

    def build(result: tuple[Lookups, Any]) -> None:
        lookups, record = result
        if record_id and record is None:
            _gone(window, draft)
            return
        dialog = CompanyDialog(window.worker, lookups, _as_opened(record, draft), window)
        dialog.open_existing.connect(window.open_company)
        show(dialog, record_id)

    window.worker.run(fetch, build, lambda e: _not_reopened(window, draft, e))


def _reopen_establishment(window: MainWindow, draft: Draft, show: Show) -> None:
    company_id, record_id = draft.context["company_id"], draft.context.get("record_id")

    def fetch(s: Session) -> tuple[Lookups, Any]:
        found = company_service.company_file(s, company_id).establishments
        return Lookups.load(s), next((e for e in found if e.id == record_id), None)

    def build(result: tuple[Lookups, Any]) -> None:
        lookups, record = result
        if record_id and record is None:
            _gone(window, draft)
            return
        show(
            EstablishmentDialog(window.worker, lookups, company_id, _as_opened(record, draft), window),
            company_id,
        )

    window.worker.run(fetch, build, lambda e: _not_reopened(window, draft, e))


def _reopen_contact(window: MainWindow, draft: Draft, show: Show) -> None:
    company_id, record_id = draft.context["company_id"], draft.context.get("record_id")

    def fetch(s: Session) -> Any:
        return next(
            (c for c in company_service.company_file(s, company_id).contacts if c.id == record_id), None
        )

    def build(record: Any) -> None:
        if record_id and record is None:
            _gone(window, draft)
            return
        show(ContactDialog(window.worker, company_id, _as_opened(record, draft), window), company_id)

    window.worker.run(fetch, build, lambda e: _not_reopened(window, draft, e))


def _reopen_interaction(window: MainWindow, draft: Draft, show: Show) -> None:
    company_id, record_id = draft.context["company_id"], draft.context.get("record_id")

    def fetch(s: Session) -> tuple[Lookups, list[tuple[int, str]], Any]:
        record = interactions.interaction(s, record_id, today=date.today()) if record_id else None
        return Lookups.load(s), interactions.company_contacts(s, company_id), record

    def build(result: tuple[Lookups, list[tuple[int, str]], Any]) -> None:
        lookups, contacts, record = result
        dialog = InteractionDialog(
            window.worker,
            company_id,
            draft.context["company_version"],
            lookups.officials,
            contacts,
            _as_opened(record, draft),
            window,
        )
        show(dialog, company_id)

    window.worker.run(fetch, build, lambda e: _not_reopened(window, draft, e))


def _reopen_agreement_status(window: MainWindow, draft: Draft, show: Show) -> None:
    interaction_id, agreement_id = draft.context["interaction_id"], draft.context["record_id"]

    def fetch(s: Session) -> Any:
        found = interactions.interaction(s, interaction_id, today=date.today()).agreements
        return next((a for a in found if a.id == agreement_id), None)

    def build(record: Any) -> None:
        if record is None:
            _gone(window, draft)
            return
        status = AgreementStatus(draft.context["status"])
        show(
            AgreementStatusDialog(window.worker, _as_opened(record, draft), status, window), record.company_id
        )

    window.worker.run(fetch, build, lambda e: _not_reopened(window, draft, e))


def _reopen_signal(window: MainWindow, draft: Draft, show: Show) -> None:
    # The signals module loads with its page, not at start-up.
    from models.signals import services as signal_service
    from views.signals.signal_dialogs import SignalDialog, SignalLookups

    record_id = draft.context.get("record_id")

    def fetch(s: Session) -> tuple[Any, Any]:
        record = signal_service.signal(s, record_id, today=date.today()) if record_id else None
        return SignalLookups.load(s), record

    def build(result: tuple[Any, Any]) -> None:
        data, record = result
        show(SignalDialog(window.worker, data, _as_opened(record, draft), window), None)

    window.worker.run(fetch, build, lambda e: _not_reopened(window, draft, e))


REGISTRY: dict[str, Kind] = {
    "company": Kind(lambda d: _record_context(d), _reopen_company),
    "establishment": Kind(lambda d: _record_context(d, company_id=d.company_id), _reopen_establishment),
    "contact": Kind(lambda d: _record_context(d, company_id=d.company_id), _reopen_contact),
    "interaction": Kind(
        lambda d: _record_context(d, company_id=d.company_id, company_version=d.company_version),
        _reopen_interaction,
    ),
    "agreement_status": Kind(
        lambda d: _record_context(d, interaction_id=d.record.interaction_id, status=d.status.value),
        _reopen_agreement_status,
    ),
    "signal": Kind(lambda d: _record_context(d), _reopen_signal),
}


# -- keeping ------------------------------------------------------------------------------------


def _title(dialog: FormDialog) -> str:
    """The dialog's title and what it is about (its first text field): "Edit company: Café De Zwaan"."""
    first = next((v for v in dialog.form_values().values() if isinstance(v, str) and v.strip()), "")
    first = " ".join(first.split())
    if len(first) > 50:
        first = first[:49] + "…"
    return f"{dialog.windowTitle()}: {first}" if first else dialog.windowTitle()


def database_key(window: MainWindow) -> str:
    return window.worker.database.display_name


def open_forms() -> list[FormDialog]:
    """Every open form this application could keep as a draft."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, FormDialog) and w.isVisible() and w.draft_kind in REGISTRY
    ]


# How often open forms are written as drafts while people type: a kill -9, a power cut or a frozen
# laptop loses at most this much typing.
AUTOSAVE_MS = 3000

# What each draft file holds now (by draft id): an autosave writes only what changed since.
_written: dict[str, dict[str, Any]] = {}


def keep_open_forms(window: MainWindow, *, final: bool = True) -> int:
    """Write a draft for every open form holding input that is not saved; returns how many.

    ``final``: the application ends; the forms stop saving by themselves (the draft will).
    Otherwise (the autosave, a logging off that may be cancelled) a form goes on as it was, its
    draft is written only when its input changed since the last one, and it goes when the form is
    saved or cancelled.
    """
    kept = 0
    for dialog in open_forms():
        if dialog.worker is not window.worker or dialog.property("keptAsDraft"):
            continue  # another database's form, or one the draft stands for already
        if not (dialog.has_changes() or dialog.waiting_for_connection):
            if not final and dialog.draft_id and dialog.draft_id in _written:
                # Typed back to what it was: nothing left to keep.
                store.discard(dialog.draft_id)
                del _written[dialog.draft_id]
                dialog.draft_id = None
            continue
        values = dialog.form_values()
        if not final and dialog.draft_id and _written.get(dialog.draft_id) == values:
            continue
        draft = Draft(
            kind=dialog.draft_kind,
            title=_title(dialog),
            database=database_key(window),
            user_id=window.worker.user_id,
            context=REGISTRY[dialog.draft_kind].context(dialog),
            values=values,
            original=dialog.original,
        )
        if dialog.draft_id:
            draft.id = dialog.draft_id
        try:
            store.save(draft)
        except OSError:
            log.exception("a draft could not be written")
            continue
        dialog.draft_id = draft.id
        _written[draft.id] = values
        _forget_when_done(dialog)
        if final:
            dialog.setProperty("keptAsDraft", True)
            dialog.stop_retrying()
        kept += 1
    return kept


# -- offering them again ------------------------------------------------------------------------


class DraftsBanner(QWidget):
    """A strip under the top bar at start-up: "2 unsaved forms from 23 November 2026 — Open /
    Discard". Opening shows the forms one after another, each with what was typed."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("draftsBanner")
        self.window_ = window
        self.drafts: list[Draft] = []
        self._queue: list[Draft] = []
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#draftsBanner { background: #fff4ce; } QLabel { color: #6d4200; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        picture = QLabel()
        picture.setPixmap(icon("mdi6.file-document-edit-outline", color="#6d4200").pixmap(20, 20))
        layout.addWidget(picture)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_all)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.clicked.connect(self.discard_all)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.discard_button)
        layout.addWidget(self.open_button)
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Quitting another way than closing the window (logging off, a quit from the
            # system): keep the forms too. Writing a draft twice only replaces the file.
            # Qt closes the open dialogs before aboutToQuit, so the application's quit_requested
            # (views/common/application.py) is what finds them still open.
            if isinstance(app, DesktopApplication):
                app.quit_requested.connect(self.keep)
            app.aboutToQuit.connect(self.keep)
            # Logging off may still be cancelled: keep the forms, but let them go on saving.
            app.commitDataRequest.connect(lambda _manager: self.keep(final=False))
        # Typing is kept every few seconds: what a kill -9 or a power cut cannot take away.
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

    def autosave(self) -> None:
        """Write the open forms whose input changed since their last draft (the forms go on)."""
        self.keep(final=False)

    def keep(self, *, final: bool = True) -> None:
        try:
            keep_open_forms(self.window_, final=final)
        except RuntimeError:  # the window is already gone
            log.debug("no window left to keep forms of")

    def offer(self) -> None:
        self.drafts = store.load_all(database_key(self.window_), self.window_.worker.user_id)
        if not self.drafts:
            self.hide()
            return
        day = format_date(self.drafts[-1].saved.astimezone().date())
        count = len(self.drafts)
        text = (
            self.tr("1 unsaved form from {date}:").replace("{date}", day)
            if count == 1
            else self.tr("{count} unsaved forms from {date}:")
            .replace("{count}", str(count))
            .replace("{date}", day)
        )
        titles = ", ".join(d.title for d in self.drafts)
        self.text.setText(f"{text} {titles}")
        self.show()

    def discard_all(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Discard unsaved forms"),
            self.tr("What was typed in these forms is lost. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        for draft in self.drafts:
            store.discard(draft.id)
        self.drafts = []
        self.hide()

    def open_all(self) -> None:
        self._queue = list(self.drafts)
        self.drafts = []
        self.hide()
        self._next()

    def skip(self) -> None:
        """The form being reopened cannot be: go on with the next."""
        self._next()

    def _next(self) -> None:
        if not self._queue:
            return
        draft = self._queue.pop(0)
        kind = REGISTRY.get(draft.kind)
        if kind is None:
            self._next()
            return
        kind.reopen(self.window_, draft, lambda dialog, company_id: self._show(dialog, draft, company_id))

    def _show(self, dialog: FormDialog, draft: Draft, company_id: int | None) -> None:
        restore(dialog, draft)
        if company_id is not None:
            dialog.saved.connect(lambda _r: self.window_.open_company(company_id))
        dialog.finished.connect(lambda _result: self._next())
        dialog.open()


def restore(dialog: FormDialog, draft: Draft) -> None:
    """Put what was typed back into a rebuilt dialog; the draft file goes once the dialog is
    saved or cancelled (not when it is kept again because the application closes)."""
    dialog.original = draft.original if draft.original is not None else dialog.form_values()
    dialog.apply_values(draft.values)
    dialog.draft_id = draft.id
    _forget_when_done(dialog)
    dialog.show_note(
        QCoreApplication.translate("Drafts", "Restored from {date}: not saved yet.").replace(
            "{date}", format_date(draft.saved.astimezone().date())
        )
    )


def _forget_when_done(dialog: FormDialog) -> None:
    """Once the form is saved or cancelled, its draft goes (unless the application is ending
    and the draft is what keeps the form)."""
    if dialog.property("draftHooked"):
        return
    dialog.setProperty("draftHooked", True)

    def finished(_result: int) -> None:
        if dialog.draft_id and not dialog.property("keptAsDraft"):
            store.discard(dialog.draft_id)
            _written.pop(dialog.draft_id, None)

    dialog.finished.connect(finished)
