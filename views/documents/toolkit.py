"""The one PDF toolkit: a document on the municipality's letterhead, and the parts to fill it.

Every document of the product (briefing, conversation report, company file, and later the
feedback letters and round reports) is made the same way::

    doc = PdfDocument(identity, "Gespreksverslag", subject="Café De Zwaan", today=today)
    doc.title("Gespreksverslag", "Café De Zwaan")
    doc.heading("Afspraken")
    doc.table([Column("Afspraak", 3), Column("Uiterlijk", 1)], rows, empty="Geen afspraken.")
    doc.build(out)

The toolkit owns the page: A4, margins, a header on every page (logo and name of the
municipality in its colour, the document's title), a footer on every page (the
confidentiality marking, the date, "Pagina X van Y" with the real total), the PDF's
metadata, the fonts and the styles. Documents only say what goes on it, top to bottom.

Text from the database is always passed as text and escaped here (see ``markdown.py``):
nothing a person typed is ever read as reportlab markup. Only methods named ``markup``
take markup, and only the code's own, with user text inside made safe by ``plain()``.

Why one module of seven hundred lines: it is the one place that knows reportlab (page
templates, the header and footer, styles, tables that repeat their header row, the two-pass
page count, metadata, the errors of saving a file); splitting it would spread reportlab's
vocabulary over the documents again, which is what this module exists to prevent.
"""

from __future__ import annotations

import errno
import io
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from models.errors import DomainError
from models.i18n import ENGLISH, QT_TRANSLATE_NOOP, language, translate
from models.team.records import Identity
from views.documents import markdown
from views.documents.fonts import BOLD, REGULAR, register_fonts
from views.documents.words import long_date

log = logging.getLogger(__name__)

# -- colours: the identity colour marks the letterhead and headings; status colours mean the
#    same as on screen. Text is never coloured alone: a status is also written out.
TEXT = colors.HexColor("#1f1f1f")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#c4c7c5")
HEAD_RULE = colors.HexColor("#5f6368")
OVERDUE = colors.HexColor("#b3261e")
DUE_SOON = colors.HexColor("#b26a00")
DONE = colors.HexColor("#1e7d32")
DEFAULT_ACCENT = "#1f5fa8"

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 22 * mm
RIGHT = 20 * mm
TOP = 33 * mm  # the letterhead lives above this
BOTTOM = 22 * mm  # the footer lives below this
BODY_WIDTH = PAGE_WIDTH - LEFT - RIGHT
LOGO_HEIGHT = 13 * mm
LOGO_MAX_WIDTH = 45 * mm
EMPTY = "—"
CELL_PADDING = 4  # points left and right inside a table cell; none at the table's outer edges
KEEP_WITH_HEADING = 30 * mm  # a heading starts a new page unless this much room is left under it
CREATOR = "Ondernemersdesk"


class PdfWriteError(DomainError):
    """The PDF could not be saved where the user asked: a folder, a permission, a full disk."""


@dataclass(frozen=True)
class Column:
    """A table column: its header, its width, and how its text is aligned.

    Short values (a date, a status, a number) get a fixed ``width`` in millimetres, wide
    enough for their longest word; text columns share what is left by ``weight``.
    """

    title: str
    weight: float = 1.0
    align: str = "left"  # left, right, center
    width: float | None = None  # millimetres


@dataclass(frozen=True)
class Cell:
    """A table or facts value with emphasis: a colour (a status) or bold. Text is escaped."""

    text: str | None
    colour: colors.Color | None = None
    bold: bool = False
    muted: bool = False
    detail: str | None = None  # a second, smaller line under the text (escaped too)


