"""Reading the audit trail: filters by person, kind, period and record; names instead of ids;
an export a spreadsheet opens. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

from models.audit import services as audit_log
from models.audit.services import AuditFilter
from models.companies import services as companies
from models.db import Database
from tests.models.conftest import contact, new_company, new_user


def _changes(db: Database) -> tuple[int, int, int]:
    petra = new_user(db, "pbakker", "Petra Bakker")
    karim = new_user(db, "kdijk", "Karim van Dijk")
    company_id = new_company(db, "Bakkerij Jansen", user_id=petra)
    new_company(db, "Slagerij Smit", user_id=petra)
    with db.session(karim) as session:
        version = companies.company_file(session, company_id).version
        companies.update_company(
            session,
            company_id,
            version,
            companies.CompanyInput(name="Bakkerij Jansen & Zn.", account_manager_id=petra),
        )
        companies.add_contact(session, company_id, contact("Jansen", first_name="Piet", role="owner"))
        session.commit()
    return petra, karim, company_id


def test_the_trail_says_who_changed_what_with_names_not_ids(db: Database) -> None:
    petra, karim, company_id = _changes(db)
    with db.session() as session:
        by_karim = audit_log.entry_rows(session, audit_log.entry_ids(session, AuditFilter(user_id=karim)))
    renamed = next(r for r in by_karim if r.field == "name")
    assert (renamed.user, renamed.kind, renamed.action) == ("Karim van Dijk", "company", "update")
    assert (renamed.old_value, renamed.new_value) == ("Bakkerij Jansen", "Bakkerij Jansen & Zn.")
    assert renamed.record == "Bakkerij Jansen & Zn."
    manager = next(r for r in by_karim if r.field == "account_manager_id")
    assert manager.new_value == "Petra Bakker"
    assert {r.user for r in by_karim} == {"Karim van Dijk"}
    # Newest first.
    assert [r.id for r in by_karim] == sorted((r.id for r in by_karim), reverse=True)


def test_filters_by_kind_period_and_record(db: Database) -> None:
    petra, _karim, company_id = _changes(db)
    with db.session() as session:
        everything = audit_log.entry_ids(session, AuditFilter())
        created = audit_log.entry_rows(session, audit_log.entry_ids(session, AuditFilter(kind="company")))
        today = date.today()
        current = audit_log.entry_ids(
            session, AuditFilter(since=today - timedelta(days=1), until=today + timedelta(days=1))
        )
        future = audit_log.entry_ids(session, AuditFilter(since=today + timedelta(days=2)))
        records = audit_log.company_records(session, company_id)
        one_file = audit_log.entry_rows(session, audit_log.entry_ids(session, AuditFilter(records=records)))
    assert {r.kind for r in created} == {"company"}
    assert {r.record for r in created if r.action == "create"} == {"Bakkerij Jansen & Zn.", "Slagerij Smit"}
    assert set(current) == set(everything) and future == []
    assert {r.kind for r in one_file} == {"company", "establishment", "company_contact"}
    assert "Slagerij Smit" not in {r.record for r in one_file}
    link = next(r for r in one_file if r.kind == "company_contact")
    assert link.record == "Piet Jansen"


def test_every_audited_table_has_a_kind_to_filter_on() -> None:
    kinds = audit_log.kinds()
    assert kinds[:3] == ["company", "establishment", "contact"]
    assert set(audit_log.KIND_LABELS) >= set(kinds), set(kinds) - set(audit_log.KIND_LABELS)
