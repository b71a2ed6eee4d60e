"""Import terugdraaien: an import undone as a whole, from the audit trail it wrote.

The records it created are removed, the fields it changed set back to the values they had before
(the trail's old values). A record someone changed after the import (a later entry in the trail by
anyone but the import), or that something else now refers to (a contact moment with a new company,
say), is left as it is and listed, with who changed it when; a created company stays with all it
brought in when one of its parts is refused. Everything in one transaction; the trail records the
undo as any other change (not marked with the import: those entries are the import's own).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Integer, bindparam, delete, insert, select, text, update
from sqlalchemy import Enum as EnumType
from sqlalchemy.orm import Session

from models import schema
from models.audit.entities import AuditEntry
from models.audit.values import CREATE, DELETE, UPDATE
from models.base import CURRENT_USER, UTCDateTime, utcnow
from models.companies import search
from models.companies.entities import Company, CompanyContact, Contact, Establishment
from models.errors import DomainError, NotFoundError
from models.i18n import QT_TRANSLATE_NOOP
from models.importing.entities import ImportBatch
from models.matching.normalise import postcode_compact
from models.permissions import Permission, requires
from models.progress import SILENT, Progress
from models.team.entities import User
from models.text import fold
from models.validation import MAX_ID

CHUNK = 1000
_ENTITIES = {
    "company": Company,
    "establishment": Establishment,
    "contact": Contact,
    "company_contact": CompanyContact,
}
# Removed children first: what refers to a record goes before it.
_REMOVAL_ORDER = ("company_contact", "contact", "establishment", "company")


@dataclass(frozen=True, kw_only=True)
class Refused:
    """A record the undo left as it is, and why: who changed it when (or what refers to it)."""

    entity: str
    entity_id: int
    name: str
    changed_by: str | None
    changed_at: datetime | None


@dataclass(kw_only=True)
class UndoResult:
    batch_id: int
    removed: int = 0
    restored: int = 0  # records whose fields were set back
    refused: list[Refused] = field(default_factory=list)


def _chunks(items: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _value(column: Any, stored: str | None) -> Any:
    """A value as the trail wrote it (``text_value``) back in the column's type."""
    if stored is None:
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        return stored == "True"
    if isinstance(kind, Integer):
        return int(stored)
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(stored)
    if isinstance(kind, EnumType) and kind.enum_class is not None:
        return kind.enum_class(stored)
    return stored