Value: TypeAlias = str | int | Cell | Flowable | None


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of every document; made once per document from the identity colour."""

    accent: colors.Color
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    meta: ParagraphStyle
    key: ParagraphStyle
    cell: ParagraphStyle
    cell_detail: ParagraphStyle
    head: ParagraphStyle
    bullets: tuple[ParagraphStyle, ...]

    def aligned(self, style: ParagraphStyle, align: str) -> ParagraphStyle:
        alignment = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}[align]
        if style.alignment == alignment:
            return style
        key = (style.name, align)
        cached = _ALIGNED.get(key)
        if cached is None or cached.parent is not style:
            cached = ParagraphStyle(f"{style.name}-{align}", parent=style, alignment=alignment)
            _ALIGNED[key] = cached
        return cached


_ALIGNED: dict[tuple[str, str], ParagraphStyle] = {}


def accent_colour(value: str | None) -> colors.Color:
    try:
        return colors.HexColor(value or DEFAULT_ACCENT)
    except ValueError:
        return colors.HexColor(DEFAULT_ACCENT)


def make_styles(accent: colors.Color) -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=9.5, leading=13.5, textColor=TEXT, spaceAfter=5, splitLongWords=1
    )
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, spaceAfter=0)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    return Styles(
        accent=accent,
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=18, leading=22, spaceAfter=2, keepWithNext=1
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=11, leading=15, textColor=MUTED, spaceAfter=0, keepWithNext=1
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=accent,
            spaceBefore=14,
            spaceAfter=5,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=BOLD,
            fontSize=10,
            leading=13.5,
            spaceBefore=9,
            spaceAfter=3,
        ),
        body=body,
        small=small,
        note=ParagraphStyle("note", parent=small, textColor=MUTED, spaceAfter=4),
        meta=ParagraphStyle("meta", parent=small, textColor=MUTED, spaceAfter=4),
        key=ParagraphStyle("key", parent=cell, textColor=MUTED),
        cell=cell,
        cell_detail=ParagraphStyle("cell-detail", parent=cell, fontSize=7.5, leading=10, textColor=MUTED),
        head=ParagraphStyle("head", parent=cell, fontName=BOLD, fontSize=7.5, leading=10, textColor=MUTED),
        bullets=tuple(
            ParagraphStyle(
                f"bullet{level}",
                parent=body,
                leftIndent=12 + 12 * level,
                bulletIndent=2 + 12 * level,
                spaceAfter=2,
                bulletFontName=REGULAR,
            )
            for level in range(3)
        ),
    )


def column_widths(columns: Sequence[Column], total: float) -> list[float]:
    """Fixed columns as asked; the rest of ``total`` shared by weight (at least 15 mm each)."""
    fixed = sum(c.width * mm for c in columns if c.width is not None)
    weights = sum(c.weight for c in columns if c.width is None)
    rest = max(total - fixed, 15 * mm * sum(1 for c in columns if c.width is None))
    widths = [c.width * mm if c.width is not None else rest * c.weight / weights for c in columns]
    if sum(widths) > total:  # too many fixed columns for the page: shrink all alike
        widths = [w * total / sum(widths) for w in widths]
    return widths


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so it fits ``width`` on one line (the letterhead)."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


class _NumberedCanvas(Canvas):
    """Holds every page back until the end, so the footer can say "Pagina 3 van 12"."""

    def __init__(self, *args: Any, footer: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer = footer

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(self, self._pageNumber, total)
            super().showPage()
        super().save()


class PdfDocument:
    """A document on the municipality's letterhead, filled top to bottom.

    ``title`` names the kind of document (in the letterhead and the PDF's metadata);
    ``subject`` what it is about (the metadata, and the letterhead after the title).
    ``public``: the document goes to a citizen or an entrepreneur (a letter, a conversation
    report, a handout): no confidentiality marking in its footer, and no red "te laat" in it
    (``sections`` reads this), which is the municipality's own bookkeeping.
    """

    def __init__(
        self,
        identity: Identity,
        title: str,
        *,
        subject: str = "",
        today: date,
        author: str | None = None,
        public: bool = False,
    ) -> None:
        self.identity = identity
        self.public = public
        self.title_text = title
        self.subject = subject
        self.today = today
        self.author = author or identity.name
        self.styles = make_styles(accent_colour(identity.colour))
        self.width = BODY_WIDTH
        self.page_count = 0
        self._stack: list[list[Flowable]] = [[]]
        self._logo = _logo(identity.logo)

    # -- filling ---------------------------------------------------------------------------

    @property
    def story(self) -> list[Flowable]:
        return self._stack[0]

    def add(self, *flowables: Flowable) -> None:
        self._stack[-1].extend(flowables)

    @contextmanager
    def together(self) -> Iterator[None]:
        """What is added inside stays on one page when it fits on one (a heading and its first lines)."""
        self._stack.append([])
        try:
            yield
        finally:
            parts = self._stack.pop()
            if parts:
                self.add(KeepTogether(parts))

    def title(self, title: str, subtitle: str | None = None) -> None:
        self.add(Paragraph(markdown.plain(title), self.styles.title))
        if subtitle:
            self.add(Paragraph(markdown.plain(subtitle), self.styles.subtitle))
        self.add(Spacer(0, 4 * mm))

    def heading(self, text: str) -> None:
        """A section heading; never alone at the foot of a page."""
        self.add(CondPageBreak(KEEP_WITH_HEADING), Paragraph(markdown.plain(text), self.styles.heading))

    def subheading(self, text: str) -> None:
        self.add(CondPageBreak(KEEP_WITH_HEADING), Paragraph(markdown.plain(text), self.styles.subheading))

    def paragraph(self, text: str | None, style: ParagraphStyle | None = None) -> None:
        """Plain text as typed (escaped, line breaks kept); nothing is added for no text."""
        if text and text.strip():
            self.add(Paragraph(markdown.plain(text.strip()), style or self.styles.body))

    def markup(self, markup: str, style: ParagraphStyle | None = None) -> None:
        """The code's own markup (``<b>``); user text in it must have passed through ``plain()``."""
        self.add(Paragraph(markup, style or self.styles.body))

    def note(self, text: str) -> None:
        """A quiet line: an empty state ("Geen afspraken."), an explanation."""
        self.add(Paragraph(markdown.plain(text), self.styles.note))

    def markdown(self, text: str | None, *, empty: str | None = None) -> None:
        """A report written by a person: paragraphs, bullets and bold; everything else literal."""
        flowables = markdown.to_flowables(text, self.styles.body, lambda level: self.styles.bullets[level])
        if flowables:
            self.add(*flowables)
        elif empty:
            self.note(empty)

    def bullets(self, items: Sequence[str | Cell]) -> None:
        for item in items:
            self.add(Paragraph(self._inline(item), self.styles.bullets[0], bulletText="•"))

    def spacer(self, height_mm: float) -> None:
        self.add(Spacer(0, height_mm * mm))

    def facts(self, pairs: Sequence[tuple[str, Value]], *, columns: int = 1) -> None:
        """A key/value list (a profile): keys quiet on the left, values beside them.

        With ``columns=2`` the pairs fill a left and then a right half, read top to bottom.
        An empty value shows as a dash, so a reader sees it is unknown rather than forgotten.
        """
        if not pairs:
            return
        per_column = -(-len(pairs) // columns)
        chunks = [list(pairs[i * per_column : (i + 1) * per_column]) for i in range(columns)]
        gap = 6 * mm if columns > 1 else 0
        half = (self.width - gap * (columns - 1)) / columns
        longest = max(stringWidth(key, REGULAR, self.styles.key.fontSize) for key, _value in pairs)
        key_width = min(longest + 8, half * 0.45)
        widths: list[float] = []
        for index in range(columns):
            widths += [key_width, half - key_width]
            if index < columns - 1:
                widths.append(gap)
        rows = []
        for row_index in range(per_column):
            row: list[Any] = []
            for index, chunk in enumerate(chunks):
                if row_index < len(chunk):
                    key, value = chunk[row_index]
                    room = widths[len(row) + 1] - 6
                    row += [Paragraph(markdown.plain(key), self.styles.key), self._rich(value, "left", room)]
                else:
                    row += ["", ""]
                if index < columns - 1:
                    row.append("")
            rows.append(row)
        table = Table(rows, colWidths=widths, hAlign="LEFT", splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    # Even an empty cell sets a font: without this it is Helvetica, not embedded.
                    ("FONT", (0, 0), (-1, -1), REGULAR, self.styles.cell.fontSize, self.styles.cell.leading),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        self.add(table, Spacer(0, 2 * mm))

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Value]],
        *,
        empty: str | None = None,
    ) -> None:
        """A data table across the body width: the header repeats on every page it runs onto.

        Cells wrap; a cell taller than a page is split inside the row, so no text is ever
        cut off. ``empty`` is said instead of an empty table.
        """
        if not rows:
            if empty:
                self.note(empty)
            return
        widths = column_widths(columns, self.width)
        last = len(columns) - 1
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), REGULAR, self.styles.cell.fontSize, self.styles.cell.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
            ("FONT", (0, 0), (-1, 0), BOLD, self.styles.head.fontSize, self.styles.head.leading),
            ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, HEAD_RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ]
        rooms = [
            w - (0 if i == 0 else CELL_PADDING) - (0 if i == last else CELL_PADDING)
            for i, w in enumerate(widths)
        ]
        for index, column in enumerate(columns):
            if column.align != "left":
                commands.append(("ALIGN", (index, 0), (index, -1), column.align.upper()))
        header: list[Any] = []
        for column, room in zip(columns, rooms, strict=True):
            if _fits(column.title, BOLD, self.styles.head.fontSize, room):
                header.append(column.title)
            else:
                header.append(
                    Paragraph(
                        markdown.plain(column.title), self.styles.aligned(self.styles.head, column.align)
                    )
                )
        data: list[list[Any]] = [header]
        for r, row in enumerate(rows, start=1):
            data.append(
                [
                    self._cell(value, column.align, room, (c, r), commands)
                    for c, (value, column, room) in enumerate(zip(row, columns, rooms, strict=True))
                ]
            )
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        self.add(table, Spacer(0, 3 * mm))

    def address_block(self, to_lines: Sequence[str], from_lines: Sequence[str] = ()) -> None:
        """The addressee on the left where a window envelope shows it; the sender quietly right."""
        left = Paragraph("<br/>".join(markdown.plain(line) for line in to_lines if line), self.styles.body)
        right = Paragraph(
            "<br/>".join(markdown.plain(line) for line in from_lines if line),
            self.styles.aligned(self.styles.small, "right"),
        )
        table = Table([[left, right]], colWidths=[self.width * 0.6, self.width * 0.4], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    # Even an empty cell sets a font: without this it is Helvetica, not embedded.
                    ("FONT", (0, 0), (-1, -1), REGULAR, self.styles.cell.fontSize, self.styles.cell.leading),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        self.add(table, Spacer(0, 8 * mm))

    # -- cells -----------------------------------------------------------------------------

    def _inline(self, value: str | Cell) -> str:
        if isinstance(value, Cell):
            return _cell_markup(value)
        return markdown.plain(value)

    def _cell(
        self, value: Value, align: str, room: float, at: tuple[int, int], commands: list[tuple[Any, ...]]
    ) -> Any:
        """A table cell. Text that fits on one line stays a plain string, drawn as it is (never
        read as markup) and ten times cheaper than a paragraph; a 400-row table depends on it."""
        if isinstance(value, Flowable):
            return value
        size = self.styles.cell.fontSize
        if value is None or value == "":
            commands.append(("TEXTCOLOR", at, at, MUTED))
            return EMPTY
        if isinstance(value, Cell):
            if value.detail:
                return self._rich(value, align, room)
            text = markdown.clean(value.text) if value.text else EMPTY
            font = BOLD if value.bold else REGULAR
            if not _fits(text, font, size, room):
                return self._rich(value, align, room)
            if value.bold:
                commands.append(("FONTNAME", at, at, BOLD))
            colour = value.colour or (MUTED if value.muted or not value.text else None)
            if colour is not None:
                commands.append(("TEXTCOLOR", at, at, colour))
            return text
        text = markdown.clean(str(value))
        if _fits(text, REGULAR, size, room):
            return text
        return self._rich(text, align, room)

    def _rich(self, value: Value, align: str, room: float | None = None) -> Any:
        """A cell as paragraphs: text that wraps, a second line in small print. An e-mail address
        too wide for ``room`` breaks after its @, before a dot or after a hyphen, never inside a word."""
        if isinstance(value, Flowable):
            return value
        style = self.styles.aligned(self.styles.cell, align)
        if value is None or value == "":
            return Paragraph(EMPTY, self.styles.aligned(self.styles.key, align))
        if isinstance(value, Cell):
            text = _break_addresses(
                _cell_markup(value), BOLD if value.bold else REGULAR, style.fontSize, room
            )
            if value.detail:
                detail_style = self.styles.aligned(self.styles.cell_detail, align)
                detail = _break_addresses(markdown.plain(value.detail), REGULAR, detail_style.fontSize, room)
                if value.colour is not None:
                    detail = f'<font color="{value.colour.hexval()}">{detail}</font>'
                return [Paragraph(text, style), Paragraph(detail, detail_style)]
            return Paragraph(text, style)
        return Paragraph(_break_addresses(markdown.plain(str(value)), REGULAR, style.fontSize, room), style)

    # -- the page --------------------------------------------------------------------------

    def build(self, out: Path | BinaryIO) -> None:
        """Lay out the story and write the PDF to a path or an open binary file."""
        buffer = io.BytesIO()
        template = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=self._metadata_title(),
            author=self.author,
            subject=self.subject or self.title_text,
            creator=CREATOR,
            producer=CREATOR,
            lang="en-GB" if language() == ENGLISH else "nl-NL",
            displayDocTitle=1,
            initialFontName=REGULAR,
        )
        frame = Frame(
            LEFT,
            BOTTOM,
            BODY_WIDTH,
            PAGE_HEIGHT - TOP - BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._draw_header)])
        template.build(list(self.story), canvasmaker=_canvas_maker(self._draw_footer))
        self.page_count = template.page
        write_pdf(buffer.getvalue(), out)

    def _metadata_title(self) -> str:
        return f"{self.title_text} – {self.subject}" if self.subject else self.title_text

    def _draw_header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        accent = self.styles.accent
        top = PAGE_HEIGHT - 11 * mm
        baseline = PAGE_HEIGHT - 21 * mm
        x = LEFT
        canvas.saveState()
        if self._logo is not None:
            image, ratio = self._logo
            width = min(LOGO_HEIGHT * ratio, LOGO_MAX_WIDTH)
            height = width / ratio
            canvas.drawImage(
                image, x, top - height, width, height, mask="auto", preserveAspectRatio=True, anchor="sw"
            )
            x += width + 4 * mm
        # The municipality's name comes first; the document's title takes the room that is left.
        room = PAGE_WIDTH - RIGHT - x
        name = fit(self.identity.name, BOLD, 11, room * 0.7)
        title_room = room - stringWidth(name, BOLD, 11) - 8 * mm
        title = fit(self._metadata_title(), REGULAR, 8, title_room) if title_room > 20 * mm else ""
        canvas.setFillColor(accent)
        canvas.setFont(BOLD, 11)
        canvas.drawString(x, baseline, name)
        canvas.setFillColor(MUTED)
        if not self.identity.is_set:  # a fresh installation's letterhead says so on every page
            canvas.setFont(REGULAR, 7)
            canvas.drawString(
                x,
                baseline + 5 * mm,
                fit(
                    translate("documents", "Identity on documents not yet set up by the administrator"),
                    REGULAR,
                    7,
                    room * 0.7,
                ),
            )
        canvas.setFont(REGULAR, 8)
        canvas.drawRightString(PAGE_WIDTH - RIGHT, baseline, title)
        canvas.setStrokeColor(accent)
        canvas.setLineWidth(0.8)
        canvas.line(LEFT, PAGE_HEIGHT - 24.5 * mm, PAGE_WIDTH - RIGHT, PAGE_HEIGHT - 24.5 * mm)
        canvas.restoreState()

    def _draw_footer(self, canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, 15 * mm, PAGE_WIDTH - RIGHT, 15 * mm)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        y = 10.5 * mm
        marking = "" if self.public else self.identity.confidentiality.strip()
        if marking:
            canvas.setFont(BOLD, 7.5)
            canvas.drawString(LEFT, y, fit(marking, BOLD, 7.5, BODY_WIDTH * 0.35))
            canvas.setFont(REGULAR, 7.5)
        canvas.drawCentredString(LEFT + BODY_WIDTH / 2, y, long_date(self.today))
        canvas.drawRightString(
            PAGE_WIDTH - RIGHT,
            y,
            translate("documents", "Page {page} of {total}").format(page=page, total=total),
        )
        canvas.restoreState()


