"""The privacy page as the administrator uses it: retention periods, the job's preview and run
with its log line; finding a reporter, exporting what is held about her, erasing her with a
reason; a colleague's change showing on a shared server; and nobody else seeing the page."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import update

from models.base import utcnow
from models.db import Database
from models.migrations import migrate
from models.permissions import ROLE_PERMISSIONS
from models.privacy import services as privacy
from models.privacy.dossier import PERSON_KINDS, PersonKind
from models.privacy.services import RetentionKind
from models.signals import categories
from models.signals import services as signals
from models.signals.entities import Signal, SignalStatus
from models.team.entities import Role, User
from models.team.services import SignedIn
from tests.views.conftest import visible
from views.common.settings import Settings
from views.common.text import label
from views.common.worker import DatabaseWorker
from views.privacy.inzage_tab import EraseDialog
from views.privacy.privacy_page import PrivacyPage
from views.privacy.retention_tab import RetentionDialog
from views.privacy.wording import capitalised
from views.shell.main_window import PAGE_ROLE, MainWindow

ELS = "els.jansen@example.nl"


def _reporter_signals(worker: DatabaseWorker) -> None:
    """Els Jansen reported twice: a fallen branch, handled two years ago (her contact details are
    past the year's retention), and a loose paving stone still open."""
    with worker.database.session(user_id=1) as session:
        category = categories.save_category(session, "Openbaar groen", None)
        old = signals.register_signal(
            session,
            signals.SignalInput(
                category_id=category,
                description="Tak op het fietspad",
                street="Noordereinde",
                reporter_name="Els Jansen",
                reporter_phone="0612345678",
                reporter_email=ELS,
            ),
        )
        signals.move_signal(
            session,
            old,
            1,
            signals.TransitionInput(status=SignalStatus.DONE, done="Tak weggehaald."),
        )
        session.execute(
            update(Signal).where(Signal.id == old).values(closed_at=utcnow() - timedelta(days=730))
        )
        signals.register_signal(
            session,
            signals.SignalInput(
                category_id=category,
                description="Losse stoeptegel",
                street="Zuidereinde",
                reporter_name="Els Jansen",
                reporter_email=ELS,
            ),
        )
        session.commit()


@pytest.fixture
def page(qtbot, window: MainWindow, worker: DatabaseWorker) -> PrivacyPage:
    _reporter_signals(worker)
    nav = [window.nav.item(i).data(PAGE_ROLE) for i in range(window.nav.count())]
    assert "privacy" in nav
    window.show_page("privacy")
    page = window.page("privacy")
    assert isinstance(page, PrivacyPage)
    qtbot.waitUntil(lambda: page.retention.rules_model.rowCount() > 0 and not worker.busy)
    return page


def _cell(model, row: int, title: str) -> str:
    column = next(i for i, c in enumerate(model.columns) if c.title == title)
    return model.data(model.index(row, column))


def _row_of(page: PrivacyPage, kind: str) -> int:
    return next(i for i, rule in enumerate(page.retention.rules) if rule.kind == kind)


def test_the_administrator_sets_a_period_previews_and_runs_retention(
    qtbot, window: MainWindow, worker: DatabaseWorker, page: PrivacyPage, monkeypatch
) -> None:
    tab = page.retention
    row = _row_of(page, RetentionKind.SIGNAL_REPORTER)
    assert _cell(tab.rules_model, row, "Na") == "12 maanden"
    assert _cell(tab.rules_model, row, "Standaard") == "12 maanden"
    assert _cell(tab.rules_model, row, "Wat er gebeurt") == "anonimiseren"
    assert _cell(tab.rules_model, row, "Grondslag")
    assert tab.log_stack.currentWidget() is tab.log_empty

    # A period out of range is refused at the field, and what was typed stays.
    tab.rules_table.selectRow(row)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, RetentionDialog)
    dialog.months.setText("0")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    message = dialog.rows["months"].message
    qtbot.waitUntil(message.isVisible)
    assert "1200" in message.text()
    assert dialog.months.text() == "0" and dialog.isVisible()
    dialog.months.setText("zes")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled() and message.isVisible())
    assert "1200" in message.text() and dialog.months.text() == "zes"
    dialog.months.setText("6")
    with qtbot.waitSignal(tab.rules_loaded):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _cell(tab.rules_model, _row_of(page, RetentionKind.SIGNAL_REPORTER), "Na") == "6 maanden"

    # The preview counts Els's handled signal, and changes nothing.
    with qtbot.waitSignal(tab.planned):
        qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    row = _row_of(page, RetentionKind.SIGNAL_REPORTER)
    assert _cell(tab.rules_model, row, "Nu te doen") == "1 te anonimiseren"
    assert "1 te anonimiseren" in tab.summary.text()
    with qtbot.waitSignal(tab.planned):
        qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    assert _cell(tab.rules_model, row, "Nu te doen") == "1 te anonimiseren"  # still due: nothing was done

    # Running asks first, saying what it will do; then the log says what was done.
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with qtbot.waitSignal(tab.log_loaded):
        qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "1 te anonimiseren" in asked[0] and "niet ongedaan" in asked[0]
    assert tab.message.isVisible() and "1 geanonimiseerd" in tab.message.text()
    assert tab.log_stack.currentWidget() is tab.log_table
    kind = _cell(tab.rules_model, row, "Persoonsgegevens")
    log_rows = [
        (
            _cell(tab.log_model, i, "Persoonsgegevens"),
            _cell(tab.log_model, i, "Aantal"),
            _cell(tab.log_model, i, "Door"),
        )
        for i in range(tab.log_model.rowCount())
    ]
    assert (kind, "1", "Petra van Dam") in log_rows, log_rows

    # The reporter's details are gone from the handled signal; a next run has nothing to do.
    with worker.database.session(1) as session:
        reporters = session.query(Signal.reporter_email).order_by(Signal.id).all()
    assert [r[0] for r in reporters] == [None, ELS]
    asked.clear()
    qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "niets" in tab.message.text().lower())
    assert asked == []


