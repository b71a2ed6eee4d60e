"""The ambition plan from the command line: demo data, both PDFs and a screenshot of the page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QImage

from models.ambitions import services as ambitions
from models.db import Database
from tests.desktop.test_cli import admin


def test_demo_plan_pdfs_and_screenshot(tmp_path: Path, isolated_home: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    demo = admin("demo", "--companies", "200", "--database", url, env_home=isolated_home)
    assert demo.returncode == 0, demo.stderr

    with Database(url).session() as session:
        overview = ambitions.overview(session, ambitions.current_plan_id(session), today=date.today())
        assert overview.plan.number == 2 and overview.plan.status.value == "adopted"
        assert 30 <= len(overview.respondents) <= 40
        assert len(overview.unlinked_ideas) == 4
        assert len(overview.ambitions) == 7
        assert all(a.actions for a in overview.ambitions)
        lights = {i.assessment.light for a in overview.ambitions for i in a.indicators}
        assert len(lights) >= 3  # the demo shows more than one colour
        assert sum(i.computed for a in overview.ambitions for i in a.indicators) == 2

    document = tmp_path / "ambitiedocument.pdf"
    result = admin(
        "pdf", "ambition-document", "--out", str(document), "--database", url, env_home=isolated_home
    )
    assert result.returncode == 0, result.stderr
    assert f"Ambitiedocument opgeslagen als {document}" in result.stdout
    assert "De co-creatie in cijfers" in PdfReader(document).pages[0].extract_text()

    report = tmp_path / "monitoring.pdf"
    result = admin(
        "pdf",
        "monitoring",
        "--from",
        "2026-01-01",
        "--to",
        "2026-06-30",
        "--out",
        str(report),
        "--database",
        url,
        env_home=isolated_home,
    )
    assert result.returncode == 0, result.stderr
    assert "Monitoringsrapportage" in PdfReader(report).pages[0].extract_text()

    result = admin(
        "pdf",
        "monitoring",
        "--from",
        "2026-01-01",
        "--out",
        str(report),
        "--database",
        url,
        env_home=isolated_home,
    )
    assert result.returncode == 1
    assert "Geef de periode van de rapportage" in result.stderr
    result = admin(
        "pdf",
        "monitoring",
        "--from",
        "1-1-2026",
        "--to",
        "2026-06-30",
        "--out",
        str(report),
        "--database",
        url,
        env_home=isolated_home,
    )
    assert result.returncode == 1
    assert "1-1-2026 is geen datum" in result.stderr

    shot = tmp_path / "ambitions.png"
    result = admin("screenshot", "--page", "ambitions", str(shot), "--database", url, env_home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert not QImage(str(shot)).isNull()
