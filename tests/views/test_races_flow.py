"""*Nieuwe versie* pressed while a colleague has just made the draft (issue 19): the official is
told in Dutch who made it, and no second draft appears."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from models.ambitions import services as ambitions
from models.ambitions.entities import AmbitionPlan
from models.ambitions.services import AmbitionInput
from models.team.entities import Role, User
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow


def test_new_version_names_the_colleague_who_made_the_draft(
    qtbot, window: MainWindow, worker: DatabaseWorker, monkeypatch
) -> None:
    database = worker.database
    with database.session() as s:
        plan_id = ambitions.create_plan(s, "Koers op ondernemen")
        ambitions.save_ambition(s, plan_id, AmbitionInput(theme="arbeidsmarkt", title="Banen"))
        bert = User(username="bbakker", full_name="Bert Bakker", role=Role.OFFICIAL)
        s.add(bert)
        s.commit()
        bert_id = bert.id
    with database.session() as s:
        ambitions.adopt_plan(s, plan_id, s.get(AmbitionPlan, plan_id).version, date(2026, 3, 1))  # type: ignore[union-attr]
        s.commit()
    window.show_page("ambitions")
    qtbot.waitUntil(lambda: not worker.busy)
    page = window.page("ambitions")
    qtbot.waitUntil(lambda: page.plan is not None and page.version_button.isEnabled())

    with database.session(user_id=bert_id) as s:  # Bert, at his desk, a moment earlier
        ambitions.new_version(s, plan_id)
        s.commit()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: said.append(text))
    qtbot.mouseClick(page.version_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said))
    assert said == [
        "Versie 2 is al een concept, gemaakt door Bert Bakker: wijzig dat concept, of stel het eerst vast."
    ]
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(AmbitionPlan)) == 2
