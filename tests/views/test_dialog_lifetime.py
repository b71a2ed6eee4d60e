"""A closed form dialog collected by Python's garbage collector takes its widgets with it without
crashing Qt. A cycle dialog → CompanyPicker → the dialog's bound method made the collector delete a
RespondentDialog's widgets in an order that segfaulted in ~QWidget (CI, 3 December)."""

import gc

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
            del dialog
            gc.collect()  # the process would have crashed here
    worker.wait()
    assert "RespondentDialog" in built and len(built) == len(BUILDERS)
