"""Ambitions and monitoring: the ambition plan and its versions, the co-creation input,
the actions that carry the ambitions out, and the indicators that show their effect.

Versioning. A plan is written as a draft; once adopted (on a date) its text is fixed: the
plan and its ambitions can no longer be edited in place. To change it, a new version is made:
a draft copy of the plan with its ambitions, each remembering the ambition it continues.
When that draft is adopted, the previous version becomes *superseded*, and the actions,
indicators and linked ideas of its ambitions move to their continuation, so the execution and
the monitoring carry on under the plan in force. Actions, indicators, measurements and the
input are work, not text: they can be changed in any version.

Computed indicators count the application's own data per quarter: the contact moments with
companies whose main establishment lies in a kern, and the agreements open at the end of
each quarter. They are computed when read (never stored), so they are always current.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

# -- input ------------------------------------------------------------------------------------
from models.ambitions.cocreation import respondents
from models.ambitions.entities import (
    Action,
    ActionAgreement,
    ActionCompany,
    ActionStatus,
    Ambition,
    AmbitionPlan,
    IdeaAmbition,
    Indicator,
    Measurement,
    PlanStatus,
)
from models.ambitions.indicators import indicator_series
from models.ambitions.monitoring import assess, is_late, progress
from models.ambitions.records import (
    ActionRecord,
    AmbitionRecord,
    CompanyAction,
    IdeaRecord,
    IndicatorRecord,
    MyAction,
    PlanOverview,
    PlanRecord,
    Support,
)
from models.base import CURRENT_USER, utcnow
from models.common import flush_or_conflict, load, load_for_edit, save_record
from models.companies.entities import Area, Company
from models.consultations.entities import Agreement
from models.consultations.services import visible_agreements
from models.errors import DomainError, PermissionDeniedError
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import DENIED_MESSAGES, Permission, allowed, requires
from models.team.entities import User
from models.validation import Validator


@dataclass(kw_only=True)
class AmbitionInput:
    theme: str = ""
    title: str = ""
    description: str = ""
    lead_id: int | None = None
    portfolio_holder: str = ""  # the kartrekker bestuurlijk
    portfolio: str = ""


@dataclass(kw_only=True)
class LeadsInput:
    """The kartrekkers of a plan or an ambition: an official (ambtelijk) and a portfolio holder
    with the portfolio (bestuurlijk)."""

    lead_id: int | None = None
    portfolio_holder: str = ""
    portfolio: str = ""


@dataclass(kw_only=True)
class ActionInput:
    title: str = ""
    description: str = ""
    owner_id: int | None = None
    start_date: date | None = None
    due_date: date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    company_ids: list[int] = field(default_factory=list)
    agreement_ids: list[int] = field(default_factory=list)
    indicator_id: int | None = None  # the indicator the action should move (one of its ambition's)


# -- output -----------------------------------------------------------------------------------


# -- plans ------------------------------------------------------------------------------------


def _plan_record(plan: AmbitionPlan, lead: str | None = None) -> PlanRecord:
    return PlanRecord(
        lead_id=plan.lead_id,
        lead=lead,
        portfolio_holder=plan.portfolio_holder or "",
        portfolio=plan.portfolio or "",
        id=plan.id,
        version=plan.version,
        title=plan.title,
        number=plan.number,
        status=plan.status,
        adopted_on=plan.adopted_on,
        introduction=plan.introduction or "",
        previous_id=plan.previous_id,
    )


@requires(Permission.VIEW_AMBITIONS)
def plans(session: Session) -> list[PlanRecord]:
    """Every version of the plan, the newest first."""
    names = dict(session.execute(select(User.id, User.full_name)).tuples().all())
    return [
        _plan_record(p, names.get(p.lead_id) if p.lead_id else None)
        for p in session.scalars(select(AmbitionPlan).order_by(AmbitionPlan.number.desc()))
    ]


@requires(Permission.VIEW_AMBITIONS)
def current_plan_id(session: Session) -> int | None:
    """The plan in force (adopted); without one, the newest draft."""
    adopted = session.scalar(select(AmbitionPlan.id).where(AmbitionPlan.status == PlanStatus.ADOPTED))
    if adopted is not None:
        return adopted
    return session.scalar(select(AmbitionPlan.id).order_by(AmbitionPlan.number.desc()).limit(1))


def _validate_plan(title: str) -> None:
    v = Validator()
    v.required("title", title)
    v.max_length("title", title.strip(), 200)
    v.raise_if_any()


@requires(Permission.EDIT_AMBITIONS)
def create_plan(session: Session, title: str, introduction: str = "") -> int:
    """Start the first version of an ambition plan, as a draft."""
    _validate_plan(title)
    if session.scalar(select(func.count()).select_from(AmbitionPlan)):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "There already is an ambition plan. Make a new version of it to change it."
            )
        )
    plan = AmbitionPlan(
        title=title.strip(), number=1, status=PlanStatus.DRAFT, introduction=introduction.strip()
    )
    session.add(plan)
    session.flush()
    return plan.id


def _editable_plan(session: Session, plan_id: int) -> AmbitionPlan:
    plan = load(session, AmbitionPlan, plan_id)
    if plan.status != PlanStatus.DRAFT:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Version {number} of the plan was adopted and can no longer be changed. "
                "Make a new version to change it; what you typed is kept.",
            ),
            number=plan.number,
        )
    return plan


@requires(Permission.EDIT_AMBITIONS)
def update_plan(session: Session, plan_id: int, expected_version: int, title: str, introduction: str) -> int:
    plan = load_for_edit(session, AmbitionPlan, plan_id, expected_version)
    _editable_plan(session, plan_id)
    _validate_plan(title)
    plan.title = title.strip()
    plan.introduction = introduction.strip() or None
    flush_or_conflict(session, plan)
    return plan.version


@requires(Permission.EDIT_AMBITIONS)
def adopt_plan(session: Session, plan_id: int, expected_version: int, adopted_on: date | None) -> int:
    """Adopt a draft; the version in force until then is superseded and its work moves on."""
    plan = load_for_edit(session, AmbitionPlan, plan_id, expected_version)
    _editable_plan(session, plan_id)
    v = Validator()
    if adopted_on is None:
        v.add("adopted_on", QT_TRANSLATE_NOOP("errors", "On which date was the plan adopted?"))
    previous = session.scalar(select(AmbitionPlan).where(AmbitionPlan.status == PlanStatus.ADOPTED))
    if (
        adopted_on is not None
        and previous is not None
        and previous.adopted_on
        and adopted_on < previous.adopted_on
    ):
        v.add(
            "adopted_on",
            QT_TRANSLATE_NOOP(
                "errors", "The previous version was adopted on {date}; this one cannot be earlier."
            ),
            date=previous.adopted_on,
        )
    if not session.scalar(select(func.count()).select_from(Ambition).where(Ambition.plan_id == plan_id)):
        v.add("adopted_on", QT_TRANSLATE_NOOP("errors", "A plan without ambitions cannot be adopted."))
    v.raise_if_any()
    if previous is not None:
        previous.status = PlanStatus.SUPERSEDED
        successors = dict(
            session.execute(
                select(Ambition.previous_id, Ambition.id).where(
                    Ambition.plan_id == plan_id, Ambition.previous_id.is_not(None)
                )
            )
            .tuples()
            .all()
        )
        for old, new in successors.items():
            session.execute(update(Action).where(Action.ambition_id == old).values(ambition_id=new))
            session.execute(update(Indicator).where(Indicator.ambition_id == old).values(ambition_id=new))
            linked = list(
                session.scalars(select(IdeaAmbition.idea_id).where(IdeaAmbition.ambition_id == old))
            )
            session.execute(delete(IdeaAmbition).where(IdeaAmbition.ambition_id == old))
            if linked:
                session.execute(insert(IdeaAmbition), [{"idea_id": i, "ambition_id": new} for i in linked])
        # Bulk updates bypass the session: forget what it holds of the moved rows.
        session.expire_all()
        plan = load(session, AmbitionPlan, plan_id)
    plan.status = PlanStatus.ADOPTED
    plan.adopted_on = adopted_on
    flush_or_conflict(session, plan)
    return plan.version


def _existing_draft(session: Session) -> AmbitionPlan | None:
    return session.scalar(select(AmbitionPlan).where(AmbitionPlan.status == PlanStatus.DRAFT))


def _draft_exists(session: Session, draft: AmbitionPlan) -> DomainError:
    """The draft there is, and who made it (or changed it last): ask them, or work on in theirs."""
    who = session.scalar(select(User.full_name).where(User.id == draft.updated_by_id))
    if who is None:
        return DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "Version {number} is still a draft: change that one, or adopt it first."
            ),
            number=draft.number,
        )
    return DomainError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Version {number} is already a draft, made by {who}: change that one, or adopt it first.",
        ),
        number=draft.number,
        who=who,
    )


@requires(Permission.EDIT_AMBITIONS)
def new_version(session: Session, plan_id: int) -> int:
    """A draft copy of an adopted plan and its ambitions, to be changed and adopted in turn."""
    plan = load(session, AmbitionPlan, plan_id)
    draft = _existing_draft(session)
    if draft is not None:
        raise _draft_exists(session, draft)
    number = (session.scalar(select(func.max(AmbitionPlan.number))) or 0) + 1
    copy = AmbitionPlan(
        title=plan.title,
        number=number,
        status=PlanStatus.DRAFT,
        introduction=plan.introduction,
        previous_id=plan.id,
        lead_id=plan.lead_id,
        portfolio_holder=plan.portfolio_holder,
        portfolio=plan.portfolio,
    )
    try:
        with session.begin_nested():  # a colleague's draft saved meanwhile: only this part undone
            session.add(copy)
            session.flush()
    except IntegrityError:
        # Both pressed *Nieuwe versie* at once: the one-draft index (revision 0013) refused the second.
        draft = _existing_draft(session)
        if draft is None:
            raise
        raise _draft_exists(session, draft) from None
    for ambition in session.scalars(
        select(Ambition).where(Ambition.plan_id == plan.id).order_by(Ambition.position)
    ):
        session.add(
            Ambition(
                plan_id=copy.id,
                theme=ambition.theme,
                title=ambition.title,
                description=ambition.description,
                lead_id=ambition.lead_id,
                portfolio_holder=ambition.portfolio_holder,
                portfolio=ambition.portfolio,
                position=ambition.position,
                previous_id=ambition.id,
            )
        )
    session.flush()
    return copy.id


# -- ambitions --------------------------------------------------------------------------------


def _validate_ambition(data: AmbitionInput) -> None:
    v = Validator()
    v.required("theme", data.theme)
    v.max_length("theme", data.theme.strip(), 80)
    v.required("title", data.title)
    v.max_length("title", data.title.strip(), 200)
    _check_leads(v, LeadsInput(portfolio_holder=data.portfolio_holder, portfolio=data.portfolio))
    v.raise_if_any()


def _check_leads(v: Validator, leads: LeadsInput) -> None:
    v.max_length("portfolio_holder", leads.portfolio_holder.strip(), 200)
    v.max_length("portfolio", leads.portfolio.strip(), 200)
    if leads.portfolio.strip() and not leads.portfolio_holder.strip():
        v.add(
            "portfolio_holder",
            QT_TRANSLATE_NOOP("errors", "Name the portfolio holder whose portfolio this is."),
        )


@requires(Permission.EDIT_AMBITIONS)
def set_plan_leads(session: Session, plan_id: int, expected_version: int, leads: LeadsInput) -> int:
    """Name the plan's kartrekkers. Also for an adopted plan: who leads it is not its fixed text,
    and people change office during a plan's term."""
    plan = load_for_edit(session, AmbitionPlan, plan_id, expected_version)
    v = Validator()
    _check_leads(v, leads)
    v.raise_if_any()
    plan.lead_id = leads.lead_id
    plan.portfolio_holder = leads.portfolio_holder.strip() or None
    plan.portfolio = leads.portfolio.strip() or None
    flush_or_conflict(session, plan)
    return plan.version


