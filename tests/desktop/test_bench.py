"""The benchmark runs end to end and writes a report a reader can use; it never judges speed here
(timings belong in the report, not in assertions), and waits generously: a slow machine is no failure.
No process it starts outlives it."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop import bench, bench_figures, bench_start
from desktop.bench_figures import number
from models.db import Database
from tests.desktop.test_cli import ROOT, admin

REFERENCE = ROOT / "tests" / "benchmarks" / "small-reference.json"

MEASUREMENTS = (
    "Zoeken tijdens het typen, p50",
    "Zoeken tijdens het typen, p95",
    "Zoeken met een typfout, p50",
    "Zoeken met een typfout, p95",
    "Ondernemingsdossier met tijdlijn (services)",
    "Lijst van ondernemingen, eerste scherm",
    "Lijst van ondernemingen, tot het eind gescrold",
    "Mijn werk van de drukste medewerker",
    "Mijn werk van het hele team",
    "Gespreksvoorbereiding (PDF)",
    "Ondernemersdossier (PDF)",
    "Gespreksverslag (PDF)",
    "Mogelijke dubbelen van alle ondernemingen",
    "Mogelijke dubbelen van één onderneming (badge)",
    "Het drukste dossier samenvoegen in een ander (teruggedraaid)",
    "Het drukste dossier openen in het venster",
    "Export van alle ondernemingen naar Excel (.xlsx)",
    "Koude start: venster zichtbaar",
    "Koude start: eerste rijen van de lijst van ondernemingen",
    "Koude start: hoofdvenster compleet",
    "Woorden zoeken: waarnemingen, p95",
    "Woorden zoeken: balievragen, p95",
    "Woorden zoeken: meldingen (behandelaar), p95",
    "Woorden zoeken: meldingen (zonder melders), p95",
    "Hele tijdlijn van het drukste dossier (services)",
    "Mijn werk van het hele team op het scherm",
    "Lijst van ondernemingen gesorteerd op plaats (oplopend), eerste scherm",
    "Lijst van ondernemingen gesorteerd op accountmanager (aflopend), eerste scherm",
    "Geheugen na 50 dossiers openen en de hele lijst scrollen",
    "500 ondernemingen meenemen (offline set)",
    "1.000 offline wijzigingen synchroniseren",
    "Synchroniseren zonder wijzigingen",
)


def test_bench_builds_its_database_once_and_reports_every_figure(
    database_url: str, tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.md"
    profiles = tmp_path / "profile"
    # One run measures everything (its second run measured it all once more: 20 s of CPU or more per
    # database). It compares with the committed reference as CI does, and with --profile also says
    # where the cold start and the opening of a file spend their time.
    first = admin(
        *("bench", "--database", database_url, "--companies", "120", "--repeat", "1", "--out", str(out)),
        *("--json", str(tmp_path / "report.json"), "--compare", str(REFERENCE), "--profile", str(profiles)),
        "--skip-relevance",  # measured in tests/models/test_search_relevance.py and its own test below
        env_home=isolated_home,
    )
    assert first.returncode == 0, first.stderr
    assert "demodatabase" in first.stderr  # built on the first run

    report = out.read_text(encoding="utf-8")
    assert first.stdout.startswith(report.rstrip("\n") + "\n")  # printed, then the comparison
    backend = "SQLite" if database_url.startswith("sqlite") else "PostgreSQL"
    rows = [line for line in report.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| Meting | Database | Applicatie | Alleen de engine |")
    for measurement in MEASUREMENTS:
        assert any(row.startswith(f"| {measurement} | {backend} |") for row in rows), measurement
    assert any(row.startswith("| Leeg Qt-venster") for row in rows)
    assert "120 ondernemingen" in report
    assert "Python 3." in report and ("SQLite 3." in report or "PostgreSQL " in report)
    assert ("Alle doelen zijn gehaald." in report) or ("Doelen niet gehaald:" in report)

    figures = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert {(f["what"], f["database"]) for f in figures} >= {(m, backend) for m in MEASUREMENTS}

    # The comparison ends the output.
    last = first.stdout.strip().splitlines()[-1]
    assert last.startswith(("WAARSCHUWING: ", "Geen verhouding tot de engine")), last
    written = profiles / backend
    assert "desktop.bootstrap" in (written / "cold-start-imports.txt").read_text(encoding="utf-8")
    assert "run_gui" in (written / "cold-start.txt").read_text(encoding="utf-8")
    opening = (written / "company-file.txt").read_text(encoding="utf-8")
    assert "company_file" in opening and "timeline" in opening
    assert (written / "cold-start.pstats").stat().st_size > 0

    # The measurements left the database as it was built (counted before them, in the report) ...
    db = Database(database_url)
    try:
        counts = bench._counts(db)
    finally:
        db.dispose()
    assert (
        f"{number(counts['companies'])} ondernemingen, {number(counts['establishments'])} vestigingen, "
        f"{number(counts['contacts'])} contactpersonen, {number(counts['interactions'])} contactmomenten, "
        f"{number(counts['agreements'])} afspraken"
    ) in report
    # ... and a next run reuses it: nothing is built again.
    monkeypatch.setattr(bench.demo, "generate", lambda *a, **k: pytest.fail("the demo was built again"))
    bench.prepare(database_url, "small", 120).dispose()


# -- the processes it starts ------------------------------------------------------------------

# A child that never says "ready": it writes its process id and sleeps (a hung start).
_HUNG_CHILD = "import os, sys, time\nopen(sys.argv[1], 'w').write(str(os.getpid()))\ntime.sleep(3600)\n"

_BENCHMARK = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from desktop import bench_start
    bench_start._start_ms([sys.executable, "-c", {child!r}, {pid_file!r}], {{}})
    """
)


