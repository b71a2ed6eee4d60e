"""A colleague saved the record while a form of it was open: the form takes their version and
the save goes through. No dialog that saves with a version is left with a dead "Reload"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.orm import Session

from models.db import Database
from models.team import services as accounts
from models.team.entities import Role, User
from models.team.services import AccountRecord
from tests.views.conftest import closed
from views.common.forms import FormDialog
from views.common.worker import DatabaseWorker
from views.team.accounts_page import AccountDialog, AccountsPage


@pytest.fixture
def people(db: Database) -> Database:
    """Two administrators (the one at this desk and a colleague) and the account they both edit."""
    with db.session() as session:
        session.add_all(
            [
                User(username="pvdam", full_name="Petra van Dam", role=Role.ADMINISTRATOR),
                User(username="kbos", full_name="Karin Bos", role=Role.ADMINISTRATOR),
                User(username="dbalie", full_name="Dora de Balie", role=Role.DESK),
            ]
        )
        session.commit()
    return db


@pytest.fixture
def desk_worker(people: Database) -> Iterator[DatabaseWorker]:
    worker = DatabaseWorker(people, user_id=1)
    yield worker
    worker.wait()


def test_an_account_changed_by_a_colleague_is_taken_in_and_saved(
    qtbot, desk_worker: DatabaseWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = AccountsPage(desk_worker, own_user_id=1)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    dora = next(r for r in page.records if r.username == "dbalie")
    page.select(dora.id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AccountDialog) and dialog.record.id == dora.id

    # Karin gives Dora an e-mail address on her own desk while the form is open here.
    with desk_worker.database.session(user_id=2) as session:
        accounts.update_account(
            session, dora.id, dora.version, dora.full_name, "dora@wijdemeren.nl", Role.DESK
        )
        session.commit()

    dialog.full_name.clear()
    qtbot.keyClicks(dialog.full_name, "Dora van der Balie")
    asked: list[str] = []

    def choose_reload(box: QMessageBox) -> int:  # "Opnieuw laden", as the user would
        asked.append(box.text())
        box.clickedButton = lambda: next(b for b in box.buttons() if b.text() == "Opnieuw laden")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_reload)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: bool(asked) or (dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible())
    )
    if dialog.conflict_dialog is not None:
        # The three-way merge: only she changed the e-mail (theirs), only I the name (mine).
        merge = dialog.conflict_dialog
        assert set(merge.fields) == {"full_name", "email"}
        assert merge.choice("email") == 2 and merge.choice("full_name") == 1
        qtbot.mouseClick(merge.use, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not desk_worker.busy)

    # The form now holds her e-mail address, and the save goes through on her version.
    assert dialog.isVisible()
    assert dialog.email.text() == "dora@wijdemeren.nl"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog), timeout=3000)
    with desk_worker.database.session() as session:
        saved = session.get(User, dora.id)
        assert (saved.full_name, saved.email) == ("Dora van der Balie", "dora@wijdemeren.nl")


class _Forgetful(FormDialog):
    """Edits a versioned record but has no merge: the omission the contract refuses."""

    def __init__(self, worker: DatabaseWorker, record: AccountRecord | None) -> None:
        super().__init__(worker, "Vergeetachtig")
        self.record = record

    def task(self) -> Callable[[Session], Any]:
        record = self.record
        return lambda s: accounts.update_account(s, record.id, record.version, "X", None, Role.DESK)


def test_a_dialog_that_saves_a_versioned_record_without_a_merge_cannot_be_constructed(
    qtbot, desk_worker: DatabaseWorker
) -> None:
    with desk_worker.database.session() as session:
        record = accounts.list_accounts(session)[0]
    with pytest.raises(TypeError, match="load_current and sibling"):
        _Forgetful(desk_worker, record)
    creating = _Forgetful(desk_worker, None)  # a new record has no version to conflict with
    qtbot.addWidget(creating)
    with pytest.raises(TypeError, match="no saved record to reload"):
        creating.reload()  # never a reload that silently does nothing


def test_a_dialog_that_loads_for_a_merge_without_a_sibling_is_refused_when_defined() -> None:
    with pytest.raises(TypeError, match="sibling"):

        class _Half(FormDialog):
            def load_current(self) -> Callable[[Session], Any] | None:
                return None
