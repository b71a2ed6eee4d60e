"""``admin loadtest``: a report on stdout, exit 0 when nothing was lost, no traceback."""

from __future__ import annotations

from pathlib import Path

from tests.desktop.test_cli import admin


def test_loadtest_reports_throughput_and_no_lost_update(pg_schema: str, isolated_home: Path) -> None:
    result = admin(
        "loadtest",
        "--database",
        pg_schema,
        "--clients",
        "4",
        "--edits",
        "15",
        "--companies",
        "2",
        "--agreements",
        "2",
        env_home=isolated_home,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("4 ")
    assert "60" in lines[1]  # 4 x 15 attempts
    assert "p50" in lines[2] and "p95" in lines[2]


def test_loadtest_refuses_a_local_file(tmp_path: Path, isolated_home: Path) -> None:
    result = admin("loadtest", "--database", f"sqlite:///{tmp_path / 'x.db'}", env_home=isolated_home)
    assert result.returncode == 1
    assert "PostgreSQL" in result.stderr
    assert "Traceback" not in result.stderr
