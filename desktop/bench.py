"""The benchmark: ``python main.py admin bench [--size small|large] [--database URL …] [--out FILE.md]``.

Answers the first question a municipality's IT department asks: does it stay fast with all
our companies and years of history? Every figure is measured on a deterministic demo
database (built once, then reused) and set beside the same work done by the bare engine in
the same run (the search query written directly in SQL against the same indexes; an empty Qt
window's start), so the report shows the application's overhead as a ratio as well as an
absolute time that depends on the machine. The targets (docs/architecture.md) are printed beside the
figures; a missed target is reported, never raised: the benchmark does not fail anything.

The application's figures are taken through the same services (and, for the company file,
the same window) a person uses; each is the median of a few repetitions after one warm-up,
except search, which reports p50 and p95 over a fixed list of fragments and keystrokes.
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEvent, QEventLoop
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from desktop import bench_profile, bench_window
from desktop.bench_figures import (
    REPEAT,
    TARGET_ALL_CANDIDATES,
    TARGET_COMPANY_FILE,
    TARGET_EXPORT_XLSX,
    TARGET_MERGE,
    TARGET_ONE_COMPANY_CANDIDATES,
    TARGET_PDF_20_PAGES,
    TARGET_SEARCH_P95,
    Figure,
    RelevanceFigure,
    Spread,
    Timed,
    beside_the_collector,
    collector_tick,
    figures_json,
    median_ms,
    number,
    regressions,
    render_report,
)
from desktop.bench_import import COMPANIES as IMPORT_COMPANIES
from desktop.bench_import import measure_import
from desktop.bench_offline import SET_COMPANIES, measure_offline
from desktop.bench_start import COLD_START_REPEAT, measure_cold_start, measure_empty_window
from desktop.bench_words import measure_word_search
from desktop.bootstrap import stylesheet
from desktop.dutch_argparse import Count
from models.companies import listing, relevance
from models.companies import services as companies
from models.companies.entities import Company, Contact, Establishment
from models.companies.search import TABLE as SEARCH_TABLE
from models.companies.search import SearchService
from models.consultations import services as consultations
from models.consultations.entities import OPEN_STATUSES, Agreement, Interaction
from models.db import Database, normalise_url, schema_url
from models.documents import services as documents
from models.duplicates import candidates as duplicate_candidates
from models.duplicates import merge as duplicate_merge
from models.exporting import lists as exporting
from models.migrations import migrate
from models.team.entities import Role, User
from models.text import fold
from models.tools import demo
from views.common.garbage import collect_on_main_thread
from views.common.paths import data_dir
from views.common.settings import Settings
from views.common.table_model import LazyTableModel
from views.common.worker import DatabaseWorker
from views.companies.companies_page import CompanyListModel
from views.documents import report as conversation_report
from views.documents.briefing import render_briefing
from views.documents.dossier import render_dossier
from views.shell.main_window import MainWindow

# How many companies each size generates: ``small`` about 10,000 establishments, ``large``
# about 290,000 establishments, 310,000 contact persons, 1.9 million contact moments and
# 440,000 agreements (see models/tools/demo.py and models/tools/demo_consultations.py).
SIZES = {"small": 8_700, "large": 250_000}
SEED = 1
# The demo's history is placed relative to this day, so that every run builds the same data.
BENCH_TODAY = date(2026, 11, 23)
BENCH_PG_ENV = "ONDERNEMERSDESK_BENCH_PG"
# Issue 20: the company list scrolled to the end at most this many times the engine alone.
TARGET_SCROLL_RATIO = 2.0

# What a person types into the global search: parts of names, streets, postcodes with and
# without space, KvK and vestigingsnummers, places, contact persons, e-mail, misspellings.
FRAGMENTS = (
    "zwaan",
    "cafe de",
    "bakkerij",
    "kapsalon",
    "schilder",
    "de vries",
    "jan de",
    "noordereinde",
    "kerklaan 1",
    "oud-loosdrechtsedijk",
    "1243 jj",
    "1243jj",
    "1241",
    "69599084",
    "000037211485",
    "loosdrecht",
    "s-graveland",
    "kortenhoef",
    "info@cafe",
    "gmail.com",
    "bakkerei",
    "restaurnat",
    "loodgieter jansen",
    "vd berg",
    "ca",
    "b",
    # The kinds of miss of issue 17: phones in international form, a place or a street written
    # together, a typo in the first letters, a contact person's name with particles.
    "+31 35 656 1234",
    "0031356561234",
    "sgraveland",
    "noordereinde12",
    "bkakerij",
    "adivesbureau",
    "hanneke van der veen",
)
# The labelled query set of the company search (tests/; absent from an installed bundle).
QUERY_SET = Path(__file__).resolve().parent.parent / "tests" / "models" / "search_queries.json"

# Typed letter by letter: every prefix is one search, as in the window.
TYPED = ("cafe de zwaan", "bakkerij de", "noordereinde 12", "jan de vries")
# Misspelt names, measured apart (issue 17): the typo search is the slowest kind, and in the list
# above its few searches are hidden in the p95 of the others. A letter swapped, left out or doubled,
# in the first letters too (the kinds of the labelled set, whose typo queries most of these are).
TYPOS = (
    "restaurnat",
    "adivesbureau",
    "bkakerij",
    "bakkerei",
    "kaspalon de vecht",
    "botique wouter",
    "tmmerbedrijf jacobs",
    "reataurant de vriendschap",
    "aotobedrijf in t veld",
    "kiederopvang de groene vinger",
    "prtyservice kortenhoef",
    "schonmaakbedrijf kroon",
    "wtersportcentrum porto loosdrecht",
    "meakveebedrijf huisman",
    "bkkerij van der laan",
    "aanemersbedrijf hendriks",
)


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--size", choices=sorted(SIZES), default="small")
    cmd.add_argument(
        "--database",
        metavar="URL",
        action="append",
        help="a database to measure (repeat for several); default: a SQLite file in the data "
        f"folder, and PostgreSQL at ${BENCH_PG_ENV} when set",
    )
    cmd.add_argument("--out", metavar="FILE.md", type=Path, help="write the report here too")
    cmd.add_argument(
        "--companies",
        type=Count(1, 1_000_000),
        metavar="N",
        help="build the demo with N companies instead of the size's number",
    )
    cmd.add_argument(
        "--repeat", type=Count(1, 100), default=REPEAT, metavar="N", help="runs per measurement (median)"
    )
    cmd.add_argument(
        "--profile",
        metavar="FOLDER",
        type=Path,
        help="also write where the cold start and the opening of the busiest file spend their time",
    )
    cmd.add_argument(
        "--json", metavar="FILE.json", type=Path, help="write the figures here for a later --compare"
    )
    cmd.add_argument(
        "--compare",
        metavar="FILE.json",
        type=Path,
        help="warn at the end about each ratio to the engine more than 1.5 times this earlier run's",
    )
    cmd.add_argument(
        "--skip-relevance",
        action="store_true",
        help="do not measure the search's relevance (it builds a demo register of its own once)",
    )


# -- running ----------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(stylesheet())
    # Garbage collected as the window collects it: the automatic collector off, the window's
    # timer where an event loop turns and its stand-ins where none does (bench_figures).
    collect_on_main_thread(app)
    urls = args.database or _default_urls(args.size)
    repeat = args.repeat
    empty = measure_empty_window(repeat)
    figures: list[Figure] = []
    relevances: list[RelevanceFigure] = []
    datasets: list[tuple[str, dict[str, int]]] = []
    engines: list[str] = []
    for url in urls:
        db = prepare(url, args.size, args.companies)
        try:
            name = "SQLite" if db.is_sqlite else "PostgreSQL"
            _say(QCoreApplication.translate("bench", "Measuring on %1…").replace("%1", db.display_name))
            datasets.append((name, _counts(db)))
            engines.append(_engine_version(db))
            figures += measure_database(db, name, repeat)
            figures += measure_word_search(db, name, BENCH_TODAY)
            # Its own empty windows, alternated; more starts than other measurements' runs.
            figures += measure_cold_start(db.url, name, None, max(repeat, COLD_START_REPEAT))
            figures += measure_import(
                db, name, companies=min(IMPORT_COMPANIES, args.companies or IMPORT_COMPANIES)
            )
            figures += measure_offline(url, name, min(SET_COMPANIES, args.companies or SET_COMPANIES))
            if args.profile:
                for written in bench_profile.profile(
                    db, busiest_company(db), args.profile / name, BENCH_TODAY
                ):
                    _say(
                        QCoreApplication.translate("bench", "Profile written: %1").replace("%1", str(written))
                    )
        finally:
            db.dispose()
        if not args.skip_relevance and QUERY_SET.exists():
            relevances.append(measure_relevance(url, name))
    figures.append(empty)
    report = render_report(args.size, datasets, engines, figures, repeat, relevances)
    print(report)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(report, encoding="utf-8")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(figures_json(figures), encoding="utf-8")
    if args.compare:
        _compare(figures, args.compare)
    return 0


def _compare(figures: list[Figure], reference: Path) -> None:
    """Printed last, so that it ends the CI log; never a failure."""
    try:
        warnings = regressions(figures, reference.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(
            QCoreApplication.translate("bench", "The reference %1 could not be read (%2): nothing compared.")
            .replace("%1", str(reference))
            .replace("%2", str(exc))
        )
        return
    print()
    for line in warnings:
        print(line)
    if not warnings:
        print(
            QCoreApplication.translate(
                "bench", "No ratio to the engine grew more than 1.5 times against the reference %1."
            ).replace("%1", reference.name)
        )


def _default_urls(size: str) -> list[str]:
    urls = [f"sqlite:///{data_dir() / f'bench-{size}.db'}"]
    if os.environ.get(BENCH_PG_ENV):
        urls.append(os.environ[BENCH_PG_ENV])
    return urls


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def prepare(url: str, size: str, companies_wanted: int | None = None) -> Database:
    """The demo database of this size at ``url``: built when empty, reused when present.

    On PostgreSQL the data live in their own schema (``bench_small``, ``bench_large``) of the
    given database, so a benchmark never touches the application's own tables there (unless
    the URL chooses a schema itself with ``options=-csearch_path=…``).
    """
    url = normalise_url(url)  # postgres:// and postgresql:// alike
    if not make_url(url).drivername.startswith("sqlite") and "options" not in make_url(url).query:
        schema = f"bench_{size}"
        engine = create_engine(url)
        with engine.begin() as connection:
            # In public, where every bench schema finds it: created by the first schema's migration
            # it went into that schema, and the next (the labelled set's) lacked gin_trgm_ops.
            connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
            connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {schema}"))
        engine.dispose()
        url = schema_url(url, schema)
    else:
        Path(make_url(url).database or "").parent.mkdir(parents=True, exist_ok=True)
    db = Database(url)
    migrate(db)
    with db.session() as session:
        present = session.scalar(select(func.count()).select_from(Company)) or 0
    wanted = companies_wanted or SIZES[size]
    if present == 0:
        _say(
            QCoreApplication.translate("bench", "Building the %1 demo database (%2 companies)…")
            .replace("%1", size)
            .replace("%2", number(wanted))
        )

        def progress(done: int, total: int) -> None:
            print(f"\r{done:>9,} / {total:,}".replace(",", "."), end="", file=sys.stderr, flush=True)

        demo.generate(db, wanted, seed=SEED, today=BENCH_TODAY, progress=progress)
        print(file=sys.stderr)
        if not db.is_sqlite:
            _vacuum(db)
    if not db.is_sqlite:
        # The cold start signs in like an official: the server login needs an account.
        with db.session() as session:
            login = session.execute(text("SELECT current_user")).scalar_one()
            if session.scalar(select(User.id).where(User.username == login)) is None:
                session.add(User(username=login, full_name=login, role=Role.ADMINISTRATOR))
                session.commit()
    return db


def _vacuum(db: Database) -> None:
    """The freshly loaded tables as a maintained server has them: VACUUM marks their pages
    all-visible (index-only scans) and ANALYZE gives the planner their statistics. A server's
    autovacuum does this within minutes of a bulk load; a test server may run without it (this
    one does), and then every plan the benchmark measures would be that of a never-vacuumed table.
    The tables are named: a bare VACUUM would walk every schema of the database."""
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        names = connection.scalars(
            text("SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = current_schema()")
        ).all()
        connection.execute(text(f"VACUUM (ANALYZE) {', '.join(names)}"))


def _engine_version(db: Database) -> str:
    with db.engine.connect() as connection:
        if db.is_sqlite:
            return "SQLite " + connection.execute(text("SELECT sqlite_version()")).scalar_one()
        return "PostgreSQL " + connection.execute(text("SHOW server_version")).scalar_one()


def _counts(db: Database) -> dict[str, int]:
    with db.session() as session:

        def count(entity: type) -> int:
            return session.scalar(select(func.count()).select_from(entity)) or 0

        return {
            "companies": count(Company),
            "establishments": count(Establishment),
            "contacts": count(Contact),
            "interactions": count(Interaction),
            "agreements": count(Agreement),
        }


# -- measuring --------------------------------------------------------------------------------


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def search_queries() -> list[str]:
    typed = [word[:n] for word in TYPED for n in range(1, len(word) + 1)]
    return [*FRAGMENTS, *typed]


@contextmanager
def _raw_cursor(db: Database) -> Iterator[Any]:
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        yield cursor
        cursor.close()
    finally:
        connection.close()


def _engine_search(cursor: Any, is_sqlite: bool, fragment: str) -> list[Any]:
    """The same lookup written directly in SQL against the same indexes: substring through
    the trigram index for 3+ characters, else the folded-name index; 20 rows, names only."""
    query = fold(fragment)
    tokens = [t for t in query.split() if len(t) >= 3]
    mark = "?" if is_sqlite else "%s"
    if tokens and is_sqlite:
        match = " AND ".join(f'"{t}"' for t in tokens)
        sql = (
            f"SELECT c.id, c.name FROM {SEARCH_TABLE} s JOIN company c ON c.id = s.rowid "
            f"WHERE {SEARCH_TABLE} MATCH {mark} AND c.archived_at IS NULL LIMIT 20"
        )
        cursor.execute(sql, (match,))
    elif tokens:
        where = " AND ".join(f"s.doc LIKE {mark}" for _ in tokens)
        sql = (
            f"SELECT c.id, c.name FROM {SEARCH_TABLE} s JOIN company c ON c.id = s.company_id "
            f"WHERE {where} AND c.archived_at IS NULL LIMIT 20"
        )
        cursor.execute(sql, tuple(f"%{t}%" for t in tokens))
    else:
        sql = (
            f"SELECT id, name FROM company WHERE name_folded >= {mark} AND name_folded < {mark} "
            "AND archived_at IS NULL ORDER BY name_folded LIMIT 20"
        )
        cursor.execute(sql, (query, query + "\uffff"))
    return cursor.fetchall()


def measure_search(db: Database, name: str) -> list[Figure]:
    typing = (
        QCoreApplication.translate("bench", "Search as you type, p50"),
        QCoreApplication.translate("bench", "Search as you type, p95"),
    )
    typos = (
        QCoreApplication.translate("bench", "Search with a typo, p50"),
        QCoreApplication.translate("bench", "Search with a typo, p95"),
    )
    return _measure_searches(db, name, search_queries(), typing) + _measure_searches(
        db, name, list(TYPOS), typos
    )


def _measure_searches(db: Database, name: str, queries: list[str], what: tuple[str, str]) -> list[Figure]:
    """p50 and p95 (``what`` names them) of these searches, three rounds after a warm-up."""
    app_samples: list[float] = []
    engine_samples: list[float] = []
    rounds: list[tuple[list[float], list[float]]] = []
    with db.session() as session, _raw_cursor(db) as cursor:
        service = SearchService(session)
        for query in queries:  # warm-up, as after a few minutes of use
            service.search(query)
            _engine_search(cursor, db.is_sqlite, query)
        for _ in range(3):
            rounds.append(([], []))
            for query in queries:
                started = time.perf_counter()
                service.search(query)
                rounds[-1][0].append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                _engine_search(cursor, db.is_sqlite, query)
                rounds[-1][1].append((time.perf_counter() - started) * 1000)
                collector_tick()  # between keystrokes, where the window's timer fires
    for app_round, engine_round in rounds:
        app_samples += app_round
        engine_samples += engine_round
    count = QCoreApplication.translate("bench", "%1 searches").replace("%1", str(len(queries)))
    return [
        Figure(
            what=what[0],
            database=name,
            app_ms=statistics.median(app_samples),
            engine_ms=statistics.median(engine_samples),
            app_spread=Spread.of([statistics.median(r[0]) for r in rounds]),
            engine_spread=Spread.of([statistics.median(r[1]) for r in rounds]),
            note=count,
        ),
        Figure(
            what=what[1],
            database=name,
            app_ms=_percentile(app_samples, 0.95),
            engine_ms=_percentile(engine_samples, 0.95),
            app_spread=Spread.of([_percentile(r[0], 0.95) for r in rounds]),
            engine_spread=Spread.of([_percentile(r[1], 0.95) for r in rounds]),
            target_ms=TARGET_SEARCH_P95,
            note=count,
        ),
    ]


def measure_relevance(url: str, name: str) -> RelevanceFigure:
    """The labelled query set on the demo register its labels belong to (its own seed and size),
    built once beside the measured database: a file next to it, or a schema of its own."""
    queries = relevance.load(QUERY_SET)
    assert queries.seed == SEED, "the labels belong to the demo of another seed"
    parsed = make_url(normalise_url(url))
    if parsed.drivername.startswith("sqlite"):
        path = Path(parsed.database or "")
        parsed = parsed.set(database=str(path.with_name(f"{path.stem}-relevance.db")))
    else:
        parsed = parsed.set(query={})  # its own schema, bench_relevance, whatever schema was measured
    db = prepare(parsed.render_as_string(hide_password=False), "relevance", queries.companies)
    try:
        with db.session() as session:
            result = relevance.evaluate(session, queries.queries)
    finally:
        db.dispose()
    return RelevanceFigure(
        database=name,
        queries=result.identifying.count,
        top1=result.identifying.top1,
        top3=result.identifying.top3,
        mrr=result.identifying.mrr,
        crashes=result.crashes,
        nothing=result.nothing,
    )


def busiest_company(db: Database) -> int:
    with db.session() as session:
        return session.execute(
            select(Interaction.company_id, func.count())
            .group_by(Interaction.company_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()[0]


def busiest_official(db: Database) -> int:
    with db.session() as session:
        return session.execute(
            select(Agreement.assignee_id, func.count())
            .where(Agreement.status.in_(OPEN_STATUSES), Agreement.assignee_id.is_not(None))
            .group_by(Agreement.assignee_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()[0]


def company_file_work(session: Any, company_id: int) -> None:
    """What the window reads when a file is opened (views.companies.company_page ``open``): the
    file, then the first page of its timeline with the file's version."""
    record = companies.company_file(session, company_id)
    consultations.timeline_page(session, company_id, today=BENCH_TODAY, company_version=record.version)


