"""The import's figures for ``admin bench``: 100,000 establishments of 50,000 companies from a CSV
file, into an empty database and into the demo database, and the trial run of the same file,
beside the engine's own bulk load of the same rows (executemany on SQLite, COPY on PostgreSQL).

Every import runs in a transaction that is rolled back, so the demo database stays as it was.
Peak memory (RSS) is reported as the process's maximum, which the import may only raise by a bounded amount.
"""

from __future__ import annotations

import csv
import random
import resource
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import insert, text

from desktop.bench_figures import Figure, Spread, beside_the_collector, number
from models.companies.entities import Company, Establishment
from models.db import Database, schema_url
from models.importing.classify import trial
from models.importing.mapping import looks_like_header, suggest
from models.importing.reading import open_source
from models.importing.run import run_import
from models.migrations import migrate
from models.text import fold

COMPANIES = 50_000
PER_COMPANY = 2
TARGET_IMPORT_MS = 60_000.0
TARGET_TRIAL_MS = 20_000.0
_STREETS = ("Dorpsstraat", "Kerklaan", "Noordereinde", "Zuidereinde", "Molenweg", "Stationsweg", "Lindelaan")
_PLACES = ("Loosdrecht", "'s-Graveland", "Kortenhoef", "Ankeveen", "Nederhorst den Berg")
_KINDS = ("Bakkerij", "Kapsalon", "Garage", "Café", "Installatiebedrijf", "Bloemist", "Schildersbedrijf")
HEADER = (
    "KvK-nummer",
    "Vestigingsnummer",
    "Bedrijfsnaam",
    "Straat",
    "Huisnr",
    "Postcode",
    "Plaats",
    "Telefoon",
    "E-mail",
)


