"""The page registry (views/shell/pages.py): every page is declared once, made for a role that
may see it, listed in the navigation for exactly those roles, and a new page needs nothing
but its module and one registration line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from models.notify import Change
from models.permissions import ROLE_PERMISSIONS, Permission
from models.team.entities import Role
from models.team.services import SignedIn
from views.common.settings import Settings
from views.common.worker import DatabaseWorker
from views.shell import main_window as main_window_module
from views.shell.main_window import PAGE_ROLE, MainWindow
from views.shell.pages import BY_KEY, PAGES, Page, PageInfo, Shell


def _signed_in(role: Role) -> SignedIn:
    # The services see user 1 (an administrator in seeded_db): only the window's courtesy is tested.
    return SignedIn(
        user_id=1, username="pvdam", full_name="Petra van Dam", role=role, permissions=ROLE_PERMISSIONS[role]
    )


def _window(qtbot, worker: DatabaseWorker, tmp_path: Path, role: Role) -> MainWindow:
    window = MainWindow(
        worker, Settings(str(tmp_path / f"{role.value}.ini")), "Petra van Dam", _signed_in(role)
    )
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not worker.busy)
    return window


def _nav(window: MainWindow) -> list[str]:
    return [
        window.nav.item(i).data(PAGE_ROLE)
        for i in range(window.nav.count())
        if window.nav.item(i).data(PAGE_ROLE)
    ]


def test_every_page_is_declared_once_with_a_factory() -> None:
    keys = [info.key for info in PAGES]
    assert len(keys) == len(set(keys)) and set(keys) == set(BY_KEY)
    for info in PAGES:
        assert info.text and info.icon.startswith("mdi6."), info.key
        assert callable(info.load()), info.key
        assert info.permission is None or isinstance(info.permission, Permission)


@pytest.mark.parametrize("role", list(Role))
def test_the_navigation_shows_exactly_the_pages_the_role_may_see(
    qtbot, worker: DatabaseWorker, tmp_path: Path, role: Role
) -> None:
    window = _window(qtbot, worker, tmp_path, role)
    allowed = [i.key for i in PAGES if i.permission is None or i.permission in ROLE_PERMISSIONS[role]]
    assert _nav(window) == allowed, role
    # Each of them is made for this role when shown, and marked in the navigation.
    for key in allowed:
        if BY_KEY[key].dialog:
            continue
        window.show_page(key)
        page = window.pages.currentWidget()
        assert page is window.page(key) and isinstance(page, Page), key
        selected = [item.data(PAGE_ROLE) for item in window.nav.selectedItems()]
        assert selected == [key], key
        qtbot.waitUntil(lambda: not worker.busy)
    window.close()


def test_pages_are_made_when_first_shown(qtbot, worker: DatabaseWorker, tmp_path: Path) -> None:
    window = _window(qtbot, worker, tmp_path, Role.ADMINISTRATOR)
    assert set(window._made) == {i.key for i in PAGES if i.eager}
    window.show_page("audit")
    assert "audit" in window._made and "signals" not in window._made
    with pytest.raises(ValueError):
        window.show_page("no such page")
    window.close()


# -- a page added with one registration line -------------------------------------------------------


class ExtraPage(QWidget):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self.shell = shell
        self.shown: list[object] = []
        self.heard: list[tuple[Change, bool]] = []
        QVBoxLayout(self).addWidget(QLabel("Extra"))

    def activated(self, target: object = None) -> None:
        self.shown.append(target)

    def refresh(self, change: Change, shown: bool) -> None:
        self.heard.append((change, shown))


def make_extra_page(shell: Shell) -> ExtraPage:
    return ExtraPage(shell)


def test_a_new_page_needs_only_its_registration(
    qtbot, worker: DatabaseWorker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = PageInfo("extra", "Extra", "mdi6.star", f"{__name__}:make_extra_page", Permission.VIEW_AUDIT_LOG)
    monkeypatch.setattr(main_window_module, "PAGES", (*PAGES, extra))
    monkeypatch.setattr(main_window_module, "BY_KEY", {**BY_KEY, "extra": extra})

    desk = _window(qtbot, worker, tmp_path, Role.DESK)
    assert Permission.VIEW_AUDIT_LOG not in ROLE_PERMISSIONS[Role.DESK]
    assert "extra" not in _nav(desk)
    desk.close()

    window = _window(qtbot, worker, tmp_path, Role.ADMINISTRATOR)
    assert _nav(window)[-1] == "extra" and "extra" not in window._made
    item = next(
        window.nav.item(i) for i in range(window.nav.count()) if window.nav.item(i).data(PAGE_ROLE) == "extra"
    )
    window._nav_clicked(item)
    page = window.pages.currentWidget()
    assert isinstance(page, ExtraPage) and page.shell is window and page.shown == [None]
    window.show_page("extra", 42)
    assert page.shown == [None, 42]

    change = Change(kinds={"company": {1}}, companies={1})
    window._live_changed(change)
    assert page.heard == [(change, True)]
    window.show_page("companies")
    window._live_changed(change)
    assert page.heard[-1] == (change, False)
    window.close()
