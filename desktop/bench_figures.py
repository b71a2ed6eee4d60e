"""The benchmark's figures: how often each is measured, the targets it is held against, and the report they make (Markdown, in Dutch, beside the bare engine's time for the same work)."""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar

import PySide6
import sqlalchemy
from PySide6.QtCore import QCoreApplication

from views.common.garbage import INTERVAL_MS, collect_due

REPEAT = 5

T = TypeVar("T")

# The performance targets of docs/architecture.md, in milliseconds.
TARGET_SEARCH_P95 = 50.0

TARGET_COLD_START = 1500.0  # the first absolute aim; the start is now held to the ratios below
# The cold start, as ratios to the empty Qt window measured in the same run (docs/architecture.md):
# the window visible (frame, navigation, search box focused, typing kept), the company list's first rows.
TARGET_WINDOW_VISIBLE_RATIO = 1.5
TARGET_FIRST_ROWS_RATIO = 3.0

TARGET_COMPANY_FILE = 100.0

TARGET_PDF_20_PAGES = 1000.0

TARGET_EXPORT_XLSX = 30_000.0  # every company of a large municipality (250,000) to .xlsx
# Duplicates (issue 16): every company's candidates, one file's, a merge of 1,000 contact moments.
TARGET_ALL_CANDIDATES = 60_000.0
TARGET_ONE_COMPANY_CANDIDATES = 50.0
TARGET_MERGE = 1000.0
# The company search's relevance (issue 17): share of queries identifying one company that have
# it among the first three hits, and the figures before this was measured (commit 451e8c9, the
# same on SQLite and PostgreSQL): top-1, top-3, mean reciprocal rank.
TARGET_TOP3 = 0.95
RELEVANCE_BEFORE = (0.684, 0.732, 0.708)


@dataclass(frozen=True)
class Spread:
    """How far the runs of one measurement lay apart: the fastest and the slowest of ``runs`` runs
    (a noisy machine shows as a wide spread beside the median)."""

    low: float
    high: float
    runs: int

    @classmethod
    def of(cls, samples: list[float]) -> Spread:
        return cls(low=min(samples), high=max(samples), runs=len(samples))


def median_and_spread(samples: list[float]) -> tuple[float, Spread]:
    return statistics.median(samples), Spread.of(samples)


class Timed(float):
    """A median (ms) that carries the spread of its runs: a ``Figure`` given one as ``app_ms`` or
    ``engine_ms`` states that spread without being told (``median_ms`` makes them)."""

    spread: Spread

    def __new__(cls, samples: list[float]) -> Timed:
        made = super().__new__(cls, statistics.median(samples))
        made.spread = Spread.of(samples)
        return made


def median_ms(work: Callable[[], object], repeat: int = REPEAT) -> Timed:
    """The median of ``repeat`` runs after a warm-up, carrying their spread (see ``Timed``).

    Measured as the window collects garbage: ``admin bench`` switches Python's automatic
    collector off as the window does (views/common/garbage.py), and this loop turns no event loop,
    so the window's timer is stood in for after each run (``collector_tick``): a run longer than
    its interval gets the collections the window would make meanwhile at its end. The garbage
    left before the first run (the warm-up's, an earlier measurement's) is collected untimed."""
    work()  # warm-up: caches, compiled statements, imported modules
    collector_reset()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        collector_tick()
        samples.append((time.perf_counter() - started) * 1000)
    return Timed(samples)


_ticked = 0.0


def collector_tick() -> None:
    """The window's garbage collector timer where a measurement turns no event loop: what is due
    collected on this (the main) thread once ``INTERVAL_MS`` have passed since the last tick.
    Under the automatic collector, reading the company list to the end (250,000 companies) made
    some 600 collections between its reads that the window never makes, a quarter of its time."""
    global _ticked
    now = time.perf_counter()
    if (now - _ticked) * 1000 >= INTERVAL_MS:
        collect_due()
        _ticked = now


def collector_reset() -> None:
    """Before a measurement, untimed: what earlier work left that is due is collected now, and the
    stand-in timer starts again, so that no run pays for another's garbage."""
    global _ticked
    collect_due()
    _ticked = time.perf_counter()


