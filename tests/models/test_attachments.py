"""Attachments in a company's file: kept in the database, within the size limit, read back,
removed, moved by a merge and gone with the company."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from models.attachments import services as attachments
from models.attachments.entities import Attachment, AttachmentContent
from models.attachments.mail import MailFile, UnreadableMailError, is_mail, read_eml, read_mail, read_msg
from models.companies.entities import Company, Establishment
from models.consultations import services as consultations
from models.consultations.entities import Channel
from models.db import Database
from models.errors import PermissionDeniedError, ValidationError
from models.team.entities import Role
from tests.fixtures.mail.make_msg import terrace_request
from tests.models.conftest import audit_entries, new_company, new_user

PDF = b"%PDF-1.4\n% a permit\n" + bytes(range(256)) * 4


def test_a_document_is_kept_read_back_and_removed(db: Database) -> None:
    company_id = new_company(db)
    anna = new_user(db, "anna", "Anna de Vries")
    with db.session(user_id=anna) as session:
        attachment_id = attachments.add_attachment(
            session, company_id, r"C:\Scans\Vergunning terras.pdf", PDF
        )
        session.commit()
    with db.session(user_id=anna) as session:
        [record] = attachments.attachments(session, company_id)
        assert (record.name, record.media_type, record.size) == (
            "Vergunning terras.pdf",
            "application/pdf",
            len(PDF),
        )
        assert record.added_by == "Anna de Vries"
        assert attachments.content(session, attachment_id) == ("Vergunning terras.pdf", PDF)
    assert [e.action for e in audit_entries(db, "attachment", attachment_id)][:1] == ["create"]
    with db.session(user_id=anna) as session:
        attachments.remove_attachment(session, attachment_id)
        session.commit()
    with db.session() as session:
        assert attachments.attachments(session, company_id) == []
        assert session.scalar(select(func.count()).select_from(AttachmentContent)) == 0


def test_a_file_above_the_limit_is_refused_with_its_size_and_the_limit(db: Database) -> None:
    company_id = new_company(db)
    with db.session() as session:
        attachments.set_limit_megabytes(session, 1)
        session.commit()
    with db.session() as session, pytest.raises(ValidationError) as caught:
        attachments.add_attachment(session, company_id, "foto.jpg", b"x" * (1024 * 1024 + 1))
    [error] = caught.value.errors
    assert error.field == "file"
    assert error.params == {"name": "foto.jpg", "size": "1,0", "limit": 1}
    with db.session() as session, pytest.raises(ValidationError):
        attachments.set_limit_megabytes(session, 0)
    with db.session() as session:
        assert attachments.limit_megabytes(session) == 1


def test_only_roles_that_read_contact_reports_read_attachments(db: Database) -> None:
    company_id = new_company(db)
    with db.session() as session:
        attachments.add_attachment(session, company_id, "brief.pdf", PDF)
        session.commit()
    desk = new_user(db, "balie", "Bea Balie", Role.DESK)
    with db.session(user_id=desk) as session, pytest.raises(PermissionDeniedError):
        attachments.attachments(session, company_id)
    with db.session(user_id=desk) as session, pytest.raises(PermissionDeniedError):
        attachments.add_attachment(session, company_id, "brief.pdf", PDF)


def test_the_company_s_removal_takes_its_attachments_along(db: Database) -> None:
    company_id = new_company(db)
    with db.session() as session:
        attachments.add_attachment(session, company_id, "brief.pdf", PDF)
        session.commit()
    with db.session() as session:
        # As an import undone removes a company it made: its establishments, then the company.
        session.execute(delete(Establishment).where(Establishment.company_id == company_id))
        session.execute(delete(Company).where(Company.id == company_id))
        session.commit()
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0
        assert session.scalar(select(func.count()).select_from(AttachmentContent)) == 0


MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail" / "aanvraag-terras.eml"
OUTLOOK = MAIL.with_suffix(".msg")


def test_a_saved_e_mail_is_read_with_its_text_and_attachments() -> None:
    message = read_eml(MAIL.read_bytes())
    assert message.subject == "Aanvraag terrasvergunning – café ‘De Zwaan’"
    assert message.sender == "Jan de Vries <jan@bakkerijvandijk.nl>"
    assert message.sent_at == datetime(2026, 11, 20, 13, 5, tzinfo=UTC)
    assert message.body.startswith("Beste mevrouw Van Dam,\n\nHierbij stuur ik de getekende aanvraag")
    assert [(f.name, f.media_type) for f in message.attachments] == [
        ("Aanvraag terras getekend.pdf", "application/pdf"),
        ("plattegrond.png", "image/png"),
    ]
    assert message.attachments[0].content.startswith(b"%PDF-1.4")
    with pytest.raises(UnreadableMailError):
        read_eml(b"\x00\x01 not a message at all")


def test_an_e_mail_becomes_a_contact_moment_with_its_attachments_in_the_file(db: Database) -> None:
    company_id = new_company(db)
    anna = new_user(db, "anna", "Anna de Vries")
    message = read_eml(MAIL.read_bytes())
    too_large = MailFile(name="film.mp4", content=b"0" * (1024 * 1024 + 1), media_type="video/mp4")
    with db.session() as session:
        attachments.set_limit_megabytes(session, 1)
        session.commit()
    with db.session(user_id=anna) as session:
        interaction_id = attachments.record_mail(
            session, company_id, replace(message, attachments=[*message.attachments, too_large])
        )
        session.commit()
    with db.session(user_id=anna) as session:
        record = consultations.interaction(session, interaction_id, today=date(2026, 12, 1))
        assert record.channel is Channel.EMAIL
        assert record.subject == message.subject
        assert record.occurred_at == datetime(2026, 11, 20, 13, 5, tzinfo=UTC)
        assert [name for _id, name in record.officials] == ["Anna de Vries"]
        report = record.report or ""
        assert "Van: Jan de Vries <jan@bakkerijvandijk.nl>" in report
        assert "Onderwerp: Aanvraag terrasvergunning" in report
        assert "Hierbij stuur ik de getekende aanvraag voor het terras." in report
        assert "film.mp4" in report and "groter dan 1 MB" in report  # named, never dropped silently
        kept = attachments.attachments(session, company_id)
        assert sorted(a.name for a in kept) == ["Aanvraag terras getekend.pdf", "plattegrond.png"]
        assert {a.interaction_id for a in kept} == {interaction_id}


def test_an_outlook_message_is_read_like_the_same_e_mail_saved_as_eml() -> None:
    """The fixture is what tests/fixtures/mail/make_msg.py writes (an MS-OXMSG compound file)."""
    assert OUTLOOK.read_bytes() == terrace_request()
    assert is_mail("Aanvraag terras.MSG") and is_mail("x.eml") and not is_mail("x.pdf")
    outlook, eml = read_mail(OUTLOOK.name, OUTLOOK.read_bytes()), read_eml(MAIL.read_bytes())
    assert outlook.subject == eml.subject == "Aanvraag terrasvergunning – café ‘De Zwaan’"
    assert outlook.sender == eml.sender == "Jan de Vries <jan@bakkerijvandijk.nl>"
    assert outlook.sent_at == eml.sent_at == datetime(2026, 11, 20, 13, 5, tzinfo=UTC)
    assert outlook.to == "Ondernemersloket"
    assert outlook.body.startswith("Beste mevrouw Van Dam,\n\nHierbij stuur ik de getekende aanvraag")
    assert "\r" not in outlook.body
    assert [(f.name, f.media_type) for f in outlook.attachments] == [
        ("Aanvraag terras getekend.pdf", "application/pdf"),
        ("plattegrond.png", "image/png"),
    ]
    assert outlook.attachments[0].content.startswith(b"%PDF-1.4")
    assert len(outlook.attachments[1].content) == 8 + 256 * 20  # a stream above the mini stream's cutoff


def test_a_file_named_msg_that_is_no_outlook_message_is_refused_in_words() -> None:
    for data in (b"\x00\x01 not a message at all", MAIL.read_bytes(), b""):
        with pytest.raises(UnreadableMailError) as raised:
            read_msg(data)
        assert str(raised.value) == "This file is not an e-mail message."


def outlook_descriptor(*names: str) -> bytes:
    """A FILEGROUPDESCRIPTORW as Outlook puts it on a drag: a count, then per file 72 bytes of
    flags, times and size, and the name in 260 UTF-16 units."""
    import struct

    records = b"".join(bytes(72) + name.encode("utf-16-le").ljust(520, b"\0")[:520] for name in names)
    return struct.pack("<I", len(names)) + records


def test_the_names_of_messages_dragged_out_of_outlook_are_read_from_the_descriptor() -> None:
    from models.attachments.mail import dragged_mail_name, virtual_file_names

    assert virtual_file_names(
        outlook_descriptor("Aanvraag terras – café ‘De Zwaan’.msg", "Re: kermis.msg")
    ) == [
        "Aanvraag terras – café ‘De Zwaan’.msg",
        "Re: kermis.msg",
    ]
    assert virtual_file_names(b"") == [] and virtual_file_names(b"\x02\x00\x00\x00" + bytes(100)) == []
    assert virtual_file_names(outlook_descriptor("a/b\\c.msg")) == ["a_b_c.msg"]  # never a path
    # A compound file is read as a .msg even when Outlook named it otherwise.
    msg = terrace_request()
    assert dragged_mail_name("Aanvraag", msg) == "Aanvraag.msg"
    assert read_mail(dragged_mail_name("Aanvraag", msg), msg).subject.startswith("Aanvraag terrasvergunning")
