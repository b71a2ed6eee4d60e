"""Bijlagen: the documents kept in a company's file (permits, letters, photos, signed reports).

Added from a file dialog or dropped on the tab; opened by writing a temporary copy that the
computer's own program opens (QDesktopServices); saved elsewhere; removed after a question.
The bytes are read on the database worker, never with the list.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.attachments import services as svc
from models.attachments.services import MB, AttachmentRecord, size_refusal
from models.errors import DomainError, ValidationError
from views.common import icons
from views.common.table_model import Column, LazyTableModel, table_view
from views.common.text import error_text, field_error_text, format_number, format_short_datetime
from views.common.worker import DatabaseWorker


def size_text(size: int) -> str:
    if size >= MB:
        return f"{size / MB:.1f} MB".replace(".", ",")
    return f"{format_number(max(1, round(size / 1024)))} kB"


class AttachmentModel(LazyTableModel[AttachmentRecord]):
    def __init__(self) -> None:
        super().__init__(None, [], None, lambda r: r.id)
        self.columns = [
            Column[AttachmentRecord](self.tr("Name"), lambda r: r.name, 300),
            Column[AttachmentRecord](
                self.tr("Size"),
                lambda r: size_text(r.size),
                80,
                align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            ),
            Column[AttachmentRecord](self.tr("Added"), lambda r: format_short_datetime(r.added_at), 130),
            Column[AttachmentRecord](self.tr("By"), lambda r: r.added_by or "—", 150),
            Column[AttachmentRecord](
                self.tr("With"),
                lambda r: self.tr("an e-mail (contact moment)") if r.interaction_id else "",
                170,
            ),
        ]


class AttachmentsTab(QWidget):
    """Signals:
    loaded(int): the list was read; how many documents there are.
    changed(): a document was added or removed.
    opened(str): a temporary copy was handed to the computer's program (its path).
    """

    loaded = Signal(int)
    changed = Signal()
    opened = Signal(str)

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self.company_id: int | None = None
        self.limit_mb = svc.DEFAULT_LIMIT_MB
        self.editable = True
        self._temp = tempfile.TemporaryDirectory(prefix="ondernemersdesk-bijlagen-")
        self.setAcceptDrops(True)

        self.model = AttachmentModel()
        self.table = table_view(self.model, self.tr("Attachments"))
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.add_button = QPushButton(icons.icon("mdi6.paperclip-plus"), self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add documents to this file (or drop them here)"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(icons.icon("mdi6.open-in-new"), self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(icons.icon("mdi6.content-save-outline"), self.tr("Save as…"))
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button = QPushButton(icons.icon("mdi6.delete-outline"), self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        # The administrator's: the largest file the database takes, for everyone.
        self.limit_button = QPushButton(icons.icon("mdi6.tune-variant"), "")
        self.limit_button.setToolTip(self.tr("Set the largest document the database takes (for everyone)"))
        self.limit_button.setAccessibleName(self.tr("Largest document size"))
        self.limit_button.clicked.connect(self.ask_limit)
        self.limit_button.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        row = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.limit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._show_empty_text()
        self._selection_changed()

    # -- loading --------------------------------------------------------------------------

    def open(self, company_id: int, *, editable: bool = True) -> None:
        if company_id != self.company_id:
            self.message.setVisible(False)
        self.company_id, self.editable = company_id, editable
        self.add_button.setEnabled(editable)
        self.worker.run(
            lambda s: (svc.attachments(s, company_id), svc.limit_megabytes(s)),
            lambda found: self._show(company_id, *found),
            self._failed,
        )

    def reload(self) -> None:
        if self.company_id is not None:
            self.open(self.company_id, editable=self.editable)

    def _show(self, company_id: int, records: list[AttachmentRecord], limit_mb: int) -> None:
        if company_id != self.company_id:
            return
        self.limit_mb = limit_mb
        self.limit_button.setText(self.tr("At most %1 MB").replace("%1", str(limit_mb)))
        self.model.set_rows(records)
        self._show_empty_text()
        self.stack.setCurrentWidget(self.table if records else self.empty)
        self._selection_changed()
        self.loaded.emit(len(records))

    def _show_empty_text(self) -> None:
        self.empty.setText(
            self.tr(
                "No documents in this file yet. Add permits, letters, photos or signed reports with "
                "Add…, or drop them here (at most %1 MB each)."
            ).replace("%1", str(self.limit_mb))
        )

    def _failed(self, error: DomainError) -> None:
        self._say(error_text(error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _refused(self, error: DomainError) -> None:
        if isinstance(error, ValidationError) and error.errors:
            self._say("\n".join(field_error_text(e) for e in error.errors))
        else:
            self._say(error_text(error))

    def _selected(self) -> AttachmentRecord | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        chosen = self._selected() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and self.editable)

    def ask_limit(self) -> None:
        megabytes, chosen = QInputDialog.getInt(
            self,
            self.tr("Largest document"),
            self.tr("The largest document anyone may add to a file, in MB:"),
            self.limit_mb,
            1,
            svc.MAX_LIMIT_MB,
        )
        if not chosen:
            return

        def save(session: Session) -> None:
            svc.set_limit_megabytes(session, megabytes)
            session.commit()

        self.worker.run(save, lambda _r: self.reload(), self._refused)

    # -- adding ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add documents to the file"))
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path]) -> None:
        """Read and add these files; one that is too large or unreadable is named, the others go in."""
        company_id = self.company_id
        if company_id is None or not self.editable or not paths:
            return
        files: list[tuple[str, bytes]] = []
        problems: list[str] = []
        for path in paths:
            try:
                size = path.stat().st_size
                refusal = size_refusal(path.name, size, self.limit_mb)
                if refusal is not None:
                    problems.append(field_error_text(refusal.errors[0]))
                    continue
                files.append((path.name, path.read_bytes()))
            except OSError as exc:
                problems.append(
                    self.tr("Cannot read %1: %2.")
                    .replace("%1", path.name)
                    .replace("%2", exc.strerror or str(exc))
                )
        self._say("\n".join(problems))
        if not files:
            return

        def add(session: Session) -> int:
            for name, content in files:
                svc.add_attachment(session, company_id, name, content)
            session.commit()
            return len(files)

        self.worker.run(add, lambda _n: self._added(), self._refused)

    def _added(self) -> None:
        self.changed.emit()
        self.reload()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.editable and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # -- opening, saving, removing --------------------------------------------------------

    def open_selected(self) -> None:
        record = self._selected()
        if record is None:
            return
        attachment_id = record.id
        self.worker.run(lambda s: svc.content(s, attachment_id), self._open_copy, self._failed)

    def _open_copy(self, found: tuple[str, bytes]) -> None:
        name, content = found
        folder = Path(tempfile.mkdtemp(dir=self._temp.name))  # one folder each: same names never clash
        path = folder / name
        try:
            path.write_bytes(content)
        except OSError as exc:
            self._say(self.tr("Cannot write a copy to open: %1.").replace("%1", exc.strerror or str(exc)))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._say(
                self.tr(
                    "No program on this computer opens %1. Save it with Save as… and open it from there."
                ).replace("%1", name)
            )
        self.opened.emit(str(path))

    def save_selected(self) -> None:
        record = self._selected()
        if record is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save document"), str(Path(folder) / record.name)
        )
        if not target:
            return
        attachment_id = record.id
        self.worker.run(
            lambda s: svc.content(s, attachment_id),
            lambda found: self._write(Path(target), found[1]),
            self._failed,
        )

    def _write(self, target: Path, content: bytes) -> None:
        try:
            target.write_bytes(content)
        except OSError as exc:
            self._say(
                self.tr("Cannot write %1: %2. Choose another place and save again.")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc))
            )
            return
        self._say("")

    def remove_selected(self) -> None:
        record = self._selected()
        if record is None or not self.editable:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove document"),
            self.tr("Remove %1 from this file? The change history keeps that it was there.").replace(
                "%1", record.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        attachment_id = record.id

        def remove(session: Session) -> None:
            svc.remove_attachment(session, attachment_id)
            session.commit()

        self.worker.run(remove, lambda _r: self._added(), self._failed)
