"""The benchmark runs end to end and writes a report a reader can use; it never judges speed here
(timings belong in the report, not in assertions)."""

from __future__ import annotations

from pathlib import Path

from tests.desktop.test_cli import admin

MEASUREMENTS = (
    "Zoeken tijdens het typen, p50",
    "Zoeken tijdens het typen, p95",
    "Ondernemingsdossier met tijdlijn (services)",
    "Lijst van ondernemingen, eerste scherm",
    "Lijst van ondernemingen, tot het eind gescrold",
    "Mijn werk van de drukste medewerker",
    "Mijn werk van het hele team",
    "Gespreksvoorbereiding (PDF)",
    "Ondernemersdossier (PDF)",
    "Gespreksverslag (PDF)",
    "Het drukste dossier openen in het venster",
    "Koude start tot een bruikbaar hoofdvenster",
)


def test_bench_builds_its_database_once_and_reports_every_figure(
    database_url: str, tmp_path: Path, isolated_home: Path
) -> None:
    out = tmp_path / "report.md"
    args = ("bench", "--database", database_url, "--companies", "120", "--repeat", "1", "--out", str(out))
    first = admin(*args, env_home=isolated_home)
    assert first.returncode == 0, first.stderr
    assert "demodatabase" in first.stderr  # built on the first run

    report = out.read_text(encoding="utf-8")
    assert report == first.stdout.rstrip("\n") + "\n" or report.strip() == first.stdout.strip()
    backend = "SQLite" if database_url.startswith("sqlite") else "PostgreSQL"
    rows = [line for line in report.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| Meting | Database | Applicatie | Alleen de engine |")
    for measurement in MEASUREMENTS:
        assert any(row.startswith(f"| {measurement} | {backend} |") for row in rows), measurement
    assert any(row.startswith("| Leeg Qt-venster") for row in rows)
    assert "120 ondernemingen" in report
    assert "Python 3." in report and ("SQLite 3." in report or "PostgreSQL " in report)
    assert ("Alle doelen zijn gehaald." in report) or ("Doelen niet gehaald:" in report)

    again = admin(*args, env_home=isolated_home)  # reuses the database: nothing is built again
    assert again.returncode == 0, again.stderr
    assert "demodatabase" not in again.stderr
