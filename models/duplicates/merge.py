"""Merging two companies (or two contact persons) into one, and undoing it.

A merge keeps everything: every record that points to the copy (found from the schema's foreign
keys, so a table added later moves too) is moved to the survivor, the survivor gets the field
values the person chose, and the copy stays as an archived tombstone that points to the survivor
(``merged_into_id``), so that its old name and KvK number still lead there. What moved is written
down row by row (``MergeMove``) with the values both records had (``MergeLog``): an undo gives the
copy back its own values and exactly the records moved from it, while records added to the
survivor since stay there.

All of it happens in the caller's one transaction. Both records are loaded with the versions the
person saw (``load_for_edit``): a colleague's change since the dialog opened is a ConflictError, and
of two people merging the same pair at once the second is told who was first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Column, ForeignKey, Table, UniqueConstraint, func, insert, select, tuple_, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models import schema
from models.audit.entities import AuditEntry
from models.audit.values import UPDATE, text_value
from models.base import CURRENT_USER, Versioned, utcnow
from models.common import conflict, load, load_for_edit
from models.companies import search
from models.companies.entities import Company, CompanyContact, Contact, Establishment
from models.duplicates.entities import COMPANY, CONTACT, MergeLog, MergeMove
from models.errors import DomainError, NotFoundError
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, requires
from models.progress import SILENT, Progress
from models.team.entities import User
from models.text import fold

# The fields a person chooses per merge, in the order the dialog shows them.
COMPANY_FIELDS = (
    "name",
    "legal_name",
    "legal_form",
    "kvk_number",
    "account_manager_id",
    "email",
    "phone",
    "website",
    "notes",
)
CONTACT_FIELDS = ("first_name", "name_prefix", "last_name", "email", "phone", "notes")
# What moves, as a person calls it (per table; a table added later shows under its own name).
MOVE_LABELS: dict[str, str] = {
    "establishment": QT_TRANSLATE_NOOP("labels", "establishments"),
    "company_contact": QT_TRANSLATE_NOOP("labels", "contact persons"),
    "interaction": QT_TRANSLATE_NOOP("labels", "contact moments"),
    "interaction_contact": QT_TRANSLATE_NOOP("labels", "contact moments attended"),
    "agreement": QT_TRANSLATE_NOOP("labels", "agreements"),
    "signal": QT_TRANSLATE_NOOP("labels", "signals"),
    "observation": QT_TRANSLATE_NOOP("labels", "observations"),
    "desk_question": QT_TRANSLATE_NOOP("labels", "desk questions"),
    "action_company": QT_TRANSLATE_NOOP("labels", "links to ambition actions"),
    "respondent": QT_TRANSLATE_NOOP("labels", "respondents"),
}
_ENTITIES: dict[str, type[Company] | type[Contact]] = {COMPANY: Company, CONTACT: Contact}
_FIELDS = {COMPANY: COMPANY_FIELDS, CONTACT: CONTACT_FIELDS}
_CHUNK = 500


class MergeError(DomainError):
    """A merge or an undo that cannot be done, with the reason."""


class AlreadyMergedError(MergeError):
    """The copy was merged already (perhaps a moment ago, by a colleague)."""


# -- what moves: every foreign key to the merged table ------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Link:
    """A column of some table that points to a company (or contact person)."""

    table: Table
    column: Column
    # Other columns that, with this one, must be unique: a row whose twin already points to the
    # survivor stays with the copy (the survivor has that link already).
    unique_with: tuple[tuple[Column, ...], ...]


def links(kind: str) -> list[Link]:
    """Every column in the schema that refers to ``kind``'s table (but its own tombstone column)."""
    target = _ENTITIES[kind].__table__
    found: list[Link] = []
    for table in schema.metadata.sorted_tables:
        for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
            fk_: ForeignKey = fk
            if fk_.column.table is not target or (table is target and fk_.parent.name == "merged_into_id"):
                continue
            column = fk_.parent
            sets: list[tuple[Column, ...]] = []
            keys = [tuple(table.primary_key.columns)]
            keys += [tuple(c.columns) for c in table.constraints if isinstance(c, UniqueConstraint)]
            keys += [tuple(i.columns) for i in table.indexes if i.unique]
            for key in keys:
                if column in key and len(key) > 1:
                    sets.append(tuple(c for c in key if c is not column))
            found.append(Link(table=table, column=column, unique_with=tuple(sets)))
    return found


