"""Showing domain values in the user's language: translated messages, dates, labels.

Domain errors and labels are English source texts marked in ``models``; they are
translated here through Qt's translation layer, so Dutch (or, when chosen, English) is what the
user reads. Dates and numbers follow the language through the default ``QLocale``, which
``desktop.bootstrap.install_translations`` sets with the translators.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone
from PySide6.QtGui import QTextDocument

from models.base import LABELS
from models.db import ConnectionSecurity
from models.errors import DomainError, FieldError
from models.i18n import ERRORS, QT_TRANSLATE_NOOP, Wording


def locale() -> QLocale:
    """The locale of the chosen language (``QLocale``'s default, set at start): Dutch unless
    the official chose English."""
    return QLocale()


def label(text: str) -> str:
    """A domain label (role, status, area kind) in the user's language."""
    return QCoreApplication.translate(LABELS, text)


def _param(value: Any) -> Any:
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return value


def message(text: str, params: dict[str, Any] | None = None) -> str:
    translated = QCoreApplication.translate(ERRORS, text)
    if not params:
        return translated
    return translated.format(**{key: _param(value) for key, value in params.items()})


def error_text(error: DomainError) -> str:
    return message(error.message, error.params)


def field_error_text(error: FieldError) -> str:
    return message(error.message, error.params)


def format_date(value: date | None) -> str:
    """``22 november 2026``."""
    if value is None:
        return ""
    return locale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def format_datetime(value: datetime | None) -> str:
    """``22 november 2026 14:05``, in the computer's time zone."""
    if value is None:
        return ""
    qt = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return locale().toString(qt, "d MMMM yyyy HH:mm")


def format_number(value: int | None) -> str:
    """``250.000`` (``250,000`` in English)."""
    return "" if value is None else locale().toString(value)


def format_short_date(value: date | None) -> str:
    """``22 nov. 2026``: for columns, where the full month does not fit."""
    if value is None:
        return ""
    return locale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def format_short_datetime(value: datetime | None) -> str:
    """``22 nov. 2026 14:05``, in the computer's time zone."""
    if value is None:
        return ""
    qt = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return locale().toString(qt, "d MMM yyyy HH:mm")


# The plain-text reports of ``models`` (the copy to a server) in the reader's words: Qt's
# translator and the chosen language's way of writing numbers and moments.
WORDING = Wording(
    translate=QCoreApplication.translate,
    number=format_number,
    seconds=lambda value: locale().toString(value, "f", 1),
    moment=format_datetime,
    message=message,
)


def security_text(security: ConnectionSecurity | None) -> str:
    """How the connection to the server travels, in a few words ("" for a local file)."""
    if security is None:
        return ""
    if not security.encrypted:
        return QCoreApplication.translate("Connection", "not encrypted")
    if security.protocol:
        return QCoreApplication.translate("Connection", "encrypted (%1)").replace("%1", security.protocol)
    return QCoreApplication.translate("Connection", "encrypted")


def security_sentence(security: ConnectionSecurity) -> str:
    """The same as a sentence, saying what an unencrypted connection means."""
    if not security.encrypted:
        return QCoreApplication.translate(
            "Connection", "The connection is not encrypted: others on the network can read along."
        )
    return QCoreApplication.translate("Connection", "The connection is %1.").replace(
        "%1", security_text(security)
    )


def markdown_as_plain_text(markdown: str) -> str:
    """Markdown as the plain text a person sends (a desk answer in the log, an e-mail): no
    ``**`` markers; a list item as "- item", a link as "text (address)", paragraphs apart."""
    document = QTextDocument()
    document.setMarkdown(markdown)
    paragraphs: list[str] = []
    previous_in_list = False
    block = document.begin()
    while block.isValid():
        parts: list[str] = []
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.isValid():
                text, href = fragment.text(), fragment.charFormat().anchorHref()
                parts.append(f"{text} ({href})" if href and href != text else text)
            fragments += 1
        line = "".join(parts).replace("\u2028", "\n").strip()
        in_list = block.textList() is not None
        if line:
            line = f"- {line}" if in_list else line
            separator = "\n" if in_list and previous_in_list else "\n\n"
            paragraphs.append(separator + line if paragraphs else line)
        previous_in_list = in_list
        block = block.next()
    return "".join(paragraphs)


# Qt's own file dialog (used on Linux: ``desktop.bootstrap.use_translated_dialogs``) reads its texts
# from Qt's Dutch catalogue, which lacks these two; ours supplies them in Qt's context.
QT_FILE_DIALOG_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
