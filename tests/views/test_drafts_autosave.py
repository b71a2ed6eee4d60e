"""The autosave (issue 19): an open form with new input is written as a draft every few seconds,
only when its input changed, and the draft goes when the form is saved, cancelled or typed back to
what it was. The timer is driven directly (no waiting for it)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from tests.views.conftest import closed
from tests.views.test_conflict_merge import _company, open_edit
from views.common import draft_store as store
from views.common.drafts import AUTOSAVE_MS
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow


def files() -> list[Path]:
    return sorted(store.drafts_dir().glob("*.json")) if store.drafts_dir().is_dir() else []


def test_typing_is_kept_every_few_seconds(qtbot, window: MainWindow, worker: DatabaseWorker) -> None:
    assert window.drafts.autosave_timer.isActive() and window.drafts.autosave_timer.interval() == AUTOSAVE_MS
    assert AUTOSAVE_MS <= 5000  # "at most a few seconds are lost"
    company_id = _company(worker)
    dialog = open_edit(qtbot, window, company_id)

    window.drafts.autosave()
    assert files() == []  # nothing typed yet

    dialog.name.setText("Café De Zwaan VOF")
    window.drafts.autosave()
    [path] = files()
    assert json.loads(path.read_text(encoding="utf-8"))["values"]["name"] == "Café De Zwaan VOF"
    written = path.stat().st_mtime_ns

    window.drafts.autosave()  # nothing changed since: not written again
    assert path.stat().st_mtime_ns == written

    dialog.notes.setPlainText("Terras tot 23.00 uur")
    window.drafts.autosave()
    assert files() == [path]  # the same draft, brought up to date
    assert json.loads(path.read_text(encoding="utf-8"))["values"]["notes"] == "Terras tot 23.00 uur"

    dialog.name.setText("Café De Zwaan")  # typed back to what it was
    dialog.notes.setPlainText(dialog.original["notes"] if dialog.original else "")
    window.drafts.autosave()
    assert files() == []

    dialog.name.setText("Café De Zwaan BV")
    window.drafts.autosave()
    assert len(files()) == 1
    assert dialog.isVisible() and not dialog.property("keptAsDraft")  # the form goes on as it was
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert files() == []  # cancelled: the draft goes with it


def test_a_saved_form_leaves_no_draft(qtbot, window: MainWindow, worker: DatabaseWorker) -> None:
    company_id = _company(worker)
    dialog = open_edit(qtbot, window, company_id)
    dialog.name.setText("Café De Zwaan VOF")
    window.drafts.autosave()
    assert len(files()) == 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))
    assert files() == []
