"""Reading the audit trail: filters by person, kind, period and record; names instead of ids;
an export a spreadsheet opens. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

from models.audit import services as audit_log
from models.audit.services import AuditFilter
from models.base import utcnow
from models.companies import services as companies
from models.db import Database
from tests.models.conftest import contact, establishment, new_company, new_user


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
    assert {r.kind for r in one_file} == {"company", "establishment", "company_contact", "contact"}
    assert "Slagerij Smit" not in {r.record for r in one_file}
    link = next(r for r in one_file if r.kind == "company_contact")
    assert link.record == "Piet Jansen"


def test_every_audited_table_has_a_kind_to_filter_on() -> None:
    kinds = audit_log.kinds()
    assert kinds[:3] == ["company", "establishment", "contact"]
    assert set(audit_log.KIND_LABELS) >= set(kinds), set(kinds) - set(audit_log.KIND_LABELS)


def _a_day_of_work(db: Database) -> tuple[int, int, int]:
    """A business manager's day on one file: an establishment moved, a contact person's e-mail
    corrected, a visit logged with an agreement, the agreement completed."""
    from models.consultations import services as consultations
    from models.consultations.entities import AgreementStatus, Channel

    petra = new_user(db, "pbakker", "Petra Bakker")
    company_id = new_company(db, "Bakkerij Jansen", user_id=petra)
    other_id = new_company(db, "Slagerij Smit", user_id=petra)
    with db.session(petra) as session:
        contact_id = companies.add_contact(session, company_id, contact("Jansen", first_name="Piet"))
        consultations.log_interaction(
            session, other_id, consultations.InteractionInput(occurred_at=utcnow(), subject="Elders")
        )
        session.commit()
    before = _file_kinds(db, company_id, petra)
    with db.session(petra) as session:
        file = companies.company_file(session, company_id)
        est = file.establishments[0]
        companies.update_establishment(session, est.id, est.version, establishment(house_number="14"))
        person = next(c for c in file.contacts if c.id == contact_id)
        companies.update_contact(
            session,
            contact_id,
            person.version,
            person.link_id,
            person.link_version,
            contact("Jansen", first_name="Piet", email="piet@bakkerijjansen.nl"),
        )
        interaction_id = consultations.log_interaction(
            session,
            company_id,
            consultations.InteractionInput(
                occurred_at=utcnow(),
                channel=Channel.VISIT,
                subject="Terras",
                official_ids=[petra],
                agreements=[consultations.AgreementInput(description="Regels sturen", assignee_id=petra)],
            ),
        )
        session.commit()
    with db.session(petra) as session:
        [agreement] = consultations.interaction(session, interaction_id, today=date.today()).agreements
        consultations.set_agreement_status(
            session, agreement.id, agreement.version, AgreementStatus.DONE, "Gestuurd"
        )
        session.commit()
    return company_id, petra, len(before)


def _file_kinds(db: Database, company_id: int, user_id: int) -> list[audit_log.AuditRow]:
    with db.session(user_id) as session:
        records = audit_log.company_records(session, company_id)
        return audit_log.entry_rows(session, audit_log.entry_ids(session, AuditFilter(records=records)))


def test_a_day_of_work_on_a_file_shows_in_its_changes(db: Database) -> None:
    company_id, petra, before = _a_day_of_work(db)
    rows = _file_kinds(db, company_id, petra)  # a business manager, not the administrator
    kinds = {r.kind for r in rows}
    assert {"establishment", "contact", "interaction", "agreement"} <= kinds, kinds
    assert len(rows) > before
    assert "Elders" not in {r.record for r in rows}  # another company's contact moment is not this file's
    email = next(r for r in rows if r.kind == "contact" and r.field == "email")
    assert (email.record, email.new_value) == ("Piet Jansen", "piet@bakkerijjansen.nl")
    done = next(r for r in rows if r.kind == "agreement" and r.field == "status")
    assert done.record == "Regels sturen"


def test_the_trail_names_fields_choices_and_records_as_a_person_does(db: Database) -> None:
    """Logboek in Dutch words: a label for every column, a status by its name, names not ids."""
    from models.audit.values import SKIPPED_COLUMNS
    from models.base import Base, Versioned
    from models.consultations.entities import AGREEMENT_STATUS_LABELS, AgreementStatus

    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, Versioned):
            unnamed = [
                c.key
                for c in mapper.column_attrs
                if c.key not in SKIPPED_COLUMNS and c.key not in audit_log.FIELD_LABELS
            ]
            assert not unnamed, (mapper.class_.__tablename__, unnamed)
    company_id, petra, _before = _a_day_of_work(db)
    rows = _file_kinds(db, company_id, petra)
    status = next(r for r in rows if r.kind == "agreement" and r.field == "status")
    assert status.labelled
    assert (status.old_value, status.new_value) == (
        AGREEMENT_STATUS_LABELS[AgreementStatus.OPEN],
        AGREEMENT_STATUS_LABELS[AgreementStatus.DONE],
    )
    with db.session() as session:
        everything = audit_log.entry_rows(session, audit_log.entry_ids(session, AuditFilter()))
    assert not [r for r in everything if r.record.startswith("#")]  # every record by its name
    assignee = [r for r in everything if r.field == "assignee_id" and r.new_value]
    assert all(r.new_value == "Petra Bakker" for r in assignee)
