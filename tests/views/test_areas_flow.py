"""Kernen and areas made in the window by the administrator (issue 18): an empty database has none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from models.db import Database
from models.team.entities import Role, User
from tests.views.conftest import closed, visible
from tests.views.test_roles_flow import _pages, _window
from views.common.worker import DatabaseWorker
from views.companies.areas_page import AreaDialog, AreasPage
from views.shell.main_window import MainWindow


def _type(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def _save(qtbot, dialog: AreaDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))


def test_the_administrator_adds_a_kern_and_an_area_in_it(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    window.show_page("areas")
    page: AreasPage = window.page("areas")
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1 and not worker.busy)  # the seeded kern
    assert page.tree.topLevelItem(0).child(0).text(0) == "Winkelgebied Noordereinde"

    page.tree.clearSelection()
    page.tree.setCurrentItem(None)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, AreaDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no name: said at the field
    qtbot.waitUntil(dialog.rows["name"].message.isVisible)
    _type(qtbot, dialog.name, "Loosdrecht")
    with qtbot.waitSignal(page.loaded):
        _save(qtbot, dialog)
    loosdrecht = next(
        page.tree.topLevelItem(i)
        for i in range(page.tree.topLevelItemCount())
        if page.tree.topLevelItem(i).text(0) == "Loosdrecht"
    )
    assert loosdrecht.text(1) == "kern"

    page.tree.setCurrentItem(loosdrecht)  # a new area with a kern selected lies in it
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, AreaDialog)
    assert dialog.parent_area.currentText() == "Loosdrecht"
    _type(qtbot, dialog.name, "Bedrijventerrein Loosdrecht")
    dialog.kind.setCurrentIndex(dialog.kind.findData("business_park"))
    with qtbot.waitSignal(page.loaded):
        _save(qtbot, dialog)
    qtbot.waitUntil(lambda: any(a.name == "Bedrijventerrein Loosdrecht" for a in page.areas))
    [park] = [a for a in page.areas if a.name == "Bedrijventerrein Loosdrecht"]
    assert park.parent == "Loosdrecht"

    # Renamed; the company forms offer the new name.
    for i in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(i)
        if top.text(0) == "Loosdrecht":
            page.tree.setCurrentItem(top.child(0))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, AreaDialog)
    _type(qtbot, dialog.name, "Bedrijventerrein De Rading")
    with qtbot.waitSignal(page.loaded):
        _save(qtbot, dialog)
    assert "Bedrijventerrein De Rading" in [a.name for a in page.areas]


def test_other_roles_are_not_offered_the_areas(qtbot, seeded_db: Database, tmp_path: Path) -> None:
    with seeded_db.session() as s:
        user = User(username="bm", full_name="Bas Manager", role=Role.BUSINESS_MANAGER)
        s.add(user)
        s.commit()
        user_id = user.id
    window = _window(qtbot, seeded_db, user_id, tmp_path)
    assert "areas" not in _pages(window)
