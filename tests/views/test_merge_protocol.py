"""Every edit dialog of a versioned record speaks the merge protocol: it loads its record as
saved now, reads it as the same form values it shows, and takes values back unchanged."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

import views
from models import lookups
from models.ambitions import cocreation
from models.ambitions import services as ambitions
from models.companies import services as companies
from models.companies.areas import area_records
from models.companies.entities import Company
from models.consultations import services as consultations
from models.consultations.entities import AgreementStatus, Interaction
from models.db import Database
from models.desk import knowledge
from models.rounds import services as rounds
from models.rounds.entities import Round
from models.signals import categories, feedback, reactions
from models.signals import services as signals
from models.team import services as accounts
from models.team.entities import Role, User
from models.tools import demo
from views.ambitions.ambition_dialogs import (
    ActionDialog,
    AdoptDialog,
    AmbitionDialog,
    IdeaDialog,
    LeadsDialog,
    PlanDialog,
    RespondentDialog,
)
from views.ambitions.indicator_dialogs import IndicatorDialog
from views.common import draft_store as store
from views.common.drafts import REGISTRY, keep_open_forms, restore
from views.common.forms import FormDialog
from views.common.worker import DatabaseWorker
from views.companies.areas_page import AreaDialog
from views.companies.company_dialogs import CompanyDialog, ContactDialog, EstablishmentDialog, Lookups
from views.consultations.interaction_dialogs import AgreementStatusDialog, InteractionDialog
from views.desk.knowledge_page import ArticleDialog
from views.rounds.rounds_page import AgreementFollowUpDialog, ObservationDialog, RoundDialog, RoundLookups
from views.signals.settings_dialog import CategoryDialog, ReasonDialog, TemplateDialog
from views.signals.signal_dialogs import ReactionDialog, SignalDialog, SignalLookups, TransitionDialog
from views.team.accounts_page import AccountDialog

TODAY = date.today()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from models.migrations import migrate

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


def _open_agreement(s: Session) -> consultations.AgreementRecord:
    from models.consultations.entities import Agreement, AgreementStatus

    row = s.scalars(
        select(Agreement).where(Agreement.status == AgreementStatus.OPEN).order_by(Agreement.id)
    ).first()
    return next(
        a for a in consultations.interaction(s, row.interaction_id, today=TODAY).agreements if a.id == row.id
    )


def _signal(s: Session) -> signals.SignalRecord:
    from models.signals.entities import Signal

    return signals.signal(s, s.scalars(select(Signal.id).order_by(Signal.id)).first(), today=TODAY)


def _respondent(s: Session) -> cocreation.RespondentRecord:
    return next(r for r in cocreation.respondents(s) if r.ideas)


def _administrator(database: Database) -> int:
    """Accounts are an administrator's to read (user 1 of the demo is a business manager)."""
    with database.session() as session:
        return session.scalars(select(User.id).where(User.role == Role.ADMINISTRATOR, User.active)).first()


def _article(s: Session) -> knowledge.ArticleRecord:
    from models.desk.entities import KnowledgeArticle

    return knowledge.article(s, s.scalars(select(KnowledgeArticle.id)).first(), today=TODAY)


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
    "agreement_status": lambda w, s: AgreementStatusDialog(w, _open_agreement(s), AgreementStatus.DONE),
    "signal": lambda w, s: SignalDialog(w, SignalLookups.load(s), _signal(s)),
    "category": lambda w, s: (cs := categories.categories(s), CategoryDialog(w, cs, cs[0]))[1],
    "template": lambda w, s: TemplateDialog(w, feedback.templates(s)[0]),
    "article": lambda w, s: ArticleDialog(w, _article(s)),
    "plan": lambda w, s: PlanDialog(w, ambitions.plans(s)[0]),
    "ambition": lambda w, s: (a := _ambition(s), AmbitionDialog(w, a.plan_id, lookups.officials(s), a))[1],
    "action": lambda w, s: (a := _ambition(s), ActionDialog(w, a, lookups.officials(s), a.actions[0]))[1],
    "indicator": lambda w, s: (a := _ambition(s), IndicatorDialog(w, a, lookups.kernen(s), a.indicators[0]))[
        1
    ],
    "round": lambda w, s: RoundDialog(w, RoundLookups.load(s), _round(s)),
    "observation": lambda w, s: (
        r := _round(s),
        ObservationDialog(w, RoundLookups.load(s), r, r.observations[0]),
    )[1],
    "adopt": lambda w, s: AdoptDialog(w, ambitions.plans(s)[0]),
    "respondent": lambda w, s: RespondentDialog(w, lookups.kernen(s), _respondent(s)),
    "idea": lambda w, s: (
        r := _respondent(s),
        IdeaDialog(w, r, _ambition_plan(s).ambitions, r.ideas[0]),
    )[1],
    "account": lambda w, s: AccountDialog(w, accounts.list_accounts(s)[0]),
    "follow_up": lambda w, s: AgreementFollowUpDialog(w, lookups.officials(s), _round(s).observations[0]),
    "transition": lambda w, s: (
        g := _signal(s),
        TransitionDialog(w, g, g.allowed[0], feedback.templates(s)),
    )[1],
    "plan_leads": lambda w, s: LeadsDialog(w, lookups.officials(s), _ambition_plan(s).plan),
    "ambition_leads": lambda w, s: LeadsDialog(w, lookups.officials(s), _ambition(s)),
    "area": lambda w, s: (a := area_records(s), AreaDialog(w, a, a[-1]))[1],
    "reaction": lambda w, s: ReactionDialog(w, _signal(s), reactions.reasons(s)),
    "reason": lambda w, s: ReasonDialog(w, reactions.reasons(s, include_inactive=True)[0]),
}