def _canvas_maker(footer: Any) -> Any:
    def make(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, footer=footer, **kwargs)

    return make


def _fits(text: str, font: str, size: float, room: float) -> bool:
    return "\n" not in text and stringWidth(text, font, size) <= room


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _break_addresses(markup: str, font: str, size: float, room: float | None) -> str:
    """Line breaks inside the e-mail addresses of ``markup`` that are wider than ``room``: after
    the @, then before a dot or after a hyphen, as many as needed, so an address never breaks mid-word (the cell's
    ``splitLongWords`` would cut ``info@bakker`` | ``ij.nl`` anywhere)."""
    if room is None or "@" not in markup:
        return markup

    def wrap(match: re.Match[str]) -> str:
        address = match.group(0)
        if stringWidth(address, font, size) <= room:
            return address
        local, domain = address.split("@", 1)
        pieces = [local + "@", *re.findall(r"\.?[^.-]+-*", domain)]
        lines = [pieces[0]]
        for piece in pieces[1:]:
            if lines[-1].endswith("@") or stringWidth(lines[-1] + piece, font, size) > room:
                lines.append(piece)
            else:
                lines[-1] += piece
        return "<br/>".join(lines)

    return _ADDRESS.sub(wrap, markup)


def _cell_markup(cell: Cell) -> str:
    text = markdown.plain(cell.text) if cell.text else EMPTY
    if cell.bold:
        text = f"<b>{text}</b>"
    colour = cell.colour or (MUTED if cell.muted or not cell.text else None)
    if colour is not None:
        text = f'<font color="{colour.hexval()}">{text}</font>'
    return text


