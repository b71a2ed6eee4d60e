"""Searching observations on the rounds page and questions at the desk, as a person types."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from models.consultations.entities import Channel
from models.desk import services as desk
from models.rounds import services as rounds
from models.signals import categories
from tests.models.test_word_search import HOSTILE
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow

TODAY = date.today()


def _observations(worker: DatabaseWorker) -> None:
    at = datetime.combine(TODAY, time(10), tzinfo=UTC)
    with worker.database.session(user_id=1) as session:
        category = categories.save_category(session, "Zwerfafval", 3)
        for title, findings in (
            ("Winkelstraten", ["Afval naast de bak bij het bankje", "Reclamebord op de stoep"]),
            ("Horeca avondronde", ["Terras staat te ver uit", "Fietsen voor de ingang"]),
        ):
            round_id = rounds.save_round(
                session, rounds.RoundInput(held_on=TODAY - timedelta(days=1), title=title, official_ids=[1])
            )
            for finding in findings:
                rounds.add_observation(
                    session,
                    round_id,
                    rounds.ObservationInput(
                        observed_at=at, category_id=category, street="Noordereinde", finding=finding
                    ),
                )
        session.commit()


def _rows(tree) -> list[str]:  # type: ignore[no-untyped-def]
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]


def test_a_supervisor_types_a_word_and_sees_the_observation_it_is_in(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    _observations(worker)
    window.show_page("rounds")
    page = window.page("rounds")
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 2 and not worker.busy)

    page.search.setFocus()
    with qtbot.waitSignal(page.loaded):
        qtbot.keyClicks(page.search, "bankje")
    assert _rows(page.list) == ["Winkelstraten"]
    assert page.observations.topLevelItemCount() == 1
    assert page.observations.topLevelItem(0).text(3) == "Afval naast de bak bij het bankje"
    assert not page.search_hint.isVisible() and not page.search_capped.isVisible()

    with qtbot.waitSignal(page.loaded):
        page.search.setText("ter")  # the observations are searched, not the rounds' titles
    assert _rows(page.list) == ["Horeca avondronde"]

    with qtbot.waitSignal(page.loaded):
        page.search.setText("zz")  # two letters: every round, and a hint
    assert page.search_hint.isVisible() and page.list.topLevelItemCount() == 2

    with qtbot.waitSignal(page.loaded):
        page.search.setText("glasbak")
    assert page.list.topLevelItemCount() == 0
    assert "Geen waarneming" in page.heading.text()

    for typed in HOSTILE[:12] + HOSTILE[-6:]:
        with qtbot.waitSignal(page.loaded):  # a failure would never load
            page.search.setText(typed)
    with qtbot.waitSignal(page.loaded):
        page.search.clear()
    assert page.list.topLevelItemCount() == 2 and not page.search_hint.isVisible()


def test_a_common_word_shows_the_newest_observations_and_says_so(
    qtbot, window: MainWindow, worker: DatabaseWorker, monkeypatch
) -> None:
    _observations(worker)
    monkeypatch.setattr(rounds, "SEARCH_LIMIT", 2)
    window.show_page("rounds")
    page = window.page("rounds")
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 2 and not worker.busy)
    with qtbot.waitSignal(page.loaded):
        page.search.setText("noordereinde")  # in all four
    assert sum(len(r.observations) for r in page.rounds) == 2
    assert page.search_capped.isVisible() and page.search_capped.text().startswith("De nieuwste")


def _questions(worker: DatabaseWorker) -> None:
    with worker.database.session(user_id=1) as session:
        desk.log_question(
            session,
            desk.QuestionInput(
                question="Hoe vraag ik een terrasvergunning aan?",
                answer="Via het omgevingsloket",
                visitor="Piet Starter",
                asked_at=datetime.now(UTC) - timedelta(days=200),
            ),
        )
        desk.log_question(
            session,
            desk.QuestionInput(question="Waar meld ik een evenement?", visitor="Els", channel=Channel.PHONE),
        )
        session.commit()


def test_the_desk_types_a_word_and_finds_a_question_of_months_ago(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    _questions(worker)
    window.show_page("desk")
    page = window.page("desk")
    tabs = page.tabs
    qtbot.waitUntil(lambda: page.today_list.topLevelItemCount() == 1 and not worker.busy)
    assert tabs.tabText(0) == "Vandaag aan de balie (1)"

    tabs.search.setFocus()
    qtbot.keyClicks(tabs.search, "omgevingsloket")
    qtbot.waitUntil(lambda: tabs.tabText(0).startswith("Gevonden vragen"))
    assert tabs.tabText(0) == "Gevonden vragen (1)"
    item = page.today_list.topLevelItem(0)
    assert item.text(2) == "Piet Starter" and item.text(3) == "Hoe vraag ik een terrasvergunning aan?"
    assert str((datetime.now() - timedelta(days=200)).year) in item.text(0)  # the whole date

    tabs.search.setText("ev")
    qtbot.waitUntil(lambda: tabs.tabText(0).startswith("Vandaag"))
    assert tabs.search_hint.isVisible()

    tabs.search.setText("verjaardag")
    qtbot.waitUntil(lambda: tabs.tabText(0) == "Gevonden vragen (0)")
    assert page.today_empty.isVisible() and page.today_empty.text() == "Geen vraag bevat deze woorden."

    for typed in HOSTILE[:12] + HOSTILE[-6:]:
        tabs.setTabText(0, "")
        tabs.search.setText(typed)
        qtbot.waitUntil(lambda: tabs.tabText(0) != "")  # loaded; a failure would leave it empty

    tabs.search.clear()
    qtbot.waitUntil(lambda: tabs.tabText(0) == "Vandaag aan de balie (1)")
