"""*Instellingen*: the official's own choices for this computer, in one dialog (the cog in the top
bar, Ctrl+,):

- **Taal**: the interface's language. It is read at start (``desktop.bootstrap.interface_language``):
  every text of the window is translated as it is made, so the choice shows from the next start,
  and the dialog says so.
- **Weergave**: the contrast theme, applied at once and kept for the next start. Text size and
  scaling are the operating system's; the dialog says what they are now and where to change them.

A choice IT preset for the computer (views/common/settings.py, ``locked_by``) is shown, not offered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from models.i18n import LANGUAGES, catalogue, language
from views.common.screen import ScrollingPane, screen_of
from views.common.settings import LANGUAGE, THEME, Settings
from views.common.theme import (
    Theme,
    apply_theme,
    current_theme,
    system_point_size,
    system_wants_high_contrast,
)

# Each language named in itself, so whoever cannot read the current one still finds their own.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}
FOLLOW_THE_COMPUTER = ""  # the setting's value for "as the computer"


class SettingsDialog(QDialog):
    """The settings dialog; *Opslaan* stores the choices in the user's settings file and applies the
    theme at once."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)

        # -- Taal
        self.language = QComboBox()
        self.language.addItem(self.tr("As this computer"), FOLLOW_THE_COMPUTER)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        chosen = settings.get(LANGUAGE).strip().lower()
        index = self.language.findData(chosen if chosen in LANGUAGES else FOLLOW_THE_COMPUTER)
        self.language.setCurrentIndex(max(index, 0))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._say_when)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        locked = settings.locked_by(LANGUAGE)
        if locked:
            self.language.setEnabled(False)
            self.note.setText(self.tr("Set by your IT department (%1)").replace("%1", locked))
        else:
            self._say_when()
        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        language_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        language_form.addRow(self.tr("&Language of the window"), self.language)
        language_form.addRow(self.note)

        # -- Weergave
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
        theme_locked = settings.locked_by(THEME)
        self.theme.setEnabled(not theme_locked)
        screen = screen_of(parent)
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
        display_box = QGroupBox(self.tr("Display"))
        display_form = QFormLayout(display_box)
        display_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        display_form.addRow(self.tr("&Contrast"), self.theme)
        if theme_locked:
            display_form.addRow(QLabel(self.tr("Set by your IT department (%1)").replace("%1", theme_locked)))
        display_form.addRow(self.size_note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # The choices scroll when a large font or scale leaves too little room (never cut).
        choices = QWidget()
        choice_layout = QVBoxLayout(choices)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(language_box)
        choice_layout.addWidget(display_box)
        choice_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollingPane(choices), 1)
        layout.addWidget(buttons)

    @property
    def chosen_language(self) -> str:
        """``nl``, ``en``, or "" for the computer's language."""
        return str(self.language.currentData())

    def chosen_theme(self) -> Theme:
        return Theme(self.theme.currentData())

    def _say_when(self) -> None:
        """Which language the choice gives, and that it shows from the next start (in both
        languages when it differs from the current one: the official may not read this one)."""
        source = "The language changes the next time you start Ondernemersdesk."
        note = self.tr("The language changes the next time you start Ondernemersdesk.")
        if self.chosen_language and self.chosen_language != language():
            note += "\n" + catalogue(self.chosen_language).translate("SettingsDialog", source)
        self.note.setText(note)

    def accept(self) -> None:
        if self.language.isEnabled():
            self.settings.set(LANGUAGE, self.chosen_language)
        if self.theme.isEnabled():
            self.settings.set(THEME, self.chosen_theme().value)
        self.settings.sync()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, current_theme(self.settings))
        super().accept()
