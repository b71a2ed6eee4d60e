"""The first screen (views/shell/start_shell.py) shows the frame, the navigation of last time and a
focused search box before the database is open; what is typed and clicked there reaches the main
window when it takes over: nothing typed before the list is there is lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from views.common.settings import NAVIGATION, Settings
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow
from views.shell.start_shell import StartShell


def test_what_is_typed_and_chosen_before_the_window_is_there_reaches_it(
    qtbot: QtBot, worker: DatabaseWorker, tmp_path: Path
) -> None:
    settings = Settings(str(tmp_path / "settings.ini"))
    settings.set(NAVIGATION, ["companies", "my_work", "signals"])
    shell = StartShell(settings)  # not left to qtbot: it deletes itself when it hands over
    gone: list[bool] = []
    shell.destroyed.connect(lambda: gone.append(True))
    shell.show()
    shell.activateWindow()
    qtbot.waitActive(shell)
    assert shell.focusWidget() is shell.search  # where the keys go
    assert [shell.nav.item(i).text() for i in range(shell.nav.count())] == [
        "Ondernemingen",
        "Mijn werk",
        "Meldingen",
    ]
    assert shell.statusBar().currentMessage() == "Database openen…"
    qtbot.keyClicks(shell.search, "bakker")
    my_work = shell.nav.item(1)
    qtbot.mouseClick(
        shell.nav.viewport(), Qt.MouseButton.LeftButton, pos=shell.nav.visualItemRect(my_work).center()
    )

    window = MainWindow(worker, settings, "Petra van Dam")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.search.results_shown, timeout=20_000):
        shell.hand_over(window)
    assert window.search.text() == "bakker"
    assert window.pages.currentWidget() is window.page("my_work")
    qtbot.waitUntil(lambda: bool(gone))  # and the first screen is gone
    qtbot.waitUntil(lambda: not worker.busy)


def test_the_window_remembers_its_navigation_for_the_next_first_screen(window: MainWindow) -> None:
    shown = window.settings.get(NAVIGATION)
    assert shown[:2] == ["companies", "my_work"]
    assert "settings" not in shown  # an entry that opens a dialog is no page of the first screen
