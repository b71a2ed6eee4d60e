"""The load test: many desks editing the same few files at once, and proof nothing was lost.

Each client is a thread with its own ``Database`` (its own engine and connections, like a
desk on its own computer) and its own official. It edits a small, shared set of companies
(the notes) and agreements (the status) through the real services, always with the version
it last read, as a person would with a file opened a while ago. A ``ConflictError`` is what a
person would see: the client reads the record again and counts a conflict.

Afterwards every record is checked: its version is 1 + the saves the clients recorded as
successful, the saved versions are exactly 2..n+1 (each once), the value in the database
is that of the last successful save, and the audit trail holds exactly one entry per save,
in the same order, by the same official. Any other exception is a failure of the test.
"""

from __future__ import annotations

import contextlib
import random
import statistics
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from models.audit.entities import AuditEntry
from models.base import utcnow
from models.companies import services as companies
from models.companies.entities import Company
from models.companies.services import CompanyInput, EstablishmentInput
from models.consultations import services as consultations
from models.consultations.entities import Agreement, AgreementStatus, Channel
from models.consultations.services import NEEDS_NOTE, TRANSITIONS, AgreementInput, InteractionInput
from models.db import Database, normalise_url, schema_url
from models.errors import ConflictError, DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.migrations import migrate
from models.team.entities import Role, User

COMPANY, AGREEMENT = "company", "agreement"


@dataclass(frozen=True, kw_only=True)
class Save:
    kind: str
    record_id: int
    version: int  # the version the save produced
    value: str
    user_id: int


@dataclass(kw_only=True)
class ClientResult:
    attempts: int = 0
    conflicts: int = 0
    saves: list[Save] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)  # seconds per attempt, saved or not


@dataclass(kw_only=True)
class LoadReport:
    clients: int
    edits_per_client: int
    records: dict[str, int]
    seconds: float
    attempts: int
    saves: int
    conflicts: int
    errors: list[str]
    problems: list[str]  # lost or doubled updates found by the check; empty when all is well
    p50_ms: float
    p95_ms: float
    max_ms: float

    @property
    def saves_per_second(self) -> float:
        return self.saves / self.seconds if self.seconds else 0.0

    @property
    def attempts_per_second(self) -> float:
        return self.attempts / self.seconds if self.seconds else 0.0

    @property
    def ok(self) -> bool:
        return not self.errors and not self.problems and self.attempts == self.saves + self.conflicts