def measure_company_file(
    name: str, session: Any, cursor: Any, mark: str, company_id: int, entries: int, repeat: int
) -> Figure:
    """Opening a file, services against the engine doing the same work: what the screen shows
    first, each in one query of the columns shown (the header with the account manager's and a
    merged copy's survivor's names; the establishments with their area and sector; the contact
    persons with their other companies; the first page of the timeline with its author, the
    officials and contact persons of those moments, their agreements with their names; how many
    moments there are)."""
    page = consultations.TIMELINE_PAGE
    first = [
        "SELECT c.id, c.version, c.name, c.kvk_number, c.legal_name, c.legal_form, c.account_manager_id, "
        "m.full_name, c.email, c.phone, c.website, c.notes, c.archived_at, c.updated_at, s.id, s.name "
        "FROM company c LEFT JOIN app_user m ON m.id = c.account_manager_id "
        f"LEFT JOIN company s ON s.id = c.merged_into_id WHERE c.id = {mark}",
        "SELECT e.id, e.version, e.trade_name, e.establishment_number, e.street, e.house_number, "
        "e.postcode, e.city, e.area_id, a.name, e.sbi_code, s.name, e.employees, e.status, e.is_main, "
        "e.phone, e.email FROM establishment e LEFT JOIN area a ON a.id = e.area_id "
        f"LEFT JOIN sector s ON s.code = e.sbi_code WHERE e.company_id = {mark} AND e.archived_at IS NULL "
        "ORDER BY e.is_main DESC, e.trade_name",
        "SELECT p.id, p.version, l.id, l.version, p.first_name, p.name_prefix, p.last_name, l.role, "
        "p.email, p.phone, p.notes, (SELECT count(*) FROM company_contact o WHERE o.contact_id = p.id "
        f"AND o.company_id <> {mark}) FROM contact p JOIN company_contact l ON l.contact_id = p.id "
        f"WHERE l.company_id = {mark} AND p.archived_at IS NULL ORDER BY p.last_name, p.first_name",
        "SELECT i.id, i.version, i.occurred_at, i.channel, i.subject, i.report, i.confidential, u.full_name "
        f"FROM interaction i LEFT JOIN app_user u ON u.id = i.updated_by_id WHERE i.company_id = {mark} "
        f"AND i.archived_at IS NULL ORDER BY i.occurred_at DESC, i.id DESC LIMIT {page}",
        f"SELECT count(*) FROM interaction WHERE company_id = {mark} AND archived_at IS NULL",
    ]
    arguments = [(company_id,), (company_id,), (company_id, company_id), (company_id,), (company_id,)]

    def engine_file() -> None:
        moments: list[int] = []
        for sql, args in zip(first, arguments, strict=True):
            cursor.execute(sql, args)
            rows = cursor.fetchall()
            if "LIMIT" in sql:
                moments = [r[0] for r in rows]
        ids = ", ".join(map(str, moments))
        cursor.execute(
            "SELECT o.interaction_id, 0, u.id, u.full_name, NULL, NULL FROM interaction_official o "
            f"JOIN app_user u ON u.id = o.user_id WHERE o.interaction_id IN ({ids}) UNION ALL "
            "SELECT k.interaction_id, 1, p.id, p.last_name, p.first_name, p.name_prefix "
            f"FROM interaction_contact k JOIN contact p ON p.id = k.contact_id WHERE k.interaction_id IN ({ids}) "
            "ORDER BY 2, 4"
        )
        cursor.fetchall()
        cursor.execute(
            "SELECT a.id, a.version, a.interaction_id, a.company_id, c.name, a.description, a.responsible, "
            "a.assignee_id, u.full_name, a.due_date, a.status, a.status_note, a.closed_on, i.occurred_at "
            "FROM agreement a JOIN company c ON c.id = a.company_id JOIN interaction i ON i.id = a.interaction_id "
            f"LEFT JOIN app_user u ON u.id = a.assignee_id WHERE a.interaction_id IN ({ids}) ORDER BY a.id"
        )
        cursor.fetchall()

    return Figure(
        what=QCoreApplication.translate("bench", "Company file with its timeline (services)"),
        database=name,
        app_ms=median_ms(lambda: company_file_work(session, company_id), repeat),
        engine_ms=median_ms(engine_file, repeat),
        note=QCoreApplication.translate(
            "bench",
            "the first %1 of %2 contact moments, as the window reads them with the file; the engine "
            "the same 7 queries",
        )
        .replace("%1", str(page))
        .replace("%2", number(entries)),
    )


