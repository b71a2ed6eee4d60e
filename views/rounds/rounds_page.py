"""Rondes: plan and record supervision rounds, their observations and follow-up, and the reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models import fulltext
from models.documents import services as documents
from models.exporting.lists import export_observations
from models.rounds import services as svc
from models.rounds.services import ObservationRecord, RoundRecord
from models.signals.records import signal_number
from models.team.identity import identity
from views.common import icons
from views.common.accessibility import name_view
from views.common.export import Exporter, ExportTask
from views.common.forms import FormDialog
from views.common.pdf_export import Mail, PdfPreviewDialog, safe_file_name
from views.common.text import format_date, format_short_date
from views.common.worker import DatabaseWorker
from views.common.wrapping import wrap_cells
from views.documents.mail import MailDraft, daily_report_mail
from views.documents.rounds import render_daily_report, render_entrepreneur_report
from views.documents.words import long_date
from views.rounds.round_dialogs import (
    AgreementFollowUpDialog,
    ObservationDialog,
    PeriodDialog,
    RoundDialog,
    RoundLookups,
)

if TYPE_CHECKING:
    from views.shell.pages import Shell

RECORD_ROLE = Qt.ItemDataRole.UserRole
SEARCH_MS = 250  # as the signals list: one search when typing pauses, not one per letter


def _daily_report_mail(session: Session, day: date) -> MailDraft:
    sender = identity(session)
    return daily_report_mail(to=sender.email, day=long_date(day), municipality=sender.name)


class RoundsPage(QWidget):
    """Signals:
    loaded(int): the rounds of the period are listed.
    open_signal(int): show this signal.
    """

    loaded = Signal(int)
    open_signal = Signal(int)

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self.data = RoundLookups()
        self.rounds: list[RoundRecord] = []
        self.preview: PdfPreviewDialog | None = None
        title = QLabel(self.tr("Rounds"))
        title.setObjectName("pageTitle")
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for days, text in (
            (7, self.tr("Last 7 days")),
            (30, self.tr("Last 30 days")),
            (90, self.tr("Last 90 days")),
            (365, self.tr("Last year")),
        ):
            self.period.addItem(text, days)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.reload)
        self.new_button = QPushButton(icons.icon("mdi6.plus"), self.tr("New round"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_round)
        self.daily_button = QPushButton(icons.icon("mdi6.file-pdf-box"), self.tr("Daily report (PDF)…"))
        self.daily_button.clicked.connect(self.daily_report)
        # Word search over the observations of the period (by index: models.rounds.services).
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search observations"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Search observations"))
        self.search.setToolTip(
            self.tr("Words of the finding, the advice, the address, the company or with whom was spoken")
        )
        self.search.setMinimumWidth(220)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_hint = QLabel(self.tr("Type at least 3 letters"))
        self.search_hint.setObjectName("muted")
        self.search_hint.setVisible(False)
        self.search_capped = QLabel(
            self.tr("The newest %1 observations found").replace("%1", str(svc.SEARCH_LIMIT))
        )
        self.search_capped.setObjectName("muted")
        self.search_capped.setVisible(False)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.search)
        head.addWidget(self.search_hint)
        head.addWidget(self.search_capped)
        head.addStretch(1)
        head.addWidget(self.period)
        self.exporter = Exporter(self, worker, lambda: self.tr("Observations"), self._export_task)
        self.exporter.button.setToolTip(
            self.tr("Save the observations of the rounds of this period, for Excel (.xlsx or .csv)")
        )
        head.addWidget(self.exporter.button)
        head.addWidget(self.daily_button)
        head.addWidget(self.new_button)

        self.list = QTreeWidget()
        name_view(self.list, self.tr("Rounds"))
        self.list.setHeaderLabels(
            [self.tr("Day"), self.tr("Round"), self.tr("Area"), self.tr("Observations")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        for column, width in ((0, 92), (2, 120), (3, 130)):
            self.list.setColumnWidth(column, width)
        wrap_cells(self.list)  # a round's name, its area and its counts in full
        self.list.currentItemChanged.connect(self._round_selected)

        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.observations = QTreeWidget()
        name_view(self.observations, self.tr("Observations"))
        self.observations.setHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Category"),
                self.tr("Where"),
                self.tr("Finding"),
                self.tr("Advice or action"),
                self.tr("Follow-up"),
            ]
        )
        self.observations.setRootIsDecorated(False)
        self.observations.setAlternatingRowColors(True)
        self.observations.setWordWrap(True)
        for column, width in ((0, 50), (1, 130), (2, 170), (3, 220), (4, 180)):
            self.observations.setColumnWidth(column, width)
        self.observations.currentItemChanged.connect(self._observation_selected)
        self.observations.itemActivated.connect(lambda _i, _c: self.edit_observation())
        self.edit_round_button = QPushButton(icons.icon("mdi6.pencil-outline"), self.tr("Edit round…"))
        self.edit_round_button.clicked.connect(self.edit_round)
        self.add_button = QPushButton(icons.icon("mdi6.plus"), self.tr("Add observation…"))
        self.add_button.clicked.connect(self.add_observation)
        self.edit_button = QPushButton(icons.icon("mdi6.pencil-outline"), self.tr("Edit observation…"))
        self.edit_button.clicked.connect(self.edit_observation)
        self.agreement_button = QPushButton(icons.icon("mdi6.handshake-outline"), self.tr("Make agreement…"))
        self.agreement_button.clicked.connect(self.make_agreement)
        self.signal_button = QPushButton(icons.icon("mdi6.bullhorn-outline"), self.tr("Make signal"))
        self.signal_button.clicked.connect(self.make_signal)
        self.company_report_button = QPushButton(
            icons.icon("mdi6.file-pdf-box"), self.tr("Report for entrepreneur…")
        )
        self.company_report_button.clicked.connect(self.entrepreneur_report)
        # Rows of two: recording, following up, reporting; one row of six squeezed the list of
        # rounds, and so did rows of three (the rounds' names were cut off at 1366 px).
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        follow_up = QHBoxLayout()
        for button in (self.agreement_button, self.signal_button):
            follow_up.addWidget(button)
        follow_up.addStretch(1)
        reporting = QHBoxLayout()
        reporting.addWidget(self.company_report_button)
        reporting.addStretch(1)
        # The round's own action beside its heading: one row of every button would not fit a laptop.
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.edit_round_button, 0, Qt.AlignmentFlag.AlignTop)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(8, 0, 0, 0)
        side.addLayout(heading_row)
        side.addWidget(self.observations, 1)
        side.addLayout(buttons)
        side.addLayout(follow_up)
        side.addLayout(reporting)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([640, 480])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(split, 1)
        self._round_selected()

    # -- loading --------------------------------------------------------------------------

    def reload_lookups(self) -> None:
        self.worker.run(RoundLookups.load, self._lookups_loaded)

    def _lookups_loaded(self, data: RoundLookups) -> None:
        self.data = data

    def _export_task(self) -> ExportTask:
        until = date.today()
        since = until - timedelta(days=int(self.period.currentData()))
        return lambda session, target, progress: (
            export_observations(
                session,
                target,
                since=since,
                until=until,
                translate=QCoreApplication.translate,
                progress=progress,
            ).rows
        )

    def searched(self) -> str:
        """The words to look for, or "" while none is long enough for the index (the list then
        shows every round of the period and a hint asks for a third letter)."""
        typed = self.search.text().strip()
        short = bool(typed) and fulltext.too_short(fulltext.search_words(typed))
        self.search_hint.setVisible(short)
        return "" if short else typed

    def reload(self) -> None:
        self._search_timer.stop()
        until = date.today()
        since = until - timedelta(days=int(self.period.currentData()))
        typed = self.searched()
        if typed:
            self.worker.run(lambda s: svc.search_rounds(s, typed, since, until), self._loaded)
        else:
            self.worker.run(lambda s: svc.rounds_between(s, since, until), self._loaded)

    def _loaded(self, found: list[RoundRecord]) -> None:
        selected = self.current_round()
        self.rounds = found
        shown = sum(len(r.observations) for r in found)
        self.search_capped.setVisible(bool(self.searched()) and shown >= svc.SEARCH_LIMIT)
        self.list.clear()
        restore = None
        for record in found:
            text = str(len(record.observations))
            if record.open_follow_ups:
                text += " · " + self.tr("%Ln to follow up", "", record.open_follow_ups)
            item = QTreeWidgetItem(
                [format_short_date(record.held_on), record.title, record.area or "—", text]
            )
            item.setData(0, RECORD_ROLE, record.id)
            item.setToolTip(1, record.title)  # in full, where the column is too narrow
            item.setToolTip(3, text)
            self.list.addTopLevelItem(item)
            if selected is not None and record.id == selected.id:
                restore = item
        current = restore or self.list.topLevelItem(0)
        if current is not None:  # else the list is empty
            self.list.setCurrentItem(current)
        self._round_selected()
        self.loaded.emit(len(found))

    def current_round(self) -> RoundRecord | None:
        item = self.list.currentItem()
        return next((r for r in self.rounds if item and r.id == item.data(0, RECORD_ROLE)), None)

    def current_observation(self) -> ObservationRecord | None:
        record, item = self.current_round(), self.observations.currentItem()
        if record is None or item is None:
            return None
        return next((o for o in record.observations if o.id == item.data(0, RECORD_ROLE)), None)

    def _round_selected(self, *_args: object) -> None:
        record = self.current_round()
        self.observations.clear()
        for button in (self.add_button, self.edit_round_button):
            button.setEnabled(record is not None)
        if record is None:
            if self.searched():
                self.heading.setText(
                    self.tr("No observation in this period holds these words. Choose a longer period?")
                )
            else:
                self.heading.setText(self.tr("No rounds in this period. Plan one with New round."))
            self._observation_selected()
            return
        people = ", ".join(name for _id, name in record.officials)
        self.heading.setText(
            f"<b>{escape(record.title)}</b> — {escape(format_date(record.held_on))}"
            f"<br><span style='color:#5f6368'>{escape(record.area or '')} · {escape(people)}</span>"
        )
        for o in record.observations:
            where = "\n".join(p for p in (o.company, o.location or o.area) if p)
            if o.signal_id is not None:
                follow = self.tr("signal %1").replace("%1", signal_number(o.signal_id))
            elif o.agreement_id is not None:
                follow = self.tr("agreement made")
            else:
                follow = self.tr("needed") if o.follow_up else "—"
            item = QTreeWidgetItem(
                [
                    o.observed_at.astimezone().strftime("%H:%M"),
                    o.category,
                    where,
                    o.finding,
                    o.action or "",
                    follow,
                ]
            )
            item.setData(0, RECORD_ROLE, o.id)
            item.setToolTip(3, o.finding)
            self.observations.addTopLevelItem(item)
        self._observation_selected()

    def _observation_selected(self, *_args: object) -> None:
        o = self.current_observation()
        self.edit_button.setEnabled(o is not None)
        open_follow_up = o is not None and not o.followed_up
        self.agreement_button.setEnabled(open_follow_up and o is not None and o.company_id is not None)
        self.signal_button.setEnabled(open_follow_up)
        self.company_report_button.setEnabled(o is not None and o.company_id is not None)

    # -- actions --------------------------------------------------------------------------

    def _open(self, dialog: FormDialog) -> None:
        dialog.saved.connect(lambda _r: self.reload())
        dialog.open()

    def new_round(self) -> None:
        self._open(RoundDialog(self.worker, self.data, None, self.window()))

    def edit_round(self) -> None:
        record = self.current_round()
        if record is not None:
            self._open(RoundDialog(self.worker, self.data, record, self.window()))

    def add_observation(self) -> None:
        record = self.current_round()
        if record is not None:
            self._open(ObservationDialog(self.worker, self.data, record, None, self.window()))

    def edit_observation(self) -> None:
        record, o = self.current_round(), self.current_observation()
        if record is not None and o is not None:
            self._open(ObservationDialog(self.worker, self.data, record, o, self.window()))

    def make_agreement(self) -> None:
        o = self.current_observation()
        if o is not None:
            self._open(AgreementFollowUpDialog(self.worker, self.data.officials, o, self.window()))

    def make_signal(self) -> None:
        o = self.current_observation()
        if o is not None:
            self.worker.run(
                lambda s: svc.follow_up_as_signal(s, o.id, o.version), self._signal_made, commit=True
            )

    def _signal_made(self, signal_id: int) -> None:
        self.reload()
        self.open_signal.emit(signal_id)

    def _pdf(
        self, title: str, file_name: str, build: Callable[[Session, Any], None], mail: Mail | None = None
    ) -> None:
        self.preview = PdfPreviewDialog(self.worker, title, file_name, build, self.window(), mail=mail)
        self.preview.open()

    def daily_report(self) -> None:
        record = self.current_round()
        day = record.held_on if record else date.today()
        chooser = PeriodDialog(self.tr("Daily report"), day, day, self.window(), single=True)
        chosen = chooser.since.value() if chooser.exec() == QDialog.DialogCode.Accepted else None
        if chosen is None:
            return
        today = date.today()
        self._pdf(
            self.tr("Daily report"),
            safe_file_name("Dagrapport toezicht", chosen.isoformat()),
            lambda s, path: render_daily_report(documents.daily_report(s, chosen, today=today), path),
            # To the municipality: the address of its identity (Identiteit op documenten).
            lambda s: _daily_report_mail(s, chosen),
        )

    def entrepreneur_report(self) -> None:
        o = self.current_observation()
        if o is None or o.company_id is None:
            return
        today = date.today()
        chooser = PeriodDialog(
            self.tr("Report for entrepreneur"), today - timedelta(days=90), today, self.window()
        )
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        since, until = chooser.since.value() or today - timedelta(days=90), chooser.until.value() or today
        company_id, name = o.company_id, o.company or ""
        self._pdf(
            self.tr("Report for entrepreneur"),
            safe_file_name("Rapportage toezicht", name, until.isoformat()),
            lambda s, path: render_entrepreneur_report(
                documents.entrepreneur_report(s, company_id, since, until, today=today), path
            ),
        )

    # -- as a page of the window --

    def activated(self) -> None:
        self.reload_lookups()
        self.reload()


# -- as a page of the main window (views/shell/pages.py) ------------------------------------------


def make_page(shell: Shell) -> RoundsPage:
    page = RoundsPage(shell.worker)
    page.open_signal.connect(lambda signal_id: shell.show_page("signals", signal_id))
    return page
