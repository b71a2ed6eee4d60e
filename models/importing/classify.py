"""The trial run (Proefimport): every row of a file classified before anything is written.

A row is *new*, an *update* of an existing establishment (with the fields that change, old → new),
a *new establishment* of an existing company (or of a company an earlier row brings in), a
*possible duplicate* (of an existing company or of an earlier row, with the score and the reasons),
an *error* (the column and the reason) or *skipped* (empty, a totals row).

Matching (models.matching): KvK number + vestigingsnummer first; the same KvK with another
vestigingsnummer is a new establishment; else name and postcode + house number, fuzzily. The file
is read first; then the existing companies that share a postcode, phone number or e-mail address
with its rows of an unknown KvK and vestigingsnummer (``companies_sharing``: the only ones that
can be alike) are read into a ``MatchIndex`` (``company_profiles``), and the rows join it in
order, so a row is never a query; the current values of the records to be updated are read
afterwards in chunks. Nothing is written: the trial runs in a transaction that
the caller rolls back (the writing step classifies again in its own transaction, so that what it
writes is what the database holds then).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.audit.entities import AuditEntry
from models.companies.entities import (
    ESTABLISHMENT_STATUS_LABELS,
    Area,
    AreaKind,
    Company,
    Establishment,
    EstablishmentStatus,
    Sector,
)
from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.importing import fast
from models.importing import mapping as mapping_module
from models.importing.mapping import FIELD_BY_KEY, Mapping
from models.importing.reading import Cell, Source, cell_text
from models.matching import normalise
from models.matching.compare import Match, MatchIndex, Profile
from models.matching.profiles import among, companies_sharing, company_profiles
from models.permissions import Permission, requires
from models.progress import SILENT, Progress
from models.team.entities import User
from models.text import fold
from models.validation import InvalidValue, check_website

CHUNK = 1000
DUPLICATE_MIN_SCORE = 70


class RowClass(enum.StrEnum):
    NEW = "new"
    UPDATE = "update"
    NEW_ESTABLISHMENT = "new_establishment"
    POSSIBLE_DUPLICATE = "possible_duplicate"
    ERROR = "error"
    SKIPPED = "skipped"


CLASS_LABELS = {
    RowClass.NEW: QT_TRANSLATE_NOOP("labels", "new"),
    RowClass.UPDATE: QT_TRANSLATE_NOOP("labels", "update"),
    RowClass.NEW_ESTABLISHMENT: QT_TRANSLATE_NOOP("labels", "new establishment"),
    RowClass.POSSIBLE_DUPLICATE: QT_TRANSLATE_NOOP("labels", "possible duplicate"),
    RowClass.ERROR: QT_TRANSLATE_NOOP("labels", "error"),
    RowClass.SKIPPED: QT_TRANSLATE_NOOP("labels", "skipped"),
}


class Decision(enum.StrEnum):
    """What to do with a possible duplicate: leave it out (the default), bring it in as a new
    company anyway, or update the existing company it resembles with it."""

    SKIP = "skip"
    NEW = "new"
    UPDATE = "update"


# Fields written to the company, and to the establishment.
COMPANY_FIELDS = (
    "kvk_number",
    "name",
    "legal_name",
    "legal_form",
    "email",
    "phone",
    "website",
    "notes",
    "account_manager_id",
)
ESTABLISHMENT_FIELDS = (
    "establishment_number",
    "trade_name",
    "street",
    "house_number",
    "postcode",
    "city",
    "area_id",
    "sbi_code",
    "employees",
    "status",
)
# Of an existing record, an import fills in and corrects these; it never empties a field.
UPDATABLE_COMPANY = ("name", "legal_name", "legal_form", "email", "phone", "website", "account_manager_id")
UPDATABLE_ESTABLISHMENT = (
    "trade_name",
    "street",
    "house_number",
    "postcode",
    "city",
    "area_id",
    "sbi_code",
    "employees",
    "status",
)


@dataclass(kw_only=True)
class Problem:
    """A value that could not be taken, for a person: which column, what was there, why."""

    column: str
    value: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(kw_only=True)
class Change:
    entity: str  # "company" or "establishment"
    field: str
    old: Any
    new: Any


@dataclass(kw_only=True)
class Record:
    """One row's values in their stored form (None: the file says nothing)."""

    company: dict[str, Any]
    establishment: dict[str, Any]
    is_main: bool | None = None
    contact_name: str | None = None

    @property
    def name(self) -> str:
        return self.company.get("name") or self.establishment.get("trade_name") or ""


