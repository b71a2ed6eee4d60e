"""Inzage en wissen: find a natural person (reporter, contact person, desk visitor) across all
records by name, phone or e-mail; export everything held about them as a PDF and a JSON file
(the right of access, AVG art. 15); erase them everywhere with the reason recorded (art. 17).

What is found is listed per kind of record, each hit ticked: a name search may also find a
namesake, and only what stays ticked is exported or erased.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import QCoreApplication, QDir, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.errors import DomainError, FieldError, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.privacy import services as privacy
from models.privacy.services import PersonHit, PersonQuery, RetentionStep
from views.common import icons
from views.common.accessibility import label_field, name_view
from views.common.banners import ERROR_BANNER_STYLE, GOOD_BANNER_STYLE, WARN_BANNER_STYLE
from views.common.forms import FormDialog
from views.common.pdf_export import safe_file_name
from views.common.text import error_text, field_error_text, format_number, label
from views.common.worker import DatabaseWorker
from views.documents.inzage import render_inzage
from views.privacy.wording import capitalised, step_text

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
WRAP_WIDTH = 480  # the width a dialog's wrapped text is measured at


def _private(path: Path) -> BinaryIO:
    """A file only its owner may read, also when it existed before (an export made twice)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.chmod(path, 0o600)
    return os.fdopen(descriptor, "wb")


def who(query: PersonQuery) -> str:
    """The person as searched for, for titles and file names: the name, else e-mail, else phone."""
    return query.name.strip() or query.email.strip() or query.phone.strip()


def several_people(hits: list[PersonHit]) -> bool:
    """Whether the hits carry different e-mail addresses or phone numbers: a name search finds
    namesakes, and erasing them together would erase other people too."""
    emails = {hit.email.strip().lower() for hit in hits if hit.email.strip()}
    phones = {hit.phone.strip() for hit in hits if hit.phone.strip()}
    return len(emails) > 1 or len(phones) > 1


def by_kind(hits: list[PersonHit]) -> list[tuple[str, list[PersonHit]]]:
    """The hits per kind of record, in the order the search returned them."""
    groups: dict[str, list[PersonHit]] = {}
    for hit in hits:
        groups.setdefault(hit.kind_label, []).append(hit)
    return list(groups.items())


def mixed_text() -> str:
    return QCoreApplication.translate(
        "InzageTab",
        "The ticked records have different e-mail addresses or phone numbers: they may be of "
        "different people. Untick what is not of this person.",
    )