def test_inzage_finds_exports_and_erases_a_reporter(
    qtbot, window: MainWindow, worker: DatabaseWorker, page: PrivacyPage, monkeypatch, tmp_path: Path
) -> None:
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    tab = page.inzage
    assert page.tabs.currentWidget() is tab
    qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)  # nothing typed: told what to type
    assert tab.field_messages["name"].isVisible() and "e-mailadres" in tab.field_messages["name"].text()
    tab.email.setFocus()
    qtbot.keyClicks(tab.email, ELS)
    with qtbot.waitSignal(tab.found) as found:
        qtbot.keyClick(tab.email, Qt.Key.Key_Return)
    assert found.args == [2]
    groups = [tab.tree.topLevelItem(i) for i in range(tab.tree.topLevelItemCount())]
    children = [g.child(j) for g in groups for j in range(g.childCount())]
    assert sum(g.childCount() for g in groups) == 2
    assert {c.text(0) for c in children} == {"Els Jansen"}
    assert {c.text(2) for c in children} == {ELS}
    assert "06 12345678" in {c.text(1) for c in children}
    assert all(c.text(3) for c in children)  # each hit says where it was found
    assert tab.count.text() == "2 van 2 vermeldingen aangevinkt"

    # Export: a folder is asked for, a PDF and a JSON file are written there, and the page says where.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    with qtbot.waitSignal(tab.exported, timeout=20000) as exported:
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    pdf, data = exported.args[0]
    assert pdf.parent == tmp_path and pdf.exists() and data.exists()
    assert pdf.suffix == ".pdf" and data.suffix == ".json"
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Els Jansen" in text
    assert ELS in data.read_text(encoding="utf-8")
    json.loads(data.read_text(encoding="utf-8"))
    assert tab.message.isVisible() and str(tmp_path) in tab.message.text() and pdf.name in tab.message.text()
    # The privacy log says that data were handed out, by whom and how many records, not whose.
    with worker.database.session() as session:
        logged = privacy.privacy_log(session)
    assert sum(r.count for r in logged if r.action == "inzage") == 2
    assert all(r.by == "Petra van Dam" for r in logged if r.action == "inzage")

    # Erasure: without a reason it is refused at the field, and nothing is asked.
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(tab.erase_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, EraseDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    reason = dialog.rows["reason"]
    assert reason.message.isVisible() and "waarom" in reason.message.text().lower()
    assert dialog.isVisible() and asked == []

    # With a reason: confirmed with the number of records, then done, and she is found no more.
    dialog.reason.setPlainText("Verzoek per e-mail van 1 december, kenmerk 2026-041")
    with qtbot.waitSignal(tab.erased, timeout=20000) as erased:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "2 vermeldingen" in asked[0]
    assert sum(step.count for step in erased.args[0]) >= 2
    assert "Gewist" in tab.message.text()
    qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.empty)
    assert tab.hits == [] and "Niemand gevonden" in tab.empty.text()
    assert not tab.erase_button.isEnabled() and not tab.export_button.isEnabled()

    # The privacy log records the erasure with its reason.
    retention = page.retention
    with qtbot.waitSignal(retention.log_loaded):
        retention.reload_log()
    lines = [
        (_cell(retention.log_model, i, "Persoonsgegevens"), _cell(retention.log_model, i, "Aantal"))
        for i in range(retention.log_model.rowCount())
        if _cell(retention.log_model, i, "Reden") == "Verzoek per e-mail van 1 december, kenmerk 2026-041"
    ]
    # As the role she had (a reporter), not as the retention kind that shares its code.
    assert lines == [(capitalised(label(PERSON_KINDS[PersonKind.SIGNAL_REPORTER])), "2")]


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ADMINISTRATOR])
def test_others_do_not_see_the_privacy_page(
    qtbot, worker: DatabaseWorker, tmp_path: Path, role: Role
) -> None:
    signed_in = SignedIn(
        user_id=1, username="pvdam", full_name="Petra van Dam", role=role, permissions=ROLE_PERMISSIONS[role]
    )
    window = MainWindow(worker, Settings(str(tmp_path / "settings.ini")), "Petra van Dam", signed_in)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not worker.busy)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    keys = [window.nav.item(i).data(PAGE_ROLE) for i in range(window.nav.count())]
    assert "privacy" not in keys and "Privacy (AVG)" not in titles
    window.close()


