"""E-mail drafts (issue 18): the feedback to a reporter, the Gespreksverslag to the entrepreneur and
the daily report to the municipality leave as an .eml draft with the PDF attached, opened in the mail
program; without one, the official is told where the draft is and given the text to copy.
Each draft is parsed back: To, Subject, the text, and the PDF read back."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from models.companies import services as companies
from models.consultations import services as consultations
from models.rounds import services as rounds
from models.signals import categories
from models.team.identity import identity, save_identity
from tests.views.conftest import visible
from views.common.mail_draft import NoMailProgramDialog
from views.common.pdf_export import PdfPreviewDialog
from views.common.worker import DatabaseWorker
from views.documents.mail import MailDraft, write_draft
from views.shell.main_window import MainWindow


def _parse(path: Path) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert isinstance(message, EmailMessage)
    return message


def _pdf_text(message: EmailMessage) -> tuple[str, str]:
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    data = attachment.get_payload(decode=True)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())
    return attachment.get_filename(), text


def _opened(monkeypatch, answer: bool = True) -> list[QUrl]:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or answer)
    return opened


def _set_identity(worker: DatabaseWorker) -> None:
    with worker.database.session() as s:
        from dataclasses import replace

        save_identity(
            s,
            replace(
                identity(s),
                name="Gemeente Wijdemeren",
                address="Rading 1\n1231 KB Loosdrecht",
                sender_name="Petra van Dam",
                email="toezicht@wijdemeren.nl",
            ),
        )
        s.commit()


def test_a_draft_parses_back_with_its_pdf(tmp_path: Path) -> None:
    pdf = tmp_path / "Brief.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    eml = write_draft(
        MailDraft(to="els@example.nl", subject="Uw melding M-1", body="Beste Els,\n\nOpgeruimd."),
        pdf,
        tmp_path,
    )
    message = _parse(eml)
    assert (message["To"], message["Subject"], message["X-Unsent"]) == (
        "els@example.nl",
        "Uw melding M-1",
        "1",
    )
    assert message.get_body(("plain",)).get_content().startswith("Beste Els,")
    [attachment] = list(message.iter_attachments())
    assert (
        attachment.get_filename() == "Brief.pdf" and attachment.get_payload(decode=True) == pdf.read_bytes()
    )


def test_the_conversation_report_goes_to_the_person_spoken_with(
    qtbot, window: MainWindow, worker: DatabaseWorker, monkeypatch
) -> None:
    _set_identity(worker)
    with worker.database.session(user_id=1) as s:
        company = companies.create_company(
            s,
            companies.CompanyInput(name="Café De Zwaan", email="info@dezwaan.nl"),
            companies.EstablishmentInput(
                street="Kerkstraat", house_number="4", postcode="1231 AB", city="Loosdrecht"
            ),
        )
        jan = companies.add_contact(
            s, company, companies.ContactInput(first_name="Jan", last_name="Visser", email="jan@dezwaan.nl")
        )
        interaction = consultations.log_interaction(
            s,
            company,
            consultations.InteractionInput(
                occurred_at=datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
                subject="Terras",
                report="Afgesproken dat het terras binnen de lijnen blijft.",
                official_ids=[1],
                contact_ids=[jan],
            ),
        )
        s.commit()
    window.open_company(company)
    qtbot.waitUntil(lambda: window.company.record is not None and not worker.busy)
    window.company.export_report(interaction)
    preview = visible(window, PdfPreviewDialog)
    qtbot.waitUntil(preview.mail_button.isEnabled)
    opened = _opened(monkeypatch)
    qtbot.mouseClick(preview.mail_button, Qt.MouseButton.LeftButton)
    message = _parse(Path(opened[0].toLocalFile()))
    assert message["To"] == "jan@dezwaan.nl"
    assert message["Subject"] == "Verslag van ons gesprek van 20 november 2026"
    assert "Petra van Dam" in message.get_body(("plain",)).get_content()
    name, text = _pdf_text(message)
    assert name.startswith("Gespreksverslag") and "binnen de lijnen" in text
    preview.reject()


def test_the_daily_report_to_the_municipality_and_no_mail_program(
    qtbot, window: MainWindow, worker: DatabaseWorker, monkeypatch
) -> None:
    from views.rounds import rounds_page

    _set_identity(worker)
    with worker.database.session(user_id=1) as s:
        category = categories.save_category(s, "Zwerfafval", 3)
        round_id = rounds.save_round(
            s, rounds.RoundInput(held_on=date.today(), title="Winkelstraten", official_ids=[1])
        )
        rounds.add_observation(
            s,
            round_id,
            rounds.ObservationInput(
                observed_at=datetime.now(UTC),
                category_id=category,
                street="Noordereinde",
                finding="Afval bij de bank",
            ),
        )
        s.commit()
    window.show_page("rounds")
    page = window.page("rounds")
    qtbot.waitUntil(lambda: page.observations.topLevelItemCount() == 1 and not worker.busy)
    monkeypatch.setattr(rounds_page.PeriodDialog, "exec", lambda self: 1)
    qtbot.mouseClick(page.daily_button, Qt.MouseButton.LeftButton)
    preview = visible(window, PdfPreviewDialog)
    qtbot.waitUntil(preview.mail_button.isEnabled)
    opened = _opened(monkeypatch, answer=False)  # no mail program takes the file
    qtbot.mouseClick(preview.mail_button, Qt.MouseButton.LeftButton)
    message = _parse(Path(opened[0].toLocalFile()))
    assert message["To"] == "toezicht@wijdemeren.nl" and message["Subject"].startswith("Dagrapport toezicht")
    _name, text = _pdf_text(message)
    assert "Dagrapport toezicht" in text and "Afval bij de bank" in text
    told = visible(window, NoMailProgramDialog)
    assert "Dagrapport toezicht" in told.text.toPlainText()
    assert Path(opened[0].toLocalFile()).with_suffix(".pdf").is_file()  # beside it, to attach by hand
    qtbot.mouseClick(told.copy_button, Qt.MouseButton.LeftButton)
    assert "dagrapport toezicht" in QGuiApplication.clipboard().text()
    qtbot.mouseClick(told.folder_button, Qt.MouseButton.LeftButton)
    assert opened[-1].toLocalFile() == str(Path(opened[0].toLocalFile()).parent)
    told.accept()
    preview.reject()