def beside_the_collector(work: Callable[[], T]) -> T:
    """``work`` (a service's long call, no Qt object made) on a thread of its own while this, the
    main, thread collects what is due every ``INTERVAL_MS``: as the window runs an import, an
    export or a synchronisation on a background thread beside its collector's timer."""
    collector_reset()
    outcome: list[T] = []
    failure: list[BaseException] = []

    def call() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # raised again on the main thread
            failure.append(exc)

    thread = threading.Thread(target=call, name="bench-work")
    thread.start()
    while thread.is_alive():
        thread.join(INTERVAL_MS / 1000)
        collect_due()
    if failure:
        raise failure[0]
    return outcome[0]


@dataclass(kw_only=True)
class Figure:
    """One line of the report: the application's time beside the engine's for the same work.

    ``app_spread``/``engine_spread``: the runs' fastest and slowest (None: not known, shown as such).
    ``target_ratio``: a target as a ratio to the engine (or the empty window), e.g. the cold start's.
    """

    what: str
    database: str
    app_ms: float | None
    engine_ms: float | None = None
    target_ms: float | None = None
    note: str = ""
    app_spread: Spread | None = None
    engine_spread: Spread | None = None
    target_ratio: float | None = None

    def __post_init__(self) -> None:
        if self.app_spread is None and isinstance(self.app_ms, Timed):
            self.app_spread = self.app_ms.spread
        if self.engine_spread is None and isinstance(self.engine_ms, Timed):
            self.engine_spread = self.engine_ms.spread

    @property
    def ratio(self) -> float | None:
        if self.app_ms is None or not self.engine_ms:
            return None
        return self.app_ms / self.engine_ms

    @property
    def missed(self) -> bool:
        if self.target_ratio is not None and self.ratio is not None and self.ratio > self.target_ratio:
            return True
        return self.target_ms is not None and self.app_ms is not None and self.app_ms > self.target_ms


@dataclass(kw_only=True)
class RelevanceFigure:
    """The labelled query set on one database: how often the intended company comes first."""

    database: str
    queries: int  # queries that identify one company
    top1: float
    top3: float
    mrr: float
    crashes: int
    nothing: tuple[int, int]  # (found nothing, of the queries that should find nothing)

    @property
    def missed(self) -> bool:
        return self.top3 < TARGET_TOP3 or self.crashes > 0


def _share(value: float) -> str:
    return f"{value * 100:.1f} %".replace(".", ",")


def _labelled() -> str:
    return QCoreApplication.translate("bench", "Labelled query set")


