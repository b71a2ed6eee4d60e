"""The application's own icon, apart from the icons drawn from the icon font (views/common/icons.py):
the first screen sets it before it draws any of those, which need the font and Qt's namespace
(issue 20)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from views.common.paths import resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The application's own icon (resources/icons), in every size the desktop may ask for."""
    made = QIcon()
    for size in ICON_SIZES:
        made.addFile(str(resource("icons", f"ondernemersdesk-{size}.png")))
    return made