def test_a_namesake_left_unticked_is_neither_exported_nor_erased(
    qtbot, window: MainWindow, worker: DatabaseWorker, page: PrivacyPage, monkeypatch, tmp_path: Path
) -> None:
    with worker.database.session(user_id=1) as session:
        category = categories.categories(session)[0].id
        signals.register_signal(
            session,
            signals.SignalInput(
                category_id=category,
                description="Kapotte lantaarnpaal",
                street="Kerkstraat",
                reporter_name="Els Jansen",
                reporter_email="e.jansen@example.org",
            ),
        )
        session.commit()
    page.tabs.setCurrentWidget(page.inzage)
    tab = page.inzage
    tab.name.setFocus()
    qtbot.keyClicks(tab.name, "els jansen")
    with qtbot.waitSignal(tab.found) as found:
        qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    assert found.args == [3]
    assert tab.mixed.isVisible() and "verschillende personen" in tab.mixed.text()
    namesake = next(item for item in tab.hit_items if item.text(2) == "e.jansen@example.org")
    tab.tree.setFocus()
    tab.tree.setCurrentItem(namesake)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)  # untick her
    assert namesake.checkState(0) == Qt.CheckState.Unchecked
    assert tab.count.text() == "2 van 3 vermeldingen aangevinkt"
    assert not tab.mixed.isVisible()  # what is left is one person's

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    with qtbot.waitSignal(tab.exported, timeout=20000) as exported:
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    data = exported.args[0][1].read_text(encoding="utf-8")
    assert ELS in data and "e.jansen@example.org" not in data and "lantaarnpaal" not in data

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.erase_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, EraseDialog)
    dialog.reason.setPlainText("Verzoek aan de balie")
    with qtbot.waitSignal(tab.found) as found:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert found.args == [1]  # searched again: only the namesake is left
    assert [item.text(2) for item in tab.hit_items] == ["e.jansen@example.org"]


def test_an_export_to_a_folder_that_cannot_be_written_says_so(
    qtbot, window: MainWindow, worker: DatabaseWorker, page: PrivacyPage, tmp_path: Path
) -> None:
    page.tabs.setCurrentWidget(page.inzage)
    tab = page.inzage
    tab.email.setText(ELS)
    with qtbot.waitSignal(tab.found):
        tab.search()
    tab.export_to(tmp_path / "no-such-folder")
    qtbot.waitUntil(lambda: tab.message.isVisible() and tab.export_button.isEnabled())
    assert "no-such-folder" in tab.message.text() and "kies een andere plek" in tab.message.text().lower()


def test_a_colleagues_new_period_shows_on_the_open_page(qtbot, pg_schema: str, tmp_path: Path) -> None:
    """On a shared server: another administrator changes a period at their desk; the page on
    screen here shows it (live updates), and a preview on screen is counted again."""
    mine, colleague = Database(pg_schema), Database(pg_schema)
    migrate(mine)
    with mine.session() as session:
        anna = User(username="anna", full_name="Anna de Vries", role=Role.ADMINISTRATOR)
        bert = User(username="bert", full_name="Bert Bakker", role=Role.ADMINISTRATOR)
        session.add_all([anna, bert])
        session.commit()
        anna_id, bert_id = anna.id, bert.id
    worker = DatabaseWorker(mine, user_id=anna_id)
    window = MainWindow(worker, Settings(str(tmp_path / "settings.ini")), "Anna de Vries")
    qtbot.addWidget(window)
    window.show()
    assert window.live.listener is not None and window.live.listener.listening.wait(5)
    window.show_page("privacy")
    page = window.page("privacy")
    assert isinstance(page, PrivacyPage)
    tab = page.retention
    qtbot.waitUntil(lambda: tab.rules_model.rowCount() > 0)
    with qtbot.waitSignal(tab.planned):
        qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    row = _row_of(page, RetentionKind.DESK_VISITOR)
    assert _cell(tab.rules_model, row, "Na") == "12 maanden"

    with colleague.session(bert_id) as session:
        privacy.set_retention_months(session, RetentionKind.DESK_VISITOR, 3)
        session.commit()

    qtbot.waitUntil(
        lambda: _cell(tab.rules_model, _row_of(page, RetentionKind.DESK_VISITOR), "Na") == "3 maanden"
    )
    qtbot.waitUntil(lambda: not worker.busy)
    assert _cell(tab.rules_model, _row_of(page, RetentionKind.DESK_VISITOR), "Nu te doen") == "niets"
    window.close()
    worker.wait()
    mine.dispose()
    colleague.dispose()
