"""The very first start: begin empty or with demonstration data, and where the file lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from views.common.screen import ScrollingPane, bounded_width

DEMO_COMPANIES = 500


class FirstRunDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Ondernemersdesk"))
        self.setMinimumWidth(bounded_width(self, 560))
        outer = QVBoxLayout(self)
        # The choices scroll when the screen is small (a large scale); their texts cannot wrap.
        choices = QWidget()
        layout = QVBoxLayout(choices)
        layout.setContentsMargins(0, 0, 0, 0)
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
        for choice in (self.demo, self.empty, self.import_now):
            choice.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            layout.addWidget(choice)
        note = QLabel(self.tr("A shared database on a server can be chosen later by your administrator."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addSpacing(8)
        layout.addWidget(note)
        layout.addStretch(1)
        outer.addWidget(ScrollingPane(choices), 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    @property
    def with_demo(self) -> bool:
        return self.demo.isChecked()

    @property
    def then_import(self) -> bool:
        """The window opens on an empty database with the import wizard shown."""
        return self.import_now.isChecked()
