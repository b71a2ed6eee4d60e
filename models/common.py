"""What every service needs: loading a row for an edit and the optimistic-lock check."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models.base import Versioned
from models.errors import ConflictError, NotFoundError
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import requires
from models.team.entities import User
from models.validation import MAX_ID

T = TypeVar("T", bound=Versioned)


@requires()
def load(session: Session, kind: type[T], record_id: int) -> T:
    # A number no record can have (typed: --interaction 99999999999999999999) is not sent to the
    # database, which would refuse it as out of range rather than find nothing.
    obj = session.get(kind, record_id) if 0 < record_id <= MAX_ID else None
    if obj is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    return obj


@requires()
def created_before(session: Session, kind: type[Any], client_token: str | None) -> int | None:
    """The id of the record a create with this client token made already, or None.

    A form makes one token (a uuid) when it opens and sends it with every attempt to save; when a
    save's answer is lost with the connection, the worker's retry sends it again, and the create
    finds the first record instead of making a second (issue 19). The unique index on the token
    column refuses a second even when both attempts run at once.
    """
    if client_token is None:
        return None
    if not 0 < len(client_token) <= 36:
        raise ValueError("a client token is a uuid (at most 36 characters)")
    found: int | None = session.scalar(select(kind.id).where(kind.client_token == client_token))
    return found


@requires()
def load_for_edit(session: Session, kind: type[T], record_id: int, expected_version: int) -> T:
    """The row as it is now, or a ConflictError naming who changed it since it was opened.

    The check here gives a good message; the version column on UPDATE still catches a
    colleague who saves in the very same instant.
    """
    obj = load(session, kind, record_id)
    if obj.version != expected_version:
        raise conflict(session, obj)
    return obj


@requires()
def save_record(
    session: Session,
    kind: type[T],
    record_id: int | None,
    expected_version: int | None,
    values: Mapping[str, Any],
    *,
    new: Mapping[str, Any] | None = None,
) -> T:
    """A new row with ``values`` (and ``new``, what only a new row is given: its parent, its
    position), or the row opened for an edit set to ``values``; flushed, with a colleague's save
    in between named as a conflict. The add-or-change every lookup and plan service does."""
    if record_id is None:
        obj = kind(**{**(new or {}), **values})
        session.add(obj)
        session.flush()
        return obj
    obj = load_for_edit(session, kind, record_id, expected_version or 0)
    for name, value in values.items():
        setattr(obj, name, value)
    flush_or_conflict(session, obj)
    return obj


@requires()
def conflict(session: Session, obj: Versioned) -> ConflictError:
    session.refresh(obj)
    who = session.get(User, obj.updated_by_id) if obj.updated_by_id else None
    return ConflictError(type(obj).__tablename__, who.full_name if who else None, obj.updated_at)


@requires()
def flush_or_conflict(session: Session, obj: Versioned) -> None:
    """Flush; when a colleague saved the same row in between, say who instead of failing."""
    # Taken now: a failed flush expires every object, and reading obj.id afterwards would
    # hit the rolled-back transaction (PendingRollbackError) instead of naming the colleague.
    kind, record_id = type(obj), obj.id  # type: ignore[attr-defined]
    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        fresh = session.get(kind, record_id)
        if fresh is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists.")) from None
        raise conflict(session, fresh) from None


@requires()
def fetch_ids(session: Session, stmt: Select) -> list[int]:
    """The first column of every row, read straight from the driver.

    For the 250,000 ids of the company list, SQLAlchemy's row objects cost four times the
    query itself (~1 s against ~0.25 s); the driver's tuples are all that is needed here.
    """
    compiled = stmt.compile(dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    if compiled.positional:
        args: Sequence[Any] | Mapping[str, Any] = tuple(params[name] for name in compiled.positiontup or ())
    else:
        args = params
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(str(compiled), args)
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()
