"""A reporter's long e-mail address wraps in the signal's detail instead of making it scroll
sideways at 1366 px, and copying it from there (Ctrl+C, the context menu) gives the address as written (the CI failure of
4 December 2026: the demo's signal reported by marieke.vermeulen27@gmail.com was 240 px wide
in a pane of 224)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QScrollArea

from models.db import Database
from models.signals import categories
from models.signals import services as svc
from tests.views.test_roles_flow import _window
from views.common.widgets import FactsLabel, breakable, unbroken

ADDRESS = "marieke.vermeulendegroot27@gemeentewijdemeren.nl"


def test_breakable_marks_places_to_break_long_words_only() -> None:
    assert breakable("Kerkstraat 3, 1241 BW Kortenhoef") == "Kerkstraat 3, 1241 BW Kortenhoef"
    assert (
        breakable("Omgevingsvergunningaanvraag") == "Omgevingsvergunningaanvraag"
    )  # a Dutch word stays whole
    marked = breakable(f"Marieke · {ADDRESS}")
    assert marked == "Marieke · marieke.\u200bvermeulendegroot27@\u200bgemeentewijdemeren.\u200bnl"
    assert "\u200b" in breakable("x" * 40)  # a run without marks breaks too
    assert "\u200b\u0301" not in breakable(
        "a" * 23 + "e\u0301" + "b" * 5
    )  # not between a letter and its accent
    for text in (marked, breakable("x" * 40), breakable("https://www.wijdemeren.nl/ondernemen")):
        assert unbroken(text) == text.replace("\u200b", "")


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_a_long_address_wraps_in_the_detail_and_copies_whole(
    qtbot, seeded_db: Database, tmp_path: Path
) -> None:
    with seeded_db.session() as session:
        category = categories.save_category(session, "Geluid horeca", 5)
        signal_id = svc.register_signal(
            session,
            svc.SignalInput(
                category_id=category,
                description="Muziek na sluitingstijd",
                street="Curtevenne",
                reporter_name="Marieke Vermeulen",
                reporter_email=ADDRESS,
                wants_contact=True,
            ),
        )
        session.commit()
    window = _window(qtbot, seeded_db, 1, tmp_path)
    window.show_page("signals")
    page = window.page("signals")
    qtbot.waitUntil(lambda: not window.worker.busy and page.model.rowCount() == 1)
    page.detail.load(signal_id)
    qtbot.waitUntil(lambda: page.detail.record is not None and not window.worker.busy)
    facts = page.detail.facts
    assert isinstance(facts, FactsLabel)
    assert facts.fontMetrics().horizontalAdvance(ADDRESS) > 224  # wider than the pane at 1366 px
    assert facts.minimumSizeHint().width() < 200
    pane = page.detail.stack.currentWidget()
    assert isinstance(pane, QScrollArea)
    assert pane.widget().minimumSizeHint().width() <= pane.viewport().width()
    assert not pane.horizontalScrollBar().isVisible()

    QGuiApplication.clipboard().clear()
    facts.select_all()
    facts.setFocus()
    qtbot.keyClick(facts, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert f"Marieke Vermeulen · {ADDRESS}" in copied and "\u200b" not in copied
    assert "Melder" in copied.splitlines()  # each caption on a line of its own, as it shows

    # The context menu's Copy (Kopiëren) does the same.
    QGuiApplication.clipboard().clear()
    chosen: list[str] = []

    def choose_copy() -> None:
        menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
        action = next(a for a in menu.actions() if a.text() == "Kopiëren")
        chosen.append(action.text())
        action.trigger()
        menu.close()

    QTimer.singleShot(50, choose_copy)
    QApplication.sendEvent(
        facts,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), facts.mapToGlobal(QPoint(5, 5))),
    )
    assert chosen == ["Kopiëren"]
    assert (
        ADDRESS in QGuiApplication.clipboard().text() and "\u200b" not in QGuiApplication.clipboard().text()
    )