def _percentile(values: list[float], fraction: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def _company_name(i: int) -> str:
    return f"Loadtest Onderneming {i + 1}"


def prepare(
    database: Database, clients: int, companies_count: int, agreements_count: int
) -> tuple[list[int], list[tuple[str, int]]]:
    """Officials (one per client) and the shared files; returns (user ids, targets)."""
    with database.session() as session:
        users = [
            User(
                username=f"load{uuid.uuid4().hex[:8]}",
                full_name=f"Loadtest medewerker {n + 1}",
                role=Role.BUSINESS_MANAGER,
            )
            for n in range(clients)
        ]
        session.add_all(users)
        session.commit()
        user_ids = [u.id for u in users]
    targets: list[tuple[str, int]] = []
    company_ids = []
    for i in range(companies_count):
        with database.session() as session:
            company_id = companies.create_company(
                session,
                CompanyInput(name=_company_name(i)),
                EstablishmentInput(
                    street="Noordereinde", house_number=str(i + 1), postcode="1243 JJ", city="'s-Graveland"
                ),
                allow_duplicate=True,
            )
            session.commit()
        company_ids.append(company_id)
        targets.append((COMPANY, company_id))
    with database.session(user_ids[0]) as session:
        per_company: dict[int, list[AgreementInput]] = {}
        for i in range(agreements_count):
            per_company.setdefault(company_ids[i % len(company_ids)], []).append(
                AgreementInput(description=f"Afspraak {i + 1}", assignee_id=user_ids[i % len(user_ids)])
            )
        for company_id, items in per_company.items():
            consultations.log_interaction(
                session,
                company_id,
                InteractionInput(
                    occurred_at=utcnow(),
                    channel=Channel.VISIT,
                    subject="Loadtest",
                    official_ids=[user_ids[0]],
                    agreements=items,
                ),
            )
        session.commit()
        agreement_ids = session.scalars(
            select(Agreement.id).where(Agreement.company_id.in_(company_ids)).order_by(Agreement.id)
        ).all()
    targets.extend((AGREEMENT, a) for a in agreement_ids)
    return user_ids, targets


def _read(database: Database, kind: str, record_id: int) -> tuple[int, str]:
    """(version, value) as a desk reads them now."""
    with database.session() as session:
        if kind == COMPANY:
            row = session.execute(select(Company.version, Company.notes).where(Company.id == record_id)).one()
            return row[0], row[1] or ""
        version, status = session.execute(
            select(Agreement.version, Agreement.status).where(Agreement.id == record_id)
        ).one()
        return version, AgreementStatus(status).value


def _client(
    number: int,
    url: str,
    user_id: int,
    targets: list[tuple[str, int]],
    edits: int,
    seed: int,
    start: threading.Barrier,
    result: ClientResult,
) -> None:
    database = Database(url)  # a desk of its own: its own engine and connections
    rng = random.Random(seed * 1000 + number)
    names: dict[int, str] = {}
    try:
        known = {t: _read(database, *t) for t in targets}
        with database.session() as session:
            for kind, record_id in targets:
                if kind == COMPANY:
                    names[record_id] = session.execute(
                        select(Company.name).where(Company.id == record_id)
                    ).scalar_one()
        start.wait()
        for i in range(edits):
            target = rng.choice(targets)
            kind, record_id = target
            version, current = known[target]
            value = f"client {number + 1}, edit {i + 1}"
            started = time.perf_counter()
            result.attempts += 1
            try:
                with database.session(user_id) as session:
                    if kind == COMPANY:
                        new_version = companies.update_company(
                            session, record_id, version, CompanyInput(name=names[record_id], notes=value)
                        )
                    else:
                        status = rng.choice(sorted(TRANSITIONS[AgreementStatus(current)]))
                        note = value if status in NEEDS_NOTE else ""
                        new_version = consultations.set_agreement_status(
                            session, record_id, version, status, note
                        )
                        value = status.value
                    session.commit()
                result.saves.append(
                    Save(kind=kind, record_id=record_id, version=new_version, value=value, user_id=user_id)
                )
                known[target] = (new_version, value)
            except ConflictError:
                result.conflicts += 1
                known[target] = _read(database, kind, record_id)  # what the person sees now
            except Exception as exc:  # every other failure is a finding
                result.errors.append(f"client {number + 1}: {type(exc).__name__}: {exc}")
                known[target] = _read(database, kind, record_id)
            finally:
                result.latencies.append(time.perf_counter() - started)
    except Exception as exc:
        result.errors.append(f"client {number + 1} stopped: {type(exc).__name__}: {exc}")
        start.abort()
    finally:
        database.dispose()


def verify(database: Database, targets: list[tuple[str, int]], saves: list[Save]) -> list[str]:
    """Every record against the saves the clients recorded: the list of what is wrong."""
    problems: list[str] = []
    for kind, record_id in targets:
        mine = sorted(
            (s for s in saves if s.kind == kind and s.record_id == record_id), key=lambda s: s.version
        )
        version, value = _read(database, kind, record_id)
        if version != 1 + len(mine):
            problems.append(f"{kind} {record_id}: version {version}, but {len(mine)} saves were reported")
        if [s.version for s in mine] != list(range(2, 2 + len(mine))):
            problems.append(f"{kind} {record_id}: saved versions are not 2..{1 + len(mine)} each once")
        if mine and value != mine[-1].value:
            problems.append(f"{kind} {record_id}: holds {value!r}, the last save was {mine[-1].value!r}")
        field_name = "notes" if kind == COMPANY else "status"
        with database.session() as session:
            trail = session.execute(
                select(AuditEntry.new_value, AuditEntry.user_id)
                .where(
                    AuditEntry.entity == kind,
                    AuditEntry.entity_id == record_id,
                    AuditEntry.field == field_name,
                    AuditEntry.action == "update",
                )
                .order_by(AuditEntry.id)
            ).all()
        if [(row[0], row[1]) for row in trail] != [(s.value, s.user_id) for s in mine]:
            problems.append(
                f"{kind} {record_id}: the audit trail has {len(trail)} entries for {len(mine)} saves, or another order"
            )
    return problems


def _own_schema(url: str) -> tuple[str, Callable[[], None]]:
    """A fresh schema for the run on a PostgreSQL URL that does not choose one itself."""
    parsed = make_url(url)
    if "options" in parsed.query:
        return url, lambda: None
    schema = f"loadtest_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))

    def drop() -> None:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()

    return schema_url(url, schema), drop


def run(
    url: str,
    *,
    clients: int = 20,
    edits: int = 200,
    companies_count: int = 6,
    agreements_count: int = 6,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> LoadReport:
    """Run the load test against the PostgreSQL server at ``url`` (in a schema of its own,
    dropped afterwards, unless the URL chooses one) and check the result."""
    url = normalise_url(url)
    if make_url(url).drivername.startswith("sqlite"):
        raise DomainError(QT_TRANSLATE_NOOP("errors", "The load test needs a PostgreSQL server."))
    url, cleanup = _own_schema(url)
    try:
        database = Database(url)
        try:
            migrate(database)
            user_ids, targets = prepare(database, clients, companies_count, agreements_count)
            results = [ClientResult() for _ in range(clients)]
            start = threading.Barrier(clients + 1)
            threads = [
                threading.Thread(
                    target=_client,
                    args=(n, url, user_ids[n], targets, edits, seed, start, results[n]),
                    name=f"loadtest-{n + 1}",
                )
                for n in range(clients)
            ]
            for thread in threads:
                thread.start()
            with contextlib.suppress(threading.BrokenBarrierError):  # a client could not start:
                start.wait()  # its error is in the report
            began = time.perf_counter()
            total = clients * edits
            while any(t.is_alive() for t in threads):
                for thread in threads:
                    thread.join(0.5)
                if progress is not None:
                    progress(sum(r.attempts for r in results), total)
            seconds = time.perf_counter() - began
            saves = [s for r in results for s in r.saves]
            latencies = [x for r in results for x in r.latencies]
            problems = verify(database, targets, saves)
        finally:
            database.dispose()
    finally:
        cleanup()
    return LoadReport(
        clients=clients,
        edits_per_client=edits,
        records={
            COMPANY: sum(1 for k, _ in targets if k == COMPANY),
            AGREEMENT: sum(1 for k, _ in targets if k == AGREEMENT),
        },
        seconds=seconds,
        attempts=sum(r.attempts for r in results),
        saves=len(saves),
        conflicts=sum(r.conflicts for r in results),
        errors=[e for r in results for e in r.errors],
        problems=problems,
        p50_ms=statistics.median(latencies) * 1000 if latencies else 0.0,
        p95_ms=_percentile(latencies, 0.95) * 1000,
        max_ms=max(latencies, default=0.0) * 1000,
    )
