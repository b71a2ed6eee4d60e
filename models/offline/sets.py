"""What a set taken along holds, computed on the server from the set's definition.

The same computation runs when taking along and at every synchronisation, so the server's
changes to the set (new signals in the area, a company that got a new account manager) come
down, and what left the set leaves the laptop. Privacy is applied here, once for both: reporters'
contact details only for the official's own signals, confidential reports only for roles that
may read them (docs/offline-sync.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import Select, Table, bindparam, false, or_, select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.companies.entities import Area, Company, CompanyContact, Establishment
from models.consultations.entities import Agreement, AgreementStatus, Interaction
from models.errors import DomainError, NotFoundError
from models.i18n import QT_TRANSLATE_NOOP
from models.matching.normalise import postcode_compact
from models.permissions import Permission, allowed
from models.rounds.entities import Observation, Round
from models.schema import metadata
from models.signals.entities import Signal, SignalStatus
from models.text import fold
from models.validation import record_number, search_words

ROUND, COMPANIES, MINE = "round", "companies", "mine"
HISTORY_DAYS = 2 * 365  # contact moments taken along: the last two years, and any with an open agreement
CHUNK = 900  # ids per IN list

# The set's tables, parents before children (inserts go in this order, removals the other way).
SET_TABLES = (
    "company",
    "establishment",
    "contact",
    "company_contact",
    "supervision_round",
    "supervision_round_official",
    "interaction",
    "interaction_official",
    "interaction_contact",
    "agreement",
    "attachment",
    "attachment_content",
    "signal",
    "signal_event",
    "signal_reaction",
    "observation",
    "desk_question",
)
# Read-only offline: copied whole at taking along, never sent up.
LOOKUP_TABLES = (
    "app_user",
    "area",
    "sector",
    "signal_category",
    "feedback_template",
    "signal_reaction_reason",
    "knowledge_article",
    "app_setting",
)
REPORTER_COLUMNS = ("reporter_name", "reporter_phone", "reporter_email", "reporter_address")
OPEN_AGREEMENTS = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)
CLOSED_SIGNALS = (SignalStatus.DONE, SignalStatus.CANCELLED)


@dataclass(frozen=True, kw_only=True)
class SetDefinition:
    """What was chosen: a round, a company filter (or ids: a selection), or the official's own companies."""

    kind: str
    round_id: int | None = None
    text: str = ""
    company_ids: tuple[int, ...] = field(default=())

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, data: str) -> SetDefinition:
        values = json.loads(data)
        values["company_ids"] = tuple(values.get("company_ids", ()))
        return cls(**values)


Rows = dict[str, list[dict[str, Any]]]


def table(name: str) -> Table:
    return metadata.tables[name]


