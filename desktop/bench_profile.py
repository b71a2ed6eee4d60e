"""``admin bench --profile FOLDER``: where the cold start and the opening of the busiest company
file spend their time, written as plain text a person reads in a minute (and the raw ``.pstats``
for snakeviz or ``python -m pstats``), so that the next regression is found in minutes.

- ``cold-start-imports.txt``: the modules a cold start imports, the slowest first (``-X importtime``);
- ``cold-start.txt`` / ``.pstats``: the functions of a cold start, by cumulative time (cProfile);
- ``company-file.txt`` / ``.pstats``: the services the company file calls when it opens (its record
  and the first page of its timeline), by cumulative time.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import sys
from datetime import date
from pathlib import Path

from desktop.bench_start import _child_env, _start_ms
from desktop.bootstrap import EXIT_WHEN_READY_ENV
from models.companies import services as companies
from models.consultations import services as consultations
from models.db import Database

TOP = 40  # lines per listing: enough to see where the time goes, short enough to read


def profile(db: Database, company_id: int, folder: Path, today: date) -> list[Path]:
    """Write the three listings for ``db`` into ``folder``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    return [*_cold_start(db.url, folder), *_company_file(db, company_id, folder, today)]


def _cold_start(url: str, folder: Path) -> list[Path]:
    env = _child_env()
    env["ONDERNEMERSDESK_DATABASE"] = url
    env[EXIT_WHEN_READY_ENV] = "1"
    main = Path(__file__).resolve().parent.parent / "main.py"
    _start_ms([sys.executable, str(main)], env)  # fills the file cache, as a second start finds it
    stats_file = folder / "cold-start.pstats"
    imports_log = folder / "cold-start-imports.log"
    with imports_log.open("w", encoding="utf-8") as log:
        _start_ms(
            [sys.executable, "-X", "importtime", "-m", "cProfile", "-o", str(stats_file), str(main)],
            env,
            stderr=log,
        )
    imports = folder / "cold-start-imports.txt"
    imports.write_text(slowest_imports(imports_log.read_text(encoding="utf-8")), encoding="utf-8")
    imports_log.unlink()
    listing = folder / "cold-start.txt"
    listing.write_text(_listing(pstats.Stats(str(stats_file))), encoding="utf-8")
    return [imports, listing, stats_file]


def slowest_imports(importtime_log: str, top: int = TOP) -> str:
    """The ``-X importtime`` lines, slowest cumulative first (microseconds, as Python writes them)."""
    rows = []
    for line in importtime_log.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue  # the header line
        rows.append((int(parts[1]), int(parts[0]), parts[2].rstrip()))
    rows.sort(reverse=True)
    lines = [f"{'cumulative µs':>14} {'self µs':>10}  module"]
    lines += [f"{cumulative:>14,} {own:>10,}  {name}" for cumulative, own, name in rows[:top]]
    return "\n".join(lines) + "\n"


def _company_file(db: Database, company_id: int, folder: Path, today: date) -> list[Path]:
    def open_file() -> None:
        with db.session() as session:  # as the window reads it: one round trip
            record = companies.company_file(session, company_id)
            consultations.timeline_page(session, company_id, today=today, company_version=record.version)

    open_file()  # warm: compiled statements and caches, as the second opening finds them
    profiler = cProfile.Profile()
    profiler.runcall(open_file)
    stats_file = folder / "company-file.pstats"
    profiler.dump_stats(str(stats_file))
    listing = folder / "company-file.txt"
    listing.write_text(_listing(pstats.Stats(profiler)), encoding="utf-8")
    return [listing, stats_file]


def _listing(stats: pstats.Stats) -> str:
    out = io.StringIO()
    stats.stream = out  # type: ignore[attr-defined]
    stats.strip_dirs().sort_stats(pstats.SortKey.CUMULATIVE).print_stats(TOP)
    return out.getvalue()