@dataclass(kw_only=True)
class RowResult:
    number: int
    kind: RowClass
    name: str = ""
    record: Record | None = None
    company_id: int | None = None  # the existing company it updates, extends or resembles
    establishment_id: int | None = None  # the existing establishment it updates
    same_as_row: int | None = None  # the earlier row it resembles or is an establishment of
    match: Match | None = None
    existing: str = ""  # the existing record it resembles, as a person recognises it
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


@dataclass(kw_only=True)
class Trial:
    header: list[str]
    mapping: Mapping
    rows: list[RowResult]
    # The newest entry of the audit trail when the trial began: while it is still the newest, no
    # record has changed since and the import may write this trial's plan without classifying again.
    mark: int | None = None

    def counts(self) -> dict[RowClass, int]:
        counts = dict.fromkeys(RowClass, 0)
        for row in self.rows:
            counts[row.kind] += 1
        return counts

    def report(self) -> list[tuple[int, str, str, str, dict[str, Any]]]:
        """The error report: (row, column, value, problem, its parameters), warnings included."""
        out = []
        for row in self.rows:
            for p in (*row.problems, *row.warnings):
                out.append((row.number, p.column, p.value, p.message, p.params))
        return out


# -- reading a row into a record ---------------------------------------------------------------

_TOTALS = re.compile(r"^(totaal|totalen|total|som|subtotaal|eindtotaal|aantal)\b")
_YES = {"ja", "j", "yes", "y", "true", "1", "x", "waar", "hoofdvestiging"}
_NO = {"nee", "n", "no", "false", "0", "onwaar", "nevenvestiging"}


@dataclass(kw_only=True)
class Lookups:
    """What rows are checked against, read once: places, areas, officials, sectors."""

    kernen: dict[str, int]  # name -> area id
    areas: dict[str, int]  # folded name -> id
    officials: dict[str, int]  # folded name, username or e-mail -> id
    sectors: set[str]

    @classmethod
    def read(cls, session: Session) -> Lookups:
        kernen: dict[str, int] = {}
        areas: dict[str, int] = {}
        for area_id, name, kind in session.execute(select(Area.id, Area.name, Area.kind)):
            areas.setdefault(fold(name), area_id)
            if kind == AreaKind.KERN:
                kernen[name] = area_id
        officials: dict[str, int] = {}
        for user_id, username, full_name, email in session.execute(
            select(User.id, User.username, User.full_name, User.email).where(User.active)
        ):
            for key in (username, full_name, email):
                if key:
                    officials.setdefault(fold(key), user_id)
        sectors = set(session.scalars(select(Sector.code)))
        return cls(kernen=kernen, areas=areas, officials=officials, sectors=sectors)


_STATUS = {
    **{fold(v.value): v for v in EstablishmentStatus},
    "actief": EstablishmentStatus.ACTIVE,
    "verhuisd": EstablishmentStatus.MOVED,
    "gesloten": EstablishmentStatus.CLOSED,
    "opgeheven": EstablishmentStatus.CLOSED,
}
_ = ESTABLISHMENT_STATUS_LABELS


def _text(value: Cell, limit: int) -> str | None:
    text = cell_text(value)
    return text[:limit] if text else None