def _relevance_lines(relevance: list[RelevanceFigure]) -> list[str]:
    if not relevance:
        return []
    before = " / ".join(
        (
            _share(RELEVANCE_BEFORE[0]),
            _share(RELEVANCE_BEFORE[1]),
            f"{RELEVANCE_BEFORE[2]:.3f}".replace(".", ","),
        )
    )
    lines = [
        "",
        "| "
        + " | ".join(
            (
                QCoreApplication.translate("bench", "Search relevance"),
                QCoreApplication.translate("bench", "Database"),
                "top-1",
                "top-3",
                "MRR",
                QCoreApplication.translate("bench", "Before (top-1 / top-3 / MRR)"),
                QCoreApplication.translate("bench", "Target"),
                QCoreApplication.translate("bench", "Result"),
                QCoreApplication.translate("bench", "Notes"),
            )
        )
        + " |",
        "|---|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in relevance:
        verdict = (
            QCoreApplication.translate("bench", "**missed**")
            if r.missed
            else QCoreApplication.translate("bench", "met")
        )
        note = (
            QCoreApplication.translate(
                "bench", "%1 queries; %2 of %3 nonsense queries found nothing; %4 crashes"
            )
            .replace("%1", str(r.queries))
            .replace("%2", str(r.nothing[0]))
            .replace("%3", str(r.nothing[1]))
            .replace("%4", str(r.crashes))
        )
        lines.append(
            f"| {_labelled()} | {r.database} | {_share(r.top1)} | "
            f"{_share(r.top3)} | {f'{r.mrr:.3f}'.replace('.', ',')} | {before} | top-3 ≥ {_share(TARGET_TOP3)} | "
            f"{verdict} | {note} |"
        )
    return lines


def _ms(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f} ms".replace(",", ".") if value >= 100 else f"{value:.1f} ms".replace(".", ",")


def _timed(value: float | None, spread: Spread | None) -> str:
    """``123 ms (110–140)``: the median and, in brackets, the fastest and slowest run."""
    if value is None or spread is None:
        return _ms(value)
    if spread.runs < 2:
        return QCoreApplication.translate("bench", "%1 (1 run)").replace("%1", _ms(value))
    low, high = _ms(spread.low).removesuffix(" ms"), _ms(spread.high).removesuffix(" ms")
    return f"{_ms(value)} ({low}–{high})"


def _target(f: Figure) -> str:
    parts = []
    if f.target_ratio is not None:
        parts.append(f"≤ {f.target_ratio:.1f}×".replace(".", ","))
    if f.target_ms is not None:
        parts.append(f"< {_ms(f.target_ms)}")
    return " ".join(parts) or "—"


def number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages / 2**30:.0f} GiB"
    except (ValueError, OSError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{memory}; {platform.platform()}"


def _app_version() -> str:
    try:
        return version("ondernemersdesk")
    except PackageNotFoundError:
        return "?"


def _versions(engines: list[str]) -> str:
    parts = [
        f"Ondernemersdesk {_app_version()}",
        f"Python {platform.python_version()}",
        f"PySide6 {PySide6.__version__}",
        f"SQLAlchemy {sqlalchemy.__version__}",
        *engines,
    ]
    return ", ".join(parts)


def render_report(
    size: str,
    datasets: list[tuple[str, dict[str, int]]],
    engines: list[str],
    figures: list[Figure],
    repeat: int = REPEAT,
    relevance: list[RelevanceFigure] | None = None,
) -> str:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        "# " + QCoreApplication.translate("bench", "Ondernemersdesk benchmark (%1)").replace("%1", size),
        "",
        "- "
        + QCoreApplication.translate("bench", "Date: %1").replace(
            "%1", datetime.now().strftime("%Y-%m-%d %H:%M")
        ),
        "- " + QCoreApplication.translate("bench", "Machine: %1").replace("%1", _machine()),
        "- " + QCoreApplication.translate("bench", "Versions: %1").replace("%1", _versions(engines)),
    ]
    for name, counts in datasets:
        lines.append(
            "- "
            + QCoreApplication.translate(
                "bench",
                "Data (%6): %1 companies, %2 establishments, %3 contact persons, %4 contact moments, "
                "%5 agreements",
            )
            .replace("%6", name)
            .replace("%1", number(counts["companies"]))
            .replace("%2", number(counts["establishments"]))
            .replace("%3", number(counts["contacts"]))
            .replace("%4", number(counts["interactions"]))
            .replace("%5", number(counts["agreements"]))
        )
    lines.append(
        "- "
        + QCoreApplication.translate(
            "bench", "Peak memory of the benchmark process (services, window, PDFs): %1 MB"
        ).replace("%1", f"{peak:.0f}")
    )
    lines += [
        "",
        "| "
        + " | ".join(
            (
                QCoreApplication.translate("bench", "Measurement"),
                QCoreApplication.translate("bench", "Database"),
                QCoreApplication.translate("bench", "Application"),
                QCoreApplication.translate("bench", "Engine alone"),
                QCoreApplication.translate("bench", "Ratio"),
                QCoreApplication.translate("bench", "Target"),
                QCoreApplication.translate("bench", "Result"),
                QCoreApplication.translate("bench", "Notes"),
            )
        )
        + " |",
        "|---|---|---:|---:|---:|---:|---|---|",
    ]
    for f in figures:
        ratio = f"{f.ratio:.1f}×".replace(".", ",") if f.ratio is not None else "—"
        verdict = (
            "—"
            if f.target_ms is None and f.target_ratio is None
            else QCoreApplication.translate("bench", "**missed**")
            if f.missed
            else QCoreApplication.translate("bench", "met")
        )
        lines.append(
            f"| {f.what} | {f.database} | {_timed(f.app_ms, f.app_spread)} | "
            f"{_timed(f.engine_ms, f.engine_spread)} | {ratio} | {_target(f)} | {verdict} | {f.note} |"
        )
    lines += _relevance_lines(relevance or [])
    missed = [f"{f.what} ({f.database})" for f in figures if f.missed] + [
        f"{_labelled()} ({r.database})" for r in relevance or [] if r.missed
    ]
    lines.append("")
    if missed:
        lines.append(
            QCoreApplication.translate("bench", "Missed targets: %1.").replace("%1", "; ".join(missed))
        )
    else:
        lines.append(QCoreApplication.translate("bench", "Every target is met."))
    lines += [
        "",
        QCoreApplication.translate(
            "bench",
            "Engine alone: the same work written directly in SQL against the same indexes "
            "(DB-API cursor, no application code), or an empty Qt window for the start. Times "
            "are medians of %1 runs after a warm-up, with the spread in brackets: the fastest and the "
            "slowest run (min–max; a wide spread means a busy machine). Search is p50/p95 over the "
            "fragments and every keystroke of the typed words, its spread the lowest and highest "
            "p50/p95 of the rounds. What is measured once (an import) says so.",
        ).replace("%1", str(repeat)),
        "",
    ]
    return "\n".join(lines)


