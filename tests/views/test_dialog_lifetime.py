"""A closed form dialog collected by Python's garbage collector takes its widgets with it without
crashing Qt. A cycle dialog → CompanyPicker → the dialog's bound method made the collector delete a
RespondentDialog's widgets in an order that segfaulted in ~QWidget (CI, 3 December)."""

import gc
import weakref

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QWidget

from models.db import Database
from tests.views.test_merge_protocol import BUILDERS, demo_db  # noqa: F401  (the fixture)
from views.ambitions.ambition_dialogs import ActionDialog
from views.common.worker import DatabaseWorker
from views.consultations.interaction_dialogs import InteractionDialog
from views.signals.signal_dialogs import SignalDialog


def test_every_form_dialog_is_collected_without_a_crash(qtbot, demo_db: Database) -> None:  # noqa: F811
    worker = DatabaseWorker(demo_db, user_id=1)
    built = []
    with demo_db.session() as session:
        for build in BUILDERS.values():
            dialog = build(worker, session)
            built.append(type(dialog).__name__)
            alive = weakref.ref(dialog)
            del dialog
            # The process would have crashed here. The automatic collector is off (tests/conftest.py),
            # so the dialog's cycle is in the youngest generation: collecting that one frees it, where
            # a full collection walks everything the worker process made so far (4 s alone, 250 s in
            # a full run under load). Should anything have aged it, a full collection, as before.
            gc.collect(0)
            if alive() is not None:
                gc.collect()
    worker.wait()
    assert "RespondentDialog" in built and len(built) == len(BUILDERS)


@pytest.mark.parametrize("kind", ["interaction", "signal", "action"])
def test_a_dialog_opened_and_closed_20_times_leaves_none_alive(
    qtbot,
    demo_db: Database,  # noqa: F811
    kind: str,
) -> None:
    """Contact moment, signal and action dialogs are opened on the main window (their parent) again
    and again during a day's work: each one closed is deleted, not kept until the window goes."""
    worker = DatabaseWorker(demo_db, user_id=1)
    parent = QWidget()
    qtbot.addWidget(parent)
    build = BUILDERS[kind]
    with demo_db.session() as session:
        for n in range(20):
            dialog = build(worker, session)
            dialog.setParent(parent, dialog.windowFlags())  # as the window opens it: its child
            dialog.open()
            qtbot.waitUntil(lambda: not worker.busy)
            if n % 2:
                dialog.reject()  # Annuleren, Escape
            else:
                dialog.close()  # the window's close button
            del dialog
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    worker.wait()
    alive = [
        d
        for d in parent.findChildren(QDialog)
        if isinstance(d, (InteractionDialog, SignalDialog, ActionDialog))
    ]
    assert alive == [], f"{len(alive)} of 20 closed {kind} dialogs still alive"
