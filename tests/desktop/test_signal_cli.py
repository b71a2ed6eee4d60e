"""The command line for signals and rounds: demo data, the signals screenshot, the round PDFs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pypdf import PdfReader

from tests.desktop.test_cli import admin


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def test_demo_signals_screenshot_and_round_reports(tmp_path: Path, isolated_home: Path) -> None:
    db = tmp_path / "cli.db"
    url = f"sqlite:///{db}"
    demo = admin("demo", "--companies", "300", "--seed", "3", "--database", url, env_home=isolated_home)
    assert demo.returncode == 0, demo.stderr
    with sqlite3.connect(db) as connection:
        statuses = {row[0] for row in connection.execute("SELECT DISTINCT status FROM signal")}
        day = connection.execute("SELECT max(held_on) FROM supervision_round").fetchone()[0]
        feedback = connection.execute(
            "SELECT count(*) FROM signal_event WHERE feedback IS NOT NULL"
        ).fetchone()[0]
    assert {"reported", "handling", "scheduled", "done", "cancelled"} <= statuses
    assert feedback > 0 and day is not None

    out = tmp_path / "signals.png"
    shot = admin("screenshot", "--page", "signals", str(out), "--database", url, env_home=isolated_home)
    assert shot.returncode == 0, shot.stderr
    assert out.stat().st_size > 20_000

    missing = admin(
        "pdf", "daily-report", "--out", str(tmp_path / "d.pdf"), "--database", url, env_home=isolated_home
    )
    assert missing.returncode == 1 and "--date" in missing.stderr
    daily = tmp_path / "daily.pdf"
    made = admin(
        "pdf", "daily-report", "--date", day, "--out", str(daily), "--database", url, env_home=isolated_home
    )
    assert made.returncode == 0, made.stderr
    assert "Dagrapport toezicht" in _text(daily)

    report = tmp_path / "zwaan.pdf"
    made = admin(
        "pdf",
        "entrepreneur-report",
        "--kvk",
        "69599084",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--out",
        str(report),
        "--database",
        url,
        env_home=isolated_home,
    )
    assert made.returncode == 0, made.stderr
    assert "Rapportage toezicht" in _text(report) and "Café De Zwaan" in _text(report)
    bad = admin(
        "pdf",
        "entrepreneur-report",
        "--kvk",
        "69599084",
        "--from",
        "1-1-2026",
        "--to",
        "2026-12-31",
        "--out",
        str(report),
        "--database",
        url,
        env_home=isolated_home,
    )
    assert bad.returncode == 1 and "geen datum" in bad.stderr