class _InlineWorker:
    """The database worker's ``run`` done at once on this thread, each task in a session of its
    own as the worker runs it: a list model's reads measured without the event loop's turns."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def run(self, task: Callable[[Any], Any], on_success: Callable[[Any], None] | None = None) -> None:
        with self.db.session() as session:
            result = task(session)
        if on_success is not None:
            on_success(result)
        collector_tick()  # the window's collector timer, firing between the worker's reads


def measure_database(db: Database, name: str, repeat: int = REPEAT) -> list[Figure]:
    figures = measure_search(db, name)
    company_id = busiest_company(db)
    official = busiest_official(db)
    with db.session() as session, _raw_cursor(db) as cursor:
        entries = len(consultations.timeline(session, company_id, today=BENCH_TODAY))
        mark = "?" if db.is_sqlite else "%s"

        figures.append(measure_company_file(name, session, cursor, mark, company_id, entries, repeat))

        def engine_whole() -> None:
            cursor.execute(
                f"SELECT * FROM interaction WHERE company_id = {mark} ORDER BY occurred_at DESC",
                (company_id,),
            )
            cursor.fetchall()
            cursor.execute(f"SELECT * FROM agreement WHERE company_id = {mark}", (company_id,))
            cursor.fetchall()

        figures.append(
            Figure(
                what=QCoreApplication.translate("bench", "Whole timeline of the busiest file (services)"),
                database=name,
                app_ms=median_ms(
                    lambda: consultations.timeline(session, company_id, today=BENCH_TODAY), repeat
                ),
                engine_ms=median_ms(engine_whole, repeat),
                note=QCoreApplication.translate("bench", "%1 contact moments (PDF, export)").replace(
                    "%1", number(entries)
                ),
            )
        )

        every = listing.CompanyFilter()
        ids = listing.list_company_ids(session, every)

        first_page = LazyTableModel.PAGE
        whole_list = median_ms(lambda: listing.list_company_ids(session, every), repeat)

        def first_screen() -> None:
            # As the list page reads it: the first page and its rows, then the whole order.
            listing.company_rows(session, listing.list_company_ids(session, every, limit=first_page))

        def engine_first_screen() -> None:
            cursor.execute(
                f"SELECT id FROM company WHERE archived_at IS NULL ORDER BY name_folded, id LIMIT {first_page}"
            )
            first = [r[0] for r in cursor.fetchall()]
            cursor.execute(bench_window._plain_sql(db, listing.company_rows_query(first)))
            cursor.fetchall()

        figures.append(
            Figure(
                what=QCoreApplication.translate("bench", "Company list, first screen"),
                database=name,
                app_ms=median_ms(first_screen, repeat),
                engine_ms=median_ms(engine_first_screen, repeat),
                note=QCoreApplication.translate("bench", "%1 companies; the whole order after %2 ms")
                .replace("%1", number(len(ids)))
                .replace("%2", f"{whole_list:.0f}"),
            )
        )

        page = LazyTableModel.PAGE

        def scroll() -> None:
            # The list's own model asked for a row of every page in turn, as when someone drags
            # the scroll bar slowly to the end: what it reads, and how much at a time, is its own.
            model = CompanyListModel(_InlineWorker(db))
            model.set_ids(ids)
            for row in range(0, len(ids), page):
                if model.row(row) is None:  # asked for, and read at once by the inline worker
                    assert model.row(row) is not None

        def engine_scroll() -> None:
            # The same columns the list shows (its area, sector and account manager among them).
            cursor.execute(
                "SELECT c.id, c.name, c.kvk_number, c.archived_at, e.street, e.house_number, e.postcode, "
                "e.city, e.status, a.name, s.name, u.full_name "
                "FROM company c LEFT JOIN establishment e ON e.company_id = c.id AND e.is_main "
                "LEFT JOIN area a ON a.id = e.area_id LEFT JOIN sector s ON s.code = e.sbi_code "
                "LEFT JOIN app_user u ON u.id = c.account_manager_id "
                "WHERE c.archived_at IS NULL ORDER BY c.name_folded, c.id"
            )
            cursor.fetchall()

        figures.append(
            Figure(
                what=QCoreApplication.translate("bench", "Company list, scrolled to the end"),
                database=name,
                app_ms=median_ms(scroll, min(repeat, 3)),
                engine_ms=median_ms(engine_scroll, min(repeat, 3)),
                target_ratio=TARGET_SCROLL_RATIO,
                note=QCoreApplication.translate(
                    "bench",
                    "a row of every page of %1 rows in turn, read as the list reads them (pages ahead "
                    "read with the one shown); the engine: the same columns of every company in one "
                    "query in the list's order",
                ).replace("%1", str(page)),
            )
        )

        def engine_work(user: int | None) -> Callable[[], None]:
            def work() -> None:
                where = f"assignee_id = {mark} AND " if user is not None else ""
                cursor.execute(
                    "SELECT * FROM agreement WHERE "
                    f"{where}status IN ('open', 'in_progress') ORDER BY due_date LIMIT 2000",
                    (user,) if user is not None else (),
                )
                cursor.fetchall()

            return work

        mine = consultations.my_work(session, [official], today=BENCH_TODAY)
        figures.append(
            Figure(
                what=QCoreApplication.translate("bench", "Mijn werk of the busiest official"),
                database=name,
                app_ms=median_ms(
                    lambda: consultations.my_work(session, [official], today=BENCH_TODAY), repeat
                ),
                engine_ms=median_ms(engine_work(official), repeat),
                note=QCoreApplication.translate("bench", "%1 open agreements").replace(
                    "%1", number(mine.total)
                ),
            )
        )
        team = consultations.my_work(session, None, today=BENCH_TODAY)
        figures.append(
            Figure(
                what=QCoreApplication.translate("bench", "Mijn werk of the whole team"),
                database=name,
                app_ms=median_ms(lambda: consultations.my_work(session, None, today=BENCH_TODAY), repeat),
                engine_ms=median_ms(engine_work(None), repeat),
                note=QCoreApplication.translate("bench", "%1 open agreements, %2 listed")
                .replace("%1", number(team.total))
                .replace("%2", number(len(team.items))),
            )
        )
        figures += bench_window.measure_sorted_lists(db, name, cursor, repeat)
        figures += _measure_pdfs(session, name, company_id, min(repeat, 3))
        figures.append(_measure_export(session, cursor, name))
    figures += measure_duplicates(db, name, company_id, min(repeat, 3))
    figures.append(_measure_window(db, name, company_id, repeat))
    figures.append(bench_window.measure_my_work_window(db, name, repeat))
    figures.append(bench_window.measure_memory(db, name))
    return figures


def _rss_mb() -> float | None:
    """The memory the process holds now (Linux); None where /proc is not there."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576