# -- records for the dialog ------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class FieldChoice:
    """One field side by side: both values (as a person reads them) and which one is proposed."""

    field: str
    survivor_value: Any
    merged_value: Any
    survivor_text: str
    merged_text: str
    proposed: str  # "survivor" or "merged"


@dataclass(frozen=True, kw_only=True)
class MergePlan:
    kind: str
    survivor_id: int
    survivor_version: int
    survivor_name: str
    survivor_archived: bool
    merged_id: int
    merged_version: int
    merged_name: str
    merged_archived: bool
    fields: tuple[FieldChoice, ...]
    to_move: dict[str, int] = field(default_factory=dict)  # table -> rows that will move

    def proposed_values(self) -> dict[str, Any]:
        return {
            f.field: f.survivor_value if f.proposed == "survivor" else f.merged_value for f in self.fields
        }


@dataclass(frozen=True, kw_only=True)
class MergeRecord:
    """One merge as the history shows it."""

    id: int
    kind: str
    survivor_id: int
    survivor_name: str
    merged_id: int
    merged_name: str
    merged_at: datetime
    merged_by: str | None
    moved: int
    undone_at: datetime | None
    undone_by: str | None


def _label(session: Session, name: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if name == "account_manager_id":
        user = session.get(User, value)
        return user.full_name if user else f"#{value}"
    return str(value)


def _values(obj: Company | Contact, kind: str) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in _FIELDS[kind]}


def _name(obj: Company | Contact) -> str:
    return obj.name if isinstance(obj, Company) else obj.full_name


def _refuse_tombstones(
    session: Session, kind: str, survivor: Company | Contact, merged: Company | Contact
) -> None:
    if merged.merged_into_id is not None:
        raise already_merged(session, kind, merged.id)
    if survivor.merged_into_id is not None:
        raise MergeError(
            QT_TRANSLATE_NOOP("errors", "{name} was itself merged into another record; merge into that one."),
            name=_name(survivor),
        )


@requires(Permission.MERGE_COMPANIES)
def already_merged(session: Session, kind: str, merged_id: int) -> AlreadyMergedError:
    """The refusal for a copy that was merged already, naming who did it and into what."""
    log = session.scalars(
        select(MergeLog)
        .where(MergeLog.kind == kind, MergeLog.merged_id == merged_id, MergeLog.undone_at.is_(None))
        .order_by(MergeLog.id.desc())
        .limit(1)
    ).first()
    who = session.get(User, log.merged_by_id) if log is not None and log.merged_by_id else None
    return AlreadyMergedError(
        QT_TRANSLATE_NOOP("errors", "{who} already merged {name} into {survivor} at {when}."),
        who=who.full_name if who else "?",
        name=log.merged_name if log else "?",
        survivor=log.survivor_name if log else "?",
        when=log.merged_at.astimezone().strftime("%d-%m-%Y %H:%M") if log else "?",
    )