class RowReader:
    """Turns the cells of one row into a ``Record``, collecting problems instead of stopping."""

    def __init__(self, header: Sequence[str], mapping: Mapping, lookups: Lookups) -> None:
        self.header = list(header)
        self.mapping = mapping
        self.lookups = lookups
        self.columns = {key: index for index, key in enumerate(mapping.columns) if key}
        self.name_columns = [self.columns[k] for k in ("name", "trade_name") if k in self.columns]
        self._places: dict[str, normalise.Place | None] = {}

    def is_skipped(self, cells: Sequence[Cell]) -> bool:
        """An empty row, or a totals row (its first cell says so, or it holds only numbers and no name)."""
        first: Cell = None
        for cell in cells:
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                continue
            first = cell
            break
        if first is None:
            return True
        if isinstance(first, str) and _TOTALS.match(fold(first)):
            return True
        if any(cell_text(cells[i]) for i in self.name_columns):
            return False
        filled = [c for c in cells if cell_text(c)]
        return all(isinstance(c, (int, float)) or _is_number(cell_text(c)) for c in filled)

    def read(self, number: int, cells: Sequence[Cell]) -> tuple[Record, list[Problem], list[Problem]]:
        problems: list[Problem] = []
        warnings: list[Problem] = []
        lookups = self.lookups

        columns = self.columns

        def cell(key: str) -> Cell:
            index = columns.get(key)
            return None if index is None else cells[index]

        def column(key: str) -> str:
            index = self.columns.get(key)
            return self.header[index] if index is not None else FIELD_BY_KEY[key].label

        def take(key: str, convert: Callable[[Cell], Any]) -> Any:
            value = cell(key)
            if value is None or value == "":  # unmapped or empty: nothing to convert
                return None
            try:
                return convert(value)
            except InvalidValue as e:
                problems.append(
                    Problem(column=column(key), value=cell_text(value), message=e.message, params=e.params)
                )
                return None

        company: dict[str, Any] = {}
        est: dict[str, Any] = {}
        company["kvk_number"] = take("kvk_number", normalise.kvk_number)
        est["establishment_number"] = take("establishment_number", normalise.establishment_number)
        company["name"] = _text(cell("name"), 200)
        est["trade_name"] = _text(cell("trade_name"), 200)
        company["legal_name"] = _text(cell("legal_name"), 200)
        company["legal_form"] = _text(cell("legal_form"), 60)
        est["street"] = _text(cell("street"), 120)
        house = take("house_number", normalise.house_number)
        addition = _text(cell("addition"), 10)
        if house and addition:
            try:
                house = normalise.house_number(
                    f"{house}-{addition}"
                    if not addition[0].isalpha() or len(addition) > 1
                    else f"{house}{addition}"
                )
            except InvalidValue as e:
                problems.append(
                    Problem(column=column("addition"), value=addition, message=e.message, params=e.params)
                )
        est["house_number"] = house
        est["postcode"] = take("postcode", normalise.postcode)
        place = take("city", self._place)
        est["city"] = place.name[:80] if place else None
        if place is not None and not place.known and lookups.kernen:
            warnings.append(
                Problem(
                    column=column("city"),
                    value=cell_text(cell("city")),
                    message=QT_TRANSLATE_NOOP(
                        "errors", "{place} is not one of the municipality's places (kernen)."
                    ),
                    params={"place": place.name},
                )
            )
        company["phone"] = take("phone", fast.phone)
        company["email"] = take("email", fast.email)
        website = _text(cell("website"), 300)
        if website:
            try:
                check_website(website)
            except InvalidValue as e:
                problems.append(
                    Problem(column=column("website"), value=website, message=e.message, params=e.params)
                )
                website = None
        company["website"] = website
        company["notes"] = _text(cell("notes"), 10_000)
        est["sbi_code"] = self._sector(cell("sbi_code"), column("sbi_code"), warnings)
        est["employees"] = take("employees", _employees)
        est["status"] = take("status", _status)
        is_main = take("is_main", _yes_no)
        # Chosen per row, else the default for the file.
        area_value = (
            cell("area")
            if "area" in self.columns and cell_text(cell("area"))
            else self.mapping.defaults.get("area")
        )

        def known(field: str, value: object, names: dict[str, int], message: str, param: str) -> int | None:
            """The id ``value`` names in ``names``; an unknown name is a warning, never a silent drop."""
            if not value:
                return None
            found = names.get(fold(cell_text(value)))
            if found is None:
                warnings.append(
                    Problem(
                        column=column(field),
                        value=cell_text(value),
                        message=message,
                        params={param: cell_text(value)},
                    )
                )
            return found

        area_id = known(
            "area",
            area_value,
            lookups.areas,
            QT_TRANSLATE_NOOP("errors", "There is no area called {area}; the row is imported without one."),
            "area",
        )
        if area_id is None and place is not None and place.known:
            area_id = lookups.kernen[place.name]
        est["area_id"] = area_id
        manager = (
            cell("account_manager")
            if cell_text(cell("account_manager"))
            else self.mapping.defaults.get("account_manager")
        )
        manager_id = known(
            "account_manager",
            manager,
            lookups.officials,
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is not a known official; the company is imported without an account manager.",
            ),
            "name",
        )
        company["account_manager_id"] = manager_id
        if est["status"] is None and self.mapping.defaults.get("status"):
            est["status"] = _status(self.mapping.defaults["status"])
        contact = _text(cell("contact_name"), 200)
        if not company["name"] and not est["trade_name"]:
            problems.append(
                Problem(
                    column=column("name" if "name" in self.columns else "trade_name"),
                    value="",
                    message=QT_TRANSLATE_NOOP("errors", "The company has no name."),
                )
            )
        return (
            Record(company=company, establishment=est, is_main=is_main, contact_name=contact),
            problems,
            warnings,
        )

    def _place(self, value: Cell) -> normalise.Place | None:
        """``normalise.place`` once per spelling in the file (a list names the same few places)."""
        text = cell_text(value)
        if text not in self._places:
            self._places[text] = normalise.place(text, self.lookups.kernen)
        return self._places[text]

    def _sector(self, value: Cell, column: str, warnings: list[Problem]) -> str | None:
        text = cell_text(value)
        if not text:
            return None
        code = re.sub(r"[\s.]", "", text.split(" ")[0] if " " in text.strip() else text)
        if code.isdigit() and code not in self.lookups.sectors and code.zfill(4) in self.lookups.sectors:
            code = code.zfill(4)
        if code in self.lookups.sectors:
            return code
        warnings.append(
            Problem(
                column=column,
                value=text,
                message=QT_TRANSLATE_NOOP(
                    "errors", "SBI code {code} is not known; the establishment is imported without one."
                ),
                params={"code": text},
            )
        )
        return None


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[0-9][0-9.,]*", text.strip()))