def _measure_export(session: Any, cursor: Any, name: str) -> Figure:
    """Every company to .xlsx as *Exporteren…* writes it, beside the engine reading the same rows;
    with the most memory the export held above what the process held before (sampled)."""
    every = listing.CompanyFilter()
    peak: list[float] = []
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            now = _rss_mb()
            if now is not None:
                peak.append(now)

    with tempfile.TemporaryDirectory(prefix="ondernemersdesk-bench-") as folder:
        target = Path(folder) / "ondernemingen.xlsx"
        before = _rss_mb()
        watcher = threading.Thread(target=sample, daemon=True)
        watcher.start()
        started = time.perf_counter()
        written = beside_the_collector(
            lambda: exporting.export_companies(session, every, target, translate=QCoreApplication.translate)
        ).rows
        app_ms = (time.perf_counter() - started) * 1000
        done.set()
        watcher.join()
        size_mb = target.stat().st_size / 1_048_576

    def engine_rows() -> None:
        cursor.execute(
            "SELECT c.id, c.name, c.kvk_number, e.street, e.house_number, e.postcode, e.city "
            "FROM company c LEFT JOIN establishment e ON e.company_id = c.id AND e.is_main "
            "WHERE c.archived_at IS NULL ORDER BY c.name_folded, c.id"
        )
        cursor.fetchall()

    note = QCoreApplication.translate("bench", "%1 rows, %2 MB").replace("%1", number(written))
    note = note.replace("%2", f"{size_mb:.1f}".replace(".", ","))
    if before is not None and peak:
        note += QCoreApplication.translate("bench", "; at most %1 MB more memory").replace(
            "%1", f"{max(0.0, max(peak) - before):.0f}"
        )
    return Figure(
        what=QCoreApplication.translate("bench", "Export of every company to Excel (.xlsx)"),
        database=name,
        app_ms=app_ms,
        app_spread=Spread(low=app_ms, high=app_ms, runs=1),  # with its memory: measured once
        engine_ms=median_ms(engine_rows, 3),
        target_ms=TARGET_EXPORT_XLSX,
        note=note,
    )