# -- comparing with a reference run ----------------------------------------------------------

# A ratio to the bare engine that grew by more than this against the committed reference report is
# worth a look (a warning at the end of the CI log, never a failure: the machine is shared and noisy).
REGRESSION_FACTOR = 1.5
# Below a millisecond the engine's time is mostly the timer's and the scheduler's: its ratio is noise.
MIN_ENGINE_MS = 1.0


def figures_json(figures: list[Figure]) -> str:
    """The figures for a later run to compare with (``--json``; ``--compare`` reads it back)."""
    return json.dumps(
        [
            {
                "what": f.what,
                "database": f.database,
                "app_ms": f.app_ms,
                "engine_ms": f.engine_ms,
                "ratio": f.ratio,
                # Added later (the cold start's split, issue 20): a reference without them still reads.
                "app_spread": [f.app_spread.low, f.app_spread.high, f.app_spread.runs]
                if f.app_spread
                else None,
                "engine_spread": (
                    [f.engine_spread.low, f.engine_spread.high, f.engine_spread.runs]
                    if f.engine_spread
                    else None
                ),
                "target_ratio": f.target_ratio,
            }
            for f in figures
        ],
        indent=1,
        ensure_ascii=False,
    )


def regressions(figures: list[Figure], reference_json: str, factor: float = REGRESSION_FACTOR) -> list[str]:
    """One line per figure whose ratio to the engine is more than ``factor`` times the reference's
    ratio for the same measurement on the same database (figures without a ratio, and those whose
    engine time was below ``MIN_ENGINE_MS`` in the reference, are left out)."""
    stored = json.loads(reference_json)
    reference = {
        key: r["ratio"]
        for key, r in zip(_keys((r["what"], r["database"]) for r in stored), stored, strict=True)
        if r.get("ratio") and (r.get("engine_ms") or 0) >= MIN_ENGINE_MS
    }
    lines = []
    for key, figure in zip(_keys((f.what, f.database) for f in figures), figures, strict=True):
        before = reference.get(key)
        now = figure.ratio
        if before and now and now > before * factor:
            lines.append(
                QCoreApplication.translate(
                    "bench", "WARNING: %1 (%2) is %3× the engine, was %4× in the reference"
                )
                .replace("%1", figure.what)
                .replace("%2", figure.database)
                .replace("%3", f"{now:.1f}".replace(".", ","))
                .replace("%4", f"{before:.1f}".replace(".", ","))
            )
    return lines


def _keys(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str, int]]:
    """What a figure is across runs: its measurement, its database and which of that pair it is
    (the import is measured twice under one name: into an empty database and into the demo)."""
    seen: Counter[tuple[str, str]] = Counter()
    keys = []
    for pair in pairs:
        keys.append((*pair, seen[pair]))
        seen[pair] += 1
    return keys
