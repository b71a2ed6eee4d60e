"""The first screen (views/shell/start_shell.py) shows the frame, the navigation of last time and a
focused search box before the database is open; what is typed and clicked there reaches the main
window when it takes over: nothing typed before the list is there is lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.companies.first_rows import first_rows
from tests.models.conftest import new_company
from views.common.settings import NAVIGATION, WINDOW_GEOMETRY, Settings
from views.common.worker import DatabaseWorker
from views.companies.widths import COLUMN_WIDTHS
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
    # The icons come right after the first frame (bootstrap.run_gui): they need the icon font and
    # Qt's namespace, which the first frame does without.
    assert shell.nav.item(0).icon().isNull() and not shell.search.actions()
    shell.show_icons()
    assert all(not shell.nav.item(i).icon().isNull() for i in range(shell.nav.count()))
    assert len(shell.search.actions()) == 1  # the magnifier
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


def test_the_first_rows_show_in_the_first_screen_and_a_company_opened_there_opens_in_the_window(
    qtbot: QtBot, worker: DatabaseWorker, tmp_path: Path
) -> None:
    van_dam = new_company(worker.database, "Bakkerij Van Dam")
    new_company(worker.database, "Café De Zwaan")
    shell = StartShell(Settings(str(tmp_path / "settings.ini")))  # deletes itself when it hands over
    shell.show()
    shell.activateWindow()
    qtbot.waitActive(shell)
    table = shell.companies
    # The first frame has the list's columns already: nothing jumps when the rows come.
    widths = list(COLUMN_WIDTHS.values())
    assert [table.columnWidth(c) for c in range(len(widths) - 1)] == widths[:-1]
    rows = first_rows(worker.database.url)
    assert rows is not None
    shell.show_rows(rows)
    assert [table.columnWidth(c) for c in range(len(widths) - 1)] == widths[:-1]

    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == ["Naam", "KvK", "Adres"]
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Bakkerij Van Dam", "Café De Zwaan"]
    assert shell.focusWidget() is shell.search  # typing still goes to the search box
    first = table.visualItemRect(table.item(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)

    window = MainWindow(worker, Settings(str(tmp_path / "settings.ini")), "Petra van Dam")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.company.loaded, timeout=20_000):
        shell.hand_over(window)
    assert window.pages.currentWidget() is window.company
    assert window.company.record is not None and window.company.record.id == van_dam
    qtbot.waitUntil(lambda: not worker.busy)


def test_the_window_geometry_is_kept_as_qts_own_bytes_and_an_older_kept_one_still_reads(
    tmp_path: Path,
) -> None:
    """Kept as Python bytes it was a pickled object in the settings file: the first screen read it
    through pickle (~2.5 ms, issue 20). Qt's byte array reads without."""
    settings = Settings(str(tmp_path / "settings.ini"))
    settings._store.setValue(WINDOW_GEOMETRY.key, b"older")  # as earlier versions kept it
    assert settings.get(WINDOW_GEOMETRY) == b"older"
    settings.set(WINDOW_GEOMETRY, b"\x01\xd9\xd0\xcb geometry")
    settings.sync()
    assert "@ByteArray(" in (tmp_path / "settings.ini").read_text(encoding="latin-1")
    assert Settings(str(tmp_path / "settings.ini")).get(WINDOW_GEOMETRY) == b"\x01\xd9\xd0\xcb geometry"