def measure_duplicates(db: Database, name: str, company_id: int, repeat: int) -> list[Figure]:
    """Mogelijke dubbelen for every company (beside reading the rows they are made from), the
    badge of one file (beside its blocking query), and merging the busiest file into another
    (beside the bare UPDATE of its contact moments), rolled back so the database stays as it is."""
    figures: list[Figure] = []
    with db.session() as session, _raw_cursor(db) as cursor:
        mark = "?" if db.is_sqlite else "%s"
        found: list[int] = []

        def all_candidates() -> None:
            found[:] = [len(duplicate_candidates.company_candidates(session))]

        def engine_rows() -> None:
            cursor.execute("SELECT id, kvk_number, name, legal_name, email, phone, archived_at FROM company")
            cursor.fetchall()
            cursor.execute(
                "SELECT company_id, establishment_number, trade_name, postcode_compact, house_number, "
                "email, phone FROM establishment"
            )
            cursor.fetchall()

        figures.append(
            Figure(
                what=QCoreApplication.translate("bench", "Possible duplicates of every company"),
                database=name,
                app_ms=median_ms(all_candidates, min(repeat, 3)),
                engine_ms=median_ms(engine_rows, min(repeat, 3)),
                target_ms=TARGET_ALL_CANDIDATES,
                note=QCoreApplication.translate("bench", "%1 pairs").replace("%1", number(found[0])),
            )
        )
        # A file that has a copy: the badge counts its candidates when it opens.
        copy = session.scalar(
            select(Establishment.company_id).where(Establishment.establishment_number.is_(None)).limit(1)
        )
        probe = copy if copy is not None else company_id
        postcode = session.scalar(
            select(Establishment.postcode_compact).where(Establishment.company_id == probe).limit(1)
        )

        def engine_near() -> None:
            cursor.execute(
                f"SELECT company_id FROM establishment WHERE postcode_compact = {mark}", (postcode,)
            )
            cursor.fetchall()

        figures.append(
            Figure(
                what=QCoreApplication.translate("bench", "Possible duplicates of one company (its badge)"),
                database=name,
                app_ms=median_ms(lambda: duplicate_candidates.candidates_for_company(session, probe), repeat),
                engine_ms=median_ms(engine_near, repeat),
                target_ms=TARGET_ONE_COMPANY_CANDIDATES,
            )
        )
    moments = 0
    with db.session() as session:
        moments = session.scalar(select(func.count()).where(Interaction.company_id == company_id)) or 0
        other = session.scalar(
            select(Company.id).where(Company.id != company_id, Company.merged_into_id.is_(None)).limit(1)
        )
    assert other is not None

    def merge_once() -> None:
        with db.session() as session:
            survivor = session.get_one(Company, other)
            copy = session.get_one(Company, company_id)
            duplicate_merge.merge(session, "company", other, survivor.version, company_id, copy.version)
            session.rollback()

    def engine_merge() -> None:
        with db.session() as session:
            session.execute(
                text("UPDATE interaction SET company_id = :to WHERE company_id = :from"),
                {"to": other, "from": company_id},
            )
            session.rollback()

    figures.append(
        Figure(
            what=QCoreApplication.translate("bench", "Merging the busiest file into another (rolled back)"),
            database=name,
            app_ms=median_ms(merge_once, repeat),
            engine_ms=median_ms(engine_merge, repeat),
            target_ms=TARGET_MERGE,
            note=QCoreApplication.translate("bench", "%1 contact moments").replace("%1", number(moments)),
        )
    )
    return figures


