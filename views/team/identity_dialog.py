"""The municipality's identity on every PDF: set once, for everyone on this database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QColorDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget
from sqlalchemy.orm import Session

from models.team.identity import identity, preset_fields, save_identity
from models.team.records import NOT_SET_ADDRESS, Identity
from views.common.banners import NOTE_BANNER_STYLE
from views.common.forms import FormDialog
from views.common.screen import bounded_width
from views.common.worker import DatabaseWorker

if TYPE_CHECKING:
    from views.shell.pages import Shell


class IdentityDialog(FormDialog):
    def __init__(self, worker: DatabaseWorker, current: Identity, parent: QWidget | None = None) -> None:
        super().__init__(worker, self.tr("Identity on documents"), parent)
        self.current = current
        self.logo_bytes = current.logo
        # A fresh installation's neutral letterhead is no value to edit: the fields start empty.
        self.name = self.line("name", self.tr("Municipality"), current.name if current.is_set else "")
        self.address = self.text(
            "address", self.tr("Address"), current.address if current.address != NOT_SET_ADDRESS else ""
        )
        self.colour = self.line(
            "colour",
            self.tr("Colour"),
            current.colour,
            max_length=7,
            hint=self.tr("Used sparingly: the name in the header and the table headings."),
        )
        self.pick = QPushButton(self.tr("Choose…"))
        self.pick.clicked.connect(self._pick_colour)
        self.form.addRow("", self.pick)
        self.sender_name = self.line("sender_name", self.tr("Sender's name"), current.sender_name)
        self.sender_role = self.line(
            "sender_role",
            self.tr("Sender's role"),
            current.sender_role,
            hint=self.tr("For example: ondernemersmanager. Signs conversation reports."),
        )
        self.confidentiality = self.line(
            "confidentiality",
            self.tr("Marking"),
            current.confidentiality,
            hint=self.tr("Printed in the footer of every page."),
        )
        self.logo_preview = QLabel()
        self.logo_preview.setFixedHeight(60)
        choose = QPushButton(self.tr("Choose logo…"))
        choose.clicked.connect(self._choose_logo)
        remove = QPushButton(self.tr("No logo"))
        remove.clicked.connect(lambda: self._set_logo(None))
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_preview, 1)
        row.addWidget(choose)
        row.addWidget(remove)
        self.add_field("logo", self.tr("Logo"), logo_row, hint=self.tr("PNG or JPEG, at most 2 MB."))
        self._set_logo(current.logo)
        # How citizens and entrepreneurs reach the municipality: a column of its own.
        self.main_form = self.form
        self.new_column()
        self.add_section(self.tr("Contact"))
        self.phone = self.line("phone", self.tr("Phone"), current.phone, max_length=40)
        self.website = self.line("website", self.tr("Website"), current.website)
        self.email = self.line(
            "email",
            self.tr("E-mail"),
            current.email,
            hint=self.tr("On the handout; daily reports go to it."),
        )
        self._lock(preset_fields())
        if not current.is_set:
            note = QLabel(
                self.tr("Not set up yet: documents show \u201c%1\u201d until you fill this in.").replace(
                    "%1", current.name
                )
            )
            note.setWordWrap(True)
            note.setStyleSheet(NOTE_BANNER_STYLE)
            self.main_form.insertRow(0, note)
        self.setMinimumWidth(
            bounded_width(self, 1240)
        )  # the hints under the fields in full, not cut off at the edge

    def _lock(self, fields: frozenset[str]) -> None:
        """Fields IT fixed for this computer (machine-wide settings): shown, not editable."""
        if not fields:
            return
        note = QLabel(self.tr("The greyed-out fields are set by your IT department for this computer."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.main_form.insertRow(0, note)
        for name in fields & set(self.rows):
            self.rows[name].setEnabled(False)
            self.rows[name].setToolTip(self.tr("Set by your IT department for this computer"))
        self.pick.setEnabled("colour" not in fields)

    def _pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.colour.text()), self, self.tr("Colour"))
        if colour.isValid():
            self.colour.setText(colour.name())

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            try:
                self._set_logo(Path(path).read_bytes())
            except OSError as exc:
                self.rows["logo"].set_error(exc.strerror or str(exc))

    def _set_logo(self, data: bytes | None) -> None:
        self.logo_bytes = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(56))
        else:
            self.logo_preview.setText(self.tr("(no logo)"))

    def task(self) -> Callable[[Session], Any]:
        new = replace(
            self.current,
            name=self.name.text(),
            address=self.address.toPlainText(),
            colour=self.colour.text().strip(),
            sender_name=self.sender_name.text(),
            sender_role=self.sender_role.text(),
            confidentiality=self.confidentiality.text(),
            logo=self.logo_bytes,
            phone=self.phone.text(),
            website=self.website.text(),
            email=self.email.text(),
        )
        return lambda s: save_identity(s, new)


# -- as a page of the main window (views/shell/pages.py) ------------------------------------------


def edit_identity(shell: Shell) -> None:
    """The navigation's "Identity on documents": a dialog over the window, not a page."""
    worker, parent = shell.worker, shell.window()
    worker.run(identity, lambda current: IdentityDialog(worker, current, parent).open())
