"""A desk employee sees a signal without its reporter: the window says the details are shielded
(they are not read from the database at all), offers no letter, and never looks a reporter up."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from models.db import Database
from models.signals import categories
from models.signals import services as svc
from models.signals.entities import SignalStatus
from models.team.entities import Role, User
from tests.views.conftest import visible
from tests.views.test_roles_flow import _window
from views.signals.signal_dialogs import SignalDialog


def _signal(database: Database) -> int:
    with database.session() as session:  # the system: a citizen's report, handled with feedback
        category = categories.save_category(session, "Afval", 5)
        signal_id = svc.register_signal(
            session,
            svc.SignalInput(
                category_id=category,
                description="Zwerfvuil bij de bakker",
                street="Noordereinde",
                reporter_name="Karel Klager",
                reporter_phone="0612345678",
                reporter_email="karel@example.nl",
                wants_contact=True,
            ),
        )
        record = svc.signal(session, signal_id, today=date.today())
        svc.move_signal(
            session,
            signal_id,
            record.version,
            svc.TransitionInput(
                status=SignalStatus.HANDLING, found="Veel zwerfvuil", feedback="Beste Karel Klager, ..."
            ),
        )
        session.commit()
    return signal_id


def test_the_desk_sees_that_the_reporter_is_shielded(qtbot, seeded_db: Database, tmp_path: Path) -> None:
    signal_id = _signal(seeded_db)
    with seeded_db.session() as session:
        desk = User(username="dbalie", full_name="Dora de Balie", role=Role.DESK)
        session.add(desk)
        session.commit()
        desk_id = desk.id
    window = _window(qtbot, seeded_db, desk_id, tmp_path)
    window.show_page("signals")
    page = window.page("signals")
    qtbot.waitUntil(lambda: not window.worker.busy and page.model.rowCount() == 1)
    reporter_column = next(i for i, c in enumerate(page.model.columns) if c.sort_key == "reporter")
    shown = page.model.index(0, reporter_column).data(Qt.ItemDataRole.DisplayRole)
    assert shown == QCoreApplication.translate("SignalListModel", "shielded")

    page.detail.load(signal_id)
    qtbot.waitUntil(lambda: page.detail.record is not None and not window.worker.busy)
    facts = page.detail.facts.text()
    assert "Karel" not in facts and "0612345678" not in facts and "karel@" not in facts
    shielded = QCoreApplication.translate(
        "SignalDetail", "shielded: only those who handle signals see the reporter's details"
    )
    assert escape(shielded) in facts
    feedback = page.detail.feedback_view.text()
    assert "Beste Karel" not in feedback and "Veel zwerfvuil" in feedback  # what was found stays readable
    assert not page.detail.letter_button.isVisible() and not page.detail.mail_button.isVisible()

    # Registering a signal still takes the reporter's details; a reporter is not looked up.
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, SignalDialog)
    assert dialog.reporter_phone.isEnabled()
    qtbot.keyClicks(dialog.reporter_phone, "0612345678")
    dialog.recognise()
    qtbot.waitUntil(lambda: not window.worker.busy)
    assert not dialog.earlier.isVisible()
    assert not [w for w in window.findChildren(QMessageBox) if w.isVisible()]  # nothing refused
    dialog.reject()
