"""A company's file: whose it is at a glance, and its establishments and contact persons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.audit import services as audit_log
from models.companies import services as svc
from models.companies.entities import ESTABLISHMENT_STATUS_LABELS
from models.companies.services import CompanyFile, ContactRecord, EstablishmentRecord
from models.consultations import services as consultations
from models.documents import services as documents
from models.duplicates import candidates as duplicate_candidates
from models.duplicates.candidates import Candidate
from models.duplicates.entities import COMPANY
from models.errors import DomainError, ValidationError
from models.permissions import Permission
from models.validation import format_phone
from views.attachments.attachments_tab import AttachmentsTab
from views.common import icons
from views.common.pdf_export import Build, Mail, PdfPreviewDialog, safe_file_name
from views.common.table_model import Column, LazyTableModel, table_view
from views.common.text import error_text, field_error_text, format_date, format_datetime, label
from views.common.worker import DatabaseWorker
from views.companies.company_dialogs import CompanyDialog, ContactDialog, EstablishmentDialog, Lookups
from views.consultations.timeline import TimelineView
from views.duplicates.reasons import reasons_text
from views.signals.company_signals import CompanySignalsView

R = TypeVar("R")

# How long a page switched to waits for its file before it is painted anyway (with the file it
# showed before): a slow server still shows the page at once, a read of a few milliseconds is seen
# as one change from the list to the file.
HOLD_PAINT_MS = 250


def _button(icon: str, text: str) -> QPushButton:
    return QPushButton(icons.icon(icon), text)


class CompanyPage(QWidget):
    """Signals:
    changed(int): the company's data changed here (lists and search refresh).
    open_company(int): open another company's file (a duplicate the user chose).
    open_signal(int): show a signal about this company on the Meldingen page.
    """

    changed = Signal(int)
    open_company = Signal(int)
    open_signal = Signal(int)
    loaded = Signal()

    def __init__(self, worker: DatabaseWorker, lookups: Lookups) -> None:
        super().__init__()
        self.worker = worker
        self.lookups = lookups
        self.record: CompanyFile | None = None
        self.company_id: int | None = None
        self.history: QWidget | None = None  # the audit trail dialog, while open
        self.may_record = self.may_read_timeline = True  # see apply_permissions

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)  # a name as long as the trade register has them takes two lines
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle.setWordWrap(True)  # a long address wraps instead of widening the window
        self.status_badge = QLabel()
        self.status_badge.setObjectName("badge")
        # "2 mogelijke dubbelen": a menu of the companies that are probably this one, to merge.
        self.may_merge = False  # see apply_permissions
        self.candidates: list[Candidate] = []
        self.duplicates_badge = QPushButton()
        self.duplicates_badge.setObjectName("duplicatesBadge")
        self.duplicates_badge.setIcon(icons.icon("mdi6.content-duplicate"))
        self.duplicates_badge.setFlat(True)
        self.duplicates_badge.setCursor(Qt.CursorShape.PointingHandCursor)
        self.duplicates_badge.setToolTip(self.tr("Companies that are probably this one: merge them"))
        self.duplicates_badge.clicked.connect(self.show_candidates)
        self.duplicates_badge.hide()
        self.merge_dialog: QWidget | None = None
        self.edit_button = _button("mdi6.pencil", self.tr("Edit"))
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_button.setToolTip(self.tr("Edit the company (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_company)
        self.archive_button = _button("mdi6.archive-arrow-down-outline", self.tr("Archive"))
        self.archive_button.clicked.connect(self.toggle_archived)
        self.briefing_button = _button("mdi6.file-document-outline", self.tr("Briefing (PDF)"))
        self.briefing_button.setToolTip(
            self.tr("Prepare a consultation: profile, open agreements, recent contact")
        )
        self.briefing_button.clicked.connect(self.export_briefing)
        self.dossier_button = _button("mdi6.folder-file-outline", self.tr("File (PDF)"))
        self.dossier_button.setToolTip(self.tr("The whole file of this company"))
        self.dossier_button.clicked.connect(self.export_dossier)
        self.history_button = _button("mdi6.history", self.tr("Changes"))
        self.history_button.setToolTip(self.tr("Who changed this file, when, and what"))
        self.history_button.clicked.connect(self.show_history)

        head = QHBoxLayout()
        names = QVBoxLayout()
        line = QHBoxLayout()
        # The title takes the room up to the buttons (no more than its text needs: the badge stays
        # beside a short name); a longer name wraps there.
        line.addWidget(self.title, 1)
        line.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignTop)
        line.addStretch()
        names.addLayout(line)
        names.addWidget(self.subtitle)
        head.addLayout(names, 1)
        for button in (
            self.briefing_button,
            self.dossier_button,
            self.history_button,
            self.archive_button,
            self.edit_button,
        ):
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.archived_banner = QLabel()
        self.archived_banner.setObjectName("warningBanner")
        self.archived_banner.setVisible(False)
        # A merged copy: where its records went, one click away.
        self.merged_label = QLabel()
        self.merged_label.setObjectName("warningBanner")
        self.merged_open = QPushButton(icons.icon("mdi6.arrow-right"), "")
        self.merged_open.clicked.connect(self._open_survivor)
        self.merged_banner = QWidget()
        merged_row = QHBoxLayout(self.merged_banner)
        merged_row.setContentsMargins(0, 0, 0, 0)
        merged_row.addWidget(self.merged_label, 1)
        merged_row.addWidget(self.merged_open)
        self.merged_banner.setVisible(False)

        self.facts = QLabel()
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)

        # -- details tab
        self.details = QWidget()
        self.details_form = QFormLayout(self.details)
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.detail_labels: dict[str, QLabel] = {}
        for key, caption in (
            ("legal_name", self.tr("Legal name")),
            ("legal_form", self.tr("Legal form")),
            ("kvk", self.tr("KvK number")),
            ("email", self.tr("E-mail")),
            ("phone", self.tr("Phone")),
            ("website", self.tr("Website")),
            ("manager", self.tr("Account manager")),
            ("notes", self.tr("Notes")),
            ("updated", self.tr("Last changed")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
            value.setOpenExternalLinks(True)
            self.detail_labels[key] = value
            self.details_form.addRow(caption + ":", value)

        # -- establishments tab
        self.est_model = LazyTableModel[EstablishmentRecord](
            None,
            [
                Column[EstablishmentRecord](
                    self.tr("Trade name"), lambda e: e.trade_name + ("  ★" if e.is_main else ""), 220
                ),
                Column[EstablishmentRecord](
                    self.tr("Vestigingsnummer"), lambda e: e.establishment_number, 130
                ),
                Column[EstablishmentRecord](self.tr("Address"), lambda e: e.address, 260),
                Column[EstablishmentRecord](self.tr("Area"), lambda e: e.area, 140),
                Column[EstablishmentRecord](self.tr("Sector"), lambda e: e.sector, 200),
                Column[EstablishmentRecord](
                    self.tr("Employees"),
                    lambda e: e.employees,
                    100,
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column[EstablishmentRecord](
                    self.tr("Status"), lambda e: label(ESTABLISHMENT_STATUS_LABELS[e.status]), 80
                ),
            ],
            None,
            lambda e: e.id,
        )
        self.est_table = table_view(self.est_model, self.tr("Establishments"))
        self.est_table.doubleClicked.connect(lambda _i: self.edit_establishment())
        self.est_add = _button("mdi6.plus", self.tr("Add establishment"))
        self.est_add.clicked.connect(self.add_establishment)
        # Named for what they edit: the header's "Edit" is the company's (one "Edit" per page).
        self.est_edit = _button("mdi6.pencil", self.tr("Edit establishment"))
        self.est_edit.clicked.connect(self.edit_establishment)
        self.est_main = _button("mdi6.star-outline", self.tr("Make main establishment"))
        self.est_main.clicked.connect(self.make_main)
        self.est_archive = _button("mdi6.archive-arrow-down-outline", self.tr("Archive"))
        self.est_archive.clicked.connect(self.archive_establishment)
        self.establishments = self._tab(
            self.est_table, [self.est_add, self.est_edit, self.est_main, self.est_archive]
        )

        # -- contacts tab
        self.contact_model = LazyTableModel[ContactRecord](
            None,
            [
                Column[ContactRecord](self.tr("Name"), lambda c: c.full_name, 220),
                Column[ContactRecord](self.tr("Role"), lambda c: label(c.role) if c.role else "", 140),
                Column[ContactRecord](self.tr("E-mail"), lambda c: c.email, 240),
                Column[ContactRecord](self.tr("Phone"), lambda c: format_phone(c.phone), 140),
                Column[ContactRecord](
                    self.tr("Also at"),
                    lambda c: (
                        self.tr("%Ln other company(ies)", "", c.other_companies) if c.other_companies else ""
                    ),
                    140,
                ),
            ],
            None,
            lambda c: c.link_id,
        )
        self.contact_table = table_view(self.contact_model, self.tr("Contact persons"))
        self.contact_table.doubleClicked.connect(lambda _i: self.edit_contact())
        self.contact_add = _button("mdi6.account-plus-outline", self.tr("Add contact person"))
        self.contact_add.clicked.connect(self.add_contact)
        self.contact_edit = _button("mdi6.pencil", self.tr("Edit contact person"))
        self.contact_edit.clicked.connect(self.edit_contact)
        self.contact_remove = _button("mdi6.link-variant-off", self.tr("Remove from this company"))
        self.contact_remove.clicked.connect(self.remove_contact)
        self.contacts = self._tab(
            self.contact_table, [self.contact_add, self.contact_edit, self.contact_remove]
        )

        self.timeline = TimelineView(worker)
        self.timeline.changed.connect(lambda: self.changed.emit(self.company_id or 0))
        self.timeline.export_report.connect(self.export_report)
        self.timeline.loaded.connect(
            lambda n: self.tabs.setTabText(0, self.tr("Timeline (%1)").replace("%1", str(n)))
        )

        # -- signals tab: linked to the company or reported at one of its addresses
        self.signals = CompanySignalsView(worker)
        self.signals.open_signal.connect(self.open_signal)
        self.signals.loaded.connect(
            lambda n: self.tabs.setTabText(
                self.tabs.indexOf(self.signals), self.tr("Signals (%1)").replace("%1", str(n))
            )
        )
        self.may_see_signals = True  # see apply_permissions

        # -- attachments tab: documents kept in the file
        self.attachments = AttachmentsTab(worker)
        # An e-mail dropped on the timeline brings its attachments into the documents.
        self.timeline.changed.connect(self.attachments.reload)
        self.attachments.loaded.connect(
            lambda n: self.tabs.setTabText(
                self.tabs.indexOf(self.attachments), self.tr("Documents (%1)").replace("%1", str(n))
            )
        )

        self.tabs: QTabWidget = QTabWidget()
        self.tabs.addTab(self.timeline, icons.icon("mdi6.timeline-text-outline"), self.tr("Timeline"))
        # The duplicates badge beside the tabs: the header's lines are full at 1366 px.
        self.tabs.setCornerWidget(self.duplicates_badge, Qt.Corner.TopRightCorner)
        self.tabs.addTab(self.establishments, icons.icon("mdi6.store-outline"), "")
        self.tabs.addTab(self.contacts, icons.icon("mdi6.account-multiple-outline"), "")
        self.tabs.addTab(self.signals, icons.icon("mdi6.bullhorn-outline"), self.tr("Signals"))
        self.tabs.addTab(self.attachments, icons.icon("mdi6.paperclip"), self.tr("Documents"))
        self.tabs.addTab(self.details, icons.icon("mdi6.card-account-details-outline"), self.tr("Details"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.archived_banner)
        layout.addWidget(self.merged_banner)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)

    def apply_permissions(self, may: Callable[[Permission], bool]) -> None:
        """Hide what the official's role may not use (the services refuse it anyway): editing,
        the change history and, without access to contact reports, the timeline and the PDFs
        made from it."""
        editing = may(Permission.EDIT_COMPANIES)
        for widget in (
            self.edit_button,
            self.archive_button,
            self.est_add,
            self.est_edit,
            self.est_main,
            self.est_archive,
            self.contact_add,
            self.contact_edit,
            self.contact_remove,
        ):
            widget.setVisible(editing)
        self.history_button.setVisible(may(Permission.VIEW_COMPANY_HISTORY))
        self.may_merge = may(Permission.MERGE_COMPANIES)
        self.may_record = may(Permission.RECORD_CONSULTATIONS)
        self.may_read_timeline = may(Permission.VIEW_CONSULTATIONS)
        self.may_see_signals = may(Permission.VIEW_SIGNALS)
        if not self.may_see_signals and self.tabs.indexOf(self.signals) >= 0:
            self.tabs.removeTab(self.tabs.indexOf(self.signals))
        self.attachments.limit_button.setVisible(may(Permission.MANAGE_IDENTITY))
        if not self.may_read_timeline and self.tabs.indexOf(self.attachments) >= 0:
            self.tabs.removeTab(self.tabs.indexOf(self.attachments))
        self.briefing_button.setVisible(self.may_read_timeline)
        self.dossier_button.setVisible(self.may_read_timeline)
        if not self.may_read_timeline and self.tabs.widget(0) is self.timeline:
            closed = QLabel(
                self.tr(
                    "Contact moments and agreements are not shown: your role does not give access to "
                    "conversation reports. The establishments, contact persons and details are."
                )
            )
            closed.setObjectName("emptyState")
            closed.setWordWrap(True)
            closed.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.removeTab(0)
            self.tabs.insertTab(0, closed, icons.icon("mdi6.lock-outline"), self.tr("Timeline"))
            self.tabs.setCurrentIndex(1)

    def _tab(self, table: QTableView, buttons: list[QPushButton]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        return page

    # -- loading --------------------------------------------------------------------------

    def _open_survivor(self) -> None:
        if self.record is not None and self.record.merged_into_id is not None:
            self.open_company.emit(self.record.merged_into_id)

    def open(self, company_id: int, *, hold_paint: bool = False) -> None:
        """Read the file and the first page of its timeline in one go (what the screen shows
        first); its signals, documents and possible duplicates are read after.

        ``hold_paint``: the page is about to be switched to. It is not painted until the file is
        read (the file shown before, or an empty page, painted for the few milliseconds the read
        takes, cost as much as painting the file itself), unless reading takes long."""
        if hold_paint and self.updatesEnabled():
            self.setUpdatesEnabled(False)
            QTimer.singleShot(HOLD_PAINT_MS, self._release_paint)
        self.company_id = company_id
        first_page = self.timeline.first_page(company_id) if self.may_read_timeline else None

        def read(session: Session) -> tuple[CompanyFile, consultations.TimelinePage | None]:
            record = svc.company_file(session, company_id)
            return record, first_page(session, record.version) if first_page is not None else None

        self.worker.run(read, lambda found: self.show_record(*found), self._failed)

    def reload(self) -> None:
        if self.company_id is not None:
            self.open(self.company_id)

    def _release_paint(self) -> None:
        if not self.updatesEnabled():
            self.setUpdatesEnabled(True)

    def show_record(self, record: CompanyFile, timeline: consultations.TimelinePage | None = None) -> None:
        if record.id != self.company_id:
            return
        # Before any child is touched: a child that turns its own updates off and on again
        # (the timeline while it fills) stays off when its page's were off meanwhile.
        self._release_paint()
        self.record = record
        archived = record.archived_at is not None
        if self.may_read_timeline:
            self.timeline.open(
                record.id,
                record.version,
                self.lookups.officials,
                [(c.id, c.full_name) for c in record.contacts],
                editable=not archived and self.may_record,
                account_manager_id=record.account_manager_id,
                page=timeline,
            )
        self._find_candidates(record.id)
        main = record.main
        self.title.setText(record.name)
        self.title.ensurePolished()  # the style sheet's title font, to measure the name in
        self.title.setMaximumWidth(self.title.fontMetrics().horizontalAdvance(record.name) + 2)
        parts = [f"KvK {record.kvk_number}" if record.kvk_number else self.tr("no KvK number")]
        if main:
            parts.append(main.address)
        self.subtitle.setText("  ·  ".join(parts))
        status = label(ESTABLISHMENT_STATUS_LABELS[main.status]) if main else ""
        self.status_badge.setText(self.tr("archived") if record.archived_at else status)
        self.status_badge.setProperty(
            "tone", "muted" if record.archived_at else (main.status.value if main else "")
        )
        self.status_badge.style().unpolish(self.status_badge)
        self.status_badge.style().polish(self.status_badge)
        facts = [
            (self.tr("Area"), main.area if main and main.area else "—"),
            (self.tr("Sector"), main.sector if main and main.sector else "—"),
            (self.tr("Account manager"), record.account_manager or self.tr("none yet")),
        ]
        self.facts.setText(
            "&nbsp;&nbsp;&nbsp;&nbsp;".join(
                f"<span style='color:#666'>{k}:</span> <b>{_esc(v)}</b>" for k, v in facts
            )
        )
        merged_into = record.merged_into_name if record.merged_into_id is not None else None
        self.merged_banner.setVisible(merged_into is not None)
        if merged_into is not None:
            self.merged_label.setText(self.tr("Merged into %1").replace("%1", merged_into))
            self.merged_open.setText(self.tr("Open %1").replace("%1", merged_into))
        self.archived_banner.setVisible(archived and merged_into is None)
        if record.archived_at is not None:
            self.archived_banner.setText(
                self.tr(
                    "This file was archived on %1. It is hidden from lists and search; restore it to work with it again."
                ).replace("%1", format_date(record.archived_at.date()))
            )
        # A merged copy comes back by undoing the merge (Wijzigingen), not from the archive.
        self.archive_button.setVisible(merged_into is None)
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        self.archive_button.setIcon(
            icons.icon("mdi6.archive-arrow-up-outline" if archived else "mdi6.archive-arrow-down-outline")
        )
        for widget in (
            self.edit_button,
            self.est_add,
            self.est_edit,
            self.est_main,
            self.est_archive,
            self.contact_add,
            self.contact_edit,
            self.contact_remove,
        ):
            widget.setEnabled(not archived)

        d = self.detail_labels
        d["legal_name"].setText(record.legal_name or "—")
        d["legal_form"].setText(record.legal_form or "—")
        d["kvk"].setText(record.kvk_number or "—")
        d["email"].setText(
            f"<a href='mailto:{_esc(record.email)}'>{_esc(record.email)}</a>" if record.email else "—"
        )
        d["phone"].setText(format_phone(record.phone) or "—")
        d["website"].setText(
            f"<a href='{_esc(record.website)}'>{_esc(record.website)}</a>" if record.website else "—"
        )
        d["manager"].setText(record.account_manager or "—")
        d["notes"].setText(_esc(record.notes or "—").replace("\n", "<br>"))
        d["updated"].setText(format_datetime(record.updated_at))

        # The same file read again (a colleague changed it): the selected rows stay selected.
        kept = [
            (
                table,
                model,
                model.id_at(table.currentIndex().row()) if table.currentIndex().isValid() else None,
            )
            for table, model in ((self.est_table, self.est_model), (self.contact_table, self.contact_model))
        ]
        self.est_model.set_rows(record.establishments)
        self.contact_model.set_rows(record.contacts)
        for table, model, selected in kept:
            table.resizeColumnsToContents()  # a file's few rows: fit what is there, headers included
            row = model.row_of(selected) if selected is not None else -1
            if row >= 0:
                table.selectRow(row)
        self.tabs.setTabText(
            self.tabs.indexOf(self.establishments),
            self.tr("Establishments (%1)").replace("%1", str(len(record.establishments))),
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.contacts),
            self.tr("Contact persons (%1)").replace("%1", str(len(record.contacts))),
        )
        if self.may_see_signals:
            self.signals.open(record.id)
        if self.may_read_timeline:
            self.attachments.open(record.id, editable=not archived and self.may_record)
        self.loaded.emit()

    def _failed(self, error: DomainError) -> None:
        self._release_paint()
        # Not modal: a load that fails late (the window switched to or from a set taken along while
        # the file was reading) must not stop everything behind a box (it hung a test run).
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Company file"), error_text(error), parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _saved(self, _result: object = None) -> None:
        if self.company_id is not None:
            self.changed.emit(self.company_id)
        self.reload()

    # -- company --------------------------------------------------------------------------

    def edit_company(self) -> None:
        if self.record is None:
            return
        dialog = CompanyDialog(self.worker, self.lookups, self.record, self)
        dialog.saved.connect(self._saved)
        dialog.open()

    def toggle_archived(self) -> None:
        record = self.record
        if record is None:
            return
        archive = record.archived_at is None
        if archive:
            answer = QMessageBox.question(
                self,
                self.tr("Archive company"),
                self.tr(
                    "Archive %1? The file is kept and can be restored; it disappears from lists and search."
                ).replace("%1", record.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.worker.run(
            lambda s: svc.set_archived(s, record.id, record.version, archive),
            self._saved,
            self._failed,
            commit=True,
        )

    # -- documents ------------------------------------------------------------------------

    def _export(self, title: str, kind: str, build: Build, mail: Mail | None = None) -> None:
        if self.record is None:
            return
        name = safe_file_name(kind, self.record.name, date.today().isoformat())
        dialog = PdfPreviewDialog(self.worker, title, name, build, self.window(), mail=mail)
        dialog.open()

    # The PDF modules bring reportlab and PIL (0.2 s): imported when a document is asked
    # for, not at start-up.

    # -- possible duplicates (models.duplicates) ---------------------------------------------

    def _find_candidates(self, company_id: int) -> None:
        self.duplicates_badge.hide()
        if not self.may_merge:
            return
        self.worker.run(
            lambda s: duplicate_candidates.candidates_for_company(s, company_id),
            lambda found: self._candidates_found(company_id, found),
        )

    def _candidates_found(self, company_id: int, found: list[Candidate]) -> None:
        if company_id != self.company_id:
            return
        self.candidates = found
        self.duplicates_badge.setText(self.tr("%Ln possible duplicate(s)", "", len(found)))
        self.duplicates_badge.setVisible(bool(found))

    def show_candidates(self) -> None:
        menu = QMenu(self)
        for candidate in self.candidates:
            text = f"{candidate.name} · {candidate.score} % · {reasons_text(candidate.reasons)}"
            action = menu.addAction(self.tr("Merge with %1…").replace("%1", text))
            action.triggered.connect(lambda _checked=False, other=candidate.id: self.merge_with(other))
        menu.popup(self.duplicates_badge.mapToGlobal(self.duplicates_badge.rect().bottomLeft()))

    def merge_with(self, other_id: int) -> None:
        """The side-by-side dialog, this company kept (*Omwisselen* keeps the other)."""
        if self.company_id is None:
            return
        from views.duplicates.merge_dialog import MergeDialog  # opened now and then

        dialog = MergeDialog(self.worker, COMPANY, self.company_id, other_id, self.window())
        dialog.merged.connect(lambda _merge_id: self._merged(dialog))
        self.merge_dialog = dialog
        dialog.open()

    def _merged(self, dialog: QWidget) -> None:
        survivor = getattr(dialog, "survivor_id", self.company_id)
        if survivor is not None and survivor != self.company_id:
            self.open(survivor)  # this one was merged into the other: show where its records are
        else:
            self._saved()

    def show_history(self) -> None:
        """The audit trail of this file: the company, its establishments, its contact links."""
        record = self.record
        if record is None:
            return
        from views.audit.audit_page import AuditDialog  # opened now and then, not at start

        def show(records: tuple[tuple[str, int], ...]) -> None:
            self.history = AuditDialog(
                self.worker, record.name, records, self, company_id=record.id, may_undo_merges=self.may_merge
            )
            self.history.merges.undone.connect(self.reload)  # type: ignore[union-attr]
            self.history.open()

        self.worker.run(lambda s: audit_log.company_records(s, record.id), show, self._failed)

    def export_briefing(self) -> None:
        from views.documents.briefing import render_briefing

        company_id = self.company_id
        if company_id is None:
            return
        self._export(
            self.tr("Briefing"),
            "Gespreksvoorbereiding",
            lambda s, out: render_briefing(documents.briefing(s, company_id, today=date.today()), out),
        )

    def export_dossier(self) -> None:
        from views.documents.dossier import render_dossier

        company_id = self.company_id
        if company_id is None:
            return
        self._export(
            self.tr("Company file"),
            "Ondernemersdossier",
            lambda s, out: render_dossier(documents.dossier(s, company_id, today=date.today()), out),
        )

    def export_report(self, interaction_id: int) -> None:
        from views.documents.mail import report_mail
        from views.documents.report import render_report

        self._export(
            self.tr("Conversation report"),
            "Gespreksverslag",
            lambda s, out: render_report(documents.report(s, interaction_id, today=date.today()), out),
            lambda s: report_mail(documents.report(s, interaction_id, today=date.today())),
        )

    # -- establishments -------------------------------------------------------------------

    def _selected(self, table: QTableView, model: LazyTableModel[R]) -> R | None:
        rows = table.selectionModel().selectedRows()
        if not rows and model.rowCount() == 1:
            return model.row(0)
        return model.row(rows[0].row()) if rows else None

    def add_establishment(self) -> None:
        if self.company_id is None:
            return
        dialog = EstablishmentDialog(self.worker, self.lookups, self.company_id, None, self)
        dialog.saved.connect(self._saved)
        dialog.open()

    def edit_establishment(self) -> None:
        record = self._selected(self.est_table, self.est_model)
        if self.company_id is None or record is None:
            return
        dialog = EstablishmentDialog(self.worker, self.lookups, self.company_id, record, self)
        dialog.saved.connect(self._saved)
        dialog.open()

    def make_main(self) -> None:
        record = self._selected(self.est_table, self.est_model)
        if record is not None:
            self.worker.run(
                lambda s: svc.make_main_establishment(s, record.id), self._saved, self._failed, commit=True
            )

    def archive_establishment(self) -> None:
        record = self._selected(self.est_table, self.est_model)
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Archive establishment"),
            self.tr("Archive the establishment %1?").replace("%1", record.address),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.worker.run(
                lambda s: svc.archive_establishment(s, record.id, record.version),
                self._saved,
                self._failed_with_fields,
                commit=True,
            )

    def _failed_with_fields(self, error: DomainError) -> None:
        if isinstance(error, ValidationError):
            QMessageBox.information(
                self, self.tr("Company file"), " ".join(field_error_text(e) for e in error.errors)
            )
        else:
            self._failed(error)

    # -- contacts -------------------------------------------------------------------------

    def add_contact(self) -> None:
        if self.company_id is None:
            return
        dialog = ContactDialog(self.worker, self.company_id, None, self)
        dialog.saved.connect(self._saved)
        dialog.open()

    def edit_contact(self) -> None:
        record = self._selected(self.contact_table, self.contact_model)
        if self.company_id is None or record is None:
            return
        dialog = ContactDialog(self.worker, self.company_id, record, self)
        dialog.saved.connect(self._saved)
        dialog.open()

    def remove_contact(self) -> None:
        record = self._selected(self.contact_table, self.contact_model)
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove contact person"),
            self.tr("Remove %1 from this company? The person stays on file at other companies.").replace(
                "%1", record.full_name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.worker.run(
                lambda s: svc.remove_contact(s, record.link_id, record.link_version),
                self._saved,
                self._failed,
                commit=True,
            )


def _esc(text: str | None) -> str:
    return escape(text or "")
