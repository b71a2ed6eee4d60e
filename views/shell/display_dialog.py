"""Weergave: the contrast theme, chosen by the user; text size and scaling are the system's."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from views.common.settings import THEME, Settings
from views.common.theme import Theme, apply_theme, system_point_size, system_wants_high_contrast


class DisplayDialog(QDialog):
    """Choose the theme; OK applies it at once and keeps it for the next start."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Display"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Contrast"))
        system = (
            self.tr("Follow the system (now: high contrast)")
            if system_wants_high_contrast()
            else self.tr("Follow the system (now: standard)")
        )
        for theme, text in (
            (Theme.SYSTEM, system),
            (Theme.STANDARD, self.tr("Standard")),
            (Theme.HIGH_CONTRAST, self.tr("High contrast: black on white, a thick blue focus frame")),
        ):
            self.theme.addItem(text, theme.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current_theme(settings).value)))
        locked = settings.locked_by(THEME)
        self.theme.setEnabled(not locked)
        caption = QLabel(self.tr("&Contrast"))
        caption.setBuddy(self.theme)
        screen = self.screen() or QGuiApplication.primaryScreen()
        scale = round(screen.devicePixelRatio() * 100) if screen is not None else 100
        self.size_note = QLabel(
            self.tr(
                "Text size and scaling follow the operating system: now %1 pt at %2 %. "
                "Change them in the system's display settings; the window follows at its next start."
            )
            .replace("%1", f"{system_point_size():g}")
            .replace("%2", str(scale))
        )
        self.size_note.setWordWrap(True)
        self.size_note.setObjectName("muted")
        form = QFormLayout(self)
        form.addRow(caption, self.theme)
        form.addRow(self.size_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def chosen(self) -> Theme:
        return Theme(self.theme.currentData())

    def accept(self) -> None:
        self.settings.set(THEME, self.chosen().value)
        self.settings.sync()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, current_theme(self.settings))
        super().accept()


def current_theme(settings: Settings) -> Theme:
    """The theme setting; an unknown value (a newer version's, a typing error of IT's) is the default."""
    try:
        return Theme(settings.get(THEME))
    except ValueError:
        return Theme.SYSTEM
