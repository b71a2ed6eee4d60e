"""The offline figures for ``admin bench`` (issue 22): taking a set of 500 companies along,
synchronising 1,000 changes made offline, and a synchronisation with nothing to do.

They run against a server of their own beside the benchmark's database — a temporary file on
SQLite, a schema ``bench_offline`` made afresh on PostgreSQL — filled by the demo generator, because
a synchronisation commits on the server and the benchmark's database must stay as it was. The local
file's key goes to a keyring kept in memory for the measurement (the machines that run the
benchmark have no password store), and the file is removed afterwards.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from desktop import memory_keyring
from desktop.bench_figures import Figure, beside_the_collector
from models.companies.entities import Company
from models.consultations.entities import Channel, Interaction
from models.db import Database, normalise_url, schema_url
from models.migrations import migrate
from models.offline import sync
from models.offline.sets import COMPANIES, SetDefinition
from models.tools import demo

SET_COMPANIES = 500
CHANGES = 1000
TARGET_TAKE_MS = 10_000.0
TARGET_SYNC_MS = 10_000.0
TARGET_NOTHING_MS = 1_000.0
SCHEMA = "bench_offline"


@contextmanager
def _scratch_server(url: str, folder: Path) -> Iterator[Database]:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite"):
        database = Database(f"sqlite:///{folder / 'server.db'}")
        try:
            yield database
        finally:
            database.dispose()
        return
    admin = create_engine(parsed.set(query={}).render_as_string(hide_password=False))
    with admin.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
        connection.execute(text(f"CREATE SCHEMA {SCHEMA}"))
    database = Database(schema_url(url, SCHEMA))
    try:
        yield database
    finally:
        database.dispose()
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
        admin.dispose()


def measure_offline(url: str, name: str, companies: int = SET_COMPANIES) -> list[Figure]:
    with (
        memory_keyring.in_memory(),
        tempfile.TemporaryDirectory() as folder,
        _scratch_server(url, Path(folder)) as server,
    ):
        migrate(server)
        demo.generate(server, companies, seed=5)
        return _measure(server, name, Path(folder) / "set.odset", companies)


def _measure(server: Database, name: str, path: Path, companies: int) -> list[Figure]:
    with server.session() as session:
        ids = tuple(session.scalars(select(Company.id).order_by(Company.id).limit(companies)))
    definition = SetDefinition(kind=COMPANIES, company_ids=ids)
    start = time.perf_counter()
    with server.session() as session:
        taken = beside_the_collector(lambda: sync.take(session, definition, path, server=server))
    take_ms = (time.perf_counter() - start) * 1000

    local = sync.open_local(path)  # the offline work: every company's notes, and new contact moments
    try:
        with local.session() as session:
            taken_ids = []
            for company in session.scalars(select(Company).order_by(Company.id)):
                company.notes = "Bijgewerkt onderweg"
                taken_ids.append(company.id)
            for i in range(CHANGES - len(taken_ids)):
                session.add(
                    Interaction(
                        company_id=taken_ids[i % len(taken_ids)],
                        occurred_at=datetime.now(UTC),
                        channel=Channel.VISIT,
                        subject=f"Bezoek onderweg {i + 1}",
                    )
                )
            session.commit()
    finally:
        local.dispose()
    start = time.perf_counter()
    with server.session() as session:
        report = beside_the_collector(lambda: sync.synchronise(session, path, server=server))
    sync_ms = (time.perf_counter() - start) * 1000
    sent = sum(report.sent.values())
    start = time.perf_counter()
    with server.session() as session:
        idle = beside_the_collector(lambda: sync.synchronise(session, path, server=server))
    nothing_ms = (time.perf_counter() - start) * 1000
    rows = sum(taken.counts.values())
    return [
        Figure(
            what=QCoreApplication.translate("bench", "Taking %1 companies along (offline set)").replace(
                "%1", str(SET_COMPANIES)
            ),
            database=name,
            app_ms=take_ms,
            target_ms=TARGET_TAKE_MS,
            note=QCoreApplication.translate("bench", "%1 companies, %2 rows")
            .replace("%1", str(len(ids)))
            .replace("%2", str(rows)),
        ),
        Figure(
            what=QCoreApplication.translate("bench", "Synchronising 1,000 offline changes"),
            database=name,
            app_ms=sync_ms if report.done else None,
            target_ms=TARGET_SYNC_MS,
            note=QCoreApplication.translate("bench", "%1 sent").replace("%1", str(sent)),
        ),
        Figure(
            what=QCoreApplication.translate("bench", "Synchronising with nothing to do"),
            database=name,
            app_ms=nothing_ms if idle.done and not idle.sent else None,
            target_ms=TARGET_NOTHING_MS,
        ),
    ]
