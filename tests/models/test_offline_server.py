"""A set taken along and synchronised with a business manager's own login on the shared server
(issue 22): not the schema's owner, so PostgreSQL itself enforces the role's privileges and
writes the audit trail; the moments done offline are kept beside it. Another official's login
cannot synchronise the set."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from models.audit.entities import AuditEntry
from models.companies.entities import Company
from models.consultations.entities import Agreement, AgreementStatus, Channel, Interaction, Responsible
from models.db import Database
from models.offline import sync
from models.offline.entities import OfflineChange, OfflineSync
from models.offline.sets import MINE, SetDefinition
from models.team.entities import Role
from tests.models.conftest import new_company
from tests.models.test_audit_server import Server, server  # noqa: F401 (the fixture)


def _work_offline(path: Path, user_id: int, company_id: int) -> None:
    local = sync.open_local(path)
    try:
        with local.session(user_id) as session:
            moment = Interaction(
                company_id=company_id,
                occurred_at=datetime.now(UTC),
                channel=Channel.VISIT,
                subject="Bezoek op locatie",
            )
            session.add(moment)
            session.flush()
            session.add(
                Agreement(
                    interaction_id=moment.id,
                    company_id=company_id,
                    description="Offerte gevelreclame sturen",
                    responsible=Responsible.MUNICIPALITY,
                    status=AgreementStatus.OPEN,
                )
            )
            company = session.get(Company, company_id)
            assert company is not None
            company.notes = "Uitbreiding gepland"
            session.commit()
    finally:
        local.dispose()


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

    _work_offline(path, manager, company_id)
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
    # Nothing left to do: a second sync with the same login sends nothing.
    again = sync.synchronise_with(manager_url, path)
    assert again.done and again.sent == {}
