"""How the window looks for someone who needs larger text or more contrast.

Two things the operating system decides and the application follows:

- **Text size**: the style sheet (resources/styles/app.qss) is written for a 10 pt interface font.
  When the system's font is larger (a person set 12 or 14 pt), every size in it grows by the same
  factor; scaling (125 %, 150 %, 200 %) is Qt's own: a point stays a point on a denser screen.
- **Contrast**: with the theme setting on "follow the system" (the default), a system that asks
  for more contrast (``QStyleHints.accessibility().contrastPreference()``: Windows' contrast themes,
  GNOME's and KDE's high contrast) gets the high-contrast theme; the setting can also choose it,
  or the standard theme, outright.

The high-contrast theme is the same style sheet with its colours replaced by property: every
background white (a selection, the primary button: dark blue), every text black (white on the
dark ones), every line black; a thick blue frame marks the focused control. Text on its background
is at least 7:1 (WCAG AAA; AA asks 4.5:1), tested in tests/views/test_theme.py.
"""

from __future__ import annotations

import re
from enum import StrEnum

from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from views.common.paths import resource
from views.common.settings import THEME, Settings

# The point size resources/styles/app.qss is written for.
DESIGN_POINT_SIZE = 10.0


class Theme(StrEnum):
    SYSTEM = "system"  # the standard theme, or high contrast when the system asks for it
    STANDARD = "standard"
    HIGH_CONTRAST = "high_contrast"


# -- the high-contrast colours ---------------------------------------------------------------------

WHITE, BLACK = "#ffffff", "#000000"
DARK = "#002a80"  # a selection, the primary button: white text on it is 14:1
FOCUS = "#0040ff"  # the focus frame: 6.7:1 on white, and a blue apart from the black lines
SELECTED = "#cce0ff"  # a selection with black text on it (16:1), framed in black
MUTED = "#333333"  # secondary text (12.6:1 on white)
DISABLED = "#595959"  # still readable (7:1 on white): not only a paler grey

# Colours of app.qss that mark a selected or primary thing: dark in high contrast, the rest white.
_DARK_BACKGROUNDS = {"#dbe6f5", "#1f5fa8", "#174d8a"}
_BACKGROUND = ("background", "background-color", "alternate-background-color", "selection-background-color")
_TEXT = ("color", "selection-color")
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")

# Appended in high contrast: the focused control has a thick blue frame (a border of the same
# width, transparent, when not focused, so nothing moves), item views and the sidebar too.
_FOCUS_RULES = f"""
QPushButton {{ border: 1px solid {BLACK}; padding: 5px 12px; }}
QPushButton:focus {{ border: 3px solid {FOCUS}; padding: 3px 10px; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; padding: 1px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {FOCUS}; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus, #globalSearch:focus {{
    border: 3px solid {FOCUS}; }}
QAbstractItemView:focus, #sidebar:focus {{ border: 3px solid {FOCUS}; }}
QTabBar::tab:focus {{ border: 3px solid {FOCUS}; }}
QToolTip {{ color: {BLACK}; background: {WHITE}; border: 1px solid {BLACK}; }}
"""