class EraseDialog(FormDialog):
    """Erasure (Wissen) of the ticked records: a reason is required, then a confirmation that
    says how many records change; what was done comes back as ``saved(steps)``."""

    def __init__(
        self, worker: DatabaseWorker, query: PersonQuery, hits: list[PersonHit], parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, self.tr("Erase %1").replace("%1", who(query)), parent)
        self.query, self.hits = query, hits
        intro = QLabel(
            self.tr(
                "Erasing anonymises this person in every record below: the records themselves, "
                "letters and feedback sent, the audit trail and the search index. It cannot be undone."
            )
        )
        counts = QLabel(
            "<br>".join(
                f"{capitalised(label(kind))}: {format_number(len(group))}" for kind, group in by_kind(hits)
            )
        )
        for text in (intro, counts):
            text.setWordWrap(True)
            # A wrapped label in a form is given the height of one line: make it this wide and
            # reserve the height it needs at that width.
            text.setMinimumHeight(text.heightForWidth(WRAP_WIDTH))
        if several_people(hits):
            warning = QLabel(mixed_text())
            warning.setWordWrap(True)
            warning.setStyleSheet(WARN_BANNER_STYLE)
            warning.setMinimumHeight(warning.heightForWidth(WRAP_WIDTH) + 16)  # and its padding
            self.form.addRow(warning)
        self.form.addRow(intro)
        self.add_field("records", self.tr("Records"), counts)
        counts.setMinimumWidth(WRAP_WIDTH)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.reason.setPlaceholderText(
            self.tr("e.g. request by e-mail of 2 December 2026, reference 2026-041")
        )
        self.add_field(
            "reason",
            self.tr("Reason"),
            self.reason,
            hint=self.tr("Recorded in the privacy log with the counts."),
        )
        self.save_button.setText(self.tr("Erase…"))
        # FormDialog sets a minimum width of its own, and the layout then no longer holds the
        # window to what the fields need: do that here, or the captions are cut off.
        self.setMinimumSize(self.minimumSizeHint())
        self.reason.setFocus()

    def save(self) -> None:
        """A reason first (at the field), then the confirmation with the number of records; a
        save retried after a lost connection is not asked again."""
        if not self.waiting_for_connection:
            reason = self.reason.toPlainText().strip()
            if not reason:
                self.clear_errors()
                self.show_errors(
                    ValidationError(
                        [
                            FieldError(
                                field="reason",
                                # The service's own message (it checks again).
                                message=QT_TRANSLATE_NOOP(
                                    "errors", "Say why the data are erased (for the privacy log)."
                                ),
                            )
                        ]
                    )
                )
                return
            answer = QMessageBox.question(
                self,
                self.tr("Erase %1").replace("%1", who(self.query)),
                self.tr(
                    "%Ln record(s) will be anonymised everywhere. This cannot be undone. Erase now?",
                    "",
                    len(self.hits),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().save()

    def task(self) -> Callable[[Session], Any]:
        query, hits, reason = self.query, list(self.hits), self.reason.toPlainText().strip()
        return lambda s: privacy.erase_person(s, query, hits, reason)


class InzageTab(QWidget):
    """Signals:
    found(int): a search came back with this many records.
    exported(object): the PDF and JSON were written (their paths).
    erased(object): an erasure was done (its steps).
    """

    found = Signal(int)
    exported = Signal(object)
    erased = Signal(object)

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self.query = PersonQuery()
        self.hits: list[PersonHit] = []
        self.hit_items: list[QTreeWidgetItem] = []  # one per hit, in the tree under its kind
        self.dialog: EraseDialog | None = None
        self._ticket = 0

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Els Jansen"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 06 1234 5678"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("e.g. els@example.nl"))
        self.search_button = QPushButton(icons.icon("mdi6.account-search-outline"), self.tr("Search"))
        self.search_button.setObjectName("primary")
        self.search_button.clicked.connect(lambda: self.search())
        fields = QHBoxLayout()
        self.field_messages: dict[str, QLabel] = {}
        for key, caption, edit in (
            ("name", self.tr("Name"), self.name),
            ("phone", self.tr("Phone"), self.phone),
            ("email", self.tr("E-mail"), self.email),
        ):
            edit.returnPressed.connect(lambda: self.search())
            edit.setMinimumWidth(180)
            text = QLabel(caption)
            label_field(text, edit)
            text.setFixedHeight(edit.sizeHint().height())  # level with its field, above any message
            message = QLabel()
            message.setWordWrap(True)
            message.setStyleSheet("color: #b3261e;")
            message.hide()
            self.field_messages[key] = message
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(message)
            fields.addWidget(text, 0, Qt.AlignmentFlag.AlignTop)
            fields.addLayout(column, 1)
            fields.addSpacing(8)
        fields.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignTop)
        note = QLabel(
            self.tr(
                "Finds a person as reporter, contact person or desk visitor in every record. "
                "Untick what belongs to someone else: export and erasure take the ticked records only."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)

        self.tree = QTreeWidget()
        name_view(self.tree, self.tr("People found"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Phone"), self.tr("E-mail"), self.tr("Found in")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for index, width in ((0, 280), (1, 130), (2, 230)):
            self.tree.setColumnWidth(index, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.itemChanged.connect(lambda *_: self._ticked())
        self.empty = QLabel(self.tr("Type a name, phone number or e-mail address and search."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        self.stack.setCurrentWidget(self.empty)

        self.count = QLabel()
        self.count.setObjectName("muted")
        self.export_button = QPushButton(icons.icon("mdi6.file-export-outline"), self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Write everything held about this person as a PDF and a JSON file")
        )
        self.export_button.clicked.connect(self.export)
        self.erase_button = QPushButton(icons.icon("mdi6.account-remove-outline"), self.tr("Erase…"))
        self.erase_button.setToolTip(self.tr("Anonymise this person in the ticked records, with a reason"))
        self.erase_button.clicked.connect(self.erase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)

        self.mixed = QLabel(mixed_text())
        self.mixed.setWordWrap(True)
        self.mixed.setStyleSheet(WARN_BANNER_STYLE)
        self.mixed.hide()

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.message.setOpenExternalLinks(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(note)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.mixed)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._ticked()

    # -- searching --------------------------------------------------------------------------

    def current_query(self) -> PersonQuery:
        return PersonQuery(
            name=self.name.text().strip(), phone=self.phone.text().strip(), email=self.email.text().strip()
        )

    def search(self, keep_message: bool = False) -> None:
        if not keep_message:
            self.message.hide()
        for message in self.field_messages.values():
            message.hide()
        query = self.current_query()
        if query.empty:
            self.field_messages["name"].setText(self.tr("Type a name, a phone number or an e-mail address."))
            self.field_messages["name"].show()
            self.name.setFocus()
            return
        self._ticket += 1
        ticket = self._ticket
        self.search_button.setEnabled(False)
        self.worker.run(
            lambda s: privacy.find_person(s, query),
            lambda hits: self._found(ticket, query, hits),
            self._search_failed,
        )

    def _found(self, ticket: int, query: PersonQuery, hits: list[PersonHit]) -> None:
        if ticket != self._ticket:
            return
        self.search_button.setEnabled(True)
        self.query, self.hits = query, hits
        self.tree.blockSignals(True)
        self.tree.clear()
        self.hit_items = []
        for kind, group in by_kind(hits):
            head = QTreeWidgetItem([f"{capitalised(label(kind))} ({format_number(len(group))})"])
            head.setFirstColumnSpanned(True)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(head.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            self.tree.addTopLevelItem(head)
            for hit in group:
                item = QTreeWidgetItem(
                    [
                        hit.name or "—",
                        hit.phone,
                        hit.email or "",
                        hit.context,
                    ]
                )
                item.setToolTip(3, hit.context)
                item.setData(0, HIT_ROLE, hit)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked)
                head.addChild(item)
                self.hit_items.append(item)
            head.setFirstColumnSpanned(True)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if hits:
            self.stack.setCurrentWidget(self.tree)
        else:
            self.empty.setText(
                self.tr("Nobody found for %1. Nothing is held about this person, or it was erased.").replace(
                    "%1", who(query)
                )
            )
            self.stack.setCurrentWidget(self.empty)
        self._ticked()
        self.found.emit(len(hits))

    def _search_failed(self, error: DomainError) -> None:
        self.search_button.setEnabled(True)
        if isinstance(error, ValidationError):
            unplaced = []
            for item in error.errors:
                message = self.field_messages.get(item.field)
                if message is None:
                    unplaced.append(field_error_text(item))
                    continue
                message.setText(field_error_text(item))
                message.show()
            if unplaced:
                self.say(" ".join(unplaced), ERROR_BANNER_STYLE)
            return
        self.say(error_text(error), ERROR_BANNER_STYLE)

    def say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.show()

    # -- what is ticked ---------------------------------------------------------------------

    def ticked(self) -> list[PersonHit]:
        return [
            item.data(0, HIT_ROLE) for item in self.hit_items if item.checkState(0) == Qt.CheckState.Checked
        ]

    def _ticked(self) -> None:
        chosen = self.ticked()
        self.export_button.setEnabled(bool(chosen))
        self.erase_button.setEnabled(bool(chosen))
        self.mixed.setVisible(several_people(chosen))
        if self.hits:
            self.count.setText(
                self.tr("%1 of %2 records ticked")
                .replace("%1", format_number(len(chosen)))
                .replace("%2", format_number(len(self.hits)))
            )
        else:
            self.count.clear()

    # -- export -----------------------------------------------------------------------------

    def export(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the inzage export"), QDir.homePath()
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        """The dossier of the ticked records, written on the worker as ``Inzage <who> <moment>.pdf``
        and ``.json`` in ``folder`` (the command line's names), readable by the user alone: it is
        personal data."""
        query, hits = self.query, self.ticked()
        stem = safe_file_name("Inzage", who(query), f"{datetime.now():%Y-%m-%d %H.%M}")
        pdf, data = folder / stem, (folder / stem).with_suffix(".json")

        def write(session: Session) -> tuple[Path, Path]:
            dossier = privacy.person_dossier(session, query, hits)
            try:
                with _private(pdf) as out:
                    render_inzage(dossier, out)
                with _private(data) as out:
                    out.write(privacy.dossier_json(dossier).encode("utf-8"))
                session.commit()  # the privacy log's line: the files are there
            except OSError as exc:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Cannot write {path}: {reason}. Choose another place and export again."
                    ),
                    path=str(folder),
                    reason=exc.strerror or str(exc),
                ) from exc
            return pdf, data

        self.message.hide()
        self.export_button.setEnabled(False)
        self.worker.run(write, self._exported, self._export_failed)

    def _exported(self, paths: tuple[Path, Path]) -> None:
        self._ticked()
        pdf, data = paths
        link = QUrl.fromLocalFile(str(pdf.parent)).toString()
        self.say(
            self.tr("Saved in %1: %2 and %3.")
            .replace("%1", f"<a href='{link}'>{pdf.parent}</a>")
            .replace("%2", pdf.name)
            .replace("%3", data.name),
            GOOD_BANNER_STYLE,
        )
        self.exported.emit(paths)

    def _export_failed(self, error: DomainError) -> None:
        self._ticked()
        self.say(error_text(error), ERROR_BANNER_STYLE)

    # -- erasure ----------------------------------------------------------------------------

    def erase(self) -> None:
        hits = self.ticked()
        if not hits:
            return
        self.message.hide()
        self.dialog = EraseDialog(self.worker, self.query, hits, self)
        self.dialog.saved.connect(self._erased)
        self.dialog.open()

    def _erased(self, steps: list[RetentionStep]) -> None:
        done = [s for s in steps if s.count]
        text = (
            self.tr("Erased: ")
            + "; ".join(
                f"{capitalised(label(s.label))}: {step_text(s.action, s.count, done=True)}" for s in done
            )
            + "."
            if done
            else self.tr("Nothing needed erasing.")
        )
        self.say(text + " " + self.tr("The privacy log records it with the reason."), GOOD_BANNER_STYLE)
        self.erased.emit(steps)
        self.search(keep_message=True)  # what remains of them: nothing, unless something was unticked