def _employees(value: Cell) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InvalidValue(QT_TRANSLATE_NOOP("errors", "The number of employees should be a whole number."))
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        text = cell_text(value).replace(".", "").replace(" ", "")
        if not text.isdigit():
            raise InvalidValue(
                QT_TRANSLATE_NOOP("errors", "The number of employees should be a whole number.")
            )
        number = int(text)
    if not 0 <= number <= 1_000_000:
        raise InvalidValue(QT_TRANSLATE_NOOP("errors", "The number of employees should be a whole number."))
    return number


def _status(value: Cell) -> EstablishmentStatus | None:
    text = fold(cell_text(value))
    if not text:
        return None
    if text in _STATUS:
        return _STATUS[text]
    raise InvalidValue(QT_TRANSLATE_NOOP("errors", "The status should be actief, verhuisd or gesloten."))


def _yes_no(value: Cell) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = fold(cell_text(value))
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise InvalidValue(QT_TRANSLATE_NOOP("errors", "Write ja or nee."))


def _profile(key: Any, record: Record, *, names: bool = True) -> Profile:
    """The row as matching sees it; ``names=False``: without its names, whose keys cost the most
    to make, for ``companies_sharing``, which looks at the exact values only."""
    est, company = record.establishment, record.company
    compact = normalise.postcode_compact(est.get("postcode"))
    return Profile(
        key=key,
        kvk_number=company.get("kvk_number"),
        establishment_numbers=frozenset(
            [est["establishment_number"]] if est.get("establishment_number") else []
        ),
        names=tuple(n for n in (company.get("name"), est.get("trade_name"), company.get("legal_name")) if n)
        if names
        else (),
        addresses=frozenset(
            [(compact, normalise.house_number_key(est.get("house_number")))]
            if compact and est.get("house_number")
            else []
        ),
        postcodes=frozenset([compact] if compact else []),
        phones=frozenset([company["phone"]] if company.get("phone") else []),
        emails=frozenset([company["email"]] if company.get("email") else []),
    )


