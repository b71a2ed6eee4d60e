"""Telling the other desks what changed: one PostgreSQL notification per transaction.

Next to the audit trail (models/audit/trail.py), session listeners collect what a transaction
changes: the kinds of record (table names), their ids and the companies concerned. Just
before the commit one ``pg_notify('ondernemersdesk', payload)`` is executed *inside* the
transaction, so PostgreSQL delivers it exactly when the commit succeeds and never for a
rollback. Desks listen on their own connection (views/common/live.py) and refresh what they show.

The payload (JSON, under PostgreSQL's 8000-byte limit)::

    {"o": "<origin of the sending Database>", "u": <user id or null>, "s": "<schema>",
     "k": {"company": [12], "establishment": [40], "agreement": null}, "c": [12]}

``null`` ids mean "too many to list: any record of this kind"; ``"c": null`` means the
companies concerned are unknown or too many. The origin lets a desk ignore its own echo; the
schema lets desks of another installation in the same database (a test schema) ignore it.

Any login may send a notification with any payload, so the receiver believes only what the
server vouches for: PostgreSQL gives every notification the process id of the sending session,
whose login the receiver looks up (``identify_sender``). The colleague named on screen is that
login's account; the payload's ``"u"`` counts only from a login that could write the audit trail
anyway (the owner's tools acting for an official, ``models.server.audit.TRUSTED_SQL``). A sender
who cannot be established is named nobody.

SQLite has no notifications: nothing is sent, and the listener may watch the file instead.
"""

from __future__ import annotations

import json
import uuid
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event, select, text
from sqlalchemy.orm import Session

from models.base import CURRENT_USER, Base
from models.companies.entities import Company, CompanyContact, Contact
from models.server.audit import trusted_sql

CHANNEL = "ondernemersdesk"
MAX_PAYLOAD = 7900  # PostgreSQL refuses payloads of 8000 bytes and more
MAX_IDS = 200  # per kind; more and the kind is reported as a whole
_PENDING = "notify.pending"
_SCHEMA = "notify.schema"  # per connection: the schema its search path starts with
# Tables that only record something else's change: no desk shows them on their own.
_SILENT = {"audit_entry"}

_origins: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
_local_commits: weakref.WeakKeyDictionary[Engine, int] = weakref.WeakKeyDictionary()


def origin(engine: Engine) -> str:
    """The id this engine's notifications carry: one per opened database, so a desk knows
    its own changes apart from those of a colleague (even a colleague in the same process)."""
    found = _origins.get(engine)
    if found is None:
        found = _origins[engine] = uuid.uuid4().hex[:16]
    return found


