"""A set taken along and synchronised with a business manager's own login on the shared server
(issue 22): not the schema's owner, so PostgreSQL itself enforces the role's privileges and
writes the audit trail; the moments done offline are kept beside it. Another official's login
cannot synchronise the set."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from models.audit.entities import AuditEntry
from models.companies.entities import Company
from models.db import Database
from models.offline import sync
from models.offline.entities import OfflineChange, OfflineSync
from models.offline.sets import MINE, SetDefinition
from models.server import audit as server_audit
from models.team.entities import Role
from tests.models.conftest import new_company
from tests.models.test_audit_server import Server, server  # noqa: F401 (the fixture)
from tests.models.test_offline import work_offline


def test_a_business_managers_own_login_takes_along_and_synchronises(server: Server, tmp_path: Path) -> None:  # noqa: F811
    db = server.database
    _engine, manager, manager_url = server.login(Role.BUSINESS_MANAGER, "Bea Bedrijfscontact")
    _other_engine, _other, other_url = server.login(Role.BUSINESS_MANAGER, "Otto Ander")
    assert manager is not None
    company_id = new_company(db, "Drukkerij Vos", account_manager_id=manager)
    new_company(db, "Bakkerij Elders")
    path = tmp_path / "mijn.odset"

    own = Database(manager_url)
    try:
        with own.session(manager) as session:
            report = sync.take(session, SetDefinition(kind=MINE), path, server=own)
    finally:
        own.dispose()
    assert report.counts["company"] == 1

    work_offline(path, manager, company_id, notes="Uitbreiding gepland")
    assert sync.changes_waiting(path) == 3

    with pytest.raises(sync.OfflineError, match="another official"):
        sync.synchronise_with(other_url, path)
    assert sync.changes_waiting(path) == 3, "refused before anything was sent"

    done = sync.synchronise_with(manager_url, path)
    assert done.done and done.sent == {"company": 1, "interaction": 1, "agreement": 1}
    assert sync.changes_waiting(path) == 0
    with db.session() as session:
        company = session.get(Company, company_id)
        assert company is not None and company.notes == "Uitbreiding gepland"
        assert company.updated_by_id == manager
        receipt = session.scalars(select(OfflineSync)).one()
        assert receipt.user_id == manager and receipt.changes == 3
        kinds = sorted(session.scalars(select(OfflineChange.entity)))
        assert kinds == ["agreement", "company", "interaction"]
        # The server's triggers wrote the trail, under the login's account.
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "company", AuditEntry.entity_id == company_id)
        ).all()
        assert any(e.field == "notes" and e.user_id == manager for e in entries)
        # ... each entry of a change sent up saying when it was done offline (the sync's moment),
        # none of the company's creation before it was taken along.
        done = {(c.entity, c.entity_id): c.done_at for c in session.scalars(select(OfflineChange))}
        synced = session.scalars(select(AuditEntry).where(AuditEntry.done_at.is_not(None))).all()
        assert {(e.entity, e.entity_id) for e in synced} == set(done)
        assert all(e.done_at == done[(e.entity, e.entity_id)] and e.done_at <= e.at for e in synced)
        notes = next(e for e in entries if e.field == "notes")
        assert notes.done_at is not None and notes.done_at < notes.at
        assert all(e.done_at is None for e in entries if e.action == "create")
    # An ordinary change with the same login, in the window: not done offline.
    window = Database(manager_url)
    try:
        with window.session(manager) as session:
            company = session.get(Company, company_id)
            assert company is not None
            company.phone = "035 555 1234"
            session.commit()
    finally:
        window.dispose()
    with db.session() as session:
        phone = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "company", AuditEntry.field == "phone")
        ).one()
        assert phone.user_id == manager and phone.done_at is None
    # Nothing left to do: a second sync with the same login sends nothing.
    again = sync.synchronise_with(manager_url, path)
    assert again.done and again.sent == {}


def test_a_login_cannot_state_a_moment_after_now_nor_a_malformed_one(server: Server) -> None:  # noqa: F811
    """The moment done offline comes from the laptop: the server never lets it lie in the future
    (``least(…, now())``), and refuses what is not a moment."""
    db = server.database
    _engine, manager, manager_url = server.login(Role.BUSINESS_MANAGER, "Bea Bedrijfscontact")
    company_id = new_company(db, "Drukkerij Vos", account_manager_id=manager)
    own = Database(manager_url)
    try:
        with own.session(manager) as session:
            server_audit.mark_offline(session, datetime.now(UTC) + timedelta(days=30))
            company = session.get(Company, company_id)
            assert company is not None
            company.notes = "Gedaan in de toekomst?"
            session.flush()
            server_audit.mark_offline(session, None)
            session.commit()
        with own.session(manager) as session:
            session.execute(
                text("SELECT set_config(:name, 'gisteren', true)"), {"name": server_audit.OFFLINE_SETTING}
            )
            company = session.get(Company, company_id)
            assert company is not None
            company.notes = "Onzin"
            with pytest.raises(DBAPIError, match="ISO 8601"):
                session.flush()
    finally:
        own.dispose()
    with db.session() as session:
        notes = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "company", AuditEntry.field == "notes")
        ).all()
    assert [e.new_value for e in notes] == ["Gedaan in de toekomst?"]
    assert notes[0].done_at is not None and notes[0].done_at <= notes[0].at
