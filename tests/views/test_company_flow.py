"""A business manager's day with company files, clicked and typed as a person would."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from models.companies import services as svc
from tests.views.conftest import closed, contact_form, visible
from views.common.worker import DatabaseWorker
from views.companies import company_page
from views.companies.company_dialogs import CompanyDialog, ContactDialog
from views.shell.main_window import MainWindow


def _fill(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def _create_company(
    qtbot, window: MainWindow, worker: DatabaseWorker, postcode: str = "1243 jj"
) -> CompanyDialog:
    qtbot.mouseClick(window.companies.new_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, CompanyDialog)
    _fill(qtbot, dialog.name, "Bakkerij Van Dijk")
    _fill(qtbot, dialog.kvk, "6959 9084")
    _fill(qtbot, dialog.phone, "035-6561234")
    _fill(qtbot, dialog.main.street, "Noordereinde")
    _fill(qtbot, dialog.main.house_number, "12")
    _fill(qtbot, dialog.main.postcode, postcode)
    _fill(qtbot, dialog.main.city, "'s-Graveland")
    dialog.main.sector.setCurrentIndex(dialog.main.sector.findText("1071 Brood- en banketbakkerijen"))
    return dialog


def test_empty_database_says_what_to_do(window: MainWindow) -> None:
    assert window.companies.stack.currentWidget() is window.companies.empty
    assert "maak een nieuwe onderneming aan" in window.companies.empty.text()
    assert window.companies.new_button.text() == "Nieuwe onderneming"


def test_bad_postcode_is_explained_at_the_field_and_nothing_typed_is_lost(
    qtbot, language: str, window: MainWindow, worker: DatabaseWorker
) -> None:
    dialog = _create_company(qtbot, window, worker, postcode="12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    message = dialog.rows["main.postcode"].message
    qtbot.waitUntil(message.isVisible)
    explained = {"nl": "vier cijfers en twee letters", "en": "four digits and two letters"}
    assert explained[language] in message.text()
    assert dialog.isVisible()
    assert dialog.name.text() == "Bakkerij Van Dijk"
    assert dialog.main.postcode.text() == "12345"

    _fill(qtbot, dialog.main.postcode, "1243jj")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))
    qtbot.waitUntil(lambda: window.company.record is not None)
    record = window.company.record
    assert window.pages.currentWidget() is window.company
    assert window.company.title.text() == "Bakkerij Van Dijk"
    assert record.kvk_number == "69599084"
    assert record.main.postcode == "1243 JJ"
    assert "KvK 69599084" in window.company.subtitle.text()
    assert record.main.sector == "Brood- en banketbakkerijen"


def test_find_with_global_search_and_open_the_file(
    qtbot, language: str, window: MainWindow, worker: DatabaseWorker
) -> None:
    dialog = _create_company(qtbot, window, worker)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.company.record is not None)
    window.show_page("companies")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search
    with qtbot.waitSignal(window.search.results_shown, timeout=5000) as shown:
        qtbot.keyClicks(window.search, "s-graveland")
    assert shown.args == [1]
    first = window.search.popup.list.item(0)
    assert "Bakkerij Van Dijk" in window.search.popup.list.itemWidget(first).text()

    window.company.record = None
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.company.record is not None)
    assert window.pages.currentWidget() is window.company
    assert window.company.title.text() == "Bakkerij Van Dijk"
    assert not window.search.popup.isVisible()
    recent = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Bakkerij Van Dijk" in recent


def test_add_and_edit_a_contact_person(qtbot, window: MainWindow, worker: DatabaseWorker) -> None:
    dialog = _create_company(qtbot, window, worker)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.company.record is not None)
    page = window.company
    contact = contact_form(qtbot, page, "Jan", "de", "Vries", "jan@bakkerijvandijk")
    qtbot.mouseClick(contact.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(contact.rows["email"].message.isVisible)
    assert "geen geldig e-mailadres" in contact.rows["email"].message.text()
    _fill(qtbot, contact.email, "jan@bakkerijvandijk.nl")
    _fill(qtbot, contact.phone, "0612345678")
    contact.role.setCurrentText("eigenaar")
    qtbot.mouseClick(contact.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.contact_model.rowCount() == 1)
    assert page.tabs.tabText(page.tabs.indexOf(page.contacts)) == "Contactpersonen (1)"
    model = page.contact_model
    assert model.index(0, 0).data() == "Jan de Vries"
    assert model.index(0, 1).data() == "eigenaar"
    assert model.index(0, 3).data() == "06 12345678"

    page.contact_table.selectRow(0)
    qtbot.mouseClick(page.contact_edit, Qt.MouseButton.LeftButton)
    edit = visible(page, ContactDialog)
    assert edit.last_name.text() == "Vries"
    _fill(qtbot, edit.last_name, "Vries-Jansen")
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, 0).data() == "Jan de Vries-Jansen")
    assert page.record.contacts[0].role == "owner"  # stored as the source text, shown in Dutch


def test_duplicate_kvk_offers_to_open_the_existing_file(
    qtbot, window: MainWindow, worker: DatabaseWorker, monkeypatch
) -> None:
    first = _create_company(qtbot, window, worker)
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.company.record is not None)
    existing = window.company.record.id
    window.show_page("companies")

    from PySide6.QtWidgets import QMessageBox

    def choose_open(box: QMessageBox) -> int:
        assert "Er staat al een vergelijkbare onderneming" in box.text()
        assert "Bakkerij Van Dijk" in box.text()
        labels = [b.text() for b in box.buttons()]
        assert "Toch aanmaken" not in labels  # a KvK number is never accepted twice
        box.clickedButton = lambda: next(b for b in box.buttons() if b.text() == "Bestaand dossier openen")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_open)
    second = _create_company(qtbot, window, worker)
    window.company.record = None
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.company.record is not None)
    assert window.company.record.id == existing
    assert not second.isVisible()


def test_each_hit_says_why_it_was_found_with_the_match_marked(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    dialog = _create_company(qtbot, window, worker)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.company.record is not None)
    window.show_page("companies")

    def shown(typed: str) -> str:
        window.search.setText(typed)  # set, not typed: keyClicks with "'" or "+" is not what we test
        with qtbot.waitSignal(window.search.results_shown, timeout=5000):
            window.search.search_now()
        first = window.search.popup.list.item(0)
        return window.search.popup.list.itemWidget(first).text()

    text = shown("sgraveland")
    assert "plaats: &#x27;<span style='background-color:#fde68a;color:#1f1f1f'>s-Graveland</span>" in text
    text = shown("+31 35 656 1234")
    assert "telefoon: <span style='background-color:#fde68a;color:#1f1f1f'>035 656 1234</span>" in text
    text = shown("noordereinde12")
    assert "<span style='background-color:#fde68a;color:#1f1f1f'>Noordereinde 12</span>, 1243 JJ" in text
    text = shown("bakkerij van")
    assert "<b><span style='background-color:#fde68a;color:#1f1f1f'>Bakkerij Van</span> Dijk</b>" in text


def test_sorting_a_long_list_shows_the_first_screen_first_and_keeps_the_choice_made_on_it(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    """At 250,000 companies the whole order by city takes the database most of a second; the
    first screen comes first, and a company chosen on it stays chosen when the rest arrives."""
    with worker.database.session(user_id=1) as session:
        for name, city in (
            ("Café De Zwaan", "'s-Graveland"),
            ("Bakkerij Jansen", "Ankeveen"),
            ("Atelier Noord", "Kortenhoef"),
            ("Drukkerij Oost", "Loosdrecht"),
            ("Fietsen Bos", "Breukeleveen"),
        ):
            svc.create_company(
                session,
                svc.CompanyInput(name=name),
                svc.EstablishmentInput(street="Dorpsstraat", house_number="1", postcode="1243 JJ", city=city),
            )
        session.commit()
    window.show_page("companies")
    page = window.companies
    page.model.PAGE = 2  # a screen of two rows, so that five companies are a long list
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5 and not worker.busy)
    column = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    first_screens: list[list[str]] = []

    def on_first_screen() -> None:
        if page.model.rowCount() == 2 and not first_screens:
            first_screens.append([page.model.index(r, 0).data() for r in range(2)])
            page.table.selectRow(1)  # chosen before the rest of the list is there

    page.model.page_loaded.connect(on_first_screen)
    with qtbot.waitSignal(page.loaded):
        page.table.horizontalHeader().sectionClicked.emit(column.index("Plaats"))
    qtbot.waitUntil(lambda: not worker.busy and all(page.model.row(r) for r in range(5)))
    assert first_screens == [["Café De Zwaan", "Bakkerij Jansen"]]
    assert [page.model.index(r, 0).data() for r in range(5)] == [
        "Café De Zwaan",
        "Bakkerij Jansen",
        "Fietsen Bos",
        "Atelier Noord",
        "Drukkerij Oost",
    ]
    assert page.count.text() == "5 ondernemingen"
    assert [i.row() for i in page.table.selectionModel().selectedRows()] == [1]


class _Paints(QObject):
    """Counts the paints of a widget that came before its page showed ``company_id``'s file."""

    def __init__(self, window: MainWindow, company_id: int) -> None:
        super().__init__()
        self.window, self.company_id, self.early = window, company_id, 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        record = self.window.company.record
        if event.type() == QEvent.Type.Paint and (record is None or record.id != self.company_id):
            self.early += 1
        return False


