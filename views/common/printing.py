"""Printing a document: the same PDF the preview shows and the file saves, on paper.

The PDF is made by reportlab (one toolkit for every document); Qt prints it through ``QPrinter``,
each page rendered by ``QPdfDocument`` at the printer's resolution (at most 300 dpi: sharp text on
paper, a page in a few megabytes) and scaled into the printable area, aspect kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300


def print_pdf(pdf: Path, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer``; returns the number of pages printed (0 when the
    printer could not be started, e.g. no printer or an unwritable output file)."""
    document = QPdfDocument()
    document.load(str(pdf))
    pages = document.pageCount()
    painter = QPainter()
    if pages == 0 or not painter.begin(printer):
        document.close()
        return 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(QRectF(0, 0, area.width(), area.height()).center())
            painter.drawImage(target, image)
    finally:
        painter.end()
        document.close()
    return pages
