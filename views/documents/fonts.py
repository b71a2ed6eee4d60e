"""The one font family of every PDF: DejaVu Sans, bundled in ``resources/fonts``.

Reportlab's built-in Helvetica only knows Latin-1, so ’ “ ” € would come out as black
boxes; DejaVu Sans covers them all and may be redistributed (``LICENSE-DejaVu.txt``).
Only the glyphs a document uses are embedded, which keeps a letter around 30 kB.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from views.common.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the family once per process; safe to call from any thread, any number of times.

    Registered as a family so that ``<b>`` and ``<i>`` in a paragraph pick the right file.
    """
    global _registered
    with _lock:
        if _registered:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        for name in (BOLD, ITALIC, BOLD_ITALIC):
            # A bold paragraph style asked for <b> again must not fall back to Helvetica.
            addMapping(name, 0, 0, name)
        addMapping(BOLD, 1, 0, BOLD)
        addMapping(BOLD, 0, 1, BOLD_ITALIC)
        addMapping(BOLD, 1, 1, BOLD_ITALIC)
        addMapping(ITALIC, 1, 0, BOLD_ITALIC)
        addMapping(ITALIC, 0, 1, ITALIC)
        addMapping(ITALIC, 1, 1, BOLD_ITALIC)
        _registered = True
