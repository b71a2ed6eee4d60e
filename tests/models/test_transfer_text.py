"""The copy's report as plain text: made without Qt, for the dialog and ``admin copy`` alike."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

from models.i18n import Wording
from models.tools.transfer import TableCopy, TransferReport
from models.tools.transfer_text import report_text

ROOT = Path(__file__).resolve().parents[2]
PLAIN = Wording(
    translate=lambda _context, text: text,
    number=lambda n: f"{n:,}".replace(",", "."),
    seconds=lambda s: f"{s:.1f}".replace(".", ","),
    moment=lambda m: m.isoformat(timespec="minutes"),
    message=lambda text, params: text.format(**params),
)


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_the_report_text_needs_no_qt_and_the_command_line_no_dialog() -> None:
    assert not any(
        name.startswith("PySide6") for name in _imports(ROOT / "models" / "tools" / "transfer_text.py")
    )
    assert "views.connection.transfer_dialog" not in _imports(ROOT / "desktop" / "cli.py")


def test_the_report_text_is_aligned_in_columns() -> None:
    report = TransferReport(
        source="bestand.db",
        target="server",
        tables=[
            TableCopy(
                table="company",
                label="Companies",
                source_rows=250000,
                copied_rows=250000,
                target_rows=250000,
                content_equal=True,
                seconds=2.44,
            )
        ],
        started_at=datetime(2026, 11, 23, 14, 5, tzinfo=UTC),
        seconds=75,
        sample_equal=True,
    )
    text = report_text(PLAIN, report)
    assert "From: bestand.db" in text and "When: 2026-11-23T14:05+00:00" in text
    assert "250.000 rows copied in 1 min 15 s." in text
    lines = text.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("What"))
    assert lines[header + 1].startswith("---")
    assert lines[header + 2].split() == ["Companies", "250.000", "250.000", "2,4", "s", "equal"]
