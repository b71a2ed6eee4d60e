"""Hostile input typed or pasted into the search boxes (issue 19): a sentence in the window, what
was typed kept in the box, never the crash dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow

PASTED = "Dorpsstraat " * 83_334  # a million characters


def _typed(qtbot, worker: DatabaseWorker, box: QLineEdit, text: str) -> None:
    box.setText(text)  # pasted: keyClicks of a million characters would take minutes
    box.textEdited.emit(text)
    qtbot.waitUntil(lambda: not worker.busy)


def test_the_signals_search_says_what_is_wrong(qtbot, window: MainWindow, worker: DatabaseWorker) -> None:
    bugs: list[BaseException] = []
    worker.bug.connect(bugs.append)
    window.show_page("signals")
    qtbot.waitUntil(lambda: not worker.busy)
    page = window.page("signals")
    for typed in ("M-2147483648", "M-99999999999999999999"):
        _typed(qtbot, worker, page.search, typed)
        qtbot.waitUntil(lambda: "bestaat niet" in page.empty.text())
        assert "M-" in page.empty.text() and page.list_stack.currentWidget() is page.empty
        assert page.search.text() == typed
    _typed(qtbot, worker, page.search, PASTED)
    qtbot.waitUntil(lambda: "ten hoogste 200 tekens" in page.empty.text())
    assert len(page.search.text()) == len(PASTED) or page.search.maxLength() < len(PASTED)
    _typed(qtbot, worker, page.search, "M-12")  # an ordinary search again: the counts come back
    qtbot.waitUntil(
        lambda: "Geen meldingen" in page.empty.text() or page.list_stack.currentWidget() is page.table
    )
    assert bugs == []


def test_the_knowledge_searches_say_what_is_wrong(qtbot, window: MainWindow, worker: DatabaseWorker) -> None:
    bugs: list[BaseException] = []
    worker.bug.connect(bugs.append)
    window.show_page("knowledge")
    qtbot.waitUntil(lambda: not worker.busy)
    page = window.page("knowledge")
    _typed(qtbot, worker, page.filter, PASTED)
    qtbot.waitUntil(lambda: "ten hoogste 200 tekens" in page.empty.text())
    assert page.stack.currentWidget() is page.empty

    window.show_page("desk")
    qtbot.waitUntil(lambda: not worker.busy)
    panel = window.page("desk").answer_panel
    _typed(qtbot, worker, panel.article_search, PASTED)
    qtbot.waitUntil(lambda: "ten hoogste 200 tekens" in panel.answer_view.toPlainText())
    assert bugs == []
