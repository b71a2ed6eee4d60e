"""The audit trail: every change to an editable row becomes audit entries, written in the same
transaction as the change itself, so the trail can never disagree with the data."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from models.audit.entities import AuditEntry
from models.base import CURRENT_USER, Versioned, utcnow

# Bookkeeping columns and derived columns say nothing a reader of the trail needs.
_SKIP = {"version", "created_at", "updated_at", "updated_by_id", "name_folded", "postcode_compact"}


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "value"):
        return str(value.value)
    return str(value)


def _stamp_user(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    user_id = session.info.get(CURRENT_USER)
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Versioned) and session.is_modified(obj, include_collections=False):
            obj.updated_by_id = user_id


def _record_changes(session: Session, _flush: UOWTransaction) -> None:
    user_id = session.info.get(CURRENT_USER)
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
                "old_value": _text(old),
                "new_value": _text(new),
            }
        )

    for obj in session.new:
        if isinstance(obj, Versioned):
            entry(obj, "create")
    for obj in session.dirty:
        if not isinstance(obj, Versioned):
            continue
        state = inspect(obj, raiseerr=True)
        for attr in state.mapper.column_attrs:
            if attr.key in _SKIP:
                continue
            history = state.attrs[attr.key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            action = "update"
            if attr.key == "archived_at":
                action = "archive" if new is not None else "restore"
            entry(obj, action, attr.key, old, new)
    for obj in session.deleted:
        if isinstance(obj, Versioned):
            entry(obj, "delete")
    if rows:
        # inline: no RETURNING of the new ids, which would need the right to read the trail.
        session.connection().execute(insert(AuditEntry.__table__).inline(), rows)


_LISTENERS = (
    ("before_flush", _stamp_user),
    ("after_flush", _record_changes),
)


def install() -> None:
    """Every session writes the audit entries of its changes from now on. Called by models.db.Database; safe to call again."""
    for name, listener in _LISTENERS:
        if not event.contains(Session, name, listener):
            event.listen(Session, name, listener)
