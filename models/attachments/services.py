"""Attachments in a company's file: adding one (within the size limit), reading it back,
removing it; the limit itself, one setting for everyone on the database.

Reading them needs what reading contact reports needs (a signed report, a letter or a photo
says as much as a conversation report); adding and removing them, what recording contact moments
needs. The services never return the bytes with the list: ``content`` reads one attachment.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.attachments.entities import Attachment, AttachmentContent
from models.attachments.mail import MailMessage
from models.base import CURRENT_USER, utcnow
from models.companies.entities import Company
from models.consultations import services as consultations
from models.consultations.entities import Channel, Interaction
from models.errors import FieldError, NotFoundError, ValidationError
from models.i18n import QT_TRANSLATE_NOOP, long_date, translate
from models.permissions import Permission, requires
from models.team.entities import AppSetting, User

LIMIT_KEY = "attachments.max_megabytes"
DEFAULT_LIMIT_MB = 20  # a scanned permit or a phone's photo fits; a video does not
MAX_LIMIT_MB = 200  # what one database row may sensibly hold
MB = 1024 * 1024


@dataclass(frozen=True, kw_only=True)
class AttachmentRecord:
    id: int
    company_id: int
    interaction_id: int | None
    name: str
    media_type: str
    size: int
    added_at: datetime
    added_by: str | None


def _refuse(field: str, message: str, **params: object) -> ValidationError:
    return ValidationError([FieldError(field=field, message=message, params=dict(params))])


def size_refusal(name: str, size: int, limit_mb: int) -> ValidationError | None:
    """Why a file of ``size`` bytes is refused, with its size and the limit; None when it fits.
    The window asks before it reads a file (a video of 2 GB is not read to be refused)."""
    if size <= limit_mb * MB:
        return None
    return _refuse(
        "file",
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} is {size} MB; a file may hold at most {limit} MB. Make it smaller (scan at a "
            "lower resolution, compress the photo) or keep it elsewhere and note where.",
        ),
        name=name,
        size=f"{size / MB:.1f}".replace(".", ","),
        limit=limit_mb,
    )


# -- the limit ----------------------------------------------------------------------------------


@requires()
def limit_megabytes(session: Session) -> int:
    """The largest attachment this database takes, in megabytes."""
    value = session.scalar(select(AppSetting.value).where(AppSetting.key == LIMIT_KEY))
    try:
        return int(value) if value else DEFAULT_LIMIT_MB
    except ValueError:
        return DEFAULT_LIMIT_MB


@requires(Permission.MANAGE_IDENTITY)
def set_limit_megabytes(session: Session, megabytes: int) -> None:
    if not 1 <= megabytes <= MAX_LIMIT_MB:
        raise _refuse(
            "limit",
            QT_TRANSLATE_NOOP("errors", "The size limit is between 1 and {maximum} MB."),
            maximum=MAX_LIMIT_MB,
        )
    setting = session.get(AppSetting, LIMIT_KEY)
    if setting is None:
        session.add(AppSetting(key=LIMIT_KEY, value=str(megabytes)))
    else:
        setting.value = str(megabytes)
    session.flush()


# -- the attachments ----------------------------------------------------------------------------


def _media_type(name: str) -> str:
    guessed, _encoding = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"


@requires(Permission.RECORD_CONSULTATIONS)
def add_attachment(
    session: Session,
    company_id: int,
    name: str,
    content: bytes,
    *,
    media_type: str | None = None,
    interaction_id: int | None = None,
) -> int:
    """Keep a document in the company's file; returns its id. Refused above the size limit, with
    the file's size and the limit in the message."""
    clean = PurePath(name.replace("\\", "/")).name.strip()  # a path from a mail program: its last part
    if not clean:
        raise _refuse("file", QT_TRANSLATE_NOOP("errors", "The file has no name."))
    if len(clean) > 255:
        stem, dot, suffix = clean.rpartition(".")
        clean = (stem[: 254 - len(suffix)] + dot + suffix) if dot and len(suffix) < 20 else clean[:255]
    refusal = size_refusal(clean, len(content), limit_megabytes(session))
    if refusal is not None:
        raise refusal
    if session.get(Company, company_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    if interaction_id is not None and session.get(Interaction, interaction_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    attachment = Attachment(
        company_id=company_id,
        interaction_id=interaction_id,
        name=clean,
        media_type=(media_type or _media_type(clean))[:127],
        size=len(content),
        added_by_id=session.info.get(CURRENT_USER),
    )
    session.add(attachment)
    session.flush()
    session.add(AttachmentContent(attachment_id=attachment.id, content=content))
    session.flush()
    return attachment.id


@requires(Permission.VIEW_CONSULTATIONS)
def attachments(session: Session, company_id: int) -> list[AttachmentRecord]:
    """The documents in a company's file, newest first (without their bytes)."""
    rows = session.execute(
        select(Attachment, User.full_name)
        .outerjoin(User, User.id == Attachment.added_by_id)
        .where(Attachment.company_id == company_id)
        .order_by(Attachment.created_at.desc(), Attachment.id.desc())
    ).tuples()
    return [
        AttachmentRecord(
            id=a.id,
            company_id=a.company_id,
            interaction_id=a.interaction_id,
            name=a.name,
            media_type=a.media_type,
            size=a.size,
            added_at=a.created_at,
            added_by=added_by,
        )
        for a, added_by in rows
    ]


@requires(Permission.VIEW_CONSULTATIONS)
def content(session: Session, attachment_id: int) -> tuple[str, bytes]:
    """One attachment's name and bytes (to open it or save it elsewhere)."""
    row = session.execute(
        select(Attachment.name, AttachmentContent.content)
        .join(AttachmentContent, AttachmentContent.attachment_id == Attachment.id)
        .where(Attachment.id == attachment_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    return row[0], row[1]


@requires(Permission.RECORD_CONSULTATIONS)
def remove_attachment(session: Session, attachment_id: int) -> None:
    """Remove a document from the file, its bytes with it (the trail keeps that it was there)."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    stored = session.get(AttachmentContent, attachment_id)
    if stored is not None:
        session.delete(stored)
        session.flush()
    session.delete(attachment)
    session.flush()


# -- an e-mail dropped on the timeline ------------------------------------------------------------

NO_SUBJECT = QT_TRANSLATE_NOOP("labels", "(no subject)")
MAIL_FROM = QT_TRANSLATE_NOOP("labels", "From")
MAIL_TO = QT_TRANSLATE_NOOP("labels", "Addressed to")
MAIL_DATE = QT_TRANSLATE_NOOP("labels", "Date")
MAIL_SUBJECT = QT_TRANSLATE_NOOP("labels", "Subject")
MAIL_ATTACHMENTS = QT_TRANSLATE_NOOP("labels", "Attachments (in the file's documents)")
MAIL_NOT_KEPT = QT_TRANSLATE_NOOP("labels", "Not kept, larger than {limit} MB")


def _mail_report(message: MailMessage, kept: list[str], too_large: list[str], limit: int) -> str:
    """The contact moment's report: who wrote to whom, when and about what, then the text; in
    Dutch, the language of the file, whatever the screen speaks."""
    when = message.sent_at.astimezone() if message.sent_at else None
    head = [
        (MAIL_FROM, message.sender),
        (MAIL_TO, message.to),
        (MAIL_DATE, f"{long_date(when.date())} {when:%H:%M}" if when else ""),
        (MAIL_SUBJECT, message.subject),
    ]
    lines = [f"{translate('labels', key)}: {value}" for key, value in head if value]
    if kept:
        lines.append(f"{translate('labels', MAIL_ATTACHMENTS)}: {', '.join(kept)}")
    if too_large:
        not_kept = translate("labels", MAIL_NOT_KEPT).format(limit=limit)
        lines.append(f"{not_kept}: {', '.join(too_large)}")
    return "\n".join(lines) + ("\n\n" + message.body if message.body else "")


@requires(Permission.RECORD_CONSULTATIONS)
def record_mail(session: Session, company_id: int, message: MailMessage) -> int:
    """An e-mail as a contact moment of channel e-mail (subject, sender, date and text in its
    report), by the official who dropped it; its attachments go into the file's documents, linked
    to it. One too large for the limit is named in the report, never dropped silently. Returns the
    contact moment's id."""
    limit = limit_megabytes(session)
    fitting = [f for f in message.attachments if size_refusal(f.name, len(f.content), limit) is None]
    too_large = [f.name for f in message.attachments if f not in fitting]
    user_id: int | None = session.info.get(CURRENT_USER)
    active = user_id is not None and bool(session.scalar(select(User.active).where(User.id == user_id)))
    interaction_id = consultations.log_interaction(
        session,
        company_id,
        consultations.InteractionInput(
            occurred_at=message.sent_at or utcnow(),
            channel=Channel.EMAIL,
            subject=(message.subject or translate("labels", NO_SUBJECT))[:200],
            report=_mail_report(message, [f.name for f in fitting], too_large, limit),
            official_ids=[user_id] if active and user_id is not None else [],
        ),
    )
    for mail_file in fitting:
        add_attachment(
            session,
            company_id,
            mail_file.name,
            mail_file.content,
            media_type=mail_file.media_type,
            interaction_id=interaction_id,
        )
    return interaction_id