@requires(Permission.EDIT_AMBITIONS)
def set_ambition_leads(session: Session, ambition_id: int, expected_version: int, leads: LeadsInput) -> int:
    """Name an ambition's kartrekkers, in any version of the plan (see ``set_plan_leads``)."""
    ambition = load_for_edit(session, Ambition, ambition_id, expected_version)
    v = Validator()
    _check_leads(v, leads)
    v.raise_if_any()
    ambition.lead_id = leads.lead_id
    ambition.portfolio_holder = leads.portfolio_holder.strip() or None
    ambition.portfolio = leads.portfolio.strip() or None
    flush_or_conflict(session, ambition)
    return ambition.version


@requires(Permission.EDIT_AMBITIONS)
def save_ambition(
    session: Session,
    plan_id: int,
    data: AmbitionInput,
    ambition_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Add an ambition to a draft plan, or change one; returns its id."""
    _editable_plan(session, plan_id)
    _validate_ambition(data)
    values = {
        "theme": data.theme.strip(),
        "title": data.title.strip(),
        "description": data.description.strip() or None,
        "lead_id": data.lead_id,
        "portfolio_holder": data.portfolio_holder.strip() or None,
        "portfolio": data.portfolio.strip() or None,
    }
    new = {"plan_id": plan_id}
    if ambition_id is None:
        last = session.scalar(select(func.max(Ambition.position)).where(Ambition.plan_id == plan_id))
        new["position"] = (last or 0) + 1
    return save_record(session, Ambition, ambition_id, expected_version, values, new=new).id


# -- actions ----------------------------------------------------------------------------------


def _may_change_actions(session: Session, ambition_id: int) -> bool:
    """Whether the official may add and change this ambition's actions: who edits ambitions, or
    the business manager who leads it (its kartrekker ambtelijk), for their own ambition only."""
    if allowed(session, Permission.EDIT_AMBITIONS):
        return True
    me = session.info.get(CURRENT_USER)
    return allowed(session, Permission.LEAD_ACTIONS) and (
        me is not None and session.scalar(select(Ambition.lead_id).where(Ambition.id == ambition_id)) == me
    )


@requires(Permission.VIEW_AMBITIONS)
def led_ambitions(session: Session) -> list[int]:
    """The ambitions whose actions the official may change (``_may_change_actions``): every one for
    who edits ambitions (an empty list means none)."""
    query = select(Ambition.id)
    if not allowed(session, Permission.EDIT_AMBITIONS):
        if not allowed(session, Permission.LEAD_ACTIONS):
            return []
        query = query.where(Ambition.lead_id == session.info.get(CURRENT_USER))
    return list(session.scalars(query))


# Declared: reading ambitions; then ``_may_change_actions`` (EDIT_AMBITIONS, or LEAD_ACTIONS for
# the ambition one leads). A shared server applies the same rule to the rows (models.server.privileges).
@requires(Permission.VIEW_AMBITIONS)
def save_action(
    session: Session,
    ambition_id: int,
    data: ActionInput,
    action_id: int | None = None,
    expected_version: int | None = None,
    *,
    today: date | None = None,
) -> int:
    """Plan an action under an ambition, or change one; returns its id."""
    load(session, Ambition, ambition_id)
    if not _may_change_actions(session, ambition_id):
        raise PermissionDeniedError(Permission.LEAD_ACTIONS, DENIED_MESSAGES[Permission.LEAD_ACTIONS])
    if action_id is not None and session.scalar(
        select(Action.ambition_id).where(Action.id == action_id)
    ) not in (
        ambition_id,
        None,
    ):
        raise PermissionDeniedError(Permission.LEAD_ACTIONS, DENIED_MESSAGES[Permission.LEAD_ACTIONS])
    v = Validator()
    v.required("title", data.title)
    v.max_length("title", data.title.strip(), 200)
    if data.start_date and data.due_date and data.due_date < data.start_date:
        v.add("due_date", QT_TRANSLATE_NOOP("errors", "The due date lies before the start date."))
    if data.indicator_id is not None and (
        session.scalar(select(Indicator.ambition_id).where(Indicator.id == data.indicator_id)) != ambition_id
    ):
        v.add("indicator_id", QT_TRANSLATE_NOOP("errors", "Choose an indicator of this action's ambition."))
    v.raise_if_any()
    if action_id is None:
        action = Action(ambition_id=ambition_id)
        session.add(action)
    else:
        action = load_for_edit(session, Action, action_id, expected_version or 0)
    action.title = data.title.strip()
    action.description = data.description.strip() or None
    action.owner_id = data.owner_id
    action.start_date = data.start_date
    action.due_date = data.due_date
    if data.status == ActionStatus.DONE and action.status != ActionStatus.DONE:
        action.done_on = today or date.today()
    elif data.status != ActionStatus.DONE:
        action.done_on = None
    action.status = data.status
    action.indicator_id = data.indicator_id
    action.updated_at = utcnow()
    if action_id is None:
        session.flush()
    else:
        flush_or_conflict(session, action)
    session.execute(delete(ActionCompany).where(ActionCompany.action_id == action.id))
    session.execute(delete(ActionAgreement).where(ActionAgreement.action_id == action.id))
    if data.company_ids:
        session.execute(
            insert(ActionCompany),
            [{"action_id": action.id, "company_id": cid} for cid in dict.fromkeys(data.company_ids)],
        )
    if data.agreement_ids:
        session.execute(
            insert(ActionAgreement),
            [{"action_id": action.id, "agreement_id": aid} for aid in dict.fromkeys(data.agreement_ids)],
        )
    session.flush()
    return action.id


@requires(Permission.VIEW_CONSULTATIONS)
def agreements_of(session: Session, company_ids: list[int]) -> list[tuple[int, str]]:
    """The agreements an action can be linked to: those made with its companies, newest first."""
    if not company_ids:
        return []
    rows = session.execute(
        select(Agreement.id, Agreement.description, Company.name)
        .join(Company, Company.id == Agreement.company_id)
        .where(Agreement.company_id.in_(company_ids))
        .order_by(Agreement.id.desc())
        .limit(500)
    )
    return [(aid, f"{name}: {text}") for aid, text, name in rows]


@requires(Permission.VIEW_COMPANIES)
def company_names(session: Session, company_ids: list[int]) -> list[tuple[int, str]]:
    if not company_ids:
        return []
    return list(
        session.execute(
            select(Company.id, Company.name).where(Company.id.in_(company_ids)).order_by(Company.name)
        )
        .tuples()
        .all()
    )


# -- the whole plan ---------------------------------------------------------------------------


@requires(Permission.VIEW_AMBITIONS)
def overview(session: Session, plan_id: int, *, today: date) -> PlanOverview:
    """A version of the plan with everything under it: a handful of queries for the whole plan."""
    plan = load(session, AmbitionPlan, plan_id)
    ambitions = list(
        session.scalars(
            select(Ambition).where(Ambition.plan_id == plan_id).order_by(Ambition.position, Ambition.id)
        )
    )
    ambition_ids = [a.id for a in ambitions]
    names = dict(session.execute(select(User.id, User.full_name)).tuples().all())
    areas = dict(session.execute(select(Area.id, Area.name)).tuples().all())

    actions: dict[int, list[ActionRecord]] = defaultdict(list)
    indicators: dict[int, list[IndicatorRecord]] = defaultdict(list)
    if ambition_ids:
        action_rows = list(
            session.scalars(
                select(Action)
                .where(Action.ambition_id.in_(ambition_ids))
                .order_by(Action.due_date.is_(None), Action.due_date, Action.id)
            )
        )
        actions = _action_records(session, action_rows, names, today)
        indicator_rows = list(
            session.scalars(
                select(Indicator).where(Indicator.ambition_id.in_(ambition_ids)).order_by(Indicator.id)
            )
        )
        stored: dict[int, list[Measurement]] = defaultdict(list)
        if indicator_rows:
            for m in session.scalars(
                select(Measurement)
                .where(Measurement.indicator_id.in_([i.id for i in indicator_rows]))
                .order_by(Measurement.measured_on, Measurement.id)
            ):
                stored[m.indicator_id].append(m)
        for i in indicator_rows:
            series = indicator_series(session, i, stored[i.id], today)
            assessment = assess(
                [(m.measured_on, m.value) for m in series],
                target=i.target,
                target_date=i.target_date,
                direction=i.direction,
                today=today,
                baseline=i.baseline,
                baseline_date=i.baseline_date,
            )
            indicators[i.ambition_id].append(
                IndicatorRecord(
                    id=i.id,
                    version=i.version,
                    ambition_id=i.ambition_id,
                    name=i.name,
                    unit=i.unit,
                    baseline=i.baseline,
                    baseline_date=i.baseline_date,
                    target=i.target,
                    target_date=i.target_date,
                    direction=i.direction,
                    source=i.source,
                    area_id=i.area_id,
                    area=areas.get(i.area_id) if i.area_id else None,
                    plausible_min=i.plausible_min,
                    plausible_max=i.plausible_max,
                    measurements=series,
                    assessment=assessment,
                )
            )

    people = respondents(session)
    ideas_of: dict[int, list[IdeaRecord]] = defaultdict(list)
    sizes_of = {r.id: r.size for r in people}
    for respondent in people:
        for idea in respondent.ideas:
            for ambition_id in idea.ambition_ids:
                ideas_of[ambition_id].append(idea)
    records = []
    for a in ambitions:
        ideas = ideas_of[a.id]
        supporters = {idea.respondent_id: idea.sector for idea in ideas}
        sizes = Counter(sizes_of[r] for r in supporters if sizes_of[r] is not None)
        records.append(
            AmbitionRecord(
                id=a.id,
                version=a.version,
                plan_id=a.plan_id,
                theme=a.theme,
                title=a.title,
                description=a.description or "",
                lead_id=a.lead_id,
                lead=names.get(a.lead_id) if a.lead_id else None,
                portfolio_holder=a.portfolio_holder or "",
                portfolio=a.portfolio or "",
                position=a.position,
                actions=actions[a.id],
                indicators=indicators[a.id],
                ideas=ideas,
                progress=progress([(x.status, x.due_date) for x in actions[a.id]], today),
                support=Support(
                    respondents=len(supporters),
                    ideas=len(ideas),
                    sectors=dict(Counter(supporters.values())),
                    sizes=dict(sizes),  # type: ignore[arg-type]
                ),
            )
        )
    plan_lead = names.get(plan.lead_id) if plan.lead_id else None
    return PlanOverview(
        plan=_plan_record(plan, plan_lead), ambitions=records, respondents=people, today=today
    )


# -- a company's part in the plan -------------------------------------------------------------


@requires(Permission.VIEW_AMBITIONS)
def company_actions(session: Session, company_id: int) -> list[CompanyAction]:
    """The ambitions a company takes part in, through the actions it is linked to, of plans that
    are not superseded: what a briefing mentions as "related ambitions"."""
    rows = session.execute(
        select(Ambition.theme, Ambition.title, Action.title, Action.status, Action.due_date)
        .join(Action, Action.ambition_id == Ambition.id)
        .join(ActionCompany, ActionCompany.action_id == Action.id)
        .join(AmbitionPlan, AmbitionPlan.id == Ambition.plan_id)
        .where(ActionCompany.company_id == company_id, AmbitionPlan.status != PlanStatus.SUPERSEDED)
        .order_by(Ambition.position, Ambition.id, Action.due_date, Action.id)
    ).tuples()
    return [
        CompanyAction(theme=theme, ambition=ambition, action=action, status=status, due_date=due_date)
        for theme, ambition, action, status, due_date in rows
    ]


def _action_records(
    session: Session, action_rows: list[Action], names: dict[int, str], today: date
) -> dict[int, list[ActionRecord]]:
    """The actions as records, per ambition, with their companies and agreements (two queries)."""
    actions: dict[int, list[ActionRecord]] = defaultdict(list)
    action_ids = [a.id for a in action_rows]
    companies: dict[int, list[tuple[int, str]]] = defaultdict(list)
    agreements: dict[int, list[tuple[int, str]]] = defaultdict(list)
    indicator_ids = {a.indicator_id for a in action_rows if a.indicator_id is not None}
    indicator_names: dict[int, str] = {}
    if indicator_ids:
        query = select(Indicator.id, Indicator.name).where(Indicator.id.in_(indicator_ids))
        indicator_names = dict(session.execute(query).tuples().all())
    if action_ids:
        for aid, cid, name in session.execute(
            select(ActionCompany.action_id, Company.id, Company.name)
            .join(Company, Company.id == ActionCompany.company_id)
            .where(ActionCompany.action_id.in_(action_ids))
            .order_by(Company.name)
        ):
            companies[aid].append((cid, name))
        for aid, agreement_id, text in session.execute(
            select(ActionAgreement.action_id, Agreement.id, Agreement.description)
            .join(Agreement, Agreement.id == ActionAgreement.agreement_id)
            .where(ActionAgreement.action_id.in_(action_ids), *visible_agreements(session))
            .order_by(Agreement.id)
        ):
            agreements[aid].append((agreement_id, text))
    for a in action_rows:
        actions[a.ambition_id].append(
            ActionRecord(
                id=a.id,
                version=a.version,
                ambition_id=a.ambition_id,
                title=a.title,
                description=a.description or "",
                owner_id=a.owner_id,
                owner=names.get(a.owner_id) if a.owner_id else None,
                start_date=a.start_date,
                due_date=a.due_date,
                status=a.status,
                done_on=a.done_on,
                late=is_late(a.status, a.due_date, today),
                companies=companies[a.id],
                agreements=agreements[a.id],
                indicator_id=a.indicator_id,
                indicator=indicator_names.get(a.indicator_id) if a.indicator_id else None,
            )
        )
    return actions


@requires(Permission.VIEW_AMBITIONS)
def action(session: Session, action_id: int, *, today: date) -> ActionRecord | None:
    """One action as saved now (None when it was deleted): what its dialog compares with on a conflict."""
    row = session.get(Action, action_id)
    if row is None:
        return None
    names: dict[int, str] = {}
    if row.owner_id is not None:
        names[row.owner_id] = session.scalar(select(User.full_name).where(User.id == row.owner_id)) or ""
    return _action_records(session, [row], names, today)[row.ambition_id][0]


@requires(Permission.VIEW_AMBITIONS)
def my_actions(session: Session, user_ids: list[int] | None, *, today: date) -> list[MyAction]:
    """The open actions (planned or in progress) of plans not superseded, assigned to these officials
    (None: the whole team), the earliest due first: the actions part of Mijn werk."""
    query = (
        select(Action, Ambition.title, Ambition.plan_id)
        .join(Ambition, Ambition.id == Action.ambition_id)
        .join(AmbitionPlan, AmbitionPlan.id == Ambition.plan_id)
        .where(
            AmbitionPlan.status != PlanStatus.SUPERSEDED,
            Action.status.in_([ActionStatus.PLANNED, ActionStatus.IN_PROGRESS]),
            Action.owner_id.is_not(None),
        )
        .order_by(Action.due_date.is_(None), Action.due_date, Action.id)
        .limit(500)
    )
    if user_ids is not None:
        query = query.where(Action.owner_id.in_(user_ids))
    rows = session.execute(query).tuples().all()
    names = dict(session.execute(select(User.id, User.full_name)).tuples().all())
    records = _action_records(session, [a for a, _t, _p in rows], names, today)
    by_id = {r.id: r for group in records.values() for r in group}
    return [MyAction(action=by_id[a.id], ambition=title, plan_id=plan_id) for a, title, plan_id in rows]
