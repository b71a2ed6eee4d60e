"""Company files on both databases: create, edit, archive, establishments, contacts, the list."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest
from sqlalchemy import Select, select
from sqlalchemy import func as sql_func
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from models.companies import listing
from models.companies import services as svc
from models.companies.entities import (
    AreaKind,
    Company,
    CompanyContact,
    Contact,
    Establishment,
    EstablishmentStatus,
)
from models.companies.listing import CompanyFilter, SortKey
from models.companies.rows import CompanyRow
from models.companies.search import SearchService
from models.companies.services import EstablishmentInput
from models.db import Database
from models.errors import ConflictError, DuplicateCompanyError, NotFoundError, ValidationError
from tests.models.conftest import (
    audit_entries,
    company,
    contact,
    establishment,
    new_area,
    new_company,
    new_sector,
    new_user,
)


def file_of(db: Database, company_id: int) -> svc.CompanyFile:
    with db.session() as session:
        return svc.company_file(session, company_id)


def ids(db: Database, **filter_values: object) -> list[int]:
    with db.session() as session:
        return listing.list_company_ids(session, CompanyFilter(**filter_values))


def search_ids(db: Database, text: str, **options: object) -> list[int]:
    with db.session() as session:
        return [hit.company_id for hit in SearchService(session).search(text, **options)]


def field_names(error: ValidationError) -> list[str]:
    return [e.field for e in error.errors]


# -- creating a company ---------------------------------------------------------------------------


def test_create_company_with_main_establishment_normalises_values(db: Database, anna: int) -> None:
    company_id = new_company(
        db,
        "  Café De Zwaan ",
        user_id=anna,
        kvk_number="6959 9084",
        legal_name="De Zwaan Horeca B.V.",
        legal_form="Besloten vennootschap",
        account_manager_id=anna,
        email=" Info@DeZwaan.NL ",
        phone="035-1234567",
        website="www.dezwaan.nl",
        notes=" vaste klant ",
        main=establishment(
            trade_name="",
            establishment_number="0000 1234 5678",
            street=" Noordereinde ",
            house_number=" 12a ",
            postcode="1243jj",
            city=" 's-Graveland ",
            phone="06-12345678",
            email="zwaan@example.nl",
            employees=4,
        ),
    )

    file = file_of(db, company_id)
    assert file.name == "Café De Zwaan"
    assert file.kvk_number == "69599084"
    assert file.legal_name == "De Zwaan Horeca B.V."
    assert file.legal_form == "Besloten vennootschap"
    assert file.account_manager_id == anna
    assert file.account_manager == "Anna de Vries"
    assert file.email == "info@dezwaan.nl"  # a well-known mailbox name is case-insensitive
    assert file.phone == "+31351234567"
    assert file.website == "https://www.dezwaan.nl"
    assert file.notes == "vaste klant"
    assert file.archived_at is None
    assert file.version == 1
    assert file.contacts == []
    [main] = file.establishments
    assert file.main == main
    assert main.is_main
    assert main.trade_name == "Café De Zwaan"  # the company's name when none is given
    assert main.establishment_number == "000012345678"
    assert main.street == "Noordereinde"
    assert main.house_number == "12a"
    assert main.postcode == "1243 JJ"
    assert main.city == "'s-Graveland"
    assert main.phone == "+31612345678"
    assert main.email == "zwaan@example.nl"
    assert main.employees == 4
    assert main.status is EstablishmentStatus.ACTIVE
    assert main.address == "Noordereinde 12a, 1243 JJ 's-Graveland"

    with db.session() as session:
        stored = session.get(Company, company_id)
        assert stored.name_folded == "cafe de zwaan"
        assert stored.updated_by_id == anna
        est = session.scalars(select(Establishment).where(Establishment.company_id == company_id)).one()
        assert est.postcode_compact == "1243JJ"
        assert est.updated_by_id == anna


def test_optional_fields_may_stay_empty(db: Database) -> None:
    company_id = new_company(db, "Jansen")
    file = file_of(db, company_id)
    assert (file.kvk_number, file.email, file.phone, file.website, file.legal_name, file.notes) == (
        None,
        None,
        None,
        None,
        None,
        None,
    )
    assert file.main.establishment_number is None
    assert file.main.phone is None


def test_required_fields_are_named_in_one_validation_error(db: Database) -> None:
    with db.session() as session, pytest.raises(ValidationError) as info:
        svc.create_company(session, company(""), EstablishmentInput())
    assert sorted(field_names(info.value)) == sorted(
        ["name", "main.postcode", "main.house_number", "main.street", "main.city"]
    )
    assert ids(db, include_archived=True) == []


def test_bad_values_are_named_field_by_field(db: Database) -> None:
    with db.session() as session, pytest.raises(ValidationError) as info:
        svc.create_company(
            session,
            company(
                "x" * 201,
                kvk_number="1234",
                email="foo",
                phone="12",
                website="foo",
                legal_name="y" * 201,
            ),
            establishment(
                establishment_number="1",
                house_number="A1",
                postcode="1234 SA",
                phone="bel me",
                email="nope",
                employees=-1,
            ),
        )
    assert sorted(field_names(info.value)) == sorted(
        [
            "name",
            "kvk_number",
            "email",
            "phone",
            "website",
            "legal_name",
            "main.establishment_number",
            "main.house_number",
            "main.postcode",
            "main.phone",
            "main.email",
            "main.employees",
        ]
    )
    assert info.value.for_field("main.postcode").message.startswith("A Dutch postcode")
    assert ids(db, include_archived=True) == []


def test_texts_longer_than_their_column_are_validation_errors(db: Database) -> None:
    """Not a database error on PostgreSQL (and silently kept on SQLite)."""
    with db.session() as session, pytest.raises(ValidationError) as info:
        svc.create_company(
            session,
            company("Jansen", legal_form="z" * 61),
            establishment(trade_name="t" * 201, street="s" * 121, city="c" * 81),
        )
    assert sorted(field_names(info.value)) == sorted(
        ["legal_form", "main.trade_name", "main.street", "main.city"]
    )
    company_id = new_company(db, "Jansen")
    with db.session() as session, pytest.raises(ValidationError) as info:
        svc.add_contact(
            session,
            company_id,
            contact("l" * 121, first_name="f" * 81, name_prefix="van der" * 5, role="r" * 61),
        )
    assert sorted(field_names(info.value)) == sorted(["last_name", "first_name", "name_prefix", "role"])


def test_an_existing_kvk_number_is_never_accepted_twice(db: Database) -> None:
    first = new_company(db, "Bakkerij Jansen", kvk_number="69599084")
    for allow in (False, True):
        with db.session() as session, pytest.raises(DuplicateCompanyError) as info:
            svc.create_company(
                session,
                company("Totaal Andere Naam", kvk_number="6959.9084"),
                establishment(postcode="9999 ZZ"),
                allow_duplicate=allow,
            )
        [candidate] = info.value.candidates
        assert candidate.company_id == first
        assert candidate.reason == "same KvK number"
        assert candidate.address == "Noordereinde 12, 1243 JJ 's-Graveland"
        assert "Bakkerij Jansen" in str(info.value)
    assert ids(db, include_archived=True) == [first]


def test_an_archived_company_still_holds_its_kvk_number(db: Database) -> None:
    first = new_company(db, "Bakkerij Jansen", kvk_number="69599084")
    with db.session() as session:
        svc.set_archived(session, first, 1, True)
        session.commit()
    with db.session() as session, pytest.raises(DuplicateCompanyError):
        svc.create_company(
            session, company("Jansen", kvk_number="69599084"), establishment(), allow_duplicate=True
        )


def test_a_similar_name_at_the_same_postcode_is_a_probable_duplicate(db: Database) -> None:
    first = new_company(db, "Cafe de Zwaan", main=establishment(postcode="1243 JJ"))
    with db.session() as session, pytest.raises(DuplicateCompanyError) as info:
        svc.create_company(session, company("Café De Zwaan"), establishment(postcode="1243jj"))
    assert [c.company_id for c in info.value.candidates] == [first]
    assert info.value.candidates[0].reason == "similar name at the same postcode"

    # The same name elsewhere, or another name here, is no duplicate.
    new_company(db, "Café De Zwaan", main=establishment(postcode="1234 AB"))
    new_company(db, "Apotheek Noordereinde", main=establishment(postcode="1243 JJ"))
    # Confirmed by the user: a second company of that name at that postcode.
    second = new_company(db, "Café De Zwaan", main=establishment(postcode="1243 JJ"), allow_duplicate=True)
    assert second != first
    assert len(ids(db)) == 4


def test_the_trade_name_of_an_establishment_counts_for_duplicates(db: Database) -> None:
    new_company(db, "Horeca Holding Gooi B.V.", main=establishment(trade_name="De Gouden Leeuw"))
    with db.session() as session, pytest.raises(DuplicateCompanyError):
        svc.create_company(session, company("De Gouden Leeuw"), establishment())


def test_find_duplicates_can_leave_out_the_company_itself(db: Database) -> None:
    first = new_company(db, "Cafe de Zwaan", kvk_number="69599084")
    with db.session() as session:
        assert [
            c.company_id for c in svc.find_duplicates(session, "Café de Zwaan", "69599084", "1243 JJ")
        ] == [first]
        assert svc.find_duplicates(session, "Café de Zwaan", "69599084", "1243 JJ", exclude_id=first) == []


def test_an_establishment_number_is_unique(db: Database) -> None:
    new_company(db, "Jansen", main=establishment(establishment_number="000012345678"))
    with db.session() as session, pytest.raises(ValidationError) as info:
        svc.create_company(
            session,
            company("Pietersen"),
            establishment(postcode="1234 AB", establishment_number="000012345678"),
        )
    assert field_names(info.value) == ["main.establishment_number"]


def test_company_id_by_kvk(db: Database) -> None:
    company_id = new_company(db, "Jansen", kvk_number="69599084")
    with db.session() as session:
        assert listing.company_id_by_kvk(session, " 69599084 ") == company_id
        with pytest.raises(NotFoundError):
            listing.company_id_by_kvk(session, "12345678")


# -- editing a company ----------------------------------------------------------------------------


def test_update_company_saves_normalised_values_and_returns_the_new_version(db: Database, anna: int) -> None:
    company_id = new_company(db, "Bakkerij Jansen")
    with db.session(user_id=anna) as session:
        version = svc.update_company(
            session,
            company_id,
            1,
            company(
                "Bakkerij Jansen & Zn.", kvk_number="69 59 90 84", phone="0351234567", account_manager_id=anna
            ),
        )
        session.commit()
    assert version == 2
    file = file_of(db, company_id)
    assert (file.name, file.kvk_number, file.phone, file.version) == (
        "Bakkerij Jansen & Zn.",
        "69599084",
        "+31351234567",
        2,
    )
    with db.session() as session:
        assert session.get(Company, company_id).name_folded == "bakkerij jansen zn"


def test_update_company_validates(db: Database) -> None:
    other = new_company(db, "Pietersen", kvk_number="69599084", main=establishment(postcode="1234 AB"))
    company_id = new_company(db, "Jansen")
    with db.session() as session, pytest.raises(ValidationError) as info:
        svc.update_company(session, company_id, 1, company("", kvk_number="69599084", email="x"))
    assert sorted(field_names(info.value)) == ["email", "kvk_number", "name"]
    # Keeping its own KvK number is fine.
    with db.session() as session:
        svc.update_company(session, other, 1, company("Pietersen B.V.", kvk_number="69599084"))
        session.commit()


def test_update_of_a_missing_company_is_not_found(db: Database) -> None:
    with db.session() as session, pytest.raises(NotFoundError):
        svc.update_company(session, 999, 1, company("Jansen"))
    with db.session() as session, pytest.raises(NotFoundError):
        svc.company_file(session, 999)


def test_update_with_a_stale_version_names_who_changed_it(db: Database, anna: int, bert: int) -> None:
    company_id = new_company(db, "Jansen", user_id=anna)
    with db.session(user_id=bert) as session:
        svc.update_company(session, company_id, 1, company("Jansen B.V."))
        session.commit()

    with db.session(user_id=anna) as session, pytest.raises(ConflictError) as info:
        svc.update_company(session, company_id, 1, company("Jansen & Co"))
    error = info.value
    assert error.changed_by == "Bert Bakker"
    assert error.entity == "company"
    assert error.changed_at is not None and error.changed_at.tzinfo is not None
    assert "Bert Bakker" in str(error)
    assert file_of(db, company_id).name == "Jansen B.V."


def test_a_stale_archive_is_a_conflict_too(db: Database, anna: int) -> None:
    company_id = new_company(db, "Jansen")
    with db.session(user_id=anna) as session:
        svc.update_company(session, company_id, 1, company("Jansen B.V."))
        session.commit()
    with db.session() as session, pytest.raises(ConflictError) as info:
        svc.set_archived(session, company_id, 1, True)
    assert info.value.changed_by == "Anna de Vries"


# -- archive and restore --------------------------------------------------------------------------


def test_archive_hides_a_company_from_the_list_and_search_until_restored(db: Database) -> None:
    keep = new_company(
        db, "Bakkerij Pietersen", kvk_number="12345678", main=establishment(postcode="1234 AB")
    )
    gone = new_company(
        db,
        "Bakkerij Jansen",
        kvk_number="69599084",
        main=establishment(establishment_number="000012345678"),
    )
    with db.session() as session:
        version = svc.set_archived(session, gone, 1, True)
        session.commit()
    assert version == 2
    assert file_of(db, gone).archived_at is not None

    assert ids(db) == [keep]
    assert sorted(ids(db, include_archived=True)) == sorted([keep, gone])
    for text in ("bakkerij", "jansen", "69599084", "1243 JJ", "000012345678", "b", "noordereinde"):
        assert gone not in search_ids(db, text), text
        assert gone in search_ids(db, text, include_archived=True), text
    with db.session() as session:
        [row] = listing.company_rows(session, [gone])
        assert row.archived
        hit = next(h for h in SearchService(session).search("jansen", include_archived=True))
        assert hit.archived

    with db.session() as session:
        assert svc.set_archived(session, gone, 2, False) == 3
        session.commit()
    assert file_of(db, gone).archived_at is None
    assert sorted(ids(db)) == sorted([keep, gone])
    assert search_ids(db, "jansen") == [gone]
    with db.session() as session:
        [row] = listing.company_rows(session, [gone])
        assert not row.archived


def test_archiving_twice_keeps_the_first_date(db: Database) -> None:
    company_id = new_company(db, "Jansen")
    with db.session() as session:
        assert svc.set_archived(session, company_id, 1, True) == 2
        session.commit()
    first = file_of(db, company_id).archived_at
    with db.session() as session:
        assert svc.set_archived(session, company_id, 2, True) == 2
        assert svc.set_archived(session, company_id, 2, True) == 2
        session.commit()
    assert file_of(db, company_id).archived_at == first
    assert [e.action for e in audit_entries(db, "company", company_id)] == ["create", "archive"]


# -- establishments -------------------------------------------------------------------------------


def test_add_and_update_establishments(db: Database) -> None:
    company_id = new_company(db, "Bakkerij Jansen")
    with db.session() as session:
        second = svc.add_establishment(
            session,
            company_id,
            EstablishmentInput(street="Kerkstraat", house_number="3", postcode="1234ab", city="Hilversum"),
        )
        session.commit()
    file = file_of(db, company_id)
    assert [e.is_main for e in file.establishments] == [True, False]
    added = file.establishments[1]
    assert added.id == second
    assert added.trade_name == "Bakkerij Jansen"
    assert added.postcode == "1234 AB"

    with db.session() as session:
        version = svc.update_establishment(
            session,
            second,
            1,
            replace(
                establishment(trade_name="Jansen Hilversum", postcode="1234 ab", city="Hilversum"),
                status=EstablishmentStatus.MOVED,
                phone="035 123 4567",
            ),
        )
        session.commit()
    assert version == 2
    updated = file_of(db, company_id).establishments[1]
    assert (updated.trade_name, updated.street, updated.postcode, updated.status, updated.phone) == (
        "Jansen Hilversum",
        "Noordereinde",
        "1234 AB",
        EstablishmentStatus.MOVED,
        "+31351234567",
    )
    with db.session() as session:
        assert session.get(Establishment, second).postcode_compact == "1234AB"


def test_establishment_validation_and_conflicts(db: Database, anna: int) -> None:
    company_id = new_company(db, "Jansen", main=establishment(establishment_number="000012345678"))
    with db.session() as session, pytest.raises(ValidationError) as info:
        svc.add_establishment(session, company_id, EstablishmentInput(establishment_number="000012345678"))
    assert sorted(field_names(info.value)) == [
        "city",
        "establishment_number",
        "house_number",
        "postcode",
        "street",
    ]

    main_id = file_of(db, company_id).main.id
    with db.session(user_id=anna) as session:
        svc.update_establishment(session, main_id, 1, establishment(city="Hilversum"))
        session.commit()
    with db.session() as session, pytest.raises(ConflictError) as info:
        svc.update_establishment(session, main_id, 1, establishment(city="Baarn"))
    assert info.value.changed_by == "Anna de Vries"
    with db.session() as session, pytest.raises(NotFoundError):
        svc.add_establishment(session, 999, establishment())


def test_make_main_establishment(db: Database) -> None:
    company_id = new_company(db, "Jansen")
    with db.session() as session:
        second = svc.add_establishment(
            session, company_id, establishment(street="Kerkstraat", house_number="3", postcode="1234 AB")
        )
        session.commit()
    with db.session() as session:
        svc.make_main_establishment(session, second)
        session.commit()
    file = file_of(db, company_id)
    assert [(e.id, e.is_main) for e in file.establishments][0] == (second, True)
    assert sum(e.is_main for e in file.establishments) == 1
    assert file.main.id == second
    with db.session() as session:
        [row] = listing.company_rows(session, [company_id])
        assert (row.address, row.postcode) == ("Kerkstraat 3", "1234 AB")


def test_archive_establishment_moves_main_and_keeps_the_last_one(db: Database) -> None:
    company_id = new_company(db, "Jansen")
    first = file_of(db, company_id).main.id
    with db.session() as session:
        second = svc.add_establishment(
            session, company_id, establishment(street="Kerkstraat", house_number="3", postcode="1234 AB")
        )
        session.commit()

    with db.session() as session:
        svc.archive_establishment(session, first, 1)
        session.commit()
    file = file_of(db, company_id)
    assert [(e.id, e.is_main) for e in file.establishments] == [(second, True)]

    with db.session() as session, pytest.raises(ValidationError) as info:
        svc.archive_establishment(session, second, 2)
    assert field_names(info.value) == ["establishment"]
    assert [e.id for e in file_of(db, company_id).establishments] == [second]

    # An archived place of business cannot become the main one again.
    with db.session() as session, pytest.raises(NotFoundError):
        svc.make_main_establishment(session, first)
    assert file_of(db, company_id).main.id == second


def test_archive_a_second_establishment_keeps_the_main_one(db: Database) -> None:
    company_id = new_company(db, "Jansen")
    first = file_of(db, company_id).main.id
    with db.session() as session:
        second = svc.add_establishment(session, company_id, establishment(postcode="1234 AB"))
        session.commit()
    with db.session() as session:
        svc.archive_establishment(session, second, 1)
        session.commit()
    assert [(e.id, e.is_main) for e in file_of(db, company_id).establishments] == [(first, True)]
    with db.session() as session, pytest.raises(ConflictError):
        svc.archive_establishment(session, first, 7)


# -- contact persons ------------------------------------------------------------------------------


def test_add_update_and_remove_contacts(db: Database, anna: int) -> None:
    company_id = new_company(db, "Jansen")
    with db.session() as session:
        contact_id = svc.add_contact(
            session,
            company_id,
            contact(
                "Vries",
                first_name="Jan",
                name_prefix="de",
                email="Jan@Example.NL",
                phone="0612345678",
                role="owner",
            ),
        )
        session.commit()
    [record] = file_of(db, company_id).contacts
    assert record.id == contact_id
    assert record.full_name == "Jan de Vries"
    assert (record.role, record.email, record.phone, record.other_companies) == (
        "owner",
        "Jan@example.nl",
        "+31612345678",
        0,
    )

    with db.session(user_id=anna) as session:
        svc.update_contact(
            session,
            contact_id,
            record.version,
            record.link_id,
            record.link_version,
            contact("Vries", first_name="Johan", name_prefix="de", role="director", notes=" belt liever "),
        )
        session.commit()
    [updated] = file_of(db, company_id).contacts
    assert (updated.full_name, updated.role, updated.email, updated.notes) == (
        "Johan de Vries",
        "director",
        None,
        "belt liever",
    )
    assert updated.version == record.version + 1
    assert updated.link_version == record.link_version + 1

    with db.session() as session, pytest.raises(ConflictError) as info:
        svc.update_contact(
            session, contact_id, record.version, record.link_id, record.link_version, contact("Vries")
        )
    assert info.value.changed_by == "Anna de Vries"

    with db.session() as session:
        svc.remove_contact(session, updated.link_id, updated.link_version)
        session.commit()
    assert file_of(db, company_id).contacts == []
    with db.session() as session:
        # Linked nowhere else: archived, never deleted.
        assert session.get(Contact, contact_id).archived_at is not None


def test_contact_validation(db: Database) -> None:
    company_id = new_company(db, "Jansen")
    with db.session() as session, pytest.raises(ValidationError) as info:
        svc.add_contact(session, company_id, contact("", email="x@", phone="12"))
    assert sorted(field_names(info.value)) == ["email", "last_name", "phone"]
    with db.session() as session, pytest.raises(NotFoundError):
        svc.add_contact(session, 999, contact())


def test_a_contact_linked_elsewhere_stays_when_removed_from_one_company(db: Database) -> None:
    first = new_company(db, "Jansen")
    second = new_company(db, "Pietersen", main=establishment(postcode="1234 AB"))
    with db.session() as session:
        contact_id = svc.add_contact(session, first, contact("Vries", first_name="Jan"))
        session.add(CompanyContact(company_id=second, contact_id=contact_id, role="bookkeeper"))
        session.commit()
    [record] = file_of(db, first).contacts
    assert record.other_companies == 1

    with db.session() as session:
        svc.remove_contact(session, record.link_id, record.link_version)
        session.commit()
    assert file_of(db, first).contacts == []
    [still] = file_of(db, second).contacts
    assert (still.id, still.role, still.other_companies) == (contact_id, "bookkeeper", 0)
    with db.session() as session:
        assert session.get(Contact, contact_id).archived_at is None


def test_update_contact_refuses_a_link_of_another_person(db: Database) -> None:
    company_id = new_company(db, "Jansen")
    with db.session() as session:
        jan = svc.add_contact(session, company_id, contact("Vries", first_name="Jan"))
        svc.add_contact(session, company_id, contact("Bakker", first_name="Piet"))
        session.commit()
    piet_link = next(c for c in file_of(db, company_id).contacts if c.id != jan)
    with db.session() as session, pytest.raises(NotFoundError):
        svc.update_contact(
            session, jan, 1, piet_link.link_id, piet_link.link_version, contact("Vries", role="x")
        )
    assert {(c.full_name, c.role) for c in file_of(db, company_id).contacts} == {
        ("Jan Vries", None),
        ("Piet Bakker", None),
    }


# -- the company list -----------------------------------------------------------------------------


@pytest.fixture
def listed(db: Database) -> dict[str, int]:
    """Five companies with distinct values for every column the list filters and sorts on."""
    anna = new_user(db, "anna", "anna de Vries")
    bert = new_user(db, "bert", "Bert Bakker")
    gooi = new_area(db, "Gooi")
    centrum = new_area(db, "centrum", AreaKind.SHOPPING, parent_id=gooi)
    markt = new_area(db, "Markt", AreaKind.SHOPPING, parent_id=centrum)
    park = new_area(db, "Zuidpark", AreaKind.BUSINESS_PARK)
    bakery = new_sector(db, "1071", "brood en banket")
    cafe = new_sector(db, "5630", "Cafés")
    shop = new_sector(db, "4711", "Supermarkten")
    made = {
        "zwaan": new_company(
            db,
            "Café De Zwaan",
            kvk_number="30000003",
            account_manager_id=anna,
            main=establishment(
                street="Kerkstraat",
                house_number="10",
                postcode="1234 AB",
                city="amersfoort",
                area_id=markt,
                sbi_code=cafe,
            ),
        ),
        "jansen": new_company(
            db,
            "bakkerij Jansen",
            kvk_number="10000001",
            account_manager_id=bert,
            main=establishment(
                street="Kerkstraat",
                house_number="9",
                postcode="1243 JJ",
                city="Baarn",
                area_id=gooi,
                sbi_code=bakery,
                status=EstablishmentStatus.MOVED,
            ),
        ),
        "albert": new_company(
            db,
            "Albert Heijn",
            kvk_number="20000002",
            account_manager_id=anna,
            main=establishment(
                street="achterweg",
                house_number="2",
                postcode="3811 CC",
                city="Hilversum",
                area_id=park,
                sbi_code=shop,
                status=EstablishmentStatus.CLOSED,
            ),
        ),
        "ziggo": new_company(
            db,
            "Ziggo Winkel",
            kvk_number="40000004",
            main=establishment(
                street="Zuidweg",
                house_number="1",
                postcode="9999 ZZ",
                city="Zeist",
                area_id=centrum,
                sbi_code=shop,
            ),
        ),
        "empty": new_company(
            db,
            "Morgenster",
            main=establishment(street="Dorpsstraat", house_number="5", postcode="5555 EE", city="Ede"),
        ),
    }
    return made | {"anna": anna, "bert": bert, "gooi": gooi, "centrum": centrum, "markt": markt, "park": park}


def _names(db: Database, company_ids: list[int]) -> list[str]:
    with db.session() as session:
        return [row.name for row in listing.company_rows(session, company_ids)]


def test_list_filters(db: Database, listed: dict[str, int]) -> None:
    everyone = ids(db)
    assert _names(db, everyone) == [
        "Albert Heijn",
        "bakkerij Jansen",
        "Café De Zwaan",
        "Morgenster",
        "Ziggo Winkel",
    ]
    # An area includes the areas inside it, at any depth.
    assert _names(db, ids(db, area_id=listed["gooi"])) == ["bakkerij Jansen", "Café De Zwaan", "Ziggo Winkel"]
    assert _names(db, ids(db, area_id=listed["centrum"])) == ["Café De Zwaan", "Ziggo Winkel"]
    assert _names(db, ids(db, area_id=listed["markt"])) == ["Café De Zwaan"]
    assert _names(db, ids(db, area_id=listed["park"])) == ["Albert Heijn"]
    assert _names(db, ids(db, sbi_code="4711")) == ["Albert Heijn", "Ziggo Winkel"]
    assert _names(db, ids(db, status=EstablishmentStatus.ACTIVE)) == [
        "Café De Zwaan",
        "Morgenster",
        "Ziggo Winkel",
    ]
    assert _names(db, ids(db, status=EstablishmentStatus.CLOSED)) == ["Albert Heijn"]
    assert _names(db, ids(db, account_manager_id=listed["anna"])) == ["Albert Heijn", "Café De Zwaan"]
    assert _names(db, ids(db, account_manager_id=listed["anna"], sbi_code="5630")) == ["Café De Zwaan"]
    assert ids(db, area_id=listed["park"], status=EstablishmentStatus.ACTIVE) == []


# Text case-insensitively; empty values last in both directions; ties by name.
ASCENDING = {
    SortKey.NAME: ["albert", "jansen", "zwaan", "empty", "ziggo"],
    SortKey.KVK: ["jansen", "albert", "zwaan", "ziggo", "empty"],
    SortKey.ADDRESS: ["albert", "empty", "jansen", "zwaan", "ziggo"],  # Kerkstraat 9 before 10
    SortKey.POSTCODE: ["zwaan", "jansen", "albert", "empty", "ziggo"],
    SortKey.CITY: ["zwaan", "jansen", "empty", "albert", "ziggo"],
    SortKey.AREA: ["ziggo", "jansen", "zwaan", "albert", "empty"],
    SortKey.SECTOR: ["jansen", "zwaan", "albert", "ziggo", "empty"],
    SortKey.MANAGER: ["albert", "zwaan", "jansen", "empty", "ziggo"],
    SortKey.STATUS: ["zwaan", "empty", "ziggo", "albert", "jansen"],
}
DESCENDING = {
    SortKey.NAME: ["ziggo", "empty", "zwaan", "jansen", "albert"],
    SortKey.KVK: ["ziggo", "zwaan", "albert", "jansen", "empty"],
    SortKey.ADDRESS: ["ziggo", "zwaan", "jansen", "empty", "albert"],
    SortKey.POSTCODE: ["ziggo", "empty", "albert", "jansen", "zwaan"],
    SortKey.CITY: ["ziggo", "albert", "empty", "jansen", "zwaan"],
    SortKey.AREA: ["albert", "zwaan", "jansen", "ziggo", "empty"],
    SortKey.SECTOR: ["ziggo", "albert", "zwaan", "jansen", "empty"],
    SortKey.MANAGER: ["jansen", "zwaan", "albert", "ziggo", "empty"],
    SortKey.STATUS: ["jansen", "albert", "ziggo", "empty", "zwaan"],
}


def test_every_sort_key_ascending_and_descending(db: Database, listed: dict[str, int]) -> None:
    assert set(ASCENDING) == set(DESCENDING) == set(SortKey)
    for key in SortKey:
        assert ids(db, sort=key) == [listed[name] for name in ASCENDING[key]], key
        assert ids(db, sort=key, descending=True) == [listed[name] for name in DESCENDING[key]], key
    # Archived companies join the list only when asked, in their place.
    with db.session() as session:
        svc.set_archived(session, listed["jansen"], 1, True)
        session.commit()
    assert listed["jansen"] not in ids(db, sort=SortKey.CITY)
    assert ids(db, sort=SortKey.CITY, include_archived=True) == [listed[n] for n in ASCENDING[SortKey.CITY]]


def test_the_first_screen_is_the_beginning_of_the_whole_list(db: Database, listed: dict[str, int]) -> None:
    """The list shows its first page before the whole order is read: it must be the same
    companies in the same order, also where the companies without a value (last) begin."""
    for key in SortKey:
        for descending in (False, True):
            whole = ids(db, sort=key, descending=descending)
            with db.session() as session:
                for limit in range(1, len(whole) + 2):
                    first = listing.list_company_ids(
                        session, CompanyFilter(sort=key, descending=descending), limit=limit
                    )
                    assert first == whole[:limit], (key, descending, limit)


def test_the_first_screen_is_the_start_of_the_whole_list(db: Database, listed: dict[str, int]) -> None:
    """The first screen is read apart from the whole order (per place, per status, ...): for
    every column and direction it shows the companies the whole list starts with, a place
    written in two ways ("Baarn", "baarn") counting as one place, its companies by name."""
    for name, city in (("Aannemer Baarn", "baarn"), ("Zadelmaker", "BAARN"), ("Bloemist", "Baarn")):
        new_company(
            db, name, main=establishment(street="Laan", house_number="1", postcode="3741 AA", city=city)
        )
    with db.session() as session:
        for key in SortKey:
            for descending in (False, True):
                flt = CompanyFilter(sort=key, descending=descending)
                whole = listing.list_company_ids(session, flt)
                for size in (1, 3, 5, 8):
                    first = listing.list_company_ids(session, flt, limit=size)
                    assert first == whole[:size], (key, descending)


def test_the_first_screen_reads_rare_and_common_values_alike(
    db: Database, listed: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On PostgreSQL the first screen fetches and sorts the companies of a value few companies
    hold and walks the name index for a common one: with a value counted as common from its
    second company on, both kinds follow each other and still show the start of the whole list."""
    monkeypatch.setattr(listing, "FETCH_AND_SORT_AT_MOST", 2)
    new_company(db, "Zwembad", main=establishment(status=EstablishmentStatus.MOVED))
    with db.session() as session:
        for key in (SortKey.STATUS, SortKey.AREA, SortKey.SECTOR):
            for descending in (False, True):
                flt = CompanyFilter(sort=key, descending=descending)
                whole = listing.list_company_ids(session, flt)
                for size in range(1, len(whole) + 2):
                    first = listing.list_company_ids(session, flt, limit=size)
                    assert first == whole[:size], (key, descending, size)