def _count_moves(session: Session, kind: str, merged_id: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for link in links(kind):
        n = session.scalar(select(func.count()).select_from(link.table).where(link.column == merged_id)) or 0
        if n:
            counts[link.table.name] = counts.get(link.table.name, 0) + n
    return counts


@requires(Permission.MERGE_COMPANIES)
def merge_plan(session: Session, kind: str, survivor_id: int, merged_id: int) -> MergePlan:
    """Both records side by side with the value proposed per field: the survivor's, unless it is
    empty (then the copy's) or the copy was changed more recently and has a value (then the copy's).
    Which linked records will move, per table."""
    entity: Any = _ENTITIES[kind]
    if survivor_id == merged_id:
        raise MergeError(QT_TRANSLATE_NOOP("errors", "A record cannot be merged with itself."))
    survivor = load(session, entity, survivor_id)
    merged = load(session, entity, merged_id)
    _refuse_tombstones(session, kind, survivor, merged)
    newer_copy = merged.updated_at > survivor.updated_at
    choices = []
    for name in _FIELDS[kind]:
        a, b = getattr(survivor, name), getattr(merged, name)
        empty_a, empty_b = a in (None, ""), b in (None, "")
        # The most complete value, and of two the most recent (never a name or KvK number: the
        # survivor was chosen for those).
        most_recent = newer_copy and name not in ("name", "kvk_number", "notes")
        proposed = "merged" if not empty_b and (empty_a or (a != b and most_recent)) else "survivor"
        choices.append(
            FieldChoice(
                field=name,
                survivor_value=a,
                merged_value=b,
                survivor_text=_label(session, name, a),
                merged_text=_label(session, name, b),
                proposed=proposed,
            )
        )
    return MergePlan(
        kind=kind,
        survivor_id=survivor.id,
        survivor_version=survivor.version,
        survivor_name=_name(survivor),
        survivor_archived=survivor.archived_at is not None,
        merged_id=merged.id,
        merged_version=merged.version,
        merged_name=_name(merged),
        merged_archived=merged.archived_at is not None,
        fields=tuple(choices),
        to_move=_count_moves(session, kind, merged_id),
    )


def _json(values: dict[str, Any]) -> str:
    return json.dumps({k: text_value(v) for k, v in values.items()}, sort_keys=True)


def _from_json(kind: str, text: str) -> dict[str, Any]:
    raw = json.loads(text)
    values: dict[str, Any] = {}
    for name, value in raw.items():
        if value is not None and name in ("account_manager_id",):
            values[name] = int(value)
        elif value is not None and name == "archived_at":
            values[name] = datetime.fromisoformat(value)
        else:
            values[name] = value
    return values


def _lock_pair(
    session: Session, kind: str, survivor_id: int, survivor_version: int, merged_id: int, merged_version: int
) -> tuple[Any, Any]:
    entity: Any = _ENTITIES[kind]
    merged = load(session, entity, merged_id)
    if merged.merged_into_id is not None:
        raise already_merged(session, kind, merged_id)
    survivor = load_for_edit(session, entity, survivor_id, survivor_version)
    merged = load_for_edit(session, entity, merged_id, merged_version)
    _refuse_tombstones(session, kind, survivor, merged)
    return survivor, merged


def _flush(session: Session, kind: str, merged_id: int, obj: Versioned) -> None:
    """Flush; a colleague's change in between is their conflict, or their merge of this copy."""
    entity, record_id = type(obj), obj.id  # type: ignore[attr-defined]
    try:
        session.flush()
    except (StaleDataError, OperationalError) as exc:
        # OperationalError: SQLite's writer who read before a colleague's commit (BUSY_SNAPSHOT).
        session.rollback()
        if isinstance(exc, OperationalError):
            copy_now: Any = session.get(_ENTITIES[kind], merged_id)
            if copy_now is not None and copy_now.merged_into_id is not None:
                raise already_merged(session, kind, merged_id) from None
            raise
        copy: Any = session.get(_ENTITIES[kind], merged_id)
        if copy is not None and copy.merged_into_id is not None:
            raise already_merged(session, kind, merged_id) from None
        fresh = session.get(entity, record_id)
        if fresh is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists.")) from None
        raise conflict(session, fresh) from None


@requires(Permission.MERGE_COMPANIES)
def merge(
    session: Session,
    kind: str,
    survivor_id: int,
    survivor_version: int,
    merged_id: int,
    merged_version: int,
    values: dict[str, Any] | None = None,
    *,
    into_archived: bool = False,
    progress: Progress = SILENT,
) -> int:
    """Merge ``merged_id`` into ``survivor_id``; returns the merge's id (for undo).

    ``values``: the chosen value per field (a field left out keeps the survivor's). An active
    record is merged into an archived one only when the person said so (``into_archived``).
    """
    if survivor_id == merged_id:
        raise MergeError(QT_TRANSLATE_NOOP("errors", "A record cannot be merged with itself."))
    survivor, merged = _lock_pair(session, kind, survivor_id, survivor_version, merged_id, merged_version)
    if survivor.archived_at is not None and merged.archived_at is None and not into_archived:
        raise MergeError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{survivor} is archived and {name} is not: merging would archive what is active. "
                "Merge the other way round, or confirm that this is what you want.",
            ),
            survivor=_name(survivor),
            name=_name(merged),
        )
    fields = _FIELDS[kind]
    chosen = {k: v for k, v in (values or {}).items() if k in fields}
    survivor_before = _values(survivor, kind)
    merged_before = {**_values(merged, kind), "archived_at": merged.archived_at}
    survivor_name, merged_name = _name(survivor), _name(merged)
    # The copy first: it gives up a KvK number the survivor takes (unique), becomes the tombstone.
    if kind == COMPANY and chosen.get("kvk_number") and chosen["kvk_number"] == merged.kvk_number:
        merged.kvk_number = None
    merged.merged_into_id = survivor.id
    if merged.archived_at is None:
        merged.archived_at = utcnow()
    _flush(session, kind, merged_id, merged)
    for name, value in chosen.items():
        if getattr(survivor, name) != value:
            setattr(survivor, name, value)
    if kind == COMPANY and "name" in chosen:
        survivor.name_folded = fold(survivor.name)
    # Always written, so that the survivor's version moves too: a colleague who has it open gets
    # the conflict dialog, and a second merge of the same pair waits for this one's row lock.
    survivor.updated_at = utcnow()
    _flush(session, kind, merged_id, survivor)
    log = MergeLog(
        kind=kind,
        survivor_id=survivor_id,
        merged_id=merged_id,
        survivor_name=survivor_name,
        merged_name=merged_name,
        merged_by_id=session.info.get(CURRENT_USER),
        survivor_before=_json(survivor_before),
        survivor_after=_json(_values(survivor, kind)),
        merged_before=_json(merged_before),
    )
    session.add(log)
    session.flush()
    log.moved = _move_all(session, kind, log.id, merged_id, survivor_id, progress)
    session.flush()
    _refresh_search(session, kind, (survivor_id, merged_id))
    return log.id


