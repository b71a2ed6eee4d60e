"""An e-mail as a contact moment: what a saved message says, read without Qt.

A ``.eml`` (RFC 5322, what Thunderbird, Apple Mail and most programs save) is read with the standard
library's ``email`` package (MIME parts, encoded headers, character sets); the text part is
preferred, an HTML-only message is reduced to its text. A ``.msg`` (what Outlook saves or drags
out: MS-OXMSG properties in an OLE compound file) is read with ``python-oxmsg`` (MIT, on
``olefile``): a small, typed reader of exactly this format. ``extract-msg`` was weighed and not
taken: GPL-3.0 in an EUPL application, and seven dependencies (an RTF parser among them) for what
is needed here, the subject, sender, date, text and attachments.
"""

from __future__ import annotations

import html
import re
import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import formataddr, getaddresses, parsedate_to_datetime

from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP

MAIL_SUFFIXES = (".eml", ".msg")


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


def read_msg(data: bytes) -> MailMessage:
    """What an Outlook ``.msg`` says: its subject, sender, date, text and attachments."""
    from oxmsg import Message  # only when an Outlook message is dropped

    not_mail = QT_TRANSLATE_NOOP("errors", "This file is not an e-mail message.")
    try:
        message = Message.load(data)
        subject = message.subject
        sender = message.sender or ""
        headers = {k.lower(): v for k, v in message.message_headers.items()}
        to = headers.get("to") or message.properties.str_prop_value(_PID_DISPLAY_TO) or ""
        sent_at = message.sent_date
        body = (message.body or "").replace("\r\n", "\n").strip()
        if not body and message.html_body:
            body = _html_text(message.html_body)
        files = [
            MailFile(
                name=a.file_name, content=a.file_bytes, media_type=a.mime_type or "application/octet-stream"
            )
            for a in message.attachments
            if a.file_name and a.file_bytes is not None
        ]
    except Exception as exc:  # a damaged or foreign compound file: any error of the reader
        raise UnreadableMailError(not_mail) from exc
    if not (subject or sender or sent_at):
        raise UnreadableMailError(not_mail)
    if sent_at is not None and sent_at.tzinfo is None:
        sent_at = sent_at.replace(tzinfo=UTC)
    return MailMessage(
        subject=" ".join(subject.split()),
        sender=", ".join(formataddr(pair) for pair in getaddresses([sender]) if pair[1]) or sender,
        to=to,
        sent_at=sent_at.astimezone(UTC) if sent_at else None,
        body=body,
        attachments=files,
    )


_PID_DISPLAY_TO = 0x0E04


def read_mail(name: str, data: bytes) -> MailMessage:
    """A saved message by its kind: Outlook's ``.msg``, otherwise RFC 5322 (``.eml``)."""
    return read_msg(data) if name.lower().endswith(".msg") else read_eml(data)


# -- a message dragged straight out of Outlook ---------------------------------------------------
#
# Outlook hands over no file but Windows "virtual files": FileGroupDescriptorW names them, and
# FileContents holds the bytes (the message as a .msg). The descriptor (FILEGROUPDESCRIPTORW, in
# shlobj_core.h) is a count (UINT) and that many FILEDESCRIPTORW records of 592 bytes each: flags,
# class id, size, point, attributes, three file times, the size in two halves (72 bytes in all),
# then the name as 260 UTF-16 code units ending in a zero.

_COUNT = struct.Struct("<I")
_DESCRIPTOR_SIZE = 592
_NAME_AT, _NAME_UNITS = 72, 260
OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")  # the start of a compound file: a .msg


def virtual_file_names(descriptor: bytes) -> list[str]:
    """The file names a FileGroupDescriptorW lists; [] when it is too short or malformed."""
    if len(descriptor) < _COUNT.size:
        return []
    (count,) = _COUNT.unpack_from(descriptor)
    names = []
    for n in range(count):
        start = _COUNT.size + n * _DESCRIPTOR_SIZE + _NAME_AT
        raw = descriptor[start : start + 2 * _NAME_UNITS]
        if len(raw) < 2 * _NAME_UNITS:
            break
        name = raw.decode("utf-16-le", errors="replace").split("\0", 1)[0]
        names.append(name.replace("/", "_").replace("\\", "_").strip())
    return names


def dragged_mail_name(name: str, content: bytes) -> str:
    """The name to read a dragged message by: a compound file is a .msg whatever it is called."""
    name = name or "bericht"
    if content.startswith(OLE_SIGNATURE) and not name.lower().endswith(".msg"):
        return name + ".msg"
    return name
