"""A company's timeline: every contact moment with its agreements, newest first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.attachments import services as mail_services
from models.attachments.mail import dragged_mail_name, is_mail, read_mail, virtual_file_names
from models.consultations import services as svc
from models.consultations.entities import CHANNEL_LABELS, Channel
from models.consultations.services import AgreementRecord, InteractionRecord
from models.errors import DomainError
from models.lookups import Choice
from views.common import icons
from views.common.accessibility import name_view
from views.common.export import EXPORT_ROLE, Exporter, ExportTask, snapshot, table_task
from views.common.forms import fill_combo
from views.common.text import error_text, format_datetime, format_short_date, label
from views.common.widgets import empty_tree, icon_only
from views.common.worker import DatabaseWorker
from views.common.wrapping import wrap_cells
from views.consultations.agreements import (
    AgreementActions,
    due_text,
    paint,
    responsible_text,
    status_text,
    urgency_colour,
)
from views.consultations.interaction_dialogs import InteractionDialog

RECORD_ROLE = Qt.ItemDataRole.UserRole
PERIODS = (("12m", 365), ("3y", 3 * 365), ("all", None))


# What Qt on Windows calls the formats of a message dragged out of Outlook (virtual files).
OUTLOOK_NAMES = 'application/x-qt-windows-mime;value="FileGroupDescriptorW"'
OUTLOOK_CONTENTS = 'application/x-qt-windows-mime;value="FileContents"'


class TimelineView(QWidget):
    """Signals:
    changed(): a contact moment or agreement was saved here (an e-mail dropped on it among them).
    export_report(int): the user wants the conversation report (PDF) of this contact moment.
    loaded(int): the timeline was read again; it has this many contact moments (the first
        ``TIMELINE_PAGE`` are shown, older ones are read as one scrolls down).
    more(int): older contact moments were added below; this many are shown now.
    """

    changed = Signal()
    export_report = Signal(int)
    loaded = Signal(int)
    more = Signal(int)

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self.company_id: int | None = None
        self.company_version = 0
        self.account_manager_id: int | None = None
        self.officials: list[Choice] = []
        self.contacts: list[tuple[int, str]] = []
        self.records: list[InteractionRecord] = []  # those read so far, newest first
        self.total = 0  # how many the timeline has with the filters shown
        self._ticket = 0
        self._loading = False
        self.editable = True

        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel"))
        fill_combo(
            self.channel,
            [Choice(value=c.value, label=label(CHANNEL_LABELS[c])) for c in Channel],
            self.tr("All channels"),
        )
        self.channel.currentIndexChanged.connect(self.reload)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for key, text in zip(
            (p[0] for p in PERIODS),
            (self.tr("Last 12 months"), self.tr("Last 3 years"), self.tr("Everything")),
            strict=True,
        ):
            self.period.addItem(text, key)
        self.period.setCurrentIndex(2)
        self.period.currentIndexChanged.connect(self.reload)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.log_button = QPushButton(icons.icon("mdi6.message-plus-outline"), self.tr("Log contact moment"))
        self.log_button.setObjectName("primary")
        self.log_button.setShortcut(QKeySequence("Ctrl+L"))
        self.log_button.setToolTip(self.tr("Log contact moment (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_contact)
        self.edit_button = QPushButton(icons.icon("mdi6.pencil"), self.tr("Edit contact moment"))
        self.edit_button.clicked.connect(self.edit_contact)
        icon_only(self.edit_button)  # the row must fit 1366 px; a double-click edits too
        self.report_button = QPushButton(
            icons.icon("mdi6.file-pdf-box"), self.tr("Conversation report (PDF)")
        )
        self.report_button.clicked.connect(self._export)
        top = QHBoxLayout()
        top.addWidget(self.channel)
        top.addWidget(self.period)
        top.addWidget(self.count)
        top.addStretch(1)
        self.exporter = Exporter(
            self,
            worker,
            lambda: self.tr("Contact moments"),
            self._export_task,
        )
        self.exporter.compact()
        top.addWidget(self.exporter.button)
        top.addWidget(self.report_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.log_button)

        self.tree = QTreeWidget()
        name_view(self.tree, self.tr("Timeline"), self.tr("Contact moments and agreements, newest first"))
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Channel"),
                self.tr("Subject / agreement"),
                self.tr("Who"),
                self.tr("Status"),
            ]
        )
        # A long subject, agreement or status wraps in its row: an official scanning the timeline
        # reads it whole without pointing at each row (the detail beside it has the report).
        wrap_cells(self.tree)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # The subject takes what is left: at 1366 px about 290 px beside the detail.
        # At least the heading's own width: "Channel" is wider than "Kanaal".
        bold = QFont(self.tree.header().font())
        bold.setBold(True)  # as the style sheet sets a heading
        for column, width in ((0, 118), (1, 70), (3, 115), (4, 115)):  # "20 mei 2025" under its arrow
            heading = QFontMetrics(bold).horizontalAdvance(self.tree.headerItem().text(column)) + 24
            self.tree.setColumnWidth(column, max(width, heading))
        self.tree.currentItemChanged.connect(self._selected)
        self.tree.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_contact())

        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Contact moment details"))
        self.detail.setOpenExternalLinks(False)
        self.agreement_actions = AgreementActions(worker)
        self.agreement_actions.changed.connect(self._saved)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        detail_layout.addWidget(self.agreement_actions)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(detail_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 340])

        self.empty = QLabel(
            self.tr(
                "No contact moments yet. Log the first one with “Log contact moment” (Ctrl+L), or drag an "
                "e-mail (saved as .eml, or .msg from Outlook) here."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)  # a long hint wraps in a narrow window instead of widening it
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        # An e-mail dragged from the mail program (.eml, or Outlook's .msg) becomes a contact moment.
        self.setAcceptDrops(True)
        self.drop_message = QLabel()
        self.drop_message.setWordWrap(True)
        self.drop_message.setStyleSheet("color: #b3261e;")
        self.drop_message.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.drop_message)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)
        self._selected(None)

    # -- an e-mail dropped from the mail program ------------------------------------------

    @staticmethod
    def _mail_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and is_mail(u.toLocalFile())]

    @staticmethod
    def _outlook_names(event: QDragEnterEvent | QDropEvent) -> list[str]:
        """The messages dragged straight out of Outlook (virtual files: no path, their bytes in
        FileContents). formats(), not hasFormat(): the latter misses Windows' own formats."""
        data = event.mimeData()
        formats = data.formats()
        if OUTLOOK_NAMES not in formats or OUTLOOK_CONTENTS not in formats:
            return []
        return virtual_file_names(bytes(data.data(OUTLOOK_NAMES).data()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.editable or self.company_id is None:
            return
        if self._mail_paths(event) or self._outlook_names(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self.editable:
            return
        paths = self._mail_paths(event)
        if paths:
            event.acceptProposedAction()
            self.add_mails(paths)
            return
        names = self._outlook_names(event)
        if names:
            event.acceptProposedAction()
            content = bytes(event.mimeData().data(OUTLOOK_CONTENTS).data())
            # Qt fetches FileContents for the first message only: the others are said, not lost.
            rest = (
                self.tr(
                    "Outlook hands over one message at a time: drag the other %Ln message(s) here one by one.",
                    "",
                    len(names) - 1,
                )
                if len(names) > 1
                else ""
            )
            self.record_mails([(dragged_mail_name(names[0], content), content)], [rest] if rest else [])

    def add_mails(self, paths: list[Path]) -> None:
        """Each saved e-mail as a contact moment of channel e-mail, its attachments in the file."""
        company_id = self.company_id
        if company_id is None or not self.editable:
            return
        mails: list[tuple[str, bytes]] = []
        problems: list[str] = []
        for path in paths:
            try:
                mails.append((path.name, path.read_bytes()))
            except OSError as exc:
                problems.append(
                    self.tr("Cannot read %1: %2.")
                    .replace("%1", path.name)
                    .replace("%2", exc.strerror or str(exc))
                )
        self.record_mails(mails, problems)

    def record_mails(self, mails: list[tuple[str, bytes]], problems: list[str]) -> None:
        """Each message (its name, its bytes) as a contact moment; ``problems`` said at the timeline."""
        company_id = self.company_id
        if company_id is None or not self.editable:
            return
        self._say("\n".join(problems))
        if not mails:
            return

        def record(session: Session) -> int:
            for name, data in mails:
                mail_services.record_mail(session, company_id, read_mail(name, data))
            session.commit()
            return len(mails)

        self.worker.run(record, lambda _n: self._saved(), lambda error: self._say(error_text(error)))

    def _say(self, text: str) -> None:
        self.drop_message.setText(text)
        self.drop_message.setVisible(bool(text))

    # -- loading --------------------------------------------------------------------------

    def open(
        self,
        company_id: int,
        company_version: int,
        officials: list[Choice],
        contacts: list[tuple[int, str]],
        editable: bool,
        account_manager_id: int | None = None,
        page: svc.TimelinePage | None = None,
    ) -> None:
        """Show this company's timeline: ``page`` when its first page was read with the file
        (``first_page``), else read it now."""
        if company_id != self.company_id:
            empty_tree(self.tree)
            self.records = []
            self.total = 0
        self.company_id, self.company_version = company_id, company_version
        self.officials, self.contacts, self.editable = officials, contacts, editable
        self.account_manager_id = account_manager_id
        self.log_button.setEnabled(editable)
        if page is None or page.offset != 0:
            self.reload()
            return
        self._ticket += 1
        self._show(self._ticket, page)

    def first_page(self, company_id: int) -> Callable[[Session, int], svc.TimelinePage]:
        """What reads the first page of this company's timeline with the filters shown (on the
        worker, with the file itself, whose version it is given: one round trip for what the
        screen shows first)."""
        _, channels, since, today = self._query(company_id)
        return lambda s, version: svc.timeline_page(
            s, company_id, today=today, channels=channels, since=since, company_version=version
        )

    def _query(self, company_id: int | None = None) -> tuple[int, set[Channel] | None, date | None, date]:
        """The file, channels and period shown now (the filters above the list)."""
        company_id = company_id if company_id is not None else self.company_id
        assert company_id is not None
        channel = self.channel.currentData()
        days = dict(PERIODS)[self.period.currentData()]
        today = date.today()
        since = today - timedelta(days=days) if days else None
        return company_id, {Channel(channel)} if channel else None, since, today

    def reload(self) -> None:
        """Read the timeline again from its first entry: as many as were shown (at least a page),
        so a contact moment saved far down stays in view and selected."""
        if self.company_id is None:
            return
        self._ticket += 1
        ticket = self._ticket
        company_id, channels, since, today = self._query()
        limit = max(svc.TIMELINE_PAGE, len(self.records))
        self._loading = True
        self.worker.run(
            lambda s: svc.timeline_page(
                s, company_id, today=today, limit=limit, channels=channels, since=since
            ),
            lambda page: self._show(ticket, page),
        )

    def load_more(self) -> None:
        """The next page of older contact moments, below those shown (as one scrolls down)."""
        if self.company_id is None or self._loading or len(self.records) >= self.total:
            return
        ticket = self._ticket
        company_id, channels, since, today = self._query()
        offset = len(self.records)
        self._loading = True
        self.worker.run(
            lambda s: svc.timeline_page(
                s, company_id, today=today, offset=offset, channels=channels, since=since
            ),
            lambda page: self._append(ticket, page),
            self._more_failed,
        )

    def _more_failed(self, error: DomainError) -> None:
        self._loading = False
        self._say(error_text(error))

    def _scrolled(self, value: int) -> None:
        bar = self.tree.verticalScrollBar()
        if value >= bar.maximum() - bar.pageStep():  # within a screen of the end
            self.load_more()

    def _more_when_room(self) -> None:
        """A tall window with a short first page shows no scroll bar to pull: read on at once."""
        bar = self.tree.verticalScrollBar()
        if bar.maximum() == 0 or bar.value() >= bar.maximum() - bar.pageStep():
            self.load_more()

    def _show(self, ticket: int, page: svc.TimelinePage) -> None:
        if ticket != self._ticket:
            return
        self._loading = False
        selected = self._current_key()
        self.records = list(page.records)
        self.total = page.total
        self.tree.setUpdatesEnabled(False)
        empty_tree(self.tree)
        items, restore = self._items(page.records, selected)
        self.tree.addTopLevelItems(items)
        self.tree.expandAll()
        self.tree.setUpdatesEnabled(True)
        self.count.setText(self.tr("%Ln contact moment(s)", "", page.total))
        self.empty.setVisible(not page.records)
        self.splitter.setVisible(bool(page.records))
        if restore is not None:
            self.tree.setCurrentItem(restore)
        elif items:
            self.tree.setCurrentItem(items[0])
        self.loaded.emit(page.total)
        if not page.complete:
            QTimer.singleShot(0, self._more_when_room)

    def _append(self, ticket: int, page: svc.TimelinePage) -> None:
        if ticket != self._ticket:
            return  # the file or the filters changed meanwhile: the reload shows what is now
        self._loading = False
        if page.offset != len(self.records):
            return
        self.records += page.records
        self.total = page.total
        items, _ = self._items(page.records, None)
        self.tree.setUpdatesEnabled(False)
        self.tree.addTopLevelItems(items)
        for item in items:
            item.setExpanded(True)
        self.tree.setUpdatesEnabled(True)
        self.count.setText(self.tr("%Ln contact moment(s)", "", page.total))
        self.more.emit(len(self.records))
        if not page.complete:
            QTimer.singleShot(0, self._more_when_room)

    def _items(
        self, records: list[InteractionRecord], selected: tuple[str, int] | None
    ) -> tuple[list[QTreeWidgetItem], QTreeWidgetItem | None]:
        """The tree's rows for these contact moments (each with its agreements under it), and
        the one to select again."""
        today = date.today()
        bold = QFont()
        bold.setBold(True)
        items = []
        restore = None
        for record in records:
            item = QTreeWidgetItem(self._entry_texts(record))
            item.setData(0, RECORD_ROLE, record)
            item.setData(0, EXPORT_ROLE, record.occurred_at.astimezone().date())
            item.setFont(2, bold)
            for agreement in record.agreements:
                child = QTreeWidgetItem(self._agreement_texts(agreement, today))
                child.setData(0, RECORD_ROLE, agreement)
                child.setToolTip(2, agreement.description)
                paint(child, agreement, today)
                item.addChild(child)
                if selected == ("a", agreement.id):
                    restore = child
            if selected == ("i", record.id):
                restore = item
            items.append(item)
        return items, restore

    def _entry_texts(self, record: InteractionRecord) -> list[str]:
        people = ", ".join(name for _, name in record.contacts) or ", ".join(
            name for _, name in record.officials
        )
        open_count = record.open_agreements
        summary = (
            self.tr("%Ln open agreement(s)", "", open_count)
            if open_count
            else (self.tr("%Ln agreement(s)", "", len(record.agreements)) if record.agreements else "")
        )
        return [
            format_short_date(record.occurred_at.astimezone().date()),
            label(CHANNEL_LABELS[record.channel]),
            record.subject,
            people,
            summary,
        ]

    @staticmethod
    def _agreement_texts(agreement: AgreementRecord, today: date | None = None) -> list[str]:
        return [
            "",
            "",
            agreement.description,
            f"{responsible_text(agreement)}" + (f" · {agreement.assignee}" if agreement.assignee else ""),
            f"{status_text(agreement, today)} · {due_text(agreement)}",
        ]

    def _export_task(self) -> ExportTask:
        """What *Exporteren…* writes: the rows shown, or, while older contact moments are not yet
        read, the whole timeline with the same filters, read again on the worker."""
        title = self.tr("Contact moments")
        if self.company_id is None or len(self.records) >= self.total:
            return snapshot(self.tree, title)
        company_id, channels, since, today = self._query()
        headers = [self.tree.headerItem().text(c) for c in range(self.tree.columnCount())]

        def rows(session: Session) -> list[list[object]]:
            out: list[list[object]] = []
            for record in svc.timeline(session, company_id, today=today, channels=channels, since=since):
                texts: list[object] = list(self._entry_texts(record))
                texts[0] = record.occurred_at.astimezone().date()
                out.append(texts)
                out += [list(self._agreement_texts(a)) for a in record.agreements]
            return out

        return table_task(title, headers, rows)

    def _current_key(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        record = item.data(0, RECORD_ROLE) if item else None
        if isinstance(record, AgreementRecord):
            return ("a", record.id)
        if isinstance(record, InteractionRecord):
            return ("i", record.id)
        return None

    # -- selection and detail -------------------------------------------------------------

    def current_interaction(self) -> InteractionRecord | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        parent = item.parent()
        if parent is not None:
            item = parent
        record = item.data(0, RECORD_ROLE)
        return record if isinstance(record, InteractionRecord) else None

    def current_agreement(self) -> AgreementRecord | None:
        item = self.tree.currentItem()
        record = item.data(0, RECORD_ROLE) if item else None
        return record if isinstance(record, AgreementRecord) else None

    def _selected(self, *_args: object) -> None:
        interaction = self.current_interaction()
        agreement = self.current_agreement()
        self.edit_button.setEnabled(interaction is not None and self.editable)
        self.report_button.setEnabled(interaction is not None)
        self.agreement_actions.set_record(agreement if self.editable else None)
        self.agreement_actions.setVisible(agreement is not None)
        self.detail.setHtml(self._detail_html(interaction) if interaction else "")

    def _detail_html(self, record: InteractionRecord) -> str:
        report = QTextDocument()
        report.setMarkdown(record.report, QTextDocument.MarkdownFeature.MarkdownNoHTML)
        officials = ", ".join(escape(n) for _, n in record.officials) or "—"
        contacts = ", ".join(escape(n) for _, n in record.contacts) or "—"
        today = date.today()
        due_label = self.tr("due")
        # One agreement a paragraph: a table's four columns do not fit the narrow detail pane.
        rows = "".join(
            f"<p style='margin:6px 0 0 0'><b>{escape(a.description)}</b><br>"
            f"<span style='color:{(urgency_colour(a, today) or QColor('#1c2330')).name()}'>"
            f"{escape(status_text(a, today))} · {escape(due_label)} {escape(due_text(a))}</span>"
            f"<span style='color:#5f6673'> · {escape(responsible_text(a))}"
            f"{' · ' + escape(a.assignee) if a.assignee else ''}</span></p>"
            for a in record.agreements
        )
        heading, confidential = self.tr("Agreements"), self.tr("Confidential")
        officials_label, contacts_label = self.tr("Officials"), self.tr("Contact persons")
        parts = [
            f"<h3>{escape(record.subject)}</h3>",
            f"<p style='color:#5f6673'>{escape(format_datetime(record.occurred_at))} · "
            f"{escape(label(CHANNEL_LABELS[record.channel]))}</p>",
            f"<p><i>{confidential}</i></p>" if record.confidential else "",
            f"<p><b>{officials_label}:</b> {officials}<br><b>{contacts_label}:</b> {contacts}</p>",
            report.toHtml() if record.report else "",
            f"<h4>{heading}</h4>{rows}" if rows else "",
        ]
        return "".join(parts)

    # -- actions --------------------------------------------------------------------------

    def log_contact(self) -> None:
        if self.company_id is None or not self.editable:
            return
        dialog = InteractionDialog(
            self.worker,
            self.company_id,
            self.company_version,
            self.officials,
            self.contacts,
            None,
            self.window(),
            account_manager_id=self.account_manager_id,
        )
        dialog.saved.connect(lambda _id: self._saved())
        dialog.open()

    def edit_contact(self) -> None:
        record = self.current_interaction()
        if self.company_id is None or record is None or not self.editable:
            return
        dialog = InteractionDialog(
            self.worker,
            self.company_id,
            self.company_version,
            self.officials,
            self.contacts,
            record,
            self.window(),
            account_manager_id=self.account_manager_id,
        )
        dialog.saved.connect(lambda _id: self._saved())
        dialog.open()

    def _export(self) -> None:
        record = self.current_interaction()
        if record is not None:
            self.export_report.emit(record.id)

    def _saved(self) -> None:
        self.changed.emit()
        self.reload()
