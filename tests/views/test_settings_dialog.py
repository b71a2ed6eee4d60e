"""Choosing the interface's language in *Instellingen*, and the start reading it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.bootstrap import interface_language
from models.i18n import system_language
from tests.views.conftest import visible
from views.common.settings import LANGUAGE, Settings
from views.shell.main_window import MainWindow
from views.shell.settings_dialog import SettingsDialog


def test_choose_english_in_the_settings_and_the_next_start_speaks_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    assert interface_language(window.settings) == "nl"  # this computer speaks no English (C locale)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = visible(window, SettingsDialog)
    assert dialog.windowTitle() == "Instellingen"
    assert dialog.language.currentText() == "Zoals deze computer"
    dialog.language.setCurrentIndex(dialog.language.findText("English"))
    # Said in both languages: whoever chooses English may not read the Dutch.
    assert "De taal verandert de volgende keer" in dialog.note.text()
    assert "The language changes the next time you start" in dialog.note.text()
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert not dialog.isVisible()

    again = Settings(window.settings.path)
    assert again.get(LANGUAGE) == "en"
    assert interface_language(again) == "en"
    reopened = SettingsDialog(again)
    qtbot.addWidget(reopened)
    assert reopened.language.currentText() == "English"


def test_without_a_choice_the_computer_decides_and_dutch_is_the_default(tmp_path: Path) -> None:
    assert system_language("en_GB") == "en"
    assert system_language("en-US") == "en"
    assert system_language("nl_NL") == "nl"
    assert system_language("de_DE") == "nl"  # any other language: Dutch
    assert system_language("C") == "nl"
    settings = Settings(str(tmp_path / "settings.ini"))
    settings.set(LANGUAGE, "nl")
    assert interface_language(settings) == "nl"
    settings.set(LANGUAGE, "klingon")  # a hand-edited file: the computer's language, not a crash
    assert interface_language(settings) == "nl"


def test_a_language_set_by_it_cannot_be_changed_here(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert LANGUAGE.env
    monkeypatch.setenv(LANGUAGE.env, "en")
    settings = Settings(str(tmp_path / "settings.ini"))
    assert interface_language(settings) == "en"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "English"
    assert not dialog.language.isEnabled()
    assert LANGUAGE.env in dialog.note.text()
