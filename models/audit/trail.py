"""The audit trail: every change to an editable row becomes audit entries, written in the same
transaction as the change itself, so the trail can never disagree with the data.

On SQLite the application writes the entries (the listeners below). On a shared PostgreSQL
server the database writes them itself, with triggers owned by the schema's owner
(``models.server.audit``), so that a change made with psql is recorded like one made in the
window; there the application writes no entry (no login may) and only tells the server, on a
connection of the owner's, which official it acts for.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from models.audit.entities import AuditEntry
from models.audit.values import (
    CREATE,
    DELETE,
    DONE_OFFLINE,
    IMPORT_BATCH,
    SKIPPED_COLUMNS,
    action_for,
    text_value,
)
from models.base import CURRENT_USER, Versioned, utcnow
from models.server import audit as server_audit


def _stamp_user(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    user_id = session.info.get(CURRENT_USER)
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Versioned) and session.is_modified(obj, include_collections=False):
            obj.updated_by_id = user_id


def _record_changes(session: Session, _flush: UOWTransaction) -> None:
    if session.get_bind().dialect.name == "postgresql":
        return  # the server's triggers write the trail (models.server.audit)
    user_id = session.info.get(CURRENT_USER)
    batch = session.info.get(IMPORT_BATCH)
    done_at = session.info.get(DONE_OFFLINE)
    now = utcnow()
    rows: list[dict[str, Any]] = []

    def entry(
        obj: Versioned, action: str, field: str | None = None, old: Any = None, new: Any = None
    ) -> None:
        rows.append(
            {
                "at": now,
                "user_id": user_id,
                "entity": type(obj).__tablename__,
                "entity_id": inspect(obj, raiseerr=True).mapper.primary_key_from_instance(obj)[0],
                "action": action,
                "field": field,
                "old_value": text_value(old),
                "new_value": text_value(new),
                # Only when an import writes (an older schema, before 0009, has no such column).
                **({"import_batch_id": batch} if batch is not None else {}),
                # Only when a synchronisation writes (an older schema, before 0019, has no such column).
                **({"done_at": done_at} if done_at is not None else {}),
            }
        )

    for obj in session.new:
        if isinstance(obj, Versioned):
            entry(obj, CREATE)
    for obj in session.dirty:
        if not isinstance(obj, Versioned):
            continue
        state = inspect(obj, raiseerr=True)
        for attr in state.mapper.column_attrs:
            if attr.key in SKIPPED_COLUMNS:
                continue
            history = state.attrs[attr.key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            entry(obj, action_for(attr.key, new), attr.key, old, new)
    for obj in session.deleted:
        if isinstance(obj, Versioned):
            entry(obj, DELETE)
    if rows:
        # inline: no RETURNING of the new ids, which would need the right to read the trail.
        session.connection().execute(insert(AuditEntry.__table__).inline(), rows)


_LISTENERS = (
    ("before_flush", _stamp_user),
    ("after_flush", _record_changes),
    ("after_begin", server_audit.act_for_official),
)


def install() -> None:
    """Every session writes the audit entries of its changes from now on. Called by models.db.Database; safe to call again."""
    for name, listener in _LISTENERS:
        if not event.contains(Session, name, listener):
            event.listen(Session, name, listener)
