"""User text into reportlab paragraphs, safely.

Reportlab's ``Paragraph`` reads a small XML markup language (``<b>``, ``<font>``, ``<a>``,
``<img>``...). Text typed by a person must never be read as that markup: a report that says
"<b>" or "R&D" is printed as typed, and cannot pull in an image or break the build. So every
piece of user text passes through :func:`plain` (escape ``&``, ``<``, ``>``), and only then
does :func:`inline` add the one markup the report language knows: ``**bold**``.

The report language (``Interaction.report``) is a small Markdown: paragraphs separated by
a blank line, line breaks kept as typed, ``- `` or ``* `` bullets (indent for a second
level), ``**bold**``. Anything else is text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

# Control characters other than tab and newline have no glyph and can upset the PDF parser.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_BULLET = re.compile(r"^(?P<indent>[ \t]*)[-*•][ \t]+(?P<text>.*)$")
_INDENT_STEP = 2  # spaces per bullet level; a tab counts as one level


def clean(text: str) -> str:
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    "))


def plain(text: str | None) -> str:
    """User text as paragraph markup that shows exactly the text; line breaks kept."""
    if not text:
        return ""
    return escape(clean(text)).replace("\n", "<br/>")


def inline(text: str) -> str:
    """One line or paragraph of report text: escaped, then ``**bold**`` made bold."""
    return _BOLD.sub(r"<b>\1</b>", escape(clean(text))).replace("\n", "<br/>")


def summary(text: str | None) -> str:
    """The report as one line of plain words, for a summary: no bullets, no asterisks."""
    if not text:
        return ""
    words = []
    for line in clean(text).split("\n"):
        bullet = _BULLET.match(line)
        line = bullet.group("text") if bullet else line
        line = _BOLD.sub(r"\1", line).strip()
        if line:
            words.append(line)
    return " ".join(words)


def _level(indent: str) -> int:
    return min(indent.count("\t") + len(indent.replace("\t", "")) // _INDENT_STEP, 2)


def to_flowables(
    text: str | None,
    body: ParagraphStyle,
    bullet: Callable[[int], ParagraphStyle],
) -> list[Flowable]:
    """The report as paragraphs and bullet items; ``bullet(level)`` gives the item style."""
    flowables: list[Flowable] = []
    lines: list[str] = []
    item: tuple[int, list[str]] | None = None

    def flush() -> None:
        nonlocal item
        if lines:
            flowables.append(Paragraph(inline("\n".join(lines)), body))
            lines.clear()
        if item is not None:
            level, parts = item
            flowables.append(Paragraph(inline(" ".join(parts)), bullet(level), bulletText="•"))
            item = None

    for raw in clean(text or "").split("\n"):
        if not raw.strip():
            flush()
            continue
        match = _BULLET.match(raw)
        if match:
            flush()
            item = (_level(match.group("indent")), [match.group("text").strip()])
        elif item is not None and raw[:1] in (" ", "\t"):
            item[1].append(raw.strip())  # an indented line continues the bullet above
        else:
            if item is not None:
                flush()
            lines.append(raw.strip())
    flush()
    return flowables
