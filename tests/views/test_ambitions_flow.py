"""The ambition plan as a policy officer uses it: a plan and an ambition, the co-creation input
linked to it, an indicator with measurements whose traffic light changes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTreeWidget, QTreeWidgetItem

from models.ambitions.monitoring import Light
from tests.views.conftest import closed, visible
from views.ambitions.ambition_dialogs import (
    AdoptDialog,
    AmbitionDialog,
    IdeaDialog,
    PlanDialog,
    RespondentDialog,
)
from views.ambitions.ambitions_page import AmbitionsPage, MonitoringPeriodDialog
from views.ambitions.indicator_dialogs import IndicatorDialog, MeasurementDialog
from views.common.pdf_export import PdfPreviewDialog
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow


def _type(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def _click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    found = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        found.append(top)
        found += [top.child(j) for j in range(top.childCount())]
    return found


def _select(tree: QTreeWidget, text: str) -> None:
    tree.setCurrentItem(next(item for item in _items(tree) if item.text(0).startswith(text)))


def _save(qtbot, dialog) -> None:
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(closed(dialog))


@pytest.fixture
def page(qtbot, window: MainWindow, worker: DatabaseWorker) -> AmbitionsPage:
    window.show_page("ambitions")
    qtbot.waitUntil(lambda: not worker.busy)
    return window.page("ambitions")


def _plan_with_ambition(qtbot, window: MainWindow, page: AmbitionsPage) -> None:
    assert page.stack.currentWidget() is page.empty
    _click(qtbot, page.new_plan_button)
    dialog = visible(window, PlanDialog)
    _type(qtbot, dialog.title, "Koers op ondernemen")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.overview is not None)
    assert page.stack.currentWidget() is page.tabs

    page.tabs.setCurrentIndex(1)
    _click(qtbot, page.new_ambition_button)
    dialog = visible(window, AmbitionDialog)
    dialog.theme.setCurrentText("centrumgebieden")
    _type(qtbot, dialog.title, "Levendige winkelkernen")
    dialog.lead.setCurrentIndex(dialog.lead.findText("Petra van Dam"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.overview is not None and len(page.overview.ambitions) == 1)
    assert page.work.topLevelItem(0).text(0) == "centrumgebieden – Levendige winkelkernen"
    assert page.work.topLevelItem(0).text(1) == "Petra van Dam"


def test_link_an_idea_to_an_ambition_and_see_its_support(
    qtbot, window: MainWindow, page: AmbitionsPage
) -> None:
    _plan_with_ambition(qtbot, window, page)
    page.tabs.setCurrentIndex(2)
    _click(qtbot, page.new_respondent_button)
    dialog = visible(window, RespondentDialog)
    _type(qtbot, dialog.name, "Ondernemersvereniging Loosdrecht")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(page.overview.respondents) == 1)

    _select(page.input, "Ondernemersvereniging")
    _click(qtbot, page.new_idea_button)
    dialog = visible(window, IdeaDialog)
    _click(qtbot, dialog.save_button)  # no text yet: said at the field, the dialog stays
    qtbot.waitUntil(dialog.rows["text"].message.isVisible)
    assert dialog.isVisible()
    dialog.idea.setFocus()
    qtbot.keyClicks(dialog.idea, "Pop-upwinkels in lege panden")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(page.overview.ideas) == 1)
    assert len(page.overview.unlinked_ideas) == 1
    assert "1 niet gekoppeld" in page.input_summary.text()
    page.only_unlinked.setChecked(True)
    assert [item.text(0) for item in _items(page.input)][-1] == "Pop-upwinkels in lege panden"
    assert _items(page.input)[-1].text(6) == "niet gekoppeld"

    _select(page.input, "Pop-upwinkels")
    _click(qtbot, page.edit_input_button)
    dialog = visible(window, IdeaDialog)
    dialog.links.item(0).setCheckState(Qt.CheckState.Checked)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not page.overview.unlinked_ideas)
    assert page.input.topLevelItemCount() == 0  # only unlinked ideas shown: none left
    page.only_unlinked.setChecked(False)
    assert _items(page.input)[-1].text(6) == "Levendige winkelkernen"
    ambition = page.overview.ambitions[0]
    assert ambition.support.respondents == 1
    assert "1 respondent" in page.dashboard.topLevelItem(0).child(0).text(4)


def test_enter_measurements_and_see_the_traffic_light_change(
    qtbot,
    window: MainWindow,
    page: AmbitionsPage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _plan_with_ambition(qtbot, window, page)
    today = date.today()
    page.tabs.setCurrentIndex(3)
    _select(page.indicators, "Levendige winkelkernen")
    _click(qtbot, page.new_indicator_button)
    dialog = visible(window, IndicatorDialog)
    _type(qtbot, dialog.name, "Bezette winkelpanden")
    _type(qtbot, dialog.unit, "%")
    _type(qtbot, dialog.numbers.fields["baseline"], "40")
    dialog.baseline_date.set_value(today - timedelta(days=730))
    _type(qtbot, dialog.numbers.fields["target"], "veel")
    dialog.target_date.set_value(today - timedelta(days=800))
    _type(qtbot, dialog.numbers.fields["plausible_max"], "100")
    _click(qtbot, dialog.save_button)
    assert "Typ een getal" in dialog.rows["target"].message.text()  # checked before anything is sent
    _type(qtbot, dialog.numbers.fields["target"], "100")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(dialog.rows["target_date"].message.isVisible)
    assert "na de datum van de nulmeting" in dialog.rows["target_date"].message.text()
    dialog.target_date.set_value(today + timedelta(days=730))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.current_indicator() is not None)
    assert page.current_indicator().assessment.light == Light.NO_DATA
    assert "geen gegevens" in page.light.text()

    def measure(value: str, days_ago: int) -> MeasurementDialog:
        _click(qtbot, page.add_measurement_button)
        dialog = visible(window, MeasurementDialog)
        dialog.measured_on.set_value(today - timedelta(days=days_ago))
        _type(qtbot, dialog.value, value)
        return dialog

    _save(qtbot, measure("45", 365))
    qtbot.waitUntil(lambda: len(page.current_indicator().measurements) == 1)
    assert page.current_indicator().assessment.light == Light.OFF_TRACK  # far too slow
    assert "uit koers" in page.light.text()
    assert page.indicators.currentItem().text(1) == "uit koers"

    # An implausible value is questioned first; answering "no" keeps it in the form, unsaved.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Cancel)
    dialog = measure("750", 0)
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(dialog.rows["value"].message.isVisible)
    assert "buiten wat voor deze indicator aannemelijk is" in dialog.rows["value"].message.text()
    assert dialog.isVisible() and dialog.value.text() == "750"
    _type(qtbot, dialog.value, "75")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(page.current_indicator().measurements) == 2)
    assert page.current_indicator().assessment.light == Light.ON_TRACK
    assert "op koers" in page.light.text()
    assert page.measurements.topLevelItem(0).text(1) == "75 %"
    assert page.chart.chart().series()  # the chart shows it

    # The plan is adopted: the ambition's text is fixed, the monitoring goes on.
    _click(qtbot, page.adopt_button)
    dialog = visible(window, AdoptDialog)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.plan.status.value == "adopted")
    assert not page.new_ambition_button.isEnabled()
    assert page.version_button.isEnabled()
    assert page.add_measurement_button.isEnabled()


def test_both_documents_open_in_the_preview(qtbot, window: MainWindow, page: AmbitionsPage) -> None:
    _plan_with_ambition(qtbot, window, page)
    _click(qtbot, page.document_button)
    preview = visible(window, PdfPreviewDialog)
    with qtbot.waitSignal(preview.ready, timeout=20000):
        pass
    assert preview.document.pageCount() >= 1
    preview.reject()

    _click(qtbot, page.monitoring_button)
    period = visible(window, MonitoringPeriodDialog)
    period.until.set_value(date(2020, 1, 1))  # before the first day: said in the dialog
    qtbot.keyClick(period, Qt.Key.Key_Return)
    assert period.isVisible() and period.message.isVisible()
    period.until.set_value(date.today())
    qtbot.keyClick(period, Qt.Key.Key_Return)
    qtbot.waitUntil(closed(period))
    preview = page.preview
    qtbot.waitUntil(lambda: preview.save_button.isEnabled(), timeout=20000)
    assert "Monitoringsrapportage" in preview.file_name