def _move_all(session: Session, kind: str, log_id: int, from_id: int, to_id: int, progress: Progress) -> int:
    all_links = links(kind)
    moved = 0
    for done, link in enumerate(all_links):
        progress.step(done, len(all_links))
        moved += _move(session, log_id, link, from_id, to_id)
    progress.step(len(all_links), len(all_links))
    if kind == COMPANY:
        _demote_main(session, log_id, to_id)
    return moved


# A moved establishment that was the copy's main one is not the survivor's: the survivor keeps
# its own main establishment, and undo makes the moved one main again (the ``is_main`` move).
_MAIN = "is_main"


def _demote_main(session: Session, log_id: int, company_id: int) -> None:
    table = Establishment.__table__
    moved_ids = [
        json.loads(key)[0]
        for key in session.scalars(
            select(MergeMove.row_key).where(
                MergeMove.merge_log_id == log_id, MergeMove.table_name == table.name
            )
        )
    ]
    main = session.scalars(
        select(table.c.id).where(table.c.id.in_(moved_ids), table.c.is_main.is_(True))
    ).all()
    if not main:
        return
    _set(session, table, table.c.is_main, list(main), True, False)
    session.execute(
        insert(MergeMove.__table__),
        [
            {
                "merge_log_id": log_id,
                "table_name": table.name,
                "column_name": _MAIN,
                "row_key": json.dumps([i]),
            }
            for i in main
        ],
    )


def _keys(table: Table) -> tuple[Column, ...]:
    return tuple(table.primary_key.columns)


def _move(session: Session, log_id: int, link: Link, from_id: int, to_id: int) -> int:
    table, column = link.table, link.column
    keys = _keys(table)
    extra = [c for group in link.unique_with for c in group if c not in keys]
    rows = session.execute(select(*keys, *extra).where(column == from_id)).all()
    if not rows:
        return 0
    taken: list[set[tuple]] = []
    for group in link.unique_with:
        taken.append({tuple(r) for r in session.execute(select(*group).where(column == to_id))})
    moving: list[tuple] = []
    for row in rows:
        mapping = dict(zip([c.name for c in (*keys, *extra)], row, strict=True))
        if any(
            tuple(mapping[c.name] for c in group) in seen
            for group, seen in zip(link.unique_with, taken, strict=True)
        ):
            continue  # the survivor has this link already: it stays with the tombstone
        moving.append(tuple(mapping[c.name] for c in keys))
    if not moving:
        return 0
    _update(session, table, column, keys, moving, from_id, to_id)
    session.execute(
        insert(MergeMove.__table__),
        [
            {
                "merge_log_id": log_id,
                "table_name": table.name,
                "column_name": column.name,
                "row_key": json.dumps(list(key)),
            }
            for key in moving
        ],
    )
    return len(moving)