@requires(Permission.IMPORT_COMPANIES)
def undo_import(session: Session, batch_id: int, progress: Progress = SILENT) -> UndoResult:
    # A number no import can have (--undo 99999999999999999999) is not sent to the database.
    batch = session.get(ImportBatch, batch_id) if 0 < batch_id <= MAX_ID else None
    if batch is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no import number {number}."), number=batch_id
        )
    if batch.undone_at is not None:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "Import {number} has been undone already."), number=batch_id
        )
    created: dict[str, set[int]] = defaultdict(set)
    updated: dict[tuple[str, int], dict[str, tuple[str | None, str | None]]] = defaultdict(dict)
    last = 0
    for entry_id, entity, entity_id, action, field_name, old, new in session.execute(
        select(
            AuditEntry.id,
            AuditEntry.entity,
            AuditEntry.entity_id,
            AuditEntry.action,
            AuditEntry.field,
            AuditEntry.old_value,
            AuditEntry.new_value,
        )
        .where(AuditEntry.import_batch_id == batch_id)
        .order_by(AuditEntry.id)
    ):
        last = max(last, entry_id)
        if entity not in _ENTITIES:
            continue
        if action == CREATE:
            created[entity].add(entity_id)
        elif action == UPDATE and field_name and entity_id not in created[entity]:
            updated[(entity, entity_id)].setdefault(field_name, (old, new))  # the first change: its old value
    progress.step(1, 4)
    changed_since = _changed_since(session, batch_id, last, created, {key for key in updated})
    progress.step(2, 4)
    refused_keys = set(changed_since)
    # A record of the import that something else now refers to stays.
    for entity, ids in created.items():
        for record_id in _referred(session, entity, ids, created):
            refused_keys.add((entity, record_id))
            changed_since.setdefault((entity, record_id), (None, None))
    # A created company stays whole when any part of it stays.
    company_of_est = _company_of(session, Establishment, created.get("establishment", set()))
    company_of_link = _company_of(session, CompanyContact, created.get("company_contact", set()))
    kept_companies = {cid for (e, i) in refused_keys if e == "company" for cid in [i]}
    kept_companies |= {
        company_of_est[i] for (e, i) in refused_keys if e == "establishment" and i in company_of_est
    }
    kept_companies &= created.get("company", set())
    if kept_companies:
        for est_id, company_id in company_of_est.items():
            if company_id in kept_companies:
                refused_keys.add(("establishment", est_id))
        for link_id, company_id in company_of_link.items():
            if company_id in kept_companies:
                refused_keys.add(("company_contact", link_id))
        refused_keys |= {("company", c) for c in kept_companies}
    kept_links = {i for (e, i) in refused_keys if e == "company_contact"}
    if kept_links:
        for contact_id in session.scalars(
            select(CompanyContact.contact_id).where(CompanyContact.id.in_(sorted(kept_links)))
        ):
            refused_keys.add(("contact", contact_id))
    result = UndoResult(batch_id=batch_id)
    result.refused = _describe(session, [k for k in changed_since if k in refused_keys], changed_since)
    user_id = session.info.get(CURRENT_USER)
    now = utcnow()
    sqlite = session.get_bind().dialect.name == "sqlite"
    trail: list[dict[str, Any]] = []
    touched: set[int] = set()

    def entry(
        entity: str,
        entity_id: int,
        action: str,
        field_name: str | None = None,
        old: Any = None,
        new: Any = None,
    ) -> None:
        if sqlite:
            trail.append(
                {
                    "at": now,
                    "user_id": user_id,
                    "entity": entity,
                    "entity_id": entity_id,
                    "action": action,
                    "field": field_name,
                    "old_value": old,
                    "new_value": new,
                    "import_batch_id": None,
                }
            )

    # Set back what the import changed.
    for (entity, record_id), fields in updated.items():
        if (entity, record_id) in refused_keys:
            continue
        entity_class = _ENTITIES[entity]
        table = entity_class.__table__
        mapper_columns = {attr.key: attr.columns[0] for attr in entity_class.__mapper__.column_attrs}
        values: dict[str, Any] = {}
        for name, (old, new) in fields.items():
            values[mapper_columns[name].name] = _value(mapper_columns[name], old)
            entry(entity, record_id, UPDATE, name, new, old)
        if "name" in values and entity == "company":
            values["name_folded"] = fold(values["name"] or "")
        if "postcode" in values and entity == "establishment":
            values["postcode_compact"] = postcode_compact(values["postcode"])
        values.update(version=table.c.version + 1, updated_at=now, updated_by_id=user_id)
        session.execute(update(table).where(table.c.id == record_id).values(values))
        result.restored += 1
        touched.add(record_id if entity == "company" else _company_id(session, entity, record_id))
    progress.step(3, 4)
    # Remove what it created.
    removed_companies = sorted(created.get("company", set()) - kept_companies)
    for start in range(0, len(removed_companies), CHUNK):
        _remove_documents(session, removed_companies[start : start + CHUNK])
    for entity in _REMOVAL_ORDER:
        removable = sorted(i for i in created.get(entity, set()) if (entity, i) not in refused_keys)
        if entity == "establishment":
            touched |= {company_of_est[i] for i in removable if i in company_of_est}
        table = _ENTITIES[entity].__table__
        for chunk in _chunks(removable):
            session.execute(delete(table).where(table.c.id.in_(chunk)))
            for record_id in chunk:
                entry(entity, record_id, DELETE)
            result.removed += len(chunk)
    if trail:
        session.execute(insert(AuditEntry.__table__).inline(), trail)
    remaining = sorted(touched - set(removed_companies))
    for start in range(0, len(remaining), CHUNK):
        search.refresh(session, remaining[start : start + CHUNK])
    batch.undone_at = now
    batch.undone_by_id = user_id
    session.flush()
    progress.step(4, 4)
    return result