def _row_key(number: int) -> tuple[str, int]:
    return ("row", number)


# -- the trial -------------------------------------------------------------------------------


@requires(Permission.IMPORT_COMPANIES)
def classify(
    session: Session,
    source: Source,
    mapping: Mapping,
    progress: Progress = SILENT,
    *,
    index: MatchIndex | None = None,
) -> Trial:
    """Classify every row of ``source``; writes nothing. ``index``: the existing companies' profiles,
    when the caller has them already."""
    mapping_module.validate(mapping, source.header)
    mark = trail_mark(session)
    lookups = Lookups.read(session)
    reader = RowReader(source.header, mapping, lookups)
    rows: list[RowResult] = []
    total = 0
    for total, (number, cells) in enumerate(source.rows(), start=1):
        if total % CHUNK == 0:
            progress.step(total, 0)
        if reader.is_skipped(cells):
            rows.append(RowResult(number=number, kind=RowClass.SKIPPED))
            continue
        record, problems, warnings = reader.read(number, cells)
        rows.append(
            RowResult(
                number=number,
                kind=RowClass.ERROR if problems else RowClass.NEW,
                name=record.name,
                record=record,
                problems=problems,
                warnings=warnings,
            )
        )
    # The file's vestigingsnummers and KvK numbers that the database holds, through their indexes.
    numbers = {r.record.establishment.get("establishment_number") for r in rows if r.record is not None}
    kvks = {r.record.company.get("kvk_number") for r in rows if r.record is not None}
    establishment_ids: dict[str, tuple[int, int]] = {}
    progress.step(total, 0)
    condition = among(session, Establishment.establishment_number, (n for n in numbers if n))
    if condition is not None:
        for number, est_id, company_id in session.execute(
            select(Establishment.establishment_number, Establishment.id, Establishment.company_id).where(
                condition
            )
        ):
            establishment_ids[number] = (est_id, company_id)
    kvk_ids: dict[str, int] = {}
    condition = among(session, Company.kvk_number, (k for k in kvks if k))
    if condition is not None:
        for kvk, company_id in session.execute(select(Company.kvk_number, Company.id).where(condition)):
            kvk_ids[str(kvk)] = company_id
    # The rows that may come to be compared by name and address (step 3 below): neither their
    # vestigingsnummer nor their KvK number is in the database.
    wanted: list[Profile] = []
    for result in rows:
        if result.kind is RowClass.NEW and result.record is not None:
            est_number = result.record.establishment.get("establishment_number")
            kvk = result.record.company.get("kvk_number")
            if (not est_number or est_number not in establishment_ids) and (not kvk or kvk not in kvk_ids):
                wanted.append(_profile(_row_key(result.number), result.record, names=False))
    if index is None:
        # Only the companies that share a postcode, phone number or e-mail address with those rows
        # can be alike (MatchIndex compares nothing else): a file of 200 rows reads a few hundred
        # profiles, not the 250,000 of the whole register (about 18 s).
        index = MatchIndex()
        rows_read = Progress(report=lambda _done, _total: progress.step(total, 0))  # and may cancel
        near = companies_sharing(session, wanted, rows_read)
        for done, profile in enumerate(company_profiles(session, near), start=1):
            index.add(profile)
            if done % 20_000 == 0:
                progress.step(total, 0)
    row_by_kvk: dict[str, int] = {}
    row_by_establishment: dict[str, int] = {}
    for position, result in enumerate(rows, start=1):
        if position % CHUNK == 0:
            progress.step(total, 0)
        if result.kind is not RowClass.NEW or result.record is None:
            continue
        number, record = result.number, result.record
        kvk = record.company.get("kvk_number")
        est_number = record.establishment.get("establishment_number")
        # 1. The same establishment: exists (an update), or an earlier row had it (a duplicate row).
        if est_number and est_number in row_by_establishment:
            _duplicate_of_row(result, row_by_establishment[est_number], rows)
            continue
        if est_number and est_number in establishment_ids:
            est_id, company_id = establishment_ids[est_number]
            result.kind, result.establishment_id, result.company_id = RowClass.UPDATE, est_id, company_id
        # 2. The same company: another establishment of it, or (no vestigingsnummer) an update.
        elif kvk and kvk in kvk_ids:
            result.company_id = kvk_ids[kvk]
            result.kind = RowClass.NEW_ESTABLISHMENT if est_number else RowClass.UPDATE
        elif kvk and kvk in row_by_kvk:
            earlier = row_by_kvk[kvk]
            earlier_record = rows_by_number(rows, earlier).record
            if (
                est_number
                and earlier_record is not None
                and earlier_record.establishment.get("establishment_number") != est_number
            ):
                result.kind, result.same_as_row = RowClass.NEW_ESTABLISHMENT, earlier
            else:
                _duplicate_of_row(result, earlier, rows)
                continue
        else:
            # 3. Alike by name and address: a person decides.
            profile = _profile(_row_key(number), record)
            match = next(
                (
                    m
                    for m in index.candidates(profile, DUPLICATE_MIN_SCORE)
                    if not _two_kvk(profile, index.get(m.key))
                ),
                None,
            )
            if match is not None:
                result.kind, result.match = RowClass.POSSIBLE_DUPLICATE, match
                if isinstance(match.key, tuple):
                    result.same_as_row = match.key[1]
                else:
                    result.company_id = int(match.key)  # type: ignore[call-overload]
            index.add(profile)
        if kvk and kvk not in row_by_kvk and result.kind in (RowClass.NEW, RowClass.POSSIBLE_DUPLICATE):
            row_by_kvk[kvk] = number
        if est_number:
            row_by_establishment[est_number] = number
    progress.step(total, total)
    _read_existing(session, rows)
    return Trial(header=list(source.header), mapping=mapping, rows=rows, mark=mark)


