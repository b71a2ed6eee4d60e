"""A closed form dialog collected by Python's garbage collector takes its widgets with it without
crashing Qt. A cycle dialog → CompanyPicker → the dialog's bound method made the collector delete a
RespondentDialog's widgets in an order that segfaulted in ~QWidget (CI, 3 December)."""

import gc
import weakref

from models.db import Database
from tests.views.test_merge_protocol import BUILDERS, demo_db  # noqa: F401  (the fixture)
from views.common.worker import DatabaseWorker


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