def _company_id(session: Session, entity: str, record_id: int) -> int:
    if entity == "establishment":
        return int(session.scalar(select(Establishment.company_id).where(Establishment.id == record_id)) or 0)
    return 0


def _company_of(session: Session, entity: Any, ids: set[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for chunk in _chunks(sorted(ids)):
        out.update(
            {
                row[0]: row[1]
                for row in session.execute(select(entity.id, entity.company_id).where(entity.id.in_(chunk)))
            }
        )
    return out


def _changed_since(
    session: Session,
    batch_id: int,
    last: int,
    created: dict[str, set[int]],
    updated: set[tuple[str, int]],
) -> dict[tuple[str, int], tuple[int | None, datetime | None]]:
    """(entity, id) -> (who, when) of the latest change after the import, by anyone but the import."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for entity, ids in created.items():
        wanted[entity] |= ids
    for entity, record_id in updated:
        wanted[entity].add(record_id)
    found: dict[tuple[str, int], tuple[int | None, datetime | None]] = {}
    for entity, ids in wanted.items():
        for chunk in _chunks(sorted(ids)):
            for entity_id, user_id, at in session.execute(
                select(AuditEntry.entity_id, AuditEntry.user_id, AuditEntry.at)
                .where(
                    AuditEntry.entity == entity,
                    AuditEntry.entity_id.in_(chunk),
                    AuditEntry.id > last,
                    (AuditEntry.import_batch_id.is_(None)) | (AuditEntry.import_batch_id != batch_id),
                )
                .order_by(AuditEntry.id)
            ):
                found[(entity, entity_id)] = (user_id, at)
    return found


def _referred(session: Session, entity: str, ids: set[int], created: dict[str, set[int]]) -> set[int]:
    """The created records of ``entity`` that a row the import did not create refers to."""
    target = _ENTITIES[entity].__table__
    found: set[int] = set()
    for table in schema.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is not target or fk.column.name != "id":
                continue
            own = created.get(table.name, set())
            for chunk in _chunks(sorted(ids)):
                stmt = select(fk.parent).where(fk.parent.in_(chunk)).distinct()
                if own and "id" in table.c:
                    rows = session.execute(select(fk.parent, table.c.id).where(fk.parent.in_(chunk))).all()
                    found |= {ref for ref, row_id in rows if row_id not in own}
                else:
                    found |= set(session.scalars(stmt))
    return found


def _remove_documents(session: Session, company_ids: Sequence[int]) -> None:
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            text(f"DELETE FROM {search.TABLE} WHERE rowid IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": list(company_ids)},
        )
    else:
        session.execute(
            text(f"DELETE FROM {search.TABLE} WHERE {search.KEY} IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": list(company_ids)},
        )


def _describe(
    session: Session,
    keys: list[tuple[str, int]],
    changes: dict[tuple[str, int], tuple[int | None, datetime | None]],
) -> list[Refused]:
    names: dict[int, str] = {row[0]: row[1] for row in session.execute(select(User.id, User.full_name))}
    out = []
    for entity, record_id in sorted(keys):
        if entity == "company":
            name = session.scalar(select(Company.name).where(Company.id == record_id))
        elif entity == "establishment":
            name = session.scalar(select(Establishment.trade_name).where(Establishment.id == record_id))
        elif entity == "contact":
            name = session.scalar(select(Contact.last_name).where(Contact.id == record_id))
        else:
            continue
        who, when = changes[(entity, record_id)]
        out.append(
            Refused(
                entity=entity,
                entity_id=record_id,
                name=name or "",
                changed_by=names.get(who) if who is not None else None,
                changed_at=when,
            )
        )
    return out