@dataclass(kw_only=True)
class Change:
    """What changed, as far as a desk needs to know.

    ``kinds``: table name -> ids, or None when any record of that kind may have changed.
    ``companies``: the companies concerned, or None when unknown (refresh every company).
    ``everything``: the desk could not follow (reconnected, another program wrote the file).
    """

    kinds: dict[str, set[int] | None] = field(default_factory=dict)
    companies: set[int] | None = field(default_factory=set)
    origin: str | None = None
    user_id: int | None = None
    schema: str | None = None
    everything: bool = False

    def add(self, kind: str, record_id: Any, company_id: Any = None) -> None:
        """Note a changed record; past ``MAX_IDS`` a kind (or the companies) is kept as a
        whole, so a transaction of 100,000 rows (demo data) costs no memory here."""
        ids = self.kinds.setdefault(kind, set())
        if ids is not None and isinstance(record_id, int):
            ids.add(record_id)
            if len(ids) > MAX_IDS:
                self.kinds[kind] = None
        if self.companies is not None and isinstance(company_id, int):
            self.companies.add(company_id)
            if len(self.companies) > MAX_IDS:
                self.companies = None

    def merge(self, other: Change) -> None:
        if self.user_id != other.user_id:
            self.user_id = None  # several colleagues: none is named
        self.everything = self.everything or other.everything
        for kind, ids in other.kinds.items():
            mine = self.kinds.get(kind, set())
            self.kinds[kind] = None if mine is None or ids is None else mine | ids
        if self.companies is None or other.companies is None:
            self.companies = None
        else:
            self.companies |= other.companies

    def touches(self, *kinds: str) -> bool:
        return self.everything or any(kind in self.kinds for kind in kinds)

    def touches_company(self, company_id: int | None) -> bool:
        if company_id is None:
            return False
        if self.everything or self.companies is None:
            return True
        return company_id in self.companies

    def __bool__(self) -> bool:
        return self.everything or bool(self.kinds)

    # -- the wire ---------------------------------------------------------------------------

    def payload(self) -> str:
        """JSON for pg_notify, collapsed until it fits under PostgreSQL's limit."""
        kinds: dict[str, list[int] | None] = {
            k: (None if ids is None or len(ids) > MAX_IDS else sorted(ids)) for k, ids in self.kinds.items()
        }
        companies = (
            None if self.companies is None or len(self.companies) > MAX_IDS else sorted(self.companies)
        )
        body: dict[str, Any] = {
            "o": self.origin,
            "u": self.user_id,
            "s": self.schema,
            "k": kinds,
            "c": companies,
        }
        data = json.dumps(body, separators=(",", ":"))
        if len(data.encode()) > MAX_PAYLOAD:
            body["k"] = dict.fromkeys(kinds)
            body["c"] = None
            data = json.dumps(body, separators=(",", ":"))
        return data

    @classmethod
    def parse(cls, payload: str) -> Change | None:
        """A notification's payload; None when it is not one of ours (or garbled)."""
        try:
            body = json.loads(payload)
            kinds = {
                str(k): (None if ids is None else {int(i) for i in ids}) for k, ids in dict(body["k"]).items()
            }
            companies = body.get("c")
            return cls(
                kinds=kinds,
                companies=None if companies is None else {int(c) for c in companies},
                origin=body.get("o"),
                user_id=body.get("u"),
                schema=body.get("s"),
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


@dataclass(frozen=True, kw_only=True)
class Sender:
    """Who sent a notification, as the server says: the sending session's login, whether that
    login may name the official it acts for, and the login's own account (if any)."""

    login: str
    trusted: bool
    user_id: int | None


_SENDER_SQL = (
    "SELECT a.usename, "
    + trusted_sql("a.usename")
    + ", u.id FROM pg_catalog.pg_stat_activity a LEFT JOIN app_user u ON u.username = a.usename "
    "WHERE a.pid = %s AND a.usename IS NOT NULL"
)


def identify_sender(connection: Any, pid: int) -> Sender | None:
    """The sender of a notification from its backend's process id, looked up on the listening
    (psycopg, autocommit) connection; None when the session has ended or cannot be seen."""
    row = connection.execute(_SENDER_SQL, (pid,)).fetchone()
    if row is None:
        return None
    return Sender(login=row[0], trusted=bool(row[1]), user_id=row[2])


def vouch(change: Change, sender: Sender | None) -> Change:
    """The change with the colleague the server vouches for: the sending login's account, or
    the official named in the payload when the login may name one; nobody when unknown."""
    if sender is None:
        change.user_id = None
    elif not sender.trusted:
        change.user_id = sender.user_id
    return change


def _collect(session: Session, objects: Iterable[Any], change: Change) -> None:
    new = session.new
    for obj in objects:
        if not isinstance(obj, Base):
            continue
        kind = getattr(type(obj), "__tablename__", None)
        if kind is None or kind in _SILENT:
            continue
        record_id = getattr(obj, "id", None)
        company_id = obj.id if isinstance(obj, Company) else getattr(obj, "company_id", None)
        change.add(kind, record_id, company_id)
        if (
            isinstance(obj, Contact)
            and obj not in new  # a new person has no links yet: they come as company_contact rows
            and isinstance(record_id, int)
            and change.companies is not None
        ):
            # A person is shown in the files of every company they are linked to.
            linked = session.execute(
                select(CompanyContact.company_id).where(CompanyContact.contact_id == record_id)
            ).scalars()
            change.companies.update(linked)


def _remember(session: Session, _flush: Any) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    change = session.info.get(_PENDING)
    if change is None:
        change = session.info[_PENDING] = Change()
    _collect(session, (*session.new, *session.dirty, *session.deleted), change)


def _remember_statement(state: Any) -> None:
    """An UPDATE, DELETE or INSERT statement (no objects to look at): the whole kind."""
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    if state.session.get_bind().dialect.name != "postgresql":
        return
    kind = getattr(getattr(state.statement, "table", None), "name", None)
    if kind is None or kind in _SILENT:
        return
    change = state.session.info.get(_PENDING)
    if change is None:
        change = state.session.info[_PENDING] = Change()
    change.kinds[kind] = None


def _send(session: Session) -> None:
    bind = session.get_bind()
    if bind.dialect.name != "postgresql" or session.in_nested_transaction():
        return  # a savepoint's changes go with the transaction's one notification
    # Flush now: the commit's own flush comes after this hook, and its changes belong in
    # this transaction's one notification.
    session.flush()
    change: Change | None = session.info.pop(_PENDING, None)
    if not change:
        return
    change.origin = origin(bind) if isinstance(bind, Engine) else origin(bind.engine)
    change.user_id = session.info.get(CURRENT_USER)
    connection = session.connection()
    change.schema = connection.info.get(_SCHEMA)
    if change.schema is None:
        change.schema = connection.info[_SCHEMA] = connection.execute(
            text("SELECT current_schema()")
        ).scalar()
    connection.execute(
        text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": change.payload()}
    )


def _count_local(session: Session) -> None:
    """SQLite: count this program's own commits, so a watcher of the file can tell them
    apart from another program's (``local_commits``)."""
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        engine = bind if isinstance(bind, Engine) else bind.engine
        _local_commits[engine] = _local_commits.get(engine, 0) + 1


def local_commits(engine: Engine) -> int:
    return _local_commits.get(engine, 0)


def _forget(session: Session) -> None:
    session.info.pop(_PENDING, None)


def _forget_soft(session: Session, _previous: Any) -> None:
    if not session.in_transaction():
        session.info.pop(_PENDING, None)


_LISTENERS = (
    ("after_flush", _remember),
    ("do_orm_execute", _remember_statement),
    ("before_commit", _send),
    ("after_commit", _count_local),
    ("after_rollback", _forget),
    ("after_soft_rollback", _forget_soft),
)


def install() -> None:
    """Every commit notifies the other desks from now on. Called by models.db.Database; safe to call again."""
    for name, listener in _LISTENERS:
        if not event.contains(Session, name, listener):
            event.listen(Session, name, listener)