def _luminance(colour: str) -> float:
    channels = []
    for index in (1, 3, 5):
        value = int(colour[index : index + 2], 16) / 255
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """WCAG 2.1's contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _high_contrast_rule(selector: str, body: str) -> str:
    declarations = [d.strip() for d in body.split(";") if d.strip()]
    backgrounds: dict[str, str] = {}
    out = []
    for declaration in declarations:
        name, _, value = (part.strip() for part in declaration.partition(":"))
        if name in _BACKGROUND:
            value = _HEX.sub(lambda m: DARK if m.group(0).lower() in _DARK_BACKGROUNDS else WHITE, value)
            backgrounds[name] = value
        elif name.startswith("border") and ":focus" in selector:
            continue  # the focus frames of high contrast are its own (_FOCUS_RULES), not recoloured ones
        elif name.startswith("border") or name == "gridline-color":
            value = _HEX.sub(BLACK, value)
        out.append((name, value))
    has_text = any(name in _TEXT for name, _ in out)
    dark = any(DARK in value for name, value in out if name in ("background", "background-color"))
    if dark and not has_text and "::item" in selector:
        # A selected item whose text the rule leaves to what is drawn in it (a widget with its own
        # text colours): a light selection framed in black, under which black text reads.
        out = [
            (name, value.replace(DARK, SELECTED) if name in ("background", "background-color") else value)
            for name, value in out
        ]
        out.append(("border", f"2px solid {BLACK}"))
    elif dark and not has_text:  # the hover of a primary button: white text stays readable
        out.append(("color", WHITE))
    result = []
    for name, value in out:
        if name in _TEXT:
            under = backgrounds.get(
                "selection-background-color" if name == "selection-color" else "background",
                backgrounds.get("background-color", WHITE),
            )
            dark_under = DARK in under and SELECTED not in under
            muted = "#5f6673" in value or "#9aa1ad" in value
            value = _HEX.sub(WHITE if dark_under else (MUTED if muted else BLACK), value)
        result.append(f"{name}: {value};")
    return f"{selector.strip()} {{ {' '.join(result)} }}"


def high_contrast(sheet: str) -> str:
    """``sheet`` in high-contrast colours, with the focus frame."""
    without_comments = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    rules = [_high_contrast_rule(m.group(1), m.group(2)) for m in _RULE.finditer(without_comments)]
    return "\n".join(rules) + "\n" + _FOCUS_RULES


def scaled(sheet: str, point_size: float) -> str:
    """``sheet`` with its point sizes grown for a system font of ``point_size`` (never shrunk:
    a 9 pt system font keeps the 10 pt the layout is made for)."""
    factor = max(1.0, point_size / DESIGN_POINT_SIZE)
    if factor == 1.0:
        return sheet
    return _POINTS.sub(lambda m: f"{float(m.group(1)) * factor:.1f}pt", sheet)


def stylesheet(point_size: float = DESIGN_POINT_SIZE, high: bool = False) -> str:
    sheet = resource("styles", "app.qss").read_text(encoding="utf-8")
    return scaled(high_contrast(sheet) if high else sheet, point_size)


def high_contrast_palette() -> QPalette:
    """What Qt's own style paints (check marks, placeholders, scroll bars, tool tips) in the
    high-contrast colours."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, WHITE),
        (roles.WindowText, BLACK),
        (roles.Base, WHITE),
        (roles.AlternateBase, WHITE),
        (roles.Text, BLACK),
        (roles.Button, WHITE),
        (roles.ButtonText, BLACK),
        (roles.BrightText, WHITE),
        (roles.Highlight, DARK),
        (roles.HighlightedText, WHITE),
        (roles.PlaceholderText, MUTED),
        (roles.ToolTipBase, WHITE),
        (roles.ToolTipText, BLACK),
        (roles.Link, DARK),
        (roles.LinkVisited, DARK),
        (roles.Light, WHITE),
        (roles.Midlight, WHITE),
        (roles.Mid, BLACK),
        (roles.Dark, BLACK),
        (roles.Shadow, BLACK),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED))
    return palette


# The palette pairs a reader must be able to tell apart: text on its background.
PALETTE_PAIRS = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
)


def system_wants_high_contrast() -> bool:
    """Asked of Qt, whose answer is one of Qt's namespace's enums: that namespace, ~90 enums, is
    made at the first use (~15 ms), which the window's first frame does without
    (desktop.bootstrap.follow_display_settings)."""
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def system_point_size() -> float:
    """The operating system's interface font size, in points."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()


def is_high_contrast(theme: Theme, system: bool | None = None) -> bool:
    """``system``: what the system asks for, when known (else it is asked)."""
    if theme is not Theme.SYSTEM:
        return theme is Theme.HIGH_CONTRAST
    return system_wants_high_contrast() if system is None else system


_system_palette: list[QPalette] = []


def apply_theme(
    app: QApplication, theme: Theme, point_size: float | None = None, system: bool | None = None
) -> bool:
    """Style ``app`` for ``theme`` and the system's text size; True when it is in high contrast.
    ``system``: whether the system asks for more contrast, when known (else it is asked)."""
    high = is_high_contrast(theme, system)
    if not _system_palette:  # what the system gave, for going back to the standard theme
        _system_palette.append(app.palette())  # a copy; not QPalette(…), whose overloads make Qt's namespace
    app.setPalette(high_contrast_palette() if high else _system_palette[0])
    app.setStyleSheet(stylesheet(system_point_size() if point_size is None else point_size, high))
    app.setProperty("highContrast", high)
    return high


def current_theme(settings: Settings) -> Theme:
    """The theme setting; an unknown value (a newer version's, a typing error of IT's) is the default."""
    try:
        return Theme(settings.get(THEME))
    except ValueError:
        return Theme.SYSTEM