def _measure_pdfs(session: Any, name: str, company_id: int, repeat: int) -> list[Figure]:
    from pypdf import PdfReader  # only to count pages, only here

    interaction_id = session.scalar(
        select(Interaction.id)
        .where(Interaction.company_id == company_id)
        .order_by(Interaction.occurred_at.desc())
    )
    pdfs = (
        (
            QCoreApplication.translate("bench", "Briefing PDF (Gespreksvoorbereiding)"),
            lambda out: render_briefing(documents.briefing(session, company_id, today=BENCH_TODAY), out),
        ),
        (
            QCoreApplication.translate("bench", "Company file PDF (Ondernemersdossier)"),
            lambda out: render_dossier(documents.dossier(session, company_id, today=BENCH_TODAY), out),
        ),
        (
            QCoreApplication.translate("bench", "Conversation report PDF (Gespreksverslag)"),
            lambda out: conversation_report.render_report(
                documents.report(session, interaction_id, today=BENCH_TODAY), out
            ),
        ),
    )
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        for index, (what, build) in enumerate(pdfs):
            out = Path(folder) / f"{index}.pdf"
            ms = median_ms(functools.partial(build, out), repeat)
            pages = len(PdfReader(out).pages)
            # The target is for 20 pages; a longer document is held to its share of it.
            target = TARGET_PDF_20_PAGES * max(1.0, pages / 20)
            figures.append(
                Figure(
                    what=what,
                    database=name,
                    app_ms=ms,
                    engine_ms=None,
                    target_ms=target,
                    note=QCoreApplication.translate("bench", "pages: %1").replace("%1", str(pages)),
                )
            )
    return figures