def _gone(pid: int) -> bool:
    """Ended (a zombie counts: it runs no more, whoever is to reap it)."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    return status.rsplit(")", 1)[1].split()[0] in ("Z", "X")


def _poll(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_a_child_dies_with_the_benchmark(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    script = _BENCHMARK.format(root=str(ROOT), child=_HUNG_CHILD, pid_file=str(pid_file))
    benchmark = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    try:
        assert _poll(lambda: pid_file.exists() and pid_file.read_text().isdigit(), 120), (
            "the child never started"
        )
        child = int(pid_file.read_text())
        assert not _gone(child)
    finally:
        benchmark.kill()  # as a killed benchmark dies: no clean-up of its own
        benchmark.wait(timeout=120)
    try:
        assert _poll(lambda: _gone(child), 120), "the child outlived the benchmark"
    finally:
        if not _gone(child):
            os.kill(child, signal.SIGKILL)


@pytest.mark.skipif(os.name != "posix", reason="the deadline is an alarm signal")
def test_a_child_nobody_waits_for_ends_at_its_deadline(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    started = time.monotonic()
    with pytest.raises(RuntimeError, match="without saying it was ready"):
        bench_start._start_ms(
            [sys.executable, "-c", _HUNG_CHILD, str(pid_file)], dict(os.environ), deadline=2
        )
    # Ended by its own deadline, long before the benchmark's watchdog would have killed it.
    assert time.monotonic() - started < bench_start.START_TIMEOUT


def test_the_report_holds_the_search_relevance_beside_its_target(qapp) -> None:
    from desktop.bench_figures import RelevanceFigure, render_report

    good = RelevanceFigure(
        database="SQLite", queries=190, top1=0.974, top3=1.0, mrr=0.986, crashes=0, nothing=(15, 15)
    )
    poor = RelevanceFigure(
        database="PostgreSQL", queries=190, top1=0.6, top3=0.9, mrr=0.7, crashes=0, nothing=(15, 15)
    )
    report = render_report("small", [], [], [], 1, [good, poor])
    rows = [line for line in report.splitlines() if line.startswith("| Gelabelde zoekopdrachten")]
    assert rows[0].startswith(
        "| Gelabelde zoekopdrachten | SQLite | 97,4 % | 100,0 % | 0,986 | 68,4 % / 73,2 % / 0,708 |"
    )
    assert "gehaald" in rows[0] and "**niet gehaald**" in rows[1]
    assert "Doelen niet gehaald: Gelabelde zoekopdrachten (PostgreSQL)." in report


def test_a_ratio_grown_more_than_half_again_is_a_warning_and_the_rest_is_quiet(qapp) -> None:
    from desktop.bench_figures import Figure, figures_json, regressions

    reference = figures_json(
        [
            Figure(what="Zoeken", database="SQLite", app_ms=10.0, engine_ms=5.0),  # 2×
            Figure(what="Dossier", database="SQLite", app_ms=30.0, engine_ms=10.0),  # 3×
            Figure(what="Leeg Qt-venster", database="—", app_ms=80.0),  # no ratio: never compared
            Figure(what="p50", database="SQLite", app_ms=3.0, engine_ms=0.1),  # engine too fast to tell
            Figure(what="Import", database="SQLite", app_ms=20.0, engine_ms=10.0),  # 2×, into an empty one
            Figure(what="Import", database="SQLite", app_ms=40.0, engine_ms=10.0),  # 4×, into the demo
        ]
    )
    now = [
        Figure(what="Zoeken", database="SQLite", app_ms=16.0, engine_ms=5.0),  # 3.2× > 1.5 × 2×
        Figure(what="Zoeken", database="PostgreSQL", app_ms=90.0, engine_ms=1.0),  # not in the reference
        Figure(what="Dossier", database="SQLite", app_ms=40.0, engine_ms=10.0),  # 4× < 4.5×
        Figure(what="Leeg Qt-venster", database="—", app_ms=800.0),
        Figure(what="p50", database="SQLite", app_ms=30.0, engine_ms=0.1),
        Figure(what="Import", database="SQLite", app_ms=25.0, engine_ms=10.0),  # 2.5× < 3×
        Figure(what="Import", database="SQLite", app_ms=50.0, engine_ms=10.0),  # 5× < 6×: each to its own
    ]
    assert regressions(now, reference) == [
        "WAARSCHUWING: Zoeken (SQLite) is 3,2× de engine, was 2,0× in de referentie"
    ]


def test_every_time_states_its_spread_and_the_cold_start_its_ratios_to_the_empty_window(qapp) -> None:
    from desktop.bench_figures import Figure, Spread, Timed, render_report

    empty = Figure(what="Leeg Qt-venster", database="—", app_ms=Timed([200.0, 210.0, 260.0]))
    figures = [
        Figure(
            what="Dossier",
            database="SQLite",
            app_ms=Timed([12.0, 10.0, 30.0]),
            engine_ms=Timed([5.0, 6.0, 5.5]),
        ),
        Figure(
            what="Venster zichtbaar",
            database="SQLite",
            app_ms=280.0,
            app_spread=Spread(low=270.0, high=400.0, runs=5),
            engine_ms=empty.app_ms,
            target_ratio=1.5,
        ),
        Figure(
            what="Eerste rijen", database="SQLite", app_ms=700.0, engine_ms=empty.app_ms, target_ratio=3.0
        ),
        Figure(
            what="Import", database="SQLite", app_ms=900.0, app_spread=Spread(low=900.0, high=900.0, runs=1)
        ),
        empty,
    ]
    report = render_report("small", [], [], figures, 3)
    rows = {
        line.split(" | ")[0].removeprefix("| "): line for line in report.splitlines() if line.startswith("| ")
    }
    assert "| 12,0 ms (10,0–30,0) | 5,5 ms (5,0–6,0) |" in rows["Dossier"]
    assert "| 280 ms (270–400) |" in rows["Venster zichtbaar"]
    assert "| 1,3× | ≤ 1,5× | gehaald |" in rows["Venster zichtbaar"]  # 280 / 210
    assert "| 3,3× | ≤ 3,0× | **niet gehaald** |" in rows["Eerste rijen"]  # 700 / 210
    assert "900 ms (1 meting)" in rows["Import"]
    assert "210 ms (200–260)" in rows["Leeg Qt-venster"]
    assert "min–max" in report
    assert "Doelen niet gehaald: Eerste rijen (SQLite)." in report


def test_the_committed_reference_still_reads_and_a_new_one_keeps_the_spread(qapp) -> None:
    from desktop.bench_figures import Figure, Timed, figures_json, regressions

    reference = (ROOT / "tests" / "benchmarks" / "small-reference.json").read_text(encoding="utf-8")
    now = [Figure(what="Mijn werk van het hele team", database="SQLite", app_ms=1000.0, engine_ms=10.0)]
    assert regressions(now, reference)[0].startswith("WAARSCHUWING: Mijn werk van het hele team (SQLite)")
    written = json.loads(figures_json([Figure(what="x", database="SQLite", app_ms=Timed([1.0, 2.0, 3.0]))]))
    assert written[0]["app_ms"] == 2.0 and written[0]["app_spread"] == [1.0, 3.0, 3]
    assert regressions(now, figures_json(now)) == []


def test_on_a_fresh_server_database_each_bench_schema_finds_the_trigram_operators(qapp) -> None:
    """The bench puts each register in a schema of its own (bench_small, then bench_relevance for
    the labelled set). pg_trgm installed by the first into its own schema left the second without
    gin_trgm_ops: the relevance on PostgreSQL failed on any database that did not have it yet."""
    import uuid

    from sqlalchemy import create_engine, text

    from desktop.bench import prepare
    from models.companies.search import SearchService
    from tests.conftest import postgres_url

    base = postgres_url()
    name = f"odesk_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(
        base.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = base.rsplit("/", 1)[0] + f"/{name}"
        for size in ("small", "relevance"):
            db = prepare(url, size, 3)
            try:
                with db.session() as session:
                    assert SearchService(session).search("bakkerij") is not None
                    # Vacuumed once built, as a server's autovacuum would after the bulk load
                    # (this test server runs without it): its pages all-visible, its plans real.
                    vacuumed = session.execute(
                        text(
                            "SELECT count(*) FILTER (WHERE last_vacuum IS NULL), count(*) "
                            "FROM pg_stat_user_tables WHERE schemaname = :schema"
                        ),
                        {"schema": f"bench_{size}"},
                    ).one()
                    assert vacuumed[0] == 0 and vacuumed[1] > 10, vacuumed
            finally:
                db.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_each_cold_start_is_compared_with_an_empty_window_started_just_before_it(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The empty Qt window measured once at the beginning of a run was the yardstick of every
    database's start, measured minutes later: the load of a shared machine changed meanwhile and
    showed as a difference between SQLite and PostgreSQL that the start does not make. Each start
    of the application now follows a start of the empty window, and is set beside those."""
    started: list[str] = []

    def fake_start(command: list[str], env: dict[str, str], *_args: object) -> bench_start.Start:
        empty = command[1] == "-c"
        started.append("empty" if empty else "app")
        late = 2.0 if len(started) > 6 else 1.0  # the machine gets busier half-way
        ms = (100.0 if empty else 140.0) * late
        return bench_start.Start(visible_ms=ms, ready_ms=ms + 50 * (not empty), peak_kb=1, complete_ms=ms)

    monkeypatch.setattr(bench_start, "_start", fake_start)
    visible, first_rows, _complete = bench_start.measure_cold_start("sqlite:///x.db", "SQLite", None, 5)

    assert started == ["empty", "app"] * 6  # a first pair that fills the caches, then 5 pairs
    assert visible.ratio == pytest.approx(1.4)  # 140 / 100 and 280 / 200 alike
    assert first_rows.ratio == pytest.approx(330 / 200)  # the medians: 330 ms beside 200 ms
    assert visible.engine_spread is not None and visible.engine_spread.runs == 5


