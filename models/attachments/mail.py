"""An e-mail as a contact moment: what a saved message (``.eml``, RFC 5322) says, read without Qt.

The mail program's own file is read with the standard library's ``email`` package (MIME parts,
encoded headers, character sets); the text part is preferred, an HTML-only message is reduced to
its text. Outlook's ``.msg`` is not read: see the issue's note (no valid fixture could be made).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP

MAIL_SUFFIXES = (".eml",)


class UnreadableMailError(DomainError):
    """The file is not an e-mail this application can read."""


@dataclass(frozen=True, kw_only=True)
class MailFile:
    name: str
    content: bytes
    media_type: str


@dataclass(frozen=True, kw_only=True)
class MailMessage:
    subject: str
    sender: str
    to: str
    sent_at: datetime | None
    body: str
    attachments: list[MailFile] = field(default_factory=list)


def is_mail(name: str) -> bool:
    return name.lower().endswith(MAIL_SUFFIXES)


_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)
_BREAKS = re.compile(r"<\s*(br|/p|/div|/li|/tr)\b[^>]*>", re.I)


def _html_text(markup: str) -> str:
    text = _TAGS.sub("", _BREAKS.sub("\n", markup))
    lines = (" ".join(html.unescape(line).split()) for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def read_eml(data: bytes) -> MailMessage:
    """The subject, sender, addressees, date, text and attachments of a saved message."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:
        raise UnreadableMailError(QT_TRANSLATE_NOOP("errors", "This file is not an e-mail message.")) from exc
    if not isinstance(message, EmailMessage) or not (
        message["From"] or message["Subject"] or message["Date"]
    ):
        raise UnreadableMailError(QT_TRANSLATE_NOOP("errors", "This file is not an e-mail message."))
    sent_at = None
    if message["Date"]:
        try:
            sent_at = parsedate_to_datetime(str(message["Date"]))
        except (TypeError, ValueError):
            sent_at = None
        if sent_at is not None and sent_at.tzinfo is None:
            sent_at = sent_at.replace(tzinfo=UTC)
    body_part = message.get_body(preferencelist=("plain", "html"))
    body = ""
    if body_part is not None:
        text = body_part.get_content()
        body = _html_text(text) if body_part.get_content_subtype() == "html" else text.strip()
    files = []
    for part in message.iter_attachments():
        name = part.get_filename()
        payload = part.get_payload(decode=True)
        if not name or not isinstance(payload, bytes):
            continue
        files.append(MailFile(name=name, content=payload, media_type=part.get_content_type()))
    return MailMessage(
        subject=" ".join(str(message["Subject"] or "").split()),
        sender=str(message["From"] or ""),
        to=str(message["To"] or ""),
        sent_at=sent_at.astimezone(UTC) if sent_at else None,
        body=body,
        attachments=files,
    )
