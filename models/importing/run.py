"""Writing an import: the rows of a trial, in batches, with the audit trail marked with the import.

Rows are written with Core inserts (COPY on PostgreSQL, executemany on SQLite: ``models.bulk``) and
updates grouped by the fields they change; the search documents of new companies are built from the
same plain dicts (``search.document``). The audit trail says "import N" for every record created or
field changed: on PostgreSQL the server's triggers write it and mark it (``mark_import``); on SQLite,
where the application's trail only sees ORM objects, the entries are written here, in the same form.
Everything happens in the caller's one transaction: a cancel (``Progress.step``) or an error rolls
all of it back, so nothing is half-written.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import bindparam, insert, select, text, update
from sqlalchemy.orm import Session

from models.audit.entities import AuditEntry
from models.audit.values import CREATE, IMPORT_BATCH, UPDATE, text_value
from models.base import CURRENT_USER, utcnow
from models.bulk import bulk_insert
from models.companies import search
from models.companies.entities import Company, CompanyContact, Contact, Establishment, EstablishmentStatus
from models.importing import mapping as mapping_module
from models.importing.classify import (
    Change,
    Decision,
    Record,
    RowClass,
    RowResult,
    Trial,
    classify,
    trail_mark,
)
from models.importing.entities import ImportBatch
from models.importing.mapping import Mapping
from models.importing.reading import Source
from models.matching.normalise import postcode_compact
from models.permissions import Permission, requires
from models.progress import SILENT, Progress
from models.server import audit as server_audit
from models.text import fold

BATCH = 2000
T = TypeVar("T")
_PREFIXES = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "ter",
    "ten",
    "te",
    "in",
    "t",
    "'t",
    "op",
    "la",
    "le",
    "du",
    "d",
    "von",
}


@dataclass(kw_only=True)
class ImportResult:
    batch_id: int
    trial: Trial
    written: dict[str, int]  # what was written: companies, establishments, contacts, updated


def _ids(session: Session, table: str, count: int) -> list[int]:
    """``count`` new ids for ``table``: from its sequence on PostgreSQL; after the highest on SQLite,
    where this transaction already holds the write lock (the import's own row was written first)."""
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return list(
            session.scalars(
                text(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, :n)"),
                {"n": count},
            )
        )
    start = (session.scalar(text(f"SELECT max(id) FROM {table}")) or 0) + 1
    return list(range(start, start + count))


def _batches(rows: Sequence[T], size: int = BATCH) -> Iterator[Sequence[T]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _national(stored: str) -> str:
    """``+31351234567`` as typed in the Netherlands (``search.phone_digits``), without phonenumbers
    for a Dutch number."""
    return "0" + stored[3:] if stored.startswith("+31") else search.phone_digits(stored)


def _document(
    company: dict[str, Any], establishments: list[dict[str, Any]], contacts: list[dict[str, Any]]
) -> str:
    """``search.document`` of a new company, its phone numbers appended as national digits here:
    through phonenumbers they cost ~50 µs each, most of the writing's time at 100,000 rows (as the
    demo data's writer does; the next edit of the company rebuilds the canonical order)."""
    phones = [
        company.get("phone"),
        *(e.get("phone") for e in establishments),
        *(c.get("phone") for c in contacts),
    ]
    doc = search.document(
        {**company, "phone": None},
        [{**e, "phone": None} for e in establishments],
        [{**c, "phone": None} for c in contacts],
    )
    return "  ".join([doc, *(_national(p) for p in phones if p)])


def split_name(full: str) -> tuple[str | None, str | None, str]:
    """``Jan van der Berg`` as (first name, prefix, last name)."""
    words = full.split()
    if len(words) == 1:
        return None, None, words[0]
    first, rest = words[0], words[1:]
    prefix: list[str] = []
    while len(rest) > 1 and rest[0].lower() in _PREFIXES:
        prefix.append(rest.pop(0))
    return first[:80], (" ".join(prefix)[:20] or None), " ".join(rest)[:120]


class _Writer:
    def __init__(self, session: Session, batch_id: int) -> None:
        self.session = session
        self.batch_id = batch_id
        self.user_id = session.info.get(CURRENT_USER)
        self.now = utcnow()
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        self.companies: list[dict[str, Any]] = []
        self.establishments: list[dict[str, Any]] = []
        self.contacts: list[dict[str, Any]] = []
        self.links: list[dict[str, Any]] = []
        self.company_of_row: dict[int, int] = {}
        self.members: dict[int, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
        self.updates: list[tuple[str, int, list[Change]]] = []
        self.touched: set[int] = set()  # existing companies whose search document changes

    def versioned(self, **values: Any) -> dict[str, Any]:
        return {
            **values,
            "version": 1,
            "created_at": self.now,
            "updated_at": self.now,
            "updated_by_id": self.user_id,
        }

    def plan(self, trial: Trial, decisions: dict[int, Decision], default: Decision) -> dict[RowClass, int]:
        """Decide per row what is written; returns how many rows of each class are."""
        new = [r for r in trial.rows if r.kind == RowClass.NEW]
        duplicates = [r for r in trial.rows if r.kind == RowClass.POSSIBLE_DUPLICATE]
        as_new, as_update = [], []
        for row in duplicates:
            decision = decisions.get(row.number, default)
            # An exact repeat of an earlier row (same vestigingsnummer or KvK) cannot be new again.
            if decision == Decision.NEW and (row.match is not None or row.same_as_row is None):
                as_new.append(row)
            elif decision == Decision.UPDATE and row.company_id is not None:
                as_update.append(row)
        company_ids = iter(_ids(self.session, "company", len(new) + len(as_new)))
        for row in sorted([*new, *as_new], key=lambda r: r.number):
            assert row.record is not None
            company_id = next(company_ids)
            self.company_of_row[row.number] = company_id
            company = self.versioned(
                id=company_id,
                name_folded=fold(row.record.name),
                archived_at=None,
                **{**row.record.company, "name": row.record.name},
            )
            self.companies.append(company)
            self.members[company_id] = ([], [])
            self._establishment(company_id, row.record, main=True)
            if row.record.contact_name:
                self._contact(company_id, row.record.contact_name)
        for row in trial.rows:
            if row.kind != RowClass.NEW_ESTABLISHMENT or row.record is None:
                continue
            owner: int | None = (
                row.company_id
                if row.company_id is not None
                else self.company_of_row.get(row.same_as_row or -1)
            )
            if owner is None:
                continue  # the row it belongs to was left out
            if row.company_id is not None:
                self.touched.add(owner)
            self._establishment(owner, row.record, main=False, phone=True)
        for row in (*[r for r in trial.rows if r.kind == RowClass.UPDATE], *as_update):
            if row.changes and row.company_id is not None:
                self._update(row)
        written = {
            RowClass.NEW: len(new) + len(as_new),
            RowClass.UPDATE: sum(1 for r in trial.rows if r.kind == RowClass.UPDATE) + len(as_update),
            RowClass.NEW_ESTABLISHMENT: sum(1 for r in trial.rows if r.kind == RowClass.NEW_ESTABLISHMENT),
        }
        return written

    def _establishment(self, company_id: int, record: Record, *, main: bool, phone: bool = False) -> None:
        est = record.establishment
        row = self.versioned(
            id=0,
            company_id=company_id,
            establishment_number=est.get("establishment_number"),
            trade_name=est.get("trade_name") or record.name,
            street=est.get("street") or "",
            house_number=est.get("house_number") or "",
            postcode=est.get("postcode") or "",
            postcode_compact=postcode_compact(est.get("postcode")),
            city=est.get("city") or "",
            area_id=est.get("area_id"),
            sbi_code=est.get("sbi_code"),
            employees=est.get("employees"),
            status=est.get("status") or EstablishmentStatus.ACTIVE,
            is_main=main,
            phone=record.company.get("phone") if phone else None,
            email=record.company.get("email") if phone else None,
            archived_at=None,
        )
        self.establishments.append(row)
        if company_id in self.members:
            self.members[company_id][0].append(row)

    def _contact(self, company_id: int, name: str) -> None:
        first, prefix, last = split_name(name)
        contact = self.versioned(
            id=0,
            first_name=first,
            name_prefix=prefix,
            last_name=last,
            email=None,
            phone=None,
            notes=None,
            archived_at=None,
        )
        self.contacts.append(contact)
        self.links.append(self.versioned(id=0, company_id=company_id, contact_id=0, role=None))
        self.members[company_id][1].append(contact)

    def _update(self, row: RowResult) -> None:
        assert row.company_id is not None
        company = [c for c in row.changes if c.entity == "company"]
        est = [c for c in row.changes if c.entity == "establishment"]
        if company:
            self.updates.append(("company", row.company_id, company))
        if est and row.establishment_id is not None:
            self.updates.append(("establishment", row.establishment_id, est))
        self.touched.add(row.company_id)

    def write(self, progress: Progress) -> None:
        session = self.session
        for row, new_id in zip(
            self.establishments, _ids(session, "establishment", len(self.establishments)), strict=True
        ):
            row["id"] = new_id
        for row, new_id in zip(self.contacts, _ids(session, "contact", len(self.contacts)), strict=True):
            row["id"] = new_id
        for link, contact, new_id in zip(
            self.links, self.contacts, _ids(session, "company_contact", len(self.links)), strict=True
        ):
            link["id"], link["contact_id"] = new_id, contact["id"]
        total = len(self.companies) + len(self.establishments) + len(self.contacts) + len(self.updates)
        done = 0
        for entity, rows in (
            (Company, self.companies),
            (Establishment, self.establishments),
            (Contact, self.contacts),
            (CompanyContact, self.links),
        ):
            for part in _batches(rows):
                bulk_insert(session, entity, list(part))
                self._trail_created(entity.__tablename__, part)
                if entity is not CompanyContact:
                    done += len(part)
                progress.step(done, total)
        for chunk in _batches(self.companies):
            docs = [{"id": c["id"], "doc": _document(c, *self.members[c["id"]])} for c in chunk]
            search.write_documents(session, docs, replace=False)
        grouped: dict[tuple[str, tuple[str, ...]], list[tuple[int, list[Change]]]] = {}
        for entity_name, record_id, changes in self.updates:
            grouped.setdefault((entity_name, tuple(c.field for c in changes)), []).append(
                (record_id, changes)
            )
        for (entity_name, fields), records in grouped.items():
            table = (Company if entity_name == "company" else Establishment).__table__
            values: dict[str, Any] = {f: bindparam("v_" + f) for f in fields}
            if "name" in fields:
                values["name_folded"] = bindparam("v_name_folded")
            if "postcode" in fields:
                values["postcode_compact"] = bindparam("v_postcode_compact")
            values.update(version=table.c.version + 1, updated_at=self.now, updated_by_id=self.user_id)
            statement = update(table).where(table.c.id == bindparam("b_id")).values(values)
            for group in _batches(records):
                params = []
                for record_id, changes in group:
                    p: dict[str, Any] = {"b_id": record_id}
                    for change in changes:
                        p["v_" + change.field] = change.new
                    if "name" in fields:
                        p["v_name_folded"] = fold(p["v_name"])
                    if "postcode" in fields:
                        p["v_postcode_compact"] = postcode_compact(p["v_postcode"])
                    params.append(p)
                session.connection().execute(statement, params)
                self._trail_updated(entity_name, group)
                done += len(group)
                progress.step(done, total)
        touched = sorted(self.touched)
        for start in range(0, len(touched), BATCH):
            search.refresh(session, touched[start : start + BATCH])

    # -- the audit trail on SQLite (the server's triggers write it on PostgreSQL) ------------

    def _trail(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.session.execute(insert(AuditEntry.__table__).inline(), rows)

    def _entry(
        self,
        entity: str,
        entity_id: int,
        action: str,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
    ) -> dict[str, Any]:
        return {
            "at": self.now,
            "user_id": self.user_id,
            "entity": entity,
            "entity_id": entity_id,
            "action": action,
            "field": field,
            "old_value": text_value(old),
            "new_value": text_value(new),
            "import_batch_id": self.batch_id,
        }

    def _trail_created(self, entity: str, rows: Sequence[dict[str, Any]]) -> None:
        if self.sqlite:
            self._trail([self._entry(entity, r["id"], CREATE) for r in rows])

    def _trail_updated(self, entity: str, records: Sequence[tuple[int, list[Change]]]) -> None:
        if self.sqlite:
            self._trail(
                [
                    self._entry(entity, record_id, UPDATE, c.field, c.old, c.new)
                    for record_id, changes in records
                    for c in changes
                ]
            )


@requires(Permission.IMPORT_COMPANIES)
def run_import(
    session: Session,
    source: Source,
    mapping: Mapping,
    *,
    decisions: dict[int, Decision] | None = None,
    default_decision: Decision = Decision.SKIP,
    progress: Progress = SILENT,
    tried: Trial | None = None,
) -> ImportResult:
    """Import the file: classify it again in this transaction, then write what the trial showed.
    Possible duplicates follow ``decisions`` (by row number), else ``default_decision``. ``tried``:
    the trial the person saw, written as it is when the trail shows no change since it began.
    The caller commits; a cancel or an error leaves the transaction to be rolled back."""
    mapping_module.validate(mapping, source.header)
    batch = ImportBatch(
        user_id=session.info.get(CURRENT_USER),
        file_name=source.path.name[:260],
        file_kind=source.kind,
        mapping=mapping.to_json(source.header),
        at=utcnow(),
    )
    session.add(batch)
    session.flush()  # on SQLite: the write lock, held until the commit (ids are taken after the highest)

    if (
        tried is not None
        and tried.mapping == mapping
        and tried.header == source.header
        and tried.mark == trail_mark(session)
    ):
        trial = tried  # nothing changed since the trial began: its plan is what the database holds
    else:
        # Reading and classifying: how far is not known yet (the file is streamed), cancel is.
        trial = classify(
            session,
            source,
            mapping,
            Progress(report=lambda d, t: progress.report(0, 0), is_cancelled=progress.is_cancelled),
        )
    server_audit.mark_import(session.connection(), batch.id)
    session.info[IMPORT_BATCH] = batch.id
    try:
        writer = _Writer(session, batch.id)
        written_rows = writer.plan(trial, decisions or {}, default_decision)
        writer.write(progress)
    finally:
        session.info.pop(IMPORT_BATCH, None)
    # Not in the finally: after a failed statement the transaction takes no more (the setting is
    # the transaction's own and goes with its rollback).
    server_audit.mark_import(session.connection(), None)
    counts = {kind.value: n for kind, n in trial.counts().items()}
    counts["written"] = sum(written_rows.values())
    batch.rows = len(trial.rows)
    batch.counts = json.dumps(counts)
    batch.report = json.dumps([list(r) for r in trial.report()], ensure_ascii=False, default=str)
    mapping_module.remember(session, source.header, mapping)
    session.flush()
    return ImportResult(
        batch_id=batch.id,
        trial=trial,
        written={
            "companies": len(writer.companies),
            "establishments": len(writer.establishments),
            "contacts": len(writer.contacts),
            "updated": len(writer.updates),
        },
    )


@dataclass(frozen=True, kw_only=True)
class BatchSummary:
    id: int
    at: datetime
    user: str | None
    file_name: str
    rows: int
    counts: dict[str, int]
    undone_at: datetime | None


@requires(Permission.IMPORT_COMPANIES)
def history(session: Session, limit: int = 200) -> list[BatchSummary]:
    """Importgeschiedenis: who imported which file when, with the counts per class; newest first."""
    from models.team.entities import User

    rows = session.execute(
        select(ImportBatch, User.full_name)
        .outerjoin(User, User.id == ImportBatch.user_id)
        .order_by(ImportBatch.id.desc())
        .limit(limit)
    ).all()
    return [
        BatchSummary(
            id=b.id,
            at=b.at,
            user=name,
            file_name=b.file_name,
            rows=b.rows,
            counts=json.loads(b.counts),
            undone_at=b.undone_at,
        )
        for b, name in rows
    ]


@requires(Permission.IMPORT_COMPANIES)
def batch_report(session: Session, batch_id: int) -> list[list[Any]]:
    """The error report of an import again: [row, column, value, problem, parameters]."""
    report = session.scalar(select(ImportBatch.report).where(ImportBatch.id == batch_id))
    return json.loads(report) if report else []