def _logo(data: bytes | None) -> tuple[ImageReader, float] | None:
    """The logo, read once per document; a damaged image is left out rather than failing the PDF."""
    if not data:
        return None
    try:
        image = ImageReader(io.BytesIO(data))
        width, height = image.getSize()
        return image, width / height
    except Exception:  # any unreadable image: print without it, and say so in the log
        log.warning("the logo in the identity settings cannot be read; printed without it", exc_info=True)
        return None


def write_pdf(data: bytes, out: Path | BinaryIO) -> None:
    """Write the finished bytes in one go; a failure becomes a message a person can act on.

    Made in memory first, so a document that fails halfway never leaves half a file, and
    an existing file is only touched once there is something complete to put in it.
    """
    if not isinstance(out, Path):
        out.write(data)
        return
    try:
        with open(out, "wb") as file:
            try:
                file.write(data)
            except OSError:
                file.close()
                out.unlink(missing_ok=True)
                raise
    except OSError as error:
        raise _write_error(out, error) from error


def _write_error(path: Path, error: OSError) -> PdfWriteError:
    folder = str(path.parent)
    if isinstance(error, IsADirectoryError):
        return PdfWriteError(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder; give the name of the PDF file to write."),
            path=str(path),
        )
    if isinstance(error, NotADirectoryError):
        # Name the file that stands where a folder should be, not the folder under it.
        blocker = next((p for p in reversed(path.parents) if p.exists() and not p.is_dir()), path.parent)
        return PdfWriteError(
            QT_TRANSLATE_NOOP("errors", "Cannot save {path}: {folder} is not a folder."),
            path=str(path),
            folder=str(blocker),
        )
    if isinstance(error, FileNotFoundError):
        return PdfWriteError(
            QT_TRANSLATE_NOOP("errors", "Cannot save {path}: the folder {folder} does not exist."),
            path=str(path),
            folder=folder,
        )
    if isinstance(error, PermissionError):
        return PdfWriteError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot save {path}: no permission to write there, or the file is open in another "
                "program. Close it or choose another name or folder.",
            ),
            path=str(path),
        )
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return PdfWriteError(
            QT_TRANSLATE_NOOP("errors", "Cannot save {path}: the disk is full."),
            path=str(path),
        )
    return PdfWriteError(
        QT_TRANSLATE_NOOP("errors", "Cannot save {path}: {reason}."),
        path=str(path),
        reason=error.strerror or type(error).__name__,
    )