def _set(session: Session, table: Table, column: Column, ids: list[int], old: Any, new: Any) -> int:
    return _update(session, table, column, _keys(table), [(i,) for i in ids], old, new)


def _update(
    session: Session,
    table: Table,
    column: Column,
    keys: tuple[Column, ...],
    rows: Sequence[tuple],
    from_id: Any,
    to_id: Any,
) -> int:
    """Point these rows (by primary key) from ``from_id`` to ``to_id``; returns how many changed.

    A versioned row's version moves on, and on SQLite the trail gets its line (PostgreSQL's
    triggers write it there), as for any other change."""
    if not rows:
        return 0
    versioned = "version" in table.c
    values: dict[str, Any] = {column.name: to_id}
    if versioned:
        values["version"] = table.c.version + 1
        values["updated_at"] = utcnow()
        values["updated_by_id"] = session.info.get(CURRENT_USER)
    if column in keys:  # the column is part of the key (a link table): the key as it is now
        at = keys.index(column)
        rows = [(*r[:at], from_id, *r[at + 1 :]) for r in rows]
    changed = 0
    done: list[tuple] = []
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start : start + _CHUNK]
        key = keys[0] if len(keys) == 1 else tuple_(*keys)
        wanted = [r[0] for r in chunk] if len(keys) == 1 else list(chunk)
        stmt = update(table).where(key.in_(wanted), column == from_id).values(values)
        changed += session.execute(stmt).rowcount or 0  # type: ignore[attr-defined]
        done += chunk
    if versioned and len(keys) == 1 and session.get_bind().dialect.name != "postgresql":
        now = utcnow()
        user_id = session.info.get(CURRENT_USER)
        session.execute(
            insert(AuditEntry.__table__).inline(),
            [
                {
                    "at": now,
                    "user_id": user_id,
                    "entity": table.name,
                    "entity_id": r[0],
                    "action": UPDATE,
                    "field": column.name,
                    "old_value": text_value(from_id),
                    "new_value": text_value(to_id),
                }
                for r in done
            ],
        )
    return changed


def _refresh_search(session: Session, kind: str, ids: Iterable[int]) -> None:
    if kind == COMPANY:
        search.refresh(session, ids)
        return
    companies = session.scalars(
        select(CompanyContact.company_id).where(CompanyContact.contact_id.in_(list(ids)))
    ).all()
    search.refresh(session, set(companies))


# -- undo ---------------------------------------------------------------------------------------


@requires(Permission.MERGE_COMPANIES)
def undo(session: Session, merge_id: int) -> None:
    """Give the copy back its own values and exactly the records moved from it; what was added to
    the survivor since stays. Refused, with the reason, only where that cannot be done."""
    log = session.get(MergeLog, merge_id)
    if log is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    if log.undone_at is not None:
        who = session.get(User, log.undone_by_id) if log.undone_by_id else None
        raise MergeError(
            QT_TRANSLATE_NOOP("errors", "{who} already undid this merge at {when}."),
            who=who.full_name if who else "?",
            when=log.undone_at.astimezone().strftime("%d-%m-%Y %H:%M"),
        )
    entity: Any = _ENTITIES[log.kind]
    survivor = session.get(entity, log.survivor_id)
    copy = session.get(entity, log.merged_id)
    if survivor is None or copy is None or copy.merged_into_id != log.survivor_id:
        raise MergeError(
            QT_TRANSLATE_NOOP("errors", "This merge cannot be undone: the records were changed since.")
        )
    if survivor.merged_into_id is not None:
        later = session.get(entity, survivor.merged_into_id)
        raise MergeError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{survivor} was merged into {later} after this merge: undo that merge first.",
            ),
            survivor=_name(survivor),
            later=_name(later) if later is not None else "?",
        )
    before = _from_json(log.kind, log.survivor_before)
    after = _from_json(log.kind, log.survivor_after)
    own = _from_json(log.kind, log.merged_before)
    # The survivor gives back the values the merge set, unless changed since (a colleague's word counts).
    for name, value in after.items():
        if name in before and before[name] != value and _same(getattr(survivor, name), value):
            setattr(survivor, name, before[name])
    if log.kind == COMPANY:
        survivor.name_folded = fold(survivor.name)
        if own.get("kvk_number") and own["kvk_number"] == survivor.kvk_number:
            raise MergeError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This merge cannot be undone: {survivor} has the KvK number {kvk} of {name} "
                    "since, and a KvK number belongs to one company. Change it there first.",
                ),
                survivor=survivor.name,
                kvk=own["kvk_number"],
                name=log.merged_name,
            )
    survivor.updated_at = utcnow()
    session.flush()
    for name, value in own.items():
        setattr(copy, name, value)
    copy.merged_into_id = None
    if log.kind == COMPANY:
        copy.name_folded = fold(copy.name)
    session.flush()
    _move_back(session, log)
    log.undone_at = utcnow()
    log.undone_by_id = session.info.get(CURRENT_USER)
    session.flush()
    _refresh_search(session, log.kind, (log.survivor_id, log.merged_id))