# -- garbage collected as the window collects it ------------------------------------------------


class _NoDatabase:
    @contextmanager
    def session(self) -> Iterator[None]:
        yield None


class _Cyclic:
    """An object that only the cyclic collector frees (it refers to itself)."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def window_collection() -> Iterator[None]:
    """Python's automatic collector off, as in the window (views/common/garbage.py)."""
    automatic = gc.isenabled()
    gc.disable()
    yield
    if automatic:
        gc.enable()


def test_the_stand_in_timer_collects_what_is_due_every_half_second_and_no_oftener(
    window_collection: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    garbage = [weakref.ref(_Cyclic()) for _ in range(2000)]  # past the youngest generation's threshold
    monkeypatch.setattr(bench_figures, "_ticked", time.perf_counter())
    bench_figures.collector_tick()  # the timer fired just now: nothing collected
    assert all(ref() is not None for ref in garbage)
    monkeypatch.setattr(bench_figures, "_ticked", time.perf_counter() - 0.6)
    bench_figures.collector_tick()  # half a second on: what is due is collected
    assert all(ref() is None for ref in garbage)


def test_each_run_and_each_read_of_the_list_gives_the_timer_its_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    ticks: list[None] = []
    monkeypatch.setattr(bench_figures, "collector_tick", lambda: ticks.append(None))
    bench_figures.median_ms(lambda: None, repeat=3)
    assert len(ticks) == 3
    monkeypatch.setattr(bench, "collector_tick", lambda: ticks.append(None))
    bench._InlineWorker(_NoDatabase()).run(lambda _session: None)  # type: ignore[arg-type]
    assert len(ticks) == 4


def test_a_long_call_runs_beside_the_collector_as_the_window_s_background_work(
    window_collection: None,
) -> None:
    made: list[weakref.ref[_Cyclic]] = []

    def export() -> int:
        made.extend(weakref.ref(_Cyclic()) for _ in range(2000))
        time.sleep(1.2)  # meanwhile the main thread collects, twice
        return 42

    assert bench_figures.beside_the_collector(export) == 42
    assert made and all(ref() is None for ref in made)

    def broken() -> None:
        raise ValueError("kapot")

    with pytest.raises(ValueError, match="kapot"):
        bench_figures.beside_the_collector(broken)
