"""Readable and predictable (issue 18): what the eye needs to work by keyboard and at a glance."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyle, QStyleOptionSpinBox

from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow


# The offscreen platform cannot raise a popup or let it grab the keyboard; harmless, and not ours.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_the_highlighted_item_of_a_drop_down_list_shows(qtbot) -> None:
    combo = QComboBox()
    combo.addItems(["bezoek", "telefoon", "e-mail"])
    qtbot.addWidget(combo)
    combo.show()
    combo.showPopup()
    view = combo.view()
    index = combo.model().index(1, 0)
    view.setCurrentIndex(index)
    view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.waitUntil(view.isVisible)
    image = view.viewport().grab().toImage()
    row = view.visualRect(index)
    assert image.pixelColor(3, row.center().y()).name() == "#1f5fa8"  # not an empty white box
    combo.hidePopup()


def test_spin_boxes_have_arrows(qtbot) -> None:
    spin = QSpinBox()
    spin.resize(120, 30)
    qtbot.addWidget(spin)
    spin.show()
    image = spin.grab().toImage()
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    up = spin.style().subControlRect(
        QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, spin
    )
    shades = {
        image.pixelColor(x, y).name()
        for x in range(up.left(), up.right())
        for y in range(up.top(), up.bottom())
    }
    assert up.width() > 0 and len(shades) > 3  # an arrow is drawn, not a blank square


def test_my_work_buttons_keep_their_place_and_are_disabled_when_they_do_not_apply(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    from datetime import UTC, date, datetime

    from PySide6.QtWidgets import QTreeWidgetItem

    from models.consultations import services as consultations
    from models.consultations.entities import AgreementStatus
    from tests.views.test_consultation_flow import _company

    company_id = _company(worker)
    with worker.database.session(1) as session:
        interaction_id = consultations.log_interaction(
            session,
            company_id,
            consultations.InteractionInput(
                occurred_at=datetime.now(UTC),
                subject="Terras",
                agreements=[
                    consultations.AgreementInput(description=text, assignee_id=1)
                    for text in ("Eerste", "Tweede")
                ],
            ),
        )
        session.commit()
    with worker.database.session(1) as session:
        first = consultations.interaction(session, interaction_id, today=date.today()).agreements[0]
        consultations.set_agreement_status(session, first.id, first.version, AgreementStatus.IN_PROGRESS)
        session.commit()
    window.show_page("my_work")
    page = window.page("my_work")
    qtbot.waitUntil(
        lambda: page.tree.topLevelItemCount() == 1 and page.tree.topLevelItem(0).childCount() == 2
    )
    group = page.tree.topLevelItem(0)
    rows: dict[str, QTreeWidgetItem] = {group.child(i).text(0): group.child(i) for i in range(2)}
    buttons = page.agreement_actions.buttons

    def places() -> dict[AgreementStatus, int]:
        return {status: button.x() for status, button in buttons.items() if button.isVisible()}

    page.tree.setCurrentItem(rows["Tweede"])  # open: it can be started
    qtbot.waitUntil(lambda: buttons[AgreementStatus.IN_PROGRESS].isEnabled())
    open_places = places()
    assert set(open_places) == set(buttons)
    assert not buttons[AgreementStatus.OPEN].isEnabled()  # already open: shown in its place, disabled
    page.tree.setCurrentItem(rows["Eerste"])  # in progress: it cannot be started again
    qtbot.waitUntil(lambda: not buttons[AgreementStatus.IN_PROGRESS].isEnabled())
    assert places() == open_places
    assert buttons[AgreementStatus.DONE].isEnabled() and buttons[AgreementStatus.DROPPED].isEnabled()


def test_the_window_title_names_the_page_and_the_open_company_with_one_edit_button(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    from PySide6.QtWidgets import QPushButton

    from tests.views.test_consultation_flow import _company

    company_id = _company(worker)
    window.show_page("my_work")
    assert window.windowTitle() == "Mijn werk – Ondernemersdesk"
    window.open_company(company_id)
    qtbot.waitUntil(lambda: window.windowTitle() == "Café De Zwaan – Ondernemersdesk")
    page = window.company
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        shown = [b.text() for b in page.findChildren(QPushButton) if b.isVisible()]
        assert shown.count("Bewerken") <= 1, shown
    assert page.est_edit.text() == "Vestiging bewerken"
    assert page.contact_edit.text() == "Contactpersoon bewerken"


def test_the_file_dialog_speaks_dutch(qtbot, qapp) -> None:
    import sys

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

    from desktop.bootstrap import use_translated_dialogs

    use_translated_dialogs(qapp)
    if sys.platform.startswith("linux"):
        assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    dialog = QFileDialog(None, "Opslaan")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel)] + [
        b.text() for b in dialog.findChildren(QPushButton)
    ]
    assert "Bestands&naam:" in texts and "Op&slaan" in texts
    assert "&Zoeken in:" in texts and "Bestands&type:" in texts
    assert not {"&Look in:", "Files of &type:", "File &name:", "&Save", "Cancel"} & set(texts)


def test_ok_and_cancel_have_no_platform_icons(qtbot) -> None:
    """Every button row is text only; a platform theme's icons on OK/Cancel are switched off by
    the style sheet (offscreen has none, so this checks the style sheet's rule is in force)."""
    from PySide6.QtWidgets import QDialogButtonBox, QStyle

    from desktop.bootstrap import stylesheet

    assert "dialogbuttonbox-buttons-have-icons: 0" in stylesheet()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.style().styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons, None, box) == 0
    assert all(button.icon().isNull() for button in box.buttons())


def test_the_daily_report_asks_for_one_date_labelled_date(qtbot) -> None:
    from datetime import date

    from PySide6.QtWidgets import QLabel

    from views.rounds.round_dialogs import PeriodDialog

    day = date(2026, 11, 23)
    single = PeriodDialog("Dagrapport", day, day, single=True)
    qtbot.addWidget(single)
    single.show()
    captions = [
        w.text() for w in single.findChildren(QLabel) if w.isVisible() and w.buddy() is None and w.text()
    ]
    labels = [single.form.labelForField(single.since).text()]
    assert labels == ["Datum"] and "Van" not in captions
    assert single.form.labelForField(single.until) is None
    period = PeriodDialog("Rapportage", day, day)
    qtbot.addWidget(period)
    assert period.form.labelForField(period.since).text() == "Van"
    # An unreadable date keeps the dialog open (the field says why).
    single.since.edit.setText("32-11")
    single.accept()
    assert single.isVisible() and single.result() == 0
