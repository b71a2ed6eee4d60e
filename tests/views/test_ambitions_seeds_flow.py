"""The seeds' practices in the ambition plan as people use them (issue 18): a respondent who wrote a
letter and is a starter; the kartrekkers ambtelijk and bestuurlijk of the plan and an ambition; an
action that names its indicator, seen under that indicator and in the monitoring PDF; the business
manager who leads an ambition updates its actions; open actions in Mijn werk."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest

from models.ambitions import indicators
from models.ambitions import services as svc
from models.ambitions.entities import ActionStatus, BusinessStage, Direction, InputChannel
from models.ambitions.indicators import IndicatorInput
from models.ambitions.services import ActionInput, AmbitionInput
from models.db import Database
from models.documents import services as documents
from models.team.entities import Role, User
from tests.views.conftest import visible
from tests.views.test_ambition_pdfs import text_of
from tests.views.test_ambitions_flow import _click, _items, _save, _select, _type
from tests.views.test_roles_flow import _window
from views.ambitions.ambition_dialogs import ActionDialog, LeadsDialog, RespondentDialog
from views.ambitions.ambitions_page import AmbitionsPage
from views.common.worker import DatabaseWorker
from views.documents.ambitions import render_monitoring
from views.shell.main_window import MainWindow


@pytest.fixture
def page(qtbot, window: MainWindow, worker: DatabaseWorker) -> AmbitionsPage:
    window.show_page("ambitions")
    qtbot.waitUntil(lambda: not worker.busy)
    return window.page("ambitions")


def _plan(db: Database, lead_id: int | None = None) -> tuple[int, int, int]:
    """A plan with one ambition and one indicator, made through the services."""
    with db.session() as s:
        plan_id = svc.create_plan(s, "Koers op ondernemen")
        ambition_id = svc.save_ambition(
            s, plan_id, AmbitionInput(theme="centrumgebieden", title="Levendige kernen", lead_id=lead_id)
        )
        indicator_id = indicators.save_indicator(
            s,
            ambition_id,
            IndicatorInput(
                name="Leegstand",
                unit="%",
                baseline=12.0,
                baseline_date=date.today() - timedelta(days=400),
                target=6.0,
                target_date=date.today() + timedelta(days=800),
                direction=Direction.LOWER,
            ),
        )
        s.commit()
    return plan_id, ambition_id, indicator_id


def test_a_written_response_of_a_starter(qtbot, window: MainWindow, page: AmbitionsPage, seeded_db) -> None:
    _plan(seeded_db)
    page.reload()
    qtbot.waitUntil(lambda: page.overview is not None)
    page.tabs.setCurrentIndex(2)
    _click(qtbot, page.new_respondent_button)
    dialog = visible(window, RespondentDialog)
    _type(qtbot, dialog.name, "Bakkerij Van Dam")
    dialog.channel.setCurrentIndex(dialog.channel.findText("schriftelijk (brief of formulier)"))
    dialog.stage.setCurrentIndex(dialog.stage.findText("starter"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(page.overview.respondents) == 1)
    [respondent] = page.overview.respondents
    assert (respondent.channel, respondent.stage, respondent.size) == (
        InputChannel.WRITTEN,
        BusinessStage.STARTER,
        None,
    )
    row = page.input.topLevelItem(0)
    assert row.text(2) == "starter" and row.text(4) == "schriftelijk (brief of formulier)"


def test_kartrekkers_and_the_indicator_an_action_moves(
    qtbot, window: MainWindow, page: AmbitionsPage, seeded_db
) -> None:
    plan_id, _ambition_id, indicator_id = _plan(seeded_db)
    page.reload()
    qtbot.waitUntil(lambda: page.overview is not None)
    assert "Nog geen kartrekker" in page.plan_state.text()

    # The plan's kartrekkers: Petra (ambtelijk) and the alderman with the portfolio (bestuurlijk).
    _click(qtbot, page.plan_leads_button)
    dialog = visible(window, LeadsDialog)
    dialog.lead.setCurrentIndex(dialog.lead.findText("Petra van Dam"))
    _type(qtbot, dialog.portfolio, "Economie")
    _click(qtbot, dialog.save_button)  # a portfolio without its holder: said at the field
    qtbot.waitUntil(dialog.rows["portfolio_holder"].message.isVisible)
    _type(qtbot, dialog.portfolio_holder, "J. de Vries")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.plan.portfolio_holder == "J. de Vries")
    assert "ambtelijk: Petra van Dam · bestuurlijk: J. de Vries (Economie)" in page.plan_state.text()

    # The ambition's kartrekker bestuurlijk.
    page.tabs.setCurrentIndex(1)
    _select(page.work, "centrumgebieden")
    _click(qtbot, page.actions_tab.leads_button)
    dialog = visible(window, LeadsDialog)
    _type(qtbot, dialog.portfolio_holder, "K. Smit")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.overview.ambitions[0].portfolio_holder == "K. Smit")
    assert page.work.topLevelItem(0).text(1) == "K. Smit"

    # An action that should move the vacancy, assigned to Petra.
    _select(page.work, "centrumgebieden")
    _click(qtbot, page.new_action_button)
    dialog = visible(window, ActionDialog)
    _type(qtbot, dialog.title, "Pop-upwinkels")
    dialog.indicator.setCurrentIndex(dialog.indicator.findText("Leegstand"))
    dialog.owner.setCurrentIndex(dialog.owner.findText("Petra van Dam"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(page.overview.ambitions[0].actions) == 1)
    assert _items(page.work)[1].text(5) == "Leegstand"
    page.tabs.setCurrentIndex(3)
    _select(page.indicators, "Leegstand")
    assert "Acties die hieraan werken: Pop-upwinkels (gepland)" in page.light.text()

    # The monitoring report says the same, and names the kartrekkers.
    with seeded_db.session() as s:
        data = documents.monitoring(
            s, since=date.today() - timedelta(days=90), until=date.today(), today=date.today()
        )
    buffer = io.BytesIO()
    render_monitoring(data, buffer)
    text = text_of(buffer.getvalue())
    assert "Petra van Dam (ambtelijk); J. de Vries, Economie (bestuurlijk)" in text
    assert "K. Smit (bestuurlijk)" in text
    assert "Acties die hieraan werken Pop-upwinkels (gepland)" in text
    assert plan_id and indicator_id

    # Petra's open action is in her Mijn werk, and can be updated from there.
    window.show_page("my_work")
    my_work = window.page("my_work")
    qtbot.waitUntil(lambda: len(my_work.actions_panel.items) == 1)
    panel = my_work.actions_panel
    assert panel.tree.topLevelItem(0).text(0) == "Pop-upwinkels"
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    _click(qtbot, panel.update_button)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ActionDialog)))
    dialog = visible(window, ActionDialog)
    dialog.status.setCurrentIndex(dialog.status.findText("afgerond"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not panel.items)


def test_the_kartrekker_business_manager_updates_the_actions_of_their_ambition(
    qtbot, seeded_db: Database, tmp_path: Path
) -> None:
    with seeded_db.session() as s:
        lead = User(username="karin", full_name="Karin Kartrekker", role=Role.BUSINESS_MANAGER)
        s.add(lead)
        s.commit()
        lead_id = lead.id
    _plan_id, led, _indicator = _plan(seeded_db, lead_id=lead_id)
    with seeded_db.session() as s:
        plan_id = svc.current_plan_id(s)
        other = svc.save_ambition(s, plan_id, AmbitionInput(theme="bereikbaarheid", title="Bereikbaar"))
        svc.save_action(s, led, ActionInput(title="Pop-upwinkels", owner_id=lead_id))
        svc.save_action(s, other, ActionInput(title="Parkeerverwijzing"))
        s.commit()
    window = _window(qtbot, seeded_db, lead_id, tmp_path)
    window.show_page("ambitions")
    page = window.page("ambitions")
    qtbot.waitUntil(lambda: page.overview is not None)
    page.tabs.setCurrentIndex(1)
    assert not page.new_ambition_button.isVisible()
    _select(page.work, "Parkeerverwijzing")
    assert page.edit_work_button.isVisible() and not page.edit_work_button.isEnabled()
    _select(page.work, "Pop-upwinkels")
    _click(qtbot, page.edit_work_button)
    dialog = visible(window, ActionDialog)
    dialog.status.setCurrentIndex(dialog.status.findText("in uitvoering"))
    _save(qtbot, dialog)
    qtbot.waitUntil(
        lambda: (
            [x.status for a in page.overview.ambitions for x in a.actions if x.title == "Pop-upwinkels"]
            == [ActionStatus.IN_PROGRESS]
        )
    )