def _wait(condition: Callable[[], bool], seconds: float = 60) -> None:
    deadline = QDeadlineTimer(int(seconds * 1000))
    app = QCoreApplication.instance()
    while not condition() and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)  # type: ignore[union-attr]


def _measure_window(db: Database, name: str, company_id: int, repeat: int) -> Figure:
    """Opening the busiest file in the window, as a person does: from the click to the
    timeline on screen (services on the background thread, then the widgets)."""
    worker = DatabaseWorker(db, None)
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(worker, Settings(str(Path(folder) / "settings.ini")), "Benchmark")
        window.resize(1360, 820)
        window.show()
        _wait(lambda: not worker.busy)
        samples = []
        for _ in range(repeat + 1):
            shown: list[int] = []
            window.company.timeline.loaded.connect(shown.append)
            started = time.perf_counter()
            window.open_company(company_id)
            _wait(functools.partial(bool, shown))
            QCoreApplication.processEvents()
            samples.append((time.perf_counter() - started) * 1000)
            window.company.timeline.loaded.disconnect(shown.append)
            window.show_page("companies")
            _wait(lambda: not worker.busy)
        window.close()
        worker.wait()
        # Gone while the application still runs: a window left to the interpreter's exit
        # can be torn down after Qt's own objects.
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return Figure(
        what=QCoreApplication.translate("bench", "Open the busiest company file in the window"),
        database=name,
        app_ms=Timed(samples[1:]),
        engine_ms=None,
        target_ms=TARGET_COMPANY_FILE,
        note=QCoreApplication.translate("bench", "first time: %1 ms").replace("%1", f"{samples[0]:.0f}"),
    )


# -- the report -------------------------------------------------------------------------------
