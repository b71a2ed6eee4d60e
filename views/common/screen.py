"""Windows that fit the screen they open on: most municipal laptops are 1366×768, with a taskbar
about 720 px high is what is left. A window or dialog asks for the size it would like; it gets at
most what the screen offers, and a dialog's form scrolls instead of pushing its buttons off-screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

# What the window's frame and title bar take around a window's own area (the window manager's,
# so not known before it is shown): kept free so the frame fits too.
FRAME = QSize(16, 40)


def screen_of(widget: QWidget | None = None) -> QScreen | None:
    """The screen ``widget``'s window is on, the primary screen before it has one (None: no screen)."""
    # Not QWidget.screen(): asked of a window not yet shown it let Qt keep a screen pointer that
    # crashed the next dialog made (QScreen::virtualSiblings, in QDialog's constructor; CI, 3 December).
    handle = widget.window().windowHandle() if widget is not None else None
    screen = handle.screen() if handle is not None else None
    return screen or QGuiApplication.primaryScreen()


def available(widget: QWidget | None = None) -> QSize:
    """The room a window has on the screen ``widget`` is on (the primary screen otherwise)."""
    screen = screen_of(widget)
    if screen is None:  # no screen at all (never with a window to show): assume the small laptop
        return QSize(1366, 720) - FRAME
    return screen.availableGeometry().size() - FRAME


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height``, or to what its screen has room for if that is less."""
    room = available(window)
    window.resize(min(width, room.width()), min(height, room.height()))


def bounded_width(widget: QWidget, width: int) -> int:
    """``width``, or the room the screen has when that is less: at a large scale (200 % on a laptop
    leaves 683 logical pixels) a wide form scrolls sideways instead of running off the screen."""
    return min(width, available(widget).width())


def keep_on_screen(window: QWidget) -> None:
    """Shrink a window that came out larger than its screen (call once it is shown)."""
    room = available(window)
    if window.width() > room.width() or window.height() > room.height():
        window.resize(min(window.width(), room.width()), min(window.height(), room.height()))


class ScrollingPane(QScrollArea):
    """A form's fields: as tall as they like on a large screen, scrolling on a small one.

    A plain QScrollArea asks for a small fixed size; this one asks for its content's size, so a
    dialog opens with every field in view where there is room, and only needs as little height
    as a few rows where there is not.
    """

    MINIMUM_HEIGHT = 160
    DIALOG_MARGINS = 48

    def __init__(self, content: QWidget) -> None:
        from PySide6.QtCore import Qt  # here: the first screen uses this module, and none of Qt's enums

        super().__init__()
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Not a stop of its own for Tab: the fields in it are, and it scrolls to the one focused.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Sideways only when the screen is narrower than the form (a large scale): see minimumSizeHint.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # The form's own background shows through: the pane is only a way to scroll.
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        return QSize(hint.width() + self._bar(), hint.height())

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        least = content.minimumSizeHint()
        # At most the screen's width: wider content scrolls sideways rather than being cut off.
        # (The dialog's own margins and a vertical bar are left beside it.)
        width = min(least.width() + self._bar(), available(self).width() - self.DIALOG_MARGINS)
        return QSize(max(width, 0), min(least.height(), self.MINIMUM_HEIGHT))


class ZoomPane(QScrollArea):
    """A window's whole content, scrolling both ways only when the screen is smaller than it (a large
    scale: 200 % leaves a 1366×768 laptop 683×384 logical pixels); at 100 % it never shows a bar."""

    def __init__(self, content: QWidget, name: str = "zoomPane") -> None:
        from PySide6.QtCore import Qt  # see ScrollingPane

        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own: its fields are
        self.setWidgetResizable(True)
        self.setWidget(_LeastHeight(content))
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)

    def sizeHint(self) -> QSize:
        content = self.widget()
        return content.sizeHint() if content is not None else super().sizeHint()


class _LeastHeight(QWidget):
    """Holds a ZoomPane's content and asks, at a width, for the least height the content needs.

    A scroll area sizes content whose layout has a height for its width (wrapped text anywhere on
    the page) by that height, which a box layout adds up from its items' *preferred* heights: a
    page with a chart and two lists asked 814 px of a 698 px window at 100 %, and scrolled with the
    chart cut off. The least height scrolls only when the content cannot be shown whole."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)

    def heightForWidth(self, width: int) -> int:
        layout = self.content.layout()
        if layout is not None and layout.hasHeightForWidth():
            return layout.totalMinimumHeightForWidth(width)
        return self.content.heightForWidth(width)
