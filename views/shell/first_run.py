"""The very first start: begin empty or with demonstration data, and where the file lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

DEMO_COMPANIES = 500


class FirstRunDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Ondernemersdesk"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Welcome to Ondernemersdesk"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        where = QLabel(
            self.tr("Your database will be created on this computer, in:") + f"<br><code>{path}</code>"
        )
        where.setWordWrap(True)
        layout.addWidget(where)
        layout.addSpacing(8)
        self.empty = QRadioButton(self.tr("Start empty: I will enter or import our own companies"))
        self.import_now = QRadioButton(
            self.tr("Start empty and import our companies now, from Excel, CSV or a KvK file")
        )
        self.demo = QRadioButton(
            self.tr(
                "Start with demonstration data: %1 fictitious companies in Wijdemeren, to try things out"
            ).replace("%1", str(DEMO_COMPANIES))
        )
        self.demo.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.empty)
        group.addButton(self.demo)
        group.addButton(self.import_now)
        layout.addWidget(self.demo)
        layout.addWidget(self.empty)
        layout.addWidget(self.import_now)
        note = QLabel(self.tr("A shared database on a server can be chosen later by your administrator."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addSpacing(8)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def with_demo(self) -> bool:
        return self.demo.isChecked()

    @property
    def then_import(self) -> bool:
        """The window opens on an empty database with the import wizard shown."""
        return self.import_now.isChecked()