def _plan(session: Session, statement: Select, is_sqlite: bool) -> list[str]:
    sql = str(statement.compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}))
    if is_sqlite:
        return [row[3] for row in session.execute(sql_text("EXPLAIN QUERY PLAN " + sql))]
    return [row[0] for row in session.execute(sql_text("EXPLAIN " + sql))]


# What ANALYZE found in the demo of 250,000 companies (admin demo --companies 250000): the
# planner chooses for a municipality, not for the five companies of the test.
MUNICIPAL_STATISTICS = {
    ("app_user", "ix_app_user_sort_name"): "114 1",
    ("area", "ix_area_sort_name"): "25 1",
    ("sector", "ix_sector_sort_name"): "51 1",
    ("company", "ix_company_account_manager_id"): "250000 2500",
    ("company", "ix_company_active_name"): "242612 3 1",
    ("company", "ix_company_archived"): "7388 1",
    ("company", "ix_company_name_folded"): "250000 3",
    ("company", "sqlite_autoindex_company_1"): "250000 1",
    ("establishment", "ix_establishment_area_id"): "286532 11462",
    ("establishment", "ix_establishment_company_main"): "286532 2 1",
    ("establishment", "ix_establishment_main_address"): "250000 3677 2 2 1",
    ("establishment", "ix_establishment_main_area"): "250000 10000 1",
    ("establishment", "ix_establishment_main_city"): "250000 41667 1",
    ("establishment", "ix_establishment_main_sector"): "250000 4902 1",
    ("establishment", "ix_establishment_postcode"): "286532 63",
    ("establishment", "ix_establishment_sbi_code"): "286532 5619",
    ("establishment", "ix_establishment_status"): "286532 95511",
}