@requires(Permission.IMPORT_COMPANIES)
def trail_mark(session: Session) -> int:
    """The newest entry of the audit trail: while it stays the newest, nothing has changed."""
    return session.scalar(select(func.max(AuditEntry.id))) or 0


def _two_kvk(a: Profile, b: Profile | None) -> bool:
    return bool(b is not None and a.kvk_number and b.kvk_number and a.kvk_number != b.kvk_number)


def rows_by_number(rows: list[RowResult], number: int) -> RowResult:
    # Rows are in file order with increasing numbers: a binary search.
    lo, hi = 0, len(rows) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if rows[mid].number < number:
            lo = mid + 1
        else:
            hi = mid
    return rows[lo]


def _duplicate_of_row(result: RowResult, earlier: int, rows: list[RowResult]) -> None:
    result.kind, result.same_as_row = RowClass.POSSIBLE_DUPLICATE, earlier
    other = rows_by_number(rows, earlier)
    result.existing = other.name
    result.match = None


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _read_existing(session: Session, rows: list[RowResult]) -> None:
    """What the matched records hold now: the old values of an update, the record a duplicate resembles."""
    company_ids = sorted({r.company_id for r in rows if r.company_id is not None})
    companies: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(company_ids):
        for row in session.execute(
            select(Company.id, *(getattr(Company, f) for f in COMPANY_FIELDS)).where(Company.id.in_(chunk))
        ):
            companies[row[0]] = dict(zip(COMPANY_FIELDS, row[1:], strict=True))
    est_ids = sorted({r.establishment_id for r in rows if r.establishment_id is not None})
    mains: dict[int, dict[str, Any]] = {}
    establishments: dict[int, dict[str, Any]] = {}
    columns = (
        Establishment.id,
        Establishment.company_id,
        Establishment.is_main,
        *(getattr(Establishment, f) for f in ESTABLISHMENT_FIELDS),
    )
    for chunk in _chunks(est_ids):
        for row in session.execute(select(*columns).where(Establishment.id.in_(chunk))):
            establishments[row[0]] = dict(zip(ESTABLISHMENT_FIELDS, row[3:], strict=True))
    for chunk in _chunks(company_ids):
        for row in session.execute(
            select(*columns)
            .where(Establishment.company_id.in_(chunk), Establishment.is_main)
            .order_by(Establishment.id)
        ):
            mains.setdefault(row[1], {"id": row[0], **dict(zip(ESTABLISHMENT_FIELDS, row[3:], strict=True))})
    for result in rows:
        if result.company_id is None or result.record is None:
            continue
        company = companies.get(result.company_id)
        if company is None:
            continue
        main = mains.get(result.company_id)
        result.existing = _describe(company, main)
        if result.kind in (RowClass.UPDATE, RowClass.POSSIBLE_DUPLICATE):
            # A possible duplicate shows what would change if the person chooses to update with it.
            if result.establishment_id is None and main is not None:
                result.establishment_id = main["id"]
            est = establishments.get(result.establishment_id) if result.establishment_id else None
            if est is None and main is not None and main["id"] == result.establishment_id:
                est = main
            result.changes = changes(result.record, company, est)