# What an action form does to its record is part of its values (so a colleague who did it
# meanwhile is a difference); the record itself reads as its own state.
STATE: dict[str, Callable[[Any], dict[str, Any]]] = {
    "agreement_status": lambda record: {"status": record.status.value},
    "transition": lambda record: {"status": record.status.value},
    "follow_up": lambda record: {"followed_up": record.followed_up},
}


def _ambition_plan(s: Session) -> ambitions.PlanOverview:
    return ambitions.overview(s, ambitions.current_plan_id(s) or ambitions.plans(s)[0].id, today=TODAY)


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_every_edit_dialog_merges(qtbot, demo_db: Database, kind: str) -> None:
    worker = DatabaseWorker(demo_db, user_id=_administrator(demo_db) if kind == "account" else 1)
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
    # The record as saved now reads as exactly what the untouched form shows (a status
    # dialog's form holds the status it moves to, the record the status it has).
    state = STATE[kind](current) if kind in STATE else {}
    assert dialog.record_values(current) == {**opened, **state}
    # Values go back into the editors unchanged, and the labels name every field.
    dialog.apply_values(opened)
    assert dialog.form_values() == opened
    assert all(dialog.labels.get(name) for name in opened), f"{kind}: a field without a label"
    for name, value in opened.items():
        assert isinstance(dialog.describe(name, value), str)

    # Reload: what was typed gives way to the record as saved now, whose version the save expects.
    if kind != "interaction":  # a contact moment's reload takes its company's version (own test)
        _change_something(dialog)
        assert dialog.form_values() != opened
        dialog.reload()
        qtbot.waitUntil(lambda: not worker.busy)
        assert dialog.form_values() == opened
        assert dialog.record.version == current.version and dialog.save_button.isEnabled()


# -- drafts: every kind the registry knows is kept and opened again with what was typed ------------

CREATE: dict[str, Builder] = {
    "company (new)": lambda w, s: CompanyDialog(w, Lookups.load(s), None),
    "contact (new)": lambda w, s: ContactDialog(w, _company_with_contacts(s).id, None),
    "interaction (new)": lambda w, s: (
        c := _company_with_contacts(s),
        InteractionDialog(w, c.id, c.version, lookups.officials(s), consultations.company_contacts(s, c.id)),
    )[1],
    "signal (new)": lambda w, s: SignalDialog(w, SignalLookups.load(s), None),
}


class FakeWindow(QWidget):
    """What the drafts need of the main window: its worker, and a company to open."""

    def __init__(self, worker: DatabaseWorker) -> None:
        super().__init__()
        self.worker = worker
        self.opened: list[int] = []

    def open_company(self, company_id: int) -> None:
        self.opened.append(company_id)


DRAFTABLE = {k: v for k, v in BUILDERS.items() if k in REGISTRY} | CREATE


def _type_something(dialog: FormDialog) -> None:
    for row in dialog.rows.values():
        if isinstance(row.editor, QLineEdit) and row.editor.isEnabled():
            row.editor.setText(row.editor.text() + " (bijgewerkt)")
            return
        if isinstance(row.editor, QPlainTextEdit):
            row.editor.setPlainText(row.editor.toPlainText() + "\nAanvulling: nog even nabellen.")
            return
    raise AssertionError("nothing to type in")


def _change_something(dialog: FormDialog) -> None:
    """Type in the first text field, or else change the first text or date value of the form."""
    try:
        _type_something(dialog)
    except AssertionError:
        name, value = next((n, v) for n, v in dialog.form_values().items() if isinstance(v, str))
        changed = "2001-02-03" if re.fullmatch(r"\d{4}-\d\d-\d\d", value) else value + " (bijgewerkt)"
        dialog.apply_values({name: changed})


