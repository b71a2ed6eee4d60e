"""The audit trail: written with the change itself, by whatever drives the services."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from models.audit.entities import AuditEntry
from models.audit.values import text_value as _text
from models.companies import services as svc
from models.companies.entities import Company, EstablishmentStatus
from models.db import Database
from models.team.entities import Role, User
from tests.models.conftest import audit_entries, company, new_company

ROOT = Path(__file__).resolve().parents[2]


def test_values_are_written_as_text() -> None:
    assert _text(None) is None
    assert _text("Jansen") == "Jansen"
    assert _text(12) == "12"
    assert _text(True) == "True"
    assert _text(EstablishmentStatus.MOVED) == "moved"
    assert _text(datetime(2026, 11, 23, 9, 30, tzinfo=UTC)) == "2026-11-23T09:30:00+00:00"


def test_a_change_rolled_back_leaves_no_trail(db: Database) -> None:
    company_id = new_company(db, "Jansen")
    with db.session() as session:
        svc.update_company(session, company_id, 1, company("Jansen B.V."))
        session.rollback()
    assert [e.action for e in audit_entries(db, "company", company_id)] == ["create"]
    with db.session() as session:
        assert session.get(Company, company_id).name == "Jansen"


def test_who_changed_a_row_last(db: Database) -> None:
    with db.session() as session:
        anna = User(username="anna", full_name="Anna de Vries", role=Role.BUSINESS_MANAGER)
        session.add(anna)
        session.commit()
    company_id = new_company(db, "Jansen", user_id=anna.id)
    with db.session() as session:
        assert session.get(Company, company_id).updated_by_id == anna.id
    # Saving without a change stamps nobody and bumps nothing.
    with db.session() as session:
        assert svc.update_company(session, company_id, 1, company("Jansen")) == 1
        session.commit()
    with db.session() as session:
        stored = session.get(Company, company_id)
        assert (stored.version, stored.updated_by_id) == (1, anna.id)
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "company")).all()
        assert [e.action for e in entries] == ["create"]


def test_a_script_using_the_services_is_audited_too(tmp_path: Path) -> None:
    """Without the application (or this test suite) importing models.audit.trail first."""
    script = tmp_path / "script.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import sys
            sys.path.insert(0, {str(ROOT)!r})
            from sqlalchemy import text
            from models.db import Database
            from models.migrations import migrate
            from models.companies import services as svc

            database = Database({f"sqlite:///{tmp_path / 'script.db'}"!r})
            migrate(database)
            with database.session() as session:
                svc.create_company(
                    session,
                    svc.CompanyInput(name="Jansen"),
                    svc.EstablishmentInput(street="Kerkstraat", house_number="1", postcode="1234 AB", city="Baarn"),
                )
                session.commit()
            with database.session() as session:
                print(session.execute(text("SELECT entity FROM audit_entry ORDER BY id")).scalars().all())
            """
        )
    )
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['company', 'establishment']"