def _describe(company: dict[str, Any], main: dict[str, Any] | None) -> str:
    parts = [company.get("name") or ""]
    if company.get("kvk_number"):
        parts.append(f"KvK {company['kvk_number']}")
    if main:
        parts.append(
            f"{main.get('street') or ''} {main.get('house_number') or ''}, {main.get('postcode') or ''} {main.get('city') or ''}".strip(
                " ,"
            )
        )
    return " · ".join(p for p in parts if p)


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, enum.Enum):
        old = old.value
    if isinstance(new, enum.Enum):
        new = new.value
    return old == new


def changes(record: Record, company: dict[str, Any], est: dict[str, Any] | None) -> list[Change]:
    """What an update changes: every field the row gives that differs (an empty cell changes nothing)."""
    out = [
        Change(entity="company", field=f, old=company.get(f), new=record.company[f])
        for f in UPDATABLE_COMPANY
        if record.company.get(f) is not None and not _same(company.get(f), record.company[f])
    ]
    if est is not None:
        out += [
            Change(entity="establishment", field=f, old=est.get(f), new=record.establishment[f])
            for f in UPDATABLE_ESTABLISHMENT
            if record.establishment.get(f) is not None and not _same(est.get(f), record.establishment[f])
        ]
    return out


@requires(Permission.IMPORT_COMPANIES)
def trial(session: Session, source: Source, mapping: Mapping, progress: Progress = SILENT) -> Trial:
    """The Proefimport: classify every row; nothing is written (the caller's transaction is rolled back)."""
    return classify(session, source, mapping, progress)


def value_text(value: Any) -> str:
    """A stored value as a person reads it in the trial's old → new."""
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def ensure_rows(rows: Iterable[RowResult]) -> None:
    if not any(True for _ in rows):
        raise DomainError(QT_TRANSLATE_NOOP("errors", "The file holds no rows below its header."))
