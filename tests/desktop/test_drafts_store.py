"""The draft files: written whole or not at all, only offered to their own database and user,
and a forced quit (SIGTERM) ends the application the way Quit does, so drafts get written."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from desktop.bootstrap import quit_on_terminate
from views.common import draft_store as store
from views.common.draft_store import Draft


def _draft(**changes: object) -> Draft:
    values = {
        "kind": "interaction",
        "title": "Nieuw contactmoment: Terras",
        "database": "postgresql://desk@server/ondernemers",
        "user_id": 4,
        "context": {"company_id": 12, "company_version": 3, "record_id": None, "versions": {}},
        "values": {"subject": "Terras", "report": "Gesprek over het terras — 40 stoelen, tot 23.00 uur."},
    }
    values.update(changes)
    return Draft(**values)  # type: ignore[arg-type]


def test_a_draft_is_written_and_read_back_whole(isolated_home: Path) -> None:
    draft = _draft()
    path = store.save(draft)
    assert path.parent == store.drafts_dir() and path.name == f"{draft.id}.json"
    assert not [p for p in path.parent.iterdir() if p.suffix == ".tmp"]  # no temporary file left
    [back] = store.load_all("postgresql://desk@server/ondernemers", 4)
    assert back == draft

    draft.values["subject"] = "Terras en geluid"
    store.save(draft)  # the same draft again replaces its file
    [back] = store.load_all("postgresql://desk@server/ondernemers", 4)
    assert back.values["subject"] == "Terras en geluid"
    store.discard(draft.id)
    assert store.load_all("postgresql://desk@server/ondernemers", 4) == []


def test_only_the_same_database_and_user_see_a_draft(isolated_home: Path) -> None:
    store.save(_draft())
    store.save(_draft(user_id=5))
    store.save(_draft(database="/home/desk/ondernemersdesk.db"))
    assert len(store.load_all("postgresql://desk@server/ondernemers", 4)) == 1
    assert len(store.load_all("postgresql://desk@server/ondernemers", 5)) == 1
    assert store.load_all("postgresql://desk@server/ondernemers", 6) == []


def test_a_damaged_file_is_left_alone_and_the_rest_still_offered(isolated_home: Path) -> None:
    store.save(_draft())
    damaged = store.drafts_dir() / "half.json"
    damaged.write_text('{"kind": "company", "values": {"na', encoding="utf-8")
    assert len(store.load_all("postgresql://desk@server/ondernemers", 4)) == 1
    assert damaged.exists()


def test_a_failed_write_keeps_the_previous_draft(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = _draft()
    store.save(draft)
    draft.values["subject"] = "Nieuwe tekst"

    def broken_dump(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    with monkeypatch.context() as patched:
        patched.setattr(store.json, "dump", broken_dump)
        with pytest.raises(OSError):
            store.save(draft)
    [back] = store.load_all("postgresql://desk@server/ondernemers", 4)
    assert back.values["subject"] == "Terras"
    assert not [p for p in store.drafts_dir().iterdir() if p.suffix == ".tmp"]


class _App(QObject):
    """Stands in for the application: running the real one's exec() and quit() would end
    the test session's event loop for every test after this one."""

    def __init__(self) -> None:
        super().__init__()
        self.quit_calls = 0

    def quit(self) -> None:
        self.quit_calls += 1


def test_sigterm_ends_the_application_like_quit(qtbot) -> None:
    previous = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP)
    app = _App()
    try:
        quit_on_terminate(app)  # type: ignore[arg-type]
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: app.quit_calls == 1)
        os.kill(os.getpid(), signal.SIGHUP)  # the terminal or the session closed
        qtbot.waitUntil(lambda: app.quit_calls == 2)
    finally:
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGHUP, previous[1])
        app.deleteLater()


def test_a_draft_is_readable_by_the_user_alone(isolated_home: Path) -> None:
    """What was typed (a reporter's phone, a conversation) stays on this account: 0600."""
    path = store.save(_draft())
    assert path.stat().st_mode & 0o777 == 0o600
    store.save(_draft(id=path.stem))  # written again: still private
    assert path.stat().st_mode & 0o777 == 0o600
