"""20 desks at once on the same few files: every edit is saved or shown as a conflict, none
is lost (models/tools/loadtest.py checks versions, final values and the audit trail)."""

from __future__ import annotations

import pytest

from models.errors import DomainError
from models.tools.loadtest import run


def test_twenty_clients_lose_no_update(pg_schema: str) -> None:
    report = run(pg_schema, clients=20, edits=100, companies_count=5, agreements_count=5)
    assert report.errors == []
    assert report.problems == []
    assert report.attempts == 20 * 100
    assert report.attempts == report.saves + report.conflicts
    assert report.saves > 0 and report.conflicts > 0, "overlapping edits must meet each other"
    assert report.ok
    print(  # the figures, for whoever runs the test with -s
        f"\n{report.saves} saves, {report.conflicts} conflicts in {report.seconds:.1f} s: "
        f"{report.saves_per_second:.0f} saves/s, p50 {report.p50_ms:.1f} ms, p95 {report.p95_ms:.1f} ms"
    )


def test_sqlite_is_refused(tmp_path) -> None:
    with pytest.raises(DomainError):
        run(f"sqlite:///{tmp_path / 'x.db'}", clients=2, edits=2)