def _same(current: Any, stored: Any) -> bool:
    return text_value(current) == text_value(stored)


def _move_back(session: Session, log: MergeLog) -> None:
    by_link: dict[tuple[str, str], list[tuple]] = {}
    for move in session.scalars(select(MergeMove).where(MergeMove.merge_log_id == log.id)):
        by_link.setdefault((move.table_name, move.column_name), []).append(tuple(json.loads(move.row_key)))
    main = by_link.pop((Establishment.__table__.name, _MAIN), [])
    for (table_name, column_name), rows in by_link.items():
        table = schema.metadata.tables[table_name]
        # Only rows still with the survivor go back (a row removed since stays removed).
        _update(session, table, table.c[column_name], _keys(table), rows, log.survivor_id, log.merged_id)
    if main:
        table = Establishment.__table__
        back = session.scalars(
            select(table.c.id).where(
                table.c.id.in_([r[0] for r in main]), table.c.company_id == log.merged_id
            )
        ).all()
        _set(session, table, table.c.is_main, list(back), False, True)


# -- history -----------------------------------------------------------------------------------


@requires(Permission.VIEW_COMPANIES)
def merges(
    session: Session, kind: str = COMPANY, record_id: int | None = None, *, limit: int = 200
) -> list[MergeRecord]:
    """The merges, newest first: all, or those in which ``record_id`` survived or was merged."""
    stmt = select(MergeLog).where(MergeLog.kind == kind)
    if record_id is not None:
        stmt = stmt.where((MergeLog.survivor_id == record_id) | (MergeLog.merged_id == record_id))
    logs = session.scalars(stmt.order_by(MergeLog.id.desc()).limit(limit)).all()
    user_ids = {i for log in logs for i in (log.merged_by_id, log.undone_by_id) if i is not None}
    users = dict(session.execute(select(User.id, User.full_name).where(User.id.in_(user_ids))).tuples().all())
    return [
        MergeRecord(
            id=log.id,
            kind=log.kind,
            survivor_id=log.survivor_id,
            survivor_name=log.survivor_name,
            merged_id=log.merged_id,
            merged_name=log.merged_name,
            merged_at=log.merged_at,
            merged_by=users.get(log.merged_by_id) if log.merged_by_id else None,
            moved=log.moved,
            undone_at=log.undone_at,
            undone_by=users.get(log.undone_by_id) if log.undone_by_id else None,
        )
        for log in logs
    ]


@requires(Permission.VIEW_COMPANIES)
def survivor_of(session: Session, kind: str, record_id: int) -> int:
    """Where a tombstone's records are now: the end of its ``merged_into_id`` chain."""
    entity: Any = _ENTITIES[kind]
    seen = {record_id}
    current = record_id
    while True:
        nxt = session.scalar(select(entity.merged_into_id).where(entity.id == current))
        if nxt is None or nxt in seen:
            return current
        seen.add(nxt)
        current = nxt