def test_a_file_opened_from_the_list_is_painted_once_with_its_own_data(
    qtbot, window: MainWindow, worker: DatabaseWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20: the page switched to was painted with the file shown before (or empty) while the
    new one was read, a paint as costly as the file's own; now the list stays until the file is
    read, then the page is painted once."""
    with worker.database.session(user_id=1) as session:
        ids = [
            svc.create_company(
                session,
                svc.CompanyInput(name=name),
                svc.EstablishmentInput(
                    street="Kerklaan", house_number=str(n), postcode="1241 AB", city="Loosdrecht"
                ),
            )
            for n, name in enumerate(("Bakkerij Van Dijk", "Café De Zwaan"), start=1)
        ]
        session.commit()
    window.open_company(ids[0])
    qtbot.waitUntil(lambda: window.company.record is not None and not worker.busy)
    window.show_page("companies")
    qtbot.waitUntil(lambda: not worker.busy)

    monkeypatch.setattr(company_page, "HOLD_PAINT_MS", 60_000)  # no slow read here, however busy the machine
    paints = _Paints(window, ids[1])
    window.company.title.installEventFilter(paints)
    release = threading.Event()
    worker.run(lambda _s: release.wait(10))  # the worker is busy: the file cannot be read yet
    window.open_company(ids[1])
    qtbot.wait(100)  # the window lays the page out and paints what it may meanwhile
    assert window.pages.currentWidget() is window.company  # switched at once, as before
    release.set()
    qtbot.waitUntil(lambda: window.company.record is not None and window.company.record.id == ids[1])
    qtbot.waitUntil(lambda: window.company.title.visibleRegion().isEmpty() is False)
    qtbot.wait(50)
    assert paints.early == 0
    assert window.company.updatesEnabled() and window.company.timeline.tree.updatesEnabled()
    assert window.company.title.text() == "Café De Zwaan"

    # A file that cannot be read (gone meanwhile) still leaves a page that paints.
    window.show_page("companies")
    window.open_company(10_000_000)
    qtbot.waitUntil(lambda: not worker.busy)
    assert window.company.updatesEnabled()  # at once, not when the wait for a slow read ends

    # A slow read (a far server): the page is painted anyway, with the file shown before.
    monkeypatch.setattr(company_page, "HOLD_PAINT_MS", 0)
    window.show_page("companies")
    release.clear()
    worker.run(lambda _s: release.wait(10))
    window.open_company(ids[0])
    qtbot.waitUntil(window.company.updatesEnabled)
    assert worker.busy  # still reading
    release.set()
    qtbot.waitUntil(lambda: window.company.record is not None and window.company.record.id == ids[0])
