"""The application's icons, drawn straight from the Material Design Icons font that the qtawesome
package ships, without importing qtawesome: it loads qtpy, its binding layer, whose star imports
cost about as much as an empty Qt window's whole start (issue 20), and brings QtOpenGL into the
bundle. ``icon("mdi6.domain", color="#5f6673")`` draws as ``qtawesome.icon`` did with the same
arguments (the glyph at 7/8 of the icon's height, centred, the palette's text colour by default).

The font is found in the installed qtawesome package (a checkout) or in ``resources/icon-font``
(the bundle copies only this font there: installer/ondernemersdesk.spec). Without it the
buttons keep their text and an empty icon, and the log says why.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from views.common.paths import resource

log = logging.getLogger(__name__)

# Qt.AlignmentFlag.AlignCenter as the number drawText takes: the icons of the first screen are
# painted before anything else uses Qt's namespace, whose ~90 enums cost ~15 ms to make (issue 20).
ALIGN_CENTER = 0x0084

PREFIX = "mdi6"
FONT = "materialdesignicons6-webfont-"  # qtawesome/fonts/<this><version>.ttf, and its -charmap-….json
BUNDLED = "icon-font"  # resources/<this>/ in the bundle


def font_folders() -> list[Path]:
    """Where the font may be: the bundle's copy, then the installed qtawesome package's."""
    folders = [resource(BUNDLED)]
    spec = importlib.util.find_spec("qtawesome")  # finds the package without importing it
    if spec is not None and spec.submodule_search_locations:
        folders.append(Path(next(iter(spec.submodule_search_locations))) / "fonts")
    return folders


@functools.cache
def _font() -> tuple[str, dict[str, str]] | None:
    """The font's family and its names → code points (hexadecimal, as the charmap has them: turning
    its 7,000 names into characters at once cost the start more than showing its first screen);
    None (and a line in the log) without it."""
    for fonts in font_folders():
        ttf = next(iter(sorted(fonts.glob(f"{FONT}*.ttf"))), None)
        charmap = next(iter(sorted(fonts.glob(f"{FONT}charmap-*.json"))), None)
        if ttf is not None and charmap is not None:
            break
    else:
        log.warning("the icon font %s is not found: icons are left out", FONT)
        return None
    import json  # here: the first screen imports this module and draws no icon (issue 20)

    font_id = QFontDatabase.addApplicationFont(str(ttf))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("the icon font %s could not be loaded: icons are left out", ttf)
        return None
    return families[0], json.loads(charmap.read_text(encoding="utf-8"))


class _GlyphEngine(QIconEngine):
    def __init__(self, family: str, char: str, color: QColor | None) -> None:
        super().__init__()
        self._family, self._char, self._color = family, char, color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else QPalette()
        if mode == QIcon.Mode.Disabled:
            color = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        else:
            color = self._color or palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        font = QFont(self._family)
        font.setPixelSize(max(1, round(0.875 * rect.height())))
        painter.save()
        painter.setPen(color)
        painter.setFont(font)
        painter.drawText(rect, ALIGN_CENTER, self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self._family, self._char, self._color)


def icon(name: str, color: str | None = None) -> QIcon:
    """The icon ``name`` ("mdi6.…") in ``color`` (default: the palette's text colour)."""
    prefix, _, glyph = name.partition(".")
    found = _font()
    if found is None or prefix != PREFIX or glyph not in found[1]:
        log.warning("no icon %s", name)
        return QIcon()
    family, codes = found
    return QIcon(_GlyphEngine(family, chr(int(codes[glyph], 16)), QColor(color) if color else None))
