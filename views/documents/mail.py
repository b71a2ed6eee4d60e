"""An e-mail draft with a document attached, as an ``.eml`` file the mail program opens as a new
message: Outlook reads ``X-Unsent: 1`` as "not sent yet" (it opens the message to edit and send),
Thunderbird and Apple Mail open any ``.eml`` they are given. Python's own ``email`` package writes it;
no mail server is involved, nothing leaves without the official pressing *Send*.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path

from models.documents.records import ReportData
from models.i18n import translate
from views.documents.words import long_date


@dataclass(frozen=True, kw_only=True)
class MailDraft:
    """What a draft says: to whom, the subject and the text; the document is attached to it."""

    to: str
    subject: str
    body: str


def draft_message(draft: MailDraft, attachment: bytes, attachment_name: str) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    if draft.to:
        message["To"] = draft.to
    message["Subject"] = draft.subject
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(draft.body)
    message.add_attachment(attachment, maintype="application", subtype="pdf", filename=attachment_name)
    return message


def write_draft(draft: MailDraft, pdf: Path, folder: Path) -> Path:
    """Write the draft with ``pdf`` attached into ``folder``; returns the ``.eml`` file."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (pdf.stem + ".eml")
    target.write_bytes(draft_message(draft, pdf.read_bytes(), pdf.name).as_bytes())
    return target


def conversation_mail(*, to: str, company: str, day: str, sender: str, municipality: str) -> MailDraft:
    """The Gespreksverslag to the entrepreneur (in the document's language)."""
    signed = f"{sender or municipality}\n{municipality if sender else ''}".rstrip()
    return MailDraft(
        to=to,
        subject=translate("documents", "Report of our conversation of {day}").format(day=day),
        body=translate(
            "documents",
            "Dear Sir or Madam,\n\nPlease find attached the report of our conversation of {day} with {company}. "
            "Is anything not right, or is an agreement missing? Let us know by replying to this e-mail."
            "\n\nKind regards,\n\n{signed}",
        ).format(day=day, company=company, signed=signed)
        + "\n",
    )


def daily_report_mail(*, to: str, day: str, municipality: str) -> MailDraft:
    """The supervisors' daily report to the municipality."""
    return MailDraft(
        to=to,
        subject=translate("documents", "Supervision daily report {day}").format(day=day),
        body=translate(
            "documents",
            "Please find attached the supervision daily report of {day}: the rounds, observations, conversations "
            "and agreements of that day, as a PDF.\n\nKind regards,\n\nSupervision {municipality}\n",
        ).format(day=day, municipality=municipality),
    )


def report_mail(data: ReportData) -> MailDraft:
    """The Gespreksverslag to whom it was with: the contact persons of the conversation who have an
    e-mail address, else the company's own address."""
    spoken = {contact_id for contact_id, _name in data.interaction.contacts}
    addresses = [c.email for c in data.company.contacts if c.id in spoken and c.email]
    to = ", ".join(dict.fromkeys(addresses)) or (data.company.email or "")
    when = data.interaction.occurred_at.astimezone().date()
    return conversation_mail(
        to=to,
        company=data.company.name,
        day=long_date(when),
        sender=data.identity.sender_name,
        municipality=data.identity.name,
    )