def _chunks(ids: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _rows(session: Session, stmt: Select, column: Any, ids: Iterable[Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    wanted = sorted(set(ids))
    if not wanted:
        return found
    # One statement for every chunk: the ids go as an expanding parameter, not into its cache key.
    bound = stmt.where(column.in_(bindparam("ids", expanding=True)))
    for part in _chunks(wanted):
        found.extend(dict(r) for r in session.execute(bound, {"ids": list(part)}).mappings())
    return found


def _area_tree(session: Session, area_id: int) -> set[int]:
    areas, frontier = {area_id}, {area_id}
    while frontier:
        frontier = set(session.scalars(select(Area.id).where(Area.parent_id.in_(frontier)))) - areas
        areas |= frontier
    return areas


def company_ids(
    session: Session, definition: SetDefinition, user_id: int | None
) -> tuple[set[int], set[int]]:
    """The set's companies, and the areas whose open signals come along (a round's)."""
    live = (Company.archived_at.is_(None), Company.merged_into_id.is_(None))
    areas: set[int] = set()
    if definition.kind == ROUND:
        # Typed on the command line: a number beyond any is said in words, not sent to the database
        # (an overflow on SQLite, "integer out of range" on PostgreSQL).
        round_id = record_number(definition.round_id) if definition.round_id is not None else None
        found = session.get(Round, round_id) if round_id else None
        if found is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no round {number}."), number=definition.round_id
            )
        areas = _area_tree(session, found.area_id) if found.area_id else set()
        in_area = select(Establishment.company_id).where(
            Establishment.area_id.in_(areas) if areas else false(), Establishment.archived_at.is_(None)
        )
        observed = select(Observation.company_id).where(Observation.round_id == found.id)
        stmt = select(Company.id).where(*live, or_(Company.id.in_(in_area), Company.id.in_(observed)))
    elif definition.kind == MINE:
        stmt = select(Company.id).where(*live, Company.account_manager_id == user_id)
    elif definition.company_ids:
        wanted = [record_number(number) for number in definition.company_ids]
        stmt = select(Company.id).where(*live, Company.id.in_(wanted))
    else:
        # At most a search's length: a pasted page made SQLite refuse the LIKE pattern.
        text = search_words(definition.text).strip()
        if not text:  # never "everything": a set is what a person can carry
            raise DomainError(
                QT_TRANSLATE_NOOP("errors", "Give a filter or choose the companies to take along.")
            )
        folded, compact = fold(text), postcode_compact(text)
        matching = select(Establishment.company_id).where(
            or_(
                Establishment.city.ilike(f"%{text}%"),
                *([Establishment.postcode_compact.like(f"{compact}%")] if compact else []),
            )
        )
        stmt = select(Company.id).where(
            *live,
            or_(Company.name_folded.contains(folded), Company.kvk_number == text, Company.id.in_(matching)),
        )
    return set(session.scalars(stmt)), areas


def _columns(
    name: str, keys_only: bool, *, hidden: Iterable[str] = (), needed: Iterable[str] = ()
) -> list[Any]:
    """All columns the official may take (not ``hidden``), or only the key, the version and what
    the computation itself needs (``needed``) — enough to see what changed since the base."""
    t = table(name)
    if keys_only:
        wanted = {c.name for c in t.primary_key.columns} | {"version"} | set(needed)
        return [c for c in t.columns if c.name in wanted]
    hide = set(hidden)
    return [c for c in t.columns if c.name not in hide]


def compute(
    session: Session, definition: SetDefinition, user_id: int | None, *, keys_only: bool = False
) -> Rows:
    """Every row of the set, table by table, as the official may take it along; with
    ``keys_only`` only each row's key and version (a synchronisation's quick look for changes)."""
    companies, areas = company_ids(session, definition, user_id)
    rows: Rows = {}

    def cols(name: str, *, hidden: Iterable[str] = (), needed: Iterable[str] = ()) -> Select:
        return select(*_columns(name, keys_only, hidden=hidden, needed=needed))

    rows["company"] = _rows(session, cols("company"), Company.id, companies)
    rows["establishment"] = _rows(session, cols("establishment"), Establishment.company_id, companies)
    rows["company_contact"] = _rows(
        session, cols("company_contact", needed=["contact_id"]), CompanyContact.company_id, companies
    )
    contact = table("contact")
    rows["contact"] = _rows(
        session, cols("contact"), contact.c.id, {r["contact_id"] for r in rows["company_contact"]}
    )

    rounds = [definition.round_id] if definition.kind == ROUND and definition.round_id else []
    rows["supervision_round"] = _rows(session, cols("supervision_round"), Round.id, rounds)
    official = table("supervision_round_official")
    rows["supervision_round_official"] = _rows(session, cols(official.name), official.c.round_id, rounds)

    reads_reports = allowed(session, Permission.VIEW_CONSULTATIONS)
    since = utcnow() - timedelta(days=HISTORY_DAYS)
    open_of = select(Agreement.interaction_id).where(Agreement.status.in_(OPEN_AGREEMENTS))
    moments = cols("interaction", hidden=() if reads_reports else ["report"]).where(
        or_(Interaction.occurred_at >= since, Interaction.id.in_(open_of))
    )
    if not reads_reports:
        moments = moments.where(Interaction.confidential.is_(False))
    rows["interaction"] = _rows(session, moments, Interaction.company_id, companies)
    if not reads_reports and not keys_only:
        for row in rows["interaction"]:
            row["report"] = None
    moment_ids = {r["id"] for r in rows["interaction"]}
    for name in ("interaction_official", "interaction_contact"):
        link = table(name)
        rows[name] = _rows(session, cols(name), link.c.interaction_id, moment_ids)
    rows["agreement"] = _rows(session, cols("agreement"), Agreement.interaction_id, moment_ids)
    # Documents in the files, with their bytes, read like contact reports: for a role that may read
    # them, those of the file itself and of the contact moments taken along.
    attachment = table("attachment")
    documents = cols("attachment", needed=["interaction_id"]) if reads_reports else None
    found_documents = (
        _rows(session, documents, attachment.c.company_id, companies) if documents is not None else []
    )
    rows["attachment"] = [
        r for r in found_documents if r["interaction_id"] is None or r["interaction_id"] in moment_ids
    ]
    content = table("attachment_content")
    rows["attachment_content"] = _rows(
        session, cols("attachment_content"), content.c.attachment_id, {r["id"] for r in rows["attachment"]}
    )

    handles = allowed(session, Permission.HANDLE_SIGNALS)
    hidden = () if handles else [*REPORTER_COLUMNS, "search_text"]
    open_signals = cols("signal", hidden=hidden, needed=["handler_id"]).where(
        Signal.status.not_in(CLOSED_SIGNALS)
    )
    found = _rows(session, open_signals, Signal.company_id, companies)
    if areas:
        found += _rows(session, open_signals, Signal.area_id, areas)
    by_id = {r["id"]: r for r in found}
    if not keys_only:
        for row in by_id.values():
            if not handles or row["handler_id"] != user_id:
                row.update(dict.fromkeys(REPORTER_COLUMNS))
                row["search_text"] = row["public_search_text"]
    rows["signal"] = sorted(by_id.values(), key=lambda r: r["id"])
    event = table("signal_event")
    own = {r["id"] for r in rows["signal"] if handles and r["handler_id"] == user_id}
    events = cols("signal_event", hidden=() if handles else ["feedback"], needed=["signal_id"])
    rows["signal_event"] = _rows(session, events, event.c.signal_id, by_id)
    if not keys_only:
        for row in rows["signal_event"]:
            if row["signal_id"] not in own:
                row["feedback"] = None
    # The reporters' reactions, their own words: for a role that handles signals, as on the server.
    reaction = table("signal_reaction")
    reacted = cols("signal_reaction")
    rows["signal_reaction"] = _rows(session, reacted, reaction.c.signal_id, by_id) if handles else []
    observation = table("observation")
    rows["observation"] = _rows(session, cols("observation"), observation.c.round_id, rounds)
    # The desk's questions about these companies (a pop-up desk logs more; those go up), for a
    # role that works at the desk, as long back as the contact moments they were logged as.
    question = table("desk_question")
    asked = cols("desk_question").where(question.c.asked_at >= since)
    desk = allowed(session, Permission.DESK)
    rows["desk_question"] = _rows(session, asked, question.c.company_id, companies) if desk else []
    return rows


def lookups(session: Session) -> Rows:
    """The lookups and the knowledge base, whole (officials: their name and role, no more)."""
    rows: Rows = {}
    for name in LOOKUP_TABLES:
        found = [dict(r) for r in session.execute(select(table(name))).mappings()]
        if name == "app_user":
            for row in found:
                row.update(email=None, phone=None)
        if name == "knowledge_article":
            found = [r for r in found if r["archived_at"] is None]
        rows[name] = found
    return rows
