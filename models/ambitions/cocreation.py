"""Co-creation input: the respondents who gave ideas and the ideas, linked to the ambitions they support."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from models.ambitions.entities import (
    BusinessStage,
    CompanySize,
    Idea,
    IdeaAmbition,
    InputChannel,
    Respondent,
    RespondentSector,
)
from models.ambitions.records import (
    IdeaRecord,
    RespondentRecord,
)
from models.base import utcnow
from models.common import load, save_record
from models.companies.entities import Area, Company
from models.permissions import Permission, requires
from models.validation import Validator

# -- co-creation input ------------------------------------------------------------------------


@dataclass(kw_only=True)
class RespondentInput:
    name: str = ""
    sector: RespondentSector = RespondentSector.PRIVATE
    size: CompanySize | None = None
    area_id: int | None = None
    channel: InputChannel = InputChannel.IN_PERSON
    company_id: int | None = None
    stage: BusinessStage | None = None  # starter or established, apart from the size


@dataclass(kw_only=True)
class IdeaInput:
    text: str = ""
    received_on: date | None = None
    ambition_ids: list[int] = field(default_factory=list)


@requires(Permission.EDIT_AMBITIONS)
def save_respondent(
    session: Session,
    data: RespondentInput,
    respondent_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    v = Validator()
    v.required("name", data.name)
    v.max_length("name", data.name.strip(), 200)
    v.raise_if_any()
    if data.company_id is not None:
        load(session, Company, data.company_id)
    values = {
        "name": data.name.strip(),
        "sector": data.sector,
        "size": data.size,
        "area_id": data.area_id,
        "channel": data.channel,
        "company_id": data.company_id,
        "stage": data.stage,
    }
    return save_record(session, Respondent, respondent_id, expected_version, values).id


@requires(Permission.EDIT_AMBITIONS)
def save_idea(
    session: Session,
    respondent_id: int,
    data: IdeaInput,
    idea_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    load(session, Respondent, respondent_id)
    v = Validator()
    v.required("text", data.text)
    v.raise_if_any()
    values = {"text": data.text.strip(), "received_on": data.received_on, "updated_at": utcnow()}
    idea = save_record(session, Idea, idea_id, expected_version, values, new={"respondent_id": respondent_id})
    _set_links(session, idea.id, data.ambition_ids)
    return idea.id


@requires(Permission.EDIT_AMBITIONS)
def link_idea(session: Session, idea_id: int, ambition_ids: list[int]) -> None:
    """Link an idea to exactly these ambitions (links to other versions' ambitions are kept)."""
    load(session, Idea, idea_id)
    _set_links(session, idea_id, ambition_ids)


def _set_links(session: Session, idea_id: int, ambition_ids: list[int]) -> None:
    session.execute(delete(IdeaAmbition).where(IdeaAmbition.idea_id == idea_id))
    if ambition_ids:
        session.execute(
            insert(IdeaAmbition),
            [{"idea_id": idea_id, "ambition_id": aid} for aid in dict.fromkeys(ambition_ids)],
        )
    session.flush()


@requires(Permission.VIEW_AMBITIONS)
def respondents(session: Session) -> list[RespondentRecord]:
    """Every respondent with their ideas (a co-creation has tens to hundreds, never more)."""
    rows = list(session.scalars(select(Respondent).order_by(Respondent.name, Respondent.id)))
    areas = dict(session.execute(select(Area.id, Area.name)).tuples().all())
    company_ids = {r.company_id for r in rows if r.company_id}
    companies = (
        dict(
            session.execute(select(Company.id, Company.name).where(Company.id.in_(company_ids)))
            .tuples()
            .all()
        )
        if company_ids
        else {}
    )
    links: dict[int, list[int]] = defaultdict(list)
    for idea_id, ambition_id in session.execute(select(IdeaAmbition.idea_id, IdeaAmbition.ambition_id)):
        links[idea_id].append(ambition_id)
    by_respondent: dict[int, list[Idea]] = defaultdict(list)
    for idea in session.scalars(select(Idea).order_by(Idea.received_on, Idea.id)):
        by_respondent[idea.respondent_id].append(idea)
    result = []
    for r in rows:
        ideas = [
            IdeaRecord(
                id=i.id,
                version=i.version,
                respondent_id=r.id,
                respondent=r.name,
                sector=r.sector,
                text=i.text,
                received_on=i.received_on,
                ambition_ids=sorted(links[i.id]),
            )
            for i in by_respondent[r.id]
        ]
        result.append(
            RespondentRecord(
                id=r.id,
                version=r.version,
                name=r.name,
                sector=r.sector,
                size=r.size,
                area_id=r.area_id,
                area=areas.get(r.area_id) if r.area_id else None,
                channel=r.channel,
                company_id=r.company_id,
                company=companies.get(r.company_id) if r.company_id else None,
                ideas=ideas,
                stage=r.stage,
            )
        )
    return result