def test_no_sorted_first_screen_sorts_every_company(
    db: Database, listed: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 250,000 companies a sort of the whole table costs most of a second per click: the first
    screen of every sort is read from an index in that order (revision 0018), or per value of a
    column with few values, the database sorting at most the companies that share one value
    (SQLite: "RIGHT PART", or a search by the value; PostgreSQL: "Incremental Sort"). SQLite plans
    with the statistics of a municipality; PostgreSQL is asked with sorting discouraged, so that
    on this small table it shows whether an index can give the order at all. (The companies
    without a value, listed last, are read only when those with one do not fill the screen.)
    Every value counts as common here, as in a municipality: a value few companies hold is fetched
    and sorted on PostgreSQL, no more than ``FETCH_AND_SORT_AT_MOST`` companies."""
    monkeypatch.setattr(listing, "FETCH_AND_SORT_AT_MOST", 0)
    with db.session() as session:
        if db.is_sqlite:
            session.execute(sql_text("ANALYZE"))
            session.execute(sql_text("DELETE FROM sqlite_stat1"))
            for (table, index), stat in MUNICIPAL_STATISTICS.items():
                session.execute(
                    sql_text("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (:t, :i, :s)"),
                    {"t": table, "i": index, "s": stat},
                )
            session.execute(sql_text("ANALYZE sqlite_schema"))  # read the statistics again
        else:
            session.execute(sql_text("SET LOCAL enable_sort = off"))
            session.execute(sql_text("ANALYZE company, establishment, area, sector, app_user"))
        for key in SortKey:
            for descending in (False, True):
                flt = CompanyFilter(sort=key, descending=descending)
                first = next(listing._list_queries(session, flt, first_screen=True))
                plan = _plan(session, first.limit(200), db.is_sqlite)
                if db.is_sqlite:
                    whole_table = plan[0].startswith("SCAN") and "USE TEMP B-TREE FOR ORDER BY" in plan
                    assert not whole_table, (key, descending, plan)
                else:
                    sorts = [
                        line for line in plan if line.strip().removeprefix("->").strip().startswith("Sort  (")
                    ]
                    assert not sorts, (key, descending, plan)
        session.rollback()


def test_a_common_value_first_screen_walks_the_name_index_on_sqlite(
    db: Database, listed: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sorted by status, SQLite started from the status index for "actief" (223,000 of 250,000
    companies) and sorted them all by name for the first screen (131-158 ms); a value held by
    many companies is read by walking the name index instead, as on PostgreSQL (0.2 ms). With
    the statistics of a municipality and every value counted as common, no first query of a value
    sorts (a "TEMP B-TREE"). With a filter the name is an expression, no index gives its order:
    then the value's own index stays usable."""
    if not db.is_sqlite:
        pytest.skip("SQLite's planner")
    monkeypatch.setattr(listing, "FETCH_AND_SORT_AT_MOST", 0)
    with db.session() as session:
        session.execute(sql_text("ANALYZE"))
        session.execute(sql_text("DELETE FROM sqlite_stat1"))
        for (table, index), stat in MUNICIPAL_STATISTICS.items():
            session.execute(
                sql_text("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (:t, :i, :s)"),
                {"t": table, "i": index, "s": stat},
            )
        session.execute(sql_text("ANALYZE sqlite_schema"))
        for key in (SortKey.STATUS, SortKey.AREA, SortKey.SECTOR):
            for descending in (False, True):
                flt = CompanyFilter(sort=key, descending=descending)
                first = next(listing._list_queries(session, flt, first_screen=True))
                plan = _plan(session, first.limit(200), True)
                assert "USE TEMP B-TREE FOR ORDER BY" not in plan, (key, descending, plan)
                assert any("ix_company_active_name" in line for line in plan), (key, descending, plan)
        filtered = CompanyFilter(sort=SortKey.STATUS, account_manager_id=listed["zwaan"])
        first = next(listing._list_queries(session, filtered, first_screen=True))
        assert "+" not in str(first.compile(dialect=session.get_bind().dialect))
        session.rollback()


def test_a_first_screen_on_postgresql_sets_the_planner_for_each_value(
    db: Database, listed: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two workers each walking part of the name index for "verhuisd" (9,810 of 250,000
    companies) read three times the companies one walk reads before their first 200 were merged
    (84 ms in the server instead of 20): a walk of a common value runs without workers. A rare
    value's companies, fetched and sorted, are looked up by id instead of joined by hash to the
    whole company table (an area of 6,163 companies: 90-119 ms -> 37-42). The whole order after
    it and the rest of the transaction keep the planner's settings."""
    if db.is_sqlite:
        pytest.skip("PostgreSQL's planner")
    seen: list[tuple[str, str]] = []
    fetch_ids = listing.fetch_ids
    asked = select(
        sql_func.current_setting("max_parallel_workers_per_gather"),
        sql_func.current_setting("enable_hashjoin"),
    )

    def fetching(session: Session, stmt: Select) -> list[int]:
        seen.append(tuple(session.execute(asked).one()))
        return fetch_ids(session, stmt)

    monkeypatch.setattr(listing, "fetch_ids", fetching)
    by_status = CompanyFilter(sort=SortKey.STATUS, descending=True)
    with db.session() as session:
        before = tuple(session.execute(asked).one())
        assert before[0] != "0" and before[1] == "on"
        rare = listing.list_company_ids(session, by_status, limit=2)  # every value is rare here
        assert seen and set(seen) == {(before[0], "off")}
        seen.clear()
        monkeypatch.setattr(listing, "FETCH_AND_SORT_AT_MOST", 0)  # every value is common
        common = listing.list_company_ids(session, by_status, limit=2)
        assert seen and set(seen) == {("0", "on")}
        assert tuple(session.execute(asked).one()) == before
        seen.clear()
        whole = listing.list_company_ids(session, by_status)
        assert seen and set(seen) == {before}
    assert rare == common == whole[:2]


def test_company_rows_keep_the_order_of_ids(db: Database, listed: dict[str, int]) -> None:
    wanted = [listed["ziggo"], listed["empty"], 999, listed["albert"]]
    with db.session() as session:
        rows = listing.company_rows(session, wanted)
        assert listing.company_rows(session, []) == []
    assert [r.id for r in rows] == [listed["ziggo"], listed["empty"], listed["albert"]]
    ziggo, empty, albert = rows
    assert (albert.name, albert.kvk_number, albert.address, albert.postcode, albert.city) == (
        "Albert Heijn",
        "20000002",
        "achterweg 2",
        "3811 CC",
        "Hilversum",
    )
    assert (albert.area, albert.sector, albert.account_manager, albert.status, albert.archived) == (
        "Zuidpark",
        "Supermarkten",
        "anna de Vries",
        EstablishmentStatus.CLOSED,
        False,
    )
    assert (empty.kvk_number, empty.area, empty.sector, empty.account_manager) == (None, None, None, None)
    assert ziggo.area == "centrum"
    # Made without CompanyRow's __init__ (rows.company_row): every field written, equal to one made with it.
    assert vars(albert).keys() == {f.name for f in fields(CompanyRow)}
    assert albert == CompanyRow(**vars(albert)) and hash(albert) == hash(CompanyRow(**vars(albert)))


# -- the audit trail ------------------------------------------------------------------------------


def test_audit_trail_of_create_update_and_archive(db: Database, anna: int, bert: int) -> None:
    company_id = new_company(db, "Jansen", user_id=anna, phone="035 123 4567")
    [created] = audit_entries(db, "company", company_id)
    assert (created.action, created.user_id, created.field) == ("create", anna, None)
    assert created.at.tzinfo is not None
    main_id = file_of(db, company_id).main.id
    assert [(e.action, e.user_id) for e in audit_entries(db, "establishment", main_id)] == [("create", anna)]

    with db.session(user_id=bert) as session:
        svc.update_company(
            session, company_id, 1, company("Jansen B.V.", phone="06 12345678", website="jansen.nl")
        )
        session.commit()
    updates = [e for e in audit_entries(db, "company", company_id) if e.action == "update"]
    assert {(e.field, e.old_value, e.new_value, e.user_id) for e in updates} == {
        ("name", "Jansen", "Jansen B.V.", bert),
        ("phone", "+31351234567", "+31612345678", bert),
        ("website", None, "https://jansen.nl", bert),
    }

    with db.session(user_id=anna) as session:
        svc.set_archived(session, company_id, 2, True)
        session.commit()
    with db.session(user_id=bert) as session:
        svc.set_archived(session, company_id, 3, False)
        session.commit()
    entries = audit_entries(db, "company", company_id)
    archived, restored = entries[-2:]
    assert (archived.action, archived.field, archived.old_value, archived.user_id) == (
        "archive",
        "archived_at",
        None,
        anna,
    )
    assert archived.new_value is not None
    assert (restored.action, restored.field, restored.new_value, restored.user_id) == (
        "restore",
        "archived_at",
        None,
        bert,
    )
    assert restored.old_value == archived.new_value
    # Bookkeeping columns say nothing a reader needs.
    assert not {e.field for e in entries} & {"version", "updated_at", "updated_by_id", "name_folded"}


def test_audit_trail_of_establishments_and_contacts(db: Database, anna: int) -> None:
    company_id = new_company(db, "Jansen")
    main_id = file_of(db, company_id).main.id
    with db.session(user_id=anna) as session:
        svc.update_establishment(
            session, main_id, 1, establishment(postcode="1234ab", status=EstablishmentStatus.CLOSED)
        )
        contact_id = svc.add_contact(session, company_id, contact("Vries"))
        session.commit()
    changes = {(e.field, e.old_value, e.new_value) for e in audit_entries(db, "establishment", main_id)}
    assert ("postcode", "1243 JJ", "1234 AB") in changes
    assert ("status", "active", "closed") in changes
    assert "postcode_compact" not in {field for field, _, _ in changes}
    assert [(e.action, e.user_id) for e in audit_entries(db, "contact", contact_id)] == [("create", anna)]

    [record] = file_of(db, company_id).contacts
    with db.session(user_id=anna) as session:
        svc.remove_contact(session, record.link_id, record.link_version)
        session.commit()
    assert [e.action for e in audit_entries(db, "company_contact", record.link_id)] == ["create", "delete"]
    assert [e.action for e in audit_entries(db, "contact", contact_id)] == ["create", "archive"]