@pytest.mark.parametrize("kind", list(DRAFTABLE))
def test_every_registered_form_comes_back_from_a_draft(qtbot, demo_db: Database, kind: str) -> None:
    worker = DatabaseWorker(demo_db, user_id=1)
    window = FakeWindow(worker)
    qtbot.addWidget(window)
    with demo_db.session() as session:
        dialog = DRAFTABLE[kind](worker, session)
    dialog.setParent(window, dialog.windowFlags())
    dialog.show()
    qtbot.waitUntil(lambda: not worker.busy)
    assert dialog.draft_kind in REGISTRY
    _type_something(dialog)
    typed = dialog.form_values()
    assert keep_open_forms(window) == 1  # type: ignore[arg-type]
    [draft] = store.load_all(demo_db.display_name, 1)
    assert draft.values == json.loads(json.dumps(typed))
    dialog.close()

    shown: list[FormDialog] = []
    REGISTRY[draft.kind].reopen(window, draft, lambda d, _company: shown.append(d))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(shown))
    reopened = shown[0]
    restore(reopened, draft)
    assert reopened.form_values() == typed
    if dialog.record is not None:
        assert reopened.record.id == dialog.record.id and reopened.record.version == dialog.record.version
    reopened.reject()
    assert not store.load_all(demo_db.display_name, 1)  # cancelled: the draft is gone
    worker.wait()


def test_an_agreement_moved_by_a_colleague_meanwhile_is_a_choice_not_a_silent_save(
    qtbot, demo_db: Database
) -> None:
    worker = DatabaseWorker(demo_db, user_id=1)
    with demo_db.session() as session:
        agreement = _open_agreement(session)
    dialog = AgreementStatusDialog(worker, agreement, AgreementStatus.IN_PROGRESS)
    qtbot.addWidget(dialog)
    dialog.show()
    with demo_db.session(user_id=2) as session:
        consultations.set_agreement_status(
            session, agreement.id, agreement.version, AgreementStatus.DONE, "Vergunning is verleend."
        )
        session.commit()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible())
    merge = dialog.conflict_dialog
    assert merge.fields == ["status"] and merge.choice("status") is None
    merge.choose("status", "theirs")
    merge.use.click()
    assert dialog.status == AgreementStatus.DONE and dialog.isVisible()
    worker.wait()


def form_dialogs() -> list[type[FormDialog]]:
    """Every FormDialog the application has: all views modules imported, subclasses walked
    (a shared base that makes no dialog of its own, such as StatusChangeDialog, has no task)."""
    for module in pkgutil.walk_packages(views.__path__, "views."):
        importlib.import_module(module.name)

    def subclasses(kind: type) -> list[type]:
        return [c for sub in kind.__subclasses__() for c in (sub, *subclasses(sub))]

    return [c for c in subclasses(FormDialog) if c.__module__.startswith("views.") and hasattr(c, "task")]


def saves_with_a_version(kind: type[FormDialog]) -> bool:
    """Its save hands a version counter to the service (its record's, or a parent's)."""
    return re.search(r"\bversion\b|_version\b", inspect.getsource(kind.task)) is not None


def test_every_dialog_that_merges_can_read_a_record_as_form_values() -> None:
    """A dialog whose load_current gives the record as saved now must also say how that record
    reads as a form (``sibling``); otherwise its merge would fail at the moment it is needed."""
    merging = [c for c in form_dialogs() if c.merges()]
    assert len(merging) >= 21
    missing = [c.__name__ for c in merging if not callable(getattr(c, "sibling", None))]
    assert missing == []


def test_every_dialog_that_saves_with_a_version_merges_and_reloads(qtbot, demo_db: Database) -> None:
    """Found, not listed: each dialog whose save carries a version meets a colleague's save with
    the three-way merge and a reload, and is opened on a record by test_every_edit_dialog_merges."""
    versioned = [c for c in form_dialogs() if saves_with_a_version(c)]
    assert len(versioned) >= 21
    assert [c.__name__ for c in versioned if not (c.merges() and callable(getattr(c, "sibling", None)))] == []
    worker = DatabaseWorker(demo_db, user_id=1)
    built: set[type] = set()
    with demo_db.session() as session:
        for build in BUILDERS.values():
            dialog = build(worker, session)
            qtbot.addWidget(dialog)
            built.add(type(dialog))
    worker.wait()
    assert [c.__name__ for c in versioned if c not in built] == []
