"""``admin screenshot --page desk``: the desk as during a conversation, from the demo data."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from PySide6.QtGui import QImage

from models.db import Database
from models.desk import knowledge
from models.desk import services as desk
from tests.desktop.test_cli import admin


def test_desk_screenshot_from_demo_data(tmp_path: Path, isolated_home: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    demo = admin("demo", "--companies", "60", "--seed", "3", "--database", url, env_home=isolated_home)
    assert demo.returncode == 0, demo.stderr
    database = Database(url)
    with database.session() as session:
        today = date.today()
        review = knowledge.list_articles(session, knowledge.ArticleScope.NEEDS_REVIEW, today=today)
        assert {a.state for a in review} == {
            knowledge.ArticleState.EXPIRED,
            knowledge.ArticleState.PAST_REVIEW,
        }
        asked_today = desk.questions(session, today, today)
        # This morning's questions, once the desk has opened: never one later than now.
        now = datetime.now(UTC)
        assert all(q.asked_at <= now for q in asked_today)
        if datetime.now().time() >= time(8, 45):
            assert asked_today
    database.dispose()

    out = tmp_path / "desk.png"
    shot = admin("screenshot", "--page", "desk", str(out), "--database", url, env_home=isolated_home)
    assert shot.returncode == 0, shot.stderr
    image = QImage(str(out))
    assert image.width() >= 1000 and out.stat().st_size > 20_000  # a rendered window, not an empty image