def write_csv(path: Path, companies: int = COMPANIES, per_company: int = PER_COMPANY, seed: int = 7) -> int:
    """A Dutch Excel CSV (semicolons, Windows-1252) of ``companies`` × ``per_company`` establishments."""
    rng = random.Random(seed)
    rows = 0
    with path.open("w", encoding="cp1252", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["Bedrijvenlijst (bench)"])
        writer.writerow(HEADER)
        for index in range(companies):
            kvk = f"{90_000_000 + index:08d}"
            name = f"{rng.choice(_KINDS)} {rng.choice(('Jansen', 'De Vries', 'Bakker', 'Visser', 'Smit'))} {index}"
            for n in range(per_company):
                digits = 1000 + (index * 7 + n) % 8999
                letters = chr(65 + index % 26) + chr(65 + (index // 26) % 26)
                writer.writerow(
                    [
                        kvk,
                        f"{900_000_000_000 + index * per_company + n:012d}",
                        name if n == 0 else f"{name} vestiging {n}",
                        rng.choice(_STREETS),
                        str(1 + (index + n) % 300),
                        f"{digits} {letters}",
                        rng.choice(_PLACES),
                        f"035-{rng.randint(1_000_000, 9_999_999)}",
                        f"info@bedrijf{index}.nl",
                    ]
                )
                rows += 1
    return rows


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _free_numbers(start: int, width: int, count: int, taken: set[str]) -> list[str]:
    """``count`` numbers of ``width`` digits from ``start`` on, none of them in ``taken``."""
    found: list[str] = []
    candidate = start
    while len(found) < count:
        number = f"{candidate:0{width}d}"
        if number not in taken:
            found.append(number)
        candidate += 1
    return found


def _engine_bulk_ms(db: Database, companies: int, per_company: int) -> float:
    """The engine's own bulk load of as many companies and establishments (no trail, no search), rolled back."""
    now_sql = "2026-11-23T00:00:00+00:00"
    with db.session() as session:
        base = (session.scalar(text("SELECT coalesce(max(id), 0) FROM company")) or 0) + 1_000_000
        est_base = (session.scalar(text("SELECT coalesce(max(id), 0) FROM establishment")) or 0) + 1_000_000
        from datetime import datetime

        at = datetime.fromisoformat(now_sql)
        # Numbers the database does not hold yet (a demo's random KvK numbers may fall anywhere).
        taken = set(session.scalars(text("SELECT kvk_number FROM company WHERE kvk_number IS NOT NULL")))
        kvks = _free_numbers(80_000_000, 8, companies, taken)
        taken = set(
            session.scalars(
                text("SELECT establishment_number FROM establishment WHERE establishment_number IS NOT NULL")
            )
        )
        numbers = _free_numbers(800_000_000_000, 12, companies * per_company, taken)
        company_rows = [
            {
                "id": base + i,
                "kvk_number": kvks[i],
                "name": f"Bedrijf {i}",
                "name_folded": fold(f"Bedrijf {i}"),
                "version": 1,
                "created_at": at,
                "updated_at": at,
            }
            for i in range(companies)
        ]
        est_rows = [
            {
                "id": est_base + i * per_company + n,
                "company_id": base + i,
                "establishment_number": numbers[i * per_company + n],
                "trade_name": f"Bedrijf {i}",
                "street": "Dorpsstraat",
                "house_number": "1",
                "postcode": "1234 AB",
                "postcode_compact": "1234AB",
                "city": "Loosdrecht",
                "status": "active",
                "is_main": n == 0,
                "version": 1,
                "created_at": at,
                "updated_at": at,
            }
            for i in range(companies)
            for n in range(per_company)
        ]
        started = time.perf_counter()
        if db.is_sqlite:
            session.execute(insert(Company.__table__), company_rows)
            session.execute(insert(Establishment.__table__), est_rows)
        else:
            driver = session.connection().connection.driver_connection
            assert driver is not None
            with driver.cursor() as cursor:
                for table, rows in (("company", company_rows), ("establishment", est_rows)):
                    columns = list(rows[0])
                    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row([row[c] for c in columns])
        elapsed = (time.perf_counter() - started) * 1000
        session.rollback()
    return elapsed


def _import_ms(db: Database, path: Path) -> tuple[float, float, dict[str, int]]:
    """(trial ms, import ms, what was written), each in a transaction rolled back."""
    source = open_source(path, looks_like_header=looks_like_header)
    mapping = suggest(source.header)
    with db.session() as session:
        started = time.perf_counter()
        beside_the_collector(lambda: trial(session, source, mapping))
        trial_ms = (time.perf_counter() - started) * 1000
        session.rollback()
    with db.session() as session:
        started = time.perf_counter()
        result = beside_the_collector(lambda: run_import(session, source, mapping))
        session.flush()
        import_ms = (time.perf_counter() - started) * 1000
        session.rollback()
    return trial_ms, import_ms, result.written


@contextmanager
def _empty_database(db: Database, folder: Path) -> Iterator[Database]:
    """A migrated, empty database beside ``db``: a SQLite file in ``folder``, or a schema of its own
    on the same PostgreSQL server (dropped afterwards, with the role groups a migration made for it)."""
    if db.is_sqlite:
        empty = Database(f"sqlite:///{folder / 'empty.db'}")
        try:
            migrate(empty)
            yield empty
        finally:
            empty.dispose()
        return
    schema = f"bench_import_{uuid.uuid4().hex[:10]}"
    with db.engine.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    empty = Database(schema_url(db.url, schema))
    try:
        migrate(empty)
        yield empty
    finally:
        empty.dispose()
        with db.engine.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
            database = connection.execute(text("SELECT current_database()")).scalar_one()
            for role in connection.scalars(
                text("SELECT rolname FROM pg_roles WHERE rolname LIKE :prefix"),
                {"prefix": f"ondernemersdesk\\_{database}\\_{schema}\\_%"},
            ).all():
                connection.execute(text(f'DROP OWNED BY "{role}"'))
                connection.execute(text(f'DROP ROLE "{role}"'))


def once(ms: float) -> Spread:
    """The spread of a figure measured once: the report says "1 run" instead of a range."""
    return Spread(low=ms, high=ms, runs=1)


def measure_import(db: Database, name: str, *, companies: int = COMPANIES) -> list[Figure]:
    """The import's figures into an empty database beside ``db`` and into ``db`` (the demo)."""
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as folder, _empty_database(db, Path(folder)) as empty:
        path = Path(folder) / "bedrijven.csv"
        rows = write_csv(path, companies)
        targets = [(QCoreApplication.translate("bench", "empty database"), empty)]
        targets.append((QCoreApplication.translate("bench", "into the demo"), db))
        for where, target in targets:
            engine_ms = _engine_bulk_ms(target, companies, PER_COMPANY)
            trial_ms, import_ms, written = _import_ms(target, path)
            note = (
                QCoreApplication.translate("bench", "%1 rows, %2; %3 companies written; peak RSS %4 MB")
                .replace("%1", number(rows))
                .replace("%2", where)
                .replace("%3", number(written["companies"]))
                .replace("%4", f"{_peak_mb():.0f}")
            )
            figures.append(
                Figure(
                    what=QCoreApplication.translate(
                        "bench", "Import of a CSV file (trial, writing, trail, search index)"
                    ),
                    database=name,
                    app_ms=import_ms,
                    engine_ms=engine_ms,
                    app_spread=once(import_ms),  # it writes: measured once per database
                    engine_spread=once(engine_ms),
                    target_ms=TARGET_IMPORT_MS,
                    note=note,
                )
            )
            figures.append(
                Figure(
                    what=QCoreApplication.translate("bench", "Trial run (Proefimport) of the same file"),
                    database=name,
                    app_ms=trial_ms,
                    engine_ms=engine_ms,
                    app_spread=once(trial_ms),
                    engine_spread=once(engine_ms),
                    target_ms=TARGET_TRIAL_MS,
                    note=where,
                )
            )
    return figures
