"""Importing a company list: reading messy files, the trial run, writing, the trail, undo (both databases)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.audit.entities import AuditEntry
from models.companies.entities import Company, Establishment
from models.companies.search import SearchService
from models.companies.services import CompanyInput, update_company
from models.db import Database
from models.errors import DomainError, PermissionDeniedError
from models.i18n import translate
from models.importing import mapping as mapping_module
from models.importing.classify import Decision, RowClass, Trial, classify, trial
from models.importing.entities import ImportBatch
from models.importing.mapping import Mapping, looks_like_header, suggest
from models.importing.reading import Source, UnreadableFile, open_source
from models.importing.run import history, run_import
from models.importing.undo import undo_import
from models.matching.compare import MatchIndex, Profile
from models.matching.profiles import companies_sharing, company_profiles
from models.progress import CancelledError, Progress
from models.team.entities import Role
from tests.models.conftest import establishment, new_area, new_company, new_sector, new_user

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def source(name: str) -> Source:
    return open_source(FIXTURES / name, looks_like_header=looks_like_header)


@pytest.fixture
def town(db: Database) -> dict[str, int]:
    """The municipality: three kernen, an official, two sectors and two companies already known."""
    for kern in ("Loosdrecht", "'s-Graveland", "Kortenhoef"):
        new_area(db, kern)
    anna = new_user(db, "anna", "Anna de Vries")
    new_sector(db, "1071", "Brood- en banketbakkerijen")
    new_sector(db, "5630", "Cafés")
    bakery = new_company(
        db,
        "Bakkerij Een",
        kvk_number="01234567",
        main=establishment(
            establishment_number="000012345678",
            street="Oude weg",
            house_number="1",
            postcode="1241 AB",
            city="Loosdrecht",
        ),
    )
    garage = new_company(
        db,
        "Garage Zuid B.V.",
        main=establishment(street="Zuidweg", house_number="7", postcode="1243 EF", city="Kortenhoef"),
    )
    return {"anna": anna, "bakery": bakery, "garage": garage}


def classes(result) -> dict[int, RowClass]:  # type: ignore[no-untyped-def]
    return {row.number: row.kind for row in result.rows}


def test_dutch_excel_csv_is_read_past_its_title_lines() -> None:
    src = source("bedrijven_excel.csv")
    assert (src.encoding, src.delimiter, src.header_row) == ("cp1252", ";", 4)
    assert src.header[:3] == ["KvK nr", "Vestigingsnr.", "Bedrijfsnaam"]
    rows = dict(src.rows())
    assert rows[5][2] == "Bakkerij Één B.V."
    assert rows[5][12] == "Eerste regel\r\ntweede regel"  # the note over two lines is one cell
    assert 6 not in rows  # ... so the next row is line 7
    assert suggest(src.header).columns[:8] == [
        "kvk_number",
        "establishment_number",
        "name",
        "street",
        "house_number",
        "addition",
        "postcode",
        "city",
    ]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("leeg.csv", "is empty"),
        ("geen_kop.csv", "No header row"),
        ("plaatje.csv", "not a spreadsheet"),
        ("geen_excel.xlsx", "not a spreadsheet"),
        ("wachtwoord.xlsx", "password"),
    ],
)
def test_a_broken_file_gets_a_message(name: str, words: str) -> None:
    with pytest.raises(UnreadableFile) as error:
        source(name)
    assert words in str(error.value)


def test_two_columns_mapped_to_one_field_are_refused(db: Database) -> None:
    src = source("bedrijven_excel.csv")
    mapping = suggest(src.header)
    mapping.columns[3] = "name"
    with db.session() as session, pytest.raises(DomainError, match="both mapped"):
        trial(session, src, mapping)


def test_the_trial_classifies_every_row_and_writes_nothing(db: Database, town: dict[str, int]) -> None:
    src = source("bedrijven_excel.csv")
    with db.session() as session:
        before = session.scalar(select(func.count()).select_from(Company))
        result = trial(session, src, suggest(src.header))
        session.rollback()
        assert session.scalar(select(func.count()).select_from(Company)) == before
    assert classes(result) == {
        5: RowClass.UPDATE,  # KvK 1234567 lost its zero; the vestigingsnummer too
        7: RowClass.NEW,
        8: RowClass.NEW_ESTABLISHMENT,  # the same KvK, another vestigingsnummer
        9: RowClass.ERROR,  # 8.77E+07
        10: RowClass.NEW,
        11: RowClass.POSSIBLE_DUPLICATE,  # the same row again
        12: RowClass.ERROR,  # the e-mail address
        13: RowClass.POSSIBLE_DUPLICATE,  # Garage Zuid B.V. at the same address
        14: RowClass.SKIPPED,
        15: RowClass.SKIPPED,  # the totals
    }
    rows = {row.number: row for row in result.rows}
    bakery = rows[5]
    changed = {(c.field, c.old, c.new) for c in bakery.changes}
    assert ("street", "Oude weg", "Dorpsstraat") in changed
    assert ("house_number", "1", "12a") in changed
    assert ("name", "Bakkerij Een", "Bakkerij Één B.V.") in changed
    assert ("phone", None, "+31351234567") in changed
    assert rows[7].record is not None and rows[7].record.company["email"] == "info@hoekje.nl"
    assert rows[7].record.establishment["postcode"] == "1241 AB"
    assert rows[8].record is not None and rows[8].record.establishment["city"] == "'s-Graveland"
    assert rows[8].same_as_row == 7
    assert [p.column for p in rows[9].problems] == ["KvK nr"]
    assert "scientific notation" in rows[9].problems[0].message
    assert [p.column for p in rows[12].problems] == ["E-mail"]
    assert rows[11].same_as_row == 10
    garage = rows[13]
    assert garage.company_id == town["garage"] and garage.match is not None
    assert garage.match.score >= 70 and {r.code for r in garage.match.reasons} == {"name_address"}
    assert "Garage Zuid B.V." in garage.existing
    assert [p.params.get("place") for p in garage.warnings] == ["Timboektoe"]  # not a kern
    assert [p.params.get("name") for p in rows[10].warnings] == [
        "Onbekende Ambtenaar"
    ]  # never dropped silently
    report = result.report()
    assert (9, "KvK nr", "8.77E+07") in {r[:3] for r in report}


def test_the_xlsx_with_typed_numbers_and_dates(db: Database, town: dict[str, int]) -> None:
    src = source("bedrijven.xlsx")
    with db.session() as session:
        result = trial(session, src, suggest(src.header))
    assert classes(result) == {
        4: RowClass.UPDATE,
        5: RowClass.NEW,
        6: RowClass.NEW_ESTABLISHMENT,
        7: RowClass.ERROR,
        8: RowClass.NEW,
        9: RowClass.SKIPPED,
        10: RowClass.SKIPPED,
    }
    rows = {row.number: row for row in result.rows}
    assert rows[5].record is not None
    assert rows[5].record.company["kvk_number"] == "69599084"
    assert rows[5].record.establishment["establishment_number"] == "000012345679"
    assert rows[5].record.establishment["employees"] == 12
    assert (
        rows[8].record is not None and rows[8].record.company["phone"] == "+31351234567"
    )  # 351234567: the 0 lost


def test_import_writes_the_rows_with_the_trail_marked_and_undo_sets_everything_back(
    db: Database, town: dict[str, int]
) -> None:
    src = source("bedrijven_excel.csv")
    with db.session(user_id=town["anna"]) as session:
        result = run_import(session, src, suggest(src.header), decisions={13: Decision.UPDATE})
        session.commit()
    number = result.batch_id
    assert result.written == {"companies": 2, "establishments": 3, "contacts": 0, "updated": 4}
    with db.session() as session:
        names = set(session.scalars(select(Company.name)))
        assert {"Café 't Hoekje", "Kapsalon Knip", "Bakkerij Één B.V.", "Garage Zuid"} <= names
        hoekje = session.scalars(select(Company).where(Company.kvk_number == "69599084")).one()
        assert sorted(e.trade_name for e in hoekje.establishments) == [
            "Café 't Hoekje",
            "Café 't Hoekje Terras",
        ]
        assert SearchService(session).search("hoekje terras")[0].company_id == hoekje.id
        garage_est = session.scalars(
            select(Establishment).where(Establishment.company_id == town["garage"])
        ).one()
        assert garage_est.city == "Timboektoe"  # the person chose to update it with the row
        marked = session.execute(
            select(AuditEntry.entity, AuditEntry.action, AuditEntry.user_id).where(
                AuditEntry.import_batch_id == number
            )
        ).all()
        assert ("company", "create", town["anna"]) in marked
        assert ("establishment", "update", town["anna"]) in marked
        batch = session.get(ImportBatch, number)
        assert batch is not None and batch.file_name == "bedrijven_excel.csv"
        [summary] = history(session)
        assert summary.counts["new"] == 2 and summary.counts["error"] == 2 and summary.user == "Anna de Vries"
    with db.session(user_id=town["anna"]) as session:
        undone = undo_import(session, number)
        session.commit()
    assert undone.refused == []
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Company)) == 2
        bakery = session.get(Company, town["bakery"])
        assert bakery is not None and bakery.name == "Bakkerij Een" and bakery.phone is None
        assert bakery.establishments[0].street == "Oude weg"
        assert SearchService(session).search("hoekje") == []
        with pytest.raises(DomainError, match="undone already"):
            undo_import(session, number)


def test_undo_refuses_and_lists_a_record_changed_after_the_import(db: Database, town: dict[str, int]) -> None:
    bert = new_user(db, "bert", "Bert Bakker")
    src = source("bedrijven_excel.csv")
    with db.session(user_id=town["anna"]) as session:
        number = run_import(session, src, suggest(src.header)).batch_id
        session.commit()
    with db.session(user_id=bert) as session:
        bakery = session.get(Company, town["bakery"])
        assert bakery is not None
        update_company(
            session, bakery.id, bakery.version, CompanyInput(name="Bakkerij Eén", kvk_number="01234567")
        )
        session.commit()
    with db.session(user_id=town["anna"]) as session:
        undone = undo_import(session, number)
        session.commit()
    assert [(r.entity, r.entity_id, r.changed_by) for r in undone.refused] == [
        ("company", town["bakery"], "Bert Bakker")
    ]
    with db.session() as session:
        bakery = session.get(Company, town["bakery"])
        assert bakery is not None and bakery.name == "Bakkerij Eén"  # Bert's change stays
        assert bakery.establishments[0].street == "Oude weg"  # the establishment was set back
        assert (
            session.scalar(select(func.count()).select_from(Company).where(Company.name == "Kapsalon Knip"))
            == 0
        )


def test_a_cancelled_import_leaves_nothing(db: Database, town: dict[str, int]) -> None:
    src = source("bedrijven_excel.csv")
    with db.session() as session:
        with pytest.raises(CancelledError):
            run_import(session, src, suggest(src.header), progress=Progress(is_cancelled=lambda: True))
        session.rollback()
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Company)) == 2
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_kvk_json_becomes_a_company_with_two_establishments(db: Database, town: dict[str, int]) -> None:
    src = source("kvk_basisprofiel.json")
    with db.session() as session:
        result = run_import(session, src, suggest(src.header))
        session.commit()
    assert [r.kind for r in result.trial.rows] == [RowClass.NEW, RowClass.NEW_ESTABLISHMENT]
    with db.session() as session:
        company = session.scalars(select(Company).where(Company.kvk_number == "69599084")).one()
        assert company.legal_name == "Hoekje Horeca B.V."
        main, other = company.establishments
        assert (main.is_main, main.sbi_code, main.employees, main.street) == (True, "5630", 12, "Kerkstraat")
        assert (other.house_number, other.city) == ("5B", "'s-Graveland")


def test_a_mapping_is_remembered_for_the_same_columns(db: Database, town: dict[str, int]) -> None:
    src = source("bedrijven_excel.csv")
    mapping = suggest(src.header)
    mapping.columns[12] = None  # no notes
    mapping.defaults = {"status": "actief"}
    with db.session() as session:
        run_import(session, src, mapping)
        session.commit()
    with db.session() as session:
        again = mapping_module.remembered(session, src.header)
    assert again == Mapping(columns=mapping.columns, defaults={"status": "actief"})


def test_the_error_report_as_csv(db: Database, town: dict[str, int], tmp_path: Path) -> None:
    from models.importing.report import write_report

    src = source("bedrijven_excel.csv")
    with db.session() as session:
        result = trial(session, src, suggest(src.header))
    path = tmp_path / "fouten.csv"
    write_report(result.report(), path, translate=lambda text, params: text.format(**params))
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == ["Row", "Column", "Value", "Problem"]
    assert rows[1][:3] == ["9", "KvK nr", "8.77E+07"]


def test_only_importers_may_import(db: Database, town: dict[str, int]) -> None:
    desk = new_user(db, "dirk", "Dirk Balie", Role.DESK)
    src = source("bedrijven_excel.csv")
    with db.session(user_id=desk) as session, pytest.raises(PermissionDeniedError):
        run_import(session, src, suggest(src.header))


def test_a_cell_longer_than_any_is_refused_in_words_only(tmp_path: Path) -> None:
    """A pasted page in one cell (issue 19, bounded input): the file is refused, nothing written,
    and the reason is said in Dutch, not as Python's "field larger than field limit (131072)"."""
    path = tmp_path / "lijst.csv"
    path.write_text(
        "KvK nr;Bedrijfsnaam;Opmerking\n12345678;Bakkerij Groot;kort\n23456789;Slagerij;"
        + "x" * 1_000_000
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(UnreadableFile) as info:
        list(open_source(path, looks_like_header=looks_like_header).rows())
    said = translate("errors", info.value.message).format(**info.value.params)
    assert said.startswith("Regel 3 van lijst.csv kan niet worden gelezen"), said
    assert "131072" in said.replace(".", "") and "field" not in said, said


def test_the_trial_compares_the_rows_with_the_companies_near_them_as_with_all(
    db: Database, tmp_path: Path
) -> None:
    """The trial reads the profiles of the companies that share a postcode, phone number or e-mail
    address with the file's rows only (a small file in a register of 250,000 companies read them
    all, 18 s), and classifies every row as it did with all of them."""
    near = {
        "address": new_company(
            db,
            "Slagerij Pieters",
            main=establishment(street="Kerkstraat", house_number="3", postcode="1241 AA"),
        ),
        "postcode": new_company(
            db,
            "Bloemenhuis De Roos",
            main=establishment(street="Kerkstraat", house_number="9", postcode="1241 AB"),
        ),
        "phone": new_company(
            db, "Fietsenmaker Vos", phone="035 123 4567", main=establishment(postcode="1243 ZZ")
        ),
        "email": new_company(
            db, "Kapsalon Knip", email="Info@Knipkap.nl", main=establishment(postcode="1244 AA")
        ),
        # SQLite's lower() leaves the Ü: compared in Python, as the profiles are.
        "unicode": new_company(
            db, "Kapsalon Ünal", email="Ünal@kapsalon.nl", main=establishment(postcode="1245 AA")
        ),
    }
    far = [
        new_company(
            db, f"Timmerbedrijf Hout {n}", allow_duplicate=True, main=establishment(postcode=f"{2000 + n} BC")
        )
        for n in range(12)
    ]
    path = tmp_path / "bedrijven.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["Bedrijfsnaam", "Straat", "Huisnr", "Postcode", "Plaats", "Telefoon", "E-mail"])
        writer.writerow(
            ["Slagerij Pieters B.V.", "Kerkstraat", "3", "1241 AA", "Loosdrecht", "", ""]
        )  # row 2
        writer.writerow(["Bloemenhuis De Roos", "Kerkstraat", "11", "1241 AB", "Loosdrecht", "", ""])
        writer.writerow(["Fietsenmaker Vos", "Dorpsstraat", "5", "1250 AA", "Loosdrecht", "035-1234567", ""])
        writer.writerow(["Kapsalon Knip", "Dorpsstraat", "7", "1250 AA", "Loosdrecht", "", "info@knipkap.nl"])
        writer.writerow(["Nieuwe Zaak", "Dorpsstraat", "9", "1250 AA", "Loosdrecht", "", ""])  # row 6
        writer.writerow(["Café Nieuw", "Molenweg", "1", "1251 AA", "Loosdrecht", "", ""])
        writer.writerow(["Café Nieuw", "Molenweg", "1", "1251 AA", "Loosdrecht", "", ""])  # row 8
        writer.writerow(
            ["Kapsalon Ünal", "Dorpsstraat", "11", "1250 AA", "Loosdrecht", "", "ünal@kapsalon.nl"]
        )
    src = open_source(path, looks_like_header=looks_like_header)
    mapping = suggest(src.header)

    def seen(result: Trial) -> list[tuple[object, ...]]:
        return [
            (r.number, r.kind, r.company_id, r.same_as_row, r.match and (r.match.score, r.match.reasons))
            for r in result.rows
        ]

    with db.session() as session:
        near_only = trial(session, src, mapping)
        everyone = MatchIndex()
        for profile in company_profiles(session):
            everyone.add(profile)
        assert len(everyone) == len(near) + len(far)
        with_all = classify(session, src, mapping, index=everyone)
        wanted = [
            Profile(key="a", postcodes=frozenset({"1241AA"})),
            Profile(key="b", phones=frozenset({"+31351234567"})),
            Profile(key="c", emails=frozenset({"info@knipkap.nl", "ünal@kapsalon.nl"})),
        ]
        sharing = companies_sharing(session, wanted)
        session.rollback()
    assert seen(near_only) == seen(with_all)
    rows = {r.number: r for r in near_only.rows}
    for number, kind in ((2, "address"), (3, "postcode"), (4, "phone"), (5, "email"), (9, "unicode")):
        assert rows[number].kind is RowClass.POSSIBLE_DUPLICATE and rows[number].company_id == near[kind], (
            kind
        )
    assert rows[6].kind is RowClass.NEW and rows[7].kind is RowClass.NEW
    assert rows[8].kind is RowClass.POSSIBLE_DUPLICATE and rows[8].same_as_row == 7
    assert sharing == sorted(
        [near["address"], near["phone"], near["email"], near["unicode"]]
    )  # Info@…: info@…


def test_a_trial_can_be_cancelled_after_the_file_is_read(db: Database, tmp_path: Path) -> None:
    """Looking the rows up and comparing them comes after the whole file is read: a cancel then
    still stops the trial, before its end."""
    path = tmp_path / "bedrijven.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["Bedrijfsnaam", "Straat", "Huisnr", "Postcode", "Plaats"])
        for n in range(2500):
            writer.writerow([f"Winkel {n}", "Dorpsstraat", str(n + 1), f"{1250 + n % 40} AA", "Loosdrecht"])
    src = open_source(path, looks_like_header=looks_like_header)
    steps: list[tuple[int, int]] = []
    progress = Progress(
        report=lambda done, total: steps.append((done, total)), is_cancelled=lambda: len(steps) > 2
    )
    with db.session() as session, pytest.raises(CancelledError):
        trial(session, src, suggest(src.header), progress)
    assert steps == [(1000, 0), (2000, 0), (2500, 0)]  # read; cancelled at the first step after
