"""*Instellingen*: the official's own choices for this computer, for now the interface's language.

The language is read at start (``desktop.bootstrap.interface_language``): every text of the window
is translated as it is made, so the choice shows from the next start, and the dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from models.i18n import LANGUAGES, catalogue, language
from views.common.settings import LANGUAGE, Settings

# Each language named in itself, so whoever cannot read the current one still finds their own.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}
FOLLOW_THE_COMPUTER = ""  # the setting's value for "as the computer"


class SettingsDialog(QDialog):
    """The settings dialog; *Opslaan* stores the choices in the user's settings file."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)

        self.language = QComboBox()
        self.language.addItem(self.tr("As this computer"), FOLLOW_THE_COMPUTER)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        chosen = settings.get(LANGUAGE).strip().lower()
        index = self.language.findData(chosen if chosen in LANGUAGES else FOLLOW_THE_COMPUTER)
        self.language.setCurrentIndex(max(index, 0))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._say_when)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("&Language"), self.language)

        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        locked = settings.locked_by(LANGUAGE)
        if locked:
            self.language.setEnabled(False)
            self.note.setText(self.tr("Set by your IT department (%1)").replace("%1", locked))
        else:
            self._say_when()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)

    @property
    def chosen_language(self) -> str:
        """``nl``, ``en``, or "" for the computer's language."""
        return str(self.language.currentData())

    def _say_when(self) -> None:
        """Which language the choice gives, and that it shows from the next start (in both
        languages when it differs from the current one: the official may not read this one)."""
        source = "The language changes the next time you start Ondernemersdesk."
        note = self.tr("The language changes the next time you start Ondernemersdesk.")
        if self.chosen_language and self.chosen_language != language():
            note += "\n" + catalogue(self.chosen_language).translate("SettingsDialog", source)
        self.note.setText(note)

    def accept(self) -> None:
        self.settings.set(LANGUAGE, self.chosen_language)
        self.settings.sync()
        super().accept()
