"""Every edit dialog of a versioned record speaks the merge protocol: it loads its record as
saved now, reads it as the same form values it shows, and takes values back unchanged."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.worker import DatabaseWorker
from models import demo
from models.db import Database
from models.entities import Company, Interaction, Round
from models.services import ambitions, companies, consultations, desk, lookups, rounds, signals
from views.ambition_dialogs import ActionDialog, AmbitionDialog, IndicatorDialog, PlanDialog
from views.company_dialogs import CompanyDialog, ContactDialog, EstablishmentDialog, Lookups
from views.consultation_dialogs import InteractionDialog
from views.forms import FormDialog
from views.knowledge_page import ArticleDialog
from views.rounds_page import ObservationDialog, RoundDialog, RoundLookups
from views.signal_dialogs import CategoryDialog, SignalDialog, SignalLookups, TemplateDialog

TODAY = date.today()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from models.migrations import migrate  # noqa: PLC0415

    database = Database(f"sqlite:///{tmp_path_factory.mktemp('merge') / 'demo.db'}")
    migrate(database)
    demo.generate(database, 40, seed=3)
    yield database
    database.dispose()


def _company_with_contacts(s: Session) -> companies.CompanyFile:
    for company_id in s.scalars(select(Company.id).order_by(Company.id)):
        record = companies.company_file(s, company_id)
        if record.contacts and record.establishments:
            return record
    raise AssertionError("no demo company with contacts")


def _interaction(s: Session) -> consultations.InteractionRecord:
    interaction_id = s.scalars(select(Interaction.id).order_by(Interaction.id.desc())).first()
    return consultations.interaction(s, interaction_id, today=TODAY)


def _ambition(s: Session) -> ambitions.AmbitionRecord:
    plan_id = ambitions.current_plan_id(s) or ambitions.plans(s)[0].id
    return next(
        a for a in ambitions.overview(s, plan_id, today=TODAY).ambitions if a.actions and a.indicators
    )


def _round(s: Session) -> rounds.RoundRecord:
    for round_id in s.scalars(select(Round.id).order_by(Round.id)):
        record = rounds.round_record(s, round_id)
        if record.observations:
            return record
    raise AssertionError("no demo round with observations")


def _signal(s: Session) -> signals.SignalRecord:
    from models.entities import Signal  # noqa: PLC0415

    return signals.signal(s, s.scalars(select(Signal.id).order_by(Signal.id)).first(), today=TODAY)


def _article(s: Session) -> desk.ArticleRecord:
    from models.entities import KnowledgeArticle  # noqa: PLC0415

    return desk.article(s, s.scalars(select(KnowledgeArticle.id)).first(), today=TODAY)


Builder = Callable[[DatabaseWorker, Session], FormDialog]

BUILDERS: dict[str, Builder] = {
    "company": lambda w, s: CompanyDialog(w, Lookups.load(s), _company_with_contacts(s)),
    "establishment": lambda w, s: (
        c := _company_with_contacts(s),
        EstablishmentDialog(w, Lookups.load(s), c.id, c.establishments[0]),
    )[1],
    "contact": lambda w, s: (c := _company_with_contacts(s), ContactDialog(w, c.id, c.contacts[0]))[1],
    "interaction": lambda w, s: (
        i := _interaction(s),
        c := companies.company_file(s, i.company_id),
        InteractionDialog(
            w, c.id, c.version, lookups.officials(s), consultations.company_contacts(s, c.id), i
        ),
    )[2],
    "signal": lambda w, s: SignalDialog(w, SignalLookups.load(s), _signal(s)),
    "category": lambda w, s: (cs := signals.categories(s), CategoryDialog(w, cs, cs[0]))[1],
    "template": lambda w, s: TemplateDialog(w, signals.templates(s)[0]),
    "article": lambda w, s: ArticleDialog(w, _article(s)),
    "plan": lambda w, s: PlanDialog(w, ambitions.plans(s)[0]),
    "ambition": lambda w, s: (a := _ambition(s), AmbitionDialog(w, a.plan_id, lookups.officials(s), a))[1],
    "action": lambda w, s: (a := _ambition(s), ActionDialog(w, a, lookups.officials(s), a.actions[0]))[1],
    "indicator": lambda w, s: (a := _ambition(s), IndicatorDialog(w, a, lookups.kernen(s), a.indicators[0]))[1],
    "round": lambda w, s: RoundDialog(w, RoundLookups.load(s), _round(s)),
    "observation": lambda w, s: (
        r := _round(s),
        ObservationDialog(w, RoundLookups.load(s), r, r.observations[0]),
    )[1],
}


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_every_edit_dialog_merges(qtbot, demo_db: Database, kind: str) -> None:  # noqa: ANN001
    worker = DatabaseWorker(demo_db, user_id=1)
    with demo_db.session() as session:
        dialog = BUILDERS[kind](worker, session)
        qtbot.addWidget(dialog)
        task = dialog.load_current()
        assert task is not None, f"{kind}: no load_current"
        current: Any = task(session)
    worker.wait()
    assert current is not None and current.id == dialog.record.id
    opened = dialog.form_values()
    assert opened, f"{kind}: no form values"
    # The record as saved now reads as exactly what the untouched form shows.
    assert dialog.record_values(current) == opened
    # Values go back into the editors unchanged, and the labels name every field.
    dialog.apply_values(opened)
    assert dialog.form_values() == opened
    assert all(dialog.labels.get(name) for name in opened), f"{kind}: a field without a label"
    for name, value in opened.items():
        assert isinstance(dialog.describe(name, value), str)
