"""Export: the lists out to .xlsx and .csv, read back as Excel and a spreadsheet would read them."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from models.audit.services import AuditFilter, AuditRow
from models.companies import listing
from models.companies import services as company_services
from models.companies.listing import CompanyFilter, SortKey
from models.db import Database
from models.errors import PermissionDeniedError
from models.exporting import lists
from models.exporting.lists import AgreementFilter
from models.exporting.writers import ExportError
from models.progress import CancelledError, Progress
from models.signals.services import SignalFilter
from models.team.entities import Role
from tests.models.conftest import establishment, new_area, new_company, new_user
from tests.models.test_signals import _category, _signal


def _plain(context: str, text: str) -> str:
    return text  # the English source texts: what the tests compare with


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own (the SQLite database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def companies(db: Database) -> dict[str, int]:
    area = new_area(db, "Kortenhoef")
    other = new_area(db, "Ankeveen")
    manager = new_user(db, "anna", "Anna de Vries")
    made = {
        "Zuivel De Zon": new_company(
            db,
            "Zuivel De Zon",
            kvk_number="01234567",
            account_manager_id=manager,
            main=establishment(postcode="1241 AB", area_id=area),
        ),
        '=HYPERLINK("http://x")': new_company(
            db,
            '=HYPERLINK("http://x")',
            kvk_number="87654321",
            main=establishment(postcode="1241 AC", area_id=area, house_number="3"),
        ),
        "Bakkerij Ankeveen": new_company(
            db, "Bakkerij Ankeveen", kvk_number="11223344", main=establishment(area_id=other)
        ),
    }
    return {"area": area, **made}


def test_a_filtered_sorted_company_list_goes_to_xlsx_as_the_list_shows_it(
    db: Database, companies: dict[str, int], tmp_path: Path
) -> None:
    flt = CompanyFilter(area_id=companies["area"], sort=SortKey.KVK, descending=True)
    target = tmp_path / "bedrijven.xlsx"
    with db.session() as session:
        done = lists.export_companies(session, flt, target, translate=_plain)
        shown = listing.company_rows(session, listing.list_company_ids(session, flt))
    assert done.rows == 2 and done.path == target

    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Name",
        "KvK",
        "Address",
        "Postcode",
        "Place",
        "Area",
        "Sector",
        "Account manager",
        "Status",
    )
    assert [r[0] for r in rows[1:]] == [r.name for r in shown]  # the list's order: KvK descending
    assert rows[2][1] == "01234567" and sheet["B3"].data_type == "s"  # text: the zero stays
    assert rows[2][3] == "1241 AB" and rows[2][7] == "Anna de Vries" and rows[2][8] == "active"
    # a name that looks like a formula is text, marked so Excel never runs it
    assert rows[1][0] == '=HYPERLINK("http://x")' and sheet["A2"].data_type == "s"
    assert sheet["A2"].quotePrefix
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:I3"
    assert sheet.column_dimensions["A"].width > len("Zuivel De Zon")  # sized to the content


def test_csv_is_what_dutch_excel_opens(db: Database, tmp_path: Path) -> None:
    category = _category(db, "Groen", days=5)
    _signal(db, category, description="Tak hangt laag\nbij de school")
    _signal(db, category, description="-5 graden: gladheid", reporter_name="=cmd|' /C calc'!A0")
    target = tmp_path / "meldingen.csv"
    with db.session() as session:
        done = lists.export_signals(
            session, SignalFilter(), target, translate=_plain, today=date(2026, 11, 24)
        )
    assert done.rows == 2

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte order mark
    assert b"\r\n" in raw and raw.count(b"\r\n") == 3  # CRLF line ends; the note's own newline quoted
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:3] == ["Number", "Reported", "Category"]
    descriptions = {r[4] for r in rows[1:]}
    assert "Tak hangt laag\nbij de school" in descriptions
    assert "'-5 graden: gladheid" in descriptions  # a leading "-" would be a formula
    assert "'=cmd|' /C calc'!A0" in {r[5] for r in rows[1:]}
    assert rows[1][1] == "23-11-2026 09:00" or rows[1][1].startswith("23-11-2026")


def test_signals_are_typed_and_a_desk_official_exports_them_shielded(db: Database, tmp_path: Path) -> None:
    category = _category(db, "Groen", days=5)
    _signal(db, category, reported_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    desk = new_user(db, "dora", "Dora de Balie", Role.DESK)
    target = tmp_path / "meldingen.xlsx"
    with db.session(desk) as session:
        lists.export_signals(session, SignalFilter(), target, translate=_plain, today=date(2026, 11, 24))
    sheet = openpyxl.load_workbook(target).active
    header, row = (list(r) for r in sheet.iter_rows(values_only=True))
    assert row[header.index("Reporter")] == "shielded"
    assert "Els Jansen" not in [str(v) for v in row]
    assert isinstance(row[header.index("Reported")], datetime)
    assert row[header.index("Target date")].date() > date(2026, 11, 23)  # a date cell, not text

    with db.session() as session:  # who handles signals sees the reporter
        lists.export_signals(session, SignalFilter(), target, translate=_plain, today=date(2026, 11, 24))
    header, row = (list(r) for r in openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert row[header.index("Reporter")] == "Els Jansen"


def test_an_export_is_refused_to_whom_the_list_is(db: Database, out: Path) -> None:
    desk = new_user(db, "dora", "Dora de Balie", Role.DESK)
    with db.session(desk) as session, pytest.raises(PermissionDeniedError):
        lists.export_agreements(
            session, AgreementFilter(), out / "a.xlsx", translate=_plain, today=date.today()
        )
    assert not list(out.iterdir())


def test_a_cancelled_export_leaves_the_old_file_and_no_half_one(
    db: Database, companies: dict[str, int], out: Path
) -> None:
    target = out / "bedrijven.xlsx"
    target.write_bytes(b"the previous export")
    cancel = Progress(is_cancelled=lambda: True)
    for name in ("bedrijven.xlsx", "bedrijven.csv"):
        with db.session() as session, pytest.raises(CancelledError):
            lists.export_companies(session, CompanyFilter(), out / name, translate=_plain, progress=cancel)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in out.iterdir()) == ["bedrijven.xlsx"]  # no temporary file left


def test_only_xlsx_and_csv_and_a_folder_that_exists(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        with pytest.raises(ExportError, match="xlsx or .csv"):
            lists.export_companies(session, CompanyFilter(), tmp_path / "x.pdf", translate=_plain)
        with pytest.raises(ExportError, match="Cannot write"):
            lists.export_companies(session, CompanyFilter(), tmp_path / "nope" / "x.csv", translate=_plain)


def test_the_audit_trail_goes_out_as_the_logboek_shows_it(db: Database, out: Path) -> None:
    """Who changed which company when, with the old and the new value, for the auditor's spreadsheet."""
    company_id = new_company(db, "Bakkerij Jansen")
    karim = new_user(db, "karim", "Karim van Dijk")
    with db.session(karim) as session:
        record = company_services.company_file(session, company_id)
        company_services.update_company(
            session, company_id, record.version, company_services.CompanyInput(name="Bakkerij Jansen & Zn.")
        )
        session.commit()
    target = out / "logboek.xlsx"
    auditor = new_user(db, "petra", "Petra van Dam", Role.ADMINISTRATOR)  # the whole trail is theirs
    with db.session(auditor) as session:
        done = lists.export_audit(session, AuditFilter(), target, translate=_plain)
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert done.rows == len(rows) - 1 >= 2
    assert rows[0] == ("When", "Who", "Kind", "Changed record", "What", "Field", "Old value", "New value")
    renamed = [r for r in rows[1:] if r[5] == "name"]
    assert [(r[1], r[2], r[3], r[6], r[7]) for r in renamed] == [
        ("Karim van Dijk", "company", "Bakkerij Jansen & Zn.", "Bakkerij Jansen", "Bakkerij Jansen & Zn.")
    ]
    assert isinstance(renamed[0][0], datetime)


def test_a_choice_in_the_audit_trail_is_exported_in_the_readers_words(out: Path) -> None:
    """A status changed from "open" to "done" reads "open → afgehandeld" as the Logboek shows it; a
    name typed as "done" stays "done"."""
    dutch = {"done": "afgehandeld", "status": "status"}

    def translate(context: str, text: str) -> str:
        return dutch.get(text, text)

    at = datetime(2026, 11, 30, 9, tzinfo=UTC)
    common = dict(
        at=at, user="Karim van Dijk", kind="agreement", record_id=1, record="Terras", action="changed"
    )
    rows = [
        AuditRow(id=1, field="status", old_value="open", new_value="done", labelled=True, **common),
        AuditRow(id=2, field="description", old_value="x", new_value="done", **common),
    ]
    old, new = lists.audit_columns(translate)[-2:]
    assert [(old.value(r), new.value(r)) for r in rows] == [("open", "afgehandeld"), ("x", "done")]
