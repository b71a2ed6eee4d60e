"""Every icon the code names is drawn (views/common/icons.py draws them from the font qtawesome
ships, without importing qtawesome): a misspelt name would be an empty button."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from views.common import icons

ROOT = Path(__file__).resolve().parents[2]


def test_every_icon_named_in_the_code_is_in_the_font_and_draws(qapp) -> None:
    names = set()
    for source in (ROOT / "views").rglob("*.py"):
        names |= set(re.findall(r"\"(mdi6\.[a-z0-9-]+)\"", source.read_text(encoding="utf-8")))
    assert len(names) > 40  # the navigation, the buttons, the banners
    for name in sorted(names):
        made = icons.icon(name, color="#1f5fa8")
        image = made.pixmap(QSize(20, 20)).toImage()
        assert not made.isNull(), name
        assert any(image.pixelColor(x, y).alpha() for x in range(20) for y in range(20)), name


def test_an_unknown_name_gives_an_empty_icon_and_says_so_in_the_log(qapp, caplog) -> None:
    assert icons.icon("mdi6.no-such-icon").isNull()
    assert isinstance(icons.icon("fa5s.home"), QIcon)
    assert "no icon mdi6.no-such-icon" in caplog.text
