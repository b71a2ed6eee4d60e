"""Scrolling through a long company list: the pages ahead are read with the one shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from models.companies import services as svc
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow

COMPANIES = 90
PAGE = 3  # a page of three rows, so that ninety companies are thirty pages


def _long_list(qtbot: Any, window: MainWindow, worker: DatabaseWorker) -> list[list[int]]:
    """The company list of ninety companies at the top, in pages of three; the pages of every
    read it makes from now on are recorded in what is returned."""
    with worker.database.session() as session:
        for n in range(COMPANIES):
            svc.create_company(
                session,
                svc.CompanyInput(name=f"Bedrijf {n:03d}"),
                svc.EstablishmentInput(
                    street="Dorpsstraat", house_number=str(n + 1), postcode="1243 JJ", city="Ankeveen"
                ),
                allow_duplicate=True,
            )
        session.commit()
    window.show_page("companies")
    page = window.companies
    page.model.PAGE = PAGE
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == COMPANIES and not worker.busy)
    reads: list[list[int]] = []
    fetch = page.model._fetch

    def recorded(session: Any, ids: list[int]) -> Any:
        pages = [page.model.ids.index(i) // PAGE for i in ids]
        reads.append(list(dict.fromkeys(pages)))  # in the order read
        return fetch(session, ids)

    page.model._fetch = recorded
    return reads


def _shown(window: MainWindow) -> list[str]:
    """The names in the rows on the screen ("…" where a row is still being read)."""
    table, model = window.companies.table, window.companies.model
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    return [model.index(r, 0).data() for r in range(first, last + 1)]


def test_scrolling_down_reads_ahead_in_growing_reads_and_every_row_shows_its_company(
    qtbot: Any, window: MainWindow, worker: DatabaseWorker
) -> None:
    reads = _long_list(qtbot, window, worker)
    table = window.companies.table
    table.setFocus()
    table.selectRow(0)
    while table.currentIndex().row() < COMPANIES - 1:
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: not worker.busy and "…" not in _shown(window))
    assert _shown(window)[-1] == f"Bedrijf {COMPANIES - 1:03d}"
    read = [n for pages in reads for n in pages]
    assert sorted(read) == sorted(set(read)), "a page was read twice"
    # Each read as long as the stretch read behind it (1, 2, 4, …), up to the model's longest
    # read: thirty pages in a handful of reads instead of one per page.
    assert max(len(pages) for pages in reads) == window.companies.model.READ_AHEAD + 1
    assert len(reads) <= 6


def test_a_jump_to_the_end_reads_only_what_it_shows_and_scrolling_up_reads_ahead_upwards(
    qtbot: Any, window: MainWindow, worker: DatabaseWorker
) -> None:
    reads = _long_list(qtbot, window, worker)
    table = window.companies.table
    table.scrollToBottom()
    qtbot.waitUntil(lambda: not worker.busy and "…" not in _shown(window))
    on_screen = set(range(table.rowAt(0) // PAGE, (COMPANIES - 1) // PAGE + 1))
    assert {n for pages in reads for n in pages} == on_screen  # only the pages of the screen
    reads.clear()
    bar = table.verticalScrollBar()
    while bar.value() > bar.minimum():
        bar.setValue(bar.value() - bar.singleStep())
        qtbot.waitUntil(lambda: not worker.busy and "…" not in _shown(window))
    assert _shown(window)[0] == "Bedrijf 000"
    longer = [pages for pages in reads if len(pages) > 1]
    assert max(len(pages) for pages in reads) >= 4  # pages above the screen read with it
    assert all(pages == list(range(pages[0], pages[0] - len(pages), -1)) for pages in longer), reads
